"""A platform's daily API quota: units spent, the rate they are spent at, and when the day's budget runs out.

YouTube's Data API charges every call in units against a daily quota
(10,000 by default, reset at midnight Pacific time). A source that polls the
chat spends most of it just reading; moderator actions cost more per call. The
budget keeps the units spent per purpose and projects the next hour from two
parts: the reading rate the reader plans (a poll every N seconds costs a known
amount) and what was actually spent in the last hour (stream reconnects,
actions). The projection is what the status line and ``castguard doctor`` show.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

#: Youtube's default daily quota (units).
DEFAULT_DAILY_QUOTA = 10_000
#: How far back spending is looked at for the projection (seconds).
WINDOW = 3600.0
#: Shortest span a rate is computed over, so that one call in the first second does not project 3,600 an hour.
MIN_SPAN = 300.0


@dataclass
class QuotaBudget:
    """Units spent against a daily quota, and the projection of the next hour."""

    daily: int = DEFAULT_DAILY_QUOTA
    """The quota configured for the day (units)."""
    clock: Callable[[], float] = time.monotonic
    used: int = 0
    """Units spent since the source started."""
    by_purpose: dict[str, int] = field(default_factory=dict)
    """Units spent per purpose (``list``, ``stream``, ``delete``, ``ban`` ...)."""
    planned_per_hour: float = 0.0
    """The reader's own steady cost per hour (polling: cost per call × calls per hour); 0 when it cannot plan."""
    _spent: deque[tuple[float, int]] = field(default_factory=deque)
    _started: float | None = None

    def spend(self, units: int, purpose: str, *, planned: bool = False) -> None:
        """Count ``units`` for ``purpose``. ``planned`` spending is already in :attr:`planned_per_hour`."""
        now = self.clock()
        if self._started is None:
            self._started = now
        self.used += units
        self.by_purpose[purpose] = self.by_purpose.get(purpose, 0) + units
        if not planned:
            self._spent.append((now, units))
        while self._spent and now - self._spent[0][0] > WINDOW:
            self._spent.popleft()

    def per_hour(self) -> float:
        """Projected units per hour: the planned reading rate plus the unplanned spending of the last hour."""
        now = self.clock()
        recent = sum(units for at, units in self._spent if now - at <= WINDOW)
        span = min(WINDOW, max(MIN_SPAN, now - (self._started if self._started is not None else now)))
        return self.planned_per_hour + recent * 3600.0 / span

    def hours_left(self) -> float | None:
        """Hours until the day's quota is gone at the projected rate (None when nothing is being spent)."""
        rate = self.per_hour()
        return max(0.0, self.daily - self.used) / rate if rate > 0 else None

    def warning(self) -> str | None:
        """A sentence when the projection spends more than the daily quota in 24 hours, else None."""
        rate = self.per_hour()
        if rate * 24 <= self.daily:
            return None
        left = self.hours_left()
        when = f" in about {left:.1f} h" if left is not None else ""
        return f"at ~{rate:,.0f} units/h the daily quota of {self.daily:,} runs out{when}"

    def gauge(self) -> str:
        """The short reading for the status line: ``quota 120u · ~300/h``, with ``!`` when it will not last the day."""
        mark = "!" if self.warning() else ""
        return f"quota {self.used:,}u · ~{self.per_hour():,.0f}/h{mark}"


def projected_per_hour(cost: int, interval: float) -> float:
    """Units per hour of a call costing ``cost`` made every ``interval`` seconds."""
    return cost * 3600.0 / interval if interval > 0 else 0.0
