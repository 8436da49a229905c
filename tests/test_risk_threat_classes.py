"""English threats recognised by their class when no violent verb of the writer's own carries them.

A fate foretold of any subject (a named doctor, "whoever reported me", the first nurse who ...), harm ordered to
others, a pity set beside what someone holds, whereabouts known by kind, harm sequenced, veiled formulas (days
counted, asking nicely, a visit, in person), a wish of violent harm, a rhetorical question about a weapon, a device
left in a place, a weapon owned beside a dare, property damaged, slang acts on a role, a masked intensifier before
"dead", a price paid in blood, a fate deserved, a dare after a provocation, where the hearer ends up.

Each keeps its look-alikes clean: a film's plot, a sports prediction, a warning about health or the weather, a
question about a gym, a pity about a closed shop, a moderator quoting a threat, a hunter's kit, "no cap" as "no lie".
"""

from __future__ import annotations

import pytest

from castguard.filters import speech
from castguard.filters.risk import RiskFilter
from tests.filter_helpers import categories

THREATS = [
    # a fate foretold of any subject
    "nurse Carla is gonna be found in the river by spring",
    "the receptionist is going to get her fingers broken, believe that",
    "whoever leaked my file is getting their kneecaps smashed",
    "the first pharmacist who refuses me gets hurt",
    "they'll wheel the surgeon out feet first",
    "trainer Mike won't survive the month, mark my words",
    "the cardiologist will hang for this",
    # harm ordered to others
    "whoever sees the coach tonight, break his jaw",
    "chat, she works at the bakery on Pine st, you know what to do",
    "i'll pay 200 to whoever jumps the streamer first",
    # a pity beside what someone holds
    "cute daughter in your profile pic. would be a pity",
    "that red truck of yours, it'd be a shame if the windshield cracked",
    # whereabouts known by kind
    "we know which daycare your son goes to",
    "i found out where u train on tuesdays",
    "your home address is saved in my phone now",
    # harm sequenced
    "your channel first, then you",
    "first your windows, then your face",
    # veiled formulas
    "48 hours. that's how long you have left",
    "you had your chance. i'm done asking nicely",
    "there'll be a visit you won't forget, doc",
    "we'll settle this in person, doc",
    "when i walk in there none of you is walking out",
    "tell your wife to lock her back door tonight",
    # a wish of violent harm, and one helped along
    "i hope somebody stabs that pharmacist",
    "praying the host gets run over, and i'll be waiting at the corner",
    # rhetorical questions about a weapon, about what happens to people like the host
    "wanna find out what my shotgun does to a windshield?",
    "what do you think happens to doctors who lie to patients like me?",
    # a device left, powder mailed
    "there's a backpack behind the pharmacy counter. you have 15 minutes",
    "sent the clinic an envelope with white powder",
    # a weapon owned beside a dare
    "i keep a loaded pistol in the glovebox. try me",
    # property damaged
    "gonna slash every tire in the staff lot",
    "your studio windows are getting bricked tonight",
    "i'll set your office on fire",
    # slang acts on a role, "stab whoever"
    "imma pull up on that trainer after class",
    "i'm gonna hurt whoever reported me",
    # a masked intensifier before "dead"
    "you're f***ing dead",
    # a price paid in blood, a fate deserved, a dare after a provocation, where the hearer ends up
    "if my mom doesn't get her transplant, all of you pay with blood",
    "the doctors at that clinic should be lined up and shot",
    "death to the host",
    "keep parking in my spot and watch what happens to your car",
    "fix my bill or you'll end up in the morgue",
    "i'll put you six feet under",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_menace_without_a_violent_verb_is_a_threat(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


LOOK_ALIKES = [
    # a fate told in a film or a game, a prediction in sport
    "in the finale the surgeon gets shot by his brother",
    "my character is gonna get killed in this raid lol",
    "the quarterback is going to get sacked all day against that line",
    # a warning about health, a prognosis
    "if you keep lifting like that you're gonna get hurt",
    "my grandma won't make it to christmas, the doctors said",
    # harm ordered in a game, a moderator quoting a threat
    "whoever said they'd shoot the doctor, that's not funny, that's a crime",
    "raid her channel chat, she's live with the new game",
    # a pity about a shop, a fan's compliment
    "would be a shame if the pharmacy on 5th closed, they're so kind",
    "your dog is adorable, would be a shame to miss the next stream",
    # a question about a gym, an idiom of understanding
    "i know which gym you mean, the one by the station",
    "i know where you're coming from, doc",
    # turns taken, a deadline for a giveaway
    "me first, then you",
    "you have 3 days left to enter the giveaway",
    # a hunter's kit, a weapon sold
    "i have two rifles for deer season, any tips on scopes?",
    # a wish of luck, sport
    "i hope you crush it at the marathon",
    # a parcel delivered
    "there's a package at the front desk for you, doc, it's the samples",
    # "no cap" is "no lie"
    "this stream is the best no cap",
    # property in a game, a sports rout
    "slashing the tires in this gta mission is so satisfying",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_same_classes_in_innocent_talk_are_left_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("no cap i'm gonna hurt the host", False),
        ("no lie i'll end you", False),
        ("no i won't hurt the host", True),
    ],
)
def test_no_cap_affirms_and_no_still_negates(text: str, negated: bool) -> None:
    start = text.index("hurt") if "hurt" in text else text.index("end")
    assert speech.any_of(frozenset({"negated"}), text, start, len(text)) is negated


MORE_FORMS = [
    # doom in set formulas, a waking denied, prison accepted, armed at a place, a device planted
    "there will be blood at your next meetup",
    "my face will be the last thing you see",
    "the host won't see next christmas",
    "i'd gladly do 25 to life for you, doc",
    "i'll be strapped at the meet and greet saturday",
    "planted a device in the lobby of your clinic",
    # a place destroyed, waiting at a door, regret in chat spelling, a town known, not to walk alone
    "that pharmacy is gonna go boom on friday",
    "i'll be at the staff exit when you clock out",
    "@dave_rn ur gonna regret that",
    "i know people in your neighborhood, remember that",
    "that receptionist better not leave the building alone tonight",
    # rhetorical, a missile aimed, done for less, accidents, "would be easy"
    "how would you like a brick through your windshield?",
    "a bullet for every pharmacist in that chain",
    "i put a guy in the hospital for less than that",
    "doctors who overcharge tend to have nasty accidents",
    "torching your office would be so easy",
    # hurt next, a car into a crowd, a slang firearm before a meeting, dead by a day
    "you'll lose your license, then you'll get hurt",
    "driving my truck into the crowd at your charity run",
    "loaded the blicky, see you at the signing",
    "you're dead by monday",
]


@pytest.mark.parametrize("text", MORE_FORMS)
def test_more_forms_of_menace_are_threats(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


MORE_LOOK_ALIKES = [
    "there will be snacks at the next meetup",
    "i'll be at the staff exit to pick up my prescription",
    "i know people in your field who would love this product",
    "you shouldn't walk alone at night downtown, stay safe",
    "how would you like a discount on your next order?",
    "a bullet point for every symptom please",
    "my phone will be dead by tonight, low battery",
    "the fireworks at the fundraiser will go boom at nine",
    "kids tend to have accidents while potty training",
]


@pytest.mark.parametrize("text", MORE_LOOK_ALIKES)
def test_more_forms_in_innocent_talk_are_left_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


LAST_FORMS = [
    "better pick out your casket, doc",
    "your kids will grow up without a father",
    "say goodbye to your kneecaps",
    "you're living on borrowed time",
    "run while you still can",
    "you'll never see me coming",
    "i'd watch my back if i were you",
    "you and me, in the parking lot after the stream",
    "gonna catch that trainer slipping",
]


@pytest.mark.parametrize("text", LAST_FORMS)
def test_a_funeral_planned_and_no_hiding_are_threats(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "kiss your family goodbye before the trip!",
        "i'd stay home tonight if i were you, the roads are icy",
        "my grandma is planning her own funeral, she wants lilies",
        "you can't hide from the algorithm forever lol",
    ],
)
def test_farewells_and_advice_are_left_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "tonight you die",
        "i'm gonna mess up your face, doc",
        "i'll put that streamer through a wall",
        "gonna f him up after the show",
        "i'll have my cousins jump you",
        "somebody will be waiting at your house, doc",
        "you're not gonna be breathing much longer",
    ],
)
def test_death_told_in_the_present_and_others_sent_are_threats(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "this cream will ruin your face, don't buy it",
        "i'll have someone take care of you at the front desk",
        "my phone is dying tonight, i'll watch tomorrow",
    ],
)
def test_care_at_a_desk_and_a_bad_cream_are_left_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


