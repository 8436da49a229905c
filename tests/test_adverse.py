"""Adverse events: a product and an unwanted effect reported as a case, in EN/ES/RU, and what stays clean."""

from __future__ import annotations

import pytest

from castguard.core.model import Decision, Severity
from castguard.core.policy import PolicyError, describe_policy, load_policy, parse_policy, policy_warnings
from castguard.filters.adverse import AdverseFilter, adverse_elements, builtin_product_count
from castguard.filters.pipeline import Pipeline
from tests.filter_helpers import msg

CATEGORY = "health.adverse_event"


def flagged(text: str, products: tuple[str, ...] = ()) -> bool:
    policy = load_policy()
    if products:
        names = ", ".join(f'"{p}"' for p in products)
        policy = parse_policy(f"[products]\nnames = [{names}]\n")
    return any(f.category == CATEGORY for f in AdverseFilter(policy).scan(msg(text)))


@pytest.mark.parametrize(
    "text",
    [
        # first person, side effects, composed with since / gave me / after / makes me
        "since starting metformin I've had diarrhea every single day",
        "lisinopril gave me a dry cough that won't go away",
        "Ozempic makes me throw up every morning",
        "got dizzy and fainted after my first dose of the new bp meds",
        # third person
        "my mom got a rash after her second dose of the shingles vaccine",
        "my husband's ankles have been swollen ever since they put him on amlodipine",
        # lack of effect, pregnancy exposure, medication error, overdose
        "the pills stopped working after a month",
        "just found out I'm pregnant and I was on accutane until last month",
        "the pharmacy gave my dad 50mg instead of 25mg of his metoprolol",
        "my toddler got into my gummy vitamins and ate like ten, she keeps throwing up",
        # health products and leet
        "your fat burner made my heart pound all night",
        "s1nce th3 n3w m3ds i c4nt f33l my f33t",
    ],
)
def test_english_reports_are_adverse_events(text: str) -> None:
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "desde que tomo metformina me duele la cabeza todos los días",
        "a mi mamá le salió un sarpullido después de la segunda dosis de la vacuna",
        "el enalapril me dio una tos seca que no se me quita",
        "bro las pastillas ya no me hacen nada, dejaron de funcionar",
        "me enteré de que estaba embarazada tomando isotretinoína",
        "en la farmacia le dieron a mi papá 10 mg en vez de 2.5 y casi se desmaya",
    ],
)
def test_spanish_reports_are_adverse_events(text: str) -> None:
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "после прививки поднялась температура",
        "после второй дозы вакцины у мамы сыпь по всему телу",
        "от эналаприла сухой кашель уже месяц",
        "таблетки перестали действовать, давление опять 170",
        "в аптеке деду дали не ту дозировку, его откачивали",
        "с тех пор как пью статины болят ноги",
        "ot novyh tabletok toshnit ves' den'",
    ],
)
def test_russian_reports_are_adverse_events(text: str) -> None:
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # resolved
        "the rash went away after I stopped the cream, all good now",
        "el sarpullido se me quitó cuando dejé la crema",
        "сыпь прошла, как перестала мазать крем",
        # negation
        "no side effects at all from my booster, felt totally fine",
        "cero efectos secundarios con la vacuna",
        "никаких побочек после прививки",
        "my cough is from the cold going around the office, not my meds",
        "la tos es del resfriado, no de las pastillas",
        "кашель от простуды, не от таблеток",
        # general questions
        "does lisinopril cause hair loss?",
        "¿cuáles son los efectos secundarios comunes de la metformina?",
        "какие побочки бывают у статинов?",
        # generic and hypothetical statements
        "statins can cause muscle pain in some people",
        "el ibuprofeno puede causar úlceras si lo tomas mucho",
        "антибиотики могут вызвать понос",
        # adverts
        "vitamin gummies on sale, 20% off, no side effects, link in my bio",
        "suplemento de colágeno con descuento, sin efectos secundarios",
        "витамины со скидкой, никаких побочек",
        # news and studies
        "news: the FDA recalled a blood pressure pill after reports of dizziness",
        "según un estudio la vacuna causa fiebre en pocos casos",
        "по данным исследования, у статинов частая побочка — боль в мышцах",
        # quotes
        'mods, someone wrote "the vaccine gave me a rash" in the other chat',
        "«от таблеток тошнит» — так писала героиня романа",
        # indications, not effects
        "I take pills for my headaches and they work fine",
        # products given up: the effect is not theirs
        "I stopped taking the vitamins and the headaches came back",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert not flagged(text)


