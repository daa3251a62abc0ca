"""The generated sentences of the report pack."""

from dashboard.format import vn_percent
from reports import facts


def test_a_band_sentence_names_the_count_the_total_and_the_change() -> None:
    assert (
        facts.band_sentence("Xuất sắc", 3, 45, 2, 2023)
        == "Có 3/45 đơn vị xếp loại Xuất sắc, tăng 1 so với năm 2023"
    )
    assert facts.band_sentence("Yếu", 1, 45, 4, 2023) == "Có 1/45 đơn vị xếp loại Yếu, giảm 3 so với năm 2023"
    assert facts.band_sentence("Tốt", 10, 45, 10, 2022).endswith("Tốt, không đổi so với năm 2022")
    assert facts.band_sentence("Khá", 7, 45, None, None) == "Có 7/45 đơn vị xếp loại Khá"


def test_the_bands_paragraph_leaves_out_bands_empty_in_both_years() -> None:
    counts = [("Xuất sắc", 2), ("Tốt", 3), ("Khá", 0), ("Trung bình", 0), ("Yếu", 0)]
    previous = {"Xuất sắc": 1, "Tốt": 3, "Khá": 1}
    text = facts.bands_paragraph(counts, previous, 2023)
    assert text == (
        "Có 2/5 đơn vị xếp loại Xuất sắc, tăng 1 so với năm 2023; "
        "Có 3/5 đơn vị xếp loại Tốt, không đổi so với năm 2023; "
        "Có 0/5 đơn vị xếp loại Khá, giảm 1 so với năm 2023."
    )


def test_the_grades_sentence_gives_counts_and_shares_of_those_graded() -> None:
    text = facts.grades_sentence("quý III/2025", {"A": 3, "B": 1, "C": 0, "D": 0}, 5)
    assert text == (
        "Quý III/2025 có 4/5 công chức được xếp loại: loại A 3 người (75%), loại B 1 người (25%), "
        "loại C 0 người (0%), loại D 0 người (0%)."
    )


def test_the_grade_changes_say_up_down_or_unchanged() -> None:
    text = facts.grades_change_sentence("quý II/2025", {"A": 2, "B": -1, "C": 0})
    assert text == "So với quý II/2025: loại A tăng 2, loại B giảm 1, loại C không đổi."


def test_a_national_sentence_with_and_without_an_earlier_year() -> None:
    with_change = facts.national_sentence("PAR INDEX", 2023, "Lạng Sơn", 85.64, 6, 12, 2022, 2.77, 3)
    assert with_change == (
        "PAR INDEX năm 2023: Lạng Sơn đạt 85,64 điểm, xếp thứ 6/12 (+2,77 điểm; tăng 3 bậc so với năm 2022)."
    )
    first = facts.national_sentence("SIPAS", 2022, "Lạng Sơn", 80.0, 30, 63, None, None, None)
    assert first == "SIPAS năm 2022: Lạng Sơn đạt 80,00 điểm, xếp thứ 30/63."
    assert "giảm 2 bậc" in facts.national_sentence("PCI", 2023, "X", 70, 5, 63, 2022, -1.5, -2)


def test_periods_are_named_as_official_reports_name_them() -> None:
    assert facts.period_name(2025, 3) == "quý III/2025"
    assert facts.period_name(2025, 4) == "quý IV/2025"
    assert facts.period_name(2025, None) == "năm 2025"
    assert facts.capitalised("quý I/2025") == "Quý I/2025"
    assert vn_percent(None) == "–" and vn_percent(float("nan")) == "–"
    assert vn_percent(87.456) == "87,46%"


def test_field_shares_sum_every_unit_and_rank_by_share_lost() -> None:
    import pandas as pd

    from reports.pack import field_shares

    losses = pd.DataFrame(
        {
            "unit_code": ["A", "B", "A", "B", "A", "B"],
            "field_code": ["F1", "F1", "F2", "F2", "F3", "F3"],
            "field_stt": ["I", "I", "II", "II", "III", "III"],
            "field_title": ["Chỉ đạo", "Chỉ đạo", "Thủ tục", "Thủ tục", "Số hóa", "Số hóa"],
            "field_order": [1, 1, 2, 2, 3, 3],
            "max_points": [10.0, 10.0, 4.0, 4.0, 5.0, None],
            "lost_points": [1.0, 3.0, 2.0, 0.0, 0.0, None],
        }
    )
    shares = field_shares(losses)
    # F2: 2 of 8 points (25%), F1: 4 of 20 (20%); F3 lost nothing (its unknown row is left out).
    assert shares["field_code"].tolist() == ["F2", "F1"]
    assert shares["lost_pct"].tolist() == [25.0, 20.0]
