"""Twitch EventSub over WebSocket without I/O: frames in, castguard events and session controls out.

A frame is one JSON object ``{"metadata": {...}, "payload": {...}}``. Session
frames (welcome, keepalive, reconnect) and revocations become :data:`Control`
values the connector acts on; notifications become castguard's domain events
(:class:`ChatMessage`, :class:`PlatformEvent`). Delivery is at least once:
a notification whose ``metadata.message_id`` was already seen is dropped, in
bounded memory. Everything in a frame is hostile: ids must look like ids,
names and reasons are cleaned and bounded, and a frame that does not fit the
protocol is skipped with a reason, never the end of the connection.

Which subscriptions to create for a token's scopes is decided here too
(:func:`plan`), as is the running cost budget Twitch reports (:class:`CostBudget`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from castguard.connectors.irc import _BADGE_ROLES as BADGE_ROLES
from castguard.core.model import (
    HOLD_REASON,
    PLATFORM_HOLD,
    Author,
    ChatMessage,
    PlatformEvent,
    PlatformEventKind,
    SourceEvent,
)
from castguard.core.recent import RecentKeys
from castguard.core.text import clean_text

#: Longest frame parsed (characters); the socket's own limit is larger, a chat notification far smaller.
MAX_FRAME_CHARS = 256 * 1024
#: EventSub message ids remembered to drop re-deliveries.
DEDUP_SIZE = 20_000
#: Keepalive accepted from a welcome (seconds; Twitch uses 10 to 600): a hostile 0 must not mean "dead at once".
MIN_KEEPALIVE, MAX_KEEPALIVE = 1.0, 600.0
#: Twitch's limits for one WebSocket connection.
MAX_SUBSCRIPTIONS = 300
MAX_TOTAL_COST = 10

_ID = re.compile(r"[A-Za-z0-9_\-:.]{1,128}\Z")


# -- cleaning what the wire says -----------------------------------------------------------------


def clean_id(value: Any) -> str | None:
    """An id as Twitch writes them (digits, UUIDs), or ``None`` for anything else."""
    return value if isinstance(value, str) and _ID.match(value) else None


def clean_name(value: Any, limit: int = 50) -> str:
    """A user or channel name safe to show (empty when absent)."""
    return clean_text(value, limit) if isinstance(value, str) else ""


def clean_reason(value: Any, limit: int = 300) -> str:
    """A moderator's reason or a quoted chat text, safe to show."""
    return clean_text(value, limit) if isinstance(value, str) else ""


