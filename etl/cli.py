"""Command line: `python -m etl ingest|template|docs|demo|users`. See docs/cli.md for the contract."""

from __future__ import annotations

import argparse
import getpass
import json
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from etl.findings import ERROR, FileReport
from etl.kinds import KINDS
from etl.kinds.base import IngestOptions
from labels import access as access_labels
from labels import msg, ui
from warehouse.db import db_path

if TYPE_CHECKING:
    from access.store import User

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that says what went wrong in Vietnamese and exits 2, as the contract says."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(msg("cli.usage_error", detail=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _names(value: str) -> frozenset[str]:
    return frozenset(part.strip() for part in value.split(",") if part.strip())


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
    # Set by the app's "Nạp dữ liệu" page: who uploaded, and what a unit's account may send.
    ingest.add_argument("--uploader", help=msg("cli.uploader_help"))
    ingest.add_argument("--allowed-kinds", type=_names, help=msg("cli.allowed_kinds_help"))
    ingest.add_argument("--allowed-units", type=_names, help=msg("cli.allowed_units_help"))
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

    _add_users_parser(commands)
    return parser


def _add_users_parser(commands: argparse._SubParsersAction) -> None:
    users = commands.add_parser("users", help=msg("cli.users_help"))
    actions = users.add_subparsers(dest="users_command", required=True, parser_class=_Parser)
    roles = ", ".join(f"{code} ({name})" for code, name in access_labels.ROLE_LABELS.items())

    add = actions.add_parser("add", help=msg("cli.users_add_help"))
    add.add_argument("user_name", metavar="NAME", help=msg("cli.users_name_help"))
    # No `choices`: an unknown role is refused by the store with a Vietnamese message listing the roles.
    add.add_argument("--role", required=True, help=msg("cli.users_role_help", roles=roles))
    add.add_argument("--unit", dest="unit_code", metavar="CODE", help=msg("cli.users_unit_help"))
    add.add_argument("--display", dest="display_name", help=msg("cli.users_display_help"))
    add.add_argument("--password-stdin", action="store_true", help=msg("cli.users_password_stdin_help"))

    for name, help_code in (("disable", "cli.users_disable_help"), ("enable", "cli.users_enable_help")):
        action = actions.add_parser(name, help=msg(help_code))
        action.add_argument("user_name", metavar="NAME", help=msg("cli.users_name_help"))

    reset = actions.add_parser("reset", help=msg("cli.users_reset_help"))
    reset.add_argument("user_name", metavar="NAME", help=msg("cli.users_name_help"))
    source = reset.add_mutually_exclusive_group()
    source.add_argument("--password-stdin", action="store_true", help=msg("cli.users_password_stdin_help"))
    source.add_argument("--generate", action="store_true", help=msg("cli.users_generate_help"))

    actions.add_parser("list", help=msg("cli.users_list_help"))
    for action in actions.choices.values():
        action.add_argument("--db", type=Path, help=msg("cli.db_help"))


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
    if args.command == "users":
        return _users(args)
    return EXIT_USAGE


def _users(args: argparse.Namespace) -> int:
    """Manage the app's accounts; every change is audited under `cli:<login name>`."""
    from access import store

    database = db_path(args.db)
    actor = f"cli:{_login_name()}"
    name = getattr(args, "user_name", None)
    try:
        if args.users_command == "list":
            print(render_users(store.users(database)))
        elif args.users_command == "add":
            store.check_new_user(name, args.role, args.unit_code)
            user = store.add_user(
                database,
                name,
                _read_password(args.password_stdin),
                args.role,
                unit_code=args.unit_code,
                display_name=args.display_name,
                actor=actor,
            )
            role = access_labels.ROLE_LABELS[user.role]
            print(msg("cli.users_added", user_name=user.user_name, role=role))
        elif args.users_command == "disable":
            store.disable_user(database, name, actor=actor)
            print(msg("cli.users_disabled", user_name=store.normalise_user_name(name)))
        elif args.users_command == "enable":
            store.enable_user(database, name, actor=actor)
            print(msg("cli.users_enabled", user_name=store.normalise_user_name(name)))
        elif args.users_command == "reset":
            password = _generate_password() if args.generate else _read_password(args.password_stdin)
            store.reset_password(database, name, password, actor=actor)
            print(msg("cli.users_reset_done", user_name=store.normalise_user_name(name)))
            if args.generate:
                print(
                    msg("cli.users_generated", user_name=store.normalise_user_name(name), password=password)
                )
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers and services
        return "?"