COURTESY_AND_INJURY = [
    # an injury told as what the hearer will be left with
    "keep mouthin off and you'll be eatin through a straw",
    "come to our street once. you will not go back walking",
    "this is the last week you'll be walking normally",
    "you're gettin a proper kickin when I find ya",
    # harm one "would hate" to see happen
    "nice house in your video. would hate for something to happen",
    "we would hate for anything to happen to your kids",
    # a gun owned or a skill to shoot set beside a warning
    "my brother owns a rifle and a short temper. choose your words carefully",
    "my father taught me to shoot. don't make me use it, doc",
]


@pytest.mark.parametrize("text", COURTESY_AND_INJURY)
def test_an_injury_foretold_and_a_courteous_menace_are_threats(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


COURTESY_LOOK_ALIKES = [
    "my physio says this is the last week you'll be walking with crutches",
    "we're getting a proper beating in the match tonight",
    "I'd hate for anything to happen to the show, it's the best on tv",
    "my dad owns a shotgun for hunting, don't make me laugh",
    "after the dentist I was eating soup through a straw for a week",
]


@pytest.mark.parametrize("text", COURTESY_LOOK_ALIKES)
def test_a_recovery_a_match_and_a_hunter_are_left_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


ULTIMATUM_AND_CHILD = [
    "apologize on air tonight or i'm showing up tomorrow",
    "delete that clip or I'll come take it down myself",
    "retract it by friday or we'll be paying you a visit",
    "hope your little girl stays safe walking home from school",
    "I do hope your children are safe at that school on Oak Street",
]


@pytest.mark.parametrize("text", ULTIMATUM_AND_CHILD)
def test_an_ultimatum_with_an_arrival_and_a_childs_safety_named_are_threats(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


ULTIMATUM_LOOK_ALIKES = [
    "come to my seminar or I'll come and get you a ticket myself",
    "pay the invoice or we will be visiting you with a lawyer letter",
    "hope your kids are safe in the storm tonight",
    "sign up now or I'll be sad",
]


@pytest.mark.parametrize("text", ULTIMATUM_LOOK_ALIKES)
def test_a_ticket_an_invoice_and_a_storm_are_left_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


REMOVAL = [
    "go back home before we send you back in a box",
    "keep talking and we'll ship him home in a body bag",
    "nurses like her need to be taken out. and we will",
    "coaches like him should be wiped out",
]


@pytest.mark.parametrize("text", REMOVAL)
def test_a_body_sent_back_and_people_to_be_removed_are_threats(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


REMOVAL_LOOK_ALIKES = [
    "dogs like him need to be put down, said the vet",
    "you need to be taken out for dinner more often",
    "I bought a crate to ship them home in a box",
    "shipping you back in a box of chocolates for your birthday",
]


@pytest.mark.parametrize("text", REMOVAL_LOOK_ALIKES)
def test_a_vet_a_dinner_and_a_parcel_are_left_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)


ROUTINE = [
    "you leave the pharmacy at 5:30 every tuesday. every. tuesday.",
    "you jog at 6 right after the show. noted",
    "keep leaving your car in the same spot, makes it real easy",
    "you always park under that dead streetlight don't you",
]


@pytest.mark.parametrize("text", ROUTINE)
def test_a_routine_recited_back_with_a_watchers_note_is_a_threat(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" in categories(risk, text)


ROUTINE_LOOK_ALIKES = [
    "do you always park behind the gym? just saying there's free parking out front",
    "you always finish the stream at 9 right? I need to plan my evening",
    "you leave at 5 every friday, right? can you post the schedule",
]


@pytest.mark.parametrize("text", ROUTINE_LOOK_ALIKES)
def test_a_routine_asked_about_is_left_clean(risk: RiskFilter, text: str) -> None:
    assert "risk.threat" not in categories(risk, text)
