"""The Generate and Gradients-through-time pages' prediction rounds (shared widgets in ui/predict.py).

- next_symbol_round(): before the probabilities of one generation step are shown, the student picks the
  symbol the model will generate and how sure it will be; after Reveal, the bars and the session's match rate.
- distance_round(): before the gradient curves are drawn, the student marks how many steps back the RNN's
  ‖∂L_T/∂h_t‖ and the LSTM's ‖∂L_T/∂C_t‖ fall below 1/1000 of their value at the last step; after Reveal
  the measured curves are drawn over the guesses.
"""
import streamlit as st

from charts.predict import distance_guesses
from lstm.predict import distance_close, score_symbol, vanish_distance
from lstm.symbols import quoted

from . import predict
from .i18n import _, translator
from .setup import md_escape


def next_symbol_round(rid, symbols, probs, chosen, step):
    """Guess round for generation step `step` (probs (V,) before it, chosen: the index generated).
    Returns the committed round (dict) after Reveal, else None (nothing about the step was drawn)."""
    done = predict.committed(rid)
    keys = {"symbol": f"gen.guess.symbol.{rid}", "p": f"gen.guess.p.{rid}"}
    left, right = st.columns(2)
    left.selectbox(_("Which symbol will the model write next?"), list(range(len(symbols))), index=None,
                   format_func=lambda k: quoted(symbols[k]), key=keys["symbol"], disabled=done is not None,
                   placeholder=_("Choose a symbol"))
    right.slider(_("How sure will the model be of the symbol it writes (its probability)?"), 0.0, 1.0, 0.5,
                 0.05, key=keys["p"], disabled=done is not None, format="%.2f")

    def scorer(guess):
        g = score_symbol(probs, chosen, guess["symbol"], guess["p"])
        return int(g.match), 1, {"p_chosen": g.p_chosen, "error": g.error}

    if done is None:
        predict.reveal_button("generate", rid, keys, scorer)
        predict.show_score("generate", _("symbols matched"))
        return None
    g = done["guesses"]
    verdict = _("✓ Match.") if done["right"] else _("✗ No match.")
    st.markdown(verdict + " " + _("You guessed {guess} with probability {gp:.2f}; the model wrote {chosen} with "
                                  "probability {p:.2f} (your confidence was off by {err:+.2f}).").format(
        guess=md_escape(quoted(symbols[g["symbol"]])), gp=g["p"], chosen=md_escape(quoted(symbols[chosen])),
        p=done["details"]["p_chosen"], err=done["details"]["error"]))
    s = predict.score("generate")
    st.caption(_("This session your guesses matched the model's choice {right} of {total} times ({pct:.0%}).").format(
        right=s["right"], total=s["total"], pct=s["right"] / max(s["total"], 1)))
    return done


def _distance_keys(rid):
    return {"rnn": f"grad.guess.rnn.{rid}", "lstm": f"grad.guess.lstm.{rid}"}


def distance_round(rid, curves, labels):
    """Guess round on the fresh RNN's ‖∂L_T/∂h_t‖ and the fresh LSTM's ‖∂L_T/∂C_t‖ (curves: kind ->
    lstm.analysis.gradient_norms_through_time dict; labels: kind -> the curve's name in the figure).
    Returns (guesses, measured, reference) by label once revealed, else None."""
    done = predict.committed(rid)
    t_end = int(curves["rnn"]["t_end"])
    beyond = t_end + 1
    series = {"rnn": curves["rnn"]["dh_norm"], "lstm": curves["lstm"]["dc_norm"]}
    measured = {kind: vanish_distance(norms) for kind, norms in series.items()}
    keys = _distance_keys(rid)
    left, right = st.columns(2)
    left.slider(_("RNN: how many steps back (T − t) until ‖∂L_T/∂h_t‖ is below 1/1000 of its value at T − t = 0?"),
                1, beyond, max(1, beyond // 4), key=keys["rnn"], disabled=done is not None,
                help=_("{n} = not within this text.").format(n=beyond))
    right.slider(_("LSTM: how many steps back (T − t) until ‖∂L_T/∂C_t‖ is below 1/1000 of its value at T − t = 0?"),
                 1, beyond, max(1, beyond // 4), key=keys["lstm"], disabled=done is not None,
                 help=_("{n} = not within this text.").format(n=beyond))

    def scorer(guesses):
        close = [distance_close(guesses[k], measured[k], beyond) for k in ("rnn", "lstm")]
        return sum(close), 2, {"measured": measured}

    if done is None:
        predict.reveal_button("gradients", rid, keys, scorer, label=_("Reveal the curves"))
        predict.show_score("gradients", _("distances close"))
        return None
    for kind in ("rnn", "lstm"):
        m = measured[kind]
        found = (_("{label}: measured {m} steps back; you guessed {g}.") if m is not None else
                 _("{label}: it does not fall that far within these {n} steps; you guessed {g}."))
        st.markdown(found.format(label=md_escape(labels[kind]), m=m, g=done["guesses"][kind], n=t_end))
    predict.show_score("gradients", _("distances close"))
    return ({labels[k]: done["guesses"][k] for k in keys}, {labels[k]: measured[k] for k in keys},
            {labels[k]: float(series[k][-1]) for k in keys})


def draw_guesses(fig, revealed):
    """The guessed distances over the gradient figure (revealed: what distance_round returned)."""
    guesses, measured, reference = revealed
    return distance_guesses(fig, guesses, measured, reference, tr=translator())
