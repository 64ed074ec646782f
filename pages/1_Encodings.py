"""Encodings page: how symbols become numbers — vocabulary, index encoding, one-hot matrix,
the model's learned input vectors (PCA + cosine nearest neighbours) and what each encoding costs.

Maths in lstm.analysis and lstm.vocab, figures in charts.encodings.
"""
import numpy as np
import pandas as pd
import streamlit as st

import ui
from charts import encodings as charts
from lstm import Vocabulary, VocabularyError, analysis
from lstm.symbols import quoted, visible_text
from lstm.vocab import tokenize
from ui import _, models

ctx = ui.page_setup(__file__)

MAX_SHOWN = 60                  # symbols drawn in the index strip and the one-hot heatmap
FREQUENT_LABELS = 40            # a large vocabulary: words named on the embedding plot
LEVEL_OF = "enc.level_model"     # fingerprint of the model whose level set the Level radio
LEVEL_NAMES = {"char": lambda: _("characters"), "word": lambda: _("words")}   # called in the run: translated
LECTURE_CORPUS = "\n".join(["this is a good phone", "this is a bad mobile", "she is a good cat",
                            "he has a bad temper", "this mobile phone is not good"])


@st.cache_data(max_entries=32, show_spinner=False)
def encode_text(text, level):
    """Vocabulary symbols, the text's tokens, their indices and how often each symbol occurs."""
    vocab = Vocabulary.from_text(text, level)
    tokens = tokenize(text, level)
    indices = vocab.encode(tokens)
    return vocab.symbols, tokens, indices, np.bincount(indices, minlength=len(vocab))


@st.cache_data(max_entries=16, show_spinner=False)
def embedding_view(key, _model):
    """The model's input vectors (V, X) and their PCA coordinates; cached by model fingerprint."""
    vectors = _model.input_embeddings()
    coords, explained = analysis.pca_2d(vectors)
    return vectors, coords, explained


@st.cache_data(max_entries=16, show_spinner=False)
def frequency_order(key, _model, _meta):
    """The model's symbol indices, most frequent in its training text first (ties: by index); cached by
    fingerprint. Without a stored text (lstm.usage.model_text gives the vocabulary), index order."""
    source = models.model_text(_model, _meta)
    counts = np.zeros(_model.V, dtype=np.int64)
    if source.stored:
        counts = np.bincount(_model.encode(source.text), minlength=_model.V)
    return np.argsort(-counts, kind="stable")


def show_vocabulary(symbols, counts):
    st.subheader(_("1. The vocabulary"))
    st.markdown(_("Every distinct symbol gets a number, its **index** (symbols sorted, so the same text "
                  "always gives the same indices). This vocabulary has **{V}** symbols.").format(V=len(symbols)))
    df = pd.DataFrame({_("index"): np.arange(len(symbols)), _("symbol"): [charts.visible_symbol(s) for s in symbols],
                       _("count in the text"): counts})
    st.dataframe(df, hide_index=True, height=min(400, 38 + 35 * len(df)))
    ui.download_csv(df.assign(**{_("symbol"): list(symbols)}), "vocabulary", ctx.caption,   # the data: raw symbols
                    key="enc.csv_vocab")


def show_indices(tokens, indices, symbols):
    st.subheader(_("2. Index encoding and one-hot encoding"))
    n = min(MAX_SHOWN, len(tokens))
    if len(tokens) > n:
        st.info(_("Showing the first {n} of {T} symbols.").format(n=n, T=len(tokens)))
    shown = [charts.visible_symbol(s) for s in tokens[:n]]
    df = pd.DataFrame({"position": np.arange(n), "symbol": tokens[:n], "index": indices[:n]})
    ui.figure(charts.index_strip(tokens[:n], indices[:n], title=_("Index encoding: each symbol becomes its index"), tr=ui.translator()),
              "index-encoding", df, ctx.caption, key="enc.index_fig")
    st.code(" ".join(shown) + "\n→ " + str(indices[:n].tolist()), language=None)
    one_hot = np.zeros((n, len(symbols)))
    one_hot[np.arange(n), indices[:n]] = 1.0
    st.markdown(_("In the **one-hot** encoding, symbol number k becomes a vector of V numbers: all zeros "
                  "except a single 1 in column k. This is what the course's LSTM reads as x."))
    hot = pd.DataFrame(one_hot.astype(int),        # "k: symbol" headers: unique even if a word is named "symbol"
                       columns=[f"{k}: {charts.visible_symbol(s)}" for k, s in enumerate(symbols)])
    hot.insert(0, "symbol", tokens[:n])
    ui.figure(charts.one_hot_heatmap(tokens[:n], symbols, one_hot, title=_("One-hot matrix: one row per symbol"), tr=ui.translator()),
              "one-hot", hot, ctx.caption, key="enc.onehot_fig")


