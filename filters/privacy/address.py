"""Street addresses in the formats of the desk's audience: a house number, a street, and what follows them.

"I live in Texas" has no house number and "Main Street is closed" no number at all: neither is an address.
These are, each in the order its country writes it:

- number, name, street type (US, Canada, UK, Ireland, Australia, India): "123 Main St, Springfield, IL 62704",
  "Flat 3, 14 Baker Street, London NW1 6XE", "Unit 4/22 Smith St, Fitzroy VIC 3065", with every USPS suffix;
- street type, name, number (Spain, Latin America, Italy, Portugal, Brazil, Poland, Romania, the Netherlands):
  "Calle Mayor 12, 3º B", "Rua Augusta, 1500, apto 42", "Via Roma 10", "ul. Marszałkowska 10/12";
- one word ending in a street word, then the number (Germany, Austria, Switzerland, the Netherlands, the Nordics):
  "Hauptstraße 5, 69117 Heidelberg", "Prinsengracht 412-1"; German "Am Sportplatz 7" with its postcode;
- number, street type, name (France, Belgium, Quebec): "12 bis rue de la Paix, 75002 Paris";
- Russian and Ukrainian: "ул. Ленина, д. 5, кв. 12", "Кутузовский проспект, дом 26";
- Indian address lines ending in a PIN: "H.No. 4-5-6, MG Road, Bengaluru 560001";
- Japanese addresses written in Latin letters: "1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001";
- post-office boxes and rural routes in every language ("PO Box 4471", "Postfach 10 02 34", "а/я 125").

Units, floors, cities, states and postcodes after the street become part of the span. Words that are also
everyday words ("5 big rest days", "via UPS 3 days ago", "Bring 5 friends") need a capitalised street name or
a unit, postcode or city behind them. Every pattern is linear: repetitions are bounded and each of them has one
way to match (the parts they repeat start with characters the parts after them cannot start with).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from castguard.filters.privacy import address_data as ad
from castguard.filters.privacy.spans import P_FORMAT, Hit

Add = Callable[[int, int, str], None]
"""Records an address found between two offsets, under a rule name."""

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_WORDCH = r"\w'’\-"


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``words`` (escaped, longest first so "avda." wins over "av")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_CAPWORD = rf"[{_UP}][{_WORDCH}]{{0,30}}\.?"
_ANYWORD = rf"[^\W\d_][{_WORDCH}]{{0,30}}\.?"
_PARTICLE = rf"(?:{_alternation([p for p in ad.NAME_PARTICLES if not p.endswith(chr(39))])}|d['’]|l['’]|de l['’])"
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th|º|ª|e|er|ème)(?![\w])"
# A street or place name: up to five words, particles between them ("de la", "van", "dos").
_NAME = (
    rf"(?:{_PARTICLE}[ \t]{{1,2}}|\d{{1,2}}[ \t]{{1,2}}de[ \t]{{1,2}})?(?:{_ANYWORD}|{_ORDINAL})"
    rf"(?:[ \t]{{1,2}}(?:{_PARTICLE}[ \t]{{1,2}})?(?:{_ANYWORD}|{_ORDINAL})){{0,4}}"
)
_HOUSE_NUMBER = r"\d{1,5}[A-Za-z]?(?:[/\-]\d{1,5}[A-Za-z]?|-[IVX]{1,4})?"

_POSTCODE = (
    r"(?:[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"  # Canada
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"  # UK
    r"|\d{4}[ \t]?[A-Z]{2}(?![\w])"  # Netherlands
    r"|\d{5}-\d{3}"  # Brazil
    r"|\d{4}-\d{3}"  # Portugal
    r"|\d{3}-\d{4}"  # Japan
    r"|\d{2}-\d{3}"  # Poland
    r"|\d{5}(?:-\d{4})?"  # US, Germany, France, Spain, Italy, Mexico...
    r"|\d{6}"  # India, Russia
    r"|\d{3}[ \t]\d{3}"  # India written in two groups
    r"|\d{3}[ \t]\d{2}"  # Sweden, Greece, Czechia
    r"|\d{4})(?![\w\-])"  # Australia, Austria, Switzerland, Belgium, Nordics
)
_STATE = (
    rf"(?:{_alternation(ad.US_STATE_NAMES)}|{_alternation(ad.US_STATES + ad.CA_PROVINCES + ad.AU_STATES)}"
    rf"|{_alternation(ad.MX_STATES)})(?![\w])"
)
_PLACEWORD = rf"[{_UP}](?:[^\W\d_]|['’\-]){{1,30}}(?![\w])\.?"
_CYR_UP = "А-ЯЁІЇЄҐ"
_CYR_LO = "а-яёіїєґ'’"
_PLACE = (
    rf"{_PLACEWORD}(?:[ \t]{{1,2}}(?:{_PARTICLE}[ \t]{{1,2}})?{_PLACEWORD}){{0,3}}"
    rf"|[{_CYR_UP}][{_CYR_LO}\-]{{1,30}}(?:[ \t][{_CYR_UP}][{_CYR_LO}\-]{{1,30}}){{0,2}}"
)
_UNIT = (
    rf"(?i:{_alternation(ad.UNIT_WORDS)})\.?[ \t]{{0,2}}(?:(?i:no|n[º°o])\.?[ \t]{{0,2}}|#[ \t]{{0,2}})?"
    r"[0-9A-Za-z]{1,5}(?:[\-/][0-9A-Za-z]{1,4})?(?![\w])"
    r"|#[ \t]{0,2}[0-9]{1,5}[A-Za-z]?(?![\w])"
)
_FLOOR = (
    r"\d{1,2}[ \t]?[º°ª][ \t]{0,2}(?:[A-Za-z](?![\w])"
    r"|(?i:izq(?:da|uierda)?|izda|izqda|dcha|drcha|derecha|centro|ctro)\.?|\d{1,2}[º°ª]?)?"
    r"|\d{1,2}(?:r|n|t)[ \t]\d{1,2}a?(?![\w])"  # Catalan "3r 2a"
    r"|\d{1,2}\.[ \t]?(?:OG|Obergeschoss|Stock|Etage|EG)(?:[ \t](?:links|rechts|mitte))?"
    r"|\d{1,2}(?:e|er|ème|eme)[ \t]étage"
    r"|(?i:bajo|bajos|entlo|ático|atico|hinterhaus|vorderhaus|huis|bis|ter)(?![\w])"
    r"|(?i:ote|pte|nte|oriente|poniente|norte|sur)\.?(?![\w])"
)
_DIRECTION = r"(?:N|S|E|W|NE|NW|SE|SW)\.?(?![\w])"
# One piece of what follows a street: a unit, a floor, a state, a postcode and its city, or a place name.
_TAIL = re.compile(
    rf"(?P<sep>,?[ \t]{{0,3}}(?:-[ \t]{{0,2}})?)(?:"
    rf"(?P<unit>{_UNIT})|(?P<floor>{_FLOOR})|(?P<dir>{_DIRECTION})"
    rf"|(?P<postcode>(?:(?:CP|C\.P\.|CEP|PLZ|CAP|(?:[A-Z]-))[ \t:]{{0,2}})?{_POSTCODE}(?:[ \t]{{1,2}}(?:{_PLACE}))?)"
    rf"|(?P<state>{_STATE}|(?:{_alternation(ad.BR_STATES)})(?![\w]))"
    rf"|(?P<place>{_PLACE}))"
)
_MAX_TAIL = 7
_MAX_MATCHES = 64

# --- the street itself, one pattern per word order ----------------------------------------------------------------

_EN_SUFFIXES = tuple(sorted(set(ad.USPS_SUFFIXES + ad.OTHER_EN_SUFFIXES) - ad.NOT_SUFFIXES))
# A house number and the words after it; which of them is the street type is decided in :func:`_english`.
_EN = re.compile(
    r"(?<![\w$#.,\-/])(?P<num>\d{1,6}[A-Za-z]?(?:[/\-]\d{1,5}[A-Za-z]?)?)(?P<comma>,)?"
    r"(?P<words>(?:[ \t]{1,3}[^\W_][\w'’.\-]{0,30}){1,6})"
)
_TOKEN = re.compile(r"[^\W_][\w'’.\-]{0,30}")
_EN_SUFFIX_SET = frozenset(s.lower() for s in _EN_SUFFIXES)
_UNIT_SET = frozenset(w.lower().rstrip(".") for w in ad.UNIT_WORDS)
_ROUTE_SUFFIXES = frozenset("hwy highway route rte road rd fm".split())
_FRENCH = re.compile(
    rf"(?<![\w$#.,\-/])(?P<num>\d{{1,5}}(?:[ \t]?(?i:bis|ter|quater)(?![\w])|[A-Da-d](?![\w]))?),?[ \t]{{1,3}}"
    rf"(?P<type>(?i:{_alternation(ad.FRENCH_TYPES)}))[ \t]{{1,3}}"
    rf"(?P<name>(?:{_PARTICLE}[ \t]{{0,2}})?{_CAPWORD}(?:[ \t]{{1,2}}(?:{_PARTICLE}[ \t]{{0,2}})?{_CAPWORD}){{0,3}})"
)
_TYPE_FIRST = re.compile(
    rf"(?<![\w/.])(?P<type>(?i:{_alternation(ad.TYPE_FIRST)}))(?:(?<=/)[ \t]{{0,2}}|[ \t]{{1,2}})"
    rf"(?P<name>{_NAME}),?[ \t]{{1,3}}"
    rf"(?P<num>(?:#|(?i:n[º°o]|no|nr|núm|num|número|numero)\.?)?[ \t]{{0,2}}{_HOUSE_NUMBER}|s/n)(?![\w])"
)
# Latin American numbered streets: "Calle 60 #512 x 65 y 67", "Carrera 15 # 93-75", "Calle 93 No. 11-26".
_NUMBERED = re.compile(
    r"(?<![\w])(?i:calle|carrera|cra\.|cr\.|kr\.?|avenida|av\.|diagonal|dg\.|transversal|tv\.|cl\.)[ \t]{1,2}"
    r"\d{1,3}[A-Za-z]?(?:[ \t]?(?i:bis))?[ \t]{0,2}(?:#|(?i:no|n[º°o])\.?)[ \t]{0,2}\d{1,4}[A-Za-z]?"
    r"(?:[ \t]{0,2}-[ \t]{0,2}\d{1,3}|[ \t](?:x|por)[ \t]\d{1,3}(?:[ \t]y[ \t]\d{1,3})?)?(?![\w])"
)
# English streets written as one word ("112 Kingsway", "40 Broadway"): they need a postcode or city after them.
_EN_ONE_WORD = re.compile(
    rf"(?<![\w$#.,\-/])\d{{1,5}}[A-Za-z]?[ \t]{{1,2}}[{_UP}][a-z]{{2,20}}(?:way|gate|street|road|field|wood)(?![\w])"
)
_COMPOUND = re.compile(
    rf"(?<![\w])(?P<name>[{_UP}][{_WORDCH}]{{2,40}}\.?),?[ \t]{{1,2}}(?P<num>{_HOUSE_NUMBER})(?![\w.,]\d|[\w])"
)
_GERMAN_PREPOSITION = re.compile(
    rf"(?<![\w])(?:{'|'.join(p.capitalize() for p in ad.GERMAN_PREPOSITIONS)})[ \t]{{1,2}}[{_UP}][{_WORDCH}]{{2,30}}"
    rf"(?:[ \t][{_UP}][{_WORDCH}]{{2,30}})?[ \t]{{1,2}}(?P<num>\d{{1,4}}[a-z]?)(?![\w])"
)
_RU = re.compile(
    rf"(?<![\w])(?:(?P<city>(?:г\.|город)[ \t]{{0,2}}[{_CYR_UP}][{_CYR_LO}\-]{{1,30}},?[ \t]{{1,2}}))?"
    rf"(?:(?P<type>{_alternation(ad.RU_TYPES)})[ \t]{{0,2}}(?P<name>[{_CYR_UP}0-9][{_CYR_LO}{_CYR_UP}0-9\-]{{0,30}}"
    rf"(?:[ \t][{_CYR_UP}{_CYR_LO}][{_CYR_LO}\-]{{1,30}}){{0,2}})"
    rf"|(?P<name2>[{_CYR_UP}][{_CYR_LO}\-]{{1,30}}(?:[ \t][{_CYR_UP}][{_CYR_LO}\-]{{1,30}}){{0,1}})[ \t]{{1,2}}"
    rf"(?P<type2>(?:проспект|переулок|шоссе|бульвар|набережн|площад|пр\.|пер\.|ш\.|б-р|наб\.|пл\.|просп\.)[а-яё]{{0,3}}))"
    r",?[ \t]{0,2}(?:(?:д\.|дом)[ \t]{0,2})?(?P<num>\d{1,4}[а-я]?(?:[/\-]\d{1,4})?)(?![\w])"
)
_BOX = re.compile(
    r"(?<![\w])(?:(?i:p\.?[ \t]?o\.?[ \t]?box|post[ \t]office[ \t]box|post[ \t]box(?:[ \t]no\.?)?|pob|postfach|postbus"
    r"|apartado(?:[ \t](?:de[ \t]correos|postal))?|caixa[ \t]postal|cx\.[ \t]postal|casella[ \t]postale"
    r"|skrytka[ \t]pocztowa|boîte[ \t]postale|boite[ \t]postale)|а/я|абонентский[ \t]ящик)"
    r"[ \t]{0,2}(?:(?i:no|n[º°o])\.?[ \t]{0,2}|#[ \t]{0,2})?\d{1,6}(?:[ \t]\d{2,3}){0,3}(?![\w])"
    r"|(?<![\w])(?i:rr|r\.r\.|rural[ \t]route|hc|star[ \t]route)[ \t]{0,2}\d{1,4}[ \t,]{1,3}"
    r"(?:(?i:site)[ \t]{0,2}\d{1,4}[ \t,]{1,3})?(?i:box)[ \t]{0,2}\d{1,5}(?![\w])"
    r"|(?<![\w])(?P<weak>BP|CS)[ \t]{0,2}\d{1,6}(?![\w])"
)
_HOUSE_WORDS = _alternation((*ad.HOUSE_WORDS, "flat", "apt", "apartment", "unit", "door"))
_CHAIN_HEAD = (
    rf"(?<![\w])(?P<head>(?:(?P<hw>(?i:{_HOUSE_WORDS}))\.?[ \t]{{0,2}}(?:(?i:no)\.?[ \t]{{0,2}})?|#[ \t]?)?"
    r"(?P<id>[A-Z]{0,3}-?\d{1,5}[A-Za-z]?(?:[/\-]\d{1,5}){0,3}))"
)
# An Indian address line: a house number, up to six comma-separated parts, a PIN. Parts hold no comma, so each
# has one extent; only the last can give back characters to the PIN.
_CHAIN_PIN = re.compile(
    _CHAIN_HEAD + r"(?P<segs>(?:,[ \t]{0,2}[^,\n!?;]{2,40}){1,6}?),?[ \t]{1,2}(?P<pin>[1-9]\d{5})"
    r"(?![\w])"
)
_CHAIN_HOUSE = re.compile(_CHAIN_HEAD + r"(?P<segs>(?:,[ \t]{0,2}[^,\n!?;]{2,40}){1,4})")
_JP_WARD = r"[A-Z][a-z]{1,20}(?:-(?:ku|shi|cho|machi|gun|mura)|[ \t](?:City|Ward|Town|Village))(?![\w])"
_JAPAN = re.compile(
    r"(?<![\w\-])\d{1,2}-\d{1,2}(?:-\d{1,3})?,?[ \t]{1,2}(?:[A-Z][a-z]{1,20}(?:[ \t\-][a-z]{1,10})?,?[ \t]{1,2}){0,2}"
    + _JP_WARD
    + r"|(?<![\w])\d{1,2}[ \t]?(?i:chome)[ \t\-]{1,2}\d{1,3}(?:-\d{1,3})?"
    # The ward first, the block number last: "Shibuya-ku, Jingumae 1-2-3", "Minato City, Roppongi 6-10-1".
    + r"|(?<![\w\-])"
    + _JP_WARD
    + r",?[ \t]{1,2}(?:[A-Z][a-z]{1,20},?[ \t]{1,2}){0,2}\d{1,2}-\d{1,2}(?:-\d{1,3})?(?![\w\-])"
)
# Written in Japanese: prefecture, city or ward, district, then the block numbers ("東京都渋谷区神宮前1-2-3",
# "大阪市北区梅田三丁目1番3号", "〒150-0001 東京都…"). Kanji and digits are disjoint classes: one way to match.
_JP_KANJI = "\u4e00-\u9fff々ヶ"
_JP_KANA = "\u3041-\u3096\u30a1-\u30fa\u30fc" + _JP_KANJI
_JP_NUM = "(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})"
_JAPAN_SCRIPT = re.compile(
    rf"(?:〒[ \t]?\d{{3}}-?\d{{4}}[ \t]{{0,2}})?[{_JP_KANJI}]{{0,12}}[都道府県市区町村郡][{_JP_KANA}]{{0,12}}"
    rf"{_JP_NUM}(?:番地|(?:丁目|番|号|[-－‐−の]){_JP_NUM}(?:(?:番地|番|号|[-－‐−の]){_JP_NUM}){{0,2}}(?:号|番地)?)"
)
_BACK_UNIT = re.compile(
    r"(?<![\w])(?i:flat|apt|apartment|unit|suite|ste|bât|bat|bâtiment|villa|lot|wohnung)\.?[ \t]{0,2}#?"
    r"(?:\d[0-9A-Za-z]{0,4}|[A-Za-z]{1,3}\d{1,3}[A-Za-z]?|[A-Z])(?:[ \t]{0,2}[,/][ \t]{0,2}|[ \t]{1,2})"
    rf"(?:[{_UP}][{_WORDCH}]{{1,30}}(?:[ \t][{_UP}][{_WORDCH}]{{1,30}}){{0,2}},[ \t]{{0,2}})?$"
)

# Words that cannot be part of a street name: "walked 5 miles down the road", "2 big court dates".
_NOT_STREET = frozenset(
    """
    the a an my your his her our their its of to in on at from for with and or but by into onto down up over
    near past off out minutes mins min hours hrs seconds secs days weeks months years times people kids blocks
    miles mile km meters feet ft steps floors stars points percent bucks dollars pounds lbs kg doses pills tabs
    mg ml reps sets laps rounds calories cals likes views subs votes games goals runs episodes pages chapters
    i you he she we they it is are was were be have has had do did done got get go going went will would can
    should just only also really very more less than then so if when what who how all some any every each other
    new old big small little good bad great first last next few many much hot cold best worst same another
    x y o per vs lol
    """.split()
)
_COMMON_TYPES = frozenset(
    "via plaza largo corso strada vila setor quadra ronda camino carrera conjunto diagonal circuito privada "
    "cerrada loc. os. ul per. pr. al. r. c. pl. bd. str. av av. c/ cl. laan passage villa square cours place route "
    "voie clos domaine côte cote traverse".split()
)
_ADDRESS_CUE = re.compile(
    r"(?i:live|lives|living|moved|address|addy|ship|send|sent|mail|deliver|drop|pick|come|visit|stay|staying|at"
    r"|wohn\w{0,3}|adresse|anschrift|schick\w{0,3}|liefer\w{0,4}|bei|habite|chez|envoi\w{0,3}|livr\w{0,5}"
    r"|vivo|vive|dirección|direccion|domicilio|env[ií]\w{0,4}|mand\w{0,4}|moro|mora|endereço|endereco|entrega"
    r"|abito|abita|indirizzo|woon\w{0,2}|adres|stuur|живу|живёт|живет|адрес)(?![\w])"
)
_NEXT_WORD = re.compile(r"[ \t]{0,3}([^\W\d_][\w'’]*)")


def _matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match of ``pattern``, overlapping ones included (each position is tried once as a start), so that a
    reading the checks below reject ("2290 Old" taken for a street) does not hide the one after it."""
    out: list[re.Match[str]] = []
    pos = 0
    while len(out) < _MAX_MATCHES:
        m = pattern.search(text, pos)
        if m is None:
            break
        out.append(m)
        pos = m.start() + 1
    return out


