"""Loading files into the warehouse: each file all of it or nothing.

A file goes through: checksum → reading in a child process (etl.sandbox), which also converts legacy-
encoded text and recognises the kind (etl.recognise) → same bytes again is a duplicate and changes
nothing → a content-addressed copy beside the warehouse, made while the kind's parser and checks run → one
transaction that inserts the raw rows, the file registry row, the load log and the warnings. A file
with any error is refused whole: no data table changes, and the refusal with its findings is written
to the load log for the stewards. A folder is loaded with the next files read ahead and scoring sheets
written in batches (see Loader), which keeps every file whole and saves most of the per-file cost.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl.findings import ERROR, FileReport, Finding, FindingSink
from etl.kinds import KINDS
from etl.kinds.base import REFERENCE_KINDS, Context, IngestOptions, Parsed, reference_stamp
from etl.quality import QualityChecker, arrow_table
from etl.readers import ReadError, check_file, digest_file
from etl.recognise import Recognised
from etl.sandbox import read_recognised
from labels.ui import KIND_LABELS
from warehouse.db import (
    connect,
    files_dir,
    prepare,
    publish,
    record_published,
    refresh_snapshots,
    snapshots_fresh,
)

# Files a user's folder holds that are not submissions: editor locks, hidden files, our own caches.
_SKIP_PREFIXES = (".", "~$", "__")
# From this size on, a file is hashed while the reader process reads it (prepare_file).
_HASH_APART_BYTES = 4 << 20


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
    """An open, migrated warehouse that files are loaded into (one writer process).

    With `batch_size` > 0, accepted scoring sheets and refused files are written `batch_size` at a
    time in one transaction (call `flush()` at the end): each file still lands whole or not at all,
    since a batch that fails is rolled back and written again file by file. Any other accepted kind is
    written at once, after the batch before it: later files may look up what it loads."""

    def __init__(self, database: Path, *, batch_size: int = 0, refresh: bool = True) -> None:
        self.database = database
        self.batch_size = batch_size
        # Recompute the pages' snapshots on closing, if a file was accepted (see warehouse.db.SNAPSHOTS).
        self.refresh = refresh
        self.con: duckdb.DuckDBPyConnection | None = None
        self.cache: dict[object, tuple[object, object]] = {}
        self.pending: list[_Outcome] = []
        # The kind of every file in the warehouse, by checksum, and the reference-data state: this
        # process is the only writer, so both are read once and kept up to date as files are written.
        self.known: dict[str, str] = {}
        self.stamp: object = None
        self.quality = QualityChecker()
        # Copies files into the store while their parser runs: the copy is I/O, the parsing Python or SQL.
        self.copier: ThreadPoolExecutor | None = None

    def __enter__(self) -> Loader:
        prepare(self.database)
        self.con = connect(self.database)
        self.known = dict(self.con.execute("select file_sha256, kind from source_file").fetchall())
        self.stamp = reference_stamp(self.con)
        return self

    def __exit__(self, exc_type: object, *exc_info: object) -> None:
        published = False
        if self.con is not None:
            try:
                if exc_type is None:
                    self.flush()
                # Whatever was committed, even before a failure, is reflected in the snapshots. Without
                # the refresh they are stale, and the app reads the marts' views: slower, never wrong.
                if self.refresh and not snapshots_fresh(self.con):
                    refresh_snapshots(self.con)
                # Readers see this run's files all at once, when it ends (warehouse.db.publish).
                publish(self.con, self.database)
                published = True
            finally:
                self.con.close()
                self.con = None
                if self.copier is not None:
                    self.copier.shutdown()
                    self.copier = None
            if published:
                record_published(self.database)

    def ingest(
        self, path: Path, options: IngestOptions | None = None, prepared: Prepared | None = None
    ) -> FileReport:
        """Load one file (written at once, or queued in batch mode)."""
        assert self.con is not None, "use Loader as a context manager"
        options = options or IngestOptions()
        prepared = prepared or prepare_file(path, options)
        outcome = self._check(prepared, options)
        try:
            self._keep(outcome)
        finally:
            if outcome.parsed is not None and outcome.parsed.temporary:
                for name in outcome.parsed.temporary:
                    self.con.execute(f'drop table if exists "{name}"')
        return outcome.report

    def _keep(self, outcome: _Outcome) -> None:
        """Write the outcome now, or queue it. Only refused files and batched kinds are queued: neither
        inserts from a parser's temporary tables, which `ingest` drops once this returns."""
        assert self.con is not None
        if outcome.status == "duplicate":
            return
        loaded = outcome.status == "loaded"
        if self.batch_size and (not loaded or outcome.kind in _BATCHED_KINDS):
            if loaded:
                self.known[outcome.sha256] = outcome.kind or ""  # the same bytes later in the batch
            self.pending.append(outcome)
            if len(self.pending) >= self.batch_size:
                self.flush()
            return
        run_id = self._check_quality([outcome])
        loaded = outcome.status == "loaded"
        _write(self.con, outcome, run_id)
        if loaded:
            self.known[outcome.sha256] = outcome.kind or ""
            if outcome.kind in REFERENCE_KINDS:
                self.stamp = reference_stamp(self.con)

    def flush(self) -> None:
        """Write the queued files in one transaction; if that fails, write them one at a time."""
        pending, self.pending = self.pending, []
        if not pending or self.con is None:
            return
        con = self.con
        run_id = self._check_quality(pending)
        con.execute("begin transaction")
        try:
            _write_batch(con, pending, run_id)
            con.execute("commit")
        except duckdb.Error:
            con.execute("rollback")
            for number, outcome in enumerate(pending):
                try:
                    _write(con, outcome, run_id)
                except Exception:
                    for unwritten in pending[number:]:
                        self.known.pop(unwritten.sha256, None)
                    raise

    def _check_quality(self, outcomes: list[_Outcome]) -> int | None:
        """Run the data-quality suites on the accepted files about to be written: a critical failure
        refuses its file, warnings join its findings. Records the run; returns its id (None when the
        suites had nothing to check)."""
        assert self.con is not None
        accepted = [o for o in outcomes if o.status == "loaded" and o.parsed is not None]
        if not accepted:
            return None
        result = self.quality.check(
            self.con, [(o.sha256, o.prepared.path.name, o.kind or "", o.parsed) for o in accepted]
        )
        if result.run is None:
            return None
        for outcome in accepted:
            found = result.findings.get(outcome.sha256, [])
            outcome.report.findings.extend(found)
            if result.refused(outcome.sha256):
                parsed = outcome.parsed
                assert parsed is not None
                outcome.report.status = "rejected"
                outcome.report.rows_rejected = parsed.rows_loaded + parsed.rows_rejected
                outcome.report.rows_loaded = 0
                outcome.report.supersedes = None
                self.known.pop(outcome.sha256, None)
        return self.quality.record(self.con, result.run)

    def _check(self, prepared: Prepared, options: IngestOptions) -> _Outcome:
        assert self.con is not None
        sha = prepared.sha256
        path = prepared.path
        known = self.known.get(sha)
        if known is not None:
            report = FileReport(file=str(path), sha256=sha, kind=known, status="duplicate")
            return _Outcome(report, prepared, "", None, None)
        if prepared.keep:
            self.copier = self.copier or ThreadPoolExecutor(max_workers=1)
            copy = self.copier.submit(_store, path, sha, self.database)
        else:
            copy = None
        try:
            outcome = self._parse(prepared, options)
        finally:
            stored = copy.result() if copy is not None else ""
        outcome.stored = stored
        return outcome

    def _parse(self, prepared: Prepared, options: IngestOptions) -> _Outcome:
        """The kind's parser and checks on a read file; the outcome's `stored` is filled in by _check."""
        assert self.con is not None
        sha = prepared.sha256
        path = prepared.path
        stored = ""
        sink = FindingSink(path.name)
        kind: str | None = None
        parsed: Parsed | None = None
        ctx: Context | None = None
        recognised = prepared.recognised
        if prepared.read_error is not None:
            sink.extend([prepared.read_error])
        elif recognised is not None:
            for sheet_name, encoding in recognised.conversions:
                sink.warning("text.legacy_encoding", sheet=sheet_name, encoding=encoding.upper())
            kind = options.kind or recognised.kind
            if kind is None:
                sink.error("kind.unknown")
            elif kind not in KINDS:
                sink.error("kind.not_supported", kind=kind, kinds=", ".join(KINDS))
            elif options.allowed_kinds is not None and kind not in options.allowed_kinds:
                sink.error("upload.kind_not_allowed", kind_name=KIND_LABELS.get(kind, kind))
            else:
                if kind not in _BATCHED_KINDS:
                    self.flush()  # its parser may look up what the queued files load
                ctx = Context(
                    con=self.con,
                    options=options,
                    file_name=path.name,
                    file_sha256=sha,
                    sink=sink,
                    original=recognised.original,
                    cache=self.cache,
                    stamp=self.stamp,
                    path=path,
                    lines=prepared.lines,
                )
                parsed = KINDS[kind].parse(recognised.workbook, ctx)
                if parsed is not None and options.allowed_units is not None:
                    _check_units(parsed, options.allowed_units, sink)
        if parsed is None or sink.has_errors:
            identity = ctx.identity if ctx is not None else {}
            report = FileReport(
                file=str(path),
                sha256=sha,
                kind=kind,
                status="rejected",
                rows_rejected=(parsed.rows_loaded + parsed.rows_rejected) if parsed else 0,
                unit_code=parsed.unit_code if parsed else identity.get("unit_code"),  # type: ignore[arg-type]
                year=parsed.year if parsed else identity.get("year"),  # type: ignore[arg-type]
                period=parsed.period if parsed else identity.get("period"),  # type: ignore[arg-type]
                findings=sink.items,
            )
            return _Outcome(report, prepared, stored, parsed, None)
        report = FileReport(
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
        file_format = recognised.workbook.file_format if recognised else "unknown"
        return _Outcome(report, prepared, stored, parsed, file_format)


def _check_units(parsed: Parsed, allowed: frozenset[str], sink: FindingSink) -> None:
    """A unit's account sends its own unit's files only (its desk's forms and ratings included)."""
    units = parsed.unit_codes if parsed.unit_codes is not None else {parsed.unit_code} - {None}
    if not units:
        sink.error("upload.unit_unknown")
        return
    others = sorted(set(units) - allowed)
    if others:
        sink.error("upload.other_unit", unit=", ".join(others), own=", ".join(sorted(allowed)))


# Kinds whose accepted files may wait in a batch: no later file's parser reads what they load
# (a scoring sheet's successor is found through the session's own map, see scoring._superseded).
_BATCHED_KINDS = frozenset({"scoring", "officer_form"})
# Files queued before they are written: large enough that the fixed cost of a statement and of a run of
# the data-quality suites (~0,3 s, whatever the rows) is shared, small enough that a failed batch is cheap
# to write again one by one.
BATCH_SIZE = 200
# How many files, and how many bytes of files, the reader may have read before the loader takes them.
READ_AHEAD = 3
READ_AHEAD_BYTES = 2 * 1024**2


# Kinds whose parser reads a long CSV itself (ctx.path), from the first lines the reader recognised.
_STREAMED_KINDS = frozenset({"feedback"})
CSV_HEAD_BYTES = 1 << 20


@dataclass(frozen=True)
class Prepared:
    """A file read and recognised, before the warehouse is consulted: this part can run ahead."""

    path: Path
    sha256: str
    size: int
    recognised: Recognised | None
    read_error: Finding | None
    # False for what must not be read or copied at all (a link, a device, a file over the limit).
    keep: bool = True
    # The file's lines as a text editor counts them, from the pass that hashed it.
    lines: int | None = None


def prepare_file(path: Path, options: IngestOptions) -> Prepared:
    """Checksum, read and recognise a file (in the reader process, see etl.sandbox)."""
    try:
        size = check_file(path, path.name)
    except ReadError as exc:
        # Never opened: the attempt is keyed by what the user named, not by contents nobody read.
        marker = hashlib.sha256(f"unread:{path}:{exc.rule}".encode()).hexdigest()
        return Prepared(path, marker, 0, None, Finding(ERROR, exc.rule, exc.message), keep=False)
    # A large file is hashed (and its lines counted, for a long CSV's parser) on another thread while the
    # reader process reads it (both leave the GIL free); a small one at once, which costs less than
    # starting the thread.
    hashing = None
    if size >= _HASH_APART_BYTES:
        hashing = ThreadPoolExecutor(max_workers=1)
        digest: Future[tuple[str, int]] = hashing.submit(digest_file, path)
    else:
        digest = Future()
        digest.set_result(digest_file(path))
    try:
        # A long CSV is recognised from its first lines; only kinds that stream the file themselves
        # (feedback exports) keep it so, any other is read whole.
        recognised = read_recognised(path, path.name, detect=options.kind is None, head_bytes=CSV_HEAD_BYTES)
        kind = options.kind or recognised.kind
        if recognised.workbook.truncated and kind not in _STREAMED_KINDS:
            recognised = read_recognised(path, path.name, detect=options.kind is None)
    except ReadError as exc:
        return Prepared(path, digest.result()[0], size, None, Finding(ERROR, exc.rule, exc.message))
    finally:
        if hashing is not None:
            hashing.shutdown()
    recognised.remember()
    sha, lines = digest.result()
    return Prepared(path, sha, size, recognised, None, lines=lines)


@dataclass
class _Outcome:
    """What one file's load decided, ready to be written: `file_format` is set for an accepted file."""

    report: FileReport
    prepared: Prepared
    stored: str
    parsed: Parsed | None
    file_format: str | None
    attempted_at: dt.datetime = field(default_factory=dt.datetime.now)

    @property
    def sha256(self) -> str:
        return self.report.sha256

    @property
    def status(self) -> str:
        return self.report.status

    @property
    def kind(self) -> str | None:
        return self.report.kind


def ingest_paths(
    paths: Iterable[Path],
    database: Path,
    options: IngestOptions | None = None,
    on_report: Callable[[FileReport, int, int], None] | None = None,
    *,
    refresh: bool = True,
) -> list[FileReport]:
    """Load every file under `paths` into the warehouse; returns one report per file. With `refresh`
    the pages' snapshots are recomputed at the end when a file was accepted.

    The next files are read and recognised in the reader process while this one is checked and
    written, and accepted scoring sheets are written in batches; a report is passed to `on_report`
    once what it says is committed."""
    files = list(iter_files(paths))
    options = options or IngestOptions()
    reports: list[FileReport] = []
    announced = 0

    def announce() -> None:
        nonlocal announced
        if on_report:
            for number in range(announced, len(reports)):
                on_report(reports[number], number + 1, len(files))
        announced = len(reports)

    with ThreadPoolExecutor(max_workers=1) as reader:
        # Small files are read a few ahead, so that the reader stays busy while the loader's time per
        # file varies; a large one (its cells take memory) only when the loader is on the file before.
        ahead: deque[tuple[Future[Prepared], int]] = deque()
        submitted = 0

        def read_ahead() -> None:
            nonlocal submitted
            while submitted < len(files) and (
                not ahead or (len(ahead) < READ_AHEAD and sum(size for _, size in ahead) < READ_AHEAD_BYTES)
            ):
                ahead.append(
                    (reader.submit(prepare_file, files[submitted], options), _size(files[submitted]))
                )
                submitted += 1

        # The first files are read while the warehouse opens.
        read_ahead()
        try:
            with Loader(database, batch_size=BATCH_SIZE, refresh=refresh) as loader:
                for path in files:
                    read_ahead()
                    prepared = ahead.popleft()[0].result()
                    read_ahead()
                    reports.append(loader.ingest(path, options, prepared))
                    if not loader.pending:
                        announce()
                loader.flush()
        except BaseException:
            reader.shutdown(cancel_futures=True)
            raise
    announce()
    return reports


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # prepare_file reports it


def _write(con: duckdb.DuckDBPyConnection, outcome: _Outcome, run_id: int | None = None) -> None:
    """Everything one file writes, in one transaction: a failure half-way leaves nothing behind."""
    con.execute("begin transaction")
    try:
        _write_batch(con, [outcome], run_id)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def _write_batch(con: duckdb.DuckDBPyConnection, outcomes: list[_Outcome], run_id: int | None = None) -> None:
    """The load-log, registry and data rows of the files, one insert per table, in the caller's
    transaction. A refused file writes only its attempt and findings: it changes no data table.
    Findings the data-quality suites raised carry `run_id`."""
    ids = [
        row[0]
        for row in con.execute("select nextval('load_attempt_seq') from range(?)", [len(outcomes)]).fetchall()
    ]
    attempts: list[dict[str, object]] = []
    sources: list[dict[str, object]] = []
    findings: list[dict[str, object]] = []
    tables: dict[str, list[dict[str, object]]] = {}
    for attempt_id, outcome in zip(ids, outcomes, strict=True):
        report, parsed = outcome.report, outcome.parsed
        loaded = report.status == "loaded"
        attempts.append(
            {
                "attempt_id": attempt_id,
                "file_sha256": report.sha256,
                "file_name": outcome.prepared.path.name,
                "stored_path": outcome.stored,
                "kind": report.kind,
                "status": report.status,
                "attempted_at": outcome.attempted_at,
                # A refused file loads nothing: every row it had counts as refused.
                "rows_loaded": parsed.rows_loaded if parsed and loaded else 0,
                "rows_rejected": (
                    parsed.rows_rejected if loaded else parsed.rows_loaded + parsed.rows_rejected
                )
                if parsed
                else 0,
                "unit_code": report.unit_code,
                "year": report.year,
                "period": report.period,
            }
        )
        findings += [
            {
                "attempt_id": attempt_id,
                "finding_number": number,
                "severity": f.severity,
                "rule": f.rule,
                "sheet_name": f.sheet,
                "cell": f.cell,
                "row_number": f.row_number,
                "message": f.message,
                "run_id": run_id if f.dataset else None,
                "dataset": f.dataset,
            }
            for number, f in enumerate(report.findings, start=1)
        ]
        if not loaded or parsed is None:
            continue
        sources.append(
            {
                "file_sha256": report.sha256,
                "attempt_id": attempt_id,
                "file_name": outcome.prepared.path.name,
                "stored_path": outcome.stored,
                "file_format": outcome.file_format or "unknown",
                "size_bytes": outcome.prepared.size,
                "kind": report.kind,
                "unit_code": parsed.unit_code,
                "year": parsed.year,
                "period": parsed.period,
                "framework_id": parsed.framework_id,
                "loaded_at": dt.datetime.now(),
                "rows_loaded": parsed.rows_loaded,
                "rows_rejected": parsed.rows_rejected,
                "supersedes_sha256": parsed.supersedes,
            }
        )
        for table, rows in parsed.tables.items():
            tables.setdefault(table, []).extend(rows)
        tables.setdefault("raw_file_column", []).extend(parsed.columns)
    insert_rows(con, "load_attempt", attempts)
    insert_rows(con, "source_file", sources)
    for table, rows in tables.items():
        insert_rows(con, table, rows)
    for outcome in outcomes:
        if outcome.report.status == "loaded" and outcome.parsed is not None:
            for table, select in outcome.parsed.bulk.items():
                if table not in _WRITABLE:
                    raise ValueError(f"not a loadable table: {table}")
                con.execute(f"insert into {table} by name {select}")
    insert_rows(con, "load_finding", findings)


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


# Tables a loader may write; names never come from input, and this list keeps it so.
_WRITABLE = {
    "load_attempt",
    "source_file",
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
    "raw_officer_form",
    "raw_officer_form_item",
    "raw_feedback",
    "raw_feedback_copy_file",
    "raw_dossier",
    "raw_head_rule",
    "raw_head_calendar",
    "raw_rejected_row",
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
    batch = arrow_table(rows, columns)
    con.register("_batch", batch)
    try:
        con.execute(f"insert into {table} select {casts} from _batch")
    finally:
        con.unregister("_batch")


def _names(columns: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in columns)


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
