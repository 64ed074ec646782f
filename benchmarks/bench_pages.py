"""Page rerun times after a control change, measured with Streamlit's AppTest (no browser).

    python benchmarks/bench_pages.py [--repeats 5] [--only-book | --only-predictions]

For every page: one cold run (caches filled), then `repeats` reruns, each after changing the page's
first slider or selectbox in the main area; prints a markdown table of medians. Goal: ≤ 0.3 s. One BLAS thread
(set below, before numpy loads), as the app pins in ui.page_setup.
A third table does the same for the pages that draw the Alice book model (2 layers of 256; their first control
is the layer selector, which reruns the whole page), and then moves *every* control of the page's main area
(sliders, selectboxes, radios, number boxes, multiselects, checkboxes, typed text: one character less or the
text twice; not the shared sidebar, not buttons and not the home page's choice of model, which is the
sidebar's model) `repeats` times each and reports the slowest control's median rerun, with the CPU time of each
rerun beside its wall time (on a shared machine the wall time includes waiting for a core). AppTest reruns the
whole script even for a control inside an st.fragment (the browser reruns only the fragment), so for those
controls this is an upper bound. `--only-book` prints only that table.
A second table times the prediction exercises' commits (Reveal, Check, an answer): each repeat sets up a
new round untimed, then times the one rerun the student waits for. Goal: ≤ 0.3 s.
"""
import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # one BLAS thread, as in the app's benchmarks
from streamlit.testing.v1 import AppTest  # noqa: E402

logging.getLogger("streamlit").setLevel(logging.ERROR)   # AppTest's "missing ScriptRunContext" noise

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))        # pages import lstm, ui, charts from the repository root
SKIP_KEYS = ("w.ui.",)    # the shared sidebar's widgets: change page controls, not the model


FIRST_KINDS = ("slider", "selectbox", "select_slider")
ALL_KINDS = FIRST_KINDS + ("radio", "number_input", "multiselect", "checkbox", "toggle", "text_input", "text_area")


def page_controls(at, kinds=FIRST_KINDS):
    """(kind, key) of the page's own controls of these kinds (the shared sidebar's are skipped)."""
    found = []
    for kind in kinds:
        for w in getattr(at, kind):
            if w.key and not w.key.startswith(SKIP_KEYS):
                found.append((kind, w.key))
    return found


def _widget(at, kind, key):
    return next((w for w in getattr(at, kind) if w.key == key), None)


def change(at, kind, key, k):
    """The AppTest after moving one control to another value (cycling with k), or None if it can't."""
    widget = _widget(at, kind, key)
    try:
        if widget is None or getattr(widget, "disabled", False):
            return None
        if kind in ("selectbox", "radio") and len(widget.options) > 1:
            values = _option_values(widget)
            return None if len(values) < 2 else widget.set_value(values[(values.index(widget.value) + 1 + k)
                                                                        % len(values)] if widget.value in values
                                                                 else values[0])
        if kind == "slider" and widget.max > widget.min:
            lo, hi = widget.min, widget.max
            at_k = lo + (hi - lo) * ((k % 4) + 1) / 5
            if isinstance(widget.value, tuple):               # a range: a short one starting there
                start = type(widget.value[0])(at_k)
                return widget.set_value((start, min(hi, start + (widget.value[1] - widget.value[0]) or 1)))
            return widget.set_value(type(widget.value)(at_k))
        if kind == "select_slider" and len(widget.options) > 1 and not isinstance(widget.value, tuple):
            return widget.set_value(widget.options[(k + 1) % len(widget.options)])
        if kind == "number_input":
            return _step_number(widget, k)
        if kind == "multiselect" and widget.options:
            return _toggle_one(widget, k)
        if kind in ("checkbox", "toggle"):
            return widget.set_value(not widget.value)
        if kind in ("text_input", "text_area") and widget.value:   # typed text: its symbols, one less or doubled
            return widget.set_value(widget.value[:-1] if k % 2 == 0 and len(widget.value) > 1 else widget.value * 2)
    except (ValueError, TypeError):          # AppTest's select_index trips on selectboxes with a format_func
        return None
    return None


