"""Who drives the chat and how it feels: contributor concentration, promote or protect, what to amplify.

The figures of the producer's "promote or protect" panel, defined once here and asked by the live
producer view (through :class:`castguard.session.stats.SessionStats`) and by the audit report
(through :func:`castguard.session.queries.author_tallies`). Nothing here reads a clock or a store.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from castguard.core.model import MessageRecord, MessageState

__all__ = [
    "NEGATIVE_SENTIMENT",
    "POSITIVE_SENTIMENT",
    "AuthorWindow",
    "Concentration",
    "Contributor",
    "Stance",
    "amplify_kind",
    "concentration",
    "stance",
]

#: Sentiment below this counts as negative (VADER's customary threshold).
NEGATIVE_SENTIMENT = -0.05
#: Sentiment above this counts as positive.
POSITIVE_SENTIMENT = 0.05
#: The share of authors that counts as "the top" of a chat (the top 1%, at least one account).
TOP_SHARE = 0.01
#: Fewest messages of one stance that make an account an advocate or a detractor of the broadcast.
MIN_STANCE_MESSAGES = 2
#: Accounts named in each list (top contributors, advocates, detractors).
NAMED = 10
#: A positive message amplified as such needs at least this sentiment (mild politeness is not a testimonial).
AMPLIFY_POSITIVE = 0.4

_QUESTION_WORDS = re.compile(
    r"\b(how|what|when|why|which|can|could|should|is|are|does|do|will|cómo|como|qué|que|cuándo|cuando|por qué"
    r"|puedo|se puede|как|что|когда|почему|можно|ли)\b",
    re.IGNORECASE,
)
_TESTIMONIAL = re.compile(
    r"\b(thank(s| you)|helped me|changed my life|grateful|recommend|works for me|feel(ing)? better"
    r"|gracias|me ayud[oó]|me siento mejor|recomiendo|спасибо|помог(ло|ла)? мне|чувствую себя лучше|рекомендую)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Contributor:
    """One account's messages in a window."""

    source: str
    author_id: str
    name: str
    messages: int
    negative: int
    positive: int
    last_seq: int
    """The account's newest message (what the author card and a bulk action start from)."""

    @property
    def net(self) -> int:
        """Positive minus negative messages."""
        return self.positive - self.negative


@dataclass(frozen=True, slots=True)
class Concentration:
    """How much of the chat, and of its negativity, comes from its busiest accounts."""

    authors: int
    messages: int
    negative: int
    top: tuple[Contributor, ...]
    """The top :data:`TOP_SHARE` of authors by messages (at least one), busiest first."""
    advocates: tuple[Contributor, ...]
    """Accounts mostly positive about the broadcast, most positive first."""
    detractors: tuple[Contributor, ...]
    """Accounts mostly negative about the broadcast, most negative first."""

    @property
    def top_messages(self) -> int:
        """Messages of the top accounts."""
        return sum(c.messages for c in self.top)

    @property
    def top_negative(self) -> int:
        """Negative messages of the top accounts."""
        return sum(c.negative for c in self.top)

    @property
    def author_share(self) -> float | None:
        """The top accounts as a share of every author (``None`` with no author)."""
        return len(self.top) / self.authors if self.authors else None

    @property
    def message_share(self) -> float | None:
        """The top accounts' share of the messages."""
        return self.top_messages / self.messages if self.messages else None

    @property
    def negative_share(self) -> float | None:
        """The top accounts' share of the negative messages (``None`` with no negative message)."""
        return self.top_negative / self.negative if self.negative else None


