"""ui.i18n's Polish templates write grouped digits the Polish way; everything else formats as str.format."""
import numpy as np

from ui.i18n import PolishText, translations


def test_polish_thousands_use_a_no_break_space_and_the_rest_is_unchanged():
    text = PolishText("{n:,} · {x:.2f} · {k} · {s} · {m:,}")
    assert text.format(n=144413, x=0.5, k=12345, s="a,b", m=np.int64(1234567)) == \
        "144\u00a0413 · 0.50 · 12345 · a,b · 1\u00a0234\u00a0567"
    assert "{n:,}".format(n=144413) == "144,413"                              # English stays English


def test_the_polish_catalogue_returns_polish_templates():
    tr = translations("pl")
    template = tr.gettext("{n:,} words and punctuation marks, {V:,} distinct (V).")
    assert isinstance(template, PolishText) and "144\u00a0413" in template.format(n=144413, V=3)
    assert not isinstance(translations("en").gettext("{n:,} x"), PolishText)