def _option_values(widget):
    """The values behind a selectbox's or radio's labels (AppTest knows only the labels): the keys of a
    dict's .get used as format_func (the pages' usual `format_func=NAMES.get`), else small ints and the labels
    themselves, each kept when its label is one of the options."""
    fmt = widget.format_func
    owner = getattr(fmt, "__self__", None)
    candidates = list(owner) if isinstance(owner, dict) else [*range(-1, 2048), *widget.options]
    if isinstance(widget.value, tuple) and len(widget.value) == 2:     # (quantity, unit) pairs: Find the neuron
        candidates = [(q, u) for q in ("h", "c", widget.value[0]) for u in range(2048)]
    found = {}
    for value in candidates:
        try:
            label = str(fmt(value))
        except Exception:                     # a format_func that only takes its own kind of value
            continue
        if label in widget.options and label not in found:
            found[label] = value
    return [found[label] for label in widget.options if label in found]


def _step_number(widget, k):
    """A number box moved one step up or down, inside its bounds (None if it cannot move)."""
    step, value = widget.step or 1, widget.value
    if value is None:
        return None
    for moved in ((value + step, value - step) if k % 2 == 0 else (value - step, value + step)):
        if (widget.min is None or moved >= widget.min) and (widget.max is None or moved <= widget.max):
            return widget.set_value(moved)
    return None


def _toggle_one(widget, k):
    """A multiselect with one choice removed (odd k, if more than one is chosen) or one more added."""
    chosen = list(widget.value)
    if k % 2 and len(chosen) > 1:
        return widget.unselect(chosen[-1])
    # the options are the values' labels; int choices (units) are their positions, others their labels
    pool = range(len(widget.options)) if all(isinstance(v, int) for v in chosen) else widget.options
    extra = next((v for v in list(pool)[(k * 7) % len(pool):] + list(pool) if v not in chosen), None)
    return None if extra is None else widget.select(extra)


def bench_page(path, repeats, state=None):
    at = AppTest.from_file(str(path), default_timeout=120)
    for key, value in (state or {}).items():      # e.g. the sidebar's model
        at.session_state[key] = value
    t0 = time.perf_counter()
    at.run()
    cold = time.perf_counter() - t0
    controls = page_controls(at)
    times, cpu, name = [], [], "(rerun, no control)"
    for k in range(repeats):
        target = None
        for kind, key in controls:                 # the first control that can be moved
            target = change(at, kind, key, k)
            if target is not None:
                name = f"{kind} {key}"
                break
        t0, c0 = time.perf_counter(), time.process_time()
        (target or at).run()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)       # this process's CPU: what a quiet machine would wait
    errors = len(at.exception) + len(at.error)
    return cold, statistics.median(times), name, errors, statistics.median(cpu)


def _timed_run(target):
    """(wall s, CPU s of this process) of one AppTest run."""
    t0, c0 = time.perf_counter(), time.process_time()
    target.run()
    return time.perf_counter() - t0, time.process_time() - c0


def bench_every_control(path, repeats, state=None):
    """Move each main-area control of the page `repeats` times (the page as a student leaves it: controls
    moved earlier keep their values). Returns [(control, median wall s, median CPU s)] and the error count."""
    at = AppTest.from_file(str(path), default_timeout=120)
    for key, value in (state or {}).items():
        at.session_state[key] = value
    at.run()
    rows = []
    for kind, key in page_controls(at, ALL_KINDS):
        walls, cpus = [], []
        for k in range(repeats):
            target = change(at, kind, key, k)
            if target is None:
                break
            wall, cpu = _timed_run(target)
            walls.append(wall)
            cpus.append(cpu)
        if walls:
            rows.append((f"{kind} {key}", statistics.median(walls), statistics.median(cpus)))
    return rows, len(at.exception) + len(at.error)


def _round_times(page, repeats, prepare, commit):
    """Median-able times of `commit(at, k)` runs, each after an untimed `prepare(at, k)` run."""
    at = AppTest.from_file(str(ROOT / page), default_timeout=120)
    at.run()
    times = []
    for k in range(repeats):
        prepare(at, k).run()
        target = commit(at, k)
        t0 = time.perf_counter()
        target.run()
        times.append(time.perf_counter() - t0)
    return times, len(at.exception) + len(at.error)


def _pick(widgets, prefix):
    return next(w for w in widgets if w.key and w.key.startswith(prefix))


def _practice_prepare(at, k):
    if k == 0:
        at.radio(key="one_step.exercise").set_value("practice").run()
    at.slider(key="one_step.t").set_value(10 + 3 * k).run()
    return _pick(at.number_input, "practice.h.").set_value(0.5)


def _quiz_answer(at, k):
    return _pick(at.radio, f"quiz.q{k % 10}.").set_value(0)


