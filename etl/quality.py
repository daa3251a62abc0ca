"""Data-quality suites: the Great Expectations suites in `expectations/` run on every batch of files
before it is committed. A critical failure refuses the file it concerns (the rest of the batch loads);
a warning is recorded with the file. Each failing row becomes a finding with its file, sheet, cell and
a Vietnamese message, tagged with the run and the dataset, and every run is kept (`quality_run`).

A suite is `<dataset>.<severity>.json`; each expectation's `meta` says which rule it enforces (the code
of its message in `labels/`), which fields name the cell (`cell`, first present wins) and which frame
columns fill the message (`values`). The frames are built here from the rows a batch would insert,
joined on the warehouse (criteria, units, officers, rules in force), so thresholds and deadlines are
rows of the rule table, never constants in a suite. Great Expectations is imported on the first batch
that has something to check, once per process.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from etl.findings import Finding, place_prefix
from etl.kinds.base import fmt_points
from labels import MESSAGES, msg

SUITES_DIR = Path(__file__).resolve().parent.parent / "expectations"
# A suite's severity → the severity of its findings.
SEVERITIES = {"critical": "error", "warning": "warning"}
_ROW = "_row"


@dataclass(frozen=True)
class Suite:
    dataset: str
    severity: str
    name: str
    body: dict


def load_suites(directory: Path = SUITES_DIR) -> list[Suite]:
    """Every suite file, checked: its name, its dataset, and a known message for every rule."""
    suites = []
    for path in sorted(directory.glob("*.json")):
        dataset, _, severity = path.stem.rpartition(".")
        if severity not in SEVERITIES or dataset not in DATASETS:
            raise ValueError(f"suite file must be <dataset>.<critical|warning>.json: {path.name}")
        body = json.loads(path.read_text(encoding="utf-8"))
        if body.get("name") != path.stem:
            raise ValueError(f"{path.name}: the suite's name must be {path.stem}")
        for expectation in body.get("expectations", []):
            rule = expectation.get("meta", {}).get("rule")
            if rule not in MESSAGES:
                raise ValueError(f"{path.name}: {expectation.get('type')} has no known rule: {rule}")
        suites.append(Suite(dataset, severity, path.stem, body))
    return suites


@dataclass
class Batch:
    """The files of a batch as the suites see them: per file its name and the column letter of each
    field per sheet (to name a cell), and one frame per dataset."""

    names: dict[str, str] = field(default_factory=dict)
    letters: dict[tuple[str, str, str], str] = field(default_factory=dict)
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)


@dataclass
class CheckResult:
    """One run: the findings per file (by checksum), and the run's row for `quality_run`."""

    findings: dict[str, list[Finding]]
    run: dict[str, object] | None

    def refused(self, sha256: str) -> bool:
        return any(f.severity == "error" for f in self.findings.get(sha256, []))


# --- Frames --------------------------------------------------------------------------------------------
# Each builder takes the loader's connection and the parsed files of its kind (checksum → Parsed) and
# returns the frame its suites validate, one row per checked row, with file_sha256, sheet_name and
# row_number to place a finding.
Builder = Callable[[duckdb.DuckDBPyConnection, dict[str, object]], pd.DataFrame | None]


def _rows(parsed: dict[str, object], table: str) -> pd.DataFrame | None:
    rows = [row for p in parsed.values() for row in p.tables.get(table, [])]  # type: ignore[attr-defined]
    return pd.DataFrame(rows) if rows else None


def _arrow_rows(parsed: dict[str, object], table: str) -> pa.Table | None:
    """The staged rows of a table as Arrow, for SQL to read: a third of the cost of a pandas frame of
    objects to build, and DuckDB scans it without converting each value."""
    rows = [row for p in parsed.values() for row in p.tables.get(table, [])]  # type: ignore[attr-defined]
    return arrow_table(rows) if rows else None


