"""Loading files into the warehouse: one transaction per file, all of it or nothing.

A file goes through: checksum (same bytes again is a duplicate and changes nothing) → a content-addressed
copy beside the warehouse → reading (in a child process, see etl.sandbox) → legacy-encoding repair →
recognising its kind → the kind's parser and checks → one transaction that inserts the raw rows, the
file registry row, the load log and the warnings. A file with any error is refused whole: no data
table changes, and the refusal with its findings is written to the load log for the stewards.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import duckdb
import pyarrow as pa

from etl.findings import ERROR, FileReport, Finding, FindingSink
from etl.headers import find_header
from etl.kinds import KINDS
from etl.kinds.base import Context, IngestOptions, Parsed
from etl.readers import ReadError, Sheet, Workbook, read_workbook
from etl.text import detect_legacy_encoding, to_unicode
from warehouse.db import connect, files_dir, prepare

# Files a user's folder holds that are not submissions: editor locks, hidden files, our own caches.
_SKIP_PREFIXES = (".", "~$", "__")


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file named, and every file under every folder named, in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(_SKIP_PREFIXES) for part in relative):
                    yield child
        else:
            yield path


class Loader:
    """An open, migrated warehouse that files are loaded into one at a time (one writer process)."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.con: duckdb.DuckDBPyConnection | None = None
        self.cache: dict[object, tuple[object, object]] = {}

    def __enter__(self) -> Loader:
        prepare(self.database)
        self.con = connect(self.database)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    def ingest(self, path: Path, options: IngestOptions | None = None) -> FileReport:
        assert self.con is not None, "use Loader as a context manager"
        return ingest_file(self.con, path, self.database, options or IngestOptions(), self.cache)


def ingest_paths(
    paths: Iterable[Path],
    database: Path,
    options: IngestOptions | None = None,
    on_report: Callable[[FileReport, int, int], None] | None = None,
) -> list[FileReport]:
    """Load every file under `paths` into the warehouse; returns one report per file."""
    files = list(iter_files(paths))
    reports: list[FileReport] = []
    with Loader(database) as loader:
        for number, path in enumerate(files, start=1):
            report = loader.ingest(path, options)
            reports.append(report)
            if on_report:
                on_report(report, number, len(files))
    return reports


def ingest_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    database: Path,
    options: IngestOptions,
    cache: dict[object, tuple[object, object]] | None = None,
) -> FileReport:
    """Load one file in one transaction, or refuse it and record why."""
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    known = con.execute("select kind from source_file where file_sha256 = ?", [sha]).fetchone()
    if known:
        return FileReport(file=str(path), sha256=sha, kind=known[0], status="duplicate")
    stored = _store(path, sha, database)
    sink = FindingSink(path.name)
    kind: str | None = None
    parsed: Parsed | None = None
    workbook: Workbook | None = None
    try:
        workbook = read_workbook(path, display_name=path.name)
    except ReadError as exc:
        sink.extend([Finding(ERROR, exc.rule, exc.message)])
    original = workbook
    if workbook is not None:
        workbook = repair_encoding(workbook, sink)
        kind = options.kind or detect_kind(workbook)
        if kind is None:
            sink.error("kind.unknown")
        elif kind not in KINDS:
            sink.error("kind.not_supported", kind=kind, kinds=", ".join(KINDS))
        else:
            ctx = Context(
                con=con,
                options=options,
                file_name=path.name,
                file_sha256=sha,
                sink=sink,
                original=original,
                cache=cache if cache is not None else {},
            )
            parsed = KINDS[kind].parse(workbook, ctx)
    file_format = workbook.file_format if workbook else None
    if parsed is None or sink.has_errors:
        _record_attempt(con, sha, path.name, stored, kind, "rejected", parsed, sink.items)
        return FileReport(
            file=str(path),
            sha256=sha,
            kind=kind,
            status="rejected",
            rows_rejected=(parsed.rows_loaded + parsed.rows_rejected) if parsed else 0,
            findings=sink.items,
        )
    _commit(con, sha, path, stored, file_format or "unknown", len(data), kind, parsed, sink.items)
    return FileReport(
        file=str(path),
        sha256=sha,
        kind=kind,
        status="loaded",
        rows_loaded=parsed.rows_loaded,
        rows_rejected=parsed.rows_rejected,
        unit_code=parsed.unit_code,
        year=parsed.year,
        period=parsed.period,
        supersedes=parsed.supersedes,
        findings=sink.items,
    )