def _tail(text: str, pos: int) -> tuple[int, bool]:
    """Where the address that ends at ``pos`` really ends (units, floors, places, states, postcodes after it),
    and whether a unit, a floor, a state or a postcode was among them (a place name alone says little)."""
    end = pos
    strong = False
    places_after = 0  # place names read since the last unit, state or postcode
    weak_end = None  # end of a place name not yet confirmed by a state or postcode after it
    for _ in range(_MAX_TAIL):
        m = _TAIL.match(text, end if weak_end is None else weak_end)
        if m is None or m.end() == (end if weak_end is None else weak_end):
            break
        sep = m.group("sep")
        if m.group("place") is not None:
            if weak_end is not None and "," not in sep:
                break
            if not sep and m.start() > 0 and text[m.start() - 1] not in " \t,":
                break
            places_after = places_after + 1 if "," in sep or end == pos else 2
            weak_end = m.end()
            continue
        places_after = 0
        if m.group("dir") is not None:
            if "," in sep:
                break
        else:
            strong = True
        end = m.end()
        weak_end = None
    if weak_end is not None and (end == pos or places_after == 1):
        end = weak_end  # one place name after the street or its unit: its city ("Calle Sierpes 22, Sevilla")
    return end, strong


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1).lower() if m else ""


def _cue_before(text: str, start: int) -> bool:
    return _ADDRESS_CUE.search(text, max(0, start - 40), start) is not None


