"""The platform registry: one :class:`PlatformSpec` per connector, registered here and nowhere else.

A spec says everything the rest of castguard needs to know about a platform:
the source specs it opens (``twitch:CHANNEL``) and how, the ``[name]`` table of
``config.toml`` (its setting names, which are also the suffixes of its
``CASTGUARD_<NAME>_<KEY>`` environment variables, and their defaults), the
``castguard doctor`` check of its credentials, and its badge and display name
on the desk. :func:`castguard.connectors.open_source`, the settings, the doctor,
the config validation and the desk's rendering all read it, so adding a
platform is one :func:`register` call.

This module stays cheap to import (the command line reads it at startup):
openers and doctor checks import their connector only when called.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import aiohttp

    from castguard.connectors.base import Source
    from castguard.connectors.doctor import Check

#: Opens a source: ``(spec, settings, options)``, settings being every platform table of the config.
OpenFn = Callable[[str, Mapping[str, Any], Mapping[str, Any]], "Source"]
#: Checks a platform's credentials: ``(http session, merged settings, today)``.
DoctorFn = Callable[["aiohttp.ClientSession", Mapping[str, str], dt.date], Awaitable["Check"]]


@dataclass(frozen=True, slots=True)
class Opener:
    """One kind of source spec a platform opens (``twitch:CHANNEL``)."""

    usage: str
    """How the spec is written, for help and errors (``twitch:CHANNEL``)."""
    open: OpenFn
    prefixes: tuple[str, ...] = ()
    """Specs starting with one of these are this opener's (``("twitch:",)``)."""
    accepts: Callable[[str], bool] | None = None
    """Other specs it takes (``demo``, ``-``, a ``.jsonl`` path)."""

    def matches(self, spec: str) -> bool:
        """True when ``spec`` is this opener's."""
        return spec.startswith(self.prefixes) or (self.accepts is not None and self.accepts(spec))


@dataclass(frozen=True, slots=True)
class PlatformSpec:
    """What castguard knows about one platform (or generic feed)."""

    name: str
    """The records' platform (``twitch``), also the config table ``[twitch]`` and ``CASTGUARD_TWITCH_*``."""
    display_name: str
    """How people write it (``Twitch``)."""
    badge: str
    """Two-letter badge on the desk's rows (``TW``)."""
    badge_style: str = "bold black on #b0bec5"
    """Rich style of the badge (plain data: the desk draws it)."""
    openers: tuple[Opener, ...] = ()
    settings: tuple[str, ...] = ()
    """Setting names of the ``[name]`` table (and ``CASTGUARD_<NAME>_<KEY>`` suffixes); none: no table."""
    defaults: Mapping[str, str] = field(default_factory=dict)
    """Defaults of those settings."""
    normalize: Callable[[dict[str, str]], None] | None = None
    """Tidies merged settings in place (a token's ``oauth:`` prefix, a URL built from a version)."""
    doctor: DoctorFn | None = None
    """The ``castguard doctor`` check of its credentials (none: nothing to check)."""


_REGISTRY: dict[str, PlatformSpec] = {}


def register(spec: PlatformSpec) -> PlatformSpec:
    """Add a platform; its name and spec prefixes must be new."""
    if spec.name in _REGISTRY:
        raise ValueError(f"platform {spec.name!r} is already registered")
    taken = {prefix for other in _REGISTRY.values() for opener in other.openers for prefix in opener.prefixes}
    clash = taken & {prefix for opener in spec.openers for prefix in opener.prefixes}
    if clash:
        raise ValueError(f"platform {spec.name!r}: spec prefix {sorted(clash)[0]!r} is already taken")
    _REGISTRY[spec.name] = spec
    return spec


def unregister(name: str) -> None:
    """Remove a platform (tests that register a fake one)."""
    _REGISTRY.pop(name, None)


def platforms() -> Iterator[PlatformSpec]:
    """Every registered platform, in registration order."""
    return iter(tuple(_REGISTRY.values()))


def platform(name: str) -> PlatformSpec | None:
    """The spec of the records' platform ``name``, if registered."""
    return _REGISTRY.get(name)


def badge(name: str) -> tuple[str, str]:
    """Badge text and style of platform ``name`` (its first two letters, reversed, when unknown)."""
    spec = _REGISTRY.get(name)
    return (spec.badge, spec.badge_style) if spec is not None else (name[:2].upper(), "reverse")


def display_name(name: str) -> str:
    """How people write platform ``name`` (the name itself when unknown)."""
    spec = _REGISTRY.get(name)
    return spec.display_name if spec is not None else name


def opener_for(spec: str) -> Opener | None:
    """The opener of source spec ``spec``; prefixed specs win over the ones a rule accepts (a file path)."""
    openers = [opener for platform in _REGISTRY.values() for opener in platform.openers]
    for opener in openers:
        if spec.startswith(opener.prefixes):
            return opener
    return next((opener for opener in openers if opener.accepts is not None and opener.accepts(spec)), None)


