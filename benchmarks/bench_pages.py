"""Page rerun times after a control change, measured with Streamlit's AppTest (no browser).

    python benchmarks/bench_pages.py [--repeats 5]

For every page: one cold run (caches filled), then `repeats` reruns, each after changing the page's
first slider or selectbox in the main area; prints a markdown table of medians. Goal: ≤ 0.3 s. One BLAS thread
(set below, before numpy loads), as the app pins in ui.page_setup.
A third table does the same for the pages that draw the Alice book model (2 layers of 256; the first control
is then the layer selector, which reruns the whole page), with the CPU time of each rerun beside its wall
time: on a shared machine the wall time includes waiting for a core. `--only-book` prints only that table.
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


def page_controls(at):
    """(kind, key) of the page's own sliders and selectboxes (the shared sidebar's are skipped)."""
    found = []
    for kind in ("slider", "selectbox", "select_slider"):
        for w in getattr(at, kind):
            if w.key and not w.key.startswith(SKIP_KEYS):
                found.append((kind, w.key))
    return found


def change(at, kind, key, k):
    """The AppTest after moving one control to another value (cycling with k), or None if it can't."""
    widget = next(w for w in getattr(at, kind) if w.key == key)
    try:
        if kind == "selectbox" and len(widget.options) > 1:
            return widget.select_index((k + 1) % len(widget.options))
        if kind == "slider" and not isinstance(widget.value, tuple) and widget.max > widget.min:
            lo, hi = widget.min, widget.max
            return widget.set_value(type(widget.value)(lo + (hi - lo) * ((k % 4) + 1) / 5))
    except ValueError:          # AppTest's select_index trips on selectboxes with a format_func
        return None
    return None


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
    print(f"\n| page ({BOOK_MODEL}) | control changed | first run (s) | rerun after change, median (s) "
          "| its CPU time, median (s) | errors |")
    print("|---|---|---|---|---|---|")
    worst = worst_cpu = 0.0
    for stem in BOOK_PAGES:
        path = ROOT / "app.py" if stem == "app" else ROOT / "pages" / f"{stem}.py"
        cold, med, name, errors, cpu = bench_page(path, repeats, {"ui.model": BOOK_MODEL})
        worst, worst_cpu = max(worst, med), max(worst_cpu, cpu)
        print(f"| {stem} | {name} | {cold:.2f} | {med:.3f} | {cpu:.3f} | {errors} |")
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
