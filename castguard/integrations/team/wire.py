"""The team desk's wire format: session updates, intents and snapshots as versioned JSON (sans-I/O).

Everything read from Redis is hostile: another process (or anyone with the Redis password) wrote it.
:func:`decode_update`, :func:`decode_intent` and :func:`decode_snapshot` check the version, the type, every
field's type and range, and bound every size; strings are cleaned as the model cleans them (ids escaped,
names and text stripped of control, escape and bidi characters). What does not pass is a :class:`WireError`,
never a half-built object. Nothing here touches a socket: bytes in, domain objects out, and back.

The original form of a message (``raw``) and its platform extras are not published (but for the platform's hold,
which the desk marks): a member shows what the host's desk shows, and less personal data crosses the wire.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TypeVar

from castguard.core.model import (
    HOLD_REASON,
    MAX_GAUGE_CHARS,
    PLATFORM_HOLD,
    ActionKind,
    ActionRecord,
    ActionResult,
    Author,
    ChatMessage,
    ConnectionEvent,
    ConnectionState,
    Decision,
    EscalationState,
    Finding,
    MessageRecord,
    MessageState,
    PlatformEvent,
    PlatformEventKind,
    Severity,
    Verdict,
    platform_hold,
)
from castguard.core.text import (
    MAX_DETAIL_CHARS,
    MAX_ID_CHARS,
    MAX_NAME_CHARS,
    MAX_TEXT_CHARS,
    clean_id,
    clean_text,
    is_plain,
)
from castguard.session.actions import LockdownChanged, StateChange

#: Version of the format; a reader refuses any other (a newer host needs newer members).
VERSION = 1
#: Largest stream entry or intent accepted (bytes).
MAX_ENTRY_BYTES = 64 * 1024
#: Largest snapshot accepted (bytes).
MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024
#: Findings of one message kept at most.
MAX_FINDINGS = 64
#: Records a snapshot holds at most.
MAX_SNAPSHOT_RECORDS = 20_000
#: Largest sequence number or action id taken from the wire.
MAX_INT = 2**53
#: Longest platform action (timeout) taken from the wire: two weeks, as Twitch allows.
MAX_DURATION = 14 * 24 * 3600
#: Longest platform status word (a held message's ``allowed``, a trust signal's ``first-time``) taken from the wire.
MAX_STATUS_CHARS = 40
#: Roles a desk can have.
ROLES = ("moderator", "producer", "observer")


class WireError(ValueError):
    """Bytes that are not a valid update, intent or snapshot of this version."""


@dataclass(frozen=True, slots=True)
class Claim:
    """A hard claim: ``actor`` is carrying out ``kind`` on message ``seq`` (``on`` false: it ended)."""

    seq: int
    actor: str
    kind: ActionKind
    on: bool = True


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of an intent: the action it produced (``action_id``) or why it was refused."""

    intent: str
    actor: str
    ok: bool
    action_id: int | None = None
    error: str = ""


@dataclass(frozen=True, slots=True)
class Gap:
    """The host could not publish for a while (Redis unreachable): members must resync from the snapshot."""

    lost: int
    """Updates not published."""


@dataclass(frozen=True, slots=True)
class Intent:
    """A member's request that the host carry out an action; ``id`` is its idempotency key."""

    id: str
    actor: str
    role: str
    kind: ActionKind
    seq: int | None = None
    """The message acted on (``None`` for lockdown)."""
    reason: str = ""
    duration: int | None = None
    on: bool = False
    """For lockdown: switch it on (true) or off."""


@dataclass(slots=True)
class Snapshot:
    """The desk's state for a member joining late: what to show before reading the stream from ``stream_id``."""

    stream_id: str
    """The last stream entry the snapshot includes ("0-0": none)."""
    records: list[MessageRecord] = field(default_factory=list)
    """Open queue, inbox and the most recent messages, in seq order."""
    lockdown: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    connections: list[ConnectionEvent] = field(default_factory=list)
    """Each source's latest connection state, with its gauge (a quota budget)."""
    at: float = 0.0
    platform: list[PlatformEvent] = field(default_factory=list)
    """The platform's standing controls as last seen (Shield Mode, chat settings), per source."""


Update = MessageRecord | StateChange | ActionRecord | ConnectionEvent | PlatformEvent | LockdownChanged
WireUpdate = Update | Claim | Outcome | Gap


