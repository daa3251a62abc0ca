"""The quarterly and annual report packs on the demo province: the .docx, the .xlsx and the chart
images, checked against the marts; the command line; the public results page; charts as PNG and SVG."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import duckdb
import pandas as pd
import plotly.graph_objects as go
import pytest
from openpyxl import load_workbook
from PIL import Image

from dashboard import queries
from dashboard.format import vn_number
from reports import cli, images, pack, public

FORMULA_START = ("=", "+", "-", "@")
needs_chromium = pytest.mark.skipif(images.browser_path() is None, reason="no Chromium on this machine")


@pytest.fixture(scope="module")
def quarterly(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[pack.Pack, pack.PackFiles]:
    with pytest.MonkeyPatch.context() as patch, queries.acting_as(queries.SYSTEM_PRINCIPAL):
        patch.setenv("CCHC_DB", str(demo_db))
        content = pack.build(2025, 3)
        files = pack.write(content, tmp_path_factory.mktemp("q3"))
    return content, files


def _query(database: Path, sql: str, *params: object) -> list[tuple]:
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def _docx_tables_after(document: docx.document.Document, caption_start: str) -> list[list[list[str]]]:
    """The tables whose caption paragraph (just before the table) starts with `caption_start`."""
    body = document.element.body
    found, caption = [], ""
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            caption = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
        elif tag == "tbl":
            if caption.startswith(caption_start):
                table = docx.table.Table(child, document)
                found.append([[cell.text for cell in row.cells] for row in table.rows])
            caption = ""
    return found


def test_the_report_has_the_numbered_sections_of_an_administrative_report(quarterly) -> None:
    _, files = quarterly
    document = docx.Document(str(files.docx))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "I. Đánh giá, xếp loại công chức Bộ phận Một cửa quý III/2025",
        "II. Kết quả Chỉ số cải cách hành chính năm 2024",
        "III. Lĩnh vực, tiêu chí bị trừ điểm nhiều năm 2024",
        "IV. Tình hình tiếp nhận và chất lượng dữ liệu",
        "V. Các chỉ số cấp quốc gia",
    ]
    texts = "\n".join(p.text for p in document.paragraphs)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in "\n".join(
        c.text for t in document.tables for c in t._cells
    )
    assert "Kết quả cải cách hành chính và đánh giá công chức Bộ phận Một cửa quý III năm 2025" in texts
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert document.styles["Normal"].font.name == "Times New Roman"


def test_every_figure_and_table_is_numbered_and_captioned(quarterly) -> None:
    content, files = quarterly
    document = docx.Document(str(files.docx))
    figure_captions = [p.text for p in document.paragraphs if re.match(r"Hình \d+\. ", p.text)]
    table_captions = [p.text for p in document.paragraphs if re.match(r"Bảng \d+\. ", p.text)]
    assert len(figure_captions) == len(content.figures) >= 8
    assert len(table_captions) == len(content.tables) >= 10
    assert figure_captions[0].startswith("Hình 1. Cơ cấu xếp loại công chức Bộ phận Một cửa")
    if files.image_note is None:
        assert len(document.inline_shapes) == len(content.figures)
        assert len([p for p in files.images if p.suffix == ".png"]) == len(content.figures)
        assert len([p for p in files.images if p.suffix == ".svg"]) == len(content.figures)


def test_a_province_pack_prints_every_row_and_every_bar(quarterly) -> None:
    content, files = quarterly
    assert [t.name for t in content.tables if t.shown is not None] == []
    document = docx.Document(str(files.docx))
    captions = [p.text for p in document.paragraphs if re.match(r"(Bảng|Hình) \d+\. ", p.text)]
    assert not any("tệp Excel kèm theo" in c or "cuối bảng trong" in c for c in captions)
    ranked = [t for t in _docx_tables_after(document, "Bảng") if t[0][:2] == ["Thứ hạng", "Đơn vị"]]
    assert sum(len(t) - 1 for t in ranked) == sum(
        len(t.frame) for t in content.tables if t.name.startswith("xep_hang_")
    )


def test_the_pack_reads_the_grades_of_its_quarter_only(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard.queries import one_stop, report

    monkeypatch.setenv("CCHC_DB", str(demo_db))
    with queries.acting_as(queries.SYSTEM_PRINCIPAL):
        year = one_stop.officer_grades(2025)
        quarter = report.officer_grades_of_period(2025, 3)
        whole_year = report.officer_grades_of_period(2025, None)
    key = ["period_type", "period_start_date", "officer_code"]
    expected = year[year["quarter"] == 3].sort_values(key).reset_index(drop=True)
    assert set(quarter["period_type"]) == {"month", "quarter"} and len(quarter) == len(expected) > 0
    # Equal values; integer columns of the year hold nulls (its year rows) and come back nullable.
    pd.testing.assert_frame_equal(
        quarter.sort_values(key).reset_index(drop=True), expected, check_dtype=False
    )
    assert len(whole_year) == len(year)


def test_the_ranking_table_and_its_sentence_match_the_mart(quarterly, demo_db: Path) -> None:
    _, files = quarterly
    document = docx.Document(str(files.docx))
    mart = _query(
        demo_db,
        "select rank_in_group, unit_name, index_pct, classification from mart_unit_ranking "
        "where year = 2024 and unit_group = 'so_nganh' order by rank_in_group, unit_code",
    )
    tables = _docx_tables_after(document, "Bảng")
    ranking = next(
        t for t in tables if t[0][:3] == ["Thứ hạng", "Đơn vị", "Chỉ số (%)"] and len(t) == len(mart) + 1
    )
    assert [(int(r[0]), r[1], r[2]) for r in ranking[1:]] == [(r[0], r[1], vn_number(r[2], 2)) for r in mart]
    excellent = sum(1 for r in mart if r[3] == "xuat_sac")
    texts = "\n".join(p.text for p in document.paragraphs)
    assert f"Có {excellent}/{len(mart)} đơn vị xếp loại Xuất sắc" in texts


def test_the_grades_sentence_matches_the_officer_grades(quarterly, demo_db: Path) -> None:
    _, files = quarterly
    counts = dict(
        _query(
            demo_db,
            "select grade, count(*) from mart_officer_grade where period_type = 'quarter' and year = 2025 "
            "and quarter = 3 and grade is not null group by grade",
        )
    )
    officers = _query(
        demo_db,
        "select count(*) from mart_officer_grade where period_type = 'quarter' and year = 2025 and quarter = 3",
    )[0][0]
    texts = "\n".join(p.text for p in docx.Document(str(files.docx)).paragraphs)
    graded = sum(counts.values())
    assert (
        f"Quý III/2025 có {graded}/{officers} công chức được xếp loại: loại A {counts.get('A', 0)} người"
        in texts
    )


def test_the_workbook_holds_every_table_with_numbers_as_numbers_and_no_formula(
    quarterly, demo_db: Path
) -> None:
    content, files = quarterly
    book = load_workbook(files.xlsx)
    assert book.sheetnames == [f"Bảng {n}" for n in range(1, len(content.tables) + 1)]
    assert [sheet["A1"].value for sheet in book.worksheets] == [
        f"Bảng {n}. {table.caption}" for n, table in enumerate(content.tables, start=1)
    ]
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(FORMULA_START), (
                        sheet.title,
                        cell.coordinate,
                        cell.value,
                    )
    # The so_nganh ranking's indices are numbers equal to the mart's.
    mart = _query(
        demo_db,
        "select unit_name, index_pct from mart_unit_ranking where year = 2024 and unit_group = 'so_nganh'",
    )
    number = next(i for i, t in enumerate(content.tables, start=1) if t.name == "xep_hang_so_nganh")
    sheet = book.worksheets[number - 1]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header_at = next(i for i, row in enumerate(values) if row[:2] == ["Thứ hạng", "Đơn vị"])
    found = {row[1]: row[2] for row in values[header_at + 1 :] if row[1]}
    assert found == {name: pytest.approx(float(index)) for name, index in mart}


@needs_chromium
def test_chart_images_are_print_resolution_and_keep_vietnamese_text(quarterly) -> None:
    _, files = quarterly
    png = next(p for p in files.images if p.suffix == ".png")
    with Image.open(png) as picture:
        assert picture.width == pack.FIGURE_WIDTH_PX * images.PRINT_SCALE
    svg = next(p for p in files.images if p.suffix == ".svg").read_text(encoding="utf-8")
    assert "Cơ cấu xếp loại công chức Bộ phận Một cửa" in svg


@needs_chromium
def test_a_chart_renders_to_png_and_svg_at_the_size_asked() -> None:
    fig = go.Figure(go.Bar(x=["Xã Hữu Lũng", "Phường Đông Kinh"], y=[87.5, 91.25]))
    fig.update_layout(title="Chỉ số CCHC năm 2025 – Lạng Sơn")
    png = images.render(fig, "png", width=800, height=400)
    with Image.open(io.BytesIO(png)) as picture:
        assert picture.size == (1600, 800)
    svg = images.render(fig, "svg", width=800, height=400).decode("utf-8")
    assert 'width="800"' in svg and "Chỉ số CCHC năm 2025 – Lạng Sơn" in svg and "Hữu Lũng" in svg


@needs_chromium
@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_a_render_that_returns_no_image_is_refused(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import kaleido

    images.render(go.Figure(), "svg")  # the server is up, so the call below reaches the patched function
    monkeypatch.setattr(kaleido, "calc_fig_sync", lambda fig, opts: b"{}\n")
    with pytest.raises(images.RenderUnavailable, match="3 byte"):
        images.render(go.Figure(go.Bar(x=["a"], y=[1])), fmt)


def test_without_chromium_the_pack_still_has_every_numbered_figure(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    monkeypatch.setattr(images, "browser_path", lambda: None)
    with queries.acting_as(queries.SYSTEM_PRINCIPAL):
        content = pack.build(2024)
        files = pack.write(content, tmp_path)
    assert files.image_note and "Chromium" in files.image_note and files.images == []
    document = docx.Document(str(files.docx))
    assert len(document.inline_shapes) == 0
    captions = [p.text for p in document.paragraphs if re.match(r"Hình \d+\. ", p.text)]
    assert len(captions) == len(content.figures)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "I. Đánh giá, xếp loại công chức Bộ phận Một cửa năm 2024"
    assert headings[1] == "II. Kết quả Chỉ số cải cách hành chính năm 2024"


def test_the_command_line_writes_the_pack_and_refuses_bad_arguments(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(images, "browser_path", lambda: None)  # the images are tested above
    monkeypatch.delenv("CCHC_DB", raising=False)
    out = tmp_path / "pack"
    assert (
        cli.main(
            [
                "quarterly",
                "--year",
                "2025",
                "--quarter",
                "2",
                "--group",
                "xa",
                "--db",
                str(demo_db),
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "Đã tạo bộ báo cáo" in capsys.readouterr().out
    document = docx.Document(str(out / "bao_cao_cchc_q2_2025_xa.docx"))
    groups = ("Sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã", "Phòng chuyên môn")
    group_headings = [
        p.text for p in document.paragraphs if p.style.name == "Heading 2" and p.text.endswith(groups)
    ]
    assert group_headings == ["1. UBND cấp xã", "1. UBND cấp xã"]  # the ranking and the weak criteria
    with pytest.raises(SystemExit) as exited:
        cli.main(["quarterly", "--year", "2025", "--quarter", "5", "--db", str(demo_db), "-o", str(out)])
    assert exited.value.code == cli.EXIT_USAGE
    assert "Lệnh chưa đúng" in capsys.readouterr().err
    assert (
        cli.main(["annual", "--year", "2025", "--db", str(tmp_path / "none.duckdb"), "-o", str(out)])
        == cli.EXIT_USAGE
    )
    assert "Không tìm thấy kho dữ liệu" in capsys.readouterr().err


def test_the_public_page_is_self_contained_and_lists_every_ranked_unit(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    with queries.acting_as(queries.SYSTEM_PRINCIPAL):
        page = public.page(2025, 3)
    assert page.startswith("<!DOCTYPE html>") and 'lang="vi"' in page
    assert "<script" not in page and "src=" not in page and "href=" not in page
    units = _query(demo_db, "select unit_name from mart_unit_ranking where year = 2024")
    for (name,) in units:
        assert f"<td>{name.replace('&', '&amp;')}" in page
    officers = _query(
        demo_db,
        "select officer_name from mart_officer_grade where period_type = 'quarter' and year = 2025 and quarter = 3",
    )
    assert all(name in page for (name,) in officers)
    assert "Tỷ lệ hài lòng" not in page  # the office's working figures stay inside


def test_a_chart_that_fails_to_draw_leaves_the_others_in_the_report(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), "white").save(buffer, "PNG")
    drawn: list[str] = []

    def render(fig: go.Figure, fmt: str, **_: object) -> bytes:
        title = fig.layout.title.text
        if title == failing:
            raise images.RenderUnavailable("Chromium không vẽ được biểu đồ này.")
        drawn.append(title)
        return buffer.getvalue() if fmt == "png" else b"<svg xmlns='http://www.w3.org/2000/svg'/>"

    monkeypatch.setattr(images, "unavailable_reason", lambda: None)
    monkeypatch.setattr(images, "render", render)
    with queries.acting_as(queries.SYSTEM_PRINCIPAL):
        content = pack.build(2024)
        failing = content.figures[1].fig.layout.title.text
        files = pack.write(content, tmp_path)
    assert len(content.figures) >= 3
    assert files.image_note == "Chromium không vẽ được biểu đồ này."
    assert len(files.images) == 2 * (len(content.figures) - 1)
    document = docx.Document(str(files.docx))
    assert len(document.inline_shapes) == len(content.figures) - 1
    assert [p.text for p in document.paragraphs].count("Chromium không vẽ được biểu đồ này.") == 1
