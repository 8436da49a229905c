"""Sans-I/O IRC: lines in, messages and chat events out; no sockets here.

:func:`parse_line` follows the IRCv3 message-tags grammar and passes the
community's parser test vectors (``irc-parser-tests``). :class:`IrcChat` is the
client state machine for one channel (Twitch chat or any IRCv3 server): it
produces the lines to send, answers PING, and turns PRIVMSG, CLEARMSG,
CLEARCHAT and USERNOTICE into castguard events.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from castguard.core.model import Author, ChatMessage, PlatformEvent, PlatformEventKind, SourceEvent

log = logging.getLogger(__name__)

_TAG_UNESCAPES = {":": ";", "s": " ", "\\": "\\", "r": "\r", "n": "\n"}
_TAG_ESCAPES = {";": "\\:", " ": "\\s", "\\": "\\\\", "\r": "\\r", "\n": "\\n"}


class IrcParseError(ValueError):
    """A line that is not an IRC message."""


@dataclass(frozen=True, slots=True)
class IrcMessage:
    """One parsed IRC line."""

    verb: str
    params: tuple[str, ...] = ()
    source: str | None = None
    """Prefix without the leading colon (``nick!user@host`` or a server name)."""
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def nick(self) -> str:
        """Nick part of the source (the whole source for a server)."""
        return (self.source or "").split("!", 1)[0]


def unescape_tag_value(value: str) -> str:
    """Decode an IRCv3 tag value (``\\s`` → space, ``\\:`` → ``;``, unknown ``\\x`` → ``x``, lone ``\\`` dropped)."""
    if "\\" not in value:
        return value
    out: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars, "")
            out.append(_TAG_UNESCAPES.get(nxt, nxt))
        else:
            out.append(char)
    return "".join(out)


def escape_tag_value(value: str) -> str:
    """Encode a tag value for sending."""
    return "".join(_TAG_ESCAPES.get(c, c) for c in value)


def parse_line(line: str) -> IrcMessage:
    """Parse one IRC line (without its CR LF). Raises :class:`IrcParseError` when there is no verb."""
    rest = line.rstrip("\r\n")
    tags: dict[str, str] = {}
    if rest.startswith("@"):
        raw_tags, _, rest = rest[1:].partition(" ")
        for item in raw_tags.split(";"):
            if not item:
                continue
            key, _, value = item.partition("=")
            tags[key] = unescape_tag_value(value)  # later duplicates win, as the spec asks
        rest = rest.lstrip(" ")
    source = None
    if rest.startswith(":"):
        source, _, rest = rest[1:].partition(" ")
        rest = rest.lstrip(" ")
    trailing: str | None = None
    if " :" in rest:
        rest, _, trailing = rest.partition(" :")
    elif rest.startswith(":"):
        trailing, rest = rest[1:], ""
    words = [w for w in rest.split(" ") if w]
    if not words:
        raise IrcParseError(f"no command in IRC line {line[:80]!r}")
    params = words[1:]
    if trailing is not None:
        params.append(trailing)
    return IrcMessage(words[0], tuple(params), source, tags)


def format_line(verb: str, *params: str, tags: dict[str, str] | None = None, source: str | None = None) -> str:
    """Build one IRC line (without CR LF); the last parameter is sent as trailing when it needs to be."""
    parts: list[str] = []
    if tags:
        parts.append("@" + ";".join(k if v == "" else f"{k}={escape_tag_value(v)}" for k, v in tags.items()))
    if source:
        parts.append(":" + source)
    parts.append(verb)
    for i, param in enumerate(params):
        last = i == len(params) - 1
        if last and (param == "" or " " in param or param.startswith(":")):
            parts.append(":" + param)
        else:
            if " " in param or param.startswith(":") or not param:
                raise ValueError(f"middle IRC parameter {param!r} must be non-empty without spaces")
            parts.append(param)
    return " ".join(parts)


def split_frame(frame: str) -> list[str]:
    """Split a WebSocket frame into IRC lines: Twitch packs several CRLF lines in one frame, others send one."""
    return [line for line in frame.replace("\r\n", "\n").split("\n") if line.strip()]


# -- Twitch / IRCv3 chat semantics ---------------------------------------------------------------

_BADGE_ROLES = {
    "broadcaster": "broadcaster",
    "moderator": "moderator",
    "subscriber": "subscriber",
    "founder": "subscriber",
    "vip": "vip",
    "staff": "staff",
    "admin": "staff",
    "global_mod": "staff",
    "partner": "verified",
    "artist-badge": "artist",
}


def _roles(tags: dict[str, str]) -> frozenset[str]:
    roles = set()
    for badge in tags.get("badges", "").split(","):
        name = badge.split("/", 1)[0]
        if name in _BADGE_ROLES:
            roles.add(_BADGE_ROLES[name])
    if tags.get("mod") == "1":
        roles.add("moderator")
    if tags.get("subscriber") == "1":
        roles.add("subscriber")
    if "vip" in tags:
        roles.add("vip")
    if tags.get("first-msg") == "1":
        roles.add("first-time")
    if tags.get("returning-chatter") == "1":
        roles.add("returning-chatter")
    return frozenset(roles)


def _sent_at(tags: dict[str, str], received_at: float) -> float:
    ts = tags.get("tmi-sent-ts")
    if ts and ts.isdigit():
        return int(ts) / 1000.0
    server_time = tags.get("time")  # IRCv3 server-time
    if server_time:
        try:
            return datetime.fromisoformat(server_time.replace("Z", "+00:00")).timestamp()
        except ValueError:
            pass
    return received_at


def _message_id(msg: IrcMessage) -> str | None:
    return msg.tags.get("id") or msg.tags.get("msgid") or None


def chat_event(msg: IrcMessage, *, source: str, platform: str, received_at: float) -> SourceEvent | None:
    """Turn a PRIVMSG / USERNOTICE / CLEARMSG / CLEARCHAT into a castguard event (``None`` for other verbs)."""
    tags = msg.tags
    verb = msg.verb.upper()
    if verb in ("PRIVMSG", "USERNOTICE") and msg.params:
        channel = msg.params[0].lstrip("#")
        text = msg.params[1] if len(msg.params) > 1 else ""
        kind = "text"
        if verb == "PRIVMSG" and (text.startswith("\x01ACTION ") or text == "\x01ACTION\x01"):
            text = text[len("\x01ACTION") :].strip(" ").removesuffix("\x01")
            kind = "action"
        elif verb == "PRIVMSG" and text.startswith("\x01"):
            return None  # other CTCP (VERSION, PING) is not chat
        message_id = _message_id(msg)
        login = tags.get("login") or msg.nick
        if message_id is None:
            raise IrcParseError(f"{verb} without id/msgid tag from {login!r}")
        extra: dict[str, object] = {}
        if verb == "USERNOTICE":
            kind = "system"
            extra["notice"] = tags.get("msg-id", "")
            extra["system_msg"] = tags.get("system-msg", "")
            if not text:
                text = tags.get("system-msg", "")
        if tags.get("bits"):
            kind = "paid"
            extra["bits"] = tags["bits"]
        for tag, name in (
            ("room-id", "room_id"),
            ("badges", "badges"),
            ("reply-parent-display-name", "reply_to_name"),
            ("source-room-id", "source_room_id"),
            ("color", "color"),
        ):
            if tags.get(tag):
                extra[name] = tags[tag]
        author = Author(
            id=tags.get("user-id") or login,
            name=tags.get("display-name") or login,
            roles=_roles(tags),
        )
        if login and login != author.name.lower():
            extra["login"] = login
        return ChatMessage(
            source=source,
            platform=platform,
            channel=channel,
            id=message_id,
            author=author,
            text=text,
            sent_at=_sent_at(tags, received_at),
            received_at=received_at,
            reply_to=tags.get("reply-parent-msg-id") or None,
            kind=kind,
            extra=extra,
        )
    at = _sent_at(tags, received_at)
    if verb == "CLEARMSG":
        login = tags.get("login", "")
        return PlatformEvent(
            source,
            PlatformEventKind.DELETED,
            message_id=tags.get("target-msg-id") or None,
            author_id=login or None,
            detail=f"message by {login or 'someone'} deleted on {platform}",
            at=at,
        )
    if verb == "CLEARCHAT":
        target = msg.params[1] if len(msg.params) > 1 else ""
        if not target:
            return PlatformEvent(source, PlatformEventKind.CLEARED, detail=f"chat cleared on {platform}", at=at)
        author_id = tags.get("target-user-id") or target
        duration = tags.get("ban-duration", "")
        if duration.isdigit():
            return PlatformEvent(
                source,
                PlatformEventKind.TIMED_OUT,
                author_id=author_id,
                duration=int(duration),
                detail=f"{target} timed out for {duration}s on {platform}",
                at=at,
            )
        return PlatformEvent(
            source, PlatformEventKind.BANNED, author_id=author_id, detail=f"{target} banned on {platform}", at=at
        )
    return None


# -- the client state machine ---------------------------------------------------------------------

_AUTH_FAILURES = ("login authentication failed", "improperly formatted auth", "invalid nick")
_FATAL_NOTICES = {"msg_channel_suspended", "msg_banned", "msg_channel_blocked", "tos_ban"}


class IrcFatal(Exception):
    """The server refused us for good (bad token, banned, suspended channel)."""


class IrcReconnect(Exception):
    """The server asked us to reconnect (Twitch ``RECONNECT``) or is closing (``ERROR``)."""


class IrcChat:
    """Client side of one IRC chat connection, without I/O.

    Call :meth:`start` for the registration lines, feed every received frame to
    :meth:`receive` and send what :meth:`outgoing` hands back. After ``receive``,
    :attr:`closing` holds an :class:`IrcFatal` or :class:`IrcReconnect` when the
    connection must end.
    """

    def __init__(
        self,
        *,
        source: str,
        platform: str,
        channel: str,
        nick: str,
        password: str | None = None,
        caps: Iterable[str] = ("twitch.tv/tags", "twitch.tv/commands"),
        max_line: int = 64 * 1024,
    ) -> None:
        self.source = source
        self.platform = platform
        self.channel = "#" + channel.lstrip("#").lower()
        self.nick = nick
        self.password = password
        self.caps = tuple(c for c in caps if c)
        self.max_line = max_line
        self.joined = False
        self.welcomed = False
        self.room_id: str | None = None
        self.last_pong = 0.0
        self._out: list[str] = []
        self.closing: IrcFatal | IrcReconnect | None = None
        """Set when the server refused us or asked us to reconnect: the caller must end the connection."""
        self.skipped: list[str] = []
        """Reasons for lines that were dropped (oversized, unparsable); the caller logs them."""

    def start(self) -> list[str]:
        """Registration lines: CAP REQ, PASS (with a token), NICK, USER."""
        lines = []
        if self.caps:
            lines.append("CAP REQ :" + " ".join(self.caps))
        if self.password:
            lines.append("PASS oauth:" + self.password.removeprefix("oauth:"))
        lines.append(f"NICK {self.nick}")
        # Twitch ignores USER; a standard server needs it to finish registration.
        lines.append(f"USER {self.nick} 0 * :{self.nick}")
        return lines

    def outgoing(self) -> list[str]:
        """Lines to send now (answers to PING, CAP END, JOIN)."""
        out, self._out = self._out, []
        return out

    def ping(self, token: str) -> str:
        """A client keepalive line."""
        return f"PING :{token}"

    def receive(self, frame: str, now: float) -> list[SourceEvent]:
        """Process one received frame (one or several lines) and return the chat events in it."""
        events: list[SourceEvent] = []
        for line in split_frame(frame):
            if len(line) > self.max_line:
                self.skipped.append(f"IRC line of {len(line)} characters exceeds {self.max_line}")
                continue
            try:
                msg = parse_line(line)
            except IrcParseError as exc:
                self.skipped.append(str(exc))
                continue
            try:
                event = self._handle(msg, now)
            except IrcParseError as exc:
                self.skipped.append(str(exc))
                continue
            except (IrcFatal, IrcReconnect) as exc:
                # Events already parsed from this frame are still delivered; the caller ends the connection.
                self.closing = exc
                break
            if event is not None:
                events.append(event)
        return events

    def _handle(self, msg: IrcMessage, now: float) -> SourceEvent | None:
        verb = msg.verb.upper()
        if verb == "PING":
            self._out.append("PONG :" + (msg.params[-1] if msg.params else ""))
            return None
        if verb == "PONG":
            self.last_pong = now
            return None
        if verb in ("PRIVMSG", "USERNOTICE", "CLEARMSG", "CLEARCHAT"):
            if msg.params and msg.params[0].lower() != self.channel:
                return None
            return chat_event(msg, source=self.source, platform=self.platform, received_at=now)
        if verb == "CAP" and len(msg.params) >= 2 and msg.params[1].upper() in ("ACK", "NAK"):
            if msg.params[1].upper() == "NAK":
                log.warning("%s: server refused capabilities %s", self.source, msg.params[-1])
            self._out.append("CAP END")
            return None
        if verb == "001":
            self.welcomed = True
            self._out.append(f"JOIN {self.channel}")
            return None
        if verb == "JOIN" and msg.nick.lower() == self.nick.lower():
            self.joined = True
            return None
        if verb in ("ROOMSTATE", "366"):
            self.room_id = msg.tags.get("room-id") or self.room_id
            self.joined = True
            return None
        if verb == "NOTICE":
            text = msg.params[-1] if msg.params else ""
            notice_id = msg.tags.get("msg-id", "")
            if any(f in text.lower() for f in _AUTH_FAILURES) or notice_id in _FATAL_NOTICES:
                raise IrcFatal(f"{self.platform} refused the login: {text or notice_id}")
            log.info("%s: notice %s %s", self.source, notice_id, text[:200])
            return None
        if verb == "RECONNECT":
            raise IrcReconnect("server asked to reconnect")
        if verb == "ERROR":
            raise IrcReconnect("server closing: " + (msg.params[-1] if msg.params else ""))
        if verb in ("464", "465"):
            raise IrcFatal(f"{self.platform} refused the login: {msg.params[-1] if msg.params else verb}")
        if verb in ("403", "405", "471", "473", "474", "475"):
            raise IrcFatal(f"cannot join {self.channel}: {msg.params[-1] if msg.params else verb}")
        if verb == "433":
            self.nick = self.nick[:20] + "_"
            self._out.append(f"NICK {self.nick}")
        return None
