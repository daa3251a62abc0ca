"""The index pages' pure logic on small frames built here: rank arrows, marks, summaries, time-axis events,
Vietnamese ordering and the figures' Vietnamese texts."""

import datetime as dt

import numpy as np
import pandas as pd

from dashboard import index_logic


def ranking_frame() -> pd.DataFrame:
    """Four communes: one climbed, one fell, one new from a merger (provisional), ties sharing rank 2."""
    return pd.DataFrame(
        {
            "unit_code": ["X-DB", "X-DA", "X-BA", "X-MOI"],
            "unit_name": ["UBND xã Đồng Bục", "UBND xã Dương An", "UBND xã Bắc Ái", "UBND xã Lộc Bình"],
            "index_pct": [91.5, 80.25, 80.25, 62.0],
            "rank_in_group": [1, 2, 2, 4],
            "classification": ["xuat_sac", "tot", "tot", "trung_binh"],
            "is_provisional": [False, False, False, True],
            "self_points": [60.5, 55.0, 54.25, 40.0],
            "appraised_points": [59.0, 55.0, 54.25, np.nan],
            "self_minus_appraised_points": [1.5, 0.0, 0.0, np.nan],
            "survey_points": [32.5, 25.25, 26.0, np.nan],
            "previous_index_pct": [88.0, 85.1, 70.0, np.nan],
            "index_change": [3.5, -4.85, 10.25, np.nan],
            "previous_rank": [3, 1, 2, np.nan],
            "rank_change": [2, -1, 0, np.nan],
            "is_new": [False, False, False, True],
            "predecessor_index_pct": [np.nan, np.nan, np.nan, 71.333],
        }
    )


def test_rank_change_labels() -> None:
    assert index_logic.rank_change_label(2, False) == "↑2"
    assert index_logic.rank_change_label(-1, False) == "↓1"
    assert index_logic.rank_change_label(0, False) == "–"
    assert index_logic.rank_change_label(None, True) == "mới"
    assert index_logic.rank_change_label(np.nan, False) == "mới"


def test_index_labels_mark_provisional_and_converted() -> None:
    assert index_logic.index_label(87.456) == "87,46"
    assert index_logic.index_label(87.4, is_provisional=True) == "87,40 (tạm tính)"
    assert index_logic.index_label(71.333, is_converted=True) == "71,33 (quy đổi)"
    assert index_logic.index_label(np.nan) == ""


def test_ranking_table_is_vietnamese_and_without_gaps() -> None:
    frame = index_logic.in_rank_order(ranking_frame())
    # Equal ranks in Vietnamese order: Bắc Ái before Dương An (B < D), and Đồng Bục is first by rank.
    assert frame["unit_code"].tolist() == ["X-DB", "X-BA", "X-DA", "X-MOI"]
    table = index_logic.ranking_table(frame)
    assert list(table.columns[:5]) == ["Hạng", "Thay đổi hạng", "Đơn vị", "Chỉ số (%)", "Xếp loại"]
    assert table.iloc[0].tolist()[:7] == [
        "1",
        "↑2",
        "UBND xã Đồng Bục",
        "91,50",
        "Xuất sắc",
        "88,00",
        "+3,50",
    ]
    assert table.iloc[0]["Tự đánh giá − thẩm định"] == "+1,5"
    new = table.iloc[3]
    assert new["Thay đổi hạng"] == "mới"
    assert new["Chỉ số (%)"] == "62,00 (tạm tính)"
    assert new["Chỉ số năm trước"] == "71,33 (quy đổi)"
    assert new["Điểm thẩm định"] == "chưa thẩm định"
    assert new["Tăng/giảm chỉ số"] == ""
    text = table.to_string()
    assert "nan" not in text and "None" not in text


def test_band_colours_follow_the_classification() -> None:
    styled = index_logic.band_coloured(index_logic.ranking_table(ranking_frame()))
    html = styled.to_html()
    assert "#08519C" in html and "#FDAE6B" in html


