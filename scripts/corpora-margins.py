#!/usr/bin/env python3
"""How far each figure of issue 11's table may move on another split of the same corpora.

    python3 scripts/corpora-margins.py DATA_DIR (--url BASE_URL | --predictions FILE) [--save FILE]
                                       [--rounds N] [--seed S]

Acceptance is measured on splits of PolNeAR, PTC and BABE that we do not have, with the same scorer. This
scores each document of our split on its own with that scorer's own functions (imported from
DATA_DIR/score_external.py, so every definition is the scorer's), then rescores the split many times from
its documents: bootstrap resamples by document (a split of our size drawn from the same source) and random
halves (two disjoint halves of ours). A figure is a ratio of sums over documents, so resampling documents
keeps the scorer's arithmetic exactly.

--url posts every text to BASE_URL/api/analyze (a `wrangler dev` of the Worker: `npm run eval -- --margins`);
--save keeps those analyses, and --predictions rescores saved ones without a server. Stdlib only.
"""
import argparse
import contextlib
import importlib.util
import io
import json
import math
import os
import random
import statistics
import sys
import types

# Each figure: (name, numerator counter, denominator counter); "1-" takes the complement of the ratio.
FIGURES = [
    ("PolNeAR P", "polnear", "pred_hit", "pred"),
    ("PolNeAR R", "polnear", "gold_rel_hit", "gold_rel"),
    ("PolNeAR plain-verb R", "polnear", "gold_plain_hit", "gold_plain"),
    ("PTC R", "ptc", "gold_hit", "gold"),
    ("PTC inside share", "ptc", "1-pred_outside_all", "pred"),
    ("BABE biased flagged", "babe", "Biased flagged", "Biased"),
    ("BABE non-biased flagged", "babe", "Non-biased flagged", "Non-biased"),
]
GOALS = {
    "PolNeAR P": (">=", 0.90),
    "PolNeAR R": (">=", 0.70),
    "PolNeAR plain-verb R": (">=", 0.95),
    "PTC R": (">=", 0.30),
    "PTC inside share": (">=", 0.70),
    "BABE biased flagged": (">=", 0.50),
    "BABE non-biased flagged": ("<=", 0.12),
}


