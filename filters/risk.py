"""Risky statements: threats, self-harm, false medical claims, legal threats, advice requests,
harassment and scams.

Two kinds of rules, English, Spanish and Russian:

* phrase rules (:mod:`castguard.filters.risk_rules`), run on the message as written;
* concept compositions (:mod:`castguard.filters.risk_lexicon`): lexicons of acts,
  targets, remedies, legal actors... composed within a clause, run on the
  de-obfuscated copy of the message (:func:`castguard.filters.normalize.deobfuscate`:
  ``k1ll``, ``k i l l``, ``у6ью``), with spans mapped back to the original.

A single Aho-Corasick pass over the lower-cased message (shared with the
privacy filter) finds which rules could apply; only those regular
expressions run, so ordinary chat costs about a microsecond. Every hit then
goes through :func:`castguard.filters.speech.context`: a negated, quoted or reported,
hypothetical, debunked, idiomatic, generic or (for claims) questioned phrase
is not the act it names (:data:`VETOES`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from castguard.core.model import ChatMessage, Finding, Severity
from castguard.core.policy import Policy
from castguard.filters import risk_lexicon, risk_rules, speech, triggers
from castguard.filters.normalize import _MIXED, OBFUSCATION, Normalized, deobfuscate
from castguard.filters.prepass import Prepared, prepare
from castguard.filters.regex_gate import LazyPattern, folded, gated
from castguard.filters.regex_literals import required

_SEVERITY = {
    "risk.threat": Severity.CRITICAL,
    "risk.self_harm": Severity.CRITICAL,
    "risk.medical_claim": Severity.WARN,
    "risk.legal": Severity.WARN,
    "risk.advice_request": Severity.WARN,
    # Abuse is held for a moderator, never escalated by default; a slur is no worse than a threat.
    "risk.harassment": Severity.WARN,
    "spam.scam": Severity.WARN,
}
#: Speech acts that cancel a hit of each category (see :class:`castguard.filters.speech.SpeechAct`).
#: Questions cancel claims, threats and legal threats ("does this cure cancer?"), not self-harm
#: ("how many pills would it take") nor harassment ("is the host a dude in a dress or what").
VETOES: dict[str, frozenset[str]] = {
    "risk.threat": frozenset(
        {"negated", "quoted", "hypothetical", "idiom", "pastime", "generic", "joking", "question"}
    ),
    # A laugh takes back a wish to die only beside a nuisance it is blamed on ("this exam makes me want to die lol"),
    # never beside a plan or hopelessness ("i'm done with life lol"): :attr:`SpeechAct.laughed_off`, not ``joking``.
    "risk.self_harm": frozenset({"negated", "quoted", "hypothetical", "idiom", "pastime", "laughed_off", "recovered"}),
    "risk.medical_claim": frozenset({"negated", "quoted", "hypothetical", "idiom", "question", "debunking", "joking"}),
    # A proverb of anyone ("quien el padre tiene alcalde, seguro va a juicio") sues nobody; it is not read for threats,
    # whose correlative is a menace to whoever does something ("el que vaya a la gala, que se atenga").
    # A laugh does not take back a lawsuit ("gonna sue u lol", "mi mamá ya habla con un abogado jajaja"); a party
    # nobody sues does ("my knees filed a complaint 😂", "mi gato me va a denunciar").
    "risk.legal": frozenset(
        {"negated", "quoted", "hypothetical", "idiom", "question", "hyperbole", "proverb", "kidding"}
    ),
    "risk.advice_request": frozenset({"quoted", "hypothetical", "general"}),
    "risk.harassment": frozenset({"negated", "quoted", "idiom", "hypothetical"}),
    "spam.scam": frozenset({"negated", "quoted", "question", "debunking", "hypothetical"}),
}
_NEGATOR = gated(risk_rules.NEGATORS, re.IGNORECASE)
#: Categories whose hit is someone else's when it is reported to the moderators or attributed to a third person.
_REPORTABLE = frozenset({"spam.scam", "risk.medical_claim", "risk.legal"})
#: Harassment compositions that stand on an insult word alone (no body, identity, sexual or death-wish
#: concept): a hit of theirs whose only insult is a rude one is rudeness (:func:`merely_rude`).
_INSULT_ONLY = frozenset(
    f"risk.harassment.{lang}.{name}"
    for lang in ("en", "es", "ru")
    for name in (
        "degrade-you",
        "degrade-them",
        "what-a",
        "degrade",
        "insult",
        "vocative",
        "vocative-alone",
        "rejection",
        "role-degrade",
        "role-insult",
        "insult-addressed",
        "shut-up-insult",
    )
)
#: Someone else's abuse told by the writer ("whoever called the host a cow needs a timeout"): see
#: :func:`harassment_told`.
_HARASSER_TOLD = re.compile(risk_lexicon.HARASSER_TOLD, re.IGNORECASE)
_HARASSMENT_NAMED = re.compile(risk_lexicon.HARASSMENT_NAMED, re.IGNORECASE)
_HARASSMENT_JUDGED = re.compile(risk_lexicon.HARASSMENT_JUDGED, re.IGNORECASE)
#: A word mentioned, not used: in quotes, followed by what it is, was or means ("'retarded' was once a medical
#: term", "«чурка» - это оскорбление", "'sudaca' es un insulto").
_WORD_MENTIONED = re.compile(
    r"['\"«“‘]\w+(?: \w+)?['\"»”’],? "
    r"(?:was|is|has|used to|means|meant|became|word|term|es|era|fue|significa|se usaba|это|был\w*|означает|раньше)\b",
    re.IGNORECASE,
)
#: The writer describing themselves ("im such a fat pig lol", "soy una cerda", "я такая корова"): not abuse.
_SELF_DESCRIBED = re.compile(
    r"\b(?:i'?m|im|i am|i feel like|i look like|i|me (?:doing|trying|attempting|after|in|on) \w+(?: \w+)?"
    r"|me siento|me veo|soy|parezco|я|я же|я просто)\s+"
    r"(?:(?:such|so|a|an|total|complete|absolute|literally|un|una|tan|como|un[oa] verdader[oa]"
    r"|такая|такой|просто|реально|настоящая|настоящий)\s+){0,3}$",
    re.IGNORECASE,
)
_RUDE = re.compile(risk_lexicon.RUDE, re.IGNORECASE)
_REINFORCED = re.compile(risk_lexicon.REINFORCED, re.IGNORECASE)
_ABUSIVE = re.compile(risk_lexicon.ABUSIVE, re.IGNORECASE)
#: A viewer asking the moderators to act on someone else ("mods, @x is selling pills, please ban"):
#: the scam is reported, not made. Both a moderation request and a third party must be there.
_MODERATION_REQUEST = re.compile(risk_lexicon.MODERATION_REQUEST, re.IGNORECASE)
_THIRD_PARTY = re.compile(risk_lexicon.THIRD_PARTY, re.IGNORECASE)
#: Someone else's claim reported ("the guy above thinks 5G causes covid", "alguien dijo que...", "свекровь
#: утверждает, что..."): a third-person verb of saying or believing before the hit, in the same sentence.
_REPORTED_BY = re.compile(risk_lexicon.REPORTED_BY, re.IGNORECASE)
#: Worry about a relative's or a patient's illness ("бабушка сказала, что не доживёт до весны"): no threat.
_ILLNESS_WORRY = re.compile(risk_lexicon.ILLNESS_WORRY, re.IGNORECASE)
_TAG_QUESTION = re.compile(risk_lexicon.TAG_QUESTION, re.IGNORECASE)
_SELF_HARM_AIM = re.compile(risk_lexicon.SELF_HARM_AIMS, re.IGNORECASE)
#: Whoever asks about their own case names themselves before a tag question ("I can take it with this, right?").
_ASKER = re.compile(
    r"\b(?:i|i'?m|im|i'?ve|me|my|we|our|yo|mi|mis|puedo|tomo|я|мне|меня|мой|моя|мои|можно)\b", re.IGNORECASE
)
#: A call to pass a claim on: the writer endorses what they report.
_ENDORSED = re.compile(risk_lexicon.ENDORSED, re.IGNORECASE)
_AFFECTION = re.compile(risk_lexicon.AFFECTION, re.IGNORECASE)
_SCAM_WARNING = re.compile(risk_lexicon.SCAM_WARNING, re.IGNORECASE)
_VIOLENT_WORD = LazyPattern(risk_lexicon.VIOLENT_WORD, re.IGNORECASE)
_SELF_HARM_TOPIC = re.compile(risk_lexicon.SELF_HARM_TOPIC, re.IGNORECASE)
_SELF_HARM_TOPIC_BEFORE = re.compile(risk_lexicon.SELF_HARM_TOPIC_BEFORE, re.IGNORECASE)
_SELF_HARM_TOPIC_AFTER = re.compile(risk_lexicon.SELF_HARM_TOPIC_AFTER, re.IGNORECASE)
_SUPPORT = re.compile(risk_lexicon.SUPPORT, re.IGNORECASE)
_STORY_TOLD = re.compile(risk_lexicon.STORY_TOLD, re.IGNORECASE)
_FIRST_PERSON = re.compile(risk_lexicon.FIRST_PERSON, re.IGNORECASE)
#: A legal step that is not the writer's: someone else's lawsuit in the news ("saw the news about the class action
#: against that talc company"), a joke among friends, a counterfactual, others' case told, a courtroom show.
_LEGAL_NOT_OURS = re.compile(f"(?:{risk_lexicon.LEGAL_NEWS})|(?:{risk_lexicon.LEGAL_NOT_OURS})", re.IGNORECASE)
#: A claim of the past, a counterfactual, a rumour asked about, a real treatment's effect: not held by the writer.
_CLAIM_NOT_HELD = re.compile(risk_lexicon.CLAIM_NOT_HELD, re.IGNORECASE)
#: A message that is a self-harm statement, a claim, a scam or a legal threat is that act, not a request
#: for advice ("how many of my pills would it take to not wake up", "need antibiotics? I sell amoxicillin").
_OUTRANK_ADVICE = frozenset({"risk.self_harm", "risk.medical_claim", "spam.scam", "risk.legal"})
#: Words of Russian typed in Latin letters that the Russian advice lexicons know ("mozhno li mne...").
_RU_TRANSLIT = re.compile(r"\b(?:mne|menya|mozhno|skolko|chto|davlen\w*|tabletk\w*|pul'?s|doktor)\b")
_CLAUSE_BREAK = gated(r"[.,;:!?\u2026]|\bbut\b|\bpero\b|\bно\b", re.IGNORECASE)
_QUESTION_START = re.compile(
    r"^\s*(?:does|do|can|could|is|are|will|would|did|has|have|should|¿|puede|es|son|cura|правда|может|разве)\b",
    re.IGNORECASE,
)


def _apostrophes(pattern: str) -> str:
    """Let a plain ``'`` in a rule match a typographic apostrophe or none at all (``dont``, ``im``)."""
    return pattern.replace("'", "['’]?")


