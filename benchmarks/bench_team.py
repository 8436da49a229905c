"""Team desk: delivery and intent latency with four desks, late-join catch-up, Redis memory over time.

Each figure is one command against a real redis-server it starts itself on a free port of 127.0.0.1
(Debian's redis-server 7). The host session runs in this process with a paced chat source that goes through
the engine's own pump (judged, recorded, published as live messages are); the member desks are headless
``castguard join`` desks, one process each, running the member code path up to the desk's model
(:class:`MemberSession`: the stream read, decoded, mirrored and handed to the desk's subscriber). A real
desk draws what it received on its next frame (``tui/app.py``: every 50 ms), which these figures leave out.

    .venv/bin/python benchmarks/bench_team.py desks [--rate 2000] [--seconds 20] [--members 3]
        (a) intent → outcome visible on every desk (the host's and each member's), median and p99, while the
            chat runs at --rate: the members send notes (a desk-only action: the platform's answer time is
            not part of the figure), each stamped with the time it was sent;
        (b) host → desk delivery of every message (from the source handing it in to each member's model).
    .venv/bin/python benchmarks/bench_team.py late-join [--messages 72000] [--during 400] [--latency 10]
        (c) a member joining after --messages messages (an hour of a 20 msg/s chat) with an open queue and inbox:
            the time until its model holds all of them. With --during, the chat goes on at that rate while the
            member joins (the host's publisher is never idle): how old its snapshot was and when it is level
            with the host; --latency puts that many ms between the host and Redis, each way.
    .venv/bin/python benchmarks/bench_team.py memory [--minutes 10] [--rate 500]
        (d) Redis memory (INFO memory used_memory) sampled while the host publishes at a steady --rate for
            --minutes: it levels off once the stream holds its trim window.

Every command prints the machine (CPU model, cores) and its load average before and after, and the CPU time
each process used, so that a figure taken on a busy machine says so.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from castguard.core.model import ActionKind, ActionRecord, Author, ChatMessage, MessageRecord, SourceEvent
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.integrations.team.host import TeamHost
from castguard.integrations.team.link import Keys, connect
from castguard.integrations.team.member import MemberSession
from castguard.session.actions import ActionError
from castguard.session.engine import Session
from castguard.session.store import Store
from tests.fakes.redisd import REDIS_SERVER, distant, run_redis

TEXTS = ["hello doctor", "great show", "is this covered by insurance?", "thanks!", "what time is the next one",
         "my mom watches every week", "can you explain that again", "greetings from ohio"]  # fmt: skip
#: A message the default policy holds for review.
HELD = "you are full of shit"
#: The last message of a run: the desks stop when they see it.
END = "bench: end of the chat"
#: A note's reason: the desk that sent it and when (wall clock: every process is on this machine).
NOTE = "bench {desk} {sent:.6f}"
KEYS = Keys("bench")


def chat_text(i: int, held_every: int = 50) -> str:
    """A busy chat: 300 people, no two lines alike (no flood to catch), one in ``held_every`` held for review."""
    return HELD if i % held_every == held_every - 1 else f"{TEXTS[i % len(TEXTS)]} {i}"


def late_text(i: int) -> str:
    """An hour of chat: one message in 400 held for review."""
    return chat_text(i, 400)


def message(i: int, text: str | None = None) -> ChatMessage:
    now = time.time()
    return ChatMessage("bench", "twitch", "c", f"m{i}", Author(f"u{i % 300}", f"user{i % 300}"),
                       text if text is not None else chat_text(i), now, now)  # fmt: skip


class Paced:
    """A chat source handing in ``count`` messages at ``rate`` per second (in the bursts a socket delivers them),
    then :data:`END`; it stays open afterwards. ``text`` chooses each message's text."""

    key = platform = "bench"
    capabilities: frozenset[ActionKind] = frozenset()

    def __init__(self, count: int, rate: float, text: Any = None, then: float = 0.0) -> None:
        self.count, self.rate, self.text, self.then = count, rate, text, then
        """``then``: after :data:`END`, the chat goes on at this rate (messages a second) for ever."""
        self.started = self.finished = 0.0

    async def events(self) -> AsyncIterator[SourceEvent]:
        self.started = time.perf_counter()
        sent = 0
        while sent < self.count:
            due = min(self.count, int((time.perf_counter() - self.started) * self.rate) + 1)
            while sent < due:
                yield message(sent, self.text(sent) if self.text is not None else None)
                sent += 1
            await asyncio.sleep(0.001)
        self.finished = time.perf_counter()
        yield message(sent, END)
        start, more = time.perf_counter(), 0
        while self.then:
            due = int((time.perf_counter() - start) * self.then) + 1
            while more < due:
                more += 1
                yield message(sent + more, self.text(sent + more) if self.text is not None else None)
            await asyncio.sleep(0.005)
        await asyncio.Event().wait()

    async def perform(self, request: object) -> None:
        raise NotImplementedError

    async def aclose(self) -> None:
        pass


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def figure(values: list[float]) -> str:
    if not values:
        return "no samples"
    return f"median {statistics.median(values):.1f} ms, p99 {pct(values, 0.99):.1f} ms, max {max(values):.1f} ms " \
           f"({len(values):,} samples)"  # fmt: skip