def _read_password(from_stdin: bool) -> str:
    """A password from stdin's first line, or typed twice without echo; never from the command line, where
    it would stay in the shell history and the process list."""
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise ValueError(msg("cli.users_password_empty"))
        return password
    password = getpass.getpass(msg("cli.users_password_prompt"))
    if getpass.getpass(msg("cli.users_password_again")) != password:
        raise ValueError(msg("cli.users_password_mismatch"))
    return password


def _generate_password() -> str:
    """A random password of 20 URL-safe characters (120 bits) that passes the strength rule."""
    from access.passwords import check_strength

    while True:
        password = secrets.token_urlsafe(15)
        if check_strength(password) is None:
            return password


def render_users(accounts: list[User]) -> str:
    """The accounts as a readable table, or how to create the first one."""
    if not accounts:
        return msg("cli.users_none")
    headers = [msg(f"cli.users_header_{column}") for column in ("name", "display", "role", "unit", "status")]
    lines = [
        [
            user.user_name,
            user.display_name,
            access_labels.ROLE_LABELS[user.role],
            user.unit_code or "",
            access_labels.STATUS_ACTIVE if user.is_active else access_labels.STATUS_DISABLED,
        ]
        for user in accounts
    ]
    widths = [max(len(header), *(len(line[i]) for line in lines)) for i, header in enumerate(headers)]
    out = [
        "  ".join(header.ljust(width) for header, width in zip(headers, widths, strict=True)),
        "  ".join("-" * width for width in widths),
    ]
    out += ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) for line in lines]
    return "\n".join(line.rstrip() for line in out)


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
        allowed_kinds=args.allowed_kinds,
        allowed_units=args.allowed_units,
    )
    show_progress = not args.json and sys.stderr.isatty()
    database = db_path(args.db)
    trail = _LoadTrail(database, args.uploader or f"cli:{getpass.getuser()}", uploaded=bool(args.uploader))

    def on_report(report: FileReport, number: int, total: int) -> None:
        trail.record(report)
        if args.json:
            print(json.dumps(report.to_json(), ensure_ascii=False), flush=True)
        elif show_progress and total > 5:
            done = int(30 * number / total)
            print(
                f"\r[{'#' * done}{'.' * (30 - done)}] {number}/{total}", end="", file=sys.stderr, flush=True
            )

    try:
        reports = ingest_paths(args.paths, database, options, on_report=on_report)
    finally:
        trail.close()
    if show_progress and len(reports) > 5:
        print(file=sys.stderr)
    if not args.json:
        print(render_table(reports))
    return EXIT_REJECTED if any(r.status == "rejected" for r in reports) else EXIT_OK


class _LoadTrail:
    """Every upload, load, supersede and refusal on the audit trail, with who asked and the file; one
    connection for the whole run, an entry committed with each file's report."""

    def __init__(self, database: Path, actor: str, *, uploaded: bool) -> None:
        from access import connect

        self.actor = actor
        self.uploaded = uploaded
        self.connection = connect(database)

    def record(self, report: FileReport) -> None:
        from access.audit import insert_entry

        name = Path(report.file).name
        detail = " ".join(f"{k}={v}" for k, v in (("kind", report.kind), ("unit", report.unit_code),
                          ("period", report.period or report.year), ("sha256", report.sha256[:12])) if v)  # fmt: skip
        actions = ["upload"] if self.uploaded else []
        if report.status == "rejected":
            actions.append("reject")
        elif report.status in ("loaded", "superseded"):
            actions.append("load")
            if report.supersedes:
                actions.append("supersede")
        for action in actions:
            insert_entry(self.connection, self.actor, action, name, f"{report.status}; {detail}")

    def close(self) -> None:
        self.connection.close()


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
