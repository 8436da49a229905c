"""Train the shipped risk model (``filters/data/risk_model.bin``) in one deterministic run.

    python benchmarks/train_risk_model.py [--seed 7] [--out filters/data/risk_model.bin]

Needs the ``bench`` extra (scikit-learn, numpy, scipy); the shipped model loads without them.

- **Training lines**: ``benchmarks/data/detection/train/WRITER/*.jsonl`` (written blind from the category
  definitions by writers who appear in no other split) and castguard's own templates
  ``benchmarks/data/filters_labelled.jsonl``. The templates carry labels for the five original risk
  categories only, so they train those five and are left out of the others (a template insult is not a
  labelled non-harassment). The dev and test splits are never trained on.
- **Published text as lines to leave clean**: each installed published source (Debian fortunes en/es/ru,
  chatterbot-corpus) is cut in two halves by a hash of the line (:func:`bench_detection.trained_on`). The lines
  of the trained-on half that open the gate train every category as negatives (where the budget binds, the
  model must tell published prose from chat risk) and are the gate's background; the other half is never
  trained on, and the published budget, the thresholds it binds and the shares reported are measured on it.
  ``--no-published-negatives`` trains without them (the budget still on the held-out half).
- **Model**: per category a logistic regression (liblinear, L2, C=64) over the hashed features of
  :mod:`castguard.filters.risk_model` (counts over the square root of the message's feature count), weights
  quantised to one signed byte per category with a per-category scale.
- **Gate**: the words and character 4-5-grams that cover the most training positives per line of background
  text (published lines, clean chat) they also open, as substrings an Aho-Corasick scan finds in the
  lower-cased text.
- **Thresholds, chosen on lines no model saw**: each training writer in turn is held out and scored by a
  model fitted (gate included) on the others; those scores, with the dev split scored by the model fitted on
  every training writer, are the lines thresholds are chosen on. Per category and language (the language the
  runtime reads a message in, :func:`castguard.filters.risk_model.language`), two thresholds: one for a message
  that carries the category's concept words (:data:`castguard.filters.risk_model.CONCEPTS`), and one, never
  lower, for a message without them. Each is the lowest probability at which the model alone keeps precision
  >= 0.9 and the rules with the model keep it too; then thresholds are raised until the model flags at most
  ``--published-budget`` of the never-trained-on half of any published-text source that is installed, each
  raise the one that costs the fewest held-out positives the rules miss. ``--one-language`` /
  ``--one-threshold`` choose the earlier layouts; ``--compare-schemes`` judges the layouts on writers their
  thresholds were not chosen on.

The weights and the gate depend on the lines only; the thresholds also on what the rules raise and on their
speech acts and concept lexicons. ``--reuse FILE`` keeps the fitted models (the full one and each fold's) and,
when the data and recipe are unchanged, scores the held-out lines again with the rules as they are now and
chooses the thresholds again: after the rules change, the same result as a run from scratch, in minutes.

Prints what it chose, and per category and language the rules alone against the rules with the model on the
writers held out in turn and on the dev split, with the unlabelled lines left clean.
"""

from __future__ import annotations

import argparse
import hashlib
import heapq
import json
import pickle
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_detection import chatterbot_lines, fortune_lines, load_split, trained_on

from castguard.filters import risk_model as rm

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
TRAIN = DATA / "detection" / "train"
TEMPLATES = DATA / "filters_labelled.jsonl"
OUT = ROOT / "filters" / "data" / rm.MODEL_FILE
CATEGORIES = (
    "risk.threat",
    "risk.self_harm",
    "risk.medical_claim",
    "risk.legal",
    "risk.advice_request",
    "risk.harassment",
    "spam.scam",
    "health.adverse_event",
)
#: The categories the templates are labelled for (their other labels are unknown, not negative).
TEMPLATE_CATEGORIES = frozenset(CATEGORIES[:5])
#: Regularisation strengths tried (on the dev split mean average precision rose from C=1 to 64: 0.877 at 4,
#: 0.939 at 16, 0.942 at 64 with the four training writers; the data, not the prior, limits the model).
C = 64.0
#: The gate's stems may open it on at most this share of the published lines. At 0.06 the gate let through
#: 0.71 (harassment) to 1.00 (scams) of the dev positives: a positive the gate misses is never scored. Published
#: text is not the load (chat is, :data:`GATE_CHAT_CAP`), so its budget is the wider one.
GATE_BACKGROUND = 0.15
#: A stem found in more than this share of ordinary chat (clean template chat, the writers' benign lines) is
#: never taken: every chat line it opens is scored for nothing. At 0.02 (positives of every category, profanity
#: and privacy included) the gate opened for 44% of the benchmark stream; at 0.005 (a trial on T1-T6) for 15%,
#: but it let through 0.905 of the dev positives instead of 0.957 at 0.01 (its stems fitted the training lines).
GATE_CHAT_CAP = 0.01
#: Words chat adds to any line, whatever it says (among them the openings and tails of ``bench_filters``'s
#: stream): no gate stem is one of them or inside one. "again" covered positives ("he hurt me again") and opened
#: 5% of the benchmark stream; the gate's training chat, written line by line, has too few of them to say so.
CHAT_FILLERS = frozenset(
    "again lol haha tbh ngl pls please guys yall omg wow yes thx thanks rn imo btw hey well wait also hmm okay".split()
)
#: The categories the model raises (the adverse-event filter raises its own): the only positives the gate covers.
RAISED = frozenset(CATEGORIES) - rm.OWN_FILTER
MIN_PRECISION = 0.9
#: The rules with the model may lose at most this much precision against the rules alone. Without it the
#: advice requests' threshold fell to 0.54 (precision 0.94 -> 0.90 on the held-out writers, 0.97 -> 0.91 on dev):
#: every extra finding is a moderator's time, and the issue's floor (0.9) is a floor, not a target.
MAX_PRECISION_LOSS = 0.02
#: Training files of published-style prose (aphorisms, jokes, news, synopses, textbook sentences full of risky
#: words used innocently): negatives for every category they are not labelled with, background text (not chat)
#: for the gate, and for the thresholds a published source of their own, scored by models that never saw
#: their writer (they are not chat: the precision floors are chat's, measured on the chat writers and dev).
PROSE = "prose"
#: The chat writers of the latest round, reported apart (compared with the previous weights, which never saw them).
NEW_WRITERS = frozenset({"T26", "T27", "T28", "T29", "T30", "T31", "T32", "T33", "T34"})
#: The largest share of the held-out prose lines the model may flag (alone; the rules' flags come on top).
#: Prose is written to be hard (every line carries a risky word), so its budget is wider than real published
#: text's (``--published-budget``) and narrower than the issue's 0.1% for rules and model together.
PROSE_BUDGET = 0.0005