def arrow_table(rows: list[dict[str, object]], columns: list[str] | None = None) -> pa.Table:
    """Dict rows as an Arrow table with `columns` (default: the keys of the first row), None where absent."""
    first = rows[0].keys()
    names = columns if columns is not None else list(first)
    if all(row.keys() == first for row in rows):
        # Rows of one shape (the usual case) are converted by Arrow in one call, 3× faster than by column.
        try:
            table = pa.Table.from_pylist(rows)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            table = None  # a column of mixed types: converted on its own below, as text
        if table is not None:
            return pa.table({name: table[name] if name in first else pa.nulls(len(rows)) for name in names})
    return pa.table({name: arrow_column([row.get(name) for row in rows]) for name in names})


def arrow_column(values: list[object]) -> pa.Array:
    """One column of Python values as Arrow: typed when they agree, else as text for SQL to cast."""
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # Mixed Python types in one column (a number beside a text): the cast in SQL decides.
        return pa.array([None if v is None else str(v) for v in values], type=pa.string())


def _joined(
    con: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame | pa.Table], sql: str
) -> pd.DataFrame:
    """Run `sql` over the staged frames (registered under their keys) and the warehouse."""
    cursor = con.cursor()
    try:
        for name, frame in frames.items():
            cursor.register(name, frame)
        return cursor.execute(sql).df()
    finally:
        cursor.close()


# The rule parameters in force on 31/12 of each staged sheet's year for its unit's group (a group's own
# row before the general one), as mart_rule_year has them for sheets already loaded.
_RULES_OF_YEAR = """
    select
        year,
        unit_group,
        max(value_number) filter (where rule_code = 'self_assessment_gap' and param_code = 'warning_pct')
            as gap_threshold_pct,
        max(value_number) filter (where rule_code = 'evidence_rule' and param_code = 'required')
            as evidence_required,
        max(value_text) filter (where rule_code = 'submission_deadline' and param_code = 'cchc_report_due')
            as report_due_text
    from (
        select
            y.year,
            y.unit_group,
            r.rule_code,
            r.param_code,
            r.value_number,
            r.value_text,
            row_number() over (
                partition by y.year, y.unit_group, r.rule_code, r.param_code
                order by r.unit_group is null, r.valid_from_date desc
            ) as priority
        from (
            select distinct sh.year, u.unit_group
            from _q_sheet as sh
            inner join stg_unit as u using (unit_code)
        ) as y
        inner join stg_rule as r
            on r.valid_from_date <= make_date(y.year, 12, 31)
            and (r.valid_to_date is null or r.valid_to_date >= make_date(y.year, 12, 31))
            and (r.unit_group is null or r.unit_group = y.unit_group)
    )
    where priority = 1
    group by year, unit_group
"""


def _scores(con: duckdb.DuckDBPyConnection, parsed: dict[str, object]) -> pd.DataFrame | None:
    scores, sheets = _arrow_rows(parsed, "raw_score"), _arrow_rows(parsed, "raw_score_sheet")
    if scores is None or sheets is None:
        return None
    frame = _joined(
        con,
        {"_q_score": scores, "_q_sheet": sheets},
        f"""
        with rules as ({_RULES_OF_YEAR}),
        joined as (
            select
                s.file_sha256, s.sheet_name, s.row_number, s.criterion_code, s.stt_text,
                sh.unit_code, sh.year, u.unit_group,
                cast(s.max_points as double) as max_points,
                cast(c.max_points as double) as framework_max_points,
                cast(s.self_points as double) as self_points,
                cast(s.appraised_points as double) as appraised_points,
                coalesce(c.is_leaf, false) and not coalesce(c.is_survey, false) and not s.is_not_applicable
                    as is_scored_leaf,
                s.evidence_text is not null or s.explanation_text is not null or s.note_text is not null
                    as is_supported
            from _q_score as s
            inner join _q_sheet as sh using (file_sha256)
            left join stg_criterion as c
                on c.framework_id = sh.framework_id and c.criterion_code = s.criterion_code
            left join stg_unit as u on u.unit_code = sh.unit_code
        )
        select
            j.*,
            -- Points claimed on a scored sub-criterion need evidence or an explanation (null: nothing claimed).
            case when j.is_scored_leaf and coalesce(j.self_points, 0) > 0 then j.is_supported end as has_support,
            coalesce(r.evidence_required, 0) = 1 as is_evidence_required,
            case
                when j.is_scored_leaf and j.appraised_points is not null and coalesce(j.self_points, 0) > 0
                    then j.self_points - j.appraised_points
            end as gap_points,
            case
                when j.is_scored_leaf and j.appraised_points is not null and coalesce(j.self_points, 0) > 0
                    then round((j.self_points - j.appraised_points) / nullif(j.framework_max_points, 0) * 100, 6)
            end as gap_pct,
            r.gap_threshold_pct
        from joined as j
        left join rules as r on r.year = j.year and r.unit_group = j.unit_group
        """,
    )
    effect = msg("scoring.no_evidence_effect")
    frame["no_evidence_effect"] = [effect if required else "" for required in frame["is_evidence_required"]]
    return frame


