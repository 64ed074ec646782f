"""WCAG 2.2 AA in a real browser: axe-core (bundled by axe-playwright-python) on every page, in English and
in Polish, after the figures have drawn and with the page's expanders open as a student opens them.

The rules run are axe's WCAG A and AA tags of 2.0, 2.1 and 2.2; none is disabled. The prediction exercises are
also checked once played (ROUNDS: guesses revealed, the fading practice open, every quiz question answered), so
the widgets, tables and figures that only a reveal shows are checked too. Every figure must also
have an accessible name (its alt text, charts.alt), and <html lang> must name the interface language. A failure lists each
violation with its rule, help text, and the first elements it found (selector, HTML, what is wrong).
"""
import pytest
from axe_playwright_python.sync_playwright import Axe

from .helpers import assert_no_errors, wait_charts, wait_idle
from .server import discover_pages

PAGES = discover_pages()
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE = Axe()
LANGUAGE_NAMES = {"en": "English", "pl": "Polski"}


def choose_language(page, lang) -> None:
    """The sidebar's Language box, as a student switches it (the choice is kept across the page menu)."""
    if lang == "en":
        return
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]', has_text="Language").click()
    page.get_by_role("option", name=LANGUAGE_NAMES[lang]).click()
    wait_idle(page)


def open_page(page, server, app_page, lang) -> None:
    """Home, the language, then the page through the sidebar menu; its figures drawn."""
    page.goto(server.url + "/")
    wait_idle(page)
    choose_language(page, lang)
    if app_page.url_path:
        page.locator(f'[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"][href="{app_page.url_path}"]'
                     ).click()
        page.wait_for_url(f"**/{app_page.url_path}")
        wait_idle(page)
    wait_charts(page)


def open_expanders(page) -> int:
    """Open every closed expander of the main area (each a <details>), as a curious student does."""
    closed = page.locator('[data-testid="stMain"] [data-testid="stExpander"] details:not([open]) > summary')
    n = closed.count()
    for k in range(n):
        closed.first.click()           # the locator re-evaluates: the opened one drops out of it
        page.wait_for_timeout(100)
    wait_idle(page)
    wait_charts(page)
    return n


def unnamed_figures(page) -> list[str]:
    """Plotly figures without an accessible name (st.plotly_chart's alt becomes the figure's aria-label)."""
    return page.evaluate("""() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
        .filter(e => !(e.getAttribute('aria-label') || '').trim())
        .map(e => (e.querySelector('.gtitle') || {}).textContent || '(untitled)')""")


def axe_violations(page) -> list[dict]:
    """axe-core's violations of the WCAG A/AA rules on the page as it is now."""
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return AXE.run(page, options=options).response["violations"]


def describe(violations, max_nodes=4) -> str:
    """Readable: one block per rule, its first elements with the selector, HTML and axe's reasons."""
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}, {len(v['nodes'])} element(s)): {v['help']}  [{v['helpUrl']}]")
        for node in v["nodes"][:max_nodes]:
            reasons = "; ".join(c["message"] for key in ("any", "all", "none") for c in node.get(key, []))
            lines.append(f"    at {' '.join(map(str, node['target']))}")
            lines.append(f"       {node['html'][:200]}")
            if reasons:
                lines.append(f"       why: {reasons[:300]}")
    return "\n".join(lines)


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("app_page", PAGES, ids=[p.name for p in PAGES])
def test_page_has_no_wcag_violations(page, server, app_page, lang):
    open_page(page, server, app_page, lang)
    opened = open_expanders(page)
    assert_no_errors(page, server)
    violations = axe_violations(page)
    assert not unnamed_figures(page), f"figures without a text alternative: {unnamed_figures(page)}"
    assert page.evaluate("document.documentElement.lang") == lang, "the page does not say which language it is in"
    assert not violations, (f"axe-core: {len(violations)} WCAG 2.2 A/AA rule(s) violated on "
                            f"/{app_page.url_path} ({lang}, {opened} expander(s) opened):\n{describe(violations)}")


def test_the_page_language_follows_the_language_box(page, server):
    """<html lang> is what screen readers pronounce by (WCAG 3.1.1): Polish after choosing Polski, English again
    after choosing English, also on the next page."""
    open_page(page, server, PAGES[0], "pl")
    assert page.evaluate("document.documentElement.lang") == "pl"
    page.locator('[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"]').nth(3).click()
    wait_idle(page)
    assert page.evaluate("document.documentElement.lang") == "pl"
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]', has_text="Język").click()
    page.get_by_role("option", name="English").click()
    wait_idle(page)
    assert page.evaluate("document.documentElement.lang") == "en"


def _click(page, selector) -> None:
    page.locator(selector).first.click()
    wait_idle(page)


def _charts(page) -> int:
    wait_charts(page)
    return page.locator('[data-testid="stPlotlyChart"]').count()


def _one_step(page) -> None:
    _click(page, ".st-key-one_step-reveal button")
    assert _charts(page) == 2                                  # the guesses figure and the cell diagram


def _practice(page) -> None:
    page.locator(".st-key-one_step-exercise [data-testid='stRadioOption']").nth(1).click()
    # the rerun the click starts can begin after wait_idle's settle period on a loaded machine: wait for
    # the blank itself (a click that never switched the mode still fails here, after the timeout)
    page.locator('[data-testid="stNumberInput"]').first.wait_for(state="visible", timeout=60_000)
    wait_idle(page)


def _generate(page) -> None:
    # from the keyboard: after the sidebar's Language box was used, a first click on this box only focused it
    box = page.locator('[class*="st-key-gen-guess-symbol-"] [role="combobox"]')
    box.focus()
    box.press("ArrowDown")
    page.get_by_role("option").first.click()
    wait_idle(page)
    _click(page, ".st-key-generate-reveal button")
    _click(page, ".st-key-gen-recitation_button button")
    assert _charts(page) == 2                                  # the step's bars and the recitation


def _gradients(page) -> None:
    _click(page, ".st-key-gradients-reveal button")
    assert _charts(page) >= 1


def _quiz(page) -> None:
    groups = page.locator('[class*="st-key-quiz-q"]')
    for k in range(groups.count()):
        groups.nth(k).locator('[data-testid="stRadioOption"]').first.click()
        wait_idle(page)
    verdicts = page.locator('[data-testid="stAlertContentSuccess"], [data-testid="stAlertContentWarning"]')
    assert verdicts.count() >= groups.count() > 0              # each answer's verdict and explanation


ROUNDS = {"one_step": ("One_step", _one_step), "practice": ("One_step", _practice),
          "generate": ("Generate", _generate), "gradients": ("Gradients_through_time", _gradients),
          "check_yourself": ("Check_yourself", _quiz)}


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("round_name", ROUNDS)
def test_played_prediction_rounds_have_no_wcag_violations(page, server, round_name, lang):
    url_path, play = ROUNDS[round_name]
    app_page = next(p for p in PAGES if p.url_path == url_path)
    open_page(page, server, app_page, lang)
    play(page)
    wait_charts(page)
    opened = open_expanders(page)
    assert_no_errors(page, server)
    violations = axe_violations(page)
    assert not unnamed_figures(page), f"figures without a text alternative: {unnamed_figures(page)}"
    assert not violations, (f"axe-core: {len(violations)} WCAG 2.2 A/AA rule(s) violated on /{url_path} after "
                            f"playing {round_name} ({lang}, {opened} expander(s) opened):\n{describe(violations)}")
