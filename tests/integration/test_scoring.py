"""Scoring sheets through the real loader: every reading case, each blocking rule and warning with its
cell, supersede and duplicate, and the index, ranks and classes the marts compute."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from etl.text import unicode_to_cp1258, unicode_to_tcvn3
from tests.conftest import (
    UNIT_HEADER,
    framework_rows,
    ingest,
    query,
    snapshot,
    units_rows,
    write_csv,
    write_xlsx,
)

HEADER = [
    "STT",
    "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
    "Điểm tối đa",
    "Điểm tự đánh giá",
    "Điểm thẩm định",
    "Tài liệu kiểm chứng",
    "Giải trình",
]
# (STT, title, maximum) of conftest.framework_rows(); 1.2 is the survey criterion.
CRITERIA = [(row[0], row[1], row[2]) for row in framework_rows()[1:-1]]
PARENTS = {"I": ("1.1.1", "1.1.2"), "1.1": ("1.1.1", "1.1.2"), "II": ("a)", "b)"), "2.1": ("a)", "b)")}
EVIDENCE = "Quyết định số 12/QĐ-UBND ngày 10/01/2023"
RULE_HEADER = ["Quy tắc", "Tham số", "Giá trị", "Nhóm", "Hiệu lực từ", "Hiệu lực đến", "Căn cứ", "Diễn giải"]


def title_block(
    unit: str = "UBND XÃ MINH SƠN", year: int | None = 2023, signed: str = ""
) -> list[list[object]]:
    return [
        ["UBND HUYỆN HỮU LŨNG", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        [unit, "", "", "Độc lập - Tự do - Hạnh phúc"],
        [],
        [
            f"BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year}"
            if year
            else "BẢNG TỰ ĐÁNH GIÁ"
        ],
        [f"(Kèm theo Báo cáo số 45/BC-UBND ngày {signed} của UBND xã)" if signed else ""],
    ]


def sheet(
    self_points: dict[str, object] | None = None,
    appraised: dict[str, object] | None = None,
    evidence: dict[str, str] | None = None,
    total: bool = True,
) -> list[list[object]]:
    """The table of a scoring sheet: every framework row, parents as their leaves' sums."""
    self_points = {"1.1.1": 1.5, "1.1.2": 1, "a)": 2, "b)": 1.5} | (self_points or {})
    evidence = evidence or {}
    rows = [HEADER]
    for stt, title, maximum in CRITERIA:
        own = self_points.get(stt)
        judged = (appraised or {}).get(stt)
        if stt in PARENTS:
            own = sum(_num(self_points.get(c)) for c in PARENTS[stt])
            judged = sum(_num((appraised or {}).get(c)) for c in PARENTS[stt]) if appraised else None
        proof = evidence.get(stt, EVIDENCE if stt not in PARENTS and stt != "1.2" else "")
        rows.append([stt, title, maximum, own, judged, proof, ""])
    if total:
        rows.append(["", "Tổng điểm", 10, rows[1][3] + rows[6][3], None, "", ""])
    return rows


def _num(value: object) -> float:
    return value if isinstance(value, int | float) else 0.0


@pytest.fixture
def loaded(db: Path, tmp_path: Path) -> Path:
    """A registry with four communes, the 2021 framework and an older version, and the rule set."""
    units = [
        *units_rows(),
        ["X-YT", "UBND xã Yên Thịnh", "xa", "HHL", "01/01/2019", "30/06/2025", "", "X-HL"],
        ["X-DT", "UBND xã Đồng Tân", "xa", "HHL", "01/01/2019", "30/06/2025", "", "X-HL"],
    ]
    assert ingest(write_csv(tmp_path / "in" / "units.csv", units), db).status == "loaded"
    framework = ingest(
        write_csv(tmp_path / "in" / "fw2021.csv", framework_rows()),
        db,
        kind="framework",
        framework_id="T-XA-2021",
        unit_group="xa",
        from_year=2021,
    )
    assert framework.status == "loaded"
    older = [list(r) for r in framework_rows()]
    older[3][2], older[4][2] = "2", "1"  # 1.1.1 was worth 2 points, 1.1.2 one point
    report = ingest(
        write_csv(tmp_path / "in" / "fw2019.csv", older),
        db,
        kind="framework",
        framework_id="T-XA-2019",
        unit_group="xa",
        from_year=2019,
        to_year=2020,
    )
    assert report.status == "loaded"
    rules = [
        RULE_HEADER,
        ["classification_band", "xuat_sac", "90", "", "01/01/2019", "", "", ""],
        ["classification_band", "tot", "80", "", "01/01/2019", "", "", ""],
        ["classification_band", "kha", "70", "", "01/01/2019", "", "", ""],
        ["classification_band", "trung_binh", "50", "", "01/01/2019", "", "", ""],
        ["evidence_rule", "required", "1", "", "01/01/2019", "", "", ""],
        ["self_assessment_gap", "warning_pct", "20", "", "01/01/2019", "", "", ""],
        ["submission_deadline", "cchc_report_due", "05/12", "", "01/01/2019", "", "", ""],
    ]
    assert ingest(write_csv(tmp_path / "in" / "rules.csv", rules), db).status == "loaded"
    return db