def like_a_desk() -> None:
    """The garbage collector as a desk sets it once it has started (``tui/app.py``): full passes rare."""
    from castguard.tui.app import GC_THRESHOLDS

    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def hosted(url: str, folder: Path, source: Paced, **options: Any) -> tuple[Session, TeamHost]:
    """A host session on ``source`` publishing to the session ``bench``."""
    session = Session(Store(folder / "host.db"), Pipeline(load_policy()), [source], moderator="host")
    host = TeamHost(session, connect(url), KEYS, name="host", **options)
    session.add_service(host)
    return session, host


async def redis_cpu(client: Any) -> float:
    info = await client.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


# -- (a) and (b): four desks ----------------------------------------------------------------------------


async def member_desk(url: str, name: str, folder: Path, act_every: float, index: int) -> dict[str, Any]:
    """One headless member desk in its own process: what it saw, and when (wall clock)."""
    member = MemberSession(connect(url), KEYS, load_policy(), moderator=name, mirror_dir=folder)
    delivery: list[float] = []
    notes: dict[str, float] = {}
    ended = asyncio.Event()
    last_seq = 0

    def arrived(update: object) -> None:
        nonlocal last_seq
        now = time.time()
        if isinstance(update, MessageRecord):
            last_seq = update.seq
            if update.message.text == END:
                ended.set()
            else:
                delivery.append((now - update.message.received_at) * 1000)
        elif isinstance(update, ActionRecord) and update.reason.startswith("bench "):
            notes[update.reason] = now

    member.subscribe(arrived)
    runner = asyncio.create_task(member.run())
    await member.wait_ready()
    while not member.link.connected:
        await asyncio.sleep(0.01)
    like_a_desk()
    print("ready", flush=True)
    trips: list[float] = []
    failed = 0
    cpu = time.process_time()
    while not ended.is_set():
        if act_every and last_seq:
            sent = time.time()
            try:
                # Each desk notes a message of its own: two notes on one message within seconds are one claim.
                seq = max(1, last_seq - index)
                await member.act(ActionKind.NOTE, seq, reason=NOTE.format(desk=name, sent=sent))
                trips.append((time.time() - sent) * 1000)
            except ActionError as exc:
                failed += 1
                print(f"desk {name}: intent failed: {exc}", file=sys.stderr)
        try:
            await asyncio.wait_for(ended.wait(), act_every or 3600)
        except TimeoutError:
            pass
    await asyncio.sleep(0.5)  # the outcome of a note sent just before the end
    cpu = time.process_time() - cpu
    runner.cancel()
    await asyncio.gather(runner, return_exceptions=True)
    member.close()
    return {"delivery": delivery, "notes": notes, "trips": trips, "failed": failed, "cpu": cpu}


