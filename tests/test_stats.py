"""The producer's figures, computed without a UI and with the clock passed in."""

from __future__ import annotations

import pytest

from castguard.core.model import (
    ActionKind,
    ActionRecord,
    ActionResult,
    Author,
    ChatMessage,
    Decision,
    EscalationState,
    Finding,
    MessageRecord,
    MessageState,
    Severity,
    Verdict,
)
from castguard.session.stats import SessionStats, is_alert

T0 = 1_700_000_000.0


def rec(seq: int, at: float, *, source: str = "twitch:clinic", author: str = "a", sentiment: float = 0.0,
        findings: tuple[Finding, ...] = (), decision: Decision = Decision.PASS,
        escalation: EscalationState | None = None) -> MessageRecord:  # fmt: skip
    message = ChatMessage(source, "twitch", "clinic", f"m{seq}", Author(author, author.title()), f"text {seq}", at, at)
    severity = max((f.severity for f in findings), default=None)
    verdict = Verdict(findings, decision, severity, sentiment)
    held = decision not in (Decision.PASS, Decision.FLAG)
    state = MessageState.HELD if held else MessageState.VISIBLE
    return MessageRecord(seq, message, verdict, state, escalation)


_ids = iter(range(1, 10_000))


def act(kind: ActionKind, seq: int | None, at: float, actor: str = "sam", *, reason: str = "",
        undoes: int | None = None) -> ActionRecord:  # fmt: skip
    return ActionRecord(next(_ids), at, actor, kind, ActionResult.DONE, seq, "twitch:clinic", "a", reason,
                        undoes=undoes)  # fmt: skip


PHONE = Finding("privacy.phone", Severity.CRITICAL, 0, 4, "phone")
SWEAR = Finding("profanity", Severity.WARN, 0, 4, "wordlist")


def test_rates_per_source_over_the_last_minute() -> None:
    stats = SessionStats()
    for i in range(120):  # two per second for a minute on twitch, one per second on youtube
        stats.add_message(rec(i, T0 + i / 2))
    for i in range(60):
        stats.add_message(rec(1000 + i, T0 + i, source="youtube:live"))
    snap = stats.snapshot(T0 + 59.9)
    assert snap.rates == {"twitch:clinic": 120, "youtube:live": 60} and snap.total_rate == 180
    later = stats.snapshot(T0 + 90)  # the first half-minute has left the window
    assert later.rates == {"twitch:clinic": 58, "youtube:live": 29}  # seconds 31..59
    assert stats.snapshot(T0 + 500).total_rate == 0


def test_flagged_share_by_family_in_buckets() -> None:
    stats = SessionStats(bucket=10.0, buckets=6)
    for i in range(60):
        findings = (PHONE,) if i % 10 == 0 else (SWEAR,) if i >= 50 else ()
        stats.add_message(rec(i, T0 + i, findings=findings, decision=Decision.HIDE if findings else Decision.PASS))
    snap = stats.snapshot(T0 + 59)
    assert snap.totals == [10, 10, 10, 10, 10, 10]
    assert snap.families["privacy"] == [1, 1, 1, 1, 1, 1]
    assert snap.families["profanity"] == [0, 0, 0, 0, 0, 9]
    assert snap.flagged_rate == 15


def test_negative_share_needs_a_sample_and_raises_the_alert() -> None:
    stats = SessionStats(sentiment_alert=0.6, min_sample=20)
    for i in range(10):
        stats.add_message(rec(i, T0 + i, sentiment=-0.8))
    assert stats.snapshot(T0 + 10).negative_share is None  # ten angry messages are not "100% negative"
    for i in range(10, 30):
        stats.add_message(rec(i, T0 + i, sentiment=-0.5 if i < 18 else 0.3))
    snap = stats.snapshot(T0 + 30)
    assert snap.negative_share == pytest.approx(18 / 30) and snap.negative_alert
    for i in range(30, 60):
        stats.add_message(rec(i, T0 + i, sentiment=-0.04))  # -0.04 is neutral: the line is -0.05
    assert not stats.snapshot(T0 + 60).negative_alert


