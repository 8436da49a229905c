"""Profanity: one Aho-Corasick pass over a folded copy of the message.

How a message is read
---------------------
1. **Fold** (one ``str.translate``, one character in, one character out, so
   positions in the folded text are positions in ``message.text``): case,
   accents, fullwidth and mathematical letters, Cyrillic/Greek look-alikes
   (``fuсk`` with a Cyrillic ``с``), leetspeak (``sh1t``, ``$hit``, ``a55``),
   masks (``* # %`` become ``*``); punctuation, emoji and spaces become a space.
2. **Match** the folded text, padded with spaces, against one automaton
   holding every listed word as ``" word "`` (whole token), ``" word"``
   (token start, for Russian roots and inflections) or ``"word"`` (inside
   any word, for unambiguous stems such as ``fuck``), plus masked
   (``f**k``), spaced (``f u c k``) and ``i``/``l``, ``u``/``v`` variants and
   the allow-list (``Scunthorpe``, ``anal fissure``, ``cum laude``).
3. Only when the automaton also reports a *trigger* (a letter repeated three
   or more times, ``!`` used as a letter, combining marks) is the slow path
   taken: the text is rebuilt with stretched letters squeezed
   (``fuuuuck``), marks dropped and ``!`` read as ``i``, with an index map
   back to the original positions, and matched again.

4. A message with two single letters in a row (``m 0 t h e r f u c k e r``, ``a c u n t``) is also
   matched on the shared readable copy (:func:`castguard.filters.normalize.deobfuscate`), whose
   spelled-out words are joined, and each match found only there is mapped back to its letters.

5. A match is then **read in context**, only for the few words that need it: a listed word that is also a name
   ("Dick Tracy", "her name is Fanny"), an everyday sense shown by the words around it
   (``profanity_words.SENSES``: "bloody nose", "shag carpet", "a finger prick test", "сука" in a kennel), a word
   quoted and talked about ('what does "pendejo" mean?'), a handle's ``@`` read as a letter.

Clean chat costs one translate and one automaton scan (a few microseconds).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from castguard.core.model import ChatMessage, Finding, Severity
from castguard.core.policy import Policy
from castguard.filters import profanity_words as words
from castguard.filters.normalize import (  # noqa: F401  (the fold is shared; these names stay importable here)
    _ASCII_FOLD,
    _LEET,
    _LOOKALIKE,
    _NAMED_LETTER,
    _SPACE_EMOJI,
    BANG,
    GLUE,
    MASK,
    SPELLED,
    _base_table,
    _fold_char,
    _FoldTable,
    deobfuscate,
    fold,
)
from castguard.filters.prepass import Prepared


class _Entry(NamedTuple):
    kind: int
    """_WORD, _ALLOW or _TRIGGER."""
    lead: int
    """1 when the pattern starts with the padding space."""
    length: int
    """Length of the word inside the pattern (without padding)."""
    trail: int
    """1 when the pattern ends with the padding space."""
    severity: Severity
    lang: str
    canonical: str
    sign: str = ""
    """When set, the match counts only if the original span shows one of these characters (``@`` read as ``o``)."""


_WORD, _ALLOW, _TRIGGER, _SPELLED = 1, 2, 3, 4
_TRIGGER_ENTRY = _Entry(_TRIGGER, 0, 0, 0, Severity.INFO, "", "")
#: Two single letters in a row (" k i "): a word may be spelled out, and is read again joined (see _joined).
_SPELLED_ENTRY = _Entry(_SPELLED, 0, 0, 0, Severity.INFO, "", "")


@dataclass(frozen=True, slots=True)
class ProfanitySettings:
    """What the policy changes about profanity (hashable: compiled automatons are cached per value)."""

    allow_terms: frozenset[str] = frozenset()
    extra_terms: tuple[str, ...] = ()
    mild: str = "info"
    """``info`` (reported, never held), ``warn`` (like any profanity) or ``off``."""
    languages: frozenset[str] = frozenset({"en", "es", "ru"})


def settings_from_policy(policy: Policy) -> ProfanitySettings:
    """The profanity-relevant part of a policy."""
    return ProfanitySettings(
        allow_terms=policy.allow_terms,
        extra_terms=policy.profanity_terms,
        mild=policy.profanity_mild,
        languages=policy.profanity_languages,
    )


def canonical(entry: str, table: _FoldTable) -> str:
    """Fold a list entry the way chat is folded on the slow path (stretched runs kept at two)."""
    folded = entry.translate(table)
    out: list[str] = []
    for i, ch in enumerate(folded):
        if ch == GLUE:
            continue
        if ch == BANG:
            between = 0 < i < len(folded) - 1 and folded[i - 1].isalpha() and folded[i + 1].isalpha()
            ch = "i" if between else " "
        if len(out) >= 2 and ch.isalpha() and out[-1] == ch and out[-2] == ch:
            continue
        out.append(ch)
    return " ".join("".join(out).split())


# Letters a leetspeak digit or symbol may stand for, besides the one it folds to:
# "1" and "|" fold to "i" but often mean "l"; "v" is written for "u" (fvck); "@" folds
# to "a" but also stands for "o" (b@@bs); "6" is drawn for the Cyrillic "б" (6лядь).
_ALTERNATES = {"l": "i", "i": "l", "u": "v", "v": "u", "o": "a", "б": "6"}


def _sign(word: str, form: str) -> str:
    """The characters one of which the text must show for ``form`` to spell ``word`` ("" when none).

    A letter in chat is usually that letter: "cajón", "Moran" and "fallar" are words of their own, not
    "cojón", "moron" and "follar" read with "@" for "o"; "folios" is not "follos" read with "1" for "l".
    Such spellings count only where the matched span has the symbol that stands for the letter.
    """
    if len(word) != len(form):
        return ""
    pairs = set(zip(word, form, strict=True))
    if ("o", "a") in pairs:
        return "@"
    if ("l", "i") in pairs:
        return "1|!¡I"
    if ("б", "6") in pairs:
        # "6" for "б" only inside a word written in Cyrillic ("6лядь"), never in "E6" or "6 am".
        return _CYRILLIC_LETTERS
    return ""


_CYRILLIC_LETTERS = "".join(chr(c) for c in range(0x0410, 0x0450)) + "ёЁ"


def _variants(word: str, masked: bool) -> set[str]:
    """Spellings of one folded word that folding alone does not reach."""
    found = {word}
    # "o" may be "@" in words of four letters or more ("c@ck"); such forms are tagged by the
    # compiler (see _sign) and count only where the text really has the symbol.
    swaps = [i for i, c in enumerate(word) if c in _ALTERNATES and (c != "o" or len(word) >= 4)][:6]
    for mask in range(1, 1 << len(swaps)):
        chars = list(word)
        for bit, pos in enumerate(swaps):
            if mask >> bit & 1:
                chars[pos] = _ALTERNATES[chars[pos]]
        found.add("".join(chars))
    if masked and " " in word:
        # Phrases: one word of the phrase masked at a time ("blow j*b").
        tokens = word.split(" ")
        for k, token in enumerate(tokens):
            for form in _variants(token, True) if len(token) >= 3 else ():
                if MASK in form:
                    found.add(" ".join([*tokens[:k], form, *tokens[k + 1 :]]))
    elif masked and 3 <= len(word) <= 14 and word.isalnum():
        n = len(word)
        # Masks keep the first and last letter: f*ck, f**k, a**hole, motherf**ker, f*****g. A run hides at most
        # four letters, or all the inside but one letter (longer runs in the middle of a word are not written).
        for start in range(1, n - 1):
            for end in range(start + 1, n):
                masks = end - start
                if masks <= 4 or masks >= n - 3:
                    found.add(word[:start] + MASK * masks + word[end:])
        if n >= 5 or (n == 3 and not word.isascii()):
            # The last letter masked: "бл*" for "бля", "ху*" for "хуй".
            found.add(word[:-1] + MASK)
        if n >= 5:
            found.add(MASK + word[1:])
        if 3 <= n <= 8:
            found.add(" ".join(word))
    return found


class _Compiled(NamedTuple):
    automaton: ahocorasick.Automaton
    table: _FoldTable


def _word_entries(settings: ProfanitySettings) -> list[tuple[str, str, Severity]]:
    """(entry, lang, severity) for every reported word under these settings."""
    out: list[tuple[str, str, Severity]] = []
    mild_sev = None if settings.mild == "off" else (Severity.WARN if settings.mild == "warn" else Severity.INFO)

    table = _base_table()
    mild = {form for m in words.MILD for form in _variants(canonical(m.strip("*"), table), False)}

    def add(entry: str, lang: str) -> None:
        if canonical(entry.strip("*"), table) in mild:
            if mild_sev is not None:
                out.append((entry, lang, mild_sev))
        else:
            out.append((entry, lang, Severity.WARN))

    if "en" in settings.languages:
        for entry in words.better_profanity_words():
            if entry not in words.EXCLUDED:
                add(entry, "en")
        for entry in words.EXTRA_EN:
            add(entry, "en")
    if "es" in settings.languages:
        for entry in words.SPANISH:
            add(entry, "es")
    if "ru" in settings.languages:
        for entry in words.RUSSIAN:
            add(entry, "ru")
    for entry in settings.extra_terms:
        out.append((entry.lower(), "custom", Severity.WARN))
    return out


@lru_cache(maxsize=8)
def compile_lists(settings: ProfanitySettings) -> _Compiled:
    """Build the automaton for these settings (cached: reloads with the same lists cost nothing)."""
    table = _base_table()
    automaton = ahocorasick.Automaton()
    patterns: dict[str, _Entry] = {}
    allow = {canonical(a.strip("*"), table) + ("*" if a.endswith("*") else "") for a in words.ALLOW}
    allow |= {canonical(a, table) for a in settings.allow_terms}
    allowed_words = {a for a in allow if not a.endswith("*")}

    def put(pattern: str, entry: _Entry) -> None:
        old = patterns.get(pattern)
        if old is None or entry.kind == _ALLOW:
            patterns[pattern] = entry
        elif old.kind == _WORD and (old.sign, -old.severity) > (entry.sign, -entry.severity):
            # A spelling that needs no "@" wins over one that does, then the higher severity.
            patterns[pattern] = entry

    for raw, lang, severity in _word_entries(settings):
        inside_left, inside_right = raw.startswith("*"), raw.endswith("*")
        word = canonical(raw.strip("*"), table)
        if not word or word in allowed_words:
            continue
        # An English plural "s" for Latin-script words ("f*cks"); Cyrillic words inflect otherwise.
        plural = word.isascii() or lang != "ru"
        for form in _variants(word, True):
            forms = [form] if not plural or inside_right or form.endswith("s") or " " in form else [form, form + "s"]
            sign = _sign(word, form)
            for f in forms:
                lead = "" if inside_left else " "
                trail = "" if inside_right else " "
                put(lead + f + trail, _Entry(_WORD, len(lead), len(f), len(trail), severity, lang, word, sign))
        if 5 <= len(word) <= 14 and word.isalpha() and not inside_left and not inside_right:
            # A run of masks need not count the letters it hides: "п***ц" for "пиздец" (one more or one fewer).
            hidden = len(word) - 2
            for masks in (hidden - 1, hidden + 1):
                f = word[0] + MASK * masks + word[-1]
                put(" " + f + " ", _Entry(_WORD, 1, len(f), 1, severity, lang, word))
        if 4 <= len(word) <= 12 and word.isalpha():
            # Everything masked but the first letter ("f***", "b****"): a whole token only, never inside a word.
            f = word[0] + MASK * (len(word) - 1)
            put(" " + f + " ", _Entry(_WORD, 1, len(f), 1, severity, lang, word))
    for a in allow:
        prefix = a.endswith("*")
        a = a.rstrip("*")
        put(" " + a + ("" if prefix else " "), _Entry(_ALLOW, 1, len(a), 0 if prefix else 1, Severity.INFO, "", a))
    letters = set("abcdefghijklmnopqrstuvwxyzñбгджзийлпфцчшщъыьэюя")
    for ch in letters:
        patterns.setdefault(ch * 3, _TRIGGER_ENTRY)
        patterns.setdefault(BANG + ch, _TRIGGER_ENTRY)
    patterns.setdefault(GLUE, _TRIGGER_ENTRY)
    for a in letters:
        for b in letters:
            patterns.setdefault(f" {a} {b} ", _SPELLED_ENTRY)
    for pattern, entry in patterns.items():
        automaton.add_word(pattern, entry)
    automaton.make_automaton()
    return _Compiled(automaton, table)


def _squeeze(folded: str, cap: int) -> tuple[str, list[int], list[int]]:
    """Rebuild ``folded`` with runs of 3+ letters cut to ``cap``, marks dropped, ``!`` read as ``i``.

    Returns the new text and, per character, its start and end in ``folded``.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(folded)
    i = 0
    while i < n:
        ch = folded[i]
        if ch == GLUE:
            i += 1
            continue
        j = i + 1
        while j < n and (folded[j] == ch or folded[j] == GLUE):
            j += 1
        if ch == BANG:
            before = (out[-1].isalpha() or out[-1] == MASK) if out else False
            after = j < n and folded[j].isalpha()
            ch = "i" if before and after else " "
        run = j - i
        if ch.isalpha() and run >= 3:
            for k in range(cap):
                out.append(ch)
                starts.append(i + k)
                ends.append(j if k == cap - 1 else i + k + 1)
        else:
            for k in range(i, j):
                if folded[k] != GLUE:
                    out.append(ch)
                    starts.append(k)
                    ends.append(k + 1)
        i = j
    return "".join(out), starts, ends


