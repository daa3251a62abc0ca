"""How a unit lays out its scoring sheet: the title block, the header wording, the criterion rows and the
total, in one of the shapes real files take (see `Shape`)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from etl.demo.scoring_files import Formula, Grid
from etl.demo.scoring_story import Criterion, Submission, Unit, ascii_upper, document_symbol
from etl.readers import column_letter
from etl.text import unicode_to_tcvn3

TITLE = "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year}"
PROVINCE = "UBND TỈNH LẠNG SƠN"
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
TOTAL = "Tổng điểm"

# Header wordings seen in units' sheets: (stt, title, max, self, appraised, evidence, explanation).
HEADERS = {
    "plain": (
        "STT",
        "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
        "Điểm tối đa",
        "Điểm tự đánh giá",
        "Điểm thẩm định",
        "Tài liệu kiểm chứng",
        "Giải trình",
    ),
    "breaks": (
        "STT",
        "Lĩnh vực, tiêu chí,\ntiêu chí thành phần",
        "Điểm\ntối đa",
        "Điểm\ntự đánh giá",
        "Điểm\nthẩm định",
        "Tài liệu\nkiểm chứng",
        "Giải trình\ncách tính điểm",
    ),
    "abbrev": ("TT", "Nội dung tiêu chí", "Điểm tối đa", "Điểm TĐG", "Điểm thẩm định", "TLKC", "Giải trình"),
    "ascii": (
        "STT",
        "Noi dung tieu chi",
        "Diem toi da",
        "Diem tu danh gia",
        "Diem tham dinh",
        "Tai lieu kiem chung",
        "Giai trinh",
    ),
    "upper": (
        "STT",
        "LĨNH VỰC/TIÊU CHÍ/TIÊU CHÍ THÀNH PHẦN",
        "ĐIỂM TỐI ĐA",
        "ĐIỂM TỰ ĐÁNH GIÁ",
        "ĐIỂM THẨM ĐỊNH",
        "TÀI LIỆU KIỂM CHỨNG",
        "GIẢI TRÌNH",
    ),
}
# The two-row header: "Điểm" merged over its three columns.
TWO_ROW_TOP = ("STT", "Nội dung", "Điểm", "Tài liệu kiểm chứng", "Giải trình")
TWO_ROW_BOTTOM = ("Tối đa", "Tự đánh giá", "Thẩm định")


@dataclass(frozen=True)
class Shape:
    """One real-world way of writing the sheet."""

    file_format: str = "xlsx"  # xlsx | xlsm | xls | html | csv_utf8 | csv_utf16 | csv_cp1258
    header: str = "plain"  # a key of HEADERS, or "two_row"
    note_column: bool = False  # «Ghi chú» instead of «Giải trình»
    column_numbers: bool = False  # a "(1) (2) (3)…" row under the header
    classic_block: bool = True  # unit and authority on the left, the national motto on the right
    with_report_line: bool = True  # "(Kèm theo Báo cáo số … ngày …)"
    with_signature: bool = False  # "…, ngày 02 tháng 12 năm 2023" under the table
    text: str = "unicode"  # unicode | tcvn3 | nfd
    numbers_as_text: bool = False  # "0,5" typed as text
    parent_formulas: bool = False  # parent and total rows as =SUM(…) without cached values
    ascii_unit: bool = False  # "UBND XA MINH SON"
    omit_survey: bool = False  # survey rows left out
    sheet_name: str = "Biểu chấm điểm"


def authority(unit: Unit, parent: Unit | None) -> str:
    """The line above a unit's name in its title block: the authority it belongs to."""
    if parent is not None:
        return parent.name.upper()
    return PROVINCE


def unit_heading(unit: Unit, shape: Shape) -> str:
    """The unit's name as its title block writes it: "UBND XÃ MINH SƠN"; an office under its district's
    line writes only "PHÒNG NỘI VỤ", alone it writes its full name."""
    name = unit.name
    if unit.group == "phong" and shape.classic_block:
        name = name.split(" huyện ")[0]
    return ascii_upper(name) if shape.ascii_unit else name.upper()


