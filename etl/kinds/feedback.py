"""Citizens' ratings of One-Stop officers (kind `feedback`, Mẫu 02): kiosk and portal exports.

Exports reach millions of rows, so the rows never become Python objects one by one: a CSV is read by
DuckDB straight into Arrow columns (the reader process only looked at its first lines to recognise
it), a sheet's rows become Arrow columns, and one SQL statement checks every row and writes the
checked table the loader inserts raw_feedback from; one more pass counts it, and the refused rows are
set aside with their cells for raw_rejected_row.
What varies from row to row but has few distinct values (officers, units, levels) is matched in
Python once per distinct value and joined back.

A bad row (unknown officer, unreadable or impossible time, unreadable level) does not sink the file:
it goes to raw_rejected_row with its line and a Vietnamese message, and the rest loads; loaded +
rejected = the file's rows. The same rating in overlapping exports is kept and counted once by
stg_feedback.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import count, islice
from pathlib import Path

import numpy as np
import pyarrow as pa

from etl import readers
from etl.findings import place_prefix
from etl.kinds.base import Context, Located, Parsed, column_rows, data_rows, locate
from etl.kinds.registry import OfficerRegistry, UnitRegistry
from etl.layouts import FEEDBACK, SATISFACTION_TEXTS
from etl.readers import Workbook, column_letter
from etl.text import fold
from labels import msg

LAYOUT = FEEDBACK
TABLES = ("raw_feedback", "raw_rejected_row", "raw_feedback_copy_file")

# The columns of the input table every path produces, in this order after line_number.
_FIELDS = ("rated_at", "dossier_code", "unit_code", "unit_name", "officer_code", "officer_name", "procedure",
           "level", "attitude", "guidance", "timeliness", "comment")  # fmt: skip
# The input fields raw_feedback takes as written; the others are kept for refused rows only.
_LOADED_FIELDS = ("dossier_code", "procedure", "level", "comment")
_ASPECTS = {"attitude": "attitude_level", "guidance": "guidance_level", "timeliness": "timeliness_level"}
# Time formats exports use, day first; DuckDB tries them in order.
_TIME_FORMATS = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S",
                 "%Y-%m-%d %H:%M", "%Y-%m-%d", "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y",
                 "%d.%m.%Y %H:%M:%S", "%d.%m.%Y", "%H:%M:%S %d/%m/%Y", "%H:%M %d/%m/%Y", "%Y-%m-%d %H:%M:%S.%f")  # fmt: skip
# Written like a date (day, month, year in digits) but not one that exists: 31/02, 00/13.
_DATE_SHAPED = r"^\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})"
_NUMERIC_LEVEL = re.compile(r"^\s*([1-5])(?:[.,]0+)?\s*$")
_SCALE_HINT = re.compile(r"1\s*[-–]\s*([35])\b")
# Levels by position on each scale, from the top.
_SCALE_LEVELS = {
    5: ("rat_hai_long", "hai_long", "binh_thuong", "khong_hai_long", "rat_khong_hai_long"),
    3: ("rat_hai_long", "hai_long", "khong_hai_long"),
}
_names = count()


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Check an export and stage its ratings in temporary tables that the loader inserts from."""
    sink = ctx.sink
    located = locate(workbook, LAYOUT, sink)
    if located is None:
        return None
    columns = located.header.columns
    if "officer_code" not in columns and "officer_name" not in columns:
        sink.error(
            "feedback.no_officer_column",
            sheet=located.sheet.name,
            cell=f"A{located.header.row_index + 1}",
            row=located.header.row_index + 1,
        )
        return None
    stem = f"_feedback_{next(_names)}_{ctx.file_sha256[:12]}"
    staged = _Staging(ctx, located, stem)
    try:
        if workbook.file_format == "csv" and ctx.path is not None:
            staged.from_csv(ctx.path, workbook)
        else:
            staged.from_rows()
        if sink.has_errors:
            staged.drop()
            return None
        parsed = staged.check()
        staged.release_input()  # the loader inserts from the checked rows only
    except BaseException:
        staged.drop()
        raise
    if parsed is None:
        staged.drop()
    return parsed


