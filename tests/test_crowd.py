"""Raid and spike detection on synthetic streams: a raid, a copy-paste flood, an organic burst."""

from __future__ import annotations

import random

import pytest

from castguard.connectors.demo import DemoBroadcast, Line
from castguard.core.model import ChatMessage, Finding
from castguard.core.policy import load_policy, parse_policy
from castguard.filters.crowd import CrowdFilter
from tests.filter_helpers import msg

T0 = 1_700_000_000.0
CHAT = [
    "great stream",
    "thanks doc",
    "what time does the clinic open?",
    "hello from ohio",
    "is there a replay?",
    "audio is low",
    "love this",
    "can you talk about flu shots",
    "first time here",
    "so helpful",
    "lol",
    "same",
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


# -- a big chat: rate-aware copy-paste detection ---------------------------------------------------------------


def busy_chat(start: float, seconds: float, rate: float = 2000.0, seed: int = 5) -> list[ChatMessage]:
    """Ordinary chatter of a ``rate`` messages/s chat, as the demo's audience writes it (no raids, no incidents)."""
    from castguard.connectors.demo_chat import Chatter

    rnd = random.Random(seed)
    chatter = Chatter(rnd, rate)
    audience = int(rate * 30)
    return [
        msg(chatter.line("twitch"), author=f"v{rnd.randrange(audience)}", at=start + i / rate, mid=f"b{i}")
        for i in range(int(seconds * rate))
    ]


def test_emote_walls_and_short_reactions_from_a_whole_chat_are_not_raids() -> None:
    walls = [
        "KEKW KEKW KEKW KEKW", "W W W W W W W W W W", "💀💀💀💀💀💀💀💀💀💀💀💀💀💀💀💀💀💀",
        "PogChamp PogChamp PogChamp",
        "LUL LUL KEKW KEKW LUL LUL", "❤️ ❤️ ❤️ ❤️ ❤️ ❤️ ❤️ ❤️", "L L L L L L L L L L L L", "lol lol lol lol lol lol",
        "!!!!!!!!!!!!!!!!!!!!!!", "KEKW 💀 KEKW 💀 KEKW 💀 KEKW",
    ]  # fmt: skip
    filt = CrowdFilter(load_policy())
    found = [filt.scan(msg(walls[i % len(walls)], author=f"v{i}", at=T0 + i * 0.005)) for i in range(3000)]
    assert not any(f.category == "crowd.raid" for fs in found for f in fs)


def test_a_link_raid_of_30_accounts_is_caught_inside_a_busy_chat() -> None:
    link = "the truth about statins is here: statin-truth.info/exposed"
    chat = busy_chat(T0, 80.0)
    for raid_at in (20.0, 65.0):  # while the window is still filling, and once it is full
        stream = [m for m in chat if m.received_at < T0 + raid_at + 15]
        raiders = [f"raider{i}" for i in range(30)]
        stream += [msg(link, author=a, at=T0 + raid_at + i * 0.3, mid=f"x{i}") for i, a in enumerate(raiders)]
        results = run(CrowdFilter(load_policy()), stream)
        hits = [f for m, fs in results if m.text == link for f in fs if f.rule == "raid.copy_paste"]
        assert hits, f"a 30-account link raid at +{raid_at:.0f}s went unseen in a 2,000 msg/s chat"
        assert set(hits[-1].accounts) == set(raiders)  # the desk can act on every one of them


def test_a_greeting_the_chat_keeps_using_is_baseline_but_a_new_burst_is_a_raid() -> None:
    rnd = random.Random(4)
    stream = background(rnd, T0, 300, 20.0, viewers=3000)
    greeting = "hello everyone from Ohio"
    # 40 viewers a minute say exactly this, all show long: the chat's own habit, not a raid.
    stream += [msg(greeting, author=f"oh{i}", at=T0 + i * 1.5, mid=f"g{i}") for i in range(200)]
    paste = "report this channel, the doctor is a fraud"
    stream += [msg(paste, author=f"acct{i}", at=T0 + 250 + i, mid=f"p{i}") for i in range(12)]
    results = run(CrowdFilter(load_policy()), stream)
    late = [(m, f) for m, fs in results if m.received_at >= T0 + 120 for f in fs if f.category == "crowd.raid"]
    assert late and {m.text for m, _ in late} == {paste}
    assert "in the 60s before" not in late[0][1].detail  # the pasted text had no baseline


def test_the_copies_needed_grow_with_the_chat() -> None:
    filt = CrowdFilter(load_policy())
    s = filt.settings
    assert filt._copy_bar(300, 60.0, 0) == s.copy_authors  # 5 msg/s: the plain count
    assert filt._copy_bar(120_000, 60.0, 0) == 24  # 2,000 msg/s over a full minute
    assert filt._copy_bar(20_000, 10.0, 0) == 24  # the same chat ten seconds in
    assert filt._copy_bar(120_000, 60.0, 10) == 24 + s.copy_baseline_factor * 10


@pytest.fixture(scope="module")
def demo_at_2000() -> list[tuple[Line, list[Finding]]]:
    """Two simulated minutes of the demo broadcast at 2,000 messages/s through the crowd detector."""
    demo = DemoBroadcast(seed=7, rate=2000.0)
    filt = CrowdFilter(load_policy())
    out = []
    for n, line in enumerate(demo.lines(), start=1):
        message = demo.message(n, line.platform, line.author, line.text, T0 + (n - 1) / demo.rate)
        out.append((line, filt.scan(message)))
        if n >= 120 * demo.rate:
            break
    return out


def test_demo_at_2000_per_second_every_scripted_raid_is_caught_with_its_accounts(
    demo_at_2000: list[tuple[Line, list[Finding]]],
) -> None:
    raids: dict[str, set[str]] = {}  # episode -> its accounts ("r<episode>-<i>")
    for line, _ in demo_at_2000:
        if line.scene == "raid":
            raids.setdefault(line.author.id.split("-")[0], set()).add(line.author.id)
    assert len(raids) == 2  # a flood at +40 s, a link brigade at +100 s
    named = {a for _, fs in demo_at_2000 for f in fs if f.category == "crowd.raid" for a in f.accounts}
    for episode, accounts in raids.items():
        flagged = [
            ln for ln, fs in demo_at_2000 if ln.author.id in accounts and any(f.category == "crowd.raid" for f in fs)
        ]
        assert flagged, f"raid {episode} went unseen"
        assert accounts <= named, f"raid {episode}: accounts not named {sorted(accounts - named)}"


def test_demo_at_2000_per_second_ordinary_chatter_is_not_a_raid(
    demo_at_2000: list[tuple[Line, list[Finding]]],
) -> None:
    chatter = [(i, fs) for i, (ln, fs) in enumerate(demo_at_2000) if ln.scene == "chatter"]
    false = [i for i, fs in chatter if any(f.category == "crowd.raid" for f in fs)]
    # Before the fix 94% of the chatter was flagged. What is left are common greetings ("hi all from
    # Ohio") while the detector has no baseline for them yet: at most one ordinary message in 200 ...
    assert len(false) / len(chatter) < 0.005
    # ... and none once the window before is known (the link brigade at +100 s still is, above).
    assert not [i for i in false if i / 2000.0 >= 100.0]
