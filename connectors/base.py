"""The connector interface: every chat source, live or recorded, looks like this.

A connector is an async iterator of domain events (:data:`SourceEvent`):
chat messages, platform-side moderation and its own connection state. Where
the platform allows it, the connector also performs moderator actions. Wire
formats are parsed by separate sans-I/O functions so they can be tested
without sockets.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, Protocol, runtime_checkable

from castguard.core.lockdown import Control, PlatformLock
from castguard.core.model import ActionKind, ActionOutcome, ActionRequest, ActionResult, ChatMessage, SourceEvent


@runtime_checkable
class Source(Protocol):
    """A chat source."""

    key: str
    """Unique key in the session (``twitch:clinic``, ``demo``)."""
    platform: str
    """Platform family, also shown as the badge in the feed."""
    capabilities: frozenset[ActionKind]
    """Actions the platform performs for us; empty for read-only sources."""

    def events(self) -> AsyncIterator[SourceEvent]:
        """Yield events until the source ends; reconnects are the source's own business."""
        ...

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        """Carry out an action on the platform (only kinds in ``capabilities`` are asked)."""
        ...

    async def aclose(self) -> None:
        """Release sockets and files."""
        ...


@runtime_checkable
class Replier(Protocol):
    """A source that can post a reply to one of its messages (``ActionKind.REPLY`` in its capabilities)."""

    async def reply(self, message: ChatMessage, text: str) -> ActionOutcome:
        """Post ``text`` on the platform as a reply to ``message`` (as the account the source acts as)."""
        ...


@runtime_checkable
class LockdownSource(Protocol):
    """A source whose platform has chat controls of its own that lockdown switches on (and lifting restores)."""

    async def lock(self, controls: tuple[Control, ...]) -> PlatformLock:
        """Read the settings ``controls`` change, switch the controls on, and return the settings from before.

        Never raises for a platform's refusal: a control that could not be applied is left out of
        ``before`` and said in ``says``; nothing applied is a failed outcome.
        """
        ...

    async def unlock(self, before: Mapping[str, Any]) -> ActionOutcome:
        """Put back the settings :meth:`lock` returned as ``before``."""
        ...


class ReadOnlySource:
    """Mixin for sources that cannot act on the platform: every action is local-only."""

    capabilities: frozenset[ActionKind] = frozenset()

    async def perform(self, request: ActionRequest) -> ActionOutcome:
        return ActionOutcome(ActionResult.LOCAL, "read-only source: applied on the desk only")

    async def reply(self, message: ChatMessage, text: str) -> ActionOutcome:
        return ActionOutcome(ActionResult.FAILED, "read-only source: cannot send a reply on the platform")

    async def aclose(self) -> None:
        return None


class SourceError(Exception):
    """A source cannot be opened (bad spec, missing credentials, unreadable file)."""
