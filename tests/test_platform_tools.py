"""The platforms' moderation tools in the session: AutoMod holds, the strike ladder, trust signals."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from castguard.connectors.demo import DemoBroadcast
from castguard.connectors.eventsub import AUTOMOD
from castguard.core.ladder import LadderError, Step, ladder_for, next_step, parse_ladder
from castguard.core.model import (
    HOLD_REASON,
    PLATFORM_HOLD,
    POLICY_ACTOR,
    ActionKind,
    ActionResult,
    ChatMessage,
    Decision,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
    platform_hold,
)
from castguard.core.policy import Policy, PolicyError, parse_policy
from castguard.filters.pipeline import Pipeline
from castguard.session import queries
from castguard.session.engine import ActionError, Session
from castguard.session.links import Account, LinkError
from castguard.session.queries import missed
from castguard.session.sanctions import EVASION
from castguard.session.store import Store
from castguard.session.trust import FIRST_TIME_MARK, RESTRICTED, RETURNING
from tests.conftest import FakeSource, MakeSession, chat

ALL = frozenset({ActionKind.DELETE, ActionKind.TIMEOUT, ActionKind.BAN, ActionKind.UNBAN, ActionKind.WARN,
                 ActionKind.APPROVE})  # fmt: skip


def held(text: str, *, msg_id: str, author: str = "viewer1") -> ChatMessage:
    """A message Twitch AutoMod holds, as the EventSub connector delivers it."""
    message = chat(text, msg_id=msg_id, author=author)
    return replace(message, extra={PLATFORM_HOLD: AUTOMOD, HOLD_REASON: "AutoMod category swearing level 4"})


def with_policy(store: Store, policy: Policy, *sources: FakeSource) -> Session:
    return Session(store, Pipeline(policy), sources, moderator="alex", flush_interval=0.01)


# -- AutoMod holds ---------------------------------------------------------------------------------


async def test_a_message_automod_holds_waits_in_the_queue_until_a_moderator_decides(
    make_session: MakeSession,
) -> None:
    source = FakeSource("fake", capabilities=ALL)
    session = make_session(source)
    record = session.ingest(held("hello there friends", msg_id="h1"))
    assert record is not None and record.state is MessageState.HELD
    assert record.verdict.decision is Decision.HOLD and missed(record)  # pending in the queue


async def test_approve_allows_and_hide_denies_on_the_platform(make_session: MakeSession) -> None:
    source = FakeSource("fake", capabilities=ALL)
    session = make_session(source)
    first = session.ingest(held("hello there", msg_id="h1"))
    second = session.ingest(held("buy followers", msg_id="h2"))
    assert first is not None and second is not None
    allowed = await session.act(ActionKind.APPROVE, first.seq)
    denied = await session.act(ActionKind.HIDE, second.seq)
    assert [(r.kind, r.held, r.message.id) for r in source.requests if r.message] == [
        (ActionKind.APPROVE, True, "h1"),
        (ActionKind.DELETE, True, "h2"),
    ]
    assert (allowed.kind, allowed.result) == (ActionKind.APPROVE, ActionResult.DONE)
    assert (denied.kind, denied.result) == (ActionKind.HIDE, ActionResult.DONE)
    assert session.record(first.seq).state is MessageState.APPROVED
    assert session.record(second.seq).state is MessageState.HIDDEN
    # Allowed is posted and denied is gone: neither decision can be taken back on the platform.
    with pytest.raises(ActionError, match="cannot be taken back"):
        await session.undo(first.seq)


async def test_approving_a_message_nobody_holds_asks_nothing_of_the_platform(make_session: MakeSession) -> None:
    source = FakeSource("fake", capabilities=ALL)
    session = make_session(source)
    record = session.ingest(chat("hello", msg_id="p1"))
    assert record is not None
    await session.act(ActionKind.APPROVE, record.seq)
    assert source.requests == []


async def test_a_source_that_cannot_decide_holds_decides_on_the_desk_only(make_session: MakeSession) -> None:
    source = FakeSource("fake")  # delete, timeout, ban, unban: no AutoMod decisions
    session = make_session(source)
    record = session.ingest(held("hello", msg_id="h1"))
    assert record is not None
    action = await session.act(ActionKind.APPROVE, record.seq)
    assert action.result is ActionResult.LOCAL and "desk only" in action.response
    assert source.requests == []


async def test_a_decision_taken_by_another_moderator_is_followed(make_session: MakeSession, store: Store) -> None:
    session = make_session(FakeSource("fake", capabilities=ALL))
    allowed = session.ingest(held("hello", msg_id="h1"))
    denied = session.ingest(held("rude words", msg_id="h2"))
    assert allowed is not None and denied is not None
    session.observe(PlatformEvent("fake", PlatformEventKind.HOLD_RESOLVED, "h1", "viewer1", status="allowed",
                                  detail="held message by Viewer1 allowed by OtherMod"))  # fmt: skip
    session.observe(PlatformEvent("fake", PlatformEventKind.HOLD_RESOLVED, "h2", "viewer1", status="denied"))
    assert session.record(allowed.seq).state is MessageState.APPROVED
    assert session.record(denied.seq).state is MessageState.REMOVED
    store.flush()
    assert store.message(allowed.seq).state is MessageState.APPROVED
    events = [e for e in store.events_after(0, limit=10)[1] if isinstance(e, PlatformEvent)]
    assert [(e.message_id, e.status) for e in events] == [("h1", "allowed"), ("h2", "denied")]


async def test_the_platforms_confirmation_of_our_own_decision_changes_nothing(make_session: MakeSession) -> None:
    session = make_session(FakeSource("fake", capabilities=ALL))
    record = session.ingest(held("hello", msg_id="h1"))
    assert record is not None
    await session.act(ActionKind.HIDE, record.seq)
    session.observe(PlatformEvent("fake", PlatformEventKind.HOLD_RESOLVED, "h1", "viewer1", status="denied"))
    assert session.record(record.seq).state is MessageState.HIDDEN


async def test_the_demo_platform_holds_some_incidents_and_decides_them_like_automod() -> None:
    # At 1,000 messages/s the script has an incident every 200 lines: 30 in these 6,000, a fifth on Twitch.
    demo = DemoBroadcast(rate=1000.0, count=6000, action_latency=0.0)
    held_messages = [e async for e in demo.events() if isinstance(e, ChatMessage) and platform_hold(e)]
    assert len(held_messages) >= 2 and all(m.platform == "twitch" for m in held_messages)
    assert all(m.extra[HOLD_REASON] for m in held_messages)
    from castguard.core.model import ActionRequest

    allow = await demo.perform(ActionRequest(ActionKind.APPROVE, held_messages[0], held=True))
    deny = await demo.perform(ActionRequest(ActionKind.DELETE, held_messages[1], held=True))
    again = await demo.perform(ActionRequest(ActionKind.APPROVE, held_messages[0], held=True))
    assert (allow.result, deny.result, again.result) == (ActionResult.DONE, ActionResult.DONE, ActionResult.FAILED)
    assert demo.automod == {held_messages[0].id: "allowed", held_messages[1].id: "denied"}


# -- the strike ladder -----------------------------------------------------------------------------


def test_ladders_parse_and_pick_the_category_then_its_family_then_the_catch_all() -> None:
    ladder = parse_ladder({"risk.harassment": ["warn", "timeout:10m", "ban"], "spam": ["timeout:1m"], "*": ["warn"]})
    assert ladder["risk.harassment"] == (Step(ActionKind.WARN), Step(ActionKind.TIMEOUT, 600), Step(ActionKind.BAN))
    assert ladder_for(ladder, ["profanity", "risk.harassment"]) == ("risk.harassment", ladder["risk.harassment"])
    assert ladder_for(ladder, ["spam.caps"]) == ("spam.caps", ladder["spam"])
    assert ladder_for(ladder, []) == ("*", ladder["*"])
    assert ladder_for({}, ["risk.threat"]) is None
    steps = ladder["risk.harassment"]
    assert [next_step(steps, n).text for n in range(5)] == ["warn", "timeout 10m", "ban", "ban", "ban"]


@pytest.mark.parametrize(
    ("table", "says"),
    [
        ({"risk.harrasment": ["warn"]}, "unknown category"),
        ({"risk.harassment": []}, "non-empty list"),
        ({"risk.harassment": "warn"}, "non-empty list"),
        ({"risk.harassment": ["warn", "kick"]}, "unknown step"),
        ({"risk.harassment": ["timeout"]}, "needs a duration"),
        ({"risk.harassment": ["timeout:30d"]}, "needs a duration"),
        ({"risk.harassment": ["ban", "warn"]}, "a ban ends the ladder"),
        ({"risk.harassment": [3]}, "steps are strings"),
    ],
)
def test_a_bad_ladder_is_refused_saying_why(table: dict[str, object], says: str) -> None:
    with pytest.raises(LadderError, match=says):
        parse_ladder(table)


def test_policy_check_names_the_line_of_a_bad_ladder_or_trust_option() -> None:
    text = 'name = "t"\n[ladder]\n"risk.harassment" = ["warn", "slap"]\n'
    with pytest.raises(PolicyError, match=r"t.toml:3: ladder: 'risk.harassment': unknown step"):
        parse_policy(text, "t.toml")
    with pytest.raises(PolicyError, match='hold_first_message must be "off", "message" or "link"'):
        parse_policy('[trust]\nhold_first_message = "always"\n', "t.toml")
    shipped = parse_policy('[trust]\nhold_first_message = "link"\n', "t.toml", inherit=True)
    assert shipped.hold_first_message == "link" and shipped.ladder["risk.harassment"][0].kind is ActionKind.WARN


async def test_each_strike_takes_the_next_step_and_undo_takes_it_off_the_count(
    make_session: MakeSession, policy: Policy
) -> None:
    source = FakeSource("fake", capabilities=ALL)
    session = make_session(source)
    rude = [session.ingest(chat("you are a pathetic idiot", author="troll")) for _ in range(3)]
    assert all(r is not None and "risk.harassment" in r.verdict.categories for r in rude)
    seqs = [r.seq for r in rude if r is not None]
    plan = session.plan_strike(seqs[0])
    assert plan is not None and (plan.category, plan.strikes, plan.kind) == ("risk.harassment", 0, ActionKind.WARN)
    warned = await session.strike(plan)
    assert (warned.kind, warned.reason) == (ActionKind.WARN, "strike 1 (risk.harassment): warn")
    plan = session.plan_strike(seqs[1])
    assert plan is not None and (plan.strikes, plan.kind, plan.duration) == (1, ActionKind.TIMEOUT, 600)
    await session.strike(plan)
    assert session.sanctions.of("fake", "troll") is not None
    await session.undo(seqs[1])  # the timeout is lifted and no longer counts
    assert session.sanctions.of("fake", "troll") is None
    plan = session.plan_strike(seqs[2])
    assert plan is not None and (plan.strikes, plan.kind) == (1, ActionKind.TIMEOUT)
    assert [r.kind for r in source.requests] == [ActionKind.WARN, ActionKind.TIMEOUT, ActionKind.UNBAN]


async def test_a_warning_where_the_platform_cannot_warn_is_a_timeout_with_the_reason(
    make_session: MakeSession,
) -> None:
    source = FakeSource("fake")  # no WARN: YouTube, Facebook
    session = make_session(source)
    record = session.ingest(chat("you are a pathetic idiot", author="troll"))
    assert record is not None
    plan = session.plan_strike(record.seq)
    assert plan is not None and (plan.kind, plan.duration) == (ActionKind.TIMEOUT, 60)
    assert "cannot warn" in plan.describe()
    await session.strike(plan)
    [request] = source.requests
    assert (request.kind, request.duration, request.reason) == (
        ActionKind.TIMEOUT, 60, "strike 1 (risk.harassment): warn"
    )  # fmt: skip


# -- trust signals ---------------------------------------------------------------------------------


def first_time(text: str, *, author: str = "newbie", msg_id: str | None = None) -> ChatMessage:
    return chat(text, author=author, msg_id=msg_id, roles=frozenset({"first-time"}))


@pytest.mark.parametrize(
    ("mode", "messages", "held_texts"),
    [
        ("off", ["hi all", "see example-pharmacy.biz"], []),
        ("message", ["hi all", "see example-pharmacy.biz"], ["hi all"]),
        (
            "link",
            ["hi all", "see example-pharmacy.biz", "and statin-truth.info/exposed too"],
            ["see example-pharmacy.biz"],
        ),
    ],
)
def test_hold_first_message_holds_a_newcomers_first_message_or_first_link(
    store: Store, mode: str, messages: list[str], held_texts: list[str]
) -> None:
    # Links only flagged (the shipped policy holds every link): what is held is the first-message rule's doing.
    text = f'[trust]\nhold_first_message = "{mode}"\n[categories]\n"spam.link" = {{ decision = "flag" }}\n'
    policy = parse_policy(text, "p.toml", inherit=True)
    session = with_policy(store, policy)
    records = [session.ingest(first_time(messages[0]))]
    records += [session.ingest(chat(text, author="newbie")) for text in messages[1:]]
    records.append(session.ingest(chat("hi all, long time viewer", author="regular")))
    got = [r.message.text for r in records if r is not None and r.state is MessageState.HELD]
    assert got == held_texts
    assert all(missed(r) for r in records if r is not None and r.state is MessageState.HELD)


def test_a_trusted_first_time_chatter_is_not_held(store: Store) -> None:
    policy = parse_policy('[trust]\nhold_first_message = "message"\n', "p.toml", inherit=True)
    session = with_policy(store, policy)
    record = session.ingest(chat("hello everyone", author="newmod", roles=frozenset({"first-time", "moderator"})))
    assert record is not None and record.state is MessageState.VISIBLE


class LateFlags(FakeSource):
    """A source whose messages may get their first-time flag later, on another copy (Twitch EventSub + IRC)."""

    def flags_may_follow(self, message: ChatMessage) -> bool:
        return message.extra.get("via") != "irc"


def late_flag(msg_id: str, author: str = "newbie", status: str = "first-time") -> PlatformEvent:
    """The trust signal of a message's IRC copy, as the EventSub connector delivers it."""
    return PlatformEvent("fake", PlatformEventKind.TRUST, msg_id, author, status=status, detail="IRC tags")


