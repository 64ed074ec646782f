"""charts.encodings builders, without Streamlit: data, titles, axis titles, literal symbols."""
import numpy as np

from charts import encodings
from lstm import CharLSTM, Vocabulary
from lstm.analysis import encoding_sizes, pca_2d

TEXT = "a <b>&a\nb"


def test_index_strip_plots_each_index_with_its_symbol():
    vocab = Vocabulary.from_text(TEXT)
    tokens, idx = list(TEXT), vocab.encode(TEXT)
    fig = encodings.index_strip(tokens, idx, title="T")
    trace = fig.data[0]
    np.testing.assert_array_equal(trace.y, idx)
    np.testing.assert_array_equal(trace.x, np.arange(len(TEXT)))
    assert list(trace.text) == ["a", "␣", "&lt;", "b", "&gt;", "&amp;", "a", "⏎", "b"]
    assert fig.layout.title.text == "T"
    assert fig.layout.xaxis.title.text and fig.layout.yaxis.title.text
    assert "index = %{y}" in trace.hovertemplate


def test_one_hot_heatmap_has_a_single_one_per_row():
    vocab = Vocabulary.from_text(TEXT)
    idx = vocab.encode(TEXT)
    fig = encodings.one_hot_heatmap(list(TEXT), vocab.symbols, vocab.one_hot(idx))
    z = np.asarray(fig.data[0].z)
    assert z.shape == (len(TEXT), len(vocab))
    np.testing.assert_array_equal(z.argmax(axis=1), idx)
    np.testing.assert_array_equal(z.sum(axis=1), 1)
    assert fig.data[0].customdata[2][vocab.index["<"]].tolist() == ["&lt;", "&lt;"]
    assert list(fig.layout.yaxis.ticktext)[2] == "&lt;"
    assert "One-hot" in fig.layout.title.text


def test_embedding_scatter_uses_pca_coordinates():
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=3, seed=0)
    coords, explained = pca_2d(model.input_embeddings())
    fig = encodings.embedding_scatter(model.vocab.symbols, coords, explained)
    np.testing.assert_allclose(fig.data[0].x, coords[:, 0])
    np.testing.assert_allclose(fig.data[0].y, coords[:, 1])
    assert fig.layout.xaxis.title.text.startswith("PC1 (")
    assert fig.data[0].mode == "markers+text"
    many = encodings.embedding_scatter([str(k) for k in range(200)], np.zeros((200, 2)), np.zeros(2))
    assert many.data[0].mode == "markers"


def test_embedding_scatter_labels_only_the_chosen_symbols_of_a_large_vocabulary():
    coords = np.arange(400.0).reshape(200, 2)
    fig = encodings.embedding_scatter([f"w{k}" for k in range(200)], coords, np.array([0.5, 0.2]),
                                      labelled=[7, 3])
    assert fig.data[0].mode == "markers" and len(fig.data[0].x) == 200       # every word is a point
    assert fig.data[1].mode == "markers+text" and list(fig.data[1].text) == ["w7", "w3"]
    np.testing.assert_allclose(fig.data[1].x, coords[[7, 3], 0])
    np.testing.assert_allclose(fig.data[1].y, coords[[7, 3], 1])
    assert list(fig.data[1].customdata) == [7, 3]


def test_size_bars_log_scale_and_values():
    sizes = encoding_sizes(10, 7, 80)
    fig = encodings.size_bars(sizes, 10, title="S")
    assert [list(b.y) for b in fig.data] == [[1, 7, 80], [10, 70, 800]]
    assert fig.layout.yaxis.type == "log"
    assert list(fig.data[0].x) == ["index", "one-hot", "embedding"]


def test_visible_symbol():
    assert [encodings.visible_symbol(s) for s in (" ", "\n", "\t", "<b>")] == ["␣", "⏎", "⇥", "<b>"]
