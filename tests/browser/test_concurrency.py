"""Five browser sessions on one server train the fast preset on five different texts at once.

Each session types its own text on the Training page; the five Train buttons are clicked within a
fraction of a second. All must finish ("Finished"), each recitation grid must draw its own text and
stay drawn, no exception may appear. Time-to-finish per session is printed next to one session training alone.
"""
import re
import time

from charts.training import recitation_grid
from lstm.train import DEFAULT_TEXT

from .helpers import assert_no_errors, wait_idle

SUFFIXES = [" One.", " Two two.", " Three three.", " Four four four.", " Five five five five."]
TIMEOUT = 120                                   # seconds: 2 cores, five runs share them
FINISHED = re.compile(r"^\s*Finished")
GRID_JS = """() => {
  const plot = [...document.querySelectorAll('.js-plotly-plot')]
      .find(p => p.layout && String(p.layout.title && p.layout.title.text).includes('Greedy recitation'));
  return plot ? plot.data[0].text : null;
}"""


def prepare(new_page, server, text):
    page = new_page()
    page.goto(server.url + "/Training")
    wait_idle(page)
    box = page.locator(".st-key-train-text textarea")
    box.fill(text)
    box.press("Control+Enter")
    wait_idle(page)
    return page


def alert(page):
    return page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text=FINISHED).count() > 0



def race(pages):
    """Click every Train button, then poll until each page shows Finished: seconds per page."""
    starts = {}
    for i, page in enumerate(pages):
        page.locator(".st-key-train_start button").click()
        starts[i] = time.monotonic()
    done, deadline = {}, time.monotonic() + TIMEOUT
    while len(done) < len(pages) and time.monotonic() < deadline:
        for i, page in enumerate(pages):
            if i not in done and alert(page):
                done[i] = time.monotonic() - starts[i]
        time.sleep(0.1)
    stuck = [(pages[i].locator('[data-testid^="stAlert"]').all_inner_texts(), pages[i].locator("body").inner_text()[:1500])
             for i in range(len(pages)) if i not in done]
    assert len(done) == len(pages), f"only {sorted(done)} finished within {TIMEOUT} s: {stuck}"
    return [done[i] for i in range(len(pages))]


def assert_own_result(page, server, text):
    wait_idle(page, timeout=TIMEOUT)
    assert_no_errors(page, server)
    page.wait_for_function(GRID_JS, timeout=60_000)
    grid = page.evaluate(GRID_JS)
    want = recitation_grid(text[0], list(text[1:]), list(text[1:]))[0]
    assert grid == want, "the recitation grid is not this session's text"
    assert f"{len(text) - 1} / {len(text) - 1}" in page.locator("body").inner_text()


def test_five_sessions_train_at_once_each_on_its_own_text(new_page, server):
    alone_text = DEFAULT_TEXT + " Alone."
    alone = prepare(new_page, server, alone_text)
    (single,) = race([alone])
    assert_own_result(alone, server, alone_text)

    texts = [DEFAULT_TEXT + s for s in SUFFIXES]
    pages = [prepare(new_page, server, t) for t in texts]
    times = race(pages)
    for page, text in zip(pages, texts):
        assert_own_result(page, server, text)
        assert not page.js_errors, page.js_errors

    time.sleep(2)                       # the live fragment's last timer ticks have landed by now
    for i, page in enumerate(pages, 1):  # ... and the results stay (they once vanished after a late tick)
        wait_idle(page)
        assert alert(page) and page.evaluate(GRID_JS) is not None, f"session {i}: results gone after finishing"

    print(f"\n{'session':>8} {'chars':>6} {'seconds to Finished':>20} {'× alone':>8} {'alert':>6}")
    print(f"{'alone':>8} {len(alone_text):>6} {single:>20.2f} {1:>8.2f} {alert(alone)!s:>6}")
    for i, (text, t, page) in enumerate(zip(texts, times, pages), 1):
        print(f"{i:>8} {len(text):>6} {t:>20.2f} {t / single:>8.2f} {alert(page)!s:>6}")
    print(f"{'max':>8} {'':>6} {max(times):>20.2f} {max(times) / single:>8.2f}")
