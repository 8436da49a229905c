"""The marks before an author's name on a row: sanctions, the platform's hold, and the author's standing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from castguard.core.model import HOLD_REASON, MessageRecord, MessageState, platform_hold
from castguard.session.trust import Standing

if TYPE_CHECKING:
    from castguard.session.engine import Session

#: The mark of a message the platform's own filter (Twitch AutoMod) held for a moderator's decision.
PLATFORM_HOLD_MARK = "⛨"


def standing_of(record: MessageRecord, session: Session) -> Standing | None:
    """What the platform says of the record's author, if anything."""
    return session.trust.of(record.message.source, record.message.author.id)


def author_marks(record: MessageRecord, session: Session) -> str:
    """Banned / timed out, held by the platform, suspicious, first-time or returning: the row's author marks."""
    marks = ""
    sanction = session.sanction_of(record)
    if sanction is not None:
        marks += sanction.mark
    if platform_hold(record.message) is not None:
        marks += PLATFORM_HOLD_MARK
    standing = standing_of(record, session)
    if standing is not None:
        marks += standing.marks
    return marks


def hold_line(record: MessageRecord) -> str:
    """``held by Twitch AutoMod (AutoMod category swearing level 4): waiting — a allows, h denies``, or ``""``."""
    holder = platform_hold(record.message)
    if holder is None:
        return ""
    reason = record.message.extra.get(HOLD_REASON)
    why = f" ({reason})" if isinstance(reason, str) and reason else ""
    outcome = {
        MessageState.HELD: "waiting for a moderator — a allows it, h denies it",
        MessageState.APPROVED: "allowed",
        MessageState.HIDDEN: "denied",
        MessageState.REMOVED: "denied or expired on the platform",
    }.get(record.state, record.state.value)
    return f"held by {holder}{why}: {outcome}"