# -- encoding ---------------------------------------------------------------------------------------


def _message(record: MessageRecord) -> dict[str, Any]:
    m, v = record.message, record.verdict
    return {
        "seq": record.seq,
        "state": record.state.value,
        "esc": record.escalation.value if record.escalation else None,
        "m": {
            "source": m.source, "platform": m.platform, "channel": m.channel, "id": m.id,
            "author": [m.author.id, m.author.name, sorted(m.author.roles)], "text": m.text,
            "sent_at": m.sent_at, "received_at": m.received_at, "reply_to": m.reply_to, "kind": m.kind,
            "hold": _hold_of(m),
        },
        "v": {
            "decision": v.decision.value, "severity": int(v.severity) if v.severity is not None else None,
            "sentiment": v.sentiment, "policy": v.policy_version, "escalate": v.escalate,
            "findings": [
                [f.category, int(f.severity), f.start, f.end, f.rule, f.detail, list(f.accounts)]
                for f in v.findings[:MAX_FINDINGS]
            ],
        },
    }  # fmt: skip


def _hold_of(m: ChatMessage) -> list[str] | None:
    """Which platform filter holds the message (Twitch AutoMod) and why: the one extra a member's desk shows."""
    holder = platform_hold(m)
    if holder is None:
        return None
    reason = m.extra.get(HOLD_REASON)
    return [holder, reason if isinstance(reason, str) else ""]


def _action(a: ActionRecord) -> dict[str, Any]:
    return {
        "id": a.id, "at": a.at, "actor": a.actor, "kind": a.kind.value, "result": a.result.value,
        "seq": a.message_seq, "source": a.source, "author_id": a.author_id, "reason": a.reason,
        "duration": a.duration, "response": a.response, "undoes": a.undoes,
        "prev_state": a.prev_state.value if a.prev_state else None, "hash": a.hash,
    }  # fmt: skip


def _connection(e: ConnectionEvent) -> dict[str, Any]:
    return {"source": e.source, "state": e.state.value, "detail": e.detail, "at": e.at, "gauge": e.gauge}


def _platform(e: PlatformEvent) -> dict[str, Any]:
    return {"source": e.source, "kind": e.kind.value, "message_id": e.message_id, "author_id": e.author_id,
            "duration": e.duration, "detail": e.detail, "at": e.at, "status": e.status}  # fmt: skip


def _payload(update: WireUpdate) -> tuple[str, dict[str, Any]]:
    if isinstance(update, MessageRecord):
        return "msg", _message(update)
    if isinstance(update, StateChange):
        return "state", _message(update.record)
    if isinstance(update, ActionRecord):
        return "act", _action(update)
    if isinstance(update, ConnectionEvent):
        return "conn", _connection(update)
    if isinstance(update, PlatformEvent):
        return "plat", _platform(update)
    if isinstance(update, LockdownChanged):
        return "lock", {"on": update.on, "actor": update.actor}
    if isinstance(update, Claim):
        return "claim", {"seq": update.seq, "actor": update.actor, "kind": update.kind.value, "on": update.on}
    if isinstance(update, Outcome):
        return "outcome", {"intent": update.intent, "actor": update.actor, "ok": update.ok,
                           "action_id": update.action_id, "error": update.error}  # fmt: skip
    if isinstance(update, Gap):
        return "gap", {"lost": update.lost}
    raise TypeError(f"not a team update: {type(update).__name__}")