def specs_help() -> str:
    """Every spec form, for help texts and errors (``demo, twitch:CHANNEL, ...``)."""
    usages = [opener.usage for platform in _REGISTRY.values() for opener in platform.openers]
    return ", ".join(usages[:-1]) + " or " + usages[-1] if len(usages) > 1 else "".join(usages)


def config_tables() -> dict[str, tuple[str, ...]]:
    """Config table → its setting names, for every platform that has settings (what ``load_config`` checks)."""
    return {spec.name: spec.settings for spec in _REGISTRY.values() if spec.settings}


# -- Facebook Graph API versions --------------------------------------------------------------------------------

#: Graph API versions and the day each stops answering (``None``: not announced yet). One table: the default
#: below and ``castguard doctor``'s warning read it. Source: Meta's changelog (see the protocols notes).
GRAPH_API_EXPIRY: dict[str, dt.date | None] = {
    "v19.0": dt.date(2026, 5, 21),
    "v20.0": dt.date(2026, 9, 24),
    "v21.0": dt.date(2027, 1, 21),
    "v22.0": dt.date(2027, 5, 20),
    "v23.0": dt.date(2027, 10, 8),
    "v24.0": dt.date(2028, 2, 18),
    "v25.0": dt.date(2028, 7, 29),
    "v26.0": None,
}
#: The newest released version (2026-07-29): a default must be a live one.
GRAPH_API_VERSION = "v26.0"
GRAPH_API_HOST = "https://graph.facebook.com"
#: Days before a version's end at which ``castguard doctor`` starts warning.
GRAPH_API_WARN_DAYS = 60
_GRAPH_VERSION = re.compile(r"v(\d{1,3})\.(\d{1,2})")
_GRAPH_URL_VERSION = re.compile(r"/(v\d{1,3}\.\d{1,2})$")


def graph_version(settings: Mapping[str, str]) -> str:
    """The Graph API version the settings talk to: the one ending ``graph_url``, else ``graph_version``."""
    found = _GRAPH_URL_VERSION.search(settings.get("graph_url", ""))
    return found.group(1) if found else settings.get("graph_version", GRAPH_API_VERSION)


def graph_version_notice(version: str, today: dt.date) -> tuple[bool, str] | None:
    """``(expired, text)`` when ``version`` has stopped or stops answering within the warning window, else None."""
    parsed = _version_key(version)
    if parsed is None:
        return True, f"Graph API version {version[:20]!r} is not a version (like {GRAPH_API_VERSION})"
    fix = f'set [facebook] graph_version = "{GRAPH_API_VERSION}"'
    ends = GRAPH_API_EXPIRY.get(version)
    oldest = min(GRAPH_API_EXPIRY, key=lambda known: _version_key(known) or (0, 0))
    if ends is None and parsed < (_version_key(oldest) or (0, 0)):
        return True, f"Graph API {version} expired before {GRAPH_API_EXPIRY[oldest]}: {fix}"
    if ends is None:
        return None  # newer than the table, or its end not announced yet
    if ends <= today:
        return True, f"Graph API {version} expired on {ends}: {fix}"
    left = (ends - today).days
    if left <= GRAPH_API_WARN_DAYS:
        return False, f"Graph API {version} expires on {ends} (in {left} days): move to {GRAPH_API_VERSION}"
    return None


def _version_key(version: str) -> tuple[int, int] | None:
    parsed = _GRAPH_VERSION.fullmatch(version)
    return (int(parsed.group(1)), int(parsed.group(2))) if parsed else None


def _facebook_settings(merged: dict[str, str]) -> None:
    if not merged.get("graph_url"):
        merged["graph_url"] = f"{GRAPH_API_HOST}/{merged.get('graph_version') or GRAPH_API_VERSION}"


def _twitch_settings(merged: dict[str, str]) -> None:
    if merged.get("token"):
        merged["token"] = merged["token"].removeprefix("oauth:")


# -- openers (each imports its connector when called) -----------------------------------------------------------


def _common(options: Mapping[str, Any]) -> dict[str, Any]:
    from castguard.connectors.base import SourceError
    from castguard.connectors.runtime import Backoff

    backoff = options.get("backoff")
    if backoff is not None and not isinstance(backoff, Backoff):
        raise SourceError("backoff option must be a castguard.connectors.runtime.Backoff")
    return {"backoff": backoff, "sleep": options.get("sleep")}


def _pick(options: Mapping[str, Any], *names: str) -> dict[str, Any]:
    return {k: options[k] for k in names if k in options}


def _fields(options: Mapping[str, Any]) -> Any:
    from castguard.connectors.jsonfeed import FieldMap

    return FieldMap.parse(options["fields"]) if options.get("fields") else None


