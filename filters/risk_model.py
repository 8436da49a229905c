"""A small statistical risk model shipped in the package: catches what the rules' phrasings miss.

One-vs-rest logistic regression over hashed features of the normalised text
(word unigrams and bigrams, character 4-5-grams of each word), trained by
``benchmarks/train_risk_model.py`` on independently written lines and
castguard's templates. The weights live in ``filters/data/risk_model.bin``:
a JSON header line (format version, feature spec, training-data hash,
per-category scale, bias and threshold, the gate's stems) followed by the
zlib-compressed weights, one unsigned byte per (feature, category).

Scoring is pure Python over the stdlib (no scikit-learn or numpy at run
time) and runs only on messages that pass a cheap gate: an Aho-Corasick scan
of the lower-cased text for the stems that carry the model's largest
positive weights, or a sign of obfuscation (letters spaced out, digits inside
words) that the gate's stems cannot see.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

import ahocorasick

from castguard.core.model import CATEGORIES, ChatMessage, Finding, Severity
from castguard.core.policy import Policy
from castguard.filters import speech, triggers
from castguard.filters.normalize import deobfuscate
from castguard.filters.prepass import Prepared, prepare
from castguard.filters.risk import _OBFUSCATION_HINT, VETOES, merely_rude
from castguard.filters.risk import candidates as risk_candidates
from castguard.filters.risk_lexicon import LEXICONS

FORMAT = "castguard-risk-model"
VERSION = 1
MODEL_FILE = "risk_model.bin"
#: The feature spec the code computes; a weights file made for another spec is refused.
FEATURES: dict[str, object] = {
    "hash": "crc32",
    "bits": 18,
    "words": [1, 2],
    "chars": [4, 5],
    "normalise": "nfkc-casefold-leet-repeats-spaced-1",
    "norm": "counts-over-sqrt-count",
}
BITS = 18
MASK = (1 << BITS) - 1
#: Bits per category in the packed sums (see :class:`Model`): room for 65,000 features of 255.
_FIELD = 24
_FIELD_MASK = (1 << _FIELD) - 1
#: Only the first characters of a message are scored (a chat message is capped well below this).
_MAX_CHARS = 1000
#: Words whose packed feature sums are remembered (chat vocabulary repeats; a full cache is cleared).
_WORD_CACHE = 50_000
_SEVERITY = {"risk.threat": Severity.CRITICAL, "risk.self_harm": Severity.CRITICAL}
"""Severity of a model finding (the policy's rule for the category decides what happens); WARN otherwise."""

#: Zero-width characters, soft hyphens and apostrophes: removed, so that "don't" and "dont" are one word.
_STRIP = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad'’`´"), None)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_WORD = re.compile(r"\w+")
_LEETY = re.compile(r"[^\W\d_][0-9@$]|[0-9@$][^\W\d_]")
_REPEATS = re.compile(r"(\w)\1{2,}")
#: Three or more single letters separated by single spaces (``k i l l``); a wider gap ends the word.
_SPACED = re.compile(r"(?<!\S)\w(?: \w){2,}(?!\S)")


def normalise(text: str) -> list[str]:
    """The words of ``text`` as the model reads them.

    NFKC (full-width and circled letters), case-folded, zero-width characters
    and apostrophes removed (``don't`` -> ``dont``), leetspeak undone inside
    words that mix letters and digits (``k1ll``), runs of three or more equal
    letters cut to two (``diiiie`` -> ``diie``), single letters spaced out
    joined back (``k i l l``), numbers read as ``0``.
    """
    text = _folded(text[:_MAX_CHARS])
    if _LEETY.search(text):
        text = " ".join(raw.translate(_LEET) if _LEETY.search(raw) else raw for raw in text.split())
    text = _SPACED.sub(_unspaced, _REPEATS.sub(r"\1\1", text))
    return [word if not word.isdigit() else "0" for word in _WORD.findall(text)]


def _folded(text: str) -> str:
    """``text`` case-folded (NFKC first unless ASCII) with :data:`_STRIP`'s characters removed."""
    if text.isascii():
        # NFKC leaves ASCII as it is, and case-folds it as lower() does; of _STRIP only two are ASCII.
        return text.lower().replace("'", "").replace("`", "")
    return unicodedata.normalize("NFKC", text).casefold().translate(_STRIP)


def _token_words(token: str) -> tuple[str, ...]:
    """What :func:`normalise` makes of one whitespace-free token of folded text (leet, repeats, words, numbers)."""
    if _LEETY.search(token):
        token = token.translate(_LEET)
    return tuple(word if not word.isdigit() else "0" for word in _WORD.findall(_REPEATS.sub(r"\1\1", token)))


def _unspaced(m: re.Match[str]) -> str:
    return m.group(0).replace(" ", "")


def word_features(word: str) -> list[str]:
    """Features of one word: the word itself and the character 4-5-grams of `` word `` (prefix: the kind).

    Trigrams were dropped: on the dev split they cost average precision (0.942 -> 0.950 without them),
    being shared by too many unrelated words.
    """
    padded = " " + word + " "
    size = len(padded)
    out = ["w" + word]
    for n in (4, 5):
        out.extend(["c" + padded[start : start + n] for start in range(size - n + 1)])
    return out


def feature_strings(words: list[str]) -> list[str]:
    """The features of a normalised message, before hashing, repeated as often as they occur."""
    out = [f for word in words for f in word_features(word)]
    out.extend([f"b{a} {b}" for a, b in pairwise(words)])
    return out


def hashed(feature: str) -> int:
    """The index of a feature in the hashed space."""
    return zlib.crc32(feature.encode()) & MASK


def feature_hashes(words: list[str]) -> list[int]:
    """Hashed feature indexes of a normalised message (one per occurrence)."""
    return [hashed(f) for f in feature_strings(words)]


#: Words only Spanish writes (function words, pronouns, the commonest verbs), as :func:`normalise` reads them
#: (accents kept, apostrophes dropped). Words both languages write ("a", "no", "me") count for neither.
_SPANISH_WORDS = frozenset(
    "que por para gracias hola tengo tienes tiene mi mis tu tus su sus es está estás estoy el él los las un una uno"
    " pero con sin cómo como qué cuándo cuando dónde donde porque puedo puede ayuda sí si también de del la lo le"
    " les y en se al desde muy mucho mucha más ya quiero quieres quiere nadie nada nunca jamás soy eres son hoy"
    " ahora aquí hay voy vas va vamos van todo todos toda siento sé creo mejor peor ser estar hacer tú te yo nos ni"
    " otra otro este esta esto eso ella ellos bien mal gente solo sola así tan algo siempre todavía aún hasta"
    " ayer mañana noche día casa vete mira oye".split()
)
#: Words only English writes, weighed against :data:`_SPANISH_WORDS`.
_ENGLISH_WORDS = frozenset(
    "the i im ill you youre your is are was were to of and it its my this that what with in on for have has do does"
    " dont not be just so can will want wanna how he she we they at but if all any anymore feel like get know"
    " think really am why who when where there here please thanks hi hello hey lol take took after since from"
    " about would should could did been an or out up me him her them our their".split()
)


LANGUAGES = ("en", "es", "ru")


def language(words: list[str]) -> str:
    """``en``, ``es`` or ``ru``: the language of a message's words (:func:`normalise`), for choosing thresholds.

    Mostly Cyrillic letters read as Russian; otherwise Spanish when its own words outnumber English ones (or
    an ``ñ`` is there), else English. Published text is judged per language, so the thresholds are too.
    """
    cyrillic = latin = 0
    for word in words:
        first = word[0]
        if "а" <= first <= "я" or first == "ё":
            cyrillic += 1
        elif first.isalpha():
            latin += 1
    if cyrillic and cyrillic >= latin:
        return "ru"
    spanish = sum(1 for word in words if word in _SPANISH_WORDS or "ñ" in word)
    english = sum(1 for word in words if word in _ENGLISH_WORDS)
    return "es" if spanish > english else "en"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What the weights file's header says."""

    categories: tuple[str, ...]
    scales: tuple[float, ...]
    biases: tuple[float, ...]
    thresholds: dict[str, float]
    gate: tuple[str, ...]
    training: dict[str, object]
    concept_free: frozenset[str] = frozenset()
    """Categories whose findings stand without their concept's words (:data:`CONCEPTS`) in some language: chosen
    at training time where the writers held out in turn showed the model precise without them."""
    by_language: dict[str, dict[str, tuple[float, float | None]]] | None = None
    """Per category and language (:func:`language`): the threshold with the category's concept in the message
    and the one without it (``None``: never raised without it). Absent in older files: every language then
    uses :attr:`thresholds`, without the concept only for :attr:`concept_free` categories."""

    def limits(self, category: str) -> dict[str, tuple[float, float | None]]:
        """Per language, the thresholds with and without the category's concept (:attr:`by_language`)."""
        if self.by_language is not None and category in self.by_language:
            return dict(self.by_language[category])
        t = self.thresholds[category]
        return dict.fromkeys(LANGUAGES, (t, t if category in self.concept_free else None))


class Model:
    """The loaded weights and the scorer.

    Every feature's weights for all categories are packed into one Python int
    (a 24-bit field per category holding the weight byte, 0-255, with 128 for
    zero), so a message's raw sums for every category come from one
    ``sum(map(...))`` in C instead of one pass per category.
    """

    def __init__(self, info: ModelInfo, weights: bytes) -> None:
        self.info = info
        count = len(info.categories)
        if len(weights) != count << BITS:
            raise ValueError(f"weights: expected {count << BITS} bytes, got {len(weights)}")
        zero_row = bytes([128]) * count
        wide = bytearray(3 * count)
        zero = _pack(wide, zero_row)
        packed = [zero] * (1 << BITS)
        for index in range(1 << BITS):
            row = weights[index * count : (index + 1) * count]
            if row != zero_row:
                packed[index] = _pack(wide, row)
        self._packed = packed
        self._words: dict[str, tuple[int, int]] = {}
        """Per word: the packed sum of its features' weights and how many there are (scores are the same
        with or without it; bounded by clearing it when full)."""
        self._pairs: dict[tuple[str, str], int] = {}
        """The same for word bigrams: their packed weights."""
        self._slots = [
            (bias, scale, _FIELD * slot)
            for slot, (bias, scale) in enumerate(zip(info.biases, info.scales, strict=True))
        ]
        """Per category: its bias, its scale and where its field sits in a packed sum."""
        self._tokens: dict[str, tuple[str, ...]] = {}
        """Per whitespace-separated token of folded text: the words :func:`normalise` reads in it."""
        automaton = ahocorasick.Automaton()
        for stem in info.gate:
            automaton.add_word(stem, stem)
        if info.gate:
            automaton.make_automaton()
        self._gate = automaton

    def passes_gate(self, lower: str, candidates: set[int] | None = None) -> bool:
        """True when a message (lower-cased) is worth scoring: a gate stem occurs, or it looks obfuscated.

        Obfuscated means what the risk rules' own hints say (a digit or symbol inside a word, a letter
        tripled or standing alone between separators, a zero-width character: :func:`castguard.filters.risk.
        candidates`), which the pipeline's shared pass has already found (``candidates``).
        """
        if self.info.gate:
            for _ in self._gate.iter(lower):
                return True
        if candidates is None:
            candidates = risk_candidates(lower)
        return _OBFUSCATION_HINT in candidates

    def _entry(self, word: str) -> tuple[int, int]:
        """The packed sum of one word's feature weights and how many features it has (cached)."""
        cache = self._words
        entry = cache.get(word)
        if entry is None:
            if len(cache) >= _WORD_CACHE:
                cache.clear()
            hashes = [hashed(f) for f in word_features(word)]
            entry = cache[word] = (sum(map(self._packed.__getitem__, hashes)), len(hashes))
        return entry

    def words(self, text: str) -> list[str]:
        """:func:`normalise` of ``text``, read token by token with each token's words remembered.

        Equal to :func:`normalise` (tested on every benchmark line): leetspeak, stretched letters and
        numbers never cross whitespace, and letters spaced out (three one-character tokens in a row,
        rare) send the message through :func:`normalise` itself.
        """
        cache = self._tokens
        out: list[str] = []
        run = 0
        for token in _folded(text[:_MAX_CHARS]).split():
            if len(token) == 1:
                run += 1
                if run == 3:
                    return normalise(text)
            else:
                run = 0
            found = cache.get(token)
            if found is None:
                if len(cache) >= _WORD_CACHE:
                    cache.clear()
                found = cache[token] = _token_words(token)
            out += found
        return out

    def scores(self, text: str) -> dict[str, float]:
        """Probability per category for ``text`` (every category of the model)."""
        return {
            category: 1 / (1 + math.exp(-z)) if z > -60 else 0.0
            for category, z in zip(self.info.categories, self.logits(text), strict=True)
        }

    def logits(self, text: str) -> list[float]:
        """The log-odds per category for ``text``, in the order of ``info.categories`` (:meth:`scores` before the
        logistic function: a filter compares them with its thresholds' log-odds and computes no exponential)."""
        return self.logits_of(self.words(text))

    def logits_of(self, words: list[str]) -> list[float]:
        """:meth:`logits` of a message already read into its words (:meth:`words`)."""
        cache = self._words
        pairs = self._pairs
        total = count = 0
        for word in words:
            entry = cache.get(word)
            if entry is None:
                entry = self._entry(word)
            total += entry[0]
            count += entry[1]
        for pair in pairwise(words):
            weight = pairs.get(pair)
            if weight is None:
                if len(pairs) >= _WORD_CACHE:
                    pairs.clear()
                weight = pairs[pair] = self._packed[hashed(f"b{pair[0]} {pair[1]}")]
            total += weight
        count += max(0, len(words) - 1)
        norm = 1 / math.sqrt(count) if count else 0.0
        offset = 128 * count
        return [bias + scale * (((total >> shift) & _FIELD_MASK) - offset) * norm for bias, scale, shift in self._slots]

    def strongest_word(self, text: str, category: str) -> str:
        """The word of ``text`` (as :func:`normalise` reads it) whose features push hardest towards ``category``."""
        slot = self.info.categories.index(category)
        shift = _FIELD * slot
        best, best_value = "", None
        for word in self.words(text):
            packed, count = self._entry(word)
            value = ((packed >> shift) & _FIELD_MASK) - 128 * count
            if best_value is None or value > best_value:
                best, best_value = word, value
        return best


def _logit(p: float) -> float:
    """The log-odds of probability ``p`` (minus or plus infinity at 0 and 1), lowered by a hair so that a score
    exactly at a threshold is compared in probability, as it always was."""
    if p <= 0.0:
        return -math.inf
    if p >= 1.0:
        return math.inf
    return math.log(p / (1 - p)) - 1e-9


def _pack(wide: bytearray, row: bytes) -> int:
    """One row of weight bytes as an int with a 24-bit field per byte (little-endian)."""
    wide[0::3] = row
    return int.from_bytes(wide, "little")


def read_model(blob: bytes) -> Model:
    """Parse a weights file (header line + zlib payload); ``ValueError`` when it is not one for this code."""
    newline = blob.find(b"\n")
    if newline < 0:
        raise ValueError("weights file: no header line")
    header = json.loads(blob[:newline].decode("utf-8"))
    if header.get("format") != FORMAT or header.get("version") != VERSION:
        raise ValueError(f"weights file: format {header.get('format')!r} version {header.get('version')!r}")
    if header.get("features") != FEATURES:
        raise ValueError("weights file: made for another feature spec")
    info = ModelInfo(
        categories=tuple(header["categories"]),
        scales=tuple(float(s) for s in header["scales"]),
        biases=tuple(float(b) for b in header["biases"]),
        thresholds={str(k): float(v) for k, v in header["thresholds"].items()},
        gate=tuple(header["gate"]),
        training=dict(header.get("training", {})),
        concept_free=frozenset(header.get("concept_free", ())),
        by_language=_by_language(header.get("thresholds_by_language")),
    )
    return Model(info, zlib.decompress(blob[newline + 1 :]))


def _by_language(raw: object) -> dict[str, dict[str, tuple[float, float | None]]] | None:
    """The header's ``thresholds_by_language`` (``{category: {lang: [with, without or null]}}``), checked."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ValueError("weights file: thresholds_by_language is not a table")
    out: dict[str, dict[str, tuple[float, float | None]]] = {}
    for category, langs in raw.items():
        if not isinstance(langs, dict) or set(langs) != set(LANGUAGES):
            raise ValueError(f"weights file: thresholds_by_language[{category!r}] must name {', '.join(LANGUAGES)}")
        out[str(category)] = {
            str(lang): (float(pair[0]), None if pair[1] is None else float(pair[1])) for lang, pair in langs.items()
        }
    return out


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    """The model shipped in ``filters/data`` (loaded once per process, ~0.3 s)."""
    return read_model(resources.files("castguard.filters").joinpath("data", MODEL_FILE).read_bytes())


#: Per category, the concept lexicons (:mod:`castguard.filters.risk_lexicon`) one of whose words a message
#: must hold for the model to raise it: the model reads how a thing is said, the lexicon that the thing
#: is there at all (a violent act or a weapon for a threat; "NEXT YEAR YOU WILL BE..." is no threat
#: whatever its shape).
CONCEPTS: dict[str, tuple[str, ...]] = {
    "risk.threat": ("violent", "weapon", "know_where", "place_harm", "body_harm", "violent_obj", "veiled"),
    "risk.self_harm": ("self_act", "self_wish", "farewell", "method_q", "current_cut"),
    "risk.medical_claim": ("remedy", "claim_verb", "claim_passive", "conspiracy", "stop_treat", "disease"),
    "risk.legal": ("legal_act", "legal_actor", "malpractice", "regulator"),
    "risk.advice_request": ("reading", "med", "symptom"),
    "risk.harassment": ("degrade", "insult", "slur", "identity", "body_mock", "sexual", "go_back"),
    "spam.scam": (
        "rx_drug",
        "no_rx",
        "contact",
        "contact_ask",
        "giveaway",
        "invest",
        "impersonate",
        "phish",
        "sell",
        "secret_product",
    ),
}


@lru_cache(maxsize=1)
def _concepts() -> dict[str, re.Pattern[str]]:
    """One pattern per category: every lexicon of :data:`CONCEPTS` in every language."""
    return {
        category: re.compile(
            "|".join(f"(?:{lex[key]})" for lex in LEXICONS.values() for key in keys if key in lex), re.IGNORECASE
        )
        for category, keys in CONCEPTS.items()
    }


#: Fewer words than this give the model too little context to stand on ("fine message" scored as a scam
#: for "message"): a short line is left to the rules, which name what they found.
MIN_WORDS = 3
_WORDS = re.compile(r"\w+")


def confirmed(text: str, category: str, word: str, *, concept: bool = True, readable: str | None = None) -> bool:
    """True when a model score for ``category`` stands: ``text`` has :data:`MIN_WORDS` words, the category's
    concept is in it (unless ``concept`` is false) and no speech act vetoes it.

    The rules' vetoes (:data:`castguard.filters.risk.VETOES`: negation, quotation and reporting,
    hypothetical, debunking, idiom, generic statement...) are read in the readable copy of the message, as
    they are read around a rule's hit: around the category's concept where the message holds it, else around
    ``word``, the word the model leaned on most; a word the readable copy does not hold (rare: a word the two
    readings split apart) is looked for as the whole message. A lone rude word is not harassment
    (:func:`castguard.filters.risk.merely_rude`). ``readable`` is :func:`readable_copy` of ``text`` when the
    caller has it already.
    """
    if readable is None:
        readable = readable_copy(text)
    if not readable:
        return False
    if concept and not has_concept(readable, category):
        return False
    vetoes = VETOES.get(category)
    if not vetoes:
        return True
    start, end = 0, len(readable)
    pattern = _concepts().get(category)
    concept_at = pattern.search(readable) if pattern is not None else None
    if concept_at is not None and concept_at.end() > concept_at.start():
        # The category's concept is read as a rule's hit is ("i would never kill you": the act, not the
        # word the model leaned on, "would", is what the negation governs).
        start, end = concept_at.start(), concept_at.end()
    elif word:
        at = readable.find(word)
        if at < 0 and word.isalpha():
            word = word[:4]
            at = readable.find(word)
        if at >= 0:
            start, end = at, at + len(word)
    own_negation = _NEGATOR_IS_THE_ACT.get(category)
    if own_negation is not None and "negated" in vetoes:
        # "no prescription needed" is the offer, "i don't want to live" the wish: their own negator is read past.
        act = own_negation.sub(_blank, readable)
        if act != readable:
            if speech.any_of(frozenset({"negated"}), act, start, end):
                return False
            vetoes = vetoes - {"negated"}
    if speech.any_of(vetoes, readable, start, end):
        return False
    return not (category == "risk.harassment" and merely_rude(readable, 0, len(readable)))


#: A sale's promise that no prescription (or doctor, or question) is needed, in EN/ES/RU: the negator in it
#: belongs to the offer ("no script needed", "no necesitas receta", "рецепт не нужен"), so it vetoes nothing.
#: A negator outside it still does ("i would never sell xanax, no prescription or not").
_WITHOUT_PRESCRIPTION = re.compile(speech.WITHOUT_PRESCRIPTION)


#: A wish not to live, written with a negator, in EN/ES/RU ("i don't want to live anymore", "i won't be around
#: tomorrow", "no quiero seguir viviendo", "ya no aguanto", "не хочу больше жить", "меня больше не будет"): the
#: negator is the statement, so it vetoes nothing; one outside it still does ("i would never hurt myself").
_NOT_LIVING = re.compile(speech.NOT_LIVING)
#: Per category, the statements whose own negator does not negate them (:func:`confirmed`).
_NEGATOR_IS_THE_ACT: dict[str, re.Pattern[str]] = {"spam.scam": _WITHOUT_PRESCRIPTION, "risk.self_harm": _NOT_LIVING}


def _blank(m: re.Match[str]) -> str:
    """A match replaced by as many spaces (offsets into the text stay where they were)."""
    return " " * (m.end() - m.start())


def has_concept(readable: str, category: str) -> bool:
    """True when the readable copy of a message holds a word of ``category``'s concept (:data:`CONCEPTS`)."""
    pattern = _concepts().get(category)
    return pattern is None or pattern.search(readable) is not None