@dataclass(frozen=True, slots=True)
class _Rule:
    category: str
    lang: str
    pattern: LazyPattern
    negatable: bool
    not_question: bool
    rule_id: str


#: Strings that hint at an obfuscated spelling (see :func:`_obfuscation_hints`) carry this id.
_OBFUSCATION_HINT = -1


def _obfuscation_hints() -> set[str]:
    """Substrings without which :data:`castguard.filters.normalize.OBFUSCATION` cannot match Latin or Cyrillic words.

    A letter tripled ("kiiill"), a letter followed by a digit or symbol ("k1ll", "a$$"), a letter
    standing alone between separators ("k i l l", "k.i.l.l"), a zero-width character, a Latin letter
    next to a Cyrillic one. The shared
    automaton finds them with the rule triggers, so a message without any skips the full
    obfuscation search. Letters spaced out around a one-letter word ("a", "i", "я") are hinted
    only when the separators agree ("k i l l", not "k i.l"): "i think" must not pay for the search.
    """
    letters = "abcdefghijklmnopqrstuvwxyzáéíóúüñçàèìòùâêîôûäößабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    common = set("aiouyeяивскуоа")
    separators = " .-_"
    hints = {c * 3 for c in letters}
    # A run of digits or symbols between letters: "k1ll", "sh!t", "k!1ll" (never "@doc": no letter before).
    hints |= {c + d for c in letters for d in "0123456789@$|€"} | {"!" + c for c in letters + "0123456789@$|€"}
    hints |= {s1 + c + s2 for s1 in separators for s2 in separators for c in letters if c not in common}
    hints |= {s + c + s + c3 + s for s in separators for c in common for c3 in letters}
    latin, cyrillic = "abcdefghijklmnopqrstuvwxyz", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    hints |= {a + b for a in latin for b in cyrillic} | {b + a for a in latin for b in cyrillic}  # mixed scripts
    hints |= set("\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff")
    return hints


