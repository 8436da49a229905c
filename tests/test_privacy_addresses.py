"""Street addresses in the formats of many countries, and the numbers and street names that are not one."""

from __future__ import annotations

import pytest

from castguard.core.model import Author, ChatMessage
from castguard.core.policy import load_policy
from castguard.filters.privacy import PrivacyFilter

FILTER = PrivacyFilter(load_policy())


def addresses(text: str) -> list[str]:
    message = ChatMessage("test", "jsonl", "c", "1", Author("a", "viewer"), text, 0.0, 0.0)
    return [text[f.start : f.end] for f in FILTER.scan(message) if f.category == "privacy.address"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # United States: every USPS suffix, directions, units, state and ZIP
        ("ship it to 350 Fifth Avenue, New York, NY 10118", "350 Fifth Avenue, New York, NY 10118"),
        ("it's 1600 Pennsylvania Ave NW, Washington, DC 20500", "1600 Pennsylvania Ave NW, Washington, DC 20500"),
        ("send to 4500 S Lamar Blvd Apt 210, Austin TX 78745", "4500 S Lamar Blvd Apt 210, Austin TX 78745"),
        ("123 Oak Hollow Dr, Plano TX 75024", "123 Oak Hollow Dr, Plano TX 75024"),
        ("we're at 88 Harbor View Ter if you visit", "88 Harbor View Ter"),
        ("my folks are at 12 Willow Xing now", "12 Willow Xing"),
        ("she's at 48612 cedar dr", "48612 cedar dr"),
        ("P.O. Box 1234, Anchorage AK 99501", "P.O. Box 1234, Anchorage AK 99501"),
        ("RR 2 Box 40, Hays KS 67601", "RR 2 Box 40, Hays KS 67601"),
        # United Kingdom, Canada, Australia
        ("address: 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),
        ("Flat 5, 27 Kingsley Road, Hounslow TW3 1QB", "Flat 5, 27 Kingsley Road, Hounslow TW3 1QB"),
        ("post it to 40 Broadway, Leeds LS1 4AP", "40 Broadway, Leeds LS1 4AP"),
        ("my place is 77 Queen St W, Toronto ON M5H 2N2", "77 Queen St W, Toronto ON M5H 2N2"),
        ("mail to 9 Kookaburra Crescent, Perth WA 6000", "9 Kookaburra Crescent, Perth WA 6000"),
        # Germany, Austria, Switzerland, the Netherlands, the Nordics
        ("meine Adresse ist Lindenstraße 12, 10969 Berlin", "Lindenstraße 12, 10969 Berlin"),
        ("Goethestr. 14, 60313 Frankfurt am Main", "Goethestr. 14, 60313 Frankfurt am Main"),
        ("wohne in der Kaiserallee 5 in Karlsruhe", "Kaiserallee 5"),
        ("Im Winkel 4, 53111 Bonn", "Im Winkel 4, 53111 Bonn"),
        ("Schulgasse 3, 1180 Wien", "Schulgasse 3, 1180 Wien"),
        ("Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam"),
        ("Drottninggatan 50, 111 21 Stockholm", "Drottninggatan 50, 111 21 Stockholm"),
        # France
        ("j'habite au 14 rue des Acacias, 33000 Bordeaux", "14 rue des Acacias, 33000 Bordeaux"),
        ("envoie au 3 bis avenue Victor Hugo 75016 Paris", "3 bis avenue Victor Hugo 75016 Paris"),
        # Spain, Latin America, Italy, Portugal, Brazil, Poland
        ("mi casa es Calle del Olmo 23, 3º izda, 28012 Madrid", "Calle del Olmo 23, 3º izda, 28012 Madrid"),
        ("Avenida Corrientes 1234, piso 5, Buenos Aires", "Avenida Corrientes 1234, piso 5, Buenos Aires"),
        ("Carrera 7 # 45-10, Bogotá", "Carrera 7 # 45-10, Bogotá"),
        ("mi tía vive en Av. 16 de Septiembre 45, Puebla", "Av. 16 de Septiembre 45, Puebla"),
        ("abito in Piazza Navona 12, Roma", "Piazza Navona 12, Roma"),
        ("Rua da Prata 80, 1100-420 Lisboa", "Rua da Prata 80, 1100-420 Lisboa"),
        ("Av. Brasil, 500, apto 12, Rio de Janeiro", "Av. Brasil, 500, apto 12, Rio de Janeiro"),
        ("ul. Marszałkowska 10/12, 00-590 Warszawa", "ul. Marszałkowska 10/12, 00-590 Warszawa"),
        # Russia and Ukraine
        ("г. Москва, ул. Тверская, д. 7, кв. 15", "г. Москва, ул. Тверская, д. 7, кв. 15"),
        ("Санкт-Петербург, Невский пр., д. 28", "Невский пр., д. 28"),
        ("вул. Хрещатик, 22, Київ", "вул. Хрещатик, 22, Київ"),
        # India, Japan
        ("Plot No. 12, Sector 21, Gurgaon 122016", "Plot No. 12, Sector 21, Gurgaon 122016"),
        ("12/3, MG Road, Bengaluru 560001", "12/3, MG Road, Bengaluru 560001"),
        ("1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001", "1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001"),
        # Post-office boxes
        ("Postfach 1234, 80001 München", "Postfach 1234, 80001 München"),
        ("Apartado Postal 12, 06000 Ciudad de México", "Apartado Postal 12, 06000 Ciudad de México"),
        ("Caixa Postal 99, 01000-000 São Paulo", "Caixa Postal 99, 01000-000 São Paulo"),
    ],
)
def test_addresses_of_many_countries_are_found_with_their_city_and_postcode(text: str, value: str) -> None:
    assert addresses(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "I have 2 big court dates",
        "we did 10 laps around Central Park",
        "3 pharmacies on Queen Street alone",
        "Season 3 Episode 4 Way Down We Go",
        "Highway 61 Revisited is a great album",
        "the 101 freeway is jammed",
        "Route 66 is on my bucket list",
        "1962  Dr. No",
        "In 1956, Dr. Forssman was awarded the Nobel Prize.",
        "Rule 51, Oxford Union Society",
        "Oct 26 St. Thomas Boys Choir",
        "il y a 3 boulangeries rue Mouffetard",
        "Calle 13 es mi banda favorita",
        "mi abuela tiene 80 años y vive en la calle Mayor",
        "hay 2 farmacias en la calle Alcalá abiertas 24h",
        "en 1998 Avenida Paulista era diferente",
        "via UPS 3 days ago",
        "-- R.S. Pressmann. PC Users Nº 68.",
        "the Parkplatz 3 is full",
        "bring 5 friends to the ring 2 event",
        "ich habe 2 Kinder in der Schillerstraße gesehen",
        "Am Montag 5 Leute",
        "Bayern 3:1 gestern, Kapitel 3 fand ich am besten",
        "my bp 120/80 today",
    ],
)
def test_numbers_near_street_words_that_are_not_addresses(text: str) -> None:
    assert addresses(text) == []


