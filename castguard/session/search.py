"""Search over a whole session: a small query language compiled to read-only SQL.

The syntax is what moderators know from chat clients and mail::

    from:NAME            author display name or account id (case-insensitive, exact)
    category:privacy     findings whose category starts with the prefix (``cat:`` too)
    is:hidden            state or escalation: hidden held approved removed visible
                         escalated open acknowledged resolved flagged
    source:twitch        source key or platform (prefix)
    word "two words"     free text, case-insensitive, anywhere in the message
    /regex/              regular expression (RE2 syntax: linear time, no look-arounds
                         or back-references), case-insensitive
    -term                any term negated (``-is:hidden``, ``-from:bot``)

Terms are combined with AND. The same query also works in memory
(:meth:`Query.matches`), so a live view can apply exactly what the store
search applies. Nothing here touches the UI; the only I/O is reading the
session file through :class:`castguard.session.store.Store`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from castguard.core.model import ActionKind, ActionRecord, EscalationState, MessageRecord, MessageState
from castguard.core.user_regex import UserRegex, UserRegexError, compile_user_regex
from castguard.session import queries
from castguard.session.store import Store

#: Longest query accepted (a pasted chat message is not a query).
MAX_QUERY_CHARS = 500
#: Results returned by default (newest first); the count of all matches is reported separately.
DEFAULT_LIMIT = 500
#: Counting stops here: "10,000+ matches" is as useful as an exact figure and much cheaper.
COUNT_CAP = 10_000

KEYS = {"from": "from", "category": "category", "cat": "category", "is": "is", "source": "source"}
STATES = {s.value: s for s in MessageState}
ESCALATIONS = {"open": EscalationState.OPEN, "acknowledged": EscalationState.ACKNOWLEDGED,
               "resolved": EscalationState.RESOLVED}  # fmt: skip
IS_VALUES = (*STATES, "escalated", *ESCALATIONS, "flagged")


class SearchError(ValueError):
    """A query that cannot be run; the message says what is wrong and how to write it."""


@dataclass(frozen=True, slots=True)
class Term:
    """One condition of a query."""

    kind: str
    """``from``, ``category``, ``is``, ``source``, ``text`` or ``regex``."""
    value: str
    negate: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: the AND of its terms (no terms matches everything)."""

    terms: tuple[Term, ...]

    def sql(self) -> tuple[str, tuple[Any, ...]]:
        """A WHERE condition on the ``messages`` table and its parameters ("" when there are no terms).

        Uses the functions :func:`install_functions` registers on the connection.
        """
        parts: list[str] = []
        params: list[Any] = []
        for term in self.terms:
            clause, values = _term_sql(term)
            parts.append(f"NOT ({clause})" if term.negate else f"({clause})")
            params.extend(values)
        return " AND ".join(parts), tuple(params)

    def matches(self, record: MessageRecord) -> bool:
        """Whether ``record`` satisfies the query (the in-memory twin of :meth:`sql`)."""
        return all(_term_matches(term, record) != term.negate for term in self.terms)


def parse_query(text: str) -> Query:
    """Parse a query string; raises :class:`SearchError` with a helpful message."""
    if len(text) > MAX_QUERY_CHARS:
        raise SearchError(f"query too long ({len(text)} characters, at most {MAX_QUERY_CHARS})")
    terms: list[Term] = []
    for token, quoted, negate in _tokens(text):
        if quoted:
            terms.append(Term("text", token, negate))
        elif len(token) >= 2 and token.startswith("/") and token.endswith("/"):
            pattern = token[1:-1]
            try:
                _compiled(pattern)
            except UserRegexError as exc:
                raise SearchError(f"invalid regular expression {exc}") from None
            terms.append(Term("regex", pattern, negate))
        elif ":" in token and token.split(":", 1)[0].lower() in KEYS:
            key, value = token.split(":", 1)
            kind = KEYS[key.lower()]
            if not value:
                raise SearchError(f"{key}: needs a value (for example {key}:{_example(kind)})")
            if kind == "is":
                value = value.lower()
                if value not in IS_VALUES:
                    raise SearchError(f"unknown is:{value} (one of {', '.join(IS_VALUES)})")
            terms.append(Term(kind, value, negate))
        else:
            terms.append(Term("text", token, negate))
    return Query(tuple(terms))


def _example(kind: str) -> str:
    return {"from": "mallory", "category": "privacy", "is": "hidden", "source": "twitch"}[kind]


