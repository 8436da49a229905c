"""``castguard scan`` input: reading speed, end-to-end speed, and the memory an over-long line costs.

Run: ``python benchmarks/bench_scan.py`` (from the repository root). Prints, on this machine:
items/s read from JSON lines and from a pretty-printed chat-downloader export (CPU time, best of 3),
messages/s of the whole scan with the default policy, and the peak memory Python allocates while a
200 MB line is skipped.
"""

from __future__ import annotations

import io
import json
import platform
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from castguard.jsoninput import read_json
from castguard.policy import load_policy
from castguard.scan import scan
from filters.pipeline import Pipeline

N = 100_000
WORDS = "hello great stream thanks doc is aspirin ok daily my mom cell call me later lol wow when".split()


def export(count: int) -> list[dict[str, object]]:
    """Items shaped like chat-downloader's YouTube export."""
    rng = random.Random(1)
    return [
        {"message_id": f"m{i}", "message": " ".join(rng.choice(WORDS) for _ in range(8)),
         "timestamp": 1714564800000000 + i * 1000, "message_type": "text_message",
         "author": {"id": f"UC{i % 500}", "name": f"user{i % 500}"}}
        for i in range(count)
    ]  # fmt: skip


def best_cpu(data: bytes) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        count = sum(1 for _ in read_json(io.BytesIO(data)))
        best = min(best, time.process_time() - start)
    assert count == N
    return N / best


class LongLine(io.RawIOBase):
    """A line of ``size`` bytes produced as it is read (never in memory whole), then one message."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.tail = ("\n" + json.dumps({"id": "after", "author": "a", "text": "hello"}) + "\n").encode()

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if self.left > 0:
            take = min(n, self.left)
            self.left -= take
            return b"x" * take
        chunk, self.tail = self.tail[:n], self.tail[n:]
        return chunk


def main() -> None:
    print(f"Python {platform.python_version()} on {platform.machine()}")
    items = export(N)
    lines = "".join(json.dumps(x) + "\n" for x in items).encode()
    pretty = json.dumps(items, indent=4).encode()
    print(f"read JSON lines ({len(lines) >> 20} MB)             {best_cpu(lines):>10,.0f} items/s")
    print(f"read a pretty-printed array ({len(pretty) >> 20} MB) {best_cpu(pretty):>10,.0f} items/s")

    count = 20_000
    sample = "".join(json.dumps(x) + "\n" for x in items[:count]).encode()
    pipeline = Pipeline(load_policy())
    start = time.process_time()
    status = scan(io.BytesIO(sample), io.StringIO(), io.StringIO(), pipeline)
    print(f"scan end to end (JSON lines, default policy)  {count / (time.process_time() - start):>10,.0f} messages/s")
    assert status == 0

    errors = io.StringIO()
    tracemalloc.start()
    start = time.perf_counter()
    scan(LongLine(200 << 20), io.StringIO(), errors, pipeline)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "line 1: longer than" in errors.getvalue()
    print(f"a 200 MB line skipped in {elapsed:.1f} s; peak Python allocation {peak / (1 << 20):.1f} MB")


if __name__ == "__main__":
    main()