@dataclass(frozen=True, slots=True)
class _Gates:
    """Which rules may match a message, from the literal strings found in it.

    Every rule (phrase rule, concept composition, the advice check) has clauses
    of literal strings (:func:`castguard.filters.regex_literals.required`, plus a phrase
    rule's own triggers): a rule runs only when each of its clauses has a string
    in the message. Each distinct string has an id; a rule is looked up from the
    strings of its first, most selective clause, then its other clauses are checked
    against the (few) ids the message holds.
    """

    clauses: tuple[tuple[frozenset[int], ...], ...]
    """Per rule: the string ids of each clause after the first."""
    first: dict[int, tuple[int, ...]]
    """String id -> the rules whose first clause holds it."""

    def units(self, found: set[int]) -> list[int]:
        """The rules whose every clause has a string among ``found`` (string ids), in order."""
        maybe: set[int] = set()
        first = self.first
        for j in found:
            rules = first.get(j)
            if rules is not None:
                maybe.update(rules)
        if not maybe:
            return []
        clauses = self.clauses
        units: list[int] = []
        for u in maybe:
            for clause in clauses[u]:
                if found.isdisjoint(clause):
                    break
            else:
                units.append(u)
        units.sort()
        return units


@dataclass(frozen=True, slots=True)
class _Compiled:
    rules: tuple[_Rule, ...]
    automaton: ahocorasick.Automaton
    advice: tuple[tuple[str, LazyPattern, LazyPattern, LazyPattern], ...]
    triggers: dict[str, tuple[int, ...]]
    """Literal string -> its id (and :data:`_OBFUSCATION_HINT` for the obfuscation hints)."""
    concepts: tuple[tuple[str, str, str, LazyPattern], ...]
    """(category, language, rule id, pattern) of every concept composition."""
    gates: _Gates
    """Rules are numbered: phrase rules first, then compositions, then the advice check (:attr:`advice_unit`)."""
    advice_unit: int