def parse_time(value: Any) -> float | None:
    """Unix time of an RFC 3339 timestamp (Twitch sends nanoseconds; Python reads microseconds)."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    text = value.strip().replace("Z", "+00:00")
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when.timestamp() if when.tzinfo is not None else None


def _obj(value: Any) -> Mapping[str, Any]:
    # JSON objects are dicts: a plain type check, not the slower ABC one (this runs per field).
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


# -- session controls -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Welcome:
    """The session is open: subscribe with ``session_id``; silence longer than ``keepalive_timeout`` is death."""

    session_id: str
    keepalive_timeout: float


@dataclass(frozen=True, slots=True)
class Keepalive:
    """The server is alive and had nothing to send."""


@dataclass(frozen=True, slots=True)
class Reconnect:
    """The server is going away: connect to ``url`` (same session and subscriptions), then close this one."""

    url: str


@dataclass(frozen=True, slots=True)
class Revocation:
    """Twitch ended a subscription (``status``: authorization_revoked, user_removed, version_removed, ...)."""

    subscription_type: str
    status: str


Control = Welcome | Keepalive | Reconnect | Revocation


# -- subscriptions --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Subscription:
    """One EventSub subscription type castguard creates."""

    type: str
    version: str
    condition: str
    """``user`` (broadcaster + the token's user), ``moderator`` (broadcaster + moderator) or ``broadcaster``."""
    scopes: tuple[tuple[str, ...], ...] = ()
    """All of these groups are needed; any one scope of a group satisfies it."""
    required: bool = False
    """Without it the source is useless (chat)."""
    covered_by: str | None = None
    """Not created when this other type is: it reports the same actions, with the acting moderator."""
    cost: int = 0
    """Cost against ``max_total_cost`` (types that need no authorization cost 1)."""

    def body(self, session_id: str, broadcaster_id: str, user_id: str) -> dict[str, Any]:
        """The ``POST /eventsub/subscriptions`` request body."""
        condition = {"broadcaster_user_id": broadcaster_id}
        if self.condition == "user":
            condition["user_id"] = user_id
        elif self.condition == "moderator":
            condition["moderator_user_id"] = user_id
        return {
            "type": self.type,
            "version": self.version,
            "condition": condition,
            "transport": {"method": "websocket", "session_id": session_id},
        }

    def missing(self, scopes: set[str]) -> list[str]:
        """Scope groups the token lacks, each written ``a or b``."""
        return [" or ".join(group) for group in self.scopes if not scopes.intersection(group)]


def _read_or_manage(area: str) -> tuple[str, ...]:
    return (f"moderator:read:{area}", f"moderator:manage:{area}")


CHAT_SCOPE = "user:read:chat"
_MODERATE_SCOPES = tuple(
    _read_or_manage(area)
    for area in (
        "blocked_terms",
        "chat_settings",
        "unban_requests",
        "banned_users",
        "chat_messages",
        "warnings",
        "moderators",
        "vips",
    )
)

#: What castguard subscribes to, in order (the chat first: Twitch closes a session left without one).
SUBSCRIPTIONS: tuple[Subscription, ...] = (
    Subscription("channel.chat.message", "1", "user", ((CHAT_SCOPE,),), required=True),
    Subscription("channel.moderate", "2", "moderator", _MODERATE_SCOPES),
    Subscription("channel.chat.message_delete", "1", "user", ((CHAT_SCOPE,),), covered_by="channel.moderate"),
    Subscription("channel.chat.clear", "1", "user", ((CHAT_SCOPE,),), covered_by="channel.moderate"),
    Subscription("channel.chat.clear_user_messages", "1", "user", ((CHAT_SCOPE,),), covered_by="channel.moderate"),
    Subscription("channel.chat_settings.update", "1", "user", ((CHAT_SCOPE,),), covered_by="channel.moderate"),
    Subscription("automod.message.hold", "2", "moderator", (("moderator:manage:automod",),)),
    Subscription("automod.message.update", "2", "moderator", (("moderator:manage:automod",),)),
    Subscription("channel.suspicious_user.message", "1", "moderator", (("moderator:read:suspicious_users",),)),
    Subscription("channel.suspicious_user.update", "1", "moderator", (("moderator:read:suspicious_users",),)),
    Subscription(
        "channel.warning.send", "1", "moderator", (_read_or_manage("warnings"),), covered_by="channel.moderate"
    ),
    Subscription("channel.warning.acknowledge", "1", "moderator", (_read_or_manage("warnings"),)),
    Subscription("channel.unban_request.create", "1", "moderator", (_read_or_manage("unban_requests"),)),
    Subscription(
        "channel.unban_request.resolve",
        "1",
        "moderator",
        (_read_or_manage("unban_requests"),),
        covered_by="channel.moderate",
    ),
    Subscription("channel.shield_mode.begin", "1", "moderator", (_read_or_manage("shield_mode"),)),
    Subscription("channel.shield_mode.end", "1", "moderator", (_read_or_manage("shield_mode"),)),
    Subscription("channel.shared_chat.begin", "1", "broadcaster", cost=1),
    Subscription("channel.shared_chat.update", "1", "broadcaster", cost=1),
    Subscription("channel.shared_chat.end", "1", "broadcaster", cost=1),
)


def plan(scopes: set[str]) -> tuple[list[Subscription], list[str]]:
    """The subscriptions a token with ``scopes`` can create, and a note for each one it cannot."""
    chosen: list[Subscription] = []
    notes: list[str] = []
    for sub in SUBSCRIPTIONS:
        missing = sub.missing(scopes)
        if missing:
            notes.append(f"{sub.type}: missing scope {', '.join(missing)}")
            continue
        if sub.covered_by and any(c.type == sub.covered_by for c in chosen):
            continue
        chosen.append(sub)
    return chosen, notes


@dataclass
class CostBudget:
    """Subscriptions and cost used on one connection, as Twitch reports them after each creation."""

    total: int = 0
    total_cost: int = 0
    max_total_cost: int = MAX_TOTAL_COST

    def refusal(self, sub: Subscription) -> str | None:
        """Why creating ``sub`` would exceed a limit, or ``None`` when it fits."""
        if self.total >= MAX_SUBSCRIPTIONS:
            return f"{MAX_SUBSCRIPTIONS} subscriptions per connection already used"
        if self.total_cost + sub.cost > self.max_total_cost:
            return f"cost {self.total_cost} + {sub.cost} would exceed max_total_cost {self.max_total_cost}"
        return None

    def update(self, body: Any) -> None:
        """Read ``total``, ``total_cost`` and ``max_total_cost`` from a creation reply."""
        reply = _obj(body)
        for name in ("total", "total_cost", "max_total_cost"):
            value = reply.get(name)
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 1_000_000:
                setattr(self, name, value)


# -- the parser -----------------------------------------------------------------------------------


class EventSubParser:
    """Client side of an EventSub WebSocket session, without I/O.

    Feed every text frame to :meth:`receive`; it returns controls and domain
    events in order. Reasons for skipped frames collect in :attr:`skipped`
    (the caller logs them); re-delivered notifications are counted in
    :attr:`duplicates`.
    """

    def __init__(
        self,
        *,
        source: str,
        channel: str,
        platform: str = "twitch",
        dedup_size: int = DEDUP_SIZE,
        max_frame_chars: int = MAX_FRAME_CHARS,
    ) -> None:
        self.source = source
        self.channel = channel
        self.platform = platform
        self.max_frame_chars = max_frame_chars
        self._seen: RecentKeys[str, None] = RecentKeys(dedup_size)
        self.skipped: list[str] = []
        self.duplicates = 0

    def receive(self, frame: str | bytes, now: float) -> list[Control | SourceEvent]:
        """Parse one frame; a malformed one is skipped (reason in :attr:`skipped`) and yields nothing."""
        try:
            return self._receive(frame, now)
        except EventSubFrameError as exc:
            self.skipped.append(str(exc))
            return []

    def _receive(self, frame: str | bytes, now: float) -> list[Control | SourceEvent]:
        if len(frame) > self.max_frame_chars:
            raise EventSubFrameError(f"frame of {len(frame)} characters is over {self.max_frame_chars}")
        try:
            doc = json.loads(frame)
        except (ValueError, RecursionError) as exc:
            raise EventSubFrameError(f"frame is not JSON ({type(exc).__name__})") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("metadata"), dict):
            raise EventSubFrameError("frame without metadata")
        meta, payload = doc["metadata"], _obj(doc.get("payload"))
        kind = meta.get("message_type")
        if kind == "session_keepalive":
            return [Keepalive()]
        if kind in ("session_welcome", "session_reconnect"):
            session = _obj(payload.get("session"))
            if kind == "session_reconnect":
                url = session.get("reconnect_url")
                if not isinstance(url, str) or not url.startswith(("wss://", "ws://")) or len(url) > 2048:
                    raise EventSubFrameError("session_reconnect without a usable reconnect_url")
                return [Reconnect(url)]
            session_id = clean_id(session.get("id"))
            if session_id is None:
                raise EventSubFrameError("session_welcome without a usable session id")
            keepalive = session.get("keepalive_timeout_seconds")
            seconds = (
                float(keepalive) if isinstance(keepalive, int | float) and not isinstance(keepalive, bool) else 10.0
            )
            return [Welcome(session_id, min(max(seconds, MIN_KEEPALIVE), MAX_KEEPALIVE))]
        if kind not in ("notification", "revocation"):
            raise EventSubFrameError(f"unknown message_type {clean_name(str(kind), 40)!r}")
        message_id = clean_id(meta.get("message_id"))
        if message_id is None:
            raise EventSubFrameError(f"{kind} without a usable message_id")
        if message_id in self._seen:
            self.duplicates += 1
            return []
        self._seen.add(message_id, None)
        subscription = _obj(payload.get("subscription"))
        sub_type = meta.get("subscription_type") or subscription.get("type")
        if not isinstance(sub_type, str) or clean_id(sub_type) is None:
            raise EventSubFrameError(f"{kind} without a subscription type")
        if kind == "revocation":
            return [Revocation(sub_type, clean_name(subscription.get("status"), 60) or "revoked")]
        event = payload.get("event")
        if not isinstance(event, dict):
            raise EventSubFrameError(f"{sub_type} notification without an event")
        at = parse_time(meta.get("message_timestamp")) or now
        mapper = _MAPPERS.get(sub_type)
        if mapper is None:
            raise EventSubFrameError(f"notification of unexpected type {sub_type}")
        return list(mapper(_Ctx(self, event, at, now)))