class _Staging:
    """The staging of one file: its rows as read (`<stem>_in`, an Arrow table the connection scans: held
    in memory without being written again), then as checked (`<stem>_ok`, a temporary table)."""

    def __init__(self, ctx: Context, located: Located, stem: str) -> None:
        self.ctx = ctx
        self.con = ctx.con
        self.located = located
        self.stem = stem
        self.tables: list[str] = []
        # Arrow tables registered on the connection (the rows as read), unregistered once checked.
        self.views: list[str] = []
        self.read_rows = 0
        # Rows refused before any check: a CSV line with more cells than the header.
        self.shape_rejects: list[dict[str, object]] = []
        self.sheet = located.sheet.name
        self.letters = {name: column_letter(col) for name, col in located.header.columns.items()}

    # --- Reading --------------------------------------------------------------------------------
    def from_csv(self, path: Path, workbook: Workbook) -> None:
        """DuckDB reads the file; line numbers are exact when every record is one line (checked), else
        the file is read again in Python, slower but exact."""
        source = path
        encoding = (workbook.encoding or "utf-8").lower()
        if encoding not in ("utf-8", "utf-8-sig", "ascii"):
            source = self._utf8_copy(path, encoding)
        header_lines = self.located.header.row_index + 1
        with source.open("rb") as handle:
            head = handle.read(8)
        skip = header_lines
        data_start = 3 if head[:3] == b"\xef\xbb\xbf" else 0
        if head[data_start : data_start + 4].lower() == b"sep=":
            skip += 1  # Excel's "sep=;" line, which the reader took away
        # The loader counted the file's lines while hashing it; a converted copy's are counted on another
        # thread while DuckDB reads it (both leave the GIL free).
        lines = self.ctx.lines if source == path else None
        if lines is not None:
            self._stage_csv(source, workbook, skip)
        else:
            with ThreadPoolExecutor(max_workers=1) as counter:
                counted = counter.submit(readers.count_lines, source)
                self._stage_csv(source, workbook, skip)
                lines = counted.result()
        rows = self.read_rows
        rejected = self.con.execute(f"select count(distinct line) from {self.stem}_rejects").fetchone()[0]
        if rejected or lines != skip + rows:
            self.release_input()
            data = source.read_bytes()  # the reader refuses files over MAX_FILE_BYTES (300 MB)
            names = [f"c{i}" for i in range(self._width())]
            self._stage_python(
                data.decode("utf-8-sig", errors="replace"), skip, workbook.delimiter or ",", names
            )
        if source != path:
            source.unlink(missing_ok=True)

    def _width(self) -> int:
        header_cells = self.located.sheet.rows[self.located.header.row_index]
        return max((i + 1 for i, v in enumerate(header_cells) if v is not None), default=1)

    def _stage_csv(self, source: Path, workbook: Workbook, skip: int) -> None:
        """`<stem>_in` straight from DuckDB's reader; malformed records go to `<stem>_rejects`."""
        names = [f"c{i}" for i in range(self._width())]
        rejects, scan = f"{self.stem}_rejects", f"{self.stem}_scan"
        columns = "{" + ", ".join(f"'{n}': 'VARCHAR'" for n in names) + "}"
        delimiter = (workbook.delimiter or ",").replace("'", "''")
        self.tables += [rejects, scan]
        self._stage(
            f"select * from read_csv('{str(source).replace(chr(39), chr(39) * 2)}', delim = '{delimiter}',"
            f" quote = '\"', escape = '\"', header = false, skip = {skip}, columns = {columns},"
            f" auto_detect = false, strict_mode = true, store_rejects = true, rejects_table = '{rejects}', rejects_scan = '{scan}')",
            names,
            first_line=skip + 1,
        )

    def _utf8_copy(self, path: Path, encoding: str) -> Path:
        """A UTF-8 copy of a Windows-1258 or UTF-16 export, tone marks composed, for DuckDB to read."""
        target = Path(tempfile.mkstemp(prefix="feedback-", suffix=".csv")[1])
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        with path.open("rb") as source, target.open("w", encoding="utf-8", newline="") as out:
            while chunk := source.read(1 << 22):
                out.write(unicodedata.normalize("NFC", decoder.decode(chunk)))
            out.write(unicodedata.normalize("NFC", decoder.decode(b"", final=True)))
        return target

    def _stage_python(self, text: str, skip: int, delimiter: str, names: list[str]) -> None:
        """Read an irregular CSV (records over several lines, blank lines, ragged rows) with exact lines."""
        import csv
        import io

        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
        width = len(names)
        lines: list[int] = []
        columns: list[list[object]] = [[] for _ in names]
        start = 1
        for record in reader:
            line, start = start, reader.line_num + 1
            if line <= skip or not any(cell.strip() for cell in record):
                continue
            if len(record) > width and any(cell.strip() for cell in record[width:]):
                self.shape_rejects.append(
                    self._reject_row(
                        line,
                        "feedback.row.too_many_cells",
                        delimiter.join(record),
                        count=len(record),
                        width=width,
                    )
                )
                continue
            lines.append(line)
            for index in range(width):
                value = record[index] if index < len(record) else None
                columns[index].append(value if value else None)
        self._stage_arrow(lines, columns, names)

    def from_rows(self) -> None:
        """A sheet's rows (Excel, HTML, a short CSV) as columns; the line is the spreadsheet row."""
        rows = self.located.sheet.rows
        start = self.located.header.data_start
        width = max((len(row) for row in rows[start:]), default=0)
        names = [f"c{i}" for i in range(width)]
        lines: list[int] = []
        columns: list[list[object]] = [[] for _ in names]
        for index in range(start, len(rows)):
            row = rows[index]
            if not any(v is not None and (not isinstance(v, str) or v.strip()) for v in row):
                continue
            lines.append(index + 1)
            for col in range(width):
                columns[col].append(_as_text(row[col]) if col < len(row) else None)
        self._stage_arrow(lines, columns, names)

    def _stage_arrow(self, lines: list[int], columns: list[list[object]], names: list[str]) -> None:
        """`<stem>_in` from columns read in Python: the fields the header names, empty for the others."""
        fields = self.located.header.columns
        present = {name: fields[name] for name in _FIELDS if name in fields and fields[name] < len(names)}
        rows = {"line_number": pa.array(lines, pa.int64())}
        for name in _FIELDS:
            rows[name] = (
                pa.array(columns[present[name]], pa.string())
                if name in present
                else pa.nulls(len(lines), pa.string())
            )
        self._register(pa.table(rows))

    def _stage(self, select: str, names: list[str], first_line: int) -> None:
        """`<stem>_in`: line_number and one text column per field, from a select of c0, c1, … whose rows
        are the file's records in order, one line each from `first_line` (from_csv checks it)."""
        fields = self.located.header.columns
        picks = ", ".join(
            f"c{fields[name]} as {name}" if name in fields and fields[name] < len(names) else f"null::varchar as {name}"
            for name in _FIELDS
        )  # fmt: skip
        # Held as Arrow rather than a temporary table: the rows as read are scanned a few times and
        # never change, and writing them into a table costs a third of the whole load.
        rows = self.con.sql(f"select {picks} from ({select})").to_arrow_table()
        # DuckDB keeps the file's order (preserve_insertion_order), so a record's place is its line. Numbered
        # here rather than by row_number() over (), a window that made the parallel reader run on one thread.
        lines = np.arange(first_line, first_line + rows.num_rows, dtype=np.int64)
        self._register(rows.add_column(0, "line_number", pa.array(lines)))

    def _register(self, rows: pa.Table) -> None:
        name = f"{self.stem}_in"
        self.con.register(name, rows)
        self.views.append(name)
        self.read_rows = rows.num_rows

    def release_input(self) -> None:
        """Let go of the rows as read."""
        if self.views:
            # DuckDB changes a registration only once no result is half read (a `fetchone()` leaves one).
            self.con.complete()
        for name in self.views:
            self.con.unregister(name)
        self.views.clear()

    # --- Checking -------------------------------------------------------------------------------
    def check(self) -> Parsed | None:
        ctx, con, sink = self.ctx, self.con, self.ctx.sink
        inputs = f"{self.stem}_in"
        total = self.read_rows + len(self.shape_rejects)
        if total == 0:
            sink.error("file.no_rows", sheet=self.sheet)
            return None
        officers, units = self._registries()
        levels, scale, inferred = self._levels(inputs)
        if sink.has_errors:
            return None
        maps = self._maps(inputs, officers, units, levels)
        checked = f"{self.stem}_ok"
        self.tables.append(checked)
        formats = "[" + ", ".join(f"'{f}'" for f in _TIME_FORMATS) + "]"
        joins = self._joins(maps)
        # One pass computes every row's problem. The table written once keeps only what raw_feedback takes
        # (a column of nulls for every row, such as an aspect the export lacks, cost as much to write as a
        # column of text); the cells a refusal quotes are set aside for the refused rows below. Each
        # problem's own test (trimming a cell) runs only on rows whose lookup already failed.
        aspects = [f"{field}_code" for field in _ASPECTS if field in self.located.header.columns]
        con.execute(
            f"""
            create temp table {checked} as
            with parsed as (
                select
                    i.line_number,
                    {", ".join("i." + f for f in _FIELDS)},
                    -- trim(rated_at) is written once: said twice, the planner computes it for every row
                    -- beforehand, which cost more than the parse, instead of for the few the first format
                    -- misses (a cast to double takes the spaces trim removes).
                    coalesce(
                        try_strptime(i.rated_at, '{self._time_format()}'),
                        try_strptime(trim(i.rated_at), {formats}),
                        case when regexp_full_match(i.rated_at, ' *\\d{{5}}([.,]\\d+)? *')
                            then timestamp '1899-12-30'
                                + to_microseconds(cast(round(cast(replace(i.rated_at, ',', '.') as double) * 86400e6) as bigint))
                        end
                    ) as rated_ts,
                    {joins.columns}
                from {inputs} as i
                {joins.clauses}
                where coalesce({", ".join("i." + f for f in _FIELDS)}) is not null
            ),
            checked as (
                select
                    p.*,
                    coalesce(p.matched_unit, a.unit_code) as unit_final,
                    case
                        when p.rated_ts is null then case
                            when nullif(trim(p.rated_at), '') is null then 'feedback.row.time_missing'
                            when regexp_matches(p.rated_at, '{_DATE_SHAPED}') then 'feedback.row.time_impossible'
                            else 'feedback.row.time_unreadable'
                        end
                        when p.matched_officer is null then case
                            when coalesce(nullif(trim(p.officer_code), ''), nullif(trim(p.officer_name), '')) is null
                                then 'feedback.row.officer_missing'
                            else coalesce(p.officer_problem, 'feedback.row.officer_unknown')
                        end
                        when p.level_code is null then case
                            when nullif(trim(p.level), '') is null then 'feedback.row.level_missing'
                            else 'feedback.row.level_unreadable'
                        end
                    end as problem
                from parsed as p
                -- The desk at the time of the rating, for rows whose export names no desk it knows.
                left join {maps}_assignment as a
                    on a.officer_code = case when p.matched_unit is null then p.matched_officer end
                    and cast(p.rated_ts as date) between a.valid_from and a.valid_to
            )
            select
                line_number, rated_ts, matched_officer, unit_final, level_code, {"".join(a + ", " for a in aspects)}
                problem, {", ".join(_LOADED_FIELDS)}
            from checked
            """
        )
        refused = self._set_aside_refused(checked, inputs)
        summary = self._summary(checked)
        rows = {problem or "": figures.rows for problem, figures in summary.items()}
        accepted = summary.get(None)
        loaded = rows.pop("", 0)
        rejected = sum(rows.values()) + len(self.shape_rejects)
        if loaded == 0:
            sink.error("feedback.no_good_rows", sheet=self.sheet, rejected=rejected)
            self._report_examples(refused, limit=10)
            return None
        assert accepted is not None
        if inferred:
            sink.warning(
                "feedback.scale_inferred", sheet=self.sheet, scale=scale, column=self._header("level")
            )
        if rejected:
            reasons = "; ".join(f"{msg(code + '.short')}: {n}" for code, n in sorted(rows.items()))
            if self.shape_rejects:
                reasons = "; ".join(
                    filter(
                        None,
                        [reasons, f"{msg('feedback.row.too_many_cells.short')}: {len(self.shape_rejects)}"],
                    )
                )
            sink.warning(
                "feedback.rows_rejected", sheet=self.sheet, rejected=rejected, total=total, reasons=reasons
            )
            self._report_examples(refused, limit=5)
        copy_files = self._report_repeats(checked, accepted)
        first, last = accepted.first, accepted.last
        return Parsed(
            tables={
                "raw_rejected_row": self.shape_rejects,
                "raw_feedback_copy_file": [{"file_sha256": sha} for sha in copy_files],
            },
            columns=column_rows(ctx.file_sha256, self.located),
            bulk={"raw_feedback": self._feedback_select(checked, scale), "raw_rejected_row": self._rejected_select(refused)},
            temporary=list(self.tables),
            rows_loaded=loaded,
            rows_rejected=rejected,
            year=first.year if first and first.year == last.year else None,
            period=f"{first:%Y-%m}…{last:%Y-%m}" if first else None,
            unit_codes=frozenset(accepted.units),
        )  # fmt: skip

    def _set_aside_refused(self, checked: str, inputs: str) -> str:
        """`<stem>_refused`: the refused rows with their problem and every cell as read, which their
        messages quote (an empty table, found at once, when every row passed)."""
        refused = f"{self.stem}_refused"
        self.tables.append(refused)
        self.con.execute(
            f"create temp table {refused} as select c.problem, i.* from {checked} as c"
            f" inner join {inputs} as i using (line_number) where c.problem is not null"
        )
        return refused

    def _summary(self, checked: str) -> dict[str | None, _Figures]:
        """Per problem (None: the rows that load) the rows, first and last time, desks, and how many
        distinct ratings the rows may hold at most: one pass over the checked rows."""
        found = self.con.execute(
            f"select problem, count(*), min(rated_ts), max(rated_ts),"
            f" list(distinct unit_final) filter (where unit_final is not null),"
            f" count(distinct hash(dossier_code, matched_officer, rated_ts))"
            f" from {checked} group by problem"
        ).fetchall()
        return {
            problem: _Figures(rows, first, last, tuple(units or ()), hashes)
            for problem, rows, first, last, units, hashes in found
        }

    def _registries(self) -> tuple[OfficerRegistry, UnitRegistry]:
        """The officer and unit registries, once per load session (shared with officer forms)."""
        ctx = self.ctx
        officers = ctx.reference(("officer_form", "officers"), lambda: OfficerRegistry.load(ctx.con))
        return officers, ctx.reference("units", lambda: UnitRegistry(ctx.con))

    def _levels(self, inputs: str) -> tuple[dict[str, str | None], int, bool]:
        """Each distinct level text (overall and per aspect) → level code, the file's scale, and
        whether the scale was inferred from the numbers alone."""
        con = self.con
        written = [
            row[0]
            for row in con.execute(
                f"select distinct v from (select level as v from {inputs} union all select attitude from {inputs}"
                f" union all select guidance from {inputs} union all select timeliness from {inputs}) where v is not null"
            ).fetchall()
        ]
        by_text = {fold(alias): code for code, aliases in SATISFACTION_TEXTS.items() for alias in aliases}
        texts = {w: by_text.get(fold(w)) for w in written}
        numbers = {w: int(m.group(1)) for w in written if (m := _NUMERIC_LEVEL.match(w))}
        five_words = any(code in ("binh_thuong", "rat_khong_hai_long") for code in texts.values())
        scale = self.ctx.options.scale
        inferred = False
        if scale is None:
            hint = _SCALE_HINT.search(fold(self._header("level")))
            if hint:
                scale = int(hint.group(1))
            elif numbers:
                scale = 5 if max(numbers.values()) > 3 or five_words else 3
                inferred = True
            else:
                scale = 5 if five_words else 3
        levels: dict[str, str | None] = {}
        for text_value in written:
            if not text_value.strip():
                levels[text_value] = None  # blank: the check calls it missing
            elif texts.get(text_value):
                levels[text_value] = texts[text_value]
            elif text_value in numbers and numbers[text_value] <= scale:
                levels[text_value] = _SCALE_LEVELS[scale][scale - numbers[text_value]]
            else:
                levels[text_value] = None
        return levels, scale, inferred

    def _maps(
        self,
        inputs: str,
        officers: OfficerRegistry,
        units: UnitRegistry,
        levels: dict[str, str | None],
    ) -> str:
        """Small tables mapping each distinct written value to what it means: `<stem>_map_*`."""
        con = self.con
        prefix = f"{self.stem}_map"
        codes = [
            r[0]
            for r in con.execute(
                f"select distinct officer_code from {inputs} where officer_code is not null"
            ).fetchall()
        ]
        officer_code_rows = []
        for written in codes:
            # A blank cell matches nobody: the check calls it missing, not unknown.
            officer = officers.by_code(written) if written.strip() else None
            code = officer.code if officer else None
            officer_code_rows.append((written, code, None if code else "feedback.row.officer_unknown"))
        unit_texts = [
            r[0]
            for r in con.execute(
                f"select distinct coalesce(unit_code, unit_name) from {inputs} where coalesce(unit_code, unit_name) is not null"
            ).fetchall()
        ]
        unit_rows = []
        unit_of: dict[str, str | None] = {}
        for written in unit_texts:
            found = units.lookup(written)
            unit_of[written] = found[0].code if len(found) == 1 else None
            unit_rows.append((written, unit_of[written]))
        name_rows = []
        pairs = con.execute(
            f"select distinct officer_name, coalesce(unit_code, unit_name) from {inputs} where officer_code is null and officer_name is not null"
        ).fetchall()
        for name, unit_written in pairs:
            candidates = officers.by_name(name) if name.strip() else []
            unit_code = unit_of.get(unit_written) if unit_written else None
            if len(candidates) > 1 and unit_code:
                held = [o for o in candidates if any(a.unit_code == unit_code for a in o.assignments)]
                candidates = held or candidates
            if len(candidates) == 1:
                name_rows.append((name, unit_written, candidates[0].code, None))
            else:
                problem = "feedback.row.officer_ambiguous" if candidates else "feedback.row.officer_unknown"
                name_rows.append((name, unit_written, None, problem))
        self._table(
            f"{prefix}_officer_code",
            {
                "written": [r[0] for r in officer_code_rows],
                "officer_code": [r[1] for r in officer_code_rows],
                "problem": [r[2] for r in officer_code_rows],
            },
        )
        self._table(
            f"{prefix}_officer_name",
            {
                "written": [r[0] for r in name_rows],
                "unit_written": [r[1] for r in name_rows],
                "officer_code": [r[2] for r in name_rows],
                "problem": [r[3] for r in name_rows],
            },
        )
        self._table(
            f"{prefix}_unit", {"written": [r[0] for r in unit_rows], "unit_code": [r[1] for r in unit_rows]}
        )
        self._table(f"{prefix}_level", {"written": list(levels), "level": list(levels.values())})
        self.tables.append(f"{prefix}_assignment")
        con.execute(
            f"create temp table {prefix}_assignment as select officer_code, unit_code,"
            " coalesce(valid_from_date, date '1900-01-01') as valid_from,"
            " coalesce(valid_to_date, date '9999-12-31') as valid_to from stg_officer"
        )
        procedures = [
            r[0]
            for r in con.execute(
                f"select distinct procedure from {inputs} where procedure is not null"
            ).fetchall()
        ]
        self.procedure_expr = (
            "c.procedure"
            if all(unicodedata.is_normalized("NFC", t) for t in procedures)
            else "nfc_normalize(c.procedure)"
        )
        return prefix  # fmt: skip

    def _table(self, name: str, columns: dict[str, list[object]]) -> None:
        batch = pa.table({key: pa.array(values, pa.string()) for key, values in columns.items()})
        self.con.register(f"{name}_arrow", batch)
        try:
            self.con.execute(f"create temp table {name} as select * from {name}_arrow")
        finally:
            self.con.unregister(f"{name}_arrow")
        self.tables.append(name)

    def _time_format(self) -> str:
        """The format the export's first times are written in, tried before all the others."""
        column = self.located.header.columns["rated_at"]
        # As the check sees them (a sheet's dates become text), and only the first rows: a sheet holds
        # every row in memory, and looking at all of them cost more than the check itself.
        written = (
            _as_text(cells[column]) if len(cells) > column else None for _, cells in data_rows(self.located)
        )
        sample = list(islice((value.strip() for value in written if value and value.strip()), 50))
        for candidate in _TIME_FORMATS:
            try:
                for value in sample:
                    dt.datetime.strptime(value, candidate)
            except ValueError:
                continue
            if sample:
                return candidate
        return _TIME_FORMATS[0]

    def _joins(self, maps: str) -> _Joins:
        """The lookups of the check, only for the columns the export has: a join on a column that is
        always empty costs a pass over every row for nothing."""
        present = self.located.header.columns
        columns: list[str] = []
        clauses: list[str] = []
        officer, problem = [], []
        if "officer_code" in present:
            clauses.append(f"left join {maps}_officer_code as oc on oc.written = i.officer_code")
            officer.append("oc.officer_code")
            problem.append("oc.problem")
        if "officer_name" in present:
            clauses.append(
                f"left join {maps}_officer_name as onm on i.officer_code is null and onm.written = i.officer_name"
                " and onm.unit_written is not distinct from coalesce(i.unit_code, i.unit_name)"
            )
            officer.append("onm.officer_code")
            problem.append("onm.problem")
        columns.append(f"coalesce({', '.join(officer)}, null) as matched_officer")
        columns.append(f"coalesce({', '.join(problem)}, null) as officer_problem")
        if "unit_code" in present or "unit_name" in present:
            clauses.append(f"left join {maps}_unit as u on u.written = coalesce(i.unit_code, i.unit_name)")
            columns.append("u.unit_code as matched_unit")
        else:
            columns.append("null::varchar as matched_unit")
        clauses.append(f"left join {maps}_level as l on l.written = i.level")
        columns.append("l.level as level_code")
        for number, (field_name, alias) in enumerate(
            (("attitude", "attitude_code"), ("guidance", "guidance_code"), ("timeliness", "timeliness_code")),
            1,
        ):
            if field_name in present:
                clauses.append(f"left join {maps}_level as a{number} on a{number}.written = i.{field_name}")
                columns.append(f"a{number}.level as {alias}")
            else:
                columns.append(f"null::varchar as {alias}")
        return _Joins(",\n".join(columns), "\n".join(clauses))

    def _feedback_select(self, checked: str, scale: int) -> str:
        sha = self.ctx.file_sha256
        return f"""
            select
                '{sha}' as file_sha256,
                c.line_number,
                c.rated_ts as rated_at,
                c.dossier_code,
                c.unit_final as unit_code,
                c.matched_officer as officer_code,
                {self.procedure_expr} as procedure_text,
                c.level_code as level,
                {scale} as scale,
                c.level as level_text,
                {self._aspect("attitude")} as attitude_level,
                {self._aspect("guidance")} as guidance_level,
                {self._aspect("timeliness")} as timeliness_level,
                nfc_normalize(c.comment) as comment_text
            from {checked} as c
            where c.problem is null
        """

    def _aspect(self, field_name: str) -> str:
        """An aspect's level as checked, or null when the export has no such column."""
        return f"c.{field_name}_code" if field_name in self.located.header.columns else "null"

    def _rejected_select(self, refused: str) -> str:
        """Each refused row with its message: file, sheet, cell, what is wrong and the fix."""
        sha = self.ctx.file_sha256
        cases = []
        for code in _ROW_PROBLEMS:
            field_name = self._field_of(code)
            template = self._row_message(code, field_name).replace("'", "''")
            letter = self.letters.get(field_name, "A")
            cases.append(
                f"when '{code}' then replace(replace('{template}', '{{cell}}', '{letter}' || c.line_number),"
                f" '{{value}}', coalesce(c.{field_name}, ''))"
            )
        raw = " || ' | ' || ".join(
            f"coalesce(c.{name}, '')" for name in _FIELDS if name in self.located.header.columns
        )
        return f"""
            select
                '{sha}' as file_sha256,
                c.line_number,
                c.problem as rule,
                case c.problem {" ".join(cases)} end as message,
                {raw or "''"} as raw_text
            from {refused} as c
        """

    def _row_message(self, code: str, field_name: str) -> str:
        prefix = place_prefix(self.ctx.file_name, self.sheet, "{cell}")
        return f"{prefix}{msg(code, column=self._header(field_name), value='{value}')}"

    def _reject_row(self, line: int, code: str, raw: str, **values: object) -> dict[str, object]:
        where = place_prefix(self.ctx.file_name, self.sheet, f"A{line}")
        return {
            "file_sha256": self.ctx.file_sha256,
            "line_number": line,
            "rule": code,
            "message": where + msg(code, **values),
            "raw_text": raw[:2000],
        }

    def _field_of(self, problem: str) -> str:
        """The column a row problem is about: an officer problem points at the code column if the
        export has one, else at the name column."""
        field_name = _PROBLEM_FIELD[problem]
        if field_name.startswith("officer_") and field_name not in self.located.header.columns:
            return "officer_name" if field_name == "officer_code" else "officer_code"
        return field_name

    def _header(self, field_name: str) -> str:
        return self.located.header.texts.get(field_name, field_name)

    def _report_examples(self, refused: str, limit: int) -> None:
        """The first refused rows of each reason, as findings with their cells (the rest are in the
        rejected-rows table)."""
        rows = self.con.execute(
            f"select problem, line_number, {', '.join(sorted(set(_VALUE_OF.values())))} from ("
            f" select *, row_number() over (partition by problem order by line_number) as n from {refused})"
            f" where n <= {limit} order by line_number"
        ).fetchall()
        names = sorted(set(_VALUE_OF.values()))
        for problem, line, *values in rows:
            field_name = self._field_of(problem)
            value = dict(zip(names, values, strict=True)).get(field_name) or ""
            self.ctx.sink.warning(
                problem,
                sheet=self.sheet,
                cell=f"{self.letters.get(field_name, 'A')}{line}",
                row_number=line,
                column=self._header(field_name),
                value=value,
            )
        for reject in self.shape_rejects[:limit]:
            self.ctx.sink.warning(
                "feedback.row.too_many_cells.finding",
                sheet=self.sheet,
                cell=f"A{reject['line_number']}",
                row_number=reject["line_number"],
            )

    def _report_repeats(self, checked: str, accepted: _Figures) -> list[str]:
        """Ratings this file gives twice, or that earlier files gave: kept, and counted once. Returns the
        files that hold a copy of one of them, this one included, not listed yet: raw_feedback_copy_file
        lists them, and stg_feedback looks for copies only among their ratings."""
        con = self.con
        sha = self.ctx.file_sha256
        inside = 0
        # Equal ratings hash alike, so as many distinct hashes as rows means no rating repeats; only a
        # file where two hashes meet is counted exactly.
        if accepted.distinct_hashes < accepted.rows:
            inside = con.execute(
                f"select count(*) - count(distinct (dossier_code, matched_officer, rated_ts)) from {checked}"
                " where problem is null"
            ).fetchone()[0]
        earlier, holders = 0, []
        # Only exports that overlap in time can repeat a rating: most files skip the comparison.
        if con.execute(
            "select count(*) from raw_feedback where rated_at between ? and ?",
            [accepted.first, accepted.last],
        ).fetchone()[0]:
            earlier, holders = con.execute(
                f"""
                select count(distinct (c.dossier_code, c.matched_officer, c.rated_ts)),
                    coalesce(list(distinct r.file_sha256), [])
                from (select distinct dossier_code, matched_officer, rated_ts from {checked}
                      where problem is null) as c
                inner join raw_feedback as r
                    on r.officer_code = c.matched_officer and r.rated_at = c.rated_ts
                    and r.dossier_code is not distinct from c.dossier_code
                """
            ).fetchone()
        if inside or earlier:
            self.ctx.sink.warning(
                "feedback.repeated_ratings", sheet=self.sheet, inside=inside, earlier=earlier
            )
        files = sorted({sha, *holders}) if inside or earlier else []
        if not files:
            return []
        listed = {
            row[0]
            for row in con.execute(
                "select file_sha256 from raw_feedback_copy_file where file_sha256 in (select unnest(?))",
                [files],
            ).fetchall()
        }
        return [f for f in files if f not in listed]

    def drop(self) -> None:
        self.release_input()
        for name in self.tables:
            self.con.execute(f"drop table if exists {name}")
        self.tables.clear()


@dataclass(frozen=True)
class _Figures:
    """What one pass over the checked rows tells of the rows with one problem (or none)."""

    rows: int
    first: dt.datetime | None
    last: dt.datetime | None
    units: tuple[str, ...]
    distinct_hashes: int


@dataclass(frozen=True)
class _Joins:
    columns: str
    clauses: str


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# Row problems, the field each is about, and the input column whose value the message quotes.
_PROBLEM_FIELD = {
    "feedback.row.time_missing": "rated_at",
    "feedback.row.time_impossible": "rated_at",
    "feedback.row.time_unreadable": "rated_at",
    "feedback.row.officer_missing": "officer_code",
    "feedback.row.officer_unknown": "officer_code",
    "feedback.row.officer_ambiguous": "officer_name",
    "feedback.row.level_missing": "level",
    "feedback.row.level_unreadable": "level",
}
_ROW_PROBLEMS = tuple(_PROBLEM_FIELD)
_VALUE_OF = {name: name for name in ("rated_at", "officer_code", "officer_name", "level")}
