"""`python -m etl docs`: re-run every data-quality suite on what the warehouse holds now and build Great
Expectations' Data Docs, a static site auditors open in a browser, beside the warehouse
(`warehouse.db.data_docs_dir`). The run is recorded in `quality_run` with scope "docs"."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl.quality import DATASETS, QualityChecker, current_period
from labels import msg
from warehouse.db import connect, data_docs_dir, prepare

_SHA = re.compile(r"^[0-9a-f]{64}$")
# Tables the frame builders read, by kind of file.
_TABLES = {
    "scoring": ("raw_score", "raw_score_sheet"),
    "officer_form": ("raw_officer_form",),
    "units": ("raw_unit",),
    "survey": ("raw_survey",),
}


@dataclass
class _Stored:
    """A file already in the warehouse, shaped like a parse result for the frame builders."""

    tables: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    bulk: dict[str, str] = field(default_factory=dict)
    columns: list[dict[str, object]] = field(default_factory=list)


@dataclass(frozen=True)
class DocsResult:
    site: Path
    files: int
    rows: int
    critical: int
    warnings: int


def _current_files(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """(checksum, file name, kind) of every accepted file not replaced by a later one."""
    kinds = sorted({kind for kinds, _ in DATASETS.values() for kind in kinds})
    return [
        (sha, name, kind)
        for sha, name, kind in con.execute(
            "select file_sha256, file_name, kind from stg_source_file where not is_superseded and kind in "
            f"({', '.join('?' for _ in kinds)}) order by attempt_id",
            kinds,
        ).fetchall()
    ]


def _stored(con: duckdb.DuckDBPyConnection, files: list[tuple[str, str, str]]) -> dict[str, _Stored]:
    stored = {sha: _Stored() for sha, _, _ in files}
    for kind, tables in _TABLES.items():
        wanted = [sha for sha, _, k in files if k == kind]
        if not wanted:
            continue
        for table in tables:
            frame = con.execute(f"select * from {table} where list_contains(?, file_sha256)", [wanted]).df()
            for record in frame.to_dict("records"):
                stored[str(record["file_sha256"])].tables.setdefault(table, []).append(record)
    for sha, _, kind in files:
        if kind == "feedback" and _SHA.match(sha):
            stored[sha].bulk["raw_feedback"] = f"select * from raw_feedback where file_sha256 = '{sha}'"
    columns = con.execute(
        "select * from raw_file_column where list_contains(?, file_sha256)", [list(stored)]
    ).df()
    for record in columns.to_dict("records"):
        stored[str(record["file_sha256"])].columns.append(record)
    return stored


def build_docs(database: Path, out_dir: Path | None = None, today: dt.date | None = None) -> DocsResult:
    """Validate the warehouse's current files with every suite and write the Data Docs site."""
    prepare(database)
    target = out_dir or data_docs_dir(database)
    checker = QualityChecker()
    con = connect(database)
    try:
        files = _current_files(con)
        stored = _stored(con, files)
        batch = checker.batch(con, [(sha, name, kind, stored[sha]) for sha, name, kind in files])
        result = checker.validate(batch, today or dt.date.today(), scope="docs")
        with tempfile.TemporaryDirectory(prefix="gx_docs_") as project:
            site = _render(checker, batch, Path(project), today or dt.date.today())
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(site, target)
        entry = _offline_index(target, checker, result.run)
        run = result.run or {}
        if result.run is not None:
            checker.record(con, result.run)
        return DocsResult(
            site=entry,
            files=int(run.get("file_count", 0)),
            rows=int(run.get("row_count", 0)),
            critical=int(run.get("critical_count", 0)),
            warnings=int(run.get("warning_count", 0)),
        )
    finally:
        con.close()


def _render(checker: QualityChecker, batch: object, project: Path, today: dt.date) -> Path:
    """Run each suite as a checkpoint of a file-backed context whose action updates the Data Docs."""
    import great_expectations as gx
    from great_expectations.checkpoint import Checkpoint, UpdateDataDocsAction
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="file", project_root_dir=str(project))
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("warehouse")
    parameters = current_period(today)
    for dataset, frame in batch.frames.items():  # type: ignore[attr-defined]
        definition = source.add_dataframe_asset(dataset).add_batch_definition_whole_dataframe("current")
        for suite in checker.suites:
            if suite.dataset != dataset:
                continue
            added = context.suites.add(gx.ExpectationSuite(**suite.body))
            validation = context.validation_definitions.add(
                gx.ValidationDefinition(name=suite.name, data=definition, suite=added)
            )
            checkpoint = context.checkpoints.add(
                Checkpoint(
                    name=f"{suite.name}.checkpoint",
                    validation_definitions=[validation],
                    actions=[UpdateDataDocsAction(name="data_docs")],
                    result_format={"result_format": "SUMMARY"},
                )
            )
            checkpoint.run(batch_parameters={"dataframe": frame}, expectation_parameters=parameters)
    context.build_data_docs()
    sites = list(project.rglob("data_docs/local_site"))
    if not sites:
        raise RuntimeError("Great Expectations built no Data Docs site")
    return sites[0]


def _offline_index(target: Path, checker: QualityChecker, run: dict[str, object] | None) -> Path:
    """A plain Vietnamese table of contents: Great Expectations' own index lists its pages with scripts
    fetched from the internet, which an office network may not reach; the pages themselves read fine."""
    rows = []
    for suite in checker.suites:
        notes = suite.body.get("meta", {}).get("notes", {}).get("content", "")
        suite_pages = sorted(target.glob(f"expectations/{suite.dataset}/{suite.severity}.html"))
        result_pages = sorted(target.glob(f"validations/{suite.dataset}/{suite.severity}/**/*.html"))
        links = [
            f'<a href="{p.relative_to(target).as_posix()}">{msg("docs.suite_link")}</a>' for p in suite_pages
        ]
        links += [
            f'<a href="{p.relative_to(target).as_posix()}">{msg("docs.result_link")}</a>'
            for p in result_pages[-1:]
        ]
        rows.append(
            f"<tr><td>{html.escape(suite.name)}</td><td>{html.escape(notes)}</td><td>{' · '.join(links)}</td></tr>"
        )
    summary = (
        msg(
            "docs.summary",
            files=_count(run["file_count"]),
            rows=_count(run["row_count"]),
            critical=run["critical_count"],
            warnings=run["warning_count"],
            at=run["started_at"].strftime("%d/%m/%Y %H:%M"),  # type: ignore[union-attr]
        )
        if run
        else msg("docs.nothing")
    )
    page = f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>{msg("docs.title")}</title>
<style>body{{font-family:Arial,sans-serif;margin:2em;max-width:70em}}td,th{{border:1px solid #ccc;padding:.4em;
text-align:left;vertical-align:top}}table{{border-collapse:collapse}}</style></head>
<body><h1>{msg("docs.title")}</h1><p>{html.escape(summary)}</p>
<table><tr><th>{msg("docs.col_suite")}</th><th>{msg("docs.col_checks")}</th><th>{msg("docs.col_pages")}</th></tr>
{"".join(rows)}</table>
<p><a href="index.html">{msg("docs.gx_index")}</a></p></body></html>
"""
    entry = target / "muc-luc.html"
    entry.write_text(page, encoding="utf-8")
    return entry


def _count(value: object) -> str:
    """12500 → "12.500"."""
    return f"{int(value):,}".replace(",", ".")  # type: ignore[call-overload]
