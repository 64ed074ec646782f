"""A student's Keras model in a real browser: upload the lecture-shaped .keras file (made by Keras itself) in the
sidebar, give the training text and the tutorial's lower-cased convention, open it, and read its gates."""
import re

from .helpers import assert_local_only, assert_no_errors, full_screenshot, wait_charts, wait_idle


def test_upload_a_keras_file_and_open_gates(page, server, framework_models):
    folder, manifest = framework_models
    V = manifest["models"]["k_lecture"]["V"]
    page.goto(server.url + "/Gates")
    wait_idle(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(str(folder / "k_lecture.keras"))
    wait_idle(page)
    sidebar.get_by_text("Open k_lecture.keras").wait_for(timeout=30_000)
    assert "Keras LSTM(256), scaled-index input" in sidebar.inner_text()
    sidebar.locator(".st-key-ui-import-convention").get_by_text("the same, lower-cased (the Keras tutorial)").click()
    wait_idle(page)
    box = sidebar.locator(".st-key-ui-import-text textarea")
    box.fill(manifest["text"])
    box.press("Control+Enter")                                   # commits the text area
    wait_idle(page)
    sidebar.get_by_text(re.compile(rf"{V} symbols, as many as the model predicts")).wait_for(timeout=30_000)
    sidebar.locator(".st-key-ui-import-open button").click()
    wait_idle(page)
    sidebar.get_by_text(f"Keras LSTM(256), scaled-index input, {V} symbols").wait_for(timeout=30_000)
    assert wait_charts(page) >= 3, "the Gates page draws its heatmaps"
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "Forget gate f" in main and "model: Uploaded: k_lecture.keras" in main and "H=256" in main
    assert_no_errors(page, server)
    full_screenshot(page, "Gates_imported_keras")
    assert_local_only(page.requests)
