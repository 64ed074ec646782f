"""The guided tour in a real browser: started from the sidebar on Home, then Next through every step;
each step's heading appears on its own page (reached by st.switch_page), with no error anywhere.
Relies on ui.tour: sidebar button key `tour.start`, box buttons `tour.next`; headings from ui.tour.STEPS.
"""
from ui import tour

from .helpers import assert_local_only, assert_no_errors, full_screenshot, wait_idle
from .server import REPO, discover_pages

URL_PATHS = {p.file.relative_to(REPO).as_posix(): p.url_path for p in discover_pages()}


def _click(page, key):
    page.locator(f".st-key-{key.replace('.', '-')} button").click()
    wait_idle(page)


def test_tour_from_sidebar_through_every_step(page, server):
    page.goto(server.url + "/")
    wait_idle(page)
    assert page.locator(".st-key-tour-next").count() == 0          # no box until the tour starts
    _click(page, "tour.start")
    n = len(tour.STEPS)
    for k, step in enumerate(tour.STEPS):
        heading = page.get_by_role("heading", name=step.heading)
        heading.first.wait_for(state="visible")
        main = page.locator('[data-testid="stMain"]').inner_text()
        assert f"step {k + 1} of {n}" in main, (k, main[:300])
        assert page.url.rstrip("/").endswith(f"/{URL_PATHS[step.page]}".rstrip("/")), (step.page, page.url)
        assert_no_errors(page, server)
        if k == 0:
            full_screenshot(page, "tour_step_1")
        _click(page, "tour.next")
    assert page.locator(".st-key-tour-next").count() == 0          # Finish closes the tour
    assert "Start the guided tour" in page.locator('[data-testid="stSidebar"]').inner_text()
    assert_no_errors(page, server)
    assert not page.js_errors, page.js_errors
    assert_local_only(page.requests)
