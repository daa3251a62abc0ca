"""App cold start and the app's peak memory, each in a fresh process.

- `server_health_s`: `streamlit run app.py` (headless) from launch until its health endpoint
  (/_stcore/health) answers: the server is up; no page has been drawn yet (that needs a browser session).
- `first_render_s`: a fresh Python process from its first import (Streamlit's AppTest, the app) until the
  signed-in home page (Tổng quan) has been drawn with every query run: import to first render.
- `app_peak_memory_gb`: the same process's peak resident memory (VmHWM, bench/memory.py) after it has also drawn every
  other page once: the app serving all of its pages on that warehouse.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from warehouse.db import PROJECT_DIR

_CHILD = """
import json, sys, time
started = time.perf_counter()
from bench.pages import render
first, errors = render("pages/overview.py", clear=False)
first_render = time.perf_counter() - started
from pathlib import Path
for page in sorted(Path("pages").glob("*.py")):
    render(f"pages/{page.name}", "admin" if page.stem == "admin" else "noi_vu", clear=False)
from bench.memory import own_peak_kb
peak_kb = own_peak_kb()
print(json.dumps({"first_render_s": first_render, "errors": errors, "peak_kb": peak_kb}))
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_health_seconds(database: Path, timeout: float = 120.0) -> tuple[float, float]:
    """Seconds until `streamlit run` answers its health check, and the server's peak memory (GB) then."""
    port = _free_port()
    env = {**os.environ, "CCHC_DB": str(database)}
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
    ]
    started = time.perf_counter()
    server = subprocess.Popen(
        command, cwd=PROJECT_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while time.perf_counter() - started < timeout:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                time.sleep(0.05)
        seconds = time.perf_counter() - started
        peak_gb = _peak_gb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return seconds, peak_gb


def _peak_gb(pid: int) -> float:
    """VmHWM of a live process (its peak resident memory so far)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 2**20
    return 0.0


def run(database: Path) -> dict[str, object]:
    health, server_gb = server_health_seconds(database)
    env = {**os.environ, "CCHC_DB": str(database)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, check=True
    )
    child = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "server_health_s": round(health, 2),
        "server_peak_memory_gb_at_health": round(server_gb, 3),
        "first_render_s": round(child["first_render_s"], 2),
        "first_render_exceptions": child["errors"],
        "app_peak_memory_gb": round(child["peak_kb"] / 2**20, 3),
        "target_memory_gb": 2.0,
    }
