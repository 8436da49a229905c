"""Small builders shared by the filter tests."""

from __future__ import annotations

from castguard.core.model import Author, ChatMessage


def msg(
    text: str, author: str = "viewer", at: float = 1_700_000_000.0, roles: frozenset[str] = frozenset(), mid: str = "1"
) -> ChatMessage:
    """A chat message as the engine hands it to the filters."""
    return ChatMessage("test", "demo", "chan", mid, Author(author, author, roles), text, at, at)
