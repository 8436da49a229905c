"""Speech acts around a match: is the phrase said, or only mentioned?

A detector finds words ("kill", "cures cancer", "sue"); whether the writer is
*doing* the thing depends on the sentence around them. :func:`context` reads
that sentence and returns a :class:`SpeechAct`, a set of flags any detector
(the risk rules, a statistical model) can use to veto a hit:

``negated``       a negator shortly before the match in the same clause ("I would never hurt anyone",
                  "no voy a demandar", "не хочу судиться"), unless it belongs to a statement whose form is
                  negative (:data:`NEGATIVE_FORM`: "I don't want to live", "no prescription needed")
``question``      the sentence is a genuine question ("does turmeric cure cancer?"); a statement that ends
                  in ``??`` or ``?!`` without a question's structure is not one ("my doctor doubled my dose?!"),
                  nor one that only opens with a question's word ("do your research, ...", "what your doctor
                  won't tell you: ...", "как врачи скрывают ..."), nor a rhetorical question whose answer is the
                  claim ("did you know that ...?", "¿sabías que ...?", "знаете ли вы, что ...")
``quoted``        the match is inside quotation marks or reported from someone else ("mods, he wrote 'I know
                  where you live'", "mi suegra dice que el ajo cura todo", "он написал ...", "someone above posted
                  the host's address"), or opens inside a quotation of a text told with a dialogue tag ('"I think
                  I'll end it all," Sue sighed.', '"Good," said the man. "Give me ...')
``hypothetical``  a hypothetical frame ("what if", "imagine", "qué pasaría si", "а что если")
``debunking``     the text denies or warns about the claim ("myth: vaccines cause autism", "no es verdad",
                  "это миф", "stop sharing those posts")
``idiom``         the match is part of an idiom or hyperbole of its language ("dead to me", "shoot yourself in
                  the foot", "me muero de risa", "убить время", "this workout is killing me", "ugly crying", "voy a
                  morir siendo plebeyo")
``pastime``      a game, a photo shoot, cooking, a fundraiser "blowing up", the weather, a break from social
                  media, a video or board game ("щас в доте я вас всех разнесу"), a score ("3:0 минимум"), an
                  absurd destination ("shot into the sun") or a place one is absent from ("no one would miss me
                  at work") is what the act is about, in its clause ("les vamos a dar una paliza en el partido",
                  "voy a disparar unas fotos", "me quiero matar con este calor"), or a photo is the purpose of an act
                  with no violence in it ("te espero a la salida para la foto"); a pastime word merely nearby
                  clears nothing ("voy a matarte, para la foto"): read for threats and self-harm only
``generic``       a generic third-person statement ("smoking will kill you", "that much caffeine is gonna kill
                  you", "курение убивает"), or a state of "you" a subordinator makes a time or a case ("when you're
                  dead", "if you're dead")
``general``       the question is not about the writer's own case, anywhere in the text: said so ("asking
                  generally, for my nursing class", "pregunta general", "чисто теоретически"), asked ahead ("just
                  planning ahead", "por si acaso", "на всякий случай"), of anyone ("if a child swallows one"), of
                  what signs are, of a claim's truth ("is it true fish oil can replace statins?"), of a population's
                  norm ("for adults"), of shopping and paperwork (the lexicon's ``NOT_OWN_CASE``); a thank-you for
                  advice given; a pregnancy found out on a medicine (an exposure reported, not advice asked)
``joking``        a laughter or joke marker follows in the same sentence ("makes me want to die lol"), not
                  withdrawn ("not joking", "unless 👀", "no es broma", "не шучу")
``laughed_off``   a laugh (as ``joking``) beside a nuisance the wish is blamed on, in the text: a cause ("this
                  exam makes me want to die lol", "от этой песни хочется умереть ахах"), a repetition supposed ("if
                  i have to hear that jingle again i'll jump lol", "si vuelvo a ver la factura me tiro jaja"), a
                  preference ("prefiero morirme antes que otra sentadilla 😂"), a mishap told ("me quiero morir, me
                  perdí el directo jaja", "хочу умереть, пропустила начало 😅"), a chore or pastime; never with a
                  plan, a method, a farewell or hopelessness in the text ("i'm done with life lol", "nobody would
                  notice if i was gone 😂", "quiero morirme jaja ya no puedo más", "хочу умереть ахах никому я не
                  нужна"): what a laugh can take back of a wish to die, where a laugh alone cannot
``hyperbole``     a party of the act is nobody one sues or hurts: a body part, a pet, a workout, a recipe, the
                  weather ("my knees filed a complaint", "mi gato me va a denunciar", "мои ноги подадут в суд"):
                  what a laugh can make a joke of, where a laugh alone cannot ("gonna sue u lol")
``proverb``       a saying of anyone, a correlative whose main clause is not the writer's ("whoever lives by
                  the sword, dies by the sword", "quien a hierro mata, a hierro muere", "кто с юристом дружит,
                  тот в суде не тужит"); "кто тронет машину, того я убью" is no proverb
``kidding``       a joke declared after the act ("calling my lawyer jk", "te demando, es broma", "засужу, шучу"),
                  not withdrawn: read for legal acts, which a laugh alone does not take back
``recovered``     the act is told as past, with recovery since ("3 years clean from self harm 🎉", "I used to
                  cut", "llevo dos años sin cortarme", "раньше резала себя, уже 3 года нет"), unless the text says
                  it is back ("clean for a year but I cut again last night", "otra vez", "снова")

All offsets index the text given; the text should be lower-cased (the risk
filter passes its de-obfuscated copy). Every pattern is linear-time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from castguard.filters.regex_gate import LazyPattern
from castguard.filters.risk_lexicon import NOT_OWN_CASE, VIOLENT_WORD

__all__ = [
    "NEGATIVE_FORM",
    "NOT_LIVING",
    "WITHOUT_PRESCRIPTION",
    "SpeechAct",
    "any_of",
    "context",
    "dialogue",
    "is_question",
    "negated_within",
    "sentence_bounds",
]


@dataclass(frozen=True, slots=True)
class SpeechAct:
    """How a matched span is used in its sentence (see the module docstring for each flag)."""

    negated: bool = False
    question: bool = False
    quoted: bool = False
    hypothetical: bool = False
    debunking: bool = False
    idiom: bool = False
    pastime: bool = False
    generic: bool = False
    joking: bool = False
    laughed_off: bool = False
    recovered: bool = False
    general: bool = False
    hyperbole: bool = False
    proverb: bool = False
    kidding: bool = False

    @property
    def literal(self) -> bool:
        """True when no flag is set: the span is said, plainly, by the writer."""
        return not (
            self.negated
            or self.question
            or self.quoted
            or self.hypothetical
            or self.debunking
            or self.idiom
            or self.pastime
            or self.generic
            or self.joking
            or self.laughed_off
            or self.recovered
            or self.general
            or self.hyperbole
            or self.proverb
            or self.kidding
        )


_SENTENCE_END = re.compile(r"[.!?\n…]+|\s[-–—]\s")
# A subordinate "when"/"if" opens a clause of its own: "don't be surprised when u don't make it home" negates
# the warning, not what follows it; "nobody would care if I killed myself" is not a negated act.
_CLAUSE_BREAK = re.compile(
    r"[.,;:!?\n…()]|\s[-–—]\s|\b(?:but|although|though|when|if|pero|aunque|sino|cuando|но|однако|хотя|а|когда|если)\b"
)
_NEGATOR = re.compile(
    r"\b(?:not|don'?t|doesn'?t|didn'?t|never|isn'?t|aren'?t|wasn'?t|won'?t|wouldn'?t|can'?t|cannot|couldn'?t|"
    r"shouldn'?t|ain'?t|nobody|nothing|no one|noone|no(?! (?:cap|lie|joke|kidding|doubt)\b)|neither|nor|hardly|"
    r"no(?! (?:cap|lie|joke|kidding|doubt)\b)|nunca|jam[aá]s|nadie|nada|ni|tampoco|"
    r"не|ни|нет|никогда|никто|ничего|нельзя)\b|n[’']t\b"
)
_INTERROGATIVE = re.compile(
    r"^(?:(?:hey|hi|yo|ok|okay|so|and|but|also|um+|doc|doctor|dr\.? ?\w+|coach|nurse|host|chat|guys|bro|pls|"
    r"please|@\S+|hola|oye|doctora?|bro|y|pero|доктор|а|и|ну|скажите|подскажите)[\s,:]+){0,3}"
    r"(?:who|what|whats|what's|when|where|why|how|which|whose|is|are|am|was|were|do|does|did|can|could|will|"
    r"would|should|shall|may|might|has|have|had|isn'?t|aren'?t|don'?t|doesn'?t|wouldn'?t|shouldn'?t|"
    r"qu[eé]|qui[eé]n(?:es)?|c[oó]mo|cu[aá]nd[oa]|cu[aá]nt[oa]s?|cu[aá]l(?:es)?|d[oó]nde|por ?qu[eé]|es|son|"
    r"puedo|puede|debo|deber[ií]a|hay|tengo|se puede|"
    r"кто|что|чего|когда|где|почему|зачем|как|какой|какая|какие|сколько|можно|нужно|стоит|правда|разве|неужели|"
    r"это|есть)\b"
)
_QUESTION_INSIDE = re.compile(
    r"¿|\bли\b|\b(?:is (?:it|that|this)|are (?:they|these)|should (?:i|we|he|she|they)|can (?:i|we|he|she|u|you)|"
    r"do (?:i|we|you|u)|does (?:it|he|she)|what (?:could|should|do|does|is|would)|whats|"
    r"or not|or nah|or is (?:it|that)|right\?|es normal|qu[eé] (?:ser[aá]|hago|debo|tomo|le doy)|"
    r"что (?:делать|пить|это|принимать)|нормально)\b"
)
_QUOTES = {"'": "'", '"': '"', "«": "»", "“": "”", "‘": "’", "„": "“", "`": "`"}
_REPORTING = re.compile(
    r"\b(?:(?:he|she|they|someone|somebody|some ?one|this guy|that guy|a guy|people|ppl|everyone|my \w+|"
    r"(?:the )?(?:guy|girl|user|account|person|bot|troll|comment|villain|killer|character|bad guy|narrator|"
    r"hero|protagonist)s?|@\S+|[a-z0-9_]+ in (?:the )?chat)\s+"
    r"(?:(?:above|below|earlier) )?"
    r"(?:just |literally |keeps? |kept |always |also |even |used to |once )?"
    r"(?:wrote|writes|write|said|says|saying|say|typed|posted|posts|commented|comments|claims?|claimed|thinks?|"
    r"believes?|tweeted|told (?:me|us|the host)|tells? (?:me|us|her|him|them)|threatened|called|"
    r"messaged|messages|dm'?d|dmed|texted|emailed|sent (?:me|us))"
    # Someone else's post reported to the moderators: "mods, someone is selling pills", "the guy above thinks ...",
    # "reported the account claiming ...", "ban the guy selling xanax".
    r"|(?:someone|somebody|a guy|the guy|this guy|that guy|a user|an account|a profile|a bot|"
    r"(?:the )?(?:guy|user|person|account|comment|girl) (?:above|below|in chat|here))\s+"
    r"(?:above |in (?:the )?chat |here |on (?:fb|facebook|tiktok|twitter|insta|instagram|youtube|reddit) )?"
    r"(?:is |keeps? |was )?"
    r"(?:selling|posting|saying|claiming|threatening|spamming|pushing|offering|thinks|says|claims)"
    r"|\b(?:reported|report|ban|remove|block|kick|delete) (?:the|this|that|a) (?:guy|user|account|person|bot|troll|"
    r"profile|comment)s?(?: above| below| in chat)? (?:who (?:is |keeps )?)?(?:selling|posting|saying|claiming|"
    r"threatening|spamming|pushing|offering|that says)"
    r"|\bquoting\b|\b(?:message|dm|comment|text|email|reply)s? (?:i|we) (?:got|received)\b"
    r"|(?:a|this|that|some) (?:tiktok|video|post|reel|ad|comment|article|meme|youtuber|influencer)s?"
    r"(?: \w+)? (?:saying|claiming|that says|that said|says|said)"
    r"|(?:el|la|al) (?:de arriba|señora? de arriba|usuario de arriba)|(?:hay )?(?:un|una) (?:perfil|usuario|tipo|bot|"
    r"cuenta) (?:vendiendo|diciendo|que vende|que dice|ofreciendo)|alguien (?:vende|est[aá] vendiendo|publica|anda "
    r"diciendo|ofrece)|report[eé] (?:al|a la|a un|a una|el|la)\b"
    r"|(?:alguien|[eé]l|ella|mi \w+|la gente|un (?:tipo|usuario|señor)|el (?:malo|villano|personaje|asesino))\s+"
    r"(?:en (?:el )?(?:chat|fb|facebook|face|twitter|tiktok|grupo|whatsapp) )?"
    r"(?:siempre |tambi[eé]n |ya |a veces )?(?:me |nos )?"
    r"(?:dijo|dice|escribi[oó]|puso|cree|piensa|asegura|comenta|coment[oó]|llam[oó]|amenaz[oó]|amenaza|amenazaba)"
    r"|(?:тут|там|здесь) (?:пишут|продают|предлагают|говорят)|(?:тут|там|здесь) (?:аккаунт|профиль|бот|кто-то|"
    r"какой-то \w+) (?:продает|продаёт|пишет|предлагает)"
    r"|(?:он|она|они|кто-?то|кто то|мой \w+|моя \w+|мой|люди|какой-?то \w+|бандит|злодей|герой|персонаж|свекровь|"
    r"св[её]кор|т[её]ща|соседка|сосед|подруга|коллега|бабушка|дедушка)\s+"
    r"(?:в (?:чате|комментах|комментариях|группе|личке|директе|телеге|вк) )?"
    r"(?:всегда |тоже |постоянно |вечно |мне |нам )?(?:мне |нам )?"
    r"(?:написал[аи]?|пишет|сказал[аи]?|говорит|говорят|верит|считает|думает|утверждает|назвал[аи]?|"
    r"угрожал[аи]?|угрожает|грозил(?:ся|ась|ись)?|грозится))\b"
)
#: A post reported by what it put in chat: someone else's act whose object is the span ("someone above posted the
#: host's address"), never the writer's.
_POSTED = re.compile(r"\b(?:posted|shared|leaked|sent|dm'?d|dmed|messaged)$")
#: A dialogue told (a joke, a scene): the text opens with a speaker's dash and another turn follows, on the same line
#: after a sentence's end or on a line of its own ("— Что у вас болит? — Душа.", "—Doctor, no duermo. —Pues ...").
_DIALOGUE = re.compile(r"^\s*[—–―]\s*\w[^\n]{0,300}?(?:[.!?…]\s*|\n\s*)[—–―]\s*\w")
#: A dialogue tag of fiction and jokes: a quotation closed after its punctuation, then the speaker and a verb of
#: saying in either order ('"I think I'll end it all," Sue sighed.', '"Good," said the man.', '"¡Te mato!", gritó
#: ella', '«Убью!» — крикнул он'). Never "I": a writer's own words told back are still the writer's.
_DIALOGUE_TAG = re.compile(
    r"[,!?.…\-—]\s*[\"”»]\s*(?:[-—–]\s*)?"
    r"(?:(?:said|says|asked|replied|answered|sighed|cried|shouted|yelled|screamed|whispered|muttered|growled|snapped|"
    r"added|continued|explained|exclaimed|declared|announced|observed|remarked|dijo|pregunt[oó]|respondi[oó]|"
    r"contest[oó]|grit[oó]|susurr[oó]|suspir[oó]|exclam[oó]|сказал\w*|спросил\w*|ответил\w*|крикнул\w*|"
    r"закричал\w*|прошептал\w*|вздохнул\w*|воскликнул\w*)\s+(?!i\b|yo\b|я\b)\w+"
    r"|(?!i\s|yo\s|я\s)(?:the |a |el |la )?\w+\s+(?:said|says|asked|replied|answered|sighed|cried|shouted|yelled|"
    r"screamed|whispered|muttered|growled|snapped|added|continued|explained|exclaimed|declared))\b"
)
#: A double quotation mark that opens a quotation, with its closing one (straight marks alternate, curly ones open).
_OPENING_MARKS = {mark: _QUOTES[mark] for mark in '"“«„'}
#: What follows a verb of saying when its words are quoted: a colon, a dash or an opening mark.
_QUOTE_OPENS = re.compile(r"\s{0,3}[:\-–—'\"«“‘„`]")
_HYPOTHETICAL = re.compile(
    r"\b(?:what if(?! i told (?:you|u|ya))|imagine|hypothetically|suppose|supposing|pretend|"
    r"in (?:a|the|my|his|her|this|that) (?:movie|game|film|show|book|dream|novel|story|script|fic|fanfic|screenplay|"
    r"play|song|lyrics|episode|series|anime|manga|comic)|"
    r"what happens if|what (?:should|would|do|does) (?:someone|somebody|one|a person|people) do if|if i could|"
    r"asking generally|general question|qu[eé] (?:hace|deber[ií]a hacer) (?:alguien|una persona) si|pregunta general|"
    r"что (?:делать|делает человек),? если (?:у кого-то|человек)|"
    r"what happens if|qu[eé] pasar[ií]a si|y si|imagina|imag[ií]nate|supongamos|"
    # "if I sued every time my trainer ...", "si me pagaran cada vez que ...", "если бы я судился каждый раз ...":
    # a counterfactual of every time, the hyperbole of a grievance
    r"if (?:i|we) \w+ (?:\w+ )?(?:every|each) time|si (?:me |le |yo )?\w+(?:ara|iera)n? (?:\w+ )?cada vez|"
    r"если бы (?:я |мне )?\w+ (?:\w+ )?каждый раз|"
    r"en (?:la|el|mi|una|un) (?:pel[ií]cula|novela|serie|juego|libro|canci[oó]n|sueño|historia)|"
    r"а что если|что если|представь(?:те)?|допустим|в (?:игре|фильме|книге|романе|сериале|песне|сне|рассказе)|"
    # Someone else's words supposed: "if anyone writes ...", "si alguien dijera ...", "если кто-то напишет ...".
    r"(?:if|when) (?:someone|somebody|anyone|anybody|a viewer|people) (?:ever )?"
    r"(?:says?|said|writes?|wrote|calls?|called|types?|posts?)|"
    r"si (?:alguien|alg[uú]n \w+|la gente) (?:te |le |me )?"
    r"(?:dijera|dice|dijese|escribiera|escribe|escribiese|llamara|llama|pone|pusiera)|"
    r"если (?:кто-?то|кто то|кто-нибудь|какой-?то \w+) (?:тебе |вам |мне )?"
    r"(?:напишет|скажет|назов[её]т|написал бы|сказал бы|назвал бы))\b"
    # "imagine earning 5k a week": a sales pitch's opening, not a hypothetical.
    r"(?! (?:if (?:you|u) could|earning|making|having|getting|owning|retiring|quitting|living|being able|"
    r"ganar|tener|cobrar|generar|vivir|viajar|retirarte|"
    r"(?:что )?(?:ты|вы) (?:зарабатываешь|зарабатываете|получаешь|получаете)))"
)
#: A disclaimer that a question is not about the writer: "asking generally", "for my pharmacology class".
_GENERAL_ASK = re.compile(
    r"\b(?:asking generally|general question|just a general question|asking for (?:a|my) class|for my \w+ class|"
    r"writing notes for|pregunta general|pregunto en general|para (?:mi|una) clase de|вопрос в общем|"
    r"чисто теоретически|спрашиваю в общем|для (?:учёбы|учебы|реферата|курсовой))\b"
)
#: A health question asked ahead of any case or about no one's own case, in EN/ES/RU (with the lexicon's
#: :data:`~castguard.filters.risk_lexicon.NOT_OWN_CASE`: a class, shopping, paperwork, a side effect supposed):
#: preparedness ("just planning ahead", "want to be ready", "so i can watch my dad", "por si acaso", "на всякий
#: случай"), a case supposed of anyone ("if a child swallows one", "si un niño", "если ребёнок"), what the signs of
#: something are ("what are the signs of ...", "¿cuáles son los síntomas de ...?", "какие признаки ..."), household
#: care of medicines ("how do i dispose of old pills", "childproof"), a claim checked ("is it true fish oil can
#: replace statins?", "¿es verdad que el ajo baja la tensión?", "правда ли, что чеснок снижает давление", "any
#: evidence?"), and the question called general ("вопрос общий", "в общем", "en general").
_NOT_OWN_ASK = LazyPattern(
    r"\b(?:just in case|planning ahead|ahead of time|want(?:ed)? to be (?:ready|prepared)|to be (?:ready|prepared)"
    r"|so (?:i|we) (?:can|know (?:how to|what to)) (?:\w+ )?(?:watch|look out|spot|recogni[sz]e|help)"
    r"|por si acaso|por si (?:algún día|alguna vez|pasa)|para estar preparad[oa]s?|на всякий случай|заранее"
    r"|чтобы быть готов\w*)\b|\bin case\W*$|, in case\b"
    r"|\b(?:what are|what're|whats|what's) the (?:\w+ )?(?:signs|symptoms) of\b"
    r"|\bcu[aá]les son (?:los|las) (?:s[ií]ntomas|signos|señales) de\b|\bкакие (?:признаки|симптомы)\b"
    r"|\bif (?:a|an|some) (?:child|kid|toddler|baby|person)\b|\bsi (?:un|una) (?:niñ[oa]|beb[eé]|persona)\b"
    r"|\bесли (?:ребёнок|ребенок|кто-то)\b"
    r"|\b(?:dispose of|get rid of (?:old|expired|unused)|childproof\w*|deshacerme de|tirar (?:las|los) (?:pastillas"
    r"|medicamentos)|утилизир\w*|выбросить (?:старые|просроченные))\b"
    r"|\b(?:is it true|is that true|es verdad|es cierto|правда ли|правда,? что|it'?s true that)\b[^?\n]{0,80}?"
    r"\b(?:cure|cures|replace|replaces|lower|lowers|fix|fixes|cura|baja|sustitu\w+|reemplaz\w+|лечит|замен\w+"
    r"|снижает|понижает)\b|\b(?:any|alguna|hay) (?:evidence|evidencia|pruebas?)\b|\bесть (?:ли )?доказательств\w*"
    r"|\b(?:вопрос общий|общий вопрос|чисто (?:для )?интерес\w*)\b|\b(?:в общем|en general|in general)\W*$"
    # a population's norm ("the max dose for adults", "para adultos", "для взрослых"), advice already given and thanked
    r"|\b(?:for (?:adults|children|kids|seniors|the elderly|most people)|para (?:adultos|niños|la mayor[ií]a)"
    r"|для (?:взрослых|детей|пожилых))\b|\bthanks? (?:\w+ )?for the (?:advice|tips?)\b|\bgracias por (?:el"
    r"|los) consejos?\b"
    r"|\bспасибо за сов[её]т\w*"
    # a question about an order's delivery ("when will my order ship?", "¿cuándo llega mi pedido?", "где мой заказ?")
    r"|\b(?:my|the) (?:order|package|parcel|delivery|shipment)\b|\bship(?:ping|ped|s)?\b|\bmi (?:pedido|paquete"
    r"|env[ií]o)\b"
    r"|\bмо[йё] (?:заказ|посылк)\w*|\bдоставк\w*"
    # an effect asked about before the product is taken ("is it normal to feel dizzy after it? i get it tomorrow")
    r"|\b(?:i get|getting|i'?m getting|i have) (?:it|mine|the \w+|my \w+) (?:tomorrow|next week|on \w+day)\b"
    r"|\bme (?:la|lo) (?:ponen|pongo|dan) (?:mañana|el lunes|la semana que viene)\b|\bwill (?:the|my"
    r"|this) \w+(?: \w+)? "
    r"(?:make|give) me\b|\bme va a dar\b|\b(?:иду|пойду|записан\w*|делаю|ставлю)\b[^.!?\n]{0,20}\b(?:завтра"
    r"|на следующей неделе)\b"
    # a comparison of anything but one's own options ("is venison better for cholesterol than beef?", "¿es mejor que
    # ...?", "лучше, чем ...?"), whether everyone has it ("у всех или только у меня?", "does everyone get this?")
    r"|\b(?:better|worse|healthier) (?:for (?!me\b)\w+(?: \w+)? )?than\b|\bmejor (?:para (?!m[ií]\b)\w+ )?que\b"
    r"|\bлучше (?:для \w+ )?чем\b|\bу всех\b|\beveryone gets\b|\ba todos (?:les|nos)\b"
    # a pregnancy found out on a medicine: an exposure reported (an adverse event), not advice asked
    r"|\b(?:found out|before (?:i|she) knew|didn'?t know|without knowing|not knowing)\b[^.?!\n]{0,30}\bpregnan"
    r"|\b(?:acabo de (?:saber|enterarme)|me enter[eé]|sin saber)\b[^.?!\n]{0,20}\bembarazad"
    r"|\b(?:узнал\w*|не зная),? (?:что (?:я )?беременн|о беременност)"
)
_NOT_OWN_CASE = LazyPattern(NOT_OWN_CASE, re.IGNORECASE)
_DEBUNKING = re.compile(
    r"\b(?:myths?|debunk\w*|not true|isn'?t true|is false|fake news|misinformation|disinformation|"
    r"stop (?:sharing|spreading|falling for|believing)|don'?t (?:believe|fall for)|i doubt|doubt it|"
    # ... except the seller's "they don't sell it here" / "they don't want you to know", which asserts, not refutes
    r"(?:it|that|they) (?:doesn'?t|does not|don'?t|do not)\b"
    r"(?! (?:sell|want (?:you|u|us)|tell (?:you|u|us)|teach|show (?:you|u)))|"
    r"no (?:it|they) (?:doesn'?t|don'?t)|"
    r"not how (?:\w+ )?works|so dangerous|is dangerous|reported it|"
    r"mitos?|no es (?:verdad|cierto)|falso|bulo|lo dudo|no crean|no cura nada|ojo con|cuidado con|"
    r"миф\w*|неправда|это не так|фейк|сомневаюсь|не верьте|хватит верить|это (?:бред|чушь|ерунда|враньё|вранье|брехня)|"
    r"mif|nepravda|hvatit verit\w*|"
    # a study withdrawn or exposed: "the study was retracted", "desmentido", "исследование отозвали, там был подлог"
    r"retracted|fraudulent study|desmentid\w+|retractad\w+|fue un fraude|отозвали|подлог|опроверг\w*|разоблач\w*)\b"
)
_IDIOMS = re.compile(
    # crying hard, not a face judged: "ugly crying rn", "i ugly cried at the finale"
    r"\bugly[- ]?(?:cry|cries|cried|crying|sob\w*)\b|"
    # dying as what one is or does all one's life: "i'll die a happy man", "die trying", "voy a morir siendo plebeyo",
    # "умру холостяком"
    r"\b(?:die|dying) (?:a (?:happy|rich|poor|free|virgin|legend|hero|plebeian|bachelor|fan)\b(?: man| woman)?|"
    r"happy|trying|on (?:this|that) hill)\b|\b(?:morir|morir[eé]|muero|muera) (?:siendo|como) (?:un |una )?\w+|"
    r"\bmorir[eé]? (?:feliz|soltero|soltera|pobre|virgen|intentándolo|en el intento)\b|\b(?:умру|помру|умрёт|умрет) "
    r"(?:счастлив\w*|девственни\w*|холостяк\w*|богат\w*|бедн\w*|старым|старой|легендой|героем|фанатом)\b|"
    r"\b(?:dead to me|(?:shoot|shot|shooting|shoots) (?:yourself|myself|himself|herself|themselves|ourselves|"
    r"urself|you|u) in the foot|enough rope to hang|rope to hang|(?:killing|killed|kill|kills) it\b|"
    r"(?:is|are|was|'s|s) (?:\w+ )?killing me|to die for|dying (?:of|from) \w+|die of (?:embarrassment|"
    r"laughter|boredom|cringe|shame)|(?:i'?m|im|i am) (?:literally |so |actually )?(?:dead|deceased|dying)\b|"
    r"dead serious|dead tired|kill (?:the )?(?:time|lights|mood|vibe)|killing time|killer (?:workout|deal|"
    r"playlist|set|abs|look)|knock (?:em|them|'em) dead|drop dead gorgeous|over my dead body|"
    r"shoot (?:me |you |u |ya |him |her |them )?(?:a |an |your )?(?:dm|message|text|email|shot|line)|"
    r"shoot (?:some |a few )?(?:hoops|baskets|pool)|shoot (?:the|a) ball|"
    r"(?:legs|knees|back|feet|arms|abs|glutes|calves|quads|hamstrings) (?:are |is |'re )?(?:gonna|going to|will|'ll) "
    r"(?:kill|murder) me|take a shot|kill two birds|"
    r"curiosity killed|if looks could kill|(?:bored|scared|worked|loved?|laugh(?:ed|ing)?) (?:\w+ )?to death|"
    r"dying to (?:see|know|try|get|meet|hear)|(?:would|could|'?ll|i will|'d) (?:kill|murder) for|"
    r"(?:could|gonna) murder a|"
    r"(?:mom|mum|dad|wife|husband|grandma|grandpa|gran|nana|mother|father|boss|coach|trainer|kids|parents|landlord|"
    r"landlady|roommate|flatmate|girlfriend|boyfriend|gf|bf|teacher)(?:'s|s| is| are|'re)? "
    r"(?:would|will|gonna|going to|'?ll) (?:kill|murder) me|kill me now|(?:price|prices) (?:is|are) "
    r"murder|murder on (?:my|the) \w+|blow(?:ing|s)? up (?:my|the|our) (?:phone|chat|notifications|dms)|"
    r"blew up|blown away|bloody murder|beat the (?:heat|odds|traffic|record|clock|rush|system|crowd)|"
    r"(?:is|'s|s) the (?:best )?(?:cure|medicine|remedy) for (?:my|the|a|your|any) (?:monday|mondays|boredom|bad day|"
    r"bad mood|blues|soul|heart|hangover|sadness)|laughter is the best medicine|la risa es la mejor medicina|"
    r"смех\W{0,3}лучшее лекарство|"
    r"mind off (?:myself|it|things)|(?:kill|killing|killed|kills) myself laughing|"
    r"(?:smash|smashing|destroy|destroying|kill|killing|murder|murdering|crush|crushing|blow up|blowing up|"
    r"reventar|revienta|matar|убью|убьём|убьем|разнес\w*|порв[её]м|порву|взорв[её]м) (?:this |that |the |these |those |"
    r"today'?s |my |mis |mi |la |el |los |las |este |esta |этот |эту |это )?(?:\w+ )?(?:leg day|legs|workout|set|"
    r"sets|reps|core|finisher|goal|meta|game|match|partido|exam|smoothie|bowl|pizza|burger|plate|piernas|entreno|"
    r"entrenamiento|cardio|plank|planks|challenge|squats|lunges|burpees|sprints|run|race|record|pr|rutina|marcas|"
    r"r[eé]cord|присед\w*|тренировк\w*|экзамен\w*|матч\w*|кардио|планк\w*)|matar en el (?:partido|juego|escenario|gym)|"
    r"paliza a la meta|bomb (?:threat|scare|squad|dog)s?|amenaza de bomba|gunshot (?:wounds?|injur\w*)|"
    r"угроз\w+ (?:взрыва|теракта)|violar (?:mis|sus|tus|la|el|los|las) (?:datos|derechos|privacidad|leyes|ley|"
    r"normas|reglas|contrato)|"
    r"mind off (?:myself|it|things)|lawyer up|suit up|the bomb\b|bomb (?:ass|af)|da bomb|(?:this|that|it) (?:\w+ )?"
    r"(?:is|was) (?:the )?bomb|"
    r"me muero (?:de|por|con) \w+|muero de (?:la )?(?:risa|sueño|hambre|ganas|calor|frío|amor|vergüenza|pena)|"
    r"morir(?:me)? d(?:e)? (?:la |el )?(?:risa|verg[uü]enza|sueño|hambre|aburrimiento|pena)|morir(?:me)? de lo \w+|"
    r"matar el (?:hambre|gusanillo|aburrimiento)|"
    r"m[aá]tenme|me (?:está |esta )?mata(?:ndo|n)?\b"
    r"(?: (?:de|con) \w+| si\b)?|me vas a matar de|estuvo bomba|es (?:una )?bomba|"
    r"убить время|убиваю время|(?:умираю|умер|умерла|помер|сдохну|сдох|сдохнуть|умереть) (?:со|от) смеха?|со смеху|"
    r"убейте меня|"
    r"убью за (?:такой|такую|такое|такие|этот|эту|это|ваш\w*|рецепт)\b|"
    r"убей меня|ты убил|убил(?:а)? (?:этим|своим)|сдохнуть можно|меня убивает|"
    r"(?:это|просто|прям|реально|был|была|было) бомба\b)"
)
#: Hyperbole and trade talk that borrow a violent or deadly word, read around the span (threats and self-harm):
#: a beating or a kill in a game ("les vamos a dar una paliza en el partido", "we'll destroy them in the final"),
#: photos shot ("voy a disparar unas fotos"), a fundraiser that will explode ("давайте взорвём этот сбор"), the
#: weather that kills ("me quiero matar con este calor"), sleep "forever" until a time ("... until noon lol").
#: People named in the plural, so that a contest between two plurals that are not people reads as sport.
_PEOPLE_PLURAL = (
    r"(?:people|folks|persons|humans|nurses|doctors|docs|surgeons|pharmacists|chemists|mods|moderators|admins|hosts|"
    r"streamers|staff|kids|children|boys|girls|lads|women|men|guys|gays|jews|muslims|christians|blacks|whites|"
    r"immigrants|migrants|foreigners|refugees|cops|coppers|police|teachers|workers|viewers|fans|parents|neighbou?rs|"
    r"bastards|bitches|idiots|clowns|quacks|shills|vaxxers|antivaxxers|nazis|libs|liberals|commies|patients|"
    r"receptionists|paramedics|midwives|dentists|therapists|trainers|coaches|judges|politicians|journalists|"
    r"reporters|protesters|residents|locals|tenants|landlords|bosses|managers|employees|customers|users|members|"
    r"others|ones|twins|brothers|sisters|sons|daughters|cousins|mates|friends|folks|dudes|whores|sluts)"
)
#: Exercises and workouts, the cause of a death foretold in hyperbole.
_EXERCISE = (
    r"\b(?:planks?|lunges?|squats?|(?:jump )?squats|burpees|box jumps|stair ?master|treadmill|leg day|cardio|hiit|"
    r"spin class|crunches|push-?ups|sit-?ups|sprints|wall sits?|reps|workout|sentadillas|zancadas|abdominales|"
    r"flexiones|rutina|entreno|планк\w*|присед\w*|выпад\w*|берпи|кардио|отжимани\w*|тренировк\w*)\b"
)
#: Video and board games an act of play is told in ("in fortnite i'll destroy you", "убью тебя в доте").
_GAMES = (
    r"(?:dota|доте|дотке|дотку|дота|fortnite|фортнайт\w*|minecraft|майнкрафт\w*|valorant|валорант\w*|cs ?go|cs2|кс|"
    r"контре|warzone|apex|pubg|пабг\w*|roblox|роблокс\w*|among us|fifa|фифе|фифу|chess|ajedrez|шахмат\w*|шашк\w*|"
    r"mario ?kart|smash bros|overwatch|league|tekken|street fighter)"
)
#: The acts of play those games borrow from violence.
_GAME_ACTS = (
    r"(?:kill\w*|murder\w*|destroy\w*|wreck\w*|smash\w*|shoot\w*|mat\w+|destroz\w+|reventar\w*|paliza|разнес\w*|"
    r"разнош\w*|убь\w+|уничтож\w+|порв\w+|зареж\w+|нагну\w*|размаж\w+)"
)
_IDIOMS_MORE = re.compile(
    r"\b(?:paliza|palizas|beat(?:ing)?|thrash(?:ing)?|destroy|crush|kill|murder|smash|shoot|blow up|burn|wreck|rob|"
    r"matar(?:te|lo|la|los|las)?|aplastar|destrozar|golear|разгромим|разгромить|порвём|порвем|порву|разнесу|уничтожим|убьём|убьем)\b[^.!?\n,;]{0,40}?"
    r"\b(?:en el|en la|en este|en esta|in the|in this|in that|on the|on this|at the|в|на) (?:\w+ )?(?:partido|juego|"
    r"torneo|final|cancha|match|game|tournament|league|ranked|court|field|mission|heist|level|map|raid|quest|lobby|"
    r"server|campaign|misi[oó]n|nivel|mapa|carrera|race|cl[aá]sico|contragolpe|reto|challenge|"
    r"тренировк\w*|матч\w*|игр\w*|турнир\w*|финал\w*|мисси\w*|уровн\w*|катк\w*)\b"
    r"|\b(?:disparar|disparo|dispararle|shoot|shooting|snap|снимать|сниму) (?:\w+ )?(?:\w+ )?(?:fotos?|photos?|"
    r"pics?|pictures?|videos?|footage|portraits?|retratos?|фото\w*|портрет\w*)\b"
    r"|\b(?:fundraiser|donations|chat|stream|views|numbers|sales|charts?|internet|colecta|donaciones|ventas|чат|"
    r"сбор|донат\w*|просмотр\w*|рейтинг\w*|интернет)\b"
    # the pastime word is what explodes: its subject, with only auxiliaries between ("the chat is about to blow up")
    r"(?:\s+(?:is|are|will|gonna|going|about|to|'?s|'?ll|finna|bout|should|could|might|would|can|va|van|a|est[aá]n?|"
    r"punto|de|вот-вот|сейчас|будет|может|могут|щас)){0,4}\s+(?:explode|blow up|go boom|взорв\w*|"
    r"рван\w*|explot\w*|revent\w*)"
    r"|\b(?:взорв[её]м|взорвать|взорвите|взорвали|explotemos|reventemos|let'?s blow up|blow up) "
    r"(?:этот |эту |el |la |this |the )?(?:сбор|чат|эфир|интернет|рейтинг\w*|colecta|chat|internet|fundraiser|"
    r"charts?|donaciones)\b"
    r"|\b(?:matar(?:me)?|morir(?:me)?|muero|die|dying|умереть|сдохнуть|умираю)\b[^.!?\n,;]{0,30}?"
    r"\b(?:con este calor|de calor|this heat|in this heat|от жары|в эту жару|от этой жары)"
    r"|\bmatar(?:te|la|lo|los)? a (?:preguntas|besos|abrazos|cosquillas|consultas)\b"
    r"|\b(?:reventar|revienta|взорвали|взорв[её]м|blow up|destroy|murder|kill|crush|smash) (?:esta |la |el |этот |эту "
    r"|this |that |the )?"
    r"(?:clase|class|зал|цель|stage|escenario|сцену|presentation|presentaci[oó]n|audition|interview|exam)\b"
    # a chat or a stream set on fire is hype: nothing there can burn
    r"|\b(?:set|setting|light|lighting) (?:this |the |that |our |ur |your )?"
    r"(?:chat|stream|comments|fundraiser|internet|stage|dance ?floor|charts?) (?:on fire|ablaze|alight)\b"
    r"|\b(?:incendiar|incendiemos|prender fuego a|quemar|quememos) (?:el |este )?(?:chat|directo|stream)\b"
    r"|\b(?:зажж[её]м|зажечь|спалим|подожж[её]м) (?:этот |наш )?(?:чат|эфир|стрим)\b"
    r"|\b(?:smash|beat|crush|chop|whip) (?:some |the |\d+ )?(?:garlic|eggs|potatoes|onions?|avocados?|cream|butter)\b"
    r"|\bbath ?bombs?\b|\bbombas? de baño\b|\bcoming for (?:your|ur) (?:\w+ )?(?:record|title|crown|spot|belt|pr|job)\b"
    r"|\b(?:pastillas|pills|meds|таблетки) (?:del d[ií]a|de hoy|de la (?:mañana|noche)|на сегодня|for (?:today|the day"
    r"|the morning))\b"
    # a cut while doing a chore is an accident: "cut myself peeling potatoes", "me corté pelando papas"
    r"|\b(?:cut|cutting|sliced|nicked) (?:myself|my (?:finger|thumb|hand))\b[^.!?\n]{0,20}?\b(?:(?:while|when) )?"
    r"(?:peeling|chopping|slicing|dicing|shaving|cooking|gardening|opening (?:a|the) (?:can|tin|box|package))\b"
    r"|\bme cort[eé] (?:el dedo |la mano )?(?:pelando|picando|cortando|cocinando|afeit[aá]ndome|abriendo)\b"
    r"|\bпорезал(?:ся|ась) (?:когда )?(?:чистил\w*|резал\w*|брил\w*|готовил\w*|открывал\w*)\b"
    r"|\b(?:desaparecer|disappear|исчезн\w*|пропад\w*) (?:de|from|из) (?:las redes|internet|social media|the internet"
    r"|twitter|соцсетей|интернета)\b"
    # a video game or a board game named before the act in its clause ("щас в доте я вас всех разнесу", "in fortnite
    # i'll destroy you"), a game's killer role ("i'm always the impostor who kills everyone"), a game's piece as the
    # weapon ("ферзём зарежу", "my queen will murder your king")
    r"|\b(?:in|en|в|во) (?:\w+ )?"
    + _GAMES
    + r"\b[^.!?\n;]{0,40}?\b"
    + _GAME_ACTS
    # or named right after it, in the same clause ("i'll kill you in mario kart", "te doy una paliza en el fifa",
    # "убью тебя в доте"; not "я тебя убью, в доте или нет")
    + r"|\b"
    + _GAME_ACTS
    + r"[^.!?\n;,]{0,25}?\b(?:in|en|at|в|во) (?:el |la |the |a |\w+ )?"
    + _GAMES
    + r"\b"
    r"|\b(?:impostor|imposter|mafia|werewolf|murder mystery|импостер\w*|предател\w* в амонг\w*)\b[^.!?\n;]{0,30}?"
    r"\b(?:kill\w*|murder\w*|mata\w*|убива\w*|убь\w+)"
    r"|\b(?:ферз[её]м|кон[её]м|ладь[её]й|слоном|пешкой|with (?:my|a) (?:queen|knight|rook|bishop|pawn)|"
    r"con (?:la|mi) (?:reina|dama|torre)|con (?:el|mi) (?:caballo|alfil|pe[oó]n))\b[^.!?\n;]{0,20}?"
    r"\b(?:kill\w*|murder\w*|mat\w+|зареж\w+|убь\w+|прикончу)"
    r"|\b(?:зареж\w+|убь\w+|kill\w*|murder\w*|mat\w+)[^.!?\n;]{0,20}?\b(?:ферз[её]м|кон[её]м|ладь[её]й|слоном|"
    r"пешкой|with (?:my|a) (?:queen|knight|rook|bishop|pawn)|con (?:la|mi) (?:reina|dama|torre))\b"
    # a beating told with the score it ends in ("мы вас порвём, 3:0 минимум", "we'll destroy you 4-0"); a time of day
    # ("at 4:30") is no score
    r"|\b(?:порв\w+|разнес\w*|разгром\w+|уничтож\w+|destroy\w*|crush\w*|smash\w*|thrash\w*|hammer\w*|golear\w*|murder\w*|"
    r"aplastar\w*|destroz\w+)[^.!?\n;]{0,30}?(?<![\d:.\-/])(?<!\bat )\d{1,2} ?[:\-] ?\d(?![\d:.\-/])"
    # a death foretold by an exercise, in one clause with it ("i'm gonna die on these lunges", "if i do one more
    # plank i'm gonna die", "me voy a morir en el plank", "умру на этой тренировке"): exhaustion, not a plan
    r"|\b(?:gonna|going to|finna|voy a|me voy a|vamos a)\s+(?:die|morir(?:me)?)\b[^.!?\n;]{0,30}?"
    + _EXERCISE
    + r"|\b(?:умру|сдохну|помру)\b[^.!?\n;]{0,30}?"
    + _EXERCISE
    + r"|"
    + _EXERCISE
    + r"[^.!?\n;]{0,30}?\b(?:(?:gonna|going to|finna) die|(?:me )?voy a morir|умру|сдохну|помру)\b"
    # missed at a place one is absent from ("no one would miss me at work today", "nadie me extrañaría en clase",
    # "никто не заметит меня на работе"): an absence, not a life
    r"|\b(?:miss|notice) me (?:at|in|from|during) (?:work|school|class|practice|the (?:party|meeting|office|gym|game|"
    r"match|stream|chat|reunion|wedding))\b"
    r"|\b(?:extra[ñn]ar[ií]a|echar[ií]a de menos|notar[ií]a)\b[^.!?\n,;]{0,12}? (?:en|de) (?:el |la )?(?:trabajo|clase|"
    r"oficina|escuela|reuni[oó]n|fiesta|gym|gimnasio)\b"
    r"|\b(?:заметит|заметят|хватится|хватятся|скучать)\b[^.!?\n,;]{0,12}? на (?:работе|парах|уроке|собрании|"
    r"тренировке|вечеринке)\b"
    # an absurd destination: "should be shot into the sun", "yeet him into space", "лететь на луну"
    r"|\b(?:shot|shoot|launch\w*|yeet\w*|thrown|throw|fired|fire|sent|send|blast\w*|catapult\w*) "
    r"(?:\w+ )?(?:into|to) (?:the )?(?:sun|space|orbit|the moon|moon)\b"
    # a team beating a team: both sides a plural that names no people ("the lakers are gonna murder the celtics"),
    # or a fixture the beating happens at ("we're gonna bury them next week at home")
    r"|\b(?:the|our|my|your|ur) (?!" + _PEOPLE_PLURAL + r"\b)[a-z]+s (?:are |r |'re |will |'ll |is |'s )?(?:\w+ ){0,2}?"
    r"(?:kill|murder|destroy|smash|crush|bury|slaughter|beat|thrash|annihilate|demolish|massacre|wreck|hammer|maul|"
    r"flog|batter|belt|spank|smoke|dust|rinse|cook|eat|own)(?:s|ed|ing)? (?:the|those) (?!"
    + _PEOPLE_PLURAL
    + r"\b)[a-z]+s\b"
    r"|\b(?:kill|murder|destroy|smash|crush|bury|slaughter|beat|thrash|annihilate|demolish|massacre|wreck|hammer|maul|"
    r"flog|batter|belt|spank|smoke|dust|rinse)(?:s|ed|ing)? (?:them|'em|em|the \w+s)\b[^.!?\n,;]{0,25}?\b"
    r"(?:at home|away from home|on (?:our|their|home|the) (?:turf|ground|patch|court|ice|field|pitch|deck)|"
    r"next (?:season|round)|this season|"
    r"(?:home|away) (?:game|match|fixture)|in the (?:derby|grand final|semis?|semi-?final|playoffs?|decider|rematch|"
    r"(?:first|second) half|series))\b"
)
#: A meeting's purpose that borrows nothing violent: "te espero a la salida para la foto", "waiting outside for a
#: selfie", "жду у выхода для фото". It frames an act with no violent word ("wait", "find", "see"); beside a violent
#: act ("voy a matarte, para la foto") it excuses nothing.
_PASTIME_PURPOSE = re.compile(
    r"\b(?:para|for|по|для|ради|за) (?:la |una |un |a |the |an |el |с )?(?:foto|fotos|photo|pic|selfie|autograph|"
    r"aut[oó]grafo|firma|фото\w*|автограф\w*|селфи)\b"
)
#: Sleep "forever" until a time ("going to sleep forever... or at least until 10am"): a bedtime that explains a
#: farewell beside it ("bye everyone, ..."), read like a meeting's purpose.
_PASTIME_SLEEP = re.compile(
    r"\b(?:sleep|dormir|засн\w*|усн\w*|спать)\b[^\n]{0,40}?\b(?:forever|never wake up|навсегда|para siempre|"
    r"no despertar)\W+(?:\w+\W+){0,3}?(?:until|till|hasta|до)\b"
)
#: The violent acts of the three languages (the risk lexicon's), compiled on first use.
_VIOLENT = LazyPattern(VIOLENT_WORD, re.IGNORECASE)


#: A party nobody takes to court or harms: a body part, a pet, a workout, a recipe, an appliance, the weather
#: ("my legs want to file a lawsuit against this workout", "mi gato me va a denunciar", "мои ноги подадут в суд на
#: тренировку", "sue the weatherman when it rains").
_ABSURD_PARTY = LazyPattern(
    r"(?<!\bto )(?<!\bfor )(?<!\bof )(?<!\bin )(?<!\bon )"
    r"\b(?:(?:my|mine|ur|your|these|those|the|his|her|our) (?:poor |sore |\w+ )?"
    r"(?:legs|knees|arms|abs|glutes|quads|thighs|calves|hamstrings|muscles|lungs|feet|butt|booty|core|body|"
    # a sore back, not "my money back" owed
    r"back(?<!money back)(?<!cash back)(?<!deposit back)|"
    r"cat|cats|dog|dogs|kitty|puppy|kitten|goldfish|hamster|parrot|plants?|toddler|kids|oven|fridge|"
    r"(?:standing )?desk|alarm|scale|bathroom scale|taste ?buds|wallet|bank account)"
    r"|(?:this|that|the|today'?s|tonight'?s) (?:\w+ )?(?:workout|plank|planks|routine|recipe|burpees|squats|"
    r"lunges|wall sits?|set|exercise|challenge|playlist|song|weather|weatherman|rain|traffic|cake|pizza|cookies|"
    r"smoothie|muffins|queue|line)"
    r"|(?:mis|las|tus|sus) (?:pobres )?(?:piernas|rodillas|brazos|abdominales|gl[uú]teos|m[uú]sculos|pies|"
    r"pantorrillas|pulmones)"
    r"|(?:mi|el|tu) (?:pobre )?(?:gato|gata|perro|perra|perrito|gatito|loro|horno|espalda|cuerpo|nevera|b[aá]scula|"
    r"cartera|est[oó]mago)"
    r"|(?:esta|este|la|el) (?:clase|rutina|receta|ejercicio|entreno|entrenamiento|plancha|canci[oó]n|tortilla|"
    r"sentadillas?|burpees|tarta|pastel|cola|lluvia)"
    r"|(?:мои|мой|моя|мо[её]|наши|эти) (?:бедные )?(?:ноги|колени|руки|мышцы|пресс|спина|живот|кот|кошка|собака|"
    r"п[её]с|печень|л[её]гкие|весы|кошел[её]к)"
    r"|(?:эта|этот|эту|это) (?:тренировк\w+|планк\w+|рецепт\w*|песн\w+|приседани\w+|упражнени\w+|торт\w*|"
    r"очередь|погод\w+|дожд\w+)"
    r"|(?:ноги|колени|кот|кошка) (?:мне |меня )?(?:подадут|подаст|засудят|засудит|пожалуются|напишут)"
    # suing oneself: "i'd sue myself for skipping leg day", "me demandaría a mí misma", "засужу сам себя"
    r"|(?:sue|suing|sued|report) (?:myself|ourselves)|demandarme a m[ií] mism[oa]|(?:засужу|засудить) (?:сам[ау]? )?"
    r"себя|подам (?:в суд )?на (?:самого |саму )?себя)\b"
)
_JOKE = re.compile(
    r"(?:\b(?:lol|lmao|lmfao|rofl|jk|j/k|haha\w*|hehe\w*|xd|jaja\w*|jeje\w*|jsjs\w*|хаха\w*|ахах\w*|хех\w*|лол|"
    r"кек|хд+|шучу|bromita)\b|[😂🤣💀😅😭🙃😆😹]|\){2,})"
)
_JOKE_WITHDRAWN = re.compile(
    r"\b(?:not (?:even )?(?:joking|kidding)|no joke|not a joke|isn'?t a joke|isnt a joke|not lol|unless|no es broma"
    r"|no estoy bromeando|en serio|"
    r"не шучу|я серь[её]зно|без шуток|seriously|for real)\b|👀"
)
#: A joke declared after the act, not only laughed at ("calling my lawyer 😤 jk", "te demando, es broma", "засужу,
#: шучу"): it takes back what a laugh alone cannot ("gonna sue u lol").
_KIDDING = re.compile(
    r"\b(?:jk|j/k|just (?:kidding|joking)|only (?:kidding|joking)|kidding|es broma|(?:solo )?(?:bromeo|bromeando)|"
    r"шучу|шутка)\b"
)
#: What a wish to die is blamed on when a laugh makes it a joke (:attr:`SpeechAct.laughed_off`): a cause ("X makes me
#: want to", "me dan ganas de", "от этой песни хочется", "con este ejercicio", "after this routine"), a repetition
#: supposed ("if the line is this long again", "si pierde mi equipo otra vez", "если наши опять проиграют", "one more
#: meeting and i"), a preference ("i'd rather die than", "prefiero morirme antes que", "лучше умру, чем"), a mishap
#: told ("i forgot", "se me quemó la tortilla", "the promo code expired", "пропустила начало"), a sore body ("me
#: duelen las piernas"), an everyday nuisance, chore or pastime by name (a workout, a song, an exam, a price, the
#: oven, Mondays, embarrassment).
_NUISANCE = LazyPattern(
    r"\b(?:makes?|made|making) (?:me|u|you) (?:\w+ )?(?:want|wanna)\b|\bme (?:dan|da|dieron|entran) ganas de\b"
    r"|\bme hacen? querer\b|\bот (?:этой|этого|этих|такой|такого|таких|твоей|твоего|твоих) \w+"
    r"|\b(?:with|after) (?:this|these|that|today'?s|tonight'?s) \w+|\b(?:con|despu[eé]s de) (?:este|esta|estos|estas"
    r"|tanto"
    r"|tanta|el|la) \w+|\b(?:с|после) (?:этой|этим|этого|этими|такой|таким|такого) \w+"
    r"|\bif\b[^.!?\n]{0,60}?\b(?:again|one more|another|any (?:more|longer|worse)|this (?:long|slow|bad))\b"
    r"|\bone more \w+(?: \w+)? (?:and|&) (?:i|i'?ll|i'?m)\b"
    r"|\bsi\b[^.!?\n]{0,60}?\b(?:otra vez|de nuevo|una vez m[aá]s|vuelvo a|vuelve a|vuelven a|repiten)\b"
    r"|\botr[oa] (?:\w+ )?m[aá]s y (?:me|yo)\b"
    r"|\bесли\b[^.!?\n]{0,60}?\b(?:ещ[её] раз|опять|снова|ещ[её] (?:один|одна|одно))\b"
    r"|\bещ[её] (?:один|одна|одно) \w+,? и (?:я )?"
    r"|\b(?:i'?d|i would|id) (?:rather|sooner) (?:\w+ ){1,4}?than\b|\bprefiero (?:\w+ ){1,4}?(?:antes )?que\b"
    r"|\bлучше (?:\w+ ){0,3}?(?:умру|умереть|сдохну|сдохнуть|убьюсь),? чем\b"
    r"|\b(?:forgot|missed|spilled|dropped|overslept|slept through|expired|sold out|out of stock|cancell?ed|olvid[eé]"
    r"|me perd[ií]|derram[eé]|se me (?:ha |han )?(?:quem|olvid|cay|romp|pas|acab|escap)\w*|agotad[oa]s?|caduc\w*"
    r"|забыл\w*|пропустил\w*|проспал\w*|опоздал\w*|пролил\w*|закончил\w*|распродан\w*)\b"
    r"|\b(?:saw|found|read|caught) my \w+|\bme (?:vio|pill[oó]) |\bувидел\w* (?:мо|мен)\w*"
    r"|\b(?:my \w+ (?:hurts?|ache|aches|are dead|are killing)|me duelen?|болят|болит)\b"
    r"|\b(?:workouts?|gym|squats?|burpees|planks?|leg day|cardio|hiit|sets?|reps|routine|stretch\w*|class|exams?"
    r"|homework|essay|finals|mondays?|traffic|songs?|jingle|ads?|commercials?|meetings?|bills?|taxes|prices?|promo"
    r"|coupon|dad jokes|cringe|embarrass\w*|shaving|cooking|baking|recipe|oven|stove|hangover|this heat|team"
    r"|sentadillas?|entreno|gimnasio|ejercicios?|rutina|clase|ex[aá]men(?:es)?|tarea|lunes|tr[aá]fico|canci[oó]n"
    r"|anuncios?|factura|reuni[oó]n|precios?|verg[uü]enza|resaca|este calor|horno|receta|equipo"
    r"|тренировк\w*|присед\w*|упражнени\w*|экзамен\w*|домашк\w*|понедельник\w*|пробк\w*|песн\w*|реклам\w*"
    r"|совещани\w*|сч[её]т\w* за|квитанци\w*|ценник\w*|цен[аыу]|стыд\w*|кринж\w*|похмель\w*|жар\w+|духовк\w*"
    r"|под одеял\w*|under (?:the|my) (?:covers|blanket)|debajo de (?:las s[aá]banas|la cobija|la manta)"
    # an alarm and a leg day: "6am alarm, i want to die lol", "la pierna de hoy", "после ног хочется умереть хд"
    r"|alarms?|\d{1,2} ?am|despertador|будильник\w*|pierna de hoy|d[ií]a de pierna|после ног|день ног)\b"
)
#: A plan, a method, a farewell or hopelessness anywhere in the text: a laugh beside it takes nothing back ("i'm done
#: with life lol", "nobody would notice 😂", "quiero morirme jaja ya no puedo más", "никому я не нужна ахах", "tonight
#: lol"); "no puedo más con este calor" blames the heat, not life.
_GRAVE_CONTEXT = LazyPattern(
    r"\b(?:life|living|alive|anymore|any more|no point|nobody|no one|noone|no1|tonight|goodbye|bye"
    r"|pills|rope|bridge|note|done with|tired of (?:living|it all|everything)|better off|miss me|worthless"
    r"|vida|vivir|nadie|esta noche|adi[oó]s|chao|ya no(?! puedo m[aá]s con)|no puedo m[aá]s(?! con)"
    r"|pastillas|cuerda|puente|carta|mejor sin m[ií]"
    r"|жить|жизн\w*|никто|никому|никого|сегодня ночью|прощай\w*|больше не|таблетк\w*"
    r"|верёвк\w*|веревк\w*|мост\w*|записк\w*|без меня)\b"
)
#: A past act with recovery since, in the sentence of the span: a milestone ("5 years clean", "llevo 2 años
#: sin", "уже 3 года не"), "used to", "N years ago", "back in school", "hace años", "раньше", "N лет назад".
_RECOVERED = re.compile(
    r"\b(?:i used to|used to (?:self[- ]?harm|cut|hurt|burn|starve|want to die|be suicidal)|"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few) (?:years?|yrs?|months?|weeks?) "
    # days without food or sleep are the harm going on, not a milestone of recovery
    r"(?:ago|clean|free|sober|without(?! (?:eating|food|sleep|sleeping|water)))|"
    r"(?:been |i'?m |im |i am |stayed |staying )?clean (?:for|from|since)|"
    r"in recovery|recovered|(?:helped|help) me (?:stop|quit|get through|recover)|back (?:in|when) (?:high school|"
    r"school|college|my teens|\d{4})|when i was (?:\d+|younger|a teen\w*|a kid|in (?:high )?school)|"
    r"hace (?:\d+|un|una|dos|tres|cuatro|cinco|unos|varios|muchos) (?:años?|mes(?:es)?|semanas?)|"
    r"llevo (?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|varios) (?:años?|mes(?:es)?|"
    r"semanas?) (?:sin(?! (?:comer|dormir|beber agua))|limpi[oa])|"
    r"antes me (?:cortaba|lastimaba|hac[ií]a daño)|antes (?:pensaba|cre[ií]a|sent[ií]a)|de (?:joven|adolescente)|"
    r"ya lo super[eé]|en recuperaci[oó]n|"
    r"раньше|когда-то|(?:\d+|год|два|три|четыре|пять|несколько|много) (?:года?|лет|месяц\w*|недел\w+) назад|"
    r"уже (?:\d+|год|два|три|четыре|пять|несколько) (?:года?|лет|месяц\w*)(?: как)? (?:не|без|нет)|в юности|"
    r"(?:\d+|год|два|три|четыре|пять|несколько) (?:года?|лет|месяц\w*) (?:чист\w*|в ремиссии)|"
    r"в ремиссии|"
    # a milestone free of the act, and a present told well after a past act ("500 days self-harm free", "hoy
    # estoy bien", "сейчас всё хорошо"); a relapse word beside it still reads as the act going on
    r"(?:self[- ]?harm|cutting|sh|relapse)[- ]free|hace (?:años|tiempo|mucho)(?! que)|(?:hoy|ahora|ya) estoy bien"
    r"(?!\s+(?:jodid|mal|fregad|cabread|hart))|(?:сейчас|теперь) (?:всё|все) (?:хорошо|нормально|в порядке)|"
    r"now i'?m (?:fine|ok|okay|good|healthy|happy|doing (?:well|better|great|fine)))\b"
)
#: Words that bring a past act back to the present: a relapse, "again", "now", "tonight" ("now i know" is the
#: recovery told, not a return).
_RELAPSE = re.compile(
    r"\b(?:again|relaps\w*|tonight|but now|now i(?! know| see| realiz| understand| get it| feel (?:better|good|fine)|"
    r" eat| lift| run| train| work| volunteer| help| teach| mentor)|"
    r"started (?:again|back)|otra vez|de nuevo|volv[ií] a|reca[ií]\w*|"
    r"esta noche|pero ahora|снова|опять|сорвал\w*|сегодня ночью|но сейчас|теперь (?:я )?(?:снова|опять))\b"
)
_GENERIC_SUBJECT = re.compile(
    r"^\s*(?:(?:too much|that much|this much|so much|eating|drinking|all that|the|that|this|these|those) )?"
    r"(?:\w+ing|smoking|sugar|salt|caffeine|coffee|energy drinks?|red bull|monster|"
    r"alcohol|booze|stress|vaping|vapes?|cigarettes?|cigs|drugs|fentanyl|soda|junk food|fast food|obesity|"
    r"cholesterol|life|cancer|covid|diabetes|heart disease|fumar|el tabaco|el az[uú]car|"
    r"el alcohol|el estr[eé]s|la comida r[aá]pida|курение|сахар|алкоголь|стресс|водка|сигареты|жир)\b"
)
#: A state of "you" a span opens with ("you're dead", "you'll be dead") and the subordinator right before it that makes
#: it a time or a case of anyone ("you have all eternity to be cautious in when you're dead", "if you're dead you
#: can't sue"); after a comma it is the main clause again ("if you come here, you're dead").
_YOU_STATE = re.compile(r"(?:you|u)(?:'re|re| are| r|'ll be| will be|ll be)\b")
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:when|once|after|until|till|if|before|while|by the time)\s+$")
#: A correlative proverb's condition: "кто ..., тот", "whoever ...,", "quien ..., ", up to its comma.
_CORRELATIVE = re.compile(
    r"(?:кто|whoever|he who|she who|those who|quien|quienes|el que|la que|los que)\b[^.!?\n,;]{1,80},"
    r"(?:\s*(?:тот|та|те|то|тому|того|he|she|they|ese|esa|esos)\b)?"
)
_OWN_CLAUSE = re.compile(
    r"\w\W+\w+\W+\w+\s*[,;]\s*(?:but |and |so |pero |y |но |а )?(?:i|i'?d|i'?ll|i'?m|im|yo|я)(?!\w)"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'?m|im|i'?ll|ill|me|my|we|yo|me|mi|voy|vamos|я|мне|меня|мы)\b")


#: A tag that turns a statement into a rhetorical question ("..., got it?", "..., понял?", "..., ¿entendiste?").
_TAG_QUESTION = re.compile(
    r"(?:,|\s)\s{0,3}¿?(?:got it|understand|understood|capisce|entendiste|entendido|me o[ií]ste|"
    r"понял[аи]?|ясно|ус[её]к)\s{0,3}\?{1,6}\s{0,3}$"
)
#: Openings that make a question only with a question mark (no inversion in Spanish or Russian).
_MARKED_ONLY = frozenset("es son hay tengo puedo puede debo debería deberia это есть можно нужно стоит правда".split())
#: A modal followed straight by a verb, without a subject: an elliptical statement, not a question.
_ELLIPTICAL = re.compile(
    r"^(?:would|could|should|will|might|may|must|gonna)\s+(?:be|have|love|like|hate|need|make|get|happen)\b"
)


#: A question whose answer is the claim it carries: "did you know that lemon cures cancer?", "¿sabías que ...?",
#: "знаете ли вы, что ...", "who needs chemo when turmeric exists?", "¿quién necesita pastillas si ...?", "кому
#: нужна химия, если ...": the writer asserts the complement, nobody is asked anything.
_RHETORICAL = LazyPattern(
    r"^(?:(?:and|so|but|also|y|pero|а|и|ну|вот)[\s,]+)?"
    r"(?:(?:did|do) (?:you|u|ya|y'?all) (?:\w+ )?(?:know|realize|realise|hear|notice),? that\b"
    r"|did (?:you|u|ya|y'?all) (?:even |ever |guys |all )?(?:know|realize|realise)\b"
    r"(?! (?:if|whether|when|where|who|which|what|how|about|any)\b)"
    r"|(?:have|has) (?:you|u|anyone|anybody) (?:ever )?(?:heard|noticed|realized|realised) (?:that|how)\b"
    r"|ever (?:heard|noticed|wondered why) (?:that|how|why)\b"
    r"|who (?:even )?needs \w+(?: \w+){0,3},? (?:when|if|now that)\b"
    r"|why (?:would (?:you|u|anyone) |do (?:you|u|people) |even )?(?:take|pay for|use|need|buy|bother with|poison "
    r"(?:yourself|your \w+) with) [\w' ]{1,40}?,? when\b"
    r"|(?:¿\s*)?(?:sab[ií]as|sab[ií]an|sabes|sab[eé]is|sab[ií]ais|conoc[ií]as|sab[ií]a usted) (?:que|lo que)\b"
    r"|(?:¿\s*)?(?:a )?qui[eé]n (?:le )?(?:necesita|hace falta) [\w ]{1,40}?,? (?:si|cuando|teniendo)\b"
    r"|(?:а )?(?:вы|ты) (?:знали|знал[аи]?|знаете|знаешь|слышали|слышал[аи]?),? (?:ли )?(?:что|как)\b"
    r"|(?:знаете|знаешь|знали|знал[аи]?|слышали) ли (?:вы|ты),? (?:что|как)\b"
    r"|кому нужн\w* \w+(?: \w+){0,3},? (?:если|когда)\b)"
)
#: The form a question takes without a question mark (chat drops it): an auxiliary inverted before its subject
#: ("is it safe", "can i take", "do you", "what could it be", "how much can i"), an infinitive question ("how to",
#: "what to", "qué hacer", "что делать", "как снизить"), or a wh-word that is itself the subject ("who knows a
#: good doctor"). An opening word alone is not one: "do your research, X cures Y" orders, "what your doctor won't
#: tell you: ..." and "как врачи скрывают ..." announce, "como te dije, ..." joins.
_EN_SUBJECT = (
    r"(?:i|you|u|ya|y'?all|we|they|he|she|it|this|that|these|those|there|my|your|ur|his|her|our|their|the|a|an|any|"
    r"anyone|anybody|someone|somebody|people|ppl|everyone|doctors?|docs?|\w+(?:ing|in'|ers|ists)|\d+\w*|all|some|"
    r"one|two|three|half|more|less|much|many)"
)
_UNMARKED_QUESTION = LazyPattern(
    r"^(?:(?:hey|hi|yo|ok|okay|so|and|but|also|um+|doc|doctor|dr\.? ?\w+|coach|nurse|host|chat|guys|bro|pls|"
    r"please|@\S+|hola|oye|doctora?|y|pero|доктор|а|и|ну|скажите|подскажите)[\s,:]+){0,3}"
    r"(?:(?:do|have) (?:i|you|u|ya|y'?all|we|they|anyone|anybody|someone|somebody|people|ppl|any of (?:you|u))\b"
    r"|(?:does|did|has|had) (?:i|you|u|ya|y'?all|we|they|he|she|it|this|that|these|those|anyone|anybody|"
    r"someone|somebody|people|ppl|any of (?:you|u)|your \w+|ur \w+|my \w+|the \w+|his \w+|her \w+)\b"
    r"|(?:is|are|am|was|were|can|could|will|would|should|shall|may|might|isn'?t|aren'?t|don'?t|doesn'?t|wouldn'?t|"
    r"shouldn'?t|won'?t|can'?t) " + _EN_SUBJECT + r"\b"
    # "which pill should", "what dose is": a noun may come between; a subject may not ("what your doctor won't
    # tell you" is a relative clause, not an inverted question).
    r"|(?:what|whats|what's|which|how|why|where|when|whose)"
    r"(?: (?!(?:your|ur|my|the|a|an|his|her|their|our|this|that|these|those|they|he|she|we|i|you|it|people|ppl)\b)"
    r"\w+){0,2}?(?: |'s )"
    r"(?:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might|has|have|had|isn'?t|aren'?t|"
    r"don'?t|doesn'?t|didn'?t|won'?t|can'?t|to|u)\b"
    r"|(?:whats|what's|hows|how's|wheres|where's|whos|who's)\b"
    r"|who (?:\w+s|\w+ed|can|could|will|would|should|is|are|was|has|knows|else)\b"
    r"|how (?:much|many|long|often|soon|bad|high|low|far|come)\b"
    r"|(?:qu[eé]|c[oó]mo|cu[aá]nd[oa]|cu[aá]nt[oa]s?|cu[aá]l(?:es)?|d[oó]nde|por ?qu[eé]|qui[eé]n(?:es)?) "
    r"(?:\w+ )?(?:\w+(?:ar|er|ir)(?:me|te|le|lo|la|se)?|me|te|le|les|nos|se|hago|hacemos|tomo|puedo|debo|es|son|"
    r"est[aá]|hay|tengo|significa|pasa|recomiendan?)\b"
    r"|(?:qu[eé]|qui[eé]n|cu[aá]l|d[oó]nde|cu[aá]ndo|c[oó]mo|por qu[eé])\b(?=[^.!\n]*[áéíóú])"
    r"|(?:что|как|где|когда|куда|откуда|кто|какой|какая|какие|каким|сколько|чем|чего|почему|зачем|отчего)"
    r"(?: (?:\w+ )?(?:\w+(?:ть|ться|ти|чь)|мне|нам|тебе|вам|ему|ей|им|ли|же|это|вы|ты|у)\b)"
    r"|кто (?:\w+ )?\w+(?:ет|ит|ют|ят|ешь|ишь|ал|ала|ал[иа]?)\b"
    r"|(?:почему|зачем|отчего|сколько|какой|какая|какие|каким|чем|куда|откуда)\b)"
)
#: A subordinate clause opening a statement ("when i find you ...", "cuando te encuentre ...", "когда найду ..."):
#: without a question mark these words join clauses, they do not ask. Spanish asks with the accent ("cuándo").
_SUBORDINATE = re.compile(
    r"^(?:(?:when|where|once|whenever) (?:i|i'?m|im|i'?ll|ill|we|you|u|he|she|they|ur|your)\b"
    r"|what if i told (?:you|u|ya)\b|(?:cuando|donde|como|apenas|en cuanto) |(?:когда|где|как только|если) )"
)
#: A Spanish exclamation or wish opening a statement ("qué bonito hablas, ...", "que se cuiden las enfermeras"):
#: "qué" before an adjective of praise or scorn exclaims, and an unaccented "que" before a pronoun and a subjunctive
#: wishes; without a mark neither asks.
_EXCLAIMED_ES = re.compile(
    r"^(?:(?:@[^\s,:]+|oye|y|pero|ay|uy|ah)[\s,:]{1,4}){0,3}"
    r"(?:qu[eé] (?:bonit|lind|buen|ric|mal[oa]?\b|fe[oa]|horribl|asco|pena|l[aá]stima|trist|valient|gracios"
    r"|precios|hermos|guap|tont|idiot|pendej|rid[ií]cul|chistos|bell)\w*"
    r"|que (?:se|te|le|les|os|l[oa]s?) (?:cuide|prepare|joda|vaya|muera|pudra|atenga|aguante|entere|quede|calle"
    r"|arrepienta|acuerde|despida|esconda)n?\b)"
)
#: "don't"/"do not" with no subject after it: an order ("don't take your meds"), asked only with a mark.
#: It may follow whoever is addressed ("guys dont buy here", "@tom don't waste your money").
_NEGATIVE_ORDER = re.compile(
    r"^(?:(?:hey|yo|ok|okay|so|guys|bro|chat|pls|please|folks|people|y'?all|@\S+)[\s,:]+){0,3}"
    r"(?:don'?t|dont|do not)\s+(?!(?:you|u|ya|y'?all|we|they|i|he|she|it|people|ppl)\b)"
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end (after its closing punctuation) of the sentence holding ``text[start:end]``."""
    s = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        s = m.end()
    after = _SENTENCE_END.search(text, end)
    e = after.end() if after is not None else len(text)
    return s, e