def test_raids_are_grouped_and_name_their_accounts() -> None:
    stats = SessionStats(raid_quiet=60)
    for i, author in enumerate(["r1", "r2", "r3", "r1"]):
        raid = Finding("crowd.raid", Severity.CRITICAL, 0, 0, "crowd", "3 accounts", accounts=("r1", "r2", "r3"))
        stats.add_message(rec(i, T0 + i, author=author, findings=(raid,), decision=Decision.HOLD))
    snap = stats.snapshot(T0 + 5)
    assert len(snap.raids) == 1
    alert = snap.raids[0]
    assert alert.accounts == ("r1", "r2", "r3") and alert.names == ("R1", "R2", "R3")
    assert alert.messages == 4 and alert.seq == 3 and alert.active
    assert not stats.snapshot(T0 + 200).raids[0].active
    later = Finding("crowd.raid", Severity.CRITICAL, 0, 0, "crowd", accounts=("r9",))
    stats.add_message(rec(10, T0 + 300, author="r9", findings=(later,), decision=Decision.HOLD))
    assert [r.accounts for r in stats.snapshot(T0 + 300).raids] == [("r9",), ("r1", "r2", "r3")]


def test_a_raid_is_active_only_while_its_messages_keep_arriving() -> None:
    stats = SessionStats()
    raid = Finding("crowd.raid", Severity.CRITICAL, 0, 0, "crowd", "2 accounts", accounts=("r1", "r2"))
    for i in range(20):  # a message every half second for ten seconds
        stats.add_message(rec(i, T0 + i / 2, author=f"r{i % 2 + 1}", findings=(raid,), decision=Decision.HOLD))
    last = T0 + 19 / 2
    during = stats.snapshot(last + 1).raids[0]
    assert during.active and during.ended_at is None
    # Seconds after the last raid message, not minutes: the raid has ended, at its last message.
    after = stats.snapshot(last + stats.raid_ended + 1).raids[0]
    assert not after.active and after.ended_at == last
    # Raiders coming back within the raid's window make the same raid active again.
    stats.add_message(rec(30, last + 30, author="r1", findings=(raid,), decision=Decision.HOLD))
    again = stats.snapshot(last + 31).raids
    assert len(again) == 1 and again[0].active and again[0].messages == 21


def test_raid_accounts_are_named_by_display_name_even_before_their_raid_message() -> None:
    stats = SessionStats()
    # r2 and r3 spoke before the detector named them; r4 never spoke where the desk could see it.
    stats.add_message(rec(1, T0, author="r2"))
    stats.add_message(rec(2, T0 + 1, author="r3"))
    raid = Finding("crowd.raid", Severity.CRITICAL, 0, 0, "crowd", "3 accounts", accounts=("r1", "r2", "r3", "r4"))
    stats.add_message(rec(3, T0 + 2, author="r1", findings=(raid,), decision=Decision.HOLD))
    assert stats.snapshot(T0 + 3).raids[0].names == ("R1", "R2", "R3", "r4")
    stats.add_message(rec(4, T0 + 3, author="r4"))  # r4's first message, without a finding
    alert = stats.snapshot(T0 + 4).raids[0]
    assert alert.accounts == ("r1", "r2", "r3", "r4") and alert.names == ("R1", "R2", "R3", "R4")
    assert stats.names_of("twitch:clinic", ("r3", "nobody")) == ("R3", "nobody")