#: Categories whose matched span is subject, act and object: a negator anywhere inside cancels it
#: ("I'd never hurt you", "this tea does not cure cancer"); self-harm spans carry their own ("I don't want to live").
_WHOLE_SPAN_NEGATION = frozenset({"risk.threat", "risk.medical_claim", "risk.legal", "risk.harassment", "spam.scam"})
#: Harassment that tells someone else to die or to kill themselves ("go jump off a bridge", "иди повесься"): a
#: self-harm hit inside its span is the writer's abuse of another, not the writer's own act.
_DEATH_TOLD = ("die-told", "death-wish", ".kys")
#: Compositions whose words include a negation of their own ("you don't need your insulin", "no rx",
#: "women shouldn't be doctors", "no llega vivo").
_NEGATION_INSIDE = (
    "-denied",
    "beast-scorned",
    "nobody-left-standing",
    "veiled-warning",
    "watch-your-back",
    "condition-unfit",
    "family-insulted",
    "stutter-mocked",
    "sent-home",
    "no-wonder-blamed",
    "unfit-mocked",
    "fixation",
    "denied-menace",
    "never-again",
    "cured-with",
    "loan-no-check",
    "rejection",
    "stop-treatment",
    "rx-no-prescription",
    "not-alive",
    "identity",
    "go-back",
    "group-sent-away",
    "handle-insulted",
    "hush-degraded",
    "sent-off",
    "deg-at-work",
    "removed-for",
    "body-shamed",
    "group-predicate",
    "group-stereotype",
    "needless-treatment",
    "doom-negative",
    "no-doctor",
    "throw-away-treatment",
    "treatment-binned",
    "stop-treatment-more",
    "invented-disease",
    "treatment-blamed",
    "never-get-sick",
    "place-gone",
    "group-claim",
    "condition-mock",
    "last-show",
    "rx-contact-asked",
    "cured-without-treatment",
    "works-when-treatment-fails",
    "no-one-needs",
    "shut-up-insult",
    "worthless-person",
    "sexual-body",
    "role-degraded",
    "group-vermin",
    "sexual-host",
    "sexual-demand",
    "belongs-in",
    "contempt",
    "veiled-concept",
    "exist-denied",
    "place-told",
    "group-generalised",
    "illness-used",
    "looks-mocked",
    "gender-mocked",
    "looks-mocked-2",
    "place-told-2",
    "group-vice",
    "identity-scorned",
    "unfit-body",
    "got-by-identity",
    "place-told-3",
    "group-vice-2",
    "crowd-set-on",
    "likened-2",
    "condition-labelled",
    "worth-by-degree",
    "group-violence",
    "swear-named",
    "body-labelled",
    "deserved-or-slow",
    "-menace",
    "date-set",
    "doom-oath",
    "-leaving",
    "last-message",
    # Claims whose form holds a negation: a cause denied ("cholesterol never caused a heart attack"), the
    # treatment blamed "not the cancer", a disease "gone for good" ("диабета больше нет"), a cure nobody talks
    # about, a treatment not needed ("детям не нужны прививки"), an order never to have one ("no te hagas la
    # quimio"), a cure the doctors "won't tell you".
    "cause-denied",
    "treatment-is-the-cause",
    "treatment-is-poison",
    "gone-forever",
    "suppressed-asked",
    "cant-catch",
    "stop-treatment-wide",
    "hidden-cure",
    "claim-negated-form",
    "legal-negated-form",
    # Abuse whose form holds a negation: "nobody wants you here", "shouldn't you be in a nursing home", "people
    # like you shouldn't be nurses", "no es humana", "бабам не место".
    "excluded",
    "age-mocked",
    "people-like-you",
    "made-thing",
    "woman-put-down",
    "wits-mocked",
    "group-denied",
    # Claims whose form holds a negation: a disease that does not exist, a treatment not needed any more, a disease
    # that will never come, a cure the doctors do not want.
    "disease-denied",
    "stop-treatment-2",
    "never-disease",
    "cure-hidden-2",
    "gone-with",
    "never-lower",
    # A name called after the sentence it closes: "nobody will hire you for that, hippo".
    "degrade-vocative",
    # Menace formulas whose words hold a negation ("you won't see it coming", "no sabes con quién te metiste",
    # "тебе не поздоровится").
    "menace-formula",
    # A death foretold in the negative ("won't live to see christmas", "не доживёшь до понедельника").
    "death-foretold",
)
#: Speech acts that do not cancel some compositions, by the end of their names: a question whose form is the
#: threat ("will your guards stop me?", "¿crees que tus guardias me van a detener?"), and a laugh after an act
#: already done or means already taken ("slashed your tires lol", "cut again last night lol", "me acabo de tomar
#: todo el frasco jaja"): deflection, not a joke.
_NOT_CANCELLED_BY: tuple[tuple[str, tuple[str, ...]], ...] = (
    # A menace is often asked or smiled ("your kids walk home alone?", "nice car 🙂"): the form is the threat,
    # and a leaving announced or a last message is not withdrawn by a laugh ("gonna sewerslide 🙃").
    ("question", ("-asked", "-menace")),
    # A slur or insult fixed to a role is abuse under a negation too ("nobody trusts a sp1c doctor").
    ("negated", ("role-insulted", "identity-cursed")),
    ("generic", ("-menace",)),
    (
        "joking",
        (
            "done-to-car",
            "poison",
            "harm-again",
            "means-taken",
            "rhetorical-asked",
            "-menace",
            "plan-told",
            "-leaving",
            "last-message",
        ),
    ),
    # The same acts of self-harm are not taken back by a laugh beside a nuisance either ("cut again after that exam
    # lol").
    ("laughed_off", ("harm-again", "means-taken", "plan-told", "-leaving", "last-message", "-meant")),
    # A death wish said to be meant ("i want to die, not exaggerating", "'kill me now' except i actually mean it")
    # is not the idiom or the joke its words would otherwise be.
    ("idiom", ("-meant",)),
    ("joking", ("-meant",)),
    # A rhetorical question is the claim ("imagine taking chemo when the cure grows in your backyard"), and a
    # condition called a myth is one too ("cholesterol is a myth"): the word "myth" is its predicate.
    ("hypothetical", ("rhetorical-asked",)),
    ("debunking", ("called-myth",)),
    # "lawyer up" is an idiom of television; said of oneself or to the host it announces counsel ("gonna lawyer up").
    ("idiom", ("lawyer-up",)),
    # "class action incoming, who's in?": the call to join is asked, the suit is announced.
    ("question", ("means-terse",)),
)
#: Words that unlock the advice compositions besides the phrase rules' triggers (readings, medicines).
_ADVICE_EXTRA = (
    "bp ",
    "bp?",
    "heart rate",
    "pulse",
    "resting hr",
    " hr ",
    "ldl",
    "hdl",
    "potassium",
    "inr",
    "ecg",
    "ekg",
    "lisinopril",
    "metoprolol",
    "losartan",
    "amlodipine",
    "statin",
    "warfarin",
    "eliquis",
    "xarelto",
    "spironolactone",
    "melatonin",
    "magnesium",
    "lexapro",
    "birth control",
    "tingl",
    "numb",
    "palpitat",
    "skips",
    "nosebleed",
    "tensión",
    "tension",
    "pulso",
    "losartán",
    "losartan",
    "enalapril",
    "sertralina",
    "me duele",
    "mareo",
    "пульс",
    "давлен",
    "бисопролол",
    "конкор",
    "нурофен",
    "холестерин",
    "колет",
    "magni",
)
#: Every word that unlocks the advice compositions: the phrase rules' triggers, readings and medicines, and the
#: wider question forms.
ADVICE_GATE: tuple[str, ...] = (*risk_rules.ADVICE_TRIGGERS, *_ADVICE_EXTRA, *risk_lexicon.ADVICE_MORE_TRIGGERS)


@lru_cache(maxsize=1)
def _advice_concepts() -> tuple[tuple[str, LazyPattern, LazyPattern, LazyPattern], ...]:
    """Advice requests from the lexicons: personal marker, a reading/medicine/symptom, and an ask."""
    out = []
    for lang, lex in risk_lexicon.LEXICONS.items():
        more = risk_lexicon.ADVICE_MORE[lang]
        topic = "|".join(f"(?:{lex[k]})" for k in ("reading", "med", "symptom")) + f"|(?:{more['topic']})"
        out.append(
            (
                lang,
                LazyPattern(f"(?:{lex['personal']})|(?:{more['personal']})", re.IGNORECASE),
                LazyPattern(topic, re.IGNORECASE),
                LazyPattern(f"(?:{lex['advice_q']})|(?:{more['ask']})" + r"|\?", re.IGNORECASE),
            )
        )
    return tuple(out)


