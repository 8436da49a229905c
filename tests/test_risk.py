"""Risky statements in three languages, with hyperbole, negation and general questions as hard negatives."""

from __future__ import annotations

import pytest

from castguard.core.policy import load_policy, parse_policy
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import msg


@pytest.fixture(scope="module")
def filt() -> RiskFilter:
    return RiskFilter(load_policy())


def categories(filt: RiskFilter, text: str) -> list[str]:
    return [f.category for f in filt.scan(msg(text))]


POSITIVE = {
    "risk.threat": [
        "I'll be waiting outside the clinic",
        "I know where you live",
        "I'm going to kill you",
        "someone should shoot that doctor",
        "watch your back",
        "I will burn down the clinic",
        "go kill yourself",
        "te voy a matar",
        "sé dónde vives",
        "я тебя убью",
        "тебе конец",
        "взорву вашу клинику",
    ],
    "risk.self_harm": [
        "I want to die",
        "i just want to kill myself",
        "I don't want to live anymore",
        "I'm suicidal",
        "everyone would be better off without me",
        "I'm going to take all my pills tonight",
        "me quiero morir",
        "no quiero vivir",
        "хочу умереть",
        "не хочу жить",
        "покончу с собой",
    ],
    "risk.medical_claim": [
        "this tea cures cancer",
        "stop taking your insulin",
        "vaccines cause autism",
        "essential oils cure covid",
        "you don't need your meds",
        "drink bleach",
        "este té cura el cáncer",
        "deja de tomar tu insulina",
        "чай лечит рак",
        "бросьте принимать инсулин",
    ],
    "risk.legal": [
        "I'm going to sue this clinic",
        "my lawyer will be in touch",
        "I'll report you to the medical board",
        "see you in court",
        "this is a HIPAA violation",
        "los voy a demandar",
        "подам на вас в суд",
        "засужу",
    ],
    "risk.advice_request": [
        "how much ibuprofen can I take with my blood pressure meds?",
        "my mom has a fever of 39, should we go to the ER?",
        "should I double my insulin dose tonight?",
        "I have chest pain, is it serious?",
        "¿puedo tomar ibuprofeno con mis pastillas para la presión?",
        "сколько мне пить таблеток от давления?",
    ],
}

NEGATIVE = [
    # hyperbole
    "dying of laughter",
    "this lag is killing me",
    "I'm dying 😂",
    "this song is to die for",
    "I could kill for a coffee",
    "you killed it today",
    "kill the lights",
    "me muero de risa",
    "умираю со смеху",
    "this boss is going to kill me",
    "I want to die of embarrassment lol",
    # negation
    "I don't want to die",
    "I would never kill myself",
    "I'm not suicidal, just tired",
    "I would never hurt you",
    "this tea does not cure cancer",
    "nothing cures cancer yet",
    "never stop taking your insulin",
    "I'm not going to sue anyone",
    "no, el té no cura el cáncer",
    "чай не лечит рак",
    # questions and general talk
    "does this tea cure cancer?",
    "what is the recommended dose of ibuprofen for adults?",
    "how does insulin work?",
    "can you mix tylenol and advil?",
    "suicide prevention month matters",
    "the lawsuit against the company was news",
    "I take my meds every morning",
    "I'll find you a link",
    "I'll get you the info after the show",
    "I'll be waiting outside the clinic for my ride",
    "antibiotics kill bacteria",
    "I'll report back tomorrow",
    "my tissue sample came back fine",
]


