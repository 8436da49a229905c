"""Waiting before trying again: one jittered exponential backoff for every reconnect and retry in castguard.

Connectors reconnecting to a platform, the escalation webhook retrying a post and the team desk
reconnecting to Redis all wait with it, each with its own first delay and cap.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Jittered exponential backoff with a cap, reset after success (as in websockets)."""

    initial: float = 1.0
    """First delay in seconds."""
    factor: float = 1.618
    """Growth per failed attempt."""
    cap: float = 60.0
    """Longest delay."""
    jitter: float = 0.5
    """Fraction of each delay drawn at random, so many clients do not reconnect in lockstep."""
    rng: random.Random = field(default_factory=random.Random)
    attempts: int = 0

    def next_delay(self) -> float:
        """The delay before the next attempt; each call grows it until the cap."""
        base = min(self.cap, self.initial * self.factor**self.attempts)
        self.attempts += 1
        return base * (1.0 - self.jitter * self.rng.random())

    def reset(self) -> None:
        """Forget past failures (called once a connection succeeded)."""
        self.attempts = 0
