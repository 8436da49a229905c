"""Phone numbers as people write them in every region, and the digit runs that only look like one."""

from __future__ import annotations

import dataclasses

import phonenumbers
import pytest

from castguard.core.model import Author, ChatMessage
from castguard.core.policy import Policy, load_policy, parse_policy
from castguard.filters.privacy import PrivacyFilter
from castguard.filters.privacy.phones import MAX_CANDIDATES

POLICY = load_policy()


def phones(text: str, policy: Policy = POLICY) -> list[str]:
    message = ChatMessage("test", "jsonl", "c", "1", Author("a", "viewer"), text, 0.0, 0.0)
    return [text[f.start : f.end] for f in PrivacyFilter(policy).scan(message) if f.category == "privacy.phone"]


def only(*regions: str) -> Policy:
    listed = ", ".join(f'"{r}"' for r in regions)
    return parse_policy(f'name = "t"\nregion = "{regions[0]}"\nregions = [{listed}]\n[categories]\n')


@pytest.mark.parametrize(
    "written",
    [
        "020 7946 0958",  # GB
        "07400 123456",  # GB mobile
        "06 12 34 56 78",  # FR
        "030 123456",  # DE
        "01512 3456789",  # DE mobile
        "612 34 56 78",  # ES
        "312 345 6789",  # IT
        "(11) 96123-4567",  # BR
        "081234 56789",  # IN
        "0412 345 678",  # AU
        "8 (912) 345-67-89",  # RU
        "090-1234-5678",  # JP
        "222 123 4567",  # MX
        "0712 034 567",  # RO
        "050-234-5678",  # IL
    ],
)
def test_national_numbers_of_the_main_markets_are_read_without_a_phone_word(written: str) -> None:
    assert phones(f"see you after the show {written} ok") == [written]


@pytest.mark.parametrize("region", ["GH", "LK", "EE", "BD", "NP", "UY", "FJ", "MA"])
def test_a_phone_word_reads_national_numbers_of_any_region(region: str) -> None:
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert number is not None
    written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    assert phones(f"my number is {written} text me") == [written]


@pytest.mark.parametrize(
    "template",
    ["call me on {}", "whatsapp {} after 8", "llámame al {}", "mi número es {}", "звони {}", "мой номер {}"],
)
def test_phone_words_in_three_languages_widen_the_reading(template: str) -> None:
    written = "023 123 4567"  # a Ghanaian number: Ghana is not among the default regions
    assert phones(template.format(written), only("US")) == [written]
    assert phones(f"hoy {written} ok", only("US")) == []


def test_the_policy_regions_decide_what_is_read_without_a_phone_word() -> None:
    us_only = only("US")
    assert phones("see you after the show 020 7946 0958 ok", us_only) == []
    assert phones("ring me on 020 7946 0958", us_only) == ["020 7946 0958"]
    assert phones("see you after the show 020 7946 0958 ok", only("GB")) == ["020 7946 0958"]


def test_policy_region_is_tried_first_and_read_for_bare_digits() -> None:
    # Ten bare digits are read as a number of the policy's first region; elsewhere they need a trunk prefix.
    assert phones("4158672671 after 5") == ["4158672671"]
    assert phones("4158672671 after 5", dataclasses.replace(POLICY, phone_regions=("DE", "US"))) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("whatsapp +44 20 7946 0958", "+44 20 7946 0958"),
        ("0044 20 7946 0958 is my mum's", "0044 20 7946 0958"),
        ("011 44 20 7946 0958 from the US", "011 44 20 7946 0958"),
        ("44 20 7946 0958 is the office", "44 20 7946 0958"),
        ("call 447400123456 tonight", "447400123456"),
        ("+298 20 12 34 is my aunt in the Faroes", "+298 20 12 34"),
        ("+690 3101 is the only line on the island", "+690 3101"),
        ("whatsapp me +54 9 11 4299-7606", "+54 9 11 4299-7606"),  # Luhn-valid digits, but after a "+"
    ],
)
def test_international_numbers_with_or_without_plus(text: str, value: str) -> None:
    assert phones(text) == [value]


def test_digits_of_an_international_number_are_not_an_ssn() -> None:
    text = "reach me at +992 372 12 3456"
    message = ChatMessage("test", "jsonl", "c", "1", Author("a", "viewer"), text, 0.0, 0.0)
    found = [(f.category, text[f.start : f.end]) for f in PrivacyFilter(POLICY).scan(message)]
    assert found == [("privacy.phone", "+992 372 12 3456")]


@pytest.mark.parametrize(
    "text",
    [
        "Robert Burns, 26/10 1792",
        "uploaded 20240318, the vod is up",
        "from 1990-2020 I worked nights",
        "1990 - 2020 was a long time",
        "1 234 567 viewers watched the finale",
        "we raised 12.500.000 € last year",
        "$1,234,567 raised!!",
        "Windows build 10.0.19045.4291 here",
        "see clause 4.2.1.7 of the terms",
        "ISBN 978-3-16-148410-0 for the cookbook",
        "978-3-16-148410-0 is the cookbook",
        "minha vó mora em Curitiba - PR, 80010-090",
        "Bestellnummer 2024-88213, wann kommt das?",
        "commande 2024-118-4471 expédiée ?",
        "routing number 021000021 account 1559008119",
        "part number 310-22-4481 for the replacement cuff",
        "stream id 8832-4410-2291",
        "order ID 402-8812233-1190 status still pending",
        "#4158672671 is my ticket",
        "it's 12:30 and I have 3 kids",
        "my step count: 12,503 today",
        "4158672671abc",
        "тонометр за 1 234 567 руб",
        "recaudamos 1.234.567 pesos",
    ],
)
def test_digit_runs_that_are_not_phone_numbers(text: str) -> None:
    assert phones(text) == []


def test_extension_is_part_of_the_number() -> None:
    assert phones("my number is (415) 867-2671 ext. 12") == ["(415) 867-2671 ext. 12"]


def test_a_message_full_of_numbers_reads_a_bounded_number_of_them() -> None:
    text = " ".join(["020 7946 0958"] * 200)
    found = phones(text)
    assert 1 <= len(found) <= MAX_CANDIDATES
