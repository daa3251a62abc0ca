"""The weakness and unit pages' pure helpers on small frames built here."""

import math

import pandas as pd
import pytest

from dashboard import criteria_logic as logic


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("UBND xã Tô Hiệu", "Xã Tô Hiệu"),
        ("Ủy ban nhân dân huyện Chi Lăng", "Huyện Chi Lăng"),
        ("ubnd thị trấn Đồng Đăng", "Thị trấn Đồng Đăng"),
        ("Sở Nội vụ", "Sở Nội vụ"),
        ("Bộ phận Một cửa UBND xã Gia Cát", "Bộ phận Một cửa UBND xã Gia Cát"),
        (None, ""),
    ],
)
def test_short_unit_name_drops_the_committee_prefix(name: str | None, short: str) -> None:
    assert logic.short_unit_name(name) == short


def test_unit_labels_stay_unique_when_two_units_share_a_name() -> None:
    units = pd.DataFrame(
        {"unit_code": ["SNV", "SNV-25", "STP"], "unit_name": ["Sở Nội vụ", "Sở Nội vụ", "Sở Tư pháp"]}
    )
    labels = logic.unit_labels(units)
    assert labels.to_dict() == {"SNV": "Sở Nội vụ (SNV)", "SNV-25": "Sở Nội vụ (SNV-25)", "STP": "Sở Tư pháp"}


def test_wrap_label_breaks_lines_and_marks_what_is_cut() -> None:
    assert logic.wrap_label("Cải cách tài chính công", width=12, lines=3) == "Cải cách tài<br>chính công"
    wrapped = logic.wrap_label("Tác động của cải cách hành chính đến người dân, tổ chức", width=12, lines=2)
    assert wrapped == "Tác động của<br>cải cách…"
    assert logic.field_label("VI", "Cải cách tài chính công") == "VI. Cải cách<br>tài chính<br>công"


def test_field_columns_keep_their_labels_narrow() -> None:
    """Eight field labels side by side over the heatmap: short lines, at most four, in framework order."""
    titles = [
        "Công tác chỉ đạo, điều hành cải cách hành chính",
        "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
    ]
    cells = pd.DataFrame(
        {
            "field_code": ["LV5", "LV1"],
            "field_order": [5, 1],
            "field_stt": ["V", "I"],
            "field_title": titles[::-1],
        }
    )
    columns = logic.field_columns(cells)
    assert columns["key"].tolist() == ["LV1", "LV5"]
    assert columns["title"].tolist() == titles
    for label in columns["label"]:
        lines = label.split("<br>")
        assert len(lines) <= 4 and all(len(line) <= 10 for line in lines), label
    assert columns["label"].iloc[0].startswith("I. Công<br>tác chỉ")


def test_office_label_names_a_missing_office() -> None:
    assert logic.office_label(None) == "chưa xác định"
    assert logic.office_label(float("nan")) == "chưa xác định"
    assert logic.office_label("  ") == "chưa xác định"
    assert logic.office_label("Sở Nội vụ") == "Sở Nội vụ"


def test_unit_order_is_vietnamese_by_name_or_by_index() -> None:
    units = pd.DataFrame(
        {
            "unit_code": ["DL", "BG", "DS", "CL"],
            "unit_name": ["UBND xã Đình Lập", "UBND xã Bình Gia", "UBND xã Dương Sơn", "UBND xã Chi Lăng"],
            "index_pct": [80.0, None, 91.5, 80.0],
        }
    )
    # Đ comes after D in Vietnamese, not next to it as in a byte sort.
    assert logic.unit_order(units, "name") == ["BG", "CL", "DS", "DL"]
    # Highest index first, ties by name, units without an index last.
    assert logic.unit_order(units, "index") == ["DS", "CL", "DL", "BG"]
    rows = logic.ordered_units(units, "index")
    assert rows["label"].tolist() == ["Xã Dương Sơn", "Xã Chi Lăng", "Xã Đình Lập", "Xã Bình Gia"]


