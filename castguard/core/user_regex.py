"""Regular expressions that users write: policy ``[[custom]]`` regexes and ``/regex/`` desk searches.

Python's ``re`` backtracks: ``(a+)+$`` doubles its work with every ``a`` of a
message, and while it runs it holds the interpreter, so one such pattern froze
the desk and the recording for 47 s. A user's pattern is therefore compiled
with RE2 (Google's engine, package ``google-re2``), which matches in time
linear in the text whatever the pattern, and it is bounded in length.

RE2 has the usual syntax (classes, alternation, repetition, groups, ``(?i)``,
``\\pL`` Unicode classes, ``\\b``) but refuses what needs backtracking:
back-references (``\\1``) and look-arounds (``(?=``, ``(?!``, ``(?<=``,
``(?<!``). Such a pattern gets a one-line :class:`UserRegexError` naming it and
saying why, never a traceback. As in RE2, ``\\w``, ``\\d``, ``\\s`` and ``\\b``
only know ASCII: ``\\pL`` matches a letter of any script, and a policy
``term`` matches a whole word in any script.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import re2

from castguard.core.text import clean_text

#: Longest pattern accepted (a policy rule or a search term, not a program).
MAX_PATTERN_CHARS = 300
#: Memory RE2 may use to compile one pattern (its default is 8 MiB); a larger program is refused.
MAX_PROGRAM_BYTES = 2 << 20

# RE2's messages for what it refuses, in the user's words.
_WHY = (
    ("invalid perl operator: (?<=", "look-behind (?<=...) is not supported"),
    ("invalid perl operator: (?<!", "look-behind (?<!...) is not supported"),
    ("invalid perl operator: (?=", "look-ahead (?=...) is not supported"),
    ("invalid perl operator: (?!", "look-ahead (?!...) is not supported"),
    ("invalid perl operator: (?>", "atomic groups (?>...) are not needed and not supported"),
    ("invalid perl operator: (?#", "comments (?#...) are not supported"),
    ("invalid perl operator: (?x", "verbose mode (?x) is not supported"),
    ("invalid repetition size", "a repetition count is over 1000 (nested counts multiply)"),
    ("pattern too large", "the pattern is too large"),
    ("bad repetition operator", "a repetition operator is doubled (a** or a++)"),
)
_BACKREFERENCE = "invalid escape sequence: \\"


class UserRegexError(ValueError):
    """A pattern that cannot be used. ``str()`` is ``/pattern/: why`` on one line, printable as it is."""

    def __init__(self, pattern: str, why: str) -> None:
        super().__init__(f"/{_shown(pattern)}/: {why}")
        self.why = why
        """Why the pattern was refused ("look-ahead (?=...) is not supported")."""


def _shown(pattern: str) -> str:
    """The pattern as it may be printed: no control characters, at most 60 characters."""
    return clean_text(pattern, 60)


def _reason(pattern: str, message: str) -> str:
    if "(?P=" in pattern and message.startswith("invalid perl operator: (?P"):
        return "back-references (?P=name) are not supported"
    for prefix, why in _WHY:
        if message.startswith(prefix):
            return why
    if message.startswith(_BACKREFERENCE) and message[len(_BACKREFERENCE) :][:1].isdigit():
        return "back-references (\\1) are not supported"
    return clean_text(message, 120)


class UserRegex:
    """A compiled user pattern: case-insensitive, linear-time matching."""

    __slots__ = ("_compiled", "ignore_case", "pattern")

    def __init__(self, pattern: str, compiled: Any, ignore_case: bool) -> None:
        self.pattern = pattern
        """The pattern as the user wrote it."""
        self.ignore_case = ignore_case
        self._compiled = compiled

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UserRegex):
            return NotImplemented
        return (self.pattern, self.ignore_case) == (other.pattern, other.ignore_case)

    def __hash__(self) -> int:
        return hash((self.pattern, self.ignore_case))

    def finditer(self, text: str) -> Iterator[Any]:
        """Non-overlapping matches, left to right; each has ``start()``, ``end()`` and ``group()``."""
        return self._compiled.finditer(text)

    def search(self, text: str) -> Any | None:
        """The first match in ``text``, or None."""
        return self._compiled.search(text)

    def match(self, text: str) -> Any | None:
        """A match at the start of ``text``, or None."""
        return self._compiled.match(text)

    def __repr__(self) -> str:
        return f"UserRegex({self.pattern!r})"


_ASCII_CLASS = re.compile(r"\\[bBwWdDsS]")


def ascii_only_note(pattern: str) -> str | None:
    """A warning when ``pattern`` uses ``\\b``, ``\\w``, ``\\d`` or ``\\s`` beside letters outside ASCII.

    RE2 reads those as ASCII only, so ``\\bкурс\\b`` never matches: a rule that silently never fires.
    """
    if _ASCII_CLASS.search(pattern) and any(ch.isalpha() and not ch.isascii() for ch in pattern):
        return "\\b \\w \\d \\s only know ASCII here: use \\pL for any letter, or a term for a whole word"
    return None


def compile_user_regex(pattern: str, *, ignore_case: bool = True) -> UserRegex:
    """Compile a user's pattern with RE2, or raise :class:`UserRegexError` naming it and why."""
    if len(pattern) > MAX_PATTERN_CHARS:
        raise UserRegexError(pattern, f"too long ({len(pattern)} characters, at most {MAX_PATTERN_CHARS})")
    options = re2.Options()
    options.log_errors = False  # RE2 would write its own error to stderr, under the desk's screen
    options.case_sensitive = not ignore_case
    options.max_mem = MAX_PROGRAM_BYTES
    try:
        compiled = re2.compile(pattern, options)
    except re2.error as exc:
        raw = exc.args[0] if exc.args else ""
        message = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        raise UserRegexError(pattern, _reason(pattern, message)) from None
    return UserRegex(pattern, compiled, ignore_case)
