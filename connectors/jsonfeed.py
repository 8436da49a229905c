"""Sans-I/O mapping of generic JSON chat objects to castguard events.

Generic feeds (WebSocket, SSE, JSONL files, stdin) carry one JSON object per
message. :class:`FieldMap` says where the text, author, id and timestamp are
(dotted paths, several candidates each); the defaults understand castguard's
own export, most chat bridges, and chat-downloader's export format
(timestamps in microseconds, ``message_type`` such as ``ban_user`` or
``delete_message``).

A message without an id of its own takes the ``fallback_id`` its reader gives it (a line
number in a file, an arrival number on a live feed), never a hash of its content: ten
viewers' identical "lol"s are ten messages.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from castguard.core.model import Author, ChatMessage, PlatformEvent, PlatformEventKind, SourceEvent


class FeedError(ValueError):
    """A JSON value that cannot become a chat event; the message says why."""


def _paths(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Where to find each field in a JSON chat object: dotted paths, tried in order."""

    text: tuple[str, ...] = ("text", "message", "body", "content", "msg")
    author: tuple[str, ...] = (
        "author.display_name",
        "author.name",
        "user.display_name",
        "user.name",
        "from.name",
        "username",
        "user",
        "author",
        "nick",
        "name",
    )
    author_id: tuple[str, ...] = ("author.id", "user.id", "from.id", "author_id", "user_id", "userId")
    id: tuple[str, ...] = ("id", "message_id", "msg_id", "messageId", "uuid")
    timestamp: tuple[str, ...] = ("timestamp", "sent_at", "ts", "time", "created_at", "createdAt", "date")
    roles: tuple[str, ...] = ("author.roles", "user.roles", "roles")
    timestamp_unit: str = "auto"
    """``auto`` (guess from magnitude), ``s``, ``ms``, ``us`` or ``ns``."""

    @classmethod
    def parse(cls, spec: str | Mapping[str, Any] | None) -> FieldMap:
        """Build from ``"text=payload.body,author=payload.user.name"`` or a mapping; unknown names fail."""
        if spec is None or spec == "":
            return cls()
        if isinstance(spec, str):
            items: dict[str, Any] = {}
            for part in spec.split(","):
                name, sep, value = part.partition("=")
                if not sep:
                    raise FeedError(f"field mapping {part!r} should look like name=path")
                items[name.strip()] = tuple(v.strip() for v in value.split("|") if v.strip())
            spec = items
        known = {"text", "author", "author_id", "id", "timestamp", "roles", "timestamp_unit"}
        unknown = set(spec) - known
        if unknown:
            raise FeedError(f"unknown field names {sorted(unknown)}: expected {sorted(known)}")
        values: dict[str, Any] = {}
        for name, value in spec.items():
            if name == "timestamp_unit":
                if value not in ("auto", "s", "ms", "us", "ns"):
                    raise FeedError(f"timestamp_unit {value!r}: expected auto, s, ms, us or ns")
                values[name] = value
            else:
                values[name] = _paths(value) if isinstance(value, str) else tuple(value)
        return cls(**values)


_DEFAULT_FIELDS = FieldMap()


def lookup(obj: Mapping[str, Any], path: str) -> Any:
    """Follow a dotted path (``author.name``; list indexes allowed: ``items.0.text``); ``None`` if absent."""
    return _follow(obj, _parts(path))


#: Dotted paths split once: a feed maps every message through the same few paths.
_SPLIT: dict[str, tuple[str, ...]] = {}


def _parts(path: str) -> tuple[str, ...]:
    parts = _SPLIT.get(path)
    if parts is None:
        if len(_SPLIT) >= 1024:  # paths come from the field map: a handful, unless a caller varies them
            _SPLIT.clear()
        parts = _SPLIT[path] = tuple(path.split("."))
    return parts


def _follow(obj: Mapping[str, Any], parts: tuple[str, ...]) -> Any:
    current: Any = obj
    for part in parts:
        if isinstance(current, dict):  # what json.loads makes: the common case first
            current = current.get(part)
        elif isinstance(current, Mapping):
            current = current.get(part)
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return None
        if current is None:
            return None
    return current


