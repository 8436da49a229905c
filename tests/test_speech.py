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


# ---------------------------------------------------------------------------------------------- real claims
@pytest.fixture(scope="module")
def risk_filter():  # type: ignore[no-untyped-def]
    from castguard.core.policy import load_policy
    from castguard.filters.risk import RiskFilter

    return RiskFilter(load_policy())


def raised(filt, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    from tests.filter_helpers import categories

    return categories(filt, text)


@pytest.mark.parametrize(
    "text",
    [
        # an order that opens like a question, a headline that opens with a wh-word
        "do your research, lemon juice cures cancer",
        "do your own research: vaccines cause autism",
        "what your cardiologist won't tell you: garlic cures heart disease",
        "haz tu propia investigación, el limón cura el cáncer",
        "como te dije, el limón cura el cáncer",
        "как врачи скрывают, что сода лечит рак",
        # a rhetorical question whose answer is the claim
        "did you know that turmeric cures cancer?",
        "who needs chemo when turmeric cures cancer",
        "¿sabías que el limón cura el cáncer?",
        "¿sabías que...? el limón cura el cáncer",
        "знаете ли вы, что сода лечит рак?",
        "знаете что? сода лечит рак",
    ],
)
def test_a_statement_that_opens_like_a_question_keeps_its_claim(risk_filter, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.medical_claim" in raised(risk_filter, text)


@pytest.mark.parametrize(
    "text",
    [
        "does turmeric cure cancer?",
        "is it true that lemon cures cancer",
        "do you know if turmeric cures cancer?",
        "¿es verdad que el limón cura el cáncer?",
        "правда что сода лечит рак?",
        "сода лечит рак или нет?",
    ],
)
def test_a_genuine_question_about_a_claim_still_makes_none(risk_filter, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.medical_claim" not in raised(risk_filter, text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("do your research", False),
        ("do you take it at night", True),
        ("what your doctor won't tell you", False),
        ("what could it be", True),
        ("which pill should i take", True),
        ("how to lower my blood pressure", True),
        ("how much ibuprofen can i take", True),
        ("who knows a good cardiologist", True),
        ("would 40 of my pills be enough", True),
        ("como te dije, es normal", False),
        ("qué hago con la tensión alta", True),
        ("cómo bajo la presión", True),
        ("как врачи скрывают правду", False),
        ("как снизить давление", True),
        ("что мне делать", True),
        ("кто знает хорошего врача", True),
        ("did you know that garlic thins the blood?", False),
        ("¿sabías que el ajo baja la tensión?", False),
        ("а вы знали, что чеснок разжижает кровь?", False),
    ],
)
def test_a_question_is_read_by_its_form_not_its_first_word(text: str, asked: bool) -> None:
    assert is_question(text) is asked


# ---------------------------------------------------------------------------------------------- pastimes
@pytest.mark.parametrize(
    "text",
    [
        "voy a matarte, para la foto",
        "I'll kill you, for the photo",
        "я тебя убью, для фото",
        "someone in chat should know i will blow up the clinic",
        "te voy a dar una paliza, y mañana en el partido lo verás",
    ],
)
def test_a_pastime_word_beside_a_violent_act_does_not_clear_it(risk_filter, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.threat" in raised(risk_filter, text)


@pytest.mark.parametrize(
    "text",
    [
        "te espero a la salida para la foto, doctora",
        "i'll be waiting outside the studio for a selfie with you after the show!",
        "жду тебя у выхода для фото",
        "les vamos a dar una paliza en el partido",
        "we will destroy them in the final",
        "this chat is about to blow up",
        "voy a disparar unas fotos",
        "me quiero matar con este calor",
        "bye everyone, I'm going to sleep forever... or at least until 10am",
    ],
)
def test_a_pastime_that_frames_the_act_still_clears_it(risk_filter, text: str) -> None:  # type: ignore[no-untyped-def]
    found = raised(risk_filter, text)
    assert "risk.threat" not in found and "risk.self_harm" not in found, found


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("risk.threat", "someone in chat threatened to blow up the clinic, i reported it"),
        ("risk.threat", "alguien en el chat amenazó con volar la clínica, ya lo reporté"),
        ("risk.threat", "кто-то в чате угрожал взорвать клинику, я пожаловался"),
        ("risk.legal", "кто-то написал 'подам в суд' из-за опечатки в цене, расслабьтесь"),
    ],
)
def test_a_threat_reported_from_the_chat_is_someone_elses(risk_filter, category: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert category not in raised(risk_filter, text)


# ---------------------------------------------------------------------------------------------- laughs
@pytest.mark.parametrize(
    "text",
    [
        "I'm going to sue you lol",
        "my mom is literally calling a lawyer rn bc of ur app lmao",
        "voy a demandarte jajaja",
        "mi mamá ya está hablando con un abogado por su culpa jajaja",
        "я тебя засужу ахах",
        "мама уже звонит юристу из-за вас лол",
    ],
)
def test_a_laugh_does_not_take_back_a_legal_threat(risk_filter, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.legal" in raised(risk_filter, text)


@pytest.mark.parametrize(
    "text",
    [
        "my legs want to file a lawsuit against this workout 😂",
        "i should sue this workout for what it did to my legs",
        "mis piernas van a demandar al entrenador jaja",
        "mi gato me va a denunciar por darle la comida tarde",
        "мои ноги подадут в суд на тренера 😂",
        "if I sued every time my trainer made me do burpees I'd be rich lol",
    ],
)
def test_a_lawsuit_by_or_against_a_party_nobody_sues_is_hyperbole(risk_filter, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.legal" not in raised(risk_filter, text)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # a laugh still marks hyperbole where the act is one ("makes me want to die lol")
        ("risk.self_harm", "this workout makes me want to die lol"),
        ("risk.self_harm", "me quiero morir con esta clase jajaja"),
        ("risk.self_harm", "хочу умереть от этой планки, ахаха"),
        # a grievance over a body part is no hyperbole when a person did it
        ("risk.legal", "SEE YOU IN COURT!!! YOU KILLED MY DOG WITH THAT PET MED"),
    ],
)
def test_a_laugh_cancels_only_what_it_can_make_hyperbole(risk_filter, category: str, text: str) -> None:  # type: ignore[no-untyped-def]
    found = raised(risk_filter, text)
    assert (category in found) is (category == "risk.legal"), found


@pytest.mark.parametrize(
    ("text", "fragment", "generic"),
    [
        ("whoever lives by the sword, dies by the sword", "dies by the sword", True),
        ("quien a hierro mata, a hierro muere", "a hierro muere", True),
        ("кто с юристом дружит, тот в суде не тужит", "в суде", True),
        ("quien el padre tiene alcalde, seguro va a juicio", "va a juicio", True),
        ("whoever touches my car, i will kill him", "i will kill him", False),
        ("кто тронет мою машину, того я убью", "я убью", False),
    ],
)
def test_a_proverb_of_anyone_is_no_act_unless_the_writer_acts_in_it(text: str, fragment: str, generic: bool) -> None:
    assert ("proverb" in act(text, fragment)) is generic


# ---------------------------------------------------------------------------------------------- negative forms
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("i really don't want to live anymore", "want to live"),
        ("no quiero seguir viviendo", "seguir viviendo"),
        ("я правда не хочу больше жить", "больше жить"),
        ("xanax for sale, no prescription needed", "prescription needed"),
        ("tramadol, no hace falta receta", "receta"),
        ("вылечила диабет содой, диабета больше нет", "больше нет"),
    ],
)
def test_a_negator_that_belongs_to_the_statement_does_not_negate_it(text: str, fragment: str) -> None:
    assert "negated" not in act(text, fragment)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("i would never say i want to live", "want to live"),
        ("i would never hurt anyone", "hurt anyone"),
        ("no voy a matarte", "matarte"),
        ("я не убью тебя", "убью"),
    ],
)
def test_a_negator_outside_any_negative_form_still_negates(text: str, fragment: str) -> None:
    assert "negated" in act(text, fragment)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("xanax, no prescription needed", False),
        ("прививки детям не нужны", False),
        ("ya no tengo diabetes gracias al limón", False),
        ("this tea does not cure cancer", True),
        ("i would never sell xanax without a prescription", True),
        ("el té no cura el cáncer", True),
        ("сода не лечит рак", True),
    ],
)
def test_a_negator_inside_a_span_negates_it_unless_it_is_the_statements_own(text: str, negated: bool) -> None:
    from castguard.filters.speech import negated_within

    assert negated_within(text, 0, len(text)) is negated