INTERACTIONS = {   # name -> (page, prepare a new round (untimed), the commit the student waits for (timed))
    "One step: Reveal": ("pages/2_One_step.py", lambda at, k: at.selectbox(key="one_step.unit").select(k + 1),
                         lambda at, k: at.button(key="one_step.reveal").click()),
    "One step: practice Check": ("pages/2_One_step.py", _practice_prepare,
                                 lambda at, k: at.button(key="practice.check").click()),
    "Generate: Reveal": ("pages/6_Generate.py",
                         lambda at, k: _pick(at.selectbox, "gen.guess.symbol.").set_value(k % 5)
                         if k == 0 else at.slider(key="gen.step").set_value(k + 1),
                         lambda at, k: (_pick(at.selectbox, "gen.guess.symbol.").set_value(k % 5).run(),
                                        at.button(key="generate.reveal").click())[1]),
    "Gradients: Reveal the curves": ("pages/7_Gradients_through_time.py",
                                     lambda at, k: at.number_input(key="grad.seed").set_value(k + 1),
                                     lambda at, k: at.button(key="gradients.reveal").click()),
    "Check yourself: answer a question": ("pages/16_Check_yourself.py",
                                          lambda at, k: at.number_input(key="quiz.seed").set_value(k // 10),
                                          _quiz_answer),
}


def bench_interactions(repeats):
    """Print the table of commit reruns; returns the worst median."""
    print("\n| prediction exercise: the rerun after | median (s) | max (s) | errors |")
    print("|---|---|---|---|")
    worst = 0.0
    for name, (page, prepare, commit) in INTERACTIONS.items():
        times, errors = _round_times(page, repeats, prepare, commit)
        worst = max(worst, statistics.median(times))
        print(f"| {name} | {statistics.median(times):.3f} | {max(times):.3f} | {errors} |")
    print(f"\nworst median commit rerun: {worst:.3f} s (goal ≤ 0.3 s); shipped default model; 1 BLAS thread")
    return worst


BOOK_MODEL = "shipped:alice-char"     # 2 layers of 256 units, float32: the pages draw a 2,000-character excerpt
BOOK_PAGES = ("app", "1_Encodings", "2_One_step", "3_Gates", "4_Cell_state", "6_Generate", "8_Find_the_neuron",
              "10_Report", "11_Attribution")


def bench_book(repeats):
    """Print the table of the pages that draw the Alice model; returns the worst median."""
    print(f"\n| page ({BOOK_MODEL}) | first run (s) | first control: median rerun (s) | controls moved "
          "| slowest control | its median rerun (s) | its CPU time, median (s) | errors |")
    print("|---|---|---|---|---|---|---|---|")
    worst = worst_cpu = 0.0
    for stem in BOOK_PAGES:
        path = ROOT / "app.py" if stem == "app" else ROOT / "pages" / f"{stem}.py"
        cold, first, _name, errors, _cpu = bench_page(path, repeats, {"ui.model": BOOK_MODEL})
        rows, more_errors = bench_every_control(path, repeats, {"ui.model": BOOK_MODEL})
        name, med, cpu = max(rows, key=lambda row: row[1]) if rows else ("(rerun, no control)", first, _cpu)
        worst, worst_cpu = max(worst, med, first), max(worst_cpu, cpu)
        print(f"| {stem} | {cold:.2f} | {first:.3f} | {len(rows)} | {name} | {med:.3f} | {cpu:.3f} "
              f"| {errors + more_errors} |")
    print(f"\nworst median rerun on the Alice model: {worst:.3f} s wall, {worst_cpu:.3f} s CPU (goal ≤ 0.3 s); "
          f"1 BLAS thread; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return worst


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only-predictions", action="store_true", help="only the prediction exercises' table")
    parser.add_argument("--only-book", action="store_true", help="only the table of the Alice (book) model")
    args = parser.parse_args(argv)
    if args.only_predictions:
        bench_interactions(args.repeats)
        return 0
    if args.only_book:
        bench_book(args.repeats)
        return 0
    pages = [ROOT / "app.py"] + sorted((ROOT / "pages").glob("*.py"), key=lambda p: int(p.name.split("_")[0]))
    print("| page | control changed | first run (s) | rerun after change, median (s) | errors |")
    print("|---|---|---|---|---|")
    worst = 0.0
    for path in pages:
        cold, med, name, errors, _cpu = bench_page(path, args.repeats)
        worst = max(worst, med)
        print(f"| {path.stem} | {name} | {cold:.2f} | {med:.3f} | {errors} |")
    print(f"\nworst median rerun: {worst:.3f} s (goal ≤ 0.3 s); shipped default model; 1 BLAS thread")
    bench_interactions(args.repeats)
    bench_book(args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
