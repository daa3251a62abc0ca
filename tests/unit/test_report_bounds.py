"""The report pack at national scale: tables and charts too long to print show both ends of the order (or
a summary) and say so in their caption, the workbook keeps every row; a province's pack is printed whole."""

from __future__ import annotations

import datetime as dt
import io

import docx
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from openpyxl import load_workbook

from reports import bounds, pack
from reports.document import cell_text

SOURCE = "Nguồn: thử nghiệm"


def _ranking(units: int, seed: int = 7) -> pd.DataFrame:
    """A group's ranking as q_index.ranking returns it, best first; the last unit is new (no rank last year)."""
    rng = np.random.default_rng(seed)
    index = np.sort(rng.uniform(40, 95, units))[::-1].round(2)
    previous = rng.permutation(units).astype(float) + 1
    previous[-1] = np.nan
    bands = np.select(
        [index >= 90, index >= 80, index >= 70, index >= 50], ["xuat_sac", "tot", "kha", "trung_binh"], "yeu"
    )
    return pd.DataFrame(
        {
            "unit_code": [f"X{n:04d}" for n in range(units)],
            "unit_name": [f"UBND xã Đồng Số {n}" for n in range(units)],
            "index_pct": index,
            "rank_in_group": np.arange(1, units + 1),
            "classification": bands,
            "is_provisional": [False] * units,
            "previous_rank": previous,
            "rank_change": previous - np.arange(1, units + 1),
            "index_change": rng.uniform(-3, 3, units).round(2),
            "is_new": [False] * (units - 1) + [True],
        }
    )


def _officers(count: int, seed: int = 11) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    scores = rng.uniform(50, 100, count).round(2)
    scores[3] = np.nan  # an officer without a form: in the workbook, never among the ranked
    return pd.DataFrame(
        {
            "Họ và tên": [f"Lê Thị Hằng {n}" for n in range(count)],
            "Bộ phận Một cửa": [f"UBND xã Đồng Số {n % 40}" for n in range(count)],
            "Điểm quý": scores,
            "Xếp loại": ["B"] * count,
        }
    )


def test_ends_keep_the_first_and_last_rows_or_the_whole_frame() -> None:
    frame = pd.DataFrame({"n": range(100)})
    both = bounds.ends(frame, 3)
    assert both["n"].tolist() == [0, 1, 2, 97, 98, 99]
    assert bounds.ends(frame.head(6), 3)["n"].tolist() == list(range(6))
    assert not bounds.is_long(pd.DataFrame({"n": range(bounds.DOCUMENT_ROWS)}))
    assert bounds.is_long(pd.DataFrame({"n": range(bounds.DOCUMENT_ROWS + 1)}))


def test_ranks_leave_out_missing_scores_and_share_ties() -> None:
    table = pd.DataFrame({"Họ và tên": ["An", "Bình", "Chi", "Dũng"], "Điểm": [70.0, None, 90.0, 70.0]})
    ranked = bounds.with_rank(table, "Điểm")
    assert ranked.columns.tolist() == ["Thứ hạng", "Họ và tên", "Điểm"]
    assert ranked["Họ và tên"].tolist() == ["Chi", "An", "Dũng"]
    assert ranked["Thứ hạng"].tolist() == [1, 2, 2]


def test_ranked_names_show_the_rank_with_a_thousands_dot() -> None:
    names = bounds.ranked_names(pd.Series(["Xã A", "Xã B", "Xã C"]), pd.Series([1, 3270, None]))
    assert names == ["1. Xã A", "3.270. Xã B", "Xã C"]


def test_forms_are_counted_per_month_and_a_cut_list_puts_the_flagged_rows_first() -> None:
    issues = pd.DataFrame(
        {
            "Tháng": ["07/2025", "07/2025", "08/2025", "09/2025", "09/2025"],
            "Tình trạng": ["Không nộp", "Nộp muộn", "Nộp muộn", "Không nộp", "Không nộp"],
        }
    )
    counts = bounds.forms_by_month(issues, "Tháng", "Tình trạng")
    assert counts.values.tolist() == [["07/2025", 1, 1], ["08/2025", 0, 1], ["09/2025", 2, 0]]
    listed = pd.DataFrame({"n": range(6)})
    first = bounds.first_rows(listed, pd.Series([False, False, True, False, True, False]), limit=4)
    assert first["n"].tolist() == [2, 4, 0, 1]


def test_a_ranked_table_with_a_missing_rank_prints_whole_numbers() -> None:
    # Regression: ranks went through a float column when one was missing and printed as "85,00".
    table = pack.ranking_table(_ranking(5))
    assert str(table["Thứ hạng năm trước"].dtype) == "Int64"
    assert cell_text(table["Thứ hạng năm trước"].iloc[0])[0] == str(int(_ranking(5)["previous_rank"].iloc[0]))
    assert cell_text(table["Thứ hạng năm trước"].iloc[-1]) == ("", False)


def test_a_province_group_is_charted_and_printed_whole() -> None:
    ranking = _ranking(bounds.FIGURE_BARS)
    figure, table = pack._ranking_blocks(
        ranking, "xa", "Chỉ số CCHC năm 2024 của UBND cấp xã", "Xếp hạng", SOURCE
    )
    assert sum(len(trace.y) for trace in figure.fig.data) == bounds.FIGURE_BARS
    assert figure.caption == "Chỉ số CCHC năm 2024 của UBND cấp xã"
    assert table.shown is None and len(table.frame) == bounds.FIGURE_BARS