def readable_copy(text: str) -> str:
    """The de-obfuscated copy of ``text`` the speech acts are read in, or "" when it has under :data:`MIN_WORDS`
    words (then no finding stands)."""
    readable = deobfuscate(text).text
    return readable if len(_WORDS.findall(readable)) >= MIN_WORDS else ""


#: Categories the model scores but leaves to a dedicated filter that names what it found (the adverse-event
#: filter reports the suspect product and the event, which the safety team's intake needs).
OWN_FILTER = frozenset({"health.adverse_event"})


class RiskModelFilter:
    """Risk categories scored by the shipped model, when the policy enables it (``[model] enabled``).

    A category is raised when its probability reaches the threshold (the
    policy's ``[model.thresholds]`` or the one chosen at training time) and
    the category is in castguard's vocabulary. Findings cover the whole
    message (span 0, 0) with the rule id ``model.<category>``. A finding goes through the rules'
    speech acts first (:func:`confirmed`): "he wrote 'I'll kill you', ban him" is not a threat for the
    model either, and the category's concept must be in the message (:data:`CONCEPTS`).
    """

    name = "risk_model"

    def __init__(self, policy: Policy) -> None:
        self.enabled = policy.model.enabled
        self.crisis_guidance = policy.crisis_guidance
        self._limits: list[tuple[int, str, float, dict[str, tuple[float, float, float | None, float]]]] = []
        """Per category raised: its slot in the model, the log-odds of its lowest threshold, and per language
        (:func:`language`) its threshold with the concept, that threshold's log-odds, and the same without the
        concept (``None``: never raised without it)."""
        if not self.enabled:
            return
        model = shipped_model()
        self._model = model
        self._gate = model.passes_gate
        _concepts()  # compiled now (about a second), not on the first message that needs it
        for slot, category in enumerate(model.info.categories):
            if category not in CATEGORIES or category in OWN_FILTER or category not in model.info.thresholds:
                continue
            pairs = model.info.limits(category)
            chosen = policy.model.thresholds.get(category)
            if chosen is not None:
                # The policy's threshold stands for every language, with the concept and, where the model raises
                # the category without it, without.
                pairs = {lang: (chosen, None if without is None else chosen) for lang, (_, without) in pairs.items()}
            table = {
                lang: (with_, _logit(with_), without, math.inf if without is None else _logit(without))
                for lang, (with_, without) in pairs.items()
            }
            lowest = min(min(w, math.inf if o is None else o) for w, o in pairs.values())
            self._limits.append((slot, category, _logit(lowest), table))

    def scan(self, message: ChatMessage) -> list[Finding]:
        """Model findings for one message."""
        return self.scan_prepared(message, prepare(message.text))

    def scan_prepared(self, message: ChatMessage, prepared: Prepared) -> list[Finding]:
        """:meth:`scan`, gating on the pipeline's lower-cased text."""
        # A short line is never confirmed (:data:`MIN_WORDS`): counting its spaces spares the scoring.
        if not self._limits or prepared.lower.count(" ") < MIN_WORDS - 1:
            return []
        candidates = prepared.risk_candidates
        if candidates is None:
            candidates = triggers.shared(prepared)[1]
        if not self._gate(prepared.lower, candidates):
            return []
        text = prepared.text
        model = self._model
        words = model.words(text)
        logits = model.logits_of(words)
        found: list[Finding] = []
        readable: str | None = None
        lang = ""
        for slot, category, lowest, table in self._limits:
            z = logits[slot]
            if z < lowest:
                continue
            if not lang:
                lang = language(words)
            with_, with_limit, without, without_limit = table[lang]
            if z < with_limit and z < without_limit:
                continue
            if readable is None:
                readable = readable_copy(text)
            if not readable:
                return found
            if has_concept(readable, category):
                threshold, limit = with_, with_limit
            elif without is not None:
                threshold, limit = without, without_limit
            else:
                continue
            score = 1 / (1 + math.exp(-z))
            if z < limit or score < threshold:  # the log-odds of a threshold rounded up by a hair
                continue
            word = model.strongest_word(text, category)
            if confirmed(text, category, word, concept=False, readable=readable):
                detail = self.crisis_guidance if category == "risk.self_harm" else f"model score {score:.2f}"
                severity = _SEVERITY.get(category, Severity.WARN)
                found.append(Finding(category, severity, 0, 0, f"model.{category}", detail))
        return found