def late_session(store: Store, mode: str = "message", clock: list[float] | None = None) -> Session:
    text = f'[trust]\nhold_first_message = "{mode}"\n[categories]\n"spam.link" = {{ decision = "flag" }}\n'
    session = with_policy(store, parse_policy(text, "p.toml", inherit=True), LateFlags("fake", capabilities=ALL))
    if clock is not None:
        session.clock = lambda: clock[0]
    return session


async def test_a_first_time_flag_that_comes_after_the_message_holds_it_with_one_undoable_entry(store: Store) -> None:
    session = late_session(store)
    shown = session.ingest(chat("hi all, just found this stream", author="newbie", msg_id="e1"))
    assert shown is not None and shown.state is MessageState.VISIBLE and not missed(shown)
    session.observe(late_flag("e1"))
    held_now = session.record(shown.seq)
    assert (
        held_now is not None and held_now.state is MessageState.HELD and missed(held_now)
    )  # pending in the queue like any hold
    store.flush()
    assert queries.overview(store).missed == 1 and [r.seq for r in queries.missed_rows(store, 10)] == [shown.seq]
    [hold] = store.actions()
    assert (hold.kind, hold.actor, hold.result, hold.prev_state) == (
        ActionKind.HOLD,
        POLICY_ACTOR,
        ActionResult.DONE,
        MessageState.VISIBLE,
    )
    assert "first message of a first-time chatter" in hold.reason
    assert store.verify_chain() is None and store.message(shown.seq).state is MessageState.HELD
    assert session.undoable(shown.seq) == hold
    undone = await session.undo(shown.seq)
    assert undone.undoes == hold.id and session.record(shown.seq).state is MessageState.VISIBLE
    # The moderator's undo is their decision: the same signal delivered again does not hold it again.
    session.observe(late_flag("e1"))
    assert session.record(shown.seq).state is MessageState.VISIBLE
    # Another newcomer's message held late is released by a moderator's approve.
    other = session.ingest(chat("first time here", author="newbie2", msg_id="e3"))
    assert other is not None
    session.observe(late_flag("e3", author="newbie2"))
    approved = await session.act(ActionKind.APPROVE, other.seq)
    released = session.record(other.seq)
    assert released is not None and released.state is MessageState.APPROVED and approved.actor == "alex"
    assert not missed(released)
    assert [a.kind for a in store.actions()] == [ActionKind.HOLD, ActionKind.UNDO, ActionKind.HOLD, ActionKind.APPROVE]
    assert store.verify_chain() is None


