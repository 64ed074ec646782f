"""In a real browser, HTML in a text is shown as characters, never run or rendered.

The two payloads go into the Training page's text (trained with Step, then used as the session model so
every page's caption quotes the text), the sidebar's own text, and the Generate page's prime. No dialog
may fire, no <img src="x"> may enter the DOM, no script element may carry the payload, and the page's
visible text must contain the payload's characters.
"""
from .helpers import assert_no_errors, wait_charts, wait_idle

SCRIPT, IMG = "<script>alert(1)</script>", "<img src=x onerror=alert(1)>"
TEXT = f"{SCRIPT} {IMG} **bold** $x$"
SLOW_MS = 120_000


def watch(page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return dialogs


def assert_inert(page, dialogs):
    page.wait_for_timeout(500)                                   # give an onerror handler time to fire
    assert dialogs == [], f"a dialog fired: {dialogs}"
    assert page.locator('img[src="x"]').count() == 0
    ran = page.evaluate("() => [...document.scripts].some(s => s.textContent.includes('alert(1)'))")
    assert not ran, "the payload became a script element"
    assert not page.js_errors, page.js_errors


def type_into(page, selector, text):
    box = page.locator(selector).first
    box.fill(text)
    box.press("Control+Enter" if "textarea" in selector else "Enter")
    wait_idle(page, timeout=SLOW_MS / 1000)


def test_html_payloads_are_shown_literally_and_never_run(page, server):
    dialogs = watch(page)
    page.goto(server.url + "/Training")
    wait_idle(page)
    type_into(page, ".st-key-train-text textarea", TEXT)
    page.locator(".st-key-train_step button").click()
    wait_idle(page, timeout=SLOW_MS / 1000)
    page.locator(".st-key-train_use button").click()            # the session model: captions quote its text
    wait_idle(page, timeout=SLOW_MS / 1000)
    wait_charts(page)
    assert_no_errors(page, server)
    body = page.locator("body").inner_text()
    assert SCRIPT in body and "<img src=x one" in body, "the payload is not shown as characters"
    assert_inert(page, dialogs)

    # the sidebar's own text, on a model that knows these symbols
    page.locator(".st-key-w-ui-text_mode label").filter(has_text="My own text").click()
    wait_idle(page)
    type_into(page, ".st-key-w-ui-text textarea", IMG + " " + SCRIPT)
    # Training's own figures describe the run trained there; Gates draws (and captions) the sidebar's text
    page.locator('[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"]', has_text="Gates").first.click()
    wait_idle(page, timeout=SLOW_MS / 1000)
    wait_charts(page)
    assert_no_errors(page, server)
    assert IMG in page.locator("body").inner_text()
    assert_inert(page, dialogs)

    # the Generate page's prime (through the sidebar link: a new URL would start a new session)
    page.locator('[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"]').filter(has_text="Generate").first.click()
    wait_idle(page, timeout=SLOW_MS / 1000)
    type_into(page, ".st-key-gen-prime input", SCRIPT)
    wait_charts(page)
    assert_no_errors(page, server)
    assert f"'{SCRIPT}'" in page.locator("body").inner_text()
    assert_inert(page, dialogs)


def test_payload_prime_on_the_shipped_model_is_refused_literally(page, server):
    dialogs = watch(page)
    page.goto(server.url + "/Generate")
    wait_idle(page, timeout=SLOW_MS / 1000)
    type_into(page, ".st-key-gen-prime input", IMG)
    warning = page.locator('[data-testid="stAlertContentWarning"]').filter(has_text="not in this model")
    assert warning.count() == 1
    assert "'<'" in warning.inner_text() or "'='" in warning.inner_text()
    assert_inert(page, dialogs)
