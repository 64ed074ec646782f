"""Names page with the student's own list: an uploaded .txt, one name per line, is what both
models learn (its symbols make the vocabulary, its names are the reference for new/copy), and an unusable
file gets a message, never a traceback."""
from tests.app.conftest import ROOT, assert_clean, run_page

NAMES = ROOT / "pages" / "12_Names.py"
OWN = ["Ala", "Ola", "Ela", "Ula", "Iza", "Iga", "Ina", "Ada", "Eda", "Oda"]


def with_upload(data, name="names.txt"):
    at = run_page(NAMES)
    at.radio(key="names.source").set_value("upload").run()
    at.file_uploader(key="names.upload").set_value((name, data, "text/plain")).run()
    return at


def test_an_uploaded_list_is_what_both_models_learn():
    at = with_upload(("\ufeff" + "\n".join(OWN) + "\n\n").encode("utf-8"))     # BOM and blank lines are fine
    assert_clean(at)
    assert any("10 names, e.g. Ala, Ola" in c.value for c in at.caption)
    at.slider(key="names.hidden").set_value(8).run()
    at.slider(key="names.iters").set_value(50).run()
    at.button(key="names.train").click().run()
    assert_clean(at)
    names, result = at.session_state["names.result"]
    assert list(names) == OWN
    for kind, (model, _history, _loss) in result.items():
        assert set(model.vocab.symbols) == set("".join(OWN)) | {"\n"}, kind
    for k in range(2):                                             # RNN and LSTM tables
        df = at.dataframe[k].value
        flagged = dict(zip(df["name"], df["new or copy"]))
        assert all((flag == "copy") == (name in OWN) for name, flag in flagged.items()), flagged
    model, meta = at.session_state["ui.session_model"]
    assert meta["mode"] == "names" and model.kind == "lstm"


def test_an_unusable_list_gets_a_message():
    for data, message in ((b"\xff\xfe\x00bad", "not UTF-8"), (b"\n \n", "cannot be used")):
        at = with_upload(data)
        assert not at.exception
        assert any(message in e.value for e in at.error), [e.value for e in at.error]
        assert "names.train" not in [b.key for b in at.button]          # nothing to train on