def addresses(text: str) -> list[Hit]:
    """Street addresses with a house number (every format above), post-office boxes and rural routes."""
    found: list[Hit] = []

    def add(start: int, end: int, rule: str) -> None:
        back = _BACK_UNIT.search(text, max(0, start - 60), start)
        if back is not None:
            start = back.start()
        found.append(Hit("privacy.address", start, end, rule, P_FORMAT - 5))

    for m in _matches(_EN, text):
        _english(text, m, add)
    for m in _FRENCH.finditer(text):
        end, strong = _tail(text, m.end())
        add(m.start(), end, "address.street_fr")
    for m in _matches(_TYPE_FIRST, text):
        _type_first(text, m, add)
    for m in _matches(_COMPOUND, text):
        _compound(text, m, add)
    for m in _NUMBERED.finditer(text):
        end, _strong = _tail(text, m.end())
        add(m.start(), end, "address.street_numbered")
    for m in _EN_ONE_WORD.finditer(text):
        end, strong = _tail(text, m.end())
        if strong:
            add(m.start(), end, "address.street")
    for m in _GERMAN_PREPOSITION.finditer(text):
        end, strong = _tail(text, m.end())
        if strong or _COMPOUND_STRONG.search(m.group(0)) is not None:
            add(m.start(), end, "address.street_de")
    if _CYRILLIC.search(text) is not None:
        for m in _RU.finditer(text):
            end, _strong = _tail(text, m.end())
            add(m.start(), end, "address.street_ru")
    for m in _BOX.finditer(text):
        end, strong = _tail(text, m.end())
        if m.group("weak") is None or strong:
            add(m.start(), end, "address.po_box")
    if "," in text:
        for m in _CHAIN_PIN.finditer(text):
            _chain(text, m, add, pin=True)
        for m in _CHAIN_HOUSE.finditer(text):
            _chain(text, m, add, pin=False)
    if "-" in text or "chome" in text.lower():
        for m in _JAPAN.finditer(text):
            end, _strong = _tail(text, m.end())
            add(m.start(), end, "address.street_jp")
    if not text.isascii() and _JP_MARK.search(text) is not None:
        for m in _JAPAN_SCRIPT.finditer(text):
            add(m.start(), m.end(), "address.street_jp")
    return found


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_JP_MARK = re.compile(r"[都道府県市区町村郡]")
_COMPOUND_STRONG = re.compile(rf"(?i:{_alternation(ad.COMPOUND_TAILS_STRONG + ad.COMPOUND_TAILS_WEAK)})(?=[ \t,]|$)")
_TAILS_STRONG = tuple(ad.COMPOUND_TAILS_STRONG)
_TAILS_WEAK = tuple(ad.COMPOUND_TAILS_WEAK)
_LOCALITY = frozenset(ad.LOCALITY_WORDS) | frozenset(s.lower() for s in _EN_SUFFIXES)
_STRONG_HOUSE_WORDS = frozenset(
    (
        "h.no",
        "h. no",
        "h no",
        "house no",
        "house",
        "door no",
        "plot",
        "plot no",
        "qr no",
        "quarter no",
        "flat no",
        "flat",
        "villa",
        "sqs",
        "sqn",
        "shis",
        "shin",
        "qnl",
    )
)


