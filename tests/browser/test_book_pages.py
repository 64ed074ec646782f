"""The Alice book model in a real browser: chosen on the home page ("a model that read a whole book"), then
Gates through the sidebar menu: the layer selector shows the top layer, and each gate's heatmap of 256 units ×
2,000 characters is drawn (plotly paints a heatmap as an <image> in its heatmap layer), with no error, no
JavaScript error, no request leaving 127.0.0.1, and no WCAG 2.2 A/AA violation (axe-core) with what only a
book model shows (the layer selector, the excerpt box).
"""
from .helpers import assert_local_only, assert_no_errors, full_screenshot, wait_charts, wait_idle
from .test_accessibility import axe_violations, describe

HEATMAP_DRAWN = """title => {
  const chart = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
      .find(c => ((c.querySelector('.gtitle') || {}).textContent || '').startsWith(title));
  if (!chart) return null;
  const image = chart.querySelector('.heatmaplayer image');
  const box = image && image.getBoundingClientRect();
  return {href: !!(image && (image.getAttribute('href') || image.getAttribute('xlink:href'))),
          width: box ? box.width : 0, height: box ? box.height : 0};
}"""


def test_gates_draws_the_alice_heatmaps(page, server):
    page.goto(server.url + "/")
    wait_idle(page)
    page.get_by_role("radiogroup").filter(has_text="whole book").get_by_text("A model that read a whole book").click()
    wait_idle(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert "H = 256" in sidebar.inner_text()                   # the sidebar's line about the chosen model
    sidebar.locator('a[data-testid="stPageLink-NavLink"][href="Gates"]').click()
    page.wait_for_url("**/Gates")
    wait_idle(page, timeout=120)
    wait_charts(page, timeout=60)
    full_screenshot(page, "book-alice-gates")
    assert_no_errors(page, server)
    assert not page.js_errors, f"JavaScript errors on {page.url}: {page.js_errors}"
    main = page.locator('[data-testid="stMain"]')
    assert main.locator('[data-testid="stSelectbox"]', has_text="Layer").count() == 1
    for title in ("Forget gate f — layer 2 of 2", "Input gate i — layer 2 of 2", "Output gate o — layer 2 of 2"):
        drawn = page.evaluate(HEATMAP_DRAWN, title)
        assert drawn and drawn["href"] and drawn["width"] > 300 and drawn["height"] > 100, (title, drawn)
    violations = axe_violations(page)
    assert not violations, describe(violations)
    assert_local_only(page.requests)
