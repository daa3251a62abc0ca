"""The query layer's checks, role by role and query by query, on the demo province: deny by default, each
registered query open to its roles only, and a unit's account kept to its own unit's rows."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pandas as pd
import pytest

import dashboard.queries as queries_package
from access.policy import ADMIN, DON_VI, LANH_DAO, NOI_VU, ROLES
from dashboard import queries

UNIT = "X25-CAOLOC"  # a commune of the demo after the 2025 merger, with its One-Stop desk
# One value per parameter name the queries take, valid on the demo data.
ARGUMENTS: dict[str, object] = {
    "year": 2024,
    "quarter": 3,
    "month": None,
    "unit_group": "xa",
    "unit_code": UNIT,
    "unit_view": "today",
    "period_type": "quarter",
    "period_start": "2024-07-01",
    "previous_year": 2023,
    "framework_id": "LS-XA-2021",
    "index_name": "PAR INDEX",
    "form_code": "scoring",
    "kind": "scoring",
    "limit": 20,
    "field_code": None,
    "first_month": 7,
    "last_month": 9,
    "breakdown": "unit",
    "search": "",
    "unit_limit": 50,
}
# Who may run what: leaders and Nội vụ read everything, a unit's account its unit's pages' queries only.
UNIT_MODULES = {"dashboard.queries.unit", "dashboard.queries.one_stop", "dashboard.queries.heads"}
EVERY_ROLE = {"dashboard.queries.has_data"}
UNIT_TOO = {"dashboard.queries.available_years"}
MACHINE_ONLY = {"dashboard.queries.units_of_account"}


def _registered() -> dict[str, object]:
    """Every query function of the query package, by its registered name."""
    found = {}
    modules = [queries_package] + [
        importlib.import_module(f"dashboard.queries.{m.name}")
        for m in pkgutil.iter_modules(queries_package.__path__)
    ]
    for module in modules:
        for function in vars(module).values():
            if (
                inspect.isfunction(function)
                and getattr(function, "query_name", None)
                and function.__module__ == module.__name__
            ):
                found[function.query_name] = function
    return found


def _expected_roles(query_name: str) -> set[str]:
    if query_name in MACHINE_ONLY:
        return set()
    if query_name in EVERY_ROLE:
        return set(ROLES)
    module = query_name.rsplit(".", 1)[0]
    if module in UNIT_MODULES or query_name in UNIT_TOO:
        return {LANH_DAO, NOI_VU, DON_VI}
    return {LANH_DAO, NOI_VU}


def _principal(role: str) -> queries.Principal:
    if role == DON_VI:
        with queries.acting_as(queries.SYSTEM_PRINCIPAL):
            return queries.Principal("donvi", DON_VI, queries.units_of_account(UNIT))
    return queries.Principal(role, role)


def _call(query: object) -> object:
    signature = inspect.signature(query)  # type: ignore[arg-type]
    return query(**{name: ARGUMENTS[name] for name in signature.parameters})  # type: ignore[operator]


def test_every_public_query_is_registered() -> None:
    """No query function escapes the checks: each public function that sends SQL is registered."""
    modules = [
        importlib.import_module(f"dashboard.queries.{m.name}")
        for m in pkgutil.iter_modules(queries_package.__path__)
    ]
    for module in modules:
        for name, function in vars(module).items():
            if (
                inspect.isfunction(function)
                and function.__module__ == module.__name__
                and not name.startswith("_")
            ):
                assert getattr(function, "query_name", None), f"{module.__name__}.{name} is not registered"
    assert set(_registered()) == set(queries.QUERY_ROLES)


@pytest.mark.parametrize("role", [*ROLES, None])
def test_each_role_runs_exactly_the_queries_it_may(
    role: str | None, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    principal = _principal(role) if role else None
    allowed, refused = [], []
    for name, query in sorted(_registered().items()):
        try:
            if principal is None:
                _call(query)
            else:
                with queries.acting_as(principal):
                    _call(query)
        except queries.AccessDenied:
            refused.append(name)
        else:
            allowed.append(name)
    expected = {name for name in _registered() if role in _expected_roles(name)}
    assert set(allowed) == expected
    assert set(refused) == set(_registered()) - expected


def test_sql_from_outside_a_registered_query_is_refused(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    with pytest.raises(queries.AccessDenied):
        queries.run("select count(*) from mart_unit")
    with queries.acting_as(queries.Principal("noivu", NOI_VU)), pytest.raises(queries.AccessDenied):
        queries.run("select officer_name from mart_officer")
    with queries.acting_as(queries.Principal("admin", ADMIN)), pytest.raises(queries.AccessDenied):
        queries.officers()


def test_a_unit_account_sees_only_its_own_units_rows(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard.queries import one_stop, unit

    monkeypatch.setenv("CCHC_DB", str(demo_db))
    principal = _principal(DON_VI)
    assert UNIT in principal.unit_codes and f"MC-{UNIT}" in principal.unit_codes
    with queries.acting_as(principal):
        units = unit.all_units()
        grades = one_stop.officer_grades(2025)
        counts = one_stop.grade_counts("month", 2025)
    with queries.acting_as(queries.Principal("noivu", NOI_VU)):
        every_grade = one_stop.officer_grades(2025)
        every_count = one_stop.grade_counts("month", 2025)
        every_unit = unit.all_units()
    stranger = sorted(
        set(every_unit.loc[every_unit["unit_group"] == "xa", "unit_code"]) - principal.unit_codes
    )[0]
    with queries.acting_as(principal), pytest.raises(queries.AccessDenied):
        unit.index_history(stranger)
    assert set(units["unit_code"]) <= principal.unit_codes and UNIT in set(units["unit_code"])
    assert not grades.empty and set(grades["unit_code"]) <= principal.unit_codes
    assert len(every_grade) > len(grades)
    # Counts across officers count the unit's own officers only.
    mine = grades[(grades["period_type"] == "month") & grades["grade"].notna()]
    assert int(counts.loc[counts["grade_code"] != "missing", "officer_count"].sum()) == len(mine)
    assert int(every_count["officer_count"].sum()) > int(counts["officer_count"].sum())


def test_results_of_other_roles_are_whole(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard.queries import unit

    monkeypatch.setenv("CCHC_DB", str(demo_db))
    with queries.acting_as(queries.Principal("lanhdao", LANH_DAO)):
        units = unit.all_units()
    assert isinstance(units, pd.DataFrame) and units["unit_code"].nunique() > 50
