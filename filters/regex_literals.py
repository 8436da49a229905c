"""The literal substrings a regular expression cannot match without.

:func:`required` reads a parsed pattern and returns a conjunction of
clauses, each a set of lower-case strings: every match of the pattern
contains at least one string of every clause. ``\\b(?:i'll|i will) (?:kill|stab)
(?:you|u)`` gives ``[{"i'll kill ", "i'll stab ", "i will kill ", ...}]`` or,
when the cross product grows too large, ``[{"i'll", "i will"}, {"kill", "stab"}]``.

The risk filter puts every clause's strings into one Aho-Corasick automaton
and runs a pattern only when each of its clauses has a string in the
message: a composition of three concepts is not tried on a message that has
only one of them. The clauses are necessary conditions, never sufficient:
whatever they leave out (character classes, ``\\w*``, optional parts) only
makes the gate open more often, never close on a match.

Patterns are assumed case-insensitive and the searched text lower-cased.
"""

from __future__ import annotations

from typing import Any

try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the interpreter
    sre = _parser = None

#: Largest set of strings a run of literals may expand to before it is cut.
_EXACT = 48
#: Largest number of clauses kept per pattern (the most selective ones).
_KEEP = 4
#: Shortest string worth gating on: shorter ones ("ok", "ты") occur in nearly every message.
_SHORTEST = 3
#: Shortest string an alternative may add to a clause whose other alternatives are longer ("bp" beside "cancer").
_SHORTEST_IN_ALTERNATION = 2
#: Characters in nearly every message: never a gate, even as one alternative among others.
_EVERYWHERE = frozenset(" \t\n.,'-")

Clause = frozenset[str]


_ZERO_WIDTH = frozenset((sre.AT, sre.ASSERT, sre.ASSERT_NOT)) if sre is not None else frozenset()


def _exact_item(op: Any, av: Any) -> set[str] | None:
    """The finite set of strings one parsed item matches, or None when it is not small and finite."""
    if op is sre.LITERAL:
        return {chr(av).lower()}
    if op is sre.IN:
        if len(av) > 4 or any(o is not sre.LITERAL for o, _ in av):
            return None
        return {chr(a).lower() for _, a in av}
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _exact(inner)
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _exact(alternative)
            if strings is None:
                return None
            out |= strings
            if len(out) > _EXACT:
                return None
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = av
        if high > 1:
            return None
        strings = _exact(inner)
        if strings is None:
            return None
        return strings | {""} if low == 0 else strings
    return None


#: :func:`_exact` of each parsed sequence of the pattern being read, by ``id`` (the parse tree outlives it: see
#: :func:`required`). An alternation nested in others is asked for again at every level above it.
_EXACT_SEEN: dict[int, set[str] | None] = {}


def _exact(sequence: Any) -> set[str] | None:
    """The finite set of strings a parsed sequence matches (shared: never modified), or None."""
    key = id(sequence)
    if key in _EXACT_SEEN:
        return _EXACT_SEEN[key]
    result = _EXACT_SEEN[key] = _exact_sequence(sequence)
    return result


def _exact_sequence(sequence: Any) -> set[str] | None:
    result = {""}
    for op, av in sequence:
        if op in _ZERO_WIDTH:
            continue
        strings = _exact_item(op, av)
        if strings is None:
            return None
        result = {a + b for a in result for b in strings}
        if len(result) > _EXACT:
            return None
    return result


def _usable(strings: set[str]) -> bool:
    """Every string long enough to be rare (a pictograph such as 🔪 is rare on its own)."""
    return bool(strings) and all(
        len(s) >= _SHORTEST or (len(s) >= 1 and not s.isascii() and not s.isalpha()) for s in strings
    )


def _rarity(string: str) -> int:
    """How rare a string is, by its length; a pictograph ("🔪") is as rare as a short word, not a letter."""
    string = string.strip()
    if len(string) < _SHORTEST and any(not c.isascii() and not c.isalpha() for c in string):
        return _SHORTEST
    return len(string)


