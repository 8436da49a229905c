"""The shared pre-pass: what several filters read from a message, computed once.

Every default filter starts from the same few derived forms of the text (the
lower-cased text, its whitespace-separated words, the words joined by single
spaces). Computed by each filter on its own, they cost more than some of the
filters' actual checks; the :class:`~castguard.filters.pipeline.Pipeline` computes them
once per message with :func:`prepare` and hands the result to every filter
that accepts it (:class:`~castguard.filters.base.SharedScan`).

A filter used on its own still works from the message alone: its ``scan``
prepares the text itself, so both paths run the same code and give the same
findings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from castguard.filters.privacy.keywords import Keyword


#: Emoji and pictographs (the blocks that VADER's emoji lexicon and the spam checks care about).
EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u3030\u303d\u3297\u3299]")
_NO_EMOJI: list[str] = []
#: A digit of any script (what ``\d`` matches in a ``str`` pattern).
DIGIT = re.compile(r"\d")
#: The ASCII characters that are not digits, for ``bytes.translate``: what is left of ASCII text is its digits.
_ASCII_NOT_DIGIT = bytes(code for code in range(128) if DIGIT.match(chr(code)) is None)


def has_digit(text: str, ascii: bool) -> bool:
    """True when ``text`` holds a digit of any script (:data:`DIGIT`); ``ascii`` is ``text.isascii()``.

    For ASCII text one ``bytes.translate`` answers it (what is left is the digits).
    """
    return bool(text.encode("ascii").translate(None, _ASCII_NOT_DIGIT)) if ascii else DIGIT.search(text) is not None


class Prepared:
    """Derived forms of one message's text (read-only by convention: filters share it)."""

    __slots__ = (
        "adverse_matches",
        "ascii",
        "digit",
        "emoji",
        "joined",
        "keywords",
        "lower",
        "risk_candidates",
        "text",
        "words",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        """``ChatMessage.text`` as given."""
        lower = text.lower()
        self.lower = lower
        """``text.lower()``. A few characters (``İ``) lower-case to two, so offsets match ``text``
        only when the lengths are equal; filters that need exact offsets check that."""
        words = lower.split()
        self.words = words
        """``lower.split()``: the lower-cased words, split on any whitespace."""
        self.joined = " ".join(words)
        """The words joined by single spaces (case and spacing ignored: the copy-paste identity)."""
        ascii = self.ascii = text.isascii()
        """True when the text is pure ASCII (no emoji, accents, Cyrillic...)."""
        self.emoji = _NO_EMOJI if ascii else EMOJI.findall(text)
        """The emoji of the text, in order (:data:`EMOJI`); shared, do not modify."""
        self.digit = has_digit(text, ascii)
        """True when the text holds a digit of any script (:func:`has_digit`). Most chat has none, and a filter
        that reads numbers, or digits as letters, has nothing to do in a message without one."""
        self.keywords: list[Keyword] | None = None
        """Privacy context keywords, filled on first use by :func:`castguard.filters.triggers.shared`."""
        self.risk_candidates: set[int] | None = None
        """Ids of the risk literals in the text (:func:`castguard.filters.risk.candidates`), empty when none of them
        can open a rule; filled on first use by :func:`castguard.filters.triggers.shared`."""
        self.adverse_matches: list[tuple[int, Any]] | None = None
        """The built-in adverse-event gate's matches in ``lower`` as its automaton yields them (last index, entry),
        filled by :func:`castguard.filters.triggers.shared`; None when that pass did not read them."""


def prepare(text: str) -> Prepared:
    """The shared pre-pass for ``text`` (one call per message in the pipeline)."""
    return Prepared(text)
