"""Predict, then see: the widgets the prediction exercises share (One step, Generate, Gradients through time).

    on = ui.predict.mode_on()                      # the sidebar switch, kept across pages
    rid = ui.predict.round_id(ctx.key, t, unit)    # one round = one thing to predict
    committed = ui.predict.committed(rid)          # None until the student presses Reveal
    ui.predict.reveal_button("one_step", rid, keys, scorer)

Nothing a round asks for is drawn before its Reveal: the pages draw the answer only when committed() is
not None. State lives in st.session_state under named keys: MODE_KEY (bool, default on), COMMITTED_KEY
({round id: what was guessed and scored}), and SCORE_PREFIX + exercise (running score of one exercise).
"""
import hashlib

import streamlit as st

from .i18n import _
from .setup import _remember, persistent

MODE_KEY = "predict.on"
COMMITTED_KEY = "predict.committed"
SCORE_PREFIX = "predict.score."
MAX_ROUNDS = 200            # committed rounds kept per session (oldest dropped)


def mode_on():
    """The sidebar's "Predict before you see" switch: on by default, one choice for every page."""
    return st.sidebar.toggle(_("Predict before you see"), key=persistent(MODE_KEY, True), on_change=_remember,
                             args=(MODE_KEY,), help=_("On: the pages ask for your guess before they show the "
                                                      "model's numbers. Off: everything is shown at once."))


def round_id(*parts):
    """A short stable id of one thing to predict (model fingerprint, text, step, unit, settings ...)."""
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:12]


def committed(rid):
    """What the student committed to in round `rid` ({"guesses", "right", "total", "details"}), or None."""
    return st.session_state.get(COMMITTED_KEY, {}).get(rid)


def score(exercise):
    """The running score of an exercise: {"right", "total", "rounds"} (zeros at first)."""
    return st.session_state.get(SCORE_PREFIX + exercise, {"right": 0, "total": 0, "rounds": 0})


def _commit(exercise, rid, keys, scorer):
    """Reveal's callback: read the guesses from their widgets, score them once, remember them."""
    guesses = {name: st.session_state.get(key) for name, key in keys.items()}
    if any(value is None for value in guesses.values()):
        st.session_state[exercise + ".missing"] = True
        return
    st.session_state.pop(exercise + ".missing", None)
    rounds = st.session_state.setdefault(COMMITTED_KEY, {})
    if rid in rounds:
        return
    right, total, details = scorer(guesses)
    rounds[rid] = {"guesses": guesses, "right": right, "total": total, "details": details}
    while len(rounds) > MAX_ROUNDS:
        rounds.pop(next(iter(rounds)))
    old = score(exercise)
    st.session_state[SCORE_PREFIX + exercise] = {"right": old["right"] + right, "total": old["total"] + total,
                                                 "rounds": old["rounds"] + 1}


def reveal_button(exercise, rid, keys, scorer, label=None):
    """The Reveal button of round `rid`: keys {name: widget key} of the guesses; scorer(guesses) ->
    (right, total, details), called once when pressed (server side: nothing reaches the page before)."""
    if st.session_state.get(exercise + ".missing"):
        st.warning(_("Give every guess first."))
    st.button(label or _("Reveal"), key=exercise + ".reveal", type="primary", icon=":material/visibility:",
              on_click=_commit, args=(exercise, rid, keys, scorer))


def show_score(exercise, what):
    """One line with the session's running score; `what` names the unit counted (already translated)."""
    s = score(exercise)
    if s["rounds"]:
        st.caption(_("Your score this session: {right} of {total} {what} (rounds played: {rounds}).").format(
            right=s["right"], total=s["total"], what=what, rounds=s["rounds"]))


def slider_guess(label, lo, hi, default, key, disabled):
    """A guess on a slider, two decimals."""
    return st.slider(label, float(lo), float(hi), float(default), 0.01, key=key, disabled=disabled, format="%.2f")


def side_guess(label, key, disabled):
    """A coarse guess for a gate: closer to 0 (0.0) or closer to 1 (1.0); None until chosen."""
    return st.radio(label, [0.0, 1.0], index=None, key=key, disabled=disabled, horizontal=True,
                    format_func={0.0: _("closer to 0"), 1.0: _("closer to 1")}.get)
