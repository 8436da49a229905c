# ruff: noqa: E501  (a table of regular expressions: splitting each rule across lines hides it)
"""Phrase rules for risky statements in English, Spanish and Russian.

Each rule is ``(category, language, triggers, pattern, flags)``. ``triggers``
are lower-case substrings, one of which must occur in the message before the
pattern is tried at all (that is what keeps clean chat cheap); ``pattern`` is
a regular expression matched case-insensitively, where a plain ``'`` also
matches the typographic apostrophe and may be left out (``im``, ``dont``).
Flags: ``N`` negation-aware (a negator shortly before the match within the
same clause cancels it: "this tea does not cure cancer", "I'd never hurt
you"), ``Q`` not a claim when asked as a question ("does this tea cure
cancer?").

Hyperbole ("dying of laughter", "this lag is killing me", "me muero de risa",
"умираю со смеху") is kept out by writing patterns that need a first-person
statement about oneself, not by a list of exceptions.
"""

from __future__ import annotations

# ---------------------------------------------------------------- shared pieces
_I_WILL = r"(?:i'll|i will|i'm (?:gonna|going to)|i am (?:gonna|going to)|im (?:gonna|going to)|we'll|we will|we're (?:gonna|going to)|i'd (?:love|like) to|i want to|i wanna|i'm about to|someone should|somebody should|gonna)"
_VICTIM = r"(?:you|u|ya|y'all|him|her|them|everyone|everybody|all of you|the doctors?|the nurses?|the staff|your (?:family|kids?|wife|husband|mom|dad)|that (?:doctor|nurse|bitch|guy|woman|man|host)|dr(?:\. ?| )\w+|the host)"
_NOT_HELPFUL = r"(?!\s+(?:a|an|another|the|some|one|it|that|this|those|more|links?|info|answers?|resources?|tickets?|out|up with)\b)"
_REMEDY = (
    r"(?:tea|teas|herbs?|herbal \w+|supplements?|vitamins?(?: [a-z0-9]{1,3})?|essential oils?|oils?|bleach|mms|"
    r"chlorine dioxide|turmeric|garlic|ginger|lemon(?: water)?|baking soda|apple cider vinegar|vinegar|honey|"
    r"colloidal silver|ivermectin|hydroxychloroquine|hcq|cbd|cannabis|weed|marijuana|detox(?:es)?|cleanses?|"
    r"juic(?:e|es|ing)|fasting|keto|diet|crystals?|homeopathy|homeopathic \w+|urine|prayer|remed(?:y|ies)|"
    r"alkaline water|coffee enemas?|ozone|hydrogen peroxide|kombucha|moringa|black seed oil|oregano oil|"
    r"elderberry|zinc|magnesium|apricot (?:seeds?|kernels?)|laetrile|b17|this (?:tea|product|supplement|stuff|"
    r"drink|remedy|oil|powder|pill|potion|formula)|my (?:tea|product|supplement|remedy|oil|formula))"
)
_DISEASE = (
    r"(?:cancer|cancers|tumou?rs?|diabetes|type [12] diabetes|autism|covid(?:-19)?|hiv|aids|alzheimer's|dementia|"
    r"arthritis|depression|asthma|hepatitis(?: [abc])?|lupus|multiple sclerosis|herpes|leukemia|heart disease|"
    r"high blood pressure|hypertension|infections?|measles|parkinson's|crohn's|psoriasis|eczema|adhd|"
    r"schizophrenia|anxiety|obesity|stds?|chemo(?:therapy)?|insulin|vaccines?|medications?|meds)"
)
_TREATMENT = (
    r"(?:insulin|meds|medications?|medicine|chemo(?:therapy)?|antidepressants?|blood pressure (?:meds|pills|medication)|"
    r"statins?|inhalers?|prescriptions?|antibiotics|hiv meds|arvs?|prep|antiretrovirals?|treatment|therapy|"
    r"seizure meds|thyroid meds|heart meds|pills|shots)"
)

# Up to three words between a remedy and its claim, none of them a negation ("this tea does not cure").
_FILL = (
    r"(?:\s+(?!(?:not|no|never|doesn't|doesnt|don't|dont|does|do|won't|wont|can't|cant|didn't|didnt|isn't|isnt|"
    r"nunca|no|не|ни)\b)\S+){0,3}?"
)

