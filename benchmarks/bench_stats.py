"""The producer's figures: cost of counting a message and of a snapshot, with many authors in the window.

Run: ``.venv/bin/python benchmarks/bench_stats.py`` (prints messages/s counted and ms per snapshot).
"""

from __future__ import annotations

import random
import time

from castguard.core.model import Author, ChatMessage, Decision, MessageRecord, MessageState, Verdict
from castguard.session.stats import SessionStats

TEXTS = ["great show, thanks!", "How do I get the slides for today's talk?", "this is boring", "hello from Ohio",
         "what a terrible stream", "lol", "Thank you, this program helped me so much"]  # fmt: skip


def records(n: int, authors: int, rate: float) -> list[MessageRecord]:
    rng = random.Random(7)
    t0 = 1_700_000_000.0
    out = []
    for seq in range(1, n + 1):
        # A fifth of the chat from a hundred loud accounts, the rest spread over everyone.
        a = f"u{rng.randrange(100) if rng.random() < 0.2 else rng.randrange(authors)}"
        m = ChatMessage("twitch:c", "twitch", "c", str(seq), Author(a, a), rng.choice(TEXTS), t0 + seq / rate,
                        t0 + seq / rate)  # fmt: skip
        out.append(MessageRecord(seq, m, Verdict((), Decision.PASS, None, rng.uniform(-1, 1)), MessageState.VISIBLE))
    return out


def main() -> None:
    n, rate = 400_000, 2000.0  # 200 s of a 2,000 messages/s chat
    batch = records(n, authors=50_000, rate=rate)
    stats = SessionStats()
    start = time.perf_counter()
    for r in batch:
        stats.add_message(r)
    took = time.perf_counter() - start
    print(f"add_message: {n / took:,.0f} messages/s ({took / n * 1e6:.2f} µs each)")
    now = batch[-1].message.received_at
    snaps = []
    for _ in range(10):
        start = time.perf_counter()
        snap = stats.snapshot(now)
        snaps.append(time.perf_counter() - start)
    c = snap.concentration
    assert c is not None
    ranks = []
    for _ in range(5):
        start = time.perf_counter()
        stats._authors.concentration(now)
        ranks.append(time.perf_counter() - start)
    print(f"ranking the accounts afresh: {sorted(ranks)[2] * 1000:.1f} ms (done at most every 5 s on a chat this busy)")
    print(f"snapshot: {sorted(snaps)[5] * 1000:.1f} ms median over 10 ({c.authors:,} authors, {c.messages:,} messages"
          f" in the window, covering {snap.concentration_window:.0f} s)")  # fmt: skip


if __name__ == "__main__":
    main()