def load_sheet(db: Path, path: Path, rows: list[list[object]], top: list[list[object]] | None = None, **kw):
    return ingest(
        write_xlsx(path, rows, title="Tự đánh giá", top=title_block() if top is None else top), db, **kw
    )


def rules_of(report) -> list[tuple[str, str | None]]:
    return [(f.rule, f.cell) for f in report.findings]


def scores(db: Path) -> dict[str, tuple]:
    rows = query(
        db,
        "select criterion_code, cast(self_points as double), cast(appraised_points as double), is_not_applicable"
        " from stg_score",
    )
    return {code: tuple(rest) for code, *rest in rows}


# ------------------------------------------------------------------------------------------------
# Reading
# ------------------------------------------------------------------------------------------------


def test_plain_sheet_loads_with_unit_year_and_hierarchy_from_the_framework(
    loaded: Path, tmp_path: Path
) -> None:
    report = load_sheet(loaded, tmp_path / "a.xlsx", sheet())
    assert report.status == "loaded", report.findings
    assert (report.kind, report.unit_code, report.year, report.rows_loaded) == ("scoring", "X-MS", 2023, 9)
    assert scores(loaded)["2.1.b"] == (1.5, None, False)
    assert query(loaded, "select framework_id, unit_source, year_source from stg_score_sheet") == [
        ("T-XA-2021", "title", "title")
    ]


def test_header_variants_two_row_header_and_column_numbers(loaded: Path, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    for row in title_block():
        ws.append(row)
    ws.append(["TT", "Noi dung tieu chi", "Điểm", None, None, "TLKC", "Ghi chú"])
    ws.append([None, None, "Tối đa", "TĐG", "Thẩm\nđịnh", None, None])
    ws.merge_cells("C6:E6")
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])
    for row in sheet()[1:]:
        ws.append(row)
    path = tmp_path / "b.xlsx"
    book.save(path)
    report = ingest(path, loaded)
    assert report.status == "loaded", report.findings
    assert report.rows_loaded == 9
    assert scores(loaded)["1.1.1"] == (1.5, None, False)


def test_csv_with_decimal_comma_semicolons_and_not_applicable(loaded: Path, tmp_path: Path) -> None:
    rows = sheet({"b)": "x"})
    rows = [[str(v).replace(".", ",") if isinstance(v, float) else v for v in row] for row in rows]
    rows[-1][3] = "4,5"  # the total leaves the not-applicable row out
    rows[7][3] = "2"  # 2.1 = a) only
    rows[6][3] = "2"
    path = tmp_path / "TDG_2023_xa_Minh_Son.csv"
    path.write_text(
        "\n".join(";".join("" if v is None else str(v) for v in r) for r in rows), encoding="utf-8-sig"
    )
    report = ingest(path, loaded)
    assert report.status == "loaded", report.findings
    assert (report.unit_code, report.year) == ("X-MS", 2023)
    assert scores(loaded)["2.1.b"] == (None, None, True)
    index = query(loaded, "select max_points, total_points from mart_unit_index")
    assert index == [(8.0, 4.5)]  # 2.1.b (2 points) out of the denominator; survey not in yet


@pytest.mark.parametrize("encoding,separator", [("utf-16", "\t"), ("cp1258", ",")])
def test_csv_encodings(loaded: Path, tmp_path: Path, encoding: str, separator: str) -> None:
    rows = [["Mã đơn vị: X-MS"], ["BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2022"], *sheet()]
    path = tmp_path / f"sheet-{encoding}.csv"
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator).writerows(rows)
    body = buffer.getvalue()
    path.write_bytes(body.encode("utf-16") if encoding == "utf-16" else unicode_to_cp1258(body))
    report = ingest(path, loaded)
    assert report.status == "loaded", report.findings
    assert (report.unit_code, report.year) == ("X-MS", 2022)


