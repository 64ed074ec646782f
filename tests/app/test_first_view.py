"""The first view of each concept page — the default shipped model, "Predict before you see" off where a page
asks first — shows the figures the page exists for.  One row per page; that every page renders at all is the
all-pages walks' job (test_polish, test_alt_text, test_checkpoint_kinds)."""
import pytest

from tests.app.conftest import EXPLORE, ROOT, assert_clean, figure_by_title, run_page

FIRST_VIEW = {  # page file -> (session state, figure titles it shows)
    "1_Encodings.py": ({}, ("PCA",)),
    "2_One_step.py": (EXPLORE, ("LSTM cell at step 0",)),
    "3_Gates.py": ({}, ("Forget gate f", "Gate saturation")),
    "4_Cell_state.py": ({}, ("Cell state C",)),
    "6_Generate.py": (EXPLORE, ("Greedy recitation",)),
    "11_Attribution.py": ({}, ("Sensitivity of log y_t",)),
}


@pytest.mark.parametrize("name", FIRST_VIEW)
def test_first_view_shows_the_pages_figures(name):
    state, titles = FIRST_VIEW[name]
    at = run_page(ROOT / "pages" / name, dict(state))
    assert_clean(at)
    for title in titles:
        assert figure_by_title(at, title)