@pytest.mark.parametrize("acted", [ActionKind.APPROVE, ActionKind.HIDE, ActionKind.WARN, ActionKind.ESCALATE])
async def test_a_late_first_time_flag_leaves_a_moderators_decision_standing(store: Store, acted: ActionKind) -> None:
    session = late_session(store)
    shown = session.ingest(chat("hello from Leeds", author="newbie", msg_id="e2"))
    assert shown is not None
    await session.act(acted, shown.seq)
    state = session.record(shown.seq).state
    session.observe(late_flag("e2"))
    assert session.record(shown.seq).state is state
    assert ActionKind.HOLD not in [a.kind for a in store.actions()]
    assert session.trust.of("fake", "newbie").first_time  # the author is still marked


def test_a_late_flag_holds_only_what_the_policy_would_have_held_on_arrival(store: Store) -> None:
    session = late_session(store, mode="link")
    plain = session.ingest(chat("hi all", author="newbie", msg_id="p1"))
    linked = session.ingest(chat("see example-pharmacy.biz", author="linker", msg_id="l1"))
    regular = session.ingest(chat("see example-pharmacy.biz too", author="regular", msg_id="r1"))
    trusted = session.ingest(chat("welcome!", author="mod", msg_id="t1", roles=frozenset({"moderator"})))
    assert plain is not None and linked is not None and regular is not None and trusted is not None
    session.observe(late_flag("p1"))  # no link: "link" mode leaves it on air
    session.observe(late_flag("l1", author="linker"))
    session.observe(late_flag("r1", author="regular", status="returning-chatter"))
    session.observe(late_flag("t1", author="mod"))
    states = {r.message.id: session.record(r.seq).state for r in (plain, linked, regular, trusted)}
    assert states == {"p1": MessageState.VISIBLE, "l1": MessageState.HELD, "r1": MessageState.VISIBLE,
                      "t1": MessageState.VISIBLE}  # fmt: skip
    off = late_session(Store(Path(store.path).with_name("off.castguard")), mode="off")
    quiet = off.ingest(chat("hi all", author="newbie", msg_id="o1"))
    assert quiet is not None
    off.observe(late_flag("o1"))
    assert off.record(quiet.seq).state is MessageState.VISIBLE and off.store.actions() == []


