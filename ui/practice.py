"""Practice with fading (One step page): step t is worked in full; at the next steps the last equations are left
blank, one more each step (h, then o, then C, ...), and the student types the numbers, checked against the
recorded run to 1e-3 (lstm.predict.check_answers), with a hint that names the numbers to combine.

State: st.session_state[PRACTICE_KEY] = {"id": round of (model, text, t, unit), "k": the practice step (1 ..),
"checked": {step: {name: (typed, right)}}, "shown": {step: bool}, "counted": {(step, name)}}; SCORE: predict.score.practice.
Nothing blank is drawn (no value, no equation with it) before the student checks it or asks for the answers.
"""
import streamlit as st

from lstm.explain import around, explain_step
from lstm.notation import QUANTITIES, SYMBOL
from lstm.predict import CHECK_TOL, blanks, check_answers, hint, practice_steps

from . import predict
from .i18n import _
from .setup import md_escape

PRACTICE_KEY = "one_step.practice"
ORDER = QUANTITIES["lstm"]                           # the equations in the course's order
EMPTY = {"f": r"f = \sigma(W_f \cdot z + b_f) = \;?", "i": r"i = \sigma(W_i \cdot z + b_i) = \;?",
         "c_bar": r"\tilde{C} = \tanh(W_C \cdot z + b_C) = \;?", "c": r"C = f \cdot C_{t-1} + i \cdot \tilde{C} = \;?",
         "o": r"o = \sigma(W_o \cdot z + b_o) = \;?", "h": r"h = o \cdot \tanh(C) = \;?"}


def _state(rid):
    state = st.session_state.setdefault(PRACTICE_KEY, {})
    if state.get("id") != rid:
        state.clear()
        state.update(id=rid, k=1, checked={}, shown={}, counted=set())
    return state


def _check(rid, trace, s, unit, keys):
    """Check's callback: compare the typed numbers with the run; each blank counts in the score once, at its
    first typed answer (trying again after a hint does not change the score)."""
    state = _state(rid)
    typed = {name: st.session_state.get(key) for name, key in keys.items()}
    right = check_answers(trace, s, unit, typed)
    state["checked"].setdefault(s, {}).update({name: (typed[name], right[name]) for name in keys})
    first = [n for n in keys if typed[n] is not None and (s, n) not in state["counted"]]
    new_step = bool(first) and not any(step == s for step, _name in state["counted"])
    state["counted"].update((s, n) for n in first)
    old = predict.score("practice")
    st.session_state[predict.SCORE_PREFIX + "practice"] = {"right": old["right"] + sum(right[n] for n in first),
                                                           "total": old["total"] + len(first),
                                                           "rounds": old["rounds"] + new_step}


def _show_answers(rid, s):
    _state(rid)["shown"][s] = True


def _next(rid):
    _state(rid)["k"] += 1


def hint_text(h):
    """"Combine: W_o[3, :H]·h_prev = 0.1234, ..., your C" — the numbers (or the student's own answers)."""
    parts = [f"{label} = {value:.4f}" if value is not None else _("your own {name}").format(name=label)
             for label, value in h.operands]
    lead = (_("Hint: add these three parts, then apply σ: {parts}") if h.name in ("f", "i", "o") else
            _("Hint: add these three parts, then apply tanh: {parts}") if h.name == "c_bar" else
            _("Hint: combine {parts} as C = f·C_prev + i·C̃") if h.name == "c" else
            _("Hint: combine {parts} as h = o·tanh(C)"))
    return lead.format(parts="; ".join(parts))


def _blank(params, trace, s, unit, name, hidden, result, key):
    """One blank: its equation with a question mark, the box, the hint and, after a wrong check, why."""
    st.latex(EMPTY[name])
    st.number_input(_("Your {name} at step {s}").format(name=SYMBOL[name], s=s), value=None, step=0.001,
                    format="%.4f", key=key)
    st.caption(md_escape(hint_text(hint(params, trace, s, unit, name, hidden))))
    if result is not None:
        typed, _right = result
        if typed is None:
            st.warning(_("Type a number for {name}.").format(name=SYMBOL[name]))
        else:
            st.warning(_("✗ Not yet: {typed:.4f} is more than {tol:g} away. Use the hint and try again.").format(
                typed=typed, tol=CHECK_TOL))


def practice(ctx, params, trace, t, unit, sep=""):
    """The fading practice after the worked step t (the caller shows step t in full above)."""
    steps = practice_steps(t, trace.T)
    if not steps:
        st.info(_("There is no next step to practise on: pick an earlier position."))
        return
    rid = predict.round_id("practice", ctx.key, ctx.text, t, unit)
    state = _state(rid)
    k = min(state["k"], len(steps))
    s, hidden = steps[k - 1], blanks(k)
    st.subheader(_("Your turn: step {s} ({k} of {n})").format(s=s, k=k, n=len(steps)))
    line, caret = around(trace.tokens, s, sep=sep)
    st.code(line + "\n" + caret, language=None)
    st.markdown(_("The equations you know are worked out; type the blank ones (to ±{tol:g}), in order: "
                  "the later ones use the earlier ones.").format(tol=CHECK_TOL))
    explained = explain_step(params, trace, s, unit)
    checked, shown = state["checked"].get(s, {}), state["shown"].get(s, False)
    keys = {}
    for name in ORDER:
        result = checked.get(name)
        if name not in hidden or shown or (result and result[1]):
            st.latex(explained[name].latex)
            if name in hidden and result and result[1]:
                st.success(_("✓ Right: {name} = {v:.4f} in the recorded run.").format(
                    name=SYMBOL[name], v=float(trace.get(name)[s, unit])))
            continue
        keys[name] = f"practice.{name}.{rid}.{s}"
        _blank(params, trace, s, unit, name, hidden, result, keys[name])
    if keys:
        left, right = st.columns(2)
        left.button(_("Check"), key="practice.check", type="primary", on_click=_check,
                    args=(rid, trace, s, unit, keys))
        right.button(_("Show the answers"), key="practice.show", on_click=_show_answers, args=(rid, s))
    elif k < len(steps):
        st.success(_("Step {s} done. The next step leaves one more equation blank.").format(s=s))
        st.button(_("Next step"), key="practice.next", type="primary", on_click=_next, args=(rid,))
    else:
        st.success(_("Done: you worked through {n} steps, the last one with every equation blank.").format(
            n=len(steps)))
    predict.show_score("practice", _("answers right"))
