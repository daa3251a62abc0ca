"""`python -m warehouse migrate [--db FILE]`: create or upgrade the warehouse and rebuild its models.
`python -m warehouse export-parquet DIR [--db FILE]`: write the marts as Parquet partitioned by year and
province (warehouse.parquet), for an engine beyond one machine."""

import argparse
import sys
from pathlib import Path

from warehouse.db import db_path, prepare

parser = argparse.ArgumentParser(prog="python -m warehouse")
parser.add_argument("command", choices=["migrate", "export-parquet"])
parser.add_argument("folder", nargs="?", help="export-parquet: the folder to write")
parser.add_argument("--db")
args = parser.parse_args()
if args.command == "migrate":
    prepare(db_path(args.db))
    print(f"OK: {db_path(args.db)}")
    sys.exit(0)
if not args.folder:
    parser.error("export-parquet needs a folder")
from warehouse.parquet import export  # noqa: E402

written = export(db_path(args.db), Path(args.folder))
for mart, rows in written.items():
    print(f"{mart}: {rows}")
print(f"OK: {args.folder}")
sys.exit(0)