# A run of "!" is a letter only between letters ("sh!t", "sh!!t"), read so by the slow path; at a word's
# edge it is punctuation, so "twat!" ends the word "twat" and "Scunthorpe!" stays the allowed "Scunthorpe".
# Each match starts at a letter followed by "!" (linear time).
_INNER_BANGS = re.compile("(?:[^\\W\\d_]|[*])" + BANG + "+[^\\W\\d_]")


def _loose_bangs(folded: str) -> str:
    """``folded`` with each ``!`` read as a space, unless one stands between letters (the slow path reads those)."""
    return folded if _INNER_BANGS.search(folded) else folded.replace(BANG, " ")


# An "@" opening a handle ("@sh1taki_mushroom_lover", "@cool_kid_2000") marks a mention, not an "a" ("@ss" stays
# "ass"): a handle has an underscore or nine characters or more. Each match is one "@" and the word after it.
_HANDLE = re.compile(r"(?<!\w)@(?=\w*_|\w{9})\w+")


def _unmention(text: str, folded: str, hits: list[tuple[int, _Entry]]) -> str:
    """``folded`` with the "@" that opens a handle read as a space where one of ``hits`` is in it (else ``folded``).

    ``hits`` are the automaton's on the padded text: (index of the last character, entry); index ``i`` of the
    text is ``i + 1`` there.
    """
    firsts = [end - entry.trail - entry.length + 1 for end, entry in hits]
    starts = [m.start() for m in _HANDLE.finditer(text) if any(m.start() < a <= m.end() for a in firsts)]
    if not starts:
        return folded
    chars = list(folded)
    for i in starts:
        chars[i] = " "
    return "".join(chars)


