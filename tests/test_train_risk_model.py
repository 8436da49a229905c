"""The risk model's training script: its choices are deterministic and keep the promises the README states.

Needs the ``bench`` extra (scikit-learn, numpy, scipy): skipped without it (the shipped model loads without them).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn", reason="scikit-learn (bench extra) is not installed")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import numpy as np
import train_risk_model as trm


def naive_cover(positives: list[str], background: list[str], chat: list[str]) -> list[str]:
    """The gate's greedy cover computed the plain way: every candidate's value recomputed at every step."""
    lower = [t.lower() for t in positives]
    candidates: set[str] = set()
    for text in lower:
        for word in trm.rm.normalise(text):
            if len(word) >= 3:
                candidates.add(word)
            for n in (4, 5):
                candidates.update(word[i : i + n] for i in range(len(word) - n + 1))

    def lines_with(stem: str, lines: list[str]) -> set[int]:
        return {i for i, line in enumerate(lines) if stem in line.lower()}

    covers = {s: lines_with(s, lower) for s in candidates}
    published_unit, chat_unit = max(1, len(background)) / 1000, max(1, len(chat)) / 200
    noise = {s: len(lines_with(s, background)) / published_unit + len(lines_with(s, chat)) / chat_unit for s in covers}
    covers = {s: c for s, c in covers.items() if len(lines_with(s, chat)) <= trm.GATE_CHAT_CAP * len(chat)}
    left, chosen, opened = set(range(len(lower))), [], set[int]()
    while left and len(opened) <= trm.GATE_BACKGROUND * len(background):
        scored = [(len(c & left) / (1 + noise[s]), s) for s, c in covers.items() if c & left]
        if not scored:
            break
        best = min(scored, key=lambda vs: (-vs[0], vs[1]))[1]
        chosen.append(best)
        left -= covers.pop(best)
        opened |= lines_with(best, background)
    return sorted(chosen)


POSITIVES = [
    "i will hurt you after the show",
    "te voy a romper la cara",
    "я тебя найду и сломаю",
    "you will regret this, watch your back",
    "vendo pastillas sin receta",
    "i want to end it all tonight",
    "nobody wants you here, go away",
    "cállate, nadie te quiere",
]
BACKGROUND = [
    "the show must go on",
    "a watched pot never boils",
    "la cara es el espejo del alma",
    "всё будет хорошо",
    "tonight the moon is full",
    "nobody is perfect",
]
CHAT = ["hi all", "great show tonight", "hola a todos", "всем привет", "lol", "what did i miss"] * 40


def test_the_gates_cover_is_the_plain_greedy_one() -> None:
    assert trm.gate_stems(POSITIVES, BACKGROUND, CHAT, verbose=False) == naive_cover(POSITIVES, BACKGROUND, CHAT)


def test_the_gate_is_the_same_on_every_run() -> None:
    first = trm.gate_stems(POSITIVES, BACKGROUND, CHAT, verbose=False)
    assert first == trm.gate_stems(list(POSITIVES), list(BACKGROUND), list(CHAT), verbose=False)
    assert first == sorted(first) and first


def corpus() -> trm.Corpus:
    rows = [
        ("i will hurt you", {"risk.threat"}, "T1", False),
        ("hi all", set(), "T1", False),
        ("te voy a matar", {"risk.threat"}, "T2", False),
        ("every habit dies twice", set(), "T13", True),
        ("a rumour dies of boredom", set(), "T14", True),
        ("template line", set(), "templates", False),
    ]
    return trm.Corpus(
        texts=[r[0] for r in rows],
        labels=[r[1] for r in rows],
        known=[frozenset(trm.CATEGORIES)] * len(rows),
        writers=[r[2] for r in rows],
        langs=["en"] * len(rows),
        chat=[not r[1] for r in rows],
        prose=[r[3] for r in rows],
    )


def test_prose_writers_are_held_out_apart_from_the_chat_writers() -> None:
    """Prose is scored by models that never saw its writer, but as a budgeted source, not in the precision pool."""
    lines = corpus()
    assert lines.chat_writers() == ["T1", "T2"]
    assert lines.prose_writers() == ["T13", "T14"]
    mine = lines.subset([0, 3])
    assert mine.texts == ["i will hurt you", "every habit dies twice"] and mine.prose == [False, True]


def test_thresholds_are_raised_until_every_source_is_within_its_budget() -> None:
    rng = np.random.default_rng(7)
    k = len(trm.CATEGORIES)
    # Mostly clean lines with a tail of high scores (a published source as the model sees it).
    # Lines in every language, each judged at its own language's thresholds.
    sources = {
        "big": (rng.random((20_000, k)) ** 400, np.ones((20_000, k), dtype=bool), langs(20_000), 0.00015),
        "prose": (rng.random((2_000, k)) ** 100, np.ones((2_000, k), dtype=bool), langs(2_000), 0.0005),
    }
    raised = [k for k, c in enumerate(trm.CATEGORIES) if c in trm.RAISED]
    for scheme in trm.SCHEMES.values():
        limits = trm.within_budget(uniform(0.5, 0.5), sources, scheme)
        for scores, concept, lang, share in sources.values():
            flagged = trm.flags(limits, scores, concept, lang)[:, raised].any(axis=1)
            assert flagged.sum() <= int(share * len(scores))
    # A category that needs its concept is counted only where the concept is: no concept, no flag to budget.
    none = {name: (s, np.zeros_like(c), lg, share) for name, (s, c, lg, share) in sources.items()}
    assert trm.within_budget(uniform(0.5, None), none, trm.Scheme()) == uniform(0.5, None)


def langs(n: int) -> np.ndarray:
    return np.array([trm.rm.LANGUAGES[i % 3] for i in range(n)], dtype=object)


def uniform(with_: float, without: float | None) -> trm.Limits:
    """The same two thresholds for every category and language."""
    return {c: dict.fromkeys(trm.rm.LANGUAGES, (with_, without)) for c in trm.CATEGORIES}


def test_average_precision_of_a_perfect_and_of_a_reversed_ranking() -> None:
    truth = np.array([True, True, False, False])
    assert trm._average_precision(np.array([0.9, 0.8, 0.2, 0.1]), truth) == 1.0
    assert trm._average_precision(np.array([0.1, 0.2, 0.8, 0.9]), truth) == pytest.approx((1 / 3 + 2 / 4) / 2)


def held(scores: dict[str, list[float]], truth: dict[str, list[bool]]) -> trm.Held:
    """Held-out lines with these model scores and labels, none of which the rules find."""
    n = len(next(iter(scores.values())))
    k = len(trm.CATEGORIES)
    s, t = np.zeros((n, k)), np.zeros((n, k), dtype=bool)
    for category, values in scores.items():
        s[:, trm.CATEGORIES.index(category)] = values
        t[:, trm.CATEGORIES.index(category)] = truth[category]
    return trm.Held(
        texts=["x"] * n,
        truth=t,
        langs=["en"] * n,
        unlabelled=~t.any(axis=1),
        rules=np.zeros((n, k), dtype=bool),
        scores=s,
        concept=np.ones((n, k), dtype=bool),
        opened=np.ones(n, dtype=bool),
    )


def test_the_published_budget_is_spent_where_it_buys_recall() -> None:
    """Two categories each flag one published line and the budget allows one: the threshold raised is the one
    whose raise loses no held-out positive (scams here), not the threat's, which would lose two."""
    k = len(trm.CATEGORIES)
    threat, scam = trm.CATEGORIES.index("risk.threat"), trm.CATEGORIES.index("spam.scam")
    published = np.zeros((2, k))
    published[0, threat] = published[1, scam] = 0.95
    budgets = {"source": (published, np.ones((2, k), dtype=bool), np.array(["en", "en"], dtype=object), 0.5)}
    pooled = held(
        {"risk.threat": [0.93, 0.94, 0.1], "spam.scam": [0.1, 0.1, 0.99]},
        {"risk.threat": [True, True, False], "spam.scam": [False, False, True]},
    )
    start = uniform(0.9, 0.9)
    scheme = trm.Scheme()
    chosen = trm.within_budget(start, budgets, scheme, pooled)
    assert chosen["risk.threat"]["en"] == (0.9, 0.9) and chosen["spam.scam"]["en"][0] > 0.95
    # Without held-out lines to weigh, the category flagging the most (the first on a tie) is raised.
    assert trm.within_budget(start, budgets, scheme)["risk.threat"]["en"][0] > 0.95


