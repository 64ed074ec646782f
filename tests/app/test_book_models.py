"""The shipped book models (Alice and the Sonnets at character level, 2 layers of 256; Alice at word level) on
the pages: every page opens on each; the layer selector (default: the top layer) draws that layer's numbers;
Gates and Cell state draw a 2,000-character excerpt whose start the sidebar chooses; the home page switches
between a memorising model and a book model; Generate finishes what the student begins; Encodings names the
most frequent words of the word model.

The all-pages walk runs with 400-character excerpts (ui.setup.MAX_VIEW_CHARS patched; AppTest runs the pages in
this process): a 2x256 model's page builds its figures in ~1 s at 2,000 characters, and what the walk checks
(no exception, no error, the selector's default) does not depend on the length. The behaviour tests use 2,000.
"""
import re

import numpy as np
import pytest

import ui.setup
from lstm import analysis, neurons
from lstm.explain import slow_units
from tests.app.conftest import ALL_PAGES, ROOT, assert_clean, downloaded, figure_by_title, figures, run_page
from ui import models

BOOKS = ("alice-char", "sonnets-char", "alice-word")
LAYERED = {"2_One_step": "one_step.layer", "3_Gates": "gates.layer", "4_Cell_state": "cell.layer",
           "8_Find_the_neuron": "neuron.layer", "10_Report": "report.layer", "11_Attribution": "attr.layer"}
PAGES = {p.stem: p for p in ALL_PAGES}


def book(stem, **state):
    return {"ui.model": f"shipped:{stem}", **state}


def shipped(stem):
    model, meta = models.shipped_model(stem)
    return model, meta


def test_the_book_models_are_listed_in_the_sidebar():
    assert set(BOOKS) <= set(models.available_shipped())
    at = run_page(PAGES["app"])
    options = at.selectbox(key="w.ui.model").options
    assert sum("whole book" in o for o in options) == 3, options


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: p.stem)
@pytest.mark.parametrize("stem", BOOKS)
def test_every_page_opens_on_every_book_model(monkeypatch, stem, page):
    monkeypatch.setattr(ui.setup, "MAX_VIEW_CHARS", 400)
    at = run_page(page, book(stem))
    assert_clean(at)
    key = LAYERED.get(page.stem)
    model = shipped(stem)[0]
    if key and model.L > 1 and not (page.stem == "8_Find_the_neuron" and model.vocab.level == "word"):
        assert at.selectbox(key=key).value == model.L           # the top layer first
    elif key:
        assert not [s for s in at.selectbox if s.key == key]    # one layer: no selector


def test_gates_draws_the_chosen_layer_of_the_chosen_excerpt():
    model, meta = shipped("alice-char")
    at = run_page(PAGES["3_Gates"], book("alice-char"))
    assert_clean(at)
    text = meta["text"]
    top = model.run(text[:2000]).layers
    z = np.asarray(figure_by_title(at, "Forget gate f — layer 2 of 2")["data"][0]["z"])
    assert z.shape == (256, 2000)
    np.testing.assert_allclose(z, top[1].f.T, atol=1e-6)
    at.selectbox(key="gates.layer").set_value(1).run()
    z = np.asarray(figure_by_title(at, "Forget gate f — layer 1 of 2")["data"][0]["z"])
    np.testing.assert_allclose(z, top[0].f.T, atol=1e-6)
    at.number_input(key="w.ui.excerpt_start").set_value(50_000).run()
    assert_clean(at)
    later = model.run(text[50_000:52_000]).layers[0]
    z = np.asarray(figure_by_title(at, "Output gate o — layer 1 of 2")["data"][0]["z"])
    np.testing.assert_allclose(z, later.o.T, atol=1e-6)
    assert any("from character 50000" in i.value for i in at.info)


def test_cell_state_layer_selector_draws_that_layers_memory():
    model, meta = shipped("sonnets-char")
    at = run_page(PAGES["4_Cell_state"], book("sonnets-char", **{"cell.layer": 1}))
    assert_clean(at)
    z = np.asarray(figure_by_title(at, "Cell state C — layer 1 of 2")["data"][0]["z"])
    np.testing.assert_allclose(z, model.run(meta["text"][:2000]).layers[0].c.T, atol=1e-5)


