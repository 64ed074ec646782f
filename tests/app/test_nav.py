"""The sidebar's page menu (ui/nav.py): every page file is in it once, under the title the page gives
itself, and in Polish mode every label is the Polish title (Streamlit's own menu would show file names)."""
import re

import pytest

from tests.app.conftest import ROOT, assert_clean, run_page
from ui import nav
from ui.i18n import polish_table

PL = polish_table()

SETUP_CALL = re.compile(r'page_setup\(_\("([^"]+)"\)')


def test_menu_lists_every_page_once_under_its_own_title():
    files = ["app.py"] + sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))
    assert sorted(path for path, _title, _icon in nav.PAGES) == sorted(files)
    for path, title, icon in nav.PAGES:
        declared = SETUP_CALL.search((ROOT / path).read_text(encoding="utf-8"))
        assert declared, f"{path} does not call ui.page_setup(_(title), icon)"
        assert declared.group(1) == title, f"{path}: menu says {title!r}, page says {declared.group(1)!r}"
        assert re.fullmatch(r":material/[a-z_]+:", icon), icon


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_menu_labels_in_each_language(lang):
    at = run_page(ROOT / "app.py", {"ui.lang": lang} if lang == "pl" else None)
    assert_clean(at)
    links = [(e.proto.label, e.proto.page) for e in at.get("page_link")]
    expected = [(PL[title] if lang == "pl" else title) for _path, title, _icon in nav.PAGES]
    assert [label for label, _page in links] == expected
    assert links[3][1] == "Gates" and links[0][1] == ""          # URLs stay the classic ones
    if lang == "pl":
        assert not {label for label, _p in links} & {title for _p, title, _i in nav.PAGES if title != PL[title]}


def test_menu_on_another_page_and_alone():
    at = run_page(ROOT / "app.py")
    at.switch_page("pages/3_Gates.py").run()
    assert_clean(at)
    assert len(at.get("page_link")) == len(nav.PAGES)
    alone = run_page(ROOT / "pages" / "3_Gates.py")      # a page file as the main script: no menu, no error
    assert_clean(alone)
    assert len(alone.get("page_link")) == 0