#: Function words of the three languages: a clause that one of them satisfies is no gate at all (it
#: would fire on most messages and cost the shared automaton a match each time), so it is left out.
_FREQUENT = frozenset(
    """
is was are were be been ll ill well will i'm im i am me my the and with again what when where have has got get
for that this you your not all just now today here there can like one out with well i'll we'll we
de el la lo le las los se que qué con por para una un es en no todo desde ya te tu mi al del
от все это что как не на в и я ты мне так уже его она они мы вы
""".split()
) | {"i'm", "i am", "we'll", "i'll", "ll", "'ll"}


def _selective(clauses: list[frozenset[str]]) -> list[frozenset[str]]:
    """The clauses none of whose strings is a function word (the first one kept if all are), rarest first.

    A rule is looked up from its first clause, so a clause with a very short string
    ("er", "bp": one alternative among longer ones) comes after the others.
    """
    kept = [c for c in clauses if not any(w.strip() in _FREQUENT for w in c)]
    ordered = [c for c in kept if not any(_short(w) for w in c)] + [c for c in kept if any(_short(w) for w in c)]
    return ordered or clauses[:1]


def _short(word: str) -> bool:
    """Shorter than three characters, bar a pictograph ("er", "?", "5g" occur in many messages; "🔪" does not)."""
    word = word.strip()
    return len(word) < 3 and (word.isascii() or word.isalpha())


@lru_cache(maxsize=1)
def _compile() -> _Compiled:
    """Compile every rule once per process (rules do not depend on the policy)."""
    rules: list[_Rule] = []
    needs: list[list[frozenset[str]]] = []
    counters: dict[tuple[str, str], int] = {}
    for category, lang, keys, pattern, flags in risk_rules.RULES:
        n = counters.get((category, lang), 0) + 1
        counters[(category, lang)] = n
        source = _apostrophes(pattern)
        compiled = LazyPattern(source, re.IGNORECASE)  # compiled when a message first reaches the rule
        rules.append(_Rule(category, lang, compiled, "N" in flags, "Q" in flags, f"{category}.{lang}{n}"))
        # The rule's own triggers first: they were chosen to be selective.
        needs.append([frozenset(k.lower() for k in keys), *_selective(required(source, re.IGNORECASE))])
    concepts = tuple(
        (category, lang, f"{category}.{lang}.{name}", LazyPattern(pattern, re.IGNORECASE))
        for category, lang, name, pattern in risk_lexicon.COMPOSITIONS
    )
    for _, _, name, pattern in risk_lexicon.COMPOSITIONS:
        clauses = _selective(required(pattern, re.IGNORECASE))
        if not clauses:
            raise ValueError(f"composition {name} has no literal a message must contain: it would run on every message")
        needs.append(clauses)
    advice_unit = len(needs)
    needs.append([frozenset(k.lower() for k in ADVICE_GATE)])
    ids: dict[str, int] = {}
    rest: list[tuple[frozenset[int], ...]] = []
    first: dict[int, set[int]] = {}
    for unit, clauses in enumerate(needs):
        unit_clauses = []
        for k, clause in enumerate(clauses):
            clause_ids = frozenset(ids.setdefault(word, len(ids)) for word in clause)
            if k == 0:
                for j in clause_ids:
                    first.setdefault(j, set()).add(unit)
            else:
                unit_clauses.append(clause_ids)
        rest.append(tuple(unit_clauses))
    triggers: dict[str, tuple[int, ...]] = {word: (j,) for word, j in ids.items()}
    for hint in _obfuscation_hints():
        triggers[hint] = (*triggers.get(hint, ()), _OBFUSCATION_HINT)
    automaton = ahocorasick.Automaton()
    for key, entry in triggers.items():
        automaton.add_word(key, entry)
    automaton.make_automaton()
    advice = tuple(
        (lang, *(LazyPattern(_apostrophes(p), re.IGNORECASE) for p in parts))
        for lang, parts in risk_rules.ADVICE.items()
    )
    gates = _Gates(tuple(rest), {j: tuple(sorted(units)) for j, units in first.items()})
    return _Compiled(tuple(rules), automaton, advice, triggers, concepts, gates, advice_unit)  # type: ignore[arg-type]


def trigger_table() -> dict[str, tuple[int, ...]]:
    """Literal strings and their ids (for the pipeline's shared automaton)."""
    return _compile().triggers


def candidates(lower: str) -> set[int]:
    """Ids of the literal strings (and obfuscation hints) that occur in ``lower`` (``text.lower()``)."""
    found: set[int] = set()
    # Padded so that triggers written with a leading or trailing space (" sue ") also
    # match at the very start or end of the message.
    for _, indexes in _compile().automaton.iter(" " + lower + " "):
        found.update(indexes)
    return found


def compositions_reached(lower: str, found: set[int]) -> int:
    """How many concept compositions a message with literal ids ``found`` runs (for the benchmarks)."""
    compiled = _compile()
    first, last = len(compiled.rules), len(compiled.rules) + len(compiled.concepts)
    return sum(1 for u in compiled.gates.units(found) if first <= u < last)