def _open_demo(spec: str, settings: Mapping[str, Any], options: Mapping[str, Any]) -> Source:
    from castguard.connectors.demo import DemoBroadcast

    return DemoBroadcast(
        seed=int(options.get("seed") or 7), rate=float(options.get("rate") or 4.0), duration=options.get("duration"),
        paced=bool(options.get("paced", True)),
    )  # fmt: skip


def _open_twitch(spec: str, settings: Mapping[str, Any], options: Mapping[str, Any]) -> Source:
    from castguard.connectors.twitch import TwitchSource

    extra = _pick(options, "ping_interval", "ping_timeout", "action_backoff")
    return TwitchSource(spec.removeprefix("twitch:"), settings, **_common(options), **extra)


def _open_eventsub(spec: str, settings: Mapping[str, Any], options: Mapping[str, Any]) -> Source:
    from castguard.connectors.twitch_eventsub import TwitchEventSubSource

    extra = _pick(options, "action_backoff", "welcome_timeout", "keepalive_grace", "irc")
    return TwitchEventSubSource(spec.removeprefix("twitch+eventsub:"), settings, **_common(options), **extra)


def _open_youtube(spec: str, settings: Mapping[str, Any], options: Mapping[str, Any]) -> Source:
    from castguard.connectors.youtube import YouTubeSource

    extra = _pick(options, "min_poll_interval", "action_backoff", "gauge_interval")
    return YouTubeSource(spec.removeprefix("youtube:"), settings, **_common(options), **extra)


def _open_facebook(spec: str, settings: Mapping[str, Any], options: Mapping[str, Any]) -> Source:
    from castguard.connectors.facebook import FacebookSource

    extra = _pick(options, "poll_interval", "action_backoff")
    return FacebookSource(spec.removeprefix("facebook:"), settings, **_common(options), **extra)


def _open_kick(spec: str, settings: Mapping[str, Any], options: Mapping[str, Any]) -> Source:
    from castguard.connectors.kick import KickSource

    extra = _pick(options, "action_backoff", "clock")
    return KickSource(spec.removeprefix("kick:"), settings, **_common(options), **extra)


def _open_websocket(spec: str, settings: Mapping[str, Any], options: Mapping[str, Any]) -> Source:
    from castguard.connectors.feeds import WebSocketFeed

    extra = _pick(options, "ping_interval", "ping_timeout", "buffer_frames", "queue_size")
    return WebSocketFeed(spec, fields=_fields(options), **_common(options), **extra)


def _open_sse(spec: str, settings: Mapping[str, Any], options: Mapping[str, Any]) -> Source:
    from castguard.connectors.feeds import SseFeed
    from castguard.connectors.settings import platform_settings

    extra = _pick(options, "queue_size")
    idle = options.get("idle_timeout") or platform_settings(settings, "sse").get("idle_timeout")
    if idle is not None:
        extra["idle_timeout"] = _seconds(idle, "idle_timeout")
    return SseFeed(spec, fields=_fields(options), **_common(options), **extra)


def _open_stdin(spec: str, settings: Mapping[str, Any], options: Mapping[str, Any]) -> Source:
    from castguard.connectors.feeds import StdinFeed

    return StdinFeed(stream=options.get("stream"), fields=_fields(options))


def _open_file(spec: str, settings: Mapping[str, Any], options: Mapping[str, Any]) -> Source:
    from castguard.connectors.base import SourceError
    from castguard.connectors.feeds import JsonlFile

    follow = bool(options.get("follow"))
    if not follow and not Path(spec).is_file():
        raise SourceError(f"{spec}: no such file")
    return JsonlFile(spec, follow=follow, fields=_fields(options), sleep=options.get("sleep"))


def _seconds(value: Any, name: str) -> float:
    from castguard.connectors.base import SourceError

    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise SourceError(f"{name} {value!r}: expected a number of seconds") from None
    if not seconds > 0 or seconds == float("inf"):
        raise SourceError(f"{name} {value!r}: expected a positive number of seconds")
    return seconds


# -- doctor checks (each imports the doctor when called) --------------------------------------------------------


async def _doctor_twitch(session: aiohttp.ClientSession, cfg: Mapping[str, str], today: dt.date) -> Check:
    from castguard.connectors.doctor import check_twitch

    return await check_twitch(session, cfg)


async def _doctor_youtube(session: aiohttp.ClientSession, cfg: Mapping[str, str], today: dt.date) -> Check:
    from castguard.connectors.doctor import check_youtube

    return await check_youtube(session, cfg)


async def _doctor_facebook(session: aiohttp.ClientSession, cfg: Mapping[str, str], today: dt.date) -> Check:
    from castguard.connectors.doctor import check_facebook

    return await check_facebook(session, cfg, today)


