"""`python -m warehouse migrate [--db FILE]`: create or upgrade the warehouse and rebuild its models."""

import argparse
import sys

from warehouse.db import db_path, prepare

parser = argparse.ArgumentParser(prog="python -m warehouse")
parser.add_argument("command", choices=["migrate"])
parser.add_argument("--db")
args = parser.parse_args()
prepare(db_path(args.db))
print(f"OK: {db_path(args.db)}")
sys.exit(0)
