"""Helpers for writing browser tests against the running app (Playwright sync API).

Typical test (fixtures `server` and `page` come from tests/browser/conftest.py):
    page.goto(server.url + "/Gates"); wait_idle(page); wait_charts(page)
    assert_no_errors(page, server); full_screenshot(page, "Gates")
`page.requests` (a RequestLog) records every URL the page asked for; `assert_local_only(page.requests)`.
"""
import re
import time
from pathlib import Path
from urllib.parse import urlparse

from .server import OUTPUT

SCREENSHOTS = OUTPUT / "screenshots"
APP_IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
LOCAL_SCHEMES = {"data", "blob", "about"}


class RequestLog:
    """Every URL requested by a browser context (HTTP and websocket), in order."""

    def __init__(self, context):
        self.urls: list[str] = []
        context.on("request", lambda request: self.urls.append(request.url))
        context.on("page", self.watch_page)

    def watch_page(self, page) -> None:
        page.on("websocket", lambda ws: self.urls.append(ws.url))

    def external(self) -> list[str]:
        """URLs whose host is not this machine (data:, blob:, about: URLs are local)."""
        return [
            u
            for u in self.urls
            if urlparse(u).scheme not in LOCAL_SCHEMES and urlparse(u).hostname not in LOCAL_HOSTS
        ]


def assert_local_only(log: RequestLog) -> None:
    bad = log.external()
    assert not bad, f"{len(bad)} request(s) left 127.0.0.1: {sorted(set(bad))[:10]}"


def _script_state(page) -> str | None:
    return page.get_attribute('[data-testid="stApp"]', "data-test-script-state")


def wait_idle(page, timeout: float = 60, settle: float = 0.6) -> None:
    """Wait until the script has finished running and stayed finished for `settle` seconds.

    The settle period catches the rerun that a click or a navigation starts a moment later.
    """
    deadline = time.monotonic() + timeout
    while True:
        remaining_ms = max(1.0, (deadline - time.monotonic()) * 1000)
        page.wait_for_selector(APP_IDLE, state="attached", timeout=remaining_ms)
        quiet_until = time.monotonic() + settle
        while time.monotonic() < quiet_until and _script_state(page) == "notRunning":
            page.wait_for_timeout(100)
        if _script_state(page) == "notRunning":
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"app still running after {timeout} s")


_CHARTS_DRAWN = """() => {
  const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
      .filter(c => c.getClientRects().length > 0);          // visible ones (not in a closed tab)
  return charts.every(c => c.querySelector('.js-plotly-plot .main-svg'));
}"""


def chart_count(page) -> int:
    return page.locator('[data-testid="stPlotlyChart"]').count()


def wait_charts(page, timeout: float = 30) -> int:
    """If the page has plotly charts, wait until every visible one has drawn its `.main-svg`."""
    n = chart_count(page)
    if n:
        page.wait_for_selector(".js-plotly-plot .main-svg", state="attached", timeout=timeout * 1000)
        page.wait_for_function(_CHARTS_DRAWN, timeout=timeout * 1000)
    return n


def error_texts(page) -> list[str]:
    """Texts of everything on the page that looks like an error: exceptions, st.error, tracebacks."""
    found = []
    kinds = {
        "exception": '[data-testid="stException"]',
        "st.error": '[data-testid="stAlertContentError"]:not([data-testid="stException"] *)',
    }
    for kind, selector in kinds.items():
        found += [f"{kind}: {t[:300]}" for t in page.locator(selector).all_inner_texts()]
    body = page.locator("body").inner_text()
    for needle in ("Traceback (most recent call last)", "This app has encountered an error"):
        if needle in body and not found:
            found.append(f"text {needle!r} on the page")
    return found


def assert_no_errors(page, server=None) -> None:
    """No exception box, no error alert, no traceback text; on failure show the server log."""
    errors = error_texts(page)
    log = f"\n--- server log ---\n{server.log_tail()}" if (errors and server) else ""
    assert not errors, f"errors on {page.url}: {errors}{log}"


def _content_height(page) -> int:
    return page.evaluate(
        """() => Math.max(...['[data-testid="stMain"]', '[data-testid="stSidebarContent"]',
                              '[data-testid="stAppViewContainer"]']
            .map(s => document.querySelector(s)).filter(Boolean).map(e => e.scrollHeight),
            document.documentElement.scrollHeight)"""
    )


def full_screenshot(page, name: str, max_height: int = 16000) -> Path:
    """Grow the viewport to the main block's scroll height, then screenshot the whole page.

    Streamlit scrolls inside [data-testid="stMain"], so full_page=True alone stops at the window.
    """
    width = page.viewport_size["width"] if page.viewport_size else 1280
    for _ in range(3):  # the layout can grow a little once the window is taller
        height = min(max_height, _content_height(page))
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(300)
        if _content_height(page) <= height:
            break
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', name)}.png"
    page.screenshot(path=str(path), full_page=True, animations="disabled")
    return path