def test_home_page_switches_between_a_memorising_and_a_book_model():
    at = run_page(PAGES["app"])
    assert at.radio(key="home.kind").value == "sentence"
    at.radio(key="home.kind").set_value("book").run()
    assert_clean(at)
    assert at.session_state["ui.model"] == "shipped:alice-char"
    assert at.selectbox(key="w.ui.model").value == "shipped:alice-char"
    assert any("whole book" in m.value for m in at.markdown)
    at.radio(key="home.kind").set_value("sentence").run()
    assert at.selectbox(key="w.ui.model").value == "shipped:variant14-fast"


def test_home_demo_begins_with_the_chosen_models_text_and_keeps_a_typed_beginning():
    at = run_page(PAGES["app"])
    sentence = at.text_input(key="home.prime").value
    at.radio(key="home.kind").set_value("book").run()
    assert at.text_input(key="home.prime").value == shipped("alice-char")[1]["text"][:20] != sentence
    at.text_input(key="home.prime").set_value("The Queen").run()
    at.radio(key="home.kind").set_value("sentence").run()
    assert at.text_input(key="home.prime").value == "The Queen"


def test_generate_finishes_the_students_beginning_on_the_sonnets():
    at = run_page(PAGES["6_Generate"], book("sonnets-char", **{"predict.on": False}))
    assert_clean(at)
    assert at.text_area(key="gen.begin").value == "Shall I compare thee"
    at.text_area(key="gen.begin").set_value("My mistress' eyes").run()
    finished = at.code[1].value
    assert finished.startswith("My mistress' eyes") and len(finished) == len("My mistress' eyes") + 200
    words = set(models.model_text(*shipped("sonnets-char")).text.lower().split())
    written = finished[len("My mistress' eyes"):].lower().split()
    assert written and sum(w in words for w in written) / len(written) > 0.3     # words, not random symbols


def test_generate_begins_with_the_chosen_books_opening_and_keeps_a_typed_one():
    at = run_page(PAGES["6_Generate"], book("alice-char", **{"predict.on": False}))
    assert at.text_area(key="gen.begin").value == models.BOOK_PRIMES["alice-char"]
    at.session_state["ui.model"] = "shipped:sonnets-char"
    at.run()
    assert_clean(at)
    assert at.text_area(key="gen.begin").value == "Shall I compare thee"     # not Alice's opening
    at.text_area(key="gen.begin").set_value("My love is").run()
    at.session_state["ui.model"] = "shipped:alice-char"
    at.run()
    assert at.text_area(key="gen.begin").value == "My love is"               # what the student typed stays


def test_encodings_names_the_most_frequent_words_and_their_neighbours():
    model, _meta = shipped("alice-word")
    at = run_page(PAGES["1_Encodings"], book("alice-word"))
    assert_clean(at)
    pca = next(f for f in figures(at) if len(f["data"]) == 2)
    assert len(pca["data"][0]["x"]) == model.V
    named = list(pca["data"][1]["text"])
    assert named[:3] == ["the", "and", "to"] and "alice" in named and "said" in named
    coords, _explained = analysis.pca_2d(model.input_embeddings())
    np.testing.assert_allclose(pca["data"][0]["x"], coords[:, 0], atol=1e-6)
    said = model.vocab.symbols.index("said")
    at.selectbox(key="enc.symbol").set_value(said).run()
    idx, sims = analysis.nearest_neighbours(model.input_embeddings(), said, k=5)
    table = next(d.value for d in at.dataframe if "cosine similarity" in d.value.columns)
    assert list(table.iloc[:, 1]) == [model.vocab.symbols[j] for j in idx]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = re.search(r"\*said\*: \*([a-z, ]+)\*", readme).group(1).split(", ")
    assert said == list(table.iloc[:, 1])                                 # the README quotes the page
    np.testing.assert_allclose(table.iloc[:, 2], np.round(sims, 4))
    sizes = next(m.value for m in at.markdown if "one-hot grows with the vocabulary" in m.value)
    in_excerpt = int(re.search(r"V = (\d+) different symbols in the text above", sizes).group(1))
    assert in_excerpt < model.V and f"knows the {model.V} of its whole training text" in sizes
    assert f"stores {model.V} × 64 = {model.V * 64:,} numbers" in sizes                  # (2592, 64): E itself
    assert model.input_embeddings().shape == (model.V, 64)