def test_a_long_message_of_street_words_and_numbers_stays_bounded() -> None:
    text = " ".join(f"{i} Main St, Calle Mayor {i}, Hauptstraße {i}" for i in range(200))
    found = addresses(text)
    assert found and all(len(a) < 80 for a in found)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("she lives at 1-1-2 Oshiage, Sumida City, Tokyo 131-0045", "1-1-2 Oshiage, Sumida City, Tokyo 131-0045"),
        ("office: Shibuya-ku, Jingumae 4-26-18, Tokyo", "Shibuya-ku, Jingumae 4-26-18, Tokyo"),
        ("住所は東京都渋谷区神宮前1-2-3です", "東京都渋谷区神宮前1-2-3"),
        ("〒530-0001 大阪府大阪市北区梅田三丁目1番3号", "〒530-0001 大阪府大阪市北区梅田三丁目1番3号"),
        ("彼の家は横浜市中区山下町２７９番地", "横浜市中区山下町２７９番地"),
    ],
)
def test_japanese_addresses_with_city_ward_first_or_in_japanese_script(text: str, span: str) -> None:
    assert addresses(text) == [span]


@pytest.mark.parametrize(
    "text", ["東京都に住んでます", "the score was 3-2 in Kyoto City last night", "i visited tokyo in 2019, 10-12 days"]
)
def test_a_japanese_place_without_a_block_number_is_no_address(text: str) -> None:
    assert addresses(text) == []
