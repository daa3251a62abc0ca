"""Command line: `python -m reports quarterly|annual|public`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from labels import report as txt
from warehouse.db import db_path

EXIT_OK = 0
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that says what went wrong in Vietnamese and exits 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(txt.CLI_USAGE_ERROR.format(detail=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _quarter(value: str) -> int:
    number = int(value)
    if number not in (1, 2, 3, 4):
        raise argparse.ArgumentTypeError(txt.CLI_QUARTER_HELP)
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m reports", description=txt.CLI_DESCRIPTION)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, help_text in (("quarterly", txt.CLI_QUARTERLY_HELP), ("annual", txt.CLI_ANNUAL_HELP)):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--year", type=int, required=True, help=txt.CLI_YEAR_HELP)
        if name == "quarterly":
            command.add_argument("--quarter", type=_quarter, required=True, help=txt.CLI_QUARTER_HELP)
        command.add_argument("--group", help=txt.CLI_GROUP_HELP)
        command.add_argument("--db", type=Path, help=txt.CLI_DB_HELP)
        command.add_argument("-o", "--out", type=Path, required=True, help=txt.CLI_OUT_HELP)
    public = commands.add_parser("public", help=txt.CLI_PUBLIC_HELP)
    public.add_argument("--year", type=int, required=True, help=txt.CLI_YEAR_HELP)
    public.add_argument("--quarter", type=_quarter, help=txt.CLI_QUARTER_HELP)
    public.add_argument("--db", type=Path, help=txt.CLI_DB_HELP)
    public.add_argument("-o", "--out", type=Path, required=True, help=txt.CLI_PUBLIC_OUT_HELP)
    return parser


def main(argv: list[str] | None = None) -> int:
    """The command runs on the machine itself, which holds the warehouse file anyway: it reads as the
    system principal, not as a signed-in user."""
    from dashboard import queries

    with queries.acting_as(queries.SYSTEM_PRINCIPAL):
        return _main(argv)


def _main(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    database = db_path(args.db)
    if not database.exists():
        print(txt.CLI_NO_DB.format(db=database), file=sys.stderr)
        return EXIT_USAGE
    # The page queries read the warehouse named by CCHC_DB; the report reuses them as they are.
    os.environ["CCHC_DB"] = str(database)
    _quiet_streamlit()
    if args.command == "public":
        from reports import public

        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(public.page(args.year, args.quarter), encoding="utf-8")
        print(txt.CLI_PUBLIC_DONE.format(out=args.out))
        return EXIT_OK
    from dashboard.format import vn_number
    from reports import images, pack

    images.warm_up()
    try:
        content = pack.build(args.year, args.quarter if args.command == "quarterly" else None, args.group)
        files = pack.write(content, args.out)
    finally:
        images.shutdown()
    if files.image_note:
        print(txt.CLI_NO_IMAGES.format(reason=files.image_note), file=sys.stderr)
    print(
        txt.CLI_DONE.format(
            out=files.folder,
            files=2 + len(files.images),
            figures=len(content.figures),
            tables=len(content.tables),
            seconds=vn_number(files.seconds, 1),
        )
    )
    return EXIT_OK


def _quiet_streamlit() -> None:
    """The page queries are cached with st.cache_data, which warns on every call outside a running app;
    the warning means nothing here."""
    import logging

    import streamlit.runtime.caching.cache_data_api  # noqa: F401 - creates the logger silenced below

    logging.getLogger("streamlit.runtime.caching.cache_data_api").setLevel(logging.ERROR)
