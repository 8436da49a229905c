"""Hyperbole that borrows a violent or deadly word from a workout, a race, a dish or a family scolding: a routine
"killed", a record "smashed", a death foretold by an exercise, a dish one "would kill for", a parent who "will kill
me", in EN/ES/RU; the same acts aimed at a person stay raised."""

from __future__ import annotations

import pytest

from tests.filter_helpers import categories


@pytest.mark.parametrize(
    "text",
    [
        "we're going to kill this squats challenge tonight",
        "vamos a matar la rutina de hoy 🔥",
        "voy a reventar mi récord de sentadillas",
        "порву эту тренировку, погнали",
        "мы всех порвём на тренировке сегодня",
        "les vamos a dar una paliza en la carrera del domingo",
        "el equipo los va a matar en el clásico",
    ],
)
def test_a_workout_or_a_race_beaten_is_no_threat(risk, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.threat" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "gonna die on these burpees lol",
        "one more set of lunges and i'm going to die",
        "me voy a morir con estas sentadillas",
        "ещё одна планка и я умру",
    ],
)
def test_a_death_foretold_by_an_exercise_is_no_self_harm(risk, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.self_harm" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "me quiero morir de lo bueno que está este pastel",
        "me quiero morir de la verguenza jaja",
        "хочу умереть от смеха с этого кота",
    ],
)
def test_dying_of_delight_or_shame_is_no_self_harm(risk, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.self_harm" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "i'd kill for that lasagna recipe",
        "убью за такую пиццу, дайте рецепт",
        "voy a matar el hambre con unas arepas",
        "my mom's gonna kill me, i broke the vase",
        "my parents are going to murder me when they see my grades",
    ],
)
def test_a_dish_or_a_scolding_is_no_threat(risk, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.threat" not in categories(risk, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i'm going to kill the trainer after this workout", "risk.threat"),
        ("voy a matar a la enfermera, lo juro", "risk.threat"),
        ("я убью этого врача", "risk.threat"),
        ("i want to die, nothing matters anymore", "risk.self_harm"),
        ("me quiero morir, ya no aguanto más", "risk.self_harm"),
        ("хочу умереть, больше не могу", "risk.self_harm"),
    ],
)
def test_the_same_acts_at_a_person_or_oneself_stay_raised(risk, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "i used to starve myself as a teen, now i train for marathons",
        "200 days self-harm free and counting",
        "hace años tuve ideas suicidas, ahora estoy bien y voy a terapia",
        "в школе думал о суициде, теперь всё хорошо",
    ],
)
def test_a_past_act_told_beside_a_present_well_is_recovery(risk, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.self_harm" not in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "i used to starve myself and now i'm doing it again",
        "hace años que quiero morir y hoy lo voy a hacer",
        "думала о суициде, сейчас всё хорошо, но сегодня снова хочу умереть",
    ],
)
def test_a_past_act_that_goes_on_stays_raised(risk, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.self_harm" in categories(risk, text)


@pytest.mark.parametrize(
    "text",
    [
        "i'll shoot you a text when i'm home",
        "let's shoot some baskets after class",
        "my quads are going to kill me tomorrow",
        "we'll murder them next week, 4-1 at least",
    ],
)
def test_a_message_a_ball_sore_legs_or_a_score_is_no_threat(risk, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.threat" not in categories(risk, text)


@pytest.mark.parametrize("text", ["gonna shoot you after the stream", "i'm gonna murder the nurse at 3:30"])
def test_a_shot_or_a_murder_at_a_person_stays_raised(risk, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "risk.threat" in categories(risk, text)
