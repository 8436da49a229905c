"""Build the labelled privacy evaluation set (deterministic: same seed, same file).

    python benchmarks/make_privacy_corpus.py            # writes benchmarks/data/privacy_eval.jsonl

Each line is ``{"text", "spans": [[category, start, end], ...], "lang", "group"}``.
Lines come from templates written the way viewers write in live chat (English,
Spanish, Russian), filled with varied values, plus hard negatives that a naive
detector gets wrong (times, prices, order numbers, years, 911/988, version
strings, "mRNA", "MRI", appointment dates, "I live in Texas", @mentions,
unnamed people). Templates mark spans with ``[[category:...]]``; ``{filler}``
placeholders whose generator names a category mark their own span.

Phone numbers are drawn from real area codes and kept only when libphonenumber
says they are valid (a leaked number is a real number); cards are Luhn-valid
with real issuer prefixes; SSNs follow SSA rules; MBIs follow the CMS format.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import privacy_templates as T

OUT = Path(__file__).resolve().parent / "data" / "privacy_eval.jsonl"
SEED = 20250315

Filler = Callable[[random.Random], tuple[str, str | None]]


# --- value generators --------------------------------------------------------------------------------------------

_US_AREAS = [
    "212",
    "415",
    "312",
    "617",
    "713",
    "305",
    "206",
    "404",
    "503",
    "702",
    "214",
    "602",
    "718",
    "646",
    "919",
    "512",
    "303",
    "612",
    "216",
    "314",
    "813",
    "615",
    "504",
    "808",
    "907",
    "210",
    "469",
    "323",
]


def _valid(text: str, region: str = "US") -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def us_phone(rng: random.Random) -> tuple[str, str | None]:
    while True:
        area, ex, line = rng.choice(_US_AREAS), str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}"
        if ex.endswith("11") or ex == "555":
            continue
        fmt = rng.choice(
            [
                f"({area}) {ex}-{line}",
                f"{area}-{ex}-{line}",
                f"{area}.{ex}.{line}",
                f"{area}{ex}{line}",
                f"+1 {area} {ex} {line}",
                f"1-{area}-{ex}-{line}",
                f"+1{area}{ex}{line}",
                f"{area} {ex} {line}",
                f"({area}){ex}-{line}",
                f"+1 ({area}) {ex}-{line}",
                f"{area}-{ex}-{line} ext. {rng.randint(2, 999)}",
                f"{area}/{ex}-{line}",
            ]
        )
        if _valid(fmt):
            return fmt, "phone"


_INTL = [
    ("GB", lambda r: f"+44 20 {r.randint(7000, 8999)} {r.randint(1000, 9999)}"),
    ("GB", lambda r: f"+44 7{r.randint(400, 999)} {r.randint(100000, 999999)}"),
    ("ES", lambda r: f"+34 6{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"),
    ("ES", lambda r: f"+34 91 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"),
    ("MX", lambda r: f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}"),
    ("RU", lambda r: f"+7 9{r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}"),
    ("RU", lambda r: f"+7 (495) {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}"),
    ("FR", lambda r: f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"),
    ("DE", lambda r: f"+49 30 {r.randint(1000000, 9999999)}"),
    ("AR", lambda r: f"+54 9 11 {r.randint(1000, 9999)}-{r.randint(1000, 9999)}"),
]


def intl_phone(rng: random.Random) -> tuple[str, str | None]:
    while True:
        _region, make = rng.choice(_INTL)
        text = make(rng)
        if _valid(text):
            return text, "phone"


def any_phone(rng: random.Random) -> tuple[str, str | None]:
    return us_phone(rng) if rng.random() < 0.7 else intl_phone(rng)


def ssn(rng: random.Random) -> tuple[str, str | None]:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " "])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}", "ssn"


def ssn_bare(rng: random.Random) -> tuple[str, str | None]:
    text, _ = ssn(rng)
    return re.sub(r"\D", "", text), "ssn"


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> tuple[str, str | None]:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "disc": "6011"}[kind]
        n = _luhn_complete(prefix, 16, rng)
        groups = [n[i : i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", "-", "", " "])
    return sep.join(groups), "card"


def not_luhn_16(rng: random.Random) -> tuple[str, str | None]:
    n = _luhn_complete("4", 16, rng)
    bad = n[:-1] + str((int(n[-1]) + rng.randint(1, 9)) % 10)
    return bad, None


_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
_RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def _ymd(rng: random.Random, lo: int = 1935, hi: int = 2012) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def date_en(rng: random.Random) -> tuple[str, str | None]:
    y, m, d = _ymd(rng)
    return rng.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{m}/{d}/{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{_EN_MONTHS[m - 1]} {d}, {y}",
            f"{_EN_MONTHS[m - 1][:3]} {d} {y}",
            f"{d} {_EN_MONTHS[m - 1]} {y}",
            f"{_EN_MONTHS[m - 1]} {d}th",
            f"{m}-{d}-{y}",
            f"{d}.{m:02d}.{y}",
        ]
    ), "dob"


def date_es(rng: random.Random) -> tuple[str, str | None]:
    y, m, d = _ymd(rng)
    return rng.choice([f"{d} de {_ES_MONTHS[m - 1]} de {y}", f"{d}/{m:02d}/{y}", f"{d} de {_ES_MONTHS[m - 1]}"]), "dob"


def date_ru(rng: random.Random) -> tuple[str, str | None]:
    y, m, d = _ymd(rng)
    return rng.choice(
        [
            f"{d} {_RU_MONTHS[m - 1]} {y} г.",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {_RU_MONTHS[m - 1]} {y}",
            f"{d} {_RU_MONTHS[m - 1]}",
        ]
    ), "dob"


def event_date(rng: random.Random) -> tuple[str, str | None]:
    y, m, d = _ymd(rng, 2024, 2026)
    return rng.choice(
        [
            f"{m}/{d}",
            f"{m}/{d}/{y}",
            f"{_EN_MONTHS[m - 1]} {d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{_EN_MONTHS[m - 1][:3]} {d}th",
        ]
    ), None


def mrn(rng: random.Random) -> tuple[str, str | None]:
    n = rng.randint(6, 10)
    digits = "".join(rng.choice(string.digits) for _ in range(n))
    forms = [digits, digits, f"MR-{digits}", f"{rng.choice('ABEHMP')}{digits}", f"{digits[:3]}-{digits[3:]}"]
    return rng.choice(forms), "mrn"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> tuple[str, str | None]:
    an = _MBI_A + string.digits
    c = [
        str(rng.randint(1, 9)),
        rng.choice(_MBI_A),
        rng.choice(an),
        rng.choice(string.digits),
        rng.choice(_MBI_A),
        rng.choice(an),
        rng.choice(string.digits),
        rng.choice(_MBI_A),
        rng.choice(_MBI_A),
        rng.choice(string.digits),
        rng.choice(string.digits),
    ]
    s = "".join(c)
    return (f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.4 else s), "member_id"


def member(rng: random.Random) -> tuple[str, str | None]:
    prefix = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.choice([0, 1, 3, 3])))
    digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(8, 11)))
    value = prefix + digits
    if rng.random() < 0.2:
        value = f"{value[:4]}-{value[4:]}"
    return value, "member_id"


def licence(rng: random.Random) -> tuple[str, str | None]:
    return rng.choice(
        [
            f"{rng.choice(string.ascii_uppercase)}{rng.randint(1000000, 9999999)}",
            f"{rng.choice(string.ascii_uppercase)}{rng.randint(100, 999)}-"
            f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            f"{rng.randint(100000000, 999999999)}",
        ]
    ), "id_number"


def account(rng: random.Random) -> tuple[str, str | None]:
    return "".join(rng.choice(string.digits) for _ in range(rng.randint(8, 14))), "id_number"


def plate(rng: random.Random) -> tuple[str, str | None]:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    return rng.choice(
        [
            f"{rng.randint(1, 9)}{letters}{rng.randint(100, 999)}",
            f"{letters} {rng.randint(1000, 9999)}",
            f"{letters}-{rng.randint(1000, 9999)}",
        ]
    ), "id_number"


def serial(rng: random.Random) -> tuple[str, str | None]:
    alnum = string.ascii_uppercase + string.digits
    while True:
        s = "".join(rng.choice(alnum) for _ in range(rng.randint(10, 12)))
        if sum(ch.isdigit() for ch in s) >= 4:
            return s, "id_number"


def imei(rng: random.Random) -> tuple[str, str | None]:
    return _luhn_complete("35" + str(rng.randint(0, 9)), 15, rng), "id_number"


def passport(rng: random.Random) -> tuple[str, str | None]:
    return rng.choice(
        [
            f"{rng.randint(100000000, 999999999)}",
            f"{rng.choice('CEX')}{rng.randint(10000000, 99999999)}",
            f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(100000, 999999)}",
        ]
    ), "id_number"


def mac(rng: random.Random) -> tuple[str, str | None]:
    sep = rng.choice([":", "-"])
    return sep.join(f"{rng.randint(0, 255):02x}" for _ in range(6)), "id_number"


def ipv4(rng: random.Random) -> tuple[str, str | None]:
    first = rng.choice([73, 98, 24, 67, 104, 172, 192, 10, 185, 203, 81, 213, 95, 187])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ip"


def ipv6(rng: random.Random) -> tuple[str, str | None]:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    groups[0] = rng.choice(["2001", "2601", "2a02", "fe80", "2607"])
    if rng.random() < 0.5:
        return f"{groups[0]}:{groups[1]}:{groups[2]}::{groups[6]}:{groups[7]}", "ip"
    return ":".join(groups), "ip"


def version(rng: random.Random) -> tuple[str, str | None]:
    return rng.choice(
        [
            f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}",
            f"{rng.randint(1, 12)}.{rng.randint(0, 9)}",
            f"v{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
        ]
    ), None


def order_no(rng: random.Random) -> tuple[str, str | None]:
    return rng.choice(
        [
            str(rng.randint(1000000000, 9999999999)),
            str(rng.randint(100000, 99999999)),
            f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
            not_luhn_16(rng)[0],
            f"1Z{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))}",
        ]
    ), None


def price(rng: random.Random) -> tuple[str, str | None]:
    return rng.choice(
        [
            f"${rng.randint(1, 999)}.{rng.randint(0, 99):02d}",
            f"${rng.randint(1, 9)},{rng.randint(100, 999)}",
            f"{rng.randint(2, 500)} dollars",
            f"€{rng.randint(5, 300)}",
            f"${rng.randint(1, 9)},{rng.randint(100, 999)},{rng.randint(100, 999)}",
        ]
    ), None


def time_(rng: random.Random) -> tuple[str, str | None]:
    return rng.choice(
        [
            f"{rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])}",
            f"{rng.randint(1, 12)}pm",
            f"{rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['am', 'pm'])}",
            f"{rng.randint(8, 11)}:30-{rng.randint(12, 14)}:45",
        ]
    ), None


def count(rng: random.Random) -> tuple[str, str | None]:
    return rng.choice(
        [
            f"{rng.randint(2, 999):,}",
            f"{rng.randint(1000, 999999):,}",
            f"{rng.randint(1, 99)}k",
            str(rng.randint(1000000, 9999999)),
        ]
    ), None


def year(rng: random.Random) -> tuple[str, str | None]:
    return str(rng.randint(1950, 2026)), None


def street_en(rng: random.Random) -> tuple[str, str | None]:
    num = rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 9999)), str(rng.randint(10000, 99999))])
    name = rng.choice(T.STREET_NAMES)
    suffix = rng.choice(
        [
            "St",
            "Street",
            "Ave",
            "Avenue",
            "Rd",
            "Road",
            "Blvd",
            "Dr",
            "Drive",
            "Lane",
            "Ln",
            "Ct",
            "Way",
            "Pl",
            "Terrace",
            "Circle",
            "Pkwy",
        ]
    )
    if rng.random() < 0.5:
        name, suffix = name.lower(), suffix.lower()
    text = f"{num} {rng.choice(['', '', '', 'N ', 'W ', 'South '])}{name} {suffix}"
    r = rng.random()
    if r < 0.25:
        text += f" Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}"
    elif r < 0.5:
        city, state, zip_ = rng.choice(T.CITIES)
        text += f", {city}, {state} {zip_}"
    elif r < 0.6:
        text += f" #{rng.randint(1, 400)}"
    return text, "address"


def street_es(rng: random.Random) -> tuple[str, str | None]:
    kind = rng.choice(["Calle", "calle", "Avenida", "Av.", "C/", "Paseo", "Plaza"])
    name = rng.choice(T.ES_STREETS)
    text = f"{kind} {name} {rng.randint(1, 250)}"
    if rng.random() < 0.4:
        text += f", {rng.randint(1, 9)}º {rng.choice('ABCD')}"
    if rng.random() < 0.3:
        text += f", {rng.randint(10000, 52999)}"
    return text, "address"


def street_ru(rng: random.Random) -> tuple[str, str | None]:
    kind = rng.choice(["ул.", "улица", "пр.", "проспект", "пер."])
    name = rng.choice(T.RU_STREETS)
    text = f"{kind} {name}, {rng.choice(['д. ', 'дом ', ''])}{rng.randint(1, 120)}"
    if rng.random() < 0.6:
        text += f", кв. {rng.randint(1, 300)}"
    return text, "address"


def full_name(rng: random.Random) -> tuple[str, str | None]:
    return f"{rng.choice(T.FIRST_EN)} {rng.choice(T.LAST_EN)}", None


def rare_name(rng: random.Random) -> tuple[str, str | None]:
    """First names the filter's gazetteer does not know: only context can tell they are names."""
    return f"{rng.choice(T.RARE_FIRST)} {rng.choice(T.LAST_EN + T.LAST_ES)}", None


