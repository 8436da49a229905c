"""Small builders shared by the filter tests."""

from __future__ import annotations

from castguard.core.model import Author, ChatMessage
from castguard.filters.base import Filter


def msg(
    text: str, author: str = "viewer", at: float = 1_700_000_000.0, roles: frozenset[str] = frozenset(), mid: str = "1"
) -> ChatMessage:
    """A chat message as the engine hands it to the filters."""
    return ChatMessage("test", "demo", "chan", mid, Author(author, author, roles), text, at, at)


def categories(filt: Filter, text: str) -> set[str]:
    """The categories ``filt`` raises on ``text`` sent as a chat message."""
    return {f.category for f in filt.scan(msg(text))}