def test_html_table_saved_as_xls(loaded: Path, tmp_path: Path) -> None:
    cells = "".join(
        "<tr>" + "".join(f"<td>{'' if v is None else v}</td>" for v in row) + "</tr>"
        for row in [["UBND xã Minh Sơn"], ["KẾT QUẢ TỰ ĐÁNH GIÁ NĂM 2023"], *sheet()]
    )
    path = tmp_path / "export.xls"
    path.write_text(f"<html><body><table>{cells}</table></body></html>", encoding="utf-8")
    report = ingest(path, loaded)
    assert report.status == "loaded", report.findings
    assert report.unit_code == "X-MS"


def test_tcvn3_text_is_converted_and_kept_as_typed(loaded: Path, tmp_path: Path) -> None:
    rows = sheet(evidence={"1.1.1": "Quyết định số 12/QĐ-UBND về kế hoạch cải cách"})
    legacy = [[unicode_to_tcvn3(v) if isinstance(v, str) else v for v in row] for row in rows]
    top = [[unicode_to_tcvn3(v) if isinstance(v, str) else v for v in row] for row in title_block()]
    report = load_sheet(loaded, tmp_path / "tcvn3.xlsx", legacy, top=top)
    assert report.status == "loaded", report.findings
    assert ("text.legacy_encoding", None) in rules_of(report)
    evidence = query(
        loaded, "select evidence_text, evidence_source from raw_score where criterion_code = '1.1.1'"
    )
    assert evidence[0][0] == "Quyết định số 12/QĐ-UBND về kế hoạch cải cách"
    assert evidence[0][1] == unicode_to_tcvn3("Quyết định số 12/QĐ-UBND về kế hoạch cải cách")


def test_formulas_without_cached_values_are_recomputed(loaded: Path, tmp_path: Path) -> None:
    rows = sheet()
    # Header is row 6 under the five title rows: I=7, 1.1=8, 1.1.1=9, 1.1.2=10, II=12, 2.1=13, a)=14, b)=15.
    rows[1][3], rows[2][3] = "=D9+D10", "=SUM(D9:D10)"
    rows[6][3], rows[7][3] = "=D13", "=SUM(D14,D15)"
    rows[-1][3] = "=D7+D12"
    report = load_sheet(loaded, tmp_path / "formulas.xlsx", rows)
    assert report.status == "loaded", report.findings
    assert query(loaded, "select cast(self_points as double) from stg_score where criterion_code = '1'") == [
        (2.5,)
    ]


def test_unit_by_alias_without_diacritics_and_options(loaded: Path, tmp_path: Path) -> None:
    report = load_sheet(loaded, tmp_path / "a.xlsx", sheet(), top=title_block("UBND XA MINH SON"))
    assert report.unit_code == "X-MS"
    report = load_sheet(loaded, tmp_path / "b.xlsx", sheet({"a)": 1}), top=[], unit="X-HT", year=2024)
    assert report.status == "loaded", report.findings
    assert (report.unit_code, report.year) == ("X-HT", 2024)


def test_missing_numbers_and_shifted_numbers_match_by_title(loaded: Path, tmp_path: Path) -> None:
    rows = sheet()
    rows[3][0] = ""  # 1.1.1 without its number
    rows[4][0] = "1.1.3"  # 1.1.2 numbered wrongly
    report = load_sheet(loaded, tmp_path / "a.xlsx", rows)
    assert report.status == "loaded", report.findings
    assert ("scoring.number_shifted", "A10") in rules_of(report)
    matched = query(loaded, "select criterion_code, matched_by from stg_score where matched_by = 'title'")
    assert sorted(matched) == [("1.1.1", "title"), ("1.1.2", "title")]


# ------------------------------------------------------------------------------------------------
# Blocking rules: the file is refused whole, and the finding names the cell
# ------------------------------------------------------------------------------------------------