class RiskFilter:
    """``risk.threat``, ``risk.self_harm``, ``risk.medical_claim``, ``risk.legal``, ``risk.advice_request``."""

    name = "risk"

    def __init__(self, policy: Policy) -> None:
        compiled = _compile()
        self._rules = compiled.rules
        self._automaton = compiled.automaton
        self._advice = compiled.advice
        self._concepts_table = compiled.concepts
        self._gates = compiled.gates
        self._advice_unit = compiled.advice_unit
        self._advice_concepts = _advice_concepts()
        self.crisis_guidance = policy.crisis_guidance

    def update_policy(self, policy: Policy) -> None:
        """Only the crisis guidance text comes from the policy."""
        self.crisis_guidance = policy.crisis_guidance

    def scan(self, message: ChatMessage) -> list[Finding]:
        """Risk findings for one message."""
        return self.scan_prepared(message, prepare(message.text))

    def scan_prepared(self, message: ChatMessage, prepared: Prepared) -> list[Finding]:
        """:meth:`scan`, reading the lower-cased text from the pipeline's shared pre-pass."""
        candidates = prepared.risk_candidates
        if candidates is None:
            candidates = triggers.shared(prepared)[1]
        if not candidates:
            return []
        lower = prepared.lower
        # Obfuscated spellings ("k1ll", "k i l l") hide the triggers from the shared pass; the
        # full search runs only when the shared pass saw a hint of one.
        obfuscated = _OBFUSCATION_HINT in candidates and (
            OBFUSCATION.search(lower) is not None or (not prepared.ascii and _MIXED.search(lower) is not None)
        )
        text = prepared.text
        # The readable copy, made only when something reads it (most gated messages run phrase rules alone).
        norm: Normalized | None = None
        if obfuscated:
            norm = deobfuscate(text)
            if norm.text != lower:
                candidates = candidates | candidates_of(norm.text)
        units = self._gates.units(candidates)
        if not units:
            return []
        found: list[Finding] = []
        n_rules = len(self._rules)
        concepts: list[int] = []
        # Phrase rules read the lower-cased text, case-sensitively, when it is folded and as long as the text
        # (the same spans): see castguard.filters.regex_gate.folded. Asked once, at the first phrase rule.
        lower_folded: bool | None = None
        for unit in units:
            if unit >= n_rules:
                if unit != self._advice_unit:
                    concepts.append(unit - n_rules)
                continue
            rule = self._rules[unit]
            if lower_folded is None:
                lower_folded = len(lower) == len(text) and folded(lower)
            for m in rule.pattern.folded_finditer(lower) if lower_folded else rule.pattern.finditer(text):
                if m.end() == m.start():
                    continue
                start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
                if rule.negatable and _negated(text, start):
                    continue
                if rule.not_question and _asked(text, start, m.end()):
                    continue
                found.append(self._finding(rule.category, start, m.end(), rule.rule_id))
        advice = units[-1] == self._advice_unit
        if norm is None:
            if not (concepts or advice or found):
                return []
            norm = deobfuscate(text, plain=True)
        if concepts or advice:
            readable = norm.text
            fold = lower_folded if lower_folded is not None and readable == lower else folded(readable)
            if concepts:
                self._concepts(readable, norm.span, found, concepts, fold)
            if advice:
                self._advice_request(readable, norm.span, found, fold)
        if not found:
            return []
        kept = self._vetted(norm, found)
        if any(f.category == "risk.legal" for f in kept):
            kept = [f for f in kept if f.category != "risk.threat" or _violent(text, f)]
        if any(f.category in _OUTRANK_ADVICE for f in kept):
            kept = [f for f in kept if f.category != "risk.advice_request"]
        return _dedupe(kept)

    def _finding(self, category: str, start: int, end: int, rule_id: str, detail: str = "") -> Finding:
        if category == "risk.self_harm":
            detail = self.crisis_guidance
        return Finding(category, _SEVERITY[category], start, end, rule_id, detail)

    def _concepts(
        self,
        norm: str,
        span: Callable[[int, int], tuple[int, int]],
        found: list[Finding],
        which: list[int],
        fold: bool = False,
    ) -> None:
        """The unlocked concept compositions over the readable copy; spans mapped back to the message.

        ``fold``: the readable copy is :func:`castguard.filters.regex_gate.folded` (searched case-sensitively).

        Each composition gives its first hit, even when another one of the same category already
        hit: the speech acts are read later, and a vetoed hit ("doctors won't tell you") must not
        hide a plain one in the same message ("... but baking soda dissolves kidney stones").
        """
        table = self._concepts_table
        for i in sorted(which):
            category, _lang, rule_id, pattern = table[i]
            search = pattern.folded_search if fold else pattern.search
            m = search(norm)
            while m is not None:
                if m.end() > m.start():
                    start, end = span(m.start(), m.end())
                    found.append(self._finding(category, start, end, rule_id))
                    break
                m = search(norm, m.end() + 1) if m.end() < len(norm) else None

    def _vetted(self, norm: Normalized, found: list[Finding]) -> list[Finding]:
        """Drop hits whose speech act says they are not meant (negated, quoted, idiom...)."""
        kept: list[Finding] = []
        origin = norm.origin
        # A phrase rule and a composition often hit the same span: its speech act is read once.
        vetoed: dict[tuple[frozenset[str], int, int], bool] = {}
        for f in found:
            # Back to the readable copy's offsets (the nearest character at or after the span start).
            start = bisect_left(origin, f.start, 0, len(origin) - 1)
            end = max(start + 1, bisect_left(origin, f.end, 0, len(origin) - 1))
            vetoes = VETOES[f.category]
            for act, names in _NOT_CANCELLED_BY:
                if act in vetoes and f.rule.endswith(names):
                    vetoes = vetoes - {act}
            # A claim passed on with a call to spread it is the writer's own ("my pastor says ... SHARE").
            endorsed = f.category == "risk.medical_claim" and _ENDORSED.search(norm.text) is not None
            if endorsed:
                vetoes = vetoes - {"quoted"}
            key = (vetoes, start, end)
            veto = vetoed.get(key)
            if veto is None:
                veto = vetoed[key] = speech.any_of(vetoes, norm.text, start, end)
            if veto:
                continue
            if f.rule in _INSULT_ONLY and merely_rude(norm.text, start, end):
                continue
            if f.category == "risk.harassment" and (
                harassment_told(norm.text, start, end) or _AFFECTION.search(norm.text) is not None
            ):
                continue
            if f.category == "risk.threat" and in_handle(norm.text, start):
                continue
            if f.category == "spam.scam" and _SCAM_WARNING.search(norm.text) is not None:
                continue
            if f.category == "risk.self_harm" and not_own_self_harm(norm.text, start, end):
                continue
            if f.category in _STORY_VETOED and story_told(norm.text, start, end):
                continue
            if f.category in _STORY_VETOED and _illness_worry(norm.text, start, end):
                continue
            if f.category == "risk.legal" and _LEGAL_NOT_OURS.search(norm.text) is not None:
                continue
            if f.category == "risk.medical_claim" and not endorsed and _CLAIM_NOT_HELD.search(norm.text) is not None:
                continue
            if (
                f.category in _REPORTABLE
                and not endorsed
                and (reported_to_moderators(norm.text) or reported_by_someone(norm.text, start))
            ):
                continue
            if (
                f.category in _WHOLE_SPAN_NEGATION
                and f.rule.count(".") >= 3
                and not f.rule.endswith(_NEGATION_INSIDE)
                and speech.negated_within(norm.text, start, end)
            ):
                continue
            kept.append(f)
        told = [(f.start, f.end) for f in kept if f.category == "risk.harassment" and f.rule.endswith(_DEATH_TOLD)]
        if told:
            kept = [
                f
                for f in kept
                if f.category != "risk.self_harm" or not any(s <= f.start and f.end <= e for s, e in told)
            ]
        return kept

    def _advice_request(
        self, text: str, span: Callable[[int, int], tuple[int, int]], found: list[Finding], fold: bool = False
    ) -> None:
        """A personal marker, a health topic and a genuine question or request for advice, in one message.

        The phrase patterns are tried first, then the concept lexicons' (rule ids ending in ``.concept``).
        ``fold``: ``text`` is :func:`castguard.filters.regex_gate.folded` (searched case-sensitively).
        """
        ascii = text.isascii()
        for patterns, suffix in ((self._advice, ""), (self._advice_concepts, ".concept")):
            for lang, personal, topic, intent in patterns:
                if ascii and lang == "ru" and (not suffix or _RU_TRANSLIT.search(text) is None):
                    continue  # Russian in Latin letters has its own words; other ASCII text cannot match
                # Cheapest first: the topic alternation is by far the largest pattern.
                person_m = (personal.folded_search if fold else personal.search)(text)
                if person_m is None:
                    continue
                intent_m = _asking(intent, text, fold)
                if intent_m is None:
                    continue
                topic_m = (topic.folded_search if fold else topic.search)(text)
                if topic_m is None:
                    continue
                aim = _SELF_HARM_AIM.search(text)
                if aim is not None:
                    # A method asked for one's own death ("which is less painful for me, pills or the bridge?",
                    # "¿son suficientes para acabar?"): the question is the self-harm act, not a request for advice.
                    found.append(
                        self._finding(
                            "risk.self_harm", *span(aim.start(), aim.end()), f"risk.self_harm.{lang}.aim-asked"
                        )
                    )
                    return
                # A question that is not about one's own case (a class, shopping, a case supposed) is vetoed with
                # the other speech acts, by the ``general`` reading (:data:`VETOES`), for the model's scores too.
                if _agreement_only(text):
                    return
                start = min(person_m.start(), topic_m.start(), intent_m[0])
                end = max(person_m.end(), topic_m.end(), intent_m[1])
                found.append(
                    self._finding(
                        "risk.advice_request",
                        *span(start, end),
                        f"risk.advice_request.{lang}{suffix}",
                        "asks for individual medical advice",
                    )
                )
                return