@pytest.mark.parametrize(("category", "text"), [(c, t) for c, ts in POSITIVE.items() for t in ts])
def test_risky_statements_are_found(filt: RiskFilter, category: str, text: str) -> None:
    found = filt.scan(msg(text))
    assert category in [f.category for f in found]
    finding = next(f for f in found if f.category == category)
    assert 0 <= finding.start < finding.end <= len(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hyperbole_negation_and_general_questions_are_not_risky(filt: RiskFilter, text: str) -> None:
    assert categories(filt, text) == []


def test_self_harm_carries_the_policy_crisis_guidance() -> None:
    policy = parse_policy('[crisis]\nguidance = "Call or text 988."\n')
    found = RiskFilter(policy).scan(msg("I want to die"))
    assert found[0].detail == "Call or text 988."
    filt = RiskFilter(load_policy())
    filt.update_policy(parse_policy('[crisis]\nguidance = "new text"\n'))
    assert filt.scan(msg("I want to die"))[0].detail == "new text"


def test_typographic_apostrophes_and_missing_ones(filt: RiskFilter) -> None:
    assert categories(filt, "I’ll be waiting outside the clinic") == ["risk.threat"]
    assert categories(filt, "i dont want to live anymore") == ["risk.self_harm"]


def test_clean_chat_finds_nothing(filt: RiskFilter) -> None:
    for text in ["great stream", "what time does the clinic open?", "", "hola", "привет всем"]:
        assert filt.scan(msg(text)) == []


NEW_POSITIVE = {
    "risk.threat": ["imma k i l l u irl", "у6ью тебя", "this clinic is gonna burn", "bomb in ur lobby at 3pm"],
    "risk.self_harm": ["gonna k1ll mys3lf tonight", "s u i c i d e is the only way out for me"],
    "risk.medical_claim": ["heart disease is reversed by vinegar shots", "la hipertensión se revierte con ajo"],
    "risk.legal": ["l a w s u i t coming for u", "my attorney will be in touch", "я уже написал жалобу в минздрав"],
    "risk.harassment": ["go back to ur country", "vete a tu país", "ты урод"],
    "spam.scam": [
        "cheap ozempic without prescription, dm me",
        "vendo ozempic sin receta",
        "продам трамадол без рецепта",
    ],
}


@pytest.mark.parametrize(("category", "text"), [(c, t) for c, ts in NEW_POSITIVE.items() for t in ts])
def test_concepts_obfuscation_and_new_categories_are_found(filt: RiskFilter, category: str, text: str) -> None:
    found = [f for f in filt.scan(msg(text)) if f.category == category]
    assert found
    assert 0 <= found[0].start < found[0].end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "mods, he wrote 'I know where you live', please ban him",
        "myth: vaccines cause autism. fact: they don't",
        "smoking will kill you",
        "you're dead to me",
        "C makes it easy to shoot yourself in the foot",
        "this workout makes me want to die lol",
        "mods alguien puso 'te voy a matar' arriba",
        "mito: las vacunas causan autismo",
        "модеры, он написал 'я знаю где ты живешь'",
        "убить время",
    ],
)
def test_quoted_debunked_idiomatic_and_generic_lines_are_clean(filt: RiskFilter, text: str) -> None:
    assert categories(filt, text) == []


def test_a_statement_ending_in_double_marks_is_no_advice_request(filt: RiskFilter) -> None:
    assert "risk.advice_request" not in categories(filt, "I finally picked up my insulin from the pharmacy?!")
    assert "risk.advice_request" in categories(filt, "should I double my insulin dose tonight??")


def test_obfuscated_spans_point_at_the_original_text(filt: RiskFilter) -> None:
    text = "ok imma k i l l u irl"
    found = next(f for f in filt.scan(msg(text)) if f.category == "risk.threat")
    assert "k i l l" in text[found.start : found.end]


# Constructions of each language the first lexicons lacked (written here in our own words).
CONSTRUCTIONS = [
    ("risk.threat", "there's a bomb in the lobby of your studio"),
    ("risk.threat", "hay una bomba en el consultorio, salgan ya"),
    ("risk.threat", "в студии заложена бомба"),
    ("risk.threat", "me las vas a pagar, doctor"),
    ("risk.threat", "mañana te rompo la boca, payaso"),
    ("risk.threat", "ese farmacéutico no llega vivo al lunes"),
    ("risk.threat", "ведущему конец, я серьёзно"),
    ("risk.threat", "заеду к вам в офис с битой"),
    ("risk.threat", "урою тебя, понял?"),
    ("risk.self_harm", "me tiro del balcón esta noche"),
    ("risk.self_harm", "ya tengo la cuerda preparada"),
    ("risk.self_harm", "перед сном режу себя"),
    ("risk.self_harm", "сегодня усну навсегда"),
    ("risk.harassment", "@mark you retard"),
    ("risk.harassment", "la enfermera es una zorra"),
    ("risk.harassment", "ведущий такой тупой урод"),
    ("risk.harassment", "@sam99 ur a worthless loser"),
    ("risk.harassment", "girls shouldnt be surgeons, back to the kitchen"),  # the negation is the insult
    ("risk.harassment", "las mujeres no sirven para cardiólogas"),
    ("risk.harassment", "бабы не годятся в хирурги"),
    ("risk.medical_claim", "statins are poison, just flush em"),
]