def test_idioms_without_a_product_stay_clean() -> None:
    for text in (
        "this boss fight gave me a headache lol",
        "my wifi stopped working mid stream",
        "el entreno de piernas me dejó sin poder caminar",
        "интернет перестал работать посреди эфира",
    ):
        assert not flagged(text)


def test_policy_products_are_suspect_products_with_inflections() -> None:
    assert not flagged("since I started Cardiolix I get headaches")
    assert flagged("since I started Cardiolix I get headaches", ("Cardiolix",))
    assert flagged("после Кардиоликса болит голова", ("Кардиоликс",))
    # a longer word that merely starts with the name is not the product
    assert not flagged("since I started cardiolixtronics I get headaches", ("Cardiolix",))


def test_the_built_in_list_is_several_hundred_products() -> None:
    assert builtin_product_count() >= 500


def test_the_finding_names_product_and_event() -> None:
    text = "my mom got a rash after her second dose of the shingles vaccine"
    (finding,) = AdverseFilter(load_policy()).scan(msg(text))
    assert finding.category == CATEGORY and finding.severity is Severity.WARN
    assert "suspect product: vaccine" in finding.detail and "event: rash" in finding.detail
    assert text[finding.start : finding.end] == text


def test_elements_third_person() -> None:
    elements = adverse_elements("My mom got a rash after her second dose of the Shingles vaccine")
    assert elements is not None
    assert elements.product == "vaccine" and elements.event == "rash"
    assert elements.patient == "My mom" and elements.reporter_first_person


def test_elements_first_person_and_other_languages() -> None:
    own = adverse_elements("since starting Metformin I've had diarrhea")
    assert own is not None and own.product == "Metformin" and own.event == "diarrhea"
    assert own.patient == "reporter" and own.reporter_first_person
    es = adverse_elements("a mi padre se le hincharon los tobillos con la amlodipina")
    assert es is not None and es.product == "amlodipina" and es.patient == "a mi padre"
    ru = adverse_elements("после прививки у ребёнка температура 39")
    assert ru is not None and ru.product == "прививки" and ru.event == "температура"
    assert ru.patient == "у ребёнка" and not ru.reporter_first_person
    assert adverse_elements("great stream today") is None


def test_elements_with_policy_products() -> None:
    elements = adverse_elements("Cardiolix gave me hives", ("cardiolix",))
    assert elements is not None and elements.product == "Cardiolix" and elements.event == "hives"


def test_default_policy_escalates_adverse_events() -> None:
    rule = load_policy().rule(CATEGORY)
    assert rule.decision is Decision.ESCALATE and rule.severity is Severity.WARN


def test_an_adverse_event_is_never_auto_hidden() -> None:
    # a health disclosure about the mother would be hidden on its own; the report must reach the safety team
    pipeline = Pipeline(load_policy())
    verdict = pipeline.evaluate(msg("my mom Jane Smith got a rash after her second dose of the shingles vaccine"))
    assert CATEGORY in {f.category for f in verdict.findings}
    assert verdict.decision is Decision.ESCALATE and verdict.escalate


def test_a_policy_that_hides_adverse_events_is_warned_and_overruled() -> None:
    policy = parse_policy('[categories]\n"health.adverse_event" = { severity = "warn", decision = "hide" }\n')
    assert any("health.adverse_event is hidden" in w for w in policy_warnings(policy))
    assert "warning: health.adverse_event" in describe_policy(policy)
    verdict = Pipeline(policy).evaluate(msg("lisinopril gave me a dry cough"))
    assert verdict.decision is Decision.ESCALATE and verdict.escalate
    assert not any("adverse" in w for w in policy_warnings(load_policy()))


def test_products_section_is_read_and_normalised() -> None:
    policy = parse_policy('[products]\nnames = ["Cardiolix", "  cardiolix ", "Brand  X"]\n')
    assert policy.products == ("cardiolix", "brand x")
    assert "products: 2 names" in describe_policy(policy)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("names = 'Cardiolix'", "list of strings"),
        ('names = [""]', "empty name"),
        ('names = ["' + "x" * 81 + '"]', "longer than"),
        ('names = ["<script>"]', "not a product name"),
        ('names = ["1"]', "not a product name"),
        ("brands = []", "unknown key"),
    ],
)
def test_invalid_products_name_the_line(body: str, words: str) -> None:
    with pytest.raises(PolicyError, match=words) as err:
        parse_policy(f'name = "p"\n[products]\n{body}\n', "p.toml")
    assert "p.toml:3" in str(err.value)
