"""One de-obfuscation for every text filter.

Two readings of a message are shared here:

* :func:`fold` (used by the profanity filter): one character in, one
  character out, so positions in the folded text are positions in the
  message: case, accents, fullwidth and mathematical letters, Cyrillic/Greek
  look-alikes, leetspeak, masks; punctuation and emoji become spaces.
* :func:`deobfuscate` (used by the risk filter, and by the profanity filter for
  messages with single letters in a row): a readable copy of the text
  for phrase and lexicon matching, lower-cased, with zero-width and combining
  marks dropped, look-alike letters moved to the script of the word they sit
  in (``уbью`` reads ``убью``, ``kіll`` with a Cyrillic ``і`` reads ``kill``),
  leetspeak inside words read as letters (``k1ll``, ``su1c1de``, ``у6ью``),
  letters spaced apart joined (``k i l l``, ``у б ь ю``, and with digits or symbols among
  them when they spell a word: ``g 0 r d a``, ``k.1.l.l``, ``у б 1 ю``) and stretched letters
  cut to two (``killlll``). Its :class:`Normalized` result carries an offset
  map, so a match in the readable copy points at the original span.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Placeholder for combining marks (strike-through and the like): dropped on the slow path.
GLUE = "\x00"
#: Placeholder for ``!``: a letter ``i`` between letters (``sh!t``), a space elsewhere.
BANG = "\x01"
MASK = "*"

_LEET = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "$": "s",
    "@": "a",
    "+": "t",
    "|": "i",
    "€": "e",
    "¡": BANG,
    "!": BANG,
    "*": MASK,
    "#": MASK,
    "%": MASK,
}
# Look-alikes folded onto Latin letters (after lower-casing). Cyrillic letters without a
# Latin twin stay as they are, and Russian entries are folded the same way, so mixed
# spellings (Latin "x" in "xуй") meet in the middle.
_LOOKALIKE = {
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ј": "j",
    "ԁ": "d",
    "ӏ": "l",
    "α": "a",
    "β": "b",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "μ": "u",
    "χ": "x",
    "ß": "s",
    "ı": "i",
}
_KEEP = frozenset("ñй")
# Latin letters drawn in a circle or square, or as small capitals ("Ⓕⓤⓒⓚ", "🅕🅤🅒🅚", "ꜰᴜᴄᴋ"): their names end in the
# letter, while NFKD leaves several of them alone. Regional indicators (flags) are not letters.
_NAMED_LETTER = re.compile(
    r"(?:(?:NEGATIVE )?(?:CIRCLED|SQUARED|NEGATIVE SQUARED) LATIN (?:CAPITAL|SMALL) LETTER"
    r"|LATIN LETTER SMALL CAPITAL) ([A-Z])"
)


def _fold_char(ch: str) -> str:
    """Fold one character to exactly one character (see the module docstring)."""
    if ch in _LEET:
        return _LEET[ch]
    if ch.isascii():
        return ch.lower() if ch.isalnum() else " "
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if low in _LOOKALIKE:
        return _LOOKALIKE[low]
    if low in _KEEP:
        return low
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me"):
        return GLUE
    named = _NAMED_LETTER.fullmatch(unicodedata.name(ch, ""))
    if named:
        return named.group(1).lower()
    if cat[0] in "LN":
        base = unicodedata.normalize("NFKD", low)
        base = "".join(c for c in base if not unicodedata.combining(c)).lower()
        if len(base) == 1:
            if base in _LEET:
                return _LEET[base]
            return _LOOKALIKE.get(base, base)
        return low if cat[0] == "L" else " "
    return " "


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on first sight of each character (bounded)."""

    LIMIT = 65536

    def __missing__(self, key: int) -> str:
        value = _fold_char(chr(key))
        if len(self) < self.LIMIT:
            # Hostile input may use many distinct code points: past the bound they are folded uncached.
            self[key] = value
        return value