def test_find_the_neuron_opens_on_a_property_the_text_has():
    at = run_page(PAGES["8_Find_the_neuron"], book("sonnets-char"))        # no quotes in the first 2,000
    assert_clean(at)
    assert at.selectbox(key="neuron.property").value == "line_pos" and not at.warning
    at = run_page(PAGES["8_Find_the_neuron"], book("alice-char"))
    assert at.selectbox(key="neuron.property").value == "quotes"


def test_find_the_neuron_follows_the_model_unless_the_student_chose():
    at = run_page(PAGES["8_Find_the_neuron"], book("alice-char"))
    assert at.selectbox(key="neuron.property").value == "quotes"
    at.session_state["ui.model"] = "shipped:sonnets-char"                 # no quotes in its excerpt
    at.run()
    assert_clean(at)
    assert at.selectbox(key="neuron.property").value == "line_pos"
    assert at.selectbox(key="neuron.ablate").index == 0                   # the Sonnets' best unit, not Alice's
    assert at.selectbox(key="neuron.ablate").value != ("c", 167)
    assert not any("nan" in m.value or "-0.000" in m.value for m in at.metric)
    at.selectbox(key="neuron.property").set_value("quotes").run()        # chosen: constant here
    assert_clean(at)
    assert [m.value for m in at.metric][0] == "—"                         # no characters inside quotes
    at.selectbox(key="neuron.property").set_value("vowel").run()
    at.session_state["ui.model"] = "shipped:alice-char"
    at.run()
    assert at.selectbox(key="neuron.property").value == "vowel"          # the student's choice stays


def test_cell_state_lines_follow_the_excerpt():
    model, meta = shipped("alice-char")
    at = run_page(PAGES["4_Cell_state"], book("alice-char"))
    first = slow_units(model.run(meta["text"][:2000]).layers[1].h).tolist()
    assert at.multiselect(key="cell.units").value == first
    at.session_state["ui.excerpt_start"] = 130_000
    at.run()
    assert_clean(at)
    assert at.multiselect(key="cell.units").value == [167, 48, 186] != first
    at.multiselect(key="cell.units").set_value([5]).run()
    at.session_state["ui.excerpt_start"] = 0
    at.run()
    assert at.multiselect(key="cell.units").value == [5]                  # chosen by the student: kept


def test_home_demo_of_the_word_model_begins_with_whole_words():
    at = run_page(PAGES["app"], book("alice-word"))
    assert_clean(at)
    assert at.text_input(key="home.prime").value == "ALICE’S ADVENTURES"


def test_find_the_neuron_ranks_the_chosen_layer_on_the_excerpt():
    model, meta = shipped("alice-char")
    at = run_page(PAGES["8_Find_the_neuron"], book("alice-char", **{"ui.excerpt_start": 10_000,
                                                                     "neuron.property": "line_pos"}))
    assert_clean(at)
    text = meta["text"][10_000:12_000]
    layer = model.run(text).layers[1]
    best = neurons.rank_units({"h": layer.h, "c": layer.c}, neurons.line_position(text))[0]
    bars = figure_by_title(at, "Units ranked by |r|")
    assert "layer 2 of 2" in bars["layout"]["title"]["text"]
    assert any(f"r = {best.r:.2f}" in m.value for m in [*at.success, *at.info, *at.warning])
    assert any("2000 characters shown (from character 10000 of 144413)" in c.value for c in at.caption)
    classics = next(d.value for d in at.dataframe if "verdict" in d.value.columns)   # both, each with its r
    for row, values in zip(classics.itertuples(index=False), (neurons.property_values(text, "quotes"),
                                                              neurons.line_position(text))):
        top = neurons.rank_units({"h": layer.h, "c": layer.c}, values)[0]
        assert row[1] == ("C" if top.quantity == "c" else "h") + f" {top.unit}"
        assert np.isclose(row[2], round(top.r, 3), equal_nan=True)
    median = np.floor(np.median(neurons.line_position(text)))               # the ablation: late vs early in lines
    assert any(f"late in the line (position > {median:g}, the median)" in m.label for m in at.metric)
    assert any(m.label == f"Loss rise early in the line (position ≤ {median:g})" for m in at.metric)