async def test_the_on_air_view_waits_for_the_other_copy_or_the_grace_then_no_longer(store: Store) -> None:
    now = [1000.0]
    session = late_session(store, clock=now)
    first = session.ingest(chat("hi all", author="a", msg_id="w1"))
    second = session.ingest(chat("hello", author="b", msg_id="w2"))
    via_irc = session.ingest(replace(chat("hey", author="c", msg_id="w3"), extra={"via": "irc"}))
    assert first is not None and second is not None and via_irc is not None
    assert session.flags_due(first.seq) == session.flags_due(second.seq) == 1001.5  # [trust] flag_wait's default
    assert session.flags_due(via_irc.seq) is None  # the IRC copy carries its own flags: nothing to wait for
    # The other copy of w1 arrives without a flag: it goes on air, and nothing is recorded for it.
    events_before = len(store.events())
    session.observe(late_flag("w1", author="a", status="none"))
    assert session.flags_due(first.seq) is None and len(store.events()) == events_before
    assert session.trust.of("fake", "a") is None
    now[0] = 1001.6  # w2's copy never came: the wait is over
    assert session.flags_due(second.seq) is None
    assert session.record(second.seq).state is MessageState.VISIBLE
    # A moderator who approves a waiting message puts it on air at once: a late flag would not change it now.
    third = session.ingest(chat("good morning", author="d", msg_id="w4"))
    assert third is not None and session.flags_due(third.seq) == 1003.1
    await session.act(ActionKind.APPROVE, third.seq)
    assert session.flags_due(third.seq) is None


