"""The HTML report opens OFFLINE: Chromium with every non-file request aborted draws every plotly figure.

The report is built by the same code as the app's download button (ui.report.report_parts +
charts.report), written to a temporary file and opened as file://; a screenshot goes to test-output/.
"""
import datetime

from charts.report import build_report, report_figures
from lstm import CharLSTM, Vocabulary
from lstm.optim import Adam
from ui.report import report_parts

from .helpers import SCREENSHOTS

TEXT = 'The "quick" (brown) fox <jumps> & runs.\n'
HISTORY = {"iteration": [0, 10, 20], "loss": [90.0, 20.0, 2.0], "smooth_loss": [92.0, 91.5, 91.0],
           "exact_loss": [None, None, 2.0]}
LOCAL = ("file:", "data:", "blob:", "about:")


def report_file(tmp_path):
    vocab = Vocabulary.from_text(TEXT)
    model = CharLSTM(vocab, hidden=8, seed=0)
    opt, idx = Adam(model.theta.size, lr=0.05), vocab.encode(TEXT)
    for _ in range(20):
        opt.step(model.theta, model.loss_and_grads(idx[:-1], idx[1:]).grad)
    samples, recitation, trace = report_parts(model, "text", TEXT, True)
    figs = report_figures(trace, HISTORY)
    page = build_report(model_label="browser test <model>", text=TEXT, config={"hidden": 8, "target": 0.1},
                        summary={"iterations": 20}, figures=figs, samples=samples, recitation=recitation,
                        date=datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    path = tmp_path / "lstm-report-test.html"
    path.write_text(page, encoding="utf-8")
    return path, len(figs)


def test_report_renders_every_figure_with_the_network_blocked(browser, tmp_path):
    path, n_figures = report_file(tmp_path)
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    blocked, errors = [], []
    try:
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(LOCAL)
                      else (blocked.append(route.request.url), route.abort()))
        page = context.new_page()
        page.on("pageerror", lambda err: errors.append(str(err)))
        page.goto(path.as_uri())
        page.wait_for_function(f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {n_figures}",
                               timeout=30_000)
        plots = page.locator(".js-plotly-plot").count()
        titles = page.locator(".js-plotly-plot .gtitle").evaluate_all("els => els.map(e => e.textContent)")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "report-offline.png"), full_page=True)
        assert page.title() == "LSTM report: browser test <model>"          # escaped in HTML, literal here
        assert page.locator("script").evaluate_all("s => s.filter(x => x.src).length") == 0
    finally:
        context.close()
    assert plots == n_figures
    assert "forget gate f over the text" in titles and "cell state C over the text" in titles
    assert not errors, errors
    assert not blocked, f"the report asked the network for {blocked[:5]}"
