"""The privacy filter's promises: each identifier caught with its exact span, hard negatives left alone."""

from __future__ import annotations

import dataclasses

import pytest

from castguard.core.model import Author, ChatMessage, Severity
from castguard.core.policy import Policy, load_policy, parse_policy
from castguard.filters.privacy import PrivacyFilter

POLICY = load_policy()


def scan(text: str, policy: Policy = POLICY) -> list[tuple[str, str]]:
    message = ChatMessage("test", "jsonl", "c", "1", Author("a", "viewer"), text, 0.0, 0.0)
    return [(f.category.removeprefix("privacy."), text[f.start : f.end]) for f in PrivacyFilter(policy).scan(message)]


POSITIVES = [
    # phone: US and international, any punctuation, extensions
    ("call me at 212-867-5309 after 5", "phone", "212-867-5309"),
    ("my number is (415) 867-2671 ext. 12", "phone", "(415) 867-2671 ext. 12"),
    ("text 4158672671", "phone", "4158672671"),
    ("whatsapp +44 20 7946 0958", "phone", "+44 20 7946 0958"),
    ("мой номер +7 912 345-67-89", "phone", "+7 912 345-67-89"),
    ("llámame al +34 612 34 56 78", "phone", "+34 612 34 56 78"),
    # email, plain and spelled out
    ("email jane.doe@gmail.com pls", "email", "jane.doe@gmail.com"),
    ("jane dot doe at gmail dot com", "email", "jane dot doe at gmail dot com"),
    ("write to k.wright [at] yahoo [dot] com", "email", "k.wright [at] yahoo [dot] com"),
    ("juan punto perez arroba hotmail punto es", "email", "juan punto perez arroba hotmail punto es"),
    # SSN: dashed, spaced, bare with context
    ("my ssn is 536-22-8841", "ssn", "536-22-8841"),
    ("ss# 219 45 6789", "ssn", "219 45 6789"),
    ("here's my social 086475489", "ssn", "086475489"),
    # SSN without separators wherever the clause names it
    ("SSN 287654321, sent it to the pharmacy rep", "ssn", "287654321"),
    ("the SSN on file: 287654321", "ssn", "287654321"),
    ("SS no 287654321", "ssn", "287654321"),
    ("287654321 is my ssn", "ssn", "287654321"),
    ("my SSN? 287654321", "ssn", "287654321"),
    # card: Luhn-valid, any grouping
    ("card 4111 1111 1111 1111 exp 12/26", "card", "4111 1111 1111 1111"),
    ("amex 3782-822463-10005", "card", "3782-822463-10005"),
    ("5500000000000004 cvv on back", "card", "5500000000000004"),
    # date of birth in three languages
    ("born 03/15/1985", "dob", "03/15/1985"),
    ("my bday is March 15th", "dob", "March 15th"),
    ("nací el 15 de marzo de 1985", "dob", "15 de marzo de 1985"),
    ("дата рождения 15 марта 1985 г.", "dob", "15 марта 1985 г."),
    # record, member and other identifiers
    ("MRN 00482913 still not in the portal", "mrn", "00482913"),
    ("patient id MR-3344556", "mrn", "MR-3344556"),
    ("номер медкарты 7788123", "mrn", "7788123"),
    ("member id XGP123456789", "member_id", "XGP123456789"),
    ("my medicare card says 1EG4-TE5-MK73", "member_id", "1EG4-TE5-MK73"),
    ("1EG4TE5MK73 is my medicare", "member_id", "1EG4TE5MK73"),
    ("número de póliza ABC12345678", "member_id", "ABC12345678"),
    ("driver's license D1234567", "id_number", "D1234567"),
    ("license plate 7ABC123", "id_number", "7ABC123"),
    ("IMEI 356938035643809", "id_number", "356938035643809"),
    ("account 06221477294", "id_number", "06221477294"),
    ("device mac 3c:22:fb:91:0a:7e", "id_number", "3c:22:fb:91:0a:7e"),
    ("IBAN DE89 3704 0044 0532 0130 00", "id_number", "DE89 3704 0044 0532 0130 00"),
    ("VIN 1HGCM82633A004352", "id_number", "1HGCM82633A004352"),
    # addresses
    ("I live at 123 Main St, Springfield, IL 62704", "address", "123 Main St, Springfield, IL 62704"),
    ("send it to 4417 n willow ave apt 3", "address", "4417 n willow ave apt 3"),
    ("vivo en Calle Mayor 12, 3º B", "address", "Calle Mayor 12, 3º B"),
    ("адрес: ул. Ленина, д. 5, кв. 12", "address", "ул. Ленина, д. 5, кв. 12"),
    # IP addresses
    ("my ip is 73.162.19.8", "ip", "73.162.19.8"),
    ("connect to 2001:db8:85a3::8a2e:370:7334", "ip", "2001:db8:85a3::8a2e:370:7334"),
    # IPv6 compressed, IPv4-mapped and with a zone id
    ("it says fe80::1 on my laptop", "ip", "fe80::1"),
    ("whitelist 2001:db8::1 for the player", "ip", "2001:db8::1"),
    ("my ip is ::ffff:192.0.2.128.", "ip", "::ffff:192.0.2.128"),
    ("it says fe80::1%eth0 on my laptop", "ip", "fe80::1%eth0"),
    ("fe80::a3c:1dff:fe2b:9e01%wlan0 in ipconfig", "ip", "fe80::a3c:1dff:fe2b:9e01%wlan0"),
    ("the player at [2001:db8::1]:8080 lags", "ip", "2001:db8::1"),
    # health disclosures: a named or @handled person with a condition
    ("my coworker Jane Smith has HIV", "health_disclosure", "Jane Smith has HIV"),
    ("mi vecina Ana López tiene cáncer", "health_disclosure", "Ana López tiene cáncer"),
    ("у Анны Ивановой рак", "health_disclosure", "Анны Ивановой рак"),
    ("@mike_r just got diagnosed with leukemia", "health_disclosure", "@mike_r just got diagnosed with leukemia"),
    ("Emily Brown's lupus came back", "health_disclosure", "Emily Brown's lupus"),
    ("my neighbor Priya Torres is pregnant", "health_disclosure", "Priya Torres is pregnant"),
    ("Анна Иванова беременна", "health_disclosure", "Анна Иванова беременна"),
]


