"""The platforms' moderation tools on the desk: AutoMod's queue, the strike key, first-time chatters."""

from __future__ import annotations

from castguard.core.model import ActionKind, MessageState, PlatformEvent, PlatformEventKind
from castguard.core.policy import Policy, parse_policy
from castguard.session.store import Store
from castguard.session.trust import FIRST_TIME_MARK, RESTRICTED_MARK
from castguard.tui.author import AuthorCard
from castguard.tui.marks import PLATFORM_HOLD_MARK, hold_line
from castguard.tui.screens import NotePrompt
from castguard.tui.strikes import ConfirmEverywhere, ConfirmStrike
from castguard.tui.views import OnAirView, QueueView
from tests.conftest import chat
from tests.test_platform_tools import ALL, held
from tests.test_tui_support import actions_done, make_desk, rows_shown, screen_text, settle

SIZE = (160, 30)


async def test_automod_holds_are_allowed_with_a_and_denied_with_h_from_the_queue(store: Store, policy: Policy) -> None:
    messages = [
        held("hello friends", msg_id="h1"),
        held("buy followers cheap", msg_id="h2", author="seller"),
        held("third one", msg_id="h3", author="other"),
    ]
    app, source = make_desk(store, policy, messages)
    source.capabilities = ALL
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 3)
        await pilot.press("2")
        queue = app.query_one(QueueView)
        await settle(pilot, lambda: "3 pending of 3" in screen_text(app), "three AutoMod holds pending")
        assert sum(PLATFORM_HOLD_MARK in line for line in screen_text(app).splitlines()) >= 3
        assert "held by Twitch AutoMod (AutoMod category" in screen_text(app)  # the detail pane says why

        await pilot.press("g", "a")  # allow the first
        await actions_done(app)
        await pilot.press("j", "h")  # deny the second
        await actions_done(app)
        await settle(
            pilot,
            lambda: (
                [(r.kind, r.held) for r in source.requests] == [(ActionKind.APPROVE, True), (ActionKind.DELETE, True)]
            ),
            "an allow and a deny asked of the platform",
        )
        states = {r.message.id: r.state for r in queue.rows}
        assert states["h1"] is MessageState.APPROVED and states["h2"] is MessageState.HIDDEN
        assert hold_line(queue.rows[1]) == "held by Twitch AutoMod (AutoMod category swearing level 4): denied"
        await settle(pilot, lambda: "swearing level 4): denied" in screen_text(app), "the outcome in the detail pane")

        # Another moderator decides the third on Twitch: the desk follows, with nothing asked of the platform.
        app.session.observe(PlatformEvent("fake", PlatformEventKind.HOLD_RESOLVED, "h3", "other", status="allowed",
                                          detail="held message by Other allowed by OtherMod"))  # fmt: skip
        await settle(pilot, lambda: "0 pending of 3" in screen_text(app), "the other moderator's decision")
        assert len(source.requests) == 2
        decided = [a for a in store.actions() if a.kind in (ActionKind.APPROVE, ActionKind.HIDE)]
        assert [a.response for a in decided] == ["fake: approve ok", "fake: delete ok"]


async def test_the_strike_key_shows_the_next_step_applies_it_and_undo_reverts_it(store: Store, policy: Policy) -> None:
    messages = [chat("you are a pathetic idiot", author="troll", name="Troll") for _ in range(2)]
    app, source = make_desk(store, policy, messages)
    source.capabilities = ALL
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 2)
        await pilot.press("g", "s")
        await settle(pilot, lambda: isinstance(app.screen, ConfirmStrike), "the strike shown before it is applied")
        assert "Troll: no earlier strike → strike 1 on the risk.harassment ladder: warn" in screen_text(app)
        assert source.requests == []  # shown, not yet applied
        await pilot.press("enter")
        await actions_done(app)
        await settle(pilot, lambda: [r.kind for r in source.requests] == [ActionKind.WARN], "the warning")

        await pilot.press("j", "s")
        await settle(pilot, lambda: isinstance(app.screen, ConfirmStrike), "the second strike")
        assert "1 earlier strike(s) → strike 2 on the risk.harassment ladder: timeout 10m" in screen_text(app)
        await pilot.press("enter")
        await actions_done(app)
        await settle(pilot, lambda: len(source.requests) == 2, "the timeout")
        assert (source.requests[1].kind, source.requests[1].duration) == (ActionKind.TIMEOUT, 600)

        await pilot.press("u")  # the step is reverted: the timeout lifted, and it no longer counts
        await actions_done(app)
        await settle(pilot, lambda: [r.kind for r in source.requests][-1:] == [ActionKind.UNBAN], "the undo")
        await pilot.press("s")
        await settle(pilot, lambda: isinstance(app.screen, ConfirmStrike), "the strike after the undo")
        assert "strike 2 on the risk.harassment ladder: timeout 10m" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot, lambda: not isinstance(app.screen, ConfirmStrike), "the strike cancelled")
        assert len(source.requests) == 3


