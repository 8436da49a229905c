"""Structural alternatives to the filters' matching machinery, measured on the pipeline's stream.

    python benchmarks/bench_engines.py [--stream 15000] [--hyperscan 12]

The pipeline walks one Aho-Corasick automaton per message and the risk filter
then looks up the rules the literals found can open (``_Gates.units``) and runs
their regular expressions with ``re``. Three ways to do that work in fewer
Python steps are measured here against today's path, on the stream
``bench_filters.py`` times (CPU time, so other work on the machine moves the
figures less):

1. batch-level scanning: the automaton walked once over a whole batch of 32
   messages joined by a separator no word holds, matches mapped back to their
   messages by offset, against one walk per message;
2. a multi-pattern engine in one pass: every risk pattern (phrase rules and
   concept compositions, as many as the tables hold when it runs) in one RE2
   ``Set`` (``google-re2``, already a dependency for the policy's own
   patterns). RE2 has no look-arounds and reads ``\\b`` and ``\\w`` as ASCII, so
   each pattern is rewritten to match a superset of what ``re`` matches
   (look-arounds and word boundaries dropped, ``\\w``/``\\d``/``\\s`` widened to
   any non-ASCII character), to be confirmed with ``re``: compile time, memory,
   the first pass over the stream (RE2 builds its DFA as it reads) and a warm
   pass, against the literal gate's look-up and the searches it lets through;
3. Hyperscan (``pip install hyperscan``; skipped when it is not installed): a
   seeded sample of ``--hyperscan`` compositions compiled one at a time in
   prefilter mode, each in a child process stopped after ``--hs-budget``
   seconds.

Nothing here changes a verdict; the figures decide what is worth building.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import sys
import time
from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_filters import DATA, load, pipeline_stream
from machine import machine, pin_to_one_cpu

from castguard.core.policy import load_policy
from castguard.filters import risk, risk_lexicon, risk_rules, triggers
from castguard.filters.prepass import prepare

try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the interpreter
    sre = _parser = None

#: Any character that is not ASCII, for the classes RE2 reads as ASCII only (a superset of ``re``'s Unicode ones).
_NON_ASCII = r"\x{80}-\x{10ffff}"
_WORD = r"0-9A-Za-z_" + _NON_ASCII
_DIGIT = r"0-9" + _NON_ASCII
_SPACE = r"\x{9}-\x{d}\x{1c}-\x{20}" + _NON_ASCII
_ANY = r"(?s:.)"


class _Unsupported(Exception):
    """A construct the rewrite does not handle (the pattern is then left out of the set, and counted)."""


def _char(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _category(av: Any) -> str | None:
    """The widened class body of ``\\d``, ``\\w``, ``\\s``; None for their negations (read as any character)."""
    return {sre.CATEGORY_DIGIT: _DIGIT, sre.CATEGORY_WORD: _WORD, sre.CATEGORY_SPACE: _SPACE}.get(av)


def _class(items: list[tuple[Any, Any]]) -> str:
    negated = any(op is sre.NEGATE for op, _ in items)
    body: list[str] = []
    for op, av in items:
        if op is sre.NEGATE:
            continue
        if op is sre.LITERAL:
            body.append(_char(av))
        elif op is sre.RANGE:
            body.append(_char(av[0]) + "-" + _char(av[1]))
        elif op is sre.CATEGORY:
            widened = _category(av)
            if widened is None or negated:
                return _ANY  # a negated category, or a category in a negated class: any character is a superset
            body.append(widened)
        else:
            raise _Unsupported(op)
    return ("[^" if negated else "[") + "".join(body) + "]"


def _sequence(items: Any) -> str:
    return "".join(_item(op, av) for op, av in items)


def _item(op: Any, av: Any) -> str:
    if op is sre.LITERAL:
        return _char(av)
    if op is sre.NOT_LITERAL:
        return "[^" + _char(av) + "]"
    if op is sre.ANY:
        return "."
    if op is sre.IN:
        return _class(av)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return ""  # anchors, word boundaries and look-arounds dropped: more matches, never fewer
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            raise _Unsupported("inline flags")
        return "(?:" + _sequence(inner) + ")"
    if op is sre.ATOMIC_GROUP:
        return "(?:" + _sequence(av) + ")"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_sequence(a) for a in av[1]) + ")"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = av
        body = "(?:" + _sequence(inner) + ")"
        if high is sre.MAXREPEAT:
            return f"{body}{{{low},}}"
        return f"{body}{{{low},{high}}}"
    if op is sre.CATEGORY:
        widened = _category(av)
        return _ANY if widened is None else "[" + widened + "]"
    raise _Unsupported(op)


def superset(pattern: str) -> str:
    """An RE2 pattern that matches wherever ``re.compile(pattern, re.IGNORECASE)`` matches (and more)."""
    return "(?i)" + _sequence(_parser.parse(pattern, re.IGNORECASE).data)


def risk_patterns() -> list[str]:
    """Every phrase rule (as the risk filter compiles it) and every concept composition."""
    rules = [risk._apostrophes(pattern) for _, _, _, pattern, _ in risk_rules.RULES]
    return rules + [pattern for _, _, _, pattern in risk_lexicon.COMPOSITIONS]


def _rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return float("nan")
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _cpu_us(fn: Callable[[], object], count: int, runs: int = 3) -> float:
    """Lowest CPU microseconds per item of ``fn()`` (which handles ``count`` items) over ``runs`` runs."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best * 1e6 / count


