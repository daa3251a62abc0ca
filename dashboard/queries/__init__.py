"""The only code that sends SQL from the app: named queries over the marts, values always bound as
parameters, results cached per warehouse state. This module holds the connection, the cache and the
queries the shell and the data pages share; each leaders' page has its queries in a submodule
(`dashboard.queries.index`, `.weakness`, `.unit`, `.one_stop`, `.national`, `.overview`), all sent
through `run`. A submodule must not share a name with a function here (importing it would replace it).

Every query is registered with the roles that may run it (`allowed`); `run` refuses SQL sent from
anywhere else, and a query run by nobody or by a role it does not list raises `AccessDenied` (deny by
default). For a unit's account the rows of every result are kept to its own unit and desks.

The warehouse is opened read-only at most once per page view (`view()`, around each page run) and
closed when the page is drawn, so a loader can take the file between two page views; a query outside
a view opens and closes it itself. Opening costs 20–100 ms, a cached query nothing. The cache key
includes the file's modification stamp, so a load shows up on the next view without clearing anything
by hand.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from access.policy import ADMIN, DON_VI, LANH_DAO, NOI_VU, READERS, SYSTEM, UNIT_READERS
from warehouse.db import (
    connect,
    db_path,
    ensure_replica,
    file_stamp,
    replica_path,
    snapshot_sql,
    snapshots_fresh,
)


class WarehouseBusy(RuntimeError):
    """The warehouse file is held by a loader; the page says so instead of failing."""


class AccessDenied(PermissionError):
    """A query run by nobody, or by a role it is not for."""


@dataclass(frozen=True)
class Principal:
    """Who a query runs for: a signed-in user's name and role, and for a unit's account the units whose
    rows it may see (None: every unit)."""

    user_name: str
    role: str
    unit_codes: frozenset[str] | None = None


SYSTEM_PRINCIPAL = Principal("system", SYSTEM)
_PRINCIPAL: contextvars.ContextVar[Principal | None] = contextvars.ContextVar("principal", default=None)
_IN_QUERY: contextvars.ContextVar[bool] = contextvars.ContextVar("in_query", default=False)
# Every registered query and the roles that may run it (the role matrix the tests walk through).
QUERY_ROLES: dict[str, frozenset[str]] = {}
EVERYONE = frozenset({LANH_DAO, NOI_VU, DON_VI, ADMIN})


@contextmanager
def acting_as(principal: Principal) -> Iterator[None]:
    """Run the queries inside as `principal`."""
    token = _PRINCIPAL.set(principal)
    try:
        yield
    finally:
        _PRINCIPAL.reset(token)


def principal() -> Principal | None:
    return _PRINCIPAL.get()


def allowed(roles: frozenset[str]) -> Callable:
    """Register a query for `roles` (the machine itself always may). A unit's account gets only the rows
    whose `unit_code` is one of its units, and may ask about its own units only."""

    def register(query: Callable) -> Callable:
        name = f"{query.__module__}.{query.__qualname__}"
        QUERY_ROLES[name] = frozenset(roles) | {SYSTEM}

        signature = inspect.signature(query)
        asks_for_unit = "unit_code" in signature.parameters

        @functools.wraps(query)
        def guarded(*args: object, **kwargs: object) -> object:
            who = _PRINCIPAL.get()
            if who is None or who.role not in QUERY_ROLES[name]:
                raise AccessDenied(name)
            if asks_for_unit and who.unit_codes is not None:
                asked = signature.bind(*args, **kwargs).arguments.get("unit_code")
                if asked not in who.unit_codes:
                    raise AccessDenied(f"{name}: {asked}")
            token = _IN_QUERY.set(True)
            try:
                result = query(*args, **kwargs)
            finally:
                _IN_QUERY.reset(token)
            return _scoped(result, who)

        guarded.query_name = name  # type: ignore[attr-defined]
        return guarded

    return register


def _scoped(result: object, who: Principal) -> object:
    if who.unit_codes is None or not isinstance(result, pd.DataFrame) or "unit_code" not in result.columns:
        return result
    return result[result["unit_code"].isin(who.unit_codes)].reset_index(drop=True)


def unit_scope() -> list[str] | None:
    """The principal's units as a bound parameter for queries that count across units (None: all)."""
    who = _PRINCIPAL.get()
    return None if who is None or who.unit_codes is None else sorted(who.unit_codes)


