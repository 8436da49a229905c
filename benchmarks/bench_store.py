"""The recording's write path and its check: what the store costs at a busy chat's rate.

Messages from the demo broadcast are judged once by the default pipeline (not timed), then written through
the store as the engine writes them: ``add_message`` for each, ``flush`` every ``--batch`` messages (the engine
flushes every 50 ms: 100 messages at 2,000 msg/s), with a moderator action on a flagged message every
``--action-every`` messages. Then the finished recording is checked as ``castguard verify`` checks it.

Run: ``python benchmarks/bench_store.py`` (``--messages N``, ``--batch N``, ``--json``).

Prints the store's own throughput (messages written and committed per second of store time, all on one core),
the time of one flush (median, p99, max), of one action, and of the whole check.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.machine import machine, pin_to_one_cpu
from castguard.connectors.demo import DemoBroadcast
from castguard.core.model import ActionKind, ActionResult, MessageRecord, MessageState
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.session.store import Store


def judged_messages(count: int) -> list[MessageRecord]:
    """``count`` demo messages with their verdicts (sequence numbers are assigned when written)."""
    demo = DemoBroadcast(seed=11, rate=2000.0)
    pipeline = Pipeline(load_policy())
    messages = [
        demo.message(n, platform, author, text, 1_750_000_000.0 + n / 2000)
        for n, (platform, author, text) in enumerate(itertools.islice(demo.script(), count), start=1)
    ]
    out = []
    for i in range(0, len(messages), 32):
        part = messages[i : i + 32]
        for message, verdict in zip(part, pipeline.evaluate_many(part), strict=True):
            out.append(MessageRecord(0, message, verdict, MessageState.VISIBLE, None))
    return out


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of ``values``."""
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)]


def run(path: Path, records: list[MessageRecord], batch: int, action_every: int) -> dict[str, Any]:
    """Write ``records`` into a new recording at ``path``; the figures of the write path and the check."""
    store = Store(path)
    policy = load_policy()
    store.record_policy(policy.version, policy.name, policy.source_text)
    store.record_source("demo", "demo", frozenset({"hide", "delete", "timeout", "ban"}))
    flushes: list[float] = []
    actions: list[float] = []
    busy = 0.0
    cpu_start = time.process_time()
    flagged: list[int] = []
    for i, template in enumerate(records, start=1):
        start = time.perf_counter()
        record = MessageRecord(store.next_seq(), template.message, template.verdict, template.state, None)
        store.add_message(record)
        busy += time.perf_counter() - start
        if record.verdict.flagged:
            flagged.append(record.seq)
        if i % batch == 0:
            start = time.perf_counter()
            store.flush()
            took = time.perf_counter() - start
            flushes.append(took)
            busy += took
        if i % action_every == 0 and flagged:
            seq = flagged.pop()
            start = time.perf_counter()
            store.add_action(
                actor="kim", kind=ActionKind.HIDE, result=ActionResult.DONE, message_seq=seq, source="demo",
                author_id="u1", reason="bench", response="demo: hide ok", prev_state=MessageState.VISIBLE,
                state=(seq, MessageState.HIDDEN),
            )  # fmt: skip
            took = time.perf_counter() - start
            actions.append(took)
            busy += took
    start = time.perf_counter()
    store.flush()
    busy += time.perf_counter() - start
    cpu = time.process_time() - cpu_start  # the whole loop's CPU: less sensitive to other work on the machine
    store.close()

    check = Store(path, readonly=True)
    start = time.perf_counter()
    if hasattr(check, "check"):  # the whole recording against its ledger
        result = check.check()
        problem = None if result.intact else "; ".join(result.ledger.problems if result.ledger else [])
    else:  # before the ledger: the action log's chain only
        problem = check.verify_chain()
    checked = time.perf_counter() - start
    check.close()
    return {
        "messages": len(records),
        "store msg/s": len(records) / busy,
        "store msg/s of CPU": len(records) / cpu,
        "flush median ms": statistics.median(flushes) * 1000,
        "flush p99 ms": percentile(flushes, 0.99) * 1000,
        "flush max ms": max(flushes) * 1000,
        "action median ms": statistics.median(actions) * 1000 if actions else 0.0,
        "action p99 ms": percentile(actions, 0.99) * 1000 if actions else 0.0,
        "check s": checked,
        "check result": "intact" if not problem else str(problem),
        "file MB": path.stat().st_size / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=100_000, help="messages written (default 100,000)")
    parser.add_argument("--batch", type=int, default=100, help="messages per flush (default 100: 50 ms at 2,000/s)")
    parser.add_argument("--action-every", type=int, default=500, help="one moderator action per N messages")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    pinned = pin_to_one_cpu()
    print(f"castguard store benchmark — {machine()}; {pinned}", flush=True)
    started = time.perf_counter()
    records = judged_messages(args.messages)
    print(f"{len(records):,} demo messages judged in {time.perf_counter() - started:.1f} s (not timed below)")
    with tempfile.TemporaryDirectory() as folder:
        figures = run(Path(folder) / "bench.db", records, args.batch, args.action_every)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(
        f"write path: {figures['store msg/s']:,.0f} messages/s of store time, "
        f"{figures['store msg/s of CPU']:,.0f} per CPU second "
        f"(flush of {args.batch}: median {figures['flush median ms']:.2f} ms, p99 {figures['flush p99 ms']:.2f} ms, "
        f"max {figures['flush max ms']:.2f} ms)"
    )
    print(f"one action (committed with its state change): median {figures['action median ms']:.2f} ms, "
          f"p99 {figures['action p99 ms']:.2f} ms")  # fmt: skip
    print(f"check of the finished recording: {figures['check s']:.2f} s ({figures['check result']}); "
          f"file {figures['file MB']:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
