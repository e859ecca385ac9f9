"""Classifier benchmark: quality on the labeled corpus, and parse+classify throughput.

    python benchmarks/classifier.py [--corpus tests/data/corpus] [--split dev|holdout|all]
                                    [--runs 2000] [--errors]

Prints per-category precision and recall, macro-F1, the confusion matrix (rows: truth,
columns: prediction), the three targets, and messages per second for parse+classify of ~5 KB
messages on one core (corpus messages padded to 5 KB with a realistic quoted thread and footer).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from interview_watch.adapters.parsing import parse_message
from interview_watch.core.classify import classify
from interview_watch.core.models import CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"macro_f1": 0.97, "second_interview_precision": 0.98, "rejection_recall": 0.98}
PAD_LINE = ("> This footer and the quoted thread are here to bring the message to a realistic size; "
            "real replies carry the whole conversation below the answer.\n")


def load(corpus: Path, split: str) -> list[dict]:
    with open(corpus / "labels.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [r for r in rows if split == "all" or r.get("split", "dev") == split]


def evaluate(corpus: Path, rows: list[dict]) -> list[tuple[dict, str, tuple[str, ...]]]:
    results = []
    for row in rows:
        verdict = classify(parse_message((corpus / row["file"]).read_bytes()))
        results.append((row, verdict.category, verdict.evidence))
    return results


def scores(pairs: list[tuple[str, str]]) -> dict:
    """Given (truth, prediction) pairs, return per-category precision/recall/F1, macro-F1 and
    the confusion matrix."""
    present = [c for c in CATEGORIES if any(c in pair for pair in pairs)]
    confusion = {t: {p: 0 for p in CATEGORIES} for t in CATEGORIES}
    for truth, predicted in pairs:
        confusion[truth][predicted] += 1
    per = {}
    for c in CATEGORIES:
        tp = confusion[c][c]
        predicted = sum(confusion[t][c] for t in CATEGORIES)
        actual = sum(confusion[c].values())
        precision = tp / predicted if predicted else (1.0 if not actual else 0.0)
        recall = tp / actual if actual else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per[c] = {"precision": precision, "recall": recall, "f1": f1, "support": actual}
    macro = sum(per[c]["f1"] for c in present) / len(present) if present else 0.0
    return {"per": per, "macro_f1": macro, "confusion": confusion}


def report(title: str, result: dict) -> list[str]:
    lines = [f"== {title}", f"{'category':18} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}"]
    for c in CATEGORIES:
        p = result["per"][c]
        lines.append(f"{c:18} {p['precision']:9.3f} {p['recall']:7.3f} {p['f1']:6.3f} "
                     f"{p['support']:4d}")
    lines.append(f"macro-F1: {result['macro_f1']:.3f}")
    short = {c: c[:6] for c in CATEGORIES}
    lines.append("confusion (rows truth, columns predicted):")
    lines.append(" " * 18 + " ".join(f"{short[c]:>6}" for c in CATEGORIES))
    for t in CATEGORIES:
        lines.append(f"{t:18}" + " ".join(f"{result['confusion'][t][p]:6d}" for p in CATEGORIES))
    return lines


def targets_met(result: dict) -> dict[str, tuple[float, bool]]:
    values = {"macro_f1": result["macro_f1"],
              "second_interview_precision": result["per"]["second_interview"]["precision"],
              "rejection_recall": result["per"]["rejection"]["recall"]}
    return {k: (v, v >= TARGETS[k]) for k, v in values.items()}


def padded(raw: bytes, size: int = 5000) -> bytes:
    """Pad a message's text/plain body (or append to the end) with quoted lines to ~`size`."""
    if len(raw) >= size:
        return raw
    need = size - len(raw)
    filler = (PAD_LINE * (need // len(PAD_LINE) + 1))[:need].encode()
    marker = b"\n--=_b_"
    index = raw.find(marker)
    if index == -1 or b"multipart/" not in raw[:4000]:
        return raw + b"\n" + filler
    return raw[:index] + b"\n" + filler + raw[index:]


def throughput(corpus: Path, rows: list[dict], runs: int) -> tuple[float, int]:
    messages = [padded((corpus / r["file"]).read_bytes()) for r in rows]
    mean_size = sum(len(m) for m in messages) // len(messages)
    for message in messages[:20]:  # warm the compiled rule tables
        classify(parse_message(message))
    # CPU time of this process: one core, and not skewed by other work on the machine.
    start = time.process_time()
    for i in range(runs):
        classify(parse_message(messages[i % len(messages)]))
    elapsed = time.process_time() - start
    return runs / elapsed, mean_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests/data/corpus")
    parser.add_argument("--split", choices=("dev", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "all",
                                                   "each"), default="each")
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--errors", action="store_true", help="list every misclassified file")
    args = parser.parse_args(argv)
    present = {r.get("split", "dev") for r in load(args.corpus, "all")}
    splits = tuple(s for s in ("dev", "holdout", "blind", "blind2", "blind3", "blind4",
                                "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14") if s in present) + ("all",) \
        if args.split == "each" else (args.split,)
    all_rows = load(args.corpus, "all")
    evaluated = {r[0]["file"]: r for r in evaluate(args.corpus, all_rows)}
    ok = True
    for split in splits:
        rows = [r for r in all_rows if split == "all" or r.get("split", "dev") == split]
        results = [evaluated[r["file"]] for r in rows]
        result = scores([(row["category"], predicted) for row, predicted, _ in results])
        print("\n".join(report(f"{split} ({len(rows)} messages)", result)))
        for name, (value, met) in targets_met(result).items():
            print(f"target {name} >= {TARGETS[name]}: {value:.3f} {'OK' if met else 'MISSED'}")
            ok = ok and (met or split != "all")
        if args.errors:
            for row, predicted, evidence in results:
                if predicted != row["category"]:
                    print(f"  MISS {row['file']}: {row['category']} -> {predicted} {list(evidence)}")
        print()
    rate, size = throughput(args.corpus, all_rows, args.runs)
    print(f"throughput: {rate:.0f} messages/s parse+classify, {args.runs} runs, mean size "
          f"{size} bytes, one core ({'OK' if rate >= 500 else 'MISSED'} target 500)")
    return 0 if ok and rate >= 500 else 1


if __name__ == "__main__":
    sys.exit(main())
