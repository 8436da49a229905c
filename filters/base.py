"""The filter interface.

A filter is pure: a message in, findings out. It reads nothing but its
arguments and the policy it was built with; windowed detectors (raids,
floods) keep explicit state and take the clock from the message
(``ChatMessage.received_at``), never from the system.
"""

from __future__ import annotations

from typing import Protocol

from castguard.model import ChatMessage, Finding
from castguard.policy import Policy


class Filter(Protocol):
    """Anything that turns a message into findings."""

    name: str
    """Short id used in rule names and benchmarks."""

    def scan(self, message: ChatMessage) -> list[Finding]:
        """Findings for ``message.text``; spans index into that text."""
        ...


class FilterFactory(Protocol):
    """Builds a filter for a policy (called again when the policy is reloaded)."""

    def __call__(self, policy: Policy) -> Filter: ...