def test_ranking_summary_and_band_counts() -> None:
    summary = index_logic.ranking_summary(ranking_frame())
    assert summary.unit_count == 4
    assert summary.mean_pct == round((91.5 + 80.25 + 80.25 + 62.0) / 4, 2)
    assert (summary.climbed_count, summary.fell_count, summary.new_count) == (1, 1, 1)
    assert summary.provisional_count == 1
    assert index_logic.band_counts(ranking_frame()) == [("Xuất sắc", 1), ("Tốt", 2), ("Trung bình", 1)]


def test_ranking_figure_colours_by_band_and_marks_provisional_bars() -> None:
    fig = index_logic.ranking_figure(ranking_frame(), "Chỉ số CCHC năm 2024 – UBND cấp xã", "Nguồn: thử")
    assert [trace.name for trace in fig.data if trace.showlegend] == ["Xuất sắc", "Tốt", "Trung bình"]
    last = fig.data[-1]
    assert list(last.y) == ["UBND xã Lộc Bình (tạm tính)"]
    assert last.marker.pattern.shape == "/"
    assert list(fig.data[1].text) == ["80,25", "80,25"]


def test_pick_year() -> None:
    assert index_logic.pick_year(2024, [2023, 2024, 2025]) == 2024
    assert index_logic.pick_year(2027, [2023, 2024, 2025]) == 2025
    assert index_logic.pick_year(2020, [2023, 2024]) == 2024
    assert index_logic.pick_year(None, [2023, 2024]) == 2024
    assert index_logic.pick_year(2024, []) is None


def test_ordered_groups_follow_the_sidebar() -> None:
    assert index_logic.ordered_groups(["xa", "phong", "so_nganh", "khac"]) == [
        "so_nganh",
        "xa",
        "phong",
        "khac",
    ]


def test_framework_changes_name_the_decision() -> None:
    versions = pd.DataFrame(
        {
            "from_year": [2021, 2018],
            "legal_basis": [
                "Quyết định số 2281/QĐ-UBND ngày 21/11/2021 của UBND tỉnh Lạng Sơn",
                "Quyết định số 2498/QĐ-UBND ngày 02/12/2020 của UBND tỉnh Lạng Sơn",
            ],
        }
    )
    assert index_logic.framework_changes(versions) == [(2021, "QĐ 2281/QĐ-UBND")]
    assert index_logic.decision_short(None) == "xem Danh mục"


def test_reorganisations_start_the_day_after_the_last_valid_day() -> None:
    endings = pd.DataFrame(
        {
            "valid_to_date": pd.to_datetime(["2025-02-28", "2025-06-30", "2016-12-31"]),
            "ended_count": [11, 44, 2],
            "successor_count": [6, 20, 1],
        }
    )
    events = index_logic.reorganisations(endings, 2018, 2025)
    assert [(e.year, e.start_date, e.ended_count, e.successor_count) for e in events] == [
        (2025, dt.date(2025, 3, 1), 11, 6),
        (2025, dt.date(2025, 7, 1), 44, 20),
    ]


def trend_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "year": [2024, 2025, 2024, 2024],
            "unit_code": ["X25-DL", "X25-DL", "X-DK", "X-BS"],
            "unit_name": ["UBND xã Đình Lập", "UBND xã Đình Lập", "UBND phường Đông Kinh", "UBND xã Dân Chủ"],
            "value_pct": [70.125, 75.5, 52.76, 61.0],
            "is_provisional": [False, True, False, False],
            "is_converted": [True, False, False, False],
            "source_unit_count": [2, 1, 1, 1],
            "source_unit_names": ["UBND xã Đình Lập; UBND thị trấn Đình Lập", "", "", ""],
            "valid_to_date": [pd.NaT, pd.NaT, pd.Timestamp("2025-06-30"), pd.NaT],
        }
    )


def test_unit_options_in_vietnamese_order_with_end_dates() -> None:
    options = index_logic.unit_options(trend_frame())
    assert list(options) == ["X-DK", "X-BS", "X25-DL"]  # phường before xã; D before Đ
    assert options["X-DK"] == "UBND phường Đông Kinh (đến 30/06/2025)"


