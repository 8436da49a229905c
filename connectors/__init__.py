"""Chat sources: live platforms, generic feeds, recordings and the demo broadcast.

:func:`open_source` turns a command-line source spec into a :class:`Source`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from castguard.connectors.base import ReadOnlySource, Source, SourceError

SPECS_HELP = (
    "demo, twitch:CHANNEL, twitch+eventsub:CHANNEL, youtube:LIVE_CHAT_ID, facebook:LIVE_VIDEO_ID, "
    "ws(s)://..., sse+http(s)://..., FILE.jsonl or -"
)


def open_source(spec: str, settings: dict[str, dict[str, Any]] | None = None, **options: Any) -> Source:
    """Build the source for ``spec`` (``demo``, ``twitch:CHANNEL``, ``FILE.jsonl``, ``-`` ...).

    ``settings`` holds per-platform configuration (tokens, base URLs) from the
    config file; environment variables (``CASTGUARD_TWITCH_TOKEN`` ...) override
    it. ``options`` are command-line options such as ``seed``, ``rate``,
    ``follow`` and ``fields`` (generic field paths, ``"text=body,author=user.name"``),
    and ``idle_timeout`` of an SSE stream (also ``[sse] idle_timeout`` in the config,
    ``CASTGUARD_SSE_IDLE_TIMEOUT``); tests also pass ``backoff``, ``sleep``, keepalive
    timings and queue sizes. Raises :class:`SourceError` with a
    clear message for an unknown or unusable spec.
    """
    settings = settings or {}
    if spec == "demo" or spec.startswith("demo:"):
        from castguard.connectors.demo import DemoBroadcast

        return DemoBroadcast(
            seed=int(options.get("seed") or 7),
            rate=float(options.get("rate") or 4.0),
            duration=options.get("duration"),
        )
    try:
        return _open_live(spec, settings, options)
    except ValueError as exc:  # FeedError and bad ids are ValueErrors
        raise SourceError(f"{spec}: {exc}") from None


def _open_live(spec: str, settings: dict[str, dict[str, Any]], options: dict[str, Any]) -> Source:
    from castguard.connectors.jsonfeed import FieldMap
    from castguard.connectors.runtime import Backoff

    backoff = options.get("backoff")
    if backoff is not None and not isinstance(backoff, Backoff):
        raise SourceError("backoff option must be a castguard.connectors.runtime.Backoff")
    common: dict[str, Any] = {"backoff": backoff, "sleep": options.get("sleep")}
    fields = FieldMap.parse(options["fields"]) if options.get("fields") else None
    platform, sep, rest = spec.partition(":")
    if sep and platform == "twitch":
        from castguard.connectors.twitch import TwitchSource

        extra: dict[str, Any] = {
            k: options[k] for k in ("ping_interval", "ping_timeout", "action_backoff") if k in options
        }
        return TwitchSource(rest, settings, **common, **extra)
    if sep and platform == "twitch+eventsub":
        from castguard.connectors.twitch_eventsub import TwitchEventSubSource

        extra = {k: options[k] for k in ("action_backoff", "welcome_timeout", "keepalive_grace", "irc") if k in options}
        return TwitchEventSubSource(rest, settings, **common, **extra)
    if sep and platform == "youtube":
        from castguard.connectors.youtube import YouTubeSource

        extra = {k: options[k] for k in ("min_poll_interval", "action_backoff") if k in options}
        return YouTubeSource(rest, settings, **common, **extra)
    if sep and platform == "facebook":
        from castguard.connectors.facebook import FacebookSource

        extra = {k: options[k] for k in ("poll_interval", "action_backoff") if k in options}
        return FacebookSource(rest, settings, **common, **extra)
    if spec.startswith(("ws://", "wss://")):
        from castguard.connectors.feeds import WebSocketFeed

        names = ("ping_interval", "ping_timeout", "buffer_frames", "queue_size")
        extra = {k: options[k] for k in names if k in options}
        return WebSocketFeed(spec, fields=fields, **common, **extra)
    if spec.startswith(("sse+http://", "sse+https://")):
        from castguard.connectors.feeds import SseFeed
        from castguard.connectors.settings import platform_settings

        extra = {k: options[k] for k in ("queue_size",) if k in options}
        idle = options.get("idle_timeout") or platform_settings(settings, "sse").get("idle_timeout")
        if idle is not None:
            extra["idle_timeout"] = _seconds(idle, "idle_timeout")
        return SseFeed(spec, fields=fields, **common, **extra)
    if spec == "-":
        from castguard.connectors.feeds import StdinFeed

        return StdinFeed(stream=options.get("stream"), fields=fields)
    path = Path(spec)
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        from castguard.connectors.feeds import JsonlFile

        follow = bool(options.get("follow"))
        if not follow and not path.is_file():
            raise SourceError(f"{spec}: no such file")
        return JsonlFile(spec, follow=follow, fields=fields, sleep=options.get("sleep"))
    raise SourceError(f"unknown source {spec!r}: expected {SPECS_HELP}")


def _seconds(value: Any, name: str) -> float:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise SourceError(f"{name} {value!r}: expected a number of seconds") from None
    if not seconds > 0 or seconds == float("inf"):
        raise SourceError(f"{name} {value!r}: expected a positive number of seconds")
    return seconds


__all__ = ["ReadOnlySource", "Source", "SourceError", "open_source"]
