"""The heads' levels worded for people: index labels, figures by measure, reasons, one row per unit and the
report's sentences, on small frames built here."""

import pandas as pd

from dashboard import heads_logic


def rows(**changes: object) -> pd.DataFrame:
    """Two index rows of one unit: the own index graded tốt, PAPI without a result."""
    base = {
        "year": [2025, 2025],
        "result_year": [2024, 2024],
        "unit_code": ["STP", "STP"],
        "unit_name": ["Sở Tư pháp", "Sở Tư pháp"],
        "unit_group": ["so_nganh", "so_nganh"],
        "rule_set_id": ["HY-01-2023", "HY-01-2023"],
        "legal_basis": ["Quyết định số 01/2023/QĐ-UBND"] * 2,
        "index_name": ["CCHC_TINH", "PAPI"],
        "field_name": [None, None],
        "measure": ["score", "score"],
        "excellent_threshold": [90.0, 45.0],
        "good_threshold": [80.0, 43.0],
        "done_threshold": [65.0, 41.0],
        "combine_method": ["worst", "worst"],
        "measured_value": [84.5, None],
        "level_code": ["tot", None],
        "not_graded_reason": [None, "no_result"],
        "overall_level_code": [None, None],
        "overall_not_graded_reason": ["missing_result", "missing_result"],
        "published_date": [pd.Timestamp("2025-02-21"), None],
        "sent_date": [None, None],
        "decided_date": [None, None],
        "unit_published_late": [False, False],
        "unit_sent_late": [True, True],
        "unit_decided_late": [False, False],
    }
    base.update(changes)
    return pd.DataFrame(base)


def test_index_labels_and_figures_by_measure() -> None:
    assert heads_logic.index_label("CCHC_TINH", None) == "Chỉ số CCHC của đơn vị"
    assert heads_logic.index_label("PAR INDEX", "Cải cách thủ tục hành chính") == (
        "PAR INDEX – Cải cách thủ tục hành chính"
    )
    shaped = heads_logic.index_rows(
        rows(measure=["rank", "change"], measured_value=[7.0, -0.7], excellent_threshold=[5.0, 1.0])
    )
    assert list(shaped["value_text"]) == ["7", "-0,70"]
    assert list(shaped["thresholds_text"]) == ["5 · 80 · 65", "+1,00 · +43,00 · +41,00"]


def test_a_unit_missing_one_result_is_ungraded_with_the_reason() -> None:
    (unit,) = heads_logic.unit_rows(rows()).itertuples()
    assert unit.overall_text == "Chưa xếp mức"
    assert unit.reason_text == "Chưa xếp mức: chưa có kết quả PAPI năm 2024."
    assert unit.indices_text == "Chỉ số CCHC của đơn vị: Hoàn thành tốt nhiệm vụ; PAPI: Chưa xếp mức"
    assert unit.deadline_text == "gửi Sở Nội vụ sau hạn"


def test_on_time_and_undated_deadlines_are_told_apart() -> None:
    on_time = rows(unit_sent_late=[False, False])
    assert heads_logic.unit_rows(on_time)["deadline_text"].tolist() == ["đúng hạn"]
    undated = rows(unit_sent_late=[False, False], published_date=[None, None])
    assert heads_logic.unit_rows(undated)["deadline_text"].tolist() == ["chưa ghi ngày"]


def test_the_report_sentences_count_levels_and_name_units() -> None:
    graded = rows(
        unit_code=["STP", "SNV"],
        unit_name=["Sở Tư pháp", "Sở Nội vụ"],
        overall_level_code=["tot", None],
    )
    found = heads_logic.summary(graded)
    assert found is not None and (found.units, found.graded) == (2, 1)
    assert heads_logic.summary_sentences(found, 2025) == [
        "Năm 2025, 1 trên 2 đơn vị được xếp mức hoàn thành nhiệm vụ của người đứng đầu theo kết quả các chỉ số"
        " năm 2024 (Quyết định số 01/2023/QĐ-UBND): 1 hoàn thành tốt nhiệm vụ.",
        "1 đơn vị chưa được xếp mức vì thiếu kết quả chỉ số: Sở Nội vụ.",
        "2 đơn vị có chỉ số công bố, gửi Sở Nội vụ hoặc quyết định mức sau hạn: Sở Tư pháp, Sở Nội vụ.",
    ]
    assert heads_logic.summary(graded, "huyen") is None
    assert heads_logic.summary_sentences(None, 2021) == [
        "Năm 2021 chưa có kết quả đánh giá người đứng đầu theo các chỉ số."
    ]
