"""``castguard scan`` input: reading speed, end-to-end speed, and the memory an over-long line costs.

Run: ``python benchmarks/bench_scan.py [--messages 50000] [--baseline DIR]`` (from the repository
root). Prints, on this machine: items/s read from JSON lines and from a pretty-printed chat-downloader
export (CPU time, best of 3), messages/s of the whole scan with the default policy, the peak memory
Python allocates while a 200 MB line is skipped, and ``castguard scan`` as a whole process (start-up,
reading, judging, writing) on realistic chat (90% ordinary lines, simple JSON lines) and on a
flag-heavy mix (60% labelled problem lines, a chat-downloader export) with ``--jobs 1`` and
``--jobs 2``: messages/s of wall time and of CPU time (the process and its workers).
``--baseline DIR`` runs another checkout's ``castguard scan`` (``--jobs 1``, with that checkout's own
``.venv``) on the same files back to back, for a before/after on the same load.
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_filters import DATA, load, pipeline_stream
from machine import machine

from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.review.jsoninput import read_json
from castguard.review.scan import scan

ROOT = Path(__file__).resolve().parent.parent
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


def realistic_chat(count: int) -> bytes:
    """The pipeline benchmark's busy chat (90% ordinary lines) as castguard's simple JSON lines."""
    return "".join(
        json.dumps({"id": m.id, "author": {"id": m.author.id, "name": m.author.name}, "text": m.text,
                    "timestamp": m.sent_at}, ensure_ascii=False) + "\n"
        for m in pipeline_stream(load(DATA), count)
    ).encode()  # fmt: skip


def flag_heavy(count: int) -> bytes:
    """60% labelled problem lines (every category), varied like real chat, as a chat-downloader export."""
    rows = load(DATA)
    rng = random.Random(3)
    flagged = [t for t, labels in rows if labels]
    clean = [t for t, labels in rows if not labels]
    heads = ["", "", "hey ", "so ", "@doc ", "ok ", "lol "]
    tails = ["", "", " lol", " !", " pls", " tbh", " 🙏", " ...", " again", " fr"]
    lines = []
    for i in range(count):
        text = rng.choice(heads) + rng.choice(flagged if rng.random() < 0.6 else clean) + rng.choice(tails)
        author = {"id": f"UC{i % 3000}", "name": f"user{i % 3000}"}
        item = {"message_id": f"m{i}", "message": text, "timestamp": 1714564800000000 + i * 5000,
                "message_type": "text_message", "author": author}  # fmt: skip
        lines.append(json.dumps(item, ensure_ascii=False) + "\n")
    return "".join(lines).encode()


def interpreter(checkout: Path) -> str:
    """The Python that runs ``checkout``'s own code: its ``.venv``, else this one when it is this checkout.

    castguard is installed in editable mode with ``castguard.filters``, ``.connectors`` and ``.tui`` mapped
    to the installed checkout's folders: another checkout run with this interpreter would mix the two trees.
    """
    own = checkout / ".venv" / "bin" / "python"
    if own.exists():
        return str(own)
    if checkout.resolve() == ROOT.resolve():
        return sys.executable
    raise SystemExit(f"{checkout}: no .venv/bin/python (python3 -m venv .venv && .venv/bin/pip install -e .)")


def whole_process(cwd: Path, path: Path, jobs: int | None) -> tuple[float, float]:
    """``castguard scan`` on ``path`` as a whole process: (wall seconds, CPU seconds of it and its workers)."""
    command = [interpreter(cwd), "-m", "castguard", "scan", str(path)]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 0, done.stderr.decode()[-500:]
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def bench_whole_process(count: int, baseline: Path | None) -> None:
    """Whole-process scan speed on realistic chat and a flag-heavy mix, run back to back."""
    print(f"\n== castguard scan as a whole process, {count:,} messages (start-up included) ==")
    print(f"{'input':<16} {'run':<26} {'wall msg/s':>11} {'CPU msg/s':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        files = {"realistic chat": Path(tmp) / "chat.jsonl", "flag-heavy mix": Path(tmp) / "flags.jsonl"}
        files["realistic chat"].write_bytes(realistic_chat(count))
        files["flag-heavy mix"].write_bytes(flag_heavy(count))
        runs: list[tuple[str, Path, int | None]] = []
        if baseline is not None:
            runs.append((f"baseline {baseline.name}", baseline, None))
        runs += [("--jobs 1", ROOT, 1), ("--jobs 2", ROOT, 2)]
        for name, path in files.items():
            for label, cwd, jobs in runs:
                wall, cpu = whole_process(cwd, path, jobs)
                print(f"{name:<16} {label:<26} {count / wall:>11,.0f} {count / cpu:>10,.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50_000, help="messages per whole-process run")
    parser.add_argument("--baseline", type=Path, help="another checkout to run back to back (e.g. /work/main)")
    args = parser.parse_args()
    print(f"machine: {machine()}")
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
    bench_whole_process(args.messages, args.baseline)


if __name__ == "__main__":
    main()