def _clause_start(text: str, start: int) -> int:
    lo = max(0, start - 120)
    cut = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, start):
        cut = m.end()
    return cut


def is_question(sentence: str) -> bool:
    """True when ``sentence`` (lower-cased, with its closing punctuation) is a genuine question.

    A question mark alone makes one (``does this cure cancer?``); ``??`` or ``?!`` count only
    with a question's structure (an interrogative or auxiliary first, ``¿``, ``ли``, "is that",
    "should I", "or not"), since chat uses them to shout statements. An interrogative opening
    without any mark counts too (``what could it be``).
    """
    body = sentence.strip()
    tail = max(0, len(body) - 40)  # a tag is a word or two at the very end: never scan more
    tag = _TAG_QUESTION.search(body, tail)
    if tag is not None:
        body = body[: tag.start()] + "."  # "урою тебя, понял?": a tag on a statement asks nothing
    stripped = body.rstrip("!?.… \n")
    ending = body[len(stripped) :].replace(" ", "")
    if _RHETORICAL.search(stripped) is not None:
        return False  # "did you know that X?": the writer tells X
    structured = bool(_INTERROGATIVE.match(stripped)) or _QUESTION_INSIDE.search(stripped) is not None
    if ending.startswith("?"):
        return ending == "?" or structured
    if "?" in ending or "¿" in stripped:
        return structured or "¿" in stripped
    if _ELLIPTICAL.match(stripped):
        return False  # "would be a shame if...", "could be worse": a modal with no subject states
    opening = _INTERROGATIVE.match(stripped)
    if opening is not None and opening.group(0).split()[-1] in _MARKED_ONLY:
        return False  # Spanish and Russian ask these with a mark: "hay una bomba en ...", "bro tengo xanax" state
    if _NEGATIVE_ORDER.match(stripped):
        return False
    if _EXCLAIMED_ES.match(stripped):
        return False
    if _SUBORDINATE.match(stripped):
        return False  # "don't take the statins": without a mark, a negative order, not "don't you...?"
    # Without a mark the sentence must have a question's form, not only a question's first word.
    return (
        _INTERROGATIVE.match(stripped) is not None
        and _UNMARKED_QUESTION.search(stripped) is not None
        and not ending.startswith("!")
    )


