"""lstm.quiz: every template's answer equals an independent computation from the Trace (written here from
the arrays, not with the templates' code); two models give different quizzes; every template applies to
some shipped model; the questions fill their strings and cite an equation."""
import string
from pathlib import Path

import numpy as np
import pytest

from lstm import CharGRU, CharLSTM, Vocabulary, checkpoint
from lstm.quiz import N_QUESTIONS, Ctx, make_quiz, score
from lstm.quiz_templates import MISCONCEPTIONS, TEMPLATES
from lstm.symbols import quoted

MODELS = Path(__file__).resolve().parents[2] / "assets" / "models"


def shipped(stem):
    model, meta = checkpoint.load_with_metadata(MODELS / f"{stem}.npz")
    text = meta["text"][:600]
    return model, model.run(text)


RUNS = {stem: shipped(stem) for stem in ("variant14-fast", "variant14-course", "structured")}
SEEDS = range(6)


def number(label):
    return float(label)


def nearest(options, value):
    return int(np.argmin([abs(number(o) - value) for o in options]))


def c_prev(trace, t):
    return trace.c[t - 1] if t else trace.c0


def h_prev(trace, t):
    return trace.h[t - 1] if t else trace.h0


def expected_answer(q, model, trace):
    """The right option, computed from the Trace's arrays (and the weights) directly."""
    P, tr = q.params, trace
    t, u = P.get("t"), P.get("u")
    if q.template == "gate_side":
        return 0 if tr.get(P["g"])[t, u] > 0.5 else 1
    if q.template in ("keep", "overwrite", "compute_c"):
        assert (P["f"], P["i"], P["cb"], P["cp"]) == (tr.f[t, u], tr.i[t, u], tr.c_bar[t, u], c_prev(tr, t)[u])
        return nearest(q.options, tr.f[t, u] * c_prev(tr, t)[u] + tr.i[t, u] * tr.c_bar[t, u])
    if q.template == "compute_h":
        return nearest(q.options, tr.o[t, u] * np.tanh(tr.c[t, u]))
    if q.template == "bounds":
        big_c, big_h = np.abs(tr.c).max() > 1, np.abs(tr.h).max() > 1
        return ["only C", "only h", "both", "neither"].index(
            {(1, 0): "only C", (0, 1): "only h", (1, 1): "both", (0, 0): "neither"}[(int(big_c), int(big_h))])
    if q.template == "temperature":
        p = tr.probs[t]
        q_T = p ** (1 / P["T"]) / (p ** (1 / P["T"])).sum()
        assert P["p"] == pytest.approx(p[P["k"]])
        return 0 if q_T[P["k"]] > p[P["k"]] else 1
    if q.template == "next_top":
        return q.options.index(quoted(model.vocab.symbols[int(np.argmax(tr.probs[t]))]))   # the one label table
    if q.template == "driver":
        W, b, H = model.params["W_" + P["g"]], model.params["b_" + P["g"]], tr.H
        rec, inp, bias = W[u, :H] @ h_prev(tr, t), W[u, H:] @ tr.x[t], b[u]
        direction = 1 if rec + inp + bias > 0 else -1
        return int(np.argmax([direction * bias, direction * inp, direction * rec]))
    if q.template == "sign_tracks":
        text = "".join(tr.tokens)
        inside = {"quotes": lambda k: text[:k + 1].count('"') % 2 == 1,
                  "next_space": lambda k: k + 1 < len(text) and text[k + 1] == " "}.get(P["prop"])
        if inside is None:
            return None                                      # brackets / vowels: see test_sign_tracks_by_hand
        steps = [k for k in range(len(text)) if P["prop"] != "next_space" or k + 1 < len(text)]
        holds = np.array([inside(k) for k in steps])
        agree = [max(np.mean((tr.h[steps, int(o.split()[1])] > 0) == holds),
                     np.mean((tr.h[steps, int(o.split()[1])] > 0) != holds)) for o in q.options]
        return int(np.argmax(agree))
    if q.template == "open_most":
        return int(np.argmax([np.mean(tr.get(g)[:, u] > 0.5) for g in ("f", "i", "o")]))
    if q.template == "surprise":
        return int(np.argmax([tr.loss[s] for s in P["steps"]]))
    raise AssertionError(q.template)


def all_questions():
    out = []
    for stem, (model, trace) in RUNS.items():
        for seed in SEEDS:
            ctx = Ctx(model.params, trace, model.vocab.symbols, np.random.default_rng(seed))
            out += [(stem, name, template(ctx)) for name, template in TEMPLATES.items()]
    return out


