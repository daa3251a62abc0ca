"""The data-quality page's logic, without Streamlit: the submission tracker's counts and tables, the trend
of findings, the units whose self-scores were cut most, the Excel feedback form ("phiếu phản hồi") a
steward sends back to a unit, and the offending rows read back from the exact file the unit sent."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from dashboard.format import vn_date, vn_number, vn_sort_key, vn_sort_keys
from labels import page_quality as txt
from labels import ui
from reports.tables import neutralise

# The states of a tracker cell, worst first (the order of the metrics and of the tables' rows).
STATUSES = ("missing", "rejected", "late", "submitted", "superseded")
SEVERITIES = ("error", "warning")
UNKNOWN_PERIOD = -1


# --- Submission tracker ----------------------------------------------------------------------------
def status_counts(counts: pd.DataFrame) -> dict[str, int]:
    """Owed cells per state (the rows that decide a cell) and files refused or replaced (the other rows),
    from the tracker's rows counted per state (`submission_counts`)."""
    totals = {status: 0 for status in STATUSES}
    for row in counts.itertuples(index=False):
        totals[str(row.status)] = int(row.row_count)
    totals["owed"] = int(counts["current_count"].sum()) if len(counts) else 0
    return totals


def unit_tracker(submissions: pd.DataFrame) -> pd.DataFrame:
    """One row per unit owing a CCHC sheet: its state, the deadline, when it came and the files refused or
    replaced for it; worst state first, then names in Vietnamese order."""
    current = submissions[submissions["is_current"]].copy()
    others = submissions[~submissions["is_current"] & submissions["unit_code"].notna()]
    extra = others.groupby(["unit_code", "status"]).size().unstack(fill_value=0)
    for status in ("rejected", "superseded"):
        current[f"{status}_files"] = (
            current["unit_code"].map(extra[status]).fillna(0).astype(int) if status in extra else 0
        )
    current["status_rank"] = current["status"].map(STATUSES.index)
    current["days_late"] = current["days_late"].map(lambda v: "" if pd.isna(v) else vn_number(int(v)))
    current = _in_name_order(current, "unit_name")
    return current.sort_values("status_rank", kind="stable").reset_index(drop=True)


# The officers × months matrix shows at most this many officers on the page; the files hold them all.
MATRIX_ROWS_SHOWN = 300


def officer_matrix(officers: pd.DataFrame) -> pd.DataFrame:
    """Officers × months of Mẫu 01 (`officer_months`): a symbol per state and a column per month any officer
    owes, officers grouped by desk in Vietnamese order."""
    months = [
        c for c in officers.columns if c.startswith("m") and c[1:].isdigit() and officers[c].notna().any()
    ]
    if officers.empty or not months:
        return pd.DataFrame(columns=["unit_name", "officer_name"])
    matrix = pd.DataFrame({"unit_name": officers["unit_name"], "officer_name": officers["officer_name"]})
    for column in months:
        matrix[txt.COLUMN_MONTH.format(month=int(column[1:]))] = (
            officers[column].map(txt.STATUS_SYMBOLS).fillna("")
        )
    matrix["_desk"] = vn_sort_keys(matrix["unit_name"].tolist())
    matrix["_name"] = vn_sort_keys(matrix["officer_name"].tolist())
    # The code last, so that two officers of one name at one desk keep one order.
    matrix["_code"] = officers["officer_code"]
    ordered = matrix.sort_values(["_desk", "_name", "_code"])
    return ordered.drop(columns=["_desk", "_name", "_code"]).reset_index(drop=True)


def desk_summary(desks: pd.DataFrame) -> pd.DataFrame:
    """Per One-Stop desk (`desk_submissions`): forms owed, handed in on time, late, missing, and files
    refused or replaced, desks in Vietnamese order."""
    counts = [c for c in desks.columns if c.endswith(("_count", "_files"))]
    return _in_name_order(desks.astype({c: int for c in counts}), "unit_name").reset_index(drop=True)