@pytest.mark.parametrize("page,stem", [("app", "alice-char"), ("1_Encodings", "alice-word"), ("3_Gates", "alice-char"),
                                       ("6_Generate", "sonnets-char"), ("8_Find_the_neuron", "alice-char")])
def test_book_pages_have_no_english_left_in_polish(monkeypatch, page, stem):
    """What only a book model shows (layers, the excerpt, the completion, the frequent words) is in Polish."""
    from tests.app.test_polish import residue, visible_texts
    monkeypatch.setattr(ui.setup, "MAX_VIEW_CHARS", 400)
    state = book(stem, **{"neuron.property": "line_pos"})     # quotes: none in 400 characters, every r is NaN
    english = set(visible_texts(run_page(PAGES[page], state)))
    polish = run_page(PAGES[page], {**state, "ui.lang": "pl"})
    assert_clean(polish)
    left = sorted({s for s in visible_texts(polish) if s in english and residue(s)})
    assert not left, left


def test_the_report_draws_the_chosen_layer(media):
    """The Report page's layer selector reaches the report: its heatmaps are that layer's, and it says so."""
    at = run_page(PAGES["10_Report"], book("alice-char", **{"report.layer": 1}))
    assert_clean(at)
    assert "gates and C of layer 1 of 2" in downloaded(at, media)[1].decode("utf-8")


def readme_sonnets_sample():
    """The README's completion of "Shall I compare thee" (its " / " are the line breaks), and its temperature."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head, quote = re.search(r"beginning of a poem \(temperature ([\d.]+), seed 0\):\n\n((?:  > .*\n)+)", readme).groups()
    text = " ".join(line.strip()[2:] for line in quote.splitlines()).replace(" / ", "\n")
    return float(head), text.rstrip("…")


def test_generate_opens_as_the_readme_samples_and_shows_the_completion_without_guessing():
    temperature, sample = readme_sonnets_sample()
    at = run_page(PAGES["6_Generate"], book("sonnets-char"))               # "Predict before you see" on
    assert_clean(at)
    assert at.number_input(key="gen.temperature").value == temperature == 0.7
    at.button(key="gen.show_all").click().run()
    assert_clean(at)
    finished = next(c.value for c in at.code if c.value.startswith("Shall I compare thee"))
    assert finished.replace("⏎", "").startswith(sample), (finished, sample)
    at.number_input(key="gen.temperature").set_value(0.5).run()          # the student's value stays ...
    at.session_state["ui.model"] = "shipped:alice-char"
    at.run()
    assert at.number_input(key="gen.temperature").value == 0.5           # ... for another book model
    at.session_state["ui.model"] = "shipped:variant14-fast"
    at.run()
    assert at.number_input(key="gen.temperature").value == 1.0           # a memorising model: its own probabilities


def test_polish_groups_the_digits_of_large_numbers_with_spaces():
    """A Polish reader takes 144,413 for a decimal: the catalogue's {n:,} numbers come out as 144 413."""
    at = run_page(PAGES["1_Encodings"], book("alice-char", **{"ui.lang": "pl"}))
    assert_clean(at)
    shown = " ".join(m.value for m in at.markdown)
    assert "144\u00a0413" in shown and "144,413" not in shown
    english = " ".join(m.value for m in run_page(PAGES["1_Encodings"], book("alice-char")).markdown)
    assert "144,413" in english