def name_es(rng: random.Random) -> tuple[str, str | None]:
    return f"{rng.choice(T.FIRST_ES)} {rng.choice(T.LAST_ES)}", None


def name_ru(rng: random.Random) -> tuple[str, str | None]:
    first, last = rng.choice(T.RU_PEOPLE)
    return f"{first} {last}", None


def name_ru_gen(rng: random.Random) -> tuple[str, str | None]:
    first, last = rng.choice(T.RU_PEOPLE_GEN)
    return f"{first} {last}", None


def handle(rng: random.Random) -> tuple[str, str | None]:
    return "@" + rng.choice(T.HANDLES), None


def pick(options: list[str]) -> Filler:
    return lambda rng: (rng.choice(options), None)


FILLERS: dict[str, Filler] = {
    "phone": any_phone,
    "us_phone": us_phone,
    "intl_phone": intl_phone,
    "ssn": ssn,
    "ssn_bare": ssn_bare,
    "card": card,
    "not_luhn": not_luhn_16,
    "date_en": date_en,
    "date_es": date_es,
    "date_ru": date_ru,
    "event_date": event_date,
    "mrn": mrn,
    "mbi": mbi,
    "member": member,
    "licence": licence,
    "account": account,
    "plate": plate,
    "serial": serial,
    "imei": imei,
    "passport": passport,
    "mac": mac,
    "ipv4": ipv4,
    "ipv6": ipv6,
    "version": version,
    "order_no": order_no,
    "price": price,
    "time": time_,
    "count": count,
    "year": year,
    "street_en": street_en,
    "street_es": street_es,
    "street_ru": street_ru,
    "name": full_name,
    "rare_name": rare_name,
    "name_es": name_es,
    "name_ru": name_ru,
    "name_ru_gen": name_ru_gen,
    "handle": handle,
    "cond": pick(T.COND_EN),
    "cond_es": pick(T.COND_ES),
    "cond_ru": pick(T.COND_RU),
    "cond_ru_ins": pick(T.COND_RU_INS),
    "rel": pick(T.REL_EN),
    "rel_es": pick(T.REL_ES),
    "rel_ru": pick(T.REL_RU),
    "email": lambda r: (T.email(r), "email"),
    "email_obf": lambda r: (T.email_obfuscated(r), "email"),
    "user": pick(T.HANDLES),
    "topic": pick(T.TOPICS),
    "city": pick([c for c, _, _ in T.CITIES]),
    "state": pick(T.STATES),
}