_STRETCH = re.compile(r"([^\W\d_])\1{2,}")


class ProfanityFilter:
    """Profanity in English, Spanish and Russian, obfuscation-aware, with a healthcare allow-list."""

    name = "profanity"

    def __init__(self, policy: Policy) -> None:
        self.settings = settings_from_policy(policy)
        compiled = compile_lists(self.settings)
        self._automaton = compiled.automaton
        self._table = compiled.table

    def update_policy(self, policy: Policy) -> None:
        """Switch lists only when the policy's profanity settings changed."""
        settings = settings_from_policy(policy)
        if settings != self.settings:
            self.__init__(policy)  # type: ignore[misc]

    def scan(self, message: ChatMessage) -> list[Finding]:
        """Profane spans of ``message.text``."""
        return self._scan(message.text)

    def scan_prepared(self, message: ChatMessage, prepared: Prepared) -> list[Finding]:
        """:meth:`scan` for the pipeline (profanity reads its own folded text, not the shared forms)."""
        # The two lines of _scan that every message pays, repeated here to save a call per message.
        text = prepared.text
        if prepared.ascii:
            folded = text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
        else:
            # ASCII with emoji (most non-ASCII chat): encoding with "replace" turns each emoji into
            # one "?", and "?" folds to a space just as these emoji do; the same string comes out.
            emoji = prepared.emoji
            data = text.encode("ascii", "replace")
            if emoji and data.count(b"?") - text.count("?") == len(emoji) and _SPACE_EMOJI.issuperset(emoji):
                folded = data.translate(_ASCII_FOLD).decode("ascii")
            else:
                folded = text.translate(self._table)
        if BANG in folded:
            folded = _loose_bangs(folded)
        hits = list(self._automaton.iter(f" {folded} "))
        return self._matched(text, folded, hits) if hits else []

    def _scan(self, text: str) -> list[Finding]:
        folded = fold(text, self._table)
        if BANG in folded:
            folded = _loose_bangs(folded)
        hits = list(self._automaton.iter(f" {folded} "))
        return self._matched(text, folded, hits) if hits else []

    def _matched(self, text: str, folded: str, hits: list[tuple[int, _Entry]], join: bool = True) -> list[Finding]:
        """Findings from the automaton's ``hits`` on the padded ``folded`` text.

        With ``join``, a text holding single letters in a row is also read with its spelled-out words joined
        (:func:`castguard.filters.normalize.deobfuscate`): "m 0 t h e r f u c k e r", "you are a c u n t".
        """
        if join and any(entry.kind == _SPELLED for _, entry in hits) and SPELLED.search(text):
            return self._joined(text, self._matched(text, folded, hits, join=False))
        if "@" in text:
            # A handle's "@" read as a letter inside a match ("@sh1taki_fan" read "ashitaki"): read it as a space.
            unmentioned = _unmention(text, folded, hits)
            if unmentioned is not folded:
                folded = unmentioned
                hits = list(self._automaton.iter(f" {folded} "))
                if not hits:
                    return []
        for end, entry in hits:
            if entry.kind == _TRIGGER and not _numeric_run(text, end):
                return self._slow(text, folded, hits)
        # Folding is one-to-one, so an index in the padded text is the text index plus one.
        return self._findings(text, folded, [(s - 1, s - 1 + e.length, e) for s, e in _starts(hits)], False)

    def _joined(self, text: str, found: list[Finding]) -> list[Finding]:
        """``found`` and the words seen only once the message's spelled-out words are joined, on their original span."""
        norm = deobfuscate(text)
        if " " not in text or len(norm.text) == len(text):
            return found  # nothing was joined (joining always drops a separator)
        # The joined reading keeps the message's case where a letter is unchanged (names and senses read case).
        shown = "".join(text[o] if text[o].lower() == c else c for c, o in zip(norm.text, norm.origin, strict=False))
        folded = fold(shown, self._table)
        if BANG in folded:
            folded = _loose_bangs(folded)
        hits = list(self._automaton.iter(f" {folded} "))
        if not hits:
            return found
        kept = list(found)
        extra: list[Finding] = []
        for f in self._matched(shown, folded, hits, join=False):
            start, end = norm.span(f.start, f.end)
            if end - start <= f.end - f.start:
                continue  # read the same without joining: the direct reading judged it
            inside = [g for g in kept if start <= g.start and g.end <= end]
            if any(start < g.end and g.start < end for g in kept if g not in inside):
                continue
            # The whole spelled-out word over the part of it read directly ("п и з д а б о л" over "п и з д").
            kept = [g for g in kept if g not in inside]
            extra.append(
                Finding(
                    f.category,
                    max((f.severity, *(g.severity for g in inside))),
                    start,
                    end,
                    f.rule,
                    "obfuscated spelling",
                )
            )
        return sorted([*kept, *extra], key=lambda f: f.start) if extra else found

    def _slow(self, text: str, folded: str, hits: list[tuple[int, _Entry]]) -> list[Finding]:
        # Matches of the unsqueezed text count too: "cuni1ingus" folds to a genuine "iii".
        direct = [(s - 1, s - 1 + e.length, e) for s, e in _starts(hits) if e.kind != _TRIGGER]
        if GLUE not in folded and BANG not in folded:
            # Only stretched letters: squeeze with the regex engine first, and pay for the
            # index map only when the squeezed text actually matches a word.
            for template in (r"\1", r"\1\1"):
                squeezed = _STRETCH.sub(template, folded)
                if any(e.kind == _WORD for _, e in self._automaton.iter(" " + squeezed + " ")):
                    break
            else:
                return self._findings(text, folded, direct, False) if direct else []
        located: list[tuple[int, int, _Entry]] = list(direct)
        for cap in (1, 2):
            squeezed, starts, ends = _squeeze(folded, cap)
            padded = " " + squeezed + " "
            for start, entry in _starts(list(self._automaton.iter(padded))):
                if entry.kind == _TRIGGER:
                    continue
                # ``start`` indexes ``padded``; the squeezed index is one less.
                first, last = start - 1, start - 1 + entry.length - 1
                if 0 <= first and last < len(starts):
                    located.append((starts[first], ends[last], entry))
        return self._findings(text, folded, located, True)

    def _findings(
        self, text: str, folded: str, located: list[tuple[int, int, _Entry]], stretched: bool
    ) -> list[Finding]:
        allowed = [(s, e) for s, e, entry in located if entry.kind == _ALLOW]
        best: dict[tuple[int, int], _Entry] = {}
        names, senses = words.NAMES, words.SENSES
        for s, e, entry in located:
            if entry.kind != _WORD:
                continue
            old = best.get((s, e))
            if old is not None and entry.severity <= old.severity:
                continue  # the same span, already kept at this severity or higher
            if allowed and any(a <= s and e <= b for a, b in allowed):
                continue
            shown = text[s:e]
            if entry.sign and not any(c in shown for c in entry.sign):
                continue
            if _only_digits(shown) or (entry.canonical in names and _is_name(text, s, e)):
                continue
            sense = senses.get(shown.lower())
            if sense is not None and _innocent_sense(text, s, e, sense):
                continue
            if s and text[s - 1] in _QUOTES and _mentioned(text, s, e):
                continue
            if " " in shown and _inside_spelled_word(text, s, shown):
                continue
            best[(s, e)] = entry
        # Stems and roots found inside a word are shown as the whole word ("clusterfuck", "пиздец").
        widened: dict[tuple[int, int], _Entry] = {}
        for (s, e), entry in best.items():
            if not entry.lead:
                while s > 0 and (folded[s - 1].isalpha() or folded[s - 1] == GLUE):
                    s -= 1
            if not entry.trail:
                while e < len(folded) and (folded[e].isalpha() or folded[e] == GLUE):
                    e += 1
            old = widened.get((s, e))
            if old is None or entry.severity > old.severity:
                widened[(s, e)] = entry
        # Keep the widest match where matches overlap ("motherfucker" over "fucker").
        found: list[Finding] = []
        last_end = -1
        for s, e in sorted(widened, key=lambda se: (se[0], -se[1])):
            if s < last_end:
                continue
            entry = widened[(s, e)]
            last_end = e
            detail = "obfuscated spelling" if stretched or _disguised(text[s:e]) else ""
            found.append(Finding("profanity", entry.severity, s, e, f"profanity.{entry.lang}", detail))
        return found