def detect_kind(workbook: Workbook) -> str | None:
    """The kind whose header fits best: all its required columns, then its distinctive ones, then most."""
    best: tuple[tuple[int, int, int], str] | None = None
    tie = False
    for name, module in KINDS.items():
        layout = module.LAYOUT
        for sheet in workbook.sheets:
            header = find_header(sheet, layout)
            if header is None or header.missing(layout):
                continue
            distinctive = sum(1 for f in layout.distinctive if f in header.columns)
            key = (distinctive, len(header.columns), -len(layout.fields))
            if best is None or key > best[0]:
                best, tie = (key, name), False
            elif key == best[0] and name != best[1]:
                tie = True
    if best is None or tie:
        return None
    return best[1]


def repair_encoding(workbook: Workbook, sink: FindingSink) -> Workbook:
    """Convert sheets typed in TCVN3 (.VnTime) or VNI fonts to Unicode, and say so."""
    sheets: list[Sheet] = []
    changed = False
    for sheet in workbook.sheets:
        sample = [v for row in sheet.rows[:200] for v in row if isinstance(v, str) and v.strip()][:400]
        encoding = detect_legacy_encoding(sample) if sample else "unicode"
        if encoding == "unicode":
            sheets.append(sheet)
            continue
        changed = True
        rows = [[to_unicode(v, encoding) if isinstance(v, str) else v for v in row] for row in sheet.rows]
        sheets.append(replace(sheet, rows=rows))
        sink.warning("text.legacy_encoding", sheet=sheet.name, encoding=encoding.upper())
    return replace(workbook, sheets=sheets) if changed else workbook


def _store(path: Path, sha: str, database: Path) -> str:
    """Keep the exact bytes the user gave, named by their checksum, so any figure traces back to them."""
    suffix = "".join(path.suffixes[-1:]).lower()[:8]
    relative = Path(sha[:2]) / f"{sha}{suffix}"
    target = files_dir(database) / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(target.suffix + ".part")
        shutil.copyfile(path, temporary)
        temporary.replace(target)
    return str(relative)


def _record_attempt(
    con: duckdb.DuckDBPyConnection,
    sha: str,
    file_name: str,
    stored: str,
    kind: str | None,
    status: str,
    parsed: Parsed | None,
    findings: list[Finding],
) -> int:
    """Write a refused file's attempt and findings to the load log, in a transaction of its own."""
    con.execute("begin transaction")
    try:
        attempt_id = _insert_attempt(con, sha, file_name, stored, kind, status, parsed)
        _insert_findings(con, attempt_id, findings)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return attempt_id


def _insert_attempt(
    con: duckdb.DuckDBPyConnection,
    sha: str,
    file_name: str,
    stored: str,
    kind: str | None,
    status: str,
    parsed: Parsed | None,
) -> int:
    row = con.execute(
        "insert into load_attempt (file_sha256, file_name, stored_path, kind, status, attempted_at,"
        " rows_loaded, rows_rejected, unit_code, year, period) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " returning attempt_id",
        [
            sha,
            file_name,
            stored,
            kind,
            status,
            dt.datetime.now(),
            # A refused file loads nothing: every row it had counts as refused.
            (parsed.rows_loaded if parsed and status == "loaded" else 0),
            (parsed.rows_rejected if status == "loaded" else parsed.rows_loaded + parsed.rows_rejected)
            if parsed
            else 0,
            parsed.unit_code if parsed else None,
            parsed.year if parsed else None,
            parsed.period if parsed else None,
        ],
    ).fetchone()
    return int(row[0])