def concentration(tallies: Iterable[Contributor], *, top_share: float = TOP_SHARE, named: int = NAMED) -> Concentration:
    """The concentration figures of the accounts ``tallies`` (one entry per account)."""
    every = list(tallies)
    k = max(1, math.ceil(len(every) * top_share)) if every else 0
    # Ties broken by account, so the same stream always names the same accounts.
    top = heapq.nsmallest(k, every, key=lambda c: (-c.messages, -c.negative, c.source, c.author_id))
    advocates = heapq.nsmallest(
        named,
        (c for c in every if c.positive >= MIN_STANCE_MESSAGES and c.positive > c.negative),
        key=lambda c: (-c.net, -c.positive, c.source, c.author_id),
    )
    detractors = heapq.nsmallest(
        named,
        (c for c in every if c.negative >= MIN_STANCE_MESSAGES and c.negative > c.positive),
        key=lambda c: (c.net, -c.negative, c.source, c.author_id),
    )
    return Concentration(
        authors=len(every),
        messages=sum(c.messages for c in every),
        negative=sum(c.negative for c in every),
        top=tuple(top),
        advocates=tuple(advocates),
        detractors=tuple(detractors),
    )


class Stance(StrEnum):
    """What the producer should do first with this audience."""

    PROTECT = "protect"
    """The negative share is at or above the policy's threshold: moderate before promoting anything."""
    PROMOTE = "promote"
    """Below the threshold: amplify the positive."""


def stance(negative_share: float | None, threshold: float) -> Stance | None:
    """PROTECT at or above ``threshold``, PROMOTE below it, ``None`` without enough messages to say."""
    if negative_share is None:
        return None
    return Stance.PROTECT if negative_share >= threshold else Stance.PROMOTE


def amplify_kind(record: MessageRecord) -> str | None:
    """Why a message is worth putting on air (``testimonial``, ``question``, ``positive``), or ``None``.

    Only messages with no finding at all and still on the chat qualify: nothing flagged is amplified.
    """
    if record.verdict.findings or record.state not in (MessageState.VISIBLE, MessageState.APPROVED):
        return None
    text, sentiment = record.message.text, record.verdict.sentiment
    if "?" in text and sentiment >= NEGATIVE_SENTIMENT and len(text.split()) >= 4 and _QUESTION_WORDS.search(text):
        return "question"
    if sentiment > POSITIVE_SENTIMENT and _TESTIMONIAL.search(text):
        return "testimonial"
    if sentiment >= AMPLIFY_POSITIVE:
        return "positive"
    return None


class AuthorWindow:
    """Per-account counts of the messages of the last ``seconds`` (and at most ``max_messages`` of them)."""

    def __init__(self, seconds: float, max_messages: int = 200_000) -> None:
        self.seconds = seconds
        self.max_messages = max_messages
        self._arrivals: deque[tuple[float, tuple[str, str], int, int]] = deque()
        self._counts: dict[tuple[str, str], list[int]] = {}
        """(source, author id) → [messages, negative, positive, newest seq]."""
        self._names: dict[tuple[str, str], str] = {}

    def add(self, record: MessageRecord) -> None:
        """Count one message."""
        m = record.message
        key = (m.source, m.author.id)
        neg = int(record.verdict.sentiment < NEGATIVE_SENTIMENT)
        pos = int(record.verdict.sentiment > POSITIVE_SENTIMENT)
        counts = self._counts.get(key)
        if counts is None:
            counts = self._counts[key] = [0, 0, 0, 0]
        counts[0] += 1
        counts[1] += neg
        counts[2] += pos
        counts[3] = max(counts[3], record.seq)
        self._names[key] = m.author.name
        self._arrivals.append((m.received_at, key, neg, pos))
        while len(self._arrivals) > self.max_messages:
            self._drop()

    def _drop(self) -> None:
        _, key, neg, pos = self._arrivals.popleft()
        counts = self._counts[key]
        counts[0] -= 1
        counts[1] -= neg
        counts[2] -= pos
        if counts[0] <= 0:
            del self._counts[key]
            del self._names[key]

    def contributors(self, now: float) -> list[Contributor]:
        """Every account with a message in the window ending at ``now``."""
        while self._arrivals and self._arrivals[0][0] <= now - self.seconds:
            self._drop()
        return [
            Contributor(source, author, self._names[source, author], c[0], c[1], c[2], c[3])
            for (source, author), c in self._counts.items()
        ]