def _english(text: str, m: re.Match[str], add: Add) -> None:
    tokens = [(t.start(), t.end(), t.group(0)) for t in _TOKEN.finditer(text, m.start("words"), m.end("words"))]
    best = -1
    for i, (_s, _e, word) in enumerate(tokens):
        low = word.lower().rstrip(".")
        if low in _NOT_STREET and not (i == 0 and word[:1].isupper() and low in _NAME_OPENERS):
            break  # "5 laps around the block", but "4 The Crescent"
        if word.isdigit() or (best >= 0 and (low in _UNIT_SET or word[:1].isdigit())):
            break  # "Season 3 Episode 4 Way Down": a street name holds no bare number
        if low in _EN_SUFFIX_SET and (i > 0 or word[:1].isupper()):
            best = i  # the last street type of the run: "88 Harbor View Ter", "2290 Old Mill Ln"
        if word.endswith(".") and len(low) > 4 and best >= 0:
            break  # a sentence ends here
    if best < 0:
        return
    name = [w for _s, _e, w in tokens[:best]]
    _start, suffix_end, suffix = tokens[best]
    stop = suffix_end
    if best + 1 < len(tokens) and suffix.lower().rstrip(".") in _ROUTE_SUFFIXES and tokens[best + 1][2][:1].isdigit():
        stop = tokens[best + 1][1]  # "3380 US Hwy 9W"
    num = m.group("num")
    capitalised = all(w[:1].isupper() or w[:1].isdigit() for w in name)
    end, strong = _tail(text, stop)
    low = suffix.lower().rstrip(".")
    if not name:
        if not (suffix[:1].isupper() and strong) or _TITLE_AFTER.match(text, suffix_end):
            return  # "12 Esplanade, Sandy Bay TAS 7005" yes; "1956, Dr. Forssman" no
    ambiguous = low in ad.COMMON_WORD_SUFFIXES or len(low) <= 2
    if m.group("comma") and (ambiguous or not capitalised):
        return  # "Rule 51, Oxford Union Society"; "14, Park Street" is Indian style
    if not capitalised and low not in _CORE_SUFFIXES and not strong:
        return  # "3 boulangeries rue Mouffetard"
    if (ambiguous or not capitalised) and not strong and not (capitalised and suffix[:1].isupper()):
        # Written in lower case, the street has to stand where an address stands: after "lives at", "ship to",
        # or at the end of the clause ("send it to 84 maple ct", "we're at 39 main pl if anyone wants to visit").
        nxt = _next_word(text, stop)
        if nxt and nxt not in _ALLOWED_AFTER and not _cue_before(text, m.start()):
            return  # "2 big court dates"
    if num.isdigit() and len(num) == 4 and num[:2] in ("19", "20") and not strong and (ambiguous or not capitalised):
        return  # "in 1985 A View To A Kill", "in 2019 road trips were cheaper"
    add(m.start(), end, "address.street")