def _refused(db: Path, path: Path, rows: list[list[object]], top=None, **kw) -> list[tuple[str, str | None]]:
    before = snapshot(db)
    report = load_sheet(db, path, rows, top=top, **kw)
    assert report.status == "rejected"
    assert snapshot(db) == before
    for finding in report.findings:
        assert "Cách sửa" in finding.message and path.name in finding.message
    return rules_of(report)


def test_score_above_maximum(loaded: Path, tmp_path: Path) -> None:
    rows = sheet({"1.1.1": 2})
    assert ("scoring.out_of_range", "D9") in _refused(loaded, tmp_path / "a.xlsx", rows)


def test_a_refused_sheet_is_filed_under_its_unit_and_year(loaded: Path, tmp_path: Path) -> None:
    report = load_sheet(loaded, tmp_path / "a.xlsx", sheet({"1.1.1": 2}))
    assert report.status == "rejected"
    (attempt,) = query(
        loaded, "select unit_code, year from load_attempt where file_sha256 = ?", report.sha256
    )
    assert attempt == (report.unit_code, report.year) and attempt[0] is not None and attempt[1] is not None


def test_negative_appraised_score(loaded: Path, tmp_path: Path) -> None:
    rows = sheet(appraised={"1.1.1": 1, "1.1.2": -0.5, "a)": 2, "b)": 1})
    assert ("scoring.out_of_range", "E10") in _refused(loaded, tmp_path / "a.xlsx", rows)


def test_maximum_of_another_version_names_it(loaded: Path, tmp_path: Path) -> None:
    rows = sheet()
    rows[3][2], rows[4][2] = 2, 1
    report = load_sheet(loaded, tmp_path / "a.xlsx", rows)
    assert report.status == "rejected"
    finding = next(f for f in report.findings if f.cell == "C9")
    assert finding.rule == "scoring.max_differs" and "T-XA-2019" in finding.message


def test_criterion_not_in_framework(loaded: Path, tmp_path: Path) -> None:
    rows = sheet()
    rows.insert(5, ["1.1.3", "Tiêu chí không có trong bộ", 0.5, 0.5, None, EVIDENCE, ""])
    assert ("scoring.unknown_criterion", "A11") in _refused(loaded, tmp_path / "a.xlsx", rows)


def test_required_criterion_missing(loaded: Path, tmp_path: Path) -> None:
    rows = sheet()
    del rows[9]  # b)
    rows[6][3] = rows[7][3] = 2
    rows[-1][3] = 4.5
    findings = _refused(loaded, tmp_path / "a.xlsx", rows)
    assert ("scoring.missing_criteria", None) in findings


def test_parent_total_disagrees_with_children(loaded: Path, tmp_path: Path) -> None:
    rows = sheet()
    rows[2][3] = 2.52  # 1.1 typed 2,52, children add to 2,5
    assert ("scoring.parent_sum", "D8") in _refused(loaded, tmp_path / "a.xlsx", rows)


def test_parent_total_within_a_hundredth_is_accepted(loaded: Path, tmp_path: Path) -> None:
    rows = sheet()
    rows[2][3] = 2.509
    assert load_sheet(loaded, tmp_path / "a.xlsx", rows).status == "loaded"


def test_total_row_disagrees(loaded: Path, tmp_path: Path) -> None:
    rows = sheet()
    rows[-1][3] = 7
    assert ("scoring.total_sum", "D16") in _refused(loaded, tmp_path / "a.xlsx", rows)


def test_survey_criterion_self_scored(loaded: Path, tmp_path: Path) -> None:
    rows = sheet({"1.2": 2})
    rows[1][3] += 2
    rows[-1][3] += 2
    assert ("scoring.survey_self_scored", "D11") in _refused(loaded, tmp_path / "a.xlsx", rows)


def test_unknown_unit_lists_closest_names(loaded: Path, tmp_path: Path) -> None:
    report = load_sheet(loaded, tmp_path / "a.xlsx", sheet(), top=title_block("UBND XÃ MINH SƠNG ĐÔNG"))
    assert report.status == "rejected"
    (finding,) = [f for f in report.findings if f.rule == "scoring.unit_unknown"]
    assert "UBND xã Minh Sơn" in finding.message


def test_year_not_determinable(loaded: Path, tmp_path: Path) -> None:
    assert ("scoring.no_year", None) in _refused(
        loaded, tmp_path / "a.xlsx", sheet(), top=title_block(year=None)
    )


