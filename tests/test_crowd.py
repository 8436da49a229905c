"""Raid and spike detection on synthetic streams: a raid, a copy-paste flood, an organic burst."""

from __future__ import annotations

import random

from castguard.model import ChatMessage, Finding
from castguard.policy import load_policy, parse_policy
from filters.crowd import CrowdFilter
from tests.filter_helpers import msg

T0 = 1_700_000_000.0
CHAT = [
    "great stream", "thanks doc", "what time does the clinic open?", "hello from ohio", "is there a replay?",
    "audio is low", "love this", "can you talk about flu shots", "first time here", "so helpful", "lol", "same",
]


def background(rnd: random.Random, start: float, seconds: float, rate: float, viewers: int = 400) -> list[ChatMessage]:
    """Ordinary chat: ``rate`` messages per second from many viewers, varied texts."""
    out = []
    n = int(seconds * rate)
    for i in range(n):
        text = f"{rnd.choice(CHAT)} {rnd.randint(0, 999)}"
        out.append(msg(text, author=f"viewer{rnd.randrange(viewers)}", at=start + i / rate, mid=f"bg{start}-{i}"))
    return out


def run(filt: CrowdFilter, stream: list[ChatMessage]) -> list[tuple[ChatMessage, list[Finding]]]:
    return [(m, filt.scan(m)) for m in sorted(stream, key=lambda m: m.received_at)]


def raid_findings(results: list[tuple[ChatMessage, list[Finding]]], rule: str) -> list[Finding]:
    return [f for _, found in results for f in found if f.rule == rule]


def test_a_handful_of_accounts_flooding_is_a_raid_naming_them() -> None:
    rnd = random.Random(1)
    stream = background(rnd, T0, 180, 2.0)
    raiders = ["bot1", "bot2", "bot3"]
    for i in range(150):  # 3 accounts, 50 messages each within 60 s, from t = +120 s
        stream.append(msg(f"buy followers now {i}", author=raiders[i % 3], at=T0 + 120 + i * 0.4, mid=f"r{i}"))
    results = run(CrowdFilter(load_policy()), stream)
    found = raid_findings(results, "raid.few_accounts")
    assert found, "the raid was not detected"
    assert set(found[-1].accounts) == set(raiders)
    assert all(f.category == "crowd.raid" for f in found)
    flagged_authors = {m.author.id for m, fs in results if any(f.rule == "raid.few_accounts" for f in fs)}
    assert flagged_authors == set(raiders)
    # Nothing before the raid started.
    assert not any(f.category == "crowd.raid" for m, fs in results if m.received_at < T0 + 120 for f in fs)


def test_copy_paste_flood_from_many_accounts() -> None:
    rnd = random.Random(2)
    stream = background(rnd, T0, 120, 1.0)
    paste = "THIS DOCTOR IS A FRAUD, REPORT THIS CHANNEL NOW!!!"
    for i in range(12):
        stream.append(msg(paste if i % 2 else paste.lower() + " ", author=f"acct{i}", at=T0 + 90 + i, mid=f"c{i}"))
    results = run(CrowdFilter(load_policy()), stream)
    hits = [(m, f) for m, fs in results for f in fs if f.rule == "raid.copy_paste"]
    assert len(hits) == 12 - 4  # from the fifth account on, every copy is marked
    assert set(hits[-1][1].accounts) == {f"acct{i}" for i in range(12)}
    assert all(m.text.strip().lower() == paste.lower() for m, _ in hits)


def test_organic_burst_is_a_spike_but_never_a_raid() -> None:
    rnd = random.Random(3)
    stream = background(rnd, T0, 240, 1.0, viewers=300)
    # Something exciting happens: 1,500 viewers send 25 messages/s of different texts for 30 s.
    stream += background(rnd, T0 + 240, 30, 25.0, viewers=1500)
    results = run(CrowdFilter(load_policy()), stream)
    assert not any(f.category == "crowd.raid" for _, fs in results for f in fs)
    spikes = [f for _, fs in results for f in fs if f.category == "crowd.spike"]
    assert len(spikes) == 1  # once per episode, not on every message
    assert spikes[0].accounts and "msg/s" in spikes[0].detail


def test_short_reactions_from_everyone_are_not_copy_paste() -> None:
    filt = CrowdFilter(load_policy())
    found = [filt.scan(msg("LUL", author=f"v{i}", at=T0 + i * 0.1)) for i in range(200)]
    assert not any(f.category == "crowd.raid" for fs in found for f in fs)


def test_no_spike_before_warmup_and_state_survives_policy_reload() -> None:
    filt = CrowdFilter(load_policy())
    for i in range(100):  # a burst in the first seconds: no baseline yet
        found = filt.scan(msg(f"hi {i}", author=f"v{i}", at=T0 + i * 0.05))
        assert not [f for f in found if f.category == "crowd.spike"]
    paste = "the same long pasted text for the raid"
    for i in range(4):
        filt.scan(msg(paste, author=f"acct{i}", at=T0 + 10 + i))
    filt.update_policy(parse_policy("[crowd]\ncopy_authors = 5\n"))
    found = filt.scan(msg(paste, author="acct4", at=T0 + 15))
    assert [f.rule for f in found] == ["raid.copy_paste"]
    assert len(found[0].accounts) == 5


def test_clock_going_back_resets_the_window() -> None:
    filt = CrowdFilter(load_policy())
    paste = "the same long pasted text for the raid"
    for i in range(4):
        filt.scan(msg(paste, author=f"acct{i}", at=T0 + i))
    # A replay seek back in time: the four earlier copies must not count.
    assert filt.scan(msg(paste, author="acct9", at=T0 - 3600)) == []