# Words that may follow a street written in lower case ("84 maple ct pls", "39 main pl if anyone...").
_ALLOWED_AFTER = frozenset(
    """
    in and near by so but if or at on for with is was apt apartment unit suite ste fl floor room rm please pls
    then because cuz lol thanks thx it's its i you my our his her their which that where today tomorrow tonight
    go come asap now
    """.split()
)
# Capitalised words that may open a street name although they are everyday words elsewhere.
_NAME_OPENERS = frozenset("the old new great little upper lower high north south east west".split())
# Street types common enough in chat to be written with a lower-case name ("4417 n willow ave").
_CORE_SUFFIXES = frozenset(
    "street st str avenue ave av road rd boulevard blvd lane ln drive dr court ct place pl terrace ter circle cir "
    "parkway pkwy highway hwy trail trl crescent cres square sq way".split()
)
# "Dr. No", "St. Thomas": a title before a name, not a street type after a house number.
_TITLE_AFTER = re.compile(rf"[ \t]{{1,3}}[{_UP}]")


def _type_first(text: str, m: re.Match[str], add: Add) -> None:
    kind = m.group("type")
    name = m.group("name").split()
    lowered = [w.lower().strip(".,") for w in name]
    content = [w for w, low in zip(name, lowered, strict=True) if low not in _PARTICLES_SET]
    if not content or any(low in _NOT_STREET and low not in _PARTICLES_SET for low in lowered):
        return
    if any(w.endswith(".") and len(w) > 4 for w in name[:-1]):
        return  # "R.S. Pressmann. PC Users Nº 68": a sentence ends inside the "name"
    end, strong = _tail(text, m.end())
    capitalised = all(w[:1].isupper() or w[:1].isdigit() for w in content)
    nxt = _next_word(text, m.end())
    if nxt in _NOT_STREET and not strong:
        return  # "via UPS 3 days ago"
    if len(content) == 1 and content[0].isdigit() and not (m.group("num")[:1] in "#nN" or strong):
        return  # "Calle 13 es mi banda" (a band); "Calle 60 #512" is a street
    if not capitalised and not strong:
        return  # "la calle Alcalá abiertas 24h"
    if kind.lower() in _COMMON_TYPES and not (kind[:1].isupper() or strong or _cue_before(text, m.start())):
        return
    add(m.start(), end, "address.street_type_first")