def test_same_criterion_twice(loaded: Path, tmp_path: Path) -> None:
    rows = sheet()
    rows.insert(5, list(rows[4]))
    assert ("scoring.duplicate_criterion", "A11") in _refused(loaded, tmp_path / "a.xlsx", rows)


def test_unit_not_in_force_that_year(loaded: Path, tmp_path: Path) -> None:
    findings = _refused(loaded, tmp_path / "a.xlsx", sheet(), top=title_block("UBND xã Hữu Lũng", 2023))
    assert ("scoring.unit_not_in_force", None) in findings


def test_no_framework_for_the_year(loaded: Path, tmp_path: Path) -> None:
    findings = _refused(
        loaded, tmp_path / "a.xlsx", sheet(), top=[["SỞ NỘI VỤ"], ["BẢNG TỰ ĐÁNH GIÁ NĂM 2023"]]
    )
    assert ("scoring.no_framework", None) in findings


# ------------------------------------------------------------------------------------------------
# Warnings: loaded and reported
# ------------------------------------------------------------------------------------------------


def test_missing_evidence_counts_zero_until_appraised(loaded: Path, tmp_path: Path) -> None:
    report = load_sheet(loaded, tmp_path / "a.xlsx", sheet(evidence={"b)": ""}))
    assert report.status == "loaded"
    assert ("scoring.no_evidence", "F15") in rules_of(report)
    (row,) = query(loaded, "select effective_self_points, self_points from mart_unit_index")
    assert row == (4.5, 6.0)


def test_vague_evidence(loaded: Path, tmp_path: Path) -> None:
    report = load_sheet(loaded, tmp_path / "a.xlsx", sheet(evidence={"a)": "Đã thực hiện"}))
    assert ("scoring.evidence_vague", "F14") in rules_of(report)


def test_inflated_self_scoring(loaded: Path, tmp_path: Path) -> None:
    appraised = {"1.1.1": 1.5, "1.1.2": 0.5, "a)": 2, "b)": 1.5}
    report = load_sheet(loaded, tmp_path / "a.xlsx", sheet(appraised=appraised))
    assert report.status == "loaded"
    assert [c for r, c in rules_of(report) if r == "scoring.inflated"] == ["E10"]


def test_late_submission(loaded: Path, tmp_path: Path) -> None:
    rows = sheet()
    report = ingest(write_xlsx(tmp_path / "a.xlsx", rows, top=title_block(signed="12/12/2023")), loaded)
    assert report.status == "loaded"
    late = [f for f in report.findings if f.rule == "scoring.late"]
    assert len(late) == 1 and "05/12/2023" in late[0].message and "7 ngày" in late[0].message
    on_time = ingest(
        write_xlsx(tmp_path / "b.xlsx", sheet({"a)": 1}), top=title_block(signed="05/12/2023")), loaded
    )
    assert "scoring.late" not in [f.rule for f in on_time.findings]


# ------------------------------------------------------------------------------------------------
# Supersede, duplicate, index, ranks, classes
# ------------------------------------------------------------------------------------------------


def test_duplicate_and_supersede(loaded: Path, tmp_path: Path) -> None:
    first = load_sheet(loaded, tmp_path / "self.xlsx", sheet())
    assert ingest(tmp_path / "self.xlsx", loaded).status == "duplicate"
    appraised = {"1.1.1": 1.5, "1.1.2": 1, "a)": 2, "b)": 1}
    second = load_sheet(loaded, tmp_path / "appraised.xlsx", sheet(appraised=appraised))
    assert second.status == "loaded" and second.supersedes == first.sha256
    assert query(loaded, "select count(*) from raw_score_sheet") == [(2,)]
    assert query(loaded, "select file_sha256, has_appraisal from stg_score_sheet") == [(second.sha256, True)]
    (row,) = query(loaded, "select appraised_points, total_points, is_provisional from mart_unit_index")
    assert row == (5.5, 5.5, True)  # survey points still missing: provisional


def _survey(db: Path, tmp_path: Path, points: dict[str, float]) -> None:
    """Survey points straight into the raw table (the survey kind has tests of its own)."""
    from warehouse.db import build_models, connect

    con = connect(db)
    try:
        for number, (unit, value) in enumerate(points.items(), start=1):
            con.execute(
                "insert into source_file (file_sha256, attempt_id, file_name, stored_path, file_format,"
                " size_bytes, kind, loaded_at, rows_loaded) values (?, 9999, 's.csv', 's', 'csv', 1, 'survey',"
                " now(), 1)",
                [f"survey{number}"],
            )
            con.execute(
                "insert into raw_survey values (?, 'S', 2, 2023, ?, null, '1.2', ?)",
                [f"survey{number}", unit, value],
            )
        build_models(con)
    finally:
        con.close()