def test_loss_heatmap_puts_units_in_the_given_order_and_leaves_missing_cells_blank() -> None:
    cells = pd.DataFrame(
        {
            "unit_code": ["A", "A", "B"],
            "key": ["1", "2", "1"],
            "lost_pct": [10.0, 50.0, 25.0],
            "lost_points": [1.0, 2.5, 2.5],
            "max_points": [10.0, 5.0, 10.0],
        }
    )
    units = pd.DataFrame(
        {"unit_code": ["B", "A"], "label": ["Xã B", "Xã A"], "unit_name": ["UBND xã B", "UBND xã A"]}
    )
    columns = pd.DataFrame(
        {"key": ["1", "2"], "label": ["I. Chỉ đạo", "II. Văn bản"], "title": ["Chỉ đạo", "Văn bản"]}
    )
    fig = logic.loss_heatmap(
        cells,
        units,
        columns,
        title="Tiêu đề năm 2024",
        source="Nguồn",
        hover="%{z}",
        x_title="x",
        show_values=True,
    )
    heatmap = fig.data[0]
    assert list(heatmap.y) == ["Xã B", "Xã A"]
    assert heatmap.z[0][0] == 25.0 and math.isnan(heatmap.z[0][1])
    assert list(heatmap.z[1]) == [10.0, 50.0]
    # The hover names the unit in full and shows points with a decimal comma.
    assert list(heatmap.customdata[1][1]) == ["UBND xã A", "Văn bản", "2,5", "5"]
    assert fig.layout.yaxis.autorange == "reversed"
    assert fig.layout.title.text == "Tiêu đề năm 2024"
    assert fig.layout.separators == ",."


def test_heatmap_rows_are_the_whole_group_up_to_the_limit_then_the_units_the_query_kept() -> None:
    ordered = pd.DataFrame(
        {
            "unit_code": ["C", "A", "D", "B"],
            "label": ["Xã C", "Xã A", "Xã D", "Xã B"],
            "unit_name": list("CADB"),
        }
    )
    kept = pd.DataFrame({"unit_code": ["B", "C", "B"], "key": ["1", "1", "2"]})
    # At the limit: every unit, those without a cell (A, D) as blank rows.
    assert logic.heatmap_rows(ordered, kept, limit=4)["unit_code"].tolist() == ["C", "A", "D", "B"]
    # One past it: only the units the bounded query returned, in the order chosen on the page.
    rows = logic.heatmap_rows(ordered, kept, limit=3)
    assert rows["unit_code"].tolist() == ["C", "B"]
    assert rows["label"].tolist() == ["Xã C", "Xã B"]
    assert rows.index.tolist() == [0, 1]


def test_the_heatmap_names_its_cut_in_the_caption_and_the_title() -> None:
    assert logic.heatmap_cut_text(44, 44, None) is None
    assert logic.heatmap_title("Tỷ lệ, năm 2024", 44, 44) == "Tỷ lệ, năm 2024"
    caption = logic.heatmap_cut_text(50, 3270, None)
    assert caption.startswith(
        "Nhóm có 3.270 đơn vị: biểu đồ chỉ vẽ 50 đơn vị bị trừ nhiều điểm nhất (cộng trên"
    )
    in_field = logic.heatmap_cut_text(50, 3270, "VII. Hiện đại hóa hành chính")
    assert "50 đơn vị bị trừ nhiều điểm nhất ở lĩnh vực VII. Hiện đại hóa hành chính," in in_field
    assert logic.heatmap_title("Tỷ lệ, năm 2024", 50, 3270) == (
        "Tỷ lệ, năm 2024<br>50/3.270 đơn vị bị trừ nhiều điểm nhất"
    )


