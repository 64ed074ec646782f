"""The Check yourself page's questions on screen, their answers in the session, and their rows in the report.

    qs = ui.quiz.questions(ctx.key, ctx.text, seed, ctx.model.layer_params(ctx.model.L), ctx.trace, ctx.model.vocab)
    ui.quiz.render(qs, ui.quiz.quiz_id(ctx.key, ctx.text, seed), ctx.key)

Questions come from lstm.quiz (English format strings + numbers); here their words are translated and the
numbers filled in. A question's explanation (which gives its answer away) is drawn only once answered, and
the first answer counts (the radio is then locked). State: ANSWERS_KEY {quiz id: {question: option}},
RESULTS_KEY {model fingerprint: (text, seed, questions, answers)} read by ui/report.py.
"""
import streamlit as st

from lstm.messages import Message
from lstm.quiz import make_quiz, score

from .i18n import _, message
from .predict import round_id
from .setup import md_escape

ANSWERS_KEY = "quiz.answers"
RESULTS_KEY = "quiz.results"


@st.cache_data(max_entries=32, show_spinner=False)
def questions(key, text, seed, _params, _trace, _vocab):
    """lstm.quiz.make_quiz for the model with fingerprint `key` on `text` (the `_` arguments: not hashed;
    _params and _trace: one layer's, the layer the pages draw)."""
    return make_quiz(_params, _trace, _vocab.symbols, seed=seed, word_level=_vocab.level == "word",
                     symbol_input=_trace.layer == 1)


def quiz_id(model_key, text, seed):
    return round_id("quiz", model_key, text, seed)


def _params(q, markdown=True):
    """The question's values with English words translated and text escaped for markdown."""
    out = dict(q.params)
    for name in q.translated:
        out[name] = _(out[name])
    if markdown:
        out.update({k: md_escape(v) for k, v in out.items() if isinstance(v, str)})
    return out


def prompt(q, markdown=True):
    return _(q.prompt).format(**_params(q, markdown))


def options(q, markdown=True):
    """The option labels as shown: literal model text escaped, English words translated."""
    if q.literal_options:
        return [md_escape(o) if markdown else o for o in q.options]
    return [message(o) if isinstance(o, Message) else _(o).format(**_params(q, markdown)) for o in q.options]


def explanation(q, markdown=True):
    return _(q.explanation).format(**_params(q, markdown))


def answers(qid):
    return st.session_state.get(ANSWERS_KEY, {}).get(qid, {})


def _answer(qid, k, key):
    """The radio's callback: keep the first answer to question k (later changes are ignored)."""
    given = st.session_state.setdefault(ANSWERS_KEY, {}).setdefault(qid, {})
    if k not in given and st.session_state.get(key) is not None:
        given[k] = int(st.session_state[key])


def render(qs, qid, model_key, text, seed):
    """Every question with its options; once answered, right/wrong and the explanation. Returns (right, answered)."""
    given = answers(qid)
    for k, q in enumerate(qs):
        labels = options(q)
        key = f"quiz.q{k}.{qid}"
        if k in given:
            st.session_state[key] = given[k]            # locked on the first answer
        st.markdown(f"**{k + 1}.** " + prompt(q))         # readable once the radio below is locked (greyed)
        st.radio(prompt(q, markdown=False), list(range(len(labels))), index=None, key=key, label_visibility="collapsed",
                 format_func=labels.__getitem__, disabled=k in given, on_change=_answer, args=(qid, k, key))
        if k in given:
            if given[k] == q.answer:
                st.success(_("✓ Right. ") + explanation(q))
            else:
                st.warning(_("✗ Not quite: the answer is {answer}. ").format(answer=labels[q.answer]) + explanation(q))
    st.session_state.setdefault(RESULTS_KEY, {})[model_key] = (text, seed, qs, dict(given))
    return score(qs, given)


def report_section(model_key):
    """The session's quiz on this model for the HTML report, in the interface language, or None:
    {"score": (right, answered, asked), "rows": ((question, your answer, right answer, correct, explanation), ...)}
    (tuples of plain text: hashable, so the cached report is rebuilt when an answer changes)."""
    held = st.session_state.get(RESULTS_KEY, {}).get(model_key)
    if not held or not held[3]:
        return None
    _text, _seed, qs, given = held
    rows = []
    for k, q in enumerate(qs):
        labels = options(q, markdown=False)
        mine = labels[given[k]] if k in given else _("(not answered)")
        rows.append((prompt(q, False), mine, labels[q.answer], k in given and given[k] == q.answer,
                     explanation(q, False)))
    right, answered = score(qs, given)
    return {"score": (right, answered, len(qs)), "rows": tuple(rows)}
