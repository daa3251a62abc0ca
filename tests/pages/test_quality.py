"""The data-quality page with AppTest: an empty warehouse says how to load it; a warehouse without findings
renders and says so; with the demo, the tracker's counts, the findings (every refused file with its cell),
the filters restored from the URL and the largest cuts match the marts."""

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.format import vn_number, vn_points
from labels import page_quality as txt
from tests.conftest import framework_rows, ingest, query, units_rows, write_csv
from tests.pages.apptest import run_page
from warehouse.db import files_dir

PAGE = "pages/quality.py"


def run(**params: str) -> AppTest:
    return run_page(PAGE, **params)


def metric_rows(app: AppTest) -> list[tuple[str, str]]:
    return [(m.label, m.value) for m in app.metric]


def test_an_empty_warehouse_says_how_to_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "none.duckdb"))
    app = run()
    assert not app.exception
    assert any("make demo" in info.value for info in app.info)


def test_a_warehouse_without_findings_says_so(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db).status == "loaded"
    options = {"kind": "framework", "framework_id": "T-XA-2021", "unit_group": "xa", "from_year": 2021}
    assert ingest(write_csv(tmp_path / "fw.csv", framework_rows()), db, **options).status == "loaded"
    assert query(db, "select count(*) from mart_quality_finding") == [(0,)]
    monkeypatch.setenv("CCHC_DB", str(db))
    app = run()
    assert not app.exception
    year = app.selectbox(key="filter_year").value
    assert any(info.value == txt.NO_FINDINGS.format(period=f"năm {year}") for info in app.info)
    assert any(
        info.value.startswith("Chưa có Data Docs") and "python -m etl docs" in info.value for info in app.info
    )
    assert not app.dataframe or all("Mức độ" not in frame.value.columns for frame in app.dataframe)


def test_the_tracker_counts_match_the_mart(demo: Path) -> None:
    app = run(year="2024")
    assert not app.exception
    expected = dict(
        query(
            demo,
            "select status, count(*) from mart_submission where form_code = 'cchc' and year = 2024 "
            "and unit_code is not null group by status",
        )
    )
    owed = query(
        demo, "select count(*) from mart_submission where form_code = 'cchc' and year = 2024 and is_current"
    )[0][0]
    shown = metric_rows(app)[:6]
    assert shown[0] == (txt.METRIC_OWED, vn_number(owed))
    for label, value in shown[1:]:
        status = next(code for code, name in txt.STATUS_LABELS.items() if name == label)
        assert value == vn_number(expected.get(status, 0)), label
    # The late units are listed with their deadline and the days they were late.
    tracker = app.dataframe[0].value
    late = query(
        demo,
        "select unit_name, days_late from mart_submission where form_code = 'cchc' and year = 2024 "
        "and status = 'late'",
    )
    rows = tracker[tracker[txt.COLUMNS["status"]] == txt.STATUS_LABELS["late"]]
    assert sorted(zip(rows[txt.COLUMNS["unit_name"]], rows[txt.COLUMNS["days_late"]], strict=True)) == sorted(
        (name, str(days)) for name, days in late
    )
    assert set(rows[txt.COLUMNS["deadline_date"]]) == {"05/12/2024"}
    # Mẫu 01 of the year: owed officer-months and missing forms.
    forms = dict(
        query(
            demo,
            "select status, count(*) from mart_submission where form_code = 'officer_form' and year = 2024 "
            "and is_current group by status",
        )
    )
    assert metric_rows(app)[6] == (txt.METRIC_OWED, vn_number(sum(forms.values())))
    assert metric_rows(app)[9] == (txt.STATUS_LABELS["missing"], vn_number(forms.get("missing", 0)))


def test_the_form_matrix_and_desk_view_match_the_mart(demo: Path) -> None:
    app = run(year="2024")
    assert not app.exception
    rows = query(
        demo,
        "select officer_code, any_value(officer_name), month, any_value(status) from mart_submission "
        "where form_code = 'officer_form' and year = 2024 and is_current and officer_code is not null "
        "group by officer_code, month",
    )
    officers = {code: name for code, name, _, _ in rows}
    matrix = next(f.value for f in app.dataframe if "T1" in f.value.columns)
    assert len(matrix) == len(officers)
    # Every owed officer-month shows its state's symbol in the officer's row.
    cells = {
        (name, column): value
        for _, row in matrix.iterrows()
        for column, value in row.items()
        if column.startswith("T")
        for name in [row[txt.COLUMNS["officer_name"]]]
    }
    for code, name, month, status in rows:
        if list(officers.values()).count(name) == 1:
            assert cells[(name, f"T{month}")] == txt.STATUS_SYMBOLS[status], (code, month)
    # The desk view: one row per desk, its owed forms adding up to the tab's owed count.
    app.radio(key="quality_form_view").set_value(txt.VIEW_DESK).run()
    assert not app.exception
    desks = next(f.value for f in app.dataframe if txt.COLUMNS["owed_count"] in f.value.columns)
    owed = query(
        demo,
        "select count(distinct unit_code), count(*), count(*) filter (where status = 'missing') "
        "from mart_submission where form_code = 'officer_form' and year = 2024 and is_current",
    )[0]
    assert (
        len(desks),
        desks[txt.COLUMNS["owed_count"]].sum(),
        desks[txt.COLUMNS["missing_count"]].sum(),
    ) == owed