def test_trend_table_marks_converted_and_provisional_cells() -> None:
    names = index_logic.unit_options(trend_frame())
    table, codes = index_logic.trend_table(trend_frame(), names)
    assert codes.tolist() == ["X-DK", "X-BS", "X25-DL"]
    assert list(table.columns) == ["Đơn vị", "2024", "2025"]
    row = table.iloc[2]
    assert (row["2024"], row["2025"]) == ("70,12 (quy đổi)", "75,50 (tạm tính)")
    assert table.iloc[1]["2025"] == ""


def spread_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "year": [2023, 2024],
            "unit_count": [3, 3],
            "converted_count": [1, 0],
            "provisional_count": [0, 1],
            "mean_pct": [70.0, 72.5],
            "min_pct": [60.0, 61.0],
            "q1_pct": [65.0, 66.0],
            "median_pct": [70.0, 71.0],
            "q3_pct": [75.0, 76.0],
            "max_pct": [80.0, 81.0],
        }
    )


def test_year_summary_compares_with_the_year_before() -> None:
    summary = index_logic.year_summary(spread_frame(), 2024)
    assert (summary.mean_pct, summary.mean_change, summary.previous_year) == (72.5, 2.5, 2023)
    first = index_logic.year_summary(spread_frame(), 2023)
    assert first.mean_change is None and first.previous_year is None
    assert index_logic.year_summary(spread_frame(), 2019) is None


def test_trend_figure_marks_converted_points_and_events() -> None:
    units = trend_frame()[trend_frame()["unit_code"] == "X25-DL"]
    fig = index_logic.trend_figure(
        spread_frame(),
        units,
        {"X25-DL": "UBND xã Đình Lập"},
        changes=[(2024, "QĐ 2281/QĐ-UBND")],
        events=[index_logic.Reorganisation(2024, dt.date(2024, 7, 1), 4, 2)],
        y_title="Chỉ số (%)",
        title="Chỉ số CCHC giai đoạn 2023–2024 – UBND cấp xã",
        source="Nguồn: thử",
    )
    unit = next(trace for trace in fig.data if trace.name == "UBND xã Đình Lập")
    assert list(unit.marker.symbol) == ["circle-open", "diamond"]
    assert "Quy đổi: bình quân của 2 đơn vị tiền thân" in unit.customdata[0]
    names = {trace.name for trace in fig.data}
    assert {"Bình quân nhóm", "○ Điểm rỗng: chỉ số quy đổi", "◇ Hình thoi: chỉ số tạm tính"} <= names
    notes = " ".join(a.text for a in fig.layout.annotations)
    assert (
        "Bộ tiêu chí mới từ 2024" in notes and "01/07/2024" in notes and "4 đơn vị cũ → 2 đơn vị mới" in notes
    )


def test_fields_figure_keeps_the_fields_order() -> None:
    values = pd.DataFrame(
        {"year": [2024, 2024, 2025], "field_code": ["2", "1", "1"], "value_pct": [80.0, 70.0, 75.0]}
    )
    fields = pd.DataFrame(
        {"field_code": ["1", "2"], "field_title": ["Công tác chỉ đạo, điều hành", "Văn bản"]}
    )
    fig = index_logic.fields_figure(values, fields, "Tỷ lệ điểm đạt", "Nguồn: thử")
    heat = fig.data[0]
    assert list(heat.y) == ["LV1. Công tác chỉ đạo, điều hành", "LV2. Văn bản"]
    assert heat.z[0] == (70.0, 75.0) or list(heat.z[0]) == [70.0, 75.0]
    assert heat.z[1][1] is None


def test_measure_and_field_values_are_sliced_from_one_frame() -> None:
    frame = pd.DataFrame(
        {
            "unit_code": ["A", "A", "A", "B"],
            "field_code": [None, "1", "2", "1"],
            "year": [2024] * 4,
            "value_pct": [80.0, 70.0, 90.0, 60.0],
        }
    )
    assert index_logic.of_measure(frame, None)["value_pct"].tolist() == [80.0]
    assert index_logic.of_measure(frame, "1")["unit_code"].tolist() == ["A", "B"]
    assert index_logic.field_values(frame, "A")["field_code"].tolist() == ["1", "2"]
    spread = pd.DataFrame({"field_code": [None, "1"], "year": [2024, 2024], "mean_pct": [75.0, 65.0]})
    assert index_logic.field_values(spread)["value_pct"].tolist() == [65.0]
