"""The data-quality suites (expectations/*.json) on good and bad frames: every failing row becomes a
finding with the right rule, severity, cell and a Vietnamese message."""

import datetime as dt

import pandas as pd
import pytest

from etl.quality import DATASETS, Batch, QualityChecker, load_suites

TODAY = dt.date(2026, 11, 23)
SHA = "a" * 64


@pytest.fixture(scope="module")
def checker() -> QualityChecker:
    return QualityChecker()


def _batch(dataset: str, rows: list[dict], letters: dict[str, str] | None = None) -> Batch:
    frame = pd.DataFrame(rows)
    frame["_row"] = frame.index
    batch = Batch(names={SHA: "bang_diem.xlsx"}, frames={dataset: frame})
    for field_name, letter in (letters or {}).items():
        batch.letters[(SHA, "Sheet1", field_name)] = letter
    return batch


def _score(**values: object) -> dict:
    row = {
        "file_sha256": SHA,
        "sheet_name": "Sheet1",
        "row_number": 10,
        "criterion_code": "1.1.1",
        "stt_text": "1.1.1",
        "unit_code": "SNV",
        "year": 2024,
        "max_points": 1.5,
        "framework_max_points": 1.5,
        "self_points": 1.0,
        "appraised_points": 1.0,
        "has_support": True,
        "gap_points": 0.0,
        "gap_pct": 0.0,
        "gap_threshold_pct": 20.0,
        "no_evidence_effect": "",
    }
    return {**row, **values}


SCORE_LETTERS = {"stt": "A", "max_points": "C", "self_points": "D", "appraised_points": "E", "evidence": "F"}


def test_every_suite_names_its_dataset_and_a_known_message() -> None:
    suites = load_suites()
    assert {s.name for s in suites} >= {
        "scores.critical",
        "scores.warning",
        "score_sheets.warning",
        "officer_forms.critical",
        "units.critical",
        "feedback.critical",
    }
    assert {s.dataset for s in suites} <= set(DATASETS)


def test_good_scores_raise_nothing(checker: QualityChecker) -> None:
    result = checker.validate(
        _batch("scores", [_score(), _score(row_number=11, criterion_code="1.1.2")]), TODAY, scope="load"
    )
    assert result.findings == {}
    assert result.run is not None and result.run["critical_count"] == 0 and result.run["row_count"] == 2


def test_points_outside_the_scale_are_critical_at_their_cell(checker: QualityChecker) -> None:
    rows = [
        _score(self_points=2.0),  # above the framework's maximum
        _score(row_number=11, criterion_code="1.1.2", stt_text="1.1.2", appraised_points=-0.5),
        _score(
            row_number=12, criterion_code="1.1.3", stt_text="1.1.3", max_points=2.0
        ),  # typed maximum differs
        _score(row_number=13, criterion_code="1.1.1", stt_text="1.1.1"),  # the same criterion twice
    ]
    result = checker.validate(_batch("scores", rows, SCORE_LETTERS), TODAY, scope="load")
    found = {(f.rule, f.cell, f.severity) for f in result.findings[SHA]}
    assert ("quality.self_above_max", "D10", "error") in found
    assert ("quality.appraised_negative", "E11", "error") in found
    assert ("quality.max_differs", "C12", "error") in found
    assert ("quality.criterion_twice", "A13", "error") in found
    assert result.refused(SHA)
    message = next(f.message for f in result.findings[SHA] if f.rule == "quality.self_above_max")
    assert message.startswith("Tệp bang_diem.xlsx, trang tính «Sheet1», ô D10: ")
    assert "2 vượt điểm tối đa 1,5" in message and "Cách sửa" in message


def test_a_future_year_is_critical(checker: QualityChecker) -> None:
    result = checker.validate(_batch("scores", [_score(year=2027)]), TODAY, scope="load")
    assert [f.rule for f in result.findings[SHA]] == ["quality.future_year"]


def test_claims_without_evidence_and_cut_appraisals_are_warnings(checker: QualityChecker) -> None:
    rows = [
        _score(has_support=False, no_evidence_effect=" Theo quy định, điểm này chưa được tính."),
        _score(
            row_number=11,
            criterion_code="1.1.2",
            stt_text="1.1.2",
            self_points=1.5,
            appraised_points=0.5,
            gap_points=1.0,
            gap_pct=66.666667,
        ),
        _score(
            row_number=12, criterion_code="1.1.3", stt_text="1.1.3", gap_pct=20.0
        ),  # at the threshold: fine
        _score(row_number=13, criterion_code="1.1.4", stt_text="1.1.4", has_support=None),  # nothing claimed
    ]
    result = checker.validate(_batch("scores", rows, SCORE_LETTERS), TODAY, scope="load")
    found = sorted((f.rule, f.cell, f.severity) for f in result.findings[SHA])
    assert found == [("scoring.inflated", "E11", "warning"), ("scoring.no_evidence", "F10", "warning")]
    assert not result.refused(SHA)
    inflated = next(f.message for f in result.findings[SHA] if f.rule == "scoring.inflated")
    assert "thấp hơn 1 điểm (66,67% điểm tối đa), vượt ngưỡng 20%" in inflated