# More deadlines than this for the same unit groups (a year of monthly forms) are written as a range.
DEADLINES_LISTED = 3


def deadline_text(deadlines: pd.DataFrame) -> str:
    """The deadlines of the owed cells (`submission_deadlines`: deadline_date, unit_group), each with the
    unit groups it applies to; a year of monthly deadlines for the same groups as one range."""
    dated = deadlines[deadlines["deadline_date"].notna()]
    if dated.empty:
        return txt.NO_DEADLINE
    by_groups: dict[tuple[str, ...], list[pd.Timestamp]] = {}
    for deadline, rows in dated.groupby("deadline_date"):
        groups = tuple(sorted({ui.GROUP_LABELS.get(g, g) for g in rows["unit_group"].dropna().unique()}))
        by_groups.setdefault(groups, []).append(pd.Timestamp(deadline))
    parts = []
    for groups, days in sorted(by_groups.items(), key=lambda item: item[1][0]):
        names = ", ".join(groups)
        if len(days) > DEADLINES_LISTED:
            parts.append(
                txt.DEADLINE_RANGE_FOR.format(
                    count=len(days),
                    first=vn_date(days[0].date()),
                    last=vn_date(days[-1].date()),
                    groups=names,
                )
            )
        else:
            parts += [txt.DEADLINE_FOR.format(date=vn_date(day.date()), groups=names) for day in days]
    return "; ".join(parts)


def sort_text(value: object) -> tuple:
    """Vietnamese sort key of a name that may be missing."""
    return vn_sort_key("" if value is None or value != value else str(value))