class EventSubFrameError(ValueError):
    """A frame that does not fit the EventSub protocol."""


# -- notifications to domain events ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Ctx:
    parser: EventSubParser
    event: Mapping[str, Any]
    at: float
    now: float

    def user(self, prefix: str = "user", obj: Mapping[str, Any] | None = None) -> tuple[str | None, str]:
        """(id, shown name) of ``<prefix>_id`` / ``_name`` / ``_login`` in ``obj`` (the event by default)."""
        src = self.event if obj is None else obj
        uid = clean_id(src.get(f"{prefix}_id"))
        name = clean_name(src.get(f"{prefix}_name")) or clean_name(src.get(f"{prefix}_login")) or uid or "someone"
        return uid, name

    def moderator(self) -> str:
        return self.user("moderator_user")[1]

    def platform_event(self, kind: PlatformEventKind, detail: str, **fields: Any) -> PlatformEvent:
        return PlatformEvent(self.parser.source, kind, detail=clean_text(detail, 400), at=self.at, **fields)


def _chat_message(ctx: _Ctx) -> list[SourceEvent]:
    ev = ctx.event
    message_id = clean_id(ev.get("message_id"))
    chatter_id, chatter = ctx.user("chatter_user")
    if message_id is None or chatter_id is None:
        raise EventSubFrameError("channel.chat.message without a usable message or chatter id")
    message = _obj(ev.get("message"))
    text = message.get("text")
    if not isinstance(text, str):
        raise EventSubFrameError("channel.chat.message without text")
    roles: set[str] = set()
    badges = _list(ev.get("badges"))
    badge_ids = [str(_obj(b).get("set_id")) for b in badges[:20] if clean_id(_obj(b).get("set_id"))]
    for badge in badge_ids:
        if badge in BADGE_ROLES:
            roles.add(BADGE_ROLES[badge])
        elif badge == "lead_moderator":
            roles.add("moderator")
    extra: dict[str, object] = {"via": "eventsub"}
    room = clean_id(ev.get("broadcaster_user_id"))
    if room:
        extra["room_id"] = room
    if badge_ids:
        extra["badges"] = ",".join(badge_ids)
    login = clean_name(ev.get("chatter_user_login"))
    if login and login != chatter.lower():
        extra["login"] = login
    color = ev.get("color")
    if isinstance(color, str) and re.fullmatch(r"#[0-9A-Fa-f]{6}", color):
        extra["color"] = color
    message_type = clean_id(ev.get("message_type"))
    if message_type and message_type != "text":
        extra["message_type"] = message_type
    shared_from = clean_id(ev.get("source_broadcaster_user_id"))
    if shared_from and shared_from != room:
        extra["source_room_id"] = shared_from
        extra["source_channel"] = clean_name(ev.get("source_broadcaster_user_login"))
    reply = _obj(ev.get("reply"))
    if reply.get("parent_user_name"):
        extra["reply_to_name"] = clean_name(reply.get("parent_user_name"))
    kind = "text"
    bits = _obj(ev.get("cheer")).get("bits")
    if isinstance(bits, int) and not isinstance(bits, bool) and bits > 0:
        kind = "paid"
        extra["bits"] = str(bits)
    return [
        ChatMessage(
            source=ctx.parser.source,
            platform=ctx.parser.platform,
            channel=ctx.parser.channel,
            id=message_id,
            author=Author(chatter_id, chatter, frozenset(roles)),
            text=text,
            sent_at=ctx.at,
            received_at=ctx.now,
            reply_to=clean_id(reply.get("parent_message_id")),
            kind=kind,
            extra=extra,
        )
    ]