def test_criterion_cell_table_names_units_and_criteria() -> None:
    cells = pd.DataFrame(
        {
            "unit_code": ["A", "B", "A"],
            "criterion_code": ["c2", "c2", "c9"],
            "max_points": [2.0, 2.0, 1.0],
            "lost_points": [0.5, 2.0, 0.0],
            "lost_pct": [25.0, 100.0, 0.0],
        }
    )
    units = pd.DataFrame({"unit_code": ["B", "A"], "unit_name": ["UBND xã Bình Gia", "UBND xã Ái Quốc"]})
    criteria = pd.DataFrame(
        {"criterion_code": ["c2", "c9"], "stt_text": ["2.1", "7.3"], "criterion_title": ["Văn bản", "Số hóa"]}
    )
    table = logic.criterion_cell_table(cells, units, criteria)
    assert table["unit_name"].tolist() == ["UBND xã Ái Quốc", "UBND xã Bình Gia", "UBND xã Ái Quốc"]
    assert table["stt_text"].tolist() == ["2.1", "2.1", "7.3"]
    assert table["criterion_title"].tolist() == ["Văn bản", "Văn bản", "Số hóa"]
    assert table[logic.CRITERION_CELL_COLUMNS].shape == (3, 7)


def test_deferred_files_query_only_when_a_file_is_built() -> None:
    asked: list[int] = []
    frame = pd.DataFrame(
        {
            "unit_code": ["A", "B"],
            "unit_name": ["UBND xã Ái Quốc", "UBND xã Bình Gia"],
            "field_stt": ["I", "I"],
            "field_title": ["Công tác chỉ đạo", "Công tác chỉ đạo"],
            "max_points": [10.0, 10.0],
            "lost_points": [2.5, 0.0],
            "lost_pct": [25.0, 0.0],
        }
    )

    def fetch() -> pd.DataFrame:
        asked.append(1)
        return frame

    columns, labels = logic.FIELD_CELL_COLUMNS, {"unit_name": "Đơn vị", "lost_pct": "Bị trừ (% điểm tối đa)"}
    files = logic.deferred_files(fetch, columns, labels, "Điểm bị trừ, năm 2024")
    assert asked == []
    text = files["csv"]().decode("utf-8-sig").splitlines()
    assert asked == [1]
    assert text[0].split(",")[1] == "Đơn vị" and text[0].endswith("Bị trừ (% điểm tối đa)")
    assert text[1] == "A,UBND xã Ái Quốc,I,Công tác chỉ đạo,10.0,2.5,25.0"
    assert files["xlsx"]()[:2] == b"PK"
    assert asked == [1, 1]


def _criteria() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "criterion_code": ["1.1", "2.1", "8.1"],
            "stt_text": ["1.1", "2.1", "8.1"],
            "criterion_title": ["Kế hoạch CCHC", "Văn bản QPPL", "Sự hài lòng"],
            "responsible_office": ["Sở Nội vụ", None, "Sở Nội vụ"],
            "is_survey": [False, False, True],
            "max_points": [1.0, 2.0, 2.5],
            "unit_count": [11, 11, 11],
            "losing_unit_count": [3, 11, 10],
            "lost_points": [1.5, 6.0, 2.5],
            "mean_lost_points": [1.5 / 11, 6.0 / 11, 2.5 / 11],
            "lost_pct": [13.64, 27.27, 9.09],
        }
    )


def test_top_criteria_table_and_office_summary() -> None:
    shown = logic.top_criteria_table(_criteria())
    assert shown["losing_text"].tolist() == ["3/11", "11/11", "10/11"]
    assert shown["office"].tolist() == ["Sở Nội vụ", "chưa xác định", "Sở Nội vụ"]
    assert shown["method"].tolist() == ["Tự chấm, thẩm định", "Tự chấm, thẩm định", "Điều tra XHH"]
    assert shown["lost_pct_text"].tolist() == ["13,6%", "27,3%", "9,1%"]
    summary = logic.office_summary(_criteria())
    assert summary["office"].tolist() == ["chưa xác định", "Sở Nội vụ"]
    assert summary["lost_points"].tolist() == [6.0, 4.0]
    assert summary["criteria_count"].tolist() == [1, 2]
    assert summary["share_text"].tolist() == ["60,0%", "40,0%"]


def test_top_criteria_figure_colours_bars_by_office() -> None:
    fig = logic.top_criteria_figure(_criteria(), title="T năm 2024", source="Nguồn")
    assert sorted(trace.name for trace in fig.data) == ["Sở Nội vụ", "chưa xác định"]
    assert sum(len(trace.x) for trace in fig.data) == 3