def test_a_sheet_signed_after_the_deadline_is_late(checker: QualityChecker) -> None:
    rows = [
        {
            "file_sha256": SHA,
            "sheet_name": "Sheet1",
            "row_number": None,
            "submitted_date": dt.date(2024, 12, 20),
            "deadline_date": dt.date(2024, 12, 5),
            "days_late": 15,
        },
        {
            "file_sha256": SHA,
            "sheet_name": "Sheet1",
            "row_number": None,
            "submitted_date": dt.date(2024, 12, 1),
            "deadline_date": dt.date(2024, 12, 5),
            "days_late": -4,
        },
        {
            "file_sha256": SHA,
            "sheet_name": "Sheet1",
            "row_number": None,
            "submitted_date": None,
            "deadline_date": dt.date(2024, 12, 5),
            "days_late": None,
        },
    ]
    result = checker.validate(_batch("score_sheets", rows), TODAY, scope="load")
    (late,) = result.findings[SHA]
    assert (late.rule, late.severity, late.cell, late.row_number) == ("scoring.late", "warning", None, None)
    assert "ký ngày 20/12/2024, sau hạn 05/12/2024 (15 ngày)" in late.message


def _form(**values: object) -> dict:
    row = {
        "file_sha256": SHA,
        "sheet_name": "Sheet1",
        "row_number": 5,
        "officer_code": "CB001",
        "period_month_number": 202610,
        "month_text": "10/2026",
        "self_score": 92.0,
        "reviewed_score": None,
        "is_known_officer": True,
    }
    return {**row, **values}


def test_officer_forms(checker: QualityChecker) -> None:
    rows = [
        _form(),
        _form(row_number=6, officer_code="CB002", self_score=101.0),
        _form(row_number=7, officer_code="CB999", is_known_officer=False),
        _form(row_number=8, officer_code="CB001"),
        _form(row_number=9, officer_code="CB003", period_month_number=202612, month_text="12/2026"),
    ]
    letters = {"officer_code": "B", "self_score": "D"}
    result = checker.validate(_batch("officer_forms", rows, letters), TODAY, scope="load")
    found = {(f.rule, f.cell) for f in result.findings[SHA]}
    assert found == {
        ("quality.officer_score_range", "D6"),
        ("quality.officer_unknown", "B7"),
        ("quality.officer_twice", "B5"),
        ("quality.officer_twice", "B8"),
        ("quality.future_month", None),
    }
    assert all(f.severity == "error" for f in result.findings[SHA])


def test_units(checker: QualityChecker) -> None:
    base = {"file_sha256": SHA, "sheet_name": "CSV", "unit_name": "x", "parent_code": None}
    rows = [
        {
            **base,
            "row_number": 2,
            "unit_code": "A",
            "unit_group": "xa",
            "valid_from_date": dt.date(2019, 1, 1),
            "valid_to_date": None,
        },
        {
            **base,
            "row_number": 3,
            "unit_code": "B",
            "unit_group": "tinh",
            "valid_from_date": dt.date(2019, 1, 1),
            "valid_to_date": dt.date(2018, 1, 1),
        },
    ]
    result = checker.validate(_batch("units", rows), TODAY, scope="load")
    assert sorted(f.rule for f in result.findings[SHA]) == [
        "quality.unit_dates",
        "quality.unit_group_unknown",
    ]


def test_feedback_names_the_first_line_and_the_count(checker: QualityChecker) -> None:
    rows = [
        {
            "file_sha256": SHA,
            "level": "hai_long",
            "scale": 3,
            "is_future": False,
            "is_known_officer": True,
            "row_number": 2,
            "rating_count": 900,
        },
        {
            "file_sha256": SHA,
            "level": "tot_lam",
            "scale": 3,
            "is_future": False,
            "is_known_officer": True,
            "row_number": 7,
            "rating_count": 12,
        },
    ]
    result = checker.validate(_batch("feedback", rows), TODAY, scope="load")
    (finding,) = result.findings[SHA]
    assert (finding.rule, finding.row_number) == ("quality.feedback_level", 7)
    assert "12 phiếu có mức đánh giá «tot_lam»" in finding.message


def test_survey_points_within_their_maximum(checker: QualityChecker) -> None:
    base = {"file_sha256": SHA, "sheet_name": "Sheet1", "unit_code": "SNV", "year": 2024}
    rows = [
        {**base, "row_number": 4, "criterion_text": "8.1", "survey_points": 2.0, "survey_max_points": 2.5},
        {**base, "row_number": 5, "criterion_text": "8.2", "survey_points": 3.0, "survey_max_points": 2.5},
        {**base, "row_number": 6, "criterion_text": "8.1", "survey_points": 1.0, "survey_max_points": 2.5},
    ]
    result = checker.validate(
        _batch("survey", rows, {"survey_points": "E", "unit_code": "B"}), TODAY, scope="load"
    )
    found = sorted((f.rule, f.cell) for f in result.findings[SHA])
    assert found == [
        ("quality.survey_above_max", "E5"),
        ("quality.survey_twice", "B4"),
        ("quality.survey_twice", "B6"),
    ]
    assert "3 vượt điểm tối đa 2,5" in next(f.message for f in result.findings[SHA] if f.cell == "E5")