async def test_a_first_time_chatters_first_message_waits_for_approval_and_trust_marks_show(
    store: Store,
) -> None:
    policy = parse_policy('[trust]\nhold_first_message = "message"\n', "p.toml", inherit=True)
    messages = [
        chat("hi everyone, first time here", author="newbie", name="Newbie", roles=frozenset({"first-time"})),
        chat("hello again", author="regular", name="Regular"),
    ]
    app, _ = make_desk(store, policy, messages)
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 2)
        newbie_rows = [line for line in screen_text(app).splitlines() if "Newbie" in line]
        assert newbie_rows and all(FIRST_TIME_MARK in line for line in newbie_rows)
        await pilot.press("2")
        await settle(pilot, lambda: "1 pending of 1" in screen_text(app), "the first message held")
        assert "first-time chatter" in screen_text(app)
        await pilot.press("g", "a")
        await actions_done(app)
        await settle(pilot, lambda: "0 pending of 1" in screen_text(app), "the first message approved")
        record = app.query_one(QueueView).rows[0]
        assert record.state is MessageState.APPROVED

        restricted = PlatformEvent(
            "fake", PlatformEventKind.SUSPICIOUS, author_id="regular", status="restricted", detail="by OtherMod"
        )
        app.session.observe(restricted)
        await pilot.press("1")
        await settle(
            pilot,
            lambda: any(RESTRICTED_MARK in line and "Regular" in line for line in screen_text(app).splitlines()),
            "the suspicious user's mark",
        )


async def test_linking_from_the_card_then_banning_everywhere_and_evasion_flagged(store: Store, policy: Policy) -> None:
    messages = [
        chat("hello doctor", author="t1", name="Troll"),
        chat("hi from my other account", author="UCtroll", name="TrollTube"),
    ]
    app, source = make_desk(store, policy, messages)
    source.capabilities = ALL
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 2)
        await pilot.press("g", "c")
        await settle(pilot, lambda: isinstance(app.screen, AuthorCard), "the author card")
        await pilot.press("l")
        await settle(pilot, lambda: isinstance(app.screen, NotePrompt), "the link prompt")
        await pilot.press(*"TrollTube", "enter")
        await settle(pilot, lambda: "linked accounts: TrollTube (UCtroll) on fake" in screen_text(app), "the link")
        assert [a.kind for a in store.actions()] == [ActionKind.LINK]

        await pilot.press("X")
        await settle(pilot, lambda: isinstance(app.screen, ConfirmEverywhere), "the everywhere confirmation")
        assert "TrollTube (UCtroll) on fake" in screen_text(app)
        await pilot.press("b", "enter")
        await actions_done(app)
        await settle(pilot, lambda: len(source.requests) == 2, "both accounts banned")
        assert sorted(r.author.id for r in source.requests if r.author) == ["UCtroll", "t1"]
        [ban] = [a for a in store.actions() if a.kind is ActionKind.BAN]
        assert ban.reason.endswith("(everywhere)") and ban.response.count("done") == 2

        await pilot.press("escape")
        evading = chat("you cannot stop me", author="UCtroll", name="TrollTube")
        app.session.ingest(evading)
        await settle(
            pilot,
            lambda: any("crowd.ban_evasion" in r.verdict.categories for r in app.feed.rows),
            "the evasion flagged on the desk",
        )


async def test_a_first_time_flag_that_comes_late_holds_the_message_on_the_desk_and_off_air(store: Store) -> None:
    policy = parse_policy('[trust]\nhold_first_message = "message"\n', "p.toml", inherit=True)
    now = [1000.0]
    messages = [
        chat("hi everyone, first time here", author="newbie", name="Newbie", msg_id="n1", at=1000.0),
        chat("hello again doctor", author="regular", name="Regular", msg_id="r1", at=1000.0),
        chat("what a nice stream", author="quiet", name="Quiet", msg_id="q1", at=1000.0),
    ]
    app, source = make_desk(store, policy, messages, clock=lambda: now[0])
    source.flags_may_follow = lambda message: True  # type: ignore[attr-defined]  # EventSub beside its IRC reader
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 3)
        await pilot.press("4")
        onair = app.query_one(OnAirView)
        await settle(pilot, lambda: "3 waiting for the platform's flags" in screen_text(app), "all three kept off air")
        assert onair.items == []

        # Regular's IRC copy says nothing new: on air at once.
        app.session.observe(PlatformEvent("fake", PlatformEventKind.TRUST, "r1", "regular", status="none"))
        await settle(pilot, lambda: [r.message.id for r in onair.items] == ["r1"], "the regular on air")
        # Newbie's IRC copy says first-time: held the moment it arrives, never on air, pending with the reason.
        app.session.observe(PlatformEvent("fake", PlatformEventKind.TRUST, "n1", "newbie", status="first-time"))
        await pilot.press("2")
        await settle(pilot, lambda: "1 pending of 1" in screen_text(app), "the late first message held")
        text = screen_text(app)
        assert "first message of a first-time chatter" in text and "first-time chatter" in text
        # Quiet's copy never comes: on air once the grace has passed (the held one stays off).
        now[0] = 1001.6
        await settle(pilot, lambda: [r.message.id for r in onair.items] == ["r1", "q1"], "the wait over")
        # Quiet's flag comes even later, after it went on air: taken off air and held too.
        app.session.observe(PlatformEvent("fake", PlatformEventKind.TRUST, "q1", "quiet", status="first-time"))
        await settle(pilot, lambda: "2 pending of 2" in screen_text(app), "the on-air message held")
        assert [r.message.id for r in onair.items] == ["r1"]

        await pilot.press("g", "a")  # the moderator releases the first
        await actions_done(app)
        await settle(pilot, lambda: "1 pending of 2" in screen_text(app), "the first message approved")
        await settle(pilot, lambda: [r.message.id for r in onair.items] == ["r1", "n1"], "the approved one on air")
        kinds = [(a.kind, a.actor) for a in store.actions()]
        assert kinds == [(ActionKind.HOLD, "policy"), (ActionKind.HOLD, "policy"), (ActionKind.APPROVE, "alex")]
