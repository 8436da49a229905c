"""What the risk filter costs, in CPU time, on the pipeline's realistic stream.

    python benchmarks/bench_risk_cost.py [--stream 20000] [--runs 3]

Wall-clock throughput (``bench_filters.py``) swings with whatever else runs on
the machine; CPU time (``time.process_time``) swings much less. This prints,
over the same synthetic stream ``bench_filters.py`` measures:

* the share of messages whose trigger pass unlocks any concept composition,
  and the mean number of compositions tried per message;
* regular-expression calls per message inside the risk filter (counted, so the same on
  any machine and under any load);
* CPU microseconds per message of the risk filter alone and of the whole
  default pipeline (median of ``--runs``), and the messages/s that CPU time
  allows on one core.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_filters import DATA, load, pipeline_stream

from castguard.core.policy import load_policy
from castguard.filters import risk, triggers
from castguard.filters.pipeline import Pipeline
from castguard.filters.prepass import prepare


def _cpu_us(fn: object, items: list[object], runs: int) -> float:
    """Median CPU microseconds per item of ``fn`` over ``runs`` passes."""
    per: list[float] = []
    for _ in range(runs):
        start = time.process_time()
        for item in items:
            fn(item)  # type: ignore[operator]
        per.append((time.process_time() - start) * 1e6 / len(items))
    return statistics.median(per)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stream", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    stream = pipeline_stream(load(DATA), args.stream)

    gated = getattr(risk, "compositions_reached", None)
    reached = tried = 0
    for m in stream:
        prepared = prepare(m.text)
        candidates = triggers.shared(prepared)[1]
        if gated is not None:
            n = gated(prepared.lower, candidates)
        else:  # before the concept mask: every unlocked composition is tried
            n = sum(1 for i in candidates if i <= risk._FIRST_CONCEPT)
        reached += n > 0
        tried += n
    print(
        f"stream: {len(stream):,} messages; reaching any composition: {reached / len(stream):.1%}; "
        f"compositions tried per message: {tried / len(stream):.3f}"
    )

    rf = risk.RiskFilter(load_policy())
    for m in stream[:2000]:
        rf.scan(m)
    profile = cProfile.Profile()
    profile.enable()
    for m in stream:
        rf.scan(m)
    profile.disable()
    names = ("search", "finditer", "match", "fullmatch", "sub")
    methods = {f"<method '{name}' of 're.Pattern' objects>" for name in names}
    calls = sum(v[1] for k, v in pstats.Stats(profile).stats.items() if k[2] in methods)  # type: ignore[attr-defined]
    print(f"regular-expression calls in the risk filter: {calls / len(stream):.2f} per message")
    risk_us = _cpu_us(rf.scan, stream, args.runs)  # type: ignore[arg-type]
    pipeline = Pipeline(load_policy())
    for m in stream[:2000]:
        pipeline.evaluate(m)
    batches = [stream[i : i + 64] for i in range(0, len(stream), 64)]
    whole_us = _cpu_us(pipeline.evaluate_many, batches, args.runs) * len(batches) / len(stream)  # type: ignore[arg-type]
    print(f"risk filter alone: {risk_us:.1f} CPU us/message")
    print(
        f"whole pipeline (evaluate_many, batches of 64): {whole_us:.1f} CPU us/message "
        f"= {1e6 / whole_us:,.0f} msg/s of CPU time on one core"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