def _message_delete(ctx: _Ctx) -> list[SourceEvent]:
    uid, name = ctx.user("target_user")
    message_id = clean_id(ctx.event.get("message_id"))
    if message_id is None:
        raise EventSubFrameError("channel.chat.message_delete without a usable message id")
    detail = f"message by {name} deleted on Twitch"
    return [ctx.platform_event(PlatformEventKind.DELETED, detail, message_id=message_id, author_id=uid)]


def _clear(ctx: _Ctx) -> list[SourceEvent]:
    return [ctx.platform_event(PlatformEventKind.CLEARED, "chat cleared on Twitch")]


def _clear_user(ctx: _Ctx) -> list[SourceEvent]:
    uid, name = ctx.user("target_user")
    return [ctx.platform_event(PlatformEventKind.USER_CLEARED, f"all messages by {name} removed", author_id=uid)]


_SETTINGS = (
    ("emote_mode", "emote-only"),
    ("follower_mode", "followers-only"),
    ("slow_mode", "slow mode"),
    ("subscriber_mode", "subscribers-only"),
    ("unique_chat_mode", "unique chat"),
)


def _chat_settings(ctx: _Ctx) -> list[SourceEvent]:
    ev = ctx.event
    on = []
    for key, label in _SETTINGS:
        if ev.get(key) is True:
            if key == "follower_mode" and isinstance(ev.get("follower_mode_duration_minutes"), int):
                label += f" ({ev['follower_mode_duration_minutes']} min)"
            if key == "slow_mode" and isinstance(ev.get("slow_mode_wait_time_seconds"), int):
                label += f" ({ev['slow_mode_wait_time_seconds']}s)"
            on.append(label)
    detail = "chat settings: " + (", ".join(on) if on else "all modes off")
    return [ctx.platform_event(PlatformEventKind.CHAT_SETTINGS, detail)]


