"""A bounded memory of recently seen keys, for dropping messages a platform delivers twice.

Platforms re-send recent messages after a reconnect, so a source and the
session each remember the ids they have seen. A FIFO ``OrderedDict`` trimmed
with ``popitem(last=False)`` does that, but at thousands of messages a second
its table fills with deleted slots between compactions: it swung between 20 and
40 MB for 200,000 keys and rehashed everything at each compaction.
:class:`RecentKeys` keeps two plain dictionaries instead, the current one and
the one before it: lookups check both, and when the current one is full it
becomes the previous one and the oldest half is dropped at once. Memory stays
within ``capacity`` entries, and at least the newest ``capacity // 2`` keys are
always remembered.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class RecentKeys(Generic[K, V]):
    """The most recent keys (and a value each), at most ``capacity`` of them."""

    __slots__ = ("_current", "_half", "_previous")

    def __init__(self, capacity: int) -> None:
        if capacity < 2:
            raise ValueError("capacity must be at least 2")
        self._half = capacity // 2
        self._current: dict[K, V] = {}
        self._previous: dict[K, V] = {}

    def __contains__(self, key: K) -> bool:
        return key in self._current or key in self._previous

    def __len__(self) -> int:
        return len(self._current) + len(self._previous)

    def get(self, key: K) -> V | None:
        """The value remembered for ``key``, or ``None``."""
        found = self._current.get(key)
        return found if found is not None else self._previous.get(key)

    def add(self, key: K, value: V) -> None:
        """Remember ``key`` (the oldest half is forgotten when the memory is full)."""
        if len(self._current) >= self._half:
            self._previous = self._current
            self._current = {}
        self._current[key] = value

    def clear(self) -> None:
        """Forget everything."""
        self._current = {}
        self._previous = {}