def batch_walk(lowers: list[str], batch: int) -> None:
    """Section 1: one automaton walk per message against one per batch of joined messages."""
    automaton = triggers._automaton()
    walk = automaton.iter

    def per_message() -> int:
        n = 0
        for lower in lowers:
            for _ in walk(f" {lower} "):
                n += 1
        return n

    batches = [lowers[i : i + batch] for i in range(0, len(lowers), batch)]

    def per_batch() -> int:
        # " \0 " between messages: no word of the automaton holds a NUL, and each message keeps its padding.
        n = 0
        for texts in batches:
            starts: list[int] = []
            at = 0
            for text in texts:
                starts.append(at)
                at += len(text) + 3
            owner = [0] * len(texts)
            for last, _ in walk(" " + " \0 ".join(texts) + " "):
                owner[bisect_right(starts, last) - 1] += 1
                n += 1
        return n

    count = len(lowers)
    print(f"matches per message: {per_message() / count:.2f} (per message) / {per_batch() / count:.2f} (per batch)")
    print(f"walk, one message at a time: {_cpu_us(per_message, count):.2f} CPU us/message")
    print(f"walk, batches of {batch} joined: {_cpu_us(per_batch, count):.2f} CPU us/message (offsets mapped back)")

    def shared() -> None:
        for text in lowers:
            triggers.shared(prepare(text))

    def prepared_only() -> None:
        for text in lowers:
            prepare(text)

    print(
        f"the shared pass as the pipeline runs it (walk and each match's Python step): "
        f"{_cpu_us(shared, count) - _cpu_us(prepared_only, count):.2f} CPU us/message"
    )


def re2_set(stream_lowers: list[str], patterns: list[str], max_mem_mb: int) -> None:
    """Section 2: every risk pattern in one RE2 Set."""
    import re2

    start = time.process_time()
    rewritten: list[str] = []
    skipped = 0
    for pattern in patterns:
        try:
            rewritten.append(superset(pattern))
        except _Unsupported:
            skipped += 1
    print(
        f"{len(patterns):,} patterns ({sum(map(len, patterns)):,} characters), rewritten in "
        f"{time.process_time() - start:.2f} s ({skipped} left out)"
    )
    options = re2.Options()
    options.max_mem = max_mem_mb * 2**20
    rss = _rss_mb()
    start = time.process_time()
    engine = re2.Set.SearchSet(options)
    for pattern in rewritten:
        engine.Add(pattern)
    try:
        engine.Compile()
    except re2.error as exc:
        print(f"RE2 Set with max_mem {max_mem_mb} MB: {exc}")
        return
    print(
        f"compiled in {time.process_time() - start:.2f} CPU s (max_mem {max_mem_mb} MB), "
        f"resident memory +{_rss_mb() - rss:,.0f} MB"
    )
    count = len(stream_lowers)
    match = engine.Match
    reported = 0
    start = time.process_time()
    for lower in stream_lowers:
        found = match(lower)
        if found:
            reported += len(found)
    first = (time.process_time() - start) * 1e6 / count
    print(f"first pass: {first:,.1f} CPU us/message (the DFA is built as the text is read)")
    warm = _cpu_us(lambda: [match(lower) for lower in stream_lowers], count)
    print(
        f"warm pass: {warm:.2f} CPU us/message; patterns reported {reported / count:.3f} a message; "
        f"resident memory now +{_rss_mb() - rss:,.0f} MB"
    )