def test_sheet_table_explains_survey_and_not_applicable_rows() -> None:
    sheet = pd.DataFrame(
        {
            "is_survey": [False, True, False],
            "is_not_applicable": [False, False, True],
            "self_points": [0.5, None, None],
            "counted_points": [0.25, 1.63, None],
            "lost_points": [0.25, 0.87, None],
            "responsible_office": ["Sở Nội vụ", None, "Sở Tư pháp"],
        }
    )
    shown = logic.sheet_table(sheet)
    assert shown["self_text"].tolist() == ["0,5", "(điều tra XHH)", ""]
    assert shown["counted_text"].tolist() == ["0,25", "1,63", "Không áp dụng"]
    assert shown["office"].tolist() == ["Sở Nội vụ", "chưa xác định", "Sở Tư pháp"]
    assert len(logic.sheet_table(sheet, only_lost=True)) == 2
    assert logic.sheet_totals(sheet) == {"lost_points": pytest.approx(1.12), "lost_count": 2}


def test_rank_history_compares_with_the_previous_scored_year() -> None:
    frame = pd.DataFrame(
        {
            "year": [2024, 2021, 2022],
            "index_pct": [80.0, 70.5, 75.0],
            "rank_in_group": [3, 5, 5],
            "units_in_group": [11, 11, 11],
            "classification": ["tot", "kha", None],
            "is_provisional": [True, False, False],
        }
    )
    history = logic.rank_history(frame)
    assert history["year"].tolist() == [2021, 2022, 2024]
    assert history["previous_year"].tolist()[1:] == [2021, 2022]
    assert history["index_delta"].tolist()[1:] == [4.5, 5.0]
    assert history["rank_change"].tolist()[1:] == [0, 2]
    assert history["rank_text"].tolist() == ["5/11", "5/11", "3/11"]
    shown = logic.history_table(history)
    assert shown["year"].tolist() == ["2024", "2022", "2021"]
    assert shown["rank_change_text"].tolist() == ["▲ 2", "=", ""]
    assert shown["classification_text"].tolist() == ["Tốt", "", "Khá"]
    assert shown["provisional_text"].tolist() == ["Tạm tính", "", ""]


def test_metric_deltas_use_an_ascii_minus_so_streamlit_draws_a_fall() -> None:
    assert logic.metric_delta(-0.5) == "-0,50"
    assert logic.metric_delta(1.254) == "+1,25"
    assert logic.metric_delta(0.001) == "0"
    assert logic.metric_delta(None) is None
    assert logic.rank_delta(2) == "+2 bậc"
    assert logic.rank_delta(-1) == "-1 bậc"
    assert logic.rank_delta(0) == "0"
    assert logic.rank_delta(float("nan")) is None
    assert logic.rank_change_text(-3) == "▼ 3"


def test_years_label() -> None:
    assert logic.years_label(pd.Series([2025])) == "năm 2025"
    assert logic.years_label(pd.Series([2024, 2018, 2020])) == "các năm 2018–2024"


def test_unit_figures_carry_titles_and_vietnamese_numbers() -> None:
    history = logic.rank_history(
        pd.DataFrame(
            {
                "year": [2023, 2024],
                "index_pct": [74.12, 80.73],
                "rank_in_group": [22, 12],
                "units_in_group": [44, 44],
            }
        )
    )
    index = logic.index_figure(history, title="Chỉ số CCHC các năm 2023–2024", source="Nguồn")
    assert list(index.data[0].text) == ["74,12", "80,73"]
    rank = logic.rank_figure(history, title="Xếp hạng các năm 2023–2024", source="Nguồn")
    assert list(rank.layout.yaxis.range) == [45, -0.5]
    assert 44 in rank.layout.yaxis.tickvals and 0 not in rank.layout.yaxis.tickvals
    fields = pd.DataFrame(
        {
            "field_stt": ["I", "II"],
            "field_title": ["Chỉ đạo, điều hành", "Văn bản"],
            "max_points": [10.0, 9.0],
            "counted_points": [9.43, 8.5],
            "lost_pct": [5.7, 5.56],
        }
    )
    bars = logic.field_figure(fields, title="Điểm năm 2024", source="Nguồn")
    assert list(bars.data[0].text) == ["9,43/10", "8,5/9"]