def _score_sheets(con: duckdb.DuckDBPyConnection, parsed: dict[str, object]) -> pd.DataFrame | None:
    sheets = _arrow_rows(parsed, "raw_score_sheet")
    if sheets is None:
        return None
    return _joined(
        con,
        {"_q_sheet": sheets},
        f"""
        with rules as ({_RULES_OF_YEAR}),
        sheets as (
            select
                sh.file_sha256, sh.sheet_name, sh.unit_code, sh.year, sh.submitted_date, sh.has_appraisal,
                r.report_due_text
            from _q_sheet as sh
            left join stg_unit as u on u.unit_code = sh.unit_code
            left join rules as r on r.year = sh.year and r.unit_group = u.unit_group
        )
        select
            *,
            cast(null as integer) as row_number,
            -- The report is due on the day the rule names in the assessed year; an appraised sheet is the
            -- council's, not the unit's submission.
            case
                when not has_appraisal and report_due_text is not null
                    then make_date(
                        year,
                        cast(split_part(report_due_text, '/', 2) as integer),
                        cast(split_part(report_due_text, '/', 1) as integer)
                    )
            end as deadline_date
        from sheets
        """,
    ).assign(
        days_late=lambda f: (pd.to_datetime(f["submitted_date"]) - pd.to_datetime(f["deadline_date"])).dt.days
    )


def _officer_forms(con: duckdb.DuckDBPyConnection, parsed: dict[str, object]) -> pd.DataFrame | None:
    forms = _rows(parsed, "raw_officer_form")
    if forms is None:
        return None
    return _joined(
        con,
        {"_q_form": forms},
        """
        select
            f.file_sha256, f.sheet_name, f.row_number, f.officer_code, f.officer_name_text,
            -- 202403 for March 2024: compared with the month in progress (suite parameter current_month).
            year(f.period_month) * 100 + month(f.period_month) as period_month_number,
            strftime(f.period_month, '%m/%Y') as month_text,
            cast(f.self_score as double) as self_score,
            cast(f.reviewed_score as double) as reviewed_score,
            exists (select 1 from stg_officer as o where o.officer_code = f.officer_code) as is_known_officer
        from _q_form as f
        """,
    )


def _survey(con: duckdb.DuckDBPyConnection, parsed: dict[str, object]) -> pd.DataFrame | None:
    """Survey points with the maximum the unit's framework of the year gives them: the survey
    criterion's own, or for a total row the sum of the framework's survey criteria."""
    rows = _rows(parsed, "raw_survey")
    if rows is None:
        return None
    return _joined(
        con,
        {"_q_survey": rows},
        """
        with framework as (
            select s.*, u.unit_group, (
                select f.framework_id
                from stg_framework as f
                where f.unit_group = u.unit_group and f.from_year <= s.year and coalesce(f.to_year, 9999) >= s.year
                order by f.from_year desc
                limit 1
            ) as framework_id
            from _q_survey as s
            left join stg_unit as u using (unit_code)
        )
        select
            f.file_sha256, f.sheet_name, f.row_number, f.unit_code, f.year,
            coalesce(f.criterion_code, '') as criterion_text,
            cast(f.survey_points as double) as survey_points,
            cast(
                case
                    when f.criterion_code is null then (
                        select sum(c.max_points)
                        from stg_criterion as c
                        where c.framework_id = f.framework_id and c.is_leaf and c.is_survey
                    )
                    else (
                        select c.max_points
                        from stg_criterion as c
                        where c.framework_id = f.framework_id and c.criterion_code = f.criterion_code
                    )
                end as double
            ) as survey_max_points
        from framework as f
        """,
    )


