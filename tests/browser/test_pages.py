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
    page.locator(f'[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"][href="{app_page.url_path}"]').click()
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


def test_menu_follows_the_language(page, server):
    """Streamlit's file-name menu is hidden; ours shows the page titles in the chosen language and keeps it."""
    page.goto(server.url + "/")
    wait_idle(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert page.locator('[data-testid="stSidebarNav"]').count() == 0, "Streamlit's own (English) menu is shown"
    links = sidebar.locator('a[data-testid="stPageLink-NavLink"]')
    assert links.count() == len(PAGES)
    def labels():  # each link's text is "icon\n\nlabel"
        return [text.split("\n")[-1].strip() for text in links.all_inner_texts()]

    english = labels()
    assert "Gates" in english and "Cell state" in english and "Home" in english
    sidebar.locator('[data-testid="stSelectbox"]', has_text="Language").click()
    page.get_by_role("option", name="Polski").click()
    wait_idle(page)
    polish = labels()
    assert "Bramki" in polish and "Stan komórki" in polish and "Start" in polish, polish
    assert not set(polish) & {"Gates", "Cell state", "Training", "Generate"}, polish
    links.filter(has_text="Bramki").click()
    page.wait_for_url("**/Gates")
    wait_idle(page)
    assert page.locator("h1").first.inner_text().strip().startswith("Bramki")
    assert "Bramki" in labels()       # the language is kept on the next page
    assert_no_errors(page, server)
