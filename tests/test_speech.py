"""Speech acts: a phrase that is negated, asked, quoted, hypothetical, debunked, idiomatic or generic is not said."""

from __future__ import annotations

import pytest

from castguard.filters.speech import any_of, context, is_question


def act(text: str, fragment: str) -> set[str]:
    text = text.lower()
    start = text.index(fragment.lower())
    found = context(text, start, start + len(fragment))
    return {flag for flag in found.__slots__ if getattr(found, flag)}


CASES = [
    # (flag, text, the matched fragment) in English, Spanish and Russian
    ("negated", "i would never hurt anyone", "hurt anyone"),
    ("negated", "jamás le haría daño a nadie", "haría daño"),
    ("negated", "я бы никогда не тронул никого", "тронул"),
    ("question", "does turmeric cure cancer? i doubt it", "turmeric cure cancer"),
    ("question", "¿es verdad que el limón cura el cáncer?", "limón cura el cáncer"),
    ("question", "правда что сода лечит рак?", "сода лечит рак"),
    ("quoted", "mods, he wrote 'i know where u live' to the host", "i know where u live"),
    ("quoted", "mods alguien puso 'te voy a matar' arriba", "te voy a matar"),
    ("quoted", "модеры, он написал 'я знаю где ты живешь'", "я знаю где ты живешь"),
    ("hypothetical", "what if big pharma hid the cure", "hid the cure"),
    ("hypothetical", "qué pasaría si las farmacéuticas esconden la cura", "esconden la cura"),
    ("hypothetical", "а что если фармкомпании скрывают лекарство", "скрывают"),
    ("debunking", "myth: vaccines cause autism. fact: they dont", "vaccines cause autism"),
    ("debunking", "mito: las vacunas causan autismo", "las vacunas causan autismo"),
    ("debunking", "миф: прививки вызывают аутизм", "прививки вызывают аутизм"),
    ("idiom", "you're dead to me", "dead to me"),
    ("idiom", "c makes it easy to shoot yourself in the foot", "shoot yourself"),
    ("idiom", "me muero de risa con el perro", "muero"),
    ("idiom", "просто убить время", "убить"),
    ("generic", "smoking will kill you", "kill you"),
    ("generic", "fumar te mata", "te mata"),
    ("generic", "курение убивает", "убивает"),
    ("joking", "this workout makes me want to die lol", "want to die"),
    ("joking", "me quiero morir jajaja", "quiero morir"),
    ("joking", "хочу умереть хахаха", "хочу умереть"),
]


@pytest.mark.parametrize(("flag", "text", "fragment"), CASES)
def test_each_speech_act_is_recognised_in_every_language(flag: str, text: str, fragment: str) -> None:
    assert flag in act(text, fragment)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("i'm going to kill you", "kill you"),
        ("te voy a matar", "matar"),
        ("я тебя убью", "убью"),
        ("gonna shoot up the clinic lol jk... unless 👀", "shoot up the clinic"),
    ],
)
def test_plain_statements_are_literal(text: str, fragment: str) -> None:
    assert act(text, fragment) == set()


def test_a_statement_ending_in_double_marks_is_not_a_question() -> None:
    assert not is_question("my doctor doubled my insulin dose??")
    assert not is_question("i finally got my meds?!")
    assert is_question("is that bad??")
    assert is_question("should i stop taking it?!")
    assert is_question("can i take ibuprofen with my lisinopril?")


@pytest.mark.parametrize(
    "text",
    [
        "that's a nice car, would be a shame if something happened to it",
        "could be worse",
        "will be there at 5",
        "keep talking and you're dead, got it?",
        "te voy a encontrar, ¿entendiste?",
        "урою тебя, понял?",
    ],
)
def test_elliptical_statements_and_tag_questions_are_not_questions(text: str) -> None:
    assert not is_question(text)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("you people think this is funny. i know which car is yours", "i know which car"),
        ("la gente cree que es broma. sé dónde vives", "sé dónde vives"),
        ("люди думают, что я шучу. я знаю где ты живешь", "я знаю где ты живешь"),
    ],
)
def test_a_verb_of_saying_in_an_earlier_sentence_reports_nothing_later(text: str, fragment: str) -> None:
    assert "quoted" not in act(text, fragment)


def test_reported_speech_in_the_same_sentence_is_still_quoted() -> None:
    assert "quoted" in act("mods, he wrote i know where you live", "i know where you live")


@pytest.mark.parametrize(("flag", "text", "fragment"), CASES)
def test_any_of_answers_as_the_full_context_does(flag: str, text: str, fragment: str) -> None:
    start = text.index(fragment)
    full = context(text, start, start + len(fragment))
    for flags in (frozenset({flag}), frozenset({"negated", "question"}), frozenset({"generic", "joking", "idiom"})):
        assert any_of(flags, text, start, start + len(fragment)) == any(getattr(full, f) for f in flags)


def test_a_negative_order_without_a_mark_is_not_a_question() -> None:
    assert not is_question("don't take the statins, they are poison")
    assert is_question("don't you think the statins are poison")
    assert is_question("don't take the statins?")
