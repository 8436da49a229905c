"""Hard claims on the team desk: one platform action per message, while notes from several moderators all count."""

from __future__ import annotations

import pytest

from castguard.core.model import ActionKind, ActionRecord, ActionResult
from castguard.integrations.team.claims import ClaimTable
from castguard.session.actions import ActionError


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def done(kind: ActionKind, actor: str, seq: int) -> ActionRecord:
    return ActionRecord(1, 0.0, actor, kind, ActionResult.DONE, message_seq=seq)


def test_two_moderators_pressing_hide_on_one_message_make_one_hide() -> None:
    claims = ClaimTable(clock=Clock())
    claims.enter(ActionKind.HIDE, 7, "ana")
    with pytest.raises(ActionError, match="ana is already acting on #7"):
        claims.enter(ActionKind.HIDE, 7, "ben")
    claims.leave(7, done(ActionKind.HIDE, "ana", 7))
    with pytest.raises(ActionError, match="ana already hid #7"):
        claims.enter(ActionKind.HIDE, 7, "ben")


def test_two_moderators_notes_on_one_message_are_both_written() -> None:
    clock = Clock()
    claims = ClaimTable(clock=clock)
    claims.enter(ActionKind.NOTE, 7, "ana")
    claims.leave(7, done(ActionKind.NOTE, "ana", 7))
    clock.now += 1
    claims.enter(ActionKind.NOTE, 7, "ben")  # was refused: "ana already note #7"
    claims.leave(7, done(ActionKind.NOTE, "ben", 7))
    assert claims.active() == []


def test_a_note_after_a_hide_keeps_the_hide_from_being_repeated() -> None:
    claims = ClaimTable(clock=Clock())
    claims.enter(ActionKind.HIDE, 7, "ana")
    claims.leave(7, done(ActionKind.HIDE, "ana", 7))
    claims.enter(ActionKind.NOTE, 7, "ben")
    claims.leave(7, done(ActionKind.NOTE, "ben", 7))
    with pytest.raises(ActionError, match="ana already hid #7"):
        claims.enter(ActionKind.HIDE, 7, "cy")
