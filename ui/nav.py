"""The sidebar's page menu, in the interface language.

Streamlit's own menu (classic app.py + pages/ layout) labels pages by their file names, so it stays
English in Polish mode; it is hidden (client.showSidebarNavigation = false in .streamlit/config.toml)
and this menu of st.page_link's is drawn instead, with the titles the pages pass to ui.page_setup.
The classic layout stays because a deep link on a freshly started server then runs the right page
with the shared sidebar (shared/design.md, "Multipage").
"""
import streamlit as st
from streamlit.errors import StreamlitAPIException

from .i18n import _

# (page file relative to app.py, English title as passed to ui.page_setup, icon), in menu order.
# Material icons: Streamlit ships their font, so they show in every browser (emoji need a system font).
PAGES = (
    ("app.py", "Home", ":material/home:"),
    ("pages/1_Encodings.py", "Encodings", ":material/numbers:"),
    ("pages/2_One_step.py", "One step", ":material/looks_one:"),
    ("pages/3_Gates.py", "Gates", ":material/door_open:"),
    ("pages/4_Cell_state.py", "Cell state", ":material/memory:"),
    ("pages/5_Training.py", "Training", ":material/model_training:"),
    ("pages/6_Generate.py", "Generate", ":material/edit_note:"),
    ("pages/7_Gradients_through_time.py", "Gradients through time", ":material/trending_down:"),
    ("pages/16_Check_yourself.py", "Check yourself", ":material/quiz:"),
    ("pages/8_Find_the_neuron.py", "Find the neuron", ":material/search:"),
    ("pages/9_Time-lapse.py", "Training time-lapse", ":material/movie:"),
    ("pages/10_Report.py", "Report", ":material/description:"),
    ("pages/11_Attribution.py", "Attribution", ":material/highlight:"),
    ("pages/12_Names.py", "Names", ":material/badge:"),
    ("pages/13_Word_level.py", "Word level", ":material/menu_book:"),
    ("pages/14_Time_series.py", "Time series", ":material/wb_sunny:"),
    ("pages/15_Melody.py", "Melody", ":material/music_note:"),
)


def render():
    """One link per page at the top of the sidebar (Streamlit marks the current one)."""
    menu = st.sidebar.container(key="ui.nav")
    for path, title, icon in PAGES:
        try:
            menu.page_link(path, label=_(title), icon=icon)
        except StreamlitAPIException:
            # Only when a page file is itself the main script (a test running one page alone):
            # the other files are then not pages of this app and cannot be linked.
            return
    st.sidebar.divider()