def _units(con: duckdb.DuckDBPyConnection, parsed: dict[str, object]) -> pd.DataFrame | None:
    return _rows(parsed, "raw_unit")


def _feedback(con: duckdb.DuckDBPyConnection, parsed: dict[str, object]) -> pd.DataFrame | None:
    """Ratings arrive by the million: the suite sees each distinct combination of what it checks, with
    the first line it occurs on and how many ratings share it."""
    parts = []
    for sha, p in parsed.items():
        select = p.bulk.get("raw_feedback")  # type: ignore[attr-defined]
        if select:
            parts.append(
                con.execute(
                    f"""
                    select
                        ? as file_sha256, level, scale,
                        rated_at > current_localtimestamp() as is_future,
                        exists (select 1 from stg_officer as o where o.officer_code = r.officer_code)
                            as is_known_officer,
                        min(line_number) as row_number,
                        count(*) as rating_count
                    from ({select}) as r
                    group by all
                    """,
                    [sha],
                ).df()
            )
    return pd.concat(parts, ignore_index=True) if parts else None


# Dataset → (the kinds whose files it checks, how its frame is built).
DATASETS: dict[str, tuple[frozenset[str], Builder]] = {
    "scores": (frozenset({"scoring"}), _scores),
    "score_sheets": (frozenset({"scoring"}), _score_sheets),
    "survey": (frozenset({"survey"}), _survey),
    "officer_forms": (frozenset({"officer_form"}), _officer_forms),
    "units": (frozenset({"units"}), _units),
    "feedback": (frozenset({"feedback"}), _feedback),
}


def current_period(today: dt.date) -> dict[str, int]:
    """The suites' parameters: no assessed year after this one, no form for a month after this one."""
    return {"current_year": today.year, "current_month": today.year * 100 + today.month}


# --- Running the suites --------------------------------------------------------------------------------
class _Engine:
    """Great Expectations, imported once: an in-memory context with every suite and one dataframe
    asset per dataset."""

    def __init__(self, suites: list[Suite]) -> None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.version = gx.__version__
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        source = self.context.data_sources.add_pandas("warehouse_batches")
        self.batches = {
            name: source.add_dataframe_asset(name).add_batch_definition_whole_dataframe("batch")
            for name in DATASETS
        }
        self.suites = {s.name: self.context.suites.add(gx.ExpectationSuite(**s.body)) for s in suites}

    def validate(self, suite: Suite, frame: pd.DataFrame, parameters: dict[str, object]) -> list[dict]:
        """The failed expectations: their meta and the `_row` of each failing row."""
        batch = self.batches[suite.dataset].get_batch(batch_parameters={"dataframe": frame})
        result = batch.validate(
            self.suites[suite.name],
            expectation_parameters=parameters,
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [_ROW]},
        )
        failed = []
        for item in result.results:
            if item.success:
                continue
            if item.exception_info and item.exception_info.get("raised_exception"):
                raise RuntimeError(f"{suite.name}: {item.exception_info.get('exception_message')}")
            rows = [entry[_ROW] for entry in item.result.get("unexpected_index_list") or []]
            failed.append({"meta": dict(item.expectation_config.meta or {}), "rows": rows})
        return failed


# One engine per set of suites for the whole process: creating a context costs ~0,2 s a load.
_ENGINES: dict[tuple, _Engine] = {}