def _in_name_order(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """The frame in Vietnamese order of `column` (vn_sorted, without a lookup per row); ties keep their
    order."""
    keys = vn_sort_keys(frame[column].tolist())
    return frame.iloc[sorted(range(len(frame)), key=keys.__getitem__)]


# --- Findings --------------------------------------------------------------------------------------
def with_names(findings: pd.DataFrame) -> pd.DataFrame:
    """Findings with `unit_key` ("" for a file whose unit is unknown) and the rule's Vietnamese name."""
    return findings.assign(
        unit_key=findings["unit_code"].fillna(""),
        rule_name=findings["rule"].map(lambda r: txt.RULE_NAMES.get(r, r)),
    )


def unit_names(findings: pd.DataFrame) -> dict[str, str]:
    """unit_key → name shown in the filters and on the feedback form."""
    names = findings["unit_name"].where(findings["unit_name"].notna(), findings["unit_code"])
    return {
        key: (txt.NO_UNIT if key == "" else str(name if name == name and name else key))
        for key, name in zip(findings["unit_key"], names, strict=True)
    }


def filter_findings(
    findings: pd.DataFrame, severities: list, units: list, kinds: list, rules: list
) -> pd.DataFrame:
    """The findings matching every non-empty choice (an empty choice keeps all)."""
    keep = pd.Series(True, index=findings.index)
    for column, chosen in (("severity", severities), ("unit_key", units), ("kind", kinds), ("rule", rules)):
        if chosen:
            keep &= findings[column].isin(chosen)
    return findings[keep].reset_index(drop=True)


def highlight_rows(found: OffendingRows, row_column: str):
    """A Styler function: the offending row shaded, its cell outlined, the heading row in bold."""

    def styles(frame: pd.DataFrame) -> pd.DataFrame:
        css = pd.DataFrame("", index=frame.index, columns=frame.columns)
        for index, number in frame[row_column].items():
            if number == found.target_row:
                css.loc[index, :] = "background-color: #FDE9C9"
                if found.target_column in frame.columns:
                    css.loc[index, found.target_column] = (
                        "background-color: #F5B971; font-weight: bold; border: 2px solid #D55E00"
                    )
            elif number == found.header_row:
                css.loc[index, :] = "font-weight: bold; background-color: #EEF3F8"
        return css

    return styles


def trend(counts: pd.DataFrame, period_column: str) -> pd.DataFrame:
    """Findings per period, source and severity, every period present for every source (0 where none),
    so a line does not jump over a period without findings."""
    if counts.empty:
        return counts
    # Refused files often name no year (they could not be read that far): they get a column of their own.
    counts = counts.assign(**{period_column: counts[period_column].fillna(UNKNOWN_PERIOD)})
    periods = sorted(counts[period_column].unique(), key=lambda p: (p == UNKNOWN_PERIOD, str(p)))
    kinds = sorted(counts["kind"].unique())
    full = pd.MultiIndex.from_product(
        [periods, kinds, list(SEVERITIES)], names=[period_column, "kind", "severity"]
    )
    summed = counts.groupby([period_column, "kind", "severity"])["finding_count"].sum()
    return summed.reindex(full, fill_value=0).reset_index()


def trend_span(frame: pd.DataFrame, period_column: str) -> str:
    """The known periods the trend covers, "2018–2025" (or one period)."""
    known = [p for p in frame[period_column].unique() if p != UNKNOWN_PERIOD]
    if not known:
        return txt.UNKNOWN_YEAR
    first, last = period_text(min(known), period_column), period_text(max(known), period_column)
    return first if first == last else txt.TREND_SPAN.format(first=first, last=last)


def trend_figure(frame: pd.DataFrame, period_column: str, title: str, source: str):
    """Bars of findings per period, one colour per source, errors and warnings side by side."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    from dashboard import charts

    fig = make_subplots(
        rows=1, cols=2, subplot_titles=[ui.SEVERITY_LABELS[s] for s in SEVERITIES], horizontal_spacing=0.08
    )
    kinds = list(dict.fromkeys(frame["kind"]))
    for position, kind in enumerate(kinds):
        for col, severity in enumerate(SEVERITIES, start=1):
            part = frame[(frame["kind"] == kind) & (frame["severity"] == severity)]
            fig.add_trace(
                go.Bar(
                    x=[period_text(p, period_column) for p in part[period_column]],
                    y=part["finding_count"],
                    name=ui.KIND_LABELS.get(kind, kind),
                    legendgroup=kind,
                    showlegend=col == 1,
                    marker_color=charts.PALETTE[position % len(charts.PALETTE)],
                    hovertemplate=txt.TREND_HOVER,
                ),
                row=1,
                col=col,
            )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title_text=txt.AXIS_FINDINGS, col=1)
    fig.update_xaxes(type="category")
    styled = charts.styled(fig, title, source, height=520)
    # Two rows of legend above two subplot titles: the title pinned to the top so that none covers it.
    styled.update_layout(
        margin={"t": 160}, legend={"y": 1.1}, title={"y": 0.98, "yanchor": "top", "yref": "container"}
    )
    return styled


def period_text(value: object, period_column: str) -> str:
    """A period of the trend's axis: "2024", "03/2024", or the refused files' unknown year."""
    if value == UNKNOWN_PERIOD:
        return txt.UNKNOWN_YEAR
    if period_column == "attempted_month":
        stamp = pd.Timestamp(value)
        return f"{stamp.month:02d}/{stamp.year}"
    return str(int(value))


# --- Self-assessment against appraisal -------------------------------------------------------------
def largest_cuts(index: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """Units whose self-assessed points the appraisal cut the most (points, and share of what they
    claimed), among units with an appraisal; ties by name."""
    appraised = index[
        index["has_appraisal"] & index["self_points"].notna() & index["appraised_points"].notna()
    ]
    if appraised.empty:
        return appraised.assign(cut_points=[], cut_pct=[])
    frame = appraised.assign(
        cut_points=(appraised["self_points"] - appraised["appraised_points"]).round(2),
        cut_pct=(
            (appraised["self_points"] - appraised["appraised_points"]) / appraised["self_points"] * 100
        ).round(2),
    )
    frame = _in_name_order(frame, "unit_name")
    frame = frame.sort_values("cut_points", ascending=False, kind="stable")
    return frame[frame["cut_points"] > 0].head(top).reset_index(drop=True)


def cuts_figure(frame: pd.DataFrame, title: str, source: str):
    """Self-assessed against appraised points of the units cut the most, largest cut on top."""
    import plotly.graph_objects as go

    from dashboard import charts

    ordered = frame.iloc[::-1]
    fig = go.Figure()
    for column, name, colour in (
        ("self_points", txt.SELF_POINTS, charts.PALETTE[1]),
        ("appraised_points", txt.APPRAISED_POINTS, charts.PALETTE[0]),
    ):
        fig.add_trace(
            go.Bar(
                y=ordered["unit_name"],
                x=ordered[column],
                name=name,
                orientation="h",
                marker_color=colour,
                customdata=[vn_number(v, 2) for v in ordered["cut_points"]],
                hovertemplate=txt.CUTS_HOVER,
            )
        )
    fig.update_layout(barmode="group")
    fig.update_xaxes(title_text=txt.AXIS_POINTS)
    return charts.styled(fig, title, source, height=120 + 48 * len(frame))


# --- The feedback form sent back to a unit ---------------------------------------------------------
_WIDTHS = {"A": 6, "B": 38, "C": 18, "D": 9, "E": 11, "F": 90}


def feedback_workbook(title: str, subtitle: str, findings: pd.DataFrame) -> bytes:
    """An Excel "phiếu phản hồi": a title naming the unit and period, then one row per finding with the
    file, sheet, cell, severity in Vietnamese and the message (which already says how to fix it)."""
    book = Workbook()
    sheet = book.active
    sheet.title = txt.FEEDBACK_SHEET
    # Every text goes in neutralised: a message quoting a unit's cell "=HYPERLINK(…)" stays text.
    sheet["A1"] = neutralise(title)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = neutralise(subtitle)
    sheet["A2"].font = Font(italic=True)
    header_row = 4
    for col, heading in enumerate(txt.FEEDBACK_HEADERS, start=1):
        cell = sheet.cell(row=header_row, column=col, value=heading)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ordered = findings.assign(_rank=findings["severity"].map(SEVERITIES.index)).sort_values(
        ["_rank", "file_name", "sheet_name", "row_number"], kind="stable", na_position="last"
    )
    for offset, row in enumerate(ordered.itertuples(index=False), start=1):
        values = [
            offset,
            row.file_name,
            _text(row.sheet_name),
            _text(row.cell),
            ui.SEVERITY_LABELS.get(row.severity, row.severity),
            row.message,
        ]
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=header_row + offset, column=col, value=neutralise(value))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in _WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def feedback_file_name(unit_code: str | None, period: str) -> str:
    """An ASCII file name for the download: browsers and mail clients mangle diacritics in names."""
    slug = re.sub(r"[^A-Za-z0-9-]+", "_", f"{unit_code or 'chua_ro_don_vi'}_{period}").strip("_")
    return f"phieu_phan_hoi_{slug}.xlsx"


def _text(value: object) -> str:
    return "" if value is None or value != value else str(value)


# --- The offending rows, read back from the stored file --------------------------------------------
@dataclass(frozen=True)
class OffendingRows:
    """Rows of one sheet as they were in the file: `rows` has a "row" column (spreadsheet row or CSV line)
    and one column per spreadsheet column letter; `target_row` and `target_column` mark the finding."""

    rows: pd.DataFrame
    target_row: int
    target_column: str | None
    header_row: int | None


def optional_int(value: object) -> int | None:
    """A row number that may be missing (None, NaN or pandas' NA) as an int or None."""
    return None if value is None or pd.isna(value) else int(value)


_CELL = re.compile(r"^([A-Z]{1,3})(\d+)$")


def cell_column(cell: str | None) -> str | None:
    """The column letters of a cell reference ("D9" → "D")."""
    match = _CELL.match(str(cell or "").strip().upper())
    return match.group(1) if match else None


def read_offending_rows(
    path: Path,
    sheet_name: str | None,
    row_number: int,
    cell: str | None = None,
    header_row: int | None = None,
    context: int = 1,
) -> OffendingRows:
    """The finding's row with `context` rows either side, and the heading row when known, read from the
    stored file (xlsx, xls, ods through calamine; CSV and other text line by line, stopping at the row).
    Raises OSError or ValueError when the file or sheet cannot be read."""
    first = max(1, row_number - context)
    last = row_number + context
    wanted = set(range(first, last + 1))
    if header_row and header_row < first:
        wanted.add(header_row)
    head = Path(path).read_bytes()[:512]
    if head.startswith(b"PK") or head.startswith(bytes.fromhex("D0CF11E0")):
        grid = _spreadsheet_rows(Path(path), sheet_name, max(wanted))
    elif b"<" in head[:64] and b"<table" in Path(path).read_bytes()[:65536].lower():
        grid = _html_rows(Path(path), sheet_name)
    else:
        grid = _text_rows(Path(path), max(wanted))
    records = [[number, *grid[number - 1]] for number in sorted(wanted) if number <= len(grid)]
    width = max((len(r) - 1 for r in records), default=0)
    letters = [get_column_letter(i) for i in range(1, width + 1)]
    frame = pd.DataFrame(
        [[r[0], *[_cell_text(v) for v in r[1:]], *[""] * (width - len(r) + 1)] for r in records],
        columns=["row", *letters],
    )
    return OffendingRows(frame, row_number, cell_column(cell), header_row)


def _spreadsheet_rows(path: Path, sheet_name: str | None, last: int) -> list[list[object]]:
    """Rows 1..last of a stored workbook, read by the loader's sandboxed reader: a stored file is still
    untrusted, and a crafted one can abort the reading process (python-calamine on a huge sheet)."""
    from etl.readers import ReadError, read_workbook

    try:
        book = read_workbook(path, isolated=True)
    except ReadError as exc:
        raise ValueError(exc.message) from exc
    names = [sheet.name for sheet in book.sheets]
    name = (
        sheet_name
        if sheet_name in names
        else (names[0] if names and sheet_name in (None, "", "CSV") else None)
    )
    if name is None:
        raise ValueError(sheet_name)
    rows = next(sheet.rows for sheet in book.sheets if sheet.name == name)
    return [list(r) for r in rows[:last]]


def _html_rows(path: Path, sheet_name: str | None) -> list[list[object]]:
    # A portal's ".xls" that is an HTML table: the loader's own reader knows its quirks.
    from etl.readers import read_workbook

    sheets = read_workbook(path, isolated=False).sheets
    chosen = next((s for s in sheets if s.name == sheet_name), sheets[0] if sheets else None)
    if chosen is None:
        raise ValueError(sheet_name)
    return chosen.rows


def _text_rows(path: Path, last: int) -> list[list[object]]:
    raw = path.read_bytes()
    text = _decode(raw)
    lines = text.splitlines()[:last]
    sample = "\n".join(lines[:5])
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    return [next(csv.reader([line], delimiter=delimiter), []) for line in lines]


def _decode(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Windows-1258 writes tones as combining marks: composed again for display.
            text = raw.decode("cp1258", errors="replace")
    return unicodedata.normalize("NFC", text)


def _cell_text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        return vn_number(value, 2).rstrip("0").rstrip(",") if value != int(value) else str(int(value))
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return str(value)


# --- Data Docs -------------------------------------------------------------------------------------
def zip_folder(folder: Path) -> bytes:
    """The Data Docs folder as one zip, for auditors who open index.html without a server."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in sorted(folder.rglob("*")):
            if item.is_file():
                archive.write(item, item.relative_to(folder).as_posix())
    return buffer.getvalue()
