"""The heads' section of the annual report pack on the demo province: annual packs only, its sentences and
table checked against mart_head_level, the ungraded and late units named, and a year without levels."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from dashboard import queries
from reports import images, pack
from tests.conftest import query

HEADING = "Đánh giá người đứng đầu theo kết quả các chỉ số"


@pytest.fixture(scope="module")
def annual(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[pack.Pack, pack.PackFiles]:
    with pytest.MonkeyPatch.context() as patch, queries.acting_as(queries.SYSTEM_PRINCIPAL):
        patch.setenv("CCHC_DB", str(demo_db))
        # Charts are not what this section is about: the pack is written without drawing them.
        patch.setattr(images, "browser_path", lambda: None)
        content = pack.build(2025)
        files = pack.write(content, tmp_path_factory.mktemp("annual"))
    return content, files


def overall(db: Path, year: int) -> dict[str, str | None]:
    rows = query(
        db, "select distinct unit_name, overall_level_code from mart_head_level where year = ?", year
    )
    return dict(rows)


def test_the_annual_report_ends_with_the_heads_section(annual, demo_db: Path) -> None:
    _, files = annual
    document = docx.Document(str(files.docx))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1].endswith(HEADING)
    texts = "\n".join(p.text for p in document.paragraphs)
    levels = overall(demo_db, 2025)
    graded = sum(1 for level in levels.values() if level)
    counts = {code: sum(1 for level in levels.values() if level == code) for code in ("xuat_sac", "tot")}
    assert (
        f"Năm 2025, {graded} trên {len(levels)} đơn vị được xếp mức hoàn thành nhiệm vụ của người đứng đầu"
        " theo kết quả các chỉ số năm 2024 (Quyết định số 01/2023/QĐ-UBND)" in texts
    )
    assert (
        f"{counts['xuat_sac']} hoàn thành xuất sắc nhiệm vụ, {counts['tot']} hoàn thành tốt nhiệm vụ" in texts
    )
    # The demo plants one unit without a 2024 PAPI result: it is named, not left out.
    ungraded = [name for name, level in levels.items() if level is None]
    assert ungraded == ["Sở Tư pháp"]
    assert "1 đơn vị chưa được xếp mức vì thiếu kết quả chỉ số: Sở Tư pháp." in texts
    late = query(
        demo_db,
        "select count(distinct unit_code) from mart_head_level where year = 2025"
        " and (unit_published_late or unit_sent_late or unit_decided_late)",
    )[0][0]
    assert late > 0 and f"{late} đơn vị có chỉ số công bố, gửi Sở Nội vụ hoặc quyết định mức sau hạn" in texts


def test_the_workbook_has_one_row_per_unit_with_its_level(annual, demo_db: Path) -> None:
    content, files = annual
    (table,) = [t for t in content.tables if t.name == "nguoi_dung_dau"]
    levels = overall(demo_db, 2025)
    assert len(table.frame) == len(levels)
    shown = dict(zip(table.frame["Đơn vị"], table.frame["Mức của người đứng đầu"], strict=True))
    assert shown["Sở Tư pháp"] == "Chưa xếp mức"
    assert (
        shown["Văn phòng UBND tỉnh"]
        == {
            "xuat_sac": "Hoàn thành xuất sắc nhiệm vụ",
            "tot": "Hoàn thành tốt nhiệm vụ",
            "hoan_thanh": "Hoàn thành nhiệm vụ",
            "khong_hoan_thanh": "Không hoàn thành nhiệm vụ",
        }[levels["Văn phòng UBND tỉnh"]]
    )
    # The heads' table is the pack's last: the workbook's last sheet, one row per unit under its header.
    sheet = load_workbook(files.xlsx).worksheets[-1]
    names = [cell.value for row in sheet.iter_rows() for cell in row if cell.value in levels]
    assert sorted(names) == sorted(levels)


def test_quarterly_packs_and_years_without_levels(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    with queries.acting_as(queries.SYSTEM_PRINCIPAL):
        quarterly = pack.build(2025, 3)
        before = pack.build(2021)
    assert not any(getattr(b, "text", "") == HEADING for b in quarterly.blocks)
    texts = [getattr(b, "text", "") for b in before.blocks]
    assert HEADING in texts
    assert "Năm 2021 chưa có kết quả đánh giá người đứng đầu theo các chỉ số." in texts
