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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from castguard.core.model import MessageRecord, MessageState
from castguard.filters.healthstory import HealthStory

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
    r"¿|\b(how|what|when|why|which|where|who|can|could|should|is|are|does|do|will|cómo|como|qué|que|cuándo|cuando"
    r"|por qué|cuál|cual|cuánto|cuanto|dónde|donde|quién|quien|puedo|se puede|как|что|когда|почему|можно|ли|какой"
    r"|какая|какое|где|сколько|кто)\b",
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


#: Per-account counts as kept by :class:`AuthorWindow`: ((source, author id), [messages, negative, positive, seq]).
_Item = tuple[tuple[str, str], list[int]]


# The orders of the lists, on raw counts; ties broken by account, so the same stream always names the same accounts.
def _busiest(i: _Item) -> tuple[int, int, tuple[str, str]]:
    return -i[1][0], -i[1][1], i[0]


def _most_positive(i: _Item) -> tuple[int, int, tuple[str, str]]:
    return -(i[1][2] - i[1][1]), -i[1][2], i[0]


def _most_negative(i: _Item) -> tuple[int, int, tuple[str, str]]:
    return i[1][2] - i[1][1], -i[1][1], i[0]


def _advocate(c: list[int]) -> bool:
    return c[2] >= MIN_STANCE_MESSAGES and c[2] > c[1]


def _detractor(c: list[int]) -> bool:
    return c[1] >= MIN_STANCE_MESSAGES and c[1] > c[2]


def _rank(
    counts: dict[tuple[str, str], list[int]], names: Callable[[tuple[str, str]], str], top_share: float, named: int
) -> Concentration:
    """The figures from per-account counts; only the accounts named become :class:`Contributor` objects."""
    k = max(1, math.ceil(len(counts) * top_share)) if counts else 0

    def made(items: list[_Item]) -> tuple[Contributor, ...]:
        return tuple(Contributor(key[0], key[1], names(key), c[0], c[1], c[2], c[3]) for key, c in items)

    return Concentration(
        authors=len(counts),
        messages=sum(c[0] for c in counts.values()),
        negative=sum(c[1] for c in counts.values()),
        top=made(heapq.nsmallest(k, counts.items(), key=_busiest)),
        advocates=made(heapq.nsmallest(named, [i for i in counts.items() if _advocate(i[1])], key=_most_positive)),
        detractors=made(heapq.nsmallest(named, [i for i in counts.items() if _detractor(i[1])], key=_most_negative)),
    )


def concentration(tallies: Iterable[Contributor], *, top_share: float = TOP_SHARE, named: int = NAMED) -> Concentration:
    """The concentration figures of the accounts ``tallies`` (one entry per account)."""
    counts: dict[tuple[str, str], list[int]] = {}
    names: dict[tuple[str, str], str] = {}
    for c in tallies:
        counts[c.source, c.author_id] = [c.messages, c.negative, c.positive, c.last_seq]
        names[c.source, c.author_id] = c.name
    return _rank(counts, names.__getitem__, top_share, named)


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


def amplify_kind(record: MessageRecord, story: HealthStory | None = None) -> str | None:
    """Why a message is worth putting on air (``testimonial``, ``question``, ``positive``), or ``None``.

    Only messages with no finding at all and still on the chat qualify: nothing flagged is amplified.
    With ``story``, neither is a health story the policy did not flag (someone's health, an adverse
    event, a claim below the bar, a privacy span): a brand does not put those on air.
    """
    if record.verdict.findings or record.state not in (MessageState.VISIBLE, MessageState.APPROVED):
        return None
    text, sentiment = record.message.text, record.verdict.sentiment
    if "?" in text and sentiment >= NEGATIVE_SENTIMENT and len(text.split()) >= 4 and _QUESTION_WORDS.search(text):
        kind = "question"
    elif sentiment > POSITIVE_SENTIMENT and _TESTIMONIAL.search(text):
        kind = "testimonial"
    elif sentiment >= AMPLIFY_POSITIVE:
        kind = "positive"
    else:
        return None
    # Last, on the few messages that got this far: the screen reruns filters.
    if story is not None and story.reasons(record.message):
        return None
    return kind


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

    @property
    def accounts(self) -> int:
        """Accounts with a message in the window (as of the last eviction)."""
        return len(self._counts)

    def covers(self, now: float) -> float:
        """Seconds the counts cover: the whole window, or less when the message cap cut it (a very busy chat)."""
        if len(self._arrivals) < self.max_messages or not self._arrivals:
            return self.seconds
        return min(self.seconds, now - self._arrivals[0][0])

    def concentration(self, now: float, *, top_share: float = TOP_SHARE, named: int = NAMED) -> Concentration:
        """The concentration figures of the window ending at ``now``."""
        self._evict(now)
        return _rank(self._counts, self._names.__getitem__, top_share, named)

    def _evict(self, now: float) -> None:
        while self._arrivals and self._arrivals[0][0] <= now - self.seconds:
            self._drop()

    def contributors(self, now: float) -> list[Contributor]:
        """Every account with a message in the window ending at ``now``."""
        self._evict(now)
        return [
            Contributor(source, author, self._names[source, author], c[0], c[1], c[2], c[3])
            for (source, author), c in self._counts.items()
        ]