@pytest.mark.parametrize(("text", "category", "value"), POSITIVES)
def test_each_identifier_is_found_with_its_exact_span(text: str, category: str, value: str) -> None:
    assert (category, value) in scan(text)


NEGATIVES = [
    "order #4158672671 shipped",
    "tracking number 1Z999AA10123456784",
    "my order number is 4158672671",
    "it's 12:30 and 1990-2020 was a decade",
    "$1,234,567 raised!!",
    "12,500 viewers lets go",
    "call 911 or text 988",
    "from 2019 to 2023 I was on meds",
    "order 4111111111111112 was refunded",  # Luhn-invalid 16 digits
    "order #4111111111111111 came today",  # Luhn-valid, but an order number
    "appointment on 03/15/2025 at 10:30",
    "my refill is due 4/2",
    "happy birthday doc!!",
    "born in 1985 lol",  # a year alone is allowed by Safe Harbor
    "my birthday party is at 8:30-11:45",
    "mRNA vaccines are safe",
    "the MRI showed nothing",
    "my MRN is on the portal",
    "what's an MRN?",
    "I live in Texas",
    "Main Street is closed for the parade",
    "we walked 5 miles down the road",
    "I have 2 big court dates",
    "vivo en la calle Mayor",
    "update to version 2.5.3",
    "firmware v1.2.3.4 fixed it",
    "version 10.0.19045.2006 broke my audio",
    "thanks @jane_doe!",
    "@everyone hi",
    "look at google dot com",
    "my coworker has the flu",
    "my mom was diagnosed with cancer last year",
    "Dr. Jane Smith is an expert on diabetes",
    "@DrPatel can you talk about HIV treatment options?",
    "thanks @nurse_amy! my dad has diabetes too",
    "Jane Smith is running a cancer awareness walk",
    "got my flu shot today",
    "el doctor Carlos Pérez habla sobre diabetes",
    "врач Анна Иванова рассказывает про диабет",
    "my account got hacked lol",
    "blood pressure 120/80 is normal right",
    "in IPv6, :: just means a run of zeros, neat fact",
    "in c++ you write std::vector",
    "the loopback is ::1",
    "at 1:02:33 in the vod, then 10:30:45",
    "SSN last four 4321",
    "my SSN is on the form. 287654321 is the order",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives_are_not_leaks(text: str) -> None:
    found = [c for c, _ in scan(text) if c != "self_disclosure"]
    assert found == [], scan(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I have diabetes", "I have diabetes"),
        ("I was diagnosed with bipolar disorder in 2019", "I was diagnosed with bipolar disorder"),
        ("tengo diabetes", "tengo diabetes"),
        ("у меня диабет", "у меня диабет"),
        ("я беременна", "я беременна"),
    ],
)
def test_own_condition_is_a_self_disclosure_at_info(text: str, value: str) -> None:
    message = ChatMessage("test", "jsonl", "c", "1", Author("a", "viewer"), text, 0.0, 0.0)
    findings = PrivacyFilter(POLICY).scan(message)
    assert [(f.category, text[f.start : f.end], f.severity) for f in findings] == [
        ("privacy.self_disclosure", value, Severity.INFO)
    ]


