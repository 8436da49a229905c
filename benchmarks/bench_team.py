"""Team desk: publish rate, host → member latency, intent round trip, against a real redis-server.

One command (needs Debian's redis-server; starts its own on a free port of 127.0.0.1):

    .venv/bin/python benchmarks/bench_team.py [--messages 20000] [--rate 2000] [--intents 200]

1. publish rate: a burst of judged messages through the host service to the stream (entries/s);
2. end-to-end latency: messages at ``--rate`` msg/s, time from the host's ingest to a member's desk
   subscriber (median, p99);
3. intent round trip: a member's action (intent → host carries it out, records it → outcome back), median, p99.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from castguard.core.model import ActionKind, Author, ChatMessage, MessageRecord
from castguard.core.policy import load_policy
from castguard.filters.pipeline import Pipeline
from castguard.integrations.team.host import TeamHost
from castguard.integrations.team.link import Keys, connect
from castguard.integrations.team.member import MemberSession
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--rate", type=float, default=2000)
    parser.add_argument("--intents", type=int, default=200)
    args = parser.parse_args()
    if REDIS_SERVER is None:
        sys.exit("redis-server not installed (apt-get install -y redis-server)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "redis").mkdir()
        with run_redis(folder / "redis") as server:
            asyncio.run(bench(server.url, folder, args.messages, args.rate, args.intents))


if __name__ == "__main__":
    main()