_MODE_LABELS = {
    "emoteonly": "emote-only on",
    "emoteonlyoff": "emote-only off",
    "followers": "followers-only on",
    "followersoff": "followers-only off",
    "slow": "slow mode on",
    "slowoff": "slow mode off",
    "subscribers": "subscribers-only on",
    "subscribersoff": "subscribers-only off",
    "uniquechat": "unique chat on",
    "uniquechatoff": "unique chat off",
}


def _moderate(ctx: _Ctx) -> list[SourceEvent]:
    """``channel.moderate`` v2: every moderator action, with the moderator who took it."""
    ev = ctx.event
    action = ev.get("action")
    if not isinstance(action, str) or clean_id(action) is None:
        raise EventSubFrameError("channel.moderate without an action")
    mod = ctx.moderator()
    shared = action.startswith("shared_chat_")
    base = action.removeprefix("shared_chat_")
    target = _obj(ev.get(action))
    uid, name = ctx.user("user", target)
    reason = clean_reason(target.get("reason"))
    because = f": {reason}" if reason else ""
    where = ""
    if shared:
        where = f" in {clean_name(ev.get('source_broadcaster_user_name')) or 'another channel'}'s chat (shared chat)"
    kind = PlatformEventKind.MODERATION
    fields: dict[str, Any] = {"author_id": uid}
    if base == "ban":
        kind, detail = PlatformEventKind.BANNED, f"{name} banned by {mod}{where}{because}"
    elif base == "timeout":
        kind = PlatformEventKind.TIMED_OUT
        until = parse_time(target.get("expires_at"))
        if until is not None:
            fields["duration"] = max(1, round(until - ctx.at))
        shown = clean_name(target.get("expires_at"), 40)
        detail = f"{name} timed out by {mod}{where}" + (f" until {shown}" if shown else "") + because
    elif base in ("unban", "untimeout"):
        kind = PlatformEventKind.UNBANNED
        detail = f"{'ban' if base == 'unban' else 'timeout'} of {name} lifted by {mod}{where}"
    elif base == "delete":
        kind = PlatformEventKind.DELETED
        fields["message_id"] = clean_id(target.get("message_id"))
        quoted = clean_reason(target.get("message_body"), 120)
        detail = f"message by {name} deleted by {mod}{where}" + (f": “{quoted}”" if quoted else "")
    elif action == "clear":
        kind, detail = PlatformEventKind.CLEARED, f"chat cleared by {mod}"
        fields = {}
    elif action == "warn":
        kind, detail = PlatformEventKind.WARNED, f"{name} warned by {mod}{because}"
    elif action in ("approve_unban_request", "deny_unban_request"):
        kind = PlatformEventKind.UNBAN_REQUEST
        verb = "approved" if action.startswith("approve") else "denied"
        note = clean_reason(target.get("moderator_message"))
        detail = f"{mod} {verb} the unban request of {name}" + (f": {note}" if note else "")
    elif action in _MODE_LABELS:
        kind, fields = PlatformEventKind.CHAT_SETTINGS, {}
        detail = f"{_MODE_LABELS[action]} by {mod}"
        slow = _obj(ev.get("slow")).get("wait_time_seconds")
        follow = _obj(ev.get("followers")).get("follow_duration_minutes")
        if action == "slow" and isinstance(slow, int):
            detail += f" ({slow}s)"
        if action == "followers" and isinstance(follow, int):
            detail += f" ({follow} min)"
    elif action.endswith(("_blocked_term", "_permitted_term")):
        terms = _obj(ev.get("automod_terms")).get("terms")
        shown = ", ".join(clean_name(t, 40) for t in terms[:10]) if isinstance(terms, list) else ""
        detail, fields = f"{mod}: {action.replace('_', ' ')} {shown}".strip(), {}
    else:  # mod, unmod, vip, unvip, raid, unraid and actions Twitch adds later
        detail = f"{mod}: {action.replace('_', ' ')}" + (f" {name}" if target else "")
        if not target:
            fields = {}
    return [ctx.platform_event(kind, detail, **fields)]