# ---------------------------------------------------------------- rules
RULES: list[tuple[str, str, tuple[str, ...], str, str]] = [
    # ------------------------------------------------------------ threats
    (
        "risk.threat",
        "en",
        (
            "kill",
            "shoot",
            "stab",
            "murder",
            "strangl",
            "hurt",
            "beat",
            "punch",
            "choke",
            "burn",
            "bomb",
            "blow up",
            "rape",
            "slit",
            "hunt",
            "smash",
            "find you",
            "find u ",
            "find him",
            "find her",
            "find them",
            "find the",
            "find that",
            "find your",
            "find dr",
            "find every",
            "find all",
            "find y'all",
            "get you",
            "get u ",
            "get him",
            "get her",
            "get them",
            "get the",
            "get that",
            "get your",
            "get dr",
            "get every",
            "get all",
            "get y'all",
        ),
        r"\b"
        + _I_WILL
        + r"\s+(?:\w+\s+)?(?:kill|shoot|stab|murder|strangle|hurt|beat(?: up)?|punch|choke|burn|bomb|blow up|"
        r"rape|slit|smash|find|get|hunt(?: down)?)\s+" + _VICTIM + r"\b" + _NOT_HELPFUL,
        "N",
    ),
    (
        "risk.threat",
        "en",
        ("where you", "where u ", "where she", "where he", "where they", "where the doctor", "where your"),
        r"\b(?:i|we) (?:know|found out|found) where (?:you|u|she|he|they|the doctor|your \w+) (?:live|lives|work|works|sleep|park)s?\b",
        "N",
    ),
    (
        "risk.threat",
        "en",
        ("waiting",),
        r"\b(?:i'll|i will|we'll|we will|i'm|im|i am|we're|we are)\s+(?:be\s+)?waiting(?![^.!?]*\b(?:for|with) (?:my|a|an|the|our) (?:ride|mom|mum|dad|appointment|friend|uber|taxi|cab|bus|kids?|son|daughter|wife|husband|partner|turn|results?|prescription)\b) (?:for (?:you|u|him|her|them|the doctor) )?(?:outside|by your car|at your house|after (?:the )?(?:show|stream))(?: (?:the|your|this|that) \w+)?\b",
        "N",
    ),
    (
        "risk.threat",
        "en",
        ("dead", "gonna die", "going to die", "re next", "are next", "r next"),
        r"(?<!\bwhen )(?<!\bif )(?<!\bonce )(?<!\blike )(?<!\bafter )\byou(?:'re| are| r|re) (?:so |already )?(?:dead|going to die|gonna die|next)\b(?!\s+(?:wrong|right|serious|on|inside|tired|last|in line|up))",
        "N",
    ),
    (
        "risk.threat",
        "en",
        ("your back",),
        r"\b(?:better )?watch your back\b(?! (?:posture|form|muscles?|pain|injur\w*|alignment|during|when|while|on (?:deadlifts|squats|rows)))",
        "N",
    ),
    (
        "risk.threat",
        "en",
        ("bomb", "shoot", "burn", "blow up", "attack", "storm", "gun", "knife", "rifle", "weapon"),
        r"\b(?:bomb|shoot up|burn down|blow up|attack|storm)\s+(?:the|this|that|your) (?:clinic|hospital|office|building|studio|school|place|pharmacy)\b"
        r"|\bbring(?:ing)? (?:a|my|our) (?:gun|knife|rifle|weapon)s? (?:to|into) (?:the|this|your)\b",
        "N",
    ),
    (
        "risk.threat",
        "en",
        ("yourself", "kys"),
        r"(?<!\bto )(?<!\bhow )\b(?:go |just |pls |please )?(?:kill|hang|shoot) yourself\b|\bkys\b",
        "",
    ),
    (
        "risk.threat",
        "en",
        ("to die", "be shot", "be killed", "get shot", "be hanged", "burn"),
        r"\byou (?:all )?(?:deserve|should) (?:to )?(?:die|be shot|be killed|get shot|be hanged|burn)\b",
        "N",
    ),
    (
        "risk.threat",
        "en",
        ("make you pay", "make them pay", "make him pay", "make her pay", "make the clinic pay"),
        r"\b(?:i|we)(?:'ll| will| am going to| are going to) make (?:you|them|him|her|the clinic) pay\b",
        "N",
    ),
    (
        "risk.threat",
        "es",
        (
            "matar",
            "encontrar",
            "buscar",
            "partir",
            "quemar",
            "romper",
            "golpear",
            "disparar",
            "apuñalar",
            "violar",
            "daño",
        ),
        r"\b(?:te|lo|la|los|las|les) (?:voy|vamos) a (?:matar|encontrar|buscar|partir la cara|quemar|romper la cara|golpear|disparar|apuñalar|violar|hacer daño)\b",
        "N",
    ),
    (
        "risk.threat",
        "es",
        (
            "morir",
            "vives",
            "espero",
            "esperando",
            "quemar",
            "bomba",
            "atacar",
            "balear",
            "mátate",
            "matate",
            "suicídate",
            "suicidate",
            "te mato",
            "muert",
            "espalda",
        ),
        r"\b(?:ya|hoy|pronto|esta noche|ma[ñn]ana) (?:te |les )?(?:vas|van) a morir\b|\bs[ée] d[óo]nde vives\b|\bte (?:espero|estar[ée] esperando|esperamos) (?:afuera|fuera|a la salida)\b"
        r"|\b(?:voy|vamos) a (?:quemar|poner una bomba en|atacar|balear) (?:la|el|esta|este|tu) (?:cl[íi]nica|hospital|consultorio|oficina|casa)\b"
        r"|\b(?:m[áa]tate|suic[íi]date)\b(?! (?:estudiando|trabajando|entrenando|de risa|a ))|\bte mato\b|\best[áa]s muert[oa]\b|\bcu[íi]date la espalda\b",
        "N",
    ),
    (
        "risk.threat",
        "ru",
        ("убью", "убьём", "убьем", "зарежу", "пристрелю", "найду", "закопаю", "урою", "прибью", "сожгу", "изобью"),
        r"(?:\b(?:тебя|вас|его|её|ее|их)\s+(?:убью|убьём|убьем|зарежу|пристрелю|найду|закопаю|урою|прибью|сожгу|изобью))"
        r"|(?:\b(?:убью|убьём|убьем|зарежу|пристрелю|прибью|урою|закопаю)\s+(?:тебя|вас|его|её|ее|их|всех|врача|доктора))",
        "N",
    ),
    (
        "risk.threat",
        "ru",
        (
            "живешь",
            "живёшь",
            "живете",
            "живёте",
            "работаешь",
            "конец",
            "не жить",
            "хана",
            "крышка",
            "взорву",
            "подожгу",
            "расстреляю",
            "жди",
            "убейся",
        ),
        r"\b(?:я|мы) знаю,? где (?:ты|вы) (?:живешь|живёшь|живете|живёте|работаешь|работаете)\b|\bтебе (?:конец|не жить|хана|крышка)\b(?!\s+(?:в|во|с|со|без|на|там|здесь|тут|вечно|долго|так|одному|одной|спокойно)\b)"
        r"|\b(?:взорву|подожгу|сожгу|расстреляю) (?:эту |вашу |всю )?(?:клинику|больницу|студию|офис|здание)\b"
        r"|\bжди(?:те)? (?:меня )?(?:у|возле|около) (?:клиники|больницы|подъезда|дома|офиса)\b|\bубейся\b",
        "",
    ),
    # ------------------------------------------------------------ self-harm
    (
        "risk.self_harm",
        "en",
        ("myself",),
        r"\b(?:kill(?:ing)?|hurt(?:ing)?|cut(?:ting)?|hang(?:ing)?|harm(?:ing)?|shoot(?:ing)?|starve|starving) myself\b(?!\s+(?:laughing|lol|lmao|(?:with|on|doing) (?:these|this|the|all (?:these|this|the)|my|those) (?:\w+ )?(?:stairs|workouts?|training|squats|burpees|exercises?|reps|sets|cardio|work|homework|studying|overtime|diet|job|hills|runs?|laps|classes?|shifts?)\b))",
        "N",
    ),
    (
        "risk.self_harm",
        "en",
        ("die", "dead", "disappear", "wake up"),
        r"(?<!\byou )(?<!\bu )\b(?:i|i'm|im|i just|i really|i honestly|i kinda|sometimes i|i still)?\s*(?:want|wanna|wish)\s+(?:to\s+)?(?:die|be dead|i (?:was|were) dead|disappear forever|not wake up|never wake up)\b"
        r"(?!\s+(?:of|from|laughing|lol|lmao|lmfao|rn lol))",
        "N",
    ),
    (
        "risk.self_harm",
        "en",
        ("suicid",),
        r"\b(?:i'm|im|i am|i feel|feeling|i've been|been feeling|i get|i keep getting|i have)\s+(?:so |really |very |kinda |pretty |extremely )?(?:suicidal|suicidal thoughts|thoughts of suicide)\b|\bmy suicide note\b",
        "N",
    ),
    (
        "risk.self_harm",
        "en",
        ("end my", "end it", "ending my", "ending it", "take my own", "take my life", "taking my"),
        r"\b(?:i|i'm|im|i am|gonna|going to|want to|wanna|i'll|i will|ready to|plan(?:ning)? to|thinking (?:about|of))\s+(?:\w+\s+)?(?:end(?:ing)? (?:my life|it all|my own life)|take my (?:own )?life|taking my (?:own )?life)\b",
        "N",
    ),
    (
        "risk.self_harm",
        "en",
        (
            "want to live",
            "want to be alive",
            "want to exist",
            "want to be here",
            "reason to live",
            "to live for",
            "in living",
            "point living",
            "being alive",
        ),
        r"\b(?:i )?(?:don't|do not|dont) want to (?:live|be alive|exist|be here)\b(?! on\b| in (?:my|a|the)\b| with\b| there\b| near\b)(?: (?:anymore|any more|now))?|\b(?:no|no more|nothing left to|not a single) reason to live\b|\bnothing (?:left )?to live for\b|\bno point (?:in )?(?:living|being alive)\b",
        "",
    ),
    (
        "risk.self_harm",
        "en",
        ("better off", "miss me", "care if i"),
        r"\b(?:everyone|they|people|the world|my family|my kids|you all)(?: would| will|'d)? (?:be )?better off without me\b|\bi'?d be better off dead\b|\bnobody (?:would|will) (?:miss me|care if i (?:died|was gone|were gone))\b",
        "",
    ),
    (
        "risk.self_harm",
        "en",
        ("pills", "meds", "tablets", "overdose", "bridge", "roof"),
        r"\b(?:take|swallow|took|swallowed|taking|swallowing) all (?:of )?(?:my|the|these|those) (?:pills|meds|tablets|medication|sleeping pills)\b|\b(?:gonna|going to|want to|i'll|i will) overdose\b|\bjump(?:ing)? off (?:a|the|this|my) (?:bridge|building|roof|cliff|balcony)\b",
        "N",
    ),
    (
        "risk.self_harm",
        "en",
        ("self harm", "self-harm", "selfharm", "cutting"),
        r"\b(?:i've been|i have been|i'm|im|i am|i keep|i started|i still)\s+(?:self[- ]?harming|cutting(?: myself)?|hurting myself)\b|\bi self[- ]?harm\b",
        "N",
    ),
    (
        "risk.self_harm",
        "es",
        ("morir", "matarme", "suicidar", "quitarme", "cortarme", "acabar con mi vida"),
        r"\b(?:me quiero|quiero|deseo|me voy a|voy a|pienso|estoy pensando en|quisiera)\s+(?:morir(?:me)?|matarme|suicidarme|quitarme la vida|cortarme|acabar con mi vida)\b(?!\s+de\s+(?:risa|hambre|verg[üu]enza|sue[ñn]o|calor|fr[íi]o|amor|ganas))",
        "N",
    ),
    (
        "risk.self_harm",
        "es",
        ("vivir", "suicida", "muert", "extrañar", "extrañaría", "extrañaria"),
        r"\bno quiero (?:seguir )?vivir\b|\b(?:ya )?no (?:tengo|hay) (?:razones|raz[óo]n|motivos?) para vivir\b|\b(?:estoy|me siento) (?:muy )?suicida\b|\bmejor estar[íi]a muert[oa]\b|\bnadie me extra[ñn]ar[íi]a\b|\bpensamientos suicidas\b",
        "N",
    ),
    (
        "risk.self_harm",
        "ru",
        (
            "умереть",
            "сдохнуть",
            "покончить",
            "убить себя",
            "повеситься",
            "порезать себя",
            "выпилиться",
            "уйти из жизни",
            "покончу",
            "убью себя",
        ),
        r"\b(?:хочу|хочется|собираюсь|решил|решила|думаю|думаю о том,? чтобы)\s+(?:\w+\s+)?(?:умереть|сдохнуть|покончить с собой|убить себя|повеситься|порезать себя|выпилиться|уйти из жизни)\b|\bпокончу с собой\b|\bубью себя\b",
        "N",
    ),
    (
        "risk.self_harm",
        "ru",
        ("жить", "таблеток", "без меня", "себя", "суицид"),
        r"\bне хочу (?:больше )?жить\b|\bжить не хочется\b|\b(?:не вижу|нет) смысла жить\b|\bнаглота(?:юсь|ться) таблеток\b|\bвсем (?:будет )?лучше без меня\b|\b(?:режу|порезал|порезала|резал|резала) себя\b|\bсуицидальн\w* мысл\w*\b",
        "N",
    ),
    # ------------------------------------------------------------ medical claims
    (
        "risk.medical_claim",
        "en",
        (
            " cure",
            "cures",
            "cured",
            "heals",
            "healed",
            " heal ",
            "revers",
            "eliminat",
            "eradicat",
            "rid of",
            "works better than",
            "beats",
        ),
        r"\b"
        + _REMEDY
        + r"\b"
        + _FILL
        + r"\s+(?:cures?|cured|heals?|healed|reverses?|reversed|eliminates?|eradicates?|gets? rid of|got rid of|is (?:a|the) cure for|works better than|beats)\s+(?:\S+\s+){0,2}?"
        + _DISEASE
        + r"\b",
        "NQ",
    ),
    (
        "risk.medical_claim",
        "en",
        (
            "stop taking",
            "stop using",
            "stop your",
            "stop ur",
            "quit taking",
            "quit using",
            "quit your",
            "ditch",
            "throw away",
            "flush",
            "skip your",
            "skip ur",
            "skip all",
            "don't need",
            "dont need",
            "do not need",
            "don’t need",
        ),
        r"\b(?:stop|quit) (?:taking|using|your|ur)\s+(?:your |ur |the |their |his |her )?" + _TREATMENT + r"\b"
        r"|\b(?:throw away|ditch|flush|skip) (?:your|ur|all your|their) " + _TREATMENT + r"\b"
        r"|\byou (?:don't|do not|dont) need (?:your |ur |the |any )?" + _TREATMENT + r"\b",
        "NQ",
    ),
    (
        "risk.medical_claim",
        "en",
        (
            "vaccines cause",
            "vaccine causes",
            "vaccines caused",
            "vaccine caused",
            "vaccines give",
            "vaccine gives",
            "hoax",
            "fake",
            "not real",
            "cause aids",
            "bleach",
            "disinfectant",
            "mms",
            "chlorine",
            "turpentine",
            "peroxide",
            "kerosene",
            "want you to know",
            "miracle",
            "hiding the cure",
            "poison",
            "100%",
        ),
        r"\bvaccines? (?:cause|causes|caused|give you|gives you) (?:autism|cancer|infertility|sids|death|aids|turbo cancer)\b"
        r"|\b(?:covid|the virus|hiv|cancer|aids|diabetes) (?:is|was) (?:a |just a )?(?:hoax|fake|made up|not real)\b|\bhiv (?:doesn't|does not|dont) cause aids\b"
        r"|\b(?:drink|drinking|inject|injecting|gargle|gargling) (?:bleach|disinfectant|mms|chlorine dioxide|turpentine|hydrogen peroxide|kerosene)\b"
        r"|\bdoctors (?:don't|do not|dont) want you to know\b|\bmiracle (?:cure|pill|remedy)\b|\b(?:big pharma|they) (?:is|are) hiding the cure\b"
        r"|\bchemo is (?:just )?poison\b|\b100% (?:natural )?(?:cure|guaranteed to cure)\b",
        "NQ",
    ),
    (
        "risk.medical_claim",
        "es",
        ("cura", "elimina", "revierte", "sana"),
        r"\b(?:t[ée]|hierbas?|aceites? esenciales?|bicarbonato|lim[óo]n|ajo|jengibre|c[úu]rcuma|vinagre|miel|suplementos?|vitaminas?|di[óo]xido de cloro|mms|ivermectina|cannabis|marihuana|ayuno|jugos?|detox|este producto|remedio natural|orina)\b"
        + _FILL
        + r"\s+(?:cura|curan|cur[óo]|elimina|eliminan|revierte|sana)\s+(?:el |la |los |las )?(?:c[áa]ncer|diabetes|autismo|covid|vih|sida|tumores?|artritis|depresi[óo]n|hepatitis|infecciones?)\b",
        "NQ",
    ),
    (
        "risk.medical_claim",
        "es",
        (
            "deja de tomar",
            "dejar de tomar",
            "vacunas causan",
            "vacunas provocan",
            "vacunas dan",
            "no necesitas",
            "lejía",
            "lejia",
            "cloro",
            "milagros",
        ),
        r"\bdeja(?:r)? de tomar (?:tu|tus|la|el|su|sus) (?:insulina|medicamentos?|medicinas?|pastillas|quimio(?:terapia)?|tratamiento)\b"
        r"|\blas vacunas (?:causan|provocan|dan) (?:autismo|c[áa]ncer|infertilidad)\b|\bno necesitas (?:tu |la |tus |las )?(?:insulina|quimio|medicamentos|medicinas|vacunas)\b"
        r"|\b(?:toma|tomar|beber|bebe|tomen) (?:lej[íi]a|cloro|di[óo]xido de cloro|mms)\b|\bcura milagrosa\b",
        "NQ",
    ),
    (
        "risk.medical_claim",
        "ru",
        ("лечит", "вылечива", "вылечил", "излечива", "исцеля", "избавляет", "убивает"),
        r"\b(?:чай|травы|трава|сода|чеснок|имбирь|куркума|м[её]д|уксус|перекись|керосин|голодание|витамин\w*|бад\w*|масл\w+|этот препарат|это средство|настойк\w+|моча)\b"
        + _FILL
        + r"\s+(?:лечит|вылечивает|вылечил\w*|излечивает|исцеляет|избавляет от|убивает)\s+(?:\S+\s+)?(?:рак\w*|диабет\w*|аутизм\w*|ковид\w*|вич|спид\w*|опухол\w*|гепатит\w*|депресси\w*)",
        "NQ",
    ),
    (
        "risk.medical_claim",
        "ru",
        ("брось", "бросьте", "перестань", "перестаньте", "прекрати", "прививки", "не нуж", "чудо"),
        r"\b(?:брось|бросьте|перестань|перестаньте|прекрати|прекратите) (?:принимать|пить|колоть) (?:инсулин|лекарства|таблетки|химию|химиотерапию|антидепрессанты|терапию)"
        r"|\bпрививки (?:вызывают|вызовут) (?:аутизм|рак|бесплодие)|\bвам не нуж(?:ен|на|ны) (?:инсулин|химия|химиотерапия|лекарства|таблетки)|\bчудо-?(?:средство|лекарство)",
        "NQ",
    ),
    # ------------------------------------------------------------ legal
    (
        "risk.legal",
        "en",
        (
            " sue ",
            " sue,",
            " sue.",
            "court",
            "report you",
            "report this",
            "report them",
            "report the",
            "report y'all",
            "complaint",
            "lawsuit",
            "charges",
            "lawyer",
            "attorney",
            "file a claim",
            "file claim",
            "grievance",
            "file a report",
        ),
        r"\b(?:i'll|i will|i'm (?:gonna|going to)|im (?:gonna|going to)|i am (?:gonna|going to)|we'll|we will|we're (?:gonna|going to)|gonna|i should|i want to|i plan to|i intend to|i'm about to)\s+"
        r"(?:sue|take (?:you|this|them|the clinic|this clinic|the hospital|y'all) to court|report (?:you|this|them|the clinic|this clinic|this stream|this channel|the doctor|y'all)|"
        r"file (?:a )?(?:complaint|lawsuit|claim|grievance|report)|press charges|get (?:a|my) lawyer|call (?:my|a) (?:lawyer|attorney)|contact (?:my|a) (?:lawyer|attorney)|start a lawsuit)\b",
        "N",
    ),
    (
        "risk.legal",
        "en",
        (
            " sue ",
            "suing",
            "court",
            "lawyer",
            "attorney",
            "solicitor",
            "class action",
            "legal action",
            "cease and desist",
            "lawsuit",
        ),
        r"\b(?:sue|suing) (?:you|this|the|them|y'all|your)\b|\bsee you (?:all )?in court\b|\b(?:my|our) (?:lawyers?|attorneys?|solicitors?|legal team) (?:will|is going to|are going to|'ll|is|are|has been|have been) (?:contact|hear|be in touch|call|reach|look|review|deal)"
        r"|\b(?:class action|legal action|cease and desist|a lawsuit)\b(?=[^.?!]{0,40}\b(?:against|on|for)\b)|\btalk(?:ing)? to (?:a|my) (?:lawyer|attorney)\b",
        "N",
    ),
    (
        "risk.legal",
        "en",
        ("report", "hipaa", "gdpr", "complaint", "grievance"),
        r"\breport(?:ing|ed)? (?:you|this(?: clinic| stream| channel)?|them|the clinic|y'all) to (?:the )?(?:fda|ftc|hhs|ocr|bbb|cms|state board|medical board|board|attorney general|ag|authorities|police|regulators?|health department)\b"
        r"|\b(?:hipaa|gdpr) (?:violation|complaint|breach)\b|\b(?:file|filing|filed) (?:a )?(?:complaint|grievance) (?:with|against)\b",
        "N",
    ),
    (
        "risk.legal",
        "es",
        ("demandar", "denunciar", "demanda", "denuncia", "queja", "abogad", "juzgado", "tribunal"),
        r"\b(?:los|las|te|le|les|lo|la) (?:voy|vamos) a (?:demandar|denunciar)\b|\b(?:voy|vamos) a (?:demandar|denunciar|poner una (?:demanda|denuncia|queja)|llamar a mi abogad[oa])\b"
        r"|\bmi abogad[oa] (?:va|se va|les|los|te|lo)\b|\bnos vemos en (?:el )?(?:juzgado|tribunal|los tribunales)\b|\bdemanda (?:colectiva|por negligencia)\b"
        r"|\b(?:queja|denuncia) (?:ante|en|a) (?:la )?(?:profeco|cofepris|secretar[íi]a de salud|fiscal[íi]a|superintendencia)\b",
        "N",
    ),
    (
        "risk.legal",
        "ru",
        ("суд", "засужу", "адвокат", "юрист", "жалоб", "пожалуюсь", "прокуратур", "минздрав", "надзор"),
        r"\b(?:подам|подадим|подаю)\s+(?:на (?:вас|тебя|клинику|них|него)\s+)?(?:в суд|жалобу|заявление)|\bзасужу\b|\b(?:мой|наш) (?:адвокат|юрист) (?:с вами|свяжется|разберется|разберётся)"
        r"|\bувидимся в суде\b|\b(?:напишу|пожалуюсь|обращусь|подам жалобу)\s+(?:жалобу\s+)?(?:в|на) (?:прокуратуру|минздрав|росздравнадзор|роспотребнадзор|полицию|суд)",
        "N",
    ),
]

