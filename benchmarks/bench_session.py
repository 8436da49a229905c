"""The session's ingestion: sources in, judged, recorded, published, through ``Session.run()`` as live.

Messages of the demo broadcast are generated first (not timed), then handed over by ``--sources`` sources
in two shapes: a backlog (every next message ready at once, as after a slow moment or a reconnect) and a
trickle (each message arrives on its own loop turn, as on a quiet chat). The session judges them with the
default pipeline, writes them to a fresh recording and publishes them to one subscriber.

Run: ``python benchmarks/bench_session.py`` (``--messages N``, ``--sources N``, ``--json``).

Prints messages per second of wall time for each shape (best of ``--repeat`` runs, on one core).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.machine import machine, pin_to_one_cpu
from castguard.connectors.demo import DemoBroadcast
from castguard.core.model import ChatMessage, SourceEvent
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.session.engine import Session
from castguard.session.store import Store


class ScriptedSource:
    """Hands over prepared messages: all ready at once (backlog) or one per loop turn (trickle)."""

    platform = "demo"
    capabilities: frozenset[Any] = frozenset()

    def __init__(self, key: str, messages: list[ChatMessage], *, trickle: bool) -> None:
        self.key = key
        self.messages = messages
        self.trickle = trickle

    async def events(self) -> AsyncIterator[SourceEvent]:
        for message in self.messages:
            if self.trickle:
                await asyncio.sleep(0)
            yield message

    async def perform(self, request: Any) -> Any:
        raise NotImplementedError

    async def aclose(self) -> None:
        return None


def generate(count: int, sources: int) -> list[list[ChatMessage]]:
    """``count`` demo messages, dealt to ``sources`` sources (each keyed as its source)."""

    demo = DemoBroadcast(seed=7, rate=2000.0)
    start = 1_700_000_000.0
    script = itertools.islice(demo.script(), count)
    messages = [demo.message(n, p, a, t, start + n / 2000) for n, (p, a, t) in enumerate(script, start=1)]
    dealt: list[list[ChatMessage]] = [[] for _ in range(sources)]
    for i, m in enumerate(messages):
        dealt[i % sources].append(replace(m, source=f"s{i % sources}", id=f"{i}"))
    return dealt


def one_run(dealt: list[list[ChatMessage]], *, trickle: bool) -> float:
    """Messages per second of one run of the session over ``dealt``."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db")
        sources = [ScriptedSource(f"s{i}", part, trickle=trickle) for i, part in enumerate(dealt)]
        session = Session(store, Pipeline(load_policy()), sources, auto_actions=False)  # type: ignore[arg-type]
        seen = [0]
        session.subscribe(lambda _u: seen.__setitem__(0, seen[0] + 1))
        start = time.perf_counter()
        asyncio.run(session.run())
        seconds = time.perf_counter() - start
        total = sum(len(p) for p in dealt)
        assert session.counts["messages"] + session.counts["duplicates"] == total, session.counts
        store.close()
        return total / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--sources", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pinned = pin_to_one_cpu()
    dealt = generate(args.messages, args.sources)
    figures = {
        shape: max(one_run(dealt, trickle=shape == "trickle") for _ in range(args.repeat))
        for shape in ("backlog", "trickle")
    }
    if args.json:
        print(json.dumps({"messages": args.messages, "sources": args.sources, **figures}))
        return
    print(f"{machine()}; {pinned}")
    print(f"{args.messages:,} messages from {args.sources} sources, default pipeline, best of {args.repeat}:")
    for shape, rate in figures.items():
        print(f"  {shape:8} {rate:10,.0f} messages/s")


if __name__ == "__main__":
    main()