_PARTICLES_SET = frozenset(p for phrase in ad.NAME_PARTICLES for p in phrase.split())


def _compound(text: str, m: re.Match[str], add: Add) -> None:
    word = m.group("name").lower().rstrip(".")
    if m.group("name").endswith("."):
        word += "."
    strong_tail = word.endswith(_TAILS_STRONG) and len(word) > 4
    weak_tail = word.endswith(_TAILS_WEAK) and len(word) > 5
    if not (strong_tail or weak_tail):
        return
    end, strong = _tail(text, m.end())
    if not strong_tail and not strong and not _cue_before(text, m.start()):
        return  # "Parkplatz 3 ist frei", "Bring 5 friends"
    if not strong_tail and _next_word(text, m.end()) in _NOT_STREET and not strong:
        return
    add(m.start(), end, "address.street_compound")


def _chain(text: str, m: re.Match[str], add: Add, pin: bool) -> None:
    segs = [seg.strip() for seg in m.group("segs").split(",")[1:]]
    words = {w.lower().strip(".") for seg in segs for w in seg.split()}
    house = (m.group("hw") or "").lower().rstrip(".")
    identifier = m.group("id")
    strong_head = house in _STRONG_HOUSE_WORDS or m.group("head").startswith("#")
    if pin:
        if not (
            strong_head
            or house
            or not identifier[:1].isdigit()
            or "/" in identifier
            or "-" in identifier
            or words & _LOCALITY
        ):
            return
        end = m.end()
    else:
        if not strong_head or not house:
            return
        # Without a PIN the parts are the address only while they read as place names.
        keep = 0
        for seg in segs:
            if not (seg[:1].isupper() or seg[:1].isdigit()) or len(seg.split()) > 4:
                break
            keep += 1
        if keep == 0:
            return
        end = m.start("segs") + len(",".join(m.group("segs").split(",")[: keep + 1]))
    end, _strong = _tail(text, end)
    add(m.start(), end, "address.street_in")
