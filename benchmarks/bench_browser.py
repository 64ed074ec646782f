"""What a student waits for in a real browser after moving a control, on the Alice book model.

    python benchmarks/bench_browser.py [--repeats 5]

Starts the app (a Streamlit server, as `streamlit run app.py`) and Debian's Chromium (headless, via
playwright; never `playwright install`), chooses "a model that read a whole book" on the home page, goes to
each page through the sidebar's menu, and moves each of its listed controls `repeats` times as a student would
(a slider: the arrow key; a selectbox: a click on the next option), timing from that key press or click until
the script has run (Streamlit's `data-test-script-state` back from running) and the browser has painted the
result (two animation frames later), with the page's own clock. Unlike benchmarks/bench_pages.py (AppTest),
this includes sending the figures to the browser and plotly drawing them (three 256 × 2,000 heatmaps on Gates
and Cell state), and a control inside an st.fragment reruns only its fragment, as it does for a student.
Prints a markdown table of medians, against the pages' goal of 0.3 s.
"""
import argparse
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import TimeoutError as PlaywrightTimeout, sync_playwright  # noqa: E402

from tests.browser.conftest import CHROMIUM_ARGS, VIEWPORT  # noqa: E402
from tests.browser.helpers import wait_charts, wait_idle  # noqa: E402
from tests.browser.server import streamlit_server  # noqa: E402

# In-page clocks (performance.now), so the polling of the test driver adds nothing: the key press or click is stamped
# by a keydown/pointerdown listener, the end of the run by the mutation of Streamlit's script state away from "running", and
# the paint two animation frames after it.
INSTALL = """() => {
  if (window.__bench) return;
  window.__bench = {key: null, done: null};
  const stamp = () => {
    if (window.__bench.armed && window.__bench.key === null) window.__bench.key = performance.now();
  };
  document.addEventListener('keydown', stamp, true);
  document.addEventListener('pointerdown', stamp, true);
  new MutationObserver(records => {
    const b = window.__bench;
    if (b.key === null || b.done !== null) return;
    if (records.some(r => r.oldValue === 'running' && r.target.getAttribute(r.attributeName) !== 'running'))
      requestAnimationFrame(() => requestAnimationFrame(() => { b.done = performance.now(); }));
  }).observe(document.body, {subtree: true, attributes: true, attributeOldValue: true,
                             attributeFilter: ['data-test-script-state']});
}"""
ARM = "() => Object.assign(window.__bench, {armed: true, key: null, done: null})"
WAITED = "() => window.__bench.done !== null && (window.__bench.done - window.__bench.key) / 1000"

# page (its menu link) -> [(what the student does, widget kind, the label the widget shows)]
CONTROLS = {
    "Gates": [("choose the other layer", "selectbox", "Layer"),
              ("choose the next unit (fragment)", "selectbox", "Unit"),
              ("choose the next gate (fragment)", "selectbox", "Gate")],
    "Cell_state": [("choose the other layer", "selectbox", "Layer"),
                   ("move the threshold (fragment)", "slider", "Threshold"),
                   ("choose the next quantity (fragment)", "selectbox", "Quantity")],
    "Find_the_neuron": [("choose the next property", "selectbox", "Property of the text"),
                        ("choose the next unit to switch off", "selectbox", "Unit to switch off")],
    "Attribution": [("move the position t", "slider", "Position t")],
    "One_step": [("move the position t", "slider", "Position t in the text")],
}


def _open_list(page, box, attempts=3):
    """Open a selectbox's list of options (a click on its box; once more if the first click only focused it)."""
    options = page.get_by_role("option")
    for attempt in range(attempts):
        box.locator("input").click()
        try:
            options.first.wait_for(state="visible", timeout=3000)
            return options
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
            page.keyboard.press("Escape")
    return options


def _press(page, kind, label, timeout=60):
    """Move the widget labelled `label` one step (a slider: the arrow key; a selectbox: a click on the next
    option); seconds from that key press or click until the rerun it caused has finished and the browser
    has painted its result."""
    main = page.locator('[data-testid="stMain"]')
    page.evaluate(INSTALL)
    if kind == "selectbox":
        options = _open_list(page, main.locator('[data-testid="stSelectbox"]', has_text=label).first)
        chosen = [o.get_attribute("aria-selected") == "true" for o in options.all()]
        following = (chosen.index(True) + 1 if True in chosen else 1) % len(chosen)
        page.evaluate(ARM)
        options.nth(following).click()              # the next option (the first after the last)
    else:
        main.locator('[data-testid="stSlider"]', has_text=label).first.get_by_role("slider").first.focus()
        page.evaluate(ARM)
        page.keyboard.press("ArrowRight")
    return page.wait_for_function(WAITED, timeout=timeout * 1000).json_value()


def bench(page, path, repeats):
    """[(what, median s, max s)] for the controls of one page, reached through the sidebar's menu (loading
    its URL afresh would start a new session, back on the default model)."""
    rows = []
    page.locator(f'[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"][href="{path}"]').click()
    page.wait_for_url(f"**/{path}")
    wait_idle(page, timeout=180)
    wait_charts(page, timeout=120)
    for name in CONTROLS[path]:
        what, kind, label = name
        times = []
        for _ in range(repeats):
            times.append(_press(page, kind, label))
            wait_idle(page, timeout=60, settle=0.3)
        rows.append((what, statistics.median(times), max(times)))
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    with streamlit_server() as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
                                     args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(server.url + "/")
        wait_idle(page)
        page.get_by_text("A model that read a whole book", exact=True).click()
        wait_idle(page, timeout=120)
        print("| page (Alice, 2 × 256) | what the student does | median wait (s) | max (s) |")
        print("|---|---|---|---|")
        worst = 0.0
        for path in CONTROLS:
            for what, med, top in bench(page, path, args.repeats):
                worst = max(worst, med)
                print(f"| {path.replace('_', ' ')} | {what} | {med:.3f} | {top:.3f} |", flush=True)
        browser.close()
    print(f"\nworst median wait: {worst:.3f} s (goal ≤ 0.3 s); key press to painted result, headless Chromium; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