def test_a_national_group_shows_its_first_and_last_units_and_keeps_every_row_for_the_workbook() -> None:
    ranking = _ranking(3270)
    figure, table = pack._ranking_blocks(
        ranking, "xa", "Chỉ số CCHC năm 2024 của UBND cấp xã", "Xếp hạng", SOURCE
    )
    bars = [label for trace in figure.fig.data for label in trace.y]
    assert len(bars) == 2 * bounds.END_ROWS
    assert "1. UBND xã Đồng Số 0" in bars and "3.270. UBND xã Đồng Số 3269" in bars
    assert figure.caption.endswith("(20 đơn vị đứng đầu và 20 đơn vị cuối bảng trong 3.270 đơn vị)")
    assert "20 đơn vị đứng đầu" in figure.fig.layout.title.text
    assert len(table.frame) == 3270
    assert table.shown["Thứ hạng"].tolist() == [*range(1, 21), *range(3251, 3271)]
    assert table.shown_note == "20 đơn vị đứng đầu và 20 đơn vị cuối bảng trong 3.270 đơn vị"


def test_officers_past_the_limit_are_printed_best_and_worst_with_their_rank() -> None:
    whole = pack._officers_table(_officers(bounds.DOCUMENT_ROWS), "Kết quả", "Điểm quý")
    assert whole.shown is None
    officers = _officers(bounds.DOCUMENT_ROWS + 1)
    cut = pack._officers_table(officers, "Kết quả", "Điểm quý")
    assert len(cut.frame) == bounds.DOCUMENT_ROWS + 1
    assert len(cut.shown) == 2 * bounds.END_ROWS and cut.shown.columns[0] == "Thứ hạng"
    scores = cut.shown["Điểm quý"].tolist()
    assert scores == sorted(scores, reverse=True)
    assert scores[0] == officers["Điểm quý"].max() and scores[-1] == officers["Điểm quý"].min()
    assert cut.shown["Thứ hạng"].iloc[-1] == bounds.DOCUMENT_ROWS  # 301 officers, one without a score
    assert cut.shown_note == (
        "20 công chức có điểm cao nhất và 20 công chức có điểm thấp nhất trong 300 công chức được xếp loại"
    )


def test_the_report_prints_the_cut_table_and_names_the_sheet_that_holds_every_row() -> None:
    officers = _officers(bounds.DOCUMENT_ROWS + 1)
    blocks = [
        pack.Table("tep", "Tệp dữ liệu", pd.DataFrame({"Loại tệp": ["Phiếu"], "Nạp được": [3]})),
        pack._officers_table(officers, "Kết quả xếp loại quý III/2025", "Điểm quý"),
    ]
    content = pack.Pack(
        "quarterly", 2025, 3, None, "quý III/2025", "Phụ đề", "Lạng Sơn", "05/10/2025", blocks
    )
    document = pack._document(content, {}, dt.date(2025, 10, 5), None)
    opened = docx.Document(io.BytesIO(document.to_bytes()))
    caption = next(p.text for p in opened.paragraphs if p.text.startswith("Bảng 2."))
    assert caption.startswith("Bảng 2. Kết quả xếp loại quý III/2025 (20 công chức có điểm cao nhất")
    assert caption.endswith("bảng đầy đủ ở trang tính «Bảng 2» của tệp Excel kèm theo)")
    printed = opened.tables[-2]  # the signature block is the last table
    assert len(printed.rows) == 1 + 2 * bounds.END_ROWS
    assert printed.rows[0].cells[0].text == "Thứ hạng" and printed.rows[1].cells[0].text == "1"
    book = load_workbook(io.BytesIO(pack.workbook(content)))
    sheet = book["Bảng 2"]
    assert sheet["A1"].value == "Bảng 2. Kết quả xếp loại quý III/2025"
    assert sheet["A4"].value == "Họ và tên"
    names = [row[0] for row in sheet.iter_rows(min_row=5, values_only=True)]
    assert len(names) == bounds.DOCUMENT_ROWS + 1 and set(names) == set(officers["Họ và tên"])


@pytest.mark.parametrize("desks", [bounds.FIGURE_BARS, bounds.FIGURE_BARS + 1])
def test_the_satisfaction_chart_is_cut_past_the_bars_a_page_holds(desks: int) -> None:
    rng = np.random.default_rng(3)
    ratings = rng.integers(50, 200, desks)
    by_unit = pd.DataFrame(
        {
            "unit_code": [f"D{n:04d}" for n in range(desks)],
            "unit_name": [f"Bộ phận Một cửa UBND xã Đồng Số {n}" for n in range(desks)],
            "rating_count": ratings,
            "satisfied_count": (ratings * rng.uniform(0.6, 0.95, desks)).astype(int),
            "unjudged_rows": [0] * desks,
        }
    )
    from dashboard import one_stop_logic

    figure = pack._satisfaction_figure(
        one_stop_logic.with_satisfaction_share(by_unit), "Tỷ lệ hài lòng", SOURCE
    )
    bars = len(figure.fig.data[0].y)
    if desks <= bounds.FIGURE_BARS:
        assert bars == desks and figure.caption == "Tỷ lệ hài lòng"
    else:
        assert bars == 2 * bounds.END_ROWS
        assert figure.caption.endswith(f"trong {desks} Bộ phận)")
        assert any(label.startswith(f"{desks}. ") for label in figure.fig.data[0].y)


def test_without_chromium_warming_up_the_render_server_starts_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from reports import images

    monkeypatch.setattr(images, "browser_path", lambda: None)
    images.warm_up()
    assert not any(t.name == "render-server-start" for t in threading.enumerate())
    with pytest.raises(images.RenderUnavailable, match="Chromium"):
        images.render(go.Figure(), "png")