def test_flag_wait_zero_or_a_source_without_late_flags_puts_messages_on_air_at_once(store: Store) -> None:
    policy = parse_policy('[trust]\nhold_first_message = "message"\nflag_wait = 0\n', "p.toml", inherit=True)
    session = with_policy(store, policy, LateFlags("fake"))
    record = session.ingest(chat("hi", msg_id="z1"))
    plain = with_policy(Store(Path(store.path).with_name("plain.castguard")), policy, FakeSource("fake"))
    other = plain.ingest(chat("hi", msg_id="z2"))
    assert record is not None and other is not None
    assert session.flags_due(record.seq) is None and plain.flags_due(other.seq) is None
    with pytest.raises(PolicyError, match="flag_wait must be a number of seconds between 0 and 10"):
        parse_policy("[trust]\nflag_wait = 60\n", "p.toml")


def test_trust_signals_and_suspicious_status_follow_the_author(make_session: MakeSession) -> None:
    session = make_session()
    session.ingest(first_time("hi", author="newbie"))
    session.ingest(chat("back again", author="old", roles=frozenset({RETURNING})))
    standing = session.trust.of("fake", "newbie")
    assert standing is not None and standing.first_time and standing.marks == FIRST_TIME_MARK
    assert session.trust.of("fake", "old").returning
    session.observe(PlatformEvent("fake", PlatformEventKind.SUSPICIOUS, author_id="evader", status=RESTRICTED))
    evader = session.trust.of("fake", "evader")
    assert evader is not None and "restricted" in evader.describe()
    session.observe(PlatformEvent("fake", PlatformEventKind.SUSPICIOUS, author_id="evader", status="none"))
    assert session.trust.of("fake", "evader").low_trust == ""
    # The IRC copy of a message EventSub delivered first says what EventSub cannot.
    session.observe(PlatformEvent("fake", PlatformEventKind.TRUST, "m1", "quiet", status="first-time"))
    assert session.trust.of("fake", "quiet").first_time