def _stamp(path: Path) -> tuple[int, int]:
    """The cache key of the warehouse's state: the warehouse and its replica as files (a write makes the
    next query look again, and publish the replica if the writer did not)."""
    size = os.stat(path).st_size if path.exists() else 0
    return (hash((file_stamp(path), file_stamp(replica_path(path)))), size)


@dataclass
class _Opened:
    database: str
    con: duckdb.DuckDBPyConnection
    has_snapshots: bool


# The connection of the page view being drawn, if one was opened; None outside a view.
_VIEW: contextvars.ContextVar[dict[str, _Opened] | None] = contextvars.ContextVar("view", default=None)


def _open(database: str) -> _Opened:
    """The warehouse's read replica, read-only (published first if the warehouse changed unpublished)."""
    replica = ensure_replica(Path(database))
    if replica is None:
        raise WarehouseBusy(database)
    try:
        con = connect(replica, read_only=True)
    except duckdb.IOException as exc:
        # Published over while this view looked it up (and an old replica removed): take the new one.
        fresh = replica_path(Path(database))
        if fresh is None or fresh == replica:
            raise WarehouseBusy(str(exc)) from exc
        con = connect(fresh, read_only=True)
    return _Opened(database, con, _has_snapshots(con))


@contextmanager
def view() -> Iterator[None]:
    """One page view: queries that miss the cache share one read-only connection, closed at the end."""
    opened: dict[str, _Opened] = {}
    token = _VIEW.set(opened)
    try:
        yield
    finally:
        _VIEW.reset(token)
        for held in opened.values():
            held.con.close()


@st.cache_data(show_spinner=False, max_entries=512)
def _fetch(database: str, stamp: tuple[int, int], sql: str, params: tuple[object, ...]) -> pd.DataFrame:
    shared = _VIEW.get()
    if shared is None:
        held = _open(database)
        try:
            return _execute(held, sql, params)
        finally:
            held.con.close()
    if database not in shared:
        shared[database] = _open(database)
    return _execute(shared[database], sql, params)


def _execute(held: _Opened, sql: str, params: tuple[object, ...]) -> pd.DataFrame:
    if held.has_snapshots:
        sql = snapshot_sql(sql)
    return held.con.cursor().execute(sql, list(params)).df()


def _has_snapshots(con: duckdb.DuckDBPyConnection) -> bool:
    try:
        return snapshots_fresh(con)
    except duckdb.CatalogException:  # a warehouse without a load log yet
        return False


def run(sql: str, *params: object) -> pd.DataFrame:
    """Run one SELECT with bound parameters on the current warehouse; cached until the next load. Marts
    with a fresh snapshot (warehouse.db.SNAPSHOTS) are read from it. Only a registered query may send
    SQL (or the machine itself)."""
    who = _PRINCIPAL.get()
    if not _IN_QUERY.get() and (who is None or who.role != SYSTEM):
        raise AccessDenied("unregistered query")
    path = db_path()
    return _fetch(str(path), _stamp(path), sql, tuple(params))


def loaded_at() -> str | None:
    """When the warehouse last changed, as dd/mm/yyyy, for the source line under charts."""
    path = db_path()
    if not path.exists():
        return None
    stamps = [os.stat(c).st_mtime for c in (path, Path(f"{path}.wal")) if c.exists()]
    return datetime.fromtimestamp(max(stamps)).strftime("%d/%m/%Y")


def warehouse_path() -> Path:
    return db_path()


@allowed(EVERYONE)
def has_data() -> bool:
    """True when the warehouse exists and at least one file was loaded into it."""
    path = db_path()
    if not path.exists():
        return False
    frame = run("select count(*) as n from information_schema.tables where table_name = 'source_file'")
    if int(frame.iloc[0, 0]) == 0:
        return False
    return int(run("select count(*) from source_file").iloc[0, 0]) > 0


@allowed(UNIT_READERS)
def available_years() -> list[int]:
    """Years any data or framework covers, newest first (the period filter offers these); once scores
    or forms are loaded, none after the latest year with data, so the default year has something to show."""
    frame = run(
        """
        with framework_years as (
            select unnest(range(from_year, coalesce(to_year, year(current_date)) + 1)) as year
            from mart_framework
        ),
        file_years as (
            select year from mart_load_attempt where year is not null and status <> 'rejected'
        )
        select distinct year from (select year from framework_years union all select year from file_years)
        where year <= coalesce((select max(year) from file_years), year(current_date))
        order by year desc
        """
    )
    return [int(y) for y in frame["year"].tolist()]


