"""Domain objects shared by connectors, filters, the session engine and the UI.

Everything here is plain data: frozen, slotted dataclasses and string enums, so
that the objects can cross task boundaries, be stored and be compared in tests.
No module in this file performs I/O.

This is also the boundary for strings from outside other than chat text: an
author, a message, a connection or platform event and an action's outcome
clean their names, ids and details as they are built (:mod:`castguard.core.text`),
whichever connector, file or recording they come from. The chat text itself is
cleaned by the engine, which keeps the original beside it.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum, IntEnum, StrEnum
from typing import Any

from castguard.core.text import (
    MAX_DETAIL_CHARS,
    MAX_ID_CHARS,
    MAX_NAME_CHARS,
    clean_id,
    clean_text,
    clip_raw,
    is_plain,
)

#: Longest gauge text a source shows in the status line (characters).
MAX_GAUGE_CHARS = 60


class Severity(IntEnum):
    """How bad a finding is. Ordered, so ``max()`` picks the worst."""

    INFO = 1
    WARN = 2
    CRITICAL = 3

    @property
    def label(self) -> str:
        """Lower-case name used in policy files, JSON and the UI."""
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Read ``info`` / ``warn`` / ``critical`` (case-insensitive)."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected info, warn or critical)") from None


class Decision(StrEnum):
    """What the policy decides to do with a message automatically.

    The order of :data:`DECISION_RANK` is the order of strength: when several
    findings apply, the strongest decision wins.
    """

    PASS = "pass"
    FLAG = "flag"
    HOLD = "hold"
    ESCALATE = "escalate"
    HIDE = "hide"

    @property
    def rank(self) -> int:
        """Strength of the decision; higher overrides lower."""
        return DECISION_RANK[self]


DECISION_RANK: dict[Decision, int] = {
    Decision.PASS: 0,
    Decision.FLAG: 1,
    Decision.HOLD: 2,
    Decision.ESCALATE: 3,
    Decision.HIDE: 4,
}

#: Every category id the filters may emit (see DESIGN.md "Vocabulary").
CATEGORIES: tuple[str, ...] = (
    "privacy.phone",
    "privacy.email",
    "privacy.ssn",
    "privacy.card",
    "privacy.dob",
    "privacy.mrn",
    "privacy.member_id",
    "privacy.address",
    "privacy.ip",
    "privacy.id_number",
    "privacy.health_disclosure",
    "privacy.self_disclosure",
    "profanity",
    "risk.threat",
    "risk.self_harm",
    "risk.medical_claim",
    "risk.legal",
    "risk.advice_request",
    "risk.harassment",
    "spam.link",
    "spam.caps",
    "spam.repeat",
    "spam.symbols",
    "spam.scam",
    "crowd.raid",
    "crowd.spike",
    "crowd.ban_evasion",
    "health.adverse_event",
    "custom",
)


@dataclass(frozen=True, slots=True)
class Author:
    """The account that wrote a message, as the platform identifies it."""

    id: str
    """Stable platform account id (Twitch user-id, YouTube channel id, ...)."""
    name: str
    """Display name; may change during a broadcast, ``id`` does not."""
    roles: frozenset[str] = frozenset()
    """Platform roles such as ``moderator``, ``broadcaster``, ``subscriber``, ``owner``."""

    def __post_init__(self) -> None:
        # The common case in one check (id and name plain and short); otherwise each is cleaned on its own.
        if len(self.id) > MAX_ID_CHARS or not is_plain(self.id + self.name, MAX_NAME_CHARS + len(self.id)):
            _set(self, "id", clean_id(self.id))
            _set(self, "name", clean_text(self.name, MAX_NAME_CHARS))
        for role in self.roles:
            if not is_plain(role, MAX_NAME_CHARS):
                _set(self, "roles", frozenset(clean_text(r, MAX_NAME_CHARS) for r in self.roles))
                break


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One chat message, normalised from any platform."""

    source: str
    """Key of the source that produced it (``twitch:clinic``, ``demo``); unique per session."""
    platform: str
    """Platform family: ``twitch``, ``youtube``, ``facebook``, ``websocket``, ``sse``, ``jsonl``, ``demo``."""
    channel: str
    """Channel, live chat id or live video id on the platform."""
    id: str
    """Platform message id; the handle used to delete or hide it."""
    author: Author
    text: str
    """Display-safe text: control/escape/bidi/zero-width characters removed, size bounded."""
    sent_at: float
    """Unix time the platform says the message was sent."""
    received_at: float
    """Unix time castguard received it; the clock used by windowed detectors."""
    raw: str | None = None
    """Original text when it differs from ``text`` (kept for the record, never displayed)."""
    reply_to: str | None = None
    """Platform id of the message this one replies to."""
    kind: str = "text"
    """``text``, ``paid`` (super chat, bits), ``action`` (/me) or ``system``."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Platform details worth keeping (badges, amount, reply parent name)."""

    def __post_init__(self) -> None:
        # The common case in one check: every id plain and all of them together short. Otherwise each is
        # cleaned on its own (clean_id returns a plain one unchanged).
        ids = self.source + self.platform + self.channel + self.kind + self.id
        if self.reply_to is not None:
            ids += self.reply_to
        if not is_plain(ids, MAX_ID_CHARS):
            for name in ("source", "platform", "channel", "id", "kind"):
                _set(self, name, clean_id(getattr(self, name)))
            if self.reply_to is not None:
                _set(self, "reply_to", clean_id(self.reply_to))
        if self.raw is not None:
            _set(self, "raw", clip_raw(self.raw))

    @property
    def key(self) -> tuple[str, str]:
        """Identity inside a session: the same platform id from the same source is a duplicate."""
        return (self.source, self.id)