#: The rarity of each clause's least rare string, for the clauses met while one pattern is read (:func:`required`).
_LEAST_RARE: dict[Clause, int] = {}


def _least_rare(clause: Clause) -> int:
    """``min(_rarity(s) for s in clause)``, computed once per clause."""
    least = _LEAST_RARE.get(clause)
    if least is None:
        least = _LEAST_RARE[clause] = min(map(_rarity, clause))
    return least


def _score(clause: Clause) -> tuple[int, int]:
    """Higher is more selective: longer shortest string, then fewer strings."""
    return (_least_rare(clause), -len(clause))


def _best(clauses: list[Clause]) -> list[Clause]:
    unique = list(dict.fromkeys(clauses))
    return sorted(unique, key=_score, reverse=True)[:_KEEP]


def _either(a: Clause, b: Clause) -> Clause:
    """``a | b``, its least rare string known from theirs (the cross products of alternations make many)."""
    union = a | b
    if union not in _LEAST_RARE:
        _LEAST_RARE[union] = min(_least_rare(a), _least_rare(b)) if a and b else _least_rare(union)
    return union


def _required(sequence: Any) -> list[Clause]:
    clauses: list[Clause] = []
    run: set[str] = {""}

    def close() -> None:
        if _usable(run) or (len(run) > 1 and _short_alternatives(run)):
            clauses.append(frozenset(run))

    for op, av in sequence:
        if op in _ZERO_WIDTH:
            if op is sre.ASSERT:
                # A positive look-ahead or look-behind must match too: what it needs, the text has.
                clauses.extend(_required(av[1]))
            continue  # consumes nothing: the literals on either side stay adjacent
        strings = _exact_item(op, av)
        if strings is not None:
            product = {a + b for a in run for b in strings}
            if len(product) <= _EXACT:
                run = product
                continue
            close()
            run = strings
            continue
        close()
        run = {""}
        clauses.extend(_required_item(op, av))
    close()
    return _best(clauses)


def _short_alternatives(strings: set[str]) -> bool:
    """Strings that gate as alternatives of each other: none shorter than two characters but a sign ("?", "=")."""
    return all(
        len(s.strip()) >= _SHORTEST_IN_ALTERNATION or (len(s) == 1 and not s.isalnum() and s not in _EVERYWHERE)
        for s in strings
    )


def _short_exact(sequence: Any) -> list[Clause]:
    """An alternative too short to gate on alone ("bp", "5g", "ms"), as the clause of its exact strings.

    On its own such a string is no gate (it occurs in too many messages), but as one
    alternative among longer ones it keeps the whole alternation a clause: "kill
    (?:cancer|bp)" still needs "cancer" or "bp" besides "kill". Without it the
    alternation would need nothing at all.
    """
    strings = _exact(sequence)
    if strings is None or not _short_alternatives(strings):
        return []
    return [frozenset(strings)]


def _required_item(op: Any, av: Any) -> list[Clause]:
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        return [] if add_flags or del_flags else _required(inner)
    if op is sre.BRANCH:
        combined: list[Clause] = [frozenset()]
        for alternative in av[1]:
            own = _required(alternative) or _short_exact(alternative)
            if not own:
                return []  # one alternative needs nothing: neither does the whole
            # (a1 and a2) or (b1 and b2) = (a1 or b1) and (a1 or b2) and (a2 or b1) and (a2 or b2)
            combined = _best([_either(c, o) for c in combined for o in own])
        return combined
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, inner = av
        return _required(inner) if low > 0 else []
    return []


def required(pattern: str, flags: int = 0) -> list[Clause]:
    """Clauses of strings, one of each of which every match of ``pattern`` contains (empty: no guarantee)."""
    if _parser is None:
        return []
    parsed = _parser.parse(pattern, flags)  # kept alive while _EXACT_SEEN holds ids of its parts
    try:
        return _required(parsed.data)
    finally:
        _LEAST_RARE.clear()
        _EXACT_SEEN.clear()