def _first(obj: Mapping[str, Any], paths: tuple[str, ...], *, scalar: bool = True) -> Any:
    # Every message is mapped through here several times: what json.loads makes (a dict, a top-level
    # key, a string value) is read without the general path walk and the Mapping check.
    plain = type(obj) is dict
    for path in paths:
        parts = _SPLIT.get(path) or _parts(path)
        value = obj.get(path) if plain and len(parts) == 1 else _follow(obj, parts)
        if value is None or value == "":
            continue
        if scalar and type(value) is not str and isinstance(value, dict | list | Mapping):
            continue
        return value
    return None


_DIVISORS = {"s": 1.0, "ms": 1e3, "us": 1e6, "ns": 1e9}


def parse_timestamp(value: Any, unit: str = "auto") -> float | None:
    """Unix seconds from a number (s/ms/µs/ns, guessed by magnitude when ``auto``) or an ISO 8601 string."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        stripped = value.strip()
        try:
            value = float(stripped)
        except ValueError:
            try:
                text = stripped.replace("Z", "+00:00")
                if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":
                    text = text[:-2] + ":" + text[-2:]  # Facebook's +0000
                return datetime.fromisoformat(text).timestamp()
            except ValueError:
                return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    number = float(value)
    divisor = _DIVISORS.get(unit)
    if divisor is None:
        magnitude = abs(number)
        divisor = 1e9 if magnitude > 1e17 else 1e6 if magnitude > 1e14 else 1e3 if magnitude > 1e11 else 1.0
    return number / divisor


def is_chat_downloader(obj: Mapping[str, Any]) -> bool:
    """True for an item of chat-downloader's export (``message_type`` or ``message_id`` + ``timestamp``)."""
    return "message_type" in obj or ("message_id" in obj and "timestamp" in obj and "text" not in obj)


_CD_PAID = {"paid_message", "paid_sticker", "donation", "cheer"}
_CD_SYSTEM = {
    "membership_item",
    "subscription",
    "resubscription",
    "mystery_subscription_gift",
    "subscription_gift",
    "raid",
    "sponsorships_gift_purchase_announcement",
    "sponsorships_gift_redemption_announcement",
}


def json_event(
    obj: Any,
    *,
    source: str,
    platform: str,
    channel: str,
    received_at: float,
    fields: FieldMap | None = None,
    fallback_id: str,
    allow_empty: bool = False,
    arrives_when_sent: bool = False,
) -> SourceEvent | None:
    """Map one decoded JSON value to an event; ``fallback_id`` is the id of a message that has none.

    Returns ``None`` for objects that are deliberately not chat (chat-downloader
    message types with no text anywhere). Raises :class:`FeedError` for values
    that cannot be used (not an object, no text). With ``allow_empty``
    (``castguard scan``), a text field holding ``""`` is a message with an
    empty text rather than no text at all. With ``arrives_when_sent`` (a file read
    on the broadcast's own clock), a message that carries a timestamp is received
    at that time; ``received_at`` is the time of one that carries none.
    """
    if type(obj) is not dict and not isinstance(obj, Mapping):  # a dict (json.loads) without the ABC check
        raise FeedError(f"expected a JSON object, got {type(obj).__name__}")
    if is_chat_downloader(obj) and fields is None:
        event = _chat_downloader_event(
            obj, source=source, platform=platform, channel=channel, received_at=received_at, fallback_id=fallback_id,
            arrives_when_sent=arrives_when_sent,
        )  # fmt: skip
        if event is not None or _first(obj, _DEFAULT_FIELDS.text) is None:
            return event
        # A message_type with its text under another name ("text", "body"): chat all the same, never dropped.
    fields = fields or _DEFAULT_FIELDS
    text = _first(obj, fields.text)
    if text is None and allow_empty and any(lookup(obj, path) == "" for path in fields.text):
        text = ""
    if text is None:
        raise FeedError(f"no text field (tried {', '.join(fields.text)})")
    if not isinstance(text, str):
        text = str(text)
    author_name = _first(obj, fields.author)
    author_id = _first(obj, fields.author_id)
    name = str(author_name) if author_name is not None else str(author_id or "unknown")
    roles_value = _first(obj, fields.roles, scalar=False)
    roles = (
        frozenset(str(r) for r in roles_value if isinstance(r, str | int | float))
        if isinstance(roles_value, list)
        else frozenset()
    )
    message_id = _first(obj, fields.id)
    timestamp = parse_timestamp(_first(obj, fields.timestamp), fields.timestamp_unit)
    if timestamp is not None and arrives_when_sent:
        received_at = timestamp
    return ChatMessage(
        source=source,
        platform=platform,
        channel=obj["channel"] if isinstance(obj.get("channel"), str) and obj["channel"] else channel,
        id=str(message_id) if message_id is not None else fallback_id,
        author=Author(id=str(author_id) if author_id is not None else name, name=name, roles=roles),
        text=text,
        sent_at=timestamp if timestamp is not None else received_at,
        received_at=received_at,
        reply_to=str(obj["reply_to"]) if isinstance(obj.get("reply_to"), str | int) else None,
    )


