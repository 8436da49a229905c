"""Hostile chat messages for the fuzz tests and ``benchmarks/bench_fuzz.py`` (hypothesis strategies).

What a viewer can type to make a filter slow: long digit runs cut by spaces,
dashes and dots; runs of separators; one word (a trigger of some detector)
repeated; emoji walls; mixed scripts; and strings built from each built-in
pattern's own structure (:mod:`tests.regex_attacks`). Pieces are mixed and
cut to the longest text the engine filters, as a message would be.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from functools import lru_cache

from hypothesis import strategies as st

from castguard.core.model import Author, ChatMessage
from castguard.core.text import MAX_TEXT_CHARS, clean_text
from castguard.filters.pipeline import Pipeline
from tests.regex_attacks import attacks, builtin_patterns

#: Most CPU time one message may take through ``clean_text`` and the default pipeline.
PER_MESSAGE_SECONDS = 0.050

# Words that wake a detector up: privacy context keywords, risk triggers, address and date words,
# spelled-out e-mail pieces, names. Repeated, each makes its detector do the most work per character.
TRIGGER_WORDS = (
    "plate",
    "account",
    "acct",
    "policy no",
    "mrn",
    "member id",
    "ssn",
    "card",
    "visa",
    "order",
    "version",
    "born",
    "dob",
    "appointment",
    "street",
    "st",
    "ave",
    "calle",
    "ул.",
    "дом",
    "box",
    "dot",
    "at",
    "(dot)",
    "[.]",
    "gmail",
    "arroba",
    "hiv",
    "diabetes",
    "cancer",
    "pregnant",
    "my",
    "Jane Smith",
    "@mike_r",
    "Dr.",
    "has",
    "kill",
    "i will",
    "you",
    "cure",
    "tea",
    "sue",
    "lawyer",
    "dose",
    "mg",
    "pill",
    "?",
    "www.",
    "http://",
    "x.com",
    "CAPS",
    "!!!",
    "lol",
    "de",
    "la",
    "is",
    "no",
    "number",
    "—",
    "#",
    "№",
    "мг",
    "таблетки",
    "я",
    "can i",
    "12",
    "1234",
    "4111",
    "555-0132",
    "10.0.0.1",
    "::",
    "AB12",
    "1HN7",
    "GB82",
    "1M8GDM9A",
)
SEPARATORS = (" ", "  ", "-", ".", ",", ":", "/", "#", "(", ")", "[", "]", "\t", "\n", "_", "'", "’", "@", "+")
EMOJI = "😀😂🤣❤️🔥👍🙏💀😭✨🎉💯🥲🫠👀🚀"
SCRIPTS = "aeiouxyzAEIOUXYZ0123456789áéíóúñÑüабвгдежзийклмнопрстуфхцчшщыэюяЁёحبمשלוםकखग中文字日本한국ΑΒΓαβγ"


@lru_cache(maxsize=1)
def pattern_attacks() -> tuple[str, ...]:
    """One attack string per repetition of every built-in pattern (about 2,000 characters each)."""
    found: dict[str, None] = {}
    for pattern in builtin_patterns().values():
        for attack in attacks(pattern, MAX_TEXT_CHARS, variants=1):
            found[attack] = None
    return tuple(found)


def digit_runs() -> st.SearchStrategy[str]:
    """Long runs of digit groups cut by single spaces, dashes, dots or nothing (card, phone, SSN, IP shapes)."""
    group = st.text(alphabet="0123456789", min_size=1, max_size=60)
    joint = st.sampled_from(("", " ", "-", ".", "", "  ", "/", ":"))
    return st.lists(st.tuples(group, joint), min_size=1, max_size=80).map(
        lambda parts: "".join(g + j for g, j in parts)
    )


def repeated(piece: st.SearchStrategy[str], most: int = 400) -> st.SearchStrategy[str]:
    """``piece`` repeated many times, with a separator or none between the copies."""
    return st.tuples(piece, st.sampled_from(("", " ", "  ", ", ", "-", ".")), st.integers(1, most)).map(
        lambda t: t[1].join([t[0]] * t[2])
    )


def hostile_pieces() -> st.SearchStrategy[str]:
    """One piece of a hostile message."""
    return st.one_of(
        digit_runs(),
        repeated(st.sampled_from(SEPARATORS), 2000),
        repeated(st.sampled_from(TRIGGER_WORDS)),
        repeated(st.lists(st.sampled_from(TRIGGER_WORDS), min_size=2, max_size=4).map(" ".join), 200),
        st.text(alphabet=EMOJI, max_size=400),
        st.text(alphabet=SCRIPTS + " .,-", max_size=400),
        st.text(st.characters(exclude_categories=["Cs"]), max_size=200),
        st.sampled_from(pattern_attacks()),
    )


def hostile_messages() -> st.SearchStrategy[str]:
    """A message of up to a few thousand characters made of hostile pieces (the engine cuts it to 2,000)."""
    return st.lists(hostile_pieces(), min_size=1, max_size=4).map(lambda parts: "".join(parts)[: MAX_TEXT_CHARS * 2])


def judge_timed(
    pipeline: Pipeline, raw: str, clock: Callable[[], float] = time.thread_time, attempts: int = 1
) -> float:
    """CPU seconds to clean ``raw`` and judge it with ``pipeline``, the way the engine does.

    CPU time of this thread, not wall time: other work on the machine does not count against the
    message; nor does a garbage collection, which the generator's own garbage would trigger at random
    (the collector is off while the message is judged). With ``attempts`` above one, the fastest of
    that many runs: a slow path in a filter is slow every time, while a virtual machine's stolen
    ticks, which thread time can still absorb, land on one run only.
    """
    fastest = float("inf")
    for _ in range(attempts):
        collecting = gc.isenabled()
        gc.disable()
        try:
            start = clock()
            text = clean_text(raw)
            pipeline.evaluate(ChatMessage("fuzz", "demo", "chan", "1", Author("u1", "viewer"), text, 1.0, 1.0))
            fastest = min(fastest, clock() - start)
        finally:
            if collecting:
                gc.enable()
    return fastest


def judge_within(pipeline: Pipeline, raw: str, bound: float, attempts: int = 3, rounds: int = 3) -> float:
    """:func:`judge_timed` of ``attempts`` runs, measured again after a short pause while above ``bound``.

    A slow path in a filter is slow in every round. A virtual machine that stalls (its stolen ticks
    can be counted as this thread's time) is stalled for a stretch of time, long enough to cover
    every run of one round, but not for all of ``rounds`` rounds a quarter of a second apart.
    """
    seconds = judge_timed(pipeline, raw, attempts=attempts)
    for _ in range(rounds - 1):
        if seconds <= bound:
            break
        time.sleep(0.25)
        seconds = min(seconds, judge_timed(pipeline, raw, attempts=attempts))
    return seconds
