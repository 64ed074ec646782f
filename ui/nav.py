"""The page registry (PAGES: each page's file, title and icons) and the sidebar's page menu, in the
interface language.

Streamlit's own menu (classic app.py + pages/ layout) labels pages by their file names, so it stays
English in Polish mode; it is hidden (client.showSidebarNavigation = false in .streamlit/config.toml)
and this menu of st.page_link's is drawn instead, with the titles of PAGES (the page registry).
The classic layout stays because a deep link on a freshly started server then runs the right page
with the shared sidebar (shared/design.md, "Multipage").
"""
from pathlib import Path
from typing import NamedTuple

import streamlit as st
from streamlit.errors import StreamlitAPIException

from .i18n import N_, _

APP_ROOT = Path(__file__).resolve().parent.parent


class Page(NamedTuple):
    path: str       # page file relative to app.py, as st.page_link and st.switch_page take it
    title: str      # English title: menu label, browser tab, tour (shown through _())
    icon: str       # the menu link's icon: Material icons ship with Streamlit, so they show in every browser
    tab_icon: str   # the browser tab's icon (st.set_page_config's page_icon)


# The one list of pages, in menu order: ui.page_setup, the menu and the guided tour read it.
PAGES = (
    Page("app.py", N_("Home"), ":material/home:", "🧠"),
    Page("pages/1_Encodings.py", N_("Encodings"), ":material/numbers:", "🔢"),
    Page("pages/2_One_step.py", N_("One step"), ":material/looks_one:", "🔬"),
    Page("pages/3_Gates.py", N_("Gates"), ":material/door_open:", "🚪"),
    Page("pages/4_Cell_state.py", N_("Cell state"), ":material/memory:", "🧬"),
    Page("pages/5_Training.py", N_("Training"), ":material/model_training:", "🏋️"),
    Page("pages/6_Generate.py", N_("Generate"), ":material/edit_note:", "✍️"),
    Page("pages/7_Gradients_through_time.py", N_("Gradients through time"), ":material/trending_down:", "📉"),
    Page("pages/16_Check_yourself.py", N_("Check yourself"), ":material/quiz:", "✅"),
    Page("pages/8_Find_the_neuron.py", N_("Find the neuron"), ":material/search:", "🔍"),
    Page("pages/9_Time-lapse.py", N_("Training time-lapse"), ":material/movie:", "🎞️"),
    Page("pages/10_Report.py", N_("Report"), ":material/description:", "📄"),
    Page("pages/11_Attribution.py", N_("Attribution"), ":material/highlight:", "🔦"),
    Page("pages/12_Names.py", N_("Names"), ":material/badge:", "🏷️"),
    Page("pages/13_Word_level.py", N_("Word level"), ":material/menu_book:", "📖"),
    Page("pages/14_Time_series.py", N_("Time series"), ":material/wb_sunny:", "🌞"),
    Page("pages/15_Melody.py", N_("Melody"), ":material/music_note:", "🎵"),
)
BY_PATH = {entry.path: entry for entry in PAGES}


def page(file):
    """The registry entry of a page file (its __file__, or the path relative to app.py).
    Raises KeyError for a file that is not in PAGES (add it there)."""
    path = Path(file)
    if path.as_posix() in BY_PATH:
        return BY_PATH[path.as_posix()]
    try:
        return BY_PATH[path.resolve().relative_to(APP_ROOT).as_posix()]    # Streamlit's __file__ is absolute
    except ValueError:
        raise KeyError(f"{file} is not a page of this app") from None


def render():
    """One link per page at the top of the sidebar (Streamlit marks the current one)."""
    menu = st.sidebar.container(key="ui.nav")
    for entry in PAGES:
        try:
            menu.page_link(entry.path, label=_(entry.title), icon=entry.icon)
        except StreamlitAPIException:
            # Only when a page file is itself the main script (a test running one page alone):
            # the other files are then not pages of this app and cannot be linked.
            return
    st.sidebar.divider()