async def desks(url: str, folder: Path, members: int, rate: float, seconds: float, act_every: float) -> None:
    """The host here, ``members`` member desks in their own processes, each sending a note every ``act_every`` s."""
    source = Paced(int(rate * seconds), rate)
    session, host = hosted(url, folder, source)
    host_seen: dict[str, float] = {}
    session.subscribe(lambda u: host_seen.setdefault(u.reason, time.time())
                      if isinstance(u, ActionRecord) and u.reason.startswith("bench ") else None)  # fmt: skip
    procs = []
    for i in range(members):
        (folder / f"d{i}").mkdir()
        procs.append(await asyncio.create_subprocess_exec(
            sys.executable, __file__, "member", "--name", f"desk{i}", "--url", url, "--folder", str(folder / f"d{i}"),
            "--act-every", str(act_every), "--index", str(i), stdout=asyncio.subprocess.PIPE,
        ))  # fmt: skip
    for proc in procs:
        assert proc.stdout is not None
        assert (await proc.stdout.readline()).strip() == b"ready"
    like_a_desk()
    before = load()
    redis_before = await redis_cpu(host.client)
    cpu = time.process_time()
    runner = asyncio.create_task(session.run())
    results = []
    for i, proc in enumerate(procs):
        out, _ = await proc.communicate()
        lines = out.decode().splitlines()
        if proc.returncode != 0 or not lines:
            sys.exit(f"desk{i} failed (exit status {proc.returncode})")
        results.append(json.loads(lines[-1]))
    cpu = time.process_time() - cpu
    redis_used = await redis_cpu(host.client) - redis_before
    after = load()
    count = source.count
    took = source.finished - source.started
    print(f"machine: {machine()}; {before} at the start, {after} at the end")
    print(f"host + {members} member desks (headless, one process each), {count:,} messages at {rate:,.0f} msg/s "
          f"(handed in over {took:.1f}s); each member sends a note every {act_every:g}s")  # fmt: skip
    # (a) every note, from being sent to being on every desk (the host's and each member's).
    everywhere: list[float] = []
    notes = {reason for r in results for reason in r["notes"]} | set(host_seen)
    for reason in notes:
        at = [host_seen.get(reason)] + [r["notes"].get(reason) for r in results]
        if all(t is not None for t in at):
            everywhere.append((max(at) - float(reason.split()[-1])) * 1000)  # type: ignore[type-var]
    sent_notes = sum(len(r["trips"]) + r["failed"] for r in results)
    failed = sum(r["failed"] for r in results)
    print(f"(a) intent → outcome on all {members + 1} desks: {figure(everywhere)}; {sent_notes} notes sent, "
          f"{failed} failed, {sent_notes - failed - len(everywhere)} not seen everywhere")  # fmt: skip
    trips = [t for r in results for t in r["trips"]]
    print(f"    intent round trip at the acting desk (sent → outcome back): {figure(trips)}")
    # (b) every message, from the source to each member desk's model.
    for i, seen in enumerate(results):
        print(f"(b) host → desk{i}: {figure(seen['delivery'])}")
    # CPU time per message is the figure a loaded machine changes least (latency is what it changes most).
    print(f"CPU per message: host {cpu / count * 1e6:.0f} µs (filters, recording, publishing, intents), members "
          + ", ".join(f"{r['cpu'] / count * 1e6:.0f} µs" for r in results)
          + f", redis-server {redis_used / count * 1e6:.0f} µs; at {rate:,.0f} msg/s that is "
          + f"{(cpu + sum(r['cpu'] for r in results) + redis_used) / count * rate:.2f} cores")  # fmt: skip
    runner.cancel()
    await asyncio.gather(runner, return_exceptions=True)


# -- (c): a member joining late -------------------------------------------------------------------------


async def late_join(url: str, host_url: str, folder: Path, count: int, escalations: int, during: float) -> None:
    source = Paced(count, 20_000, late_text, then=during)
    session, host = hosted(host_url, folder, source)
    runner = asyncio.create_task(session.run())
    while session.counts["messages"] < count + 1:
        await asyncio.sleep(0.05)
    # The inbox: a few of the held messages escalated to the producer.
    held = [r.seq for r in session.store.messages() if r.state.value == "held"]
    for seq in held[:escalations]:
        await session.act(ActionKind.ESCALATE, seq, actor="host", reason="for the producer")
    if during:
        # The chat goes on: the member joins a busy session, whose publisher never waits for an empty outbox.
        await asyncio.sleep(5.0)
    else:
        while host.outbox or host._dirty:
            await asyncio.sleep(0.05)
        await asyncio.sleep(host.snapshot_interval * 2)  # a snapshot taken after the last update
    length = await host.client.xlen(KEYS.updates)
    snapshot = len(await host.client.get(KEYS.snapshot) or b"")
    before = load()
    (folder / "late").mkdir()
    start = time.perf_counter()
    member = MemberSession(connect(url), KEYS, load_policy(), moderator="late", mirror_dir=folder / "late")
    joined, live = time.time(), session.counts["messages"]
    follower = asyncio.create_task(member.run())
    await member.wait_ready()
    ready = time.perf_counter() - start
    ready_from = member.last_id  # the snapshot's stream position ("0-0": no snapshot, the whole stream to read)
    while any(member.record(seq) is None for seq in held):
        await asyncio.sleep(0.001)
    seen = time.perf_counter() - start
    while member.last_seq < live:
        await asyncio.sleep(0.001)
    level = time.perf_counter() - start
    queue = sum(1 for seq in held if (r := member.record(seq)) is not None and r.state.value == "held")
    inbox = sum(1 for seq in held if (r := member.record(seq)) is not None and r.escalation is not None)
    print(f"machine: {machine()}; {before}")
    print(f"(c) late join after {count:,} messages (stream {length:,} entries, snapshot {snapshot / 1e6:.1f} MB): "
          f"ready in {ready * 1000:.0f} ms, open queue ({queue}) and inbox ({inbox}) on the member's desk in "
          f"{seen * 1000:.0f} ms")  # fmt: skip
    if during:
        if ready_from == "0-0":
            behind = await host.client.xlen(KEYS.updates)
        else:
            behind = len(await host.client.xrange(KEYS.updates, min=f"({ready_from}"))
        age = "none found" if ready_from == "0-0" else f"{joined - int(ready_from.split('-')[0]) / 1000:.2f} s old"
        print(f"    while the chat goes on at {during:,.0f} msg/s: its snapshot {age} when it joined, "
              f"{behind:,} stream entries after it by now; level with the host (message {live:,}) in "
              f"{level * 1000:.0f} ms; {load()}")  # fmt: skip
    for task in (follower, runner):
        task.cancel()
    await asyncio.gather(follower, runner, return_exceptions=True)
    member.close()
    await host.client.aclose()


