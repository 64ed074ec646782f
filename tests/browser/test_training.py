"""The one real flow: Training page -> Train (default preset and text) -> finished message,
loss chart and recitation visible.  Relies on: a button keyed `train_start` labelled "Train",
a success alert starting "Finished", the word "Recitation" on the page afterwards.
"""
import re

from .helpers import assert_local_only, assert_no_errors, full_screenshot, wait_charts, wait_idle

TRAIN_TIMEOUT_MS = 120_000


def test_train_until_finished(page, server):
    page.goto(server.url + "/Training")
    wait_idle(page)
    assert_no_errors(page, server)
    button = page.locator(".st-key-train_start button")
    assert button.inner_text().strip() == "Train"
    button.click()
    finished = page.locator('[data-testid="stAlertContentSuccess"]').filter(
        has_text=re.compile(r"^\s*Finished")
    )
    finished.first.wait_for(state="visible", timeout=TRAIN_TIMEOUT_MS)
    wait_idle(page, timeout=TRAIN_TIMEOUT_MS / 1000)
    assert wait_charts(page) > 0, "no plotly chart after training"
    assert page.locator(".js-plotly-plot .main-svg").first.is_visible()
    assert page.get_by_text("Recitation").count() > 0, "no 'Recitation' on the page"
    assert_no_errors(page, server)
    full_screenshot(page, "Training_finished")
    assert_local_only(page.requests)