def _quoted(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` sits between a pair of quotation marks."""
    for i in range(start - 1, max(-1, start - 200), -1):
        ch = text[i]
        if ch in "\n":
            return False
        close = _QUOTES.get(ch)
        if close is None:
            continue
        if ch in "'`" and i > 0 and text[i - 1].isalnum() and i + 1 < len(text) and text[i + 1].isalnum():
            continue  # an apostrophe: don't, it's
        j = text.find(close, end)
        while j != -1 and close == "'" and 0 < j < len(text) - 1 and text[j - 1].isalnum() and text[j + 1].isalnum():
            j = text.find(close, j + 1)
        if j != -1:
            return True
    return False


def _inside_told_quotation(text: str, start: int) -> bool:
    """True when ``text[start]`` is inside a quotation of a text that tells speech with a dialogue tag (the quotation
    may close inside the span: '"I think I'll end it all," Sue sighed.'), or inside one opened after a speaker and a
    verb and never closed: a quotation that runs on past the text (a quoted passage broken into lines, 'he wrote "you
    will regret ...'). A mark that opens the message, or follows one word, quotes nothing ('"you're dead tonight',
    'lol "i'll find you'): a quote typed to dodge a filter is the writer's own words."""
    head = text[:start]
    tagged = _DIALOGUE_TAG.search(text) is not None
    for opening, closing in _OPENING_MARKS.items():
        if opening == closing:
            inside = head.count(opening) % 2 == 1
        else:
            inside = head.count(opening) > head.count(closing)
        if not inside:
            continue
        if tagged:
            return True
        if closing not in text[start:] and len(head[: head.rfind(opening)].split()) >= 2:
            return True
    return False


def dialogue(text: str) -> bool:
    """True when ``text`` is a dialogue told, turn after turn, each opened by a dash ("— ...? — ...")."""
    return _DIALOGUE.match(text) is not None


#: A wish not to live said with a negator (EN/ES/RU): the negator is the statement.
NOT_LIVING = (
    r"\b(?:don['’]?t|do not|doesn['’]?t|no longer|never) (?:really )?(?:want|wanna|wish|plan) (?:to )?"
    r"(?:live|be alive|be here|exist|wake up|go on|be around)\b"
    r"|\b(?:won['’]?t|will not|wont) (?:be (?:here|around|alive)|wake up|make it through"
    r"|see (?:tomorrow|another day))\b"
    r"|\bcan['’]?t (?:go on|do this anymore|take (?:it|this) anymore|keep going)\b"
    r"|\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on)\b"
    r"|\bno (?:quiero|deseo|puedo) (?:seguir )?(?:vivir|viviendo|existir|despertar|estar aqu[ií])\b"
    r"|\bno (?:estar[eé]|voy a estar) (?:aqu[ií]|viv[oa]|ma[ñn]ana)\b"
    r"|\bno (?:tengo|hay) (?:raz[oó]n|motivo|sentido) para (?:vivir|seguir)\b"
    r"|\bya no (?:aguanto|puedo m[aá]s|quiero vivir)\b"
    r"|\bне (?:хочу|хочется|могу|буду) (?:больше |так )?(?:жить|существовать|просыпаться|продолжать)\b"
    r"|\bне (?:проснуться|проснусь)\b|\bменя (?:больше |завтра )?не будет\b|\bнет смысла жить\b|\bбольше не могу\b"
)
#: A sale's promise that no prescription (or doctor, or question) is needed (EN/ES/RU): the negator is the offer.
WITHOUT_PRESCRIPTION = (
    r"\b(?:no|without|w/o|(?:don['’]?t|doesn['’]?t|do not|does not|never) need|no need for)"
    r"(?: (?:a|an|the|any|your|for|even|real)){0,3}"
    r" (?:prescriptions?|scripts?|rx|doctors?|docs?|questions)\b"
    r"|\b(?:prescriptions?|scripts?|rx)(?: is| are)? (?:not|never|isn['’]?t|aren['’]?t|no longer)"
    r" (?:needed|required|necessary)\b"
    r"|\bno (?:necesitas|necesita|necesitan|necesit[aá]is|hace falta|se necesita|se requiere|requiere|requieres|"
    r"pedimos|piden|pide|ocupas|ocupa)(?: (?:una|la|ninguna|de|tu|su)){0,3}"
    r" (?:receta|prescripci[oó]n|r[eé]cipe|orden)\b"
    r"|\b(?:receta|prescripci[oó]n|r[eé]cipe) no (?:necesaria|requerida|hace falta|es necesaria|se necesita|"
    r"se requiere|se pide)\b"
    r"|\bрецепт\w* (?:не|ни) (?:нужен|нужна|нужно|нужны|надо|требуется|обязателен|спрашиваем|спрашивают)\b"
    r"|\bне (?:нужен|нужна|нужно|нужны|надо|требуется|спрашиваем|спрашивают)"
    r"(?: (?:никакой|никакого|никакие|вам|тебе)){0,3}"
    r" рецепт\w*"
    r"|\bsin receta\b|\bбез рецепт\w*"
)
#: Statements whose negator is the act itself, in EN/ES/RU: a wish not to live ("i don't want to live anymore", "no
#: quiero seguir viviendo", "не хочу больше жить"), a sale with no prescription ("no prescription needed", "sin receta,
#: no hace falta receta", "рецепт не нужен"), a disease gone ("no more diabetes", "ya no tengo diabetes", "диабета
#: больше нет"), a treatment declared needless ("you don't need your insulin", "no necesitas la quimio", "прививки не
#: нужны"), never falling ill. A negator inside one of them does not negate it; one outside still does ("i would never
#: say i don't want to live" is still denied by "never").
NEGATIVE_FORM = (
    NOT_LIVING + "|" + WITHOUT_PRESCRIPTION + "|"
    # a disease gone, never falling ill
    r"\bno (?:more|longer) (?:\w+ )?(?:diabetes|diabetic|cancer|asthma|arthritis|high blood pressure|hypertension)\b"
    r"|\b(?:ya )?no (?:tengo|tiene|tienes|hay) (?:m[aá]s )?(?:diabetes|c[aá]ncer|hipertensi[oó]n|asma|artritis|tumor)\b"
    r"|\b(?:диабета|рака|давления|гипертонии|астмы|артрита|опухоли) (?:больше |уже |совсем )?(?:нет|не стало)\b"
    r"|\bбольше нет (?:диабета|рака|давления|гипертонии|астмы|опухоли)\b"
    r"|\bnever (?:get|got|gets|getting) sick\b|\bnunca (?:me )?enferm\w+|\bникогда не (?:болею|болеем|болеет)\b"
    # a treatment declared needless
    r"|\b(?:don['’]?t|do not|doesn['’]?t|does not|never) need (?:your |their |the |any |a )?(?:insulin|meds|medication|"
    r"medicine|chemo|statins?|vaccines?|shots|pills|antibiotics|doctors?)\b"
    r"|\bno (?:necesitas|necesitan|necesita|hace falta|hacen falta) (?:la |el |los |las |tu |tus |su |sus )?"
    r"(?:insulina|quimio\w*|pastillas|medicamentos|medicinas|vacunas?|estatinas|antibi[oó]ticos|m[eé]dicos?)\b"
    r"|\bне нужн\w* (?:\w+ )?(?:инсулин\w*|хими\w+|таблетк\w+|лекарств\w*|прививк\w+|вакцин\w*|статин\w*|"
    r"антибиотик\w*|врач\w*)|\b(?:инсулин|химия|таблетки|лекарства|прививки|вакцины|статины|антибиотики|врачи) "
    r"(?:\w+ )?(?:не нужн\w*|не нужен)"
)
_NEGATIVE_FORM = LazyPattern(NEGATIVE_FORM)
_WORD_RUN = re.compile(r"\S+")
#: Despair said with a negator ("no puedo más", "can't take it anymore", "больше не могу"): a clause of its own whose
#: negator denies nothing that follows it ("NO PUEDO MÁS ME VOY A MATAR" announces the act).
DESPAIR = (
    r"\b(?:i )?can['’]?t (?:take (?:it|this|any more|anymore)|do (?:it|this)|go on|cope|handle (?:it|this)|anymore)"
    r"(?: any ?more)?\b|\bcant anymore\b"
    r"|\b(?:ya )?no (?:puedo|aguanto|soporto) m[aá]s\b(?! (?:de|que|con|sin)\b)"
    r"|\bya no (?:puedo|aguanto)(?=\s*(?:[.,!…]|$))"
    r"|\b(?:больше|уже) не (?:могу|выдерживаю|вывожу)\b(?! \w+(?:ть|ться|ти)\b)"
    r"|\bне (?:могу|выдерживаю) (?:так )?больше\b"
    r"(?! \w+(?:ть|ться|ти)\b)"
    # what one cannot stop doing or thinking ("can't stop thinking about killing myself", "no puedo dejar de
    # cortarme") is affirmed, not denied
    r"|\b(?:i )?can['’]?t stop\b|\bno (?:puedo|logro) dejar de\b"
    r"|\bне (?:могу|получается) (?:перестать|прекратить)\b|\bне могу не думать\b"
)
_DESPAIR = LazyPattern(DESPAIR)
#: A condition with a negator, then the consequence in a clause of its own (a subject, or a verb in the first person):
#: "if u dont refund me ill burn ...", "si no me devuelven el dinero quemo ...", "если не вернёшь деньги, сожгу ...":
#: the negator is the condition's. Read on the words between the condition's opener and the span.
_CONDITION_OPENER = re.compile(r"\b(?:if|unless|si|если|o|or)\s*$")
_NEGATED_CONDITION = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:not|don'?t|dont|doesn'?t|didn'?t|won'?t|can'?t|no|не)\s+\w+(?:\s+\w+){0,6}?[\s,]*$"
)