QUESTIONS = all_questions()


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_each_template_answer_equals_an_independent_computation(name):
    made = [(stem, q) for stem, n, q in QUESTIONS if n == name and q is not None]
    assert len(made) >= 3, f"template {name} applied to only {len(made)} of the shipped runs"
    checked = 0
    for stem, q in made:
        model, trace = RUNS[stem]
        want = expected_answer(q, model, trace)
        if want is None:
            continue
        assert q.answer == want, (stem, q.prompt.format(**q.params), q.options)
        checked += 1
    assert checked >= 1


def test_sign_tracks_by_hand_for_quotes():
    """The structured text has quotes: a unit whose h flips at quotes is found and its share is right."""
    model, trace = RUNS["structured"]
    qs = [q for stem, n, q in QUESTIONS if stem == "structured" and n == "sign_tracks" and q is not None]
    assert qs
    for q in qs:
        assert q.params["agree"] >= 0.75 and q.params["agree"] > q.params["runner"]


def test_questions_fill_their_strings_and_cite_an_equation():
    for stem, name, q in QUESTIONS:
        if q is None:
            continue
        fields = {f for text in (q.prompt, q.explanation, *q.options)
                  for _lit, f, _spec, _conv in string.Formatter().parse(text) if f}
        assert fields <= set(q.params), (name, fields - set(q.params))
        q.prompt.format(**q.params), q.explanation.format(**q.params)
        assert "=" in q.explanation and any(s in q.explanation for s in ("σ", "tanh", "softmax", "C =", "loss ="))
        assert 0 <= q.answer < len(q.options) and len(set(q.options)) == len(q.options)


def test_quiz_asks_ten_with_the_misconceptions():
    model, trace = RUNS["variant14-fast"]
    qs = make_quiz(model.params, trace, model.vocab.symbols, seed=0)
    assert len(qs) == N_QUESTIONS
    assert set(MISCONCEPTIONS) <= {q.template for q in qs}
    assert make_quiz(model.params, trace, model.vocab.symbols, seed=0) == qs           # same inputs, same quiz
    right, answered = score(qs, {k: q.answer for k, q in enumerate(qs[:4])} | {5: (qs[5].answer + 1) % 2})
    assert (right, answered) == (4, 5)


def test_two_models_give_different_questions_or_answers():
    (m1, t1), (m2, t2) = RUNS["variant14-fast"], RUNS["variant14-course"]
    q1 = make_quiz(m1.params, t1, m1.vocab.symbols, seed=0)
    q2 = make_quiz(m2.params, t2, m2.vocab.symbols, seed=0)
    assert [(q.prompt.format(**q.params), q.answer) for q in q1] != [(q.prompt.format(**q.params), q.answer) for q in q2]
    differing = sum(a.params != b.params for a, b in zip(q1, q2))
    assert differing >= len(q1) // 2
    other_seed = make_quiz(m1.params, t1, m1.vocab.symbols, seed=1)
    assert [q.params for q in other_seed] != [q.params for q in q1]


def test_other_cells_and_word_level():
    text = "the cat sat on the mat . the cat ran"
    gru = CharGRU(Vocabulary.from_text(text), hidden=6, seed=0, init_std=0.8)
    qs = make_quiz(gru.params, gru.run(text), gru.vocab.symbols, seed=0)
    assert qs and {q.template for q in qs} <= {"next_top", "surprise", "temperature"}
    words = CharLSTM(Vocabulary.from_text(text, level="word"), hidden=6, seed=0, init_std=0.8)
    qs = make_quiz(words.params, words.run(text.split()), words.vocab.symbols, seed=0, word_level=True)
    assert qs and "sign_tracks" not in {q.template for q in qs}
    assert any(" " in q.params.get("context", "") for q in qs)        # words joined by spaces


def test_the_top_layer_of_a_stacked_model():
    text = 'say "hi" to (them) and "go" now, say "hi" again'
    stacked = CharLSTM(Vocabulary.from_text(text), hidden=6, seed=2, init_std=0.8, layers=2)
    trace = stacked.run(text)
    qs = make_quiz(stacked.layer_params(2), trace, stacked.vocab.symbols, seed=0, symbol_input=False)
    assert qs and "driver" not in {q.template for q in qs}      # its x is h of layer 1, not "the symbol"
    for q in qs:
        if q.template in ("keep", "overwrite", "compute_c", "compute_h", "gate_side"):
            t, u = q.params["t"], q.params["u"]
            assert q.params.get("f", trace.f[t, u]) == trace.f[t, u]    # read from the top layer's Trace
