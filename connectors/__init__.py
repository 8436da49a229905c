"""Chat sources: live platforms, generic feeds, recordings and the demo broadcast.

:func:`open_source` turns a command-line source spec into a :class:`Source`.
"""

from __future__ import annotations

from typing import Any

from connectors.base import ReadOnlySource, Source, SourceError


def open_source(spec: str, settings: dict[str, dict[str, Any]] | None = None, **options: Any) -> Source:
    """Build the source for ``spec`` (``demo``, ``twitch:CHANNEL``, ``FILE.jsonl``, ``-`` ...).

    ``settings`` holds per-platform configuration (tokens, base URLs) from the
    config file; ``options`` are command-line options such as ``seed``, ``rate``
    and ``follow``. Raises :class:`SourceError` with a clear message for an
    unknown or unusable spec.
    """
    settings = settings or {}
    if spec == "demo" or spec.startswith("demo:"):
        from connectors.demo import DemoBroadcast

        return DemoBroadcast(
            seed=int(options.get("seed") or 7),
            rate=float(options.get("rate") or 4.0),
            duration=options.get("duration"),
        )
    raise SourceError(f"unknown source {spec!r}: expected demo, twitch:CHANNEL, youtube:ID, facebook:ID, ws(s)://..., "
                      "sse+http(s)://..., FILE.jsonl or -")


__all__ = ["ReadOnlySource", "Source", "SourceError", "open_source"]