def _dumps(value: dict[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8", "replace")


def encode_record(record: MessageRecord) -> bytes:
    """A message record as its updates and the snapshot carry it: encoded once, reused by both."""
    return _dumps(_message(record))


def encode_update(update: WireUpdate, record: bytes | None = None) -> bytes | None:
    """One update as bytes for the session's stream; ``None`` for what the team desk does not share.

    ``record``: a message update's record already encoded (:func:`encode_record`).
    """
    if isinstance(update, MessageRecord | StateChange):
        tag = b"msg" if isinstance(update, MessageRecord) else b"state"
        body = record if record is not None else encode_record(update if isinstance(update, MessageRecord)
                                                               else update.record)  # fmt: skip
        return b'{"v":%d,"t":"%s","d":%s}' % (VERSION, tag, body)
    try:
        kind, payload = _payload(update)
    except TypeError:
        return None  # replay's control events and the like stay on the host
    return _dumps({"v": VERSION, "t": kind, "d": payload})


def encode_intent(intent: Intent) -> bytes:
    """An intent as bytes for the intents stream."""
    return _dumps({
        "v": VERSION, "t": "intent", "id": intent.id, "actor": intent.actor, "role": intent.role,
        "kind": intent.kind.value, "seq": intent.seq, "reason": intent.reason, "duration": intent.duration,
        "on": intent.on,
    })  # fmt: skip


def encode_snapshot(snapshot: Snapshot, records: Sequence[bytes] | None = None) -> bytes:
    """The late joiners' snapshot as bytes.

    ``records``: the snapshot's records already encoded (:func:`encode_record`), in its order: a host refreshing
    the snapshot every second with thousands of open messages joins their JSON instead of encoding it again.
    """
    encoded = records if records is not None else [encode_record(r) for r in snapshot.records]
    rest = _dumps({
        "v": VERSION, "t": "snapshot", "stream_id": snapshot.stream_id, "at": snapshot.at,
        "lockdown": snapshot.lockdown, "counts": snapshot.counts,
        "claims": [{"seq": c.seq, "actor": c.actor, "kind": c.kind.value, "on": c.on} for c in snapshot.claims],
        "connections": [_connection(c) for c in snapshot.connections],
        "platform": [_platform(e) for e in snapshot.platform],
    })  # fmt: skip
    return b'{"records":[' + b",".join(encoded[-MAX_SNAPSHOT_RECORDS:]) + b"]," + rest[1:]


# -- decoding ---------------------------------------------------------------------------------------

E = TypeVar("E", bound=Enum)


def _load(raw: bytes | str, limit: int, what: str) -> dict[str, Any]:
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "replace")
    if not isinstance(raw, bytes):
        raise WireError(f"{what}: not bytes")
    if len(raw) > limit:
        raise WireError(f"{what}: {len(raw)} bytes, more than {limit}")
    try:
        value = json.loads(raw.decode("utf-8", "replace"), parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise WireError(f"{what}: not JSON ({type(exc).__name__})") from None
    if not isinstance(value, dict):
        raise WireError(f"{what}: not an object")
    if value.get("v") != VERSION:
        raise WireError(f"{what}: format version {str(value.get('v'))[:20]!r}, this castguard reads {VERSION}")
    return value


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number")


def _obj(d: dict[str, Any], key: str) -> dict[str, Any]:
    value = d.get(key)
    if not isinstance(value, dict):
        raise WireError(f"{key}: not an object")
    return value


def _list(d: dict[str, Any], key: str, limit: int) -> list[Any]:
    value = d.get(key, [])
    if not isinstance(value, list):
        raise WireError(f"{key}: not a list")
    if len(value) > limit:
        raise WireError(f"{key}: {len(value)} items, more than {limit}")
    return value


def _int(value: Any, key: str, *, lo: int = 0, hi: int = MAX_INT, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if type(value) is not int or not lo <= value <= hi:
        raise WireError(f"{key}: not an integer in [{lo}, {hi}]")
    return value


def _float(value: Any, key: str, *, lo: float = 0.0, hi: float = 1e12) -> float:
    if type(value) not in (int, float) or not math.isfinite(value) or not lo <= value <= hi:
        raise WireError(f"{key}: not a number in [{lo}, {hi}]")
    return float(value)


def _bool(value: Any, key: str) -> bool:
    if type(value) is not bool:
        raise WireError(f"{key}: not true or false")
    return value


def _text(value: Any, key: str, limit: int, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise WireError(f"{key}: not a string")
    if len(value) > limit * 4:
        raise WireError(f"{key}: longer than {limit * 4} characters")
    return clean_text(value, limit)


def _id(value: Any, key: str, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > MAX_ID_CHARS * 4:
        raise WireError(f"{key}: not an id")
    return clean_id(value)


#: Ids of a small vocabulary (categories, rules, policy versions) already cleaned, and their clean form.
_VOCABULARY: dict[str, str] = {}
#: Entries kept at most (a hostile writer sending new ids on every entry only makes the look-up miss).
_VOCABULARY_SIZE = 4096


def _word(value: Any, key: str) -> str:
    """An id from a small vocabulary (a category, a rule, a policy version), cleaned once and remembered."""
    known = _VOCABULARY.get(value) if type(value) is str else None
    if known is not None:
        return known
    clean = _id(value, key)
    if len(_VOCABULARY) < _VOCABULARY_SIZE:
        _VOCABULARY[value] = clean
    return clean


def _enum(cls: type[E], value: Any, key: str, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    try:
        return cls(value)
    except (ValueError, TypeError):
        raise WireError(f"{key}: {str(value)[:40]!r} is not a {cls.__name__}") from None


def _raw_id(value: Any, key: str, *, optional: bool = False) -> Any:
    """An id the model cleans itself (:class:`ChatMessage`, :class:`Author`): only its type and size checked here."""
    if value is None and optional:
        return None
    if type(value) is not str or len(value) > MAX_ID_CHARS * 4:
        raise WireError(f"{key}: not an id")
    return value


def _accounts(value: Any) -> tuple[str, ...]:
    """A crowd finding's accounts (up to a thousand ids): checked together when they are all plain, the usual case."""
    if type(value) is not list or len(value) > 1000:
        raise WireError("finding accounts: not a list of at most 1000 ids")
    if not value:
        return ()
    if all(type(a) is str for a in value) and max(map(len, value)) <= MAX_ID_CHARS:
        joined = "".join(value)
        if is_plain(joined, len(joined)):
            return tuple(value)  # clean_id would return each unchanged
    return tuple(_id(a, "account") for a in value)


#: The enumerations' members by value (a dictionary look-up: ``Enum(value)`` costs more per message).
_DECISIONS = {d.value: d for d in Decision}
_SEVERITIES = {int(s): s for s in Severity}
_STATES = {s.value: s for s in MessageState}


def _member(table: dict[Any, E], value: Any, key: str, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    try:
        return table[value]
    except (KeyError, TypeError):
        raise WireError(f"{key}: {str(value)[:40]!r} is not one of {', '.join(map(str, table))}") from None


def _hold(value: Any) -> dict[str, str]:
    """The platform hold of a message (``[holder, reason]`` or nothing) as the message's extras."""
    if value is None:
        return {}
    if type(value) is not list or len(value) != 2:
        raise WireError("hold: not [holder, reason]")
    holder = _text(value[0], "hold", MAX_NAME_CHARS)
    return {PLATFORM_HOLD: holder, HOLD_REASON: _text(value[1], "hold reason", MAX_DETAIL_CHARS)} if holder else {}


def _decode_message(d: dict[str, Any]) -> MessageRecord:
    m, v = _obj(d, "m"), _obj(d, "v")
    author = m.get("author")
    if type(author) is not list or len(author) != 3 or type(author[2]) is not list or len(author[2]) > 32:
        raise WireError("author: not [id, name, roles]")
    roles = author[2]
    if not all(type(r) is str and len(r) <= MAX_NAME_CHARS * 4 for r in roles):
        raise WireError("author roles: not names")
    name = author[1]
    if type(name) is not str or len(name) > MAX_NAME_CHARS * 4:
        raise WireError("author name: not a name")
    # Ids, the author and the roles are cleaned by the model's own constructors; the text is cleaned here.
    message = ChatMessage(
        source=_raw_id(m.get("source"), "source"), platform=_raw_id(m.get("platform"), "platform"),
        channel=_raw_id(m.get("channel"), "channel"), id=_raw_id(m.get("id"), "id"),
        author=Author(_raw_id(author[0], "author id"), name, frozenset(roles)),
        text=_text(m.get("text"), "text", MAX_TEXT_CHARS),
        sent_at=_float(m.get("sent_at"), "sent_at"), received_at=_float(m.get("received_at"), "received_at"),
        reply_to=_raw_id(m.get("reply_to"), "reply_to", optional=True), kind=_raw_id(m.get("kind"), "kind"),
        extra=_hold(m.get("hold")),
    )  # fmt: skip
    text_length = len(message.text)
    findings = []
    for item in _list(v, "findings", MAX_FINDINGS):
        if type(item) is not list or len(item) != 7:
            raise WireError("finding: not [category, severity, start, end, rule, detail, accounts]")
        start = _int(item[2], "finding start", hi=text_length)
        findings.append(Finding(
            category=_word(item[0], "category"), severity=_member(_SEVERITIES, item[1], "finding severity"),
            start=start, end=_int(item[3], "finding end", lo=start, hi=text_length),
            rule=_word(item[4], "rule"), detail=_text(item[5], "detail", MAX_DETAIL_CHARS),
            accounts=_accounts(item[6]),
        ))  # fmt: skip
    verdict = Verdict(
        findings=tuple(findings), decision=_member(_DECISIONS, v.get("decision"), "decision"),
        severity=_member(_SEVERITIES, v.get("severity"), "severity", optional=True),
        sentiment=_float(v.get("sentiment"), "sentiment", lo=-1.0, hi=1.0),
        policy_version=_word(v.get("policy"), "policy"), escalate=_bool(v.get("escalate"), "escalate"),
    )  # fmt: skip
    return MessageRecord(
        seq=_int(d.get("seq"), "seq", lo=1), message=message, verdict=verdict,
        state=_member(_STATES, d.get("state"), "state"),
        escalation=_enum(EscalationState, d.get("esc"), "escalation", optional=True),
    )  # fmt: skip


def _decode_action(d: dict[str, Any]) -> ActionRecord:
    return ActionRecord(
        id=_int(d.get("id"), "action id", lo=1), at=_float(d.get("at"), "at"),
        actor=_text(d.get("actor"), "actor", MAX_NAME_CHARS), kind=_enum(ActionKind, d.get("kind"), "kind"),
        result=_enum(ActionResult, d.get("result"), "result"),
        message_seq=_int(d.get("seq"), "seq", lo=1, optional=True),
        source=_id(d.get("source"), "source", optional=True),
        author_id=_id(d.get("author_id"), "author_id", optional=True),
        reason=_text(d.get("reason"), "reason", MAX_DETAIL_CHARS),
        duration=_int(d.get("duration"), "duration", hi=MAX_DURATION, optional=True),
        response=_text(d.get("response"), "response", MAX_DETAIL_CHARS),
        undoes=_int(d.get("undoes"), "undoes", lo=1, optional=True),
        prev_state=_enum(MessageState, d.get("prev_state"), "prev_state", optional=True),
        hash=_id(d.get("hash"), "hash"),
    )  # fmt: skip


def _decode_connection(d: dict[str, Any]) -> ConnectionEvent:
    return ConnectionEvent(
        _id(d.get("source"), "source"), _enum(ConnectionState, d.get("state"), "state"),
        _text(d.get("detail"), "detail", MAX_DETAIL_CHARS), _float(d.get("at"), "at"),
        _text(d.get("gauge", ""), "gauge", MAX_GAUGE_CHARS),  # absent from a host before gauges were shared
    )  # fmt: skip


def _decode_platform(d: dict[str, Any]) -> PlatformEvent:
    return PlatformEvent(
        source=_id(d.get("source"), "source"), kind=_enum(PlatformEventKind, d.get("kind"), "kind"),
        message_id=_id(d.get("message_id"), "message_id", optional=True),
        author_id=_id(d.get("author_id"), "author_id", optional=True),
        duration=_int(d.get("duration"), "duration", hi=MAX_DURATION, optional=True),
        detail=_text(d.get("detail"), "detail", MAX_DETAIL_CHARS), at=_float(d.get("at"), "at"),
        status=_text(d.get("status", ""), "status", MAX_STATUS_CHARS),
    )  # fmt: skip


def _decode_claim(d: dict[str, Any]) -> Claim:
    return Claim(
        _int(d.get("seq"), "seq", lo=1), _text(d.get("actor"), "actor", MAX_NAME_CHARS),
        _enum(ActionKind, d.get("kind"), "kind"), _bool(d.get("on"), "on"),
    )  # fmt: skip


def decode_update(raw: bytes | str) -> WireUpdate:
    """One stream entry back as the update it carries; :class:`WireError` when it is not a valid one."""
    value = _load(raw, MAX_ENTRY_BYTES, "update")
    kind, d = value.get("t"), _obj(value, "d")
    try:
        if kind == "msg":
            return _decode_message(d)
        if kind == "state":
            return StateChange(_decode_message(d))
        if kind == "act":
            return _decode_action(d)
        if kind == "conn":
            return _decode_connection(d)
        if kind == "plat":
            return _decode_platform(d)
        if kind == "lock":
            return LockdownChanged(_bool(d.get("on"), "on"), _text(d.get("actor"), "actor", MAX_NAME_CHARS))
        if kind == "claim":
            return _decode_claim(d)
        if kind == "outcome":
            return Outcome(
                intent=_id(d.get("intent"), "intent"), actor=_text(d.get("actor"), "actor", MAX_NAME_CHARS),
                ok=_bool(d.get("ok"), "ok"), action_id=_int(d.get("action_id"), "action_id", lo=1, optional=True),
                error=_text(d.get("error"), "error", MAX_DETAIL_CHARS),
            )  # fmt: skip
        if kind == "gap":
            return Gap(_int(d.get("lost"), "lost"))
    except WireError:
        raise
    except (TypeError, ValueError) as exc:  # a model object refusing a value the checks above let through
        raise WireError(f"{str(kind)[:20]}: {type(exc).__name__}") from None
    raise WireError(f"unknown update type {str(kind)[:20]!r}")


def decode_intent(raw: bytes | str) -> Intent:
    """An intent from the intents stream; :class:`WireError` when it is not a valid one."""
    d = _load(raw, MAX_ENTRY_BYTES, "intent")
    if d.get("t") != "intent":
        raise WireError("not an intent")
    intent_id = d.get("id")
    if not isinstance(intent_id, str) or not 8 <= len(intent_id) <= 64 or not intent_id.isascii() \
            or not intent_id.replace("-", "").isalnum():  # fmt: skip
        raise WireError("intent id: 8 to 64 letters, digits or dashes")
    role = d.get("role")
    if role not in ROLES:
        raise WireError(f"role: {str(role)[:20]!r} is not one of {', '.join(ROLES)}")
    return Intent(
        id=intent_id, actor=_text(d.get("actor"), "actor", MAX_NAME_CHARS), role=role,
        kind=_enum(ActionKind, d.get("kind"), "kind"), seq=_int(d.get("seq"), "seq", lo=1, optional=True),
        reason=_text(d.get("reason"), "reason", MAX_DETAIL_CHARS),
        duration=_int(d.get("duration"), "duration", lo=1, hi=MAX_DURATION, optional=True),
        on=_bool(d.get("on", False), "on"),
    )  # fmt: skip


def decode_snapshot(raw: bytes | str) -> Snapshot:
    """The late joiners' snapshot; :class:`WireError` when it is not a valid one."""
    d = _load(raw, MAX_SNAPSHOT_BYTES, "snapshot")
    if d.get("t") != "snapshot":
        raise WireError("not a snapshot")
    stream_id = d.get("stream_id")
    if not isinstance(stream_id, str) or not is_stream_id(stream_id):
        raise WireError("snapshot stream id: not a Redis stream id")
    counts_in = _obj(d, "counts")
    if len(counts_in) > 32:
        raise WireError("counts: too many")
    counts = {_id(k, "count name"): _int(v, "count") for k, v in counts_in.items()}
    try:
        return Snapshot(
            stream_id=stream_id,
            records=[_decode_message(r) for r in _list(d, "records", MAX_SNAPSHOT_RECORDS) if _is_obj(r)],
            lockdown=_bool(d.get("lockdown"), "lockdown"),
            counts=counts,
            claims=[_decode_claim(c) for c in _list(d, "claims", 10_000) if _is_obj(c)],
            connections=[_decode_connection(c) for c in _list(d, "connections", 1000) if _is_obj(c)],
            platform=[_decode_platform(e) for e in _list(d, "platform", 1000) if _is_obj(e)],
            at=_float(d.get("at"), "at"),
        )
    except WireError:
        raise
    except (TypeError, ValueError) as exc:
        raise WireError(f"snapshot: {type(exc).__name__}") from None


def _is_obj(value: Any) -> bool:
    if not isinstance(value, dict):
        raise WireError("snapshot item: not an object")
    return True


def is_stream_id(value: str) -> bool:
    """True for a Redis stream id (``1700000000000-0``)."""
    ms, dash, n = value.partition("-")
    return bool(dash) and len(value) <= 41 and ms.isdigit() and n.isdigit() and ms.isascii() and n.isascii()


def stream_id_key(value: str) -> tuple[int, int]:
    """A stream id as a pair that sorts as Redis does."""
    ms, _, n = value.partition("-")
    return int(ms), int(n or 0)
