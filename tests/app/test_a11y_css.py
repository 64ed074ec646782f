"""The shared accessibility stylesheet (ui/a11y.css) reaches the browser: Streamlit's front end sanitizes
st.html and silently drops a style element whose text contains an angle bracket (a comment mentioning a tag
was enough), and then every contrast and keyboard fix in it is lost."""
from pathlib import Path

CSS = Path(__file__).resolve().parents[2] / "ui" / "a11y.css"


def test_stylesheet_has_no_angle_brackets():
    text = CSS.read_text(encoding="utf-8")
    assert "<" not in text and ">" not in text


def test_stylesheet_is_loaded_by_the_shared_page_setup():
    import ui.setup
    assert ui.setup.A11Y_CSS == CSS and CSS.exists()
    assert "st.html(A11Y_CSS)" in Path(ui.setup.__file__).read_text(encoding="utf-8")
