"""Every page in a real browser: opened through the sidebar as a user does, drawn without errors,
screenshotted into test-output/screenshots/, and no request leaving 127.0.0.1.

Deep links: on a freshly started server every page opened by its own URL first thing still shows
the shared sidebar (its "Model" selectbox).
"""
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .helpers import assert_local_only, assert_no_errors, full_screenshot, wait_charts, wait_idle
from .server import discover_pages

PAGES = discover_pages()


def _open_via_sidebar(page, server, app_page) -> None:
    page.goto(server.url + "/")
    wait_idle(page)
    if not app_page.url_path:
        return
    link = page.locator(f'[data-testid="stSidebarNavLink"][href$="/{app_page.url_path}"]')
    more = page.locator('[data-testid="stSidebarNavViewButton"]')
    if not link.is_visible() and more.is_visible():
        more.click()  # "View more" when the list is collapsed
    link.click()
    page.wait_for_url(f"**/{app_page.url_path}")
    wait_idle(page)


@pytest.mark.parametrize("app_page", PAGES, ids=[p.name for p in PAGES])
def test_page_renders(page, server, app_page):
    _open_via_sidebar(page, server, app_page)
    wait_charts(page)
    full_screenshot(page, app_page.name)  # before the checks: a failing page is worth a look too
    assert_no_errors(page, server)
    assert not page.js_errors, f"JavaScript errors on {page.url}: {page.js_errors}"
    assert_local_only(page.requests)


def test_deep_links_on_fresh_server(new_page, fresh_server):
    """The first request to the new server is a deep link, not `/`; then each page in turn."""
    order = [p for p in PAGES if p.url_path] + [p for p in PAGES if not p.url_path]
    problems = []
    for app_page in order:
        page = new_page()  # a new context: no cookies, no session, as a bookmark opens it
        page.goto(f"{fresh_server.url}/{app_page.url_path}")
        wait_idle(page)
        try:  # waits: a slow first run may still be filling the sidebar
            page.locator('[data-testid="stSidebar"]', has_text="Model").wait_for(timeout=20_000)
        except PlaywrightTimeout:
            problems.append(f"/{app_page.url_path}: no shared sidebar with 'Model' after 20 s")
        if not page.url.rstrip("/").endswith(f"/{app_page.url_path}".rstrip("/")):
            problems.append(f"/{app_page.url_path}: ended on {page.url}")
        if "Page not found" in page.locator("body").inner_text():
            problems.append(f"/{app_page.url_path}: 'Page not found'")
        checks = (lambda: assert_no_errors(page), lambda: assert_local_only(page.requests))
        for check in checks:
            try:
                check()
            except AssertionError as err:
                problems.append(f"/{app_page.url_path}: {err}")
        page.context.close()
    assert not problems, "\n".join(problems) + f"\n--- server log ---\n{fresh_server.log_tail()}"