_TOKEN = re.compile(r"\[\[(\w+):|\]\]|\{(\w+)\}")


def render(template: str, rng: random.Random) -> tuple[str, list[list[object]]]:
    """Fill ``template``; return the text and its labelled spans."""
    out: list[str] = []
    length = 0
    spans: list[list[object]] = []
    open_spans: list[tuple[str, int]] = []
    pos = 0
    for m in _TOKEN.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        pos = m.end()
        if m.group(1):
            open_spans.append((m.group(1), length))
        elif m.group(0) == "]]":
            category, start = open_spans.pop()
            spans.append([f"privacy.{category}", start, length])
        else:
            value, category = FILLERS[m.group(2)](rng)
            if category is not None and not open_spans:
                spans.append([f"privacy.{category}", length, length + len(value)])
            out.append(value)
            length += len(value)
    out.append(template[pos:])
    return "".join(out), spans


def build(seed: int = SEED) -> list[dict[str, object]]:
    """Every labelled line, in a stable order."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for group, lang, templates, copies in T.GROUPS:
        for template in templates:
            for _ in range(copies):
                text, spans = render(template, rng)
                rows.append({"text": text, "spans": spans, "lang": lang, "group": group})
    for group, lang, lines in T.HANDWRITTEN:
        for line in lines:
            text, spans = render(line, rng)
            rows.append({"text": text, "spans": spans, "lang": lang, "group": group})
    # One line per text: duplicates would count the same decision twice.
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row["text"] not in seen:
            seen.add(str(row["text"]))
            unique.append(row)
    return unique


def main() -> None:
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for row in rows:
        for category, _, _ in row["spans"]:  # type: ignore[union-attr]
            counts[str(category)] = counts.get(str(category), 0) + 1
    negatives = sum(1 for row in rows if not row["spans"])
    print(f"wrote {len(rows)} lines to {OUT} ({negatives} without any span)")
    for category in sorted(counts):
        print(f"  {category:28} {counts[category]:5}")


if __name__ == "__main__":
    main()