def _signature_place(unit: Unit, parent: Unit | None) -> str:
    """ "Minh Sơn" in "Minh Sơn, ngày 02 tháng 12 năm 2023": the commune or district, else the province."""
    place = parent if unit.group == "phong" and parent else unit
    if place.group not in ("xa", "huyen"):
        return "Lạng Sơn"
    kinds = ("UBND xã ", "UBND phường ", "UBND thị trấn ", "UBND huyện ", "UBND thành phố ")
    return next((place.name.removeprefix(k) for k in kinds if place.name.startswith(k)), place.name)


def sheet_grid(sub: Submission, shape: Shape, *, with_appraisal: bool) -> Grid:
    """The whole sheet of a submission: title block, header, criterion rows, total and signature."""
    grid = Grid(shape.sheet_name)
    header_texts = HEADERS["plain" if shape.header == "two_row" else shape.header]
    if shape.note_column:
        header_texts = (*header_texts[:6], "GHI CHÚ" if shape.header == "upper" else "Ghi chú")
    columns = ["stt", "title", "max", "self", *(["appraised"] if with_appraisal else []), "evidence", "note"]
    width = len(columns)
    col = {name: i for i, name in enumerate(columns)}
    year = sub.year
    unit_line = unit_heading(sub.unit, shape)
    title = TITLE.format(year=year)
    if shape.header == "ascii":
        title = ascii_upper(title)
    report = (
        f"(Kèm theo Báo cáo số {sub.report_number}/BC-{document_symbol(sub.unit)} ngày "
        f"{sub.submitted:%d/%m/%Y} của {sub.unit.name})"
    )

    if shape.classic_block:
        grid.add(authority(sub.unit, sub.parent), None, None, None, MOTTO[0])
        grid.add(unit_line, None, None, None, MOTTO[1])
        grid.merges += [(0, 0, 0, 2), (1, 0, 1, 2), (0, 4, 0, width - 1), (1, 4, 1, width - 1)]
        grid.bold_rows.update({0, 1})
        grid.add()
    else:
        grid.add(unit_line)
        grid.bold_rows.add(0)
    title_row = grid.add(title)
    grid.merges.append((title_row, 0, title_row, width - 1))
    grid.bold_rows.add(title_row)
    if shape.with_report_line:
        line = grid.add(report)
        grid.merges.append((line, 0, line, width - 1))
    grid.add()

    first_header = len(grid.rows)
    if shape.header == "two_row":
        # «Điểm» over its two or three columns; the other headings span both rows.
        points = TWO_ROW_BOTTOM[: 3 if with_appraisal else 2]
        note = "Ghi chú" if shape.note_column else TWO_ROW_TOP[4]
        grid.add(*TWO_ROW_TOP[:3], *[None] * (len(points) - 1), TWO_ROW_TOP[3], note)
        grid.add(None, None, *points, None, None)
        r = first_header
        grid.merges += [
            (r, col["stt"], r + 1, col["stt"]),
            (r, col["title"], r + 1, col["title"]),
            (r, col["max"], r, col["max"] + len(points) - 1),
            (r, col["evidence"], r + 1, col["evidence"]),
            (r, col["note"], r + 1, col["note"]),
        ]
        grid.bold_rows.update({r, r + 1})
    else:
        texts = (
            list(header_texts[:4]) + ([header_texts[4]] if with_appraisal else []) + list(header_texts[5:])
        )
        grid.bold_rows.add(grid.add(*texts))
    if shape.column_numbers:
        grid.bold_rows.add(grid.add(*[f"({i})" for i in range(1, width + 1)]))

    _criterion_rows(grid, sub, shape, col, with_appraisal)
    if shape.with_signature:
        grid.add()
        place = _signature_place(sub.unit, sub.parent)
        grid.add(None, None, None, None, f"{place}, ngày {sub.submitted.day:02d} tháng {sub.submitted.month:02d} "
                 f"năm {sub.submitted.year}")  # fmt: skip
        grid.add(None, "NGƯỜI LẬP BIỂU", None, None, "THỦ TRƯỞNG ĐƠN VỊ")
        grid.add(None, None, None, None, "(Đã ký)")
    grid.widths = {0: 7, 1: 60, 2: 10, 3: 11, 4: 11, 5: 40, 6: 35}
    grid.wrap_rows = set(range(first_header, len(grid.rows)))
    return _retyped(grid, shape)