# ---------------------------------------------------------------- advice requests
# A viewer asking about their own (or a named relative's) health needs three things
# together: a personal marker, a health topic, and a question or request for advice.
ADVICE: dict[str, tuple[str, str, str]] = {
    "en": (
        r"\b(?:i|i'm|im|i've|ive|i'd|me|my|myself|should i|can i|do i)\b",
        r"\b(?:dose|doses|dosage|dosing|\d+ ?mg|milligrams?|pills?|tablets?|meds|medications?|medicine|insulin|metformin|ibuprofen|advil|motrin|tylenol|"
        r"acetaminophen|paracetamol|aspirin|antibiotics?|amoxicillin|xanax|zoloft|prozac|adderall|lexapro|sertraline|gabapentin|prednisone|ozempic|"
        r"semaglutide|wegovy|birth control|plan b|symptoms?|fever|rash|lump|chest pains?|pains?|aches?|headaches?|migraines?|bleeding|blood pressure|blood sugar|"
        r"glucose|a1c|short(?:ness)? of breath|dizzy|dizziness|nause(?:a|ous)|vomiting|diarrh(?:ea|oea)|cough(?:ing)?|infection|swelling|swollen|"
        r"side effects?|interact(?:ions?)?|mix(?:ing)?|overdose|pregnan(?:t|cy)|period|spotting|discharge|stds?|stis?|mole|allerg(?:ic|y|ies)|"
        r"diagnos\w+|test results?|lab results?|biopsy|prescri(?:bed|ption))\b",
        r"\?|\b(?:should|can(?= (?:i|we|he|she|my|u|you|it|they|someone)\b)|could(?= (?:i|we|he|she|my|u|you|it|they|this|that)\b)|is it (?:ok|okay|safe|normal|bad|dangerous|serious)|safe to|how (?:much|many|often|long)|what (?:dose|should|do|can)|"
        r"do i need|do you think|is this|is that|worried|wondering|advice|recommend|any tips|what would you)\b",
    ),
    "es": (
        r"\b(?:yo|me|mi|mis|tengo|tomo|estoy|puedo|debo)\b",
        r"\b(?:dosis|\d+ ?mg|miligramos|pastillas?|medicamentos?|medicinas?|insulina|ibuprofeno|paracetamol|aspirina|antibi[óo]ticos?|s[íi]ntomas?|fiebre|"
        r"dolor|sangrado|presi[óo]n|az[úu]car (?:en (?:la )?sangre|alta|baja|de \d+|en \d+)|niveles? de az[úu]car|mareos?|n[áa]useas?|tos|infecci[óo]n|embarazada|efectos secundarios|mezclar|interacci[óo]n|lunar|bulto)\b",
        r"\?|¿|(?<!\bno )\b(?:debo|puedo|es normal|es seguro|es peligroso|cu[áa]nt[oa]s?|qu[ée] hago|qu[ée] debo|me recomiendan|recomiendas|me preocupa)\b",
    ),
    "ru": (
        r"\b(?:я|мне|меня|мой|моя|мои|моему|моей|мама|маме|папа|папе|сын|сыну|дочь|дочке|ребенок|ребёнок|ребенку|ребёнку|муж|мужу|жена|жене)\b",
        # (?<!\d): a number is read from its first digit; without it a long digit run was rescanned from
        # every digit (quadratic). The matches are the same: a run's first digit is the leftmost start.
        r"(?:доз\w*|(?<!\d)\d+ ?мг|таблет\w*|лекарств\w*|инсулин\w*|ибупрофен\w*|парацетамол\w*|аспирин\w*|антибиотик\w*|симптом\w*|температур\w*|боль(?:и|ю|ей|ях|ями)?\b|болит|болят|болезн\w*|"
        r"кровотечени\w*|давлени\w*|сахар (?:в крови|\d+)|уровень сахара|головокружени\w*|тошнит|тошнот\w*|кашель|кашля|инфекци\w*|беременн\w*|побочк\w*|побочн\w*|совмещать|сочетать)",
        r"\?|\b(?:можно ли|можно|нужно ли|стоит ли|сколько|что делать|что мне делать|нормально ли|это нормально|опасно ли|посоветуйте|подскажите)\b",
    ),
}