def _negator_outside_form(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """True when a negator in ``text[lo:hi]`` is not part of a negative-form statement reaching ``text[start:end]``."""
    forms = [
        (m.start(), m.end())
        for m in _NEGATIVE_FORM.finditer(text, max(0, lo - 60), min(len(text), hi + 60))
        if m.start() < end and m.end() > min(start, lo)
    ]
    despair = [(m.start(), m.end()) for m in _DESPAIR.finditer(text, max(0, lo - 30), hi)]
    for neg in _NEGATOR.finditer(text, lo, hi):
        if any(a <= neg.start() and neg.end() <= b for a, b in despair):
            continue
        if not any(a <= neg.start() and neg.end() <= b and b >= start for a, b in forms):
            return True
    return False


def negated_within(text: str, start: int, end: int) -> bool:
    """True when a negator occurs inside ``text[start:end]`` ("this tea does not cure cancer"), unless it belongs to a
    negative-form statement (:data:`NEGATIVE_FORM`: "no prescription needed", "диабета больше нет")."""
    if _NEGATOR.search(text, start, end) is None:
        return False
    return _negator_outside_form(text, start, end, start, end)


class _Span:
    """The pieces of a sentence the flags read, each computed once and only when asked for."""

    __slots__ = ("_before", "_sentence", "end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._sentence: tuple[int, int] | None = None
        self._before: str | None = None

    @property
    def sentence(self) -> tuple[int, int]:
        if self._sentence is None:
            self._sentence = sentence_bounds(self.text, self.start, self.end)
        return self._sentence

    @property
    def before(self) -> str:
        if self._before is None:
            self._before = self.text[_clause_start(self.text, self.start) : self.start]
        return self._before

    def negated(self) -> bool:
        before = self.before
        words = list(_WORD_RUN.finditer(before))[-4:]
        if not words or _NEGATOR.search(" ".join(m.group(0) for m in words)) is None:
            return False
        # The negator may be the statement's own ("i don't | want to live", "no | prescription needed").
        lo = self.start - len(before) + words[0].start()
        # ... or a condition's, whose consequence is the span ("if u dont refund me | ill burn your store down"): a
        # verb and its object at least stand between that negator and the span.
        opener = self.start - len(before)
        if (
            _CONDITION_OPENER.search(self.text, max(0, opener - 8), opener) is not None
            and _NEGATED_CONDITION.match(before) is not None
            and len(before.split()) >= 3
        ):
            return False
        return _negator_outside_form(self.text, lo, self.start, self.start, self.end)

    def question(self) -> bool:
        s, e = self.sentence
        return is_question(self.text[s:e])

    def quoted(self) -> bool:
        # Reported speech frames its own sentence ("he wrote 'I know where you live'"); a verb of
        # saying in an earlier sentence ("you people think ... . I know which car is yours") does not.
        text, start, end = self.text, self.start, self.end
        s = self.sentence[0]
        if _quoted(text, start, end) or dialogue(text) or _inside_told_quotation(text, start):
            return True
        # The verb of saying may open the span itself ("кто-то написал 'подам в суд'": the hit starts at "написал").
        m = _REPORTING.search(text, max(s, start - 160), min(end, start + 40))
        if (
            m is not None
            and m.end() > start
            and (m.start() >= start or not _QUOTE_OPENS.match(text, m.end()))
            and not (m.start() < start and _POSTED.search(m.group(0)))
        ):
            m = None
        # What was said ends where the writer speaks again in a clause of their own: "they said I need a
        # transplant, I'd rather overdose" (never right after the verb: "he wrote, I will find you").
        return m is not None and _OWN_CLAUSE.search(text, m.end(), min(len(text), start + 6)) is None

    def hypothetical(self) -> bool:
        # A marker must open before the span, but it is read with the words after it, which may
        # withdraw it ("imagine earning 5k a week" sells, it does not suppose).
        text, start = self.text, self.start
        m = _HYPOTHETICAL.search(text, max(0, self.sentence[0] - 40), min(len(text), start + 40))
        return m is not None and m.start() < start

    def debunking(self) -> bool:
        return _DEBUNKING.search(self.text) is not None

    def idiom(self) -> bool:
        text, start, end = self.text, self.start, self.end
        lo, hi = max(0, start - 40), min(len(text), end + 40)
        return any(m.start() < end and start < m.end() for m in _IDIOMS.finditer(text, lo, hi))

    def pastime(self) -> bool:
        # The pastime must be what the act is about: a game the beating happens in, photos the shooting takes, a
        # chat that explodes, each read in one clause with the act ("les vamos a dar una paliza en el partido"),
        # never a game or photo word that only stands nearby ("someone in chat threatened to blow up the clinic",
        # "voy a matarte, para la foto"). A photo as a meeting's purpose clears only an act with no violence in it.
        text, start, end = self.text, self.start, self.end
        lo, hi = max(0, start - 40), min(len(text), end + 60)
        if any(m.start() < end and start < m.end() for m in _IDIOMS_MORE.finditer(text, lo, hi)):
            return True
        purpose = _PASTIME_PURPOSE.search(text, start, hi)
        if purpose is not None and _SENTENCE_END.search(text, end, purpose.start()) is not None:
            purpose = None
        if purpose is None and _PASTIME_SLEEP.search(text, lo, hi) is None:
            return False
        return _VIOLENT.search(text, start, end) is None

    def hyperbole(self) -> bool:
        # The absurd party is the act's subject, before it in its clause ("my knees filed a complaint"), or its
        # object, right after it ("i should sue this workout"); a body part hurt by someone is a grievance, not a
        # joke ("i'll sue the gym for what they did to my knees").
        text, start, end = self.text, self.start, self.end
        lo = _clause_start(text, start)
        return _ABSURD_PARTY.search(text, lo, min(self.sentence[1], end + 25)) is not None

    def general(self) -> bool:
        text = self.text
        return (
            _GENERAL_ASK.search(text) is not None
            or _NOT_OWN_ASK.search(text) is not None
            or _NOT_OWN_CASE.search(text) is not None
        )

    def generic(self) -> bool:
        # "smoking will kill you" is generic; "planning how ill make him suffer" has the writer for its subject.
        before = self.before
        if _YOU_STATE.match(self.text, self.start) and _SUBORDINATOR_BEFORE.search(
            self.text, max(0, self.start - 16), self.start
        ):
            return True  # "when you're dead", "once you're dead": a time or a case, not a sentence passed on anyone
        return (
            _GENERIC_SUBJECT.match(before) is not None
            and _FIRST_PERSON.search(before) is None
            and "you" not in before.split()[:1]
            and _FIRST_PERSON.match(self.text, self.start) is None
        )

    def proverb(self) -> bool:
        # A proverb of anyone: "кто с юристом дружит, тот в суде не тужит", "whoever ..., ..." (never with the
        # writer in its main clause: "кто тронет машину, того я убью" is a threat).
        text, start, end = self.text, self.start, self.end
        s = self.sentence[0]
        m = _CORRELATIVE.match(text, s + len(text[s:start]) - len(text[s:start].lstrip()), start)
        return m is not None and _FIRST_PERSON.search(text, m.end(), end) is None

    def joking(self) -> bool:
        text = self.text
        after = text[self.end : self.sentence[1]]
        return _JOKE.search(after) is not None and _JOKE_WITHDRAWN.search(text, self.start) is None

    def laughed_off(self) -> bool:
        # A laugh takes back a wish to die only when the wish is blamed on a nuisance in its sentence; beside a plan,
        # a method, a farewell or hopelessness anywhere in the text it is deflection, not a joke.
        if not self.joking():
            return False
        return _NUISANCE.search(self.text) is not None and _GRAVE_CONTEXT.search(self.text) is None

    def kidding(self) -> bool:
        text = self.text
        return _KIDDING.search(text, self.end) is not None and _JOKE_WITHDRAWN.search(text, self.start) is None

    def recovered(self) -> bool:
        s, e = self.sentence
        return _RECOVERED.search(self.text, s, e) is not None and _RELAPSE.search(self.text) is None


_FLAGS = (
    "negated",
    "question",
    "quoted",
    "hypothetical",
    "debunking",
    "idiom",
    "pastime",
    "generic",
    "joking",
    "laughed_off",
    "recovered",
    "general",
    "hyperbole",
    "proverb",
    "kidding",
)


def context(text: str, start: int, end: int, lang: str | None = None) -> SpeechAct:
    """The speech act of ``text[start:end]`` (``text`` lower-cased; ``lang`` is a hint, unused words are harmless).

    One call reads only the sentence around the span and a little before it:
    a few microseconds, meant for candidate hits, not for every message.
    """
    span = _Span(text, start, end)
    return SpeechAct(**{flag: getattr(span, flag)() for flag in _FLAGS})


def any_of(flags: frozenset[str], text: str, start: int, end: int) -> bool:
    """True when any of ``flags`` (names of :class:`SpeechAct` fields) holds for ``text[start:end]``.

    The same answer as ``any(getattr(context(...), f) for f in flags)``, but it stops at the first
    flag that holds and never computes the others: cheaper for a hit that is vetoed.
    """
    span = _Span(text, start, end)
    return any(getattr(span, flag)() for flag in _FLAGS if flag in flags)
