"""Promote or protect: who drives the chat, how negative it is against the policy's threshold, what to amplify."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from castguard.core.model import (
    ActionKind,
    ActionResult,
    Author,
    ChatMessage,
    Decision,
    Finding,
    MessageRecord,
    MessageState,
    Severity,
    Verdict,
)
from castguard.core.policy import load_policy
from castguard.review.report import build_report, render_markdown
from castguard.review.report_html import render_html
from castguard.session.audience import Contributor, Stance, amplify_kind, concentration, stance
from castguard.session.stats import SessionStats
from castguard.session.store import Store

T0 = 1_700_000_000.0


def rec(seq: int, at: float, author: str, sentiment: float = 0.0, text: str = "", *,
        findings: tuple[Finding, ...] = (), state: MessageState = MessageState.VISIBLE,
        source: str = "twitch:clinic") -> MessageRecord:  # fmt: skip
    message = ChatMessage(source, "twitch", "clinic", f"m{seq}", Author(author, author.title()), text or f"t{seq}",
                          at, at)  # fmt: skip
    severity = max((f.severity for f in findings), default=None)
    decision = Decision.FLAG if findings else Decision.PASS
    return MessageRecord(seq, message, Verdict(findings, decision, severity, sentiment), state)


def stream() -> list[MessageRecord]:
    """200 accounts over 100 seconds: two loud detractors, one fan, 197 one-message viewers (40 of them negative).

    300 messages, 100 negative. The top 1% is the two loud accounts: 100 of the 300 messages (a third) and
    60 of the 100 negative ones.
    """
    out: list[MessageRecord] = []

    def add(author: str, sentiment: float) -> None:
        out.append(rec(len(out) + 1, T0 + len(out) / 3, author, sentiment))

    for i in range(60):
        add("loud1", -0.6 if i < 40 else 0.0)
    for i in range(40):
        add("loud2", -0.5 if i < 20 else 0.0)
    for _ in range(3):
        add("fan", 0.7)
    for i in range(197):
        add(f"viewer{i}", -0.4 if i < 40 else 0.0)
    return sorted(out, key=lambda r: r.seq)


def test_the_top_one_percent_of_accounts_and_their_share_of_messages_and_of_negative_ones() -> None:
    stats = SessionStats()
    for r in stream():
        stats.add_message(r)
    c = stats.snapshot(T0 + 100).concentration
    assert c is not None
    assert (c.authors, c.messages, c.negative) == (200, 300, 100)
    assert [x.author_id for x in c.top] == ["loud1", "loud2"]
    assert (c.top_messages, c.top_negative) == (100, 60)
    assert c.author_share == pytest.approx(0.01)
    assert c.message_share == pytest.approx(1 / 3)
    assert c.negative_share == pytest.approx(0.6)
    # Advocates are mostly positive, detractors mostly negative; one negative message makes nobody a detractor.
    assert [x.author_id for x in c.advocates] == ["fan"]
    assert [x.author_id for x in c.detractors] == ["loud1", "loud2"]
    # The named accounts carry their newest message: where the author card and a bulk action start.
    assert c.top[0].last_seq == 60 and c.top[1].last_seq == 100


def test_the_channels_own_people_are_not_its_audience() -> None:
    """The presenter answering and the moderators are neither advocates nor top contributors (demo: the host)."""
    for policy in (None, load_policy()):
        stats = SessionStats(policy=policy)
        for r in stream():
            stats.add_message(r)
        for i in range(30):
            staff = rec(400 + i, T0 + 50, "host", 0.8, "thank you all for the questions!")
            host = replace(staff.message.author, name="Dr. Amara Lee", roles=frozenset({"broadcaster"}))
            stats.add_message(replace(staff, message=replace(staff.message, author=host)))
        c = stats.snapshot(T0 + 100).concentration
        assert c is not None and c.authors == 200
        assert "host" not in [x.author_id for x in (*c.top, *c.advocates, *c.detractors)]


def test_concentration_is_over_a_window_and_forgets_older_messages() -> None:
    stats = SessionStats(concentration_window=50.0)
    for r in stream():
        stats.add_message(r)
    c = stats.snapshot(T0 + 100).concentration
    # Messages up to second 50 (the first 150: both loud accounts and the fan) have left the window.
    assert c is not None and c.messages == 149 and c.authors == 149
    assert "loud1" not in {x.author_id for x in c.top}
    empty = stats.snapshot(T0 + 1000).concentration
    assert empty is not None and (empty.authors, empty.top, empty.message_share) == (0, (), None)


def test_more_authors_name_more_accounts_and_ties_are_broken_the_same_way_every_time() -> None:
    # 250 accounts with five messages each: the top 1% is three, chosen by account id among equals.
    accounts = [Contributor("s", f"a{n:03}", f"A{n}", 5, 0, 0, n) for n in reversed(range(250))]
    assert [c.author_id for c in concentration(accounts).top] == ["a000", "a001", "a002"]


@pytest.mark.parametrize(
    ("share", "expected"),
    [(0.8, Stance.PROTECT), (0.95, Stance.PROTECT), (0.79, Stance.PROMOTE), (0.0, Stance.PROMOTE), (None, None)],
)
def test_protect_at_or_above_the_threshold_promote_below(share: float | None, expected: Stance | None) -> None:
    assert stance(share, 0.8) is expected


def test_the_producer_sees_protect_with_the_trend_when_the_chat_turns_negative() -> None:
    stats = SessionStats(sentiment_alert=0.8, bucket=10.0, buckets=6)
    seq = 0
    for second in range(60):  # two messages a second; negative from second 30 on, 9 in 10 of them
        for k in range(2):
            seq += 1
            negative = second >= 30 and seq % 10 != 0
            stats.add_message(rec(seq, T0 + second + k / 2, f"v{seq % 37}", -0.6 if negative else 0.3))
    early = stats.snapshot(T0 + 29.9)
    assert early.stance is Stance.PROMOTE and early.negative_share == 0.0
    snap = stats.snapshot(T0 + 59.9)
    assert snap.negative_trend[:3] == [0.0, 0.0, 0.0]
    assert all(s is not None and s == pytest.approx(0.9) for s in snap.negative_trend[3:])
    assert snap.negative_share == pytest.approx(0.45) and snap.stance is Stance.PROMOTE
    later = stats.snapshot(T0 + 89.9)  # the last minute is now the negative half alone
    assert later.negative_share == pytest.approx(0.9) and later.stance is Stance.PROTECT
    assert SessionStats().snapshot(T0).stance is None  # no sample, no verdict


QUESTION = "What are the warning signs of a stroke in women?"
TESTIMONIAL = "Thank you, this program helped me so much"
PHONE = Finding("privacy.phone", Severity.CRITICAL, 0, 4, "phone")


def test_amplify_positive_messages_good_questions_and_testimonials_never_flagged_ones() -> None:
    assert amplify_kind(rec(1, T0, "a", 0.6, TESTIMONIAL)) == "testimonial"
    assert amplify_kind(rec(2, T0, "a", 0.0, QUESTION)) == "question"
    assert amplify_kind(rec(3, T0, "a", 0.8, "what a great show")) == "positive"
    assert amplify_kind(rec(8, T0, "a", 0.4, "what time does the next live start? thanks in advance")) == "question"
    for n, asked in enumerate(
        (
            "¿cuál es la presión arterial ideal para un hombre de 50?",
            "где можно сдать анализ на холестерин?",
            "Where can I get the slides of today?",
        )
    ):
        assert amplify_kind(rec(20 + n, T0, "a", 0.5, asked)) == "question", asked
    assert amplify_kind(rec(4, T0, "a", 0.1, "ok")) is None  # mild is not worth the air
    assert amplify_kind(rec(5, T0, "a", -0.6, "why is this show so bad?")) is None  # a hostile question
    assert amplify_kind(rec(6, T0, "a", 0.6, TESTIMONIAL + " call 555-0100", findings=(PHONE,))) is None
    assert amplify_kind(rec(7, T0, "a", 0.6, TESTIMONIAL, state=MessageState.HIDDEN)) is None


def test_the_amplify_lane_is_newest_first_marks_pins_and_drops_messages_taken_off() -> None:
    from tests.test_stats import act

    stats = SessionStats()
    stats.add_message(rec(1, T0, "a", 0.6, TESTIMONIAL))
    stats.add_message(rec(2, T0 + 1, "b", 0.0, QUESTION))
    stats.add_message(rec(3, T0 + 2, "c", -0.5, "boring"))
    lane = stats.snapshot(T0 + 3).amplify
    assert [(a.record.seq, a.kind, a.pinned) for a in lane] == [(2, "question", False), (1, "testimonial", False)]
    stats.add_action(act(ActionKind.PIN, 1, T0 + 4, "pat"))
    snap = stats.snapshot(T0 + 5)
    assert snap.pinned == {1} and [a.pinned for a in snap.amplify] == [False, True]
    stats.add_action(act(ActionKind.UNPIN, 1, T0 + 6, "pat"))
    assert stats.snapshot(T0 + 7).pinned == frozenset()
    stats.update_record(rec(2, T0 + 1, "b", 0.0, QUESTION, state=MessageState.HIDDEN))
    assert [a.record.seq for a in stats.snapshot(T0 + 8).amplify] == [1]


def test_the_report_states_promote_or_protect_with_its_trend_and_the_concentration(tmp_path: Path) -> None:
    path = tmp_path / "broadcast.db"
    store = Store(path)
    records = stream()
    for r in records:
        store.add_message(r)
    store.add_action(actor="pat", kind=ActionKind.PIN, result=ActionResult.DONE, message_seq=101,
                     source="twitch:clinic", author_id="fan", at=T0 + 50)  # fmt: skip
    store.close()
    store = Store(path, readonly=True)
    try:
        report = build_report(store)
    finally:
        store.close()
    pp = report["promote_or_protect"]
    # The default policy protects at 60% negative: a third of this chat is negative.
    assert pp["threshold"] == 0.6 and pp["negative_share"] == pytest.approx(1 / 3, abs=1e-4)
    assert pp["state"] == "PROMOTE"
    assert sum(p["messages"] for p in pp["trend"]) == 300 and sum(p["negative"] for p in pp["trend"]) == 100
    # The loud accounts come first, so the first buckets are mostly negative: the peak is above the threshold.
    assert pp["peak_share"] >= 0.6 and pp["protect_buckets"] >= 1
    c = pp["concentration"]
    assert (c["authors"], c["top_accounts"], c["message_share"], c["negative_share"]) == (200, 2, 0.3333, 0.6)
    assert [a["author_id"] for a in c["top"]] == ["loud1", "loud2"]
    assert [a["author_id"] for a in pp["detractors"]] == ["loud1", "loud2"]
    assert [a["author_id"] for a in pp["advocates"]] == ["fan"] and pp["pins"] == 1
    markdown = render_markdown(report)
    assert "## Promote or protect" in markdown and "**PROMOTE**" in markdown
    assert "1.0% of contributors (2 of 200) drove 33% of the activity and 60% of the negative messages" in markdown
    page = render_html(report)
    assert "<h2>Promote or protect</h2>" in page and re.search(r"<h3>Detractors</h3>.*Loud1", page, re.S)


def test_a_producer_desk_of_a_team_session_may_pin_and_an_observer_may_not() -> None:
    from castguard.integrations.team.claims import allowed

    assert allowed("producer", ActionKind.PIN) and allowed("producer", ActionKind.UNPIN)
    assert not allowed("observer", ActionKind.PIN)


def test_a_chat_busier_than_the_message_cap_says_how_many_seconds_its_concentration_covers() -> None:
    from castguard.session.audience import AuthorWindow

    window = AuthorWindow(600.0, max_messages=100)
    for i in range(300):  # ten a second for thirty seconds
        window.add(rec(i + 1, T0 + i / 10, f"v{i % 7}"))
    assert sum(c.messages for c in window.contributors(T0 + 30)) == 100
    assert window.covers(T0 + 30) == pytest.approx(10.0)  # the newest 100: from second 20 on
    assert AuthorWindow(600.0).covers(T0) == 600.0


def test_a_crowded_window_is_ranked_again_at_most_every_few_seconds() -> None:
    from castguard.session.stats import CHEAP_ACCOUNTS, CONCENTRATION_REFRESH

    stats = SessionStats()
    for i in range(CHEAP_ACCOUNTS + 10):
        stats.add_message(rec(i + 1, T0 + i / 1000, f"v{i}"))
    first = stats.snapshot(T0 + 3).concentration
    assert stats.snapshot(T0 + 3 + CONCENTRATION_REFRESH / 2).concentration is first
    stats.add_message(rec(99_999, T0 + 4, "v0"))
    again = stats.snapshot(T0 + 3 + CONCENTRATION_REFRESH).concentration
    assert again is not first and again is not None and again.messages == CHEAP_ACCOUNTS + 11


# Unflagged by the pipeline, but health stories: never offered to the air. Each has a look-alike that is fine.
HEALTH_STORIES = (
    "Lipitor changed my life, thank you so much",  # a product credited: a claim
    "thanks to atorvastatin I feel better every day, thank you",
    "turmeric helped me so much with my blood pressure, thank you",  # a remedy's claim below the claim rules
    "my husband had a stent put in last year and he's doing great now thanks to his doctors",  # someone's health
    "My dad has AFib, is the keto diet safe for him?",  # a question that tells someone's health
    "I got my second dose today, thanks!",
    "gracias doctora, desde que tomo enalapril me siento mejor",
    "a mi mamá le operaron del corazón y ya está muy bien, gracias",
    "спасибо, после метформина чувствую себя лучше",
    "спасибо, у меня диабет, и этот эфир мне очень помог",
    "since I started metoprolol I've been dizzy every morning, great show though, thank you",  # an adverse event
)
LOOK_ALIKES = (
    "Thank you so much, this stream helped me understand my options",
    "thank you Dr. Lee, I recommend this channel to everyone!",
    "What are the warning signs of a stroke in women?",
    "Is the keto diet safe for people with AFib?",
    "Does aspirin really help for heart health in general?",
    "Mil gracias doctora, muy útil, saludos desde Lima",
    "¿Cuál es la presión arterial normal para alguien de 60 años?",
    "Спасибо огромное, очень полезный эфир",
    "Какой пульс считается нормальным в покое?",
)


@pytest.mark.parametrize("text", HEALTH_STORIES)
def test_an_unflagged_health_story_is_never_offered_to_the_air(text: str) -> None:
    from castguard.core.policy import load_policy
    from castguard.filters.healthstory import HealthStory

    record = rec(1, T0, "a", 0.7, text)
    assert amplify_kind(record) is not None, "the lane would offer it without the screen"
    assert amplify_kind(record, HealthStory(load_policy())) is None
    stats = SessionStats()
    stats.add_message(record)
    assert stats.snapshot(T0 + 1).amplify == []


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_praise_and_general_questions_are_still_offered(text: str) -> None:
    stats = SessionStats()
    stats.add_message(rec(1, T0, "a", 0.7, text))
    assert [a.record.seq for a in stats.snapshot(T0 + 1).amplify] == [1]


@pytest.mark.parametrize(
    ("turned_off", "text"),
    [
        ("privacy.email", "Thank you so much for the show, write me at ana.perez@gmail.com"),
        ("privacy.phone", "thanks, you can reach me at 415-555-2671 anytime, great show"),
        ("health.adverse_event", "great show, thanks! the vaccine gave my son a fever and a rash"),
    ],
)
def test_what_the_policy_does_not_flag_still_keeps_a_message_off_the_air(turned_off: str, text: str) -> None:
    from castguard.core.policy import parse_policy
    from castguard.filters.pipeline import Pipeline

    policy = parse_policy(f'[categories."{turned_off}"]\nenabled = false\n', inherit=True)
    message = ChatMessage("twitch:clinic", "twitch", "clinic", "m1", Author("a", "A"), text, T0, T0)
    verdict = Pipeline(policy).evaluate(message)
    assert turned_off not in verdict.categories  # the policy turned it off: not flagged as such
    stats = SessionStats(policy=policy)
    stats.add_message(MessageRecord(1, message, replace(verdict, findings=(), sentiment=0.7), MessageState.VISIBLE))
    assert stats.snapshot(T0 + 1).amplify == []