def _insert_findings(con: duckdb.DuckDBPyConnection, attempt_id: int, findings: list[Finding]) -> None:
    rows = [
        {
            "attempt_id": attempt_id,
            "finding_number": number,
            "severity": f.severity,
            "rule": f.rule,
            "sheet_name": f.sheet,
            "cell": f.cell,
            "row_number": f.row_number,
            "message": f.message,
        }
        for number, f in enumerate(findings, start=1)
    ]
    insert_rows(con, "load_finding", rows)


def _commit(
    con: duckdb.DuckDBPyConnection,
    sha: str,
    path: Path,
    stored: str,
    file_format: str,
    size: int,
    kind: str,
    parsed: Parsed,
    findings: list[Finding],
) -> None:
    """Everything a loaded file writes, in one transaction: a failure half-way leaves nothing behind."""
    con.execute("begin transaction")
    try:
        attempt_id = _insert_attempt(con, sha, path.name, stored, kind, "loaded", parsed)
        con.execute(
            "insert into source_file (file_sha256, attempt_id, file_name, stored_path, file_format, size_bytes,"
            " kind, unit_code, year, period, framework_id, loaded_at, rows_loaded, rows_rejected,"
            " supersedes_sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                sha,
                attempt_id,
                path.name,
                stored,
                file_format,
                size,
                kind,
                parsed.unit_code,
                parsed.year,
                parsed.period,
                parsed.framework_id,
                dt.datetime.now(),
                parsed.rows_loaded,
                parsed.rows_rejected,
                parsed.supersedes,
            ],
        )
        for table, rows in parsed.tables.items():
            insert_rows(con, table, rows)
        insert_rows(con, "raw_file_column", parsed.columns)
        _insert_findings(con, attempt_id, findings)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


# Tables a loader may write; names never come from input, and this list keeps it so.
_WRITABLE = {
    "load_finding",
    "raw_file_column",
    "raw_unit",
    "raw_officer",
    "raw_framework",
    "raw_criterion",
    "raw_rule",
    "raw_score_sheet",
    "raw_score",
    "raw_survey",
    "raw_published_index",
}


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, object]]) -> None:
    """Insert dict rows by column name through one DataFrame scan (far faster than executemany)."""
    if not rows:
        return
    if table not in _WRITABLE:
        raise ValueError(f"not a loadable table: {table}")
    columns, casts = _table_shape(con, table)
    if len(rows) <= _SMALL_BATCH:
        # A few rows (a sheet's registration, its column map, a handful of findings): one VALUES insert
        # costs a third of registering a batch.
        row_marks = "(" + ", ".join("?" for _ in columns) + ")"
        con.execute(
            f"insert into {table} select {casts} from (values {', '.join([row_marks] * len(rows))})"
            f" as _rows({_names(columns)})",
            [row.get(name) for row in rows for name in columns],
        )
        return
    # Arrow builds typed columns from Python values in C; a pandas frame of objects is 5× slower to scan.
    batch = pa.table({name: _arrow_column([row.get(name) for row in rows]) for name in columns})
    con.register("_batch", batch)
    try:
        con.execute(f"insert into {table} select {casts} from _batch")
    finally:
        con.unregister("_batch")


def _names(columns: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in columns)


def _arrow_column(values: list[object]) -> pa.Array:
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # Mixed Python types in one column (a number beside a text): the cast in SQL decides.
        return pa.array([None if v is None else str(v) for v in values], type=pa.string())


_SMALL_BATCH = 24

# Column names and the cast list of each loadable table: the schema only changes through migrations,
# which run before a Loader opens, so one look per process is enough.
_SHAPES: dict[str, tuple[list[str], str]] = {}


def _table_shape(con: duckdb.DuckDBPyConnection, table: str) -> tuple[list[str], str]:
    if table not in _SHAPES:
        described = con.execute(
            "select column_name, data_type from information_schema.columns where table_name = ?"
            " order by ordinal_position",
            [table],
        ).fetchall()
        columns = [name for name, _ in described]
        casts = ", ".join(f'cast("{name}" as {data_type}) as "{name}"' for name, data_type in described)
        _SHAPES[table] = (columns, casts)
    return _SHAPES[table]