def _chat_downloader_event(
    obj: Mapping[str, Any], *, source: str, platform: str, channel: str, received_at: float, fallback_id: str,
    arrives_when_sent: bool,
) -> SourceEvent | None:  # fmt: skip
    message_type = str(obj.get("message_type") or "text_message")
    author_obj = obj.get("author")
    if type(author_obj) is not dict and not isinstance(author_obj, Mapping):  # a dict without the ABC check
        author_obj = {}
    author_id = author_obj.get("id")
    name = author_obj.get("display_name") or author_obj.get("name") or author_id or "unknown"
    raw_ts = obj.get("timestamp")
    sent_at = parse_timestamp(raw_ts, "us") if isinstance(raw_ts, int | float) else parse_timestamp(raw_ts)
    at = sent_at if sent_at is not None else received_at
    if sent_at is not None and arrives_when_sent:
        received_at = sent_at
    if message_type in ("delete_message", "remove_chat_item", "message_deleted"):
        target = obj.get("target_message_id") or obj.get("message_id")
        return PlatformEvent(
            source,
            PlatformEventKind.DELETED,
            message_id=str(target) if target else None,
            detail="message deleted",
            at=at,
        )
    if message_type in ("ban_user", "timeout_user", "remove_chat_item_by_author"):
        duration = obj.get("ban_duration")
        target_id = obj.get("target_user_id") or author_id or obj.get("author_name")
        if isinstance(duration, int | float) and 0 < duration < 10**9:
            return PlatformEvent(
                source,
                PlatformEventKind.TIMED_OUT,
                author_id=str(target_id) if target_id else None,
                duration=int(duration),
                detail=f"{name} timed out",
                at=at,
            )
        return PlatformEvent(
            source,
            PlatformEventKind.BANNED,
            author_id=str(target_id) if target_id else None,
            detail=f"{name} banned",
            at=at,
        )
    if message_type in ("clear_chat",):
        return PlatformEvent(source, PlatformEventKind.CLEARED, detail="chat cleared", at=at)
    text = obj.get("message")
    if not isinstance(text, str) or not text:
        if message_type in _CD_SYSTEM or message_type in _CD_PAID:
            text = ""
        else:
            return None  # placeholders, engagement banners, polls without text
    roles = set()
    if author_obj.get("is_moderator"):
        roles.add("moderator")
    if author_obj.get("is_owner"):
        roles.add("owner")
    badges = author_obj.get("badges")
    if isinstance(badges, list):
        for badge in badges:
            title = badge.get("title") if isinstance(badge, Mapping) else None
            if isinstance(title, str) and "member" in title.lower():
                roles.add("member")
    kind = "paid" if message_type in _CD_PAID else "system" if message_type in _CD_SYSTEM else "text"
    extra: dict[str, Any] = {"message_type": message_type}
    money = obj.get("money")
    if isinstance(money, Mapping) and money.get("text"):
        extra["amount"] = str(money["text"])
    message_id = obj.get("message_id")
    return ChatMessage(
        source=source,
        platform=platform,
        channel=channel,
        id=str(message_id) if message_id else fallback_id,
        author=Author(id=str(author_id or name), name=str(name), roles=frozenset(roles)),
        text=text,
        sent_at=at,
        received_at=received_at,
        kind=kind,
        extra=extra,
    )


def decode_json(data: bytes | str, *, max_bytes: int) -> Any:
    """Decode one JSON document with a size limit; raises :class:`FeedError` with a clear reason."""
    size = len(data)
    if size > max_bytes:
        raise FeedError(f"JSON of {size} bytes exceeds the {max_bytes}-byte limit")
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FeedError(f"invalid UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise FeedError(f"invalid JSON ({exc})") from None
