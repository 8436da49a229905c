"""Verdicts of the default pipeline on fixed corpora, as digests: run on two checkouts to show they agree.

    python benchmarks/verdict_digest.py [--stream 30000] [--lines FILE]

A speed change must not change a single verdict. This prints, per corpus, the number of messages and a
SHA-256 of every verdict (each finding's category, severity, span, rule and detail; the decision, severity,
sentiment score and escalation), judged both in batches (``Pipeline.evaluate_many``, as the engine and scan
do) and one message at a time (``Pipeline.evaluate``): run it before and after a change (``git stash`` is
not needed: run it from each checkout) and compare the lines. ``--lines FILE`` also writes one line per
message, for a ``diff`` of the two runs when a digest differs.

Corpora: the development split of the independently written lines (never the frozen splits), the labelled
filter set, the benchmark's realistic chat stream (``bench_filters.pipeline_stream``) and, where installed,
Debian's fortunes in English, Spanish and Russian.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_filters import DATA as LABELLED
from bench_filters import load, message, pipeline_stream

from castguard.core.model import ChatMessage, Verdict
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline

DEV = Path(__file__).resolve().parent / "data" / "detection" / "dev"
FORTUNES = Path("/usr/share/games/fortunes")


def dev_lines() -> list[str]:
    """Every line of the development split (the frozen splits are never read here)."""
    texts: list[str] = []
    for path in sorted(DEV.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def fortune_lines(sub: str) -> list[str]:
    """Non-empty lines of an installed fortune set (``""``, ``es``, ``ru``); none when it is not installed."""
    root = FORTUNES / sub if sub else FORTUNES
    texts: list[str] = []
    if not root.is_dir():
        return texts
    for path in sorted(
        p for p in root.iterdir() if p.is_file() and p.suffix not in (".dat", ".u8") and not p.is_symlink()
    ):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if line and line != "%":
                texts.append(line)
    return texts


def corpora(stream: int) -> Iterator[tuple[str, list[ChatMessage]]]:
    """(name, messages) of every corpus; lines become messages of distinct authors a second apart."""
    rows = load(LABELLED)
    yield "benchmark chat stream", pipeline_stream(rows, stream)
    named = [
        ("dev split", dev_lines()),
        ("labelled filter set", [text for text, _ in rows]),
        ("fortunes (en)", fortune_lines("")),
        ("fortunes-es", fortune_lines("es")),
        ("fortunes-ru", fortune_lines("ru")),
    ]
    for name, texts in named:
        if texts:
            yield name, [message(text, i, f"u{i}", float(i)) for i, text in enumerate(texts)]


def describe(verdict: Verdict) -> str:
    """One verdict as a line of text (everything a verdict says)."""
    findings = [(f.category, int(f.severity), f.start, f.end, f.rule, f.detail, f.accounts) for f in verdict.findings]
    severity = None if verdict.severity is None else int(verdict.severity)
    return repr((findings, verdict.decision.value, severity, verdict.sentiment, verdict.escalate))


def judged(messages: Sequence[ChatMessage], batch: int) -> list[str]:
    """Descriptions of the verdicts of a fresh default pipeline, in batches of ``batch`` (1: ``evaluate``)."""
    pipeline = Pipeline(load_policy())
    if batch == 1:
        return [describe(pipeline.evaluate(m)) for m in messages]
    out: list[str] = []
    for i in range(0, len(messages), batch):
        out += [describe(v) for v in pipeline.evaluate_many(messages[i : i + batch])]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print one digest line per corpus and judging mode."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stream", type=int, default=30_000, help="messages of the benchmark chat stream")
    parser.add_argument("--lines", type=Path, help="also write one line per message to this file")
    args = parser.parse_args(argv)
    out = args.lines.open("w", encoding="utf-8") if args.lines else None
    try:
        for name, messages in corpora(args.stream):
            for batch in (32, 1):
                lines = judged(messages, batch)
                digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]
                flagged = sum(1 for line in lines if not line.startswith("([]"))
                mode = "batches of 32" if batch > 1 else "one at a time"
                print(f"{name:<22} {mode:<14} {len(lines):>6} messages {flagged:>6} with findings  {digest}")
                if out is not None:
                    out.writelines(f"{name}\t{batch}\t{i}\t{line}\n" for i, line in enumerate(lines))
    finally:
        if out is not None:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
