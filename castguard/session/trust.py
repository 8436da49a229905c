"""What the platforms say about an author's standing: first-time or returning chatter, low trust.

Twitch flags an author's very first message in a channel (``first-msg``) and a returning chatter's
(``returning-chatter``) only on IRC tags; EventSub brings the suspicious-user status (monitored or
restricted). A :class:`TrustBook` keeps these per (source, author id) for one session, from the
messages' roles and the platform events, so the desk can mark the author's rows and card, and the
policy's ``[trust] hold_first_message`` can hold a newcomer's first message (or first link).
"""

from __future__ import annotations

from dataclasses import dataclass

from castguard.core.model import ChatMessage, PlatformEvent, PlatformEventKind

#: Author roles the connectors give a message carrying the platform's newcomer flags (IRC tags).
FIRST_TIME = "first-time"
RETURNING = "returning-chatter"
#: A trust signal's status when the other copy of a message carried no newcomer flag (nothing to record).
NO_FLAGS = "none"
#: The low-trust statuses Twitch reports (``channel.suspicious_user.*``); ``none`` lifts them.
MONITORED = "active_monitoring"
RESTRICTED = "restricted"
#: Row and card marks.
FIRST_TIME_MARK = "✦"
RETURNING_MARK = "↺"
MONITORED_MARK = "◉"
RESTRICTED_MARK = "⊗"
#: Authors remembered per session at most (oldest forgotten first).
MAX_AUTHORS = 100_000


@dataclass(slots=True)
class Standing:
    """One author's standing as the platform reports it."""

    first_time: bool = False
    """The platform says the author chatted in this channel for the first time during this session."""
    returning: bool = False
    """The platform says the author is a returning chatter (back after a while)."""
    low_trust: str = ""
    """``active_monitoring`` or ``restricted`` (Twitch's suspicious-user status); empty when none."""
    link_held: bool = False
    """A first link of theirs was already held under ``hold_first_message = "link"``."""

    @property
    def marks(self) -> str:
        """The marks shown before the author's name (empty when the platform says nothing of note)."""
        marks = ""
        if self.low_trust == RESTRICTED:
            marks += RESTRICTED_MARK
        elif self.low_trust == MONITORED:
            marks += MONITORED_MARK
        if self.first_time:
            marks += FIRST_TIME_MARK
        elif self.returning:
            marks += RETURNING_MARK
        return marks

    def describe(self) -> str:
        """The standing in words (``first-time chatter, restricted by the platform``), empty when none."""
        words = []
        if self.first_time:
            words.append("first-time chatter")
        elif self.returning:
            words.append("returning chatter")
        if self.low_trust == RESTRICTED:
            words.append("suspicious: restricted (only moderators see their messages)")
        elif self.low_trust == MONITORED:
            words.append("suspicious: monitored")
        return ", ".join(words)


def is_first_message(message: ChatMessage) -> bool:
    """The platform flags this message as its author's first in the channel."""
    return FIRST_TIME in message.author.roles


def says_nothing(event: PlatformEvent) -> bool:
    """A trust signal that only says the other copy of a message arrived, with no newcomer flag on it."""
    return event.kind is PlatformEventKind.TRUST and event.status not in (FIRST_TIME, RETURNING)


class TrustBook:
    """Standings of one session's authors, by (source, author id)."""

    def __init__(self, limit: int = MAX_AUTHORS) -> None:
        self.limit = limit
        self._by_author: dict[tuple[str, str], Standing] = {}

    def __len__(self) -> int:
        return len(self._by_author)

    def of(self, source: str, author_id: str) -> Standing | None:
        """The author's standing, when the platform said anything about them."""
        return self._by_author.get((source, author_id))

    def _standing(self, source: str, author_id: str) -> Standing:
        key = (source, author_id)
        found = self._by_author.get(key)
        if found is None:
            if len(self._by_author) >= self.limit:
                del self._by_author[next(iter(self._by_author))]
            found = self._by_author[key] = Standing()
        return found

    def on_message(self, message: ChatMessage) -> Standing | None:
        """Take in the newcomer flags a message carries; the author's standing (``None`` when unknown)."""
        roles = message.author.roles
        if FIRST_TIME in roles or RETURNING in roles:
            standing = self._standing(message.source, message.author.id)
            standing.first_time = standing.first_time or FIRST_TIME in roles
            standing.returning = standing.returning or RETURNING in roles
            return standing
        return self.of(message.source, message.author.id)

    def on_event(self, event: PlatformEvent) -> bool:
        """Take in a trust signal or a suspicious-user status; whether a standing changed."""
        if event.author_id is None or event.kind not in (PlatformEventKind.TRUST, PlatformEventKind.SUSPICIOUS):
            return False
        if event.kind is PlatformEventKind.SUSPICIOUS:
            status = event.status if event.status in (MONITORED, RESTRICTED) else ""
            if not status and event.status != "none":
                return False  # a status Twitch adds later (or none given) changes nothing we know
            current = self.of(event.source, event.author_id)
            if current is None and not status:
                return False
            standing = current or self._standing(event.source, event.author_id)
            changed = standing.low_trust != status
            standing.low_trust = status
            return changed
        if event.status not in (FIRST_TIME, RETURNING):
            return False  # a copy without flags (or a flag Twitch adds later) says nothing of the author
        standing = self._standing(event.source, event.author_id)
        before = (standing.first_time, standing.returning)
        if event.status == FIRST_TIME:
            standing.first_time = True
        elif event.status == RETURNING:
            standing.returning = True
        return before != (standing.first_time, standing.returning)

    def clear(self) -> None:
        """Forget every standing (replay starting over)."""
        self._by_author.clear()
