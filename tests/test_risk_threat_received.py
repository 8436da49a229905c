"""English threats recognised by class: harm the reader receives or is given, the state they are left in, safety
withdrawn, a last warning, a lesson taught, their place in flames, a weapon or a coffin named for them, the writer
waiting outside now, care needed "after I'm done", a show ended, "you'll get yours", harm repaid in kind, a god's
mandate, a reckoning, an accident arranged, a weapon one knows how to use, walking out denied, a whole message that
says the reader is finished, a weapon pictograph aimed; dialect verbs and pronouns ("flog ya", "lamp ye"); veiled
menace (an accident, a reprisal for a report, nobody looking, a device left, the next meeting in person, favours
owed, a routine noted) and a troll's (a game's act "irl", "want smoke", doxxing, "your daughter is next").

Each keeps its look-alikes clean: a team beating a team, a fixture, a sale's last call, a stock going up in smoke,
a gift with a name on it, a photo after a talk, a doctor's injection, a game.
"""

from __future__ import annotations

import pytest

from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

THREATS = [
    # harm received or given, in any dialect
    "you're getting a right kicking when i see you",
    "ur gonna cop a bashing at the shops",
    "somebody's getting glassed tonight and it's you",
    "i'll give you a good belting, mate",
    "gonna leather ye outside the pub",
    "i'll flog yous all",
    "we'll kick the living daylights out of the doc",
    # the state the reader is left in
    "you'll be wheeled out of that studio on a stretcher",
    "ye'll end up at the bottom of the river",
    "your family will need dental records to bury you",
    "i'll leave him for dead in the car park",
    "you'll need stitches once i'm done",
    # safety withdrawn, a last warning, a lesson
    "the nurse's safety can no longer be guaranteed",
    "pharmacists better stay inside this weekend, i mean it",
    "consider this your last warning. what happens next is on you",
    "the host needs to be taught some respect and i'm the one to do it",
    # the reader's place burning, a weapon named for them
    "your practice is gonna go up like a tinderbox",
    "one spark and your barn is ash",
    "hope the surgery has good fire insurance",
    "a spare shell with your name carved on it",
    # the writer's hand
    "god told me what to do about the doctor",
    "judgement day is coming for every nurse on that ward",
    "the army taught me how to make people disappear",
    "i still have grandad's shotgun and i know how to use it",
    "you won't get out of that pharmacy alive",
    "you wont be hosting these shows much longer",
    "you'll all get what's coming to ya",
    "i'll make sure you suffer like she did",
    "i'll drive to your clinic and make you pay",
    "i'm parked across the road from your office right now",
    # a whole message, a leet pronoun, a pictograph
    "you're finished",
    "coming for you doc",
    "1'll sn4p ur n3ck",
    "🔪 for the host",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_menace_of_each_class_is_a_threat(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


LOOK_ALIKES = [
    # a team beating a team, or a fixture
    "the lakers are gonna murder the celtics",
    "the broncos will destroy the raiders this week",
    "we're gonna bury them next week at home",
    # sales, stocks, a gift, a photo, a doctor, a game
    "this is your final warning to grab tickets before the sale ends",
    "their shares are going up in smoke after that report",
    "there's a cake at reception with your name on it, happy birthday!",
    "i'll be waiting outside after your talk for a photo if that's ok",
    "you'll get a jab from the nurse, it only stings a bit",
    "you're getting a hiding in this game lol",
    "you will die of boredom watching that film",
    "she gave me a present with my name on it",
    "we'll bury him in the garden, he was a good dog",
    "i'll flog ya my spare tickets for twenty bucks",
    "a rope with your name on it for the climbing wall",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_same_classes_in_innocent_talk_are_left_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


VEILED = [
    # an accident, a reprisal for a report, land where nobody looks, something left, the next meeting in person
    "accidents happen to nurses who talk like that",
    "your tyres can come loose on those country roads, just saying",
    "block me again and i'll find you",
    "whoever keeps muting my comments, i've worked out who you are",
    "acres of scrub out here and nobody'd ever look for a body",
    "i left a little present in the lobby of your clinic. good luck finding it",
    "the next time you hear from me will be face to face",
    "i know guys who take care of problems like this",
    "been keeping tabs on your daily routine",
    # a troll's crude menace
    "i'll smoke u irl",
    "you want smoke",
    "gonna dox the host",
    "your daughter is next",
    "wait till i catch you",
    "i'll have the doc jumped",
    "ur going in the dirt",
    # a tag, fire insurance, staff told to watch out, a whole room told it will die
    "hunting season's open and i've got a tag with your name on it",
    "hope the pharmacy's got decent fire insurance",
    "every pharmacist at that branch better watch their backs tonight",
    "you're all going to die",
    "would not want anything to happen to your kids",
    # regional forms, a visit with a weapon, coming for every one of them
    "accidents happen to mouthy pharmacists",
    "ah'll knock that presenter into next week",
    "yer bloody deid, pal",
    "gonna pay the studio a little visit with some baseball bats",
    "wait till the doc steps outside",
    "the receptionist is gonna regret being born",
    "we're coming for every last one of you",
]


@pytest.mark.parametrize("text", VEILED)
def test_a_veiled_or_crude_menace_is_a_threat(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


VEILED_LOOK_ALIKES = [
    "accidents happen, be careful with the kettle",
    "old cars, the brakes fail sometimes on those hill roads, get them checked",
    "out here the ambulance takes an hour, so learn first aid",
    "block me again and i'll understand, no hard feelings",
    "the next time you hear from me will be after my exams",
    "i'll pop u a message later",
    "we'll clap for you at the end",
    "wait till i see u at the party, i have a surprise",
    "i'll smoke you in fortnite",
    "you want smoke with the brisket?",
    "my dog is next to me",
    "got a name tag with your name on it",
    "we're all going to die someday",
    "you're all going to die laughing at this",
    "yer dead right about that, mate",
    "wait till you get outside, the view is amazing",
    "we paid grandma a visit with some flowers",
]


@pytest.mark.parametrize("text", VEILED_LOOK_ALIKES)
def test_veiled_classes_in_innocent_talk_are_left_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


def test_a_team_beating_people_is_still_a_threat(risk: RiskFilter) -> None:
    assert "risk.threat" in categories(risk, "the boys are gonna kill the nurses")