def training_rows() -> tuple[
    list[str], list[set[str]], list[frozenset[str]], list[str], list[str], list[bool], list[bool], str
]:
    """Texts, labels, the categories each line may train, each line's writer and language, whether it is
    ordinary chat (a template line without labels, a writer's benign line), whether it is published-style prose
    (:data:`PROSE`), and a SHA-256 over every file read."""
    digest = hashlib.sha256()
    texts: list[str] = []
    labels: list[set[str]] = []
    known: list[frozenset[str]] = []
    writers: list[str] = []
    langs: list[str] = []
    chat: list[bool] = []
    prose: list[bool] = []
    # A training writer's line that a dev writer also wrote word for word ("is coffee bad for the heart?")
    # is left out: dev chooses thresholds and must stay unseen.
    dev_texts = {row.text.strip().casefold() for row in load_split("dev")}
    files = sorted(TRAIN.glob("*/*.jsonl"))
    if not files:
        raise SystemExit(f"no training lines under {TRAIN}")
    for path in [*files, TEMPLATES]:
        raw = path.read_bytes()
        digest.update(path.relative_to(DATA).as_posix().encode() + b"\0" + raw)
        scope = TEMPLATE_CATEGORIES if path == TEMPLATES else frozenset(CATEGORIES)
        for line in raw.decode("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row["text"].strip().casefold() in dev_texts:
                    continue
                texts.append(row["text"])
                labels.append(set(row.get("labels", ())))
                known.append(scope)
                writers.append("templates" if path == TEMPLATES else path.parent.name)
                langs.append(row.get("lang", ""))
                chat.append(not row.get("labels") and (path == TEMPLATES or path.stem == "benign"))
                prose.append(path.stem == PROSE)
    return texts, labels, known, writers, langs, chat, prose, digest.hexdigest()


def matrix(texts: list[str]) -> sparse.csr_matrix:
    """Feature counts over the square root of the message's feature count (what the runtime scorer computes)."""
    indptr, indices, values = [0], [], []
    for text in texts:
        hashes = rm.feature_hashes(rm.normalise(text))
        indices.extend(hashes)
        values.extend([1.0 / np.sqrt(len(hashes))] * len(hashes) if hashes else [])
        indptr.append(len(indices))
    # Repeated indexes (a feature occurring twice, hash collisions) are summed, as the runtime sums weights.
    return sparse.csr_matrix((values, indices, indptr), shape=(len(texts), 1 << rm.BITS))


def fit(
    x: sparse.csr_matrix,
    labels: list[set[str]],
    known: list[frozenset[str]],
    c: float,
    seed: int,
    class_weight: str | None = "balanced",
) -> tuple[np.ndarray, np.ndarray]:
    """Weights (categories x features) and biases of one-vs-rest logistic regressions."""
    weights = np.zeros((len(CATEGORIES), 1 << rm.BITS))
    biases = np.zeros(len(CATEGORIES))
    for slot, category in enumerate(CATEGORIES):
        rows = [i for i, scope in enumerate(known) if category in scope]
        y = np.array([category in labels[i] for i in rows], dtype=int)
        model = LogisticRegression(C=c, solver="liblinear", class_weight=class_weight, random_state=seed, max_iter=1000)
        model.fit(x[rows], y)
        weights[slot] = model.coef_[0]
        biases[slot] = model.intercept_[0]
    return weights, biases


def quantise(weights: np.ndarray) -> tuple[bytes, list[float]]:
    """Feature-major unsigned bytes (weight / scale + 128) and the per-category scales."""
    scales = [float(np.abs(w).max() / 127) or 1.0 for w in weights]
    q = np.stack([np.clip(np.rint(w / s), -127, 127) for w, s in zip(weights, scales, strict=True)])
    return (q.T + 128).astype(np.uint8).tobytes(), scales


def gate_positives(texts: list[str], labels: list[set[str]], known: list[frozenset[str]]) -> list[str]:
    """The lines the gate must open for: the writers' positives of a category the model raises, long enough
    to be scored (:data:`castguard.filters.risk_model.MIN_WORDS`).

    Not the templates' (the rules were written from them: the model adds nothing there), not profanity's or
    privacy's (other filters'), not adverse events' (the adverse-event filter's).
    """
    return [
        text
        for text, row, scope in zip(texts, labels, known, strict=True)
        if row & RAISED and scope != TEMPLATE_CATEGORIES and len(text.split()) >= rm.MIN_WORDS
    ]


def gate_stems(positives: list[str], background: list[str], chat: list[str], verbose: bool = True) -> list[str]:
    """Substrings that open the gate: few cover the positives, rarely found in ordinary text.

    ``positives`` are the lines the model should score (:func:`gate_positives`). Candidates are their words
    (3+ letters) and inner character 4-5-grams, less any found in more than :data:`GATE_CHAT_CAP` of ordinary
    chat. Greedy cover: each step takes the stem that covers the most positives not yet covered per line of
    background text it also opens (published text and ordinary chat), until the positives are covered or
    the published budget (:data:`GATE_BACKGROUND`) is spent.
    """
    import ahocorasick

    positives = [t.lower() for t in positives]
    candidates: set[str] = set()
    for text in positives:
        for word in rm.normalise(text):
            if len(word) >= 3:
                candidates.add(word)
            for n in (4, 5):
                candidates.update(word[i : i + n] for i in range(len(word) - n + 1))
    automaton = ahocorasick.Automaton()
    for stem in candidates:
        automaton.add_word(stem, stem)
    automaton.make_automaton()

    def occurrences(lines: list[str]) -> dict[str, set[int]]:
        found: dict[str, set[int]] = {}
        for i, line in enumerate(lines):
            for _, stem in automaton.iter(line.lower()):
                found.setdefault(stem, set()).add(i)
        return found

    covers = occurrences(positives)
    background_lines = occurrences(background)
    chat_lines = occurrences(chat)
    # A stem opening one published line in a thousand, or one clean chat line in two hundred, costs as much
    # as the positives it covers; one opening more of chat than GATE_CHAT_CAP is never taken (chat is the load).
    published_unit, chat_unit = max(1, len(background)) / 1000, max(1, len(chat)) / 200
    noise = {
        stem: len(background_lines.get(stem, ())) / published_unit + len(chat_lines.get(stem, ())) / chat_unit
        for stem in covers
    }
    for stem in [s for s in covers if len(chat_lines.get(s, ())) > GATE_CHAT_CAP * len(chat)]:
        del covers[stem]
    left = set(range(len(positives)))
    chosen: list[str] = []
    opened: set[int] = set()
    # Lazy greedy: a stem's value (positives not yet covered per line of noise) only falls as stems are chosen,
    # so a stale value is an upper bound; the stem on top of the heap whose fresh value still tops every stale
    # one is the one a full scan would choose (highest value, then the smallest stem).
    heap = [(-len(lines) / (1 + noise[stem]), stem) for stem, lines in covers.items() if lines]
    heapq.heapify(heap)
    while heap and left and len(opened) <= GATE_BACKGROUND * len(background):
        _, stem = heapq.heappop(heap)
        new = len(covers[stem] & left)
        if new < 1:
            continue
        key = (-new / (1 + noise[stem]), stem)
        if heap and key > heap[0]:
            heapq.heappush(heap, key)
            continue
        chosen.append(stem)
        left -= covers.pop(stem)
        opened |= background_lines.get(stem, set())
    if verbose:
        print(
            f"  gate: {len(chosen)} stems cover {1 - len(left) / len(positives):.1%} of the writers' positives,"
            f" open {len(opened) / len(background):.1%} of the background lines"
        )
    return sorted(chosen)


def split_published(published: dict[str, list[str]]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each source cut in two (:func:`bench_detection.trained_on`): the half the model may be trained on (and the
    gate's background drawn from) and the half it never is, the one its published budget is measured on."""
    train = {name: [line for line in lines if trained_on(line)] for name, lines in published.items()}
    held = {name: [line for line in lines if not trained_on(line)] for name, lines in published.items()}
    return train, held


def published_digest(published: dict[str, list[str]]) -> str:
    """SHA-256 over the published lines a model is fitted with (the training data's hash covers them)."""
    digest = hashlib.sha256()
    for name in sorted(published):
        digest.update(name.encode() + b"\0" + "\n".join(published[name]).encode("utf-8") + b"\0")
    return digest.hexdigest()


def published_lines() -> dict[str, list[str]]:
    """Lines of every installed published-text source bench_detection reads."""
    sources = {
        "fortunes (en)": list(fortune_lines("en")),
        "fortunes-es": list(fortune_lines("es")),
        "fortunes-ru": list(fortune_lines("ru")),
        "chatterbot en": list(chatterbot_lines("english")),
        "chatterbot es": list(chatterbot_lines("spanish")),
        "chatterbot ru": list(chatterbot_lines("russian")),
    }
    return {name: lines for name, lines in sources.items() if lines}


#: Thresholds per category and language (:data:`castguard.filters.risk_model.LANGUAGES`): the one with the
#: category's concept in the message and the one without it (``None``: never raised without it).
Limits = dict[str, dict[str, tuple[float, float | None]]]
#: A source the model's flags are budgeted on: its scores and concepts (lines x categories), the language each
#: line is read in, and the share of its lines the model may flag.
Budget = tuple[np.ndarray, np.ndarray, np.ndarray, float]
_LANGUAGE_OF: dict[str, str] = {}


def languages(texts: list[str]) -> np.ndarray:
    """The language the runtime reads each text in (remembered per text)."""
    out = []
    for text in texts:
        lang = _LANGUAGE_OF.get(text)
        if lang is None:
            lang = _LANGUAGE_OF[text] = rm.language(rm.normalise(text))
        out.append(lang)
    return np.array(out, dtype=object)


def line_limits(limits: Limits, category: str, concept: np.ndarray, langs: np.ndarray) -> np.ndarray:
    """Per line, the threshold ``category`` needs there (its language, its concept present or not); 2.0 for never."""
    out = np.full(len(langs), 2.0)
    for lang, (with_, without) in limits[category].items():
        mine = langs == lang
        out[mine & concept] = with_
        out[mine & ~concept] = 2.0 if without is None else without
    return out


def flags(limits: Limits, scores: np.ndarray, concept: np.ndarray, langs: np.ndarray) -> np.ndarray:
    """Lines x categories the model raises (never a category another filter raises)."""
    out = np.zeros(scores.shape, dtype=bool)
    for k, category in enumerate(CATEGORIES):
        if category in RAISED:
            out[:, k] = scores[:, k] >= line_limits(limits, category, concept[:, k], langs)
    return out


@dataclass(frozen=True)
class Scheme:
    """How thresholds are laid out: one per language or one for all, and whether a message without the category's
    concept gets a threshold of its own (else: the category stands without its concept at the same threshold,
    or never)."""

    by_language: bool = True
    two: bool = True

    def groups(self) -> list[tuple[str, ...]]:
        """The languages that share one set of thresholds."""
        return [(lang,) for lang in rm.LANGUAGES] if self.by_language else [rm.LANGUAGES]


@dataclass
class Fitted:
    """A model fitted on some lines: the loaded scorer, its header (thresholds still to choose) and weights."""

    model: rm.Model
    header: dict[str, object]
    payload: bytes


@dataclass
class Held:
    """Lines scored by a model that never saw them, with what the rules found on them."""

    texts: list[str]
    truth: np.ndarray  # lines x categories
    langs: list[str]
    unlabelled: np.ndarray  # lines: a look-alike or benign line (no category at all)
    rules: np.ndarray  # lines x categories: the rules (model off) raise it
    scores: np.ndarray  # lines x categories: gated and vetted model probability (0 where not)
    concept: np.ndarray  # lines x categories: the category's concept is in the line
    opened: np.ndarray  # lines: the gate lets the line through to scoring
    writers: list[str] = field(default_factory=list)  # per line: who wrote it (empty for the dev split)

    def of(self, writers: set[str]) -> Held:
        """The lines of these writers only."""
        keep = np.array([w in writers for w in self.writers], dtype=bool)
        idx = np.flatnonzero(keep)
        return Held(
            texts=[self.texts[i] for i in idx],
            truth=self.truth[keep],
            langs=[self.langs[i] for i in idx],
            unlabelled=self.unlabelled[keep],
            rules=self.rules[keep],
            scores=self.scores[keep],
            concept=self.concept[keep],
            opened=self.opened[keep],
            writers=[self.writers[i] for i in idx],
        )

    def model(self, limits: Limits) -> np.ndarray:
        """Lines x categories the model raises at ``limits`` (per category and language, with and without the
        category's concept)."""
        return flags(limits, self.scores, self.concept, self.guessed())

    def guessed(self) -> np.ndarray:
        """Per line, the language the runtime reads it in (:func:`castguard.filters.risk_model.language`)."""
        return languages(self.texts)


@dataclass
class Corpus:
    """The training lines (:func:`training_rows`), one list entry per line."""

    texts: list[str]
    labels: list[set[str]]
    known: list[frozenset[str]]
    writers: list[str]
    langs: list[str]
    chat: list[bool]
    prose: list[bool]

    def subset(self, keep: list[int]) -> Corpus:
        return Corpus(*([getattr(self, f)[i] for i in keep] for f in self.__dataclass_fields__))

    def chat_writers(self) -> list[str]:
        """The writers of chat lines (every training writer but the templates and the prose writers)."""
        return sorted({w for w, p in zip(self.writers, self.prose, strict=True) if not p and w != "templates"})

    def prose_writers(self) -> list[str]:
        return sorted({w for w, p in zip(self.writers, self.prose, strict=True) if p})


@dataclass(frozen=True)
class Recipe:
    """How a model is fitted: the regularisation, the class weights, the seed, and whether the trained-on half of
    each published source (:func:`bench_detection.trained_on`) is trained on as lines no category may flag."""

    c: float = C
    class_weight: str | None = "balanced"
    seed: int = 7
    published_negatives: bool = True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument(
        "--class-weight", choices=("balanced", "none"), default="balanced", help="weights of positives and negatives"
    )
    parser.add_argument("--jobs", type=int, default=2, help="processes fitting the held-out folds")
    parser.add_argument(
        "--fold-size",
        type=int,
        default=4,
        help="writers held out together in each fold, in numeric order (T1-T4, T5-T8, ...: with 23 chat writers"
        " six models to fit instead of twelve in pairs, 2, or 23 one writer at a time, 1)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--published-budget",
        type=float,
        default=0.00015,
        help="largest share of any published source's lines the model may flag",
    )
    parser.add_argument(
        "--prose-budget",
        type=float,
        default=PROSE_BUDGET,
        help="largest share of the prose lines (held out by writer) the model may flag",
    )
    parser.add_argument(
        "--reuse",
        type=Path,
        help="keep the fitted models (the full one and each fold's) in this file and reuse them when the data, the"
        " published lines, the recipe and the features are the same: the held-out lines are scored again with the"
        " rules as they are now and the thresholds chosen again (the weights come out the same)",
    )
    parser.add_argument(
        "--evaluate",
        type=Path,
        metavar="WEIGHTS",
        help="fit nothing: report a weights file at its own thresholds on the training writers (--writers) and dev",
    )
    parser.add_argument("--writers", help="comma-separated training writers --evaluate scores (default: every one)")
    parser.add_argument(
        "--scaling",
        metavar="HELD",
        help="fit nothing to ship: hold these comma-separated writers out, train on 4, 8 and all of the other chat"
        " writers (with the templates and prose) and print the held-out recall of each (does more data help?)",
    )
    parser.add_argument(
        "--scaling-sizes",
        default="4,8,all",
        help="how many of the pool's chat writers (in numeric order) each --scaling model is trained on",
    )
    parser.add_argument(
        "--no-published-negatives",
        action="store_true",
        help="do not train on the trained-on half of each published source as lines to leave clean (the budget is"
        " still measured on the other half only)",
    )
    parser.add_argument(
        "--one-language",
        action="store_true",
        help="one set of thresholds for every language (default: per language, as published text is judged)",
    )
    parser.add_argument(
        "--one-threshold",
        action="store_true",
        help="one threshold per category, with its concept or without (default: one with it and one without)",
    )
    parser.add_argument(
        "--compare-schemes",
        action="store_true",
        help="write nothing: compare the threshold layouts on the held-out scores, each fold of writers (and dev)"
        " judged by thresholds chosen without it",
    )
    args = parser.parse_args(argv)
    recipe = Recipe(
        args.c, None if args.class_weight == "none" else "balanced", args.seed, not args.no_published_negatives
    )

    texts, labels, known, writers, langs, chat, prose, data_hash = training_rows()
    corpus = Corpus(texts, labels, known, writers, langs, chat, prose)
    dev = [row for row in load_split("dev") if not row.spans and row.source != "ids"]
    published_train, published_held = split_published(published_lines())
    if recipe.published_negatives:
        # The published lines trained on are training data: the hash covers them.
        data_hash = hashlib.sha256((data_hash + published_digest(published_train)).encode()).hexdigest()
    print(f"training: {len(texts)} lines (sha256 {data_hash[:16]}), dev: {len(dev)} lines")
    if args.evaluate:
        return evaluate(args.evaluate, corpus, dev, args.writers)
    if args.scaling:
        return scaling(corpus, args.scaling.split(","), published_train, published_held, recipe, args)
    key = (data_hash, published_digest(published_train), recipe, rm.FEATURES, GATE_BACKGROUND, GATE_CHAT_CAP)
    key = (*key, args.fold_size)
    stored = pickle.loads(args.reuse.read_bytes()) if args.reuse and args.reuse.exists() else None
    if stored is not None and stored[0] == key:
        full_blob, fold_blobs = stored[1]
        print(f"  fitted models reused from {args.reuse} (scored again with the rules as they are now)")
    else:
        full_blob, fold_blobs = fit_folds(corpus, published_train, recipe, args.jobs, args.fold_size)
        if args.reuse:
            args.reuse.write_bytes(pickle.dumps((key, (full_blob, fold_blobs))))
    full, lowo, on_prose, on_dev, on_published = held_out_scores(
        corpus, dev, published_held, full_blob, fold_blobs, args.jobs
    )
    budgets = budget_sources(on_published, published_held, on_prose, args.published_budget, args.prose_budget)
    if args.compare_schemes:
        return compare_schemes(lowo, on_dev, budgets)
    scheme = Scheme(by_language=not args.one_language, two=not args.one_threshold)
    pooled = concat([lowo, on_dev])
    limits = within_budget(choose(pooled, budgets, scheme), budgets, scheme, pooled)
    header = full.header
    # Per category the lowest threshold it has anywhere (what a weights reader without the table falls back to).
    header["thresholds"] = {c: round(min(w for w, _ in limits[c].values()), 4) for c in CATEGORIES}
    header["thresholds_by_language"] = {
        c: {lang: [round(w, 4), None if o is None else round(o, 4)] for lang, (w, o) in limits[c].items()}
        for c in CATEGORIES
    }
    header["concept_free"] = sorted(c for c in CATEGORIES if any(o is not None for _, o in limits[c].values()))
    header["training"] = {**header["training"], "scheme": {"by_language": scheme.by_language, "two": scheme.two}}  # type: ignore[dict-item]
    header["training"] = {
        **header["training"],  # type: ignore[dict-item]
        "published_budget_on": "the half of each published source never trained on (bench_detection.trained_on)",
        "sha256": data_hash,
        "lines": len(texts),
        "writers": sorted(set(writers) - {"templates"}),
        "seed": args.seed,
        "sources": "benchmarks/data/detection/train/*/*.jsonl + benchmarks/data/filters_labelled.jsonl",
    }
    blob = _blob(header, full.payload)
    args.out.write_bytes(blob)
    print(f"wrote {args.out} ({len(blob) / 1e6:.2f} MB, {len(full.model.info.gate)} gate stems)")
    limits = rm.read_model(blob).info.by_language or limits  # as the runtime reads them (rounded)
    print("\n  thresholds per language, with the concept / without it (- : never without):")
    for category in CATEGORIES:
        cells = [f"{lang} {w:.4f} / {'-' if o is None else f'{o:.4f}'}" for lang, (w, o) in limits[category].items()]
        print(f"  {category:24} {'   '.join(cells)}")
    report("chat writers held out in turn (leave-one-writer-out)", lowo, limits)
    if NEW_WRITERS & set(lowo.writers):
        report(f"{', '.join(sorted(NEW_WRITERS))} held out in turn", lowo.of(NEW_WRITERS), limits)
    report("dev split (model trained on every training writer)", on_dev, limits)
    report_shares(budgets, limits, on_prose)
    # The whole of each source, the trained-on half included (flagging a line it was trained on is rarer: the
    # budget is measured on the other half only).
    print("\n  published-text shares the model flags (alone), whole sources (the trained-on half included):")
    raised = [k for k, c in enumerate(CATEGORIES) if c in RAISED]
    for name, lines in published_train.items():
        scores, concept = effective_scores(full.model, lines)
        trained = flags(limits, scores, concept, languages(lines))[:, raised].any(axis=1)
        s, c, lg, _ = budgets[name]
        held = flags(limits, s, c, lg)[:, raised].any(axis=1)
        total = len(lines) + len(held)
        print(f"  {name:24} {(trained.sum() + held.sum()) / max(1, total):8.4%} of {total} lines")
    return 0


def budget_sources(
    on_published: dict[str, tuple[np.ndarray, np.ndarray]],
    published: dict[str, list[str]],
    on_prose: Held,
    published_share: float,
    prose_share: float,
) -> dict[str, Budget]:
    """Every source the model's flags are budgeted on: its scores, concepts, languages and the share allowed."""
    sources = {
        name: (scores, concept, languages(published[name]), published_share)
        for name, (scores, concept) in on_published.items()
    }
    if len(on_prose.texts):
        # Prose the model was fitted with is no measure: each prose writer is scored by a model fitted without them.
        # A prose line labelled with a category (a real claim in a news item) is a right flag, not a false one.
        sources["prose (held out)"] = (
            on_prose.scores * ~on_prose.truth,
            on_prose.concept,
            on_prose.guessed(),
            prose_share,
        )
    return sources


def report_shares(budgets: dict[str, Budget], limits: Limits, on_prose: Held) -> None:
    """The share of each budgeted source's lines the model flags at ``limits``, which source binds each
    threshold, and the rules' share of the prose."""
    print("\n  published-text shares the model flags (alone), against each source's budget:")
    raised = [k for k, c in enumerate(CATEGORIES) if c in RAISED]
    for name, (scores, concept, langs, share) in budgets.items():
        flagged = flags(limits, scores, concept, langs)[:, raised].any(axis=1)
        print(f"  {name:24} {flagged.mean():8.4%} of {len(scores)} lines (budget {share:.4%})")
    print(
        "  which source binds: per category, language and concept (c: with it, f: without), the lowest threshold"
        " each source's budget allows that threshold alone (sources that allow any threshold left out):"
    )
    for k, category in enumerate(CATEGORIES):
        if category not in RAISED:
            continue
        for lang in rm.LANGUAGES:
            cells = []
            for with_ in (True, False):
                for name, (s, c, lg, share) in budgets.items():
                    t = _budget_threshold(s[:, k] * (c[:, k] == with_) * (lg == lang), share)
                    if t > 0.5:
                        cells.append(f"{'c' if with_ else 'f'} {name} {t:.4f}")
            print(f"  {category:24} {lang}: {', '.join(cells) or 'none binds'}")
    if len(on_prose.texts):
        model = on_prose.model(limits)
        rules = on_prose.rules[:, raised].any(axis=1)
        both = rules | model.any(axis=1)
        print(
            f"  prose (held out), rules {rules.mean():.4%}, rules with the model {both.mean():.4%}"
            f" (lines labelled [] only: {(both & on_prose.unlabelled).sum()} of {on_prose.unlabelled.sum()})"
        )


#: A fitted model as the held-out cache keeps it: its header (thresholds not chosen yet) and weights.
Blob = tuple[dict[str, object], bytes]


def fit_folds(
    corpus: Corpus, published: dict[str, list[str]], recipe: Recipe, jobs: int, fold_size: int = 1
) -> tuple[Blob, list[tuple[tuple[str, ...], Blob]]]:
    """The model fitted on every line, and per fold of writers (chat writers and prose writers apart) the model
    fitted (gate included) on every other line. ``published`` is the half of each source a model may see."""
    import multiprocessing

    full = fit_model(corpus, published, recipe, verbose=True)
    # The folds run in --jobs processes (forked: they read the lines from the parent).
    global _FOLDS
    _FOLDS = (corpus, published, recipe)
    held = folds_of(corpus.chat_writers(), fold_size) + folds_of(corpus.prose_writers(), fold_size)
    with multiprocessing.get_context("fork").Pool(max(1, jobs)) as pool:
        fitted = pool.map(_fold, held, chunksize=1)
    return (full.header, full.payload), list(zip(held, fitted, strict=True))


def held_out_scores(
    corpus: Corpus,
    dev: list,
    published: dict[str, list[str]],
    full_blob: Blob,
    fold_blobs: list[tuple[tuple[str, ...], Blob]],
    jobs: int,
) -> tuple[Fitted, Held, Held, Held, dict[str, tuple[np.ndarray, np.ndarray]]]:
    """Each fold's writers scored by the model fitted without them (the chat writers' lines and the prose
    writers' apart), the dev split and the ``published`` lines scored by the full model.

    Scoring reads the rules, their speech acts and the concept lexicons as they are now: fitting does not (the
    weights and gate depend on the lines only), so cached fits (``--reuse``) are scored again after the rules
    change and the thresholds chosen on what the rules raise today.
    """
    import multiprocessing

    full_blob = _gated(full_blob)
    fold_blobs = [(held, _gated(blob)) for held, blob in fold_blobs]
    full = Fitted(rm.read_model(_blob(*full_blob)), *full_blob)
    global _SCORING
    _SCORING = (corpus, fold_blobs)
    with multiprocessing.get_context("fork").Pool(max(1, jobs)) as pool:
        folds = pool.map(_score_fold, range(len(fold_blobs)), chunksize=1)
    for held, _ in fold_blobs:
        print(f"  held out {', '.join(held)}: {sum(corpus.writers.count(w) for w in held)} lines")
    rules = rules_pipeline()
    on_dev = held_out(full.model, rules, [r.text for r in dev], [r.labels for r in dev], [r.lang for r in dev])
    on_published = {}
    for name, lines in published.items():
        on_published[name] = effective_scores(full.model, lines)
        opened = sum(full.model.passes_gate(line.lower()) for line in lines) / len(lines)
        print(f"  published {name} (never trained on): {opened:.1%} pass the gate")
    prose = set(corpus.prose_writers())
    chat_folds = [h for (writers, _), h in zip(fold_blobs, folds, strict=True) if not set(writers) & prose]
    prose_folds = [h for (writers, _), h in zip(fold_blobs, folds, strict=True) if set(writers) & prose]
    return full, concat(chat_folds), concat(prose_folds), on_dev, on_published


_FOLDS: tuple = ()
"""What :func:`_fold` reads (set before the fold processes are forked)."""
_SCORING: tuple = ()
"""What :func:`_score_fold` reads (set before the scoring processes are forked)."""


def folds_of(writers: list[str], size: int) -> list[tuple[str, ...]]:
    """``writers`` in numeric order (T1, T2, ... T10), in groups of ``size`` held out together."""
    ordered = sorted(writers, key=lambda w: (len(w), w))
    return [tuple(ordered[i : i + size]) for i in range(0, len(ordered), size)]


def _fold(held: tuple[str, ...]) -> Blob:
    """The model fitted on every line but those of the writers ``held``."""
    corpus, published, recipe = _FOLDS
    fold = fit_model(corpus.subset([i for i, w in enumerate(corpus.writers) if w not in held]), published, recipe)
    return fold.header, fold.payload


def _score_fold(n: int) -> Held:
    """The lines of fold ``n``'s writers scored by the model fitted without them."""
    corpus, fold_blobs = _SCORING
    held, blob = fold_blobs[n]
    model = rm.read_model(_blob(*blob))
    rules = rules_pipeline()
    parts = []
    for writer in held:
        mine = corpus.subset([i for i, w in enumerate(corpus.writers) if w == writer])
        parts.append(held_out(model, rules, mine.texts, mine.labels, mine.langs, writer))
    return concat(parts)


def evaluate(path: Path, corpus: Corpus, dev: list, writers: str | None) -> int:
    """Report a weights file at its own thresholds: on training writers' lines and on the dev split."""
    model = rm.read_model(path.read_bytes())
    chosen = writers.split(",") if writers else corpus.chat_writers()
    mine = corpus.subset([i for i, w in enumerate(corpus.writers) if w in chosen])
    rules = rules_pipeline()
    limits: Limits = {
        c: model.info.limits(c) if c in model.info.thresholds else dict.fromkeys(rm.LANGUAGES, (1.0, None))
        for c in CATEGORIES
    }
    print(f"  {path}: thresholds {limits}")
    scored = held_out(model, rules, mine.texts, mine.labels, mine.langs)
    report(f"writers {', '.join(chosen)}", scored, limits)
    on_dev = held_out(model, rules, [r.text for r in dev], [r.labels for r in dev], [r.lang for r in dev])
    report("dev split", on_dev, limits)
    return 0


#: The threshold layouts :func:`compare_schemes` measures.
SCHEMES = {
    "one threshold per category (concept or not)": Scheme(by_language=False, two=False),
    "two per category (with / without the concept)": Scheme(by_language=False, two=True),
    "one per category and language": Scheme(by_language=True, two=False),
    "two per category and language": Scheme(by_language=True, two=True),
}


def compare_schemes(lowo: Held, on_dev: Held, budgets: dict[str, Budget]) -> int:
    """Each threshold layout (:data:`SCHEMES`) judged on lines its thresholds were not chosen on.

    The folds are the chat writers held out (in the pairs they were scored in) and the dev split; each fold is
    judged at thresholds chosen (and budgeted) on every other fold's lines, so a layout with more thresholds
    gets no credit for fitting the lines it is judged on. Prints the rules alone against the rules with the
    model, pooled over the writers' folds and on dev, per category and language.
    """
    pairs: list[list[str]] = []
    for writer in sorted(set(lowo.writers), key=lambda w: (len(w), w)):
        if pairs and len(pairs[-1]) == 1 and _pair(pairs[-1][0]) == _pair(writer):
            pairs[-1].append(writer)
        else:
            pairs.append([writer])
    for name, scheme in SCHEMES.items():
        judged = []
        for fold in pairs:
            rest = concat([lowo.of(set(lowo.writers) - set(fold)), on_dev])
            limits = within_budget(choose(rest, budgets, scheme), budgets, scheme, rest)
            mine = lowo.of(set(fold))
            judged.append((mine, mine.model(limits)))
        limits = within_budget(choose(lowo, budgets, scheme), budgets, scheme, lowo)
        judged_dev = (on_dev, on_dev.model(limits))
        writers = concat([h for h, _ in judged])
        model = np.concatenate([m for _, m in judged])
        report(f"{name}: writers, each pair judged by thresholds chosen without it", writers, None, model)
        report(f"{name}: dev, judged by thresholds chosen on the writers", on_dev, None, judged_dev[1])
    return 0


def _pair(writer: str) -> int:
    """The fold of a chat writer when held out in pairs (T1+T2, T3+T4, ...: see :func:`folds_of`)."""
    return (int(writer.lstrip("T")) - 1) // 2 if writer.lstrip("T").isdigit() else -1


#: The categories the data-scaling measure follows (the ones the model has added least to).
SCALING_CATEGORIES = ("risk.threat", "risk.self_harm", "risk.harassment", "risk.medical_claim")


def scaling(
    corpus: Corpus,
    held: list[str],
    published_train: dict[str, list[str]],
    published: dict[str, list[str]],
    recipe: Recipe,
    args: argparse.Namespace,
) -> int:
    """Held-out recall of models trained on 4, 8 and every chat writer (the held-out writers fixed).

    The pool is the chat writers not held out, in their numeric order (T1, T2, ...); templates and prose are
    always trained on. Per category: the model alone's recall at precision >= MIN_PRECISION at the lowest
    threshold that stays within the published budget (scored by that model), the rules with the model at
    that threshold, and the model's average precision (threshold-free) on the held-out lines.
    """
    unknown = set(held) - set(corpus.chat_writers())
    if unknown:
        raise SystemExit(f"--scaling: no chat writer {sorted(unknown)}")
    pool = sorted((w for w in corpus.chat_writers() if w not in held), key=lambda w: (len(w), w))
    rules = rules_pipeline()
    test = corpus.subset([i for i, w in enumerate(corpus.writers) if w in held])
    wanted = [len(pool) if n == "all" else int(n) for n in args.scaling_sizes.split(",")]
    sizes = sorted({n for n in wanted if 0 < n <= len(pool)})
    print(f"  held out: {', '.join(held)} ({len(test.texts)} lines); pool: {', '.join(pool)}")
    rows = []
    for n in sizes:
        train = set(pool[:n])
        keep = [i for i, w in enumerate(corpus.writers) if w in train or w == "templates" or corpus.prose[i]]
        fitted = fit_model(corpus.subset(keep), published_train, recipe)
        scored = held_out(fitted.model, rules, test.texts, test.labels, test.langs)
        budget = {name: effective_scores(fitted.model, lines) for name, lines in published.items()}
        rows.append((n, len(keep), scored, budget))
    langs = languages(test.texts)
    published_langs = {name: languages(lines) for name, lines in published.items()}
    print(
        f"\n  {'category':22} {'writers':>7} {'lines':>6}  model alone R at P>=.9  rules R -> +model  AP"
        "   per language: model alone R, rules -> +model"
    )
    for category in SCALING_CATEGORIES:
        k = CATEGORIES.index(category)
        for n, lines, scored, budget in rows:
            truth = scored.truth[:, k]
            floor = max(_budget_threshold(s[:, k], args.published_budget) for s, _ in budget.values())
            scores = scored.scores[:, k]
            recall, threshold = 0.0, 1.0
            for t in sorted(set(np.round(scores[scores >= max(0.5, floor)], 4))):
                if _precision(scores >= t, truth) >= MIN_PRECISION:
                    recall, threshold = float(((scores >= t) & truth).sum() / truth.sum()), float(t)
                    break
            rules_r = (scored.rules[:, k] & truth).sum() / truth.sum()
            both_r = ((scored.rules[:, k] | (scores >= threshold)) & truth).sum() / truth.sum()
            # The same with a threshold per language, each bound only by its own language's lines of each source.
            by_lang = np.zeros(len(truth), dtype=bool)
            for lang in rm.LANGUAGES:
                mine = langs == lang
                floor = max(
                    _budget_threshold(s[:, k] * (published_langs[name] == lang), args.published_budget)
                    for name, (s, _) in budget.items()
                )
                for t in sorted(set(np.round(scores[mine & (scores >= max(0.5, floor))], 4))):
                    if _precision(mine & (scores >= t), truth) >= MIN_PRECISION:
                        by_lang |= mine & (scores >= t)
                        break
            lang_r = (by_lang & truth).sum() / truth.sum()
            lang_both = ((scored.rules[:, k] | by_lang) & truth).sum() / truth.sum()
            print(
                f"  {category:22} {n:7} {lines:6}  {recall:10.2f} (t {threshold:.3f})"
                f"       {rules_r:.2f} -> {both_r:.2f}   {_average_precision(scores, truth):.3f}"
                f"   {lang_r:.2f}, {rules_r:.2f} -> {lang_both:.2f}"
            )
    return 0


def _average_precision(scores: np.ndarray, truth: np.ndarray) -> float:
    """Average precision of a ranking by ``scores`` (lines scored 0, gated out or vetoed, rank last)."""
    order = np.argsort(-scores, kind="stable")
    hits = truth[order]
    if not hits.any():
        return 0.0
    precision_at = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision_at * hits).sum() / hits.sum())


def rules_pipeline() -> object:
    """The default pipeline with the model off: what the rules raise."""
    import dataclasses

    from castguard.core.policy import load_policy
    from castguard.filters.pipeline import Pipeline

    policy = load_policy()
    return Pipeline(dataclasses.replace(policy, model=dataclasses.replace(policy.model, enabled=False)))


def held_out(
    model: rm.Model, rules: object, texts: list[str], labels: list[set[str]], langs: list[str], writer: str = ""
) -> Held:
    """Score lines the model never saw (written by ``writer``), and what the rules raise on them."""
    from bench_detection import detect

    found = detect(rules, texts)  # type: ignore[arg-type]
    scores, concept = effective_scores(model, texts)
    return Held(
        texts=list(texts),
        truth=np.array([[c in row for c in CATEGORIES] for row in labels], dtype=bool).reshape(-1, len(CATEGORIES)),
        langs=list(langs),
        unlabelled=np.array([not (row & set(CATEGORIES)) for row in labels], dtype=bool),
        rules=np.array([[c in {f.category for f in fs} for c in CATEGORIES] for fs in found], dtype=bool).reshape(
            -1, len(CATEGORIES)
        ),
        scores=scores,
        concept=concept,
        opened=np.array([model.passes_gate(t.lower()) for t in texts], dtype=bool),
        writers=[writer] * len(texts),
    )


def concat(parts: list[Held]) -> Held:
    return Held(
        texts=[t for p in parts for t in p.texts],
        truth=np.concatenate([p.truth for p in parts]),
        langs=[lang for p in parts for lang in p.langs],
        unlabelled=np.concatenate([p.unlabelled for p in parts]),
        rules=np.concatenate([p.rules for p in parts]),
        scores=np.concatenate([p.scores for p in parts]),
        concept=np.concatenate([p.concept for p in parts]),
        opened=np.concatenate([p.opened for p in parts]),
        writers=[w for p in parts for w in p.writers],
    )


def _precision(predicted: np.ndarray, truth: np.ndarray) -> float:
    return float((predicted & truth).sum() / predicted.sum()) if predicted.any() else 1.0


def choose(pooled: Held, budgets: dict[str, Budget], scheme: Scheme) -> Limits:
    """Per category and language group (:class:`Scheme`) the thresholds, on lines no model saw.

    The lowest probability at which the model alone keeps precision >= MIN_PRECISION on the group's lines, the
    rules with the model keep it on the category's lines (or lose none where the rules alone are below it) and
    lose at most MAX_PRECISION_LOSS against the rules alone, and at which the group alone stays within every
    budgeted source's share. With :attr:`Scheme.two`, first with the category's concept in the message, then,
    never lower, without it (each its own threshold); else one threshold, with the concept or without it,
    whichever adds more recall to the rules (ties keep the concept). Nothing qualifying: never raised.
    """
    langs = pooled.guessed()
    limits: Limits = {c: dict.fromkeys(rm.LANGUAGES, (1.0, None)) for c in CATEGORIES}
    for k, category in enumerate(CATEGORIES):
        if category not in RAISED:
            continue
        truth, rules, concept, scores = (
            pooled.truth[:, k],
            pooled.rules[:, k],
            pooled.concept[:, k],
            pooled.scores[:, k],
        )
        own = _precision(rules, truth)
        floor = max(min(MIN_PRECISION, own - 0.005), own - MAX_PRECISION_LOSS)
        for group in scheme.groups():
            mine = np.isin(langs, group)
            none = np.zeros(len(truth), dtype=bool)
            if scheme.two:
                with_concept = scores * (mine & concept)
                t_with = _first(with_concept, _lowest(budgets, k, group, True), none, truth, rules, floor)
                before = with_concept >= (2.0 if t_with is None else t_with)
                without = scores * (mine & ~concept)
                # Never lower than the threshold with the concept (certainty where that has none).
                bound = max(1.0 if t_with is None else t_with, _lowest(budgets, k, group, False))
                pair: tuple[float, float | None] = (
                    1.0 if t_with is None else t_with,
                    _first(without, bound, before, truth, rules, floor),
                )
            else:
                best: tuple[int, bool, float] = (0, True, 1.0)
                for needs_concept in (True, False):
                    candidates = scores * mine * (concept if needs_concept else 1)
                    t = _first(candidates, _lowest(budgets, k, group, needs_concept or None), none, truth, rules, floor)
                    if t is not None:
                        gain = int(((rules | (candidates >= t)) & truth).sum() - (rules & truth).sum())
                        if gain > best[0]:
                            best = (gain, needs_concept, t)
                pair = (best[2], None if best[1] else best[2])
            for lang in group:
                limits[category][lang] = pair
    return limits


def _lowest(budgets: dict[str, Budget], k: int, group: tuple[str, ...], with_concept: bool | None) -> float:
    """The lowest threshold every source's budget allows category ``k`` alone on the lines read in ``group``'s
    languages, with its concept (True), without it (False) or either (None)."""
    return max(
        _budget_threshold(
            s[:, k] * (1 if with_concept is None else c[:, k] == with_concept) * np.isin(langs, group), share
        )
        for s, c, langs, share in budgets.values()
    )


def _first(
    candidates: np.ndarray, bound: float, before: np.ndarray, truth: np.ndarray, rules: np.ndarray, floor: float
) -> float | None:
    """The lowest threshold (at least ``bound`` and 0.5) at which the ``candidates``' flags keep precision
    >= MIN_PRECISION alone and with what the model flags already (``before``), and the rules with them keep
    ``floor``."""
    for t in sorted(set(np.round(candidates[candidates >= max(0.5, bound)], 4))):
        model = (candidates >= t) | before
        if (
            _precision(candidates >= t, truth) >= MIN_PRECISION
            and _precision(model, truth) >= MIN_PRECISION
            and _precision(rules | model, truth) >= floor
        ):
            return float(t)
    return None


def _budget_threshold(scores: np.ndarray, budget_share: float) -> float:
    """The lowest threshold at which at most ``budget_share`` of these lines score at or above it."""
    budget = int(budget_share * len(scores))
    ranked = np.sort(scores)[::-1]
    if budget >= len(ranked) or ranked[budget] <= 0:
        return 0.0
    return float(ranked[budget]) + 1e-4


def within_budget(limits: Limits, budgets: dict[str, Budget], scheme: Scheme, pooled: Held | None = None) -> Limits:
    """``limits`` raised until the model flags at most its share of any budgeted source's lines (every category
    together).

    Each step unflags one more line of a source over budget by raising one threshold (a category's in one
    language group, with or without its concept): the one whose raise costs the fewest positives the model adds to
    the rules on the ``pooled`` held-out lines (the published budget spent where it buys the most recall), the one
    flagging the most lines on a tie. A threshold without the concept is never left below the one with it; with
    one threshold per category (not :attr:`Scheme.two`) the two move together.
    """
    limits = {c: dict(v) for c, v in limits.items()}
    slots = [
        (k, c, group, with_)
        for k, c in enumerate(CATEGORIES)
        if c in RAISED
        for group in scheme.groups()
        for with_ in (True, False)
    ]
    extra: dict[tuple[int, tuple[str, ...], bool], np.ndarray] = {}
    if pooled is not None:
        # Per threshold: the held-out scores of the positives only the model finds (the rules miss them).
        langs = pooled.guessed()
        for k, _, group, with_ in slots:
            mine = np.isin(langs, group) & (pooled.concept[:, k] == with_)
            extra[(k, group, with_)] = pooled.scores[:, k][mine & pooled.truth[:, k] & ~pooled.rules[:, k]]

    def value(category: str, group: tuple[str, ...], with_: bool) -> float | None:
        pair = limits[category][group[0]]
        return pair[0] if with_ else pair[1]

    def set_value(category: str, group: tuple[str, ...], with_: bool, t: float) -> None:
        for lang in group:
            w, o = limits[category][lang]
            if with_:
                w = t
                if o is not None and (not scheme.two or o < t):
                    o = t
            else:
                o = t
                if not scheme.two:
                    w = t
            limits[category][lang] = (w, o)

    for scores, concept, langs_of, share in budgets.values():
        budget = int(share * len(scores))
        while True:
            flagged = flags(limits, scores, concept, langs_of)
            if flagged.any(axis=1).sum() <= budget:
                break
            best: tuple[tuple[int, int, int], tuple[int, str, tuple[str, ...], bool], float] | None = None
            for n, (k, category, group, with_) in enumerate(slots):
                t = value(category, group, with_)
                if t is None or t >= 1.0:
                    continue
                hit = flagged[:, k] & np.isin(langs_of, group) & (concept[:, k] == with_)
                if not hit.any():
                    continue
                raised = min(1.0, float(scores[hit, k].min()) + 1e-4)
                held = extra.get((k, group, with_))
                lost = 0 if held is None else int(((held >= t) & (held < raised)).sum())
                key = (lost, -int(hit.sum()), n)
                if best is None or key < best[0]:
                    best = (key, (k, category, group, with_), raised)
            if best is None:
                break  # only scores of 1.0 are left: nothing a threshold can do
            _, (_, category, group, with_), raised = best
            set_value(category, group, with_, raised)
    return limits


def report(title: str, held: Held, limits: Limits | None, model: np.ndarray | None = None) -> None:
    """Rules alone against rules with the model, per category and per language, and look-alikes left clean
    (``model``: what the model raised, when not ``limits``')."""
    if model is None:
        assert limits is not None
        model = held.model(limits)
    both = held.rules | model
    print(f"\n  {title}: {len(held.texts)} lines")
    print(f"  {'category':34} {'rules P / R':>12}  {'+model P / R':>13}   R by language (rules -> +model)")
    long_enough = np.array([len(t.split()) >= rm.MIN_WORDS for t in held.texts], dtype=bool)
    for k, category in enumerate(CATEGORIES):
        truth = held.truth[:, k]
        if not truth.any():
            continue
        cells = []
        for lang in ("en", "es", "ru"):
            mine = np.array([x == lang for x in held.langs]) & truth
            if mine.any():
                before, after = (held.rules[:, k] & mine).sum() / mine.sum(), (both[:, k] & mine).sum() / mine.sum()
                cells.append(f"{lang} {before:.2f}->{after:.2f}")
        r1 = (held.rules[:, k] & truth).sum() / truth.sum()
        r2 = (both[:, k] & truth).sum() / truth.sum()
        p1, p2 = _precision(held.rules[:, k], truth), _precision(both[:, k], truth)
        scored = truth & long_enough
        gate = (held.opened & scored).sum() / max(1, scored.sum())
        alone = f"{_precision(model[:, k], truth):4.2f} / {(model[:, k] & truth).sum() / truth.sum():4.2f}"
        print(
            f"  {category:34} {p1:5.2f} / {r1:4.2f}  {p2:5.2f} / {r2:4.2f}   {'  '.join(cells)}"
            f"   model alone {alone}, gate {gate:.3f}"
        )
    n = int(held.unlabelled.sum())
    risk = [k for k, c in enumerate(CATEGORIES) if c != "health.adverse_event"]
    clean_rules = (~held.rules[:, risk].any(axis=1) & held.unlabelled).sum() / max(1, n)
    clean_both = (~both[:, risk].any(axis=1) & held.unlabelled).sum() / max(1, n)
    print(f"  unlabelled lines left clean        {clean_rules:5.3f}          {clean_both:5.3f}   ({n} lines)")
    raised = [k for k, c in enumerate(CATEGORIES) if c in RAISED]
    positives = held.truth[:, raised].any(axis=1) & long_enough
    print(
        f"  the gate lets through {(held.opened & positives).sum() / max(1, positives.sum()):.3f} of the positives"
        f" of the categories the model raises (3+ words), {held.opened[held.unlabelled].mean():.3f} of the"
        " unlabelled lines"
    )


def fit_model(corpus: Corpus, published: dict[str, list[str]], recipe: Recipe, verbose: bool = False) -> Fitted:
    """Choose the gate and fit the regressions: the model (thresholds not chosen yet), its header and weights.

    ``published`` is the half of each published source the model may see (:func:`split_published`): the gate's
    background, and with :attr:`Recipe.published_negatives` its lines that open the gate are trained on as lines
    no category may flag (a line the gate keeps shut is never scored, so it has nothing to teach).
    """
    clean_chat = [t for t, ordinary in zip(corpus.texts, corpus.chat, strict=True) if ordinary]
    # Prose is background like published text: a stem it is full of opens the gate for nothing.
    prose = [t for t, p in zip(corpus.texts, corpus.prose, strict=True) if p]
    background = [line for lines in published.values() for line in lines]
    stems = gate_stems(
        gate_positives(corpus.texts, corpus.labels, corpus.known), background + prose, clean_chat, verbose=verbose
    )
    texts, labels, known = list(corpus.texts), list(corpus.labels), list(corpus.known)
    if recipe.published_negatives:
        negatives = [line for line in background if opens_gate(stems, line)]
        texts += negatives
        labels += [set() for _ in negatives]
        known += [frozenset(CATEGORIES)] * len(negatives)
        if verbose:
            print(f"  published lines trained on as clean: {len(negatives)} (of {len(background)} in the trained half)")
    weights, biases = fit(matrix(texts), labels, known, recipe.c, recipe.seed, recipe.class_weight)
    payload, scales = quantise(weights)
    # The negatives above were chosen by the whole cover; the fillers leave the gate after (see without_fillers).
    stems = without_fillers(stems)
    header: dict[str, object] = {
        "format": rm.FORMAT,
        "version": rm.VERSION,
        "features": rm.FEATURES,
        "categories": list(CATEGORIES),
        "scales": scales,
        "biases": [float(b) for b in biases],
        "thresholds": dict.fromkeys(CATEGORIES, 0.999),
        "gate": stems,
        "training": {
            "C": recipe.c,
            "class_weight": recipe.class_weight or "none",
            "published_negatives": recipe.published_negatives,
        },
    }
    model = rm.read_model(_blob(header, payload))
    if verbose:
        share = sum(model.passes_gate(t.lower()) for t in clean_chat) / len(clean_chat)
        print(f"  gate: {share:.1%} of clean chat lines pass")
    return Fitted(model, header, payload)


_GATES: dict[tuple[str, ...], object] = {}


def without_fillers(stems: list[str]) -> list[str]:
    """The gate's stems less any of :data:`CHAT_FILLERS` or inside one (applied once a model is fitted, so that
    models fitted and cached before the fillers were left out read the same as those fitted after)."""
    return [stem for stem in stems if not any(stem in filler for filler in CHAT_FILLERS)]


def _gated(blob: Blob) -> Blob:
    """A cached fitted model with :func:`without_fillers` applied to its gate."""
    header, payload = blob
    return {**header, "gate": without_fillers(list(header["gate"]))}, payload  # type: ignore[call-overload]


def opens_gate(stems: list[str], line: str) -> bool:
    """True when the runtime's gate (:meth:`castguard.filters.risk_model.Model.passes_gate`) with these stems
    lets ``line`` through to scoring."""
    import ahocorasick

    key = tuple(stems)
    automaton = _GATES.get(key)
    if automaton is None:
        _GATES.clear()
        automaton = _GATES[key] = ahocorasick.Automaton()
        for stem in stems:
            automaton.add_word(stem, stem)
        if stems:
            automaton.make_automaton()
    lower = line.lower()
    if stems and next(automaton.iter(lower), None) is not None:  # type: ignore[attr-defined]
        return True
    return rm._OBFUSCATION_HINT in rm.risk_candidates(lower)


def effective_scores(model: rm.Model, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Probabilities (lines x categories) as the filter acts on them, and where each category's concept is.

    A probability is 0 where the gate stays shut or a speech act vetoes it (:func:`rm.confirmed` without the
    concept); the concept matrix says whether :func:`rm.confirmed` would also find the category's concept.
    """
    out = np.zeros((len(texts), len(CATEGORIES)))
    concept = np.zeros((len(texts), len(CATEGORIES)), dtype=bool)
    for i, text in enumerate(texts):
        if not model.passes_gate(text.lower()):
            continue
        scores = model.scores(text)
        readable = rm.readable_copy(text)
        for k, category in enumerate(CATEGORIES):
            score = scores[category]
            # Only a score that could reach a threshold is worth reading the speech act for.
            if score >= 0.5 and rm.confirmed(
                text, category, model.strongest_word(text, category), concept=False, readable=readable
            ):
                out[i, k] = score
                concept[i, k] = rm.has_concept(readable, category)
    return out, concept


def _blob(header: dict[str, object], payload: bytes) -> bytes:
    return json.dumps(header, sort_keys=True).encode() + b"\n" + zlib.compress(payload, 9)


if __name__ == "__main__":
    raise SystemExit(main())
