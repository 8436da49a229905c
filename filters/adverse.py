"""Adverse events: a viewer reports an unwanted effect after a medicine, vaccine or health product.

``health.adverse_event`` is a pharmacovigilance report, not a privacy matter:
"my mom got a rash after her second dose of the shingles vaccine", "since
starting metformin I've had diarrhea", "desde que tomo X me duele la cabeza",
"после прививки поднялась температура", "the pills stopped working", "I was
on accutane when I got pregnant", "the pharmacy gave him 50mg instead of 25mg".

How it reads a message (EN/ES/RU):

1. **Gate.** One Aho-Corasick pass over the lower-cased text looks for a
   suspect product (the policy's ``[products] names``, a built-in list of
   several hundred medicines, vaccines and health products by generic and
   brand name, and words for kinds of product such as "pills", "вакцина",
   "pastillas") and for an unwanted effect in lay words (symptoms, "stopped
   working", overdose, medication errors, pregnancy exposure). Stems make the
   lists inflection-aware ("вакцин*" finds "вакциной"). A message without
   both costs about a microsecond.
2. **Composition.** A product and an effect must stand in the same sentence
   (or in two neighbouring ones), each not denied by a negator among the four
   words before it ("no side effects", "not my meds", "никаких побочек").
3. **Speech acts.** A sentence is left clean when it is a question about
   side effects in general, a generic or hypothetical statement ("can cause",
   "in general", "si alguien"), a resolved effect ("the rash went away",
   "сыпь прошла"), a good outcome ("working great"), news, studies, adverts,
   films and games, pets, or when the product or effect is inside quotation
   marks.

:func:`adverse_elements` returns what the safety team's intake needs from a
message: the suspect product, the event, the patient mentioned and whether
the reporter speaks in the first person.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from castguard.core.model import ChatMessage, Finding, Severity
from castguard.core.policy import Policy
from castguard.filters import adverse_words as words
from castguard.filters.adverse_link import linked_body, may_link
from castguard.filters.prepass import Prepared, prepare
from castguard.filters.risk_lexicon import SELF_HARM_AIMS
from castguard.filters.speech import dialogue

CATEGORY = "health.adverse_event"
_PRODUCT, _EVENT = 0, 1
#: Letters a policy product name may take as an inflection ("Brand X" -> "Brand Xом", "Xs").
_POLICY_SUFFIX = 3
_STEM = 1_000
_MAX_PRODUCTS = 5_000


@dataclass(frozen=True, slots=True)
class AdverseElements:
    """What an adverse-event message says, as the intake's minimum elements need it.

    ``product`` and ``event`` are the words as the viewer wrote them; ``patient``
    is who had the effect ("my mom", "у мамы", or ``"reporter"`` when the
    writer speaks of themselves, ``""`` when nobody is named);
    ``reporter_first_person`` is True when the writer speaks as "I"/"yo"/"я"
    (an identifiable reporter is then the message's author).
    """

    product: str
    """Suspect product as written ("metformin", "the flu shot's" product word "shot", "вакцины")."""
    event: str
    """The unwanted effect as written ("rash", "stopped working", "температура")."""
    patient: str
    """Who had it: a relation as written, ``"reporter"`` for the writer, ``""`` if not said."""
    reporter_first_person: bool
    """The writer speaks in the first person."""
    start: int
    """Start of the sentence(s) holding product and event (an offset into the text)."""
    end: int
    """End of that span."""


# ------------------------------------------------------------------------------------------------ automaton
def _entries(products: tuple[str, ...]) -> dict[str, tuple[int, int, int]]:
    """Every gate word -> (product or event, letters it may take after the entry, rank).

    The rank says how specific a product word is: a name (0) is a better suspect than
    a kind of product such as "vaccine" (1), and that than "dose" (2).
    """
    out: dict[str, tuple[int, int, int]] = {}

    def add(entry: str, kind: int, policy: bool = False, rank: int = 0) -> None:
        entry = entry.strip().lower()
        if not entry:
            return
        if entry.endswith("*"):
            key, suffix = entry[:-1], _STEM
        else:
            key, suffix = entry, (_POLICY_SUFFIX if policy else 0)
        if key and (key not in out or (out[key][0] == _EVENT and kind == _PRODUCT)):
            out[key] = (kind, suffix, rank)

    for entry in words.EVENTS:
        add(entry, _EVENT)
    for triple in words.GENERICS:
        for entry in triple:
            add(entry, _PRODUCT)
    for entry in words.BRANDS:
        add(entry, _PRODUCT)
    for entry in words.CLASSES:
        add(entry, _PRODUCT, rank=2 if entry in words.DOSE_WORDS else 1)
    for name in products:
        add(name.replace("*", ""), _PRODUCT, policy=True)
    return out


GateEntry = tuple[int, int, int, int]
"""What the gate's automaton holds for a word: (product or event, letters it may take after it, length, rank)."""


def gate_entries(products: tuple[str, ...]) -> dict[str, GateEntry]:
    """Every gate word with its automaton value (the pipeline's shared pass holds those of the built-in lists)."""
    return {key: (kind, suffix, len(key), rank) for key, (kind, suffix, rank) in _entries(products).items()}


@lru_cache(maxsize=8)
def _automaton(products: tuple[str, ...]) -> ahocorasick.Automaton:
    """The gate for the built-in lists plus a policy's product names (built once per list)."""
    automaton = ahocorasick.Automaton()
    for key, value in gate_entries(products).items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


def builtin_product_count() -> int:
    """Distinct built-in product entries (generic names in three languages, brands, kinds)."""
    return sum(1 for kind, _, _ in _entries(()).values() if kind == _PRODUCT)


# ------------------------------------------------------------------------------------------------ speech acts
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Not a product in this use: ice cream, a game's patch notes, a shot of tequila, a drug dealer.
_NOT_PRODUCT = _rx(
    r"ice cream|patch notes|game patch|new patch|shots? (?:of|fired)|(?:tequila|vodka|espresso|jello) shots?"
    r"|drug (?:dealer|test)|cabbage patch|patch of|chill pill|red pill|blue pill|(?:sun|face|hand|shaving) cream"
    r"|crema de (?:leche|cacahuete)"
    r"|dose of (?:reality|cuteness)|confidence booster|morale booster|booster pack"
    # a bitter pill to swallow: defeat, the truth
    r"|(?:bitter|hard|tough) pill|pill (?:of|to swallow)|p[ií]ldora amarga|trago amargo|горьк\w+ пилюл\w*"
)
_QUESTION_START = _rx(
    r"(?:^|[,:]|\band\b|\by\b|\bи\b)\W*(?:what|what's|whats|which|does|do|did|is|are|can|could|should|would|will|how"
    r"|why|when|has|have|anyone"
    r"|any(?:one|body)|qu[ée]|cu[áa]l(?:es)?|c[óo]mo|puede|es|son|alguien|por qu[ée]|какие|какой|какая|что|как"
    r"|может|можно|правда|бывает|почему|зачем|кто|есть ли|сколько|quanto|cu[áa]nto|do i|should i|can i)\b"
)
#: Generic, hypothetical, hearsay, teaching, news, adverts, fiction, games, pets: not a report of a case.
_NOT_A_CASE = _rx(
    r"\b(?:can|could|may|might) (?:cause|give|make|lead|trigger)|\bcommon(?:ly)?\b|\bin general\b|\bgenerally\b"
    r"|(?<!read )(?<!reads )(?<!showed )(?<!shows )(?<!said )(?<!marcaba )(?<!marca )(?<!daba )\bnormal\b(?! or\b"
    r"| for me\b)|\bexpected\b|\bpossible side effects?\b"
    r"|\bleaflet\b|\bpackage insert\b|\bclinical trials?\b|\bинструкци\w*|\bаннотаци\w*|\bficha t[ée]cnica\b"
    r"|\bstud(?:y|ies)\b|\bresearch\b|\baccording to\b|\bnews\b|\bheadline|\brecall(?:ed|s)?\b|\blawsuit"
    r"|\bcommercials?\b|\btv ads?\b|\bmovie\b|\bfilm\b|\bgame\b|\bpotion\b|\bboss\b|\bexam\b|\bfor (?:my )?(?:class"
    r"|course|homework)\b"
    r"|\bif (?:you|u|someone|somebody|they|anyone|one)\b|\bsomeone\b(?! else)|\beveryone\b|\bsome (?:people|ppl)\b"
    r"|\bpeople\b|\bi heard\b|\bthey say\b|\bis (?:it|that) true\b|\bmyth\b|\bexplain(?:ed|s)?\b"
    r"|\bclass action\b|\bmakers of\b|\bshould be reported\b|\breporting side effects\b|\bsegment\b"
    r"|\bcur(?:a|an|es|ed|e)\b|\bвылечи|\bлечит\b|\bwrote\b|\bposted\b|\btweeted\b"
    r"|\b(?:dog|dogs|cat|cats|puppy|kitten|vet)\b"
    r"|\bpuede(?:n)? (?:causar|dar|provocar)\b|\bcom[úu]n(?:es)?\b|\ben general\b|\bposibles?\b|\bprospecto\b"
    r"|\bensayos?\b|\bestudios?\b|\bseg[úu]n\b|\bnoticia|\bsi (?:alguien|tomas|uno)\b|\btodo el mundo\b"
    r"|\bexplic[óo]\b|\bexamen\b|\bserie\b|\bpel[íi]cula\b|\bjuego\b|\bdijo que\b|\bdicen que\b"
    r"|\bperr(?:o|ito|a)\b|\bgat(?:o|ito|a)\b|\bveterinari"
    r"|\bмо(?:жет|гут) (?:вызва|выз|дать|давать)|\bбыва(?:ет|ют)\b|\bв целом\b|\bобычно\b|\bнормальн"
    r"|\bчаст(?:ая|ые|о)\b"
    r"|\bнекотор|\bисследовани|\bпо данным\b|\bновост|\bесли\b|\bкто-то\b|\bобъяснил|\bэкзамен|\bфильм|\bсериал"
    r"|\bигр[еау]\b"
    r"|\bрассказывал|\bсообщать\b|\bсказал[аи]?,? что\b|\bсобак|\bкот\b|\bкошк|\bветеринар"
    # Fear before starting, hearsay, a known allergy always declared, what a class of drug does not treat, where
    # to report in general: none is a case ("me da miedo empezar", "говорят, мышцы болят", "on viruses").
    r"|\b(?:afraid|scared|nervous|worried) (?:to|of) (?:start|starting|try|trying|take|taking)\b"
    r"|\bme da miedo (?:empezar|tomar|probar)\b"
    r"|\bбоюсь (?:начинать|начать|принимать|пить|колоть)\b|\bговорят\b"
    r"|\b(?:always|siempre|всегда) (?:tell|let|warn|aviso|lo aviso|lo digo|предупреждаю|говорю)\b"
    r"|\b(?:on|against) viruses\b|\b(?:contra|para) (?:los )?virus\b"
    r"|\bна вирусы\b|\bif (?:a|an) (?:pharmacy|doctor|nurse|pharmacist)\b"
    r"|\bmucha gente\b|\bla gente\b|\bif i (?:get|have|start|develop)\b"
    r"|\bin the show\b|\bread that\b|\ble[ií] que\b|\bпрочитал\w*\b"
    # Side effects as a topic: compared, listed, warned of ("the difference in side effects between ...", "the side
    # effects list", "la lista de efectos", "список побочек", "the suicidal thoughts warning"), laws and drama.
    r"|\bdifferen\w+ (?:in|between) (?:the )?side effects\b|\bside effects? (?:list|lists|warning)\b"
    r"|\b(?:list|lists) of (?:the )?side effects\b|\bwarnings? (?:for|on|label)\b|\b\w+ warning for\b"
    r"|\bdiferencia\w* (?:en|entre) (?:los )?efectos\b|\blista de (?:los )?efectos\b"
    r"|\bразниц\w+ (?:в|между) побоч\w*|\bсписок побоч\w*"
    r"|(?<!in-)(?<!in )\blaws?\b|\bley(?:es)?\b|\bзакон\w*|\bapparently\b|\bal parecer\b|\bвроде как\b"
    r"|\bin the (?:drama|episode|series)\b|\bdrug ads?\b|\b(?:the|these|those|their) ads\b|\bepisodio\b|\bсери[ия]\b"
    r"|\bwhy do(?:es)? (?:some|all|most|these|those)\b|\bpor qu[eé] (?:algunos|algunas|todos|todas)\b"
    r"|\bпочему (?:некоторые|все)\b"
    # Claims, not cases: a product that dissolves clots, a plot ("they're covering it up", "es para controlar a la
    # población", "это специально"), the vaccine-autism myth, a scam warned of, a fine, a leaflet's "may produce",
    # an effect that is the point ("makes me pee, which is the point", "как и надо"), what some patients get.
    r"|\bdissolv\w+|\bflush(?:es)? out\b|\bdisuelve\w*|\bрастворя\w+"
    r"|\bcover(?:ing)? (?:it |this )?up\b|\bcontrolar a la poblaci[oó]n\b|\bpara controlar\b|\bэто специально\b"
    r"|\bскрыва\w+|\bнас контролир\w+|\bчип\w*|\bу всех\b"
    r"|\bautis\w+|\baut[íi]sm\w*|\bаутизм\w*|\bscam\w*|\bestaf\w+|\bмошенни\w+|\bmultad\w*|\bfined\b|\bоштрафов\w*"
    r"|\bpuede(?:n)? producir\b|\bmay produce\b|\bможет вызывать\b"
    r"|\b(?:which|that)(?:'s| is) the (?:point|idea)\b|\bкак и (?:надо|должно)\b|\bcomo (?:debe|tiene que) ser\b"
    r"|\bsome (?:patients|folks|women|men|kids)\b|\balgunos pacientes\b"
    r"|\bcharged (?:me )?twice\b|\bdouble charged\b|\bcobraron doble\b|\bсписали дважды\b"
    # A product's effect supposed ("if the jab gives you a fever", "si la vacuna te da fiebre").
    r"|\bif (?:the|a|an|your|this|that) \w+ (?:gives?|makes?|causes?)\b"
    r"|\bsi (?:la|el|tu|esta|este|las|los) \w+ (?:te |le |me )?(?:da|dan|provoca|provocan|causa|causan)\b"
    # An effect known since childhood ("allergic to penicillin since childhood", "desde niña", "с детства").
    r"|\bsince (?:childhood|i was (?:a kid|little|small|a child|young))\b|\bdesde (?:niñ|pequeñ|chiquit)[oa]s?\b"
    r"|\bс детства\b"
    # Nerves before a dose ("nervous about the booster because my arm got sore last time"): not taken yet.
    r"|\b(?:nervous|anxious|scared|worried) (?:about|of) (?:the|my|getting|taking|having) (?:\w+ )?(?:booster|jab"
    r"|shot|vaccine|dose|appointment)\b|\bme da (?:miedo|nervios) (?:la|el) (?:vacuna|refuerzo|dosis|pinchazo)\b"
    r"|\bбоюсь (?:прививки|ревакцинации|укола|дозы)\b"
    r"|\bthanks for (?:listing|explaining|covering)\b|\bmy (?:ob|doctor|gp|ginecóloga) (?:said|approved)\b"
    r"|\b(?:me )?aprob[óo]\b|\bодобрил\w*\b"
    r"|\b(?:reportar|notificar) (?:los )?efectos\b|\bfarmacovigilancia\b|\bсообщ\w+ о побочн"
    # An effect older than the product ("my dizziness started before the pills"), an idiom of being fed up ("tired
    # of waiting for my prescription"), a claim that treatments are made to harm, a case supposed ("if my toddler
    # swallowed..."), a cause denied ("the vaccine doesn't cause infertility"), a product that kills the pain.
    r"|\bbefore (?:starting|taking|i started|i took|the (?:pills|meds|medication|shot|vaccine))\b"
    r"|\bantes de (?:empezar|tomar)\b"
    r"|\bдо (?:начала|при[её]ма|таблеток|прививки)\b|\b(?:tired|sick) of (?:this|the|waiting|it|these|my|all)\b"
    r"|\bharta? de esperar\b"
    r"|\bdesigned to\b|\bdiseñad\w+ para\b|\bсозданы,? чтобы\b"
    r"|\bполностью (?:снима|замен|убира)\w*|\bcompletely replaces?\b|\b(?:reemplaza|sustituye)n?\b"
    r"|\bwhat (?:do|should|would) (?:i|we) do if\b|\bqu[eé] (?:hago|hacemos|debo hacer) si\b|\bчто делать,? если\b"
    r"|\b(?:doesn'?t|does not|didn'?t|did not|don'?t) cause\b|\bno (?:causa|provoca)\b|\bне вызыва\w+"
    r"|\bkills? (?:the |my |your )?(?:headache|pain|migraine)"
    # A side effect supposed ("si me sale alergia a un medicamento, ¿qué hago?", "если появится сыпь от ...").
    r"|(?:^|[.!?¿,]\s{0,3})(?:si me (?:da|dan|sale|salen|pasa|baja|sube)"
    r"|если (?:у меня )?(?:появится|будет|начн[её]тся))\b"
    # The cause denied by the teller: "... but it was just a cold", "pero fue un resfriado", "но это была простуда".
    r"|\b(?:but|pero|но)\b[^.!?\n]{0,20}\b(?:it was|was just|turned out|fue|era|result[oó]|оказал\w+|это был\w*) "
    r"(?:just |only |solo |s[oó]lo |просто )?(?:to be )?(?:a |an |un |una )?(?:cold|flu|virus|allergy|coincidence"
    r"|resfriado|gripe|catarro|alergia|coincidencia|простуд\w*|грипп\w*|вирус\w*|аллерги\w*|совпадение\w*)"
    # Not taken yet: a start planned, nothing taken ("good to know before i start mine next month", "empiezo la semana
    # que viene", "начну со следующей недели", "haven't taken any").
    r"|\bbefore i (?:start|take|try|begin)\b|\b(?:start|starting|begin|beginning) (?:it |them |mine |the \w+ )?"
    r"(?:next (?:week|month)|tomorrow|on monday)\b|\bhaven'?t (?:taken|started|tried|opened) (?:any|it|them|yet)\b"
    r"|\b(?:empiezo|empezar[eé]|comienzo|voy a empezar)\b[^.!?\n]{0,30}\b(?:la semana que viene|la pr[oó]xima semana"
    r"|el mes que viene|mañana|el lunes)\b"
    r"|\btodav[ií]a no (?:lo |la |los |las )?(?:he )?(?:empezado|tomado|empec[eé]|tom[eé])\b"
    r"|\bначн(?:у|ём|ем)\b[^.!?\n]{0,30}\b(?:завтра|со следующей недели|на следующей неделе|в понедельник|через)\b"
    r"|\bещ[её] не (?:начал\w*|пил\w*|принимал\w*|пробовал\w*)\b"
    # The soreness expected where a shot went in ("arm is sore from the flu shot", "me duele el brazo", "рука болит"):
    # what every leaflet promises, not a report (swelling, redness, numbness for weeks are).
    r"|\barm (?:is |was |feels )?(?:a bit |a little |kinda |kind of |so |super |pretty )?(?:sore|hurts|aches|achy)\b"
    r"|\bsore arm\b"
    r"|\bme duele (?:un poco |mucho )?el brazo\b|\bel brazo me duele\b"
    r"|\b(?:немного )?болит рука\b|\bрука (?:немного |чуть )?болит\b"
    # The effect blamed on something else ("her rash was from poison ivy, nothing to do with her meds", "nada que ver
    # con la pastilla", "таблетки тут ни при чём").
    r"|\bnothing to do with\b|\bnot (?:from|because of|due to|caused by) (?:the|my|his|her|their)\b|\bunrelated to\b"
    r"|\bnot related to\b|\bnada que ver\b|\bno (?:fue|era|es) (?:por|culpa de) (?:la|las|el|los)\b"
    r"|\bno (?:tiene )?relaci[oó]n con\b|\bне из-за\b|\bни при ч[её]м\b|\bне связан\w*"
    # An effect of childhood, long known ("me dio ronchas de niña", "as a kid", "в детстве").
    r"|\bde (?:niñ|pequeñ)[oa]\b|\bas a (?:kid|child)\b|\bwhen i was (?:a kid|little|young|a child)\b|\bв детстве\b"
    # No effect but a trifle ("no side effects, just tired", "0 side effects", "sin efectos secundarios, solo sueño").
    r"|\b(?:no|0|zero) side effects\b[^.!?\n]{0,20}\b(?:just|only)\b|\b(?:0|zero) side effects\b"
    r"|\bsin efectos secundarios\b[^.!?\n]{0,20}\b(?:solo|s[oó]lo)\b|\bникаких побоч\w*[^.!?\n]{0,20}\bтолько\b"
    # What an effect may be, read or heard, and how rare it is ("dizziness can be a side effect", "good to know",
    # "читала, что реакции очень редки", "leí que ...").
    r"|\bbe a (?:\w+ )?side effect\b|\bgood to know\b|\bчитал\w*,? что\b|\bread (?:that|somewhere)\b|\ble[ií] (?:que"
    r"|en)\b"
    r"|\b(?:are|is) (?:very |extremely )?rare\b|\bson (?:muy )?rar[oa]s\b|\bредки\b|\bочень редк\w*"
    # A population's norm ("the max daily dose for adults", "para adultos", "для взрослых").
    r"|\bfor (?:adults|children|kids|seniors|the elderly|most people)\b|\bpara (?:adultos|niños|la mayor[ií]a)\b"
    r"|\bдля (?:взрослых|детей|пожилых)\b"
    # What a product does to anyone ("чем опасна передозировка", "опасна для печени", "is toxic to the liver").
    r"|\bчем опасн\w*|\bопасн\w+ для (?:печени|почек|сердца|здоровья)\b"
    r"|\bis (?:dangerous|harmful|toxic|bad) (?:for|to) (?:the|your)\b|\bes (?:peligros[oa]|mal[oa]"
    r"|t[oó]xic[oa]) para (?:el|la|los|tu)\b"
    # A harm supposed of a product ("if this vaccine hurts my kid ...", "si esta vacuna le hace daño", "если эта
    # прививка навредит").
    r"|\bif (?:this|that|your|these|those) \w+(?: \w+)? (?:hurts?|harms?|injures?|damages?|kills?)\b"
    r"|\bsi (?:esta|este|esa|ese|tu|su) \w+ (?:le |me )?(?:hace daño|daña)\b|\bесли (?:эта|этот|ваша"
    r"|ваш) \w+ (?:навредит|повредит)"
    # The effect's cause named, and it is no product ("my knee hurts from running", "me duele la espalda de cargar
    # cajas", "болит спина после тренировки").
    r"|\b(?:from|after) (?:running|lifting|the gym|my workout|the workout|training|work|a fall|falling|sports"
    r"|leg day)\b"
    r"|\bde (?:correr|cargar|entrenar|caerme)\b|\bpor (?:el|la) (?:gym|gimnasio|entreno|ca[ií]da)\b"
    r"|\bпосле (?:тренировки|бега|зала|работы|падения)\b|\bот (?:бега|тренировк\w+|работы|падения)\b"
    # A story of long ago ("my grandpa had a stroke on warfarin back in the 90s", "hace 40 años", "в молодости").
    r"|\bback in the (?:\d0s|day)\b|\b(?:years|decades) ago\b|\bin the (?:19|20)\d0s\b|\bhace (?:\d+|muchos|varios"
    r"|unos) años\b"
    r"|\ben los (?:años )?\d0\b|\bв молодости\b|\bмного лет назад\b|\b\d+ лет назад\b|\bдавным-давно\b"
    # An effect asked about before the product is taken ("will the shot make me tired? i get it tomorrow").
    r"|\b(?:i get|getting|i'?m getting|i have) (?:it|mine|the \w+|my \w+) (?:tomorrow|next week|on \w+day)\b"
    r"|\bme (?:la|lo) (?:ponen|pongo|dan) (?:mañana|el lunes|la semana que viene)\b|\bwill (?:the|my"
    r"|this) \w+(?: \w+)? "
    r"(?:make|give) me\b|\bme va a dar\b|\b(?:иду|пойду|записан\w*|делаю|ставлю)\b[^.!?\n]{0,20}\b(?:завтра"
    r"|на следующей неделе)\b"
    r"|\b(?:будет|появится|начн[её]тся)\b[^.!?\n]{0,40}\?"
)
#: A sale talks of a product with nobody's case in it: kept clean only when no reporter or patient
#: is named ("bought the pills on sale and my bp has been 170" is a case, "50% off, free shipping" is not).
_ADVERT = _rx(r"\bon sale\b|\bdiscount\b|\bdescuento\b|\boferta\b|\bскидк|\bакци[яи]\b")
#: What only an advert says (a link in a bio, "DM now", "50% off"): never a case, whoever speaks.
_ADVERT_ONLY = _rx(
    r"\border now\b|\bbuy (?:now|one)\b|\blink in (?:my )?(?:bio|profile)\b"
    r"|\bdm (?:me|now)\b|\bonly \d+ left\b|\bshop now\b"
    r"|\benlace en (?:mi )?(?:bio|perfil)\b|\bссылк[аи] в (?:профиле|био)\b"
    r"|(?<!\d)\d+ ?% off\b|\bpromo\b|\bfree shipping\b"
    r"|\bwhats ?app\b|\bв[оа]тсап\w*|\bescr[ií]beme\b|\bпишите в\b"
    r"|\bdm for (?:prices?|info)\b|\bprices? in (?:my )?dms?\b|\bfor sale\b|\bbest prices?\b"
    r"|\breduc\w+ (?:hospitali\w+|the risk|el riesgo)"
)
#: The effect is over or the product does well: "the rash went away", "se me quitó", "сыпь прошла".
_RESOLVED = _rx(
    r"\bwent away\b|\bgone now\b|\bdisappeared\b|\bcleared up\b|\ball good now\b|\bstopped getting\b"
    r"|\bbetter now\b|\bfeel (?:way |much |so )?better\b|\bthriving\b|\bdoing great\b|\bworking (?:great|well)\b"
    r"|\bworks (?:great|well)\b|\bworked (?:fast|great|well)\b|\bin control\b|\bno dramas\b|\bfine now\b"
    r"|\bfelt (?:fine|great)\b|\bwithout (?:a single |any )?(?:issue|problem)"
    r"|\bnever looked back\b|\bfine with everything\b"
    r"|\bsaved my life\b|\bme salv[óo] la vida\b|\bспас\w* (?:мне )?жизнь\b"
    r"|\bse (?:me |le )?quit[óo]\b|\bse (?:me |le )?fue\b|\bse (?:me |le )?pas[óo]\b|\bya estoy bien\b"
    r"|\bme (?:va|funcionan?) (?:genial|bien)\b|\bsin ning[úu]n problema\b|\bcomo una rosa\b|\bestupend"
    r"|(?<!не )\bпрош(?:ла|ло|[её]л|ли)\b|\bв норме\b|\bв порядке\b|\bотлично работа(?:ет|ют)\b|\bбодр"
    r"|\bникаких проблем\b"
    # "called the nurse line, she's fine", "palpitations are gone", "new med is perfect", "fine ever since"
    r"|\b(?:she|he|they|we|baby|grandma|grandpa)(?:'s| is| are|'re) (?:totally |completely )?fine\b"
    r"|\b(?:are|is|'re) gone\b"
    r"|\bhelped (?:so much|a lot|me)\b|\bme ayud[óo]\b|\bпомогл[аио]?\b|\bno issues\b|\bse (?:me "
    r"|le )?cur[óo]\b|\bme cur[ée]\b|\bвылечил\w*\b|\bis perfect\b|\bworks perfectly\b"
    r"|\bfine (?:ever )?since\b|\best[aá]n? bien(?!\s*\?)|\bвс[её] (?:хорошо|нормально)\b|\bобошлось\b"
    # "now totally fine", "todo bien", "ya pasó, nada grave", "ничего серьёзного"
    r"|\bnow (?:\w+ )?(?:fine|good|ok|okay)\b|\btodo (?:bien|perfecto)\b(?!\s*\?)|\bya pas[oó]\b|\bnada grave\b"
    r"|\bnothing serious\b|\bничего серь[её]зного\b"
    # praise of relief ("this cream cleared my rash, love it", "me quitó el dolor, genial", "сняли головную боль,
    # супер")
    r"|\bcleared (?:my|the|up)\b|\bgot rid of (?:my|the)\b|\bme quit[oó] (?:el|la) (?:dolor|picor|tos|fiebre|migraña"
    r"|acidez)\b"
    r"|\bснял[аи]? (?:мне )?(?:боль|головную|мигрень|зуд|изжогу)|\blove (?:it|this|them)\b|\bgenial\b|\bсупер\b"
)
#: "X causes Y" with nobody named is a statement about the product, not a case.
_GENERIC_CAUSE = _rx(
    r"\bcause[sd]?\b|\bcausa(?:n)?\b|\bвызыва(?:ет|ют)\b"
    # a textbook's or a leaflet's register: what a product results in, requires, must not be stopped for
    # ("insulin overdose results in hypoglycaemia", "la digoxina provoca náuseas", "может привести к", "нельзя резко
    # отменять", "consulte a su médico")
    r"|\bresults? in\b|\bleads? to\b|\brequires?\b|\bmust be (?:monitored|taken|stopped)\b|\bdangerous in\b"
    r"|\bprovoca(?:n)?\b|\bproduce(?:n)?\b|\brequiere(?:n)?\b|\bno deben?\b|\bpeligros[oa]s en\b|\bconsulte\b"
    r"|\bpueden? aumentar\b|\bможет привести\b|\bприводит к\b|\bнельзя\b|\bопасн\w+ при\b|\bтребует\b"
    # what a product does to anyone: "paracetamol overdose damages the liver", "daña el hígado", "бьёт по печени"
    r"|\b(?:damages?|harms?|destroys?|wrecks?) (?:the|your)\b"
    r"|\b(?:daña|perjudica|destruye)n? (?:el|la|los|las|tu|tus)\b|\bбь[её]т по\b|\bвредит\b|\bразруша(?:ет|ют)\b"
)
#: An effect named as what the product is for ("pills for my palpitations", "таблетки от давления").
_INDICATION = _rx(
    r"(?:\bfor|\bpara|\bcontra|\bпротив|\bот)"
    r"\s+(?:(?:my|your|the|his|her|el|la|los|las|mi|mis|su|sus|мо\w+|сво\w+)\s+)?$"
)
#: "не ту дозу", "не тот препарат": a wrong product, not a denied one; "не зная о беременности", "not knowing she
#: was pregnant": an exposure not known at the time, not a denied one.
_WRONG_ONE = _rx(
    r"\bне (?:ту|тот|то|той|того|те)\b|\bне зная\b|\bnot knowing\b|\bwithout knowing\b|\bdidn'?t know\b"
    r"|\bsin saber\b|\bno sab[ií]a\b"
)
#: A product given up ("quit her BP meds", "dejó las pastillas", "бросила таблетки") is not the suspect.
_STOPPED = _rx(
    r"\b(?:quit|quitting|stop|stopped|stopping|ditch(?:ed)?|threw (?:out|away)|binned|tir[óoé]|выбросил[аи]?"
    r"|dej[óoé]|dejar|dejando|бросил[аи]?|бросить"
    r"|перестал[аи]? (?:пить|принимать)|отказал(?:ся|ась|ись) от(?: помощи)?)"
    r"(?:\s+(?:taking|using|all|my|her|his|their|the|las|los|la|el|su|sus|mis|tus|мои|свои|все|пить"
    r"|принимать))*(?:\s+(?:heart"
    r"|bp|blood pressure|sugar|thyroid|del coraz[oó]n|de la (?:presi[oó]n|tensi[oó]n)))?\s*$"
)
#: What follows a product given up when it is its withdrawal ("dejé la venlafaxina de golpe y tengo mareos", "stopped my
#: beta blocker when I ran out and my heart started pounding", "бросила антидепрессант, начались разряды").
_WITHDRAWAL = _rx(
    r"\bde golpe\b|\bcold turkey\b|\babruptly\b|\bran out\b|\bрезко\b|\bначал(?:ись|ось|ся|ась)\b|\bbrain zaps\b"
    r"|\bразряд\w*|\bdescargas\b|\bwithdrawal\b|\babstinencia\b|\bсиндром отмены\b"
    r"|\bstarted (?:pounding|racing|getting|having|shaking)\b|\bempec[ée] a tener\b"
)
#: Tag questions: "antibiotics don't work on viruses, right?".
_TAG_QUESTION = _rx(r"(?:\bright|\bverdad|\bверно|\bправда|\bno)\s*\?\W*$")
#: A dose with its unit stands for the product in medication errors ("10 mg en vez de 2.5").
_DOSE = _rx(r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|iu|units?|unidades|мг|мкг|мл|ед)\b")
_LEET_WORD = re.compile(r"[a-z][0-9@$][a-z0-9]|[0-9@$][a-z]{2}")
#: Every match of :data:`_LEET_WORD` holds one of these: a search for one class of characters skips most
#: messages at half the cost of the pattern's own search, which tries both alternatives at every position.
_LEET_CHAR = re.compile(r"[0-9@$]")
_LEET = str.maketrans("013457@$", "oieastas")
#: Whole runs, and the letter beside them checked in :func:`_read_leet`: a lookahead after the run would be tried
#: again from every digit of a long run that no letter follows (quadratic on "7.777…7").
_LEET_RUN = re.compile(r"[013457@$]+")


def _unleet(lower: str) -> str:
    """Digits and symbols next to letters read as the letters they stand for (same length)."""
    return _LEET_RUN.sub(_read_leet, lower)


def _read_leet(m: re.Match[str]) -> str:
    text, (start, end) = m.string, m.span()
    if (start and "a" <= text[start - 1] <= "z") or (end < len(text) and "a" <= text[end] <= "z"):
        return m.group(0).translate(_LEET)
    return m.group(0)


#: A question about changing one's dose ("should I go up to 100?", "¿le bajo a alguna?", "увеличить фуросемид?"):
#: the symptom beside it is what the medicine is for, unless the message says it began with the medicine
#: (:data:`_ONSET`).
_DOSE_CHANGE = _rx(
    r"\b(?:go(?:ing)? up to|up (?:the|my) dose|increase (?:it|the dose|my dose|the)|take another|take more"
    r"|take (?:2|two|3|three) "
    r"|double (?:the|my|up)|lower (?:the|my) dose|le (?:bajo|subo)|me subo|(?:subir|bajar|aumentar)(?:le)? la dosis"
    r"|reduce it|lower (?:it|to)|go up on|be taking more|how much \w+ should i take|tomo m[aá]s|снижать дозу"
    r"|двойную дозу|повысить дозу|увеличить|уменьшить|снизить дозу|одну убрать)"
)
#: Permission asked to take or use a product ("can I take this pre-workout? I'm pregnant", "¿me pongo la segunda?",
#: "делать вторую?"): the product is not yet taken, so the effect beside it is no outcome of it, unless the message
#: dates an effect from it (:data:`_ONSET`).
_TAKE_ASK = _rx(
    r"\b(?:can|could|should|may) i (?:take|use|have|get|be taking|try)\b|\bis it (?:ok|okay|safe"
    r"|fine) (?:to (?:take|use)|for (?:me|my baby|him|her))\b"
    r"|\bwhich (?:tablet|pill|one) (?:i|should i|do i) take\b|\bhow much \w+ should i take\b"
    r"|\bpuedo (?:tomar|usar|ponerme)\b|¿me pongo\b|\bme pongo la segunda\b"
    r"|\bможно ли (?:мне )?(?:пить|принимать|колоть)\b|\bделать вторую\b"
)
#: Words that date an effect from a medicine ("since", "after", "yesterday", "desde", "после", "с тех пор") or make
#: it an error ("accidentally", "случайно").
_ONSET = _rx(
    r"\b(?:since|after|started|starting|made me|gave me|from (?:the|it|them)|desde|despu[ée]s|tras|empec[ée]"
    r"|me dio|me puso"
    r"|keeps? getting|keeps? having|getting|yesterday|ayer|accidentally"
    r"|by mistake|por error|после|с тех пор|начал\w*|стал\w*|вчера|теперь|случайно)\b"
)
#: A medicine named as the means of one's death ("which of my meds would be most painless to overdose on", "enough to
#: bleed out", "tengo las pastillas delante", "хватит, чтобы уйти"): a self-harm statement, not an adverse event
#: (the lexicon's aims of a method asked, and a means laid ready). An overdose already taken is both, and stays one.
_MEANS_OF_DEATH = _rx(
    rf"{SELF_HARM_AIMS}"
    r"|\b(?:painless|easiest|quickest|best way|want|wanna|going|gonna|plan(?:ning)?) to (?:overdose|od)\b|\bbleed out\b"
    r"|\bjust need the (?:nerve|courage)\b|\bquiero saber si duele\b"
    # a dose asked for its death ("what dose would make me not wake up", "how many X is too many", "kill you or just
    # make you sick"), a supply and a plan kept ("my pills and a plan", "for when i'm ready")
    r"|\bnot (?:to )?wake up\b|\bhow many \w+ (?:is|are) too many\b|\bkill (?:you|me) or\b|\band a plan\b"
    r"|\bthe clot takes me\b|\bтромб забер[её]т\b|\bme lleve el co[aá]gulo\b"
    r"|\bfor when i'?m ready\b|\bcu[aá]nt[oa]s \w+ son demasiad[oa]s\b|\bpara cuando est[eé] list[oa]\b"
    r"|\bсколько \w+ (?:—|-)? ?(?:это )?слишком много\b|\bна случай,? когда (?:я )?буду готов\w*"
    r"|\bpills? (?:lined up|in front of me|ready)\b|\b(?:pastillas|таблетки) (?:delante|preparadas|передо мной"
    r"|наготове)"
)
#: A body part named as what the product is for ("cream for my face", "para la piel", "от давления").
_INDICATED = _rx(
    r"\b(?:for|para|contra|от|для|против|(?:to|para|чтобы) \w+)\s+(?:(?:my|the|his|her|your|la|el|mi|su|мо\w+)\s+)?$"
)
_QUOTED = re.compile(r"\"[^\"]{1,300}\"|“[^”]{1,300}”|«[^»]{1,300}»|„[^“”]{1,300}[“”]")
# A full stop between digits ("7.2", "2.5 mg") does not end a sentence.
_SENTENCE = re.compile(r"(?:[^.!?;\n]|\.(?=\d))+[.!?;\n]*")
_CLAUSE_BREAK = _rx(r"[,:()\u2014\u2013]|\bbut\b|\bpero\b|\bно\b|\bа\b")
_WORD = re.compile(r"[\w'’]+")
_NEGATORS = frozenset(words.NEGATORS)

_PATIENT = _rx(
    r"\b(?:(?:my|our|his|her) (?:(?:\d+ ?(?:yo|y/o|year old|month old)|little|lil|baby|older|younger|elderly) )?"
    r"(?:mom|mum|mommy|mother|dad|father|husband|hubby|wife|son|daughter|baby|kid|kids|child|toddler|grandma"
    r"|grandmother|granny|nana|grandpa|grandfather|grandad|granddad|brother|bro|sister|sis|aunt|uncle|friend"
    r"|partner|boyfriend|girlfriend|nephew|niece|cousin|neighbou?r|patient|teen|\d+ ?yo)"
    r"|(?:a |de )?(?:mi|mis|su) (?:mam[áa]|madre|pap[áa]|padre|esposo|esposa|marido|mujer|hij[oa]|beb[ée]"
    r"|abuel[oa]|herman[oa]|t[íi][oa]|amig[oa]|novi[oa]|viej[oa]|sobrin[oa]|prim[oa]|niñ[oa])"
    r"|(?:el|la) (?:niñ[oa]|beb[ée])"
    r"|(?:у )?(?:мамы|маме|мама|папы|папе|папа|мужа|муж|жены|жена|сына|сын|дочки|дочка|дочь|дочери"
    r"|реб[её]нка|реб[её]нок|малыша|малыш|бабушки|бабушке|бабушка|деда|деду|дедушки|дедушка|брата|брат"
    r"|сестры|сестра|свекрови|тёщи|тещи)"
    r"|grandpa|grandma|granny|the baby|u mamy|u papy)\b"
)
_FIRST_PERSON = _rx(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|we|our|us|yo|mi|mis|tengo|tuve|tomo|tom[ée]|estoy|estaba|me"
    r"|я|мне|меня|мой|моя|мои|моих|мою|моего|моей|мы|нас|пью|пила|пил)\b"
)


class _Hit(NamedTuple):
    """A product or effect word standing in the text (a tuple: a frozen dataclass costs several times more to
    build, and the gate builds one for each word it keeps)."""

    kind: int
    start: int
    end: int
    rank: int = 0


class AdverseFilter:
    """``health.adverse_event``: a suspect product together with an unwanted effect, reported as a case."""

    name = "adverse"

    def __init__(self, policy: Policy) -> None:
        self.update_policy(policy)

    def update_policy(self, policy: Policy) -> None:
        """The product list comes from the policy."""
        self._automaton = _automaton(policy.products)
        # With no products of its own, the policy's gate is the built-in one the shared pass already ran.
        self._shared_gate = not policy.products

    def scan(self, message: ChatMessage) -> list[Finding]:
        """The adverse-event finding of one message, if it reports one."""
        return self.scan_prepared(message, prepare(message.text))

    def scan_prepared(self, message: ChatMessage, prepared: Prepared) -> list[Finding]:
        """:meth:`scan`, reading the lower-cased text from the pipeline's shared pre-pass."""
        lower = prepared.lower
        matches = prepared.adverse_matches if self._shared_gate else None
        if len(lower) != len(prepared.text):
            lower = _same_length_lower(prepared.text)
            matches = None
        elif matches is not None and not matches and not prepared.digit and "@" not in lower and "$" not in lower:
            # No product or effect word, and no character that leetspeak reads as a letter (:data:`_LEET_CHAR`):
            # what _find would conclude, without the search for one.
            return []
        found = _find(lower, self._automaton, matches)
        if found is None:
            return []
        product, event, start, end = found
        detail = f"suspect product: {lower[product.start : product.end]}; event: {lower[event.start : event.end]}"
        return [Finding(CATEGORY, Severity.WARN, start, end, f"{CATEGORY}.composed", detail)]


def adverse_elements(text: str, products: tuple[str, ...] = ()) -> AdverseElements | None:
    """The minimum elements an adverse-event report carries, or None when ``text`` reports none.

    ``products`` are extra suspect product names (the policy's ``[products] names``).
    Words are returned as written in ``text``.
    """
    lower = _same_length_lower(text)
    found = _find(lower, _automaton(tuple(products)))
    if found is None:
        return None
    product, event, start, end = found
    patient_m = _PATIENT.search(lower, start, end) or _PATIENT.search(lower)
    first = _FIRST_PERSON.search(lower) is not None
    if patient_m is not None:
        patient = text[patient_m.start() : patient_m.end()].strip()
    else:
        patient = "reporter" if first else ""
    return AdverseElements(text[product.start : product.end], text[event.start : event.end], patient, first, start, end)


# ------------------------------------------------------------------------------------------------ reading
def _same_length_lower(text: str) -> str:
    """``text.lower()`` character by character, so offsets stay those of ``text``."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _gate(lower: str, matches: Iterable[tuple[int, GateEntry]]) -> tuple[list[_Hit], list[_Hit]] | None:
    """Products and effects standing as words in ``lower`` (from the gate automaton's ``matches`` in it);
    None unless there is at least one of each."""
    products: list[_Hit] = []
    events: list[_Hit] = []
    n = len(lower)
    for last, (kind, suffix, length, rank) in matches:
        start = last - length + 1
        if start > 0 and (lower[start - 1].isalnum() or lower[start - 1] == "_"):
            continue
        end = last + 1
        if suffix:
            limit = min(n, end + suffix)
            while end < limit and lower[end].isalnum():
                end += 1
            if end < n and lower[end].isalnum():
                continue  # more letters than a policy name may take
        elif end < n and (lower[end].isalnum() or lower[end] == "_"):
            continue
        (products if kind == _PRODUCT else events).append(_Hit(kind, start, end, rank))
    if events and not products:
        products = [_Hit(_PRODUCT, m.start(), m.end(), 3) for m in _DOSE.finditer(lower)]
    if not products:
        return None
    # A product alone may still be tied to a body system by cause or time (:func:`_linked`).
    return products, events


def _find(
    lower: str, automaton: ahocorasick.Automaton, matches: list[tuple[int, GateEntry]] | None = None
) -> tuple[_Hit, _Hit, int, int] | None:
    """(product, event, span start, span end) of the first reported case in ``lower``, or None.

    ``matches`` are the automaton's matches in ``lower`` when the shared pass already found them.
    """
    if dialogue(lower):
        return None  # a joke or a scene told turn by turn ("—Doctor, no duermo nada. —Pues ...")
    found = _find_plain(lower, automaton.iter(lower) if matches is None else matches)
    if found is not None and _MEANS_OF_DEATH.search(lower) is not None:
        return None  # a medicine as the means of one's death is self-harm, read by the risk filter
    if (
        found is not None
        and (("?" in lower and _DOSE_CHANGE.search(lower) is not None) or _TAKE_ASK.search(lower) is not None)
        and _ONSET.search(lower) is None
    ):
        return None
    if found is None and _LEET_CHAR.search(lower) is not None and _LEET_WORD.search(lower) is not None:
        # "s1nce th3 n3w m3ds": read digits and symbols inside words as letters, offsets unchanged.
        folded = _unleet(lower)
        if folded != lower:
            found = _find_plain(folded, automaton.iter(folded))
    return found


def _find_plain(lower: str, matches: Iterable[tuple[int, GateEntry]]) -> tuple[_Hit, _Hit, int, int] | None:
    gated = _gate(lower, matches)
    if gated is None:
        return None
    products, events = gated
    if not events and not any(h.rank < 2 and may_link(lower, h.start, h.end) for h in products):
        return None  # a product alone, tied to nothing by cause or time: most product words end here
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(lower)]
    products = [h for h in products if _product_stands(lower, h, quoted)]
    if not products:
        return None
    events = [h for h in events if _stands(lower, h, quoted) and not _inside_product(h, products)]
    bounds = [(m.start(), m.end()) for m in _SENTENCE.finditer(lower)]
    if not bounds:
        return None
    starts = [s for s, _ in bounds]
    # Per sentence: None when it is not a case at all, else the offset where a question part begins.
    reported = [_reported_until(lower, s, e) for s, e in bounds]

    def place(hit: _Hit) -> tuple[int, bool, bool]:
        """(sentence index, in its reported part, in a question part of a case sentence)."""
        index = bisect_right(starts, hit.start) - 1
        until = reported[index]
        if until is None:
            return index, False, False
        return index, hit.start < until, hit.start >= until

    for event in events:
        se, event_live, _ = place(event)
        if not event_live:
            continue
        suspects = []
        for product in products:
            sp, product_live, product_asked = place(product)
            # The product may be named in a neighbouring question: "should I switch from X? my ankles swell".
            if abs(sp - se) <= 1 and (product_live or (product_asked and sp != se)):
                suspects.append((product.rank, abs(sp - se), product, sp))
        if suspects:
            _, _, product, sp = min(suspects, key=lambda t: (t[0], t[1], t[2].start))
            first, last = min(sp, se), max(sp, se)
            start = bounds[first][0]
            start += len(lower[start : bounds[last][1]]) - len(lower[start : bounds[last][1]].lstrip())
            end = bounds[last][0] + len(lower[bounds[last][0] : bounds[last][1]].rstrip())
            return product, event, start, end
    return _linked(lower, products, quoted, bounds, starts, place)


def _linked(
    lower: str,
    products: list[_Hit],
    quoted: list[tuple[int, int]],
    bounds: list[tuple[int, int]],
    starts: list[int],
    place: Callable[[_Hit], tuple[int, bool, bool]],
) -> tuple[_Hit, _Hit, int, int] | None:
    """A case with no listed effect: a body system tied to a live product by cause or time, in one sentence."""
    for product in products:
        if product.rank >= 2:
            continue  # "the dose makes the poison": a dose alone is no suspect to tie an effect to
        index, live, _ = place(product)
        if not live:
            continue
        s, e = bounds[index]
        span = linked_body(lower, s, e, product.start, product.end)
        if span is None:
            continue
        body = _Hit(_EVENT, span[0], span[1])
        if (
            place(body)[1]
            and _stands(lower, body, quoted)
            and not _INDICATED.search(lower, max(s, body.start - 25), body.start)
        ):
            start = s + len(lower[s:e]) - len(lower[s:e].lstrip())
            return product, body, start, s + len(lower[s:e].rstrip())
    return None


def _inside_product(hit: _Hit, products: list[_Hit]) -> bool:
    """An effect word that is part of a product's name ("the pill" is not "pill" twice)."""
    return any(p.start <= hit.start and hit.end <= p.end for p in products)


def _stands(lower: str, hit: _Hit, quoted: list[tuple[int, int]], reach: int = 3) -> bool:
    """Not quoted and not denied by a negator among the ``reach`` words before it in its clause.

    An effect named as what a product is for ("pills for my headaches") does not stand either.
    """
    if any(s <= hit.start < e for s, e in quoted):
        return False
    before = lower[max(0, hit.start - 60) : hit.start]
    if hit.kind == _EVENT and _INDICATION.search(before) is not None:
        return False
    cut = 0
    for m in _CLAUSE_BREAK.finditer(before):
        cut = m.end()
    clause = _WRONG_ONE.sub(" ", before[cut:])
    window = _WORD.findall(clause)[-reach:]
    return not any(w.replace("’", "'") in _NEGATORS for w in window)


def _product_stands(lower: str, hit: _Hit, quoted: list[tuple[int, int]]) -> bool:
    """A product word in a product sense, neither quoted nor denied ("not my meds", "не от таблеток")."""
    around = lower[max(0, hit.start - 12) : hit.end + 12]
    if _NOT_PRODUCT.search(around) is not None:
        return False
    if (
        _STOPPED.search(lower, max(0, hit.start - 40), hit.start) is not None
        and _WITHDRAWAL.search(lower, hit.end, hit.end + 80) is None
    ):
        return False
    return _stands(lower, hit, quoted, reach=4)


def _reported_until(lower: str, start: int, end: int) -> int | None:
    """Where the reported part of a sentence ends (a question may follow), or None if it is no case.

    A sentence is no case when it is generic, hypothetical, news, an advert, a resolved
    effect, a good outcome or a tag question. A question from its start reports nothing (the
    offset is its start) but may still name the product of a report in the next sentence.
    "since the new pills I get dizzy, should I stop them?" reports up to ", should".
    """
    sentence = lower[start:end]
    stripped = sentence.rstrip()
    if _NOT_A_CASE.search(sentence) is not None or _RESOLVED.search(sentence) is not None:
        return None
    if _ADVERT_ONLY.search(sentence) is not None:
        return None
    if (
        _ADVERT.search(sentence) is not None
        and _FIRST_PERSON.search(sentence) is None
        and _PATIENT.search(sentence) is None
    ):
        return None
    if (
        _GENERIC_CAUSE.search(sentence) is not None
        and _FIRST_PERSON.search(sentence) is None
        and _PATIENT.search(sentence) is None
    ):
        return None
    asked = "?" in stripped[-3:]
    if asked and _TAG_QUESTION.search(stripped) is not None:
        return None
    opening = sentence.find("¿")
    if opening < 0 and " ли " in f" {stripped} ":
        return None
    if opening >= 0:
        return start + opening
    if asked:
        m = _QUESTION_START.search(sentence)
        if m is not None:
            return start + m.start()
    return end