# ---------------------------------------------------------------- published text: half trained on, half measured on


def test_each_published_source_is_cut_into_two_halves_the_same_way_every_run() -> None:
    """The model is trained on one half of each published source and its budget measured on the other: a line
    is in exactly one half, the same one on every run, and each half is about half of the source."""
    from bench_detection import trained_on

    lines = [f"fortune number {i}: a watched pot never boils" for i in range(4000)]
    published = {"fortunes (en)": lines, "chatterbot en": lines[:1000]}
    train, held = trm.split_published(published)
    again = trm.split_published({name: list(v) for name, v in published.items()})
    assert (train, held) == again
    for name, all_lines in published.items():
        assert sorted(train[name] + held[name]) == sorted(all_lines)
        assert not set(train[name]) & set(held[name])
        assert 0.45 < len(train[name]) / len(all_lines) < 0.55
    assert all(trained_on(line) for line in train["fortunes (en)"])
    assert not any(trained_on(line) for line in held["fortunes (en)"])


def test_the_published_lines_trained_on_change_the_training_hash() -> None:
    """A model trained on other published lines (another fortunes release) is other training data."""
    first = {"fortunes (en)": ["a watched pot never boils"]}
    assert trm.published_digest(first) == trm.published_digest({"fortunes (en)": ["a watched pot never boils"]})
    assert trm.published_digest(first) != trm.published_digest({"fortunes (en)": ["a rolling stone"]})


@pytest.mark.parametrize(
    "line",
    [
        "i will hurt you after the show",
        "the show must go on",
        "k i l l them all",
        "vendo pastillas sin receta",
        "всё будет хорошо",
        "",
    ],
)
def test_the_published_lines_trained_on_are_those_the_runtime_gate_lets_through(line: str) -> None:
    """Only a published line the gate opens for is trained on as one to leave clean (one it keeps shut is never
    scored): the trainer's gate reads a line as the shipped model's does."""
    model = trm.rm.shipped_model()
    assert trm.opens_gate(list(model.info.gate), line) == model.passes_gate(line.lower())