def _base_table() -> _FoldTable:
    table = _FoldTable()
    for code in range(128):
        table[code] = _fold_char(chr(code))
    return table


def _ascii_bytes_table() -> bytes:
    """The fold of the 128 ASCII characters as a ``bytes.translate`` table (each folds to one ASCII character).

    ``str.translate`` looks each character up in a dictionary; for pure-ASCII chat
    (most of it) encoding, translating the bytes and decoding gives the same
    string at about a quarter of the cost.
    """
    table = _base_table()
    folded = [table[code] for code in range(128)]
    assert all(len(ch) == 1 and ch.isascii() for ch in folded)
    return bytes(ord(ch) for ch in folded) + bytes(range(128, 256))


_ASCII_FOLD = _ascii_bytes_table()


def _emoji_folding_to_space() -> frozenset[str]:
    """The characters of :data:`castguard.filters.prepass.EMOJI` that fold to a space (pictographs are not letters)."""
    found: set[str] = set()
    for low, high in ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF)):
        found.update(chr(c) for c in range(low, high + 1) if _fold_char(chr(c)) == " ")
    found.update(ch for ch in "\u3030\u303d\u3297\u3299" if _fold_char(ch) == " ")
    return frozenset(found)


_SPACE_EMOJI = _emoji_folding_to_space()


def fold(text: str, table: _FoldTable) -> str:
    """``text.translate(table)``: the folded text, one character per character of ``text``."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    return text.translate(table)


_ZERO_WIDTH = frozenset("\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff")
# Latin look-alikes of Cyrillic letters (for words written mostly in Cyrillic), and the reverse.
_TO_CYRILLIC = {
    "a": "а",
    "b": "б",
    "c": "с",
    "e": "е",
    "h": "н",
    "k": "к",
    "m": "м",
    "o": "о",
    "p": "р",
    "t": "т",
    "x": "х",
    "y": "у",
    "u": "и",
    "n": "п",
    "r": "г",
    "3": "з",
    "6": "б",
    "0": "о",
    "4": "ч",
    "@": "а",
    # "уб1ть", "yбiть": a one or a Latin i inside a Cyrillic word stands for и.
    "1": "и",
    "i": "и",
}
_TO_LATIN = {c: latin for c, latin in _LOOKALIKE.items() if "\u0400" <= c <= "\u04ff"}
_LATIN_LEET = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "l",
    "€": "e",
}
#: Characters that may stand for a letter inside a word.
_LEETISH = frozenset(_LATIN_LEET) | frozenset("6")
_WORD_CHARS = re.compile(r"[^\W_]+(?:[@$!|€]+[^\W_]+)*")


def _spaced_run(unit: str, more: str) -> re.Pattern[str]:
    """Single characters matching ``unit``, one separator apart (a space, dot, dash or underscore, the same
    throughout: "a.n.d i" is "and" and "i"), as a run of two characters and ``more`` (``+``: three or more)."""
    return re.compile(rf"(?<![^\W_]){unit}([ .\-_]){unit}(?:\1{unit}){more}(?![^\W_])")


_LETTER = r"[^\W\d_]"
# Three or more single letters: "k i l l", "s.u.i.c.i.d.e".
_SPACED = _spaced_run(_LETTER, "+")
# The same with digits and symbols among the letters ("g 0 r d a", "k.1.l.l", "у б 1 ю"): such a run is joined
# whole only when it spells a word (:func:`_spells_word`); otherwise its letter-only stretches are (or nothing:
# "1 2 3 4", "5 5 5 - 1 2 3 4" stay as written).
_SPACED_UNIT = r"(?:[^\W_]|[@$])"
_SPACED_MIXED = _spaced_run(_SPACED_UNIT, "+")
_SPACED_MIXED_PAIR = _spaced_run(_SPACED_UNIT, "*")
#: Two single characters one separator apart, not after an apostrophe ("k i", "g 0", "т ы", not "I'm" or "he's a"):
#: a cheap test that a message may hold a spelled-out word.
SPELLED = re.compile(r"(?<![^\W_])(?<!['’])(?:[^\W_]|[@$])[ .\-_](?:[^\W_]|[@$])(?![^\W_])")
#: Digits and symbols that stand for a letter in a spelled-out word (Latin "0 1 3 4 5 7 @ $", Cyrillic "0 1 3 4 6").
_SPELLED_LEET = frozenset("0134567@$")
#: One-letter words that a spelled-out word's first letter is read as when a word of the message comes just
#: before ("can i d r i n k", "is the host a d u d e", "you are a f 4 t  c o w", "приду и р а з н е с у"): "a",
#: "i" and "и" are among the most frequent words, while few spelled-out words start with them.
_LEAD_AFTER_WORD = frozenset("aiи")
#: Words after which a spelled-out run's first letter belongs to the word, as in an insult addressed to someone
#: ("you a s s h o l e", "ты и д и о т"): the one-letter word would not follow them.
_WHOLE_AFTER = frozenset("you u ya your yo tu eres sos ты вы".split())
# One-letter words that open or close a spaced run on their own. Only "я" opens one: "a", "i", "o", "и", "с" are
# more often a word's first letter ("a f t e r", "i d i o t", "и д и о т", "с в и н ь я"), and "я" at the end is an
# ending ("т у п а я"); only chat's "u" closes one ("k i l l u"), never "y" or "i" ("c r a z y").
_LONE_LEAD = frozenset("я")
_LONE_TRAIL = frozenset("u")
# Two letters or more, for a message whose spelled-out words are set apart by wider gaps ("m e   v o y",
# "т ы  т р у п"): such a message has two single letters beside a gap of two spaces or more.
_SPACED_PAIR = _spaced_run(_LETTER, "*")
_WIDE_GAP = re.compile(r"(?<![^\W_])[^\W\d_][ .\-_][^\W\d_]  |  [^\W\d_][ .\-_][^\W\d_](?![^\W_])")
#: Words a sentence spelled letter by letter with single spaces throughout ("i w i l l k i l l y o u",
#: "я т е б я у б ь ю") is cut back into once its letters are joined (:func:`_segment`): the frequent words of
#: the three languages and the words of threats and self-harm in their usual forms. A run that these words do
#: not cover whole stays one word ("s k i l l" stays "skill", never "s kill").
_SPELLED_VOCAB = frozenset(
    """
