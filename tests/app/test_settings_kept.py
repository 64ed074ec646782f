"""Leaving the Training page and coming back keeps the student's text and settings (not only the model)."""
from tests.app.conftest import ROOT, assert_clean, run_page


def test_training_settings_survive_a_visit_to_another_page():
    at = run_page(ROOT / "app.py")
    at.switch_page("pages/5_Training.py").run()
    at.number_input(key="train.hidden").set_value(33).run()
    at.text_area(key="train.text").input("abc abd abe abf").run()
    at.switch_page("pages/3_Gates.py").run()
    assert_clean(at)
    at.switch_page("pages/5_Training.py").run()
    assert_clean(at)
    assert at.number_input(key="train.hidden").value == 33
    assert at.text_area(key="train.text").value == "abc abd abe abf"
