"""Raid detection on the demo broadcast at any rate: how much is flagged, and is it the scripted raids?

    python benchmarks/bench_crowd.py [--rates 5,50,500,2000] [--seconds 240] [--seed 7]

For each rate the demo script (:meth:`castguard.connectors.demo.DemoBroadcast.lines`) is
played through the whole default pipeline (``Pipeline(load_policy())``,
``evaluate_many`` in batches as the engine judges a backlog) without sleeping:
line ``n`` is received at ``n / rate`` seconds, the demo's own schedule. The
script says what each line is meant to be (ordinary chatter, an incident, a
raid); that label stays on the benchmark's side, the filters never see it.

Printed per rate:

- the share of all messages flagged ``crowd.raid``, ``crowd.spike`` and
  ``spam.*``, and the share of ordinary chatter flagged ``crowd.raid`` (false
  raids: what a moderator would have to wade through);
- precision and recall of ``crowd.raid`` against the scripted raid lines
  (message level: a causal detector cannot flag the first few copies before
  the threshold is reached), how many scripted raid episodes got at least one
  flag, and how many of the scripted raiders the findings name (what the desk's
  "act on the whole raid" key would reach).

Every run covers at least ``--min-messages`` lines (so slow rates still see
several raids) and at least ``--seconds`` simulated seconds.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import machine

from castguard.connectors.demo import DemoBroadcast, Line
from castguard.core.model import ChatMessage, Verdict
from castguard.core.policy import Policy, load_policy
from castguard.filters.pipeline import Pipeline

T0 = 1_700_000_000.0
#: Scripted raid lines further apart than this (simulated seconds) belong to different episodes.
EPISODE_GAP = 5.0


@dataclass
class Outcome:
    """What the pipeline made of one demo run."""

    rate: float
    seconds: float
    lines: list[Line] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    elapsed: float = 0.0

    def _share(self, hits: Sequence[bool], among: Sequence[bool] | None = None) -> float:
        among = among if among is not None else [True] * len(hits)
        total = sum(among)
        return sum(h and a for h, a in zip(hits, among, strict=True)) / total if total else 0.0

    def raid_flags(self) -> list[bool]:
        """Per message: flagged ``crowd.raid``."""
        return ["crowd.raid" in v.categories for v in self.verdicts]

    def figures(self) -> dict[str, float]:
        """The measured figures (shares in 0..1; counts as floats)."""
        raid = self.raid_flags()
        scripted = [line.scene == "raid" for line in self.lines]
        chatter = [line.scene == "chatter" for line in self.lines]
        spike = ["crowd.spike" in v.categories for v in self.verdicts]
        spam = [any(c.startswith("spam.") for c in v.categories) for v in self.verdicts]
        tp = sum(r and s for r, s in zip(raid, scripted, strict=True))
        episodes = self.episodes()
        caught = sum(any(raid[i] for i in episode) for episode in episodes)
        raiders = {self.lines[i].author.id for i, s in enumerate(scripted) if s}
        named = {a for v in self.verdicts for f in v.findings if f.category == "crowd.raid" for a in f.accounts}
        return {
            "messages": float(len(self.lines)),
            "raid_share": self._share(raid),
            "spike_share": self._share(spike),
            "spam_share": self._share(spam),
            "chatter_raid_share": self._share(raid, chatter),
            "precision": tp / sum(raid) if sum(raid) else 1.0,
            "recall": tp / sum(scripted) if sum(scripted) else 1.0,
            "episodes": float(len(episodes)),
            "caught": float(caught),
            "raiders": float(len(raiders)),
            "raiders_named": float(len(raiders & named)),
            "msg_per_s": len(self.lines) / self.elapsed if self.elapsed else 0.0,
        }

    def episodes(self) -> list[list[int]]:
        """Indices of the scripted raid lines, grouped into episodes."""
        out: list[list[int]] = []
        last = -1e9
        for i, line in enumerate(self.lines):
            if line.scene != "raid":
                continue
            at = i / self.rate
            if at - last > EPISODE_GAP or not out:
                out.append([])
            out[-1].append(i)
            last = at
        return out


def demo_stream(rate: float, count: int, seed: int = 7) -> tuple[list[Line], list[ChatMessage]]:
    """The first ``count`` lines of the demo at ``rate`` and the messages as the demo delivers them."""
    demo = DemoBroadcast(seed=seed, rate=rate)
    lines: list[Line] = []
    messages: list[ChatMessage] = []
    for n, line in enumerate(demo.lines(), start=1):
        lines.append(line)
        messages.append(demo.message(n, line.platform, line.author, line.text, T0 + (n - 1) / rate))
        if n >= count:
            break
    return lines, messages


def run(rate: float, seconds: float, policy: Policy, seed: int = 7, batch: int = 64) -> Outcome:
    """Play ``seconds`` of the demo at ``rate`` through a fresh pipeline."""
    count = max(1, int(seconds * rate))
    lines, messages = demo_stream(rate, count, seed)
    pipeline = Pipeline(policy)
    outcome = Outcome(rate, seconds, lines)
    start = time.perf_counter()
    for i in range(0, len(messages), batch):
        outcome.verdicts += pipeline.evaluate_many(messages[i : i + batch])
    outcome.elapsed = time.perf_counter() - start
    return outcome


def main(argv: Sequence[str] | None = None) -> int:
    """Run the demo at each rate and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", default="5,50,500,2000", help="comma-separated messages/s")
    parser.add_argument("--seconds", type=float, default=240.0, help="simulated seconds per rate (at least)")
    parser.add_argument("--min-messages", type=int, default=3000, help="messages per rate (at least)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--policy", type=Path, help="policy file (default: the shipped one)")
    args = parser.parse_args(argv)
    policy = load_policy(args.policy)
    print(f"machine: {machine()}")
    print(f"policy: {policy.name} ({policy.version}); demo seed {args.seed}")
    header = (
        f"{'msg/s':>6} {'secs':>5} {'messages':>9} {'raid%':>7} {'chat→raid%':>10} {'spike%':>7} {'spam%':>7}"
        f" {'raid P':>7} {'raid R':>7} {'episodes':>9} {'raiders':>9} {'judged/s':>9}"
    )
    print(header)
    for rate in (float(r) for r in args.rates.split(",")):
        seconds = max(args.seconds, args.min_messages / rate)
        f = run(rate, seconds, policy, args.seed).figures()
        print(
            f"{rate:>6,.0f} {seconds:>5.0f} {f['messages']:>9,.0f} {f['raid_share']:>7.2%} "
            f"{f['chatter_raid_share']:>10.2%} {f['spike_share']:>7.3%} {f['spam_share']:>7.2%} "
            f"{f['precision']:>7.3f} {f['recall']:>7.3f} {f['caught']:>4.0f}/{f['episodes']:<4.0f} "
            f"{f['raiders_named']:>4.0f}/{f['raiders']:<4.0f} {f['msg_per_s']:>9,.0f}"
        )
    print("raid%: messages flagged crowd.raid; chat→raid%: ordinary chatter flagged crowd.raid;")
    print("raid P/R: precision/recall of crowd.raid against the scripted raid lines; episodes: scripted raids")
    print("with at least one flag; raiders: scripted raid accounts named by a finding")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
