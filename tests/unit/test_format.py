import datetime as dt

import pandas as pd
import pytest

from dashboard.format import (
    for_display,
    rule_values,
    vn_date,
    vn_number,
    vn_percent,
    vn_points,
    vn_sort_key,
    vn_sort_keys,
)


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (87.456, 2, "87,46"),
        (12500, 0, "12.500"),
        (1250000.5, 1, "1.250.000,5"),
        (None, 0, "–"),
        (0, 2, "0,00"),
    ],
)
def test_vn_number(value, decimals, text) -> None:
    assert vn_number(value, decimals) == text


def test_points_and_percent() -> None:
    assert [vn_points(v) for v in (100.0, 14.5, 0.25, None)] == ["100", "14,5", "0,25", ""]
    assert vn_percent(91.4321) == "91,43%"


def test_dates() -> None:
    assert vn_date(dt.date(2025, 7, 1)) == "01/07/2025"
    assert vn_date(dt.datetime(2025, 12, 5, 8, 30)) == "05/12/2025 08:30"


def test_for_display_labels_codes_and_blanks() -> None:
    frame = pd.DataFrame(
        {
            "unit_group": ["xa", "so_nganh"],
            "status": ["rejected", "loaded"],
            "valid_to_date": [pd.Timestamp("2025-06-30"), pd.NaT],
            "to_year": [2020, None],
            "max_points": [36.5, 100.0],
        }
    )
    shown = for_display(frame, list(frame.columns))
    assert list(shown.columns) == ["Nhóm", "Trạng thái", "Hiệu lực đến", "Đến năm", "Điểm tối đa"]
    assert shown.iloc[0].tolist() == ["UBND cấp xã", "Bị từ chối", "30/06/2025", "2020", "36,5"]
    assert shown.iloc[1].tolist() == ["Sở, ban, ngành", "Đã nạp", "", "", "100"]


def test_rule_values_prefer_numbers_with_a_comma() -> None:
    frame = pd.DataFrame({"value_number": [0.7, None], "value_text": [None, "05/12"]})
    assert rule_values(frame)["value"].tolist() == ["0,7", "05/12"]


def test_missing_texts_show_as_blank() -> None:
    import pandas as pd

    from dashboard.format import for_display

    frame = pd.DataFrame({"file_name": ["a.xlsx", "b.csv"], "cell": ["B7", None]})
    shown = for_display(frame, ["file_name", "cell"])
    assert list(shown.iloc[:, 1]) == ["B7", ""]


def test_names_sort_in_vietnamese_alphabetical_order() -> None:
    from dashboard.format import vn_sort_key

    names = ["Đình Lập", "Dương Hưu", "Bình Gia", "Bắc Sơn", "Ân Thi", "An Phú", "Ơn", "Ông", "Zeta", "2 Xã"]
    assert sorted(names, key=vn_sort_key) == [
        "2 Xã",
        "An Phú",
        "Ân Thi",
        "Bắc Sơn",
        "Bình Gia",
        "Dương Hưu",
        "Đình Lập",
        "Ông",
        "Ơn",
        "Zeta",
    ]
    # Tones and case only break ties.
    assert sorted(["mã", "Ma", "má", "mà"], key=vn_sort_key) == ["Ma", "mà", "mã", "má"]


def test_deltas_carry_a_sign_st_metric_reads() -> None:
    from dashboard.format import vn_delta

    assert vn_delta(1.254) == "+1,25"
    assert vn_delta(-0.5) == "-0,50"
    assert vn_delta(0.001) == "0"
    assert vn_delta(None) is None
    assert vn_delta(3, 0) == "+3"


def test_period_labels() -> None:
    from dashboard.format import period_label

    assert period_label(2024) == "năm 2024"
    assert period_label(2024, 2) == "quý 2/2024"
    assert period_label(2024, 1, 3) == "tháng 03/2024"


def test_plain_markdown_keeps_file_names_and_marks_as_written() -> None:
    from dashboard.format import plain_markdown

    assert (
        plain_markdown("Tệp bao_cao_2024.xlsx: *x* [a](b)") == r"Tệp bao\_cao\_2024\.xlsx: \*x\* \[a\]\(b\)"
    )
    assert plain_markdown("ô C7") == "ô C7"


def test_sort_keys_of_many_values_are_each_values_key() -> None:
    names = ["Đình Lập", "Bắc Sơn", None, "Bình Gia", "Bắc Sơn"]
    keys = vn_sort_keys(names)
    assert keys == [vn_sort_key(name) for name in names]
    present = [name for name in names if name is not None]
    ordered = [name for _, name in sorted(zip(vn_sort_keys(present), present, strict=True))]
    assert ordered == ["Bắc Sơn", "Bắc Sơn", "Bình Gia", "Đình Lập"]
