"""Faster searches for phrase rules that start with ``\\b``: a first-character gate.

Most risk rules read ``\\b(?:i'll|i will|...)...``. Python's regular-expression
engine cannot skip ahead in such a pattern (a word boundary is not a
character), so a search tries the whole alternation at every position of the
message. :func:`gated` computes, from the parsed pattern, the set of characters
that any match must start with, and puts it in front as a look-ahead
(``(?=[iwsg])``): positions that cannot start a match are then rejected after
one character test. The look-ahead is zero-width and only states what every
match already satisfies, so matches, spans and groups are exactly those of the
original pattern (the tests compare both on the labelled sets).

When the first character cannot be bounded (a pattern may start with any
character, or match the empty string), the pattern is left as it is.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

# The parser behind re.compile (CPython 3.11+). Should a later Python move it, patterns are
# compiled as they are: slower, never different.
try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the interpreter
    sre = _parser = None

_CATEGORIES = (
    {}
    if sre is None
    else {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
    }
)
_ZERO_WIDTH = () if sre is None else (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = () if sre is None else (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Unbounded(Exception):
    """The first character of a match cannot be narrowed down."""


def _class_items(items: list[tuple[Any, Any]]) -> str:
    out: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # NEGATE and anything unusual: give up rather than guess
            raise _Unbounded
    return "".join(out)


def _first(sequence: Any, found: list[str]) -> bool:
    """Add to ``found`` what the first consumed character of ``sequence`` may be.

    Returns True when ``sequence`` may consume nothing at all (the caller must
    then also look at what follows it).
    """
    for op, av in sequence:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            found.append(re.escape(chr(av)))
            return False
        if op is sre.IN:
            found.append(_class_items(av))
            return False
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            if add_flags or del_flags:
                raise _Unbounded  # inline flags change how characters compare
            if not _first(inner, found):
                return False
            continue
        if op is sre.BRANCH:
            empty = False
            for alternative in av[1]:
                empty = _first(alternative, found) or empty
            if not empty:
                return False
            continue
        if op in _REPEATS:
            low, _, inner = av
            if not _first(inner, found) and low > 0:
                return False
            continue
        raise _Unbounded  # ANY, NOT_LITERAL, back-references...
    return True


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class (``[...]``) every match of ``pattern`` starts with, or None when there is none."""
    if _parser is None:
        return None
    return _first_class(pattern, _parser.parse(pattern, flags).data)


def _first_class(pattern: str, parsed: Any) -> str | None:
    """:func:`first_class`, given the parsed ``pattern``."""
    if pattern.startswith("(?") and not pattern.startswith(("(?:", "(?=", "(?!", "(?<")):
        return None  # global inline flags must stay first
    found: list[str] = []
    try:
        if _first(parsed, found):
            return None  # the pattern may match the empty string anywhere
    except _Unbounded:
        return None
    return "[" + "".join(dict.fromkeys(found)) + "]"


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a first-character look-ahead when one applies.

    Patterns that start with a plain character or class are left alone: for them
    the engine already skips ahead on its own. The pattern is parsed once here and
    compiled once (as it is, or with its look-ahead): compiling the rules is most of
    a command's start-up.
    """
    if _parser is None:
        return re.compile(pattern, flags)
    head = _parser.parse(pattern, flags).data  # a bad pattern fails here with re.compile's own error
    if not head or head[0][0] in (sre.LITERAL, sre.IN):
        return re.compile(pattern, flags)
    first = _first_class(pattern, head)
    if first is None:
        return re.compile(pattern, flags)
    return re.compile(f"(?={first})(?:{pattern})", flags)


class LazyPattern:
    """:func:`gated` ``(pattern, flags)``, compiled on its first search.

    Compiling the risk rules takes most of a command's start-up, and a run that never reaches a
    rule (``castguard scan`` of a few lines, ``--help``) need not pay for it. After the first call
    ``search`` and ``finditer`` are the compiled pattern's own methods: no cost per search.
    """

    __slots__ = ("_compiled", "finditer", "flags", "pattern", "search")

    pattern: str
    flags: int
    search: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        self.search = self._first_search
        self.finditer = self._first_finditer

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            compiled = gated(self.pattern, self.flags)
            self.search, self.finditer = compiled.search, compiled.finditer
            self._compiled = compiled
        return self._compiled

    def _first_search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def _first_finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        return LazyPattern, (self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:60]!r}, {self.flags})"
