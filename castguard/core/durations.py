"""Durations as people type them: ``90``, ``90s``, ``5m``, ``1h30m``, ``1h 30m``."""

from __future__ import annotations

import re

# Possessive spaces (\s*+): with plain \s* a run of spaces was shared out among the four in every way
# before failing (48 s for 400 spaces).
_DURATION = re.compile(r"\s*+(?:(\d+(?:\.\d+)?)h)?\s*+(?:(\d+(?:\.\d+)?)m)?\s*+(?:(\d+(?:\.\d+)?)s?)?\s*+")


def parse_duration(text: str) -> float:
    """``90``, ``90s``, ``5m``, ``1h30m`` → seconds; :class:`ValueError` for anything else."""
    parts = _DURATION.fullmatch(text)
    if not parts or not any(parts.groups()):
        raise ValueError(f"invalid duration {text[:40]!r} (examples: 30s, 5m, 1h30m)")
    h, m, s = (float(g) if g else 0.0 for g in parts.groups())
    return h * 3600 + m * 60 + s


__all__ = ["parse_duration"]