def test_index_ranks_with_ties_and_classification(loaded: Path, tmp_path: Path) -> None:
    full = {"1.1.1": 1.5, "1.1.2": 1.5, "a)": 2, "b)": 2}
    plans = {
        "UBND XÃ MINH SƠN": {"1.1.1": 1.5, "1.1.2": 1.5, "a)": 2, "b)": 1.5},  # 6,5 + 3 survey = 9,5
        "UBND XÃ HÒA THẮNG": full,  # 7 + 2 = 9
        "UBND XÃ YÊN THỊNH": full,  # 7 + 2 = 9
        "UBND XÃ ĐỒNG TÂN": {"1.1.1": 1, "1.1.2": 0.5, "a)": 1, "b)": 1},  # 3,5 + 1 = 4,5
    }
    for number, (unit, appraised) in enumerate(plans.items()):
        report = load_sheet(
            loaded, tmp_path / f"u{number}.xlsx", sheet(full, appraised), top=title_block(unit)
        )
        assert report.status == "loaded", report.findings
    _survey(loaded, tmp_path, {"X-MS": 3, "X-HT": 2, "X-YT": 2, "X-DT": 1})
    rows = query(
        loaded,
        "select unit_code, total_points, index_pct, rank_in_group, classification, is_provisional"
        " from mart_unit_index order by rank_in_group, unit_code",
    )
    assert rows == [
        ("X-MS", 9.5, 95.0, 1, "xuat_sac", False),
        ("X-HT", 9.0, 90.0, 2, "xuat_sac", False),
        ("X-YT", 9.0, 90.0, 2, "xuat_sac", False),
        ("X-DT", 4.5, 45.0, 4, "yeu", False),
    ]
    gaps = query(
        loaded,
        "select criterion_code, lost_points, lost_pct, responsible_office from mart_criterion_gap"
        " where unit_code = 'X-DT' order by sort_order",
    )
    assert gaps[0] == ("1.1.1", 0.5, 33.33, "Phòng Nội vụ")
    assert ("1.2", 2.0, 66.67, "Phòng Nội vụ") in gaps


def test_units_header_is_not_taken_for_a_scoring_sheet(loaded: Path, tmp_path: Path) -> None:
    assert UNIT_HEADER[0] == "Mã đơn vị"
    report = ingest(write_csv(tmp_path / "u.csv", [UNIT_HEADER]), loaded)
    assert report.kind == "units"


def test_a_row_of_another_version_is_not_taken_for_the_criterion_with_its_number(
    loaded: Path, tmp_path: Path
) -> None:
    rows = sheet()
    # 1.1.2 under the 2021 framework, titled as a criterion only the older version has.
    rows[4][1] = "Tiêu chí riêng của phiên bản cũ"
    older = ingest(
        write_csv(tmp_path / "in" / "fw-old.csv", [*framework_rows()[:4], ["1.1.2", rows[4][1], "1,5", "", ""],
                                                  *framework_rows()[5:]]),
        loaded, kind="framework", framework_id="T-XA-2018", unit_group="xa", from_year=2018, to_year=2018,
    )  # fmt: skip
    assert older.status == "loaded", older.findings
    report = load_sheet(loaded, tmp_path / "a.xlsx", rows)
    assert report.status == "rejected"
    finding = next(f for f in report.findings if f.rule == "scoring.unknown_criterion")
    assert finding.cell == "A10" and "T-XA-2018" in finding.message


def test_a_sheet_without_any_points_is_an_unfilled_template_and_is_refused(
    loaded: Path, tmp_path: Path
) -> None:
    empty = {stt: None for stt in ("1.1.1", "1.1.2", "a)", "b)")}
    report = load_sheet(loaded, tmp_path / "blank.xlsx", sheet(empty, total=False))
    assert report.status == "rejected"
    assert [f.rule for f in report.findings if f.severity == "error"] == ["scoring.no_points"]
    message = next(f.message for f in report.findings if f.rule == "scoring.no_points")
    assert "trống ở cả" in message and "Cách sửa" in message
