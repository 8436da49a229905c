"""The desk under a busy chat: the demo broadcast at 2,000 messages/s into the headless app.

Reports, for the whole run and per interval:
- ingest rate (messages judged, recorded and drawn per second),
- update latency: how long each batched redraw of the views takes (the 50 ms flush),
- frame latency: the time between a message's arrival and the flush that puts it on screen,
- key-to-effect latency: press ``h`` on the newest message, time until its row shows hidden,
- RSS over time (memory must stay flat: bounded display buffers, everything in the store).

Run (60 s by default; the issue's target is 10 minutes):

    python benchmarks/bench_desk.py                      # 60 s at 2,000 msg/s
    python benchmarks/bench_desk.py --duration 600       # the 10-minute run
    python benchmarks/bench_desk.py --rate 5000 --json   # machine-readable figures
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil
from textual import events

from castguard.connectors.demo import DemoBroadcast
from castguard.core.config import Config
from castguard.core.model import MessageRecord, MessageState
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session
from castguard.session.store import Store
from castguard.tui.app import DeskApp
from castguard.tui.feed import FeedView


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of ``values`` (0 when empty)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)]


class Pauses:
    """The event loop's stalls (a task that asks to wake every 5 ms) and the garbage collector's pauses."""

    TICK = 0.005

    def __init__(self) -> None:
        self.stalls: list[float] = []
        self.gc_ms = [0.0, 0.0, 0.0]
        self.gc_longest = [0.0, 0.0, 0.0]
        self._gc_started = 0.0

    def on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
            return
        took = (time.perf_counter() - self._gc_started) * 1000
        generation = info["generation"]
        self.gc_ms[generation] += took
        self.gc_longest[generation] = max(self.gc_longest[generation], took)

    async def watch(self) -> None:
        while True:
            asked = time.perf_counter()
            await asyncio.sleep(self.TICK)
            self.stalls.append((time.perf_counter() - asked - self.TICK) * 1000)


class Probe(DeskApp):
    """The desk with timers around its redraws."""

    CSS_PATH = str(Path(sys.modules[DeskApp.__module__].__file__ or "").parent / "desk.tcss")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.update_ms: list[float] = []
        self.frame_ms: list[float] = []
        self._arrived: list[float] = []

    def _receive(self, update: Any) -> None:
        if isinstance(update, MessageRecord):
            self._arrived.append(time.perf_counter())
        super()._receive(update)

    def _drain(self) -> None:
        start = time.perf_counter()
        arrived, self._arrived = self._arrived, []
        super()._drain()
        end = time.perf_counter()
        if arrived:
            self.update_ms.append((end - start) * 1000)
            # Oldest message in the batch: how long it waited before being drawn.
            self.frame_ms.append((end - arrived[0]) * 1000)


async def run(
    duration: float, rate: float, key_every: float, sample_every: float, keep: bool = False
) -> dict[str, Any]:
    """Drive the app headless and collect the figures."""
    folder = Path(tempfile.mkdtemp(prefix="castguard-bench-"))
    store = Store(folder / "bench.db")
    policy = load_policy()
    source = DemoBroadcast(seed=7, rate=rate)
    session = Session(store, Pipeline(policy), [source], moderator="bench")
    config = Config(data_dir=folder, alerts={"bell": False, "flash": False})
    app = Probe(session, config=config)
    process = psutil.Process(os.getpid())
    rss: list[tuple[float, float, int]] = []
    keys: list[float] = []
    feedback: list[float] = []
    misses = 0
    pauses = Pauses()
    gc.callbacks.append(pauses.on_gc)
    watcher = asyncio.create_task(pauses.watch())
    async with app.run_test(size=(180, 45)):
        feed = app.query_one("#feed", FeedView)
        start = time.perf_counter()
        next_key = start + key_every
        next_sample = start
        while (now := time.perf_counter()) - start < duration:
            if now >= next_sample:
                rss.append((now - start, process.memory_info().rss / 2**20, session.counts["messages"]))
                next_sample += sample_every
            if now >= next_key and feed.rows:
                next_key += key_every
                feed.action_tail()
                target = feed.selected
                feed.tail = False  # hold the selection still, as a moderator does before pressing a key
                if target is not None and target.state is not MessageState.HIDDEN:
                    pressed = time.perf_counter()
                    # Post the key as the terminal driver does (Pilot.press would also wait for the whole
                    # app to go idle, which a chat at 2,000 messages/s never does).
                    app.post_message(events.Key("h", "h"))
                    deadline = pressed + 5
                    shown_pending = False
                    while time.perf_counter() < deadline:
                        position = feed.index.get(target.seq)
                        if not shown_pending and target.seq in feed.pending:
                            feedback.append((time.perf_counter() - pressed) * 1000)
                            shown_pending = True
                        # The effect: the row shows the message hidden (durably recorded first).
                        if position is not None and feed.rows[position].state is MessageState.HIDDEN:
                            keys.append((time.perf_counter() - pressed) * 1000)
                            break
                        await asyncio.sleep(0.001)
                    else:
                        misses += 1
                feed.action_tail()
            await asyncio.sleep(0.01)
        elapsed = time.perf_counter() - start
        messages = session.counts["messages"]
        rows_kept = len(feed.rows)
    watcher.cancel()
    gc.callbacks.remove(pauses.on_gc)
    store.close()
    if not keep:  # a 10-minute run records over a gigabyte
        shutil.rmtree(folder)
    rss.append((elapsed, process.memory_info().rss / 2**20, messages))
    steady = [m for t, m, _ in rss if t >= min(10.0, duration / 3)]
    return {
        "machine": f"{platform.machine()} {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()}",
        "duration_s": round(elapsed, 1),
        "target_rate": rate,
        "messages": messages,
        "ingest_rate": round(messages / elapsed),
        "feed_rows_kept": rows_kept,
        "update_ms": {"median": round(statistics.median(app.update_ms), 2) if app.update_ms else 0,
                      "p99": round(percentile(app.update_ms, 0.99), 2), "max": round(max(app.update_ms, default=0), 2),
                      "batches": len(app.update_ms)},
        "frame_ms": {"median": round(statistics.median(app.frame_ms), 1) if app.frame_ms else 0,
                     "p99": round(percentile(app.frame_ms, 0.99), 1)},
        "key_to_feedback_ms": {"median": round(statistics.median(feedback), 1) if feedback else None,
                               "p99": round(percentile(feedback, 0.99), 1)},
        "key_to_effect_ms": {"presses": len(keys), "missed": misses,
                             "median": round(statistics.median(keys), 1) if keys else None,
                             "p99": round(percentile(keys, 0.99), 1), "max": round(max(keys, default=0), 1)},
        "loop_stall_ms": {"p99": round(percentile(pauses.stalls, 0.99), 1),
                          "max": round(max(pauses.stalls, default=0), 1),
                          "over_50ms": sum(1 for x in pauses.stalls if x > 50)},
        "gc_ms": {"total_by_generation": [round(x) for x in pauses.gc_ms],
                  "longest_by_generation": [round(x, 1) for x in pauses.gc_longest]},
        "rss_mb": {"start": round(rss[0][1], 1), "steady_min": round(min(steady), 1) if steady else None,
                   "steady_max": round(max(steady), 1) if steady else None, "end": round(rss[-1][1], 1)},
        "rss_samples": [(round(t), round(m, 1), n) for t, m, n in rss],
        "recording": str(folder / "bench.db") if keep else None,
    }  # fmt: skip


def main() -> None:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds to run (default 60; 600 = 10 min)")
    parser.add_argument("--rate", type=float, default=2000.0, help="demo messages per second (default 2000)")
    parser.add_argument("--key-every", type=float, default=1.0, help="press h on the newest message this often (s)")
    parser.add_argument("--sample-every", type=float, default=5.0, help="RSS sample interval (s)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the session recording (its path is printed)")
    args = parser.parse_args()
    result = asyncio.run(run(args.duration, args.rate, args.key_every, args.sample_every, args.keep))
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"castguard desk benchmark — {result['machine']}")
    print(
        f"{result['messages']:,} messages in {result['duration_s']} s at a target of {args.rate:,.0f}/s: "
        f"{result['ingest_rate']:,} msg/s ingested and drawn (feed keeps {result['feed_rows_kept']:,} rows)"
    )
    u, f, k, r = result["update_ms"], result["frame_ms"], result["key_to_effect_ms"], result["rss_mb"]
    print(
        f"update (one batched redraw): median {u['median']} ms, p99 {u['p99']} ms, max {u['max']} ms "
        f"over {u['batches']:,} batches"
    )
    print(f"frame (arrival → on screen): median {f['median']} ms, p99 {f['p99']} ms")
    print(
        f"key-to-effect (h → platform answers → row shows hidden; the demo platform takes 40 ms):"
        f"\n  median {k['median']} ms, p99 {k['p99']} ms, max {k['max']} ms "
        f"({k['presses']} presses, {k['missed']} missed)"
    )
    fb = result["key_to_feedback_ms"]
    print(f"key-to-feedback (h → row shows 'hide…'): median {fb['median']} ms, p99 {fb['p99']} ms")
    st, g = result["loop_stall_ms"], result["gc_ms"]
    print(f"event loop late (5 ms ticks): p99 {st['p99']} ms, max {st['max']} ms, {st['over_50ms']} stalls over 50 ms")
    print(f"garbage collector by generation 0/1/2: {'/'.join(map(str, g['total_by_generation']))} ms in all, "
          f"longest pause {'/'.join(map(str, g['longest_by_generation']))} ms")  # fmt: skip
    print(f"RSS: start {r['start']} MB, steady {r['steady_min']}–{r['steady_max']} MB, end {r['end']} MB")
    if result["recording"]:
        print(f"recording kept: {result['recording']}")
    print("RSS over time (s, MB, messages): " + ", ".join(f"{t}s {m}MB" for t, m, _ in result["rss_samples"]))


if __name__ == "__main__":
    main()