#: How castguard names Twitch's filter on a held message (``ChatMessage.extra[PLATFORM_HOLD]``).
AUTOMOD = "Twitch AutoMod"


def _automod_hold(ctx: _Ctx) -> list[SourceEvent]:
    """``automod.message.hold`` v2: the event for the record, then the held message itself for the desk's queue."""
    ev = ctx.event
    uid, name = ctx.user()
    message_id = clean_id(ev.get("message_id"))
    if message_id is None or uid is None:
        raise EventSubFrameError("automod.message.hold without a usable message or user id")
    text = _obj(ev.get("message")).get("text")
    if not isinstance(text, str):
        raise EventSubFrameError("automod.message.hold without text")
    if ev.get("reason") == "blocked_term":
        found = _obj(ev.get("blocked_term")).get("terms_found")
        terms = [clean_name(_obj(_obj(t).get("boundary")).get("text") or _obj(t).get("term_id"), 40)
                 for t in (found[:5] if isinstance(found, list) else [])]  # fmt: skip
        why = "a blocked term" + (f" ({', '.join(t for t in terms if t)})" if any(terms) else "")
    else:
        automod = _obj(ev.get("automod"))
        category = clean_name(automod.get("category"), 40) or "unknown"
        level = automod.get("level")
        why = f"AutoMod category {category}" + (f" level {level}" if isinstance(level, int) else "")
    detail = f"AutoMod held a message by {name} ({why}): {clean_reason(text, 200)}"
    extra: dict[str, object] = {"via": "eventsub", PLATFORM_HOLD: AUTOMOD, HOLD_REASON: why}
    room = clean_id(ev.get("broadcaster_user_id"))
    if room:
        extra["room_id"] = room
    held = ChatMessage(
        source=ctx.parser.source,
        platform=ctx.parser.platform,
        channel=ctx.parser.channel,
        id=message_id,
        author=Author(uid, name),
        text=text,
        sent_at=parse_time(ev.get("held_at")) or ctx.at,
        received_at=ctx.now,
        extra=extra,
    )
    event = ctx.platform_event(PlatformEventKind.HELD, detail, message_id=message_id, author_id=uid, status="held")
    return [event, held]


#: ``automod.message.update`` statuses → the word castguard records (Twitch writes them capitalised).
_HOLD_STATUSES = {"approved": "allowed", "allowed": "allowed", "denied": "denied", "expired": "expired"}


def _automod_update(ctx: _Ctx) -> list[SourceEvent]:
    ev = ctx.event
    uid, name = ctx.user()
    status = _HOLD_STATUSES.get(clean_name(ev.get("status"), 30).lower(), "resolved")
    by = f" by {ctx.moderator()}" if clean_id(ev.get("moderator_user_id")) else ""
    detail = f"held message by {name} {status}{by}"
    fields = {"message_id": clean_id(ev.get("message_id")), "author_id": uid, "status": status}
    return [ctx.platform_event(PlatformEventKind.HOLD_RESOLVED, detail, **fields)]


def _suspicious_message(ctx: _Ctx) -> list[SourceEvent]:
    ev = ctx.event
    uid, name = ctx.user()
    status = clean_id(ev.get("low_trust_status")) or "unknown"
    types = _list(ev.get("types"))
    kinds = ", ".join(t for t in (clean_name(x, 30) for x in types[:5]) if t)
    message = _obj(ev.get("message"))
    said = clean_reason(message.get("text"), 200)
    detail = f"suspicious user {name} ({status}{'; ' + kinds if kinds else ''}) wrote: {said}"
    fields = {"message_id": clean_id(message.get("message_id")), "author_id": uid, "status": status}
    return [ctx.platform_event(PlatformEventKind.SUSPICIOUS, detail, **fields)]