def normalise(message: ChatMessage) -> ChatMessage:
    """The display-safe form of a message (original kept in ``raw`` when it differs, as storable text)."""
    text = clean_text(message.text)
    if text == message.text:
        return message
    return replace(message, text=text, raw=clip_raw(message.raw or message.text))


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a filter found in a message."""

    category: str
    """Category id from :data:`CATEGORIES`."""
    severity: Severity
    start: int
    """Start of the matching span in ``ChatMessage.text`` (0 and 0 for whole-message findings)."""
    end: int
    rule: str
    """Which rule matched (``phone.libphonenumber``, ``profanity.wordlist``, ...)."""
    detail: str = ""
    """Short human explanation; for crowd findings the accounts involved."""
    accounts: tuple[str, ...] = ()
    """Author ids involved (raid and flood findings), so a moderator can act on all of them."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The pipeline's judgement of one message under the current policy."""

    findings: tuple[Finding, ...]
    decision: Decision
    severity: Severity | None
    """Worst severity among the findings, ``None`` when nothing was found."""
    sentiment: float = 0.0
    """Compound sentiment score in [-1, 1]; negative means hostile or distressed."""
    policy_version: str = ""
    escalate: bool = False
    """Some finding's rule asks for an escalation, even when a stronger decision (hide) wins."""

    @property
    def categories(self) -> list[str]:
        """Distinct categories in order of first appearance."""
        return list(dict.fromkeys(f.category for f in self.findings))

    @property
    def flagged(self) -> bool:
        """True when any finding above ``info`` or any non-pass decision applies."""
        return self.decision is not Decision.PASS or (self.severity is not None and self.severity > Severity.INFO)


CLEAN = Verdict(findings=(), decision=Decision.PASS, severity=None)


#: The actor recorded for the policy's automatic decisions (auto-hides, escalations), as opposed to a person.
POLICY_ACTOR = "policy"


class ActionKind(StrEnum):
    """What a moderator (or the policy) can do."""

    HIDE = "hide"
    UNHIDE = "unhide"
    DELETE = "delete"
    APPROVE = "approve"
    ESCALATE = "escalate"
    ACKNOWLEDGE = "acknowledge"
    RESOLVE = "resolve"
    TIMEOUT = "timeout"
    BAN = "ban"
    UNBAN = "unban"
    WARN = "warn"
    UNDO = "undo"
    NOTE = "note"
    LOCKDOWN = "lockdown"
    REPLY = "reply"
    """A reply sent to the message on its platform (approved template, or free text once approved)."""
    REPLY_QUEUED = "reply_queued"
    """A free-text reply waiting for a second person's approval."""
    REPLY_BLOCKED = "reply_blocked"
    """A reply the privacy and claim filters stopped before it was sent."""
    REPLY_REJECTED = "reply_rejected"
    """A queued free-text reply the approver turned down."""
    PIN = "pin"
    """The producer pinned the message to the on-air view (amplify the positive)."""
    LINK = "link"
    """A moderator linked the message's author to another account of the same person (``reason`` names it)."""
    UNPIN = "unpin"
    """The producer took a pin off the on-air view."""
    HOLD = "hold"
    """The policy held a message already shown, because what decides it arrived after it (a first-time
    chatter's flag on a later copy): recorded by the policy actor, released by an approve, undone by undo."""


