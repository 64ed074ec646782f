"""Fixtures for the browser tests: one shared Streamlit server, one Chromium, a fresh page per test.

Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH); `playwright install` is never needed.
Every test here gets the `browser` marker. Missing Chromium or playwright fails loudly, never skips:
`bash scripts/test.sh` installs both.
"""
import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from .helpers import RequestLog
from .server import streamlit_server

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
VIEWPORT = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


def _chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.access(path, os.X_OK):
        pytest.fail(f"Chromium not found at {path}: run bash scripts/test.sh (it installs it)")
    return path


@pytest.fixture(scope="session")
def browser():
    executable = _chromium_path()
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="session")
def server():
    """One Streamlit server shared by the tests that do not need a fresh one."""
    with streamlit_server() as running:
        yield running


@pytest.fixture
def fresh_server():
    """A Streamlit server started for this test alone (nobody has opened `/` on it yet)."""
    with streamlit_server() as running:
        yield running


@pytest.fixture
def new_page(browser):
    """Factory: a page in a new browser context; `page.requests` records its requests."""
    contexts = []

    def make():
        context = browser.new_context(viewport=dict(VIEWPORT))
        contexts.append(context)
        log = RequestLog(context)
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.requests = log
        page.js_errors = []
        page.on("pageerror", lambda err: page.js_errors.append(str(err)))
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()