# -- linked accounts -------------------------------------------------------------------------------


def two_platforms() -> tuple[FakeSource, FakeSource]:
    return FakeSource("twitch:clinic", capabilities=ALL), FakeSource("youtube:clinic", capabilities=ALL)


async def test_linked_accounts_are_banned_everywhere_in_one_action_and_undo_lifts_all(
    store: Store, policy: Policy
) -> None:
    twitch, youtube = two_platforms()
    session = with_policy(store, policy, twitch, youtube)
    troll = session.ingest(chat("hello", author="t1", name="Troll", source="twitch:clinic"))
    other = session.ingest(chat("hi", author="UCtroll", name="TrollTube", source="youtube:clinic"))
    assert troll is not None and other is not None
    [found] = session.find_accounts("TrollTube")
    link = session.link_accounts(troll.seq, found)
    assert link.kind is ActionKind.LINK and link.reason == "linked to TrollTube (UCtroll) on youtube:clinic"
    assert [a.author_id for a in session.linked_accounts("youtube:clinic", "UCtroll")] == ["t1"]

    ban = await session.act_everywhere(ActionKind.BAN, troll.seq, reason="harassment")
    assert (ban.kind, ban.result) == (ActionKind.BAN, ActionResult.DONE)
    assert ban.response == "twitch:clinic t1: done: fake: ban ok · youtube:clinic UCtroll: done: fake: ban ok"
    assert [a for a in store.actions() if a.kind is ActionKind.BAN] == [ban]  # one recorded action
    assert [(r.kind, r.author.id) for r in twitch.requests + youtube.requests if r.author] == [
        (ActionKind.BAN, "t1"), (ActionKind.BAN, "UCtroll"),
    ]  # fmt: skip
    assert session.sanctions.of("twitch:clinic", "t1") and session.sanctions.of("youtube:clinic", "UCtroll")

    undo = await session.undo(troll.seq)
    assert undo.result is ActionResult.DONE and "youtube:clinic UCtroll: done" in undo.response
    assert [r.kind for r in youtube.requests] == [ActionKind.BAN, ActionKind.UNBAN]
    assert session.sanctions.of("twitch:clinic", "t1") is None
    assert session.sanctions.of("youtube:clinic", "UCtroll") is None