def today_gate(texts: list[str]) -> None:
    """What section 2 would replace: the literal gate's look-up and the searches it lets through."""
    compiled = risk._compile()
    n_rules = len(compiled.rules)
    prepared = [prepare(text) for text in texts]
    found = [triggers.shared(p)[1] for p in prepared]
    units = compiled.gates.units
    opened = [units(c) if c else [] for c in found]
    count = len(texts)
    searches: list[tuple[Any, str]] = []
    for p, us in zip(prepared, opened, strict=True):
        for u in us:
            if u < n_rules:
                searches.append((compiled.rules[u].pattern, p.text))
            elif u != compiled.advice_unit:
                searches.append((compiled.concepts[u - n_rules][3], p.lower))
    for pattern, text in searches:
        pattern.search(text)  # compiled before timing
    print(f"rules and compositions the literal gate opens: {len(searches) / count:.3f} a message")
    lookup = _cpu_us(lambda: [units(c) for c in found if c], count)
    print(f"the gate's look-up (_Gates.units): {lookup:.2f} CPU us/message")
    print(
        f"their first searches with re: {_cpu_us(lambda: [p.search(t) for p, t in searches], count):.2f} CPU us/message"
    )


def _hs_compile(pattern: str) -> None:
    import hyperscan

    flags = (
        hyperscan.HS_FLAG_CASELESS
        | hyperscan.HS_FLAG_UTF8
        | hyperscan.HS_FLAG_UCP
        | hyperscan.HS_FLAG_SINGLEMATCH
        | hyperscan.HS_FLAG_PREFILTER
    )
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    try:
        database.compile(expressions=[pattern.encode()], ids=[0], flags=[flags])
    except hyperscan.error as exc:
        print(f"    hyperscan: {exc}", flush=True)
        raise SystemExit(1) from exc


def hyperscan_sample(patterns: list[str], sample: int, budget: float) -> None:
    """Section 3: a seeded sample of compositions compiled one at a time, each within ``budget`` seconds."""
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        print("hyperscan is not installed (pip install hyperscan): skipped")
        return
    chosen = random.Random(1).sample(range(len(patterns)), min(sample, len(patterns)))
    context = multiprocessing.get_context("fork")
    total = 0.0
    over = failed = 0
    for i in chosen:
        child = context.Process(target=_hs_compile, args=(patterns[i],))
        start = time.monotonic()
        child.start()
        child.join(budget)
        took = time.monotonic() - start
        if child.is_alive():
            child.kill()
            child.join()
            over += 1
            print(f"  pattern {i} ({len(patterns[i]):,} characters): still compiling after {budget:.0f} s, stopped")
        elif child.exitcode != 0:
            failed += 1
            print(f"  pattern {i} ({len(patterns[i]):,} characters): failed after {took:.2f} s")
        else:
            print(f"  pattern {i} ({len(patterns[i]):,} characters): {took:.2f} s")
        total += took
    print(
        f"hyperscan, prefilter mode, {len(chosen)} compositions one at a time: {total:.0f} s in all "
        f"({over} stopped at {budget:.0f} s, {failed} failed); all {len(patterns):,} would take about "
        f"{total / len(chosen) * len(patterns) / 60:,.0f} minutes at that rate"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stream", type=int, default=15_000, help="messages of the benchmark stream")
    parser.add_argument("--batch", type=int, default=32, help="messages joined per walk in section 1")
    parser.add_argument("--max-mem", type=int, default=1024, help="RE2 Set memory budget in MB (section 2)")
    parser.add_argument("--hyperscan", type=int, default=12, help="compositions compiled with hyperscan (section 3)")
    parser.add_argument("--hs-budget", type=float, default=30.0, help="seconds allowed per hyperscan compile")
    args = parser.parse_args(argv)
    pinned = pin_to_one_cpu()
    print(f"machine: {machine()}; {pinned}")
    if _parser is None:
        print("this Python has no re._parser: nothing to measure")
        return 1
    stream = pipeline_stream(load(DATA), args.stream)
    lowers = [m.text.lower() for m in stream]
    risk.RiskFilter(load_policy())
    print(f"\n== 1. batch-level automaton walk ({len(stream):,} stream messages) ==")
    batch_walk(lowers, args.batch)
    print("\n== 2. the risk rules in one pass: today's literal gate, then one RE2 Set ==")
    today_gate([m.text for m in stream])
    patterns = risk_patterns()
    re2_set(lowers, patterns, args.max_mem)
    print("\n== 3. hyperscan ==")
    hyperscan_sample([pattern for _, _, _, pattern in risk_lexicon.COMPOSITIONS], args.hyperscan, args.hs_budget)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