def test_escalation_inbox_acknowledge_resolve_undo_and_time_to_acknowledge() -> None:
    stats = SessionStats()
    policy_escalated = rec(1, T0, escalation=EscalationState.OPEN, decision=Decision.ESCALATE,
                           findings=(Finding("risk.self_harm", Severity.CRITICAL, 0, 4, "risk"),))  # fmt: skip
    stats.add_message(policy_escalated)
    plain = rec(2, T0 + 1)
    stats.add_message(plain)
    stats.add_action(act(ActionKind.ESCALATE, 2, T0 + 5, reason="legal?"), plain)
    snap = stats.snapshot(T0 + 6)
    assert [(e.seq, e.state, e.escalated_by) for e in snap.escalations] == [
        (1, EscalationState.OPEN, "policy"), (2, EscalationState.OPEN, "sam")]  # fmt: skip
    assert snap.escalations[1].note == "legal?" and snap.open_escalations == 2

    ack = act(ActionKind.ACKNOWLEDGE, 1, T0 + 30, actor="producer")
    stats.add_action(ack)
    stats.add_action(act(ActionKind.RESOLVE, 2, T0 + 40, actor="producer"))
    snap = stats.snapshot(T0 + 41)
    assert [(e.seq, e.state) for e in snap.escalations] == [
        (1, EscalationState.ACKNOWLEDGED), (2, EscalationState.RESOLVED)]  # fmt: skip
    assert snap.escalations[0].time_to_acknowledge == 30 and snap.escalations[0].acknowledged_by == "producer"
    assert snap.median_time_to_acknowledge == pytest.approx((30 + 35) / 2)

    stats.add_action(act(ActionKind.UNDO, 1, T0 + 45, actor="producer", undoes=ack.id))
    assert stats.snapshot(T0 + 46).escalations[0].state is EscalationState.OPEN


def test_moderators_time_to_action_counts_the_first_action_on_flagged_messages() -> None:
    stats = SessionStats()
    for seq, delay in [(1, 2.0), (2, 4.0), (3, 30.0)]:
        stats.add_message(rec(seq, T0, findings=(SWEAR,), decision=Decision.HOLD))
        stats.add_action(act(ActionKind.HIDE, seq, T0 + delay, actor="sam"))
        stats.add_action(act(ActionKind.UNDO, seq, T0 + delay + 1, actor="sam"))  # not a handling action
        stats.add_action(act(ActionKind.APPROVE, seq, T0 + delay + 2, actor="sam"))  # second action: not counted
    stats.add_message(rec(4, T0, findings=(PHONE,), decision=Decision.HIDE))
    stats.add_action(act(ActionKind.HIDE, 4, T0 + 0.01, actor="policy"))  # automatic: not a moderator
    stats.add_message(rec(5, T0))
    stats.add_action(act(ActionKind.HIDE, 5, T0 + 100, actor="kim"))  # unflagged: not in the queue
    (sam,) = stats.snapshot(T0 + 60).moderators
    assert (sam.actor, sam.actions, sam.median, sam.p90) == ("sam", 3, 4.0, 30.0)


def test_lockdown_follows_the_action_log() -> None:
    stats = SessionStats()
    stats.add_action(act(ActionKind.LOCKDOWN, None, T0, reason="on"))
    assert stats.snapshot(T0).lockdown
    stats.add_action(act(ActionKind.LOCKDOWN, None, T0 + 1, reason="off"))
    assert not stats.snapshot(T0 + 1).lockdown


def test_memory_is_bounded_however_long_the_session() -> None:
    stats = SessionStats(max_tracked=1000)
    for i in range(50_000):
        stats.add_message(rec(i, T0 + i * 0.01, findings=(SWEAR,) if i % 2 else (), decision=Decision.FLAG))
    assert len(stats._flagged_arrivals) <= 1000 and len(stats._records) <= 2000
    assert all(len(b.counts) <= 2 * b.span for b in [stats._totals, stats._sampled, *stats._sources.values()])


def test_alerts_are_critical_privacy_self_harm_and_raids() -> None:
    assert is_alert(rec(1, T0, findings=(PHONE,)))
    assert is_alert(rec(2, T0, findings=(Finding("risk.self_harm", Severity.CRITICAL, 0, 1, "r"),)))
    assert is_alert(rec(3, T0, findings=(Finding("crowd.raid", Severity.WARN, 0, 0, "c"),)))
    assert not is_alert(rec(4, T0, findings=(SWEAR,)))
    assert not is_alert(rec(5, T0, findings=(Finding("privacy.email", Severity.WARN, 0, 1, "e"),)))


def test_times_to_action_are_all_shown_to_the_millisecond() -> None:
    from castguard.session.queries import ResponseTime, response_figures

    overall, (kim,) = response_figures([ResponseTime(1, "kim", 96.8791356086731), ResponseTime(2, "kim", 1.0)])
    assert overall.max_seconds == kim.max_seconds == 96.879
    assert kim.median_seconds == 48.94
