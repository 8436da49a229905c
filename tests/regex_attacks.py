"""Inputs built to make a regular expression backtrack, derived from the pattern's own structure.

A backtracking engine is slow on a pattern when some part of it can match the
same text in many ways (``(\\d{1,7})+`` on a run of digits, ``\\s*x?\\s*`` on a
run of spaces) and the match then fails. For every repetition in a pattern,
:func:`attacks` builds the classic attack: a prefix that leads the engine to
the repetition, the repetition's body pumped many times, and a character that
makes the rest fail. Linear patterns take microseconds per kilobyte on these;
exponential or quadratic ones take seconds.

:func:`builtin_patterns` lists every regular expression castguard itself
compiles (filters, text cleaning, policy parsing, search, the risk rules), so
the tests and ``benchmarks/bench_fuzz.py`` audit all of them, including ones
added later.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

#: Characters tried after a pumped run to make the rest of the pattern fail.
KILLERS = ("", "!", "x", "X", "1", " ", "-", ".", "_", "@", ":", "/", "é", "я", "\u3042")

_CATEGORY_SAMPLES = {
    sre.CATEGORY_DIGIT: "7",
    sre.CATEGORY_NOT_DIGIT: "a",
    sre.CATEGORY_SPACE: " ",
    sre.CATEGORY_NOT_SPACE: "a",
    sre.CATEGORY_WORD: "a",
    sre.CATEGORY_NOT_WORD: " ",
}
_CATEGORY_TESTS = {
    sre.CATEGORY_DIGIT: str.isdecimal,
    sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}
_POOL = " a1-.,!:/#@xZé_я'\u3042\t$%"
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _in_class(items: list[tuple[Any, Any]], ch: str, ignore_case: bool) -> bool:
    negate = False
    hit = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            hit = hit or ch == chr(av) or (ignore_case and ch.lower() == chr(av).lower())
        elif op is sre.RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1] or (ignore_case and av[0] <= ord(ch.lower()) <= av[1])
        elif op is sre.CATEGORY:
            hit = hit or _CATEGORY_TESTS.get(av, lambda c: False)(ch)
    return hit != negate


class _Sampler:
    """Builds strings a parsed pattern (or part of it) matches, with random choices."""

    def __init__(self, rng: random.Random, ignore_case: bool) -> None:
        self.rng = rng
        self.ignore_case = ignore_case
        self.groups: dict[int, str] = {}

    def char(self, op: Any, av: Any) -> str:
        if op is sre.LITERAL:
            return chr(av)
        if op is sre.NOT_LITERAL:
            return "a" if chr(av) != "a" else "b"
        if op is sre.ANY:
            return self.rng.choice("a1 .")
        if op is sre.IN:
            if any(o is sre.NEGATE for o, _ in av):
                allowed = [c for c in _POOL if _in_class(av, c, self.ignore_case)]
                return self.rng.choice(allowed) if allowed else "a"
            options: list[str] = []
            for o, v in av:
                if o is sre.LITERAL:
                    options.append(chr(v))
                elif o is sre.RANGE:
                    options.extend((chr(v[0]), chr(v[1]), chr(self.rng.randint(v[0], v[1]))))
                elif o is sre.CATEGORY:
                    options.append(_CATEGORY_SAMPLES.get(v, "a"))
            return self.rng.choice(options) if options else "a"
        raise ValueError(op)

    def seq(self, data: Any) -> str:
        out: list[str] = []
        for op, av in data:
            out.append(self.item(op, av))
        return "".join(out)

    def item(self, op: Any, av: Any) -> str:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            return self.char(op, av)
        if op is sre.BRANCH:
            return self.seq(self.rng.choice(av[1]))
        if op is sre.SUBPATTERN:
            group, _, _, inner = av
            text = self.seq(inner)
            if group:
                self.groups[group] = text
            return text
        if op is sre.ATOMIC_GROUP:
            return self.seq(av)
        if op in _REPEATS:
            low, high, inner = av
            top = min(high, low + 2)
            return "".join(self.seq(inner) for _ in range(self.rng.randint(low, max(low, top))))
        if op is sre.GROUPREF:
            return self.groups.get(av, "")
        if op is sre.GROUPREF_EXISTS:
            _, yes, _no = av
            return self.seq(yes)
        return ""  # AT, ASSERT, ASSERT_NOT: zero width


def _repeats(data: Any, prefix: list[Any]) -> Iterator[tuple[list[Any], Any, Any]]:
    """(items before it, the repeat item, what follows it in its sequence) for every repeat in ``data``."""
    for index, (op, av) in enumerate(data):
        before = prefix + list(data[:index])
        after = list(data[index + 1 :])
        if op in _REPEATS:
            _, high, inner = av
            if high > 1:
                yield before, (op, av), after
            yield from _repeats(inner.data if hasattr(inner, "data") else inner, before)
        elif op is sre.BRANCH:
            for alternative in av[1]:
                yield from _repeats(alternative.data, before)
        elif op is sre.SUBPATTERN:
            yield from _repeats(av[3].data, before)
        elif op is sre.ATOMIC_GROUP:
            yield from _repeats(av.data, before)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from _repeats(av[1].data, before)


def attacks(
    pattern: re.Pattern[str], length: int = 2000, seed: int = 0, variants: int = 3, killers: int = len(KILLERS)
) -> list[str]:
    """Strings of about ``length`` characters that pump each repetition of ``pattern`` and then fail.

    For each repetition: ``prefix + body * k + killer``, with several random samples of
    the prefix and the body and every character of :data:`KILLERS`; also the body pumped
    with the rest of the pattern after it, and two different samples of the body
    alternating (what makes ``(\\d+\\s?)+`` or ``\\w*\\s*\\w*`` backtrack). ``killers``: how many of
    :data:`KILLERS` to try (all by default).
    """
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    tree = _parser.parse(pattern.pattern, pattern.flags)
    rng = random.Random(f"{seed}:{pattern.pattern!a}")
    found: dict[str, None] = {}
    for before, (_, av), after in _repeats(tree.data, []):
        inner = av[2]
        for _ in range(variants):
            sampler = _Sampler(rng, ignore_case)
            head = sampler.seq(before)
            pumps = {sampler.seq(inner) for _ in range(4)} - {""}
            tail = sampler.seq(after)
            for pump in sorted(pumps):
                k = max(1, (length - len(head)) // len(pump))
                for killer in KILLERS[:killers]:
                    found[head + pump * k + killer] = None
                found[head + pump * k + tail] = None
                found[(head + pump * k)[:length] + tail + "x"] = None
            if len(pumps) >= 2:
                a, b = sorted(pumps)[:2]
                k = max(1, (length - len(head)) // (len(a) + len(b)))
                for killer in KILLERS[:6]:
                    found[head + (a + b) * k + killer] = None
    return list(found)


#: Modules whose module-level regular expressions are castguard's own.
#: The packages whose modules are audited: every module in them, including ones added later.
PACKAGES = ("castguard", "castguard.connectors", "castguard.filters")


def _modules() -> list[str]:
    """Every module of :data:`PACKAGES` (textual stays out: it lives in castguard.tui)."""
    names = []
    for package in PACKAGES:
        root = importlib.import_module(package)
        names.append(package)
        names += [
            m.name
            for m in pkgutil.walk_packages(root.__path__, prefix=f"{package}.")
            if not m.name.endswith(".__main__")  # running it is its import
        ]
    return sorted(names)


def builtin_patterns() -> dict[str, re.Pattern[str]]:
    """Every regular expression castguard compiles for itself, by a readable name.

    Module-level patterns (also inside module-level tuples and dicts) and the
    compiled risk rules and advice patterns.
    """
    found: dict[str, re.Pattern[str]] = {}
    walked: set[int] = set()

    def add(name: str, value: Any) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found.setdefault(name, value)
            return
        if isinstance(value, (tuple, list, dict)):
            # A container seen before is not walked again (generated modules hold their own globals()).
            if id(value) in walked:
                return
            walked.add(id(value))
        if isinstance(value, (tuple, list)):
            for i, v in enumerate(value):
                add(f"{name}[{i}]", v)
        elif isinstance(value, dict):
            for k, v in value.items():
                add(f"{name}[{k!r}]", v)

    for module_name in _modules():
        module = importlib.import_module(module_name)
        for attr, value in vars(module).items():
            if not attr.startswith("__"):
                add(f"{module_name}.{attr}", value)
    from castguard.filters import risk

    compiled = risk._compile()
    for rule in compiled.rules:
        add(f"risk rule {rule.rule_id}", rule.pattern.compiled)
    for lang, *parts in compiled.advice:
        for name, part in zip(("personal", "topic", "intent"), parts, strict=True):
            add(f"risk advice {lang} {name}", part.compiled)
    return found