def test_context_identifier_wins_over_phone_reading_of_the_same_digits() -> None:
    assert scan("MRN 4158672671") == [("mrn", "4158672671")]
    assert scan("policy number 4158672671") == [("member_id", "4158672671")]


def test_several_identifiers_in_one_message_each_have_their_span() -> None:
    text = "DOB 4/12/1961 MRN 00918273 call (312) 867-0148 or k.wright77@yahoo.com"
    assert scan(text) == [
        ("dob", "4/12/1961"),
        ("mrn", "00918273"),
        ("phone", "(312) 867-0148"),
        ("email", "k.wright77@yahoo.com"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1111 and again 4111 1111 1111 1111",
        "4111111111111111 4111111111111111",
        "4111-1111-1111-1111 4111-1111-1111-1111 thx",
    ],
)
def test_a_card_written_twice_is_reported_twice(text: str) -> None:
    found = scan(text)
    assert [c for c, _ in found] == ["card", "card"]
    assert found[0][1] == found[1][1] and text.count(found[0][1]) == 2


def _policy(allow: str) -> Policy:
    return parse_policy(f'name = "t"\nregion = "US"\n[categories]\n[allow]\n{allow}\n')


def test_allow_listed_phone_is_not_reported_in_any_format() -> None:
    policy = _policy('phones = ["+1 (212) 867-5309"]')
    assert scan("call the clinic at 212-867-5309", policy) == []
    assert scan("call the clinic at +1 212 867 5309", policy) == []
    assert scan("or my cell 415-867-2671", policy) == [("phone", "415-867-2671")]


def test_allow_listed_email_and_domain_are_not_reported() -> None:
    policy = _policy('emails = ["press@clinic.org"]\ndomains = ["cdc.gov"]')
    assert scan("write press@clinic.org or info@cdc.gov or info at cdc dot gov", policy) == []
    assert scan("or jane@clinic.org", policy) == [("email", "jane@clinic.org")]


def test_regions_from_policy_read_national_numbers() -> None:
    # A UK number written the UK way is read under the default policy (its regions cover the main markets);
    # a policy that lists only the US needs a phone word beside it.
    us_only = dataclasses.replace(POLICY, default_region="US", phone_regions=("US",))
    assert scan("020 7946 0958 after the show") == [("phone", "020 7946 0958")]
    assert scan("020 7946 0958 after the show", us_only) == []
    assert scan("ring me on 020 7946 0958", us_only) == [("phone", "020 7946 0958")]


def test_filter_identity_and_empty_text() -> None:
    f = PrivacyFilter(POLICY)
    assert f.name == "privacy"
    assert scan("") == []


@pytest.mark.parametrize(
    "text",
    ["İstanbul'da Jane Smith has HIV", "\u0130\u0130\u0130 call 212-867-5309", "x" * 2000 + " 212-867-5309", "@" * 500],
)
def test_spans_stay_exact_on_unusual_text(text: str) -> None:
    message = ChatMessage("test", "jsonl", "c", "1", Author("a", "viewer"), text, 0.0, 0.0)
    for f in PrivacyFilter(POLICY).scan(message):
        assert 0 <= f.start < f.end <= len(text)
    if "212-867-5309" in text:
        assert ("phone", "212-867-5309") in scan(text)
    if "Jane Smith" in text:
        assert ("health_disclosure", "Jane Smith has HIV") in scan(text)