def _disguised(shown: str) -> bool:
    """True when a matched span uses symbols, digits, spacing, mixed scripts or compatibility letters."""
    if shown.isascii() and shown.isalpha():
        return False  # plain ASCII letters (most findings): none of the tests below can hold
    tokens = shown.split()
    letters = "".join(tokens).replace("'", "")
    if not letters.isalpha() or unicodedata.normalize("NFKC", shown) != shown:
        return True
    if len(tokens) >= 3 and all(len(t) == 1 for t in tokens):
        return True
    if any(_NAMED_LETTER.fullmatch(unicodedata.name(c, "")) for c in letters if not c.isascii()):
        return True
    return any(c.isascii() for c in letters) and not letters.isascii()


_NUMBER_MARKS = frozenset("0123456789 -./")


def _only_digits(shown: str) -> bool:
    """True for a span of digits (a street number, an SSN, a price): "455" is a number, not "ass"."""
    return shown[0].isdigit() and _NUMBER_MARKS.issuperset(shown)


#: Words before a capitalised word that make it a vocative or an insult, not a name ("You Dick", "Suck My Dick").
_NOT_A_NAME_BEFORE = frozenset(
    """you your ur u my his her their our a an the what such hey oi big little suck
    eres un una el tu su mi qué que pinche maldito maldita""".split()
)
#: Particles inside a name ("Safo de Lesbos", "Marqués de Marica", "Henry van Dyke").
_NAME_PARTICLES = frozenset("de del van von da di du der".split())
#: Particles after a first name that are not also everyday Spanish words ("Dick van Dyke", "Fanny von Arnstein").
_PARTICLES_AFTER = frozenset("van von der den ten ter du di da".split())
#: Words that introduce a name just before it: "her name is Fanny", "we call him Dick", "se llama", "его зовут".
_NAME_CUE = re.compile(
    r"(?:\bnamed?|\bname is|\bname's|\bcalled|\bcall (?:him|her|me|them|it)|\bnickname(?:d| is)|\bllamad[oa]"
    r"|\bllama|\bllamamos|зовут|\bзвали)\s+$",
    re.IGNORECASE,
)