def _suspicious_update(ctx: _Ctx) -> list[SourceEvent]:
    uid, name = ctx.user()
    status = clean_id(ctx.event.get("low_trust_status")) or "none"
    detail = f"{name} set to {status} by {ctx.moderator()}"
    return [ctx.platform_event(PlatformEventKind.SUSPICIOUS, detail, author_id=uid, status=status)]


def _warning_send(ctx: _Ctx) -> list[SourceEvent]:
    uid, name = ctx.user()
    reason = clean_reason(ctx.event.get("reason"))
    detail = f"{name} warned by {ctx.moderator()}" + (f": {reason}" if reason else "")
    return [ctx.platform_event(PlatformEventKind.WARNED, detail, author_id=uid)]


def _warning_ack(ctx: _Ctx) -> list[SourceEvent]:
    uid, name = ctx.user()
    return [ctx.platform_event(PlatformEventKind.WARNED, f"{name} acknowledged a warning", author_id=uid)]


def _unban_create(ctx: _Ctx) -> list[SourceEvent]:
    uid, name = ctx.user()
    text = clean_reason(ctx.event.get("text"), 200)
    detail = f"{name} asks to be unbanned" + (f": {text}" if text else "")
    return [ctx.platform_event(PlatformEventKind.UNBAN_REQUEST, detail, author_id=uid)]


def _unban_resolve(ctx: _Ctx) -> list[SourceEvent]:
    uid, name = ctx.user()
    status = clean_name(ctx.event.get("status"), 30) or "resolved"
    note = clean_reason(ctx.event.get("resolution_text"))
    detail = f"unban request of {name} {status} by {ctx.moderator()}" + (f": {note}" if note else "")
    return [ctx.platform_event(PlatformEventKind.UNBAN_REQUEST, detail, author_id=uid)]


def _shield(on: bool) -> Callable[[_Ctx], list[SourceEvent]]:
    def mapper(ctx: _Ctx) -> list[SourceEvent]:
        detail = f"Shield Mode {'on' if on else 'off'}, by {ctx.moderator()}"
        return [ctx.platform_event(PlatformEventKind.SHIELD_MODE, detail)]

    return mapper


def _shared_chat(what: str) -> Callable[[_Ctx], list[SourceEvent]]:
    def mapper(ctx: _Ctx) -> list[SourceEvent]:
        people = ctx.event.get("participants")
        names = [ctx.user("broadcaster_user", _obj(p))[1] for p in (people[:10] if isinstance(people, list) else [])]
        detail = f"shared chat {what}" + (f" with {', '.join(names)}" if names else "")
        return [ctx.platform_event(PlatformEventKind.SHARED_CHAT, detail)]

    return mapper


_MAPPERS: dict[str, Callable[[_Ctx], list[SourceEvent]]] = {
    "channel.chat.message": _chat_message,
    "channel.chat.message_delete": _message_delete,
    "channel.chat.clear": _clear,
    "channel.chat.clear_user_messages": _clear_user,
    "channel.chat_settings.update": _chat_settings,
    "channel.moderate": _moderate,
    "automod.message.hold": _automod_hold,
    "automod.message.update": _automod_update,
    "channel.suspicious_user.message": _suspicious_message,
    "channel.suspicious_user.update": _suspicious_update,
    "channel.warning.send": _warning_send,
    "channel.warning.acknowledge": _warning_ack,
    "channel.unban_request.create": _unban_create,
    "channel.unban_request.resolve": _unban_resolve,
    "channel.shield_mode.begin": _shield(True),
    "channel.shield_mode.end": _shield(False),
    "channel.shared_chat.begin": _shared_chat("began"),
    "channel.shared_chat.update": _shared_chat("changed"),
    "channel.shared_chat.end": _shared_chat("ended"),
}

#: Every scope some EventSub subscription can use, for ``castguard doctor``.
SCOPES_BY_TYPE: dict[str, list[str]] = {sub.type: [" or ".join(g) for g in sub.scopes] for sub in SUBSCRIPTIONS}

__all__ = [
    "SUBSCRIPTIONS",
    "Control",
    "CostBudget",
    "EventSubFrameError",
    "EventSubParser",
    "Keepalive",
    "Reconnect",
    "Revocation",
    "Subscription",
    "Welcome",
    "plan",
]
