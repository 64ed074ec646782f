"""The guided tour in AppTest: started from the sidebar on Home, walked with Next through every step
(each on its own page, reached by st.switch_page), dismissed and resumed, Back across pages.
Pages run with app.py as the main script, as `streamlit run app.py` does (AppTest.switch_page)."""
import pytest
from streamlit.testing.v1 import AppTest

from lstm import CharLSTM, Vocabulary
from tests.app.conftest import ROOT, assert_clean
from ui import nav, tour

TEXT = "the cat sat on the mat, the hat."
N = len(tour.STEPS)


def start_app(page="app.py", **state):
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=6, seed=0)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    preset = {"ui.session_model": (model, {"text": TEXT}), "ui.model": "session", **state}
    for key, value in preset.items():
        at.session_state[key] = value
    if page != "app.py":
        at.switch_page(page)
    return at.run()


def headings(at):
    return [s.value for s in at.subheader]


def shows_step(at, k):
    return headings(at)[:1] == [tour.STEPS[k].heading] and f"step {k + 1} of {N}" in at.caption[0].value


def test_steps_cover_the_pages_in_order():
    pages = [s.page for s in tour.STEPS]
    assert pages[0] == "app.py" and len(pages) == 9 and len(set(pages)) == 9
    assert pages[1:] == sorted(pages[1:], key=lambda p: int(p.split("/")[1].split("_")[0]))
    for s in tour.STEPS:
        assert (ROOT / s.page).exists(), s.page
        assert "**Conclude:**" in s.body


def test_walk_end_to_end():
    at = start_app()
    assert_clean(at)
    assert "tour.back" not in [b.key for b in at.button]              # no box before the tour starts
    at.sidebar.button(key="tour.start").click().run()
    for k in range(N):
        assert_clean(at)
        assert at.session_state["tour.step"] == k and at.session_state["tour.active"]
        assert shows_step(at, k), (k, headings(at)[:2])                 # the box is only drawn on its own page
        at.button(key="tour.next").click().run()
    assert_clean(at)
    assert not at.session_state["tour.active"] and at.session_state["tour.step"] == 0
    assert "tour.next" not in [b.key for b in at.button]


@pytest.mark.parametrize("k", range(N))
def test_each_page_shows_its_step_and_next_advances(k):
    at = start_app(tour.STEPS[k].page, **{"tour.active": True, "tour.step": k})
    assert_clean(at)
    assert shows_step(at, k)
    assert at.button(key="tour.back").disabled == (k == 0)
    at.button(key="tour.next").click().run()
    assert_clean(at)
    if k < N - 1:
        assert at.session_state["tour.step"] == k + 1 and shows_step(at, k + 1)
    else:
        assert not at.session_state["tour.active"]


def test_dismiss_keeps_the_step_and_resume_returns():
    at = start_app(tour.STEPS[3].page, **{"tour.active": True, "tour.step": 3})
    at.button(key="tour.dismiss").click().run()
    assert not at.session_state["tour.active"] and at.session_state["tour.step"] == 3
    assert "tour.next" not in [b.key for b in at.button]
    resume = at.sidebar.button(key="tour.start")
    assert f"step 4 of {N}" in resume.label
    resume.click().run()
    assert at.session_state["tour.active"] and shows_step(at, 3)


def test_back_crosses_pages_and_elsewhere_only_the_sidebar_button():
    at = start_app(tour.STEPS[2].page, **{"tour.active": True, "tour.step": 2})
    at.button(key="tour.back").click().run()
    assert at.session_state["tour.step"] == 1 and shows_step(at, 1)
    other = start_app("app.py", **{"tour.active": True, "tour.step": 4})
    assert "tour.next" not in [b.key for b in other.button]
    back = other.sidebar.button(key="tour.start")
    assert "Back to the guided tour" in back.label
    back.click().run()
    assert shows_step(other, 4)


def test_every_step_is_on_a_registered_page():
    """A step names its page by file; the title shown for it is that page's entry in ui.nav.PAGES."""
    assert [nav.page(s.page).title for s in tour.STEPS][:3] == ["Home", "Encodings", "One step"]