async def test_a_platform_that_refuses_stays_unbanned_and_the_others_are_banned(store: Store, policy: Policy) -> None:
    twitch = FakeSource("twitch:clinic", capabilities=ALL)
    youtube = FakeSource("youtube:clinic", capabilities=ALL, fail_with="forbidden")
    session = with_policy(store, policy, twitch, youtube)
    troll = session.ingest(chat("hello", author="t1", source="twitch:clinic"))
    assert troll is not None
    session.link_accounts(troll.seq, Account("youtube:clinic", "UCtroll", "TrollTube"))
    ban = await session.act_everywhere(ActionKind.BAN, troll.seq)
    assert ban.result is ActionResult.DONE and "youtube:clinic UCtroll: failed: forbidden" in ban.response
    assert session.sanctions.of("twitch:clinic", "t1") is not None
    assert session.sanctions.of("youtube:clinic", "UCtroll") is None


async def test_a_message_from_any_linked_account_after_a_ban_is_ban_evasion(store: Store, policy: Policy) -> None:
    twitch, youtube = two_platforms()
    session = with_policy(store, policy, twitch, youtube)
    troll = session.ingest(chat("hello", author="t1", name="Troll", source="twitch:clinic"))
    assert troll is not None
    session.link_accounts(troll.seq, Account("youtube:clinic", "UCtroll", "TrollTube"))
    await session.act(ActionKind.BAN, troll.seq)  # banned on Twitch only
    evading = session.ingest(chat("miss me?", author="UCtroll", name="TrollTube", source="youtube:clinic"))
    assert evading is not None and EVASION in evading.verdict.categories
    [finding] = [f for f in evading.verdict.findings if f.category == EVASION]
    assert "on linked account Troll (t1) on twitch:clinic" in finding.detail
    stranger = session.ingest(chat("hello all", author="UCother", source="youtube:clinic"))
    assert stranger is not None and EVASION not in stranger.verdict.categories


async def test_links_and_everywhere_bans_survive_a_restart(tmp_path: Path, policy: Policy) -> None:
    store = Store(tmp_path / "s.db")
    twitch, youtube = two_platforms()
    session = with_policy(store, policy, twitch, youtube)
    troll = session.ingest(chat("hello", author="t1", source="twitch:clinic"))
    assert troll is not None
    session.link_accounts(troll.seq, Account("youtube:clinic", "UCtroll", "TrollTube"))
    await session.act_everywhere(ActionKind.TIMEOUT, troll.seq, duration=600)
    store.close()
    store = Store(tmp_path / "s.db")
    resumed = with_policy(store, policy)
    assert [a.author_id for a in resumed.linked_accounts("twitch:clinic", "t1")] == ["UCtroll"]
    assert resumed.sanctions.of("youtube:clinic", "UCtroll") is not None
    store.close()


def test_an_account_cannot_be_linked_to_itself_nor_to_too_many(make_session: MakeSession) -> None:
    session = make_session()
    record = session.ingest(chat("hello", author="a0"))
    assert record is not None
    with pytest.raises(LinkError, match="itself"):
        session.link_accounts(record.seq, Account("fake", "a0"))
    for i in range(1, 8):
        session.link_accounts(record.seq, Account(f"src{i}", f"a{i}"))
    with pytest.raises(LinkError, match="at most 8"):
        session.link_accounts(record.seq, Account("src9", "a9"))