#: Substrings that must appear before the advice-request patterns are tried.
ADVICE_TRIGGERS: tuple[str, ...] = (
    "dose",
    "dosage",
    "dosing",
    *(f"{d}mg" for d in "0123456789"),
    *(f"{d} mg" for d in "0123456789"),
    "milligram",
    "pill",
    "tablet",
    "meds",
    "medication",
    "medicine",
    "insulin",
    "metformin",
    "ibuprofen",
    "advil",
    "motrin",
    "tylenol",
    "acetaminophen",
    "paracetamol",
    "aspirin",
    "antibiotic",
    "amoxicillin",
    "xanax",
    "zoloft",
    "prozac",
    "adderall",
    "lexapro",
    "sertraline",
    "gabapentin",
    "prednisone",
    "ozempic",
    "semaglutide",
    "wegovy",
    "birth control",
    "plan b",
    "symptom",
    "fever",
    "rash",
    "lump",
    "pain",
    "aches",
    "ache ",
    "ache?",
    "headache",
    "migraine",
    "bleeding",
    "blood pressure",
    "blood sugar",
    "glucose",
    "a1c",
    "breath",
    "dizz",
    "nause",
    "vomit",
    "diarrh",
    "cough",
    "infection",
    "swell",
    "swollen",
    "side effect",
    "interact",
    "mixing",
    "mix ",
    "overdose",
    "pregnan",
    "my period",
    "spotting",
    "discharge",
    "stds",
    "stis",
    " std",
    " sti ",
    "a mole",
    "my mole",
    "allerg",
    "diagnos",
    "test result",
    "lab result",
    "biopsy",
    "prescri",
    "dosis",
    "pastilla",
    "medicamento",
    "medicina",
    "insulina",
    "ibuprofeno",
    "aspirina",
    "antibi",
    "ntoma",
    "fiebre",
    "dolor",
    "sangrado",
    "presión",
    "presion",
    "azúcar",
    "azucar",
    "mareo",
    "náusea",
    "nausea",
    " tos",
    "infecci",
    "embarazada",
    "efectos secundarios",
    "mezclar",
    "interacci",
    "lunar",
    "bulto",
    "доз",
    "таблет",
    "лекарств",
    "инсулин",
    "ибупрофен",
    "парацетамол",
    "аспирин",
    "антибиотик",
    "симптом",
    "температур",
    "болит",
    "боль",
    "кровотечен",
    "давлен",
    "сахар",
    "головокружен",
    "тошн",
    "кашл",
    "кашель",
    "инфекц",
    "беременн",
    "побоч",
    "совмещать",
    "сочетать",
    *(f"{d} мг" for d in "0123456789"),
    *(f"{d}мг" for d in "0123456789"),
)

#: Words that cancel a negation-aware rule when they occur shortly before it in the same clause.
NEGATORS = (
    r"(?:\b(?:not|don't|dont|doesn't|doesnt|didn't|didnt|never|no|isn't|isnt|won't|wont|wouldn't|wouldnt|can't|cant|cannot|"
    r"nothing|nobody|ain't|aint|shouldn't|shouldnt|stop saying|myth|false|fake news|nunca|jam[áa]s|nada|ni|tampoco|"
    r"не|ни|нет|никогда|ничего|никто)\b)"
)
