"""Files sent through the app, loaded by the real loader in a child process.

The app's own process only reads the warehouse's replica; the child takes the warehouse for writing,
parses each untrusted file in its sandboxed reader, and publishes the replica when it finishes, so people
browsing meanwhile see the warehouse before or after the upload, never half of it. The child reports
each file as a JSON line as soon as it is decided, which drives the page's progress bar."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from warehouse.db import PROJECT_DIR

# Per file, as the loader applies it (etl.readers) and .streamlit/config.toml's maxUploadSize says.
DEFAULT_LIMIT_MB = 20
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


def limit_bytes() -> int:
    """The size limit of one uploaded file: CCHC_MAX_UPLOAD_MB, else 20 MB."""
    try:
        megabytes = float(os.environ.get("CCHC_MAX_UPLOAD_MB", DEFAULT_LIMIT_MB))
    except ValueError:
        megabytes = DEFAULT_LIMIT_MB
    return int(megabytes * 1024 * 1024)


def safe_name(name: str) -> str:
    """The file's own name without any folder part or character a file system would refuse; the
    messages name the file as the user knows it."""
    base = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE.sub("_", base).strip(" .")
    return cleaned[:150] or "tep_tai_len"


@dataclass(frozen=True)
class Staged:
    name: str
    path: Path | None  # None: refused before loading (too large)
    size: int


def stage(files: Iterable[tuple[str, bytes]], folder: Path) -> list[Staged]:
    """Write each upload to its own folder (two files may share a name); a file over the limit is not
    written at all."""
    staged = []
    for number, (name, data) in enumerate(files, start=1):
        clean = safe_name(name)
        if len(data) > limit_bytes():
            staged.append(Staged(clean, None, len(data)))
            continue
        target = folder / f"{number:03d}" / clean
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        staged.append(Staged(clean, target, len(data)))
    return staged


def load(
    paths: list[Path],
    database: Path,
    *,
    uploader: str,
    allowed_kinds: frozenset[str] | None,
    allowed_units: frozenset[str] | None,
    on_report: Callable[[dict[str, object]], None],
) -> tuple[int, str]:
    """Load the files with `python -m etl ingest --json` in a child process, calling `on_report` with
    each file's report as it comes; returns the child's exit code (0 all loaded, 1 some refused, 2 the
    load could not start) and what it said on stderr."""
    command = [sys.executable, "-m", "etl", "ingest", *map(str, paths), "--json", "--db", str(database)]
    command += ["--uploader", uploader]
    if allowed_kinds is not None:
        command += ["--allowed-kinds", ",".join(sorted(allowed_kinds))]
    if allowed_units is not None:
        command += ["--allowed-units", ",".join(sorted(allowed_units))]
    with subprocess.Popen(
        command,
        cwd=PROJECT_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            line = line.strip()
            if line.startswith("{"):
                on_report(json.loads(line))
        said = child.stderr.read() if child.stderr is not None else ""
        return child.wait(), said
