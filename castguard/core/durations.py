"""Durations as people type them: ``90``, ``90s``, ``5m``, ``1h30m``, ``1h 30m``, ``7d``."""

from __future__ import annotations

import re

# Possessive spaces (\s*+): with plain \s* a run of spaces was shared out among the five in every way
# before failing (48 s for 400 spaces).
_DURATION = re.compile(
    r"\s*+(?:(\d+(?:\.\d+)?)d)?\s*+(?:(\d+(?:\.\d+)?)h)?\s*+(?:(\d+(?:\.\d+)?)m)?\s*+(?:(\d+(?:\.\d+)?)s?)?\s*+"
)
#: Longest text read as a duration: anything longer is a mistake, not a duration.
MAX_DURATION_CHARS = 40


def parse_duration(text: str) -> float:
    """``90``, ``90s``, ``5m``, ``1h30m``, ``7d`` → seconds; :class:`ValueError` for anything else."""
    parts = _DURATION.fullmatch(text) if len(text) <= MAX_DURATION_CHARS else None
    if not parts or not any(parts.groups()):
        raise ValueError(f"invalid duration {text[:MAX_DURATION_CHARS]!r} (examples: 30s, 5m, 1h30m, 7d)")
    d, h, m, s = (float(g) if g else 0.0 for g in parts.groups())
    return d * 86400 + h * 3600 + m * 60 + s


def spoken(seconds: float) -> str:
    """Seconds the way :func:`parse_duration` reads them: ``8640000`` → ``100d``, ``5400`` → ``1h30m``."""
    whole = int(seconds)
    days, rest = divmod(whole, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{n}{unit}" for n, unit in ((days, "d"), (hours, "h"), (minutes, "m")) if n]
    fraction = round(secs + seconds - whole, 3)
    if fraction or not parts:
        parts.append(f"{fraction:g}s")
    return "".join(parts)


__all__ = ["parse_duration", "spoken"]