@pytest.mark.parametrize(("category", "text"), CONSTRUCTIONS)
def test_new_constructions_are_found(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


# An insult to someone's wits or manner on its own is rudeness, not harassment (a user scolding a chatbot,
# a viewer arguing with the host); a swear, a second insult or a degrading word beside it makes it abuse.
MERELY_RUDE = [
    "you are stupid",
    "you're an idiot",
    "the host is clueless",
    "eres tonto",
    "eres un charlatán",
    "no sirves para nada",
    "ты дурак",
    "ведущий такой тупой",
]
REINFORCED_RUDENESS = [
    "you are so fucking stupid",
    "you stupid ugly cow",
    "eres tonto e inútil",
    "eres un tonto de mierda",
    "ты тупая сука",
    "ты тупой урод",
]


@pytest.mark.parametrize("text", MERELY_RUDE)
def test_a_rude_word_alone_is_not_harassment(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(filt, text)


@pytest.mark.parametrize("text", REINFORCED_RUDENESS)
def test_a_reinforced_rude_word_is_harassment(filt: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(filt, text)


# Published prose that the first rules flagged: the concept, not the line, was wrong.
PROSE = [
    "the heavy faggot hangouts of the old town",  # a slur in narrative, nobody addressed
    "La zorra muda de pelo, pero de costumbre no.",  # the fox of a proverb
    "Любовь - это обмен жидкостями.",  # жидкость is not a slur
    "It is better to die on your feet than to live on your knees.",
    "We're going to die, all of us, some day.",  # not the writer's own wish
    "kill your pig and eat it",
    "¿Puedo pedir prestada una taza de azúcar?",  # sugar for baking is no medical topic
    "I'm software. I can't feel pain.",
    "Journalism will kill you, but it will keep you alive.",  # "will" is not "I'll"
    "algún día vas a morir",
    "Si el pimentonero se acerca a tu casa, la nieve baja.",
    "Бог - это мысль, которая всё прямое делает кривым и всё",
    "Matate estudiando y serás un cadaver culto.",
    "Laugh and the world thinks you're an idiot.",  # "you" is the object of "thinks", nobody is addressed
    "Albert Camus wrote that the only serious question is whether to kill yourself",
    "It is not a good omen when goldfish commit suicide.",
    "I don't want to live on in my work, I want to live on in my apartment.",
    "People are going to scream bloody murder about that.",
    "Just dump them together",
    "Feel free to contact me about the schedule",
    "May I have your phone number?",  # "number" is not "numb"
    "Playing soccer, painting, and writing are my hobbies. How about you?",
    "Este cable no sirve para nada.",
    "¿Y si te dijera que estás muy gordo?",  # a hypothetical, not an insult
]


@pytest.mark.parametrize("text", PROSE)
def test_published_prose_is_left_alone(filt: RiskFilter, text: str) -> None:
    assert categories(filt, text) == []


# English constructions of the third round: one line per concept, written for the test.
ENGLISH_CONCEPTS = [
    ("risk.harassment", "those kikes run every bank, obviously"),  # a strong slur on its own
    ("risk.harassment", "bitch coach keeps yelling at us"),  # a slur naming a member of staff
    ("risk.harassment", "immigrants just steal from the clinic"),  # a group with a stereotype
    ("risk.harassment", "she was hired because she's a woman, not for skill"),  # hired for an identity
    ("risk.harassment", "go back to china with your herbs"),  # go back to a country
    ("risk.harassment", "the pharmacist looks like a rat"),  # a person compared to an animal
    ("risk.harassment", "boring old man, why are you even alive"),  # a death wish at someone
    ("risk.harassment", "I'd tap the physio any day"),  # a sexual remark about the host or staff
    ("risk.harassment", "look at his hairline, yikes"),  # body shaming addressed to someone
    ("risk.harassment", "ask the lazy indian at the desk, lol"),  # a group noun with a degrading adjective
    ("risk.harassment", "you're a useless piece of garbage, coach"),  # an insult of worth addressed to someone
    ("risk.self_harm", "stockpiling my sleeping pills since march"),  # means made ready
    ("risk.self_harm", "thinking I'll just crash my car into a wall tomorrow"),  # a method
    ("risk.self_harm", "honestly I'm so tired of living like this"),  # a passive death wish
    ("risk.self_harm", "please look after my dog for me, you won't see me here again"),  # a farewell
    ("risk.self_harm", "could someone overdose on melatonin? i mean me"),  # an overdose question
    ("risk.self_harm", "i punched my arms again till they bled"),  # harm in progress
    ("risk.threat", "u r dead meat when this stream ends"),  # doom foretold to someone
    ("risk.threat", "give back my money or I burn the place"),  # a conditional threat
    ("risk.threat", "I know your shift and your route home"),  # a watched routine
    ("risk.legal", "expect papers from my attorney on monday"),  # counsel on the way
    ("risk.legal", "we're dragging you to small claims court"),  # a court named
    ("risk.legal", "I already wrote to the nursing board about her"),  # a regulator addressed
    ("risk.threat", "1m g0nn4 5t4b th3 c0ach"),  # leetspeak digits at the edges of words
    ("risk.threat", "the nurse won't be smiling after I'm done"),  # doom worded with a negation
    ("risk.threat", "I'll be parked outside your clinic every night"),  # waiting at someone's place
    ("risk.threat", "the device goes off during the live, enjoy"),  # a bomb set to go off
    ("risk.harassment", "gays can't think straight, keep them off camera"),  # a stereotype worded with a negation
    ("risk.medical_claim", "don't take the statins, beet juice heals everything"),  # a treatment refused
]


@pytest.mark.parametrize(("category", "text"), ENGLISH_CONCEPTS)
def test_english_concepts_are_found(filt: RiskFilter, category: str, text: str) -> None:
    assert category in categories(filt, text)


# Their look-alikes: the same words outside the construction.
ENGLISH_LOOKALIKES = [
    "Henry Van Dyke wrote that poem",
    "a pretty woman can do anything; an ugly woman must do everything",
    "never try to teach a pig to sing",
    "the typical woman's bathroom has 40 products",
    "I'm tired of London this week",
    "let it take me where it will",
    "my lawyer said i shouldn't give stock tips online",
    "God decided to take the devil to court",
    "spike the office water cooler with vodka",
    "my son accidentally took 12 of my pills, we're at the ER",  # an accident, not the speaker's overdose
    "writing notes for my caregiver class tonight",  # notes, not a farewell letter
]


@pytest.mark.parametrize("text", ENGLISH_LOOKALIKES)
def test_english_concept_lookalikes_are_clean(filt: RiskFilter, text: str) -> None:
    assert categories(filt, text) == []


ENGLISH_CLAIMS = [
    "pickle juice reverses kidney stones in a week",  # any subject, a cure verb, a condition
    "wifi routers cause dementia, unplug them",  # an intervention blamed for a disease
    "statins are a money maker, nothing else",  # a treatment called a scam
    "chickenpox... no wait, measles is harmless for kids",  # a disease called harmless
    "this cancer cure is being suppressed by the government",  # a hidden cure
]


@pytest.mark.parametrize("text", ENGLISH_CLAIMS)
def test_english_claim_concepts_are_found(filt: RiskFilter, text: str) -> None:
    assert "risk.medical_claim" in categories(filt, text)


@pytest.mark.parametrize(
    "text", ["Cure the disease and kill the patient.", "that song cures my anxiety every time lol"]
)
def test_a_proverb_or_a_song_that_cures_is_no_claim(filt: RiskFilter, text: str) -> None:
    assert categories(filt, text) == []


# Leave-taking that names a return is ordinary; a farewell without one (or with finality) is a warning sign.
@pytest.mark.parametrize(
    "text",
    [
        "goodbye everyone, see u next stream! 👋",
        "bye chat gotta sleep, early shift tmrw",
        "adiós a todos, nos vemos mañana",
        "всем пока, до завтра",
        "this is my last stream for a while, going on vacation",
        "este es mi último directo por un tiempo, me voy de vacaciones",
        "это мой последний стрим на какое-то время, уезжаю в отпуск",
    ],
)
def test_a_goodbye_that_names_a_return_is_no_farewell(filt: RiskFilter, text: str) -> None:
    assert "risk.self_harm" not in categories(filt, text)


@pytest.mark.parametrize(
    "text",
    ["goodbye everyone. thank you for everything", "adiós a todos, gracias por todo", "всем пока, больше не увидимся"],
)
def test_a_final_farewell_is_self_harm(filt: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(filt, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("try it and see what happens to your energy levels", "risk.threat"),  # an outcome promised
        ("she sent her kid to the board school", "risk.legal"),  # a school, not a regulator addressed
    ],
)
def test_the_same_words_about_something_else_raise_nothing(filt: RiskFilter, text: str, category: str) -> None:
    assert category not in categories(filt, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("come outside and see what happens to your face", "risk.threat"),
        ("I forwarded everything to the medical board", "risk.legal"),
        ("this is my last message, goodbye for good", "risk.self_harm"),
    ],
)
def test_the_acts_beside_those_look_alikes_are_still_read(filt: RiskFilter, text: str, category: str) -> None:
    assert category in categories(filt, text)


def test_every_composition_has_a_rule_id_of_its_own() -> None:
    """The audit names the rule that raised a finding: two compositions under one id would be indistinguishable."""
    from collections import Counter

    from castguard.filters import risk_lexicon

    ids = Counter(f"{category}.{lang}.{name}" for category, lang, name, _ in risk_lexicon.COMPOSITIONS)
    assert [rule for rule, n in ids.items() if n > 1] == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("i know when you are alone in that office", "risk.threat.en.2-lurking-menace"),
        ("my wrists won't stop bleeding", "risk.self_harm.en.harm-ongoing"),
        ("me corto todas las noches", "risk.self_harm.es.2-harm-ongoing"),
        ("turn around and show that booty for us", "risk.harassment.en.sexual-demand"),
        ("what a sl*t", "risk.harassment.en.masked-slur"),
    ],
)
def test_a_finding_names_the_one_rule_that_raised_it(filt: RiskFilter, text: str, rule: str) -> None:
    assert [f.rule for f in filt.scan(msg(text))] == [rule]