def _asking(intent: LazyPattern, text: str, fold: bool = False) -> tuple[int, int] | None:
    """Where ``text`` asks: an advice phrase ("should I", "is it safe"), or a sentence that is a genuine question.

    A question mark alone is not enough: "my doctor doubled my dose?!" is a statement (:func:`speech.is_question`).
    ``fold``: ``text`` is :func:`castguard.filters.regex_gate.folded` (searched case-sensitively).
    """
    for m in (intent.folded_finditer if fold else intent.finditer)(text):
        if "?" not in m.group(0) and "¿" not in m.group(0):
            return m.start(), m.end()
        s, e = speech.sentence_bounds(text, m.start(), m.end())
        if speech.is_question(text[s:e]) or (m.group(0) == "?" and speech.is_question(text[s : m.end() + 1])):
            return m.start(), m.end()
    return None


def _agreement_only(text: str) -> bool:
    """True when the question is a statement with a tag asking agreement and nobody's own case before it."""
    m = _TAG_QUESTION.search(text)
    if m is None:
        return False
    s, _ = speech.sentence_bounds(text, m.start(), m.start())
    return _ASKER.search(text, s, m.start()) is None


def candidates_of(norm: str) -> set[int]:
    """:func:`candidates` for the readable copy of an obfuscated message."""
    return candidates(norm)


def merely_rude(text: str, start: int, end: int) -> bool:
    """True when the insult of ``text[start:end]`` is only rude: one rude word, nothing degrading beside it.

    "eres tonto", "you are stupid", "ты дурак" are rude; "you're so fucking stupid" (a swear),
    "stupid ugly cow" (a degrading word), "tonto e inútil" (insults stacked) are abuse. ``text`` is the
    readable (lower-case, de-obfuscated) copy.
    """
    rude = list(_RUDE.finditer(text))
    inside = [m for m in rude if m.start() < end and start < m.end()]
    if len(inside) != 1 or len(rude) > 1:
        return False
    m = inside[0]
    rest = text[max(0, start - 40) : m.start()] + " " + text[m.end() : end + 40]
    return _ABUSIVE.search(rest) is None and _REINFORCED.search(text) is None