def _tokens(text: str) -> list[tuple[str, bool, bool]]:
    """(token, quoted, negated) triples: split on spaces, keeping "quoted phrases" and /regexes/ whole."""
    out: list[tuple[str, bool, bool]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negate = text[i] == "-" and i + 1 < n and not text[i + 1].isspace()
        start = i + 1 if negate else i
        if text[start] == '"':
            end = text.find('"', start + 1)
            if end < 0:
                raise SearchError('unclosed quote: write "two words"')
            if end > start + 1:
                out.append((text[start + 1 : end], True, negate))
            i = end + 1
        elif text[start] == "/" and start + 1 < n:
            # The regex ends at a slash followed by a space or the end, so /a b/ and /\d+/ both work.
            j = start + 1
            while j < n and not (text[j] == "/" and text[j - 1] != "\\" and (j + 1 == n or text[j + 1].isspace())):
                j += 1
            if j >= n:
                raise SearchError("unclosed regular expression: write /pattern/")
            out.append((text[start : j + 1], False, negate))
            i = j + 1
        else:
            j = start
            while j < n and not text[j].isspace():
                j += 1
            out.append((text[start:j], False, negate))
            i = j
    return out


# -- SQL ---------------------------------------------------------------------------------------


def _like_prefix(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _term_sql(term: Term) -> tuple[str, tuple[Any, ...]]:
    value = term.value
    if term.kind == "from":
        folded = value.lstrip("@").casefold()
        return "cg_fold(author_name) = ? OR cg_fold(author_id) = ?", (folded, folded)
    if term.kind == "category":
        return (
            "EXISTS (SELECT 1 FROM findings f WHERE f.message_seq = messages.seq AND f.category LIKE ? ESCAPE '\\')",
            (_like_prefix(value.lower()),),
        )
    if term.kind == "source":
        return "source LIKE ? ESCAPE '\\' OR platform LIKE ? ESCAPE '\\'", (_like_prefix(value), _like_prefix(value))
    if term.kind == "text":
        return "cg_contains(text, ?)", (value.casefold(),)
    if term.kind == "regex":
        return "cg_regexp(?, text)", (value,)
    if value in STATES:
        return "state = ?", (value,)
    if value == "escalated":
        return "escalation IS NOT NULL", ()
    if value in ESCALATIONS:
        return "escalation = ?", (value,)
    return queries.FLAGGED_CONDITION, ()


def _term_matches(term: Term, record: MessageRecord) -> bool:
    m, value = record.message, term.value
    if term.kind == "from":
        folded = value.lstrip("@").casefold()
        return m.author.name.casefold() == folded or m.author.id.casefold() == folded
    if term.kind == "category":
        prefix = value.lower()
        return any(f.category.startswith(prefix) for f in record.verdict.findings)
    if term.kind == "source":
        return m.source.lower().startswith(value.lower()) or m.platform.lower().startswith(value.lower())
    if term.kind == "text":
        return value.casefold() in m.text.casefold()
    if term.kind == "regex":
        return _compiled(value).search(m.text) is not None
    if value in STATES:
        return record.state.value == value
    if value == "escalated":
        return record.escalation is not None
    if value in ESCALATIONS:
        return record.escalation is ESCALATIONS[value]
    return queries.flagged(record)


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> UserRegex:
    # RE2, not re: the SQL function runs in the search's worker thread over every message of the
    # session, and a backtracking pattern there held the interpreter (and the whole desk) for 47 s.
    return compile_user_regex(pattern)


def _fold(value: str | None) -> str | None:
    return value.casefold() if value is not None else None


def _contains(text: str | None, needle: str) -> bool:
    return text is not None and needle in text.casefold()


def _regexp(pattern: str, text: str | None) -> bool:
    return text is not None and _compiled(pattern).search(text) is not None


def install_functions(db: sqlite3.Connection) -> None:
    """Register the SQL functions queries use (Unicode-aware case folding and regular expressions)."""
    db.create_function("cg_fold", 1, _fold, deterministic=True)
    db.create_function("cg_contains", 2, _contains, deterministic=True)
    db.create_function("cg_regexp", 2, _regexp, deterministic=True)


# -- running -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Matches of one query, newest first."""

    query: Query
    records: list[MessageRecord]
    total: int
    """How many messages match in the whole session (at most :data:`COUNT_CAP`)."""

    @property
    def capped(self) -> bool:
        """True when there are more matches than were counted."""
        return self.total >= COUNT_CAP


def search(store: Store, query: Query | str, *, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Run ``query`` over every message of the session in ``store`` (newest first)."""
    if isinstance(query, str):
        query = parse_query(query)
    if not store.readonly:
        store.flush()  # messages still queued in memory are part of the session too
    install_functions(store.db)
    where, params = query.sql()
    seqs = queries.matching_seqs(store, where, params, limit)
    total = len(seqs)
    if total >= limit:
        total = queries.count_matching(store, where, params, COUNT_CAP)
    records = queries.records_of(store, seqs)
    records.sort(key=lambda r: r.seq, reverse=True)
    return SearchResult(query, records, total)


@dataclass(frozen=True, slots=True)
class AuthorHistory:
    """What the session knows about one account: the author card's content."""

    source: str
    author_id: str
    messages: list[MessageRecord]
    """Their latest messages, oldest first."""
    total: int
    flagged: int
    states: dict[str, int]
    """Message state → count."""
    categories: dict[str, int]
    """Finding category → messages."""
    actions: list[ActionRecord]
    """Every action on their messages or their account, oldest first (notes included)."""

    @property
    def note(self) -> str:
        """The latest local note about the author ("" when none)."""
        notes = [a.reason for a in self.actions if a.kind is ActionKind.NOTE]
        return notes[-1] if notes else ""


def author_history(store: Store, source: str, author_id: str, *, limit: int = 500) -> AuthorHistory:
    """An author's messages, flags and the actions taken on them in this session."""
    if not store.readonly:
        store.flush()
    figures = queries.author_figures(store, source, author_id, limit)
    return AuthorHistory(
        source=source, author_id=author_id, messages=queries.records_of(store, figures.seqs),
        total=sum(figures.states.values()), flagged=figures.flagged, states=figures.states,
        categories=figures.categories, actions=figures.actions,
    )  # fmt: skip