@allowed(READERS)
def headline() -> pd.DataFrame:
    """One row of counts for the home page (each mart read once: they are views)."""
    return run(
        """
        with units as (
            select count(*) filter (where is_active) as active_units, count(*) as all_units
            from mart_unit
        ),

        attempts as (
            select
                count(*) filter (where status in ('loaded', 'superseded')) as loaded_files,
                count(*) filter (where status = 'rejected') as rejected_files
            from mart_load_attempt
        ),

        final as (
            select
                u.active_units,
                u.all_units,
                (select count(*) from mart_framework) as frameworks,
                (select count(*) from mart_officer where is_active) as active_officers,
                a.loaded_files,
                a.rejected_files
            from units as u
            cross join attempts as a
        )

        select * from final
        """
    )


@allowed(READERS)
def units_by_group() -> pd.DataFrame:
    return run(
        """
        select
            unit_group,
            count(*) filter (where is_active) as active_count,
            count(*) filter (where not is_active) as ended_count
        from mart_unit
        group by unit_group
        order by unit_group
        """
    )


@allowed(READERS)
def units(unit_group: str | None = None) -> pd.DataFrame:
    return run(
        """
        select unit_code, unit_name, unit_group, parent_name, valid_from_date, valid_to_date, successor_name,
               is_active
        from mart_unit
        where ? is null or unit_group = ?
        order by unit_group, unit_code
        """,
        unit_group,
        unit_group,
    )


@allowed(READERS)
def frameworks_for(year: int | None, unit_group: str | None) -> pd.DataFrame:
    """Frameworks in force in a year (all when year is None), optionally for one group."""
    return run(
        """
        select framework_id, unit_group, from_year, to_year, legal_basis, criteria_count, leaf_count,
               field_count, max_points, survey_points
        from mart_framework
        where (? is null or (from_year <= ? and coalesce(to_year, 9999) >= ?))
          and (? is null or unit_group = ?)
        order by unit_group, from_year
        """,
        year,
        year,
        year,
        unit_group,
        unit_group,
    )


@allowed(READERS)
def criteria(framework_id: str) -> pd.DataFrame:
    return run(
        """
        select criterion_code, stt_text, depth, title, max_points, is_survey, is_leaf, responsible_office
        from mart_criterion
        where framework_id = ?
        order by sort_order
        """,
        framework_id,
    )


@allowed(READERS)
def rules() -> pd.DataFrame:
    return run(
        """
        select rule_code, param_code, unit_group, value_number, value_text,
               valid_from_date, valid_to_date, legal_basis, note
        from mart_rule
        order by rule_code, param_code, valid_from_date
        """
    )


@allowed(READERS)
def officers() -> pd.DataFrame:
    return run(
        """
        select officer_code, officer_name, unit_code, unit_name, valid_from_date, valid_to_date, is_active
        from mart_officer
        order by unit_code, officer_code
        """
    )


@allowed(READERS)
def recent_files(limit: int = 50) -> pd.DataFrame:
    return run(
        """
        select file_name, kind, status, attempted_at, rows_loaded, rows_rejected, error_count, warning_count,
               attempt_id
        from mart_load_attempt
        order by attempt_id desc
        limit ?
        """,
        limit,
    )


@allowed(READERS)
def rejected_findings(limit: int = 200) -> pd.DataFrame:
    return run(
        """
        select file_name, severity, sheet_name, cell, message, attempt_id, finding_number
        from mart_load_finding
        where status = 'rejected'
        order by attempt_id desc, finding_number
        limit ?
        """,
        limit,
    )


@allowed(frozenset())
def units_of_account(unit_code: str) -> frozenset[str]:
    """What a unit's account may see: its unit, the units under it (its One-Stop desk, offices) and the
    units it continues (the communes merged into it), so its history stays visible. Run as the machine."""
    frame = run(
        """
        select unit_code from mart_unit where unit_code = ? or parent_code = ?
        union
        select unit_code from mart_unit_lineage where current_unit_code = ?
        union
        select u.unit_code
        from mart_unit as u
        inner join mart_unit_lineage as l on u.parent_code = l.unit_code
        where l.current_unit_code = ?
        """,
        unit_code,
        unit_code,
        unit_code,
        unit_code,
    )
    return frozenset(frame["unit_code"].tolist()) | {unit_code}
