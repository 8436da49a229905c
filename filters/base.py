"""The filter interface.

A filter is pure: a message in, findings out. It reads nothing but its
arguments and the policy it was built with; windowed detectors (raids,
floods) keep explicit state and take the clock from the message
(``ChatMessage.received_at``), never from the system.
"""

from __future__ import annotations

from typing import Protocol

from castguard.core.model import ChatMessage, Finding
from castguard.core.policy import Policy
from castguard.filters.prepass import Prepared


class Filter(Protocol):
    """Anything that turns a message into findings."""

    name: str
    """Short id used in rule names and benchmarks."""

    def scan(self, message: ChatMessage) -> list[Finding]:
        """Findings for ``message.text``; spans index into that text."""
        ...


class SharedScan(Protocol):
    """A filter that can also read the pipeline's shared pre-pass (optional, for speed).

    ``scan_prepared(message, prepare(message.text))`` must return exactly what
    ``scan(message)`` returns; the pipeline calls it instead of ``scan`` so that
    the lower-cased text and the word list are computed once per message, not
    once per filter.
    """

    name: str

    def scan(self, message: ChatMessage) -> list[Finding]:
        """Findings for ``message.text``; spans index into that text."""
        ...

    def scan_prepared(self, message: ChatMessage, prepared: Prepared) -> list[Finding]:
        """Findings for ``message.text``, reading the derived forms from ``prepared``."""
        ...


class FilterFactory(Protocol):
    """Builds a filter for a policy (called again when the policy is reloaded)."""

    def __call__(self, policy: Policy) -> Filter: ...