def in_handle(text: str, start: int) -> bool:
    """True when ``text[start]`` lies inside an @-handle, after its ``@``: a name, whose words ("@gunner_gaz",
    "@killer_queen") are no acts or weapons. Read for threats only: a handle spelled as an insult ("@sordo ni
    escuchas") is still one."""
    i = start - 1
    while i >= 0 and not text[i].isspace():
        if text[i] == "@":
            return True
        i -= 1
    return False


def harassment_told(text: str, start: int, end: int | None = None) -> bool:
    """True when the abuse at ``start`` is someone else's, told by the writer, the writer's own self-description,
    or abuse named and judged.

    A third person with a verb of saying, naming or asking comes before it in its sentence ("whoever called
    the host a cow", "alguien le dijo gorda", "кто-то назвал её коровой"), or anywhere before it when the
    writer asks the moderators to act ("mods, the creep keeps asking the nurse to take off her scrubs"); or
    the saying is named as an act and judged after it ("calling the host a pig is bullying", "decirle a una
    mujer que vuelva a la cocina no está bien", "называть ведущую коровой - это травля"); or a slur mentioned
    as a word, in quotes, with what it is or was ("'retarded' was once a medical term").
    """
    s, _ = speech.sentence_bounds(text, start, start)
    if _HARASSER_TOLD.search(text, s, start) is not None:
        return True
    if _SELF_DESCRIBED.search(text, max(s, start - 40), start) is not None:
        return True
    if end is not None and _WORD_MENTIONED.search(text, max(s, start - 30), end + 40) is not None:
        return True
    if _HARASSMENT_NAMED.search(text, s, start) is not None and _HARASSMENT_JUDGED.search(text, start, start + 160):
        return True
    return _MODERATION_REQUEST.search(text) is not None and _HARASSER_TOLD.search(text, 0, start) is not None


def _illness_worry(text: str, start: int, end: int) -> bool:
    """True when the hit ``text[start:end]`` ends a worry about someone's illness (see ``ILLNESS_WORRY``)."""
    lo, _hi = speech.sentence_bounds(text, start, end)
    m = _ILLNESS_WORRY.search(text, lo, end + 12)
    return m is not None and m.end() > start


def _violent(text: str, f: Finding) -> bool:
    """True when the threat ``f`` names a violent act (a threat without one beside a legal act is that act)."""
    return _VIOLENT_WORD.search(text[f.start : f.end].lower()) is not None


#: Categories whose hit is the story's when a film, a novel or the news is told ("the suspect who shot up the ER").
_STORY_VETOED = frozenset({"risk.threat", "risk.self_harm"})


def story_told(text: str, start: int, end: int) -> bool:
    """True when the sentence of ``text[start:end]`` tells a story or the news and the hit has no first person."""
    if _FIRST_PERSON.search(text, start, end) is not None:
        return False
    s, e = speech.sentence_bounds(text, start, end)
    return _STORY_TOLD.search(text, s, e) is not None


def not_own_self_harm(text: str, start: int, end: int) -> bool:
    """True when the self-harm hit ``text[start:end]`` is not the writer's own act.

    Self-harm named as a topic ("warning signs of self harm in teenagers?", "self harm often isn't about
    wanting to die"), or someone pointing others to help with no first person in the hit ("if anyone
    here is thinking about suicide please call 988, you matter").
    """
    span = text[start:end]
    if _FIRST_PERSON.search(span) is not None:
        return False
    if _SELF_HARM_TOPIC.fullmatch(span.strip()) is not None:
        s, e = speech.sentence_bounds(text, start, end)
        if speech.is_question(text[s:e]):
            return True
        if _SELF_HARM_TOPIC_BEFORE.search(text, max(s, start - 30), start) is not None:
            return True
        if _SELF_HARM_TOPIC_AFTER.match(text, end, min(e, end + 40)) is not None:
            return True
    return _SUPPORT.search(text) is not None


def reported_to_moderators(text: str) -> bool:
    """True when ``text`` asks the moderators to act on a third party's offer ("mods, someone sells xanax, ban")."""
    return _MODERATION_REQUEST.search(text) is not None and _THIRD_PARTY.search(text) is not None


def reported_by_someone(text: str, start: int) -> bool:
    """True when a third person's verb of saying or believing comes before ``start`` in its sentence."""
    s, _ = speech.sentence_bounds(text, start, start)
    m = _REPORTED_BY.search(text, s, start)
    if m is None:
        return False
    # A gerund with no subject before it is the writer's own ("posting my review everywhere, my lawyer is cc'd");
    # a third-person form needs none ("говорят, ...", "dicen que ...").
    return not m.group(0).endswith("ing") or bool(text[s : m.start()].strip(" ,;:-\"'"))


def _clause_before(text: str, start: int) -> str:
    """The text of the current clause before ``start``."""
    before = text[max(0, start - 80) : start]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(before):
        cut = m.end()
    return before[cut:]


def _negated(text: str, start: int) -> bool:
    """A negator among the three words before ``start`` in the same clause, or inside the match's lead."""
    window = " ".join(_clause_before(text, start).split()[-3:])
    return bool(window) and _NEGATOR.search(window) is not None


def _asked(text: str, start: int, end: int) -> bool:
    """True when the sentence around the match is a question."""
    tail = text[end : end + 120]
    stop = re.search(r"[.!?\n]", tail)
    if stop is not None and stop.group(0) == "?":
        return True
    sentence_start = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start)) + 1
    head = text[sentence_start:start]
    return bool(_QUESTION_START.match(head)) and stop is None and text.rstrip().endswith("?")


def _dedupe(found: list[Finding]) -> list[Finding]:
    """One finding per category and span; overlapping spans of one category keep the first."""
    out: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.category, f.start, -f.end)):
        if out and out[-1].category == f.category and f.start < out[-1].end:
            continue
        out.append(f)
    return out
