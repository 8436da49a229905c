"""Recall on words spelled out one character at a time, on lines written by others.

    python benchmarks/bench_spaced.py [--split dev] [--writers T21,T25]

Every labelled positive line of the split that the filters flag as written (risk and scam categories, adverse
events, profanity) is written again with one of its words spelled out, once per word of three letters or more and
per spelling:
letters one space apart ("k i l l"), the same with digits for letters ("k 1 l l", "у б 1 ю"), letters one dot or
dash apart ("k.1.l.l", "s-u-1-c-1-d-e"), and every word spelled out with wider gaps between words
("i  w i l l  k i l l"). Recall is the share of these lines still flagged with the line's category; the
false-flag share is the same on look-alike and benign lines that are clean as written. The lines are the
writers' (benchmarks/data/detection), the spellings mechanical, so no rule can be fitted to them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_detection import RISK_CATEGORIES, load_split, message
from machine import machine

from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline

_LATIN_DIGITS = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_CYRILLIC_DIGITS = {"о": "0", "б": "6", "з": "3", "ь": "1", "ч": "4"}


def _leet(word: str) -> str:
    """The word with its letters that have a digit twin written as digits, keeping the first letter and at least
    half the letters as they are."""
    table = _CYRILLIC_DIGITS if any("\u0400" <= c <= "\u04ff" for c in word) else _LATIN_DIGITS
    out = list(word)
    budget = (len(word) - 1) // 2
    for i in range(1, len(word)):
        if budget and out[i] in table:
            out[i] = table[out[i]]
            budget -= 1
    return "".join(out)


SPELLINGS: dict[str, Callable[[str], str]] = {
    "spaced": lambda w: " ".join(w),
    "spaced leet": lambda w: " ".join(_leet(w)),
    "dotted leet": lambda w: ".".join(_leet(w)),
    "dashed leet": lambda w: "-".join(_leet(w)),
}


def variants(text: str) -> list[tuple[str, str]]:
    """(spelling, text) for each word of the line spelled out each way, and the whole line spelled out."""
    words = text.split(" ")
    out: list[tuple[str, str]] = []
    for i, word in enumerate(words):
        if len(word) < 3 or not word.isalpha():
            continue
        for name, spell in SPELLINGS.items():
            out.append((name, " ".join([*words[:i], spell(word.lower()), *words[i + 1 :]])))
    if all(w.isalpha() for w in words) and len(words) <= 8:
        out.append(("whole line, wide gaps", "  ".join(" ".join(w.lower()) for w in words)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--writers", default="", help="comma-separated writers of the split (default: all)")
    args = parser.parse_args()
    rows = load_split(args.split)
    if args.writers:
        wanted = set(args.writers.split(","))
        rows = [r for r in rows if r.writer in wanted]
    pipeline = Pipeline(load_policy())
    risk = set(RISK_CATEGORIES)
    hit: Counter[tuple[str, str, str]] = Counter()
    seen: Counter[tuple[str, str, str]] = Counter()
    false: Counter[tuple[str, str]] = Counter()
    clean: Counter[tuple[str, str]] = Counter()
    for n, row in enumerate(rows):
        found = {f.category for f in pipeline.findings(message(row.text, n))}
        wanted = (row.labels & risk & found) | ({"profanity"} & found)
        flagged_clean = not (found & risk)
        if not wanted and not (row.kind != "positive" and flagged_clean):
            continue
        for name, text in variants(row.text):
            now = {f.category for f in pipeline.findings(message(text, n))}
            for category in wanted:
                group = "risk" if category.startswith(("risk.", "spam.")) else category
                seen[(group, row.lang, name)] += 1
                hit[(group, row.lang, name)] += category in now
            if row.kind != "positive" and flagged_clean:
                clean[(row.lang, name)] += 1
                false[(row.lang, name)] += bool(now & risk)
    print(machine())
    print(f"== {args.split} split{' writers ' + args.writers if args.writers else ''}: {len(rows)} lines")
    print(f"  {'recall kept when a word is spelled out':44} {'en':>14} {'es':>14} {'ru':>14}")
    for group in ("risk", "health.adverse_event", "profanity"):
        for name in [*SPELLINGS, "whole line, wide gaps"]:
            cells = []
            for lang in ("en", "es", "ru"):
                k = (group, lang, name)
                cells.append(f"{hit[k] / seen[k]:.3f} ({seen[k]:5d})" if seen[k] else f"{'-':>14}")
            print(f"  {group + ': ' + name:44} " + " ".join(f"{c:>14}" for c in cells))
    print(f"  {'risk flags on look-alikes/benign spelled out':44} {'en':>14} {'es':>14} {'ru':>14}")
    for name in [*SPELLINGS, "whole line, wide gaps"]:
        cells = []
        for lang in ("en", "es", "ru"):
            k = (lang, name)
            cells.append(f"{false[k] / clean[k]:.3f} ({clean[k]:5d})" if clean[k] else f"{'-':>14}")
        print(f"  {name:44} " + " ".join(f"{c:>14}" for c in cells))


if __name__ == "__main__":
    main()