async def _doctor_kick(session: aiohttp.ClientSession, cfg: Mapping[str, str], today: dt.date) -> Check:
    from castguard.connectors.doctor import check_kick

    return await check_kick(session, cfg)


# -- the platforms ----------------------------------------------------------------------------------------------

register(
    PlatformSpec(
        "demo",
        "Demo",
        "DM",
        openers=(Opener("demo", _open_demo, prefixes=("demo:",), accepts=lambda spec: spec == "demo"),),
    )
)
register(
    PlatformSpec(
        "twitch",
        "Twitch",
        "TW",
        "bold white on #6441a5",
        openers=(
            Opener("twitch:CHANNEL", _open_twitch, prefixes=("twitch:",)),
            Opener("twitch+eventsub:CHANNEL", _open_eventsub, prefixes=("twitch+eventsub:",)),
        ),
        settings=(
            "token",
            "client_id",
            "login",
            "irc_url",
            "api_url",
            "auth_url",
            "caps",
            "origin",
            "moderator_id",
            "broadcaster_id",
            "eventsub_url",
            "eventsub_irc",
        ),
        defaults={
            "irc_url": "wss://irc-ws.chat.twitch.tv:443",
            "api_url": "https://api.twitch.tv/helix",
            "auth_url": "https://id.twitch.tv/oauth2",
            "caps": "twitch.tv/tags twitch.tv/commands",
            "eventsub_url": "wss://eventsub.wss.twitch.tv/ws",
            "eventsub_irc": "on",
        },
        normalize=_twitch_settings,
        doctor=_doctor_twitch,
    )
)
register(
    PlatformSpec(
        "youtube",
        "YouTube",
        "YT",
        "bold white on #c4302b",
        openers=(Opener("youtube:LIVE_CHAT_ID", _open_youtube, prefixes=("youtube:",)),),
        settings=(
            "token",
            "api_key",
            "api_url",
            "token_info_url",
            "min_poll_interval",
            "reader",
            "stream_url",
            "stream_failures",
            "daily_quota",
        ),
        defaults={
            "api_url": "https://www.googleapis.com/youtube/v3",
            "token_info_url": "https://oauth2.googleapis.com/tokeninfo",
            "min_poll_interval": "1.0",
            # streamList over gRPC; "poll" reads liveChatMessages.list only (the fallback).
            "reader": "stream",
            "stream_url": "grpcs://youtube.googleapis.com:443",
            "stream_failures": "3",
            # The project's daily quota in units (10,000 unless Google granted more): the status line warns
            # when the projection would spend it within a day.
            "daily_quota": "10000",
        },
        doctor=_doctor_youtube,
    )
)
register(
    PlatformSpec(
        "facebook",
        "Facebook",
        "FB",
        "bold white on #1877f2",
        openers=(Opener("facebook:LIVE_VIDEO_ID", _open_facebook, prefixes=("facebook:",)),),
        settings=("token", "page_id", "graph_version", "graph_url", "stream_url", "comment_rate", "mode"),
        defaults={
            "graph_version": GRAPH_API_VERSION,
            "stream_url": "https://streaming-graph.facebook.com",
            "comment_rate": "one_hundred_per_second",
            "mode": "stream",
        },
        normalize=_facebook_settings,
        doctor=_doctor_facebook,
    )
)
register(
    PlatformSpec(
        "kick",
        "Kick",
        "KK",
        "bold black on #53fc18",
        openers=(Opener("kick:CHANNEL", _open_kick, prefixes=("kick:",)),),
        settings=(
            "token",
            "api_url",
            "public_key",
            "listen",
            "webhook_path",
            "broadcaster_id",
            "subscribe",
            "max_skew",
        ),
        defaults={
            "api_url": "https://api.kick.com/public/v1",
            # The webhook receiver: loopback by default; the user exposes it (tunnel, reverse proxy).
            "listen": "127.0.0.1:8787",
            "webhook_path": "/kick/webhook",
            "subscribe": "on",
        },
        doctor=_doctor_kick,
    )
)
register(
    PlatformSpec(
        "websocket",
        "WebSocket feed",
        "WS",
        openers=(Opener("ws(s)://...", _open_websocket, prefixes=("ws://", "wss://")),),
    )
)
register(
    PlatformSpec(
        "sse",
        "Server-sent events feed",
        "SE",
        openers=(Opener("sse+http(s)://...", _open_sse, prefixes=("sse+http://", "sse+https://")),),
        settings=("idle_timeout",),
    )
)
register(
    PlatformSpec(
        "jsonl",
        "JSON lines",
        "JL",
        openers=(
            Opener(
                "FILE.jsonl",
                _open_file,
                accepts=lambda spec: Path(spec).suffix.lower() in (".jsonl", ".json", ".ndjson"),
            ),
            Opener("-", _open_stdin, accepts=lambda spec: spec == "-"),
        ),
    )
)