#: The entries of the reply workflow: recorded on a message, never undone (a sent reply cannot be unsent).
REPLY_ACTIONS = frozenset(
    {ActionKind.REPLY, ActionKind.REPLY_QUEUED, ActionKind.REPLY_BLOCKED, ActionKind.REPLY_REJECTED}
)


#: Actions that change something on the platform when the source supports them.
PLATFORM_ACTIONS = frozenset(
    {
        ActionKind.HIDE,
        ActionKind.UNHIDE,
        ActionKind.DELETE,
        ActionKind.TIMEOUT,
        ActionKind.BAN,
        ActionKind.UNBAN,
        ActionKind.WARN,
    }
)


class ActionResult(StrEnum):
    """Outcome of an action."""

    DONE = "done"
    """The platform confirmed it (or the action is desk-only by nature, like approve)."""
    LOCAL = "local"
    """Applied on the desk and recorded, but the source is read-only so the platform was not touched."""
    FAILED = "failed"
    """The platform refused or could not be reached; ``response`` says why."""


@dataclass(frozen=True, slots=True)
class ActionRequest:
    """What a connector is asked to do on its platform."""

    kind: ActionKind
    message: ChatMessage | None = None
    author: Author | None = None
    duration: int | None = None
    """Seconds, for timeouts."""
    reason: str = ""
    held: bool = False
    """The message is held by the platform's own filter (Twitch AutoMod): ``approve`` allows it there and
    ``delete`` denies it."""


@dataclass(frozen=True, slots=True)
class ActionOutcome:
    """What a connector reports back after trying an action."""

    result: ActionResult
    response: str = ""
    """The platform's answer (status and body, error message); never contains credentials."""

    def __post_init__(self) -> None:
        _set(self, "response", clean_text(self.response, MAX_DETAIL_CHARS))


class ConnectionState(StrEnum):
    """Life of a source's connection, shown per source in the UI."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    ENDED = "ended"
    """The broadcast or file ended normally."""
    FAILED = "failed"
    """Fatal: the source gave up (bad token, not found) or crashed."""


@dataclass(frozen=True, slots=True)
class ConnectionEvent:
    """A source's connection changed state."""

    source: str
    state: ConnectionState
    detail: str = ""
    """What happened, in words (a platform's error text or close reason, cleaned and bounded)."""
    at: float = field(default_factory=time.time)
    gauge: str = ""
    """A short reading the status line shows next to the state (a quota budget: ``quota 120u · ~300/h``)."""

    def __post_init__(self) -> None:
        _set(self, "source", clean_id(self.source))
        _set(self, "detail", clean_text(self.detail, MAX_DETAIL_CHARS))
        _set(self, "gauge", clean_text(self.gauge, MAX_GAUGE_CHARS))


class PlatformEventKind(Enum):
    """Moderation seen on the platform, done by someone else."""

    DELETED = "deleted"
    TIMED_OUT = "timed_out"
    BANNED = "banned"
    CLEARED = "cleared"
    GAP = "gap"
    """Messages may have been missed (a reconnect the platform cannot resume)."""
    USER_CLEARED = "user_cleared"
    """All of one author's messages removed (Twitch, without saying whether a ban or a timeout did it)."""
    UNBANNED = "unbanned"
    """A ban or timeout lifted."""
    WARNED = "warned"
    """An author warned by a moderator (or acknowledging a warning)."""
    HELD = "held"
    """The platform's own filter (Twitch AutoMod) holds a message for a moderator's decision."""
    HOLD_RESOLVED = "hold_resolved"
    """A message the platform held was allowed, denied or expired."""
    SUSPICIOUS = "suspicious"
    """The platform marks an author as suspicious (monitored or restricted), or one of them wrote."""
    UNBAN_REQUEST = "unban_request"
    """A banned author asked to be unbanned, or a moderator answered."""
    SHIELD_MODE = "shield_mode"
    """The platform's lockdown (Twitch Shield Mode) turned on or off."""
    CHAT_SETTINGS = "chat_settings"
    """Chat modes changed (slow, followers-only, emote-only, ...)."""
    SHARED_CHAT = "shared_chat"
    """The channel's chat started, changed or stopped being shared with other channels."""
    MODERATION = "moderation"
    """Other moderator activity on the platform (roles, raids, terms), with the actor in the detail."""
    TRUST = "trust"
    """What the platform says of an author on another copy of a message (first-time or returning chatter)."""


