"""Text boxes whose default comes from the model follow the model in the browser, not only in AppTest: a
keyed widget's identity is its key, so the browser keeps showing (and sends back on the next click) its old
value unless the new one is set through st.session_state (ui.setup.follow_default). What the student typed
stays."""
from ui import models

from .helpers import assert_no_errors, wait_idle

ALICE_START = models.shipped_model("alice-char")[1]["text"][:20]
SONNETS, ALICE = models.SHIPPED["sonnets-char"], models.SHIPPED["alice-char"]


def choose_kind(page, label):
    page.get_by_role("radiogroup").filter(has_text="whole book").get_by_text(label, exact=True).click()
    wait_idle(page)


def test_home_demo_begins_with_the_chosen_models_text(page, server):
    page.goto(server.url + "/")
    wait_idle(page)
    box = page.get_by_role("textbox", name="Beginning of a text")
    sentence = box.input_value()
    choose_kind(page, "A model that read a whole book")
    assert box.input_value() == ALICE_START != sentence
    box.fill("The Queen")
    box.press("Enter")
    wait_idle(page)
    choose_kind(page, "A model that memorised one sentence")
    assert box.input_value() == "The Queen"                     # typed by the student: kept
    assert_no_errors(page, server)


def choose_model(page, name):
    """The sidebar's Model box, typed into as a student narrows its long list, then the option clicked."""
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]', has_text="Model").locator("input").click()
    page.keyboard.type(name.split(",")[0])
    page.get_by_role("option", name=name).click()
    wait_idle(page, timeout=120)


def test_generate_follows_the_sidebar_from_one_model_to_another(page, server):
    page.goto(server.url + "/")
    wait_idle(page)
    page.locator('[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"][href="Generate"]').click()
    page.wait_for_url("**/Generate")
    wait_idle(page, timeout=120)
    temperature = page.get_by_role("spinbutton", name="Temperature (0 = greedy)")
    assert float(temperature.input_value()) == 1.0               # a memorising model: its own probabilities
    choose_model(page, ALICE)
    begin = page.get_by_role("textbox", name="Begin a text and let the model finish it")
    assert begin.input_value() == models.BOOK_PRIMES["alice-char"]
    assert float(temperature.input_value()) == 0.7                # a book model: the README's samples
    choose_model(page, SONNETS)
    assert begin.input_value() == "Shall I compare thee"
    page.get_by_role("button", name="Show the whole text").click()   # the next rerun sends the box's value back
    wait_idle(page, timeout=120)
    finished = page.locator('[data-testid="stMain"] [data-testid="stCode"]').all_inner_texts()
    assert any(text.startswith("Shall I compare thee") for text in finished), finished
    assert_no_errors(page, server)


def go_to(page, path):
    page.locator(f'[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"][href="{path}"]').click()
    wait_idle(page, timeout=120)


def test_what_the_student_typed_survives_a_visit_to_another_page(page, server):
    page.goto(server.url + "/")
    wait_idle(page)
    box = page.get_by_role("textbox", name="Beginning of a text")
    box.fill("As machines do")
    box.press("Enter")
    wait_idle(page)
    go_to(page, "Encodings")
    go_to(page, "Generate")
    prime = page.get_by_role("textbox", name="Prime text (the model reads this first)")
    prime.fill("As machin")
    prime.press("Enter")
    wait_idle(page)
    go_to(page, "Encodings")
    go_to(page, "Generate")
    assert page.get_by_role("textbox", name="Prime text (the model reads this first)").input_value() == "As machin"
    page.locator('[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"]').first.click()   # Home
    wait_idle(page)
    assert page.get_by_role("textbox", name="Beginning of a text").input_value() == "As machines do"
    assert_no_errors(page, server)
