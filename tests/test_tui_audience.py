"""The producer's audience lane, driven by keys: pin the positive on air, open an account, act on detractors."""

from __future__ import annotations

from collections.abc import Callable

from castguard.core.model import ActionKind, ChatMessage, MessageState
from castguard.core.policy import Policy
from castguard.session.store import Store
from castguard.tui.audience import AudienceLane, Row
from castguard.tui.author import AuthorCard
from castguard.tui.screens import ConfirmBulk
from castguard.tui.views import OnAirView, PinnedStrip
from tests.conftest import chat
from tests.test_tui_support import actions_done, make_desk, rows_shown, screen_text, settle

SIZE = (160, 45)
TESTIMONIAL = "Thank you, this program helped me so much"
QUESTION = "What time does the next live show start in Europe?"
ANGRY = ["this show is terrible and boring", "worst stream ever, awful hosts", "I hate this awful garbage show"]


def script() -> list[ChatMessage]:
    messages = [chat(text, author="grump", name="Grump", msg_id=f"g{i}") for i, text in enumerate(ANGRY)]
    messages += [chat(text, author="sour", name="Sour", msg_id=f"s{i}") for i, text in enumerate(ANGRY[:2])]
    messages.append(chat(TESTIMONIAL, author="fan", name="Fan", msg_id="t"))
    messages.append(chat(QUESTION, author="asker", name="Asker", msg_id="q"))
    messages.append(chat("call me at 415-555-2671, thank you so much", author="leaky", name="Leaky", msg_id="p"))
    return messages


def select(lane: AudienceLane, predicate: Callable[[Row], bool]) -> None:
    lane.selected = next(i for i, row in enumerate(lane.rows) if predicate(row))


async def test_the_producer_pins_a_testimonial_on_air_with_one_key_and_takes_it_off(
    store: Store, policy: Policy
) -> None:
    app, _ = make_desk(store, policy, script())
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 8)
        await pilot.press("5")
        lane = app.query_one(AudienceLane)
        await settle(pilot, lambda: any(r.group == "amplify" for r in lane.rows), "the amplify lane")
        amplified = {r.message.record.message.text for r in lane.rows if r.message is not None}
        assert TESTIMONIAL in amplified and QUESTION in amplified
        assert not any("415" in text for text in amplified)  # a flagged message is never offered for the air

        lane.focus()
        select(lane, lambda r: r.message is not None and r.message.record.message.text == TESTIMONIAL)
        await pilot.press("P")
        await actions_done(app)
        pins = [a for a in store.actions() if a.kind is ActionKind.PIN]
        assert len(pins) == 1 and pins[0].actor == "alex"  # recorded as an action, by whoever pressed the key
        pinned = pins[0].message_seq
        onair = app.query_one(OnAirView)
        await settle(pilot, lambda: onair.pinned == {pinned}, "the pin on the on-air view")
        await pilot.press("4")
        strip = app.query_one(PinnedStrip)
        await settle(pilot, lambda: "PINNED" in screen_text(app) and strip.display, "the pinned strip on air")
        shown = screen_text(app)
        assert "📌 Fan: " + TESTIMONIAL in shown and "📌 PINNED" in shown  # above the stream and marked in it

        await pilot.press("5")
        lane.focus()
        select(lane, lambda r: r.message is not None and r.message.record.seq == pinned)
        assert "📌" in screen_text(app)
        await pilot.press("P")  # again: the pin comes off
        await actions_done(app)
        assert [a.kind for a in store.actions() if a.kind in (ActionKind.PIN, ActionKind.UNPIN)] == [
            ActionKind.PIN,
            ActionKind.UNPIN,
        ]
        await settle(pilot, lambda: onair.pinned == frozenset() and not strip.display, "the pin taken off")


async def test_a_pinned_message_hidden_later_leaves_the_air(store: Store, policy: Policy) -> None:
    app, _ = make_desk(store, policy, script())
    async with app.run_test(size=SIZE) as pilot:
        feed = await rows_shown(pilot, app, 8)
        await pilot.press("5")
        lane = app.query_one(AudienceLane)
        await settle(pilot, lambda: any(r.group == "amplify" for r in lane.rows), "the amplify lane")
        lane.focus()
        select(lane, lambda r: r.message is not None and r.message.record.message.text == TESTIMONIAL)
        await pilot.press("P")
        await actions_done(app)
        strip = app.query_one(PinnedStrip)
        await settle(pilot, lambda: strip.display, "the pinned strip")
        await pilot.press("1")
        feed.select_seq(next(r.seq for r in feed.rows if r.message.text == TESTIMONIAL))
        await pilot.press("h")
        await actions_done(app)
        await settle(pilot, lambda: not strip.display, "the hidden pin off the air")
        assert not any(r.message is not None and r.message.record.state is MessageState.HIDDEN for r in lane.rows)


async def test_enter_opens_an_accounts_card_and_b_acts_on_every_detractor(store: Store, policy: Policy) -> None:
    app, source = make_desk(store, policy, script())
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 8)
        await pilot.press("5")
        lane = app.query_one(AudienceLane)
        await settle(pilot, lambda: any(r.group == "detractors" for r in lane.rows), "the detractors")
        detractors = [r.account.author_id for r in lane.rows if r.group == "detractors" and r.account]
        assert detractors == ["grump", "sour"]
        assert [r.account.author_id for r in lane.rows if r.group == "top" and r.account] == ["grump"]
        assert "20% of contributors (1 of 5) drove 38% of the activity and 60% of the negative" in screen_text(app)

        lane.focus()
        select(lane, lambda r: r.group == "top")
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, AuthorCard), "the author card")
        assert "Grump" in screen_text(app)
        await pilot.press("escape")

        lane.focus()
        select(lane, lambda r: r.group == "detractors")
        await pilot.press("B")
        assert isinstance(app.screen, ConfirmBulk)
        assert "2 account(s), 5 message(s)" in screen_text(app)
        await pilot.press("h", "enter")
        await actions_done(app)
        hidden = [a.author_id or "" for a in store.actions() if a.kind is ActionKind.HIDE and a.actor == "alex"]
        assert sorted(hidden) == ["grump"] * 3 + ["sour"] * 2  # each message on its own, each undoable
        asked = [r.message.author.id for r in source.requests if r.message is not None]
        assert sorted(a for a in asked if a in ("grump", "sour")) == ["grump"] * 3 + ["sour"] * 2

        lane.focus()
        select(lane, lambda r: r.group == "advocates" or r.group == "amplify")
        await pilot.press("B")  # advocates and messages are not a bulk target
        assert not isinstance(app.screen, ConfirmBulk)
