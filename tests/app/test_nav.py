"""The page registry and the sidebar's menu (ui/nav.py): every page file is in it once, each page is set up
from its own entry (browser tab title and icon), and in Polish mode every label is the Polish title (Streamlit's
own menu would show file names)."""
import re

import pytest

from tests.app.conftest import ROOT, assert_clean, run_page
from ui import nav
from ui.i18n import polish_table

PL = polish_table()



def test_registry_lists_every_page_once_and_each_page_sets_itself_up_from_it():
    files = ["app.py"] + sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))
    assert sorted(entry.path for entry in nav.PAGES) == sorted(files)
    assert len({entry.title for entry in nav.PAGES}) == len(nav.PAGES)
    for entry in nav.PAGES:
        assert "ui.page_setup(__file__" in (ROOT / entry.path).read_text(encoding="utf-8"), entry.path
        assert re.fullmatch(r":material/[a-z_]+:", entry.icon), entry.icon
        assert nav.page(ROOT / entry.path) == nav.page(entry.path) == entry
    with pytest.raises(KeyError):
        nav.page("pages/99_Nowhere.py")


def test_the_browser_tab_shows_the_registry_title_and_icon(monkeypatch):
    import streamlit
    seen, real = [], streamlit.set_page_config
    monkeypatch.setattr(streamlit, "set_page_config", lambda **kw: (seen.append(kw), real(**kw))[1])
    at = run_page(ROOT / "pages" / "3_Gates.py")
    assert_clean(at)
    assert (seen[0]["page_title"], seen[0]["page_icon"]) == ("Gates · LSTM Explainer", nav.page("pages/3_Gates.py").tab_icon)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_menu_labels_in_each_language(lang):
    at = run_page(ROOT / "app.py", {"ui.lang": lang} if lang == "pl" else None)
    assert_clean(at)
    links = [(e.proto.label, e.proto.page) for e in at.get("page_link")]
    expected = [(PL[e.title] if lang == "pl" else e.title) for e in nav.PAGES]
    assert [label for label, _page in links] == expected
    assert links[3][1] == "Gates" and links[0][1] == ""          # URLs stay the classic ones
    if lang == "pl":
        assert not {label for label, _p in links} & {e.title for e in nav.PAGES if e.title != PL[e.title]}


def test_menu_on_another_page_and_alone():
    at = run_page(ROOT / "app.py")
    at.switch_page("pages/3_Gates.py").run()
    assert_clean(at)
    assert len(at.get("page_link")) == len(nav.PAGES)
    alone = run_page(ROOT / "pages" / "3_Gates.py")      # a page file as the main script: no menu, no error
    assert_clean(alone)
    assert len(alone.get("page_link")) == 0


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_the_home_page_lists_every_page_of_the_menu(lang):
    """Every page file is in the registry (test above), and the home page's list names each of them once, in menu
    order, with its summary: a page added to pages/ without a line on the home page fails here."""
    tr = (lambda s: PL[s]) if lang == "pl" else (lambda s: s)
    at = run_page(ROOT / "app.py", {"ui.lang": lang} if lang == "pl" else None)
    assert_clean(at)
    listed = next(m.value for m in at.markdown if m.value.startswith("1. **"))
    lines = listed.splitlines()
    pages = [entry for entry in nav.PAGES if entry.path != "app.py"]
    assert len(lines) == len(pages) == len(list((ROOT / "pages").glob("*.py")))
    for k, (line, entry) in enumerate(zip(lines, pages), 1):
        assert entry.summary and line == f"{k}. **{tr(entry.title)}** — {tr(entry.summary)}"
