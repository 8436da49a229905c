"""Sentiment: a per-message score in [-1, 1] and a windowed negative share for the producer.

:class:`LexiconScorer` reads VADER's lexicon (vaderSentiment 3.3.2's data files, MIT, vendored in
``data/``) and applies
VADER's main rules (boosters, negation over three words, emphasis in capitals,
"but", exclamation and question marks, the ``x / sqrt(x² + 15)`` normalisation)
in one pass with no regular expressions. Emoji are scored from their VADER
descriptions, and a small Spanish and Russian lexicon covers the other two
chat languages. It gives VADER's compound score to within a few hundredths on
ordinary chat at about a twentieth of the cost; messages without a single
lexicon word or emoji return 0.0 after a set lookup per word.

:class:`NegativeShare` is the windowed tracker behind the producer's gauge:
explicit state, time passed in.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from castguard.core.model import ChatMessage
from castguard.filters.prepass import Prepared, prepare

# VADER's constants (vaderSentiment.py): booster increment, caps emphasis, negation scalar.
B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733
N_SCALAR = -0.74
NEGATE = frozenset(
    """aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't didn't doesn't dont
    hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't haven't isn't mightn't mustn't neednt needn't
    never none nope nor not nothing nowhere oughtnt shant shouldnt uhuh wasnt werent oughtn't shan't shouldn't uh-uh
    wasn't weren't without wont wouldnt won't wouldn't rarely seldom despite no
    nunca jamás nada не ни нет никогда""".split()
)
BOOSTERS: dict[str, float] = {
    **dict.fromkeys(
        """absolutely amazingly awfully completely considerable considerably decidedly deeply effing enormous
        enormously entirely especially exceptional exceptionally extreme extremely fabulously flipping flippin
        frackin fracking fricking frickin frigging friggin fully fuckin fucking fuggin fugging greatly hella highly
        hugely incredible incredibly intensely major majorly more most particularly purely quite really remarkably so
        substantially thoroughly total totally tremendous tremendously uber unbelievably unusually utter utterly very
        muy tan super очень так""".split(),
        B_INCR,
    ),
    **dict.fromkeys(
        """almost barely hardly kinda kindof kind-of less little marginal marginally occasional occasionally partly
        scarce scarcely slight slightly somewhat sorta sortof sort-of poco""".split(),
        B_DECR,
    ),
}
#: Spanish and Russian chat words with VADER-scale valences (-4 .. 4).
EXTRA_LEXICON: dict[str, float] = {
    # Spanish
    "bueno": 1.9,
    "buena": 1.9,
    "genial": 2.6,
    "excelente": 3.0,
    "gracias": 1.9,
    "encanta": 2.9,
    "amo": 3.0,
    "feliz": 2.7,
    "increíble": 2.5,
    "increible": 2.5,
    "hermoso": 2.6,
    "bonito": 2.2,
    "mejor": 1.8,
    "ayuda": 1.5,
    "malo": -2.5,
    "mala": -2.5,
    "horrible": -2.5,
    "terrible": -2.1,
    "odio": -2.7,
    "triste": -2.1,
    "asco": -2.6,
    "basura": -2.2,
    "peor": -2.3,
    "estafa": -2.8,
    "mentira": -2.2,
    "mentiroso": -2.5,
    "miedo": -2.2,
    "dolor": -2.0,
    "muerte": -2.9,
    "enojado": -2.4,
    "furioso": -2.8,
    "vergüenza": -2.0,
    "mierda": -2.8,
    "idiota": -2.5,
    "estúpido": -2.4,
    "estupido": -2.4,
    "fraude": -2.8,
    # Russian
    "хорошо": 1.9,
    "отлично": 2.8,
    "спасибо": 1.9,
    "люблю": 3.0,
    "класс": 2.2,
    "круто": 2.3,
    "прекрасно": 2.9,
    "счастлив": 2.7,
    "рад": 2.0,
    "рада": 2.0,
    "лучше": 1.8,
    "помощь": 1.5,
    "плохо": -2.5,
    "ужасно": -2.8,
    "ужас": -2.6,
    "ненавижу": -2.9,
    "грустно": -2.1,
    "отстой": -2.5,
    "мусор": -2.0,
    "хуже": -2.3,
    "обман": -2.6,
    "ложь": -2.3,
    "врут": -2.4,
    "страшно": -2.3,
    "боль": -2.0,
    "смерть": -2.9,
    "злой": -2.2,
    "бесит": -2.6,
    "позор": -2.5,
    "дерьмо": -2.8,
    "идиот": -2.5,
    "тупой": -2.4,
    "мошенники": -2.8,
    "развод": -2.0,
}
_STRIP = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»“”‘’…"


@lru_cache(maxsize=1)
def _lexicons() -> tuple[dict[str, float], dict[str, float]]:
    """(word valences, emoji valences), read once from vaderSentiment 3.3.2's data files (``data/ORIGIN.md``)."""
    pkg = resources.files("castguard.filters").joinpath("data")
    lexicon: dict[str, float] = {}
    for line in pkg.joinpath("vader_lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                lexicon[parts[0]] = float(parts[1])
            except ValueError:
                continue
    lexicon.update(EXTRA_LEXICON)
    emoji: dict[str, float] = {}
    for line in pkg.joinpath("emoji_utf8_lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            value = sum(lexicon.get(w, 0.0) for w in parts[1].lower().split())
            if value:
                emoji[parts[0]] = max(-4.0, min(4.0, value))
    return lexicon, emoji


#: Words that change the valence of the lexicon word after them (when not lexicon words themselves).
_MODIFIERS = frozenset(BOOSTERS) | NEGATE
_BUT = frozenset({"but", "pero", "но"})
_SCALE = (1.0, 0.95, 0.9)


#: Distinct words :class:`_Tokens` remembers before it starts again (chat repeats a small vocabulary).
_TOKENS_KEPT = 50_000


class _Tokens(dict[str, str]):
    """A lower-cased word -> the word VADER scores: its surrounding punctuation stripped.

    VADER keeps a token's punctuation when stripping it would leave two characters or
    fewer, so that emoticons such as ":)" and "<3" survive. Each distinct word is worked
    out once (``__missing__``) and then read with one dictionary look-up; the memory is
    bounded (emptied when full).
    """

    def __missing__(self, token: str) -> str:
        stripped = token.strip(_STRIP)
        if len(stripped) <= 2:
            stripped = token
        if len(self) >= _TOKENS_KEPT:
            self.clear()
        self[token] = stripped
        return stripped


class LexiconScorer:
    """Fast VADER-style compound score for a chat message (the pipeline's default scorer)."""

    def __init__(self) -> None:
        self.lexicon, self.emoji = _lexicons()
        # Lexicon words that carry a valence of their own (boosters only scale their neighbours).
        self._valence = {w: v for w, v in self.lexicon.items() if w not in BOOSTERS}
        self._tokens = _Tokens()

    def score(self, message: ChatMessage) -> float:
        """Compound sentiment of ``message.text`` in [-1, 1]."""
        return self.score_prepared(message, prepare(message.text))

    def score_text(self, text: str) -> float:
        """Compound sentiment of a plain string in [-1, 1]."""
        return self.score_prepared(None, prepare(text))

    def score_prepared(self, message: ChatMessage | None, prepared: Prepared) -> float:
        """:meth:`score`, reading the word list from the pipeline's shared pre-pass."""
        raw = prepared.words
        if not raw:
            return 0.0
        text = prepared.text
        # Each word as VADER reads it (see _Tokens): one look-up per word, in C.
        lower = list(map(self._tokens.__getitem__, raw))
        emoji_total = 0.0
        if prepared.emoji:
            emoji = self.emoji
            for ch in prepared.emoji:
                emoji_total += emoji.get(ch, 0.0)
        valences = self._valence
        hits = [i for i, w in enumerate(lower) if w in valences]
        if not hits and not emoji_total:
            return 0.0
        n = len(lower)
        if text.islower():
            # No upper-case letter anywhere: no word can be emphasised in capitals.
            words = raw
            cap_diff = False
        else:
            words = text.split()
            uppers = sum(map(str.isupper, words))
            cap_diff = 0 < uppers < len(words) and len(words) == n
        if _MODIFIERS.isdisjoint(lower) and "n't" not in prepared.lower:
            # No booster, negation or "no" anywhere: each word keeps its own valence.
            if cap_diff:
                values = [valences[lower[i]] for i in hits]
                for k, i in enumerate(hits):
                    if words[i].isupper():
                        values[k] += C_INCR if values[k] > 0 else -C_INCR
            else:
                values = [valences[lower[i]] for i in hits]
        else:
            values = self._modified(lower, words, hits, cap_diff)
        if not _BUT.isdisjoint(lower):
            pivot = next(i for i, w in enumerate(lower) if w in _BUT)
            for k, i in enumerate(hits):
                if i < pivot:
                    values[k] *= 0.5
                elif i > pivot:
                    values[k] *= 1.5
        # Summed in word order, as VADER does (the words without a valence add exact zeros).
        total = sum(values) + emoji_total
        if total:
            bangs = min(text.count("!"), 4) * 0.292
            qms = text.count("?")
            emphasis = bangs + ((qms * 0.18 if qms <= 3 else 0.96) if qms > 1 else 0.0)
            total += emphasis if total > 0 else -emphasis
        return max(-1.0, min(1.0, total / math.sqrt(total * total + 15)))

    def _modified(self, lower: list[str], words: list[str], hits: list[int], cap_diff: bool) -> list[float]:
        """Valences of the words at ``hits`` after VADER's "no", capitals, booster and negation rules."""
        lexicon = self.lexicon
        n = len(lower)
        values: list[float] = []
        for i in hits:
            word = lower[i]
            valence = lexicon[word]
            if word == "no" and i + 1 < n and lower[i + 1] in lexicon:
                valence = 0.0
            if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no"):
                valence = lexicon[word] * N_SCALAR
            if cap_diff and words[i].isupper():
                valence += C_INCR if valence > 0 else -C_INCR
            for back in (0, 1, 2):
                j = i - back - 1
                if j < 0:
                    break
                before = lower[j]
                if before in lexicon or (before not in _MODIFIERS and not before.endswith("n't")):
                    continue
                boost = BOOSTERS.get(before, 0.0)
                if boost:
                    if valence < 0:
                        boost = -boost
                    if cap_diff and words[j].isupper():
                        boost += C_INCR if valence > 0 else -C_INCR
                    valence += boost * _SCALE[back]
                if before in NEGATE or before.endswith("n't"):
                    valence *= N_SCALAR
            values.append(valence)
        return values


@dataclass(slots=True)
class _Bucket:
    second: int
    total: int = 0
    negative: int = 0


class NegativeShare:
    """Share of negative messages over a sliding window; the producer's sentiment gauge.

    Time comes from the caller (``ChatMessage.received_at`` on ``add``, the
    clock of the view on ``share``), so replays at any speed give the same
    figures. Memory is one small bucket per second of the window.
    """

    def __init__(self, window: float = 60.0, negative_below: float = -0.05, min_messages: int = 20) -> None:
        self.window = window
        """Seconds of history the share covers."""
        self.negative_below = negative_below
        """Scores below this count as negative (VADER's usual cut-off)."""
        self.min_messages = min_messages
        """Fewer messages than this in the window never raise an alert."""
        self._buckets: deque[_Bucket] = deque()
        self._total = 0
        self._negative = 0

    def add(self, score: float, at: float) -> None:
        """Count one message's score at time ``at``."""
        second = int(at)
        buckets = self._buckets
        if buckets and second < buckets[-1].second:
            # The clock went back (replay seek): start again rather than mix two timelines.
            self.reset()
        if not buckets or buckets[-1].second != second:
            buckets.append(_Bucket(second))
        bucket = buckets[-1]
        bucket.total += 1
        self._total += 1
        if score < self.negative_below:
            bucket.negative += 1
            self._negative += 1
        self._expire(at)

    def _expire(self, now: float) -> None:
        horizon = now - self.window
        buckets = self._buckets
        while buckets and buckets[0].second + 1 <= horizon:
            old = buckets.popleft()
            self._total -= old.total
            self._negative -= old.negative

    def counts(self, now: float) -> tuple[int, int]:
        """(negative, total) messages in the window ending at ``now``."""
        self._expire(now)
        return self._negative, self._total

    def share(self, now: float) -> float:
        """Negative share in [0, 1] of the window ending at ``now`` (0.0 when empty)."""
        negative, total = self.counts(now)
        return negative / total if total else 0.0

    def alert(self, now: float, threshold: float) -> bool:
        """True when enough messages arrived and the negative share reached ``threshold``."""
        negative, total = self.counts(now)
        return total >= self.min_messages and negative >= threshold * total

    def reset(self) -> None:
        """Forget everything."""
        self._buckets.clear()
        self._total = 0
        self._negative = 0
