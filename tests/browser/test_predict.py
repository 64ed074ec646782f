"""Predict, then see, in a real browser: one full round on One step (move a guess, Reveal, the comparison with
reasons and the score appear; before Reveal no cell diagram is drawn) and one on Check yourself (answer every
question: each gets its verdict and explanation, the score counts them). Screenshots in test-output/."""
import re

from .helpers import OUTPUT, assert_local_only, assert_no_errors, full_screenshot, wait_charts, wait_idle


def open_page(page, server, url_path):
    """Through the sidebar menu, as a student does (a new URL would start a new session)."""
    page.goto(server.url + "/")
    wait_idle(page)
    page.locator(f'[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"][href="{url_path}"]').click()
    page.wait_for_url(f"**/{url_path}")
    wait_idle(page)


def main_text(page):
    return page.locator('[data-testid="stMain"]').inner_text()


def test_one_round_on_one_step(page, server):
    open_page(page, server, "One_step")
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 0     # nothing drawn before Reveal
    assert "Guess what the unit computes now" in main_text(page)
    thumb = page.locator('[class*="st-key-one_step-guess-f-"] input[type="range"]')
    thumb.focus()
    for _ in range(20):
        thumb.press("ArrowRight")                                         # f: 0.50 -> 0.70
    wait_idle(page)
    assert thumb.get_attribute("aria-valuetext") == "0.70"
    page.locator(".st-key-one_step-reveal button").click()
    wait_idle(page)
    wait_charts(page)
    text = main_text(page)
    assert "Your guesses and the real values" in text
    assert re.search(r"f is (high|low): pushed (up|down) by", text), text[:2000]
    assert "Your score this session: " in text and "(rounds played: 1)" in text
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 2     # guesses figure + cell diagram
    assert_no_errors(page, server)
    shot = full_screenshot(page, "one_step_reveal")
    page.set_viewport_size({"width": 1280, "height": 1100})
    page.wait_for_timeout(500)
    page.get_by_role("heading", name="Your guesses and the real values").evaluate(
        "e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(300)
    page.screenshot(path=str(OUTPUT / "one_step_reveal.png"), animations="disabled")   # as a student sees it
    assert shot.exists()
    assert not page.js_errors, page.js_errors
    assert_local_only(page.requests)


def test_one_round_on_check_yourself(page, server):
    open_page(page, server, "Check_yourself")
    groups = page.locator('[class*="st-key-quiz-q"]')
    n = groups.count()
    assert n == 10, n
    assert page.locator('[data-testid="stAlertContentSuccess"], [data-testid="stAlertContentWarning"]').count() == 0
    for k in range(n):
        groups.nth(k).locator('[data-testid="stRadioOption"]').first.click()
        wait_idle(page)
    feedback = page.locator('[data-testid="stAlertContentSuccess"], [data-testid="stAlertContentWarning"]')
    texts = feedback.all_inner_texts()
    verdicts = [t for t in texts if t.startswith(("✓ Right.", "✗ Not quite"))]
    assert len(verdicts) == 10 and all("=" in t for t in verdicts), texts
    right = sum(t.startswith("✓") for t in verdicts)
    assert f"Score: {right} of 10 answered correctly" in main_text(page)
    assert_no_errors(page, server)
    full_screenshot(page, "check_yourself_round")
    assert not page.js_errors, page.js_errors
    assert_local_only(page.requests)