def test_late_sheets_match_the_suite_warnings(demo: Path) -> None:
    late = query(demo, "select count(*) from mart_submission where form_code = 'cchc' and status = 'late'")
    warned = query(
        demo,
        "select count(distinct (unit_code, year)) from mart_quality_finding where rule = 'scoring.late'",
    )
    assert late == warned


def test_every_refused_file_shows_with_its_cell(demo: Path) -> None:
    refused: dict[int, set[tuple[str, str]]] = {}
    # A refused file the loader could place is listed under its year; one it could not, under every year.
    for year, file_name, cell in query(
        demo,
        "select coalesce(period_year, 2024), file_name, coalesce(cell, '') from mart_quality_finding "
        "where status = 'rejected'",
    ):
        refused.setdefault(year, set()).add((file_name, cell))
    assert refused
    for year, expected in refused.items():
        app = run(year=str(year))
        findings = next(
            frame.value for frame in app.dataframe if txt.COLUMNS["message"] in frame.value.columns
        )
        files = findings.columns[1]  # severity, then the file
        assert expected <= set(zip(findings[files], findings[txt.COLUMNS["cell"]], strict=True)), year
    app = run(year="2024")
    counts = dict(
        query(
            demo,
            "select severity, count(*) from mart_quality_finding where period_year = 2024 or period_year is null "
            "group by severity",
        )
    )
    labels = dict(metric_rows(app))
    assert labels[txt.METRIC_ERRORS] == vn_number(counts["error"])
    assert labels[txt.METRIC_WARNINGS] == vn_number(counts["warning"])


def test_url_filters_restore_the_findings(demo: Path) -> None:
    app = run(year="2023", severity="warning", rules="scoring.no_evidence,scoring.inflated")
    assert not app.exception
    assert app.multiselect(key="quality_severity").value == ["warning"]
    assert sorted(app.multiselect(key="quality_rules").value) == ["scoring.inflated", "scoring.no_evidence"]
    expected = query(
        demo,
        "select count(*) from mart_quality_finding where period_year = 2023 "
        "and rule in ('scoring.no_evidence', 'scoring.inflated')",
    )[0][0]
    labels = dict(metric_rows(app))
    assert expected > 0
    assert labels[txt.METRIC_WARNINGS] == vn_number(expected)
    assert labels[txt.METRIC_ERRORS] == "0"


def test_choosing_a_finding_shows_its_row_from_the_file(demo: Path) -> None:
    stored = files_dir(demo)
    prebuilt = os.environ.get("CCHC_TEST_DEMO_DB")
    if not stored.exists() and prebuilt:  # a copied demo: its stored files stayed beside the original
        stored.symlink_to(files_dir(Path(prebuilt)))
    app = run(year="2023", rules="scoring.out_of_range")
    assert not app.exception
    findings = next(frame for frame in app.dataframe if txt.COLUMNS["message"] in frame.value.columns)
    assert findings.value.iloc[0][txt.COLUMNS["cell"]] == "D9"
    # AppTest cannot click a row: the selection is set as the dataframe's state.
    app.session_state["quality_findings"] = {"selection": {"rows": [0], "columns": []}}
    app.run()
    assert not app.exception
    (values,) = [frame.value for frame in app.dataframe if txt.ROW_COLUMN in frame.value.columns]
    assert values[txt.ROW_COLUMN].tolist() == [8, 9, 10]
    assert values[values[txt.ROW_COLUMN] == 9].iloc[0]["D"] == "2,25"


def test_the_largest_cuts_match_the_mart(demo: Path) -> None:
    app = run(year="2024")
    table = next(frame.value for frame in app.dataframe if txt.COLUMNS["cut_points"] in frame.value.columns)
    top = query(
        demo,
        "select unit_name, round(self_points - appraised_points, 2) as cut from mart_unit_index "
        "where year = 2024 and has_appraisal order by cut desc, unit_name limit 1",
    )[0]
    assert table.iloc[0][txt.COLUMNS["unit_name"]] == top[0]
    assert table.iloc[0][txt.COLUMNS["cut_points"]] == vn_points(top[1])