def meaning_note(model):
    """What closeness of this model's vectors can mean, for what it was trained on: a short text (one sentence),
    a book (words or characters), or a text the checkpoint does not hold."""
    source = models.model_text(model, ctx.meta)
    if not source.stored:
        return _("**Be careful with meaning.** A model learns what each symbol does to the gates and what it "
                 "predicts next — not what a word means. Two symbols land close together when they push the "
                 "gates the same way, e.g. because they are followed by similar symbols in its training text.")
    if len(source.text) <= ui.setup.MAX_VIEW_CHARS:
        return _("**Be careful with meaning.** This model learnt from a text of only {n} characters: it learns "
                 "what each symbol does to the gates and what it predicts next in that text — not what a word "
                 "means. Two symbols land close together when they push the gates the same way, e.g. because "
                 "they are followed by similar symbols there.").format(n=len(source.text))
    if model.vocab.level == "word":
        return _("This model read a whole book ({n:,} characters), so words that are used in similar places "
                 "(after “the”, before “said”, …) tend to get similar vectors: look for names, verbs of speaking "
                 "or small function words close together. It is still only a few thousand sentences: many "
                 "neighbours share a context, not a meaning.").format(n=len(source.text))
    return _("This model read a whole book ({n:,} characters), so characters that play similar parts tend to get "
             "similar vectors: look for vowels, capital letters or punctuation close together. Close means they "
             "push the gates alike and predict alike — a character has no meaning of its own.").format(
                 n=len(source.text))