def _criterion_rows(
    grid: Grid, sub: Submission, shape: Shape, col: dict[str, int], with_appraisal: bool
) -> None:
    """Every criterion in the appendix's order, parent rows carrying their children's sums, then the total."""
    criteria = [c for c in sub.framework.criteria if not (shape.omit_survey and c.is_survey)]
    row_of = {c.stt: len(grid.rows) + i for i, c in enumerate(criteria)}
    sums = _sums(sub)
    fields = [c for c in criteria if c.parent is None]
    for criterion in criteria:
        cells: list[object] = [None] * len(col)
        cells[col["stt"]] = criterion.stt
        cells[col["title"]] = criterion.title
        cells[col["max"]] = _number(criterion.max_points, shape)
        if criterion.is_leaf:
            line = sub.lines[criterion.stt]
            if line.not_applicable:
                cells[col["self"]] = line.not_applicable
                if with_appraisal:
                    cells[col["appraised"]] = line.not_applicable
            elif criterion.is_survey and line.self_points is None:
                cells[col["note"]] = "Điểm theo kết quả điều tra xã hội học"
            else:
                cells[col["self"]] = _number(line.self_points, shape)
                if with_appraisal:
                    cells[col["appraised"]] = _number(line.appraised_points, shape)
            if not criterion.is_survey:
                cells[col["evidence"]] = line.evidence or None
                cells[col["note"]] = line.explanation or None
        elif not criterion.is_survey:
            for name, index in (("self", 0), ("appraised", 1)):
                if name == "appraised" and not with_appraisal:
                    continue
                if shape.parent_formulas:
                    refs = [row_of[c] for c in criterion.children if c in row_of]
                    cells[col[name]] = _sum_formula(col[name], refs)
                else:
                    cells[col[name]] = _number(sums[criterion.stt][index], shape)
        grid.add(*cells)
    total: list[object] = [None] * len(col)
    total[col["title"]] = TOTAL
    total[col["max"]] = _number(sub.framework.total, shape)
    for name, index in (("self", 0), ("appraised", 1)):
        if name == "appraised" and not with_appraisal:
            continue
        if shape.parent_formulas:
            total[col[name]] = _sum_formula(col[name], [row_of[c.stt] for c in fields])
        else:
            total[col[name]] = _number(sum(sums[c.stt][index] for c in fields), shape)
    grid.bold_rows.add(grid.add(*total))


def _sum_formula(column: int, rows: list[int]) -> Formula:
    letter = column_letter(column)
    return Formula("SUM(" + ",".join(f"{letter}{r + 1}" for r in rows) + ")")


def _sums(sub: Submission) -> dict[str, tuple[float, float]]:
    """(self, appraised) of every criterion as its leaves add up; survey and not applicable count 0."""
    by_stt = sub.framework.by_stt()
    result: dict[str, tuple[float, float]] = {}

    def walk(criterion: Criterion) -> tuple[float, float]:
        if criterion.is_leaf:
            line = sub.lines.get(criterion.stt)
            if line is None or line.not_applicable:
                value = (0.0, 0.0)
            else:
                value = (line.self_points or 0.0, line.appraised_points or 0.0)
        else:
            parts = [walk(by_stt[c]) for c in criterion.children]
            value = (sum(p[0] for p in parts), sum(p[1] for p in parts))
        result[criterion.stt] = value
        return value

    for criterion in sub.framework.criteria:
        if criterion.parent is None:
            walk(criterion)
    return result


def _number(points: float | None, shape: Shape) -> object:
    if points is None:
        return None
    points = round(points, 2)
    if shape.numbers_as_text:
        return f"{points:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return int(points) if float(points).is_integer() else points


def _retyped(grid: Grid, shape: Shape) -> Grid:
    """The same sheet typed in a legacy font encoding, or in decomposed Unicode."""
    if shape.text == "unicode":
        return grid
    convert = unicode_to_tcvn3 if shape.text == "tcvn3" else lambda s: unicodedata.normalize("NFD", s)
    rows = [[convert(v) if isinstance(v, str) else v for v in row] for row in grid.rows]
    return replace(grid, rows=rows)