class QualityChecker:
    """Runs the suites on batches; the engine starts on the first batch that has rows to check."""

    def __init__(self, suites: list[Suite] | None = None) -> None:
        self.suites = load_suites() if suites is None else suites
        self._engine: _Engine | None = None

    def engine(self) -> _Engine:
        if self._engine is None:
            key = tuple((s.name, json.dumps(s.body, sort_keys=True)) for s in self.suites)
            if key not in _ENGINES:
                _ENGINES[key] = _Engine(self.suites)
            self._engine = _ENGINES[key]
        return self._engine

    def check(
        self,
        con: duckdb.DuckDBPyConnection,
        files: Iterable[tuple[str, str, str, object]],
        today: dt.date | None = None,
    ) -> CheckResult:
        """Check the accepted files of a batch, given as (checksum, file name, kind, Parsed)."""
        return self.validate(self.batch(con, files), today or dt.date.today(), scope="load")

    def batch(self, con: duckdb.DuckDBPyConnection, files: Iterable[tuple[str, str, str, object]]) -> Batch:
        """The frames the suites see for these files, and where each of their fields was read."""
        batch = Batch()
        by_kind: dict[str, dict[str, object]] = {}
        for sha, name, kind, parsed in files:
            batch.names[sha] = name
            by_kind.setdefault(kind, {})[sha] = parsed
            for column in parsed.columns:  # type: ignore[attr-defined]
                key = (sha, str(column["sheet_name"]), str(column["field_name"]))
                batch.letters[key] = str(column["column_letter"])
        for dataset, (kinds, build) in DATASETS.items():
            parsed = {sha: p for kind in kinds for sha, p in by_kind.get(kind, {}).items()}
            frame = build(con, parsed) if parsed and self._suites_of(dataset) else None
            if frame is not None and not frame.empty:
                batch.frames[dataset] = frame.reset_index(drop=True).assign(**{_ROW: lambda f: f.index})
        return batch

    @staticmethod
    def record(con: duckdb.DuckDBPyConnection, run: dict[str, object]) -> int:
        """Keep a run in `quality_run`; returns its id."""
        ((run_id,),) = con.execute(
            "insert into quality_run values (nextval('quality_run_seq'), ?, ?, ?, ?, ?, ?, ?, ?) returning run_id",
            [
                run["started_at"],
                run["scope"],
                run["engine_version"],
                run["suite_names"],
                run["file_count"],
                run["row_count"],
                run["critical_count"],
                run["warning_count"],
            ],
        ).fetchall()
        return int(run_id)

    def _suites_of(self, dataset: str) -> list[Suite]:
        return [s for s in self.suites if s.dataset == dataset]

    def validate(self, batch: Batch, today: dt.date, *, scope: str) -> CheckResult:
        findings: dict[str, list[Finding]] = {}
        if not batch.frames:
            return CheckResult(findings, None)
        started = dt.datetime.now()
        parameters = current_period(today)
        used: list[str] = []
        for dataset, frame in batch.frames.items():
            for suite in self._suites_of(dataset):
                used.append(suite.name)
                for failure in self.engine().validate(suite, frame, parameters):
                    for row in failure["rows"]:
                        record = frame.iloc[int(row)]
                        finding = _finding(batch, suite, failure["meta"], record)
                        findings.setdefault(str(record["file_sha256"]), []).append(finding)
        counts = [f.severity for found in findings.values() for f in found]
        run = {
            "started_at": started,
            "scope": scope,
            "engine_version": self.engine().version,
            "suite_names": used,
            "file_count": len({sha for frame in batch.frames.values() for sha in frame["file_sha256"]}),
            "row_count": sum(len(frame) for frame in batch.frames.values()),
            "critical_count": counts.count("error"),
            "warning_count": counts.count("warning"),
        }
        return CheckResult(findings, run)


def _finding(batch: Batch, suite: Suite, meta: dict, record: pd.Series) -> Finding:
    sha = str(record["file_sha256"])
    sheet = _text(record.get("sheet_name"))
    row_number = None if pd.isna(record.get("row_number")) else int(record["row_number"])
    cell = None
    if sheet is not None and row_number is not None:
        for field_name in meta.get("cell", []):
            letter = batch.letters.get((sha, sheet, field_name))
            if letter:
                cell = f"{letter}{row_number}"
                break
    values = {name: _shown(record.get(column)) for name, column in meta.get("values", {}).items()}
    rule = meta["rule"]
    message = place_prefix(batch.names.get(sha, sha), sheet, cell) + msg(rule, **values)
    return Finding(
        SEVERITIES[suite.severity],
        rule,
        message,
        sheet,
        cell,
        row_number if meta.get("row", True) else None,
        dataset=suite.dataset,
    )


def _text(value: object) -> str | None:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _shown(value: object) -> str:
    """A value as a message shows it: points with a decimal comma, dates as dd/mm/yyyy."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return str(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return fmt_points(float(value))
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.strftime("%d/%m/%Y")
    return str(value)