def _titled(word: str) -> bool:
    """A word written as a name: a capital, then lower case ("Minnesota", "Jane.")."""
    return word[:1].isupper() and word[1:2].islower()


def _is_name(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is written as a name next to another name: "Dick Tracy", "Henry Van Dyke".

    In any case, a word before "van", "von" and the like is a first name ("dick van dyke"). Otherwise the word must
    be capitalised (not all capitals) and introduced as a name ("her name is Fanny", "we call him Dick"), or the
    word after it capitalised (also after a comma or "and": "Vergas, Minnesota", "Dick and Jane"), or the word
    before it capitalised (or an initial, "C. A. R. Hoare", or a name's particle after a name, "Safo de Lesbos")
    and not a pronoun or determiner.
    """
    word = text[start:end]
    after = text[end : end + 40].split(maxsplit=2)
    if after and text[end : end + 1] == " " and after[0].lower() in _PARTICLES_AFTER:
        return True  # "dick van dyke", written in any case
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    if _NAME_CUE.search(text[max(0, start - 40) : start]):
        return True  # "her name is Fanny", "we call him Dick", "se llama", "зовут"
    if after and text[end : end + 1] == " " and _titled(after[0]) and after[0].lower() != "hell":
        return True
    before = text[max(0, start - 40) : start]
    words_before = before.split()
    prev = (words_before[-1:] or [""])[0].rstrip(",")
    if prev.lower() in _NOT_A_NAME_BEFORE:
        return False
    if len(after) >= 2 and (after[0] == "," or after[0].lower() in ("and", "&")) and _titled(after[1]):
        return True
    if not before.endswith(" "):
        return False
    if prev.lower() in _NAME_PARTICLES and len(words_before) >= 2 and _titled(words_before[-2]):
        return True
    if not prev[:1].isupper():
        return False
    return prev[1:].islower() or (prev.endswith(".") and len(prev) == 2)


#: Quotation marks around a word talked about, not used ("what does 'pendejo' mean?").
_QUOTES = frozenset("\"'«»“”„‘’`")
#: Words that ask what a word means or how it translates, in EN/ES/RU.
_MEANING = re.compile(
    r"\b(?:mean|means|meaning|meant|define|definition|translate[sd]?|translation|word|term|spell|pronounce|used"
    r"|usage|outdated|offensive"
    r"|significa|significado|quiere decir|traduce|traducción|traduccion|palabra|término|termino"
    r"|значит|означает|переводится|перевод|перевести|слово|термин)\b",
    re.IGNORECASE,
)


def _inside_spelled_word(text: str, start: int, shown: str) -> bool:
    """True when a match of spaced letters starts inside a longer spelled word ("т е б е к о н е ц", "c o m p u t a").

    Spelled-out letters one space apart read as one word; a spelled-out word boundary is a wider gap
    ("h o s t   i s   a   w h 0 r e") or punctuation.
    """
    if not all(len(token) == 1 for token in shown.split()):
        return False
    return (
        start >= 2 and text[start - 1] == " " and text[start - 2].isalpha() and (start == 2 or text[start - 3] == " ")
    )


def _mentioned(text: str, start: int, end: int) -> bool:
    """True when the word is quoted and talked about as a word ("what does "pendejo" mean?", «shit» переводится)."""
    if start == 0 or end >= len(text) or text[start - 1] not in _QUOTES or text[end] not in _QUOTES:
        return False
    return _MEANING.search(text[max(0, start - 60) : end + 60]) is not None


#: Punctuation read as a space when the words around a listed word are read (a ``str.translate`` table).
_NOT_A_WORD = str.maketrans(dict.fromkeys("\"'«»“”„‘’`.,;:!?¡¿()[]{}<>/\\|*-_~…—–@#", " "))
#: The next word follows at once (a space or a hyphen between): "shag carpet", "cock-crow".
_NEXT_WORD = re.compile(r"[ \t-]{1,3}[^\W\d_]")
#: Words either side of a listed word that :attr:`Sense.near` looks at.
_NEAR = 8
#: Words after which the literal "bloody" is the intensifier after all ("and bloody hell").
_SWEAR_AFTER = frozenset(("hell", "well"))


def _innocent_sense(text: str, start: int, end: int, sense: words.Sense) -> bool:
    """True when the words around ``text[start:end]`` show the listed word's everyday sense (see ``SENSES``)."""
    shown = text[start:end]
    if (sense.lowercase and shown.islower()) or (sense.uppercase and shown.isupper()):
        return True
    before = text[max(0, start - 100) : start].lower().translate(_NOT_A_WORD).split()[-_NEAR:]
    tail = text[end : end + 100]
    after = tail.lower().translate(_NOT_A_WORD).split()[:_NEAR]
    if tail[:1] in "'’" and after[:1] == ["s"]:
        after = after[1:]  # "coon's eyes": the possessive is not the next word
    around = (*before, *after)
    if sense.needs and sense.needs.isdisjoint(around):
        return True
    following = after[0] if after and _NEXT_WORD.match(tail) else ""
    if following in _SWEAR_AFTER:
        return False
    if before and before[-1] in sense.before:
        return True
    if following in sense.after:
        return True
    if len(following) >= 6 and following.endswith(sense.after_endings):
        return True
    if not sense.near.isdisjoint(around):
        return True
    stems = sense.near_stems
    return bool(stems) and any(word.startswith(stems) for word in around)


def _numeric_run(text: str, end: int) -> bool:
    """True when the three characters before padded index ``end`` are digits inside a number ("1000", "555")."""
    if end < 3 or not text[end - 3 : end].isdigit():
        return False
    before = text[end - 4] if end >= 4 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalpha() and not after.isalpha()


def _starts(hits: list[tuple[int, _Entry]]) -> list[tuple[int, _Entry]]:
    """(index of the word's first character in the padded text, entry) for each automaton hit.

    The automaton reports the index of a pattern's last character; the word ends
    ``trail`` characters before it.
    """
    return [(end - entry.trail - entry.length + 1, entry) for end, entry in hits]