i me my mine myself you your yours yourself u ur he him his she her it its we us our they them their this that
dont cant wont didnt doesnt isnt wasnt aint
these those here there a an the and or but if so to of in on at by for with from up down out off over into
is am are was were be been being will would shall should can could may might must do does did done have has had
not no never now then today tonight tomorrow soon later yet again still just all every some any one two
im ill ive id youre youll ur gonna wanna gotta going go goes went come coming came see seen know knew
where when what who why how live lives living lived house home car work school kids family wife husband
kill kills killed killing die dies died dying dead death hurt hurts hurting shoot shot stab stabbed burn burned
unalive unaliving
find found watch watching wait waiting get got make made take took end ending ended it over life want wants
cut cutting myself jump pills overdose suicide suicidal hang bomb gun knife blood bleed fire anymore more
doc doctor host nurse stream streamer therapist clinic show chat everyone goodbye bye night day last
gone away going sorry love hate help please tell told done ready nobody anyone someone people
te tu tus ti yo mi mis me se lo la los las le les el un una unos unas de del al a en con por para que y o no si
ya voy vas va vamos van soy eres es estas esta estoy esto eso este ese aqui donde cuando como hoy noche manana
matar mato mata matarte matarlo matarla muere mueras muero morir muerto muerta muertos vives vivo vida casa
quiero quieres quiere puedo puedes hacer hago voy dar doy encontrar encuentro encontrarte te se sé dejo dejar
suicidar suicidarme cortar cortarme cortando pastillas todas adios adiós nunca mas más nada nadie todo
doctor doctora presentador presentadora medico medica hijos familia coche tu su sus hasta pronto ahora
я ты он она мы вы они тебя тебе тобой меня мне мной себя себе его её ее их нас вас мой моя твой твоя
и а но не ни что как где когда кто это то так уже все всё ещё еще вот тут там сегодня завтра скоро
убью убьём убить убил убей убьют убиваю убью убьем прибью зарежу застрелю сожгу взорву найду найдём знаю
умри умрёшь умрешь умру умереть умер сдохни сдохнешь сдохну труп конец живёшь живешь живу жить дом домой
хочу хочется буду будешь пойду пора больше никогда прощай прощайте всем себя вены порежу повешусь таблетки
доктор врач ведущий ведущая семья дети жена муж машина сожгу сожжём зарежу порежу застрелю изобью сломаю
stab strangle choke burn shoot beat break hurt punch find kill poison bleed
quemar quemarte apuñalar apuñalarte disparar dispararte golpear romper sangrar ahorcar colgar casa cara
""".split()
)
_SPELLED_LONGEST = max(len(w) for w in _SPELLED_VOCAB)
#: Runs longer than this are left joined: the cut is quadratic in the run's length (bounded here).
_SPELLED_LIMIT = 64
_RU_CONSONANT_LETTERS = "бвгджзклмнпрстфхцчшщ"
_RU_SOFT_VOWEL_LETTERS = "юяеёи"
_RU_CONSONANTS = frozenset(_RU_CONSONANT_LETTERS)
_RU_SOFT_VOWELS = frozenset(_RU_SOFT_VOWEL_LETTERS)
_SOFT_SIGN = re.compile(f"(?<=[{_RU_CONSONANT_LETTERS}])b(?=[{_RU_SOFT_VOWEL_LETTERS}]|$)")
_LEET_A = re.compile(r"(?<![^\W_])4(?= [^\W\d_]{2,}(?:ar|er|ir|ír)\b)")
#: A lone "1" before an English contraction or a verb of knowing or swearing is the pronoun "I" ("1'll", "1'm",
#: "1 know", "1 swear"); after another number it stays a count.
_LEET_I = re.compile(r"(?<![^\W_])(?<!\d )1(?=['’](?:ll|m|d|ve)\b| (?:know|swear|promise|am gonna)\b)")
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
#: A cheap test: could :func:`deobfuscate` change anything beyond lower-casing?
OBFUSCATION = re.compile(
    r"[^\W\d_][0-9@$!|€]+[^\W\d_]|(?<![^\W_])[^\W\d_][ .\-_][^\W\d_][ .\-_][^\W\d_](?![^\W_])"
    r"|([^\W\d_])\1\1|[\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff]"
    # Spelled-out letters with a digit or symbol among them: "у б 1 ю", "k.1.l.l", "p u t 4".
    r"|(?<![^\W_])[^\W\d_][ .\-_][0-9@$][ .\-_][^\W_@$]|[^\W\d_][ .\-_][^\W\d_][ .\-_][0-9@$](?![^\W_])"
    r"|(?<![^\W_])[0-9@$][ .\-_][^\W\d_][ .\-_][^\W\d_]"
)
_MIXED = re.compile(r"[a-z][а-яё]|[а-яё][a-z]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """The readable copy of a text and where each of its characters came from."""

    text: str
    """Lower-cased, de-obfuscated text."""
    origin: tuple[int, ...]
    """``origin[i]`` is the index in the original text of ``text[i]``; one extra entry holds the original length."""

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


#: Identity offset maps by length, built once each (most messages are short; tuple(range(n)) costs more than a
#: look-up). Lengths up to :data:`_SHARED_ORIGINS` only, so the table stays below a megabyte.
_ORIGINS: dict[int, tuple[int, ...]] = {}
_SHARED_ORIGINS = 500


def _identity(text: str) -> Normalized:
    n = len(text) + 1
    origin = _ORIGINS.get(n)
    if origin is None:
        origin = tuple(range(n))
        if n <= _SHARED_ORIGINS:
            _ORIGINS[n] = origin
    return Normalized(text, origin)


def _script_of(word: str) -> str:
    """``cyr`` when most letters of ``word`` are Cyrillic, else ``lat``."""
    cyr = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in word if ch.isascii() and ch.isalpha())
    if cyr == lat and cyr:
        # A tie goes to the script with a letter the other cannot stand for ("yбbю": "б" has no Latin twin).
        return "cyr" if any("\u0400" <= ch <= "\u04ff" and ch not in _TO_LATIN for ch in word) else "lat"
    return "cyr" if cyr > lat else "lat"


def _fix_word(word: str) -> str:
    """One word with look-alikes moved to its script and leetspeak read as letters (same length)."""
    letters = sum(1 for ch in word if ch.isalpha())
    if letters == 0 or (letters < 2 and len(word) > 2):
        return word  # a number, a price, "20mg": nothing to read
    script = _script_of(word)
    out = list(word)
    n = len(word)
    left = right = -1  # the run of leet-ish characters last measured (each run once: a long run stays linear)
    for i, ch in enumerate(word):
        if script == "cyr":
            if ch in "34" and 0 < i < n - 1 and word[i - 1] in _RU_CONSONANTS and word[i + 1] in _RU_CONSONANTS:
                out[i] = "е" if ch == "3" else "а"  # between consonants a digit is a vowel: "ум3р3ть", "з4р3жу"
            elif ch == "1" and 0 < i < n - 1 and word[i - 1] in _RU_CONSONANTS and word[i + 1] in _RU_SOFT_VOWELS:
                out[i] = "ь"  # a soft sign between a consonant and a soft vowel: "уб1ю", "в1юга"
            elif ch in _TO_CYRILLIC and (not ch.isdigit() or 0 < i < n - 1 or letters >= 2):
                out[i] = _TO_CYRILLIC[ch]
        elif ch in _TO_LATIN:
            out[i] = _TO_LATIN[ch]
        elif ch in _LATIN_LEET:
            # A digit or symbol counts as a letter when letters sit on both sides of its run.
            if not left <= i <= right:
                left = i
                while left > 0 and word[left - 1] in _LEETISH:
                    left -= 1
                right = i
                while right < n - 1 and word[right + 1] in _LEETISH:
                    right += 1
            if 0 < left and right < n - 1:
                out[i] = _LATIN_LEET[ch]
            elif (
                letters >= 2 and n > 2 and ((i == 0 and word[1].isalpha()) or (i == n - 1 and word[i - 1].isalpha()))
            ) or (n == 2 and i == 1 and word[0].isalpha() and ch.isdigit()):
                # One digit at a word's edge ("gonn4", "5hoot", "th3", and a two-letter word's end: "m3", "t3") in a
                # message that already shows leetspeak elsewhere (clean messages never get here): "mp3" in plain
                # chat stays as written.
                out[i] = _LATIN_LEET[ch]
    return "".join(out)


def _acronym(text: str, s: str, origin: list[int], start: int, end: int) -> bool:
    """True when ``s[start:end]`` (one letter repeated) is a whole word of capitals in ``text``: "BBB", "AAA"."""
    if end - start > 4 or (start and s[start - 1].isalnum()) or (end < len(s) and s[end].isalnum()):
        return False
    return all(text[origin[k]].isupper() for k in range(start, end))


def _segment(run: str) -> list[int] | None:
    """Where to cut ``run`` (letters joined from a spelled-out sentence) into words of :data:`_SPELLED_VOCAB`.

    The fewest words that cover the whole run, as the offsets where each word after the first starts;
    ``None`` when the run is one word, too long, or not covered whole.
    """
    n = len(run)
    if n > _SPELLED_LIMIT or run in _SPELLED_VOCAB:
        return None
    best: list[int] = [0] + [n + 1] * n  # fewest words covering run[:i]
    back = [0] * (n + 1)
    for i in range(1, n + 1):
        for j in range(max(0, i - _SPELLED_LONGEST), i):
            if best[j] < best[i] - 1 and run[j:i] in _SPELLED_VOCAB:
                best[i] = best[j] + 1
                back[i] = j
    if best[n] > n:
        return None
    cuts: list[int] = []
    i = n
    while i > 0:
        i = back[i]
        if i:
            cuts.append(i)
    return cuts[::-1]


def _fix_cyrillic_b(word: str) -> str:
    """A Latin ``b`` after a Cyrillic consonant and before a soft vowel is a soft sign ("убbю" reads "убью")."""
    if "b" not in word:
        return word
    return _SOFT_SIGN.sub("ь", word)


def _spells_word(chars: str) -> bool:
    """True when the characters of a spaced run spell a word: letters, with fewer digits or symbols that stand
    for letters ("g0rda", "уб1ю", "put4"); never a number ("1234"), a chess move ("e4e5") or a code ("b12")."""
    others = [c for c in chars if not c.isalpha()]
    if not others:
        return True
    letters = len(chars) - len(others)
    return letters >= 2 and len(others) < letters and all(c in _SPELLED_LEET for c in others)


def _spaced_runs(s: str, wide: bool) -> list[tuple[int, int]]:
    """The spans of ``s`` holding a word spelled out one character at a time, to be joined.

    A run with digits or symbols among its letters is joined whole when it spells a word
    (:func:`_spells_word`), else only its stretches of letters are.
    """
    mixed, letters_only = (_SPACED_MIXED_PAIR, _SPACED_PAIR) if wide else (_SPACED_MIXED, _SPACED)
    runs: list[tuple[int, int]] = []
    for m in mixed.finditer(s):
        start, end = m.span()
        if _spells_word(s[start:end:2]):
            if end - start > 1:
                runs.append((start, end))
        else:
            runs.extend(x.span() for x in letters_only.finditer(s, start, end))
    return runs


def _word_before(s: str, start: int) -> str:
    """The word just before ``s[start]`` when one space sets them apart ("" otherwise)."""
    if start < 2 or s[start - 1] != " " or not s[start - 2].isalpha():
        return ""
    k = start - 2
    while k > 0 and (s[k - 1].isalpha() or s[k - 1] == "'"):
        k -= 1
    return s[k : start - 1].replace("'", "")


def _join_spaced(s: str, origin: list[int], runs: list[tuple[int, int]], wide: bool) -> tuple[str, list[int]]:
    """``s`` with the letters of each run joined, and its offset map.

    With single spaces throughout, a long run is cut back into words (:func:`_segment`); a one-letter word at
    either end of a run stays a word ("k i l l u" is "kill u", "a m a t a r" "a matar", "you are a f 4 t"
    "you are a f4t"), unless the word before shows it is the run's first letter ("you a s s h o l e").
    """
    out: list[str] = []
    new_origin: list[int] = []
    last = 0
    for start, end in runs:
        out.append(s[last:start])
        new_origin.extend(origin[last:start])
        letters = list(range(start, end, 2))
        # A word spelled with dots ends with one too ("k.i.l.l. y.o.u."): that dot closes the letters,
        # not a sentence, and is dropped.
        dotted = s[start + 1] == "." and s[end : end + 1] == "."
        last = end + 1 if dotted and s[end + 1 : end + 2] != "." else end
        # Digits and symbols read as letters before the run is cut ("i w i l l k 1 l l y o u").
        joined = _fix_word(_fix_cyrillic_b("".join(s[k] for k in letters)))
        cuts = None if wide or len(letters) < 5 else _segment(joined)
        if cuts is not None:
            for n_letter, k in enumerate(letters):
                if n_letter in cuts:
                    out.append(" ")
                    new_origin.append(origin[k])
                out.append(s[k])
                new_origin.append(origin[k])
            continue
        before = _word_before(s, start)
        first = s[letters[0]]
        lead: list[int] = []
        if joined in _SPELLED_VOCAB:
            pass  # a word of its own ("y o u r s e l f"), never a one-letter word and the rest
        elif before not in _WHOLE_AFTER and (
            (len(letters) > 4 and first in _LONE_LEAD) or (first in _LEAD_AFTER_WORD and before and len(letters) > 3)
        ):
            lead = letters[:1]
        trail = (
            letters[-1:]
            if len(letters) - len(lead) > 4 and s[letters[-1]] in _LONE_TRAIL and joined not in _SPELLED_VOCAB
            else []
        )
        body = letters[len(lead) : len(letters) - len(trail)]
        for group in (lead, body, trail):
            if not group:
                continue
            if group is not lead and (lead or (group is trail and body)):
                out.append(" ")
                new_origin.append(origin[group[0]])
            for k in group:
                out.append(s[k])
                new_origin.append(origin[k])
    out.append(s[last:])
    new_origin.extend(origin[last:])
    return "".join(out), new_origin


def deobfuscate(text: str, plain: bool = False) -> Normalized:
    """The readable copy of ``text`` with its offset map (see the module docstring).

    Clean text (no leetspeak, spacing tricks, stretched letters, zero-width
    characters or mixed scripts) costs one regular-expression search and one
    ``lower()``; ``plain=True`` says the caller already knows the text is clean
    and skips the search.
    """
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    if plain or (OBFUSCATION.search(lower) is None and (lower.isascii() or _MIXED.search(lower) is None)):
        return _identity(lower)
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(lower):
        if ch in _ZERO_WIDTH or unicodedata.combining(ch):
            continue
        chars.append(ch)
        origin.append(i)
    s = "".join(chars)
    # Look-alikes and leetspeak, word by word (same length, so the map is unchanged).
    s = _WORD_CHARS.sub(lambda m: _fix_word(m.group(0)), s)
    # Spaced letters and stretched letters: rebuild with the map. When spelled-out words are set apart by
    # wider gaps, a word of two letters is spelled out too ("m e   v o y"); with single spaces throughout, the
    # joined letters are cut back into words (:func:`_segment`).
    wide = "  " in s and _WIDE_GAP.search(s) is not None
    runs = _spaced_runs(s, wide)
    if runs:
        s, origin = _join_spaced(s, origin, runs, wide)
    if _STRETCHED.search(s) is not None:
        out: list[str] = []
        new_origin: list[int] = []
        last = 0
        for m in _STRETCHED.finditer(s):
            out.append(s[last : m.start()])
            new_origin.extend(origin[last : m.start()])
            if _acronym(text, s, origin, m.start(), m.end()):
                out.append(s[m.start() : m.end()])
                new_origin.extend(origin[m.start() : m.end()])
            else:
                out.append(s[m.start()] * 2)
                new_origin.extend(origin[m.start() : m.start() + 2])
            last = m.end()
        out.append(s[last:])
        new_origin.extend(origin[last:])
        s = "".join(out)
        origin = new_origin
    # Words spelled out letter by letter are set apart by wider gaps ("u g l y   f a t   c o w"): once the
    # letters are joined, one space between words is what the rules read.
    if "  " in s:
        kept = [k for k, ch in enumerate(s) if not (ch == " " and k and s[k - 1] == " ")]
        s = "".join(s[k] for k in kept)
        origin = [origin[k] for k in kept]
    # Letters spaced apart came out as "k i l l" -> "kill"; a look-alike pass again for "у б ь ю".
    s = _WORD_CHARS.sub(lambda m: _fix_word(_fix_cyrillic_b(m.group(0))), s)
    # A lone "4" before a Spanish infinitive is the preposition "a" ("v0y 4 m4t4r").
    if "4" in s:
        s = _LEET_A.sub("a", s)
    if "1" in s:
        s = _LEET_I.sub("i", s)
    return Normalized(s, (*origin, len(text)))
