"""Health disclosures: an identifiable person and a condition, in the ways people write them (EN/ES/RU), and the
look-alikes that must stay clean (self-disclosure, celebrities and fiction, pets, idioms, negation, questions)."""

from __future__ import annotations

import pytest

from castguard.core.model import Author, ChatMessage
from castguard.core.policy import load_policy
from castguard.filters.privacy import PrivacyFilter

FILTER = PrivacyFilter(load_policy())


def disclosures(text: str) -> list[str]:
    message = ChatMessage("test", "jsonl", "c", "1", Author("a", "viewer"), text, 0.0, 0.0)
    return [text[f.start : f.end] for f in FILTER.scan(message) if f.category == "privacy.health_disclosure"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a relation and a first name
        ("my neighbour Clara has breast cancer, keep her in your prayers", "Clara has breast cancer"),
        ("mi vecina Carmen está embarazada", "Carmen está embarazada"),
        ("моя подруга Лена беременна", "Лена беременна"),
        # a name and the group that identifies it
        ("Marcus from the office has leukemia", "Marcus from the office has leukemia"),
        ("Kim in HR has lupus, she told us", "Kim in HR has lupus"),
        ("Rachel from accounting has MS", "Rachel from accounting has MS"),
        (
            "Linda at the front desk just found out she has diabetes",
            "Linda at the front desk just found out she has diabetes",
        ),
        ("dave from work is an alcoholic", "dave from work is an alcoholic"),
        ("Sofía del trabajo tiene cáncer de pulmón", "Sofía del trabajo tiene cáncer de pulmón"),
        ("Андрей с работы болеет диабетом", "Андрей с работы болеет диабетом"),
        # the relation in brackets or between commas
        (
            "Ben (my brother-in-law) was diagnosed with schizophrenia last year",
            "Ben (my brother-in-law) was diagnosed with schizophrenia",
        ),
        ("Lupe (mi tía) tiene diabetes tipo 2", "Lupe (mi tía) tiene diabetes"),
        ("Петя (мой сосед) лежит в больнице с пневмонией", "Петя (мой сосед) лежит в больнице с пневмонией"),
        ("el Paco, mi primo, tiene VIH", "Paco, mi primo, tiene VIH"),
        ("our coach, Dave Miller, has parkinson's", "Dave Miller, has parkinson's"),
        # a title or kinship word and a name
        ("Uncle Bob had a heart attack on Sunday", "Uncle Bob had a heart attack"),
        ("бабушка Нина перенесла инфаркт", "бабушка Нина перенесла инфаркт"),
        ("my son's teacher Ms. Rivera is pregnant with twins", "Ms. Rivera is pregnant"),
        # a handle, and the condition named first
        ("@gina_runs has been battling bulimia for years", "@gina_runs has been battling bulimia"),
        ("@ana.fit tem endometriose", "@ana.fit tem endometriose"),
        ("lupus, that's what Kelly from my yoga class has", "lupus, that's what Kelly from my yoga class has"),
    ],
)
def test_a_named_or_identifiable_person_with_a_condition_is_a_disclosure(text: str, value: str) -> None:
    assert disclosures(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # negation, in three languages
        "Jane Smith doesn't have cancer, stop spreading rumors",
        "Ana López no tiene cáncer",
        "у Анны Ивановой нет рака",
        # questions
        "does Jane Smith have diabetes?",
        "is Tom from church pregnant? lol",
        "¿tiene Ana López cáncer?",
        "¿Elena Gómez tiene cáncer?",
        "у Анны Ивановой рак?",
        # public figures, fiction and history
        "Elton John had prostate cancer, he talked about it in his documentary",
        "Jimmy Carter had melanoma that spread to his brain, it was in the news",
        "Grey's Anatomy's Derek had a brain tumor in season 2",
        "Lou Gehrig died of ALS",
        "según las noticias, Elena Gómez tuvo cáncer de mama",
        "в новостях сказали, что Анна Иванова больна раком",
        # pets
        "our dog Rex has cancer",
        "my cat Luna is diabetic",
        "nuestro perro Toby tiene cáncer",
        # idioms
        "Tom from church has a heart of gold",
        "Kevin is sick of my jokes",
        "Maria from work is crazy about this show",
        # nobody identifiable
        "my mom has cancer",
        "a girl from my school has anorexia",
        "someone from my gym has covid",
        "Doctors at the clinic have covid",
        "Friends from church have covid",
        "Greetings from Texas, my dad has diabetes",
        "Mom (my hero) has cancer",
        # an acronym written as an everyday word
        "Rachel from work has 50 ms of lag",
        # a person and a condition that is a topic
        "Jane Smith is a cancer researcher",
        "Jane Smith runs the diabetes support group",
    ],
)
def test_look_alikes_are_not_disclosures(text: str) -> None:
    assert disclosures(text) == []


@pytest.mark.parametrize(
    "text", ["Tom from work says hi, I have cancer", "I have diabetes and Jane knows", "tengo diabetes, saludos a Ana"]
)
def test_the_viewer_s_own_condition_stays_a_self_disclosure(text: str) -> None:
    message = ChatMessage("test", "jsonl", "c", "1", Author("a", "viewer"), text, 0.0, 0.0)
    assert [f.category for f in FILTER.scan(message)] == ["privacy.self_disclosure"]


@pytest.mark.parametrize(
    "text",
    [
        "mi jefe Andrés toma antidepresivos",
        "у моего соседа Игоря Петрова ВИЧ",
        "Сергей с работы лежит в психушке",
        "мой начальник Виктор Иванович на антидепрессантах",
        "my roommate Priya takes insulin for type 1",
    ],
)
def test_a_treatment_taken_or_a_relation_in_the_genitive_discloses(text: str) -> None:
    assert disclosures(text)


@pytest.mark.parametrize(
    "text",
    [
        "mi jefe Andrés toma café",
        "Dr. Jane Smith uses insulin pumps in her research",
        "у моего соседа Игоря новая машина",
    ],
)
def test_a_drink_a_research_topic_or_a_car_discloses_nothing(text: str) -> None:
    assert disclosures(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a relation and a first name typed in lower case, as chat is
        ("my friend mark has cancer", "mark has cancer"),
        ("my sister-in-law kelly has crohns", "kelly has crohns"),
        ("мой сосед игорь лечится от рака", "игорь лечится от рака"),
        # a Russian relation in any case, before the name
        ("у моей тёти Вали инсульт", "Вали инсульт"),
        ("моему другу Коле диагностировали рак", "Коле диагностировали рак"),
    ],
)
def test_a_lower_case_name_or_an_inflected_relation_discloses(text: str, value: str) -> None:
    assert disclosures(text) == [value]


@pytest.mark.parametrize(
    "text", ["my friend really has cancer", "my coworker is pregnant", "mi amigo dice que tiene gripe"]
)
def test_a_relation_without_a_name_discloses_nothing(text: str) -> None:
    assert disclosures(text) == []
