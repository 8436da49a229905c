"""Chat sources: live platforms, generic feeds, recordings and the demo broadcast.

:func:`open_source` turns a command-line source spec into a :class:`Source`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from castguard.connectors.base import ReadOnlySource, Source, SourceError
from castguard.connectors.platforms import opener_for, specs_help


def open_source(spec: str, settings: Mapping[str, Any] | None = None, **options: Any) -> Source:
    """Build the source for ``spec`` (``demo``, ``twitch:CHANNEL``, ``FILE.jsonl``, ``-`` ...).

    The spec's platform is found in the registry (:mod:`castguard.connectors.platforms`).
    ``settings`` holds per-platform configuration (tokens, base URLs) from the
    config file; environment variables (``CASTGUARD_TWITCH_TOKEN`` ...) override
    it. ``options`` are command-line options such as ``seed``, ``rate``,
    ``follow`` and ``fields`` (generic field paths, ``"text=body,author=user.name"``),
    and ``idle_timeout`` of an SSE stream (also ``[sse] idle_timeout`` in the config,
    ``CASTGUARD_SSE_IDLE_TIMEOUT``); tests also pass ``backoff``, ``sleep``, keepalive
    timings and queue sizes. Raises :class:`SourceError` with a
    clear message for an unknown or unusable spec.
    """
    opener = opener_for(spec)
    if opener is None:
        raise SourceError(f"unknown source {spec!r}: expected {specs_help()}")
    try:
        return opener.open(spec, settings or {}, options)
    except ValueError as exc:  # FeedError and bad ids are ValueErrors
        raise SourceError(f"{spec}: {exc}") from None


__all__ = ["ReadOnlySource", "Source", "SourceError", "open_source"]
