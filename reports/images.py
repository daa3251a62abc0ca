"""Charts as files: PNG at print resolution and SVG, drawn server-side by kaleido in a headless
Chromium. One render server is kept open per process, so only the first chart pays Chromium's start
(~3 s); each later one takes ~0,2 s. Without a Chromium the app still runs and says why the image
buttons are off (`unavailable_reason`)."""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from typing import Literal

import plotly.graph_objects as go

from etl.text import fold
from labels import report as txt

ImageFormat = Literal["png", "svg"]

# Print resolution: a 1200 px wide chart at scale 2 is 2400 px, 300 dpi across a 20 cm text column.
PRINT_SCALE = 2
DEFAULT_WIDTH = 1200
DEFAULT_HEIGHT = 600
# Chromium's names on Debian and elsewhere; BROWSER_PATH (kaleido's own variable) overrides them.
_BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
# A render that takes longer than this is a hung browser, not a slow chart.
_RENDER_TIMEOUT_S = 60

_lock = threading.Lock()
_server_started = False


class RenderUnavailable(RuntimeError):
    """No Chromium to draw with, or the render server failed; the message is for the user."""


def browser_path() -> str | None:
    """The Chromium kaleido would use, or None when the machine has none."""
    explicit = os.environ.get("BROWSER_PATH")
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    for name in _BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def unavailable_reason() -> str | None:
    """Why charts cannot be saved as images on this machine (Vietnamese), or None when they can."""
    if browser_path() is None:
        return txt.NO_CHROMIUM
    return None


def available() -> bool:
    return unavailable_reason() is None


def _ensure_server() -> None:
    global _server_started
    if _server_started:
        return
    import kaleido  # ~0,25 s: imported on the first export, never on a page's import path

    kaleido.start_sync_server(path=browser_path(), mathjax=False, silence_warnings=True)
    _server_started = True


def warm_up() -> None:
    """Start the render server in a background thread, so Chromium's start (~3 s) overlaps the caller's
    own work (a report's queries); the first render waits for it. Nothing happens without a Chromium."""
    if _server_started or unavailable_reason():
        return

    def start() -> None:
        with _lock, contextlib.suppress(Exception):
            # A failure here is met again, and reported, by the first render.
            _ensure_server()

    threading.Thread(target=start, name="render-server-start", daemon=True).start()


def render(
    fig: go.Figure,
    fmt: ImageFormat,
    *,
    width: int = DEFAULT_WIDTH,
    height: int | None = None,
    scale: float = PRINT_SCALE,
) -> bytes:
    """The figure as PNG (at `scale`× its size) or SVG (vector; text kept as text). Calls are
    serialised: kaleido's server answers one request at a time, and two sessions asking at once would
    otherwise receive each other's image."""
    reason = unavailable_reason()
    if reason:
        raise RenderUnavailable(reason)
    size_height = height or fig.layout.height or DEFAULT_HEIGHT
    opts = {"format": fmt, "width": width, "height": size_height, "scale": scale if fmt == "png" else 1}
    with _lock:
        _ensure_server()
        import kaleido

        result: list[object] = []

        def call() -> None:
            try:
                result.append(kaleido.calc_fig_sync(fig, opts=opts))
            except Exception as exc:
                result.append(exc)

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(_RENDER_TIMEOUT_S)
        if worker.is_alive() or not result:
            _restart_server()
            raise RenderUnavailable(txt.RENDER_TIMEOUT)
        outcome = result[0]
    if isinstance(outcome, Exception):
        raise RenderUnavailable(txt.RENDER_FAILED.format(error=outcome)) from outcome
    if not _is_image(outcome, fmt):
        # kaleido answers some failures (a figure its page cannot draw) with a few bytes instead of an
        # error; a report must not embed them as a picture.
        raise RenderUnavailable(
            txt.RENDER_FAILED.format(error=txt.RENDER_NOT_IMAGE.format(size=len(outcome or b"")))
        )
    return outcome  # type: ignore[return-value]


def _is_image(data: object, fmt: ImageFormat) -> bool:
    if not isinstance(data, bytes):
        return False
    if fmt == "png":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    return b"<svg" in data[:1024]


def shutdown() -> None:
    """Close the render server and its Chromium (a command line does so before it exits, or Chromium
    may still be writing into its temporary folder while Python removes it)."""
    with _lock:
        if _server_started:
            _restart_server()


def _restart_server() -> None:
    """Forget a hung server; the next render starts a new one."""
    global _server_started
    import kaleido

    # A dead server cannot be stopped cleanly; forgetting it and starting anew is enough.
    with contextlib.suppress(Exception):
        kaleido.stop_sync_server(silence_warnings=True)
    _server_started = False


def file_stem(text: str) -> str:
    """An ASCII file name from a Vietnamese title: browsers and mail clients mangle diacritics."""
    return "_".join(fold(text).split())[:80].strip("_") or "bieu_do"
