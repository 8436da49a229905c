"""The desk's reply keys: the picker (r) and the approvals (p), driven by keys."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from castguard.core.model import ActionKind, ActionOutcome, ActionResult, ChatMessage
from castguard.core.policy import Policy
from castguard.session.store import Store
from castguard.tui.replies import PendingReplies, ReplyPicker
from tests.conftest import FakeSource, chat
from tests.test_tui_support import actions_done, make_desk, rows_shown, screen_text, settle

SIZE = (180, 40)


class ReplyingSource(FakeSource):
    """A fake platform that also takes replies."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.capabilities = self.capabilities | {ActionKind.REPLY}
        self.sent: list[tuple[str, str]] = []

    async def reply(self, message: ChatMessage, text: str) -> ActionOutcome:
        self.sent.append((message.id, text))
        return ActionOutcome(ActionResult.DONE, "fake: reply posted")


def replying_desk(store: Store, policy: Policy, messages: list[ChatMessage]):  # type: ignore[no-untyped-def]
    app, _replaced = make_desk(store, policy, messages)
    source = ReplyingSource("fake", messages, hold_open=True)
    app.session.sources["fake"] = source
    return app, source


async def test_r_lists_the_message_language_templates_filled_and_enter_sends(store: Store, policy: Policy) -> None:
    message = chat("¿Hola doctora, qué puedo tomar para la presión?", name="Rosa_mx", msg_id="q1")
    app, source = replying_desk(store, policy, [message])
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("g", "r")
        assert isinstance(app.screen, ReplyPicker)
        shown = screen_text(app)
        assert "¡Gracias por la pregunta, Rosa_mx!" in shown and "approved by Medical-Legal Review" in shown
        assert "Thanks for the question" not in shown  # only the message's language
        await pilot.press("enter")
        await actions_done(app)
        assert source.sent == [("q1", "¡Gracias por la pregunta, Rosa_mx! La Dra. Lee responderá todas las que pueda.")]
        (action,) = store.actions()
        assert action.kind is ActionKind.REPLY and action.actor == "alex" and "template thanks v1 es" in action.reason
        await settle(
            pilot,
            lambda: "reply  " in screen_text(app).replace("Reply", ""),
            "'reply  ' in screen_text(app).replace('Reply', '')",
        )


async def test_free_text_waits_for_another_person_and_a_phone_number_is_blocked(store: Store, policy: Policy) -> None:
    messages = [chat("when is the next show?", msg_id="q1"), chat("thanks!", msg_id="q2")]
    app, source = replying_desk(store, policy, messages)
    async with app.run_test(size=SIZE) as pilot:
        await rows_shown(pilot, app, 2)
        # Free text echoing a phone number: blocked with the reason, recorded, never sent.
        await pilot.press("g", "r", "end", "enter")
        await pilot.press(*"call us at 415-555-2671", "enter")
        await actions_done(app)
        assert source.sent == []
        (blocked,) = store.actions()
        assert blocked.kind is ActionKind.REPLY_BLOCKED and "privacy.phone" in blocked.reason
        # Acceptable free text is queued, not sent.
        await pilot.press("r", "end", "enter")
        await pilot.press(*"Next Tuesday, same time", "enter")
        await actions_done(app)
        assert source.sent == [] and store.actions()[-1].kind is ActionKind.REPLY_QUEUED
        # The writer cannot approve their own text.
        await pilot.press("p")
        assert isinstance(app.screen, PendingReplies)
        assert "Next Tuesday, same time" in screen_text(app)
        app.screen.query_one("#approver").value = "alex"  # type: ignore[attr-defined]
        await pilot.press("enter", "a")  # Enter in the name field: on to the list
        await actions_done(app)
        assert source.sent == [] and store.actions()[-1].kind is ActionKind.REPLY_QUEUED
        assert any("another moderator must approve" in n.message for n in app._notifications)
        # The producer can.
        app.screen.query_one("#approver").value = "lee"  # type: ignore[attr-defined]
        await pilot.press("a")
        await actions_done(app)
        assert source.sent == [("q1", "Next Tuesday, same time")]
        sent = store.actions()[-1]
        assert sent.kind is ActionKind.REPLY and "approved by lee" in sent.reason and sent.actor == "alex"
        await settle(pilot, lambda: "nothing waiting" in screen_text(app), "'nothing waiting' in screen_text(app)")


@pytest.mark.parametrize("size", [(80, 24), (60, 18)], ids=["80x24", "60x18"])
async def test_the_reply_dialogs_fit_small_terminals_and_the_approver_is_typed_first(
    store: Store, policy: Policy, size: tuple[int, int]
) -> None:
    app, source = replying_desk(store, policy, [chat("when is the next show?", msg_id="q1")])
    async with app.run_test(size=size) as pilot:
        await rows_shown(pilot, app, 1)
        await pilot.press("g", "r", "end", "enter")  # free text: its field is on screen
        picker = app.screen
        assert isinstance(picker, ReplyPicker)
        field = picker.query_one("#reply-text", Input)
        await settle(pilot, lambda: field.has_focus and field.region.height > 0, "the free-text field")
        screen = picker.region
        assert screen.contains_region(field.region) and screen.contains_region(picker.query_one("#reply-hint").region)
        await pilot.press(*"Next Tuesday, same time", "enter")
        await actions_done(app)
        assert store.actions()[-1].kind is ActionKind.REPLY_QUEUED

        await pilot.press("p")  # the name comes first: its letters are typed, not taken as keys
        dialog = app.screen
        assert isinstance(dialog, PendingReplies)
        await settle(pilot, lambda: "a approve" in screen_text(app), "the dialog's keys")
        assert "x reject" in screen_text(app) and "Esc" in screen_text(app)
        await pilot.press(*"moderator", "enter", "a")
        await actions_done(app)
        assert dialog.query_one("#approver", Input).value == "moderator"
        assert source.sent == [("q1", "Next Tuesday, same time")]
        assert "approved by moderator" in store.actions()[-1].reason
