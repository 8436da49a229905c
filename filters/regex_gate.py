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

import functools
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
    # A bad pattern fails here with re.compile's own error.
    return _gated(pattern, flags, _parser.parse(pattern, flags).data)


def _gated(pattern: str, flags: int, head: Any) -> re.Pattern[str]:
    """:func:`gated`, given the parsed ``pattern`` (case does not change the parse: the compiler reads it)."""
    if not head or head[0][0] in (sre.LITERAL, sre.IN):
        return re.compile(pattern, flags)
    first = _first_class(pattern, head)
    if first is None:
        return re.compile(pattern, flags)
    return re.compile(f"(?={first})(?:{pattern})", flags)


# Case-insensitive matching without the case: Python's engine skips ahead in C only when a pattern starts with
# a known literal or character set, and fails an alternative on its first character only when it is a plain
# literal; re.IGNORECASE turns both off (every letter becomes "this letter or its other case"). The risk rules
# are written in lower case and read lower-cased text, where the case-insensitive search finds exactly what a
# case-sensitive one finds, provided neither side holds a character that case-insensitive matching relates to
# another lower-case character: an upper-case letter ("İ" kept by the readable copy), or a second member of
# the engine's extra case classes ("ı" beside "i", "ſ" beside "s", "ᲃ" beside "с"). :func:`case_free` says
# which patterns qualify, :func:`folded` which texts do.

#: Code points above this hold no character whose lower case differs (``tests/test_regex_gate.py`` checks it).
_CASED_BELOW = 0x20000


try:
    from _sre import unicode_tolower as _unicode_tolower  # the engine's own (simple) lower case of a code point
except ImportError:  # pragma: no cover - depends on the interpreter
    sre = _parser = None


def _second_cases() -> frozenset[int]:
    """Lower-case characters that case-insensitive matching equates with another one: every member of the
    engine's extra case classes but the first (lowest) of its class."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover - depends on the interpreter
        return frozenset()
    return frozenset(code for code, others in _EXTRA_CASES.items() if min(others) < code)


_SECOND_CASES = _second_cases()


@functools.cache
def _unfolded() -> re.Pattern[str] | None:
    """A character a case-sensitive search cannot stand in for a case-insensitive one on (None: no parser)."""
    if sre is None:
        return None
    codes = sorted(
        {code for code in range(_CASED_BELOW) if not 0xD800 <= code < 0xE000 and _unicode_tolower(code) != code}
        | _SECOND_CASES
    )
    ranges: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code != previous + 1:
            ranges.append(f"\\U{start:08x}" if start == previous else f"\\U{start:08x}-\\U{previous:08x}")
            start = code
        previous = code
    return re.compile("[" + "".join(ranges) + "]")


def folded(text: str) -> bool:
    """True when ``text`` holds no upper-case letter and no second member of an extra case class.

    On such a text, a :func:`case_free` pattern compiled without ``re.IGNORECASE`` matches exactly
    where (and as) it matches with it. ``str.lower()`` of nearly any chat message is folded.
    """
    unfolded = _unfolded()
    return unfolded is not None and unfolded.search(text) is None


def _folded_code(code: int) -> bool:
    """A code point a folded text may hold: its own lower case, and no second member of an extra case class."""
    return _unicode_tolower(code) == code and code not in _SECOND_CASES


@functools.cache
def _folded_range(low: int, high: int) -> bool:
    return high - low <= 0x10000 and all(map(_folded_code, range(low, high + 1)))


def _case_free(sequence: Any) -> bool:
    for op, av in sequence:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if not _folded_code(av):
                return False
        elif op is sre.IN:
            for item, value in av:
                if item is sre.LITERAL and not _folded_code(value):
                    return False
                if item is sre.RANGE and not _folded_range(*value):
                    return False
                if item not in (sre.LITERAL, sre.RANGE, sre.NEGATE, sre.CATEGORY):
                    return False
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            if add_flags or del_flags or not _case_free(inner):
                return False
        elif op is sre.BRANCH:
            if not all(_case_free(alternative) for alternative in av[1]):
                return False
        elif op in _REPEATS:
            if not _case_free(av[2]):
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if not _case_free(av[1]):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _case_free(av):
                return False
        elif op not in (sre.AT, sre.ANY, sre.CATEGORY):
            return False  # back-references and anything unusual: keep the case-insensitive search
    return True


def case_free(pattern: str, flags: int = re.IGNORECASE) -> bool:
    """True when ``pattern`` (with ``flags``) matches the same on a :func:`folded` text without ``re.IGNORECASE``.

    Every character it names (literals, class members and ranges) must itself be folded: lower case, and the
    first member of its extra case class. Back-references, inline flags and unknown constructs disqualify it.
    """
    return _case_free_parse(pattern, flags) is not None


def _case_free_parse(pattern: str, flags: int) -> Any:
    """The parsed ``pattern`` when it is :func:`case_free`, else None."""
    if sre is None or flags & ~(re.IGNORECASE | re.UNICODE):
        return None
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & ~(re.IGNORECASE | re.UNICODE):
        return None  # global inline flags (verbose, dot-all...): left alone
    return parsed.data if _case_free(parsed.data) else None


class LazyPattern:
    """:func:`gated` ``(pattern, flags)``, compiled on its first search.

    Compiling the risk rules takes most of a command's start-up, and a run that never reaches a
    rule (``castguard scan`` of a few lines, ``--help``) need not pay for it. After the first call
    ``search`` and ``finditer`` are the compiled pattern's own methods: no cost per search.

    ``folded_search`` and ``folded_finditer`` take a :func:`folded` text only: for a case-insensitive
    pattern that is :func:`case_free` they are the methods of the pattern compiled without
    ``re.IGNORECASE`` (the same matches, found faster), else ``search`` and ``finditer``.
    """

    __slots__ = ("_compiled", "_folded", "finditer", "flags", "folded_finditer", "folded_search", "pattern", "search")

    pattern: str
    flags: int
    search: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    folded_search: Callable[..., re.Match[str] | None]
    folded_finditer: Callable[..., Iterator[re.Match[str]]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._folded: re.Pattern[str] | None = None
        self.search = self._first_search
        self.finditer = self._first_finditer
        self.folded_search = self._first_folded_search
        self.folded_finditer = self._first_folded_finditer

    def _fold(self) -> None:
        """Bind the folded-text methods (compiling the case-sensitive form when the pattern is case-free)."""
        parsed = _case_free_parse(self.pattern, self.flags) if self.flags & re.IGNORECASE else None
        if parsed is not None:
            compiled = self._folded = _gated(self.pattern, self.flags & ~re.IGNORECASE, parsed)
            self.folded_search, self.folded_finditer = compiled.search, compiled.finditer
        else:
            compiled = self.compiled
            self.folded_search, self.folded_finditer = compiled.search, compiled.finditer

    def _first_folded_search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._fold()
        return self.folded_search(string, pos, endpos)

    def _first_folded_finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self._fold()
        return self.folded_finditer(string, pos, endpos)

    @property
    def ready(self) -> bool:
        """True once the pattern was compiled, in either form (as written, or for folded text)."""
        return self._compiled is not None or self._folded is not None

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