def show_embeddings(model):
    st.subheader(_("3. Embeddings: the model's learned input vectors"))
    vectors, coords, explained = embedding_view(ctx.key, model)
    if model.config.embed_dim:
        st.markdown(_("This model has a learned embedding table E of shape ({V}, {D}): row v is the vector "
                      "the cell reads for symbol v.").format(V=model.V, D=vectors.shape[1]))
    else:
        st.markdown(_("This model reads one-hot vectors, so W·[h, one_hot(v)] simply picks column v of the "
                      "input part of each gate's weights. Those columns, side by side, are symbol v's learned "
                      "input vector: {X} numbers ({G} gates × H = {H}).").format(
                          X=vectors.shape[1], G=vectors.shape[1] // model.H, H=model.H))
    st.markdown(meaning_note(model))
    st.caption(_("These are the vectors of the model chosen in the sidebar, for its own vocabulary of "
                 "{level} — whatever text and level you picked above. PCA finds the two directions in which "
                 "the vectors differ most; the percentages on the axes say how much of the differences each "
                 "keeps.").format(level=LEVEL_NAMES[model.vocab.level]()))
    symbols = model.vocab.symbols
    df = pd.DataFrame({"symbol": symbols, "PC1": coords[:, 0], "PC2": coords[:, 1]})
    order, labelled = list(range(len(symbols))), None
    if len(symbols) > charts.MAX_POINT_LABELS:       # a book's words: name only the most frequent on the plot
        order = frequency_order(ctx.key, model, ctx.meta).tolist()
        labelled = [k for k in order if any(ch.isalnum() for ch in symbols[k])][:FREQUENT_LABELS]
        st.caption(_("{V} symbols: the plot names the {n} most frequent words of the training text (hover over "
                     "any point for its symbol), and the list below starts with the most frequent.").format(
            V=len(symbols), n=len(labelled)))
    ui.figure(charts.embedding_scatter(symbols, coords, explained, labelled=labelled,
                                       title=_("The model's input vectors, projected to 2-D (PCA)"),
                                       tr=ui.translator()),
              "embeddings-pca", df, ctx.caption, key="enc.pca_fig")
    if st.session_state.get("enc.symbol") not in range(len(symbols)):     # first view, or another model's symbol
        st.session_state["enc.symbol"] = labelled[0] if labelled else 0        # a book: its most frequent word
    pick = st.selectbox(_("Nearest neighbours of"), order, key="enc.symbol",
                        format_func=lambda k: quoted(symbols[k]))
    idx, sims = analysis.nearest_neighbours(vectors, pick, k=5)
    near = pd.DataFrame({_("rank"): np.arange(1, len(idx) + 1),
                         _("symbol"): [charts.visible_symbol(symbols[j]) for j in idx],
                         _("cosine similarity"): np.round(sims, 4)})
    st.dataframe(near, hide_index=True)
    return vectors.shape[1]


def show_sizes(n_symbols, vocab_size, embed_size):
    st.subheader(_("4. How many numbers does each encoding store?"))
    sizes = analysis.encoding_sizes(n_symbols, vocab_size, embed_size)
    names = {"index": _("index"), "one-hot": _("one-hot"), "embedding": _("embedding")}
    sizes = dict(sizes, encoding=[names.get(e, e) for e in sizes["encoding"]])
    df = pd.DataFrame({_("encoding"): sizes["encoding"], _("numbers per symbol"): sizes["per_symbol"],
                       _("numbers for the whole text"): sizes["whole_text"],
                       _("stored once (lookup table)"): sizes["table"]})
    ui.figure(charts.size_bars(sizes, n_symbols, title=_("How many numbers each encoding stores"), tr=ui.translator()),
              "encoding-sizes", df, ctx.caption, key="enc.size_fig")
    st.dataframe(df, hide_index=True)
    st.markdown(_("An index is one integer but says nothing about how symbols relate; one-hot grows with the "
                  "vocabulary (V = {V} different symbols in the text above, so the table counts V × D for it; "
                  "the model in section 3 knows the {M} of its whole training text and stores {M} × {D} = "
                  "{MD:,} numbers; real word vocabularies hold tens of thousands); an embedding has a fixed width "
                  "D = {D} chosen by us, at the price of a V × D table that must be learned.").format(
                      V=vocab_size, M=ctx.model.V, D=embed_size, MD=ctx.model.V * embed_size))


st.title(_("Encodings: from symbols to numbers"))
st.markdown(_("A network only computes with numbers. Before the LSTM can read a text, each symbol — a character "
              "or a word — must become a number or a vector. This page shows three ways: an **index**, a "
              "**one-hot** vector, and a learned **embedding**, for characters and for words."))
ui.explain(_("Pick a text and a level below. **Character level**: every character (space included) is a "
             "symbol. **Word level**: lower-cased words and punctuation marks are symbols, as in the lecture. "
             "Section 1 lists the vocabulary, 2 shows the same text as indices and as one-hot rows, "
             "3 shows the vectors the current model has learned for its own symbols, squeezed to two "
             "dimensions so you can look at them, and 4 counts how many numbers each encoding needs."))
source = st.radio(_("Text"), ["current", "lecture"], key="enc.corpus", horizontal=True,
                  format_func={"current": _("The current text (sidebar)"),
                               "lecture": _("The lecture's example corpus")}.get)
if st.session_state.get(LEVEL_OF) != ctx.key or "enc.level" not in st.session_state:
    st.session_state["enc.level"] = ctx.model.vocab.level      # first view or another model: the model's level
    st.session_state[LEVEL_OF] = ctx.key
level = st.radio(_("Level"), ["char", "word"], key="enc.level", horizontal=True,
                 format_func={"char": _("Characters"), "word": _("Words")}.get)
if level != ctx.model.vocab.level:
    st.info(_("The model in the sidebar reads {model_level}, so its vectors in section 3 are for its own "
              "symbols; sections 1, 2 and 4 count {level} of the text.").format(
        model_level=LEVEL_NAMES[ctx.model.vocab.level](), level=LEVEL_NAMES[level]()))
text = ctx.text if source == "current" else LECTURE_CORPUS
st.code(visible_text(text), language=None)

try:
    symbols, tokens, indices, counts = encoded = encode_text(text, level)
except VocabularyError as err:
    encoded = None
    st.warning(_("This text cannot be encoded at this level: ") + ui.message(err))
if encoded:
    show_vocabulary(symbols, counts)
    show_indices(tokens, indices, symbols)
embed_size = show_embeddings(ctx.model)
if encoded:
    show_sizes(len(tokens), len(symbols), embed_size)
ui.show_source(Vocabulary.encode, Vocabulary.one_hot, type(ctx.model).input_embeddings, analysis.pca_2d,
               analysis.nearest_neighbours)
