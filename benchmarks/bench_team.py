"""Team desk: publish rate, host → member latency, intent round trip, against a real redis-server.

One command (needs Debian's redis-server; starts its own on a free port of 127.0.0.1):

    .venv/bin/python benchmarks/bench_team.py [--messages 20000] [--rate 2000] [--intents 200]

1. publish rate: a burst of judged messages through the host service to the stream (entries/s);
2. end-to-end latency: messages at ``--rate`` msg/s, time from the host's ingest to a member's desk
   subscriber (median, p99);
3. intent round trip: a member's action (intent → host carries it out, records it → outcome back), median, p99.

With ``--processes 3`` the host and three member desks run in separate processes instead (``--seconds``
of chat at ``--rate``): host → desk latency of every message on each desk, the time from an action being
recorded by the host to each desk seeing it, and the acting desk's intent round trip, median and p99.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from castguard.core.model import ActionKind, ActionRecord, Author, ChatMessage, MessageRecord
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.integrations.team.host import TeamHost
from castguard.integrations.team.link import Keys, connect
from castguard.integrations.team.member import MemberSession
from castguard.session.actions import ActionError
from castguard.session.engine import Session
from castguard.session.store import Store
from tests.fakes.redisd import REDIS_SERVER, run_redis

TEXTS = ["hello doctor", "great show", "is this covered by insurance?", "you are full of shit", "thanks!"]


def message(i: int) -> ChatMessage:
    now = time.time()
    return ChatMessage("bench", "twitch", "c", f"m{i}", Author(f"u{i % 300}", f"user{i % 300}"),
                       TEXTS[i % len(TEXTS)], now, now)  # fmt: skip


class Quiet:
    """A source that stays connected and sends nothing: the benchmark feeds the session itself."""

    key = platform = "bench"
    capabilities: frozenset[ActionKind] = frozenset()

    async def events(self):  # type: ignore[no-untyped-def]
        await asyncio.Event().wait()
        yield

    async def perform(self, request: object) -> None:
        raise NotImplementedError

    async def aclose(self) -> None:
        pass


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


async def bench(url: str, folder: Path, n: int, rate: float, intents: int) -> None:
    policy = load_policy()
    session = Session(Store(folder / "host.db"), Pipeline(policy), [Quiet()], moderator="host",
                      flush_interval=0.05)  # fmt: skip
    host = TeamHost(session, connect(url), Keys("bench"), name="host")
    session.add_service(host)
    runner = asyncio.create_task(session.run())
    (folder / "m").mkdir()
    member = MemberSession(connect(url), Keys("bench"), policy, moderator="ana", mirror_dir=folder / "m")
    arrived: dict[int, float] = {}
    member.subscribe(lambda u: arrived.setdefault(u.seq, time.perf_counter()) if isinstance(u, MessageRecord) else None)
    follower = asyncio.create_task(member.run())
    await member.wait_ready()
    while not member.link.connected:
        await asyncio.sleep(0.01)

    # 1. publish rate: judged messages ingested in one burst, until the outbox is empty.
    messages = [message(i) for i in range(n)]
    start = time.perf_counter()
    for i in range(0, n, 32):
        for m, v in session.judge_many(messages[i : i + 32]):
            assert v is not None
            session._record(m, v)
        await asyncio.sleep(0)
    ingested = time.perf_counter() - start
    while host.outbox:
        await asyncio.sleep(0.001)
    published = time.perf_counter() - start
    print(f"publish: {n} messages judged+recorded+published in {published:.2f}s "
          f"({n / published:,.0f} msg/s; ingest alone {n / ingested:,.0f} msg/s)")  # fmt: skip
    while len(arrived) < n:
        await asyncio.sleep(0.01)

    # 2. end-to-end latency at a steady rate.
    sent: dict[int, float] = {}
    count = int(rate * 5)
    interval = 1 / rate
    base = n
    t0 = time.perf_counter()
    for i in range(count):
        due = t0 + i * interval
        if (wait := due - time.perf_counter()) > 0:
            await asyncio.sleep(wait)
        record = session.ingest(message(base + i))
        assert record is not None
        sent[record.seq] = time.perf_counter()
    while not all(s in arrived for s in sent):
        await asyncio.sleep(0.01)
    lat = [(arrived[s] - t) * 1000 for s, t in sent.items()]
    print(f"host → member at {rate:.0f} msg/s for 5 s: median {statistics.median(lat):.1f} ms, "
          f"p99 {pct(lat, 0.99):.1f} ms, max {max(lat):.1f} ms")  # fmt: skip

    # 3. intent round trip (notes: a desk-only action, so the platform is not part of the figure).
    trips = []
    for i in range(intents):
        seq = 1 + i
        start = time.perf_counter()
        await member.act(ActionKind.NOTE, seq, reason="bench")
        trips.append((time.perf_counter() - start) * 1000)
    print(f"intent round trip ({intents} actions): median {statistics.median(trips):.1f} ms, "
          f"p99 {pct(trips, 0.99):.1f} ms")  # fmt: skip
    for task in (follower, runner):
        task.cancel()
    await asyncio.gather(follower, runner, return_exceptions=True)
    member.close()


END = "bench: end of the chat"


async def desk(url: str, name: str, folder: Path, act_every: float) -> dict[str, list[float]]:
    """One member desk in its own process: latencies as it sees them (wall clock: one machine)."""
    member = MemberSession(connect(url), Keys("bench"), load_policy(), moderator=name, mirror_dir=folder)
    seen: dict[str, list[float]] = {"message": [], "action": [], "intent": []}
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
                seen["message"].append((now - update.message.received_at) * 1000)
        elif isinstance(update, ActionRecord):
            seen["action"].append((now - update.at) * 1000)

    member.subscribe(arrived)
    runner = asyncio.create_task(member.run())
    await member.wait_ready()
    print("ready", flush=True)
    while not ended.is_set():
        if act_every and last_seq:
            start = time.perf_counter()
            try:
                await member.act(ActionKind.NOTE, last_seq, reason="bench")
                seen["intent"].append((time.perf_counter() - start) * 1000)
            except ActionError as exc:
                seen.setdefault("failed", []).append(0.0)
                print(f"desk {name}: intent failed: {exc}", file=sys.stderr)
        try:
            await asyncio.wait_for(ended.wait(), act_every or 3600)
        except TimeoutError:
            pass
    runner.cancel()
    await asyncio.gather(runner, return_exceptions=True)
    member.close()
    return seen


async def separate(url: str, folder: Path, desks: int, rate: float, seconds: float) -> None:
    """The host here, ``desks`` member desks in their own processes (one of them acting once a second)."""
    policy = load_policy()
    session = Session(Store(folder / "host.db"), Pipeline(policy), [Quiet()], moderator="host",
                      flush_interval=0.05)  # fmt: skip
    host = TeamHost(session, connect(url), Keys("bench"), name="host")
    session.add_service(host)
    runner = asyncio.create_task(session.run())
    procs = []
    for i in range(desks):
        (folder / f"d{i}").mkdir()
        procs.append(await asyncio.create_subprocess_exec(
            sys.executable, __file__, "--desk", f"desk{i}", "--url", url, "--folder", str(folder / f"d{i}"),
            "--act-every", "1" if i == 0 else "0", stdout=asyncio.subprocess.PIPE,
        ))  # fmt: skip
    for proc in procs:
        assert proc.stdout is not None
        assert (await proc.stdout.readline()).strip() == b"ready"
    count = int(rate * seconds)
    t0 = time.perf_counter()
    for i in range(count):
        if (wait := t0 + i / rate - time.perf_counter()) > 0:
            await asyncio.sleep(wait)
        session.ingest(message(i))
    sent = time.perf_counter() - t0
    now = time.time()
    session.ingest(ChatMessage("bench", "twitch", "c", "end", Author("u", "u"), END, now, now))
    results = []
    for i, proc in enumerate(procs):
        out, _ = await proc.communicate()
        lines = out.decode().splitlines()
        if proc.returncode != 0 or not lines:
            sys.exit(f"desk{i} failed (exit status {proc.returncode})")
        results.append(json.loads(lines[-1]))
    print(f"host + {desks} desks in separate processes, {count:,} messages at {rate:,.0f} msg/s "
          f"(sent in {sent:.1f}s):")  # fmt: skip
    for i, seen in enumerate(results):
        line = [f"  desk{i}: host → desk median {statistics.median(seen['message']):.1f} ms, "
                f"p99 {pct(seen['message'], 0.99):.1f} ms"]  # fmt: skip
        if seen["action"]:
            line.append(f"action recorded → on this desk median {statistics.median(seen['action']):.1f} ms, "
                        f"p99 {pct(seen['action'], 0.99):.1f} ms")  # fmt: skip
        if seen.get("failed"):
            line.append(f"{len(seen['failed'])} intent(s) failed")
        if seen["intent"]:
            line.append(f"intent round trip median {statistics.median(seen['intent']):.1f} ms, "
                        f"p99 {pct(seen['intent'], 0.99):.1f} ms ({len(seen['intent'])} intents)")  # fmt: skip
        print("; ".join(line))
    info = await host.client.info("memory")
    print(f"  Redis memory at the end: {int(info['used_memory']) / 1e6:.1f} MB "
          f"(stream {await host.client.xlen(Keys('bench').updates):,} entries)")  # fmt: skip
    runner.cancel()
    await asyncio.gather(runner, return_exceptions=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--rate", type=float, default=2000)
    parser.add_argument("--intents", type=int, default=200)
    parser.add_argument("--processes", type=int, default=0, metavar="DESKS",
                        help="host and DESKS member desks in separate processes")  # fmt: skip
    parser.add_argument("--seconds", type=float, default=10.0, help="with --processes: how long the chat runs")
    parser.add_argument("--desk", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--act-every", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.desk:  # one member desk of --processes
        seen = asyncio.run(desk(args.url, args.desk, Path(args.folder), args.act_every))
        print(json.dumps(seen))
        return
    if REDIS_SERVER is None:
        sys.exit("redis-server not installed (apt-get install -y redis-server)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "redis").mkdir()
        with run_redis(folder / "redis") as server:
            if args.processes:
                asyncio.run(separate(server.url, folder, args.processes, args.rate, args.seconds))
            else:
                asyncio.run(bench(server.url, folder, args.messages, args.rate, args.intents))


if __name__ == "__main__":
    main()