def load_scorer(data_dir):
    spec = importlib.util.spec_from_file_location("score_external", os.path.join(data_dir, "score_external.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cached_api(scorer, base_url, saved):
    """The scorer's Api, answering from saved analyses when it has them (each converted to code points once)."""

    class CachedApi(scorer.Api):
        def __init__(self):
            super().__init__(base_url or "http://unused")
            self.saved = saved

        def analyze(self, name, text):
            if name not in self.saved:
                if not base_url:
                    sys.exit(f"{name}: not in the saved predictions and no --url to analyse it")
                self.saved[name] = super().analyze(name, text)
            return json.loads(json.dumps(self.saved[name]))

    return CachedApi()


def quietly(call):
    with contextlib.redirect_stdout(io.StringIO()):
        return call()


def counts_per_document(scorer, attribute, documents, stand_in, score):
    """Scores each (name, document) alone: the scorer's `attribute` is swapped for `stand_in(document)`."""
    per_doc, original = {}, getattr(scorer, attribute)
    try:
        for name, document in documents:
            setattr(scorer, attribute, stand_in(document))
            per_doc[name] = quietly(score)["counts"]
    finally:
        setattr(scorer, attribute, original)
    return per_doc


def ptc_counts(scorer, api, folder):
    """One counter per PTC article, from score_ptc run on that article alone."""
    articles = [(doc[0], doc) for doc in scorer.read_ptc(folder)]
    one = lambda doc: lambda _folder: [doc]  # noqa: E731
    return counts_per_document(scorer, "read_ptc", articles, one, lambda: scorer.score_ptc(api, folder, 0, False))


def polnear_counts(scorer, api, folder):
    """One counter per PolNeAR article, from score_polnear run on that article alone."""
    paths = sorted(scorer.glob.glob(os.path.join(folder, "attributions", "*.ann")))
    articles = [(os.path.basename(path), path) for path in paths]
    one = lambda path: types.SimpleNamespace(glob=lambda _pattern: [path])  # noqa: E731
    return counts_per_document(scorer, "glob", articles, one, lambda: scorer.score_polnear(api, folder, 0, False))


def babe_counts(scorer, api, folder):
    """One counter per BABE pseudo-article (ten sentences of one outlet), from score_babe run on it alone."""
    articles = [(doc[0], doc) for doc in scorer.babe_docs(read_babe_rows(folder))]
    one = lambda doc: lambda _rows: [doc]  # noqa: E731
    return counts_per_document(scorer, "babe_docs", articles, one, lambda: scorer.score_babe(api, folder, 0, False))


def babe_sentence_counts(scorer, api, folder):
    """One counter per BABE sentence (label, flagged), with score_babe's rule: a loaded term overlaps it."""
    per_sentence = {}
    for name, text, placed in scorer.babe_docs(read_babe_rows(folder)):
        analysis = api.analyze(f"babe/{name}", text)
        spans = [(t["start"], t["end"]) for t in scorer.loaded_terms(analysis)]
        for index, (row, sentence, at) in enumerate(placed):
            flagged = scorer.any_overlap((at, at + len(sentence)), spans)
            label = row["label_bias"]
            per_sentence[f"{name}/{index}"] = {label: 1, f"{label} flagged": int(flagged)}
    return per_sentence


def read_babe_rows(folder):
    import csv

    with open(os.path.join(folder, "final_labels_SG2.sample.csv"), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def figure(counts, numerator, denominator):
    whole = counts.get(denominator, 0)
    if not whole:
        return float("nan")
    if numerator.startswith("1-"):
        return 1 - counts.get(numerator[2:], 0) / whole
    return counts.get(numerator, 0) / whole


def summed(docs):
    total = {}
    for counts in docs:
        for key, value in counts.items():
            total[key] = total.get(key, 0) + value
    return total


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def resampled(docs, numerator, denominator, rounds, rng):
    """The figure on bootstrap resamples of the documents, on random halves, and the gap between two halves."""
    n, boot, half, gap = len(docs), [], [], []
    for _ in range(rounds):
        boot.append(figure(summed(rng.choice(docs) for _ in range(n)), numerator, denominator))
        shuffled = rng.sample(docs, n)
        first = figure(summed(shuffled[: n // 2]), numerator, denominator)
        second = figure(summed(shuffled[n // 2 :]), numerator, denominator)
        half.append(first)
        gap.append(first - second)
    return boot, half, gap


def margin_row(name, value, n_docs, boot, half, gap):
    direction, goal = GOALS[name]
    sd = statistics.stdev(boot)
    # Our figure and another split's each carry sampling noise of about sd (same size): their gap has sd·√2,
    # so our figure must clear the goal by 1.645·√2·sd for another split to miss it only 1 time in 20.
    needed = goal + 1.645 * 2**0.5 * sd if direction == ">=" else goal - 1.645 * 2**0.5 * sd
    share_missing = sum(1 for v in boot if (v < goal if direction == ">=" else v > goal)) / len(boot)
    shortfall = (goal - value) if direction == ">=" else (value - goal)
    chance_missed = 0.5 * (1 + math.erf(shortfall / (2 * sd)))  # normal, sd of the gap sd·√2
    return {
        "figure": name,
        "documents": n_docs,
        "ours": value,
        "bootstrap mean": statistics.fmean(boot),
        "bootstrap sd": sd,
        "bootstrap p5": percentile(boot, 0.05),
        "bootstrap p95": percentile(boot, 0.95),
        "half sd": statistics.stdev(half),
        "half p5": percentile(half, 0.05),
        "half p95": percentile(half, 0.95),
        "gap of halves sd": statistics.stdev(gap),
        "resamples missing the goal": share_missing,
        "chance a same-size split misses": chance_missed,
        "goal": f"{direction} {goal}",
        "aim for (same-size split, 95%)": needed,
    }


def print_table(rows):
    print(
        "| figure | docs | ours | bootstrap mean | sd | p5 - p95 | half: sd, p5 - p95 | resamples missing goal"
        " | chance a same-size split misses | goal | ours should be (95%) |"
    )
    print("|---|---:|---:|---:|---:|---|---|---:|---:|---|---:|")
    for r in rows:
        pct = "PolNeAR" not in r["figure"]
        show = (lambda v: f"{100 * v:.1f}%") if pct else (lambda v: f"{v:.3f}")
        print(
            f"| {r['figure']} | {r['documents']} | {show(r['ours'])} | {show(r['bootstrap mean'])}"
            f" | {show(r['bootstrap sd'])} | {show(r['bootstrap p5'])} - {show(r['bootstrap p95'])}"
            f" | {show(r['half sd'])}, {show(r['half p5'])} - {show(r['half p95'])}"
            f" | {100 * r['resamples missing the goal']:.1f}% | {100 * r['chance a same-size split misses']:.0f}%"
            f" | {r['goal']} | {show(r['aim for (same-size split, 95%)'])} |"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir")
    parser.add_argument("--url", help="a running Worker (wrangler dev) to analyse the texts")
    parser.add_argument("--predictions", help="analyses saved by an earlier --save, instead of --url")
    parser.add_argument("--save", help="write the analyses here for later --predictions runs")
    parser.add_argument("--json", help="write the per-document counts and the table here")
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    if not args.url and not args.predictions:
        parser.error("give --url or --predictions")
    scorer = load_scorer(args.data_dir)
    saved = {}
    if args.predictions:
        with open(args.predictions, encoding="utf-8") as handle:
            saved = json.load(handle)
    api = cached_api(scorer, args.url, saved)
    folder = lambda part: os.path.join(args.data_dir, part)  # noqa: E731
    per_doc = {
        "polnear": polnear_counts(scorer, api, folder("polnear")),
        "ptc": ptc_counts(scorer, api, folder("ptc")),
        "babe": babe_counts(scorer, api, folder("babe")),
        "babe by sentence": babe_sentence_counts(scorer, api, folder("babe")),
    }
    if args.save:
        with open(args.save, "w", encoding="utf-8") as handle:
            json.dump(api.saved, handle)
    rng = random.Random(args.seed)
    rows = []
    for name, part, numerator, denominator in FIGURES:
        units = [part, "babe by sentence"] if part == "babe" else [part]
        for unit in units:
            docs = list(per_doc[unit].values())
            value = figure(summed(docs), numerator, denominator)
            boot, half, gap = resampled(docs, numerator, denominator, args.rounds, rng)
            label = f"{name} (by sentence)" if unit == "babe by sentence" else name
            row = margin_row(name, value, len(docs), boot, half, gap)
            row["figure"] = label
            rows.append(row)
    print(f"{args.rounds} bootstrap resamples and {args.rounds} random halves per figure (seed {args.seed})\n")
    print_table(rows)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"per_document": per_doc, "table": rows}, handle, indent=1)


if __name__ == "__main__":
    main()
