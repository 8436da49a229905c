"""The bounded memory of seen message ids (duplicate delivery after reconnects)."""

from __future__ import annotations

import pytest

from castguard.core.recent import RecentKeys


def test_remembers_the_newest_half_and_never_more_than_capacity() -> None:
    seen: RecentKeys[str, int] = RecentKeys(1000)
    for n in range(10_000):
        seen.add(f"id-{n}", n)
        assert len(seen) <= 1000
        # Whatever happened before, the newest 500 are still known, with their values.
        assert f"id-{max(n - 499, 0)}" in seen
        assert seen.get(f"id-{n}") == n
    assert "id-0" not in seen
    assert seen.get("id-8000") is None


def test_values_are_found_in_either_generation() -> None:
    seen: RecentKeys[tuple[str, str], int] = RecentKeys(4)
    seen.add(("twitch", "a"), 1)
    seen.add(("twitch", "b"), 2)
    seen.add(("twitch", "c"), 3)  # the first two move to the previous generation
    assert seen.get(("twitch", "a")) == 1
    assert seen.get(("twitch", "c")) == 3
    assert ("youtube", "a") not in seen
    seen.clear()
    assert len(seen) == 0 and ("twitch", "c") not in seen


def test_capacity_must_hold_something() -> None:
    with pytest.raises(ValueError, match="capacity"):
        RecentKeys(1)
