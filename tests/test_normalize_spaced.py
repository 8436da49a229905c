"""Words spelled out one character at a time are read joined, with digits, symbols and Cyrillic among the letters.

The shared reading (:func:`castguard.filters.normalize.deobfuscate`) joins them for every filter: risk
(threats, self-harm, harassment) reads it, and profanity reads a message's spelled-out words joined as well.
What is not a spelled-out word stays as written: one-letter words, initials, list markers, numbers written with
spaces (the privacy filters read the original text), chess moves and grades.
"""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy
from castguard.filters.normalize import deobfuscate
from castguard.filters.privacy import PrivacyFilter
from castguard.filters.profanity import ProfanityFilter
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories, msg

PROFANITY = ProfanityFilter(load_policy())
PRIVACY = PrivacyFilter(load_policy())


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # digits and symbols standing for letters inside a spelled-out word
        ("g 0 r d a", "gorda"),
        ("eres una g 0 r d a", "eres una gorda"),
        ("f 4 t  c o w", "fat cow"),
        ("k.1.l.l", "kill"),
        ("s-u-1-c-1-d-e", "suicide"),
        ("i will k 1 l l you", "i will kill you"),
        ("b 1 t c h", "bitch"),
        ("eres una p u t 4", "eres una puta"),
        # Cyrillic runs, a digit read as the soft sign between a consonant and a soft vowel
        ("ж и р н а я", "жирная"),
        ("ты ж и р н а я свинья", "ты жирная свинья"),
        ("т ы  т р у п", "ты труп"),
        ("у б 1 ю", "убью"),
        ("я тебя у б 1 ю", "я тебя убью"),
        ("я у б 1 ю тебя", "я убью тебя"),
        ("ты с-у-к-а", "ты сука"),
        # a whole sentence spelled out with single spaces is cut back into words after the digits are read
        ("i w i l l k 1 l l y o u", "i will kill you"),
        ("я т е б я у б 1 ю", "я тебя убью"),
    ],
)
def test_a_spelled_out_word_is_read_joined_with_its_digits_read_as_letters(written: str, read: str) -> None:
    assert deobfuscate(written).text == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # the article before a spelled-out word stays a word ...
        ("you are a f 4 t  c o w", "you are a fat cow"),
        ("you are a c u n t", "you are a cunt"),
        # ... but after "you" / "ты" the first letter is the insult's own
        ("you a s s h o l e", "you asshole"),
        ("you i d i o t", "you idiot"),
        ("ты и д и о т", "ты идиот"),
        ("eres i d i o t a", "eres idiota"),
    ],
)
def test_a_one_letter_word_before_a_spelled_out_word_is_told_from_its_first_letter(written: str, read: str) -> None:
    assert deobfuscate(written).text == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # a word that starts with a one-letter word's letter stays whole ...
        ("a.f.7.3.r her 2nd dose", "after her 2nd dose"),
        ("a c c u 7 4 n 3 made me sick", "accutane made me sick"),
        ("y o u r s e l f", "yourself"),
        ("c r a z y", "crazy"),
        ("i d i o t", "idiot"),
        # ... while "a" and "i" after a word of the message, "я" before a spelled-out verb and chat's "u" after
        # one stay words
        ("can i d r i n k tonight", "can i drink tonight"),
        ("is the host a d u d e", "is the host a dude"),
        ("i d o n t wanna be here", "i dont wanna be here"),
        ("найду и з а к о п а ю", "найду и закопаю"),
        ("я н е н а в и ж у тебя", "я ненавижу тебя"),
        ("k i l l u", "kill u"),
        # a separator changing between letters ends the word: "and" then "i"
        ("a.n.d i was on it", "and i was on it"),
    ],
)
def test_the_letters_of_one_spelled_out_word_are_told_from_the_words_around_it(written: str, read: str) -> None:
    assert deobfuscate(written).text == read


@pytest.mark.parametrize(
    "text",
    [
        # numbers written with spaces: phone numbers, counting, card numbers, a code with one letter
        "call 5 5 5 1 2 3 4",
        "5 5 5 - 1 2 3 - 4 5 6 7",
        "1 2 3 4",
        "4111 1111 1111 1111",
        "vitamin B 1 2",
        "take 1 a day",
        # chess moves and list markers
        "e4 e5 Nf3",
        "E 4 E 5",
        "a) b) c) d)",
        "1. 2. 3.",
        # one-letter words of each language between words
        "I got a B and a C",
        "y a me voy",
        "и в лесу",
        "a ver",
    ],
)
def test_what_is_not_a_spelled_out_word_stays_as_written(text: str) -> None:
    assert deobfuscate(text).text == text.lower()


def test_a_joined_word_maps_back_to_its_spelled_out_letters() -> None:
    text = "eres una g 0 r d a hoy"
    norm = deobfuscate(text)
    start = norm.text.index("gorda")
    assert text[slice(*norm.span(start, start + 5))] == "g 0 r d a"


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("risk.threat", "i will k 1 l l you"),
        ("risk.threat", "i will k.1.l.l you tonight"),
        ("risk.threat", "te voy a m 4 t 4 r"),
        ("risk.threat", "я тебя у б 1 ю"),
        ("risk.threat", "я у б 1 ю тебя"),
        ("risk.self_harm", "i want to commit s-u-1-c-1-d-e"),
        ("risk.self_harm", "me quiero m 0 r 1 r"),
        ("risk.harassment", "eres una g 0 r d a"),
        ("risk.harassment", "you are a f 4 t  c o w"),
        ("risk.harassment", "ты ж и р н а я свинья"),
        ("risk.harassment", "you b.1.t.c.h"),
    ],
)
def test_risk_reads_spelled_out_words_with_digits_in_every_language(risk: RiskFilter, category: str, text: str) -> None:
    assert category in categories(risk, text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("m 0 t h e r f u c k e r", "m 0 t h e r f u c k e r"),
        ("you are a c u n t", "c u n t"),
        ("eres un p e n d e j 0", "p e n d e j 0"),
        ("ты с-у-к-а", "с-у-к-а"),
        ("ты п и з д а б о л", "п и з д а б о л"),
    ],
)
def test_profanity_reads_a_spelled_out_word_joined_and_shows_its_letters(text: str, shown: str) -> None:
    found = PROFANITY.scan(msg(text))
    assert [text[f.start : f.end] for f in found] == [shown]
    assert found[0].detail == "obfuscated spelling"


@pytest.mark.parametrize("text", ["I a m here", "y a la casa", "и в лесу темно", "U S A", "J R R Tolkien"])
def test_profanity_finds_nothing_in_one_letter_words_and_initials(text: str) -> None:
    assert PROFANITY.scan(msg(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("you b 1 t c h, call me at (212) 555-0143", [("privacy.phone", "(212) 555-0143")]),
        ("my card is 4111 1111 1111 1111 y 0 u  b 1 t c h", [("privacy.card", "4111 1111 1111 1111")]),
    ],
)
def test_privacy_reads_the_digits_as_they_were_written_beside_a_spelled_out_word(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(f.category, text[f.start : f.end]) for f in PRIVACY.scan(msg(text))] == found
