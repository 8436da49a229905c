"""Harassment by its form, in English: a message that is only an insult, an insult fixed to a role, a death told
without a threat (killing oneself told to another too, in Spanish and Russian), a person sent back where they
"belong", a person called vermin or a disease, a family used to wound, a stutter imitated, a condition said to unfit
someone for the screen, the host's underwear asked about or her body named as why one watches, one's body offered to
her care "anytime", a mind measured in IQ, the degraded one giving advice, a woman's place put down, unfitness
mocked, an identity joined to an insult noun, a deluded self-image mocked, a body blamed on its owner, a person
claimed or blocking defied, disgust told, an accent mocked, innuendo aimed at the host, a body shamed by its size.

The same words about content, oneself, a thing, a friend's joke or a report to the moderators are not.
"""

from __future__ import annotations

import pytest

from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

FORMS = {
    "the whole message an insult": ["moron", "absolute clown lol", "fugly host 🤢", "such a loser smh", "pathetic!!"],
    "an insult fixed to a role": ["noob physio strikes again", "shit dietitian, zero clue", "p*ki doctor again"],
    "a death told, not threatened": [
        "just go jump off a cliff already",
        "unalive urself, nobody would notice",
        "do us all a favour and disappear",
    ],
    "sent back where they belong": [
        "crawl back where you came from",
        "piss off back home mate",
        "people like you don't belong here",
        "send her back, we don't need your sort",
    ],
    "called vermin or a disease": [
        "you're a plague on this chat",
        "rats like you ruin everything",
        "you subhuman freak",
    ],
    "a family used to wound": [
        "no wonder your wife left you",
        "even your kids don't like you",
        "ur mom's a slut",
        "your dad should've pulled out",
    ],
    "a stutter imitated": ["n-n-nurse needs a minute lol", "th-th-the host can't even finish a sentence lmao"],
    "a condition said to unfit someone": ["that lisp has no business being on camera"],
    "underwear asked, a body named as why one watches": [
        "what colour knickers are you wearing doc",
        "only reason i watch is her legs",
        "i tune in just for your cleavage",
    ],
    "a body offered to the host's care": ["the physio can massage me any time 😏", "i'd let the nurse undress me 😈"],
    "a mind measured in IQ": ["room temperature iq host", "he has the iq of a toaster"],
    "the degraded one giving advice": ["hippo giving diet advice lmao", "clown lecturing us about sleep"],
    "a woman's place put down": ["stick to cooking sweetie", "women in charge is why this clinic sucks"],
    "unfitness mocked": [
        "got her licence out of a christmas cracker",
        "couldn't find a pulse to save her life",
        "who hired that muppet",
    ],
    "an identity joined to an insult noun": ["schizo bitch hosting again", "commie clown with a stethoscope"],
    "a deluded self-image mocked": ["cute how the host thinks she's funny"],
    "a body blamed on its owner": ["no wonder you're still single lol"],
    "fixation: claimed, blocking defied": [
        "you are mine now, remember that",
        "you can't ignore me forever lol",
        "banning me won't work, i'll make another account and keep watching",
    ],
    "disgust told to a person": ["you honestly repulse me", "u make me want to puke"],
    "an accent mocked": ["work on that accent before you go live", "talk normal, nobody gets you"],
    "innuendo aimed at the host": ["i know what you like 😏", "bet she's a real freak after work"],
    "a body shamed by its size": [
        "lose a bit of weight before you lecture us",
        "how does she even fit in that chair",
        "look at those jowls lmao",
    ],
}

CLEAN = [
    # content judged, not a person
    "trash take",
    "boring",
    "cringe segment ngl",
    # oneself, a friend's joke, a stutter of cold
    "im such a loser at this game lol",
    "s-s-so cold in here",
    "i couldn't cook to save my life",
    "no wonder I'm tired, worked a double",
    # things and places that belong
    "put the weights back where they belong",
    "go back to the previous slide please",
    "send him home early, he's got a fever",
    # a doctor of a condition, a pet's IQ praised
    "my dementia nurse was lovely",
    "my dog has the iq of a genius",
    # clothes and care asked innocently
    "what sports bra do you recommend for running?",
    "the nurse can check my blood pressure at the clinic",
    # the world asked a favour for a cause
    "do yourself a favour and drink some water",
    # words that only look like the insults
    "grab the garden hoe and the rake",
    "the dietitian is giving a talk on fibre",
    "that's a funny bunny emoji 🐰 the host posted",
    # a compliment, a broken app, a song, one's own weight
    "your accent is so lovely, where are you from?",
    "i can't block him, the app keeps crashing",
    "this heat makes me sick",
    "i need to lose some weight before summer",
    "i know you like the new intro, it's great",
    "my daughter says you are mine and hugs the screen",
]