@dataclass(frozen=True, slots=True)
class PlatformEvent:
    """Deletion, ban, timeout, chat clear or other moderation observed on the platform.

    ``detail`` names who did it when the platform says (Twitch EventSub does).
    """

    source: str
    kind: PlatformEventKind
    message_id: str | None = None
    author_id: str | None = None
    duration: int | None = None
    detail: str = ""
    at: float = field(default_factory=time.time)
    status: str = ""
    """The platform's word for the outcome or standing, when it gives one: a held message's ``allowed``,
    ``denied`` or ``expired``; a suspicious user's ``active_monitoring``, ``restricted`` or ``none``; the
    ``first-time`` / ``returning`` of a trust signal (``none``: the other copy carried no flag)."""

    def __post_init__(self) -> None:
        _set(self, "source", clean_id(self.source))
        if self.status and not is_plain(self.status, 40):
            _set(self, "status", clean_id(self.status)[:40])
        if self.message_id is not None:
            _set(self, "message_id", clean_id(self.message_id))
        if self.author_id is not None:
            _set(self, "author_id", clean_id(self.author_id))
        _set(self, "detail", clean_text(self.detail, MAX_DETAIL_CHARS))


def _set(obj: object, name: str, value: object) -> None:
    """Replace a field of a frozen dataclass while it is being built (its ``__post_init__``)."""
    object.__setattr__(obj, name, value)


#: What a connector yields.
SourceEvent = ChatMessage | ConnectionEvent | PlatformEvent

#: ``ChatMessage.extra`` key: which platform filter holds the message for a moderator's decision
#: (``Twitch AutoMod``); the message is recorded held until a moderator (here or on the platform) decides.
PLATFORM_HOLD = "platform_hold"
#: ``ChatMessage.extra`` key: why the platform's filter holds it (AutoMod's category and level, a blocked term).
HOLD_REASON = "hold_reason"


def platform_hold(message: ChatMessage) -> str | None:
    """The platform filter holding ``message`` (``Twitch AutoMod``), or ``None`` when no platform holds it."""
    holder = message.extra.get(PLATFORM_HOLD)
    return holder if isinstance(holder, str) and holder else None


class MessageState(StrEnum):
    """Where a message stands on the desk."""

    VISIBLE = "visible"
    """On air; nothing held it."""
    HELD = "held"
    """Kept off the on-air view until a moderator approves it."""
    APPROVED = "approved"
    """A moderator looked at it and let it through."""
    HIDDEN = "hidden"
    """Hidden or deleted by castguard (on the platform, or locally on read-only sources)."""
    REMOVED = "removed"
    """Deleted on the platform by someone else (another moderator, AutoMod)."""


class EscalationState(StrEnum):
    """Life of an escalation in the producer's inbox."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


@dataclass(frozen=True, slots=True)
class MessageRecord:
    """A message as the session knows it: stored, judged and with its current state."""

    seq: int
    """Session-wide sequence number (arrival order); the key used by the UI and the store."""
    message: ChatMessage
    verdict: Verdict
    state: MessageState = MessageState.VISIBLE
    escalation: EscalationState | None = None


@dataclass(frozen=True, slots=True)
class ActionRecord:
    """One entry of the append-only action log."""

    id: int
    at: float
    actor: str
    kind: ActionKind
    result: ActionResult
    message_seq: int | None = None
    source: str | None = None
    author_id: str | None = None
    reason: str = ""
    duration: int | None = None
    response: str = ""
    undoes: int | None = None
    """Id of the action this one reverses (undo)."""
    prev_state: MessageState | None = None
    """The message's state before this action, so that undo can restore it."""
    hash: str = ""
    """Hash of this entry chained to the previous one (tamper evidence)."""
    intent: int | None = None
    """Id of the intent committed before the platform was asked (platform actions since schema 3)."""
