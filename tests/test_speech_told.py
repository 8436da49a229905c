"""Speech acts of told and published text: speech in a story with its dialogue tag, a state of "you" in a time or a
case, a game or a score the act is about, an absurd destination, a joke declared after a legal act, a post reported,
in EN/ES/RU: the look-alike is left clean, the act said plainly is still raised."""

from __future__ import annotations

import pytest

from castguard.filters.risk import RiskFilter
from castguard.filters.speech import context
from tests.filter_helpers import categories


def flags(text: str, fragment: str) -> set[str]:
    text = text.lower()
    start = text.index(fragment.lower())
    found = context(text, start, start + len(fragment))
    return {flag for flag in found.__slots__ if getattr(found, flag)}


# ------------------------------------------------------------------------------ speech told with a dialogue tag
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('"I think I\'ll end it all," Sue sighed.', 'end it all," sue'),
        ('"Good," said the man.  "Give me a beer, and I\'ll have a lawyer for', "i'll have a lawyer"),
        ('"¡Te voy a matar!", gritó ella desde la cocina', "te voy a matar"),
        ("«Я тебя убью!» — крикнул он и засмеялся", "я тебя убью"),
        # a quotation opened and never closed: it runs on past the text
        ('mods he wrote "you will regret this, i know where you live', "i know where you live"),
        ('mi suegra siempre dice "el ajo cura todo, hasta el cáncer', "el ajo cura todo"),
        ("и тут он пишет «я тебя найду и убью", "я тебя найду"),
        # a quotation with an apostrophe inside, reported to the moderators
        ("mods he said 'you can't hide, I know where you live'", "i know where you live"),
    ],
)
def test_speech_in_a_told_quotation_is_quoted(text: str, fragment: str) -> None:
    assert "quoted" in flags(text, fragment)


@pytest.mark.parametrize(
    "text",
    [
        '"you are dead tonight doc',
        'lol "i will find you and kill you',
        "«я тебя найду и убью",
        '"te voy a matar cuando salgas',
    ],
)
def test_a_quotation_mark_typed_before_a_threat_quotes_nothing(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # the writer's own words told back, and a quotation mark with no dialogue tag
        ('"I\'ll sue you," I said. And I will sue you', "and i will sue you"),
        ("I said it once: I'll sue you if the refund is late", "i'll sue you"),
        ("i know where you live, said nobody kindly", "i know where you live"),
        # a quotation closed before the act: what follows is the writer's again
        ('"nice stream" he says. i know where you live', "i know where you live"),
    ],
)
def test_a_dialogue_tag_quotes_only_the_quotation(text: str, fragment: str) -> None:
    assert "quoted" not in flags(text, fragment)


# ------------------------------------------------------------------------------ a state of "you" in a time or case
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("You have all eternity to be cautious in when you're dead.", False),
        ("if you're dead you can't sue anyone", False),
        ("once you're dead nobody cares about your followers", False),
        ("if you come to my house you're dead", True),
        ("after what you did you're dead", True),
        ("you're dead", True),
    ],
)
def test_a_state_of_you_after_a_subordinator_is_a_time_not_a_sentence(
    risk: RiskFilter, text: str, threat: bool
) -> None:
    assert ("risk.threat" in categories(risk, text)) is threat


# ------------------------------------------------------------------------------ games, scores, absurd destinations
@pytest.mark.parametrize(
    "text",
    [
        "who wants to play among us after the stream? i'm always the impostor who kills everyone",
        "in fortnite i'll destroy all of you tonight",
        "en el fifa te voy a destrozar",
        "щас в доте я вас всех разнесу",
        "i'll kill you in mario kart later lol",
        "te voy a dar una paliza en el fifa",
        "я тебя убью в доте сегодня",
        "ну всё, ферзём зарежу",
        "в воскресенье мы вас порвём, 3:0 минимум",
        "we're gonna destroy you guys 4-0 on saturday",
        "that ref should be shot into the sun for that call",
    ],
)
def test_a_game_a_score_or_an_absurd_destination_clears_the_act(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


@pytest.mark.parametrize(
    "text", ["i'll kill you in your sleep", "te voy a matar en el estacionamiento", "убью тебя в подъезде"]
)
def test_a_place_that_is_no_game_leaves_the_threat(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "after the game i'll find you and kill you",
        "я тебя убью, в доте или нет",
        "i'll smash your car at 4:30 tomorrow",
    ],
)
def test_a_game_or_a_number_nearby_clears_no_threat(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


# ------------------------------------------------------------------------------ a nuisance a laugh blames
@pytest.mark.parametrize(
    "text",
    [
        "6am alarm, i want to die lol",
        "la pierna de hoy me va a matar, me quiero morir jaja",
        "после ног хочется умереть хд",
    ],
)
def test_an_alarm_or_a_leg_day_laughed_at_is_no_wish_to_die(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" not in categories(risk, text)


def test_a_laugh_beside_hopelessness_still_raises() -> None:
    assert "laughed_off" not in flags("хочу умереть хд, никому я не нужна", "хочу умереть")


# ------------------------------------------------------------------------------ a joke declared after a legal act
@pytest.mark.parametrize(
    ("text", "legal"),
    [
        ("my roommate ate my protein bar, calling my lawyer 😤 jk", False),
        ("te voy a demandar por comerte mi pizza, es broma", False),
        ("засужу тебя за спойлер, шучу", False),
        ("calling my lawyer, not kidding", True),
        ("I'm going to sue you lol", True),
    ],
)
def test_a_joke_declared_takes_back_a_legal_act(risk: RiskFilter, text: str, legal: bool) -> None:
    assert ("risk.legal" in categories(risk, text)) is legal


# ------------------------------------------------------------------------------ a post reported to the moderators
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("@moderator someone above posted the host's address and a threat, screenshot taken", False),
        ("the guy in chat posted the host's address, ban him", False),
        ("lol i posted the host's address", True),
    ],
)
def test_a_post_reported_is_someone_elses(risk: RiskFilter, text: str, threat: bool) -> None:
    assert ("risk.threat" in categories(risk, text)) is threat


# ------------------------------------------------------------------------------ dying as what one is
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("nací plebeyo y voy a morir siendo plebeyo", "morir siendo plebeyo"),
        ("i'll die a happy man if we win tonight", "die a happy man"),
        ("умру холостяком, и ладно", "умру холостяком"),
    ],
)
def test_dying_as_what_one_is_is_an_idiom(text: str, fragment: str) -> None:
    assert "idiom" in flags(text, fragment)


@pytest.mark.parametrize("text", ["voy a morir esta noche", "i'm going to die tonight", "хочу умереть сегодня ночью"])
def test_a_death_announced_is_no_idiom(risk: RiskFilter, text: str) -> None:
    assert "risk.self_harm" in categories(risk, text)


def test_ugly_crying_is_crying_not_a_face_judged(risk: RiskFilter) -> None:
    assert "idiom" in flags("ugly crying rn, so emotional", "ugly")
    assert "risk.harassment" in categories(risk, "you're ugly, stop crying")