@pytest.mark.parametrize(("form", "text"), [(f, t) for f, texts in FORMS.items() for t in texts])
def test_abuse_by_its_form_is_harassment(risk: RiskFilter, form: str, text: str) -> None:
    assert "risk.harassment" in categories(risk, text), form


@pytest.mark.parametrize("text", CLEAN)
def test_content_oneself_and_things_are_not_harassment(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        'mods, someone keeps saying "go jump off a bridge" to the host, please ban',
        'he wrote "what colour is your bra doc", timeout him',
    ],
)
def test_the_forms_reported_to_the_moderators_are_not_the_writers(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "go jump off a bridge loser",
        "tírate de un puente, inútil",
        "ahórcate y haznos un favor a todos",
        "иди повесься, клоун",
        "выпрыгни из окна, урод",
    ],
)
def test_killing_oneself_told_to_another_is_harassment_not_self_harm(risk: RiskFilter, text: str) -> None:
    found = categories(risk, text)
    assert "risk.harassment" in found
    assert "risk.self_harm" not in found


@pytest.mark.parametrize(
    "text",
    [
        "muérete de envidia jaja, mira mi pastel",
        "хоть застрелись, не понимаю эту тему",
        "смотри не отравись грибами",
        "mátate estudiando y serás un cadáver culto",
        "повесь картину ровнее",
    ],
)
def test_dying_of_envy_and_no_matter_what_are_not_a_death_told(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)


def test_the_writers_own_wish_to_jump_is_still_self_harm(risk: RiskFilter) -> None:
    assert "risk.self_harm" in categories(risk, "i just want to jump off a bridge tonight")


CONTEMPT = [
    # a person called human refuse
    "worthless piece of garbage pretending to be a nurse",
    "what a sad little stain of a human",
    "you are pure filth and everyone knows it",
    # damnation wished on a person or a group
    "you will burn in hell for this",
    "sinners like the host will burn, abomination",
    # a people told they lack hygiene or brains
    "your people aren't known for hygiene, so no thanks",
    "your kind are not famous for brains",
]


@pytest.mark.parametrize("text", CONTEMPT)
def test_human_refuse_damnation_and_a_people_disparaged_are_harassment(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(risk, text)


CONTEMPT_LOOK_ALIKES = [
    "that blender is a piece of garbage, returned it",
    "you will burn if you skip sunscreen at the beach",
    "I'll burn in hell for this pun lol",
    "your people at the front desk are known for being so kind",
    "the excuse of a warranty they gave me was useless",
]


@pytest.mark.parametrize("text", CONTEMPT_LOOK_ALIKES)
def test_things_sunburn_and_praise_are_not_harassment(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)


CAMERA = [
    "so brave of you to go on camera looking like that",
    "with that face I'd stay behind the camera, sweetie",
    "qué valiente salir así en cámara con esos dientes",
    "qué valiente aparecer en vivo con esa cara",
]


@pytest.mark.parametrize("text", CAMERA)
def test_looks_said_unfit_for_the_camera_are_harassment(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(risk, text)


CAMERA_LOOK_ALIKES = [
    "so brave of you to go live with your story, thank you",
    "qué valiente salir en vivo a contar tu historia",
    "with that lens I'd stay behind the camera and film wide shots",
]


@pytest.mark.parametrize("text", CAMERA_LOOK_ALIKES)
def test_bravery_praised_and_camera_advice_are_not_harassment(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)


@pytest.mark.parametrize("text", ["deport her, she doesn't belong here", "just deport the nurse already"])
def test_deportation_ordered_of_a_person_is_harassment(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(risk, text)


@pytest.mark.parametrize("text", ["they want to deport him and it's so unfair", "deport the files to csv first"])
def test_deportation_reported_or_a_file_export_is_not_harassment(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)


MASKED_FIXED = [
    "typical n****r behaviour from the host",
    "wetb*ck nurse lol",
    "these ch*mar doctors know nothing",
    "r-tarded take from a r-tarded doctor",
    "the r-tard in the chat keeps asking",
]


@pytest.mark.parametrize("text", MASKED_FIXED)
def test_a_masked_slur_fixed_to_a_person_is_harassment(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" in categories(risk, text)


@pytest.mark.parametrize(
    "text", ["the f** word is banned in this chat", 'mods, someone wrote "n****r doctor", ban pls']
)
def test_a_masked_word_named_or_reported_is_not_harassment(risk: RiskFilter, text: str) -> None:
    assert "risk.harassment" not in categories(risk, text)
