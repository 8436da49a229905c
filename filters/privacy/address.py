"""Street addresses: a house number and a street, in English, Spanish and Russian conventions.

"I live in Texas" has no house number and "Main Street is closed" no number
at all: neither is an address. "123 Main St, Springfield, IL 62704" is.
"""

from __future__ import annotations

import re

from filters.privacy.spans import P_FORMAT, Hit

_SUFFIX = (
    r"(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|terrace|ter|circle|"
    r"cir|parkway|pkwy|highway|hwy|trail|trl|loop|square|sq|crescent|cres|close|alley|aly|plaza|plz|pike|row|"
    r"run|path|walk|point|pt|ridge|heights|hts)"
)
_UNIT = r"(?:,?\s*+(?:apt|apartment|unit|suite|ste|fl|floor|room|rm|#)\.?\s*+(?:#\s*+)?[0-9]{1,5}[a-z]?)"
_STATES = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    r"OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|Alabama|Alaska|Arizona|Arkansas|California|Colorado|"
    r"Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|"
    r"Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|"
    r"New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|"
    r"South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)"
)
# Possessive runs (``\s++``, ``*+``) wherever what follows cannot start with what the run consumes:
# the matches are the same, but a failing attempt no longer retries every shorter run (a line of
# spaces after a street type cost milliseconds per position).
_EN = re.compile(
    r"(?<![\w$#.,\-])(?P<num>\d{1,6}[A-Za-z]?(?:-\d{1,4})?)\s++"
    r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s++)?"
    r"(?P<name>(?:[A-Za-z0-9][\w'’.\-]*+\s++){0,3}?(?:[A-Za-z][\w'’\-]*+|\d{1,3}(?:st|nd|rd|th)))\s++"
    rf"(?P<suffix>{_SUFFIX})\b\.?"
    r"(?:\s++(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?"
    rf"{_UNIT}?"
    rf"(?:,?\s++(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}),?\s*+{_STATES}\b(?:\s*+\d{{5}}(?:-\d{{4}})?)?"
    rf"|,?\s*+{_STATES}\s++\d{{5}}(?:-\d{{4}})?|,?\s++\d{{5}}(?:-\d{{4}})?)?",
    re.IGNORECASE,
)
_PO_BOX = re.compile(r"\bP\.?\s?O\.?\s*Box\s+\d{1,6}\b", re.IGNORECASE)
_ES = re.compile(
    r"\b(?i:calle|c/|avenida|avda\.?|av\.|paseo|plaza|pza\.?|camino|carrera|cra\.?|calzada|callejón|ronda|travesía)"
    r"\s+(?:(?:de|del)\s+(?:la\s+|los\s+|las\s+)?)?[A-ZÁÉÍÓÚÑ0-9][\wáéíóúñü'’.\-]*(?:\s+(?:de\s+|del\s+|la\s+|los\s+)?"
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’.\-]*){0,3}?,?\s*(?:n[º°o]\.?\s*|número\s+|#\s*)?\d{1,5}[A-Za-z]?\b"
    r"(?:,?\s*\d{1,2}\s*(?:[º°ª]\s*)?[A-Za-z]?\b)?(?:,?\s*(?:col\.|colonia)\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?"
    r"(?:,?\s*(?:(?:CP|C\.P\.)\s*)?\d{5}\b)?",
)
_RU = re.compile(
    r"(?:\b|(?<=\s))(?i:ул\.|улица|пр\.|пр-т|просп\.|проспект|пер\.|переулок|ш\.|шоссе|бульвар|б-р|наб\.|набережная|"
    r"пл\.|площадь|мкр\.|микрорайон)\s*[А-ЯЁ0-9][а-яёА-ЯЁ0-9\-]*(?:\s+[А-ЯЁа-яё][а-яё\-]+){0,2}?,?\s*"
    r"(?:(?:д\.|дом)\s*)?\d{1,4}[а-я]?(?:\s*(?:,\s*)?(?:корп\.|к\.|стр\.|корпус)\s*\d+)?"
    r"(?:\s*(?:,\s*)?(?:кв\.|квартира|кв)\s*\d{1,4})?"
)

# Words that cannot be part of a street name: "walked 5 miles down the road", "2 big court dates".
_NOT_STREET = frozenset(
    """
    the a an my your his her our their its of to in on at from for with and or but by into onto down up over
    near past off out minutes mins min hours hrs seconds days weeks months years times people kids blocks miles
    mile km meters feet ft steps floors stars points percent bucks dollars pounds lbs kg doses pills tabs mg ml
    i you he she we they it is are was were be have has had do did done got get go going went will would can
    should just only also really very more less than then so if when what who how all some any every each other
    new old big small little good bad great first last next few many much hot cold best worst same another
    """.split()
)
_ALLOWED_AFTER = frozenset(
    """
    in and near by so but if or at on for with is was apt apartment unit suite ste fl floor room rm please pls
    then because cuz lol thanks thx it's its i if you my our his her their which that where today tomorrow
    """.split()
)
# Street types that are also everyday words ("court dates", "no way", "drive home").
_COMMON_SUFFIXES = frozenset(
    "court way place drive walk run row point close square circle loop path trail plaza heights ridge pike".split()
)
_NEXT_WORD = re.compile(r"\s*([a-z][\w']*)")


def addresses(text: str) -> list[Hit]:
    """Street addresses with a house number (English, Spanish and Russian formats) and PO boxes."""
    found: list[Hit] = []
    for m in _EN.finditer(text):
        words = m.group("name").lower().split()
        if any(w in _NOT_STREET for w in words):
            continue
        nxt = _NEXT_WORD.match(text, m.end())
        ambiguous = m.group("suffix").lower() in _COMMON_SUFFIXES and not m.group("name")[:1].isupper()
        if ambiguous and nxt and nxt.group(1) not in _ALLOWED_AFTER and not m.group("city"):
            continue  # "12 big court dates": the "street" runs into an ordinary word
        found.append(Hit("privacy.address", m.start(), m.end(), "address.street", P_FORMAT - 5))
    for pattern, rule in ((_ES, "address.street_es"), (_RU, "address.street_ru"), (_PO_BOX, "address.po_box")):
        for m in pattern.finditer(text):
            found.append(Hit("privacy.address", m.start(), m.end(), rule, P_FORMAT - 5))
    return found
