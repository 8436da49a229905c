"""Hostile chat through the whole default pipeline: is any message slower than the bound?

    python benchmarks/bench_fuzz.py [--seconds 120] [--seed N] [--bound-ms 50]

Generates messages with the fuzz tests' strategies (``tests/hostile_text.py``:
long digit runs, runs of separators, repeated trigger words, emoji, mixed
scripts, and inputs built from the structure of every built-in regular
expression), runs each through ``clean_text`` and the default ``Pipeline``, and
prints how many inputs were tried, the slowest message with its CPU time, and
every message over the bound. Exits 1 when any message is over the bound.

First it times every attack string of every built-in pattern (``--no-attacks``
skips that pass), then it draws random messages until ``--seconds`` have passed.
CPU time of the process's thread is measured, so other work on the machine
does not count against a message.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from hypothesis import HealthCheck, Phase, given, settings
from machine import machine

from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from tests.hostile_text import PER_MESSAGE_SECONDS, hostile_messages, judge_timed, pattern_attacks


class Tally:
    """Inputs tried, the slowest one, and those over the bound."""

    def __init__(self, bound: float) -> None:
        self.bound = bound
        self.tried = 0
        self.total = 0.0
        self.slowest = (0.0, "")
        self.over: list[tuple[float, str]] = []

    def add(self, seconds: float, raw: str) -> None:
        self.tried += 1
        self.total += seconds
        if seconds > self.slowest[0]:
            self.slowest = (seconds, raw)
        if seconds > self.bound:
            self.over.append((seconds, raw))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120.0, help="how long to draw random messages")
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (random when left out)")
    parser.add_argument("--bound-ms", type=float, default=PER_MESSAGE_SECONDS * 1000, help="CPU bound per message")
    parser.add_argument("--no-attacks", action="store_true", help="skip the pass over every pattern's attacks")
    args = parser.parse_args()
    print(machine())
    pipeline = Pipeline(load_policy())
    judge_timed(pipeline, "warm up: call 555-0132, my MRN 00482913, i will find you")
    tally = Tally(args.bound_ms / 1000)

    if not args.no_attacks:
        attacks = pattern_attacks()
        for raw in attacks:
            tally.add(judge_timed(pipeline, raw), raw)
        print(f"pattern attacks: {len(attacks):,} messages, slowest {tally.slowest[0] * 1000:.1f} ms")

    deadline = time.monotonic() + args.seconds
    budget = settings(
        max_examples=10**9,
        deadline=None,
        database=None,
        phases=[Phase.generate],  # no shrinking: every input is timed as it comes
        suppress_health_check=list(HealthCheck),
        derandomize=False,
    )

    class Done(Exception):
        pass

    @budget
    @given(raw=hostile_messages())
    def draw(raw: str) -> None:
        tally.add(judge_timed(pipeline, raw), raw)
        if time.monotonic() > deadline:
            raise Done

    if args.seed is not None:
        draw = __import__("hypothesis").seed(args.seed)(draw)
    try:
        draw()
    except Done:
        pass

    seconds, raw = tally.slowest
    print(f"inputs tried: {tally.tried:,} (mean {tally.total / max(tally.tried, 1) * 1e6:.0f} us CPU per message)")
    print(f"slowest message: {seconds * 1000:.2f} ms CPU, {len(raw):,} characters: {raw[:120]!r}")
    if tally.over:
        print(f"OVER THE BOUND ({args.bound_ms:g} ms): {len(tally.over)} messages")
        for secs, text in sorted(tally.over, reverse=True)[:20]:
            print(f"  {secs * 1000:8.2f} ms  {len(text):5,} chars  {text[:100]!r}")
        return 1
    print(f"none over the bound of {args.bound_ms:g} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
