"""Parse untrusted files in a persistent child process with memory, CPU and wall-time limits.

python-calamine aborts the whole process when a sheet claims a huge area, and a crafted file can
exhaust memory; neither may take the app down. One worker process is kept alive (starting Python
costs ~100 ms, a read ~2 ms) and restarted when it dies; requests are serialised by a lock. Results
come back pickled and are unpickled with a whitelist, so a compromised child cannot run code here.
The worker can also recognise what it read (etl.recognise), so that this work runs beside the loader's.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import logging
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import ClassVar

from etl import readers
from etl.recognise import Recognised, recognise

LOG = logging.getLogger(__name__)

# 3 GB of address space: a 300k-row feedback export needs ~1 GB of Python objects.
MEMORY_LIMIT_BYTES = 3 * 1024**3
CPU_LIMIT_SECONDS = 60
WALL_TIMEOUT_SECONDS = 120.0
# A long-lived worker fragments its heap; a fresh one costs ~0.1 s, i.e. 0.1 ms a file.
MAX_JOBS_PER_WORKER = 1000

_PROJECT_ROOT = Path(__file__).resolve().parents[1]
_FRAME = struct.Struct(">Q")
_BOOT = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from etl.sandbox import _worker_main; _worker_main(int(sys.argv[2]))"
)


class _WorkerDied(Exception):
    pass


class _Timeout(Exception):
    pass


class _Worker:
    """A child Python process that reads one file per request over a pipe."""

    def __init__(self) -> None:
        self.owner_pid = os.getpid()
        self.jobs = 0
        # The child's stderr goes to a file so that a Rust abort message can be read back.
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the worker
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _BOOT, str(_PROJECT_ROOT), str(MEMORY_LIMIT_BYTES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            close_fds=True,
            # A Rust allocation failure prints one line; a backtrace would only bury it.
            env={**os.environ, "RUST_BACKTRACE": "0"},
        )
        self.stderr_start = 0

    def request(self, payload: bytes, deadline: float) -> bytes:
        self.stderr_start = os.fstat(self.stderr.fileno()).st_size
        try:
            self.proc.stdin.write(_FRAME.pack(len(payload)) + payload)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise _WorkerDied from exc
        fd = self.proc.stdout.fileno()
        size = _FRAME.unpack(_read_exact(fd, _FRAME.size, deadline))[0]
        return _read_exact(fd, size, deadline)

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()  # the worker exits on end of input
                self.proc.wait(timeout=0.5)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                stream.close()
        self.stderr.close()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()

    def stderr_since_request(self) -> str:
        """What the child wrote to stderr while handling the last request (first 16 KB)."""
        try:
            self.stderr.seek(self.stderr_start)
            return self.stderr.read(16384).decode("utf-8", "replace")
        except (OSError, ValueError):
            return ""


def _read_exact(fd: int, size: int, deadline: float) -> bytes:
    chunks = []
    remaining = size
    while remaining:
        wait = deadline - time.monotonic()
        if wait <= 0:
            raise _Timeout
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            raise _Timeout
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise _WorkerDied
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


_lock = threading.Lock()
_worker: _Worker | None = None
_atexit_registered = False


def _get_worker() -> _Worker:
    global _worker, _atexit_registered
    if _worker is not None and (_worker.owner_pid != os.getpid() or _worker.proc.poll() is not None):
        if _worker.owner_pid == os.getpid():
            _worker.stop()
        _worker = None  # a forked copy of the parent must not talk to the original's worker
    if _worker is None:
        _worker = _Worker()
        if not _atexit_registered:
            atexit.register(shutdown)
            _atexit_registered = True
    return _worker


def _discard_worker() -> None:
    global _worker
    if _worker is not None:
        _worker.kill()
        _worker.stop()
        _worker = None


def warm_up() -> None:
    """Start the worker now so that the first upload does not pay for it."""
    with _lock:
        _get_worker()


def shutdown() -> None:
    """Stop the worker process; the next read starts a new one."""
    global _worker
    acquired = _lock.acquire(timeout=2)
    try:
        if _worker is not None and _worker.owner_pid == os.getpid():
            _worker.stop()
        _worker = None
    finally:
        if acquired:
            _lock.release()


def read_isolated(
    path: Path,
    display_name: str,
    *,
    timeout: float = WALL_TIMEOUT_SECONDS,
    cpu_seconds: int = CPU_LIMIT_SECONDS,
    _crash_for_test: str | None = None,
) -> readers.Workbook:
    """Read a file in the worker process; a crash, a limit or a timeout becomes a ReadError."""
    return _request(path, display_name, None, timeout, cpu_seconds, _crash_for_test, None)


def read_recognised(
    path: Path,
    display_name: str,
    *,
    detect: bool = True,
    head_bytes: int | None = None,
    timeout: float = WALL_TIMEOUT_SECONDS,
    cpu_seconds: int = CPU_LIMIT_SECONDS,
) -> Recognised:
    """Read a file and recognise it (legacy text converted, kind detected) in the worker process;
    with `head_bytes`, a long CSV only up to there (the workbook says `truncated`)."""
    return _request(path, display_name, detect, timeout, cpu_seconds, None, head_bytes)


def _request(
    path: Path,
    display_name: str,
    detect: bool | None,
    timeout: float,
    cpu_seconds: int,
    crash: str | None,
    head_bytes: int | None,
) -> readers.Workbook | Recognised:
    request = pickle.dumps(
        (os.fspath(Path(path).absolute()), display_name, cpu_seconds, crash, detect, head_bytes)
    )
    with _lock:
        worker = _get_worker()
        try:
            reply = worker.request(request, time.monotonic() + timeout)
        except _Timeout:
            LOG.warning("reading %s timed out after %.0f s", display_name, timeout)
            _discard_worker()
            raise readers._fail("read.timeout", display_name, seconds=round(timeout)) from None
        except _WorkerDied:
            error = _classify_death(worker, display_name, cpu_seconds)
            _discard_worker()
            raise error from None
        except BaseException:
            # Interrupted mid-request: the worker's reply would answer the next request instead.
            _discard_worker()
            raise
        worker.jobs += 1
        try:
            status, payload = _RestrictedUnpickler(io.BytesIO(reply)).load()
        except (pickle.UnpicklingError, ValueError, TypeError, EOFError, AttributeError) as exc:
            LOG.warning("unreadable reply from the reader worker for %s: %s", display_name, exc)
            _discard_worker()
            raise readers._fail("read.crashed", display_name) from None
        if status == "memory" or worker.jobs >= MAX_JOBS_PER_WORKER:
            _discard_worker()
    if status == "ok":
        return payload
    if status == "memory":
        raise readers._fail("read.too_large", display_name)
    raise readers.ReadError(*payload)


def _classify_death(worker: _Worker, display_name: str, cpu_seconds: int) -> readers.ReadError:
    try:
        code = worker.proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        worker.kill()
        code = worker.proc.returncode
    tail = worker.stderr_since_request()
    LOG.warning("reader worker died on %s with code %s: %s", display_name, code, tail[:500])
    if code == -signal.SIGXCPU:
        return readers._fail("read.timeout", display_name, seconds=cpu_seconds)
    if "memory allocation" in tail or "MemoryError" in tail or "out of memory" in tail.lower():
        return readers._fail("read.too_large", display_name)
    if code == -signal.SIGKILL:
        return readers._fail("read.too_large", display_name)
    return readers._fail("read.crashed", display_name)


class _RestrictedUnpickler(pickle.Unpickler):
    """Only the result types may be rebuilt: a reply cannot name any other callable."""

    _ALLOWED: ClassVar[frozenset[tuple[str, str]]] = frozenset(
        {
            ("etl.readers", "Workbook"),
            ("etl.readers", "Sheet"),
            ("etl.recognise", "Recognised"),
            ("etl.headers", "HeaderMatch"),
            ("datetime", "datetime"),
            ("datetime", "date"),
        }
    )

    def find_class(self, module: str, name: str):
        if (module, name) not in self._ALLOWED:
            raise pickle.UnpicklingError(f"forbidden in a reader reply: {module}.{name}")
        return super().find_class(module, name)


# --- Child side ---------------------------------------------------------------------------------
def _worker_main(memory_limit: int) -> None:
    """Serve read requests from stdin until it closes; runs in the child process only."""
    import resource

    # The protocol owns the real stdout; anything a library prints goes to stderr instead.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    inp = os.fdopen(os.dup(0), "rb")
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when the worker stops
    _limit(resource.RLIMIT_CORE, 0)  # an abort must not leave a core file next to the app
    _limit(resource.RLIMIT_AS, memory_limit)
    parent = os.getppid()
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    while True:
        head = inp.read(_FRAME.size)
        if len(head) < _FRAME.size:
            return
        path, display_name, cpu_seconds, crash, detect, head_bytes = pickle.loads(
            inp.read(_FRAME.unpack(head)[0])
        )
        # RLIMIT_CPU counts the process's whole life: allow this job cpu_seconds more than used so far.
        usage = resource.getrusage(resource.RUSAGE_SELF)
        soft = int(usage.ru_utime + usage.ru_stime) + 1 + cpu_seconds
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        resource.setrlimit(
            resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard)
        )
        try:
            if crash:
                _crash(crash)
            workbook = readers._read_in_process(Path(path), display_name, head_bytes)
            reply = ("ok", workbook if detect is None else recognise(workbook, detect))
        except readers.ReadError as exc:
            reply = ("error", (exc.rule, exc.message))
        except MemoryError:
            reply = ("memory", None)
        try:
            data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            data = pickle.dumps(("memory", None))
        out.write(_FRAME.pack(len(data)) + data)
        out.flush()


def _limit(kind: int, value: int) -> None:
    import resource

    _, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    try:
        resource.setrlimit(kind, (value, hard if kind != resource.RLIMIT_CORE else value))
    except (ValueError, OSError):
        LOG.warning("cannot set resource limit %s", kind)


def _watch_parent(parent: int) -> None:
    # Without this a worker busy on a slow file would outlive a parent that was killed.
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(0)


def _crash(kind: str) -> None:
    """Test hook: misbehave the way real parser failures do."""
    if kind == "abort":
        os.abort()
    if kind == "exit":
        os._exit(3)
    if kind == "sleep":
        time.sleep(3600)
    if kind == "memory":
        _hog = bytearray(8 * 1024**3)
    if kind == "cpu":
        while True:
            pass
