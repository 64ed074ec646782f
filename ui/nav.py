"""The page registry (PAGES: each page's file, title, icons and one-line summary) and the sidebar's page
menu, in the interface language.

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
    summary: str = ""   # one line on what the page shows: the home page's list of pages (shown through _())


# The one list of pages, in menu order: ui.page_setup, the menu, the home page's list and the guided tour read it.
PAGES = (
    Page("app.py", N_("Home"), ":material/home:", "🧠"),
    Page("pages/1_Encodings.py", N_("Encodings"), ":material/numbers:", "🔢",
         N_("how symbols become numbers: indices, one-hot vectors, embeddings.")),
    Page("pages/2_One_step.py", N_("One step"), ":material/looks_one:", "🔬",
         N_("one step of the cell with the real numbers substituted into each equation.")),
    Page("pages/3_Gates.py", N_("Gates"), ":material/door_open:", "🚪",
         N_("what the forget, input and output gates do at every character.")),
    Page("pages/4_Cell_state.py", N_("Cell state"), ":material/memory:", "🧬",
         N_("the memory C, tanh(C) and h over the text, and which units fire where.")),
    Page("pages/5_Training.py", N_("Training"), ":material/model_training:", "🏋️",
         N_("train your own LSTM until the loss is below 0.1, live.")),
    Page("pages/6_Generate.py", N_("Generate"), ":material/edit_note:", "✍️",
         N_("let the model write, with temperature, and check its recitation.")),
    Page("pages/7_Gradients_through_time.py", N_("Gradients through time"), ":material/trending_down:", "📉",
         N_("why an LSTM remembers longer than a plain RNN.")),
    Page("pages/16_Check_yourself.py", N_("Check yourself"), ":material/quiz:", "✅",
         N_("about ten questions made from the chosen model, each answer with the equation behind it.")),
    Page("pages/8_Find_the_neuron.py", N_("Find the neuron"), ":material/search:", "🔍",
         N_("which unit follows a property of the text (inside quotes, position in a word, …), and what the "
            "model loses when that unit is switched off.")),
    Page("pages/9_Time-lapse.py", N_("Training time-lapse"), ":material/movie:", "🎞️",
         N_("gates, cell state and samples at snapshots taken during training.")),
    Page("pages/10_Report.py", N_("Report"), ":material/description:", "📄",
         N_("one self-contained HTML report of the current model (opens offline, prints on A4).")),
    Page("pages/11_Attribution.py", N_("Attribution"), ":material/highlight:", "🔦",
         N_("which earlier characters a prediction depends on: the gradient with respect to every earlier input.")),
    Page("pages/12_Names.py", N_("Names"), ":material/badge:", "🏷️",
         N_("invent new names: a vanilla RNN and an LSTM trained on a list of names.")),
    Page("pages/13_Word_level.py", N_("Word level"), ":material/menu_book:", "📖",
         N_("a model that reads words, with a learned embedding.")),
    Page("pages/14_Time_series.py", N_("Time series"), ":material/wb_sunny:", "🌞",
         N_("the yearly sunspot numbers predicted by an RNN, an LSTM and by repeating the last value.")),
    Page("pages/15_Melody.py", N_("Melody"), ":material/music_note:", "🎵",
         N_("a melody continued by the model and played back.")),
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


def page_list():
    """Markdown: every page but the home page, in menu order, numbered, with its title and summary (the home
    page's list, so it names exactly the pages the menu links)."""
    return "\n".join(f"{k}. **{_(entry.title)}** — {_(entry.summary)}" for k, entry in enumerate(PAGES[1:], 1))