async def late_join_over(server: Any, folder: Path, count: int, escalations: int, during: float,
                         latency: float) -> None:  # fmt: skip
    """:func:`late_join`, the host reaching Redis across a link with ``latency`` ms each way (0: loopback)."""
    if not latency:
        await late_join(server.url, server.url, folder, count, escalations, during)
        return
    async with distant(server, latency / 1000) as host_url:
        await late_join(server.url, host_url, folder, count, escalations, during)


# -- (d): Redis memory over time ------------------------------------------------------------------------


async def memory(url: str, folder: Path, rate: float, minutes: float, every: float) -> None:
    source = Paced(int(rate * minutes * 60), rate, late_text)
    session, host = hosted(url, folder, source)
    before = load()
    runner = asyncio.create_task(session.run())
    print(f"machine: {machine()}; {before}")
    print(f"(d) Redis used_memory while the host publishes {rate:,.0f} msg/s for {minutes:g} min "
          f"(trim window {host.window:,} entries):")  # fmt: skip
    samples: list[float] = []
    start = time.perf_counter()
    while session.counts["messages"] <= source.count:
        await asyncio.sleep(every)
        info = await host.client.info("memory")
        used = int(info["used_memory"]) / 1e6
        samples.append(used)
        length = await host.client.xlen(KEYS.updates)
        print(f"    {time.perf_counter() - start:6.0f}s  {session.counts['messages']:>9,} messages  "
              f"stream {length:>7,} entries  used_memory {used:6.1f} MB", flush=True)  # fmt: skip
    half = samples[len(samples) // 2 :]
    print(f"    peak {max(samples):.1f} MB; second half {min(half):.1f}–{max(half):.1f} MB; {load()}")
    runner.cancel()
    await asyncio.gather(runner, return_exceptions=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("desks", help="(a) intent → outcome on every desk, (b) host → desk delivery")
    a.add_argument("--rate", type=float, default=2000)
    a.add_argument("--seconds", type=float, default=20.0)
    a.add_argument("--members", type=int, default=3)
    a.add_argument("--act-every", type=float, default=0.25, help="seconds between two notes of one member")
    a = sub.add_parser("late-join", help="(c) a member joining after --messages messages")
    a.add_argument("--messages", type=int, default=72_000)
    a.add_argument("--escalations", type=int, default=20)
    a.add_argument("--during", type=float, default=0.0, help="msg/s the chat goes on at while the member joins")
    a.add_argument("--latency", type=float, default=0.0, help="ms each way between the host and Redis")
    a = sub.add_parser("memory", help="(d) Redis memory over a steady run")
    a.add_argument("--rate", type=float, default=500)
    a.add_argument("--minutes", type=float, default=2.0)
    a.add_argument("--every", type=float, default=15.0, help="seconds between two samples")
    a = sub.add_parser("member", help=argparse.SUPPRESS)
    a.add_argument("--name")
    a.add_argument("--url")
    a.add_argument("--folder")
    a.add_argument("--act-every", type=float, default=0.0)
    a.add_argument("--index", type=int, default=0)
    args = parser.parse_args()
    if args.command == "member":  # one member desk of ``desks``
        print(json.dumps(asyncio.run(member_desk(args.url, args.name, Path(args.folder), args.act_every, args.index))))
        return
    if REDIS_SERVER is None:
        sys.exit("redis-server not installed (apt-get install -y redis-server)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "redis").mkdir()
        with run_redis(folder / "redis") as server:
            if args.command == "desks":
                run = desks(server.url, folder, args.members, args.rate, args.seconds, args.act_every)
            elif args.command == "late-join":
                run = late_join_over(server, folder, args.messages, args.escalations, args.during, args.latency)
            else:
                run = memory(server.url, folder, args.rate, args.minutes, args.every)
            asyncio.run(run)


if __name__ == "__main__":
    main()
