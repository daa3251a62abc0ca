"""The demo province: reference data from profiles/demo plus generated files, loaded the way a user
loads them (through etl.ingest, the code behind `python -m etl ingest`).

Generated files are rebuilt from a fixed seed, so the demo warehouse is the same on every machine.
"""

from __future__ import annotations

import csv
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from access.store import seed_demo_users
from etl.demo import heads, one_stop, reference, scoring
from etl.findings import FileReport
from etl.ingest import BATCH_SIZE, Loader
from etl.kinds.base import IngestOptions
from labels import msg
from warehouse.db import PROJECT_DIR, files_dir

PROFILE_DIR = PROJECT_DIR / "profiles" / "demo"


@dataclass(frozen=True)
class DemoFile:
    """A file of the demo, how to load it, and the outcome it is meant to have."""

    path: Path
    options: IngestOptions
    expected: str  # "loaded" or "rejected": the demo plants refused files on purpose


def framework_files(profile: Path = PROFILE_DIR) -> list[DemoFile]:
    """The profile's frameworks with the id, group and years its manifest gives each."""
    files = []
    with (profile / "frameworks.csv").open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            options = IngestOptions(
                kind="framework",
                framework_id=row["Mã bộ tiêu chí"],
                unit_group=row["Nhóm"],
                from_year=int(row["Từ năm"]),
                to_year=int(row["Đến năm"]) if row["Đến năm"].strip() else None,
                legal_basis=row["Căn cứ"] or None,
            )
            files.append(DemoFile(profile / row["Tệp"], options, "loaded"))
    return files


def plan(out_dir: Path, seed: int, profile: Path = PROFILE_DIR) -> list[DemoFile]:
    """Every file of the demo in load order: the registry first, then what refers to it."""
    files = [
        DemoFile(profile / "units.csv", IngestOptions(), "loaded"),
        DemoFile(profile / "rules.csv", IngestOptions(), "loaded"),
        *framework_files(profile),
    ]
    files += reference.generate(out_dir, seed, profile)
    files += scoring.generate(out_dir, seed, profile)
    files += one_stop.generate(out_dir, seed, profile)
    files += heads.generate(out_dir, profile)
    return files


def build_demo(database: Path, out_dir: Path | None = None, *, force: bool = False, seed: int = 2025) -> int:
    """Generate the demo files and load them; returns a process exit status."""
    out_dir = out_dir or database.parent / "demo_inputs"
    if database.exists() and not force:
        print(msg("demo.exists", db=database))
        return 0
    for stale in (database, Path(f"{database}.wal"), files_dir(database), out_dir):
        if stale.is_dir():
            shutil.rmtree(stale)
        elif stale.exists():
            stale.unlink()
    out_dir.mkdir(parents=True, exist_ok=True)
    reports: list[FileReport] = []
    unexpected = []
    with Loader(database, batch_size=BATCH_SIZE) as loader:
        for item in plan(out_dir, seed):
            report = loader.ingest(item.path, item.options)
            reports.append(report)
            if report.status != item.expected:
                unexpected.append(
                    msg("demo.unexpected", file=item.path.name, status=report.status, expected=item.expected)
                )
                unexpected += [f"  {f.message}" for f in report.findings]
    # Accounts live in the access store beside the warehouse; seeding again restores the documented
    # passwords of the demo accounts (README, "Demo accounts").
    accounts = seed_demo_users(database)
    if unexpected:
        print("\n".join(unexpected), file=sys.stderr)
        return 1
    print(
        msg(
            "demo.done",
            db=database,
            loaded=sum(r.status == "loaded" for r in reports),
            rejected=sum(r.status == "rejected" for r in reports),
        )
    )
    print(msg("demo.accounts", accounts=", ".join(f"{name} / {password}" for name, _, password in accounts)))
    return 0
