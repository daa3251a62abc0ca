"""Command line: `python -m etl ingest|demo`. See docs/cli.md for the contract."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from etl.findings import ERROR, FileReport
from etl.kinds import KINDS
from etl.kinds.base import IngestOptions
from labels import msg, ui
from warehouse.db import db_path

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that says what went wrong in Vietnamese and exits 2, as the contract says."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(msg("cli.usage_error", detail=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m etl", description=msg("cli.description"))
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    ingest = commands.add_parser("ingest", help=msg("cli.ingest_help"))
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--kind", choices=sorted(KINDS), help=msg("cli.kind_help"))
    ingest.add_argument("--db", type=Path, help=msg("cli.db_help"))
    ingest.add_argument("--json", action="store_true", help=msg("cli.json_help"))
    ingest.add_argument("--framework-id", help=msg("cli.framework_id_help"))
    ingest.add_argument("--group", help=msg("cli.group_help"))
    ingest.add_argument("--from-year", type=int, help=msg("cli.from_year_help"))
    ingest.add_argument("--to-year", type=int, help=msg("cli.to_year_help"))
    ingest.add_argument("--legal-basis", help=msg("cli.legal_basis_help"))
    ingest.add_argument("--unit", help=msg("cli.unit_help"))
    ingest.add_argument("--year", type=int, help=msg("cli.year_help"))
    ingest.add_argument("--index", dest="index_name", help=msg("cli.index_help"))
    ingest.add_argument("--month", help=msg("cli.month_help"))
    ingest.add_argument("--scale", type=int, choices=(3, 5), help=msg("cli.scale_help"))

    template = commands.add_parser("template", help=msg("cli.template_help"))
    template.add_argument("--framework", required=True, help=msg("cli.template_framework_help"))
    template.add_argument("--unit", required=True, help=msg("cli.template_unit_help"))
    template.add_argument("--year", type=int, required=True, help=msg("cli.year_help"))
    template.add_argument("-o", "--output", type=Path, required=True, help=msg("cli.template_output_help"))
    template.add_argument("--db", type=Path, help=msg("cli.db_help"))

    docs = commands.add_parser("docs", help=msg("cli.docs_help"))
    docs.add_argument("--db", type=Path, help=msg("cli.db_help"))
    docs.add_argument("--out", type=Path, help=msg("cli.docs_out_help"))

    demo = commands.add_parser("demo", help=msg("cli.demo_help"))
    demo.add_argument("--db", type=Path, help=msg("cli.db_help"))
    demo.add_argument("--out", type=Path, help=msg("cli.demo_out_help"))
    demo.add_argument("--force", action="store_true", help=msg("cli.demo_force_help"))
    demo.add_argument("--seed", type=int, default=2025, help=msg("cli.demo_seed_help"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "ingest":
        return _ingest(args)
    if args.command == "template":
        from etl.template import TemplateError, write_template

        try:
            path = write_template(db_path(args.db), args.framework, args.unit, args.year, args.output)
        except TemplateError as exc:
            print(str(exc), file=sys.stderr)
            return EXIT_REJECTED
        print(msg("cli.template_done", path=path))
        return EXIT_OK
    if args.command == "docs":
        from etl.quality_docs import build_docs

        database = db_path(args.db)
        if not database.exists():
            print(msg("cli.docs_no_warehouse", db=database), file=sys.stderr)
            return EXIT_USAGE
        done = build_docs(database, args.out)
        print(
            msg(
                "cli.docs_done",
                site=done.site,
                files=f"{done.files:,}".replace(",", "."),
                rows=f"{done.rows:,}".replace(",", "."),
                critical=done.critical,
                warnings=done.warnings,
            )
        )
        return EXIT_OK
    if args.command == "demo":
        from etl.demo import build_demo

        return build_demo(database=db_path(args.db), out_dir=args.out, force=args.force, seed=args.seed)
    return EXIT_USAGE


def _ingest(args: argparse.Namespace) -> int:
    from etl.ingest import ingest_paths

    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(msg("cli.path_missing", paths=", ".join(missing)), file=sys.stderr)
        return EXIT_USAGE
    options = IngestOptions(
        kind=args.kind,
        framework_id=args.framework_id,
        unit_group=args.group,
        from_year=args.from_year,
        to_year=args.to_year,
        legal_basis=args.legal_basis,
        unit=args.unit,
        year=args.year,
        index_name=args.index_name,
        month=args.month,
        scale=args.scale,
    )
    show_progress = not args.json and sys.stderr.isatty()

    def on_report(report: FileReport, number: int, total: int) -> None:
        if args.json:
            print(json.dumps(report.to_json(), ensure_ascii=False), flush=True)
        elif show_progress and total > 5:
            done = int(30 * number / total)
            print(
                f"\r[{'#' * done}{'.' * (30 - done)}] {number}/{total}", end="", file=sys.stderr, flush=True
            )

    reports = ingest_paths(args.paths, db_path(args.db), options, on_report=on_report)
    if show_progress and len(reports) > 5:
        print(file=sys.stderr)
    if not args.json:
        print(render_table(reports))
    return EXIT_REJECTED if any(r.status == "rejected" for r in reports) else EXIT_OK


def render_table(reports: list[FileReport]) -> str:
    """A readable table of outcomes, then every finding in full."""
    headers = [
        ui.COLUMNS["file_name"],
        ui.COLUMNS["kind"],
        ui.COLUMNS["status"],
        ui.COLUMNS["rows_loaded"],
        ui.COLUMNS["error_count"],
        ui.COLUMNS["warning_count"],
    ]
    lines = [
        [
            Path(r.file).name,
            ui.KIND_LABELS.get(r.kind or "", r.kind or "?"),
            ui.STATUS_LABELS[r.status],
            str(r.rows_loaded),
            str(sum(1 for f in r.findings if f.severity == ERROR)),
            str(sum(1 for f in r.findings if f.severity != ERROR)),
        ]
        for r in reports
    ]
    widths = [
        max(len(h), *(len(row[i]) for row in lines)) if lines else len(h) for i, h in enumerate(headers)
    ]
    out = [
        "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in lines]
    details = [f"- [{ui.SEVERITY_LABELS[f.severity]}] {f.message}" for r in reports for f in r.findings]
    if details:
        out += ["", *details]
    counts = {
        status: sum(1 for r in reports if r.status == status)
        for status in ("loaded", "rejected", "duplicate")
    }
    out += ["", msg("cli.summary", **counts)]
    return "\n".join(out)
