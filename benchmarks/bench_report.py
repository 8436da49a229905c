"""Large recordings: a 1,000,000-message session reported and seeked.

Run: ``python benchmarks/bench_report.py`` (from the repository root; ``--messages N`` for another size,
``--keep PATH`` to keep the generated session, ``--json`` for machine-readable figures).

It generates a realistic three-hour broadcast straight into a session file (bulk inserts in one transaction):
a long-tailed crowd of authors, ~7 % flagged messages with findings whose spans point at real text (phone numbers,
e-mails, profanity, threats, self-harm, links), raid bursts with their accounts, ~5,000 moderator and policy actions
on the hash-chained log (hides, approvals, escalations acknowledged later, timeouts, undos), platform deletions and
connection changes, all in the ledger as a live recording writes it (one entry per 50 ms flush). Then it times what
a reviewer does: ``castguard report`` end to end in every format, the report aggregates alone, the check of every
row against the ledger, replay seeks (to a time, the next flag, the next action), and the replay stream's throughput.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from castguard.core.model import ActionKind, ActionResult, MessageState  # noqa: E402
from castguard.core.policy import load_policy  # noqa: E402
from castguard.review.report import build_report  # noqa: E402
from castguard.session import ledger  # noqa: E402
from castguard.session.engine import Session  # noqa: E402
from castguard.session.replay import CONTEXT, RecordingReader, ReplayController, ReplaySource, Seeked  # noqa: E402
from castguard.session.store import Store  # noqa: E402

T0 = 1_750_000_000.0
DURATION = 3 * 3600.0

CLEAN = [
    "hello from {city}!", "is the clinic open on saturday?", "thanks doctor, very clear", "what about vitamin D?",
    "my mom had the same thing", "great stream today", "can you talk about sleep apnea", "lol", "first time here",
    "how long is recovery after knee surgery?", "the audio is a bit low", "👏👏👏", "good question {name}",
    "I love this channel", "do you take new patients", "what time is the next q&a", "greetings from {city}",
    "is ibuprofen ok with coffee", "this helped a lot", "can you repeat the last part", "so interesting",
]  # fmt: skip
CITIES = ["Austin", "Leeds", "Lyon", "Pune", "Osaka", "Quito", "Accra", "Perth", "Oslo", "Tucson"]
NAMES = ["Jane", "Omar", "Lena", "Kofi", "Yuki", "Ravi", "Ines", "Tom", "Ada", "Liu"]

# (template, category, severity, decision, span of the personal/offending part as (prefix, value) or None)
FLAGGED: list[tuple[str, str, int, str, str | None]] = [
    ("this is such crap", "profanity", 2, "hold", "crap"),
    ("what the hell is this", "profanity", 2, "hold", "hell"),
    ("call me at 415-555-0{n:03d} please", "privacy.phone", 3, "hide", "415-555-0{n:03d}"),
    ("email me jane{n}@gmail.com for the files", "privacy.email", 2, "hold", "jane{n}@gmail.com"),
    ("I will kill you", "risk.threat", 3, "escalate", "I will kill you"),
    ("I want to end my life", "risk.self_harm", 3, "escalate", "end my life"),
    ("buy cheap meds at pills{n}.example", "spam.link", 2, "hold", "pills{n}.example"),
    ("my coworker Jane Smith has HIV", "privacy.health_disclosure", 3, "hide", "Jane Smith has HIV"),
    ("is aspirin safe every day?", "risk.advice_request", 1, "flag", None),
]
RAID_TEXT = "CLINIC SCAM CLINIC SCAM"


def generate(path: Path, n: int, seed: int = 7) -> dict[str, int]:
    """Write a realistic recording of ``n`` messages to ``path``; returns what it holds."""
    rng = random.Random(seed)
    store = Store(path)
    policy = load_policy()
    store.record_policy(policy.version, policy.name, policy.source_text)
    store.record_source("twitch:clinic", "twitch", frozenset({"delete", "timeout", "ban", "unban"}))
    store.set_meta("sources", "twitch:clinic")
    db = store.db
    authors = 50_000
    flagged_seqs: list[tuple[int, float, str, str]] = []
    raid_at = sorted(rng.uniform(T0, T0 + DURATION) for _ in range(6))

    def rows() -> Any:
        raid = 0
        for i in range(n):
            seq = i + 1
            at = T0 + DURATION * i / n + rng.random() * 0.01
            author = int(rng.paretovariate(1.1) * 7) % authors
            findings: list[tuple[Any, ...]] = []
            roll = rng.random()
            if raid < len(raid_at) and at >= raid_at[raid]:
                # A raid: a minute of copy-paste from 150 fresh accounts.
                text = RAID_TEXT
                author = 100_000 + raid * 1000 + rng.randrange(150)
                accounts = ",".join(f"u{100_000 + raid * 1000 + k}" for k in rng.sample(range(150), 20))
                findings.append((seq, "crowd.raid", 3, 0, 0, "crowd.raid", "copy-paste flood", accounts))
                decision, severity, cats = "hold", 3, "crowd.raid"
                if at > raid_at[raid] + 60:
                    raid += 1
            elif roll < 0.07:
                template, cat, severity, decision, part = FLAGGED[int(rng.random() ** 1.8 * len(FLAGGED))]
                k = rng.randrange(1000)
                text = template.format(n=k)
                if part is None:
                    findings.append((seq, cat, severity, 0, 0, cat, "", ""))
                else:
                    value = part.format(n=k)
                    start = text.index(value)
                    findings.append((seq, cat, severity, start, start + len(value), cat, "", ""))
                cats = cat
            else:
                text = rng.choice(CLEAN).format(city=rng.choice(CITIES), name=rng.choice(NAMES))
                decision, severity, cats = "pass", None, ""
            state = "held" if decision in ("hold", "hide", "escalate") else "visible"
            escalation = "open" if decision == "escalate" else None
            if decision != "pass" or (severity or 0) >= 2:
                flagged_seqs.append((seq, at, decision, f"u{author}"))
            yield (
                (seq, "twitch:clinic", "twitch", "clinic", f"tw-{seq:08d}", f"u{author}", f"viewer_{author}", "",
                 text, None, "text", None, None, at, at, decision, severity, cats, 0.0, policy.version, state,
                 escalation, int(decision == "escalate")),
                findings,
            )  # fmt: skip

    started = time.perf_counter()
    # The ledger gets one entry per flush, as a live recording does: at this broadcast's rate a 50 ms
    # flush holds a handful of messages, so the check of the recording has as many entries as a real one.
    per_flush = max(1, round(n / DURATION * 0.05))
    total_findings = 0
    batch: list[tuple[Any, ...]] = []
    batch_findings: list[tuple[Any, ...]] = []

    def write(batch: list[tuple[Any, ...]], batch_findings: list[tuple[Any, ...]]) -> None:
        db.executemany(f"INSERT INTO messages VALUES ({','.join('?' * 23)})", batch)
        db.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch_findings)
        ledger.seal_messages(db, batch, batch_findings)

    db.execute("BEGIN")
    for message, findings in rows():
        batch.append(message)
        batch_findings.extend(findings)
        total_findings += len(findings)
        if len(batch) >= per_flush:
            write(batch, batch_findings)
            batch, batch_findings = [], []
    if batch:
        write(batch, batch_findings)

    def event(sql: str, values: tuple[Any, ...]) -> None:
        event_id = int(db.execute(sql, values).lastrowid or 0)
        ledger.seal_rows(db, "events", event_id, event_id)

    for k in range(40):  # reconnects, a gap, deletions by other moderators
        at = T0 + DURATION * k / 40
        event("INSERT INTO events (at, source, kind, state, detail) VALUES (?, 'twitch:clinic', 'connection', ?, '')",
              (at, "reconnecting" if k % 2 else "connected"))  # fmt: skip
    for seq, at, _d, _a in rng.sample(flagged_seqs, 300):
        event("INSERT INTO events (at, source, kind, message_id, detail) VALUES (?, 'twitch:clinic', 'deleted', "
              "?, 'deleted by AutoMod')", (at + 2, f"tw-{seq:08d}"))  # fmt: skip
        before = db.execute("SELECT state, escalation FROM messages WHERE seq = ?", (seq,)).fetchone()
        db.execute("UPDATE messages SET state = 'removed' WHERE seq = ?", (seq,))
        ledger.seal_state(db, seq, before, ("removed", before[1]))
    db.execute("COMMIT")
    inserted = time.perf_counter() - started

    # The action log, through the store's own hash-chaining API, in time order.
    planned: list[tuple[float, ActionKind, int, str, str]] = []
    for seq, at, decision, author in rng.sample(flagged_seqs, min(3500, len(flagged_seqs))):
        delay = rng.lognormvariate(2.0, 0.9)  # median ~7 s, long tail
        if decision == "hide":
            planned.append((at + 0.05, ActionKind.HIDE, seq, author, "policy"))
        elif decision == "escalate":
            planned.append((at + delay, ActionKind.ACKNOWLEDGE, seq, author, rng.choice(["kim", "sam"])))
            planned.append((at + delay + rng.uniform(30, 300), ActionKind.RESOLVE, seq, author, "producer"))
        else:
            kind = rng.choice([ActionKind.HIDE, ActionKind.HIDE, ActionKind.APPROVE, ActionKind.ESCALATE])
            planned.append((at + delay, kind, seq, author, rng.choice(["kim", "sam", "alex"])))
            if rng.random() < 0.1:
                planned.append((at + delay + 20, ActionKind.TIMEOUT, seq, author, "kim"))
    planned.sort()
    for at, kind, seq, author, actor in planned:
        new_state = {ActionKind.HIDE: MessageState.HIDDEN, ActionKind.APPROVE: MessageState.APPROVED}.get(kind)
        store.add_action(
            actor=actor, kind=kind, result=ActionResult.DONE, message_seq=seq, source="twitch:clinic",
            author_id=author, reason="", duration=600 if kind is ActionKind.TIMEOUT else None,
            response="twitch: 204", prev_state=MessageState.HELD, at=at,
            state=(seq, new_state) if new_state else None,
        )  # fmt: skip
    store.close()
    print(f"generated {n:,} messages, {total_findings:,} findings, {len(planned):,} actions "
          f"in {time.perf_counter() - started:.1f} s (bulk insert {inserted:.1f} s); "
          f"file {path.stat().st_size / 1e6:,.0f} MB", flush=True)  # fmt: skip
    return {"messages": n, "findings": total_findings, "actions": len(planned), "flagged": len(flagged_seqs)}


def timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def bench_cli(path: Path, out_dir: Path) -> dict[str, float]:
    figures = {}
    for fmt in ("html", "json", "md", "csv"):
        out = out_dir / f"report.{fmt}"
        seconds, done = timed(lambda fmt=fmt, out=out: subprocess.run(
            [sys.executable, "-m", "castguard", "report", str(path), "--format", fmt, "-o", str(out)],
            cwd=ROOT, capture_output=True, text=True))  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        figures[f"castguard report --format {fmt}"] = seconds
        print(f"castguard report --format {fmt:<5} {seconds:6.2f} s   ({out.stat().st_size / 1e6:.1f} MB)", flush=True)
    return figures


async def bench_seeks(path: Path, count: int = 100) -> dict[str, float]:
    store = Store(path, readonly=True)
    reader = RecordingReader(store)
    controller = ReplayController(reader, speed=None, paused=True)
    stream = controller.items(stop_at_end=False).__aiter__()
    rng = random.Random(3)

    async def settle() -> None:
        # A seek is done when the Seeked mark and the window of messages before the target have been produced.
        seen = 0
        while True:
            event = await stream.__anext__()
            if isinstance(event, Seeked):
                seen = 0
                continue
            seen += 1
            if seen >= CONTEXT:
                return

    figures: dict[str, list[float]] = {"seek to a time": [], "seek to the next flag": [], "seek to the next action": []}
    for _ in range(count):
        target = rng.uniform(reader.start + 600, reader.end - 600)
        start = time.perf_counter()
        controller.seek(target)
        await settle()
        figures["seek to a time"].append(time.perf_counter() - start)
        start = time.perf_counter()
        if controller.seek_flag(1) is not None:
            await settle()
            figures["seek to the next flag"].append(time.perf_counter() - start)
        start = time.perf_counter()
        if controller.seek_action(1) is not None:
            await settle()
            figures["seek to the next action"].append(time.perf_counter() - start)
    out = {}
    for name, values in figures.items():
        values.sort()
        p50, p99 = statistics.median(values) * 1000, values[int(len(values) * 0.99) - 1] * 1000
        print(f"{name:<26} median {p50:6.1f} ms   p99 {p99:6.1f} ms   ({len(values)} seeks)", flush=True)
        out[f"{name} median ms"] = p50
        out[f"{name} p99 ms"] = p99
    store.close()
    return out


async def bench_stream(path: Path, count: int = 200_000) -> dict[str, float]:
    store = Store(path, readonly=True)
    source = ReplaySource(store, controller=ReplayController(RecordingReader(store), speed=None))
    session = Session(Store(Store.MEMORY), source.pipeline(load_policy()), [source], auto_actions=False)
    count = min(count, store.count())
    done = asyncio.Event()
    session.subscribe(lambda u: done.set() if session.counts["messages"] >= count else None)
    task = asyncio.create_task(session.run())
    start = time.perf_counter()
    waiter = asyncio.create_task(done.wait())
    await asyncio.wait([task, waiter], return_when=asyncio.FIRST_COMPLETED)
    seconds = time.perf_counter() - start
    waiter.cancel()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    store.close()
    rate = session.counts["messages"] / seconds
    print(f"replay at max speed through the session  {rate:10,.0f} msg/s", flush=True)
    return {"replay max speed msg/s": rate}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"{platform.system()} {platform.release()}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="write the session here and keep it")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON at the end")
    args = parser.parse_args()
    print(machine(), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "big.db"
        if path.exists():
            print(f"using the existing session {path}", flush=True)
            sizes: dict[str, int] = {}
        else:
            sizes = generate(path, args.messages)
        figures: dict[str, Any] = {"machine": machine(), **sizes}
        figures |= bench_cli(path, Path(tmp))
        store = Store(path, readonly=True)
        seconds, report = timed(lambda: build_report(store))
        print(f"build_report (aggregates only)     {seconds:6.2f} s   "
              f"({report['totals']['flagged']:,} flagged, {report['totals']['missed_risks']:,} missed, "
              f"{len(report['raid_episodes'])} raid episodes)", flush=True)  # fmt: skip
        figures["build_report s"] = seconds
        seconds, _ = timed(lambda: store.verify_chain())
        print(f"verify_chain (the action log)      {seconds:6.2f} s", flush=True)
        figures["verify_chain s"] = seconds
        seconds, check = timed(lambda: store.check())
        entries = check.head.entries if check.head else 0
        print(f"check (every row against the ledger) {seconds:4.2f} s   ({entries:,} ledger entries, "
              f"{'intact' if check.intact else 'NOT intact'})", flush=True)  # fmt: skip
        figures["check s"] = seconds
        store.close()
        figures |= asyncio.run(bench_seeks(path))
        figures |= asyncio.run(bench_stream(path))
    if args.json:
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
