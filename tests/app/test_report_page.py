"""Report page (AppTest): it renders for a session model and the shipped one, and its download button
carries the whole self-contained report (read back from AppTest's in-memory media storage)."""
from tests.app.conftest import ROOT, assert_clean, downloaded, run_page, tiny_trained

PAGE = ROOT / "pages" / "10_Report.py"
TEXT = 'say "hi" <b>(to me)</b> & "go".\n'
META = {"text": TEXT, "train_config": {"hidden": 8, "criterion": "exact", "target": 0.1, "lr": 0.05},
        "summary": {"iterations": 60, "seconds": 0.3, "criterion": "exact"},
        "history": {"iteration": [0, 30, 60], "loss": [90.0, 5.0, 0.5], "smooth_loss": [92.0, 91.0, 90.0],
                    "exact_loss": [None, None, 0.5]}}
TITLES = ("Training loss per 25-symbol window", "forget gate f over the text", "input gate i over the text",
          "output gate o over the text", "cell state C over the text")


def tiny_model(steps=60):
    return tiny_trained(TEXT, steps)


def test_report_downloads_with_every_figure_and_plotly_inline(media):
    at = run_page(PAGE, {"ui.session_model": (tiny_model(), META), "ui.model": "session"})
    assert_clean(at)
    name, data = downloaded(at, media)
    page = data.decode("utf-8")
    assert name == "lstm-report-trained-in-this-session.html"
    for title in TITLES:
        assert f'"text":"{title}"' in page, title
    assert page.count("plotly.js v") == 1 and page.count("Plotly.newPlot") == len(TITLES)
    assert "&lt;b&gt;(to me)&lt;/b&gt; &amp;" in page and "<b>(to me)</b>" not in page
    assert "temperature 0.5" in page and "Greedy recitation" in page and "@page { size: A4" in page
    assert [df.value.shape[0] for df in at.dataframe] == [4, 3]          # config and summary previews


def test_report_without_history_or_config_still_downloads(media):
    at = run_page(PAGE, {"ui.session_model": (tiny_model(5), {"text": TEXT}), "ui.model": "session"})
    assert_clean(at)
    assert any("no stored training history" in i.value for i in at.info)
    page = downloaded(at, media)[1].decode("utf-8")
    assert "No training history is stored with this model." in page and "No training configuration" in page


def test_report_for_the_default_shipped_model(media):
    at = run_page(PAGE)
    assert_clean(at)
    page = downloaded(at, media)[1].decode("utf-8")
    assert all(f'"text":"{t}' in page for t in ("Training loss", "forget gate f", "cell state C"))
