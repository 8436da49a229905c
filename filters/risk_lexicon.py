# ruff: noqa: E501  (lexicon tables: one concept per line reads best)
"""Concept lexicons for the risk filter, per language, and the clause compositions built from them.

A *concept* is a family of words (a violent act, a target, a first-person
intent, a remedy, a condition, a legal actor...) written as a regular
expression fragment of stems and inflections, never as a sentence. A
*composition* is a category's pattern: concepts in order inside one clause,
joined by :data:`GAP` (a few words that cross no sentence or clause break).
Patterns run on :func:`castguard.filters.normalize.deobfuscate`'s readable copy (lower
case, leetspeak and spacing undone), and every hit is then checked by
:func:`castguard.filters.speech.context` (negation, quotation, idiom...).

Russian concepts carry their common Latin transliterations too (``ub'yu``,
``tebya``), since viewers type Russian on Latin keyboards.

Every fragment is a flat alternation of literals with bounded gaps: linear
time, whatever the input.
"""

from __future__ import annotations

#: A short stretch of the same clause: up to 40 characters, no sentence or clause punctuation.
GAP = r"[^.!?;\n]{0,40}?"
#: A shorter one: up to 20 characters.
NEAR = r"[^.!?;\n]{0,20}?"
#: Before a verb of complaining: not after a modal, for "you can report side effects to the FDA" tells others
#: where to turn; it is not the writer's complaint.
NOT_ADVISED = r"(?<!can )(?<!could )(?<!should )(?<!may )(?<!must )(?<!might )"


def _w(*stems: str) -> str:
    """Whole words starting with any of ``stems`` (a stem ending in ``$`` must end there)."""
    parts = [s[:-1] + r"\b" if s.endswith("$") else s + r"\w*" for s in stems]
    return r"\b(?:" + "|".join(parts) + ")"


#: Bodies a complaint about a clinic, a brand or a stream is taken to, by name: one list for every English legal
#: rule (the concept lexicon, the send-to and complaint-filed rules, "regulator2", "regulator-more").
_EN_REGULATOR_BODY = (
    r"(?:fda|ftc|hhs|ocr|bbb|dea|oig|mhra|tga|hpcsa|nmc|gmc|cqc|cofepris|profeco|(?:state )?(?:medical|nursing|pharmacy|licensing|labor) board"
    r"|state board|board of (?:medicine|pharmacy|nursing)|(?:state )?attorney general(?:'s)?(?: office)?|district attorney"
    r"|(?:state )?health (?:dept|department)|department of health|regulators?|consumer protection(?: agency)?|better business bureau"
    r"|(?:health )?ombudsman|joint commission|trading standards|medical (?:and dental )?council)"
)
#: The same, with the words that name such a body only after a verb of sending or reporting ("sent it to the board",
#: "reported them to the police", "reported to medicare"; "call now with your medicare number" is no complaint, nor
#: is a child sent to "the board school").
_EN_REGULATOR = (
    r"(?:"
    + _EN_REGULATOR_BODY
    + r"|the board(?! (?:school|game|exam|room|meeting)s?\b)|ag|da|asa|police|cops|cms|medicare|medicaid)"
)

# ================================================================ English
EN = {
    "intent": r"\b(?:i'?ll|ill|i will|i'?m (?:gonna|going to|about to|coming to|bringing)|im (?:gonna|going to|about to|coming to|bringing)|i am (?:gonna|going to|about to)|imma|ima|i'?ma|gonna|going to|we'?ll|we will|we'?re (?:gonna|going to)|i want to|i wanna|i'?d love to|someone (?:should|needs to|ought to|will|is (?:gonna|going to))|one more \w+ and (?:i|we)|(?:keep (?:it up|talking|this up)|do (?:it|that) again|ban me (?:again )?) and (?:i|we)(?: will)?|somebody (?:should|needs to|will)|i swear|i might|i'?m|im|next time|one day|soon|tonight|tomorrow|tmrw)\b",
    "violent": _w(
        "kill",
        "k1ll",
        "murder",
        "stab",
        "shoot$",
        "shot$",
        "shoot up",
        "gun down",
        "strangl",
        "chok",
        "beat$",
        "beat up",
        "beating",
        "punch",
        "smash",
        "break (?:your|ur|his|her|their|the) (?:jaw|legs?|neck|face|nose|arms?|skull)",
        "breaking (?:your|ur|his|her|their|the) (?:jaw|legs?|neck|face|nose|arms?|skull)",
        "slit",
        "slash",
        "cut (?:you|u|him|her)",
        "hurt$",
        "hurting",
        "burn$",
        "burn down",
        "torch",
        "blow up",
        "bomb$",
        "bombing",
        "behead",
        "hang$",
        "lynch",
        "rape",
        "run (?:you|u|him|her) over",
        "put a bullet",
        "bullet in",
        "end (?:you|u|him|her|them)",
        "jump (?:you|u|him|her)",
        "curb ?stomp",
        "cap$",
        "waste$",
        "whoop",
        "body$",
        "bodied",
        "shank",
        "stomp",
        "throttle",
        "maim",
        "cripple (?:you|u|him|her|them)",
        "gut (?:you|u|him|her|them)",
        "pistol ?whip",
        "torture",
        "kidnap",
        "abduct",
        "dismember",
        "decapitat",
        "throw acid",
        "acid (?:in|on) (?:your|ur|his|her)",
    ),
    # Acts that name their victim themselves ("snap your neck", "put you in the hospital"): no target needs to follow.
    "violent_obj": _w(
        "snap (?:your|ur|his|her|their) (?:neck|spine|legs?|arms?|fingers?)",
        "crack (?:your|ur|his|her|their) (?:skull|head|ribs?|jaw)",
        r"cave (?:your|ur|his|her|their|the) (?:\w+ )?(?:in|skull|face|head)",
        r"bash (?:your|ur|his|her|their) (?:\w+ )?(?:head|face|skull|brains?|teeth)",
        "knock (?:your|ur|his|her|their) (?:teeth|head|lights|block)",
        "kick (?:your|ur|his|her|their) (?:ass|head|teeth|face)",
        "rip (?:your|ur|his|her|their) (?:throat|head|face|heart|tongue|eyes)",
        "break every bone",
        "breaking every bone",
        "beat the (?:shit|crap|hell|life|living) out",
        "slap (?:you|u|him|her|them|your|ur)",
        "smack (?:you|u|him|her|them)",
        "mess (?:you|u|him|her|them) up",
        r"f(?:uck|\*+|kn|ck) (?:you|u|him|her|them) up",
        "tear (?:you|u|him|her|them) apart",
        "skin (?:you|u|him|her|them) alive",
        "bury (?:you|u|him|her|them) alive",
        "drown (?:you|u|him|her|them)",
        "poison (?:you|u|him|her|them|your|ur)",
        r"set (?:you|u|him|her|them|your \w+|ur \w+) on fire",
        "light (?:you|u|him|her|them) up",
        "make (?:you|u|him|her|them) (?:bleed|suffer|disappear)",
        r"put (?:you|u|him|her|them|that \w+) in (?:the|a) (?:hospital|ground|grave|coffin|wheelchair|body bag|morgue|icu|er)",
        "end (?:your|ur|his|her|their) (?:life|lives|miserable)",
        r"run (?:you|u|him|her|them|that \w+) (?:over|down)",
        "put a knife in",
        "knife (?:you|u|him|her|them)",
        "slap the (?:taste|shit|crap|life) out",
    ),
    "target": r"\b(?:you|u|ya|y'?all|yall|him|her|them|ur|your|his|that|this|the|every(?:one|body)|every one of|each (?:one )?of|all of you|@\w+|dr\.? ?\w+|doc|doctor|nurse|host|staff|trainer|coach|pharmacist|you people|u people)\b",
    "weapon": _w(
        "gun",
        "glock",
        "pistol",
        "rifle",
        "ar-?15",
        "ak-?47",
        "shotgun",
        "knife",
        "knives",
        "machete",
        "bat$",
        "bomb",
        "explosive",
        "grenade",
        "gasoline",
        "petrol",
        "lighter fluid",
        "acid",
        "ammo",
        "bullet",
        r"\d+ ?gauge",
        "9 ?mm",
        "crossbow",
        "axe$",
        "hatchet",
        "crowbar",
        "brass knuckles",
        "🔪",
        "molotov",
    ),
    "place": _w(
        "clinic",
        "hospital",
        "pharmac",
        "studio",
        "building",
        "office",
        "lobby",
        "gym",
        "school",
        "fundraiser",
        "event",
        "stream ?event",
        "parking",
        "branch",
        "store",
        "shop",
        "center",
        "centre",
        "er$",
        "ward",
        "waiting room",
        "house",
        "home",
        "place$",
    ),
    "place_harm": _w(
        "burn$",
        "burns$",
        "go up in flames",
        "explode",
        "blow up",
        "blown up",
        "on my list",
        "be sorry",
        "gonna pay",
        "will pay",
        "won't be standing",
        "wont be standing",
        "be next",
        "is next",
        "shooting",
        "s h o o t",
    ),
    "know_where": r"\b(?:i|we)(?:'ll| will| am gonna|'m gonna| are gonna|'re gonna) (?:find out|figure out) where (?:you|u|she|he|they) (?:live|work|sleep|park)s?\b|\b(?:i|we) (?:know|found|found out|figured out|have|got) (?:where|which|what|when|ur|your) (?:(?:you|u|she|he|they|ur|your|the doc\w*) )?(?:\w+ )?(?:live|lives|park|parks|work|works|sleep|sleeps|car|house|address|street|kids?|school|leave|get off|insta|home)\b|\b(?:i|we|i'?ve|we'?ve) found (?:ur|your|his|her) (?:street|address|house|insta|home|car|family|kids)\b",
    "meet": r"\b(?:catch|wait for|waiting for) (?:you|u|ya|him|her) (?:outside|in the parking|alone|when)\b|\bwaiting for (?:you|u|ya) after\b|\b(?:see|meet) (?:you|u|ya|him|her) (?:outside|in the parking|alone)\b|\b(?:see|meet) (?:you|u|ya|him|her) (?:after|at) (?=[^\n]{0,60}(?:just (?:you|u) and me|in person this time|parking|back door|alone|🔪|🔫|💀|i'?ll be waiting))|\b(?:i'?ll be|i'?m|im|i will be|we'?ll be|i am) (?:\w+ )?waiting (?:outside (?:your|ur)|afuera|for (?:you|u)\b|by (?:your|ur)|at (?:your|ur))|\bwatch (?:your|ur|yo) back\b(?! (?:posture|form|muscles?|pain|injur\w*|alignment|during|when|while|on (?:deadlifts|squats|rows)))|\b(?:you|u)(?:'ll| will|ll)? (?:\w+ )?regret\b(?! (?:not\b|(?:it )?if (?:you|u) (?:don'?t|dont|miss|skip)))|\b(?:you|u)(?:'re| are|re| r)? (?:gonna|going to) regret\b|\bwatch what happens to (?:you|u|your|ur)\b|\b(?:you|u) (?:won'?t|wont|will not) live (?:to see|through|past|long)\b|\bwon'?t make it home\b|\bwont make it home\b|\b(?:would|be) a shame if something (?:happened|happens)\b|(?<!\bi )(?<!\bi really )(?<!\bi just )\bdeserve[sd]? (?:a beating|to (?:die|be shot|be hurt|suffer|bleed))\b|\bteach (?:you|u|him|her|them|that \w+|the \w+) a lesson\b|\b(?:i'?m|im|i am|we'?re|we are) coming for (?:you|u|ya|him|her|them|your|ur)\b|\b(?:you|u)(?:'d| had)? better (?:hope|pray) (?:we|i) never meet\b|\bbullet with (?:your|ur|his|her) name on it\b|\benjoy (?:your|ur) last (?:stream|day|days|week|show|breath|shift|night)\b|\beating through a straw\b|\b(?:you|u)(?:'re| are| r|re)? (?:gonna |going to )?(?:go|going|end up|be) (?:in the ground|six feet under|in a (?:body bag|coffin|grave))\b|\b(?:you|u)(?:'ll|ll| will) pay for (?:this|that|what (?:you|u) (?:did|said))\b|\bdo to (?:you|u) what i did to\b|\b(?:you|u)(?:'re| are| r|re) (?:so |already )?(?:dead|next)\b|\bcount (?:your|ur) days\b|\btick tock\b|\bsleep with one eye open\b|\bstay home if (?:you|u) (?:like|love|value)\b|\bgetting hurt\b|\bby my (?:hands?|gun)\b|\byour days are numbered\b|\bi'?ll be the one\b|\bi might be the one\b|\bkeep talking\b(?=.*\b(?:poured|gas|fire|gun|bomb)\b)",
    # ---------------------------------------------------------- self-harm
    "self_act": r"\b(?:kill(?:ing)?|k1ll|hurt(?:ing)?|cut(?:ting)?|hang(?:ing)?|unaliv\w*|off(?:ing)?|end(?:ing)?|burn(?:ing|ed)?|starv\w*|harm(?:ing)?) (?:my ?self|mys3lf|myslef|meself)\b(?! (?:with|on|doing) (?:these|this|the|all (?:these|this|the)|my|those) (?:\w+ )?(?:stairs|workouts?|training|squats|burpees|exercises?|reps|sets|cardio|work|homework|studying|overtime|diet|job|hills|runs?|laps|classes?|shifts?)\b)|\bunaliv\w*\b|\bend (?:it all|my life|things|my own life|everything)\b|\btake my (?:own )?life\b|\bkms\b|(?<!\babout )(?<!\bof )(?<!\bon )(?<!\bthe )(?<!\bis )(?<!\bare )(?<!\btheir )(?<!\bhis )(?<!\bher )\bself[- ]?harm\w*\b(?! (?:often|is|isn'?t|can|awareness|resources|prevention|support|hotlines?|in (?:teens|kids|youth|young people)))",
    "self_wish": r"(?:^\W*|\b(?:i|i'?m|im|i am|i just|i really|i kinda|i honestly|i still|i'?ve|ive|i'?ve been|me)\s+)(?:want|wanna|wish|going|gonna|ready|plan(?:ning)?|thinking (?:about|of)|think about|decided)\b"
    + NEAR
    + r"\b(?:to )?(?:die|be dead|not wake up|disappear forever|never wake up|stop existing|not exist|end it|kill myself|jump)\b|\b(?:don'?t|dont|do not) (?:want|wanna) (?:to )?(?:live|be alive|exist|be here|wake up)\b(?! on\b| in (?:my|a|the)\b| with\b| there\b| near\b)|\bno (?:reason|point) (?:to|in) (?:live|living|going on|being alive)\b|\bnothing (?:left )?to live for\b|\bi (?:can'?t|cant|cannot) (?:do (?:this|it) anymore|go on|take it anymore|keep going)\b|\bbetter off (?:without me|dead)\b|\b(?:nobody|no one|noone) (?:would|will|'?d) (?:notice|miss me|care)\b(?! if i (?:left|leave|skip\w*|went|go|logged|muted|was late|came late|stepped|step)\b)|\bwant (?:the|this|all the) pain to (?:stop|end) (?:forever|for good|permanently)\b|\bi (?:deserve|should|need) to die\b|\bwish i (?:was|were) (?:dead|never born|gone)\b|\b(?:i'?m|im|i am) (?:done|finished) with (?:life|living|everything)\b",
    # Leave-taking that names a return ("see u next stream", "gotta sleep, early shift tmrw") is no farewell.
    "farewell": r"\b(?:goodbye|good bye|bye|farewell) (?:world|forever)\b|\b(?:goodbye|good bye|bye|farewell) (?:everyone|all|chat|guys)\b(?![^\n]*\b(?:see (?:you|u|ya|yall|y'all)|next (?:stream|time|week|live|show)|tomorrow|tmrw|tmr|later|soon|gotta (?:go|sleep|run|work)|good ?night|gn|back (?:in|on|at|tomorrow)|be back|early shift)\b)|\b(?:won'?t|wont|will not) (?:be around|be here|see (?:you|u) again|need (?:them|it|these|this)) (?:after|anymore|where|again|tomorrow)|\bwhere i'?m going\b(?! to\b)|\bwhere im going\b(?! to\b)|\bwrote my (?:letters?|note)\b|\bthis (?:weekend|week|tonight) (?:is )?it\b|\bif i (?:don'?t|dont) wake up\b|\bgave (?:away )?my \w+ (?:and my \w+ )?(?:away|to)\b|\blast (?:stream|message|time) (?:i'?ll|ill|i will|for me)\b|\bsaving (?:up )?(?:my )?pills\b|\bhave the rope\b|\bgot (?:a|the) rope\b|\btaking all (?:my|the|of my) \w*\s?(?:pills|meds|tablets)\b",
    "method_q": r"\b(?:how (?:many|much)|what(?:'s| is)? the (?:quickest|fastest|easiest|most painless|best|least painful) way|whats the (?:quickest|fastest|easiest|best|least painful) way|which)\b"
    + GAP
    + r"\b(?:lethal|overdose|od\b|to die|bleed out|not wake up|never wake up|kill (?:me|myself|a person)|to end it|fatal|deadly|painless)",
    "current_cut": r"\b(?:been|started|keep|kept|still|again)\b"
    + NEAR
    + r"\b(?:cutting|burning|hurting|scratching|hitting) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin))|\b(?:cut|burned|burnt|hurt) (?:myself|my (?:arms?|wrists?|legs?|thighs?)) (?:again|with|last night|today)|\bbeen cutting\b",
    # ---------------------------------------------------------- medical claims
    "remedy": _w(
        "tea",
        "herb",
        "supplement",
        "vitamin",
        "essential oil",
        "oil$",
        "oils$",
        "bleach",
        "mms$",
        "chlorine",
        "turmeric",
        "garlic",
        "ginger",
        "lemon",
        "baking soda",
        "apple cider",
        "acv$",
        "vinegar",
        "honey",
        "colloidal silver",
        "silver$",
        "ivermectin",
        "hydroxychloroquine",
        "hcq$",
        "cbd$",
        "cannabis",
        "weed$",
        "marijuana",
        "detox",
        "cleanse",
        "juice",
        "juicing",
        "fasting",
        "carnivore",
        "keto",
        "raw vegan",
        "crystal",
        "homeopath",
        "urine",
        "prayer",
        "remed",
        "alkaline",
        "enema",
        "ozone",
        "peroxide",
        "kombucha",
        "moringa",
        "black seed",
        "oregano",
        "elderberry",
        "zinc",
        "magnesium",
        "apricot",
        "laetrile",
        "cinnamon",
        "beet",
        "celery",
        "sea moss",
        "borax",
        "kerosene",
        "turpentine",
        "methylene blue",
        "this (?:tea|product|supplement|stuff|drink|remedy|oil|powder|pill|potion|formula|protocol)",
        "my (?:tea|product|supplement|remedy|oil|formula|protocol)",
        "sunlight",
        "cold plunge",
        "grounding",
        "noni",
        "aloe",
        "spirulina",
        "chaga",
        "mushroom",
        "wheatgrass",
        "castor oil",
        "dmso",
        "sungaz",
        "megados",
        "bicarb",
        "salt water",
        "sea water",
        "raw milk",
        "quercetin",
        "bee venom",
        "cow urine",
        "pine needle",
        "dandelion",
        "soursop",
        "graviola",
        "fenbendazole",
        "iodine",
        "red light",
        "rife",
        "frequenc",
        "carrot",
        "cayenne",
        "clove",
        # objects worn or carried as cures, and more plants of the same claims
        "amber",
        "magnet",
        "copper bracelet",
        "onion",
        "hawthorn",
        "gerson",
        "miracle drop",
    ),
    "claim_verb": r"\b(?:cures?|cured|curing|heals?|healed|reverses?|reversed|reversing|eliminates?|eliminated|eradicates?|kills? (?:every|all|any|the)|prevents?|prevented|fixes|fixed|destroys?|melts?|dissolves?|gets? rid of|got rid of|is (?:a|the) (?:cure|treatment|answer) for|works better than|beats|does the same job|replaces|100% (?:cures?|works|effective))\b",
    "claim_passive": r"\b(?:is|are|was|were|can be|gets|got) (?:\w+ )?(?:cured|reversed|healed|eliminated|fixed|gone|eradicated|starved(?: out)?|wiped out|flushed out|dissolved|melted(?: away)?|cleared(?: out)?|beaten|prevented|normali[sz]ed)(?: forever| for good| completely| naturally)? (?:by|with|w|using|through|thru|in \d+)\b(?! (?:the |a |an |his |her |my |their )?(?:chemo\w*|radiation|surgery|antibiotics?|antivirals?|antiviral \w+|treatment|medication|meds|insulin|doctors?|vaccines?|immunotherapy|drugs?|statins?|transplant|stents?|hospital|dialysis)\b)",
    "disease": _w(
        "cancer",
        "tumou?r",
        "diabet",
        "autism",
        "autistic",
        "covid",
        "corona",
        "hiv$",
        "aids$",
        "alzheimer",
        "dementia",
        "arthritis",
        "depression",
        "asthma",
        "hepatitis",
        "lupus",
        "sclerosis",
        "herpes",
        "leukemia",
        "heart disease",
        "heart attack",
        "stroke",
        "high blood pressure",
        "hypertension",
        "blood pressure",
        "bp$",
        "infection",
        "measles",
        "parkinson",
        "crohn",
        "psoriasis",
        "eczema",
        "adhd",
        "schizophren",
        "anxiety",
        "obesity",
        "std",
        "virus",
        "viruses",
        "every virus",
        "all diseases",
        "every disease",
        "everything",
        "type [12]",
        "t1d",
        "t2d",
        "cholesterol",
        "clogged arteries",
        "arteries",
        "afib",
        "a-?fib",
        "arrhythmia",
        "kidney disease",
        "cavities",
        "flu$",
        "ms$",
        "epilepsy",
        "thyroid",
        # the heart's conditions by name
        "atrial fibrillation",
        "fibrillation",
        "heart failure",
        "angina",
    ),
    "conspiracy": r"\b(?:vaccin\w*|vax\w*|jabs?|shots?|mrna|the shot) (?:\w+ )?(?:causes?|caused|cause|gives? (?:you|u|kids)|change|changes|alter|alters|rewrite|contains?|has|have|is|are) (?:\w+ )?(?:autism|cancer|turbo cancer|infertility|sids|death|aids|your dna|ur dna|dna|microchips?|chips?|poison|graphene|magnet\w*|sterile|sterility)\b|\b(?:big pharma|the drug companies|pharma|doctors|the government|the fda|the cdc)\b"
    + GAP
    + r"\b(?:hid(?:e|es|ing|den)?|suppress\w*|bury|buried|don'?t want (?:you|u) to know|dont want (?:you|u) to know|won'?t tell|wont tell|never tell|paid (?:off|by))\b|\b(?:had|have|has) the cure\b|\bcure (?:for \w+ )?(?:exists|is hidden|is being hidden)\b|\b(?:5g|fluoride|chemtrails?|wifi|vaccines?)\b"
    + GAP
    + r"\b(?:is what|are what|causes?|causing|making|made|gives?)\b"
    + NEAR
    + r"\b(?:sick|cancer|adhd|autism|covid|disease|illness)\b|\b(?:covid|the virus|hiv|cancer|aids|diabetes|germs|viruses) (?:is|was|are) (?:a |just a |all a )?(?:hoax|fake|made up|not real|a lie|a scam)\b|\b(?:chemo(?:therapy)?|statins?|insulin|vaccines?|antidepressants?|meds|medication|blood pressure pills|bp (?:meds|pills)|pharma drugs) (?:is|are|r|=) (?:just |literally |pure |a )?(?:poison|toxic|a scam|scams|mind control|useless|killing)\b|\b(?:chemo|meds|vaccines?|statins?) (?:kills?|kill) more\b|\bdoctors hate (?:this|him|her)\b|\b(?:autism|cancer|sids|infertility|allergies|adhd|diabetes|alzheimer'?s|dementia)\b (?:is|are|was|were) (?:\w+ )?caused by (?:the )?(?:\w+ ){0,2}(?:vaccin\w*|vax\w*|shots?|jabs?|fluoride|5g|chemtrails|wifi|mrna)\b|\b(?:fluoride|5g|wifi|chemtrails?|vaccines?|the shot)\b[^.!?;\n]{0,30}?\b(?:lowers?|damages?|destroys?|rots?|calcif\w+|shrinks?)\b (?:\w+ ){0,2}(?:iq|brains?|pineal|dna|fertility|sperm)\b|\bmiracle (?:cure|pill|remedy|product|water)\b",
    "stop_treat": r"\b(?:stop|quit|ditch|drop|throw (?:out|away)|threw (?:out|away)|flush|dump|toss|skip|get off|come off|ditch(?:ed)?) (?:taking |using |all |your |ur |their |her |his |the |those |these |them )*(?:insulin|meds|medications?|medicine|chemo\w*|antidepressants?|blood ?pressure (?:meds|pills|medication)|bp (?:meds|pills)|statins?|inhalers?|prescriptions?|antibiotics|hiv meds|arvs?|treatment|therapy|pills|shots|blood thinners?|warfarin|metformin)\b|\byou (?:don'?t|dont|do not) need (?:your |ur |the |any )?(?:insulin|meds|medications?|medicine|chemo|doctors?|statins?|pills|vaccines?)\b|\bno need for (?:meds|medication|insulin|chemo|pills|statins)\b",
    "stop_tail": r"\b(?:u should all|you should all|everyone should|y'?all should|do the same|you should too|u should too|try it|trust me|wake up)\b",
    # ---------------------------------------------------------- legal
    "legal_act": _w(
        "sue$",
        "sued$",
        "suing",
        "lawsuit",
        "law suit",
        "malpractice suit",
        "legal action",
        "class action",
        "cease and desist",
        "press(?:ing)? charges",
        "file (?:a )?(?:claim|complaint|report|suit|grievance)",
        "filing (?:a )?(?:claim|complaint|suit)",
        "filed (?:a |my )?(?:claim|complaint|report|suit|malpractice)",
    ),
    "legal_actor": _w("lawyer", "attorney", "solicitor", "law firm", "legal team", "legal counsel", "my counsel"),
    "regulator": r"\b" + _EN_REGULATOR_BODY + r"\b",
    "report_verb": NOT_ADVISED
    + r"\b(?:report(?:ing|ed)?|complain(?:ing|ed)?|file[ds]? (?:a )?complaint|filing (?:a )?complaint|writing to|write to|contact(?:ing|ed)? (?:the )?|call(?:ing|ed)? (?:the )?|talk(?:ing)? to (?:the )?|tell(?:ing)? (?:the )?)\b",
    "legal_future": r"\b(?:will|gonna|going to|is going to|are going to|'ll|ll|hear about|hearing about|be in touch|contact|contacted|call(?:ing)?|calling|talking to|talk to|spoke to|spoken to|collecting|getting|get|got|have|has|already|incoming|coming|expect|on (?:it|the way)|already on|is on)\b",
    "you_party": r"\b(?:you|u|ur|your|y'?all|yall|this (?:clinic|hospital|pharmacy|channel|stream|company|doctor|place)|the (?:clinic|hospital|pharmacy|doctor|host|company|brand)|them|him|her|dr\.? ?\w+|nurse \w+)\b",
    "malpractice": r"\b(?:this is|that'?s|that was|it'?s|its) (?:medical )?malpractice\b|\bmalpractice (?:claim|suit|case|lawsuit)\b|\b(?:hipaa|gdpr) (?:violation|complaint|breach)\b|\bsee (?:you|u|y'?all) in court\b|\b(?:getting|gonna get|will get|about to get|r getting|are getting) sued\b|\b(?:taking|take) (?:you|u|this|them|y'?all) to court\b|\blose (?:your|ur) licen[cs]e\b",
    # ---------------------------------------------------------- harassment
    "slur": _w(
        "retard$",
        "retarded$",
        "r3tard",
        "tard$",
        "faggot",
        "fag$",
        "fags$",
        "tranny",
        "trannies",
        "shemale",
        "nigg",
        "n1gg",
        "chink",
        "spic$",
        "spics$",
        "wetback",
        "kike",
        "raghead",
        "towelhead",
        "sand ?n",
        "gook",
        "coon$",
        "beaner",
        "paki$",
        "gypsy",
        "cripple$",
        "spaz",
        "mongoloid",
        "whore",
        "slut",
        "skank",
        "bitch",
        "cunt",
        "heifer",
        "landwhale",
        "land whale",
        "hag$",
        "tranny",
    ),
    # Someone addressed or pointed at: second person, an @handle, the host or staff, "she's a", an order to leave.
    "address": r"\b(?:you|u|ur|you'?re|youre|ya|y'?all|yall|@\w+|(?:the|that|this|our|ur|your) (?:host|streamer|doctor|doc|nurse|coach|trainer|mod|guy|girl|chick|lady|woman|dude|pharmacist)|she'?s|he'?s|shes|hes|she is|he is|such a|what a|stfu|shut up|fuck off|go away|get out)\b",
    "degrade": r"\b(?!pig[- ]?headed)(?:ugly|fat|fatso|fatass|obese|disgusting|gross|hideous|worthless|useless|pathetic|stupid|dumb|idiot|moron|loser|virgin|freak|pig|cow|whale|hag|trash|garbage|subhuman|animal|ape|monkey|creep|clown|waste of space|waste of oxygen|braindead|brain ?dead|incel|simp|brainless|talentless|clueless|fraud|imbecile|cretin|dimwit|halfwit|dumbass|dipshit|scum|scumbag|lowlife|degenerate|parasite|buffoon|failure|disgrace|embarrassment|abomination|eyesore|troglodyte|neanderthal|repulsive|revolting|vile|wretched|unwatchable|insufferable|unbearable|idiotic|dense|airhead|bimbo|skank|slob|swine|leech)\b",
    "you_are": r"(?:\b(?:you|u|ur|you'?re|youre|u r|your|this|that|the|she|he|she'?s|he'?s|shes|hes|host|@\w+)\b)",
    "identity": _w(
        "women",
        "woman",
        "girls",
        "females",
        "men$",
        "gay",
        "gays",
        "lesbian",
        "trans$",
        "muslim",
        "islam",
        "jew",
        "jewish",
        "christian",
        "black",
        "white",
        "asian",
        "mexican",
        "indian",
        "chinese",
        "arab",
        "african",
        "immigrant",
        "foreigner",
        "latino",
        "latina",
        "migrant",
        "refugee",
        "disabled",
        "wheelchair",
        "autistic",
        "old (?:people|folks|hag|man|woman)",
        "boomer",
        "fatties",
        "fat people",
    ),
    "identity_pred": r"\b(?:shouldn'?t|shouldnt|should not|can'?t|cant|cannot|don'?t belong|dont belong|aren'?t|arent|are not|only got|never should|have no business|belong in|are all|are just|always|probably|only (?:good|hired)|go back|get back|should stay)\b"
    + NEAR
    + r"\b(?:be |being )?(?:doctors?|nurses?|coaches|trainers?|hosts?|here|hired|kitchen|country|diversity|terrorists?|criminals?|animals?|stupid|lazy|dirty|useless|inferior|on (?:tv|camera)|blow up|bomb|sick|freaks?|mentally ill|in charge|allowed)\b",
    "go_back": r"\b(?:go|get) back (?:to|2) (?:ur|your|you're|ya|yo) (?:own )?(?:country|village|jungle|desert|cave|hut|kitchen)\b|\blearn (?:english|to speak english)\b|\bnobody wants (?:you|u) here\b|\bget off my (?:screen|country)\b|\bget back in the kitchen\b|\bback to the kitchen\b|\bmake me a sandwich\b",
    "sexual": r"\b(?:nice|great|big|huge|sexy|hot) (?:tits|boobs|ass|butt|rack|legs|thighs|booty|cans|melons)\b|\b(?:show|flash|shake|twerk) (?:us |me )?(?:ur|your|those|them|the) (?:tits|boobs|ass|butt|body|feet|booty|cleavage)\b|\b(?:fun|good|great|wild) in bed\b|\b(?:she|he|you|u|ya|girl|guy|lady|woman|chick|dude|host|streamer|doc|doctor|nurse|coach|trainer|pharmacist|presenter|instructor|physio|therapist|surgeon|@\w+) (?:has|have|got|gots|with) (?:some |them |those |real |big )?dsl\b|\b(?:nice|those|them|her|his|ur|your|sexy) dsl\b|\bdick sucking\b|\bsuck (?:my|me)\b|\bsit on my\b|\b(?:whats|what'?s|send|drop|give me) (?:ur|your) (?:snap|number|nudes|pics)\b|\bsend (?:me )?nudes\b|\b(?:i'?d|id|i would|wanna|want to) (?:smash|fuck|bang|rail|ruin|breed|eat) (?:her|you|u|that)\b|\bfacing the camera\b|\bthat ass\b|\b(?:get|got|be|go) on (?:your|ur) knees (?:for|4) me\b|\bsugar daddy\b",
    "body_mock": r"(?<!\bwas )(?<!\bwere )(?<!\bi'm )(?<!\bim )(?<!\bam )\b(?:too|so|that|this|such a) (?:fat|ugly|old|skinny|fugly|gross|disgusting|hideous)\b(?! (?:christmas |holiday |old )?(?:sweater|shirt|jumper|dress|outfit|hat|shoes|car|couch|set|background|lamp|logo|thumbnail|font|comments?|weather|music|song|wallpaper|decor|room|studio|design|graphics?|mug|cup|carpet|rug|chair|furniture)s?\b)"
    + r"[^.!?;,\n]{0,40}?"
    + r"\b(?:to be|for|on|even|coach|host|doctor|nurse|trainer|camera|screen|nobody|no one|look)\b|\bput a bag over\b|\b(?:camera|mirror)\b"
    + NEAR
    + r"\b(?:look away|broke|crack)\b|\b(?:dude|man|guy) in a (?:dress|wig)\b|\btalks like a\b",
    # ---------------------------------------------------------- scam
    "rx_drug": _w(
        "oxy",
        "oxycodone",
        "oxycontin",
        "xanax",
        "adderall",
        "ozempic",
        "wegovy",
        "mounjaro",
        "semaglutide",
        "tirzepatide",
        "viagra",
        "v1agra",
        "cialis",
        "c1alis",
        "tramadol",
        "tramad0l",
        "phentermine",
        "modafinil",
        "valium",
        "percocet",
        "vicodin",
        "hydrocodone",
        "fentanyl",
        "codeine",
        "lean$",
        "benzos?",
        "klonopin",
        "ambien",
        "ritalin",
        "vyvanse",
        "steroids",
        "anabolics?",
        "sarms?",
        "trenbolone",
        "testosterone",
        "hgh$",
        "pills$",
        "meds$",
        "heart meds",
        "insulin",
        "antibiotics",
        "ivermectin",
        "painkillers",
    ),
    "no_rx": r"\b(?:no|without|w/?o|without a|no need for|don'?t need a?|dont need a?|no doc(?:tor)?'?s?) (?:\w+ )?(?:script|prescription|rx|doc(?:tor)? needed|doc(?:tor)? visit|doctor|questions asked|id)\b|\bno rx\b|\bno script\b|\bno doc needed\b|\bnon-?prescription\b",
    "sell": r"\b(?:sell(?:ing|s)?|sold|selling|buy (?:from|cheap|here|now)|cheap(?:est)?|discount(?:ed)?|best price|low price|for sale|in stock|plug$|connect|ship(?:ped|ping)?|discreet|deliver(?:y|ed|ing)?|80% (?:cheaper|off)|\d+% cheaper|only \$\d+|\$\d+ (?:only|today)|wholesale|hmu|hit me up|i got|i have|got (?:some|the))\b",
    "contact": r"\b(?:dm|dms|pm|inbox|message|msg|text|whatsapp|whats ?app|watsapp|wa\.me|telegram|tele|tg|signal|snap(?:chat)?|kik|wickr|cashapp|cash app|venmo|zelle|paypal|link in (?:my )?bio|my profile|my bio|click (?:my|the) (?:profile|link)|hmu|hit me up|reach me|contact me|add me|@\w+)\b",
    "contact_ask": r"\b(?:dm|pm|message|msg|text|inbox|contact|add|reach|hmu|hit) (?:me|us|him|her|them)\b|\b(?:on|via|in|at|thru|through) (?:whatsapp|whats ?app|telegram|tele|signal|snap|kik|wickr)\b|\b(?:whatsapp|telegram|tele|signal|snap):\s?\S+|\bmsg me privately\b|\bprivate(?:ly)? (?:message|consult\w*|chat)\b|\bask me how\b|\blink in (?:my )?bio\b|\bclick (?:my|the) (?:profile|link|bio)\b",
    "giveaway": r"\b(?:you|u|ya) (?:have |'ve )?won\b(?!')|\bcongrat\w*\b"
    + GAP
    + r"\b(?:won|winner|prize|selected|chosen)\b|\bclaim (?:ur|your|the) (?:prize|reward|gift|refund|iphone|money)\b|\bfree (?:iphone|ipad|ps5|money|gift ?cards?|bitcoin|btc|eth|crypto|samples? (?:of|for) (?:ozempic|wegovy))\b|\bfirst \d+ (?:ppl|people|viewers)\b|\bsend \d*\.?\d+ ?(?:eth|btc|usdt|sol|bnb)\b|\bget \d*\.?\d+ ?(?:eth|btc|usdt|sol|bnb) back\b|\bdouble (?:ur|your) (?:money|crypto|btc|eth|bitcoins?|coins|usdt|funds|investment|deposit)\b|\bsend (?:\w+ )?(?:btc|eth|usdt|crypto|bitcoin|sol) to (?:this|my|the|our) (?:wallet|address)\b",
    "invest": r"\b(?:invest(?:ing|ed)?|trading|trade|forex|crypto|bitcoin|btc|eth|nft|binary options|mentor|account manager|passive income|profit)\b"
    + GAP
    + r"\b(?:get|earn|make|made|return|returns|profit|\$\s?\d+k?|\d+k|\d+x|in a week|per week|a week|daily|guaranteed|w(?:ith|/)? (?:my|coach|mentor))\b"
    # Work from home: a sum per day or week, and where to ask for it.
    + r"|\b(?:earn|earning|make|making|made|get paid)\b"
    + GAP
    + r"\$?\d[\d,.]*k?\b"
    + NEAR
    + r"\b(?:a|per|every) (?:day|week|month|wk|hour|hr)\b"
    + GAP
    + r"\b(?:from home|at home|from (?:your|ur) (?:phone|couch|bed)|no experience|part[- ]time|dm|pm|message|telegram|whatsapp|ask me how|link in (?:my )?bio)\b",
    "impersonate": r"\b(?:i'?m|im|i am|this is|we are|we'?re|official|real)\b"
    + NEAR
    + r"\b(?:dr\.? ?\w+'?s? |the (?:host|doctor|clinic|pharmacy)'?s? |official )?(?:assistant|secretary|manager|support|team|staff|admin|representative|rep|agent|nurse)\b|\b(?:official|real|verified) (?:\w+ )?(?:support|team|account|page|admin)\b|\bi'?m a (?:cardiologist|doctor|pharmacist|nurse) too\b",
    "phish": r"\b(?:send|give|share|dm|provide|verify|confirm|update|enter)\b"
    + GAP
    + r"\b(?:card (?:details|number|info)|bank (?:details|info|account)|password|login|ssn|social security|pin|cvv|account (?:details|info))\b|\b(?:account|acct) (?:will be|is being|has been) (?:suspended|locked|closed|deactivated)\b|\bverify (?:at|here|now|ur|your)\b",
    "secret_product": r"\b(?:protocol|secret|trick|method|formula|something that works|treatment|product|stuff|cure|remedy)\b"
    + GAP
    + r"\b(?:doctors? (?:won'?t|wont|don'?t|dont) (?:tell|want)|only \$\d+|\$\d+|dm|pm|whatsapp|telegram|message me|link in bio)\b",
    # ---------------------------------------------------------- advice requests (EN parts of the old rule, widened)
    "personal": r"\b(?:i|i'?m|im|i'?ve|ive|i'?d|me|my|myself|mine|should i|can i|do i|my (?:mom|mum|dad|son|daughter|kid|baby|husband|wife|partner|grandma|grandpa|grandmother|grandfather|brother|sister|friend|child|toddler|boyfriend|girlfriend)|(?:she|he) (?:is|has|takes|keeps|weighs))\b",
    "reading": r"\b(?:bp|blood pressure|pressure|heart ?rate|hr|pulse|resting hr|blood sugar|sugar levels?|glucose|a1c|ldl|hdl|cholesterol|triglycerides|potassium|sodium|inr|tsh|creatinine|egfr|oxygen|spo2|o2|sats|temp|temperature|fever|ecg|ekg|readings?|results?|levels?)\b",
    "med": _w(
        "lisinopril",
        "metoprolol",
        "losartan",
        "amlodipine",
        "atorvastatin",
        "rosuvastatin",
        "simvastatin",
        "warfarin",
        "eliquis",
        "apixaban",
        "xarelto",
        "rivaroxaban",
        "clopidogrel",
        "plavix",
        "spironolactone",
        "furosemide",
        "lasix",
        "digoxin",
        "amiodarone",
        "carvedilol",
        "bisoprolol",
        "propranolol",
        "atenolol",
        "hydrochlorothiazide",
        "hctz",
        "enalapril",
        "ramipril",
        "nitroglycerin",
        "statin",
        "beta blocker",
        "blood thinner",
        "melatonin",
        "magnesium",
        "potassium",
        "iron",
        "vitamin d",
        "fish oil",
        "benadryl",
        "zyrtec",
        "claritin",
        "sudafed",
        "nyquil",
        "dayquil",
        "lexapro",
        "zoloft",
        "prozac",
        "wellbutrin",
        "adderall",
        "ritalin",
        "xanax",
        "birth control",
        "the pill",
        "levothyroxine",
        "synthroid",
        "prednisone",
        "ozempic",
        "wegovy",
        "metformin",
        "insulin",
        "ibuprofen",
        "advil",
        "tylenol",
        "aspirin",
        "antibiotic",
        "amoxicillin",
    ),
    "symptom": _w(
        "tingl",
        "numb$",
        "numbness",
        "numbing",
        "chest (?:pain|feels|tight|hurts)",
        "tight",
        "palpitat",
        "skips? (?:a )?beats?",
        "skipping beats",
        "flutter",
        "racing",
        "pounding",
        "dizz",
        "lighthead",
        "faint",
        "short(?:ness)? of breath",
        "can'?t breathe",
        "nosebleed",
        "bleed",
        "bruis",
        "swell",
        "swollen",
        "rash",
        "itch",
        "hives",
        "cough",
        "fever",
        "headache",
        "migraine",
        "nause",
        "vomit",
        "diarrh",
        "constipat",
        "cramp",
        "ache$",
        "aches$",
        "aching",
        "hurts$",
        "pain$",
        "pains$",
        "painful",
        "sore$",
        "soreness",
        "lump",
        "mole",
        "spotting",
        "discharge",
        "blurry",
        "fatigue",
        "tired all",
        "insomnia",
        "can'?t sleep",
    ),
    "advice_q": r"\b(?:should (?:i|we|he|she|my \w+)|can (?:i|we|he|she|my \w+|u tell)|could (?:i|it)|do (?:i|we) need|does (?:he|she|my \w+) need|is (?:it|that|this) (?:ok|okay|safe|normal|bad|dangerous|serious|fine|high|low|too)|is that|what (?:could|should|dose|do|can|would)|how (?:much|many|often|long) (?:should|can|do|mg)|what(?:'s| is) (?:wrong|happening|going on)|what does (?:it|this|that) mean|(?<!had to )(?<!went to )go to the (?:er|hospital|doctor)|or (?:nah|not)|am i (?:good|ok|okay|fine|dying)|tell me if|any advice|advice\??$|worried)\b",
}

# ================================================================ Spanish
ES = {
    "intent": r"\b(?:te voy a|los voy a|las voy a|le voy a|les voy a|lo voy a|la voy a|(?<!\bme )voy a|vamos a|te vamos a|un d[ií]a de estos|te juro|lo juro|ya ver[aá]s|me las va[sn]? a pagar|me la va[sn]? a pagar|te va a pesar)\b",
    "violent": _w(
        "matar",
        "mato$",
        "mataré",
        "matarte",
        "matarlo",
        "matarla",
        "matarlos",
        "asesin",
        "apuñal",
        "acuchill",
        "disparar",
        "dispararte",
        "balear",
        "balacear",
        "quemar",
        "quemo$",
        "prender fuego",
        "prendo fuego",
        "le prendo",
        "volar",
        "explotar",
        "reventar",
        "partir la cara",
        "partirte",
        "romper la cara",
        "romperte",
        "golpear",
        "golpearte",
        "madrear",
        "partirle",
        "romperle",
        "ahorcar",
        "degollar",
        "violar",
        "pegar un tiro",
        "un tiro",
        "a tiros",
        "plomo",
        "quebrar",
        "dar una paliza",
        "paliza",
        "acabar contigo",
        "acabar con (?:él|ella|ustedes|vos|todos|esa|ese)",
        "rajar",
        "rajarte",
        "descuartiz",
        "enterrar",
        "enterrarte",
        "ahogar",
        "ahogarte",
        "envenen",
        "cortar el cuello",
        "cortarte",
        "volar los sesos",
        "volarte",
        "sacar los ojos",
        "sacarte los ojos",
        "balazo",
        "plomazo",
        "cuchillazo",
        "putiza",
        "madriza",
        "golpiza",
        "linchar",
        "secuestrar",
        "torturar",
        "atropellar",
        "atropellarte",
        "quebrarte",
        r"partirte (?:la|el|los|las) \w+",
        r"romperte (?:la|el|los|las) \w+",
        "darte (?:piso|cuello|chicharr[oó]n)",
        "desfigur",
        "apalear",
        "estrangul",
        "ahorcarte",
        "degollarte",
    ),
    "weapon": _w(
        "pistola",
        "arma$",
        "armas$",
        "rifle",
        "escopeta",
        "cuchillo",
        "navaja",
        "machete",
        "bomba",
        "explosivo",
        "gasolina",
        "granada",
        "fusca",
        "cuerno de chivo",
    ),
    "place": _w(
        "cl[ií]nica",
        "hospital",
        "farmacia",
        "estudio",
        "edificio",
        "oficina",
        "gym",
        "gimnasio",
        "sucursal",
        "consultorio",
        "evento",
        "tienda",
        "centro",
        "escuela",
        "casa",
    ),
    "know_where": r"\b(?:s[ée]|sabemos|ya s[ée]|conozco) (?:d[oó]nde|en qu[ée] \w+|a qu[ée] hora|cu[aá]l es tu) (?:vives|trabajas|entrenas|estacionas|duermes|sales|llegas|entras|coche|carro|casa)\b|\bte (?:agarro|voy a agarrar|agarrar[eé]) (?:sol[oa]|afuera|en la calle|saliendo)\b|\b(?:cu[ií]date|cuidadito) (?:al salir|cuando salgas|la espalda)\b|\bnos vemos (?:afuera|a la salida|al salir)\b|\bte (?:espero|estoy esperando|estaremos esperando) (?:afuera|a la salida|al salir|en el estacionamiento)\b|\bsalgan si quieren vivir\b|\bhay una bomba\b|\bya sabe[sn]?\b(?=.*\b(?:familia|pagar|jur)\w*)|\bte vas a arrepentir\b(?! (?:si no|de no)\b)|\bi'?m waiting afuera\b|\bwaiting afuera\b|\b(?:eres|est[aá]s) muert[oa]\b|\bmuert[oa] (?:est[aá]s|eres)\b",
    "self_act": r"\b(?:matarme|suicidarme|quitarme la vida|cortarme|ahorcarme|tirarme (?:de|del|por|al)|aventarme|colgarme|desaparecer para siempre|acabar con (?:mi vida|todo)|no despertar|morir(?:me)?|m0rir)\b|\bsuicid\w*\b",
    "self_wish": r"\b(?:quiero|me quiero|voy a|me voy a|pienso|estoy pensando en|quisiera|deseo|ojal[aá])\b"
    + NEAR
    + r"\b(?:morir(?:me)?|matarme|suicidarme|quitarme la vida|desaparecer|acabar con todo|no despertar|m0rir)\b|\bno quiero (?:seguir )?(?:vivir|existir|estar aqu[ií]|despertar)\b|\b(?:ya )?no (?:tengo|hay|veo) (?:razones|raz[óo]n|motivos?|sentido) (?:para|de|en) (?:vivir|seguir)\b|\b(?:estar[ií]an?|estar[ií]a) mejor sin m[ií]\b|\bmejor (?:estar[ií]a )?muert[oa]\b|\bnadie me (?:extra[ñn]ar[ií]a|va a extra[ñn]ar)\b|\bya no (?:puedo|aguanto) m[aá]s\b",
    "farewell": r"\b(?:adi[oó]s|hasta siempre|chao) (?:a todos|mundo|chicos|para siempre)\b(?=.*\b(?:se acaba|para siempre|[uú]ltim[oa]|no me ver[aá]n|gracias por todo|esta noche)\b)|\besta noche se acaba\b|\bno me (?:van a )?ver[aá]n m[aá]s\b|\btengo guardad[oa]s las pastillas\b|\bme (?:cort[eé]|quem[eé]) (?:otra vez|de nuevo|los brazos|las mu[ñn]ecas)\b|\bme sigo cortando\b|\bme estoy cortando\b",
    "method_q": r"\bcu[aá]nt[oa]s? (?:pastillas|mg|gramos|tabletas)\b"
    + GAP
    + r"\b(?:para (?:no despertar|morir|matar)|letal|mortal|sobredosis)\b|\bc[oó]mo (?:me )?(?:mato|suicido|muero)\b",
    "remedy": _w(
        "t[ée]$",
        "hierba",
        "aceite",
        "bicarbonato",
        "lim[oó]n",
        "ajo$",
        "jengibre",
        "c[úu]rcuma",
        "vinagre",
        "miel$",
        "suplemento",
        "vitamina",
        "di[óo]xido de cloro",
        "mms$",
        "cds$",
        "ivermectina",
        "cannabis",
        "marihuana",
        "ayuno",
        "jugo",
        "zumo",
        "detox",
        "canela",
        "remedio",
        "alimentaci[óo]n alcalina",
        "agua alcalina",
        "orina",
        "moringa",
        "este producto",
        "plantas?",
        "natural",
        "homeopat",
        "agua de mar",
        "agua salada",
        "guan[aá]bana",
        "graviola",
        "sábila",
        "sabila",
        "aloe",
        "c[uú]rcuma",
        "ozono",
        "per[oó]xido",
        "orégano",
        "oregano",
        "cebolla",
        "zanahoria",
        "papaya",
        "noni",
        "[áa]mbar",
        "im[áa]n",
        "imanes",
        "pulsera",
        "homeopat",
    ),
    "claim_verb": r"\b(?:cura|curan|cur[óo]|curaron|sana|sanan|elimina|eliminan|revierte|revierten|previene|previenen|acaba con|destruye|mata (?:el|la|los|las|todo)|baja (?:el|la) \w+ (?:igual|mejor)|es la cura (?:de|del|para)|sustituye a|reemplaza a|es mejor que|funciona mejor que|te curas?|se curan?|quita|desaparece|disuelve|regenera)\b",
    "claim_passive": r"(?:\bse (?:cura|curan|revierte|revierten|elimina|eliminan|sana|quita|quitan|disuelve|disuelven|normaliza|previene|evita) (?:\w+ ){0,2}(?:con|por|tomando)\b|\bse cur[óo] (?:con|as[ií]|tomando)\b)(?! (?:el |la |los |las |un |una |su |mi )?(?:tratamiento|antivirales?|antibi[oó]tic\w+|quimio\w*|radioterapia|cirug[ií]a|operaci[oó]n|medicamentos?|medicaci[oó]n|insulina|vacunas?|trasplante|m[eé]dicos?|hospital)\b)",
    "disease": _w(
        "c[aá]ncer",
        "diabet",
        "autismo",
        "covid",
        "vih$",
        "sida$",
        "tumor",
        "artritis",
        "depresi[óo]n",
        "hepatitis",
        "infecci",
        "hipertensi[óo]n",
        "presi[óo]n",
        "az[uú]car",
        "colesterol",
        "coraz[óo]n",
        "todo$",
        "virus",
        "alzheimer",
        "asma",
        "ansiedad",
        "antibi[oó]tic",
        "quimio",
        "insulina",
        "medicament",
        "gripe",
        "migra[ñn]a",
        "c[aá]lculos",
        "piedras en (?:el|los) ri[ñn]",
        "gastritis",
        "[uú]lcera",
        "psoriasis",
        "par[aá]sitos",
        "tiroides",
        "obesidad",
        # the heart's conditions by name: a claim about them is the commonest on a cardiology stream
        "insuficiencia card",
        "infarto",
        "arritmi",
        "ictus",
        "soplo",
        "alergia",
    ),
    "conspiracy": r"\b(?:las )?vacunas? (?:\w+ )?(?:causan|causa|provocan|provoca|dan|da|tienen|traen|contienen|cambian) (?:\w+ )?(?:autismo|c[aá]ncer|infertilidad|muerte|chips?|microchips?|grafeno|tu adn|el adn)\b|\b(?:las farmac[eé]uticas|la industria|big pharma|los m[eé]dicos|el gobierno)\b"
    + GAP
    + r"\b(?:escond\w+|ocult\w+|no quieren que sepas)\b|\bla cura (?:del? \w+ )?existe\b|\bla quimio (?:te )?mata\b|\b(?:el|la) (?:covid|virus|c[aá]ncer) (?:es|fue) (?:un )?(?:invento|mentira|falso|farsa)\b|\bcura milagrosa\b|\beso no te lo dicen\b",
    "stop_treat": r"\b(?:deja(?:r|d|n)?|dejen|suelta|tira|tiren|olv[ií]date de) (?:de tomar )?(?:tu |tus |la |el |las |los |su |sus )?(?:insulina|medicamentos?|medicinas?|pastillas|quimio\w*|tratamiento|metformina|estatinas|antidepresivos|vacunas)\b|\bno necesitas (?:tu |la |tus |las |los )?(?:insulina|quimio|medicamentos|medicinas|vacunas|pastillas)\b",
    "legal_act": _w(
        "demand",
        "denunci",
        "querell",
        "juicio$",
        "juzgado",
        "tribunal",
        "reclamaci[oó]n",
        "queja",
        "sue$",
        "acci[oó]n legal",
        "acciones legales",
    ),
    "legal_actor": _w("abogad", "lawyer", "bufete", "licenciado"),
    "regulator": _w(
        "cofepris",
        "profeco",
        "sanidad",
        "consumo",
        "consejer[ií]a",
        "colegio de m[eé]dicos",
        "secretar[ií]a de salud",
        "ministerio de salud",
        "fiscal[ií]a",
        "superintendencia",
        "anmat",
        "invima",
        "digemid",
        "defensor[ií]a",
    ),
    "legal_future": r"\b(?:voy a|vamos a|va a|van a|pongo|ponemos|meter|metemos|meto|poner|pienso)\b",
    "sexual": r"\b(?:qu[ée]|bonito|rico|tremendo|(?:tienes|tiene|ten[eé]s) (?:un )?buen) (?:culo|culazo|tetas|tetonas?|pechos|nalgas|piernas|trasero)\b|\b(?:mamacita|mami rica|ricura)\b|\bponte de espaldas\b|\b(?:ens[eé][ñn]a|mu[eé]stra(?:nos)?|ense[ñn]anos) (?:las |el |tus )?(?:tetas|culo|pechos)\b|\bte (?:har[ií]a|dar[ií]a|coger[ií]a|cog[ií]a)\b|\b(?:le|la) (?:daba|dar[ií]a|hac[ií]a|har[ií]a)\W*(?:$|😏|🥵|🤤)|\best[aá] (?:como quiere|para darle)\b",
    "slur": _w(
        "maric[oó]n",
        "marica",
        "puto$",
        "sudaca",
        "negrata",
        "indio (?:ignorante|de mierda|pat)",
        "pinche indio",
        r"retrasad(?:[oa]s?)?(?! (?:estamos|vamos|van|va|voy|llegamos|llegan|llega|llego|est[aá]n?|estoy|ando|andamos|con|en|de|por)\b)$",
        "mongol",
        "subnormal",
        "tortillera",
        "travelo",
        "zorra",
        "puta$",
        r"(?<!tan )perra(?! (?:de|vida|suerte|manera|semana|d[ií]a|noche)\b)$",
        "naco$",
        "malinchi",
        "panchit",
        "moro de mierda",
        "gitano de mierda",
    ),
    "address": r"\b(?:eres|sos|t[uú]|vos|te|@\w+|(?:la|el|esa|ese|esta|este|tu|su) (?:presentadora?|doctora?|host|coach|streamer|tipa|tipo|chica|mina|enfermera|m[eé]dica?)(?: es| est[aá])?|qué|qu[eé] (?:pinche|maldit[oa])|pinche|maldit[oa]|c[aá]llate|l[aá]rgate|vete|pedazo de|so|grand[ií]sim[oa])\b",
    "degrade": r"\b(?:gord[oa]|fe[oa]|asqueros[oa]|horrible|in[uú]til|est[uú]pid[oa]|idiota|imb[eé]cil|pendej[oa]|vaca|cerd[oa]|ballena|bruja|vieja|basura|escoria|asco)\b",
    # Insults that need an addressee ("eres una ignorante", "cállate, payaso"): alone they are everyday words.
    "insult": r"\b(?:ignorante|tont[oa]|payas[oa]|adefesio|pat[eé]tic[oa]|mediocre|fracasad[oa]|perdedor[a]?|rid[ií]cul[oa]|tarad[oa]|mamarracho|esperpento|engendro|lacra|par[aá]sito|estorbo|nulidad|zopenc[oa]|subnormal|retrasad[oa]|anormal|charlat[aá]n[a]?|farsante|fraude|in[eé]pt[oa]|incompetente|cretin[oa]|babos[oa]|mens[oa]|repugnante|sin cerebro|cabeza hueca|descerebrad[oa]|desgraciad[oa]|malparid[oa]|bazofia|chiste|verg[uü]enza)\b",
    "go_back": r"\b(?:vete|v[aá]yase|regr[eé]sate|regresa|l[aá]rgate|vuelve) (?:a|pa) (?:tu|su) (?:pa[ií]s|tierra|rancho|pueblo|selva|cocina)\b|\baqu[ií] sobras\b|\b(?:a fregar|a la cocina)\b|\b(?:vete|ve|regresa|vuelve|anda) a (?:lavar|fregar) (?:los |las )?(?:platos|trastes|ropa)\b|\bdeber[ií]as estar (?:limpiando|lavando|fregando|planchando|en la cocina)\b|\bno sirven? (?:pa|para) (?:m[eé]dic|doctor|enfermer|cardi[oó]log|presentar|entrenar)\w*\b|\bni con filtro\b",
    "rx_drug": _w(
        "ozempic",
        "xanax",
        "trankimazin",
        "clonazepam",
        "rivotril",
        "tramadol",
        "viagra",
        "cialis",
        "fentanilo",
        "oxicodona",
        "benzos",
        "pastillas",
        "medicamentos",
        "wegovy",
        "esteroides",
        "alprazolam",
        "diazepam",
    ),
    "no_rx": r"\bsin (?:receta|prescripci[oó]n|r[eé]cipe|consulta)\b",
    "contact_ask": r"\b(?:escr[ií]beme|escr[ií]banme|m[aá]ndame (?:un )?(?:mensaje|dm|md|whats)|mensaje (?:privado|directo)|por (?:privado|interno|dm|md|whats(?:app)?|telegram|inbox)|al (?:whats|privado|dm|md|inbox)|dm pa|md pa|pregúntame por|preg[uú]ntame|cont[aá]ctame|agr[eé]game|link en (?:mi )?bio|en mi perfil)\b",
    "sell": r"\b(?:vendo|vendemos|venta|tengo|env[ií]os?|barato|precio|precios|descuento|oferta)\b",
    "giveaway": r"\b(?:ganaste|has ganado|ganador|felicidades)\b"
    + GAP
    + r"\b(?:sorteo|premio|regalo|iphone)\b|\breclama (?:tu|su) (?:premio|regalo|reembolso)\b|\binvierte\b"
    + GAP
    + r"\b(?:\d+ ?(?:€|\$|d[oó]lares|euros)|ganas|tienes|cripto|bitcoin)\b|\b(?:cripto|bitcoin|forex|trading)\b"
    + GAP
    + r"\b(?:gana|ganar|ganancias|garantizad\w+|en \d+ d[ií]as)\b"
    + r"|\b(?:gana|ganar|genera|generar|cobra|cobrar)\b"
    + GAP
    + r"\b\d[\d.,]* ?(?:€|\$|d[oó]lares|euros|pesos|mil)\b"
    + GAP
    + r"\b(?:a la semana|al d[ií]a|al mes|diarios|semanales|desde (?:tu |la )?casa|sin salir|sin experiencia|sin invertir)\b"
    + r"|\binvierte\b"
    + GAP
    + r"\b(?:recibe|recibir[aá]s|obt[eé]n|obtendr[aá]s|te devuelvo|te llegan)\b",
    "impersonate": r"\b(?:soy|somos)\b"
    + NEAR
    + r"\b(?:asistente|secretari[oa]|soporte|equipo|personal|representante)\b|\b(?:soporte|equipo|servicio) (?:oficial|t[eé]cnico) (?:de|del)\b",
    "phish": r"\b(?:datos bancarios|datos de (?:tu|su) tarjeta|n[uú]mero de tarjeta|contraseña|clave)\b",
    "personal": r"\b(?:yo|me|mi|mis|tengo|tomo|estoy|puedo|debo|mi (?:mam[aá]|pap[aá]|hij[oa]|beb[eé]|esposo|esposa|abuel[oa]|herman[oa]|novi[oa]))\b",
    "reading": r"\b(?:tensi[oó]n|presi[oó]n|pulso|az[uú]car (?:en (?:la )?sangre|alta|baja|de \d+|en \d+)|niveles? de az[uú]car|glucosa|colesterol|saturaci[oó]n|oxigenaci[oó]n|fiebre|temperatura|an[aá]lisis|resultados?)\b",
    "med": _w(
        "losart[aá]n",
        "enalapril",
        "metformina",
        "sertralina",
        "paracetamol",
        "ibuprofeno",
        "aspirina",
        "omeprazol",
        "atorvastatina",
        "warfarina",
        "sintrom",
        "insulina",
        "levotiroxina",
        "clonazepam",
        "antibi[oó]tico",
        "amoxicilina",
        "nolotil",
        "metamizol",
        "bisoprolol",
        "amlodipino",
        "pastilla",
    ),
    "symptom": _w(
        "me duele",
        "dolor",
        "mareo",
        "mareada",
        "mareado",
        "palpitacion",
        "hormigueo",
        "sangr",
        "fiebre",
        "tos$",
        "n[aá]usea",
        "v[oó]mito",
        "diarrea",
        "hinchad",
        "ronchas",
        "sarpullido",
        "falta de aire",
        "me falta el aire",
        "me arde",
    ),
    "advice_q": r"(?<!\bno )\b(?:debo|deber[ií]a|puedo|puede|se (?:lo |la )?puede|es normal|es grave|es peligroso|es seguro|tengo que|(?<!desde )(?<!porque )(?<!lo )(?<!ya )qu[eé] (?:hago|tomo|ser[aá]|me recomienda|le doy|debo)|cu[aá]nt[oa]s? (?:\w+ )?(?:le doy|tomo|debo|puedo)|me voy a urgencias|voy a urgencias)\b",
}

# ================================================================ Russian (Cyrillic and common transliterations)
RU = {
    "violent": r"(?<!себя )(?:\b(?:убью|убьем|убьём|убъю|урою|уроем|зарежу|зарежем|прирежу|пристрелю|застрелю|перестреляю|перестреляем|расстреляю|взорву|взорвем|взорвём|сожгу|сожжем|подожгу|спалю|покалечу|прибью|изобью|уничтожу|закопаю|порешу|придушу|задушу|грохну|завалю|положу всех|разнесу|порежу|порежем|переломаю|переломаем|покромсаю|пришибу|пришибём|пришибем|замочу|замочим|прикончу|прикончим|пристрелим|застрелим|задушим|сожжём|сожгём|подожжём|подожжем|спалим|изувечу|искалечу|покалечим|отпизжу|отмудохаю|четвертую|выпотрошу|пырну|пырнём|зарублю|порублю|ub'?yu|ubyu|ub'ju|uroyu|zarezhu|vzorvu|pristrelyu|sozhgu)\b(?! себя| sebya))",
    # Harm named by the body part it breaks ("голову тебе оторву", "я тебе ноги переломаю"), either order.
    "body_harm": r"\b(?:оторву|проломлю|сломаю|разобью|сверну|вырву|откручу|отрежу|выколю|выбью|раскрою|размозжу|вышибу|пробью|отобью|переломаю) (?:тебе |вам |ему |ей |им )?(?:голову|башку|бошку|череп|шею|ноги|руки|р[её]бра|зубы|челюсть|морду|рожу|лицо|хребет|глаза|язык|кости|мозги)\b|\b(?:голову|башку|бошку|череп|шею|ноги|руки|р[её]бра|зубы|челюсть|морду|рожу|лицо|хребет|глаза|язык|кости|мозги) (?:я )?(?:тебе |вам |ему |ей |им )?(?:я )?(?:оторву|проломлю|сломаю|разобью|сверну|вырву|откручу|отрежу|выколю|выбью|раскрою|размозжу|вышибу|пробью|отобью|переломаю)\b",
    "veiled": r"\b(?:приду|придём|придем|приеду|приедем) за (?:тобой|вами)\b|\b(?:приду|приеду|заеду) к (?:тебе|вам) (?:домой )?ночью\b|\b(?:тебя|вас) (?:достану|достанем)\b|\b(?:достану|достанем) (?:тебя|вас)\b|\b(?:ты|вы) (?:уже )?(?:труп|трупы|не жилец|не жильцы)\b|\bкровью (?:харкать|умоешься|умоетесь|ссать)\b|\bмало не покажется\b|\bтвои дни сочтены\b|\bходи и оглядывайся\b|\b(?:до|не) (?:дома|утра) не доживешь\b|\bне доживёшь до\b|\bне доживешь до\b",
    "you_ru": r"\b(?:тебя|тебе|вас|вам|его|её|ее|их|всех|тебя,|этого|эту|эт(?:ого|у|их)|вашу|ваш|ваше|tebya|vas|ego|vsekh|vseh)\b",
    "place": r"\b(?:клиник\w*|больниц\w*|аптек\w*|студи\w*|здани\w*|офис\w*|зал\w*|центр\w*|филиал\w*|kliniku|apteku|bolnicu)\b",
    "place_harm": r"\b(?:сгорит|сгорят|взлетит|взорв\w+|сожг\w+|подож\w+|спал\w+|разнес\w+|будет гореть|заминир\w+|бомб\w+)\b",
    "know_where": r"\b(?:я|мы) (?:знаю|знаем|нашел|нашёл|нашла|нашли) (?:где|когда|во сколько|твой|твою|ваш) (?:ты |вы |он |она )?(?:живешь|живёшь|живете|живёте|работаешь|паркуешься|выходишь|ходишь|дом|адрес|машину|тачку)\b|\bжди(?:те)? гостей\b|\bпусть только выйдет\b|\bпосле (?:эфира|стрима)\b"
    + GAP
    + r"\b(?:поговорим|встретимся|жду|выйдешь|выйди|разберемся|разберёмся)\b|\bты (?:уже )?труп\b|\bтебе (?:конец|хана|не жить)\b|\bходи и оглядывайся\b|\bprihodi posle\b|\bznayu gde ty\b|\bя об этом позабочусь\b",
    "self_act": r"\b(?:убить себя|убью себя|покончить с собой|покончу с собой|повеситься|повешусь|вскрыться|вскрою вены|порезать себя|выпилиться|выпилюсь|уйти из жизни|шагнуть с|прыгнуть с|спрыгнуть с|спрыгну|наглотаться|наглотаюсь|отравиться|суицид\w*|самоубийств\w*|ubit'? sebya|vypilyus'?|vypilit'?sya|pokonchit'? s soboy|pokonchu s soboy|poveshus'?)\b",
    "self_wish": r"\b(?:хочу|хочется|собираюсь|решил|решила|думаю|планирую|hochu|reshil|reshila)\b"
    + NEAR
    + r"\b(?:умереть|сдохнуть|исчезнуть|не проснуться|уснуть навсегда|покончить|выпилиться|шагнуть|прыгнуть|убить себя|umeret'?|ubit'? sebya|vypilit'?sya)\b|\bне хочу (?:больше )?жить\b|\bжить не хочется\b|\b(?:не вижу|нет) смысла (?:жить|дальше)\b|\b(?:всем|им|семье) (?:будет )?лучше без меня\b|\bне могу больше\b|\bскоро (?:выпилюсь|меня не станет)\b|\bne hochu zhit'?\b|\bskoro vypilyus'?\b",
    "farewell": r"\bвсем пока\b(?=.*\b(?:больше не|навсегда|прощайте|не увидимся|спасибо за вс[её])\b)|\bбольше не увидимся\b|\bпрощайте\b(?=[^.!?]*(?:всем|все|навсегда|друзья|чат)|\W*$)|\b(?:порезал[аи]?|режу|резала|резал) (?:себе )?(?:руки|руку|вены|запястья|себя|ноги)\b|\bвыпью все (?:свои |мои )?(?:\w+ )?таблетки\b",
    "method_q": r"\bсколько (?:\w+ )?(?:таблеток|мг|грамм)\b"
    + GAP
    + r"\b(?:чтобы (?:умереть|не проснуться|уснуть навсегда)|смертельн\w*|летальн\w*|передоз\w*)\b|\bкак (?:быстро |безболезненно )?(?:умереть|покончить с собой|повеситься)\b",
    "remedy": r"\b(?:чай\w*|браслет\w*|магнит\w*|гомеопат\w*|янтар\w*|трав\w*|сод\w*|чеснок\w*|имбир\w*|куркум\w*|м[её]д\w*|уксус\w*|перекис\w*|керосин\w*|голодани\w*|витамин\w*|бад\w*|масл\w+|настойк\w+|моч\w+|лимон\w*|свекл\w*|прополис\w*|это средство|этот препарат|мумие|мухомор\w*|чистотел\w*|живиц\w+|скипидар\w*|болиголов\w*|аконит\w*|кефир\w*|пиявк\w*|уринотерапи\w*|морская вода|солёная вода|соленая вода|гриб\w*|алоэ|ромашк\w*|календул\w*|шиповник\w*|облепих\w*|барсучий жир|барсучьим жиром|soda|golodaniem|chesnok\w*)\b",
    "claim_verb": r"\b(?:лечит|лечат|вылечива\w+|вылечил\w*|излечил\w*|исцелил\w*|излечива\w+|исцеля\w+|избавля\w+ от|убива\w+ (?:рак|вирус|все)|чист\w+ сосуды|растворя\w+|заменя\w+|лучше таблеток|lechit)\b",
    "claim_passive": r"\b(?:лечится|лечатся|излечивается|вылечивается) (?:\w+ )?(?:\w+ом|\w+ой|\w+ем|\w+ами|за \d+)\b|\b\w+(?:ой|ом|ем) (?:лечится|лечатся|излечивается)\b|\blechitsya\b",
    "disease": r"\b(?:рак\w*|аритми\w*|сердечн\w+ недостаточност\w*|стенокарди\w*|мерцательн\w+ аритми\w*|диабет\w*|аутизм\w*|ковид\w*|вич|спид\w*|опухол\w*|гепатит\w*|депресси\w*|гипертони\w*|давлени\w*|сосуд\w*|холестерин\w*|все болезни|всех болезней|инфаркт\w*|инсульт\w*|вирус\w*|инфекци\w*|онкологи\w*|бактери\w*|паразит\w*|грибок\w*|артрит\w*|астм\w*|простатит\w*|гастрит\w*|язв\w*|псориаз\w*|аллерги\w*|ожирени\w*|камни в почках|щитовидк\w*|антибиотик\w*|химиотерапи\w*|химию|инсулин\w*|gipertoniya|rak|diabet)\b",
    "conspiracy": r"\b(?:прививк\w*|вакцин\w*|укол\w*)\b"
    + GAP
    + r"\b(?:вызыва\w+|вызовут|привод\w+ к|это чип|чип\w*|бесплоди\w*|аутизм\w*|яд\b|днк)\b|\b(?:лекарство|средство) от \w+ (?:давно )?(?:есть|существует)\b|\bскрыва\w+ (?:фармкомпании|фарма|врачи|правительство)\b|\b(?:фармкомпании|фарма|врачи|правительство) (?:\w+ )?скрыва\w+\b|\bхимия (?:это )?(?:яд|убивает)\b|\b(?:статины|таблетки|лекарства|химия|вакцины)\b"
    + NEAR
    + r"\b(?:это )?яд\b|\bчудо-?(?:средство|лекарство)\b|\b(?:ковид|вирус|рак) (?:это )?(?:выдумка|фейк|обман)\b|\btabletki ne nuzhny\b",
    "stop_treat": r"\b(?:брось\w*|бросай\w*|бросить|бросьте|бросаем|перестаньте|перестань|перестать|прекратите|прекрати|прекратить|выбросьте|выброси\w*|выкиньте|откажитесь от|отказаться от|откажись от) (?:принимать |пить |колоть )?(?:инсулин|лекарств\w*|таблетк\w*|хими\w+|антидепрессант\w*|терапи\w+|статин\w*|прививк\w*)\b|\b(?:вам|тебе) не нуж(?:ен|на|ны) (?:инсулин|химия|химиотерапия|лекарства|таблетки|статины)\b|\bтаблетки не нужны\b",
    "legal_act": r"\b(?:суд\b|в суд|судиться|засужу|засудим|засудить|иск|иска|иском|иски|иску|исков|заявлени\w+|жалоб\w+|пожалуюсь|жаловаться|претензи\w+|sud|zasuzhu|isk|zayavlenie|zhalob\w*)\b",
    "legal_actor": r"\b(?:адвокат\w*|юрист\w*|advokat\w*|yurist\w*)\b",
    "regulator": r"\b(?:прокуратур\w+|минздрав\w*|росздравнадзор\w*|роспотребнадзор\w*|полици\w+|суд\b|в суд|ведомств\w+|prokuratur\w+|minzdrav\w*|rospotrebnadzor\w*)\b",
    "legal_future": r"\b(?:подам|подадим|подаю|напишу|напишем|пишу|написал|написала|уже|буду|будем|обращусь|пожалуюсь|свяжется|свяжутся|ушла|ушло|отправил|отправила|с вами|на вас|на вашу|на ваш|на этого|pishu|podam)\b",
    "sexual": r"\b(?:покажи|покажите|скинь|сними)\b"
    + NEAR
    + r"\b(?:сиськи|грудь|жопу|попу|ножки|сиси|трусы)\b|\b(?:классная|шикарная|хорошая) (?:жопа|задница|грудь|попа)\b|\bя бы (?:ее|её|тебя) (?:трахнул|отодрал|вдул)\b|\bя бы (?:ее|её|тебя)\W*$|\bничего такая,? я бы\b|\bя бы (?:ее|её|тебя) (?:прям(?:о)? )?(?:на|в) (?:столе|кушетке|кабинете|кровати|машине)\b|\bсочн(?:ая|ую|енькая) (?:докторш|медсестр|ведущ|тренерш|врачих)\w*|\b(?:скинь|пришли|покажи)(?:те)? (?:фот\w+|фотк\w+|себя|нюдсы)\b[^\n]{0,30}?(?:красотк\w+|малышк\w+|детк\w+|зайк\w+|не стесняйся|в личку)",
    "slur": r"\b(?:пидор\w*|пидр\w*|педик(?:и|ов|ам|а|у|ом)?|хач\w*|чурк\w*|чурбан\w*|жид(?:ы|ов|ам|ами|а|у|ом|овск\w*|яр\w*)?|черножоп\w*|узкоглаз\w*|даун|дауны|дебил\w*|шлюх\w*|шалав\w*|pidor\w*|pidr\w*)\b",
    "address": r"\b(?:ты|вы|тебя|тебе|вас|@\w+|эта|этот|эй|ведущая|ведущий|сам|сама|заткнись|пошел|пошёл|пошла|иди|вали)\b",
    "degrade": r"\b(?:урод\w*|жирн\w+|корова|свинья|уродин\w*|тупая|тупой|дура|дурак|ничтожество|позорищ\w*|мразь|тварь|отврат\w*|противно|инвалид\w*)\b",
    # Insults that need an addressee ("ты жалкий клоун", "врачиха безмозглая"): alone they can describe anything.
    "insult": r"\b(?:никч[её]мн\w+|бездар\w+|неуч\w*|неудачни\w+|безмозгл\w+|жалк\w+|клоун\w*|овц[аы]|мерзк\w+|дебил\w*|конченн?\w+|убог\w+|идиот\w*|кретин\w*|придур\w+|дегенерат\w*|чмо|лох|лохушк\w+|бестолоч\w*|кобыл\w+|гнид\w*|паскуд\w*|сволоч\w*|скотин(?:а|ой|у)|мерзав\w+|страшилищ\w*|шарлатан(?:ка|ки|ы)?|дилетант\w*|пустышк\w+|туп(?:ая|ой|ое|ые|ица|орыл\w*)|ничтожеств\w*|позор|посмешищ\w*|бездарь)\b",
    "go_back": r"\b(?:вали|катись|езжай|уезжай|возвращайся) (?:в|к) (?:сво\w+|себе)\b|\bпонаехал\w*\b|\bбаба не может\b|\bиди (?:борщи варить|борщ вари|борщи вари|на кухню)\b|\bidi ubeysya\b|\bиди убейся\b|\bубейся\b|\b(?:тебе|вам) (?:только|бы) (?:полы мыть|борщи варить|на кухне|посуду мыть|в декрете сидеть)\b",
    "rx_drug": r"\b(?:лирик\w*|трамадол\w*|феназепам\w*|оземпик\w*|ксанакс\w*|кодеин\w*|виагр\w*|сиалис\w*|метадон\w*|стероид\w*|ozempic|tramadol|lirika)\b",
    "no_rx": r"\bбез рецепт\w*\b|\bbez recepta\b|\bbez retsepta\b",
    "contact_ask": r"\b(?:пиши(?:те)?|напиши(?:те)?|стучи(?:те)?|обращайтесь)\b"
    + NEAR
    + r"\b(?:в (?:лс|личку|личные|тг|телег\w*|телеграм\w*|вотсап|ватсап|whatsapp|директ)|мне)\b|\b(?:в лс|в личку|в директ|в тг|в телегу)\b|\bpishite v\b|\bссылке в профиле\b|\bпо ссылке\b",
    "sell": r"\b(?:продам|продаю|продаем|продаём|куплю|дешево|дёшево|недорого|доставка|скидк\w+|deshevo|dostavka|prodam)\b",
    "giveaway": r"\b(?:вы выиграли|ты выиграл\w*|поздравляем|победитель)\b"
    + GAP
    + r"\b(?:приз|розыгрыш\w*|подарок|айфон)\b|\bзаберите приз\b|\b(?:заработок|заработай\w*|доход)\b"
    + GAP
    + r"\b(?:крипт\w+|\d+к|\d+ ?000|в неделю|в день|научу)\b|\b(?:крипт\w+|инвестиц\w+|трейдинг\w*)\b"
    + GAP
    + r"\b(?:заработ\w+|доход\w*|прибыль|научу|в неделю)\b",
    "impersonate": r"\b(?:я|мы)\s+(?:помощни\w+|ассистент\w*|секретар\w+|администратор\w*|представител\w+|поддержка)\b|\bслужба поддержки\b|\bофициальн\w+ (?:поддержка|аккаунт|представитель)\b",
    "phish": r"\b(?:данные карты|номер карты|данные (?:вашей |своей )?карты|cvv|пароль|код из смс)\b",
    "personal": r"\b(?:я|мне|меня|мой|моя|мои|моему|моей|у меня|у нее|у него|у неё|маме|мама|папе|папа|сын\w*|доч\w+|ребенк\w+|ребёнк\w+|ребенку|ребёнку|мужу|муж|жене|жена|бабушк\w+|дедушк\w+|mne|u menya)\b",
    "reading": r"\b(?:давлени\w*|пульс\w*|сахар (?:в крови|\d+)|уровень сахара|сахар\w* (?:высок|низк|поднял|подскочил|упал)\w*|холестерин\w*|температур\w*|сатураци\w*|анализ\w*|гемоглобин\w*|\d+ на \d+)\b",
    "med": r"\b(?:бисопролол\w*|конкор\w*|аспирин\w*|кардиомагнил\w*|эналаприл\w*|лозартан\w*|статин\w*|аторвастатин\w*|варфарин\w*|нурофен\w*|ибупрофен\w*|парацетамол\w*|магни\w+|валидол\w*|корвалол\w*|нитроглицерин\w*|метформин\w*|инсулин\w*|антибиотик\w*|magniya|magniy)\b",
    "symptom": r"\b(?:колет|болит|давит|жжет|жжёт|тошнит|кружится|немеет|отекает|отек\w*|кашл\w+|кашель|сыпь|одышк\w+|перебои|аритми\w+|температур\w+|aritmiya)\b",
    "advice_q": r"\b(?:можно ли|можно мне|можно|нужно ли|нужны ли|нужен ли|стоит ли|сколько|что (?:делать|пить|принимать|это может быть|мне делать)|нормально ли|это нормально(?=\s*\?)|опасно ли|отменять|посоветуйте|подскажите|skolko|chto delat'?)\b",
}

LEXICONS: dict[str, dict[str, str]] = {"en": EN, "es": ES, "ru": RU}

#: Substrings (lower case, after de-obfuscation) of which one must occur before the concept
#: compositions run at all: a broad net, cheap to test with the shared automaton.
ANCHORS: tuple[str, ...] = tuple(
    sorted(
        set(
            """
kill murder stab shoot shot strangl chok beat punch smash break slit slash hurt burn torch blow bomb behead hang lynch rape
bullet gun glock pistol rifle knife knives machete bat gas acid ammo 🔪 molotov explo fire regret watch your watch ur back
know where found ur found your which car waiting see u see you meet dead tick tock shame days deserve jaw one eye
suicid unaliv myself mys3lf kms self harm self-harm die dying wake up live alive exist better off miss me notice goodbye
bye farewell rope pills letters note tonight weekend lethal overdose bleed cutting cut my wrists end it end my life
cure heal revers eliminat eradicat prevent fix destroy melt dissolve rid of beats replaces miracle hoax fake poison
vaccin vax jab mrna 5g fluoride chemtrail hid hide suppress pharma stop quit ditch throw threw flush dump toss skip
don't need dont need no need
sue suing lawsuit law suit malpractice legal action class action cease charges claim complaint grievance lawyer
attorney solicitor law firm counsel fda ftc hhs bbb medical board state board board of attorney general health dept
health department regulator licensing court report hipaa gdpr
retard r3tard tard fag dyke trann nigg n1gg chink spic wetback kike raghead towelhead gook coon beaner paki gypsy
cripple spaz mongol whore slut skank bitch cunt heifer whale hag ugly fat obese disgust gross hideous worthless
useless pathetic stupid dumb idiot moron loser virgin freak pig cow trash garbage subhuman ape monkey creep incel
women woman girl female gay lesbian muslim islam jew christian black asian mexican indian chinese arab african immigrant
foreigner latino migrant refugee disabled wheelchair autis boomer go back get back kitchen english wants u here
tits boobs ass butt booty rack bed dsl suck sit on nudes snap smash bend over knees sugar daddy camera dress talks like
oxy xanax adderall ozempic wegovy mounjaro semaglutide viagra v1agra cialis c1alis tramadol tramad0l phentermine
modafinil valium percocet vicodin hydrocodone fentanyl codeine benzo klonopin ambien ritalin vyvanse steroid sarm
script prescription rx no doc dm pm inbox whatsapp whats app telegram tele signal kik wickr cashapp cash app venmo zelle
paypal bio profile hmu hit me up won congrat prize giveaway free iphone eth btc crypto bitcoin invest trading forex
mentor profit assistant secretary support official verify card details bank password account suspended protocol secret
""".split()
        )
        | {
            "te voy",
            "voy a",
            "vamos a",
            "matar",
            "mato",
            "asesin",
            "apuñal",
            "acuchill",
            "dispar",
            "balear",
            "balacear",
            "quem",
            "prend",
            "volar",
            "explot",
            "revent",
            "partir",
            "romper",
            "golpe",
            "madre",
            "ahorc",
            "degoll",
            "violar",
            "tiro",
            "plomo",
            "paliza",
            "pistola",
            "arma",
            "escopeta",
            "cuchillo",
            "navaja",
            "bomba",
            "gasolina",
            "granada",
            "dónde",
            "donde",
            "cuídate",
            "cuidate",
            "cuidadito",
            "afuera",
            "salida",
            "arrepent",
            "muert",
            "sabe",
            "suicid",
            "morir",
            "m0rir",
            "matarme",
            "quitarme",
            "cortarme",
            "ahorcarme",
            "tirarme",
            "colgarme",
            "acabar",
            "despertar",
            "vivir",
            "existir",
            "mejor sin",
            "extrañ",
            "aguanto",
            "adiós",
            "adios",
            "pastillas",
            "me corté",
            "me corte",
            "cortando",
            "cuánt",
            "cuant",
            "cura",
            "sana",
            "elimina",
            "revierte",
            "previene",
            "acaba con",
            "vacuna",
            "escond",
            "ocult",
            "quimio",
            "milagro",
            "deja",
            "dejen",
            "suelta",
            "tira",
            "olvídate",
            "necesitas",
            "demand",
            "denunci",
            "querell",
            "juicio",
            "juzgado",
            "tribunal",
            "reclamac",
            "queja",
            "abogad",
            "bufete",
            "cofepris",
            "profeco",
            "sanidad",
            "consumo",
            "consejer",
            "colegio de m",
            "secretar",
            "ministerio",
            "fiscal",
            "culo",
            "teta",
            "pecho",
            "nalga",
            "mamacita",
            "ricura",
            "espaldas",
            "maric",
            "puto",
            "sudaca",
            "negrata",
            "indio",
            "retrasad",
            "subnormal",
            "tortillera",
            "travelo",
            "zorra",
            "puta",
            "perra",
            "naco",
            "gord",
            "fe",
            "asquer",
            "inútil",
            "inutil",
            "estúpid",
            "estupid",
            "idiota",
            "imbécil",
            "imbecil",
            "pendej",
            "vaca",
            "cerd",
            "ballena",
            "bruja",
            "vieja",
            "basura",
            "escoria",
            "asco",
            "vete",
            "váyase",
            "regrés",
            "regres",
            "lárgate",
            "largate",
            "vuelve",
            "sobras",
            "fregar",
            "cocina",
            "no sirve",
            "filtro",
            "receta",
            "prescrip",
            "escríb",
            "escrib",
            "mándame",
            "mandame",
            "privado",
            "whats",
            "md pa",
            "pregúnt",
            "pregunt",
            "contáct",
            "contact",
            "agrég",
            "agreg",
            "perfil",
            "ganaste",
            "has ganado",
            "ganador",
            "felicidades",
            "sorteo",
            "premio",
            "invierte",
            "cripto",
            "soy",
            "somos",
            "soporte",
            "datos bancarios",
            "tarjeta",
            "contraseña",
            "clave",
            "убь",
            "убъ",
            "убит",
            "убил",
            "уро",
            "зареж",
            "прирежу",
            "стрел",
            "взорв",
            "сожг",
            "сожж",
            "подож",
            "спал",
            "покалеч",
            "прибь",
            "изобь",
            "уничтож",
            "закопа",
            "пореш",
            "придуш",
            "задуш",
            "грохн",
            "завал",
            "положу",
            "разнес",
            "ub'yu",
            "ubyu",
            "ub'ju",
            "uroyu",
            "zarezhu",
            "vzorvu",
            "pristrelyu",
            "sozhgu",
            "сгор",
            "заминир",
            "бомб",
            "знаю где",
            "знаем где",
            "нашел",
            "нашёл",
            "нашла",
            "гостей",
            "выйдет",
            "после эфира",
            "после стрима",
            "труп",
            "конец",
            "хана",
            "не жить",
            "оглядыв",
            "prihodi",
            "znayu",
            "позабочусь",
            "себя",
            "собой",
            "повес",
            "вскры",
            "выпил",
            "уйти из жизни",
            "шагнуть",
            "прыгнуть",
            "спрыгн",
            "наглота",
            "отрав",
            "суицид",
            "самоубий",
            "sebya",
            "vypil",
            "pokonch",
            "povesh",
            "умереть",
            "сдохн",
            "исчезн",
            "проснуться",
            "навсегда",
            "жить",
            "лучше без меня",
            "не могу больше",
            "не станет",
            "zhit",
            "пока",
            "не увидимся",
            "прощайте",
            "порез",
            "режу",
            "резал",
            "таблетк",
            "сколько",
            "как быстро",
            "лечит",
            "лечат",
            "вылеч",
            "излеч",
            "исцел",
            "избавл",
            "убива",
            "сосуд",
            "растворя",
            "заменя",
            "lechit",
            "лечится",
            "лечатся",
            "проходит",
            "прививк",
            "вакцин",
            "укол",
            "существует",
            "скрыва",
            "химия",
            "яд",
            "чудо",
            "выдумк",
            "фейк",
            "обман",
            "ne nuzhn",
            "брос",
            "перестан",
            "прекрат",
            "выброс",
            "откаж",
            "не нуж",
            "суд",
            "засуж",
            "иск",
            "заявлен",
            "жалоб",
            "пожалу",
            "жаловат",
            "претензи",
            "zasuzh",
            "zayavlen",
            "zhalob",
            "адвокат",
            "юрист",
            "advokat",
            "yurist",
            "прокурат",
            "минздрав",
            "надзор",
            "полици",
            "prokurat",
            "minzdrav",
            "сиськ",
            "грудь",
            "жоп",
            "попу",
            "попа",
            "трахн",
            "пидор",
            "пидр",
            "педик",
            "хач",
            "чурк",
            "чурбан",
            "жид",
            "черножоп",
            "узкоглаз",
            "даун",
            "дебил",
            "шлюх",
            "шалав",
            "pidor",
            "pidr",
            "урод",
            "жирн",
            "корова",
            "свинья",
            "тупая",
            "тупой",
            "дура",
            "ничтожеств",
            "позорищ",
            "мразь",
            "тварь",
            "отврат",
            "противно",
            "инвалид",
            "вали",
            "катись",
            "уезжай",
            "возвращайся",
            "понаеха",
            "баба",
            "борщ",
            "ubeysya",
            "убейся",
            "лирик",
            "трамадол",
            "феназепам",
            "оземпик",
            "ксанакс",
            "кодеин",
            "виагр",
            "сиалис",
            "метадон",
            "стероид",
            "lirika",
            "рецепт",
            "recepta",
            "retsepta",
            "пиши",
            "напиши",
            "стучи",
            "обращайтесь",
            "лс",
            "личк",
            "директ",
            "тг",
            "телег",
            "pishite",
            "ссылк",
            "продам",
            "продаю",
            "продаем",
            "продаём",
            "выиграл",
            "поздравляем",
            "победитель",
            "приз",
            "заработ",
            "доход",
            "крипт",
            "инвестиц",
            "трейдинг",
            "помощни",
            "ассистент",
            "секретар",
            "администратор",
            "представител",
            "поддержк",
            "официальн",
            "данные карты",
            "номер карты",
            "пароль",
            "код из смс",
        }
    )
)


def _c(lang: str, *parts: str) -> str:
    """Concepts of ``lang`` in order inside one clause: names are looked up, anything else is kept as written."""
    lex = LEXICONS[lang]
    return "".join(f"(?:{lex[p]})" if p in lex else p for p in parts)


_ENG = "en"
#: (category, language, audit id, pattern): one clause composition.
Composition = tuple[str, str, str, str]

#: The clause compositions of every category.
COMPOSITIONS: list[Composition] = [
    # ---------------------------------------------------------- threats
    (
        "risk.threat",
        "en",
        "intent-act",
        _c(
            _ENG,
            "intent",
            GAP,
            r"(?<!\bbe )(?<!\bbeen )(?<!\bget )",
            "violent",
            # "gonna kill myself after this stream" harms the speaker: self-harm, not a threat
            r"\b(?! (?:myself|my self|meself|ourselves)\b)(?=",
            NEAR,
            r"(?:",
            "target",
            "|",
            "place",
            "|",
            "weapon",
            r")|\s*$)",
        ),
    ),
    ("risk.threat", "en", "intent-act-on-victim", _c(_ENG, "intent", GAP, "violent_obj")),
    (
        "risk.threat",
        "en",
        "never-again",
        _c(
            _ENG,
            "intent",
            GAP,
            r"\bmake sure (?:you|u|he|she|they) (?:never|can'?t|cant|won'?t|wont) (?:walk|talk|see|breathe|wake up|stream|work|stand|speak)\b",
            NEAR,
            r"\bagain\b",
        ),
    ),
    (
        "risk.threat",
        "en",
        "intent-weapon",
        _c(
            _ENG,
            r"\b(?:i'?m|im|i am|i'?ll|ill|i will|gonna|imma|we'?re|bringing|bring|brought|got|have)\b",
            NEAR,
            r"\b(?:bringing|bring|brought|carry|carrying|packing|got|have)\b",
            NEAR,
            "weapon",
        ),
    ),
    (
        "risk.threat",
        "en",
        "weapon-place",
        _c(_ENG, "weapon", GAP, "place")
        + "|"
        + _c(_ENG, "place", GAP, r"\b(?:bomb|explosive|gasoline)\b")
        + "|"
        + _c(_ENG, "place", NEAR, r"\bwith (?:my|a|an|our|some|his|her)\b", NEAR, "weapon"),
    ),
    (
        "risk.threat",
        "en",
        "place-harm",
        _c(_ENG, "place", NEAR, r"\b(?:is |will |gonna |going to |'?s gonna |will be )?", "place_harm"),
    ),
    (
        "risk.threat",
        "en",
        "shooting-at",
        r"\b(?:shooting|bombing|attack)\b (?:at|in|on) \w+"
        + NEAR
        + r"\b(?:tmrw|tomorrow|today|tonight|saturday|sunday|monday|friday|next week|soon)\b",
    ),
    ("risk.threat", "en", "knows-where", _c(_ENG, "know_where")),
    (
        "risk.threat",
        "en",
        "bomb-planted",
        r"\bthere(?:'?s| is| are) (?:a |an )?(?:bomb|bombs|explosives?|device) (?:in|at|under|inside|outside)\b|\b(?:planted|placed|left|hid) (?:a |an )?(?:bomb|explosive|device)\b",
    ),
    ("risk.threat", "en", "veiled", _c(_ENG, "meet")),
    (
        "risk.threat",
        "en",
        "preparation",
        r"\b(?:poured|pouring|spread|spilled|soaked|splashed) (?:the |some |a can of |a jug of )?(?:gas|gasoline|petrol|lighter fluid|kerosene|accelerant)\b"
        + GAP
        + r"\b(?:around|on|over|all over|in|into|under|at|outside|behind|near)\b"
        + NEAR
        + _c(_ENG, "place"),
    ),
    ("risk.threat", "es", "intent-act", _c("es", "intent", GAP, "violent")),
    (
        "risk.threat",
        "es",
        "act-first-person",
        r"\b(?:te|le|les|lo|la|los) (?:mato|matar[eé]|quemo|prendo fuego|parto la cara|rompo la cara|reviento|disparo|balaceo)\b|\ble prendo fuego\b"
        # the other first-person acts, present and future: "te rajo", "te meto un balazo", "te partiré las piernas"
        r"|\b(?:te|le|les|lo|los) (?:rajo|rajar[eé]|quiebro|quebrar[eé]|apu[ñn]alo|apu[ñn]alar[eé]|acuchillo|ahorco|ahorcar[eé]|degüello|degollar[eé]|estrangulo|estrangular[eé]|ahogo|ahogar[eé]|entierro|enterrar[eé]|desfiguro|atropello|atropellar[eé]|quemar[eé]|reventar[eé]|dispararé|disparar[eé])\b"
        r"|\b(?:te|le|les) (?:parto|partir[eé]|rompo|romper[eé]|vuelo|volar[eé]) (?:la cara|el cr[aá]neo|la cabeza|las piernas|los dientes|la madre|los huesos|los sesos|el hocico|la jeta|el cuello)\b"
        r"|\b(?:te|le|les) (?:meto|meter[eé]|pego|pegar[eé]) (?:un |unos )?(?:tiro|tiros|balazo|balazos|plomazo|cuchillazo|navajazo|machetazo|putazo|chingadazo|madrazo)\b",
    ),
    (
        "risk.threat",
        "es",
        "weapon-place",
        _c("es", "weapon", GAP, "place") + "|" + _c("es", r"\b(?:voy|vamos|ir[eé])\b", GAP, "weapon"),
    ),
    ("risk.threat", "es", "knows-where", _c("es", "know_where")),
    (
        "risk.threat",
        "es",
        "bomb-planted",
        r"\bhay (?:una |unas )?(?:bomba|bombas|explosivos?) en\b|\b(?:puse|pusimos|dej[eé]|dejamos|plant[eé]) (?:una )?(?:bomba|explosivo)\b",
    ),
    (
        "risk.threat",
        "es",
        "veiled",
        r"\bme las? (?:va|vas|van) a pagar\b|\bme las? pagar[aá]s?\b|\bte vas a arrepentir\b(?! (?:si no|de no)\b)|\bno sabes con qui[eé]n te metes\b|\b(?:vas|van) a (?:terminar|acabar|amanecer|aparecer) (?:en (?:una zanja|un hoyo|el hospital|la morgue|el cementerio|una bolsa|un cajón|una caja)|muert[oa]s?|tirad[oa]s?)\b|\btus d[ií]as est[aá]n contados\b",
    ),
    ("risk.threat", "ru", "act", _c("ru", "violent")),
    ("risk.threat", "ru", "body-harm", _c("ru", "body_harm")),
    ("risk.threat", "ru", "not-alive", _c("ru", "veiled")),
    (
        "risk.threat",
        "ru",
        "place-harm",
        _c("ru", "place", NEAR, "place_harm") + "|" + _c("ru", "place_harm", NEAR, "place"),
    ),
    ("risk.threat", "ru", "knows-where", _c("ru", "know_where")),
    (
        "risk.threat",
        "ru",
        "bomb-planted",
        r"\b(?:в|под) \w+ (?:заложен\w*|стоит|лежит) бомб\w*|\b(?:заложил\w*|подложил\w*|оставил\w*) бомб\w*|\b(?:здание|клиника|больница|студия|офис) заминирован\w*",
    ),
    # ---------------------------------------------------------- self-harm
    ("risk.self_harm", "en", "act", _c(_ENG, "self_act")),
    (
        "risk.self_harm",
        "en",
        "suicidal",
        r"\b(?:i'?m|im|i am|feel(?:ing)?|been|getting) (?:so |very |really |kinda |pretty )?suicidal\b|\bsuicide is (?:the|my) only (?:way|option)\b|\b(?:gonna|going to|want to|wanna|will|i'?ll|plan to|thinking about|think about) (?:commit )?suicide\b|\b(?:suicide|killing myself|dying) is all i (?:think about|want)\b|\bsuicide (?:is )?(?:my|the) (?:plan|way out)\b",
    ),
    ("risk.self_harm", "en", "wish", _c(_ENG, "self_wish")),
    ("risk.self_harm", "en", "farewell", _c(_ENG, "farewell")),
    ("risk.self_harm", "en", "method", _c(_ENG, "method_q")),
    (
        "risk.self_harm",
        "en",
        "method-ideation",
        r"\b(?:thinking|think) about (?:driving|jumping|crashing|walking|stepping)\b"
        + NEAR
        + r"\b(?:wall|bridge|off|traffic|train|into|in front)\b",
    ),
    ("risk.self_harm", "en", "current", _c(_ENG, "current_cut")),
    (
        "risk.self_harm",
        "en",
        "hopeless",
        r"\b(?:don'?t|dont|do not|can'?t|cant|cannot) see (?:the|any) point (?:in|of) (?:living|life|going on|being alive|waking up|being here)\b"
        r"|\b(?:can'?t|cant|cannot) (?:keep living|go on living|live) like this\b"
        r"|\b(?:i'?m|im|i am) (?:just )?(?:a|such a|nothing but a) burden\b"
        r"|\b(?:everyone|everybody|they|my family|the world|people|my kids) (?:would|will|'?d) (?:be )?(?:happier|better(?: off)?) (?:if i (?:was|were|wasn'?t|weren'?t) (?:gone|dead|here|around|alive)|without me)\b"
        r"|\b(?:i'?m|im|i am|so|just|really) (?:so |just |really )?tired of (?:being alive|living|existing)\b(?! (?:in|alone|with|at|here|like|on|under|paycheck|out of|off|from|near|by)\b)",
    ),
    (
        "risk.self_harm",
        "en",
        "means",
        r"\benough (?:\w+ )?(?:pills|meds|tablets|pain ?killers)\b"
        + GAP
        + r"\b(?:make it (?:all )?stop|end (?:it|this)|never wake|not wake|die|be done|finally)\b"
        r"|\b(?:bridge|ledge|roof|rooftop|train tracks|tracks|cliff|balcony|overpass)\b(?:\s+\w+){0,4}\s+(?:looks?|looking|seems?|feels?) (?:\w+ )?(?:tempting|inviting|peaceful|like the (?:answer|only way))\b"
        r"|\bi (?:cut|burned|burnt|hurt myself) again\b|\brelapsed\b(?=[^.!?]{0,30}\b(?:cut|cutting|self ?harm|blade|razor|burn))",
    ),
    ("risk.self_harm", "es", "wish", _c("es", "self_wish") + r"|\b(?:me voy a|voy a|quiero) quitar la vida\b"),
    ("risk.self_harm", "es", "farewell", _c("es", "farewell")),
    ("risk.self_harm", "es", "method", _c("es", "method_q")),
    (
        "risk.self_harm",
        "es",
        "hopeless",
        r"\b(?:no le (?:encuentro|veo) (?:ning[uú]n )?sentido a (?:la|mi) vida|(?:la|mi) vida no tiene (?:ning[uú]n )?sentido|(?:ya )?no tiene sentido (?:seguir|vivir|seguir viviendo)|estoy cansad[oa] de vivir|no aguanto m[aá]s (?:la vida|vivir|esta vida))\b"
        r"|\b(?:me )?(?:tomo|tomar[eé]|trago|tragar[eé]|voy a tomar(?:me)?|voy a tragar(?:me)?) (?:todas (?:las|mis)|toda la caja de|todo el frasco de|el frasco entero de|un pu[ñn]ado de) (?:pastillas|pastis|medicinas|medicamentos|p[ií]ldoras|\w+)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "act",
        r"\b(?:убью себя|покончу с собой|повешусь|вскроюсь|вскрою вены|выпилюсь|спрыгну|наглотаюсь|отравлюсь|vypilyus'?|pokonchu s soboy|poveshus'?)\b",
    ),
    ("risk.self_harm", "ru", "wish", _c("ru", "self_wish")),
    ("risk.self_harm", "ru", "farewell", _c("ru", "farewell")),
    ("risk.self_harm", "ru", "method", _c("ru", "method_q")),
    (
        "risk.self_harm",
        "ru",
        "hopeless",
        r"\b(?:я )?устал[аи]? (?:жить|от жизни|существовать)\b(?! (?:в|во|на|с|со|так|здесь|тут|одн\w+|без|рядом|под|у)\b)|\b(?:смысла|смысл) жить (?:больше |уже )?(?:нет|не вижу|потерян)\b|\bнет (?:больше )?смысла жить\b|\bне вижу смысла (?:жить|в жизни)\b|\bжить (?:больше )?незачем\b|\bуйти навсегда\b",
    ),
    # ---------------------------------------------------------- medical claims
    ("risk.medical_claim", "en", "remedy-cures", _c(_ENG, "remedy", GAP, "claim_verb", GAP, "disease")),
    ("risk.medical_claim", "en", "passive", _c(_ENG, "disease", NEAR, "claim_passive")),
    (
        "risk.medical_claim",
        "en",
        "cure-is",
        r"\bthe (?:real )?cure for \w+(?: \w+)? is\b|\b(?:is|are) (?:the|a) (?:real |natural )?cure for\b",
    ),
    ("risk.medical_claim", "en", "conspiracy", _c(_ENG, "conspiracy")),
    (
        "risk.medical_claim",
        "en",
        "stop-treatment",
        _c(_ENG, "stop_treat")
        + r"|\b(?:insulin|meds|medications?|chemo\w*|antidepressants?|statins?|pills|blood thinners?|inhalers?|vaccines?)\b"
        + GAP
        + r"\b(?:flush|dump|toss|ditch|throw (?:out|away)|stop|quit|skip) (?:them|em|'em|it)\b",
    ),
    ("risk.medical_claim", "es", "remedy-cures", _c("es", "remedy", GAP, "claim_verb", GAP, "disease")),
    (
        "risk.medical_claim",
        "es",
        "passive",
        _c("es", "disease", NEAR, "claim_passive") + "|" + _c("es", "claim_passive", NEAR, "disease"),
    ),
    ("risk.medical_claim", "es", "conspiracy", _c("es", "conspiracy")),
    (
        "risk.medical_claim",
        "es",
        "cured-with",
        _c(
            "es",
            r"\b(?:con|tomando|bebiendo|usando) (?:el |la |los |las |un |una |solo |puro )?",
            "remedy",
            GAP,
            r"\b(?:te curas?|te curar[aá]s|se cura|se curan|se cur[oó]|me cur[eé]|le cur[oó]|nos curamos|te sanas?|se sana|se san[oó]|me san[eé]|se quita|te quita|se elimina|te elimina)\b",
            GAP,
            "disease",
        ),
    ),
    ("risk.medical_claim", "es", "stop-treatment", _c("es", "stop_treat")),
    ("risk.medical_claim", "ru", "remedy-cures", _c("ru", "remedy", GAP, "claim_verb", GAP, "disease")),
    ("risk.medical_claim", "ru", "passive", _c("ru", "claim_passive")),
    ("risk.medical_claim", "ru", "conspiracy", _c("ru", "conspiracy")),
    (
        "risk.medical_claim",
        "ru",
        "replaces-treatment",
        _c(
            "ru",
            "remedy",
            NEAR,
            r"\b(?:заменя\w+|лучше (?:любых |всех )?|вместо|эффективнее (?:любых |всех )?)",
            r"\s*(?:антибиотик\w*|лекарств\w*|таблет\w*|хими\w*|инсулин\w*|вакцин\w*|прививк\w*|статин\w*)\b",
        ),
    ),
    ("risk.medical_claim", "ru", "stop-treatment", _c("ru", "stop_treat")),
    # ---------------------------------------------------------- legal
    (
        "risk.legal",
        "en",
        "act",
        _c(
            _ENG,
            r"\b(?:i'?m|im|i am|i'?ll|ill|i will|we'?re|we will|we'?ll|gonna|going to|about to|my (?:family|husband|wife|lawyer|attorney)|we|i|family is|already)\b",
            GAP,
            "legal_act",
        )
        + "|"
        + _c(
            _ENG,
            "legal_act",
            NEAR,
            r"\b(?:coming|incoming|for (?:u|you|ur|your)|against (?:u|you|ur|your|this|the clinic|the hospital))\b",
        ),
    ),
    (
        "risk.legal",
        "en",
        "counsel",
        r"\b(?:contact(?:ed|ing)?|call(?:ed|ing)?|talk(?:ed|ing)? to|spoke(?:n)? to|get(?:ting)?|got|hire[ds]?|hiring|have|already have|retain(?:ed)?|consult(?:ed|ing)?|a call from|hear from|lawyer(?:ing)?) (?:my|a|an|our) (?:\w+ )?(?:lawyer|attorney|solicitor|law firm|legal team)s?\b|\b(?:my|our) (?:lawyer|attorney|solicitor|law firm|legal team)s? (?:is|are|will|'?ll|gonna|is gonna|is going to|already|has|have|would)\b",
    ),
    (
        "risk.legal",
        "en",
        "regulator",
        _c(_ENG, "report_verb", GAP, "regulator") + "|" + _c(_ENG, "regulator", NEAR, r"\band a (?:lawyer|attorney)\b"),
    ),
    ("risk.legal", "en", "malpractice", _c(_ENG, "malpractice")),
    (
        "risk.legal",
        "es",
        "act",
        _c("es", "legal_future", NEAR, "legal_act")
        + "|"
        + r"\bnos vemos en (?:el |los )?(?:juzgado|tribunal|tribunales)\b|\bdemanda (?:colectiva|por negligencia)\b",
    ),
    (
        "risk.legal",
        "es",
        "counsel",
        r"\b(?:habl[eé]|hablar[eé]|tengo|llam[eé]|llamar[eé]|contact[eé]|contratar[eé]|contrat[eé]) (?:con |a )?(?:mi |un |una |el )?(?:abogad[oa]|lawyer)\b|\bmi abogad[oa] (?:va|se va|les|los|te|lo|ya)\b",
    ),
    (
        "risk.legal",
        "es",
        "regulator",
        _c(
            "es",
            r"\b(?:report\w+|denunci\w+|queja|quejar\w*|reclamaci[oó]n|reclamar|acudir[eé]|ir[eé])\b",
            GAP,
            "regulator",
        )
        + "|"
        + _c("es", "regulator", NEAR, r"\b(?:denuncia|queja|reclamaci[oó]n)\b"),
    ),
    (
        "risk.legal",
        "ru",
        "act",
        _c("ru", "legal_future", GAP, "legal_act")
        + r"|\bзасужу\b|\bzasuzhu\b|\bувидимся в суде\b|\bколлективн\w+ иск\w*\b",
    ),
    (
        "risk.legal",
        "ru",
        "counsel",
        r"\b(?:мой|наш) (?:адвокат|юрист)\b|\b(?:к|с) (?:адвокату|юристу|адвокатом|юристом)\b",
    ),
    (
        "risk.legal",
        "ru",
        "regulator",
        _c(
            "ru",
            r"\b(?:жалоб\w*|заявлени\w*|пожалуюсь|жаловаться|обращусь|напишу|пишу|zhalob\w*|zayavlenie|pishu)\b",
            GAP,
            "regulator",
        )
        + "|"
        + _c("ru", "regulator", GAP, r"\bжалоб\w*"),
    ),
    # ---------------------------------------------------------- harassment
    (
        "risk.harassment",
        "en",
        "slur",
        _c(_ENG, "address", NEAR, "slur") + "|" + r"(?<!of a )(?<!of-a-)" + _c(_ENG, "slur", r"[\s,!]{1,3}(?:you|u)\b"),
    ),
    (
        "risk.harassment",
        "en",
        "degrade-you",
        r"(?:^\W{0,3}|[,.!?:;]\s{0,3}|(?:\b(?:and|lol|lmao|omg|bro|dude|man|girl|honestly|seriously|wow|ugh|hey|doc|host|shut up|stfu|get lost|go away|sit down|bye|swear)|@\w+)\s+)(?:you|u|ur|you'?re|youre|u r|ya)\b(?: (?:are|r|is|look|looks|sound|such|so|a|an|just|fucking|really|literally|such a|the|one|absolute|total|complete|dumb|fat|ugly|stupid|little|old|sad|pathetic|lonely|useless|brainless|\w+ass))*\s"
        + _c(_ENG, "degrade"),
    ),
    (
        "risk.harassment",
        "en",
        "degrade-them",
        _c(
            _ENG,
            r"\b(?:(?:the|that|this) (?:host|doctor|doc|nurse|coach|trainer|pharmacist|guy|girl|woman|man|chick|lady|dude)|she|he|she'?s|he'?s|shes|hes|@\w+)\b",
            r"(?: (?:is|looks|sounds|so|such a|a|an|really|literally|is so|is such a|is a|is an)){1,3} ",
            "degrade",
        ),
    ),
    (
        "risk.harassment",
        "en",
        "identity",
        _c(_ENG, "identity", GAP, "identity_pred")
        + "|"
        + _c(_ENG, r"\b(?:dirty|filthy|stupid)\b ", "identity")
        + "|"
        + _c(_ENG, "identity", r" (?:ass|azz)\b")
        + "|"
        + _c(_ENG, "identity", NEAR, r"\b(?:is|are|r) (?:so |just |totally )?", "degrade"),
    ),
    ("risk.harassment", "en", "go-back", _c(_ENG, "go_back")),
    (
        "risk.harassment",
        "en",
        "what-a",
        _c(_ENG, r"\bwhat an? (?:\w+ )?(?!waste)", "degrade", r"(?: (?:you|u) (?:are|r)\b|\W*$)"),
    ),
    (
        "risk.harassment",
        "en",
        "rejection",
        r"\b(?:nobody|no one|noone|no1) (?:here )?(?:cares? (?:about|for|what)|likes|loves|wants to (?:see|hear|look at|watch)|asked (?:for )?|needs|listens to|watches) (?:you|u|ur|your|ya)\b"
        r"|\b(?:everyone|everybody|all of us|the whole chat) (?:here )?(?:hates|laughs at|is laughing at|is sick of|is tired of|cringes at) (?:you|u|ur|your)\b"
        r"|\b(?:you'?re|youre|you are|u r|ur) (?:such |just |a |an |total |complete |absolute )*(?:joke|laughing ?stock)\b(?! (?:teller|book|about|account))"
        r"|\bashamed to (?:exist|be alive|show (?:your|ur) face)\b|\bthe world (?:would be|is) better without (?:you|u)\b",
    ),
    (
        "risk.harassment",
        "en",
        "simile",
        r"\b(?:you|u|ur face|your face|she|he|the host) (?:look|looks|sound|sounds|smell|smells) like (?:a |an |some )?(?:\w+ )?(?:melted|rotten|rotting|burnt|deflated|wet|used|dead|moldy|mouldy|squashed|botched|inbred|diseased|bloated|crusty|greasy|sweaty|stale) \w+",
    ),
    ("risk.harassment", "en", "sexual", _c(_ENG, "sexual")),
    ("risk.harassment", "en", "body", _c(_ENG, "body_mock")),
    (
        "risk.harassment",
        "en",
        "kys",
        r"(?<!\bto )(?<!\bhow )\b(?:go |just |pls |please )?(?:kill|hang|shoot) (?:yourself|urself|ur self|your self)\b|\bkys\b|\b(?:drink bleach|go die|die in a (?:fire|hole|ditch))\b",
    ),
    ("risk.harassment", "es", "slur", _c("es", "address", NEAR, "slur")),
    (
        "risk.harassment",
        "es",
        "degrade",
        _c("es", "degrade", r"\s+", "degrade")
        + "|"
        + _c(
            "es",
            r"\b(?:eres|est[aá]s|ese|esa|la doctora est[aá]|la doctora|el doctor|la coach|el presentador|la presentadora)\s+(?:(?:un|una|bien|muy|tan|re|la m[aá]s)\s+)?",
            "degrade",
        ),
    ),
    ("risk.harassment", "es", "go-back", _c("es", "go_back")),
    (
        "risk.harassment",
        "es",
        "death-wish",
        r"\bojal[aá] te (?:mueras|d[eé] (?:c[aá]ncer|sida|covid)|atropell\w+|mat\w+|pudras?)\b|\bm[uú][eé]rete\b|\bque te mueras\b|\bdeber[ií]as (?:morirte|estar muert[oa])\b|\bpudr[eé]te\b",
    ),
    (
        "risk.harassment",
        "es",
        "insult",
        _c(
            "es",
            r"\b(?:eres|sos|est[aá]s|(?:la|el|esa|ese|esta|este|tu|su) (?:presentadora?|doctora?|m[eé]dic[oa]|host|coach|streamer|enfermer[oa]|tipa|tipo) (?:es|est[aá])|pedazo de|c[aá]llate|l[aá]rgate|vete|cierra el pico|calla)\b,?\s+(?:(?:un|una|bien|muy|tan|re|la m[aá]s|el m[aá]s|tu|so|grand[ií]sim[oa]|maldit[oa]|pinche)\s+)*",
            "insult",
        ),
    ),
    (
        "risk.harassment",
        "es",
        "vocative",
        _c(
            "es",
            r"\b(?:pedazo de|c[aá]llate|l[aá]rgate|vete|cierra el pico|calla)\b,?\s+(?:(?:la|el|tu|su|un|una|so|grand[ií]sim[oa]|maldit[oa]|pinche)\s+)?",
            "degrade",
        ),
    ),
    (
        "risk.harassment",
        "es",
        "vocative-alone",
        _c("es", r",\s{0,3}", "insult", r"(?=[\s.!?)]{0,6}$)")
        + "|"
        + _c("es", r"^\W{0,3}", "insult", r",(?=[^\n]{0,80}\b(?:t[uú]|te|ti|eres|est[aá]s|vos|sos)\b)"),
    ),
    (
        "risk.harassment",
        "es",
        "disgust",
        r"\b(?:(?:me|nos) (?:das|dan|da)|das) (?:mucho |tanto |much[ií]simo )?(?:asco|pena ajena|l[aá]stima|grima|repugnancia|v[oó]mito|ganas de vomitar)\b"
        r"|\b(?:tu|su) (?:cara|voz|cuerpo|jeta|pinta) (?:me )?(?:da|es un|es una|provoca) (?:asco|miedo|pena|grima|v[oó]mito)\b",
    ),
    (
        "risk.harassment",
        "es",
        "rejection",
        r"\bnadie te (?:quiere|soporta|aguanta|pidi[oó]|pregunt[oó]|necesita|escucha|ve|extra[ñn]ar[aá]|invit[oó])\b|\b(?:eres|es) (?:el|la) peor (?:doctora?|m[eé]dic[oa]|presentador[a]?|enfermer[oa]|streamer|coach|persona)\b|\bqu[eé] asco de (?:persona|mujer|hombre|doctora?|tipo|tipa|ser humano|presentador[a]?)\b|\b(?:todos|todo el mundo|el chat entero) te (?:odia|odian|detesta|detestan)\b|\bno sirves (?:ni )?(?:pa|para) nada\b|\bqu[eé] verg[uü]enza de (?:doctora?|m[eé]dic[oa]|presentador[a]?|enfermer[oa]|persona|mujer|hombre|coach)\b",
    ),
    ("risk.harassment", "es", "sexual", _c("es", "sexual")),
    (
        "risk.harassment",
        "ru",
        "slur",
        _c("ru", "address", NEAR, "slur") + "|" + _c("ru", "slur", r"[\s,!]{1,3}(?:ты|вы)\b"),
    ),
    (
        "risk.harassment",
        "ru",
        "degrade",
        _c("ru", "degrade", r"\s+", "degrade")
        + "|"
        + _c(
            "ru",
            r"\b(?:ты|вы|этот|эта|(?<![-—] )(?<![-—])это|ведущая|ведущий|тренер|доктор|врач)\s+(?:(?:такой|такая|просто|реально|же|тупой|тупая)\s+)?",
            "degrade",
        )
        + r"|\bкакой из тебя\b",
    ),
    ("risk.harassment", "ru", "go-back", _c("ru", "go_back")),
    (
        "risk.harassment",
        "ru",
        "death-wish",
        r"\bчтоб(?:ы)? (?:ты|вы|тебя|вас) (?:сдох\w*|подох\w*|сгни\w*|разорвало|переехало)|\bсдохни(?:те)?\b|\bподохни\b|\bлучше бы (?:ты|вы) (?:сдох\w*|умер\w*|не рожд\w+)|\bгори в аду\b|\bчтоб тебе пусто было\b",
    ),
    (
        "risk.harassment",
        "ru",
        "what-a",
        _c(
            "ru",
            r"\bкак(?:ая|ой|ое|ие) (?:же )?(?:ты|вы)\s+(?:(?:всё-таки|все-таки|все таки|всё таки|реально|просто)\s+)?",
            r"(?:",
            "degrade",
            "|",
            "insult",
            ")",
        ),
    ),
    # An insult said to the reader on its own, between commas or at an end ("убогая, кто тебя пустил", "..., бездарь").
    (
        "risk.harassment",
        "ru",
        "vocative",
        _c("ru", r",\s{0,3}", "insult", r"(?=[\s.!?)]{0,6}$)")
        + "|"
        + _c("ru", r"^\W{0,3}", "insult", r",(?=[^\n]{0,80}\b(?:ты|тебя|тебе|вы|вас|вам)\b)"),
    ),
    (
        "risk.harassment",
        "ru",
        "rejection",
        r"(?<!\bесли )\bникто (?:тебя|вас) не (?:любит|смотрит|уважает|слушает|ждёт|ждет|звал|просил|спрашивал)\b|\bну и (?:рожа|морда|харя|хлебало|рыло)\b|\bникому (?:ты|вы) не нуж\w+\b|\bвсе (?:тебя|вас) (?:ненавидят|презирают)\b|\bна (?:тебя|вас) (?:противно|тошно|мерзко|стыдно) смотреть\b",
    ),
    ("risk.harassment", "ru", "sexual", _c("ru", "sexual")),
    # ---------------------------------------------------------- scams
    (
        "spam.scam",
        "en",
        "rx-no-prescription",
        _c(_ENG, "rx_drug", GAP, "no_rx")
        + "|"
        + _c(_ENG, "no_rx", GAP, "rx_drug")
        + "|"
        + _c(
            _ENG,
            r"\b(?:sell(?:ing|s)?(?! me\b)|vend(?:ing)?|ill sell|i sell|plug for|cheap(?:est)?|discount(?:ed)?|(?:can|could|will|'ll) get (?:you|u|ya)|hook (?:you|u|ya) up with)\b",
            GAP,
            "rx_drug",
        ),
    ),
    (
        "spam.scam",
        "en",
        "private-contact",
        _c(_ENG, "contact_ask")
        + r"(?=.*\b(?:buy|sell|price|cheap|\$|consult\w*|help|treatment|meds|pills|protocol|prize|claim|invest\w*|profit|refund|crypto|(?<!feel )free|works|cure|order|trading|forex|made|earn|something|script|rx)\b)|\b(?:buy|sell|price|cheap|\$\d+|consult\w*|help|treatment|meds|pills|protocol|prize|claim|invest\w*|profit|refund|crypto|(?<!feel )free|cure|order|trading|forex|earn)\b.*"
        + _c(_ENG, "contact_ask"),
    ),
    ("spam.scam", "en", "giveaway", _c(_ENG, "giveaway")),
    ("spam.scam", "en", "investment", _c(_ENG, "invest")),
    (
        "spam.scam",
        "en",
        "loan-no-check",
        r"\b(?:no credit check|guaranteed (?:loan|approval)s?|instant (?:loan|cash)s?)\b(?=[^\n]{0,60}\b(?:dm|pm|message|msg|text|contact|whatsapp|telegram|hmu)\b)",
    ),
    (
        "spam.scam",
        "en",
        "impersonation",
        _c(_ENG, "impersonate")
        + r"(?=.*\b(?:dm|pm|message|msg|whatsapp|telegram|send|details|card|refund|private|contact)\b)",
    ),
    ("spam.scam", "en", "phishing", _c(_ENG, "phish")),
    ("spam.scam", "en", "paid-secret", _c(_ENG, "secret_product")),
    (
        "spam.scam",
        "es",
        "rx-no-prescription",
        _c("es", "rx_drug", GAP, "no_rx")
        + "|"
        + _c("es", "no_rx", GAP, "rx_drug")
        + "|"
        + _c(
            "es", r"\b(?:vendo|vendemos|tengo)\b", GAP, "rx_drug", GAP, r"\b(?:sin receta|dm|md|precio|whats|env[ií]o)"
        )
        + "|"
        + _c("es", "rx_drug", GAP, r"\b(?:a domicilio|env[ií]os? (?:a todo|discret|gratis)\w*)\b"),
    ),
    (
        "spam.scam",
        "es",
        "private-contact",
        _c("es", "contact_ask")
        + r"(?=.*\b(?:comprar|vend\w+|precio|barat\w+|\$|consulta|ayud\w+|tratamiento|pastillas|cita|premio|invier\w+|cripto|gratis|cura|reembolso|ganancia|receta|a domicilio|tramadol|clonazepam|ozempic|xanax|alprazolam|rivotril|oxicodona|fentanilo|pr[eé]stamos?)\b)|\b(?:comprar|vend\w+|precio|barat\w+|consulta|ayud\w+|tratamiento|pastillas|cita|premio|invier\w+|cripto|gratis|cura|reembolso)\b.*"
        + _c("es", "contact_ask"),
    ),
    ("spam.scam", "es", "giveaway", _c("es", "giveaway")),
    (
        "spam.scam",
        "es",
        "impersonation",
        _c("es", "impersonate")
        + r"(?=.*\b(?:mensaje|privado|dm|md|whats|datos|tarjeta|env[ií]\w+|m[aá]nd\w+|escr[ií]b\w+|contraseña|clave|c[oó]digo|verific\w+)\b)",
    ),
    (
        "spam.scam",
        "es",
        "phishing",
        _c("es", "phish")
        + r"(?<=.)(?=.*\b(?:privado|env[ií]\w+|m[aá]nd\w+|dm|md)\b)|\b(?:env[ií]\w+|m[aá]nd\w+|necesito|dame|p[aá]same|verific\w+|confirm\w+)\b"
        + GAP
        + _c("es", "phish"),
    ),
    (
        "spam.scam",
        "ru",
        "rx-no-prescription",
        _c("ru", "rx_drug", GAP, "no_rx")
        + "|"
        + _c("ru", "no_rx", GAP, "rx_drug")
        + "|"
        + _c("ru", "sell", GAP, "rx_drug"),
    ),
    (
        "spam.scam",
        "ru",
        "private-contact",
        _c("ru", "contact_ask")
        + r"(?=.*(?:консульт|помощ|помог|средств|купить|прода|цен|дешев|заработ|приз|крипт|лечени|возврат))|(?:консульт|помощ|средство|купить|продам|цен|заработ|приз|крипт|лечени)\w*.*"
        + _c("ru", "contact_ask"),
    ),
    ("spam.scam", "ru", "giveaway", _c("ru", "giveaway")),
    (
        "spam.scam",
        "ru",
        "impersonation",
        _c("ru", "impersonate") + r"(?=.*(?:лс|личк|напиш|пиши|пришлите|данные|карт|директ))",
    ),
    # A card number or a password named is not phishing ("каждый попробовал один пароль"): it must be asked for.
    (
        "spam.scam",
        "ru",
        "phishing",
        r"\b(?:пришли\w*|отправ\w+|скин\w+|сообщи\w*|назови\w*|продиктуй\w*|введи\w*|укажи\w*|напиши\w*|подтверди\w*|нужн\w+|дай\w*)\b"
        + GAP
        + _c("ru", "phish")
        + "|"
        + _c("ru", "phish")
        + GAP
        + r"\b(?:пришли\w*|отправ\w+|скин\w+|сообщи\w*|назови\w*|продиктуй\w*|введи\w*|укажи\w*|напиши\w*|в (?:лс|личк\w+|директ))",
    ),
    (
        "spam.scam",
        "ru",
        "investment",
        r"\b(?:вложи|вложите|вложив|инвестируй\w*|вкладывай\w*|закинь|закиньте)\b"
        + GAP
        + r"\b(?:получи\w*|заработа\w*|прибыль\w*|доход\w*|через (?:сутки|неделю|день|час|\d+ (?:дн|час)\w*)|x\d+|х\d+)"
        + r"|\b(?:удвою|удвоим|удваиваем|удваиваю) (?:ваши |твои |свои )?(?:деньги|биткоин\w*|крипт\w*|вложени\w*|депозит\w*)\b"
        + r"|\bпереводи\w* (?:\w+ )?на (?:мой |этот |наш )?кош[её]л[её]к\b",
    ),
]

# ================================================================ second round: constructions the first lexicons lacked
# Each is a construction of its language, not a sentence: a first-person present used as a
# promise ("te rompo las piernas"), a dative of doom ("тебе конец"), coming armed ("приду с
# ружьём"), means made ready ("tengo la soga lista"), a burden or a farewell letter, a group with a
# degrading predicate, someone addressed by their role ("el entrenador es un ...").
_ES_ROLE = r"(?:presentador[a]?|entrenador[a]?|enfermer[oa]|doctor[a]?|m[eé]dic[oa]|coach|farmac[eé]utic[oa]|host)"
_RU_ROLE = r"(?:врачих\w*|ведущ\w+|тренер\w*|доктор\w*|докторш\w+|врач\w*|медсестр\w+|фармацевт\w*|кардиолог\w*)"
#: A last stream or message that names a return or an ordinary reason to stop ("mi último directo por un tiempo, me
#: voy de vacaciones") is no farewell.
_ES_RETURN_NAMED = r"(?![^\n]{0,40}\b(?:por (?:un|algún|algun) tiempo|por ahora|hasta (?:el|la|dentro|mañana|manana|pronto|que)|del a[ñn]o|de la (?:semana|temporada)|vacaciones|descanso|me mudo)\b)"
_RU_WEAPON = r"(?:ружь\w+|обрез\w*|арматур\w+|бит(?:ой|ами|ы|у)|нож(?:ом|ами|и)?|ствол\w*|пистолет\w*|автомат\w*|травмат\w*|топор\w*|кастет\w*)"
COMPOSITIONS += [
    # ---------------------------------------------------------- threats, Spanish
    (
        "risk.threat",
        "es",
        "promise-present",
        r"\b(?:te|le|les|lo|la|los|las) (?:rompo|parto|reviento|quiebro|doy|pego|meto|saco|voy a sacar|voy a romper|voy a partir) (?:una |un |la |las |los |el |tus |sus )?(?:piernas?|cara|brazos?|huesos|madre|boca|crisma|jeta|paliza|pu[ñn]alada|balazo|tiro|plomazo|chucha|mierda|navajazo)\b",
    ),
    (
        "risk.threat",
        "es",
        "receives-blow",
        r"\b(?:se lleva|se llevar[aá]|le cae|te cae|recibe|se gana|te ganas|te llevas|te vas a llevar) (?:una |un )?(?:pu[ñn]alada|balazo|plomazo|tiro|paliza|navajazo|golpiza)\b",
    ),
    (
        "risk.threat",
        "es",
        "not-alive",
        r"\bno (?:llega|llegas|llegar[aá]s?|va a llegar|vas a llegar|van a llegar|sale|sales|saldr[aá]s?|vas a salir|van a salir) viv[oa]s?\b|\bno (?:vas|van) a llegar a (?:tu|su) casa\b|\b(?:te|lo|la) van a encontrar (?:muert\w+|en una zanja|tirad\w+|en un ba[ñn]o)",
    ),
    (
        "risk.threat",
        "es",
        "coming-for",
        r"\b(?:voy|vamos|van) a ir (?:a )?por (?:ti|usted|ustedes|vos|ella|[eé]l)\b|\b(?:te|lo|la|los) (?:mando|mandamos|mandar[eé]|vamos a mandar) a matar\b|\b(?:voy|vamos|van) a (?:entrar|ir|llegar|caer) armad[oa]s?\b|\b(?:te|lo|la) voy a esperar (?:en|a la salida|afuera|fuera)\b|\bte estar[eé] esperando\b|\b(?:cuidadito|cuidado) con lo que dices\b",
    ),
    (
        "risk.threat",
        "es",
        "knows-family",
        r"\b(?:sé|ya s[eé]|sabemos|conozco|conocemos)\b"
        + NEAR
        + r"\b(?:a qu[eé] (?:colegio|escuela|gimnasio)|tus hijos|tu (?:coche|carro|auto|casa|direcci[oó]n)|d[oó]nde (?:lo |la )?(?:aparcas|estacionas|vives|trabajas|duermes))\b",
    ),
    (
        "risk.threat",
        "es",
        "place-blows",
        r"\b(?:va|van) a (?:volar|explotar) (?:por los aires)?|\bvolar[aá]n? por los aires\b|\ba las \d+ explota\b",
    ),
    # ---------------------------------------------------------- threats, Russian
    (
        "risk.threat",
        "ru",
        "doom",
        r"\b(?:тебе|вам|ему|ей|им|"
        + _RU_ROLE
        + r")\s+(?:конец|капец|пиздец|хана|кранты|крышка|не жить)\b|\b(?:tebe|vam|emu) (?:pizdec|pizdets|kapec|kapets|hana|konec|kranty)\b|\bгото(?:вь|вьте) (?:гроб|гробы|венки)\b|\b(?:пусть|пускай) (?:\w+ )?(?:молится|оглядывается|боится)\b|\b(?:ему|ей|тебе|вам) (?:недолго|немного) осталось\b|\bпо тонкому льду\b|\bя слежу за (?:тобой|вами)\b",
    ),
    (
        "risk.threat",
        "ru",
        "armed-visit",
        r"\b(?:приду|приеду|подъеду|подъедем|приедем|зайду|зайдём|зайдем|навещу|навестить|заеду|заедем)\b"
        + GAP
        + r"(?:\bс (?:\w+ )?"
        + _RU_WEAPON
        + r"|\b"
        + _RU_WEAPON
        + r"\s*$|\bбитами\b|\bвсех положу\b)",
    ),
    (
        "risk.threat",
        "ru",
        "harm-body",
        r"\b(?:разобью|разобьём|разобьем|сломаю|переломаю|отпизжу|въебу|вломлю|набью)\b"
        + NEAR
        + r"\b(?:лицо|морду|рожу|ебало|нос|ноги|руки|кости|челюсть|голову|тебе|вам|ему|ей)\b|\bнож в (?:бок|спину|живот|горло)\b|\b(?:перестреля\w+|положу всех|всех положу)\b",
    ),
    (
        "risk.threat",
        "ru",
        "knows-where2",
        r"\bзнаю,? (?:где|когда|во сколько|в какую|в каком|какая|какой|твой|твою|ваш|её|ее|его)\b"
        + NEAR
        + r"\b(?:живешь|живёшь|живете|живёте|паркуешься|паркуетесь|работаешь|ходят|ходит|школ\w*|подъезд\w*|дом|адрес|машин\w*|тачк\w*|дети)\b|\bя знаю (?:её|ее|его|твой|ваш) (?:подъезд|адрес|дом)\b",
    ),
    (
        "risk.threat",
        "ru",
        "wait-for",
        r"\bжди(?:те)? (?:меня )?(?:у|возле|около|после) (?:выхода|метро|работы|студии|клиники|больницы|подъезда|дома|офиса|стрима|эфира)\b|\bвстречу (?:у|возле|после)\b",
    ),
    (
        "risk.threat",
        "ru",
        "bomb-planted2",
        r"\bзаложен\w* бомб\w*|\bбомб\w* заложен\w*|\bот (?:вашего|твоего|этого) (?:здания|офиса|клиники|дома) ничего не останется\b",
    ),
    # ---------------------------------------------------------- self-harm, Spanish
    (
        "risk.self_harm",
        "es",
        "act-present",
        r"\bme (?:quito la vida|mato|suicido|ahorco|cuelgo)\b(?! (?:a |de |estudiando|trabajando|entrenando|de risa|por))|\bme (?:voy a )?(?:tir(?:o|ar[eé]?)|lanz(?:o|ar[eé]?)|aviento) (?:de|del|desde|por) (?:un |una |el |la )?(?:puente|edificio|balc[oó]n|piso|azotea|techo|ventana|quinto|d[eé]cimo)",
    ),
    (
        "risk.self_harm",
        "es",
        "current2",
        r"\bme (?:he vuelto a |vuelvo a |sigo |vuelvo a )?(?:cort(?:o|[eé]|ado|ando)|quem(?:o|[eé]|ado|ando)|golpe(?:o|[eé]|ado|ando)|pego|lastim(?:o|[eé]|ado|ando)|ara[ñn](?:o|[eé]|ado|ando))\b"
        + NEAR
        + r"\b(?:brazos?|piernas?|mu[ñn]ecas?|mechero|encendedor|cuchilla|hasta (?:sangrar|dejarme)|a m[ií] mism[oa]|la piel|la cabeza|moratones)",
    ),
    (
        "risk.self_harm",
        "es",
        "means-ready",
        r"\btengo (?:la|las|una|unas) (?:soga|cuerda|pastillas|cuchilla|pistola)\b"
        + NEAR
        + r"\b(?:list[ao]s?|preparad[ao]s?|guardad[ao]s?|en la mesa|aqu[ií])\b|\bpara no despertar(?:me)?\b|\bestoy en el ba[ñn]o con una cuchilla\b",
    ),
    (
        "risk.self_harm",
        "es",
        "goodbye2",
        r"\b(?:escrib[ií]|escribo|dej[eé]|tengo|ya)\b"
        + GAP
        + r"\bcartas? de despedida\b|\b(?:perd[oó]n|lo siento|perdonen) por ser (?:una )?carga\b|\bsoy una carga\b|\b(?:mi|es mi|este es mi) [uú]ltimo directo\b"
        + _ES_RETURN_NAMED
        + r"|\bya no me (?:van a )?ver[aá]n m[aá]s\b|\bme mato hoy\b|\bhoy lo hago\b",
    ),
    (
        "risk.self_harm",
        "es",
        "wish2",
        r"\bno quiero seguir viviendo\b|\bnadie me (?:echar[ií]a|va a echar|extra[ñn]ar[ií]a) de menos\b|\bnadie me (?:echar[ií]a|extra[ñn]ar[ií]a)\b|\bme desvivo\b",
    ),
    (
        "risk.self_harm",
        "es",
        "asks-for-self",
        r"\b(?:morir|muera|muero|sobredosis|letal|mortal|suficiente|r[aá]pido|matar)\b[^\n]{0,80}\b(?:lo )?pregunto por m[ií]\b|\bpregunto por m[ií]\b[^\n]{0,80}\b(?:morir|sobredosis|letal|mortal)\b|\bcu[aá]nt[oa]s? (?:\w+ ){0,3}(?:para que sea r[aá]pido|para morir|para no despertar)",
    ),
    # ---------------------------------------------------------- self-harm, Russian
    (
        "risk.self_harm",
        "ru",
        "act2",
        r"\b(?:шагну|прыгну|выйду|сигану) (?:с|из|в) (?:крыши|моста|окна|окно|балкона|\w+ этажа)\b|\bуйду из жизни\b|\bроскомнадзор\w*|\bдоведу (?:это |дело )?до конца\b|\b(?:усну|уснуть|засну|заснуть) навсегда\b|\bне проснусь\b|\bne hochu (?:bolshe |bol'she )?zhit\b|\bvyp'?yu vs[eyo]+\b",
    ),
    ("risk.self_harm", "ru", "current2", r"\b(?:режу|царапаю|бью|жгу|прижигаю|колю|калечу)\s+(?:себя|себе)\b"),
    (
        "risk.self_harm",
        "ru",
        "means-ready",
        r"\b(?:вер[её]вк\w*|петл\w+)\b"
        + NEAR
        + r"\b(?:купил\w*|готов\w*|в гараже|висит|уже)\b|\bтаблетки (?:уже )?(?:лежат|на столе|передо мной|приготовлен\w*|припасен\w*)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "burden",
        r"\b(?:была|был|являюсь|стал|стала) (?:для всех )?обузой\b|\bя (?:всем )?обуза\b|\bбез меня (?:всем |им |семье )?(?:будет )?лучше\b|\b(?:если|когда) меня не станет\b|\bпрощальн\w+ (?:письм\w*|записк\w*)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "asks-for-self",
        r"\b(?:умереть|передоз\w*|убь[её]т|летальн\w*|смертельн\w*|не проснуться)\b[^\n]{0,80}\b(?:для себя|себе) (?:спрашиваю|интересуюсь)\b|\b(?:для себя|себе) (?:спрашиваю|интересуюсь)\b[^\n]{0,80}\b(?:умереть|передоз\w*|летальн\w*|смертельн\w*)|\bсколько (?:нужно |надо )?(?:\w+ ){0,2}чтобы (?:не проснуться|умереть|уснуть навсегда)\b",
    ),
    # ---------------------------------------------------------- harassment, Spanish
    (
        "risk.harassment",
        "es",
        "role-slur",
        r"\b(?:el|la|ese|esa|este|esta) "
        + _ES_ROLE
        + r" (?:es|est[aá]) (?:un |una |muy |tan |demasiado |bien )?"
        + _c("es", "slur")
        + "|"
        + _c("es", "slur")
        + r"\s+(?:mental\s+)?(?:el|la) (?:que|de)\b|"
        + _c("es", "slur")
        + r" de mierda\b",
    ),
    (
        "risk.harassment",
        "es",
        "role-degrade",
        r"\b(?:el|la|ese|esa|este|esta) "
        + _ES_ROLE
        + r" (?:es|est[aá]) (?:un |una |muy |tan |demasiado |bien |re )?"
        + _c("es", "degrade")
        + r"|\bqu[eé] asco de "
        + _ES_ROLE
        + r"\b|\b(?:gord[oa]|fe[oa]) como una? (?:vaca|cerd[oa]|ballena|caballo)\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-predicate",
        r"\b(?:los |las )?(?:moros|gitanos|mujeres|gays|negr[oa]s|indios|sudacas|jud[ií]os|musulmanes|maricones|inmigrantes)\b"
        + NEAR
        + r"\b(?:no deber[ií]an (?:ser|estar|trabajar)|no sirven (?:pa|para)|roban|son una (?:enfermedad|plaga|basura|lacra)|no saben nada|no los dejen)\b|\b(?:esta|ese|esa|este) (?:negr[oa]|indi[oa]|jud[ií][oa]|mor[oa]|gitan[oa])\b"
        + NEAR
        + r"\b(?:no sabe|seguro|solo quiere|huele)\b",
    ),
    (
        "risk.harassment",
        "es",
        "sexual2",
        r"\bfotos? (?:sin ropa|desnud[oa]s?|en bolas)\b|\b(?:m[aá]ndame|env[ií]ame|p[aá]same) (?:el |tu )?(?:pack|nudes)\b|\bqu[eé] buena est[aá]s?\b",
    ),
    # ---------------------------------------------------------- harassment, Russian
    (
        "risk.harassment",
        "ru",
        "role-slur",
        r"\b(?:"
        + _RU_ROLE
        + r"|в кадре|в чате)\s+(?:-|—)?\s*"
        + _c("ru", "slur")
        + "|"
        + _c("ru", "slur")
        + r"\s+(?:в кадре|в чате)\b|\bкак у (?:педика|дебила|дауна)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "role-degrade",
        r"\b(?:ты|вы|"
        + _RU_ROLE
        + r")\s+(?:слишком |очень |совсем |такая |такой |просто |реально |же )?(?:страшн\w+|жирн\w+|тупая|тупой|уродин\w*|маразматик\w*|свинья|корова|мразь|тварь)\b|\b(?:старая |страшная )+карга\b|\bлысый урод\b|\bсвиноматка\b",
    ),
    (
        "risk.harassment",
        "ru",
        "role-insult",
        r"\b(?:ты|вы|"
        + _RU_ROLE
        + r")\s+(?:(?:слишком|очень|совсем|такая|такой|просто|реально|же|\w+ая|\w+ый|\w+ой|\w+ое)\s+)?"
        + _c("ru", "insult")
        + "|"
        + _c("ru", "insult", r",?\s+(?:ты|вы|молчи|заткнись)\b")
        + "|"
        + _c("ru", r"\b(?:заткнись|молчи|пошла|пошёл|пошел|вали)\b,?\s+(?:\w+ )?", "insult"),
    ),
    (
        "risk.harassment",
        "ru",
        "group-predicate",
        r"\b(?:чурк\w*|хач\w*|хохл\w*|жид(?:ы|ов)|цыган\w*|бабы|геи|гомики|негры|ч[её]рные|черножоп\w*|понаехавшие)\b"
        + NEAR
        + r"\b(?:не должны|не могут|не годятся|не место|пусть|тупые|воруют|болезнь|обуза|вон)\b|\bэта ч[её]рная\b|\bжидовск\w+\b",
    ),
    (
        "risk.harassment",
        "ru",
        "sexual2",
        r"\bнюдс\w*|\bnudes\b|\bскинь (?:фот\w+ )?(?:без одежды|голой|голую)\b|\bотсос\w*|\bкакие сиськи\b|\bдокторша сочная\b|\bсочная,? покажи\b",
    ),
]

# ================================================================ third round: English constructions
# Each is a general construction, not a sentence: an identity group with a stereotype or a
# dehumanising comparison, a person compared to an animal, a death wish aimed at someone, a
# sexual remark about the host; self-harm means made ready, farewells, overdose questions and
# harm in progress; threats with a condition, a visit or a body part; a legal counsel or a
# regulator the speaker turns to.
_EN_ROLE = r"(?:guest|dentist|paramedic|medic|host|streamer|doc|doctor|dr\. ?\w+|dr \w+|nurse|coach|trainer|physio|pharmacist|mod|receptionist|surgeon|cardiologist|therapist|presenter|instructor|guy|girl|woman|lady|chick|dude)"
_EN_STAFF = r"(?:host|streamer|doc|doctor|dr\. ?\w+|dr \w+|nurse|coach|trainer|physio|pharmacist|mod|receptionist|surgeon|cardiologist|therapist|presenter|instructor)"
_EN_GROUP = r"(?:wom[ae]n|girls|females|jews?|j3ws?|muslims?|hijabis?|blacks?|black (?:people|folks|guys|women|nurses?|doctors?)|mexicans?|chinese|indians?|asians?|arabs?|africans?|gypsies|gypsy|immigrants?|foreigners?|migrants?|refugees?|gays?|gay people|lesbians?|trans (?:people|women|folks)|cripples|retards|autistics?|old (?:people|folks|farts|hags)|boomers?|grannies|fatties|fat people)"
#: After a nationality, a thing and not its people: "the chinese takeout smells amazing", "mexican food".
_EN_NOT_PEOPLE = (
    r"(?! (?:food|restaurants?|takeout|take-out|take out|place|spot|buffet|cuisine|dish(?:es)?|tea|market|store|"
    r"shop|grocery|bakery|food truck|truck|movies?|films?|shows?|dramas?|music|songs?|new year|medicine|herbs?|"
    r"remed(?:y|ies)|clinic|pharmacy|products?|brands?|cars?|phones?|apps?|soup|noodles|rice|spices?)\b)"
)
_EN_ANIMAL = r"(?:monkey|monkeys|gorilla|ape|apes|pig|pigs|cow|cows|whale|cockroach|cockroaches|rat|rats|vermin|parasite|parasites|animal|animals|dog|dogs|horse|donkey|hambeast|landwhale|pedo|pedophile|streetwalker|hooker|prostitute|sweeper)"
#: A last stream or message that names a return or an ordinary reason to stop ("last stream for a while, going on
#: vacation", "my last post before bed") is no farewell.
_EN_RETURN_NAMED = r"(?![^\n]{0,40}\b(?:gotta|got to|cook|dinner|bed|sleep|job|moving|as an? |before|for now|for today|for tonight|for a (?:while|bit|few|couple)|see (?:you|ya|u)|tomorrow|next (?:week|time|stream)|until|vacation|holiday|break|hiatus)\b)"
_EN_EXTRA: list[Composition] = [
    # ---------------------------------------------------------- harassment
    (
        "risk.harassment",
        "en",
        "strong-slur",
        r"\b(?:nigg\w*|n1gg\w*|trann(?:y|ies)|tr\Wnn(?:y|ies)|kikes?|wetbacks?|ragheads?|towelheads?|curry munchers?|sand n\w+|chinks)\b(?! (?:in (?:the|my|his|her) armou?r|of light)\b)",
    ),
    (
        "risk.harassment",
        "en",
        "slur-role",
        r"\b(?:faggot|fag|dyke|whore|slut|skank|bitch|cunt|retard(?:ed)?|r3tard|cripple|spaz|mongoloid|fat|ugly|stupid|dumb|bald|senile|deaf|autistic|godless|greedy|filthy|dirty) (?:ass |old |little |fat |ugly )?"
        + _EN_STAFF
        + r"\b|\b(?:retard(?:ed)?|senile|deaf|autistic) (?:idiot|freak|moron|question|fool)s?\b|\bautistic freaks?\b|\b(?:special ed|down syndrome vibes)\b",
    ),
    (
        "risk.harassment",
        "en",
        "group-stereotype",
        r"\b(?:the |those |these |all |typical |you |another |a )?"
        + _EN_GROUP
        + r"\b(?!['’]s\b)"
        + _EN_NOT_PEOPLE
        + GAP
        + r"\b(?:steal\w*|lazy|greedy|dirty|smell\w*|stink\w*|eat\w* dogs|terrorists?|criminals?|too emotional|can'?t (?:drive|explain|do|think|work|work out)|without crying|shouldn'?t be|should not be|have no business|don'?t belong|dont belong|are why|are the reason|belong in|diseased|subhuman|not (?:real|even) (?:people|humans|women|men)|in scrubs|take (?:our|your) jobs|(?:should|needs? to|ought to) (?:just )?die)\b|\btypical (?:woman|women|female|immigrant|boomer|jew|muslim|mexican|indian|foreigner)\b(?!'s)|\bdiversity (?:hire|box|quota)\b|\b(?:only got|only hired|got the job|hired) (?:\w+ ){0,3}because (?:she'?s|he'?s|shes|hes|she is|he is|they'?re) (?:a )?(?:black|a woman|female|gay|trans|muslim|mexican|indian|asian|chinese|foreign)\b",
    ),
    (
        "risk.harassment",
        "en",
        "go-back-country",
        r"\bgo back to (?:india|mexico|china|africa|pakistan|your (?:village|country|jungle|cave|desert|hut)|the (?:village|jungle|desert|kitchen)|wherever (?:you|u) came from|where (?:you|u) came from)\b",
    ),
    (
        "risk.harassment",
        "en",
        "dehumanise",
        r"\b(?:looks?|looking|sounds?|smells?|acts?) like (?:a |an |some |such a )?(?:fat |ugly |dirty |old |hairy |bald |stupid )?"
        + _EN_ANIMAL
        + r"\b|\b(?:you|u|ur|ya) (?:fat |ugly |dirty |old |stupid |filthy )?(?:monkey|gorilla|ape|pig|cow|whale|cockroach|rat|vermin|parasite|hambeast|landwhale|slag|slob)\b(?=\W*(?:$|[,.!?]| doc| host| lol| lmao| go| get| nobody|trying))|\b(?:fat|ugly) (?:cow|pig|slag|slob|whale|hag|bitch|fool)s?\b|\bhorse ?face\b|\bhambeast\b|\blandwhale\b|\blike (?:a )?gorilla\b|\b(?:you'?re|youre|ur|u r|you are|is|are) (?:a |such a |just a )?(?:total |complete )?waste of (?:oxygen|space|air|skin)\b",
    ),
    (
        "risk.harassment",
        "en",
        "degraded-identity",
        r"\b(?:greedy|godless|dirty|filthy|stupid|dumb|lazy|smelly|typical|another) (?:jew|j3w|muslim|mexican|indian|arab|paki|immigrant|foreigner|gypsy|african|chinese|asian|black|tranny|faggot|retard|cripple)s?\b|\b(?:you|u|ur|you'?re|youre|u r|you are)(?: such| just| a| an| worthless| useless| stinking| fucking)* (?:piece of (?:trash|shit|garbage|crap)|pos|sack of (?:shit|crap))\b",
    ),
    (
        "risk.harassment",
        "en",
        "death-wish-at",
        r"\b(?:should|needs? to|ought to|better) (?:just )?(?:die|drop dead|rot|disappear) already\b|\bwhy are (?:you|u) (?:even |still )?alive\b|\b(?:your|ur) (?:\w+ )?(?:ass|body|face) belongs in a (?:nursing home|zoo|landfill|grave|cage)\b|\bjust die already\b|\bnobody wants to see (?:your|ur)\b|\bi (?:hope|wish|pray) (?:you|u|ya|she|he) (?:die|dies|get cancer|gets cancer|get hit by|gets hit by|rot|choke|burn|drop dead|overdose|od)\b(?! (?:laughing|of laughter|from laughing|happy|peacefully|old|rich))",
    ),
    (
        "risk.harassment",
        "en",
        "sexual-host",
        r"\bwhat are (?:you|u) wearing under\b|\b(?:i'?d|id|i would|wanna|want to|gonna) (?:hit|smash|bang|rail|fuck|ride|tap) (?:that|the "
        + _EN_ROLE
        + r"|this "
        + _EN_ROLE
        + r")\b|\bbent over\b(?=.*\b(?:hot|sexy|host|trainer|physio|nurse|doc|coach)\b)|\bin (?:a|her|his|your|ur) (?:bikini|thong|lingerie|underwear)\b|\b(?:she'?s|shes|she is) asking for it\b|\b(?:bet|i bet) (?:the |that |this )?\w+ (?:moans|screams|sucks|fucks|swallows)\b|\blooks? like a (?:streetwalker|hooker|prostitute|whore)\b|\b(?:so|such a) gay it hurts\b|\bbe gay (?:somewhere else|off camera)\b|\bkeep it to (?:herself|himself)\b",
    ),
    (
        "risk.harassment",
        "en",
        "body-mock",
        r"\blook at (?:her|his|the \w+'?s?|that \w+'?s?|this \w+'?s?|your|ur) (?:moustache|mustache|teeth|nose|face|arms|belly|gut|rolls|chins?|wrinkles|skin|hairline|forehead|ears|body|thighs|weight)\b|\bsaggy (?:\w+ )?(?:arms|tits|boobs|skin|face|ass)\b|\b(?:chubby|fat|ugly|obese) (?:girl|guy|woman|man|one|lady|chick|host|bitch)\b"
        + GAP
        + r"\b(?:put (?:her|him|them) in the back|cover (?:up|it)|ruin\w*|disgust\w*|nobody|no one)\b|\bis (?:the host|she|he|that) even a (?:woman|man|girl|guy)\b|\bcover up\b(?=.*\b(?:arms|body|fat|saggy|gross)\b)|\b(?:wrinkly|saggy|fat|flabby) ass\b|\bno wonder (?:your|ur) (?:wife|husband|bf|gf|boyfriend|girlfriend) left\b",
    ),
    # ---------------------------------------------------------- self-harm
    (
        "risk.self_harm",
        "en",
        "means-ready",
        r"\b(?:saved|saving|stockpil\w+|hoard\w*|collected|collecting)(?: up)? (?:\d+ |all |enough )?(?:of )?(?:my |the )?(?:\w+ )?(?:pills|meds|tablets|oxy|insulin|pens|sleeping pills|pain ?killers)\b|\b(?:pills|tablets|meds) (?:are )?(?:lined up|counted out|ready)\b|\bthe rope is (?:already |ready |in )|\b(?:picked|chose|set) the date\b|\bwith a (?:blade|razor) (?:right now|in my hand)\b|\bengine running\b|\brat poison\b|\b(?:take|taking|swallow|swallowing) (?:them all|all of them|everything in (?:my|the) (?:cabinet|medicine cabinet)|the whole (?:bottle|pack|box)|my whole (?:bottle|pack|box)|all (?:my|of my|the) \w+ (?:pills|meds|tablets)?\s?at once)\b|\btake them all at once\b",
    ),
    (
        "risk.self_harm",
        "en",
        "drive-jump",
        r"\b(?:drive|driving|crash|crashing|swerve) (?:my car )?(?:off|into) (?:the|a) (?:bridge|tree|wall|river|cliff|truck|traffic)\b|\bjump(?:ing)? (?:off|from) (?:the |a |my )?(?:\d+\w* floor|bridge|roof|building|balcony)\b",
    ),
    (
        "risk.self_harm",
        "en",
        "passive-wish",
        r"\b(?:sleep forever|not wake up|never wake up|let it (?:take me|happen|win)\b(?!\s+(?:where|to|there|home|away|go))|speed it up|had enough of (?:this )?life|(?:i'?m|im|i am|so|sick and) tired of (?:this )?(?:life|living|being alive)(?! (?:in|alone|with|at|here|on|under|paycheck|out of|off|from|near|by)\b)|done with it all|(?:i'?m|im|i am) ready to go\b|take me tonight|help (?:him|her|it) along|(?:heart|body) (?:just )?gives? out|want(?:ing)? to die|want to disappear|(?:i'?ll|ill|i will|i'?m going to|i'?m gonna|im gonna) (?:do it|finally do it) (?:myself|tonight|today)|(?:going|gonna) to finally do it|it'?s what i deserve|the only reason i'?m still (?:here|alive)|no one would notice if i (?:was|were) gone|just end it)\b",
    ),
    (
        "risk.self_harm",
        "en",
        "farewell2",
        r"\b(?:won'?t|wont|will not) see me (?:in (?:the )?chat |here |on here )?again\b|\bthis is my last (?:stream|message|post|comment|time)\b"
        + _EN_RETURN_NAMED
        + r"|\bgoodbye for (?:good|real|ever)\b|\b(?:wrote|writing|left|written) (?:a |my )?(?:goodbye |suicide |last |farewell )(?:notes?|letters?)\b|\b(?:left|wrote) a note for my\b|\bwrote (?:goodbye )?letters to (?:my|all my) (?:kids|children|family|parents|wife|husband)\b|\b(?:goodbye|suicide) note\b|\b(?:sorted|sorting) (?:out )?my (?:things|affairs|stuff)\b|\bgiving away my (?:stuff|things|cat|dog|pets?)\b|\b(?:won'?t|wont) be around for\b|\btake care of my (?:mom|mum|dad|kids|cat|dog) for me\b|\btell my \w+ i loved\b",
    ),
    (
        "risk.self_harm",
        "en",
        "overdose-q",
        r"\blethal dose\b|\b(?:can|could) (?:you|u|i|one|someone|somebody|a person) (?:overdose|od) on\b|\bhow deep (?:do (?:you|i)|to|should i) (?:have to )?cut\b|\b(?:be|is it|would it be|will it be) (?:instant|painless|quick)\b|\bhow many (?:tablets|pills|pens|capsules) (?:is|are|would be) enough\b|\b(?:think it'?s|is that|would that be) enough\b(?=.*\b(?:pills|pens|insulin|tablets|oxy)\b)|\bwhat happens if i take (?:my |the )?whole\b",
    ),
    (
        "risk.self_harm",
        "en",
        "harm-now",
        r"\b(?:hit|hitting|scratch|scratched|scratching|punch|punched|punching|cut|cutting|burn|burned|burnt|burning|bang|banged|banging) (?:myself|my (?:arms?|head|wrists?|legs?|thighs?|skin))\b"
        + GAP
        + r"\b(?:until|till|til|to) (?:i |they |it )?(?:bruise|bruised|bruises|bleed|bled|bleeds)\b|\b(?:stopped|stop) eating (?:\d+ days ago )?on purpose\b|\bstarving and purging\b|\btried to (?:od|overdose|kill myself|end it)\b|\b(?:i|i just|just) (?:took|swallowed) (?:all |like )?\d\d+ (?:of )?(?:my |the )?(?:\w+ )?(?:\w+ )?(?:pills|tablets|meds)\b|\bwrists? still (?:hurt|sting|bleed)|\bdid it again\b(?=.*\b(?:wrists?|cut|blade)\b)|\bkill\s+myself\b|\bs(?:e|3)lf h(?:a|4)rm(?: again)?\b",
    ),
    # ---------------------------------------------------------- threats
    (
        "risk.threat",
        "en",
        "doom-you",
        r"\b(?:you'?ll|youll|you will|u will|ull|you'?re|youre|you are|ur|u r) (?:be )?(?:a )?(?:dead|dead meat|dead man walking|in (?:the )?icu yourself)\b|\bdead (?:man walking|meat)\b|\b(?:will be|'?ll be) (?:ashes|rubble)\b|\b(?:host|doc|doctor|you|u|she|he) (?:will be|'?ll be|is gonna be|is going to be) dealt with\b|\bbetter (?:pray|hope) (?:i|we|the doors)\b|\bcheck under (?:her|his|your|ur|the) car\b|\bhope (?:your|ur|the) doors are locked\b|\bdo the math\b|\bwait and see\b(?=.*\b(?:host|doc|you|house|swat\w*)\b)|\bmake (?:an )?example of\b|\bremembered for the wrong reasons\b|\bi'?ll make sure of it\b|\bfind out what (?:losing|pain|fear)\b|\blearn what pain is\b",
    ),
    # Threats whose words carry a negation of their own ("you won't be walking to your car").
    (
        "risk.threat",
        "en",
        "doom-negative",
        r"\b(?:you|u|ya|he|she|they|(?:the |that |this )?"
        + _EN_STAFF
        + r")(?:'ll| will|ll)? (?:won'?t|wont|will not) be (?:walking|driving|standing|breathing|smiling|laughing)\b|\b(?:won'?t|wont|will not|can'?t|cant) (?:be able to )?(?:stop|protect|save) (?:me|you|u|him|her)\b(?=.*\b(?:next time|tonight|guard|security|police|cops)\b)|\b(?:got|are) lucky i didn'?t\b|\bnext time i (?:will|won'?t stop|wont stop)\b|\b(?:don'?t|dont|do not|better not) (?:go|come|walk|drive) (?:home|outside|to work|to the clinic|to your car)(?: tonight| today| alone)?\b(?=.*\b(?:doc|host|seriously|nurse|if (?:i|you) (?:were|was) you)\b)|\b(?:there|that) won'?t be another (?:one|stream|show)\b(?=.*\b(?:last|enjoy)\b)",
    ),
    (
        "risk.threat",
        "en",
        "waiting-armed",
        r"\b(?:i'?m|im|i am|i'?ll be|ill be|we'?ll be|be) (?:\w+ )?(?:waiting|standing|parked|hiding) (?:next to|by|outside|at|near|behind) (?:your|ur) (?:car|house|home|door|office|clinic|gym|place)\b|\b(?:bomb|b0mb|device|explosives?) (?:going off|goes off|will go off|set to go off|is set)\b",
    ),
    (
        "risk.threat",
        "en",
        "body-harm",
        r"\b(?:break|breaking|snap) (?:every|all|each) (?:bone|finger)s?\b|\b(?:knife|bullet|blade) in (?:the|your|ur|his|her) (?:gut|head|back|chest|face|throat)\b|\bmake (?:you|u|him|her) (?:bleed|suffer)\b|\bruin (?:you|u|him|her)\W+physically\b|\bteach (?:you|u|him|her) (?:a )?lesson\b|\bcop a glassing\b|\bgonna do (?:you|u|him|her) in\b|\b(?:pay|paying) (?:you|u|him|her) a visit\b|\bsending someone\b|\bdeal with (?:that|this|the|you|u|him|her) (?:\w+ )?(?:one by one|pharmacist|doctor|doc|nurse|host|trainer)\b|\bsee fire\b|\b(?:spiking|spike|poison\w*) (?:the \w+ )?(?:at |in )?(?:your|ur|his|her) (?:\w+ )?(?:shakes?|drinks?|water|coffee|food|gym|clinic)\b|\bswatted\b|\b(?:pull up|coming down there|come (?:to|down to)) (?:\w+ ){0,3}(?:and|to) (?:jump|deal with|hurt|beat|teach|sort)\b|\bwith something for (?:you|u|him|her)\b|\bgets it tomorrow\b|\b(?:or|else) (?:i|we) (?:'ll |will )?(?:torch|burn|shoot|stab|kill|bomb|smash|hurt|come for)\b|\b(?:i|we) (?:will|'ll|ll) (?:come|be coming) to (?:your|ur|the) (?:\w+ )?(?:office|clinic|hospital|house|home|gym|store|pharmacy)\b(?=.*\b(?:gun|knife|bleed|kill|hurt|lesson|boys|deal|rifle|weapon)\b)|\bi (?:have|got) a (?:gun|knife|rifle) and (?:i )?(?:will|'ll) use it\b|\b(?:truck|car) (?:through|into) the (?:front )?(?:window|door|entrance)\b|\b(?:i know|memori[sz]ed) (?:your|ur|the|which) (?:schedule|shift|shift pattern|entrance|door|route)\b",
    ),
    # ---------------------------------------------------------- legal
    (
        "risk.legal",
        "en",
        "counsel2",
        r"\b(?:hearing|hear|a letter|letters?|papers|call) from (?:my|our) (?:\w+ )?(?:lawyer|attorney|solicitor|law firm|legal team|barrister)s?\b|\b(?:my|our|her|his) (?:\w+'?s )?(?:lawyer|attorney|solicitor|law firm)s? (?:is drafting|drafted|already|are on it)\b|\b(?:lawyer|attorney|solicitor)s? (?:says|said|thinks) (?:we|i) (?:have|got|can)\b|\blawyer(?:ing)? up\b|\b(?:strong|solid|good) (?:legal )?case against\b|\bwe have a (?:strong|solid) case\b|\b(?:taking|take|dragging|drag|see) (?:you|u|ur \w+|your \w+|this \w+|them|y'?all) (?:to|in) (?:small claims|court|consumer court)\b|\bsmall claims\b|\byou'?ve been served\b|\b(?:you'?ll|you will|u will) pay for this in court\b|\b(?:file|filing|filed) (?:a )?(?:consumer court )?case (?:with|against)\b|\b(?:wrongful death|personal injury) (?:suit|lawsuit|claim|lawyer|attorney|case)\b|\bsuing (?:ur|your|you|the|this)\b|\b(?:lawyers?|attorneys?) (?:already )?(?:hired|retained)\b|\bto the cleaners\b|\b(?:emailed|called|contacted|sent) (?:my|a) (?:\w+ )?(?:lawyer|attorney|solicitor)\b",
    ),
    (
        "risk.legal",
        "en",
        "regulator2",
        NOT_ADVISED
        + r"\b(?:report\w*|complain\w*|going|go|went|letter|emailed|wrote|write|writing to|lodged|filed|written|writing|escalat\w*|sent)\b"
        + GAP
        + r"\b(?:to|with) (?:the )?"
        + _EN_REGULATOR
        + r"\b|\b(?:the )?"
        + _EN_REGULATOR_BODY
        + r"\b"
        + GAP
        + r"\b(?:will hear|will get|will be getting|is getting|hear about this|get a (?:full )?report|getting a letter)\b|\bis going to the (?:"
        + _EN_REGULATOR_BODY
        + r"|board)\b|\bgetting reported to\b",
    ),
]
COMPOSITIONS.extend(_EN_EXTRA)

# Medical claims beyond the remedy list: any subject with a cure verb and a condition, an
# intervention blamed for a disease, a treatment called needless or a scam, a disease called a
# myth or harmless, a cure said to be hidden, a home remedy "better than" a treatment.
_EN_CONDITION = (
    r"(?:"
    + EN["disease"][len(r"\b(?:") : -1]
    + r"|plaque\w*|arterial plaque|allerg\w+|liver disease|fevers?|glaucoma|sepsis|autoimmune\w*|immune system|blockages?|tumou?rs?|cancer cells|diseases?|illness\w*|migraines?|kidney stones|gout|acne|cataracts?|fibroids|ulcers?|hypertension|alzheimer'?s|heart problems|arrhythmias?|heart attacks?|hearing loss|tinnitus|eyesight|poor vision|blurry vision|gallstones|hair loss|baldness|osteoporosis|fibromyalgia|candida|urinary tract infections?)"
)
_EN_TREATMENT = r"(?:stents?|bypass|surgery|chemo\w*|radiation|statins?|beta blockers?|blood thinners?|insulin|metformin|thyroid pills|antidepressants?|meds|medications?|medicine|tablets|pills|pharma drugs|prescriptions?|vaccines?|vaccinations?|vaxx?\w*|jabs?|flu shots?|mammograms?|sunscreen|fluoride|5g(?: towers)?|towers|wifi|chemtrails|antibiotics|inhalers?|doctors)"
# Hyperbole has an entertainment for its subject ("this playlist cures my depression").
_EN_CLAIMS: list[Composition] = [
    (
        "risk.medical_claim",
        "en",
        "any-cures",
        r"(?<!^)(?<!playlist )(?<!song )(?<!songs )(?<!music )(?<!stream )(?<!show )(?<!video )(?<!podcast )(?<!voice )(?<!meme )(?<!memes )(?<!laughter )(?<!laugh )(?<!you )(?<!u )(?<!cat )(?<!dog )(?<!puppy )(?<!episode )(?<!channel )(?<!content )(?<!album )(?<!band )(?<!movie )(?<!game )\b(?:cures?|cured|heals?|healed|reverses?|reversed|dissolves?|dissolved|eliminates?|eradicates?|normali[sz]ed|normali[sz]es|resets?|alkali[sz]es|cleanses?(?: the)?|cleans(?: out)?|opens?(?: up)?|unclogs?|kills?(?: all)?|shrinks?|takes? away(?: all)?) (?:the |your |ur |my |his |her |out )?(?:stage \d )?"
        + _EN_CONDITION
        + r"\b(?: and \w+)?(?! (?:risk|research|awareness|patients?|ward|unit|center|centre|clinic|specialist|doctor|month|day|walk|charity|fund\w*)\b)",
    ),
    (
        "risk.medical_claim",
        "en",
        "blamed-cause",
        r"\b"
        + _EN_TREATMENT
        + r"\b (?:\w+ )?(?:causes?|caused|cause|gives? (?:you|u|kids|people|everyone)|giving (?:everyone|you|people)|=|leads? to|triggers?|is what causes) (?:the |a |\w+ )?(?:autism|cancer|turbo cancer|breast cancer|skin cancer|alzheimer'?s|alzheimers|dementia|heart attacks?|heart problems|arrhythmias?|the flu|infertility|sids|diabetes|the pandemic|covid|strokes?|death)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "needless-treatment",
        r"\b"
        + _EN_TREATMENT
        + r"\b (?:are|is|r) (?:just |all |totally |completely |a )?(?:unnecessary|useless|a scam|scams|a money ?maker|a racket|poison|a lie|fake|for profit)\b|\b(?:don'?t|dont|do not|never) (?:vaccinate|let them put (?:you|u|ur \w+|your \w+) on|take (?:the |any )?"
        + _EN_TREATMENT
        + r")\b|\b(?:no more|don'?t need (?:any )?|dont need (?:any )?|doesn'?t need (?:any )?|doesnt need (?:any )?|without (?:any )?)"
        + _EN_TREATMENT
        + r"\b(?: (?:needed|ever again|anymore))?(?=.*\b(?:cure\w*|fix\w*|heal\w*|natural\w*|garlic|prayer|magnet\w*|juice|oil|herbs?|leaf|tea|immunity|diet|fast\w*)\b)|\b(?:better than|instead of|replaces?) (?:any |your |ur |the )?"
        + _EN_TREATMENT
        + r"\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "myth-disease",
        r"\b(?:"
        + _EN_CONDITION
        + r"|measles|polio|covid|the virus|cholesterol|germ theory) (?:is|are) (?:a myth|harmless|made up|invented|a hoax|fake|a lie)\b(?! that\b)",
    ),
    (
        "risk.medical_claim",
        "en",
        "hidden-cure",
        r"\b(?:being suppressed|covering it up|cover(?:ing)? up the cure|hides? (?:it|the cure|this)|banned (?:them|it) because (?:they|it) works?|won'?t tell you but|don'?t want you to know|bought the fda|paid off the fda)\b(?=.*\b(?:cure\w*|cancer|heal\w*|natural|vaccin\w*|jab|pharma|fda|doctors?|nhs|heart|diabet\w*)\b)|\b(?:cure\w*|cancer|heals?|natural cures?)\b"
        + GAP
        + r"\b(?:being suppressed|covering it up|hides? it|won'?t tell you|don'?t tell you)\b|\bworks for everyone\b",
    ),
]
_EN_CLAIMS.append(
    # More verbs of cure, and the organ before the condition ("wipe out the flu", "clears up ear infections").
    (
        "risk.medical_claim",
        "en",
        "any-cures-more",
        r"(?<!^)(?<!song )(?<!music )(?<!stream )(?<!video )(?<!laughter )(?<!you )(?<!u )\b(?:wipes? out|wiped out|restores?|restored|clears? up|cleared up|melts? away|flushes? out|gets? rid of|got rid of) (?:the |your |ur |my |his |her |all )?(?:stage \d |ear |kidney |bladder |yeast |sinus |lung |skin |breast |prostate |colon |liver |chronic |severe )?"
        + _EN_CONDITION
        + r"\b(?! (?:risk|research|awareness|patients?|ward|unit|center|centre|clinic|specialist|doctor|month|day|walk|charity|fund\w*)\b)",
    )
)
_EN_CLAIMS.append(
    # A testimony that names the remedy: "my aunt beat stage 4 cancer with carrot juice" (not "she beat cancer").
    (
        "risk.medical_claim",
        "en",
        "cured-with",
        r"\b(?:beat|beaten|cured|healed|reversed|got rid of|fixed|kicked|overcame|shrank|cleared)\s+(?:(?:her|his|my|their|the|your|stage \d|\w+)\s+){0,2}"
        + _EN_CONDITION
        + r"\b"
        + NEAR
        + r"\b(?:with|using|by (?:eating|drinking|taking|doing)|through|thanks to|on)\s+(?:nothing but |just |only |pure |a |some )?"
        + _c(_ENG, "remedy"),
    )
)
COMPOSITIONS.extend(_EN_CLAIMS)

# ================================================================ scams by what the viewer is asked to do
# A scam asks the viewer to act off the platform: pay the writer (a card, a wallet, gift cards), pay a
# fee to receive something, multiply money, buy what needs a doctor without one, sign in at a link, or
# take the talk to a private channel where something is offered. Each concept is the act, in its
# inflections, not a product list: "send to my cashapp", "переводите на мою карту", "donen a mi cuenta".
#: Where a scammer takes the talk or the money (EN/ES/RU share most brand names).
_PAY_CHANNEL = r"(?:pay ?pal|cash ?app|venmo|zelle|bizum|nequi|daviplata|mercado ?pago|clabe|western union|moneygram|gift ?cards?|steam cards?|itunes cards?|google play cards?|tarjetas? de regalo|wallet|crypto wallet)"
_CHAT_CHANNEL = r"(?:whats ?app|watsapp|wsp|telegram|telegra|t\.me/\w+|snapchat|kik|wickr|hangouts|wechat|вотсап\w*|ватсап\w*|вацап\w*|телеграм\w*|телег[уае]|тележк[уае]|вайбер\w*|viber)"
_EN_OFF_PLATFORM = (
    r"(?:\b(?:dm|dms|pm|inbox|hmu)\b|\b(?:message|msg|text|txt|contact|add|email|e-mail|call|hit up|reach|write to) (?:me|us)\b|\b(?:message|msg|contact|dm|pm)\w* (?:me |us )?(?:privately|directly)\b|\bfor (?:the |a )?(?:price list|prices|price|menu|details)\b"
    r"|\b" + _CHAT_CHANNEL + r"\b|\btele ?(?:me|only|@)|\bon (?:tele|tg|signal|snap)\b"
    r"|\blink (?:is )?in (?:my |the )?(?:bio|profile|description)\b|\b(?:check|see|visit|click) (?:my|the) (?:profile|bio|page|link)\b|\bmy profile\b|\bbit\.ly/\S+|(?:\.|\bdot )(?:com|net|biz|shop|store|online|xyz|site)\b)"
)
_EN_OFFER = (
    r"\b(?:sell(?:ing|s)?|i sell|for sale|in stock|available|price list|menu|cheap(?:er|est)?|discount\w*|\d+ ?% (?:off|discount|cheaper)|half (?:the )?price|wholesale|bulk|discreet(?:ly)?|ship(?:s|ping)? (?:worldwide|discreet\w*|fast)|delivery|deliver(?:ed)?|"
    r"(?:i|we) (?:can|could|'?ll|will) (?:get|sell|write|send|hook|set|book) (?:you|u|ya)|i (?:got|have) (?:you|u|something|the stuff|a connect|a plug|the solution|a program|a method|a protocol|the cure|what you need)|there'?s a natural \w+|what fixed (?:it|mine)|fixed mine|only \d+ (?:left|spots?)|limited (?:stock|spots)|guaranteed|before (?:it'?s|its) released|before (?:the )?launch|paid in gift cards|\$\d+(?:[.,]\d+)?(?:k)? (?:per|a|each|/))\b"
)
_ES_OFF_PLATFORM = (
    r"(?:\b(?:escr[ií]b(?:e|a|i|an|e?n)(?:me|nos|le|les|lo|la)|escr[ií]banme|m[aá]nda(?:me|nos)|m[aá]ndenme|m[aá]ndale|cont[aá]cta(?:me|nos|lo|la|le)|cont[aá]ct(?:e|en)(?:me|nos|lo|la|le)|agr[eé]ga(?:me|nos)|preg[uú]nta(?:me|nos)|inbox|dm|md|al privado|por privado|por interno|mensaje privado)\b"
    r"|\b"
    + _CHAT_CHANNEL
    + r"\b|\bal whats\b|\b(?:link|enlace) en (?:mi |la )?(?:bio|perfil|descripci[oó]n)\b|\ben mi perfil\b|\bbit\.ly/\S+|(?:\.|\bpunto )(?:com|net|shop|store|online|mx)\b)"
)
_ES_OFFER = r"\b(?:vendo|vendemos|venta|tengo|tenemos|te consigo|le consigo|te hago|le hago|hago (?:recetas|an[aá]lisis|certificados|justificantes)|te paso|te lo dejo|barat\w+|precio\w*|descuento|oferta|\d+ ?% (?:de descuento|m[aá]s barat\w+|menos)|original(?:es)?|env[ií]os?|entrega\w*|a domicilio|discret\w+|quedan pocas|quedan \d+|garantizad\w+|solo (?:transferencia|efectivo)|pago adelantado|tengo la soluci[oó]n|tengo un (?:protocolo|m[eé]todo|programa|producto)|antes del lanzamiento)\b"
_RU_OFF_PLATFORM = (
    r"(?:\b(?:пиш\w+|напиш\w+|стуч\w+|обращайтесь|в лс|в личк\w+|личку|в директ)\b|"
    + _CHAT_CHANNEL
    + r"|\bв тг\b|\bссылк\w* в (?:профиле|био|описании|шапке)\b|\bв профиле\b|\bbit\.ly/\S+|(?:\.|\bточка )(?:ру|ru|com|net|shop)\b)"
)
_RU_OFFER = r"\b(?:прода\w+|продам|в наличии|есть (?:тема|средство|препарат|таблетки|методика)|дешевле|дёшево|дешево|недорого|скидк\w+|оригинал|доставк\w+|курьер\w*|анонимно|предоплат\w+|гаранти\w+|осталось \d+|выпишу|могу достать|достану|помогу|сделаю)\b"
_SCAMS: list[Composition] = [
    # Money to the writer's own account, card, wallet or gift cards.
    (
        "spam.scam",
        "en",
        "pay-me",
        r"\b(?:send|sent|transfer|donate|donations?|pay|paid|deposit|give)\b"
        + GAP
        + r"\b(?:to |into |via |through |on |in )?(?:my|our|me on|me via|me through|me in)(?: \w+)? "
        + _PAY_CHANNEL
        + r"|\b(?:send|pay|paid|buy)\b"
        + NEAR
        + r"\b(?:gift ?cards?|steam cards?|itunes cards?|google play cards?)\b|\bsend \$?\d+\s?(?:\$|usd|dollars|bucks)? (?:to|on) (?:my|the) (?:"
        + _PAY_CHANNEL
        + r"|account|number)\b",
    ),
    (
        "spam.scam",
        "en",
        "fee-to-receive",
        r"\b(?:pay|paying|cover)\b(?: (?:the|a|only|just|us|for))?(?: \$?\d+(?:[.,]\d+)?\$?)? (?:shipping|registration|processing|verification|activation|release|customs|handling|membership|delivery|admin)(?: fee| cost| charge)?\b"
        r"(?=[^\n]{0,80}\b(?:to (?:receive|get|claim|unlock|release)|prize|gift|winner|won|free|grant|reward|trial|pays|link|bio|profile)\b)"
        r"|\b(?:winners?|you'?ve been selected|you were (?:picked|selected|chosen))\b[^\n]{0,80}\b(?:pay|fee|shipping)\b",
    ),
    (
        "spam.scam",
        "en",
        "money-multiplied",
        r"\bsend \$?\d+[\d,.]*\s?k?\$? (?:and |& |to )?(?:get|receive|make) \$?\d+"
        r"|\b(?:returned|paid back|comes? back|get (?:it )?back) (?:doubled|tripled|quadrupled|x\d+|\d+x)\b"
        r"|\b\d+ ?% (?:a|per|every|each) (?:month|week|day)\b|\b\d+ ?% (?:monthly|weekly|daily) (?:guaranteed|returns?|profit)\b"
        r"|\bcash ?flip\b|\bmoney ?flip\b|\b(?:made|make|making|earned|earn) \$?\d+[\d,.]*k?\b[^\n]{0,40}\b(?:trading|with (?:\w+ )?(?:signals|mentor|coach)|in (?:a|one) (?:day|week)|this week|a week|per week|a day|per day|/day|/week)\b"
        r"|\b(?:looking to|want to|here to) bless \d+|\bsugar (?:mommy|daddy) here\b",
    ),
    (
        "spam.scam",
        "en",
        "no-doctor",
        r"\b(?:no|without|w/o|without a|without any|skip the|no need (?:to see|for) (?:a|the)?) ?(?:doctor|doc|prescription|script|rx|doctor'?s? (?:paper|note|visit|appointment)|consultation)(?: needed| required| necessary| visit| paper)?\b"
        + r"[^\n.!?]{0,80}?"
        + _EN_OFF_PLATFORM
        + r"|"
        + _EN_OFF_PLATFORM
        + r"[^\n]{0,80}?\b(?:no|without|w/o) (?:a |any )?(?:doctor|doc|prescription|script|rx)(?: needed| required| visit| paper)?\b"
        r"|\b(?:i|we) (?:sell|have|got)\b[^.!?\n]{0,40}?\bno (?:need (?:to see|for) (?:a |the )?)?(?:doctor|prescription|script|rx)\b"
        r"|\b(?:ozempic|wegovy|semaglutide|mounjaro|tirzepatide|phentermine|adderall|xanax|xans|oxy\w*|percs?|tramadol|modafinil|ritalin|viagra|cialis|valium|codeine|fentanyl|steroids|peptides|test e|tren|anavar|hgh|clonazepam|klonopin|ambien|vicodin|norco|antibiotics|amoxicillin|meds|pills)\b[^\n]{0,60}?\b(?:for sale|no questions asked|ship(?:s|ping)? (?:worldwide|discreet\w*)|discreet (?:delivery|shipping)|crypto payment|price list|menu)\b",
    ),
    (
        "spam.scam",
        "en",
        "fake-document",
        r"\b(?:doctor'?s note|doctors note|sick note|medical (?:note|certificate|excuse)|vaccine (?:card|certificate|pass|passport)|vaccination (?:card|certificate|record)|covid (?:card|pass))\b[^\n]{0,60}?(?:\$\d+|\d+ ?\$|\bwithout\b|\bno (?:shot|jab|vaccine)|\bdm\b|\bpm\b|\binbox\b|\bmessage me\b)",
    ),
    (
        "spam.scam",
        "en",
        "offer-off-platform",
        _EN_OFFER + r"[^\n.!?]{0,80}?" + _EN_OFF_PLATFORM + "|" + _EN_OFF_PLATFORM + r"[^\n.!?]{0,80}?" + _EN_OFFER,
    ),
    (
        "spam.scam",
        "en",
        "sign-in-at-link",
        r"(?<!\bmy )(?<!\bold )(?<!\blost )(?<!\bforgot )\b(?:log ?in|sign ?in(?! my\b| a\b| the\b| on\b)|verify|confirm|redeem|claim|enter (?:your |ur )?(?:details|info|card|email|id|number))\b[^\n.!?]{0,50}?(?:\bhere\b|\bat the link\b|\bvia the link\b|\bthe link\b|→|->|\bbit\.ly\b|\blink in\b|\bmy profile\b)"
        r"|\b(?:points|rewards?|bonus(?:es)?|credits|coupons?) (?:are |is )?(?:expiring|expire|about to expire)\b|\b(?:account|acct|channel) (?:will be|gets|is being|is going to be) (?:suspended|locked|deleted|banned|closed|terminated)\b"
        r"|\b(?:reply|respond|send|dm)\b[^\n]{0,30}\b(?:with|your|ur) (?:email and |email & )?(?:card number|card details|medicare (?:id|number)|ssn|social security|bank details|password)\b"
        r"|\b(?:give|send|dm|message)\b[^\n]{0,40}\byour (?:medicare|insurance|health card) (?:id|number)\b",
    ),
    (
        "spam.scam",
        "en",
        "job-pay",
        r"\b(?:work(?:ing)? from home|wfh|remote|hiring|recruiting|job|opportunity)\b[^\n]{0,60}?(?:\$\d+[\d,.]*k?\s?(?:/|a |per )(?:day|week|hour|hr)|\$\d+[\d,.]*k?\s?(?:daily|weekly)|no experience)"
        r"|\b(?:pays|paying|earn) \$\d+[\d,.]*k?\b[^\n]{0,40}\bjust pay\b",
    ),
    (
        "spam.scam",
        "en",
        "healer-contact",
        r"\b(?:dr\.?|doctor|doc|healer|herbalist|spell ?caster|priest|mama|baba)\s+[a-z]+\b[^\n]{0,60}?\b(?:cured|healed|cure[ds]? (?:my|me|him|her)|got rid of|herbal (?:medicine|cure|remedy))\b[^\n]{0,80}?\b(?:contact|email|whats ?app|telegram|reach|message|dm|call)\b"
        r"|\b(?:thank(?:s| you)|grateful) (?:to )?(?:dr\.?|doctor|doc)\s+[a-z]+\b[^\n]{0,80}?\b(?:cured|healed|herbal)\b",
    ),
    (
        "spam.scam",
        "en",
        "private-remedy",
        r"\b(?:i have|i got|i know|there'?s|got|have) (?:a|the|an|something|some\w*)\b[^\n]{0,30}?\b(?:solution|program|protocol|method|natural (?:\w+ )?(?:fix|cure|remedy|thing|way)|something (?:for|that)|what you need|cure|remedy)\b[^\n]{0,60}?"
        + _EN_OFF_PLATFORM
        + r"|"
        + _EN_OFF_PLATFORM
        + r"[^\n]{0,60}?\b(?:i have|i got|there'?s|i'?ll tell you|tell you) (?:a|the|an|something|what|privately)\b[^\n]{0,30}?\b(?:solution|program|protocol|method|natural|something|fixed|cure|remedy|what you need)\b"
        r"|\b(?:anyone|viewers?|ladies|guys|people|caregivers|seniors|diabetics)\b[^\n]{0,60}?\b(?:dm|message|inbox|text|contact) me\b[^\n]{0,40}?\b(?:i have|cure|program|opportunity|solution|price)\b",
    ),
    # ------------------------------------------------------------ Spanish
    (
        "spam.scam",
        "es",
        "pay-me",
        r"\b(?:don[ae]n?|manda|manden|mande|env[ií]a|env[ií]en|transfier\w+|deposit\w+|consign\w+|paga|paguen|p[aá]game|p[aá]guenme|me consigna|me pasan)\b"
        + GAP
        + r"\b(?:a |en |por )?(?:mi|mis|su) (?:cuenta|tarjeta|paypal|telegram|nequi|bizum|clabe|billetera|monedero)\b|\btarjetas? de regalo\b(?=[^\n]{0,60}\b(?:mi|manda\w*|env[ií]\w*)\b)|\b(?:por|al|a mi) (?:bizum|nequi|daviplata|paypal)\b(?=[^\n]{0,60}\b(?:recib\w+|gan\w+|cita|premio)\b)|\b(?:env[ií]a|manda|paga)\w* \d+ ?(?:€|\$|euros|d[oó]lares|pesos|mil)?[^\n]{0,20}\b(?:por|a|al) (?:bizum|nequi|paypal)\b",
    ),
    (
        "spam.scam",
        "es",
        "fee-to-receive",
        r"\b(?:solo |s[oó]lo |nada m[aá]s )?(?:paga|pague|paguen|pagar|cubre|abona)\w* (?:el |los |la )?(?:env[ií]o|gastos de env[ií]o|comisi[oó]n|inscripci[oó]n|registro|tr[aá]mite|activaci[oó]n|verificaci[oó]n|cuota)\b",
    ),
    (
        "spam.scam",
        "es",
        "money-multiplied",
        r"\b(?:invier\w+|invert\w+|env[ií]a\w*|manda\w*|deposit\w+|pon\w*)\b[^\n]{0,30}?\b\d+[\d.,]*\s?(?:€|\$|euros|d[oó]lares|pesos|mil|k)?\b[^\n]{0,30}?\b(?:gan\w+|recib\w+|te llegan|obt[eé]n\w*|devuelv\w+)\b[^\n]{0,10}?\d"
        r"|\b\d+ ?% (?:mensual|semanal|diario|al mes|a la semana|al d[ií]a)\b|\bgan[eé] \d+[\d.,]*\s?(?:mil|k|€|\$|d[oó]lares|euros)?[^\n]{0,40}\b(?:cripto\w*|bitcoin|trading|forex|inversi[oó]n|semana)\b"
        r"|\bregalo \d+[\d.,]* ?(?:d[oó]lares|euros|pesos|€|\$) a los (?:primeros|\d+)\b",
    ),
    (
        "spam.scam",
        "es",
        "no-doctor",
        r"\bsin (?:receta|m[eé]dico|doctor|consulta|orden m[eé]dica|pasar por (?:el )?m[eé]dico|prescripci[oó]n|vacunar\w*|la vacuna|fila|cita)\b(?=[^\n]{0,80}(?:"
        + _ES_OFF_PLATFORM
        + r"|\b(?:vendo|venta|precio|env[ií]o|\d+ ?(?:€|\$|euros|d[oó]lares|pesos|mil))\b))"
        r"|(?:"
        + _ES_OFF_PLATFORM
        + r"|\b(?:vendo|venta|te hago|hago|certificado|justificante)\b)[^\n]{0,80}?\bsin (?:receta|m[eé]dico|doctor|consulta|orden m[eé]dica|prescripci[oó]n|vacunar\w*|fila)\b"
        r"|\b(?:medicinas|medicamentos|pastillas) sin receta\b",
    ),
    (
        "spam.scam",
        "es",
        "offer-off-platform",
        _ES_OFFER + r"[^\n.!?]{0,80}?" + _ES_OFF_PLATFORM + "|" + _ES_OFF_PLATFORM + r"[^\n.!?]{0,80}?" + _ES_OFFER,
    ),
    (
        "spam.scam",
        "es",
        "sign-in-at-link",
        r"\b(?:verific\w+|confirm\w+|canj\w+|reclam\w+|ingres\w+|inicia sesi[oó]n)\b[^\n]{0,40}?\b(?:aqu[ií]|enlace|link|bit\.ly)\b|\b(?:cuenta|perfil) (?:ser[aá]|va a ser|est[aá] siendo) (?:suspendid|bloquead|eliminad|cerrad)\w*\b|\b(?:puntos|bonos?|premios?) (?:\w+ )?vencen\b|\bresponda con su (?:n[uú]mero de tarjeta|contraseña|clave)\b|\bmanden su (?:curp|rfc|dni|n[uú]mero de seguro)\b",
    ),
    (
        "spam.scam",
        "es",
        "job-pay",
        r"\btrabaj\w* desde (?:casa|tu casa)\b[^\n]{0,60}?\b(?:\d+[\d.,]* ?(?:\$|€|d[oó]lares|euros|pesos|mil)? (?:al|por) d[ií]a|\d+[\d.,]* ?(?:\$|€|d[oó]lares|euros|pesos|mil)? diarios|sin experiencia)|\bgana(?:r)? dinero desde (?:casa|tu casa)\b",
    ),
    (
        "spam.scam",
        "es",
        "healer-contact",
        r"\b(?:doctor|doctora|dr\.?|curander[oa]|chaman|cham[aá]n|herbolari[oa]|brujo)\s+[a-záéíóúñ]+\b[^\n]{0,60}?\b(?:cur[óo]|san[óo]|me cur[óo]|se cur[óo])\b[^\n]{0,80}?\b(?:cont[aá]ct\w+|whats\w*|telegram|escr[ií]b\w+)\b|\bgracias al (?:doctor|dr\.?) [a-záéíóúñ]+\b[^\n]{0,80}?\bcur\w+\b",
    ),
    (
        "spam.scam",
        "es",
        "private-remedy",
        r"\b(?:tengo|tenemos) (?:la|una|un|algo)\b[^\n]{0,25}?\b(?:soluci[oó]n|protocolo|m[eé]todo|programa|remedio|cura|algo para)\b[^\n.!?]{0,40}?"
        + _ES_OFF_PLATFORM
        + "|"
        + _ES_OFF_PLATFORM
        + r"[^\n]{0,60}?\b(?:tengo|tenemos) (?:la|una|un|algo)\b[^\n]{0,25}?\b(?:soluci[oó]n|protocolo|m[eé]todo|programa|remedio|cura|para)\b",
    ),
    # ------------------------------------------------------------ Russian
    (
        "spam.scam",
        "ru",
        "pay-me",
        r"\b(?:переводи\w*|переведи\w*|скидыва\w*|скиньте|кида\w*|киньте|отправ\w+|донат\w*|жертву\w*|плати\w*|оплати\w*)\b"
        + GAP
        + r"\b(?:на (?:мою |мой |нашу |эту |личную )?(?:карт\w+|кош[её]л[её]к|сч[её]т|номер|киви|юмани|qiwi)|мне на)\b|\b(?:подарочн\w+ карт\w+)\b",
    ),
    (
        "spam.scam",
        "ru",
        "fee-to-receive",
        r"\bоплати\w* (?:только )?(?:доставку|пересылку|комисси\w+|регистраци\w+|взнос)\b|\b(?:переведите|переведи|отправьте|скиньте) \d+[\d\s]*(?:₽|р|руб\w*|к)?\b[^\n]{0,30}\b(?:получите|получи|вернём|вернем|для участия)\b|\bдля участия (?:переведите|оплатите|скиньте)\b",
    ),
    (
        "spam.scam",
        "ru",
        "money-multiplied",
        r"\b\d+ ?% (?:в (?:месяц|неделю|день|сутки)|ежемесячно|ежедневно)\b|\bдарю \d+[\d\s]* ?(?:₽|р|руб\w*|\$|долл\w*)? (?:первым|первому|каждому)\b|\bзаработал\w* \d+[\d\s]*(?:к|₽|р|руб\w*|\$)?[^\n]{0,30}\b(?:крипт\w+|трейдинг\w*|сигнал\w*|за (?:неделю|день|месяц))\b",
    ),
    (
        "spam.scam",
        "ru",
        "no-doctor",
        r"\bбез (?:рецепт\w*|врача|врачей|назначени\w+|направлени\w+|прививки|вакцинации|очереди|записи)\b(?=[^\n]{0,80}(?:"
        + _RU_OFF_PLATFORM
        + r"|\b(?:прода\w+|доставк\w+|\d+ ?(?:₽|р|руб\w*|к))\b|\bна карту\b|\bна дому\b))"
        r"|(?:"
        + _RU_OFF_PLATFORM
        + r"|\b(?:прода\w+|справк\w+|сертификат\w*|запис\w+|анализ\w*|таблетк\w+|лекарств\w+|уколы)\b)[^\n]{0,80}?\bбез (?:рецепт\w*|врача|назначени\w+|направлени\w+|прививки|очереди)\b"
        r"|\b(?:лекарства|таблетки|препараты|аптека) без рецепт\w*\b|\bрецепт не нуж\w+\b",
    ),
    (
        "spam.scam",
        "ru",
        "offer-off-platform",
        _RU_OFFER + r"[^\n.!?]{0,80}?" + _RU_OFF_PLATFORM + "|" + _RU_OFF_PLATFORM + r"[^\n.!?]{0,80}?" + _RU_OFFER,
    ),
    (
        "spam.scam",
        "ru",
        "sign-in-at-link",
        r"\b(?:подтверд\w+|получите|получить|введите|войдите|заберите|активируйте)\b[^\n]{0,40}?\b(?:по ссылке|ссылк\w+|bit\.ly|данные)\b|\b(?:аккаунт|профиль|карт\w+) (?:заблокир\w+|будет заблокирован\w*|удалят|удал[её]н)\b|\bбонусы (?:\w+ )?сгора\w+\b",
    ),
    (
        "spam.scam",
        "ru",
        "job-pay",
        r"\bработа (?:на дому|удал[её]нно|из дома)\b[^\n]{0,60}?\b(?:\d+[\d\s]* ?(?:₽|р|руб\w*|к|\$)? (?:в|за) (?:день|сутки|неделю)|без опыта)",
    ),
    (
        "spam.scam",
        "ru",
        "healer-contact",
        r"\b(?:целител\w+|знахар\w+|травни\w+|доктор\w*|врач\w*|бабушк\w+)\s+[а-яё]+\b[^\n]{0,60}?\b(?:вылечил\w*|исцелил\w*|излечил\w*)\b[^\n]{0,80}?(?:"
        + _RU_OFF_PLATFORM
        + r"|\bномер\b)|\bспасибо (?:знахар\w+|целител\w+|доктор\w*|врач\w*)\b[^\n]{0,60}?\b(?:вылечил\w*|исцелил\w*)\b",
    ),
    (
        "spam.scam",
        "ru",
        "private-remedy",
        r"\b(?:есть|у меня есть|знаю)\s+(?:\w+\s+)?(?:средство|методик\w+|решение|способ|программ\w+|тема)\b[^\n]{0,60}?"
        + _RU_OFF_PLATFORM
        + "|"
        + _RU_OFF_PLATFORM
        + r"[^\n]{0,60}?\b(?:есть|у меня есть|дам)\s+(?:\w+\s+)?(?:средство|методик\w+|решение|способ|программ\w+|тема|контакт)\b",
    ),
]


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split on ``|`` outside groups and classes)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def _split(table: list[Composition], only: frozenset[str] | None = None) -> list[Composition]:
    """``table`` with each composition cut into one per top-level alternative of its pattern.

    The first alternative keeps the composition's name, the k-th is named ``k-name``; with ``only``,
    just the compositions named there are cut. Each alternative is then gated by its own words.
    """
    return [
        (category, lang, name if k == 1 else f"{k}-{name}", part)
        for category, lang, name, pattern in table
        for k, part in enumerate(_alternatives(pattern) if only is None or name in only else [pattern], 1)
    ]


#: Compositions whose alternatives are each a sequence of concepts ("an offer, then a channel" | "a channel,
#: then an offer"): each alternative becomes a composition of its own ("offer-off-platform",
#: "2-offer-off-platform"...), so the shared gate asks for every concept of it, not for any word of either.
_SPLIT = frozenset({"offer-off-platform", "no-doctor", "private-remedy", "counsel-involved"})
_SCAMS = _split(_SCAMS, _SPLIT)
COMPOSITIONS.extend(_SCAMS)

# ================================================================ medical claims: any subject, blame, "poison", harmless diseases
# The first claim lexicons needed a listed remedy. A claim is a subject said to cure, clear or prevent a
# condition, a treatment said to cause harm or to be poison, a scam or an invention "to sell pills", a
# disease said to be harmless or invented, a treatment said to be needless, and rapid weight loss sold
# as a fact; in the three languages' inflections. A treatment named as the subject of a cure ("chemo
# cured her cancer") is not a claim, nor is a doctor.
_ES_TREATMENT = r"(?:vacunas?|bacunas?|v4cun4s|quimio\w*|estatinas?|antidepresivos?|antibi[oó]ticos?|pastillas|medicamentos?|medicinas?|insulina|metformina|sintrom|stents?|cateterismo|inhalador\w*|protector solar|fl[uú]or|5g|antenas 5g)"
_ES_CONDITION = (
    r"(?:"
    + ES["disease"][len(r"\b(?:") : -1]
    + r"|arterias|la arteria\w*|colesterol|triglic[eé]ridos|otitis|epilepsia|alzh[eé]imer|anemia|asma|ri[ñn]ones|h[ií]gado|coraz[oó]n|virus|bacterias|par[aá]sitos|infecci[oó]n|infecciones|arritmias?|infartos?|derrames?|trombos|presi[oó]n alta|hipertensi[oó]n|tiroides|pcos|ovario poliqu[ií]stico|gripe|resfriados?|enfermedades|todo|cualquier (?:infecci[oó]n|enfermedad|c[aá]ncer))"
)
_RU_TREATMENT = r"(?:прививк\w*|привив(?:ать|ка|ки)|пр1в1вк\w*|вакцин\w*|химиотерапи\w*|химия|химию|статин\w*|антидепрессант\w*|антибиотик\w*|таблетк\w*|лекарств\w*|инсулин\w*|стент\w*|ингалятор\w*|солнцезащитн\w+ крем\w*|фтор\w*|5g(?: вышки)?|вышки|privivk\w*|vakcin\w*)"
_RU_CONDITION = (
    r"(?:"
    + RU["disease"][len(r"\b(?:") : -len(r")\b")]
    + r"|отит\w*|эпилепси\w*|альцгеймер\w*|анеми\w*|астм\w*|почк\w*|печен\w*|сердц\w*|сердечн\w+ мышц\w*|бляшк\w*|сосуд\w*|тромб\w*|аритми\w*|грипп\w*|простуд\w*|болезн\w*|боль|всё|все|любые вирусы|любую инфекцию|коронавирус\w*|деменци\w*|бесплоди\w*|autizm\w*)"
)
_CLAIMS_MORE: list[Composition] = [
    # ------------------------------------------------------------ English
    (
        "risk.medical_claim",
        "en",
        "treatment-blamed",
        r"\b(?:the )?"
        + _EN_TREATMENT
        + r"\b (?:are|is) (?:the reason|why)\b|\b(?:mrna|the shots?|vaccines?|the jab) (?:rewrites?|changes?|alters?) (?:your|ur|the) dna\b"
        r"|\b(?:lowering|treating) (?:it|them|\w+ pressure|cholesterol) with (?:pills|meds|statins) (?:is what )?(?:gives?|causes?)\b"
        r"|\bit causes autism\b|\bgerms (?:don'?t|do not|dont) cause disease\b|\b(?:therapy|chemo|statins|antidepressants|vaccines) (?:is|are) (?:a scam|poison)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "throw-away-treatment",
        r"\b(?:throw|toss|chuck|bin|ditch|dump|forget)\b (?:your |ur |the |all |those |these )?(?:\w+ )?"
        + _EN_TREATMENT
        + r"\b(?: (?:away|out|in the (?:trash|bin|garbage)))?"
        r"|\bno (?:pills?|meds|antibiotics|insulin|chemo|statins|medication|medicine|inhaler|tylenol) (?:needed|required|necessary)\b|\bforget the (?:er|hospital|doctor|cardiologist|chemo)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "never-get-sick",
        r"\b(?:and )?(?:you'?ll|you will|u will|youll) never (?:get|catch|have) (?:covid|the flu|flu|cancer|sick|a cold|heart disease|diabetes)\b|\b(?:clears?|unclogs?|opens?) (?:your |ur |the )?arteries\b|\bstopped instantly by\b|\bbalances? (?:your |ur )?hormones and (?:fixes|cures|reverses)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "weight-loss",
        r"\b(?:lose|lost|losing|drop|dropped|melt(?:ed|s)?|burn(?:ed|s)?|shed) [1-9]\d ?(?:lbs?|pounds|kgs?|kilos)\b(?: off)? in (?:\d+|one|two|three|a) (?:days?|weeks?|months?)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "hidden-cure-more",
        r"\bthey (?:hide|hid|are hiding|bury|buried) the cure\b|\bsick people (?:=|are|mean) (?:money|profit)\b|\bthe cure grows in\b|\b(?:fasting|diet|keto|juice|garlic|prayer) (?:literally )?(?:fixes|cures|reverses) type [12]\b",
    ),
    # ------------------------------------------------------------ Spanish
    (
        "risk.medical_claim",
        "es",
        "any-cures",
        r"(?<!\bel m[eé]dico )(?<!\bla m[eé]dica )(?<!\bel doctor )(?<!\bla doctora )(?<!\bla quimio )(?<!\bla risa )(?<!\bla m[uú]sica )(?<!antibi[oó]tico )(?<!antibi[oó]ticos )\b(?:cura|curan|cur[oó]|curar[aá]|sana|san[oó]|revierte|elimina|disuelve|destapa|limpia|limpian|desintoxica|regenera|mata|matan|te quita|le quit[oó]|se le quit[oó]|quit[oó]|quita) (?:el |la |los |las |tu |tus |su |sus |todos los |todas las |cualquier |hasta el |hasta la )?"
        + _ES_CONDITION
        + r"\b(?! (?:de (?:la risa|risa)|del alma)\b)",
    ),
    (
        "risk.medical_claim",
        "es",
        "treatment-harms",
        r"\b(?:la |las |el |los )?"
        + _ES_TREATMENT
        + r"(?: del covid)? (?:\w+ )?(?:causa|causan|caus[oó]|provoca|provocan|da|dan|lleva|llevan|te cambia|cambia|te baja|baja|envenena|te envenena|mata|matan|te pone|te ponen|son|es) (?:m[aá]s |el |la |los |las |tu |un |una )?(?:infartos?|arritmias?|autismo|c[aá]ncer|grafeno|adn|coeficiente|veneno|cerebro|m[aá]s triste|pandemia|trombos|demencia|que el c[aá]ncer|muerte|infertilidad)\b"
        r"|\b(?:las |los |la |el )?"
        + _ES_TREATMENT
        + r" (?:matan|son veneno|es veneno|son un veneno|es un invento|son una estafa|es una estafa|son un negocio|es un negocio)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "invented-disease",
        r"\b(?:la |el )?(?:hipertensi[oó]n|presi[oó]n alta|colesterol|diabetes|depresi[oó]n|sarampi[oó]n|vih|sida|c[aá]ncer|covid|tdah|autismo)\b(?: tipo (?:1|2|i|ii|uno|dos))? (?:es|son|fue|fueron) (?:un invento|una mentira|un mito|inventad[oa]s?|un negocio|un cuento)|\b(?:el )?sarampi[oó]n no es (?:peligroso|grave)\b|\bel vih no causa (?:el )?sida\b|\bpara vender (?:pastillas|estatinas|medicamentos|vacunas|medicinas)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "stop-treatment-more",
        r"\b(?:d[eé]jen(?:los|las)?|d[eé]ja(?:los|las)|dej[aá] (?:las|los|la|el)|tiren|tira|no (?:tomen|tomes|se tomen|las tomen|los tomen|vacunen|vacunes))\b[^.!?\n]{0,25}?(?:"
        + _ES_TREATMENT
        + r"|ya\b|a sus hijos)"
        r"|\b(?:ya no necesita|no necesitan?|no hacen falta|no hace falta|sustituye (?:al|a la|a)|reemplaza (?:al|a la|a|la|el)|mejor que (?:un |una |el |la |los |las |cualquier )?)\s?(?:el |la |los |las )?"
        + _ES_TREATMENT
        + r"|\bno (?:le )?hagan caso a los (?:doctores|m[eé]dicos)\b|\bnunca te vas a enfermar\b|\bcon vitamina \w+ basta\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "weight-loss",
        r"\b(?:pierde|perd[eé]|perd[ií]|bajar|baja|bajé|bajar[aá]s|quitaron|quit[oó]|quita) (?:hasta )?[1-9]\d (?:kilos|kg|libras)\b(?: en (?:un|una|\d+) (?:mes|semanas?|d[ií]as))?",
    ),
    # ------------------------------------------------------------ Russian
    (
        "risk.medical_claim",
        "ru",
        "any-cures",
        r"(?<!^)(?<!\bврач )(?<!\bдоктор )(?<!антибиотики )(?<!антибиотик )(?<!\bкардиолог )(?<!\bхимия )(?<!\bсмех )(?<!\bмузыка )\b(?:лечит|лечат|вылечит|вылечила|вылечил|вылечили|вылечивает|излечивает|излечит|излечила|обращает вспять|растворяет|растворяют|очищает|очищают|чистит|чистят|убивает|убивают|восстанавливает|снимает|снимают|на 100% защищает от|полностью защищает от|избавит от|избавляет от)\s+(?:(?:у \w+|\w+у|мне|ему|ей|вам|ваше|ваш|вашу|любые|любую|любой|все|всё|полностью|на 100%|даже)\s+){0,2}"
        + _RU_CONDITION
        + r"\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "treatment-harms",
        r"(?:^|\b(?:от|из-за) )"
        + _RU_TREATMENT
        + r"\s*(?:—|-|=|это|–)\s*(?:яд|зло|химия|отрава|выдумка|обман|чипирование|eto chipirovanie)\b"
        r"|\b"
        + _RU_TREATMENT
        + r" (?:вызывают|вызывает|вызовут|убивают|убивает|отупляет|отупляют|делает людей|делают людей|чипиру\w+|vyzyvayut)(?!\s*бактери) ?(?:\w+)?"
        r"|\bот (?:ковидной |этой )?прививк\w+ (?:тромбы|инфаркты|аутизм|чипируют|бесплодие)\b|\bпрививк\w+ вреднее\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "invented-disease",
        r"\b(?:гипертони\w+|холестерин\w*|корь|вич|спид|рак|депресси\w+|ковид\w*|диабет\w*)\b\s*(?:—|-|–)?\s*(?:это )?(?:выдумка|миф|обман|безобидн\w+|безопасн\w+|не существует|придумали|придуман\w*|объявлен\w*)\b|\bвич не вызывает спид\b|\b(?:чтобы|ради) (?:продавать|продаж\w*) (?:таблет\w+|статин\w+|лекарств\w+|вакцин\w+)",
    ),
    (
        "risk.medical_claim",
        "ru",
        "stop-treatment-more",
        r"\b(?:бросайте|бросай|брось|бросьте|выкиньте|выкинь|выбросьте|выбрось|не пейте|не колите|не прививайте|ne kolite|ne kolites)\b[^.!?\n]{0,25}?(?:"
        + _RU_TREATMENT
        + r"|их\b|детям\b)"
        r"|\b"
        + _RU_TREATMENT
        + r"[^.!?\n]{0,15}?(?:больше )?не нуж(?:ен|на|ны|но)\b|\bпрививать (?:детей )?не надо\b|\b(?:лучше|вместо|без (?:всяких|любых)) (?:любых |любого |всяких )?"
        + _RU_TREATMENT
        + r"|\bврачи (?:врут|только деньги тянут|скрывают)\b|\bникакой (?:грипп|вирус|рак) не возьм[её]т\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "weight-loss",
        r"\bминус [1-9]\d ?(?:кг|килограмм\w*) за (?:\d+ )?(?:неделю|месяц|дн\w+|недел\w+)\b|\b(?:сняли|сбросила|сбросил|скинула|скинул|похудела на|похудел на) (?:мне )?[1-9]\d ?(?:кг|килограмм\w*)",
    ),
    (
        "risk.medical_claim",
        "ru",
        "testimony",
        r"\b(?:пила|пил|пью|принимала|принимал|ела|ел)\b[^.!?\n]{0,40}?\b(?:и|—|-) (?:рак|диабет|опухоль|всё|все|болезнь|давление|астма) (?:уш[её]л|ушла|прош[её]л|прошла|прошло|исчез\w*|рассосал\w*)",
    ),
]
COMPOSITIONS.extend(_CLAIMS_MORE)

# ================================================================ legal: suing in every person and tense, counsel, regulators, evidence
# A legal threat is a lawsuit, a complaint to an authority or counsel brought in, said of the speaker's
# own side in any tense ("ima sue", "already filed", "you will be sued", "ya presenté la demanda", "иск уже
# подан"), conditional ("refund me or my lawyer gets involved"), or implied by evidence gathered for a case.
_LEGAL_MORE: list[Composition] = [
    (
        "risk.legal",
        "en",
        "sue-any-form",
        r"\b(?:ima|imma|i'?ma|gonna|gona|gunna|finna|about to|going to|will|i'?ll|we'?ll|gon) (?:\w+ )?sue\b|^\W*suing\W*$|\b(?:get|getting|be|gonna be|will be|finna get|about to get) (?:sued|taken to court)\b"
        r"|\b(?:we'?re|we are|i'?m|im) (?:going|goin) to court\b|\bsmall claims(?: court)?\b|\blawyer(?:ing)? up\b|\bretained (?:counsel|a lawyer|an attorney)\b|\benjoy the subpoena\b|\b(?:for|at) the deposition\b|\bexhibit a\b|\bmy case against\b|\b(?:you'?re|you are|y'?all are) liable\b|\bi got a case\b",
    ),
    (
        "risk.legal",
        "en",
        "counsel-involved",
        r"\b(?:my|our) (?:\w+ )?(?:lawyer|attorney|counsel|legal team|paralegal)\b[^.!?\n]{0,40}?\b(?:gets? involved|already|has|have|(?:says?|said) (?:you'?re|you are|y'?all are|we have|we'?ve got|i have|i'?ve got|i got)|will be|consult|is (?:looking into|reviewing))\b"
        r"|"
        + NOT_ADVISED
        + r"\b(?:forward(?:ed|ing)?|send(?:ing)?|sent|email(?:ed|ing)?)\b[^.!?\n]{0,30}?\bto (?:my |the )?(?:attorney|lawyer|"
        + _EN_REGULATOR
        + r")\b"
        r"|\b(?:who is|who'?s|is) a (?:lawyer|attorney)\b[^.!?\n]{0,40}?\b(?:will|contact|sue|case)",
    ),
    (
        "risk.legal",
        "en",
        "complaint-filed",
        r"\b(?:complaint|report|grievance)s? (?:\w+ )?(?:was |is |has been |been |just )?(?:filed|submitted|sent|lodged)\b|\b(?:filing|filed|lodging|sending)\b[^.!?\n]{0,30}?\b(?:police report|formal complaint|complaint|against (?:the|that|your|this)|with (?:the )?"
        + _EN_REGULATOR
        + r")\b"
        r"|\bpress(?:ing)? charges\b|\b(?:reporting|report) (?:dr\.? ?\w+|\w+) to the "
        + _EN_REGULATOR
        + r"\b|\b(?:going|goin) to the "
        + _EN_REGULATOR
        + r"\b"
        r"|\b(?:the )?"
        + _EN_REGULATOR
        + r" (?:will be hearing|has my letter|is getting a complaint|will hear)\b|\blos(?:e|ing) (?:your|ur|her|his) licen[cs]e\b|\byour licen[cs]e won'?t survive\b",
    ),
    (
        "risk.legal",
        "es",
        "sue-any-form",
        r"\b(?:los|las|te|le|les|lo|la) demand(?:o|amos|ar[eé]|aremos)\b|\bser[aá]n demandad[oa]s\b|\bdemanda en camino\b|\bles cae (?:una )?demanda\b|\buna demanda segura\b"
        r"|\b(?:pusimos|pusieron|presentamos|present[eé]|puse|ya puse|metimos|met[ií]) (?:la |una )?(?:demanda|denuncia|queja)\b|\b(?:llevo|llevamos|llevar[eé]|va directo|directo) (?:a|al) juicio\b|\ben juzgados?\b|\bel juzgado\b|\bante el juez\b|\b(?:voy|vamos|me voy|despu[eé]s|iremos) a la justicia\b|\bcarta documento\b|\bexpediente del juicio\b"
        r"|\bmi (?:abogad[oa]|licenciad[oa]|equipo legal)\b[^.!?\n]{0,40}?\b(?:dice que (?:son|tenemos|es|hay)|dijo que (?:son|tenemos|es|hay)|se pondr[aá]|est[aá] (?:viendo|enterad[oa])|ya|va a|tiene)\b|\bfui con (?:un|el) licenciado\b|\b(?:my|mi) abogado is\b|\bmy abogado\b|\bhablar con mi lawyer\b"
        r"|\b(?:al |a la |ante la )?(?:sernac|aemps|cofepris|profeco|inspecci[oó]n)\b[^.!?\n]{0,30}?\b(?:mando|mandar[eé]|voy|va|queja|denuncia)|\bhoja de reclamaciones\b|\b(?:quiten|quitar[aá]n) la licencia\b|\bson responsables\b",
    ),
    (
        "risk.legal",
        "ru",
        "court-any-form",
        r"\b(?:в суд|судиться|суд будет|в суде|иск(?:а|ом|и|у|ов)?|засуд\w+|sud|isk)\b(?<=\w)[^.!?\n]{0,30}?\b(?:подам|подаём|подаем|подаю|пойду|иду|будем|будет|уже|готовлю|закину|ждите|подан|нанят|отправл\w+)\b"
        r"|\b(?:подам|подаём|подаем|подаю|пойду|иду|готовлю|закину|podayu|podam)\b[^.!?\n]{0,25}?\b(?:в суд|иск(?:а|ом|и|у|ов)?|заявлени\w+|v sud)\b|\bиначе (?:иду|пойду) в суд\b|\bвстретимся в суде\b|\bответите (?:в суде|по закону)\b|\bотвечать по закону\b|\bne vernete[^.!?\n]{0,20}sud\b"
        r"|\b(?:адвокат\w*|юрист\w*|yurist\w*),? (?:уже )?(?:говорит,? (?:что|есть)|посоветовал\w*|уже|нанят|в курсе|покажет)\b|\bя к юристу\b|\bматериалы дела\b|\bждите повестк\w+\b|\bлишили лицензии\b|\bжалоба отправлена\b|\bнаписал\w* куда надо\b"
        r"|\b(?:иду|пойду|напишу|написал\w*|подам|нажалуюсь|обращусь|отправляю|заяву накатаю)\b[^.!?\n]{0,30}?\b(?:прокуратур\w+|роспотребнадзор\w*|росздравнадзор\w*|минздрав\w*|трудов\w+ инспекци\w+|общество защиты прав потребителей)|\b(?:в )?(?:минздрав|прокуратуру|роспотребнадзор) нажалуюсь\b",
    ),
]
_LEGAL_MORE = _split(_LEGAL_MORE, _SPLIT)
COMPOSITIONS.extend(_LEGAL_MORE)

# ================================================================ legal: an authority of any kind turned to
# A complaint to an authority is a legal act whatever the authority is called: the noun that names a body
# ("... board", "... commission", "... authority", "colegio de ...", "agencia de ...", "...надзор") stands for
# every one of them, not a list of their names. The writer sends or reports this stream, clip, ad, the clinic or
# them to it, calls it in, or files with it; a suit announced in the passive or as a noun ("будет подан иск",
# "you'll be named as defendants", "expect a suit") is the speaker's act too.
_EN_AUTHORITY = (
    r"(?:(?:the|my|our|a|an|your)\s)?(?:[\w'-]+\s){0,3}?(?:board|commission|authority|ombudsman|regulators?|inspectorate"
    r"|inspectors?|watchdog|standards|bureau|agency|department|dept|police|cops|prosecutors?|attorney general|"
    r"licensing body|council|tribunal|ministry|ministries|medicare|medicaid|insurers?|hpcsa|ahpra|nmc|hcpc|fda|ftc|cqc|gmc|mhra|tga|asa|hhs|ocr|bbb"
    # an office that takes complaints ("the AG's office", "the goverment office"), consumer affairs
    r"|(?:ag|attorney general|da|district attorney)'?s office|gov(?:ern|er)?ment office|consumer (?:affairs|protection office)|state ag)\b"
)
_ES_AUTHORITY = (
    r"(?:colegio (?:oficial )?de \w+|consejo (?:general )?de \w+|agencia (?:\w+ ){0,3}?de [\w ]{0,30}?\b(?:datos|salud|medicamentos|consumo)|"
    r"autoridad(?:es)? (?:sanitaria|de \w+)s?|defensor(?:[ií]a)? del (?:paciente|consumidor|pueblo)|ministerio(?: de (?:salud|sanidad))?|"
    r"secretar[ií]a de salud|superintendencia(?: de \w+)?|procuradur[ií]a|fiscal[ií]a|polic[ií]a|guardia civil|sanidad|consumo|"
    r"profeco|cofepris|anmat|invima|aemps|sernac|inspecci[oó]n(?: de \w+)?|protecci[oó]n de datos|juzgado|tribunal(?:es)?"
    r"|indecopi|digesa|senasa|osinerg\w*|libro de reclamaciones|oficina (?:del|de) (?:consumidor|consumo)|ocu|facua|adicae|asufin)\b"
)
_RU_AUTHORITY = (
    r"(?:\w*надзор\w*|фас|сэс|санэпид\w*|инспекци\w+|прокуратур\w+|полици\w+|минздрав\w*|департамент\w*|страхов\w+|озпп|"
    r"обществ\w+ защиты прав потребителей|защит\w+ прав (?:потребителей|пациентов)|роскомнадзор\w*|ркн|комисси\w+|омбудсмен\w*|уполномоченн\w+ по правам \w+|суд|лицензирующ\w+ орган\w*|роспотребнадзор\w*)\b"
)
_LEGAL_AUTHORITY = [
    (
        "risk.legal",
        "en",
        "authority-sent",
        NOT_ADVISED
        + r"\b(?:send(?:ing)?|sent|forward(?:ing|ed)?|report(?:ing|ed)?|submit(?:ting|ted)?|flag(?:ging|ged)?|escalat(?:e|ing|ed)|"
        r"tak(?:e|ing)|took|bring(?:ing)?|brought) (?:this|that|it|you|u|y'?all|them|your|ur|the (?:clinic|pharmacy|brand|host|"
        r"stream|video|clip|ad|company|seller|fundraiser|channel|doctor|nurse))\b[^.!?\n]{0,50}?\b(?:to|with) "
        + _EN_AUTHORITY
        + r"|\b(?:expect|expecting) (?:a |an )?(?:[\w-]+ ){0,4}?(?:suit|lawsuit|complaint|subpoena|summons|legal notice)\b"
        r"|\bsettle (?:this|it|that) in court\b|\b(?:you|u|y'?all|you all|all of you|your \w+)\b[^.!?\n]{0,20}?\b(?:be|being) named (?:as )?(?:a |the )?(?:co-?)?defendants?\b",
    ),
    (
        "risk.legal",
        "es",
        "authority-sent",
        r"\b(?:mand\w+|envi\w+|reenvi\w+|report\w+|denunci\w+|llev\w+|pas\w+|escrib\w+|reclam\w+|quej\w+|present\w+)\b[^.!?\n]{0,40}?\b(?:a|al|ante|en) (?:la |el |los |las )?"
        + _ES_AUTHORITY
        # Calling the police is what a victim does too ("tuvimos que llamar a la policía"): only the other bodies.
        + r"|\bllam\w+ (?:a|al) (?:la |el )?(?!polic|guardia)"
        + _ES_AUTHORITY
        + r"|\b(?:voy|vamos|ir[eé]|iremos|me voy|nos vamos|he ido|hemos ido|fui|fuimos|ya fui)\b[^.!?\n]{0,15}?\ba(?:l)? (?:la )?"
        + _ES_AUTHORITY
        + r"|\b(?:denuncia|queja|reclamaci[oó]n)\b (?:a|ante|en) (?:la |el )?"
        + _ES_AUTHORITY
        + r"|\b(?:me uno|nos unimos|unirme|unirnos|me sumo|nos sumamos) a la demanda\b",
    ),
    (
        "risk.legal",
        "ru",
        "authority-sent",
        r"\b(?:отправ\w+|перешл\w+|сообщ(?:у|им|ила|ил|аю)|вызов(?:у|ем)|вызвала?|напиш(?:у|ем)|написал\w*|пожалу(?:юсь|емся)|нажалу\w+|"
        r"обращ(?:усь|аюсь)|обратил\w*|заявл(?:ю|яю)|заявил\w*|сдам|сдала?|пода(?:м|дим|ю|ла|л)|иду|пойду)\b[^.!?\n]{0,30}?\b(?:(?:в|во|на) )?"
        + _RU_AUTHORITY
        + r"|\b(?:будет|будут) (?:подан\w*|направлен\w*)\b[^.!?\n]{0,15}?\b(?:иск\w*|жалоб\w+|заявлени\w+)\b|\bждите (?:иск\w*|суд\w*|повестк\w+|проверк\w+)\b"
        r"|\bбудет суд\b|\bв (?:моем|моём|нашем) иске\b|\b(?:юрист\w*|адвокат\w*)\b[^.!?\n]{0,15}?\b(?:готовит|готовят|составляет|составил\w*|подготовил\w*) (?:иск\w*|жалоб\w+|претензи\w+|заявлени\w+)\b",
    ),
]
COMPOSITIONS.extend(_LEGAL_AUTHORITY)

# ================================================================ advice requests: conditions, devices, procedures, lab values
# What a viewer asks about their own health is wider than a medicine or a symptom: a device or a
# procedure they live with ("can I fly after my stent", "con marcapasos puedo"), a condition ("with my
# herniated disc"), a lab value or reading with its number ("TSH 6,2", "давление 180 на 110" is the
# viewer's own even without "my"), a supplement they would add. The questions widen too: "what is it",
# "is it my heart", "or should I wait", "qué tengo", "что это может быть", "соглашаться?".
ADVICE_MORE: dict[str, dict[str, str]] = {
    "en": {
        "personal": r"\b(?:bp|blood pressure|sugar|glucose|a1c|tsh|ldl|hdl|troponin|ferritin|hemoglobin|creatinine|pulse|heart rate|resting hr)\b (?:is |was |of |at |came back |came back at |reading )?\d|\b\d{2,3}/\d{2,3}\b|\b(?:i'?m|im|i am) \d{1,2}\b|\b(?:husband|wife|mom|mum|dad|son|daughter|grandma|grandpa|father|mother) (?:is|has|had|takes)\b",
        "topic": r"\b(?:pacemaker|stents?|stent placement|a-?fib|atrial fibrillation|arrhythmias?|ablation|bypass|heart attack|heart failure|heart surgery|open heart|dialysis|kidney disease|renal|herniated|hernia|slipped disc|surgery|operation|gallbladder|acl|ecg|ekg|ejection fraction|troponin|tsh|ferritin|hemoglobin|cholesterol|ldl|a1c|carbs|creatine|low iron|iron (?:levels?|pills|supplements?)|pre-?workout|protein powder|supplements?|magnesium|omega|fish oil|melatonin|vitamins?|gummies|clopidogrel|plavix|amiodarone|levothyroxine|synthroid|jardiance|prozac|antidepressants?|blood thinners?|anticoagulants?|oxycodone|panadol|inhaler|palpitations?|flutters?|racing|passed out|fainted|gasping|tingling|numb(?:ness)?|chest (?:pain|tightness|flutters?)|murmur|myocarditis|arthritis|angina|tachycardia|pancreatitis|neuropathy|diabetic|valve|echo|ef \d+|blood clot|statins?|beta blockers?|water pill|nitroglycerin|viagra|warfarin|accutane|ozempic|entresto|meds|medication|dose|sugar (?:is |was |at |of |reading |level )?\d+|pressur\w* (?:is |was |at |of |reading )?\d+|ankles?|skipping beats|skips beats|heart is at \d+|afib|my heart (?:rate|races|is racing|goes|skips|pounds|flutters|hurts|be racing)|heart (?:rate|racing|goes|skips|pounding|flutter\w*)|bipolar|panic attack|anxiety|rash|mole|pregnant|breastfeeding|bloating|cramps?)\b",
        "ask": r"\b(?:is (?:it|that|this) (?:my|his|her|from|because)|what (?:is|was) (?:it|wrong)|what is wrong with me|whats my|what(?:'s| is| are) my|what do (?:i|we) do|what (?:we|i) do|or (?:skip|wait|modify|try|is it|should i|too soon)|(?:is|are) (?:that|it|this|these) (?:bad|fine|ok|okay|normal|safe|too much|high|low)|would you|which (?:of|one|tablet|pill|ones)|do i have|should (?:she|he|i|we) be|(?:safe|ok|okay) for (?:me|him|her|my)|ok to|okay to|wondering if|get it checked|mean for (?:me|my|him|her)|can you tell|pls help|please help|help me|what now|what (?:could|can|might) (?:it|this|that) be|can (?:she|he) (?:eat|take|drink|have|do|use)|is (?:that|this|it) (?:a |an )?(?:afib|blood clot|infection|heart attack|stroke)|too (?:much|early|late) for (?:me|him|her)|should i trust)\b",
    },
    "es": {
        "personal": r"\b(?:tensi[oó]n|presi[oó]n|az[uú]car|azucar|glucosa|hemoglobina|tsh|ldl|pulso) (?:en |de |es |sali[oó] en )?\d|\b\d{2,3}/\d{2,3}\b|\btengo \d{1,2}\b|\b(?:peso|pesa) \d+",
        "topic": r"\b(?:marcapasos|stent|cateterismo|fibrilaci[oó]n|arritmias?|palpitaciones|coraz[oó]n (?:se me acelera|me late|late|acelerado|me duele)|del coraz[oó]n|se me acelera el coraz[oó]n|me late el coraz[oó]n|infarto|insuficiencia \w+|di[aá]lisis|hernia\w*|rodilla|operaron|cirug[ií]a|anticoagulantes?|sintrom|clopidogrel|bisoprolol|amoxicilina|antibi[oó]tico|sertralina|diur[eé]ticos?|omega ?3|magnesio|prote[ií]na|quemador|c[aá]psulas|suplementos?|c[uú]rcuma|potasio|glucosa|hemoglobina|tsh|ldl|electro|ansiedad|desmay\w+|brazo|pecho|hinchad[oa]s|mancha|sarpullido|carbohidratos|tobillos|taquicardia|soplo|colesterol|pancreatitis|ozempic|escitalopram|antidepresivos?|dosis|pastillas?|medicamentos?|se marea|mareos?|an[aá]lisis|alcohol|descongestionantes?|faja el[eé]ctrica|electroestimulador)\b",
        "ask": r"\b(?:qu[eé] (?:tengo|ser[aá]|me pasa|significa|es eso)|¿qu[eé] hago|q ago|es grave|soy diab[eé]tic[oa]|o espero|lo hago|le (?:subo|aumento|bajo) (?:la|el)|me (?:tomo|puede decir)|no s[eé] si (?:seguir|dejar|tomar|ir)|creen que tengo|cu[aá]l de (?:estos|estas)|ya puedo|puede (?:tomar|usar|hacer)|me hace daño|qu[eé] puede ser|le doy algo|(?:subo|bajo|aumento) la dosis|me dice si|est[aá] bien(?=\s*\?))",
    },
    "ru": {
        "personal": r"(?:\b(?:давлени\w*|давл|пульс\w*|сахар|ттг|ферритин|тропонин|алт|лпнп|гликированн\w*)\s*\d)|\b\d{2,3} на \d{2,3}\b|\b(?:маме|папе|мужу|жене|свекрови|бабушке|дедушке|сыну|дочке|ей|ему) \d{1,2}\b|\bвешу \d+|\bu menya\b|\b(?:колет|давит|немеет|болит|болят|забыла|забыл|пропустила|пропустил|пью|принимаю|беременна|самой|самому|у (?:мамы|папы|мужа|жены|сына|дочки|дочери|ребёнка|ребенка|бабушки|дедушки))\b",
        "topic": r"\b(?:кардиостимулятор\w*|стенокарди\w*|тахикарди\w*|прививк\w*|антидепрессант\w*|феназепам\w*|корвалол\w*|амиодарон\w*|грейпфрут\w*|клапан\w*|операци\w*|кардиограмм\w*|кружится голова|голова кружится|отёк\w*|метформин\w*|сахар\w* (?:в крови|уже|\d+)|шов|аллерги\w*|стент\w*|шунтировани\w*|аритми\w*|мерцательн\w*|перебои|в сердце|сердце (?:замирает|колотится|бь[её]тся|колет|болит)|это сердце|сердечн\w*|инфаркт\w*|в груди|левая рука|анализы|алт|углевод\w*|самол[её]т\w*|доз\w*|инсульт\w*|грыж\w*|почечн\w*|гастрит\w*|эутирокс\w*|варфарин\w*|клопидогрел\w*|плавикс\w*|кардиомагнил\w*|метопролол\w*|фуросемид\w*|мочегонн\w*|бисопролол\w*|эналаприл\w*|магни\w*|омег\w*|протеин\w*|жиросжигател\w*|витамин\w*|куркумин\w*|мелатонин\w*|препарат\w*|статин\w*|ттг|ферритин\w*|тропонин\w*|лпнп|экг|брадикарди\w*|анеми\w*|беременна|кормлю грудью|баню|алкоголь|отекают|отек\w*|немеет|колет|давит|сознани\w*|родинк\w*|миостимулятор\w*|таблетк\w*|ibuprofen|varfarin\w*|pul's|davlenie|tabletk\w*)",
        "ask": r"\b(?:что (?:это|значит|делать|со мной|пить|мне)|это (?:сердце|инсульт|анемия|меланома|серь[её]зно|плохо|опасно)|это нормально(?=\s*\?)|норм\??$|\bнорм\b|(?:ехать|вызывать|звонить) (?:в )?скор\w*|соглашаться|продолжать|отменять|отменить|увеличить|уменьшить|пить (?:сейчас|две|до или после)|(?:можно|нельзя) (?:ей|ему|мне)|(?:ей|ему|мне) можно|нужн\w+ (?:лечение|пить|статины)|совместим\w*|какие из|не знаю,? (?:продолжать|пить|отменять)|скажите|пропустить|двойную(?=[^.!\n]{0,30}\?)|шо мне делать|это что значит|что это может быть|mozhno|chto delat|ехать в больниц\w*|мне точно нужн\w*|делать вторую|посмотрите|это (?:инфекци\w*|меланом\w*|аритми\w*|тромб\w*)|какие (?:таблетки|лекарства) (?:ему|ей|мне)|что (?:ей|ему) дать|на моём месте|на моем месте)",
    },
}
#: Literal strings whose presence unlocks the advice check for :data:`ADVICE_MORE` (lower case).
ADVICE_MORE_TRIGGERS: tuple[str, ...] = tuple(
    """pacemaker|stent|a-fib|afib|atrial|arrhythmi|ablation|bypass|heart attack|heart failure|heart surgery|open heart|
dialysis|kidney disease|renal|hernia|slipped disc|surgery|operation|gallbladder|acl|ecg|ekg|ejection|troponin|tsh|
ferritin|hemoglobin|low iron|iron level|iron pill|iron suppl|cholesterol|ldl|a1c|carbs|creatine|workout|protein powder|
supplement|magnesium|omega|fish oil|melatonin|vitamin|gummies|clopidogrel|plavix|amiodarone|levothyroxine|synthroid|
jardiance|prozac|antidepressant|blood thinner|anticoagulant|oxycodone|panadol|inhaler|palpitation|flutter|racing|
passed out|fainted|gasping|tingling|numb|chest pain|chest tight|chest flutter|tightness|my heart|heart rate|
heart racing|heart goes|heart skips|heart pounding|bipolar|panic attack|anxiety|rash|mole|pregnant|breastfeeding|
bloating|cramp|marcapasos|cateterismo|fibrilaci|arritmia|palpitaciones|corazón|corazon|infarto|insuficiencia|
diálisis|dialisis|rodilla|operaron|cirug|anticoagulante|sintrom|bisoprolol|amoxicilina|sertralina|diuréti|diureti|
magnesio|proteína|proteina|quemador|cápsulas|capsulas|suplemento|cúrcuma|curcuma|potasio|glucosa|hemoglobina|
electro|ansiedad|desmay|brazo|pecho|hinchad|mancha|sarpullido|carbohidratos|alcohol|descongestionante|faja|
electroestimulador|кардиостимулятор|стент|шунтирован|аритми|мерцательн|перебои|сердц|инфаркт|инсульт|грыж|почечн|
гастрит|эутирокс|варфарин|клопидогрел|плавикс|кардиомагнил|метопролол|фуросемид|мочегонн|бисопролол|эналаприл|
магни|омег|протеин|жиросжигател|витамин|куркумин|мелатонин|препарат|статин|ттг|ферритин|тропонин|лпнп|экг|
брадикарди|анеми|беременна|кормлю грудью|баню|алкоголь|отека|отек|немеет|колет|давит|сознани|родинк|миостимулятор|
таблетк|в груди|левая рука|анализы|алт |углевод|самол|доз|болит|ibuprofen|varfarin|pul's|davlenie|tabletk|
murmur|myocarditis|arthritis|angina|tachycardia|pancreatitis|neuropathy|diabetic|valve|echo|blood clot|booster|
beta blocker|water pill|nitroglycerin|viagra|accutane|ozempic|entresto|meds|medication|dose|sugar is|sugar was|sugar at|sugar level|pressure is|pressure was|pressure at|
pressur is|ankle|skipping beats|skips beats|heart is at|tobillos|taquicardia|soplo|colesterol|escitalopram|antidepresiv|
dosis|pastilla|medicamento|se marea|análisis|analisis|стенокарди|тахикарди|прививк|антидепрессант|феназепам|корвалол|
амиодарон|грейпфрут|клапан|операци|кардиограмм|кружится|отёк|метформин|сахар|шов|аллерги""".replace("\n", "").split("|")
)

# ================================================================ someone else's act, and questions that are not one's own case
#: A moderation request (with :data:`THIRD_PARTY`: a scam, claim or legal threat reported, not made).
MODERATION_REQUEST = (
    r"\b(?:mods?|moderators?|moderador\w*|admins?|модер\w*|админ\w*)\b|\b(?:please |pls |plz )?(?:ban|remove|delete)\b(?! me\b)"
    r"|\breported\b|\bbane(?:e|é)n\w*|\bb[oó]rr(?:e|é)n\w*|\belimin(?:e|é)n\w*|\bзабан\w*|\bбаньте\b|\bудалите\b"
)
THIRD_PARTY = (
    r"\b(?:someone|somebody|some guy|the guy|this guy|a guy|an account|this account|that account|(?:is|are) selling|people are|a bot|bots|spam|спам|el que vende|la que vende"
    r"|alguien|un perfil|una cuenta|un tipo|hay (?:un|una|gente)|vende|venden|vendiendo|кто-то|аккаунт|тут|там|прода[её]т|продают"
    r"|(?:того|тех|ту|того человека),? кто|the (?:one|guy|person|account|user) who|whoever|quien)\b|@\w+ (?:is|vende|прода)"
)
REPORTED_BY = (
    r"(?<!\byou )(?<!\bu )(?<!\by'all )\b(?:says|said|thinks|claims|claiming|saying|posting|posted|believes|believed|thought|swears|insists"
    r"|(?<!я )(?<!мы )уверен[аы]?|думали|считали|верили|cre[ií]a[n]?|pensaban"
    r"|dijo|dice|dicen|cree|creen|piensa|jura|asegura|publica|publicando"
    r"|пишет|пишут|говорит|говорят|утверждает|утверждают|верит|верят|считает|считают)\b"
)
#: A warning against a scam ("cuidado, el que vende sin receta es estafa", "не ведитесь"): not an offer.
SCAM_WARNING = (
    r"(?<!\bnot )(?<!\bno )(?<!\bне )\b(?:is a scam|are (?:a )?scams?|(?:is|are) (?:a )?scammers?|beware\b|es (?:un )?estafador\w*|(?:это|они) мошенник\w*|es (?:una )?estafa|son (?:una )?estafa|son estafadores|es fraude"
    r"|это (?:развод|лохотрон|мошенничество)|don'?t fall for|no caigan|не ведитесь|beware of|cuidado con|ojo con"
    # a scam tried on the writer and refused: "tried to sell me ozempic on telegram, I blocked them"
    r"|tried to (?:sell|scam) me|(?:i )?(?:blocked|reported) (?:them|him|her|the account|that account)|intent(?:ó|aron) venderme|me quisieron vender"
    r"|(?:lo|la|los) bloque[eé]|пытал\w+ (?:мне )?продать|я (?:их |его |её |ее )?заблокировал\w*)\b"
)
#: News of someone else's lawsuit: "in the news", "vi en las noticias", "в новостях".
LEGAL_NEWS = (
    r"\b(?:(?:in|on) the news|saw the news|news about|headlines?|en las noticias|vi en las noticias|sali[oó] en las noticias"
    r"|в новостях|новост\w* (?:про|о)|смотрел\w* новости)\b"
)
#: A claim not held by the writer: a belief of the past ("раньше думали, что пиявки лечат всё", "in the 1800s they sold
#: radium water as a cure"), a counterfactual ("si el limón curara el cáncer..."), a rumour asked about, someone to
#: be talked out of it; a real treatment acting on cells or curing ("immunotherapy kills tumour cells", "вылечили
#: гепатит противовирусными"): pharmacology, not a false claim.
CLAIM_NOT_HELD = (
    r"\b(?:раньше (?:думали|считали|верили)|в (?:xix|xviii|19|18)\w* век\w*|en el siglo \w+|in the (?:1[5-9]\d0s|\d{2}(?:th|st|nd|rd) century)"
    r"|people used to (?:think|believe)|used to (?:think|believe) that|antes (?:se )?cre[ií]a[n]? que"
    r"|si (?:\w+ ){1,3}(?:curara|curase|sirviera|funcionara)|if (?:\w+ ){1,3}(?:really |actually )?(?:cured|worked)\b[^.!?\n]{0,40}\b(?:would|wouldn'?t)"
    r"|если бы (?:\w+ ){1,3}(?:лечил\w*|помогал\w*)|слух\w*|rumou?rs?|rumores"
    r"|how (?:do|can) i (?:convince|talk) (?:her|him|them|my \w+)|c[oó]mo (?:la|lo|los|las) convenzo|как (?:е[её]|его|их) переубедить"
    r"|(?:immunotherapy|chemo\w*|radiation|antivirals?|antibiotics|la quimio\w*|la radioterapia|la inmunoterapia|los antivirales|los antibi[oó]ticos"
    r"|химиотерапи\w+|химия|антибиотик\w*|противовирусн\w+)(?: \w+){0,2} (?:kills?|mata|matan|убива\w+|destroys?|destruye)"
    r" (?:\w+ )?(?:cells|c[eé]lulas|клетк\w+|tumou?r\w*|tumores|опухол\w*|bacteria\w*|бактери\w*)"
    r"|(?:cured|cur[oó]|curaron|вылечил\w*)[^.!?\n]{0,30}\b(?:antivirals?|antivirales|противовирусн\w+|antibiotics|antibi[oó]ticos"
    r"|антибиотик\w*|surgery|cirug[ií]a|операци\w+|transplant|trasplante|пересадк\w+))\b"
)
#: A call to spread what is reported ("SHARE!!!", "compartan", "you should too", "поделитесь"): an endorsement.
ENDORSED = (
    r"\b(?:share(?: this| it| with everyone| before they delete it)?(?=\W*$)|please share|pass (?:it|this) on|spread the word|you should too|do the same|wake up"
    r"|do (?:your|the) (?:own )?research|look it up|compartan|comp[aá]rtelo|difundan|hagan lo mismo|despierten|investiguen"
    r"|поделитесь|репост\w*|распространите|делайте так же|проснитесь)\b"
)
NOT_OWN_CASE = (
    r"\b(?:for (?:my|a|the) (?:class|exam|course|homework|notes|caregiver class|pharmacology class)|just curious|asking before|"
    r"what should (?:someone|a person|people)|if (?:someone|somebody|they|a person)\b|where (?:can|do|should) i (?:buy|get|drop|find|order)|"
    r"sign up|is it legal|do i need a prescription|need a prescription|prescription needed|only in store|on the website|"
    r"how do i (?:report|sign|order|buy)|para (?:mi|la) (?:clase|examen|tarea)|pregunta general|no es por m[ií]|es legal|"
    r"d[oó]nde (?:puedo|compro|se puede)|a qui[eé]n se|si alguien|для (?:учёбы|учебы|курсовой|экзамена)|просто интересно|где купить)\b"
    # Doubt about a claim, a general question about what a drug usually does, a term someone else mentioned,
    # what to bring to a visit, news passed on: none asks for advice on one's own case.
    r"|\b(?:lo dudo|tengo (?:mis )?dudas|i doubt|doubt it|i'?m skeptical|сомневаюсь|(?:does|do|can|will) \w+ usually|suelen? (?:causar|dar|provocar)"
    r"|обычно (?:вызывает|бывает|дает|даёт)|mentioned (?:it|this)|heard about (?:it|this)|(?:bring|take)\b[^.?!\n]{0,40}\b(?:to|for) (?:my|the) (?:\w+ )?(?:appointment|visit)"
    r"|can (?:the|a|this|that) \w+(?: \w+)? cause|puede(?:n)? (?:dar|causar|provocar)|da \w+ normalmente|generally|in general|guidelines"
    r"|what (?:does|do) (?:the )?(?:research|studies|science) say|qu[eé] dicen los estudios|nursing exam|for my exam|студент\w*-медик\w*"
    r"|(?:^|[.!?]\s{1,3})if i (?:get|feel|start|notice|develop)\b|how do i (?:self-?inject|inject|use|apply|store)\b|c[oó]mo (?:me )?(?:inyecto|aplico|uso|guardo)\b"
    r"|как (?:правильно )?(?:колоть|делать укол|хранить)|warning signs|how (?:can|do) (?:we|i) prevent|how do i talk to"
    r"|transfer my prescription|refill\w*|re-?order|me inscribo|inscribirme|registrarme|записаться|i read (?:that|about|somewhere|an? (?:article|study|post))|read a study|ever (?:been |get |got )?proven|le[ií] (?:que|un estudio)|through your app|insurance claim|leaflet|halal|kosher|gelatin|желатин\w*"
    r"|anyone else|a alguien m[aá]s|у кого-нибудь тоже|asked me (?:if|whether|\")|pregunta si|that can'?t be right|no le creo|не верю"
    r"|llevar\b[^.?!\n]{0,40}\ba la (?:cita|consulta)|взять с собой на при[её]м|pregunto antes de|спрашиваю заранее|thought (?:y'?all|yall|you|u) should know|just (?:letting|lettin) (?:you|y'?all|yall) know|fyi)\b"
    # Shopping and paperwork: getting a prescription, a generic, an order, a replacement or refund, delivery ("how do i
    # get a prescription for ozempic?", "¿hay genérico?", "можно заказать на адрес папы?"): a purchase, not a case.
    r"|\b(?:how (?:do|can|would) (?:i|we) (?:get|obtain|request) (?:a |an |my )?(?:prescription|script|rx|refund|replacement)"
    r"|is there (?:a |an )?(?:generic|cheaper|store[- ]brand)|generic version|(?:can|could) (?:i|we) (?:order|ship|return|exchange)"
    r"|(?:get|want|need) a (?:refund|replacement)|arrived (?:broken|damaged|crushed|late|open(?:ed)?)"
    r"|c[oó]mo (?:consigo|obtengo|saco|pido) (?:una |la |mi )?receta|hay (?:un |una )?(?:gen[eé]rico|versi[oó]n gen[eé]rica)"
    r"|puedo (?:pedir|encargar|devolver|cambiar) (?:el|la|los|las|un|una)\b|reembolso|devoluci[oó]n"
    r"|lleg(?:[oó]|aron) (?:rot|dañad|abiert)\w*"
    r"|как (?:получить|выписать|оформить) рецепт|есть (?:ли )?дженерик|можно (?:ли )?(?:заказать|оформить|вернуть|обменять)"
    r"|пришл[аио]? (?:разбит|сломан|поврежд|вскрыт)\w*)\b"
    # A side effect supposed before a medicine is started ("si me da tos con el enalapril es normal? empiezo la semana
    # que viene", "если появится кашель ... начну в понедельник"): asked ahead, nothing to judge yet.
    r"|(?:^|[.!?¿]\s{0,3})(?:si me (?:da|dan|sale|salen|pasa|baja|sube)|если (?:у меня )?(?:появится|будет|начн[её]тся))\b"
    r"|\b(?:start|starting|begin) (?:it |them |mine |the \w+ )?(?:next (?:week|month)|tomorrow|on monday)\b"
    r"|\b(?:empiezo|empezar[eé]|comienzo|voy a empezar)\b[^.!?\n]{0,30}\b(?:la semana que viene|la pr[oó]xima semana"
    r"|el mes que viene|mañana|el lunes)\b"
    r"|\bначн(?:у|ём|ем)\b[^.!?\n]{0,30}\b(?:завтра|со следующей недели|на следующей неделе|в понедельник|через)\b"
    # A product praised and recommended, not asked about ("... helps her not double dose, recommend").
    r"|(?:,|\bi|\bhighly|\btotally|\bwould|10/10)\s*recommend(?:ed)?(?: (?:it|this|them))?\s*[.!]*\s*$"
    r"|\b(?:lo|la|los|las|se lo) recomiendo\b|\brecomendad[oa]s?\s*[.!]*\s*$|\bвсем (?:рекомендую|советую)\b"
)
#: A question whose aim is death or harm ("how many pills to die in my sleep", "para que se pare", "чтобы умереть во
#: сне", belongings given away "after friday") asks for a method, not for medical advice: self-harm, never advice.
SELF_HARM_AIM = (
    r"\b(?:to die|for die|die in (?:my )?sleep|stop my (?:heart|life)|(?:heart|it) (?:to )?stop\b|to be final|do myself in"
    r"|make it quick(?:er)?|i want it quick|won'?t be needing|after friday|para morir|morir dormid[oa]|para que se (?:me )?pare"
    r"|no los voy a (?:usar|necesitar)|despu[eé]s del viernes|чтобы умереть|умереть во сне|чтобы сердце останов\w+"
    r"|после пятницы|мне уже не надо"
    # the pain or speed of dying weighed, enough to end it, sleep with no waking, a method beside a height
    r"|(?:less|least) painful|(?:die|dying) (?:quick|fast)\w*|(?:fall asleep|sleep|go to sleep) forever|and not wake"
    r"|never wake up|enough to (?:end|finish|go)\b|or (?:the |a )?(?:bridge|roof|train)"
    r"|menos doloros[oa]|me muero r[aá]pido|morir r[aá]pido|dormid[oa] para siempre|no despertar|suficientes? para"
    r" (?:acabar|terminar|irme|morir)|o (?:el|un) (?:puente|tejado|tren)"
    r"|менее больно|безболезненн\w*|умереть быстро|умру быстро|уснуть навсегда|заснуть навсегда|не проснуться"
    r"|хватит,? чтобы (?:всё |все )?(?:закончить|кончить|уйти)|или с (?:моста|крыши))\b"
)
#: More aims of a method asked, read with :data:`SELF_HARM_AIM` (EN/ES/RU): a supply counted as enough ("i have
#: enough", "tengo suficientes", "tengo para dos meses", "мне хватит", "запас на 2 месяца"), a heart stopped ("¿con eso
#: se para el corazón?", "stop my heart for good"), an end to everything ("para que se acabe todo", "to end it all",
#: "чтобы всё закончилось"), which of one's medicines "would do it" ("cuál me serviría para no despertar").
SELF_HARM_AIM_MORE = (
    r"\b(?:i(?:'?ve| have)? (?:got |saved (?:up )?)?enough(?: of them| pills| saved)?(?: now| already)?(?=\W*(?:$|[.!]|bye|goodbye))"
    r"|(?:saving|stockpiling|hoarding|stashing) (?:up )?(?:my |them|pills|the pills)"
    r"|tengo (?:suficientes|bastantes|de sobra)\b|tengo para (?:\w+ )?(?:meses|semanas)|(?:he|llevo) (?:juntado|guardado|"
    r"ahorrado) (?:pastillas|las pastillas)"
    r"|мне (?:их )?хватит|у меня (?:их )?хватит|запас (?:на|таблеток)|(?:накопил\w*|коплю|собрал\w*) (?:таблетк\w*|их)"
    r"|(?:se|me) (?:para|pare|parar[aá]) el coraz[oó]n|stop (?:my|the) heart\b|сердце (?:остановится|встанет)"
    r"|(?:para|hasta) que se acabe todo|para acabar con todo|(?:to )?end it all|end everything|make it all stop"
    r"|чтобы (?:всё|все) (?:закончилось|кончилось|прекратилось)|покончить (?:со? )?(?:всем|собой)"
    r"|(?:which|what) (?:one |of (?:my|these|the|them) )?(?:\w+ ){0,2}?(?:would|will|could) do (?:it|the (?:job|trick))"
    r"|cu[aá]l(?:es)? (?:de (?:mis|estas|las) \w+ )?(?:me )?(?:lo )?(?:har[ií]a|servir[ií]a|funcionar[ií]a) para"
    r"|какие из (?:моих |этих )?\w+ (?:сработают|подойдут)"
    r")\b"
)
#: All one's pills taken with a farewell ("me tomo todas las pastillas esta noche chao", "taking all my pills, bye",
#: "выпью все таблетки, прощайте"): a self-harm statement, never a request for advice.
PILLS_FAREWELL = (
    r"\b(?:all|todas|todos|все)\b[^.?!\n]{0,25}\b(?:pills|meds|pastillas|medicinas|таблетк\w*)\b[^?\n]{0,40}"
    r"\b(?:bye|goodbye|chao|adi[oó]s|пока|прощайте|прощай)\b"
)
#: A statement with a tag that only asks for agreement ("antibiotics don't work on viruses, right?").
TAG_QUESTION = r"(?:,\s*|\s)(?:right|¿?verdad|правда|да ведь|isn'?t it|don'?t they|doesn'?t it|no es así)\s*\?"

# ================================================================ rudeness is not harassment
# Harassment is degrading abuse: a person's body, identity, sexuality or worth, a slur, a death wish.
# Calling someone stupid, useless, a fraud or disgusting on its own is rudeness (a viewer arguing with
# the host, a user scolding a chatbot: "eres tonto", "you are stupid", "ты дурак"); it becomes abuse when
# it is reinforced: a swear, a second insult, or anything degrading beside it.
RUDE = (
    r"\b(?:stupid|dumb|idiot(?:ic|s)?|moron(?:ic|s)?|clueless|fraud|clown|dense|airhead|buffoon|dimwit|halfwit|imbecile|cretin|useless|disgusting|gross|insufferable|unbearable|unwatchable|talentless|failure|loser|embarrassment"
    r"|tont[oa]s?|est[uú]pid[oa]s?|idiotas?|imb[eé]ciles?|in[uú]til(?:es)?|asqueros[oa]s?|ignorantes?|payas[oa]s?|mediocres?|rid[ií]cul[oa]s?|charlat[aá]n(?:a|es)?|farsantes?|fraude|in[eé]pt[oa]s?|incompetentes?|cretin[oa]s?|babos[oa]s?|mens[oa]s?|perdedor(?:a|es)?|fracasad[oa]s?|tarad[oa]s?|zopenc[oa]s?|descerebrad[oa]s?|cabeza hueca|sin cerebro|horrible|no sirves (?:ni )?(?:pa|para) nada"
    r"|дура|дурак\w*|туп(?:ая|ой|ое|ые|ица)|идиот\w*|кретин\w*|бестолоч\w*|клоун\w*|жалк\w+|неуч\w*|неудачни\w+|дилетант\w*|шарлатан\w*|пустышк\w+|отврат\w*|придур\w+|лох)\b"
)
#: Swearing and intensifiers that turn a rude word into abuse ("so fucking stupid", "pinche tonto", "тупая сука").
REINFORCED = (
    r"\b(?:fuck\w*|f\*+k\w*|fk\w*|shit\w*|damn|bloody|ass|asshole|bitch\w*|cunt|dickhead|piece of"
    r"|pinche|put[oa]s?|mierda|maldit[oa]|jodid[oa]|cabr[oó]n\w*|co[ñn]o|carajo|verga|grand[ií]sim[oa]|pedazo de|vete a la"
    r"|бля\w*|нахуй|хуй\w*|хер\w*|сук[аи]|ёбан\w*|еба\w*|чертов\w*|грёбан\w*|гребан\w*)\b"
)
#: Every degrading, insulting or slur word of the three languages (a rude word beside one of them is abuse).
ABUSIVE = "|".join(f"(?:{lex[k]})" for lex in (EN, ES, RU) for k in ("degrade", "insult", "slur") if k in lex)

# ================================================================ fourth round: threats, self-harm and abuse by the act's form
# Each is a construction, not a sentence. Threats: harm slipped into food or drink, a vehicle driven
# into a place, coming armed, harm already done to a car or left at a door, the family named with a
# warning, a place that will not stand, "your last stream", a hurt said to be deserved by obligation
# ("someone should", "надо прибить", "hay que quemar"), street slang for a shooting or a beating, a
# question whose answer is the threat ("will your guards stop me"). Self-harm: the ending announced
# ("tonight I end it"), not being here tomorrow, the means taken or hoarded, a lethal-dose question,
# cutting again, harm as deserved punishment, a height or a train chosen. Abuse: a person noun with
# "de mierda", a group with a degrading predicate, short slurs said on their own, sexual orders.
_EN_DRINK = r"(?:coffee|coffees|drinks?|shakes?|protein|smoothies?|soup|food|meals?|lunch|water|tea|cooler|coffee machine|bottle|punch|snacks?)"
_EN_VEHICLE = r"(?:truck|car|van|suv|pickup|vehicle|jeep|pick-?up)"
_EN_ARMS = r"(?:gun|guns|knife|knives|bat|machete|rifle|shotgun|pistol|glock|ar|ar-?15|ak|ak-?47|9mm|piece|strap|axe|crowbar|pipe|blade|mag|gas can|molotov)"
_EN_FAMILY = r"(?:kids?|children|daughters?|sons?|wife|husband|family|mom|mum|little girl|little boy|baby|babies|grandkids?|girlfriend|boyfriend)"
_ES_FAMILY = r"(?:hij[oa]s?|familia|esposa|esposo|mujer|marido|niñ[oa]s?|nen[ea]s?|mam[aá]|pap[aá]|beb[eé])"
_RU_FAMILY = r"(?:доч\w*|сын\w*|дет(?:и|ей|ям|ьми)|жен(?:а|у|е|ой)|муж(?:а|у|ем)?|семь(?:я|ю|е|ей)|мам(?:а|у|е)|ребён\w+|ребен\w+)"
_RU_KILL_INF = r"(?:прибить|убить|пристрелить|застрелить|зарезать|грохнуть|замочить|сжечь|спалить|взорвать|придушить|задушить|переломать|покалечить|избить|закопать|урыть|прикончить|уничтожить|отпиздить|пришибить)"
_ES_PERSON = r"(?:negr[oa]s?|viej[oa]s?|loc[oa]s?|gord[oa]s?|indi[oa]s?|moros?|maric[oó]n\w*|maricas?|put[oa]s?|perras?|zorras?|cerd[oa]s?|sudacas?|bolitas?|enan[oa]s?|coj[oa]s?|sord[oa]s?|ciego|retrasad[oa]s?|mong[oó]lic[oa]s?|subnormal\w*|inv[aá]lid[oa]s?|tarad[oa]s?|judi[oa]s?|chin[oa]s?|payas[oa]s?|pendej[oa]s?|gorrin\w*)"
_ES_GROUP = r"(?:jud[ií]os?|judías|moros|musulman\w+|venezolan\w+|bolivian\w+|peruan\w+|colombian\w+|mexican\w+|hondureñ\w+|chinos?|chinas?|indi[oa]s|negr[oa]s|gitan\w+|gays?|los gay|maricones|lesbianas|trans|inmigrantes|migrantes|extranjeros|sudacas|la del velo|el del turbante|las mujeres|mujeres|viejos|discapacitados|inv[aá]lidos|los del seguro|pacientes del seguro social)"
_ES_GROUP_PRED = r"(?:(?:solo|s[oó]lo|nada m[aá]s) (?:quieren?|vienen|sirven|saben)|vienen? a robar|nos roban|roban|seguro (?:es|son|come|comen|huele|huelen|compr[oó]|trafica)|huelen? a|comen? (?:murci[eé]lagos|perros|gatos)|son (?:una )?(?:enfermedad|plaga|ratas|animales|basura|escoria|cucarachas|par[aá]sitos|lacra)|terroristas?|no deber[ií]an? (?:estar|dar|trabajar|atender|existir)|no merecen|no son personas)"
_RU_GROUP = r"(?:хач(?:и|ей|ам|ами|ах|а|у|ом|ьё|ье)?|чурк\w*|черн(?:ые|ых|ым|ыми)|жид\w*|евре(?:и|ев|ям|ями)|мусульман\w*|понаехавш\w+|мигрант\w*|гастарбайтер\w*|таджик\w*|узбек\w*|цыган\w*|бомж\w*|гомик\w*|геи|гей|инвалид\w*|калек\w*|баб(?:а|ы|е|у)|женщин\w*|бабы-\w+|баба-\w+)"
_RU_GROUP_PRED = r"(?:это )?(?:скот|обуза|не место|захватил\w*|понабрали|понаехал\w*|лечить не надо|не люди|террорист\w*|с дипломом|только (?:и )?(?:умеют|могут|знают)|одни черные|вали\w* домой|не лезет|не лезь|тут не место|мусор|паразит\w*|не доверяю)"

COMPOSITIONS += [
    # ---------------------------------------------------------- threats (English)
    (
        "risk.threat",
        "en",
        "poison",
        r"\b(?:put|putting|slip|slipping|drop|dropping|add|adding|mix|mixing|sneak|sneaking) (?:some |a little |a lil )?(?:something|smth|sth|stuff|poison|rat poison|bleach|antifreeze|laxatives?|glass|pills|drugs) (?:special )?(?:in|into) "
        + NEAR
        + _EN_DRINK
        + r"\b|\b(?:gonna|going to|i'?ll|ill|i will|imma|i should|i could|already|just) (?:\w+ )?(?:spike|spiked|lace|laced|poison|poisoned) (?:the |your |ur |his |her |their |those |that |all the )?(?:\w+ )?"
        + _EN_DRINK
        + r"\b",
    ),
    (
        "risk.threat",
        "en",
        "ram",
        r"\b(?:drive|driving|drove|ram|ramming|rammed|plow|plowing|plough|crash|crashing|smash|smashing) (?:my|a|the|this|our|his) "
        + _EN_VEHICLE
        + r" (?:straight |right |full speed )?(?:through|into|thru) ",
    ),
    (
        "risk.threat",
        "en",
        "armed-visit-asked",
        r"\b(?:show(?:s|ing)? up|come(?! up)|coming(?! up)|comes(?! up)|walk(?:ing)? in(?:to)?|pull(?:ing)? up|see (?:you|u|ya)|meet (?:you|u)|wait(?:ing)? for (?:you|u)|visit(?:ing)?|stop(?:ping)? by|drop(?:ping)? by|friend|i'?ll be there|be there) "
        + GAP
        + r"\bwith (?:my|a|the|some|an|me|his|a loaded|a big|a little) "
        + _EN_ARMS
        + r"\b(?! in (?:his|her|their) hands?)|\b(?:bringing|bring|brought|packing|carrying) (?:my|a|the|his|some|an) "
        + _EN_ARMS
        + r" (?:to|into|in|at) (?:the|your|ur|that|this|their|tomorrow|tonight|saturday|sunday|monday|friday)\b|\bunload(?:ing)? (?:a |the |my |full |whole )*(?:mag|clip|magazine|clip)\b|\bdodg\w* bullets\b",
    ),
    (
        "risk.threat",
        "en",
        "done-to-car",
        r"\b(?:cut|slashed|slash|popped|loosened|tampered with|messed with|keyed) (?!my\b)(?:\w+ ){0,4}?(?:brake lines?|brakes|tires|tyres|wheels?)\b|\bleft (?:a |you a |u a |something |an? )?(?:little |small |special |nice )?(?:present|surprise|gift|package|parcel|something) (?:in|under|at|on|by|for) (?:the |your |ur |that |his |her )?(?:\w+ )?(?:car|mailbox|door|doorstep|porch|office|clinic|lobby|entrance|desk|locker|house|gym)\b",
    ),
    (
        "risk.threat",
        "en",
        "family-asked",
        r"\b(?:your|ur|yo) "
        + _EN_FAMILY
        + " "
        + r"[^\n]{0,60}?"
        + r"\b(?:would be a shame|would hate for|lock the doors?|pay for|walks? (?:home )?alone|pink backpack|bus stop|something to happen|something happens?|an accident|school is only|is safe on|(?:is|are) cute\b[^.!?\n]{0,30}\bright\b)",
    ),
    (
        "risk.threat",
        "en",
        "place-gone",
        _c(
            _ENG,
            "place",
            GAP,
            r"(?:\b(?:won'?t|wont|will not|isn'?t gonna|is not going to|ain'?t gonna) (?:be )?(?:standing|there|around|exist)\b|\b(?:will|is gonna|is going to|gonna) (?:be )?(?:burn(?:ed|t)? (?:down|to the ground)|go up in flames|be on fire)\b|\bwould look (?:great|good|better|nice|amazing) (?:on fire|in flames|burning)\b)",
        )
        + r"|\bhope (?:nobody|no one|noone)(?:'s| is) (?:in|at|near|inside) (?:the |that |your )?",
    ),
    (
        "risk.threat",
        "en",
        "all-die",
        r"\b(?:you|u|y'?all|yall|you people) (?:are |r |re |'re )?all (?:gonna|going to|will|about to) (?:die|burn|bleed|suffer)\b(?! (?:laughing|of|from))|\b(?:y'?all|yall|everyone here|everybody here) (?:is |are )?(?:gonna|going to|will) (?:die|burn|bleed)\b(?! (?:laughing|of|from))",
    ),
    (
        "risk.threat",
        "en",
        "last-show",
        r"\b(?:enjoy|this is|it'?s|its|that'?s|will be|gonna be) (?:your|ur) (?:last|final) (?:stream|broadcast|live|show|shift|class|episode|video|day|days|night|week|q&a|session)\b|\b(?:your|ur|yo) days (?:are|r) numbered\b",
    ),
    (
        "risk.threat",
        "en",
        "home-not-alive",
        r"\b(?:you|u|ya|he|she|they|this host|the host|that \w+|some people \w+ \w+ \w+) (?:won'?t|wont|don'?t|dont|doesn'?t|doesnt|never|will not|do not) make it (?:home|out alive|back home|to (?:your|ur) car|through the night)\b|\bmake sure (?:you|u|he|she|this \w+|that \w+|the \w+) (?:doesn'?t|doesnt|don'?t|dont|never|won'?t) make it (?:home|out)\b",
    ),
    (
        "risk.threat",
        "en",
        "slang",
        r"\b(?:you|u|ya|y'?all|yall|he|she|him|her|that \w+|this \w+|ur \w+)(?:'re| are| r|re)? (?:gonna|going to|finna|bout to|about to|will|'?ll|gon|gone) get (?:smoked|clapped|popped|stomped|jumped|merked|capped|wacked|whacked|shanked|stabbed|shot|dropped|handled|got)\b(?! (?:in|on) (?:ranked|the game|this game|game|pvp))|\bcatch(?:ing)? (?:you|u|ya|him|her|them|that \w+|this \w+) lacking\b|\bcatch (?:these|this) hands\b|\bhandle (?:you|u|him|her|them|that \w+|this \w+) (?:personally|myself)\b",
    ),
    (
        "risk.threat",
        "en",
        "put-in",
        r"\b(?:put|putting) (?:you|u|ya|him|her|them|that \w+(?: \w+)?|this \w+(?: \w+)?|the \w+) in (?:a wheelchair|the hospital|hospital|a coma|the ground|the icu|a body bag|a coffin|an early grave|the morgue|a cast)\b|\b(?:someone|somebody|some1) (?:should|needs to|ought to|gotta|has to) (?:break|snap|smash|bash|crack|cut|stab|shoot|kill|beat|burn|slap|punch) (?:\w+ )?(?:\w+'?s )?(?:legs?|arms?|neck|face|head|knees?|teeth|jaw|skull|fingers|hands|ribs|nose)\b",
    ),
    (
        "risk.threat",
        "en",
        "locate",
        r"(?:^|\b(?:i|we|i'?ve|ive|we'?ve|already|just|finally) )(?:found|got|have|tracked down|looked up|figured out|pulled) (?:your|ur) (?:home |house |real |new )?(?:address|location|plates?|license plate|schedule|route|ip)\b(?! (?:wrong|right|from the (?:website|form))\b)|\btracking (?:your|ur) (?:car|phone|location|kids?|wife|husband|every move)\b|\b(?:i|we) know (?:which|what) (?:exit|door|entrance|route|bus|train|gate) (?:you|u) (?:use|take|leave)\b",
    ),
    (
        "risk.threat",
        "en",
        "stop-me-asked",
        r"\b(?:security|guards?|alarm(?: system)?|locks?|cops|police|bodyguards?|cameras?|doors?)\b"
        + NEAR
        + r"\b(?:will|would|can|could|gonna|going to)\b"
        + NEAR
        + r"\b(?:stop|save|protect|keep) (?:me|you|u)\b(?! from (?:germs|injur|the (?:flu|cold|sun)))|\bwhen i show up\b|\b(?:how many|how much) (?:security|guards)\b[^\n]{0,80}\b(?:i'?m coming|im coming|i come|i show up)|\b(?:someone|somebody|i|we) (?:waited|waiting|wait|was waiting) for (?:you|u) (?:at|by|outside) (?:the |your |ur )?(?:back door|parking|car|exit|house|door)",
    ),
    (
        "risk.threat",
        "en",
        "mark-words",
        r"\b(?:hurt|burn\w*|shot|killed|dead|die|bleed|ground|fire|pay)\b" + GAP + r"\bmark my words\b",
    ),
    # ---------------------------------------------------------- threats (Spanish)
    (
        "risk.threat",
        "es",
        "poison",
        r"\b(?:echar(?:le|les)?|ech[oaeé]|echarle|poner(?:le|les)?|pongo|ponerle|meter(?:le|les)?|meto|le voy a echar|les voy a echar|le echo|les echo) (?:algo|veneno|cloro|laxante|vidrio|pastillas|raticida|matarratas) (?:en|a) "
        + NEAR
        + r"\b(?:caf[eé]|bebidas?|comida|agua|batidos?|sopa|t[eé]|termo|prote[ií]na|botella|jugo)\b|\benvenen(?:ar|arte|arlos?|arlas?|o|ar[eé]|aremos)\b",
    ),
    (
        "risk.threat",
        "es",
        "ram",
        r"\b(?:meter|meto|metemos|estrellar|estrello|estampar|estampo|empotrar|empotro) (?:la|el|mi|una|un) (?:camioneta|coche|carro|auto|troca|cami[oó]n|van) (?:por|contra|en|dentro de) ",
    ),
    (
        "risk.threat",
        "es",
        "armed-visit-asked",
        r"\b(?:llego|llegar[eé]|llegue|voy|ir[eé]|vengo|aparezco|aparecer[eé]|paso|te espero|esperarte|te quiero esperar|nos vemos|te veo)\b"
        + GAP
        + r"\bcon (?:mi|una|un|el|la|unos|mis) (?:pistola|cuchillo|navaja|machete|bate|escopeta|arma|armas|fierro|cuete|rifle|amigos armados|cuchillos)\b",
    ),
    (
        "risk.threat",
        "es",
        "done-to-car",
        r"\b(?:dej[eé]|dejamos|puse|pusimos|te dej[eé]|le dej[eé]|les dej[eé]) (?:un |una )?(?:regalito|regalo|sorpresa|sorpresita|paquete|paquetito|algo)\b"
        + GAP
        + r"\b(?:coche|carro|auto|puerta|buz[oó]n|oficina|cl[ií]nica|farmacia|entrada|casa|consultorio)\b|\b(?:ponch[eé]|cort[eé]|raj[eé]) (?:las |tus |sus )?(?:llantas|ruedas|frenos|neum[aá]ticos|cubiertas)\b",
    ),
    (
        "risk.threat",
        "es",
        "family-asked",
        r"\b(?:tu|tus) "
        + _ES_FAMILY
        + r"\b"
        + GAP
        + r"\b(?:va a pagar|van a pagar|pagar[aá]n?|cu[ií]dal[oa]s?|escuela|colegio|sol[oa]s? a casa)\b|\b(?:le|les) (?:pase|pasara|pasar[aá]|suceda|sucediera) algo a (?:tu|tus|su|sus) "
        + _ES_FAMILY
        + r"\b|\btienes? hij[oa]s\b"
        + r"[^\n]{0,40}?"
        + r"\bcu[ií]dal[oa]s\b",
    ),
    (
        "risk.threat",
        "es",
        "place-gone",
        _c(
            "es",
            "place",
            GAP,
            r"\b(?:va a arder|van a arder|arder[aá]n?|va a volar|volar[aá]|va a explotar|va a quedar en cenizas|no va a quedar nada|no quedar[aá] nada|va a caer)\b",
        )
        + r"|\b(?:hay que|habr[ií]a que|alguien deber[ií]a|vamos a|voy a) (?:quemar|incendiar|volar|prender fuego a|quemarle|incendiarle)\b"
        + GAP
        + r"\b(?:cl[ií]nica|hospital|farmacia|edificio|consultorio|gimnasio|oficina|tienda|centro|casa)\b|\b(?:van|vais) a morir todos\b|\btodos (?:ustedes |ustedes van a |van a )morir\b",
    ),
    (
        "risk.threat",
        "es",
        "last-show",
        r"\b(?:disfruta|disfruten|es|ser[aá]|este es) (?:tu|su) [uú]ltim[oa] (?:en vivo|directo|transmisi[oó]n|programa|stream|live|clase|d[ií]a|noche|show|video)\b|\bvas a pagar por esto\b|\bme las vas a pagar\b|\bno respondo de lo que (?:haga|pase)\b",
    ),
    (
        "risk.threat",
        "es",
        "put-in",
        r"\b(?:dejar(?:te|lo|la|los|las)?|dejo|mandar(?:te|lo|la)?|mando|mandarlo|mandarla) (?:en|a|al) (?:silla de ruedas|coma|el hospital|la uci|terapia intensiva|muletas|el cementerio|la tumba|el panteón)\b|\b(?:ya )?(?:tengo|s[eé]|conozco|encontr[eé]|consegu[ií]) (?:tu|su) (?:direcci[oó]n|domicilio|placa|matr[ií]cula|horario|ruta)\b",
    ),
    (
        "risk.threat",
        "es",
        "stop-me-asked",
        r"\b(?:guardias|seguridad|alarma|polic[ií]a|cerraduras?|guardaespaldas)\b"
        + NEAR
        + r"\b(?:me|te|l[oa]) (?:van a|va a|podr[aá]n?|pueden|puede) (?:detener|parar|salvar|proteger)\b",
    ),
    (
        "risk.threat",
        "es",
        "veiled-accident",
        r"\bcu[ií]date\b[^.!?\n]{0,30}\baccidentes (?:pasan|ocurren|suceden)\b|\b(?:ser[ií]a|es) una (?:l[aá]stima|pena) que (?:le|te|les) (?:pase|pasara|pasar[aá]) algo\b",
    ),
    # ---------------------------------------------------------- threats (Russian)
    (
        "risk.threat",
        "ru",
        "poison",
        r"\b(?:подсыплю|подсыпать|подсыплем|подолью|подлить|подмешаю|подмешать|насыплю|подсыпал|подлил|подмешал) (?:(?:вам|тебе|ему|ей|им|вашим \w+|твоим \w+) )?(?:кое-что|кое что|что-то|что-нибудь|яд|отраву|крысиный яд|слабительное)?"
        + NEAR
        + r"\b(?:в|во) (?:\w+ )?(?:кофе|чай|кулер|еду|воду|напит\w+|коктейл\w+|суп|протеин\w*|бутылк\w+|термос)\b|\bотравл(?:ю|им)\b",
    ),
    (
        "risk.threat",
        "ru",
        "ram",
        r"\b(?:протараню|протараним)\b|\b(?:въеду|въедем|врежусь|влечу|вломлюсь) на (?:машине|тачке|грузовике|джипе|фуре|камазе) (?:прямо )?(?:в|во) ",
    ),
    (
        "risk.threat",
        "ru",
        "done-to-car",
        r"\b(?:оставил|оставила|оставили|положил|положила|подложил|подложила|положили|подложили)\b"
        + NEAR
        + r"\b(?:подарочек|подарок|сюрприз|посылк\w+|кое-что|кое что|что-то)\b"
        + GAP
        + r"\b(?:двер\w+|офис\w*|машин\w+|вход\w*|аптек\w+|клиник\w+|подъезд\w*|ящик\w*|кабинет\w*)|\b(?:порезал|проколол|пробил|спустил) (?:тебе |вам )?(?:шины|колёса|колеса|тормоза)\b",
    ),
    (
        "risk.threat",
        "ru",
        "family-asked",
        r"\b(?:береги|берегите) (?:её|ее|его|их|детей|семью|дочь|дочку|сына|жену) (?:пока (?:можешь|можете|есть время))\b|\b(?:у тебя|у вас) (?:же )?(?:дочка|дочь|сын|дети|жена)\b"
        + GAP
        + r"\bпока (?:можешь|можете)\b|\b(?:твоя|твой|твои|твоей|твоих|твоего|ваша|ваш|ваши|вашей|ваших) "
        + _RU_FAMILY
        + GAP
        + r"\b(?:заплатит|заплатят|ответит|ответят|пожалеет|пожалеют)\b",
    ),
    (
        "risk.threat",
        "ru",
        "place-gone",
        r"\bот (?:вашего|твоего|этого|вашей|твоей|этой|вашей) \w+ ничего не останется\b|\bничего не останется от\b|"
        + _c(
            "ru",
            "place",
            GAP,
            r"\b(?:снесут|сгорит|сгорят|взлетит|взлетят|рухнет|будет (?:очень )?громко|полыхн\w+)\b",
        )
        + r"|\b(?:вы|вас) (?:все|всех) (?:сдохнете|сдохните|умр[её]те|передохнете|подохнете)\b|\b(?:сдохнете|подохнете|передохнете) (?:все|всем)\b|\bвсе (?:вы )?(?:сдохнете|подохнете|передохнете)\b",
    ),
    (
        "risk.threat",
        "ru",
        "last-show",
        r"\b(?:это )?(?:твой|ваш|твоя|ваша) последн(?:ий|яя) (?:эфир|стрим|день|раз|выпуск|трансляци\w+|передач\w+)\b|\bпоследний (?:раз|эфир) (?:ведешь|ведёшь|ведете|ведёте|выходишь)\b|\b(?:вам|тебе) осталось (?:вести эфиры |жить |работать )?недолго\b|\bкак бы (?:с тобой|с вами|тебе|вам) (?:чего|что-нибудь|что-то|чего-нибудь) не (?:случилось|вышло|произошло)\b|\b(?:ты|вы|ty|vy) (?:покойник|покойники|pokoinik|pokoynik|тр[у*]п|трупы)(?!\w)|\b(?:тебе|табе|вам) ?(?:капец|кранты|хана|пиздец|конец)\b",
    ),
    (
        "risk.threat",
        "ru",
        "obligation",
        r"\b(?:тебя|вас|его|её|ее|их|этого|эту|этих)\b"
        + NEAR
        + r"\b(?:надо|нужно|пора|бы|следует|стоит)\b"
        + NEAR
        + r"\b"
        + _RU_KILL_INF
        + r"\b|\b(?:надо|нужно|пора|следует) (?:бы )?"
        + _RU_KILL_INF
        + r" (?:тебя|вас|его|её|ее|их|этого|эту|этих)\b|\b(?:ноги|руки|голову|башку|шею|р[её]бра|зубы|челюсть) (?:бы )?(?:тебе|вам|ему|ей|им) (?:бы )?(?:переломать|оторвать|сломать|свернуть|проломить|выбить|пересчитать)\b|\b(?:отправлю|уложу|упеку|отправим|уложим) (?:тебя|вас|его|её|ее) (?:в|на) (?:больниц\w+|реанимаци\w+|кладбищ\w+|морг|гроб|инвалидн\w+|коляск\w+)\b",
    ),
    (
        "risk.threat",
        "ru",
        "locate",
        r"\b(?:выяснил|выяснила|узнал|узнала|нашёл|нашел|нашла|вычислил|вычислила|вычислю|вычислим|пробил|пробила) (?:где (?:ты|вы) (?:живёшь|живешь|живете|живёте|работаешь)|(?:твой|ваш) (?:адрес|район|подъезд|дом)|по (?:айпи|ip|ай-пи))\b|\b(?:знаю|знаем) (?:твой|ваш) (?:район|адрес|подъезд|дом)\b|\bномер (?:твой |ваш )?запомнил\w*\b|\bвидел\w* (?:твою|вашу) (?:машину|тачку)\b",
    ),
    (
        "risk.threat",
        "ru",
        "stop-me-asked",
        r"\b(?:охрана|охранник\w*|полиция|сигнализаци\w+|замки|камеры)\b"
        + NEAR
        + r"\b(?:тебя|вас) (?:спас[её]т|спасут|защитит|защитят)\b",
    ),
    # ---------------------------------------------------------- self-harm
    (
        "risk.self_harm",
        "en",
        "ending-announced",
        r"\b(?:tonight|today|this weekend|this week|tomorrow|soon|finally|gonna|going to|ready to|about to|i'?ll|ill|i will|i'?m|im|i am) (?:i'?m |im |i am |i )?(?:end it|end it all|ending it|ending it all|end things|ending things|end everything|ending everything|end my life|ending my life|finish it|finishing it|finish it all)\b(?! (?:with (?:a|the|some)|on a|off with|early|here|now for)\b)|\b(?:not (?:gonna|going to) be|won'?t be|wont be|will not be) (?:around|here|alive) (?:for|next|after|tomorrow|anymore|much longer|by)\b|\bmy last day period\b|\btonight (?:is|might be|will be) (?:the night|it)\b|\bi (?:have|got) a plan and a date\b|\b(?:wrote|written|finished) (?:the|my) (?:letters?|notes?|goodbye letters?)\b",
    ),
    (
        "risk.self_harm",
        "en",
        "means-taken",
        r"\b(?:just |already )?(?:took|swallowed|downed|taken) (?:like |about |around )?(?:all (?:of )?(?:my|the|her|his)|the whole (?:bottle|box|pack)|\d{2,3}) (?:\w+ )?(?:pills|tablets|meds|of them|lithium|tylenol|sleeping pills|insulin|\w+)?\b(?=[^\n]{0,60}\b(?:bye|weird|dont call|don'?t call|goodbye|dizzy|ago|tired)\b)|\b(?:have|got) (?:\d+|all|the) (?:bottles?|pills|boxes) (?:of )?(?:\w+ )?(?:meds|pills)?\b[^.!?\n]{0,40}\btonight is the night\b|\b(?:already )?(?:have|got|holding) the pills in my hand\b|\b(?:his|her|my \w+'?s?) pills (?:all )?lined up\b",
    ),
    (
        "risk.self_harm",
        "en",
        "method-asked",
        r"\b(?:most painless|least painful|quickest|fastest|easiest|surest) way (?:to|of) (?:go|die|end it|do it|check out|leave)\b|\b(?:lethal|fatal|deadly) (?:dose|amount)\b|\bhow (?:much|many) (?:\w+ )?(?:would|will|does it take to) (?:kill|end) (?:someone|me|a person|somebody)\b|\bamount of \w+ (?:that )?(?:actually )?(?:does it|kills|is fatal|is lethal)\b|\bwhich is (?:quicker|faster|less painful),? (?:jumping|pills|hanging|cutting)\b|\bhow long (?:it takes|does it take) if (?:you|i) stop (?:dialysis|insulin|eating|my meds)\b",
    ),
    (
        "risk.self_harm",
        "en",
        "harm-again",
        r"\b(?:cut|cutting|burned|burning|hurt|hurting) (?:myself )?again (?:last night|tonight|today|yesterday|this morning|since)\b|\b(?:i|i'?ve|ive|just|i just) cut (?:myself )?again\b|\b(?:deserve|earned) (?:the|these|my|more) scars\b|\bmaking more (?:scars|cuts) tonight\b|\bthe only thing that helps is the (?:blade|razor)\b|\b(?:hit|bang|punch|slam)(?:ing)? my (?:head|fists?|arms?|legs) (?:against|into|on|till|until) |\bmake myself (?:throw up|puke|bleed)\b|\bhaven'?t eaten in \d+ days on purpose\b|\bhavent eaten in \d+ days on purpose\b|\bi deserve to (?:disappear|feel this|suffer|die|bleed|hurt)\b(?! (?:of (?:laughter|embarrassment|boredom|cringe|hunger|thirst|shame)|laughing|lol|lmao|lmfao|from (?:cringe|laughter|embarrassment)))",
    ),
    (
        "risk.self_harm",
        "en",
        "wake-not",
        r"\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:don'?t|dont|won'?t|wont|never) wake up\b|\bpray (?:that )?god (?:just )?takes me\b|\bgoing to make sure of it\b|\b(?:thinking|thought) about (?:suicide|killing myself|ending it) (?:every|all|each)\b|\bstopped (?:my|taking my) \w+ (?:pills|meds|medication|insulin) on purpose\b|\b(?:i'?ve|ive|i have) decided to stop eating\b|\b(?:will|gonna|going to|ready to|want to|wanna) join (?:him|her|them|my (?:husband|wife|mom|mum|dad|son|daughter|brother|sister|family)) (?:tonight|soon|in heaven|up there|again|this week)\b|\b(?:the|that|this) (?:bridge|roof|rooftop|ledge|cliff|overpass|balcony)\b[^.!?\n]{0,40}\b(?:been thinking about it|thinking about jumping|is (?:pretty |really |so )?high|high enough|calling me)\b|\b(?:standing|sitting|i'?m|im) on (?:the|a|my|this) (?:\w+ )?(?:roof|rooftop|ledge|bridge|balcony railing)\b[^.!?\n]{0,40}\b(?:last|jump|goodbye|bye|decided)\b|\b(?:going to|gonna|about to|will|i'?ll) jump (?:off|from) (?:the|a|my|her|his|this) (?:\w+ )?(?:balcony|roof|bridge|building|ledge|cliff|overpass)\b|\b(?:keep|kept|been) (?:looking|staring) at (?:the|my) (?:knife|knives|knife block|pills|rope|razor|blade|gun)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "ending-announced",
        r"\b(?:hoy|esta noche|mañana|este fin de semana|ya) (?:le )?(?:pongo|pondr[eé]) fin a (?:todo|mi vida)\b|\b(?:le )?(?:pongo|pondr[eé]|voy a poner) fin a (?:todo|mi vida)\b|\bme (?:quiero|voy a) matar\b|\bquiero matarme\b|\b(?:termino|terminar[eé]|acabo|acabar[eé]) con todo\b|\b(?:ya )?no voy a estar\b(?! (?:disponible|en (?:el|la) (?:directo|stream|live|clase|chat) de)\b)|\bya no me (?:van|vas) a ver (?:m[aá]s|nunca)\b|\b(?:escrib[ií]|dej[eé]) (?:las|mis|una|unas) (?:cartas|notas|carta)\b[^.!?\n]{0,40}\b(?:familia|despedida|se duerman|todos)\b|\bya (?:lo )?(?:decid[ií]|tengo todo (?:listo|planeado))\b|\bme quiero ir de este mundo\b|\b(?:suicidarme|matarme|morirme) es lo [uú]nico que (?:pienso|quiero)\b|\bsuicidio (?:es )?(?:mi plan|la [uú]nica salida)\b|\bquiero hacerme daño\b|\bme voy a matar\b|\bprefiero quitarme la vida\b",
    ),
    (
        "risk.self_harm",
        "es",
        "means-taken",
        r"\bme (?:acabo de tomar|tom[eé]) (?:toda la caja|todo el frasco|todas las pastillas|todas mis pastillas|\d{2,3} pastillas)\b|\b(?:juntando|guardando|ahorrando|acumulando) (?:las )?pastillas\b|\bsi (?:dejo|me salto) (?:la|el|mis) \w+ me muero\b|\b(?:forma|manera) m[aá]s (?:r[aá]pida|f[aá]cil|segura) de morir\b|\b(?:forma|manera) menos dolorosa de (?:irse|morir|irme|acabar)\b|\b(?:dosis|cantidad) (?:letal|mortal)\b|\bcon cu[aá]nt[oa]s de \w+ (?:ya )?no (?:vuelves|despiertas)\b|\bcu[aá]nto \w+ con (?:mis|las) \w+ para que sea r[aá]pido\b|\bcon \w+ ya no despierto\b|\b(?:soltar|solt[eé]) el volante\b|\b(?:estoy|ando|parad[oa]|sentad[oa]) en (?:la azotea|el techo|el puente|la orilla|el balc[oó]n|la cornisa)\b|\b(?:tirarse|tirarme|aventarme) (?:desde|de) (?:un|el|la|mi) \w+ piso\b",
    ),
    (
        "risk.self_harm",
        "es",
        "harm-again",
        r"\bme (?:he vuelto|volv[ií]) a cortar\b|\bme merezco (?:las|mis|estas) cicatrices\b|\besta noche (?:hago|me hago) m[aá]s\b|\ble pido a dios que (?:ya )?me lleve\b|\bkiero morir\w*\b|\bregal[eé] (?:todas )?mis cosas\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "ending-announced",
        r"\b(?:сегодня|завтра|на выходных|скоро) (?:вс[её] )?(?:закончу|покончу|ставлю точку|поставлю точку)\b|\bставлю точку\b|\b(?:завтра|скоро) меня (?:уже )?не будет\b|\b(?:написал|написала) (?:записки|записку|письма)\b|\bлучше (?:сам|сама) уйду\b|\bуйти без боли\b|\b(?:выйду|лягу|брошусь|прыгну) под (?:поезд|электричку|машину)\b|\b(?:выбрал|выбрала) (?:мост|крышу|способ уйти)\b|\b(?:стою|сижу|пишу(?: это)?|я уже) (?:на|с) (?:крыш\w+|мост\w*|карниз\w*|подоконник\w*)\b|\b(?:сижу|стою|лежу|я)(?: \w+){0,2} с (?:лезвием|бритвой|верёвкой|веревкой)\b|\bпоследний (?:коммент|комментарий|раз пишу)\b[^.!?\n]{0,20}\bпрости\w*\b|\bраздал\w* вещи\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "means-taken",
        r"\b(?:выпил|выпила|выпью|проглотил|проглотила|съел|съела) (?:всю|все|целую) (?:пачку|упаковку|банку|таблетки|блистер)\b|\b(?:коплю|копила|копил|накопил|накопила|собираю|собрала|собрал) таблетки\b|\b(?:смертельн\w+|летальн\w+) доз\w*\b|\b(?:самый|какой самый) (?:безболезненный|быстрый|надежный|надёжный) способ (?:уйти|умереть|покончить)\b|\bчтобы (?:уснуть и )?не проснуться\b|\bрежусь\b|\bзаслужил\w* (?:шрамы|боль|это)\b|\bне ем (?:уже )?(?:неделю|\d+ дн\w+) (?:нарочно|специально)\b|\bперестал\w* пить таблетки\b[^.!?\n]{0,40}\b(?:специально|пусть)\b|\b(?:думаю|думала|думал) о (?:самоубийстве|суициде)\b|\bумиреть\b|\bсуицид\w* (?:—|-|это)? ?(?:мой план|единственный выход)\b|\bхочу (?:суицид|самоубийство)\b|\bс (?:\w+ого|\d+-?го) этажа (?:наверняка|хватит|насмерть)\b",
    ),
    # ---------------------------------------------------------- harassment
    (
        "risk.harassment",
        "en",
        "short-slur",
        r"\b(?:cripple|autists?|psychos|fatass|lardass|fatties|bald freak|ok boomer|boomer grandma|b[!1]tch|stupid bitch|dumb bitch|fat bitch|lardo|landwhale|hambeast)\b|\b(?:old hags? (?:like|should)|(?:you|u|ur an?) old hag)\b|\b(?:shut up|stfu) (?:autist|cripple|retard|fatso|fatass)\b|\b(?:take (?:your|ur) meds|go take (?:your|ur) meds) freaks?\b|\bfreaks?\b(?=[^.!?\n]{0,40}\b(?:take (?:your|ur) meds|lmao|cripple))|\b(?:psycho|freak)s? lmao\b|\b(?:another|some|this|that) (?:psycho|lunatic|nutjob|freak) (?:looking|begging) for attention\b",
    ),
    (
        "risk.harassment",
        "en",
        "group-claim",
        r"\b(?:female doctors|women doctors|female nurses|jews|muslims|asians?|chinese|blacks|mexicans|indians|homeless (?:people|patients)|gays)\b"
        + GAP
        + r"\b(?:are (?:just|only) (?:nurses|animals|rats|vermin|parasites)|run (?:big pharma|the media|the banks|hollywood|everything)|eats? bats|bought (?:his|her|their) degrees?|should be put down|are animals|nobody trusts)\b|\b(?:asian|chinese|indian|black|muslim|jewish|mexican) (?:doctor|nurse|host|coach|pharmacist) (?:probably|prob|definitely|obviously|eats|bought)\b|\bnobody trusts a (?:muslim|jewish|black|chinese|mexican|indian|trans|gay) \w+\b|\btake that rag off (?:your|ur) head\b|\bno real man (?:moves|talks|walks|acts)\b",
    ),
    (
        "risk.harassment",
        "en",
        "sexual-order",
        r"\bturn around and bend over\b|\bbend over (?:again|for (?:me|us|the camera)|coach|doc|nurse|host)\b|\bwhat colou?r (?:panties|underwear|bra|thong)\b|\bsend (?:me |us )?(?:feet|foot|nude|sexy|bikini)? ?pics\b(?=[^.!?\n]{0,30}(?:doc|coach|nurse|😘|😏|🤤|😈|i know (?:u|you) want))|\bsend (?:me |us )?(?:feet|foot|nude|bikini|sexy) pics\b|\bshow (?:us|me) what'?s under\b|\bcheck my pulse anytime\b|\bif (?:you|u) know what i mean\b(?=[^\n]{0,10}[😈😏🍆🍑])|\bwhat size are (?:your|ur) feet\b|\bi know (?:u|you) want me\b",
    ),
    (
        "risk.harassment",
        "es",
        "de-mierda",
        r"\b"
        + _ES_PERSON
        + r" (?:\w+ )?de mierda\b|\b(?:pinche|maldit[oa]) (?:sord[oa]|viej[oa]|gord[oa]|indi[oa]|negr[oa]|maric[oó]n|cojo|enan[oa]|retrasad[oa]) ?\w*\b|\b(?:zorra|puta|guarra|perra|gorda|cerda) (?:asquerosa|de mierda|barata|inmunda)\b|\b(?:presentadora|doctora|enfermera|entrenadora|host|instructora|farmac[eé]utica) es una (?:guarra|zorra|puta|perra|golfa|bitch)\b|\b(?:viej[oa]) (?:decr[eé]pit[oa]|in[uú]til|senil)\b|\bp ?u ?t ?a doctora\b|\b(?:ese|este|el|un|eres|es un) maric(?:[oó0]n|a)\b|\bmaric[oó0]n (?:no|de|el)\b|\bmarica el (?:coach|entrenador|doctor|host|presentador)\b|\bmongólico\b|\bmongolico\b|\bretrasado mental\b|\bc[aá]llate,? (?:indi[oa]|negr[oa]|gord[oa]|maric[oó]n|sudaca)\b|\bhabla bien,? (?:indi[oa]|negr[oa]|sudaca|chin[oa]|gring[oa])\b|\bvete a tu asilo\b|\bdeber[ií]as? estar en el asilo\b|\bvayan al manicomio\b|\bvete al manicomio\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-claim",
        r"\b"
        + _ES_GROUP
        + r"\b"
        + GAP
        + r"\b"
        + _ES_GROUP_PRED
        + r"\b|\b(?:doctor|doctora|enfermer[oa]|farmac[eé]utic[oa]|presentador[a]?|entrenador[a]?) (?:judi[oa]|jud[ií]o|chin[oa]|indi[oa]|negr[oa]|gay|musulm[aá]n\w*)\b"
        + GAP
        + r"\b(?:solo quiere|seguro|huele|come|terrorista|plata|dinero)\b|\bla del velo\b"
        + GAP
        + r"\bterrorista\b|\beso no es (?:una )?mujer\b|\bun hombre disfrazado\b|\bse le nota lo gay\b|\bqu[eé] voz de (?:mariquita|marica|nena)\b",
    ),
    (
        "risk.harassment",
        "es",
        "body-mock",
        r"\bqu[eé] (?:fe[oa]|gord[oa]) (?:la|el|est[aá]s|eres)\b|\bqu[eé] asco (?:la|el|de|del|de la) (?:presentador|doctor|enfermer|entrenador|farmac[eé]utic|instructor|gord|viej|calv|tip)\w*|\b(?:una|un|la|el) gord[oa] (?:dando|que da|ense[ñn]ando|que ense[ñn]a)\b|\bdeja de tragar\b|\bcome como (?:cerd[oa]|vaca|marrano)\b|\bparece (?:caballo|alien|mono|cerd[oa]|vaca|sapo)\b|\bdan ganas de vomitar\b|\bes un estorbo\b",
    ),
    (
        "risk.harassment",
        "ru",
        "group-claim",
        r"\b"
        + _RU_GROUP
        + r"\b"
        + GAP
        + r"\b"
        + _RU_GROUP_PRED
        + r"\b|\b(?:хач(?:и|ей|ам|ами|ах|а|у|ом)?|ч[у*]рк\w*|п[и1*]д[оа*]р\w*|п[и1*]др\w*)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "short-insult",
        r"\b(?:(?:тупой|старый|ты|дед) маразматик|психичк\w+|психи|толстух\w+|террористк\w+|уродин\w+|лысая уродина|жирн(?:ая|ый) (?:свинья|корова|тренерш\w+|ведущ\w+)|тупая (?:с[у*]ка|тварь|овца|корова|шлюха)|тупой маразматик|старая дура|дура ведущ\w+|эту дуру|дебил даун|хрю-хрю|заика|мямля|zhirnaya korova|tupaya korova|tupaya shlyuha)\b|^\W*урод\W*$|(?<=, )калека\W*$|\b(?:в гроб|на кладбище) пора\b|\bв дурку пора\b|\bиди лечись\b|\bс твоей рожей\b|\bиз этих,? противно\b|\bзатроллим\b|\bнаучись говорить по-русски\b|\bместо женщины на кухне\b|\bэто вообще баба\b",
    ),
    (
        "risk.harassment",
        "ru",
        "sexual-order",
        r"\b(?:сними|снимай|сними-ка) (?:халат|футболку|лифчик|трусы|одежду)\b|\bпокажи,? что под (?:халатом|одеждой|футболкой)\b|\b(?:нагнись|повернись)\b[^.!?\n]{0,20}\b(?:ещё|еще|задом|раз)\b|\bскинь фотк\w* в (?:купальнике|белье|бикини)\b|\bв личку фотки скинул\b",
    ),
]

# Abuse by comparison, condition or pile-on: a person likened to an animal by a body part or an emoji, a
# disability or a speech condition mocked, worthlessness said to someone's face, a crowd called to pile on,
# unwanted contact that will not stop, a body or clothes demanded.
_ANIMAL_EMOJI = r"(?:🐷|🐖|🐽|🐄|🐮|🐒)"
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "worthless-you",
        r"\b(?:you|u|ur|you'?re|youre)(?:'re| are| r|re)? (?:such |just |the most |a |an )*(?:\w+ )?(?:piece of (?:trash|garbage|shit|crap)|waste of (?:space|oxygen|air|skin)|excuse (?:for|of) an? \w+)\b|\ba (?:waste of (?:space|oxygen)|piece of (?:trash|garbage|shit)) like (?:you|u)\b",
    ),
    (
        "risk.harassment",
        "en",
        "condition-mock",
        r"\b(?:stutter\w*|lisp\w*|autistic|deaf|blind|crippled?|bald|wheelchair|chemo|dentures|hijab\w*|burqa|niqab|turban)\b"
        + GAP
        + r"\b(?:like an? (?:idiot|moron|retard|freak|clown)|spit it out|why even bother|get someone normal|have some shame|what is (?:she|he) hiding|go take (?:your|ur) dentures|(?:is|are) (?:so )?gross|freak)\b|\b(?:who let|let) the (?:monkey|ape|gorilla|pig|cow|whale|grandma|grandpa|boomer)s? (?:in|read|on|host|talk|near|do)\b|\b(?:teeth|face|nose|ears|legs|arms) like an? (?:horse|pig|cow|monkey|rat|beaver|donkey|whale|hippo)\b|\b(?:probably|prob|must|def|definitely) weighs? (?:like |about |at least |over )?\d{3}\b|\bis (?:the host|she|that|he|the \w+) even a (?:woman|man|girl|guy)\b",
    ),
    (
        "risk.harassment",
        "en",
        "pile-on",
        r"\b(?:everyone|let'?s all|let'?s|y'?all|all of you|chat|guys) (?:go )?(?:spam|flood|raid|roast|mass report|insult|harass|troll|dogpile|bully)\b(?= (?:the|her|him|them|this|that|@)\w*)|\bspam (?:the|her|his) \w+ with\b|\b(?:answer|reply to|respond to|text) me (?:back )?or (?:i'?ll|ill|i will) (?:keep coming|keep texting|keep messaging|come find|show up)\b",
    ),
    (
        "risk.harassment",
        "en",
        "animal-emoji",
        _ANIMAL_EMOJI + r"[^\n]{0,12}\b(?:oink|moo|mooo|muu|muuu|хрю)",
    ),
    (
        "risk.harassment",
        "en",
        "vocative-animal",
        r"\b(?:ur|your)\b[^\n]{0,60}(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bmy )\b(?:pig|cow|whale|hippo|fatso|lardass)(?=\W*$)",
    ),
    (
        "risk.harassment",
        "es",
        "condition-mock",
        r"\b(?:tartamud\w+|sord[oa]s?|cieg[oa]s?|coj[oa]s?|calv[oa]s?|silla de ruedas|audífono|audifono|velo|hiyab|hijab|turbante)\b"
        + GAP
        + r"\b(?:parece (?:tont\w+|idiota|retrasad\w+)|in[uú]til|que se salga|no puede entrenar|estorbo|qu[eé] asco|terrorista|no entiende nada)\b|\b(?:dientes|cara|nariz|orejas|patas) de (?:caballo|cerdo|vaca|mono|rata|burro|sapo)\b|\b(?:bigote|barba)\b"
        + GAP
        + r"\b(?:es mujer|es hombre)\b|\bvete (?:a tu|al) asilo\b|\ba la gorda\b|\bcome como (?:cerd[oa]|vaca|marrano)\b|\bpanda de (?:moros|negros|sudacas|maricones|gitanos|indios|viejos)\b",
    ),
    (
        "risk.harassment",
        "es",
        "pile-on",
        r"\btodos a (?:insultar|reportar|spamear|molestar|acosar|funar|trollear)\b|\bvamos a (?:funar|reportar en masa|spamear)\b|\bm[aá]ndame (?:fotos|fotitos|nudes|packs?)\b|\bte quiero ver (?:sin ropa|desnud\w+|en (?:bikini|lencer[ií]a|calzones))\b|\bs[eé] que (?:quieres|te gusta)\b(?=[^\n]{0,20}(?:😘|😏|😈|🍑|\W*$))",
    ),
    (
        "risk.harassment",
        "ru",
        "condition-mock",
        r"\b(?:в коляске|колясочник\w*|инвалид\w*|заик\w+|глух\w+|слеп\w+|лыс\w+|в хиджабе|хиджаб\w*)\b"
        + GAP
        + r"\b(?:тут не место|не место|что тут забыл\w*|выйди из эфира|не лезет|не тренироваться|мямля|урод\w*|террорист\w*|обуза|позорище)\b|\b(?:зубы|морда|рожа|лицо|нос|уши) как у (?:лошади|коня|свиньи|коровы|обезьяны|крысы|бобра|осла)\b|\b(?:усы|борода)\b"
        + GAP
        + r"\bэто (?:вообще )?(?:баба|мужик)\b|\bузкоглаз\w*\b|\b(?:все )?давайте (?:затроллим|зачмырим|заспамим|засрём|засрем|травить|задизлайкаем)\b|\b(?:в дом престарелых|на свалку) пора\b",
    ),
]

# Veiled threats by their usual shapes: an ultimatum ("or it won't be pretty"), a death for a death, a weapon
# pictograph with a time, an order to kill the host, following someone home, "accidents happen to people who",
# waiting for someone as they leave; self-harm by stopping treatment on purpose, a dose asked "for myself".
_WEAPON_EMOJI = r"(?:🔫|🔪|💣|🗡|🪓|⚰)"
_TIME_SOON = r"(?:soon|tonight|tomorrow|pronto|hoy|esta noche|mañana|скоро|сегодня|завтра)"
COMPOSITIONS += [
    (
        "risk.threat",
        "en",
        "ultimatum-never-again",
        r"\b(?:it|this|things) (?:won'?t|wont|will not|ain'?t gonna|is not gonna) be pretty\b|\band see what happens to (?:your|ur|the|this|that)\b(?! (?:\w+ )?(?:energy|levels?|skin|sleep|sugar|weight|mood|numbers|results|health|digestion|cholesterol|pressure|focus|gut|stamina)\b)|\b(?:somebody|someone|one of (?:you|them)) (?:at|from|in|on) (?:that|your|ur|the|this) \w+ (?:dies|will die|is gonna die|gonna die) too\b|\baccidents (?:happen|can happen) to (?:people|doctors|hosts|nurses|streamers|snitches|those|\w+s) (?:who|that)\b|\bwait (?:till|until) (?:you|u) (?:walk out|leave|get home|come out|step outside|get to (?:your|ur) car)\b",
    ),
    (
        "risk.threat",
        "en",
        "weapon-emoji",
        _WEAPON_EMOJI + r"[^\n]{0,12}" + _TIME_SOON + r"\b",
    ),
    (
        "risk.threat",
        "en",
        "order-kill",
        r"^\W*(?:kill|shoot|stab|murder|hang|burn|gut|choke) (?:the|that|this|ur|your) (?:\w+ )?(?:host|doctor|doc|nurse|coach|streamer|trainer|pharmacist|presenter|mod)s?\b|\b(?:been |i'?ve been |i keep )?(?:following|followed|tailing|tailed) (?:the |that |your |ur |this )?(?:\w+ ){0,4}?(?:home|to (?:her|his|your|ur) car)\b|\b(?:i'?ll|ill|i will|gonna|going to|imma|we'?ll|someone should|somebody should) (?:\w+ )?(?:firebomb|molotov|torch|set fire to|shoot up|burn down)\b",
    ),
    (
        "risk.threat",
        "es",
        "ultimatum-never-again",
        r"\b(?:te (?:quiero |voy a )?esperar|te espero|esperarte) (?:afuera |a la salida |al salir )?con (?:unos|mis|varios) (?:amigos|compas|primos|carnales|cuates)\b|\bte (?:segu[ií]|sigo|seguir[eé]) (?:hasta|a) (?:tu|su) (?:casa|coche|carro|auto)\b|\blos accidentes (?:pasan|ocurren)\b[^.!?\n]{0,30}\b(?:a (?:los|las|la gente) que|cuando)\b",
    ),
    (
        "risk.threat",
        "ru",
        "ultimatum-never-again",
        r"\b(?:приедем|придём|придем|приеду|приду|заедем|заеду|зайду|зайдём|зайдем)\b"
        + GAP
        + r"\bразобраться с\b|\bбереги себя,? когда (?:пойд[её]шь|будешь идти|выйдешь|поедешь)\b|\b(?:позабочусь|прослежу|сделаю так),? чтобы (?:\w+ ){0,3}больше (?:никогда|никого|не)\b|\bпоговорим (?:по-другому|иначе|по-взрослому)\b|\b(?:проследил|проследила|выследил|выследила) (?:тебя |вас |её |ее |его )?до (?:дома|машины|подъезда)\b",
    ),
    (
        "risk.self_harm",
        "en",
        "stop-treatment-means-taken",
        r"\b(?:stop|quit|stopping|quitting) (?:taking )?(?:my|the|all my) (?:\w+ )?(?:meds|pills|insulin|medication|dialysis|treatment)\b[^\n]{0,60}\b(?:that'?s my plan|do the job|end it|so it ends|i'?ll die|be over)\b|\b(?:my )?(?:heart|condition|kidneys|diabetes) (?:will|would|can) do the job\b|\b(?:dose|how (?:much|many)|amount|overdose)\b[^\n]{0,80}\b(?:asking|it'?s) for (?:me|myself)\b|\bfeel(?:ing)? (?:\w+ )?(?:more |so |very |really )?suicidal\b",
    ),
    (
        "risk.self_harm",
        "es",
        "stop-treatment-means-taken",
        r"\b(?:dejo|dejar[eé]|voy a dejar) (?:la|el|mis|las) (?:\w+ )?(?:insulina|pastillas|medicinas|tratamiento|di[aá]lisis)\b[^\n]{0,60}\b(?:me muero|morir|eso (?:voy a hacer|quiero)|es mi plan)\b|\bpregunto por m[ií]\b|\bes mi [uú]ltim[oa] (?:mensaje|comentario|directo)\b"
        + _ES_RETURN_NAMED,
    ),
    (
        "risk.self_harm",
        "ru",
        "stop-treatment-means-taken",
        r"\b(?:перестану|брошу|не буду) (?:пить|принимать|колоть) (?:\w+ )?(?:таблетки|лекарства|инсулин)\b[^\n]{0,60}\b(?:пусть|остановится|умру|быстрее)\b|\bспрашиваю для себя\b|\bдоз\w*[^\n]{0,80}\bмне (?:надо|нужно) знать\b|\bдоз\w* \w+ смертельн\w*|\bумереть от передозировки\b",
    ),
]

# ================================================================ fifth round: claims, legal acts and scams by their forms
# Each composition is a form a claim, a legal act or a scam takes, in every language that has it:
# - a claim asked as a rhetorical question ("why are you still on insulin when fasting fixes it",
#   "¿siguen con la quimio cuando la moringa lo cura?", "зачем пить таблетки, если свёкла лечит"): the
#   question is the claim, so it is not cancelled as a question, a joke or a hypothetical ("-asked");
# - a condition called a myth or a hoax (the word "myth" is the claim's predicate, not a debunking);
# - a cause blamed on water, vaccines or towers with the harm named ("the fluoride in the water makes
#   people dumb", "от прививок чипируют");
# - a treatment thrown away, a toxin flushed out, a cure told in the passive, "the best medicine for";
# - legal acts by regulators written to or sent a clip, evidence kept for counsel, complaints filed;
# - scams by the offer: a prescription drug with a private channel, a backup or official account, a
#   raffle's winners sent to a handle, a paid private consultation, a romance opener, recovered funds,
#   a donation page moved, a service paid in crypto, a handle or link that names medicines.
_EN_TREAT_WIDE = r"(?:insulin|meds|medications?|medicine|chemo\w*|radiation|statins?|blood ?pressure (?:meds|pills|tablets|medication)|bp (?:meds|pills)|heart meds|antidepressants?|blood thinners?|inhalers?|vaccines?|vaccinations?|pills|tablets|prescriptions?|antibiotics|tylenol|motrin|advil|ibuprofen|painkillers|calpol|metformin|thyroid (?:meds|pills)|the doctor|doctors)"
_ES_TREAT_WIDE = r"(?:insulina|medicamentos?|medicinas?|pastillas|quimio\w*|radioterapia|estatinas|antidepresivos|anticoagulantes|inhalador\w*|vacunas?|antibi[oó]ticos|metformina|tratamiento|el m[eé]dico|los m[eé]dicos)"
_RU_TREAT_WIDE = r"(?:инсулин\w*|лекарств\w*|таблетк\w*|таблеток|хими\w+|статин\w*|антидепрессант\w*|антибиотик\w*|прививк\w*|вакцин\w*|ингалятор\w*|врач\w*)"
_EN_HARM_CLAIMED = r"(?:autism|autizm|autistic|turbo cancer|cancer|infertil\w+|sterile|heart problems|heart attacks|sids|dementia|alzheimer'?s|(?:lowers?|lower your|drops?) (?:your |the |kids'? )?iq|dumb(?:er)?|stupid|brain damage|poison(?:s|ing|ed)?|microchips?|chipped|magnetic|shedding|clots)"
_FIFTH: list[Composition] = [
    # ------------------------------------------------------------ medical claims
    (
        "risk.medical_claim",
        "en",
        "rhetorical-asked",
        r"\bwhy (?:are|do|would|is|does) (?:you|u|y'?all|people|ppl|anyone|you guys|you people|we)(?: all)? (?:still )?(?:taking|injecting|using|on|doing|paying for|getting|giving|trusting|listening to|take|inject|use|pay for|get|trust)\b"
        + GAP
        + r"\b(?:when|if|while)\b"
        + GAP
        + r"\b(?:cures?|fix(?:es)?|heals?|reverses?|does the same|grows|is free|kills)\b"
        r"|\bimagine (?:taking|doing|getting|paying for|trusting|injecting|still taking)\b"
        + GAP
        + r"\bwhen (?:the |a )?(?:cure|fix|remedy|answer|\w+ (?:cures?|fix(?:es)?|heals?|works))\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "rhetorical-asked",
        r"\b(?:siguen|sigues|sigue|seguimos|por qu[eé] (?:siguen|sigues|toman|tomas|se inyectan|te inyectas|usan|usas))\b(?: (?:con|tomando|usando|inyect\w+|pagando))? (?:la |el |las |los |su |tu |sus |tus )?"
        + _ES_TREAT_WIDE
        + GAP
        + r"\b(?:cuando|si)\b"
        + GAP
        + r"\b(?:cura|curan|sana|sanan|quita|quitan|funciona|arregla|lo cura|la cura|los cura)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "rhetorical-asked",
        r"\b(?:зачем|почему|для чего) (?:вы|ты|люди)?\s?(?:вообще |до сих пор |ещё |еще )?(?:пь[её]те|пь[её]шь|пьют|колете|колешь|колют|принимаете|принимаешь|принимают|травите|травишь|травят|идете|ид[её]шь|ходите)\b"
        + GAP
        + r"\b(?:если|когда)\b"
        + GAP
        + r"\b(?:лечит|лечат|вылечит|помогает|помогают|излечивает|убирает|снимает)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "called-myth",
        r"(?<!\bthat )(?<!\bthe idea )\b(?:"
        + _EN_CONDITION
        + r"|high cholesterol|cholesterol|hiv|measles|polio|germ theory|viruses|the virus|type 2|cancer) (?:is|are|was) (?:just |all |totally |completely |basically )?(?:a myth|myths|a hoax|made up|invented|a lie|a scam|fake|a big pharma invention)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "called-myth",
        r"(?<!\bque )\b(?:el |la |los |las )?(?:colesterol|c[aá]ncer|diabetes|hipertensi[oó]n|presi[oó]n alta|vih|sida|sarampi[oó]n|covid|virus|depresi[oó]n) (?:es|son) (?:un |una )?(?:mito|invento|mentira|farsa|estafa|cuento)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "blamed-agent",
        r"\b(?:fluorid\w*|chemtrails?|5g|vaccines?|vacines?|vaxx?\w*|vaccinations?|the shots?|jabs?|mrna|wifi|cell towers?)\b[^.!?\n]{0,40}?\b(?:giving|gives|gave|causing|caused|causes|makes|made|making|turns?|turning|=|are why|is why|is the reason|are the reason|behind|lowers?|lowering|dumbs? down|poisons?|poisoning)\b[^.!?\n]{0,30}?\b"
        + _EN_HARM_CLAIMED
        + r"\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "blamed-agent",
        r"\b(?:fl[uú]or|chemtrails|5g|vacunas?|bacunas?|antenas)\b[^.!?\n]{0,40}?\b(?:te |nos |les )?(?:baja\w*|envenen\w*|caus\w+|provoc\w+|da|dan|vuelve\w*|atonta\w*|idiotiz\w+|enferm\w+|mata\w*)\b[^.!?\n]{0,30}?\b(?:coeficiente|inteligencia|cerebro|autismo|c[aá]ncer|infertilidad|tont[oa]s|est[uú]pid[oa]s|chips?|microchips?|muerte|veneno)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "blamed-agent",
        r"\b(?:фтор\w*|химтрейл\w*|5g|вышк\w+|прививк\w*|вакцин\w*)\b[^.!?\n]{0,40}?\b(?:отупля\w+|дела\w+ (?:людей |детей )?(?:тупыми|глупыми|больными|бесплодными)|чипиру\w+|травят|трав\w+|убива\w+|вызыва\w+ (?:рак|аутизм|бесплоди\w+))|\bот (?:прививок|прививки|вакцин\w*) (?:чипируют|тупеют|аутизм|бесплодие|рак)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "treatment-binned",
        r"\b(?:throw|chuck|toss|bin|dump|flush|ditch)(?: away| out)? (?:your|ur|the|those|these|all (?:your|ur|the|those))? ?"
        + _EN_TREAT_WIDE
        + r"\b(?: (?:in|into|down) (?:the )?(?:trash|bin|garbage|toilet))?(?=[^\n]{0,80}\b(?:instead|eat|drink|natural|garlic|myth|people|thank|scam|poison|don'?t need|trash|bin|toilet|cure|heal)\b)",
    ),
    (
        "risk.medical_claim",
        "en",
        "toxin-flushed",
        r"\b(?:toxins?|parasites?|heavy metals|candida|mucus|plaque)\b[^.!?\n]{0,20}?\b(?:that|which|who) (?:cause|causes|caused|are behind|lead to)\b[^.!?\n]{0,20}?\b(?:"
        + _EN_CONDITION
        + r"|autism|arthritis|allergies|disease|everything)\b"
        r"|\b(?:cleanse|detox|flush)\w*\b[^.!?\n]{0,60}?\b(?:"
        + _EN_CONDITION
        + r"|arthritis)\b[^.!?\n]{0,15}?\b(?:gone|cured|healed|disappears?) (?:forever|for good|for life)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "toxin-flushed",
        r"\b(?:toxinas|par[aá]sitos|metales pesados)\b[^.!?\n]{0,20}?\bque (?:causan|provocan)\b|\bse (?:abren|limpian|destapan|desinflaman) las arterias\b|\b(?:desaparece|se va|se cura) para siempre\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "toxin-flushed",
        r"\b(?:вывод\w+|выгоня\w+|очища\w+)\b[^.!?\n]{0,25}?\b(?:токсин\w*|шлак\w*|паразит\w*)\b[^.!?\n]{0,40}?\b(?:проход\w+|уход\w+|исчеза\w+|лечит\w*) (?:навсегда|насовсем)\b|\b(?:токсин\w*|шлак\w*|паразит\w*)\b[^.!?\n]{0,30}?\b(?:причина|вызывают)\b[^.!?\n]{0,20}?\b(?:рак\w*|болезн\w+|артрит\w*|аутизм\w*)",
    ),
    (
        "risk.medical_claim",
        "en",
        "passive-cured",
        r"\b(?:"
        + _EN_CONDITION
        + r")\b (?:has|have|had) been (?:cured|reversed|healed|beaten|eradicated) (?:by|with|using|thanks to)\b"
        r"|\b(?:"
        + _EN_CONDITION
        + r")\b (?:is|are) (?:caused|triggered) by (?:a |an )?(?:lack|deficiency|shortage) of\b"
        r"|\bstops? (?:tumou?rs?|cancer(?: cells)?|metastas\w+) (?:from )?(?:growing|spreading)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "best-cure",
        r"\b(?:the |a |nature'?s )?(?:best|only|real|true|natural) (?:cure|medicine|treatment|remedy) for (?:"
        + _EN_CONDITION
        + r"|covid|type 2)\b(?! (?:is|are) (?:prevention|still|usually|a doctor|rest)\b)",
    ),
    (
        "risk.medical_claim",
        "es",
        "best-cure",
        r"\b(?:la mejor|la [uú]nica|la verdadera|el mejor|el [uú]nico|el verdadero) (?:cura|medicina|remedio|tratamiento|medicamento) (?:para|contra) (?:el |la |los |las )?(?:c[aá]ncer|diabetes|covid|hipertensi[oó]n|presi[oó]n|artritis|depresi[oó]n|alzheimer|vih|asma)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "best-cure",
        r"\b(?:лучшее|единственное|настоящее|самое эффективное) (?:лекарство|средство|лечение) (?:от|против) (?:рак\w*|диабет\w*|ковид\w*|covid|давлени\w+|гипертони\w+|артрит\w*|депресси\w+|вич|спид\w*|астм\w*)",
    ),
    (
        "risk.medical_claim",
        "ru",
        "cured-without-treatment",
        r"\b(?:лечу|лечим|вылечу|вылечим|научились лечить|можно вылечить|излечиваю|лечат)\b[^.!?\n]{0,30}?\bбез (?:таблеток|лекарств|химии|операци\w+|инсулина|врачей|химиотерапии)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "cured-without-treatment",
        r"\b(?:curo|curamos|se cura|se puede curar|revierto|revertimos)\b[^.!?\n]{0,30}?\bsin (?:pastillas|medicamentos|medicinas|qu[ií]mio\w*|insulina|operaci[oó]n|cirug[ií]a|m[eé]dicos)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "cured-without-treatment",
        r"\b(?:i|we) (?:cure|reverse|heal)\b[^.!?\n]{0,30}?\bwithout (?:any )?(?:pills|meds|medication|insulin|chemo|surgery|drugs|doctors)\b"
        r"|\b(?:cured|reversed|healed|beat)\b[^.!?\n]{0,12}?\b(?:"
        + _EN_CONDITION
        + r")\b[^.!?\n]{0,20}?\bwithout (?:any )?(?:pills|meds|medication|insulin|chemo|surgery|drugs|doctors)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "works-when-treatment-fails",
        r"\b(?:works|worked|cures|heals) (?:even )?(?:when|where|after) (?:the )?(?:chemo|radiation|doctors|meds|medicine|treatment|insulin)\b[^.!?\n]{0,10}?\b(?:fails?|failed|can'?t|gave up|don'?t work)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "works-when-treatment-fails",
        r"\b(?:funciona|funcion[oó]|cura|sirve) (?:incluso )?cuando (?:la |el |los )?(?:quimio|radioterapia|m[eé]dicos?|medicamentos?|tratamiento)\b[^.!?\n]{0,10}?\b(?:falla|fallan|fall[oó]|no (?:funciona|sirve|pudo))\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "works-when-treatment-fails",
        r"\b(?:протокол|методик\w+|средство|метод)\b[^.!?\n]{0,30}?\bкогда (?:химия|химиотерапия|врачи|лекарства|таблетки) (?:не помогл\w+|бессильн\w+|не помогают|отказались)\b",
    ),
    # ------------------------------------------------------------ legal
    (
        "risk.legal",
        "en",
        "regulator-written",
        r"\b(?:emailed|e-mailed|wrote|writing|called|calling|contacted|contacting|notified|notifying|tagged|tagging|cc'?d|cc'?ing|reported (?:you|this|them|it|the clinic|the store) to|reporting (?:you|this|them|it) to|sent (?:it|this|them|the \w+|screenshots) to|sending (?:it|this|them|the \w+) to|forwarded (?:it|this) to)\s+(?:the |my state'?s? |our )?"
        + _c(_ENG, "regulator"),
    ),
    (
        "risk.legal",
        "en",
        "regulator-sent-asked",
        r"\b(?:what (?:will|would|does|do) (?:the )?|how (?:will|would) (?:the )?|wonder (?:what|how) (?:the )?)"
        + _c(_ENG, "regulator")
        + r"[^\n]{0,60}?\b(?:send(?:ing)?|sent|forward(?:ing)?|email(?:ing)?|find out|report(?:ing)?|think|feel|say)\b[^\n]{0,50}?\b(?:send(?:ing)?|sent|mail(?:ing)?|forward(?:ing)?|email(?:ing)?) (?:it|this|them|the (?:clip|video|screenshots?))?\b",
    ),
    (
        "risk.legal",
        "es",
        "regulator-sent-asked",
        r"\bqu[eé] (?:opinar[aá]|dir[aá]|pensar[aá]|har[aá])n? (?:la |el |los )?"
        + _c("es", "regulator")
        + r"[^\n]{0,60}?\b(?:se (?:lo|la|los) mando|se (?:lo|la|los) env[ií]o|mando|env[ií]o|mandar[eé]|enviar[eé])\b",
    ),
    (
        "risk.legal",
        "ru",
        "regulator-sent-asked",
        r"\b(?:что|как) (?:скажет|скажут|подумает|ответит)\b[^\n]{0,15}?"
        + _c("ru", "regulator")
        + r"[^\n]{0,60}?\b(?:отправляю|отправлю|отправил\w*|пишу|напишу|шлю|пошлю)\b",
    ),
    (
        "risk.legal",
        "en",
        "evidence-kept",
        r"\b(?:screenshot\w*|screen ?shot\w*|screen ?capped|recorded|recording|saved|archived|documented|documenting|keeping (?:receipts|records)|got (?:it|this|everything) (?:on (?:tape|video|record)|recorded))\b[^.!?\n]{0,60}?\b(?:evidence|proof|in court|for court|my (?:lawyer|attorney|solicitor|case)(?! friend)|the (?:lawyer|attorney|board|judge))\b"
        r"|\bmy (?:lawyer|attorney|solicitor|counsel) (?:will|'?ll|is gonna|is going to|would) (?:love|enjoy|want|see|hear|get|have|read|be)\b",
    ),
    (
        "risk.legal",
        "es",
        "evidence-kept",
        r"\b(?:grab[eé]|grabando|grabe|grabar|captur\w+|pantallazo\w*|guard[eé]|guardando)\b[^.!?\n]{0,60}?\b(?:como prueba|de prueba|pruebas|evidencia|para el juicio|para la demanda|para mi abogad[oa])\b"
        r"|\bmi (?:abogad[oa]|licenciad[oa]) (?:me )?(?:dijo|dice|recomend[oó]|pidi[oó]) que (?:grab\w+|guard\w+|junt\w+|captur\w+|document\w+|denunci\w+|demand\w+|present\w+|no firm\w+)\b",
    ),
    (
        "risk.legal",
        "ru",
        "evidence-kept",
        r"\b(?:скрин\w*|записал\w*|записываю|сохранил\w*|сохраняю|заснял\w*)\b[^.!?\n]{0,60}?\b(?:доказательств\w*|для суда|в суд|для юриста|для адвоката|юристу|адвокату|в прокуратуру)\b",
    ),
    (
        "risk.legal",
        "en",
        "complaint-filed-more",
        r"\b(?:complaint|report|grievance)s?\b[^.!?\n]{0,30}?\b(?:was|is|has been|got|just|already) (?:filed|submitted|lodged|sent in)\b"
        r"|\b(?:complaint|report|grievance) (?:i|we) (?:just |already )?(?:filed|submitted|lodged|sent)\b"
        r"|\b(?:lawyer|attorney|paralegal|solicitor)\b[^.!?\n]{0,60}?\b(?:drafting|writing|preparing|sending|draft(?:ed)?) (?:the|a|our) (?:letter|demand letter|complaint|papers|filing|suit)\b",
    ),
    (
        "risk.legal",
        "ru",
        "sue-any-form-more",
        r"\b(?:будем|будет|будут|буду|собираюсь|собираемся|собирается|готовы?|готова|пойдём|пойдем) судиться\b"
        r"|\b(?:подам|подаём|подаем|подадим|подаю|подала|подал|подали)\s+(?:на|в суд на)\s+(?:вас|тебя|тя|них|неё|нее|него|клиник\w+|больниц\w+|врач\w+|аптек\w+|ваш\w*|эт\w+)\b"
        r"|\b(?:подам|подаём|подаем|подадим|пожалуюсь|напишу|обращусь)\b[^.!?\n]{0,20}?\b(?:в )?(?:трудов\w+ инспекци\w+|прокуратур\w+|роспотребнадзор\w*|росздравнадзор\w*|минздрав\w*)",
    ),
    # ------------------------------------------------------------ scams
    (
        "spam.scam",
        "en",
        "rx-contact-asked",
        r"\b(?:phentermine|adderall|xanax|xans|xannies|oxy|oxys|oxycodone|oxycontin|percs?|percocet|roxy|tramadol|modafinil|ritalin|vyvanse|valium|klonopin|codeine|fentanyl|steroids|anavar|tren|hgh|vicodin|norco|cheap meds|cheap pills)\b[^\n]{0,60}?(?:\b(?:hmu|dm|dms|pm|inbox)\b|\b(?:message|msg|text|contact|add|hit) (?:me|us)\b|\b(?:on|via|at) (?:snap|tele|tg|signal|whats ?app|telegram|wickr|kik)\b|\b(?:telegram|whats ?app|wickr|kik)\b|\bt\.me/|\bi got (?:you|u|a connect|a plug)\b|\bgot a (?:connect|plug)\b)"
        r"|\b(?:ozempic|wegovy|mounjaro|semaglutide|tirzepatide|ivermectin|hydroxychloroquine|hcq|viagra|cialis|peptides|ambien|gabapentin|lyrica|antibiotics|prescription (?:meds|pills|drugs)|meds|pills)\b[^\n]{0,60}?\b(?:ships? (?:worldwide|discreet\w*|overnight)|shipping (?:worldwide|discreet\w*)|no questions asked)\b"
        r"|\b(?:want|need|looking for|anyone (?:need|want)s?)\b[^\n]{0,20}?\b(?:ozempic|wegovy|mounjaro|semaglutide|phentermine|adderall|xanax|meds|pills|antibiotics|viagra)\b[^\n]{0,20}?\b(?:without|no|w/o) (?:a |any )?(?:script|prescription|rx|doctor)\b"
        r"|\b(?:anyone|who) (?:tryna|trying to|wanna|want(?:s)? to|need(?:s)?) (?:get|buy|cop|grab)\b[^\n]{0,30}?\b(?:xans|bars|oxy\w*|percs?|adderall|ozempic|phentermine|meds|pills|tramadol)\b",
    ),
    (
        "spam.scam",
        "es",
        "rx-contact-asked",
        r"\b(?:xanax|clonazepam|rivotril|tramadol|alprazolam|diazepam|oxicodona|fentanilo|esteroides|fentermina|modafinilo)\b[^\n]{0,60}?\b(?:sin receta|telegram|whats ?app|wsp|al privado|por privado|dm|md)\b"
        r"|\b(?:ozempic|wegovy|viagra|cialis|medicamentos|pastillas|medicinas)\b[^\n]{0,40}?\b(?:sin receta|no (?:necesitas|ocupas|hace falta|se necesita) (?:la |una )?receta)\b[^\n]{0,60}?(?:\b(?:dm|md|inbox|privado|whats\w*|telegram|escr[ií]b\w+)\b|\bsend me\b)"
        r"|\bno (?:necesitas|ocupas|hace falta|se necesita) (?:la |una )?receta\b[^\n]{0,60}?\b(?:dm|md|inbox|privado|whats\w*|telegram|escr[ií]b\w+|send me)\b",
    ),
    (
        "spam.scam",
        "ru",
        "rx-contact-asked",
        r"\b(?:феназепам\w*|фенибут\w*|лирик\w*|трамадол\w*|оземпик\w*|ксанакс\w*|модафинил\w*|кодеин\w*|метадон\w*|fenazepam|fenibut|lirika|tramadol|ozempic|modafinil)\b[^\n]{0,40}?\b(?:в наличии|в тг|в телег\w*|в лс|в личк\w+|пишите|пиши|pishite|v telegu|v tg)\b"
        r"|\b(?:пишите|пиши|стучите) (?:в )?(?:тг|телег\w*|лс|личку)\b[^\n]{0,20}?\b(?:таблетки|лекарства|препараты|колёса|колеса) (?:есть|в наличии)\b"
        r"|\bprodayu\b[^\n]{0,30}?\b(?:bez recepta|bez retsepta|pishite|v telegu)\b",
    ),
    (
        "spam.scam",
        "en",
        "backup-account",
        r"\b(?:backup|back-up|back up|second|secondary|alt|private|real|official|verified)\s+(?:account|acc|acct|page|profile|channel|number)\b[^\n]{0,80}?\b(?:contact|message|msg|dm|pm|inbox|add|text|write|reach|whats ?app|telegram|prescriptions?|vip)\b"
        r"|\bthe real (?:one|stream|live|giveaway|raffle|show|page|account) is (?:on|at) (?:my|our) (?:channel|page|profile|account)\b"
        r"|\b(?:moved|moving|switched|switching|migrated) (?:the |our )?(?:sale|giveaway|raffle|draw|stream|chat|group|contest|prize|promo)\w* to (?:telegram|whats ?app|discord|signal|t\.me)\b"
        r"|\bwinners?\b[^\n]{0,40}?\b(?:contact|message|dm|write to|reach out to|text)\b[^\n]{0,20}?@\w+"
        r"|@\w*(?:official|support|helpdesk|help_?desk|admin|verify|claims?|winners?|prize)\w*\b[^\n]{0,30}?\b(?:telegram|whats ?app|contact|message|dm|claim)\b"
        r"|\b(?:i'?m|im|i am|this is)\b[^\n]{0,30}?\bassistant\b[^\n]{0,60}?\b(?:add me|contact viewers|message me|dm me|on whats ?app|on telegram)\b",
    ),
    (
        "spam.scam",
        "es",
        "backup-account",
        r"\bcuenta (?:de respaldo|secundaria|alterna|privada|de reserva)\b[^\n]{0,80}?\b(?:cont[aá]ct\w+|escr[ií]b\w+|mensaje|dm|md|whats\w*|telegram|recetas?)\b"
        r"|\b(?:el directo|el live|el sorteo|la transmisi[oó]n|el en vivo)(?: de verdad| real| verdadero| oficial)? (?:es|est[aá]) en mi (?:canal|perfil|cuenta|p[aá]gina)\b"
        r"|\b(?:se mud[oó]|se cambi[oó]|nos mudamos|pasamos|movimos)\b[^\n]{0,20}?\b(?:a|al) (?:telegram|whats\w*|discord|t\.me)\b"
        r"|\bganadores?\b[^\n]{0,40}?\b(?:contacten|escriban|manden mensaje|cont[aá]ctense)\b[^\n]{0,20}?@\w+"
        r"|\b(?:mi|a mi) (?:paypal|cuenta|nequi|bizum) personal\b",
    ),
    (
        "spam.scam",
        "ru",
        "backup-account",
        r"\b(?:резервн\w+|запасн\w+|настоящий|официальн\w+) (?:аккаунт|акк|канал|профиль|номер)\b[^\n]{0,80}?\b(?:пиши\w*|напиш\w+|в лс|в личк\w+|вотсап|ватсап|whatsapp|телеграм\w*|рецепт\w*)"
        r"|\bнастоящ\w+ (?:эфир|стрим|розыгрыш|трансляци\w+) (?:на|в) (?:мо[её]м|нашем) (?:канале|профиле|аккаунте)\b"
        r"|\b(?:розыгрыш|эфир|стрим|продажа|акция)\w* (?:переехал\w*|перен[её]с\w*|переносится) (?:в|на) (?:телеграм\w*|телег\w+|тг|вотсап|t\.me)"
        r"|\bпобедител\w+\b[^\n]{0,40}?\b(?:пишите|напишите|обращайтесь)\b[^\n]{0,20}?@\w+",
    ),
    (
        "spam.scam",
        "en",
        "paid-consult",
        r"\b(?:review|read|check|interpret|look (?:at|over)|go over|explain|decode|consult on)\b[^\n]{0,40}?\b(?:for|at) (?:only |just )?\$\s?\d+"
        r"(?=[^\n]{0,60}\b(?:zelle|paypal|cash ?app|venmo|privately|dm|inbox|whats ?app|telegram|crypto|gift ?cards?)\b)",
    ),
    (
        "spam.scam",
        "es",
        "paid-consult",
        r"\b(?:reviso|interpreto|leo|explico|checo|veo)\b[^\n]{0,40}?\bpor (?:solo )?\$?\s?\d+[\d.,]*\s?(?:pesos|euros|€|d[oó]lares|\$|mil)?\b(?=[^\n]{0,60}\b(?:transferencia|dep[oó]sito|privado|whats\w*|telegram|paypal|bizum|nequi)\b)",
    ),
    (
        "spam.scam",
        "ru",
        "paid-consult",
        r"\b(?:расшифрую|посмотрю|проконсультирую|разберу|объясню|проверю|прочитаю)\b[^\n]{0,40}?\bза \d+[\d ]*\s?(?:руб\w*|р\b|₽|тыс\w*|к\b)(?=[^\n]{0,60}(?:перевод|на карту|пиши|в лс|в личк|телег|вотсап))",
    ),
    (
        "spam.scam",
        "en",
        "romance-opener",
        r"\b(?:widow(?:ed|er)?|single dad|military|army|navy|marine|un peacekeeping|peacekeeper|offshore|oil rig)\b[^\n]{0,30}?\b(?:surgeon|doctor|general|officer|engineer|soldier|nurse|contractor|captain)\b[^\n]{0,80}?\b(?:know you better|get to know you|add me|whats ?app|hangouts|telegram|dear|friendship|relationship)\b",
    ),
    (
        "spam.scam",
        "es",
        "romance-opener",
        r"\b(?:viud[oa]|militar|ej[eé]rcito|marine)\b[^\n]{0,30}?\b(?:cirujan[oa]|m[eé]dic[oa]|doctor[a]?|general|oficial|soldado|ingenier[oa])\b[^\n]{0,80}?\b(?:conocerte|agr[eé]game|whats\w*|hangouts|telegram|querid[oa]|amistad)\b|\b(?:cirujan[oa]|m[eé]dic[oa]) militar viud[oa]\b",
    ),
    (
        "spam.scam",
        "ru",
        "romance-opener",
        r"\b(?:вдов\w*|военн\w+|миротвор\w+)\b[^\n]{0,30}?\b(?:хирург\w*|врач\w*|генерал\w*|офицер\w*|инженер\w*|вдов\w*)\b[^\n]{0,80}?\b(?:познакомиться|знакомств\w*|напишите|пишите|вотсап|ватсап|whatsapp|телеграм\w*|дорог\w+)",
    ),
    (
        "spam.scam",
        "en",
        "recovered-funds",
        r"\b(?:recovered|got back|retrieved|returned) (?:my |all my |our )?(?:stolen |lost |scammed )?(?:crypto|bitcoin|btc|funds|money|savings|coins)\b[^\n]{0,40}?(?:@\w+|\b(?:thanks to|through|via|with the help of|contact|on telegram|on whats ?app)\b)",
    ),
    (
        "spam.scam",
        "es",
        "recovered-funds",
        r"\b(?:recuper[eé]|recuperamos|me devolvieron) (?:mis |mi |todo mi |todos mis )?(?:criptos?|bitcoins?|dinero|fondos|ahorros)\b[^\n]{0,40}?(?:@\w+|\b(?:gracias a|con ayuda de|a trav[eé]s de|por telegram|por whats\w*)\b)",
    ),
    (
        "spam.scam",
        "ru",
        "recovered-funds",
        r"\b(?:вернул\w*|вернули) (?:мне )?(?:украденн\w+ |потерянн\w+ |свои |мои )?(?:крипт\w+|биткоин\w*|деньги|средства|сбережения)\b[^\n]{0,40}?(?:@\w+|\b(?:через|благодаря|с помощью)\b)",
    ),
    (
        "spam.scam",
        "en",
        "donation-moved",
        r"\b(?:real|official|new|correct|right|updated|actual)\s+(?:donation|fundraiser|fundraising|charity|gofundme)\s+(?:page|link|site|account|address)\b[^\n]{0,60}?(?:\b(?:changed|moved|send (?:to|it)|paypal|cash ?app|venmo|zelle|gmail)\b|\bdot (?:net|com|org)\b)",
    ),
    (
        "spam.scam",
        "en",
        "crypto-care",
        r"\b(?:rehab|clinic|treatment|therapy|detox|consultations?|program|surgery|center|centre)\b[^\n]{0,40}?\b(?:takes|accepts?|accepting|pay (?:in|with)|only) (?:crypto|bitcoin|btc|usdt|gift ?cards?)\b",
    ),
    (
        "spam.scam",
        "es",
        "crypto-care",
        r"\b(?:centro|cl[ií]nica|tratamiento|terapia|consulta|rehabilitaci[oó]n|programa)\b[^\n]{0,40}?\b(?:aceptamos|acepta|aceptan|pago en|pagos en|solo) (?:cripto\w*|bitcoin|btc|usdt|tarjetas de regalo)\b",
    ),
    (
        "spam.scam",
        "en",
        "link-names-meds",
        r"\bt\.me/\w*(?:med|pharm|rx|apteka|farm|sale|vip|priz|sorteo|cheap|doc|cure|pill|oxy|xan)\w*|\b(?:join|go to|visit|únanse|unanse|únete|unete|заходите|переходите|вступайте)\b[^\n]{0,30}?\bt\.me/\w+"
        r"|@\w*(?:pharma|apteka|farmacia|meds|medsplug|rx|plug|pills|rehab|vozvrat|recuperaci)\w*\b[^\n]{0,40}?\b(?:good stuff|telegram|whats ?app|hmu|dm|в (?:тг|телег\w*)|telegram|pishite|пишите)\b"
        r"|\b(?:hmu|dm|pm|пишите|пиши|напишите|escr[ií]beme)\b[^\n]{0,30}?\b(?:on |в |por |al )?(?:telegram|whats ?app|тг|телег\w*|телеграм\w*)\b[^\n]{0,5}?@\w*(?:pharma|apteka|farmacia|meds|plug|rx|pills|recept|bez)\w*",
    ),
    (
        "spam.scam",
        "en",
        "weight-offer",
        r"\b(?:lose|lost|drop(?:ped)?|melt(?:ed|s)?|shed|burn(?:ed)?)\b[^\n]{0,15}?\b\d+ ?(?:lbs?|pounds|kg|kilos)\b(?: off)?(?: (?:in|within) (?:\d+|a|one|two|three) (?:days?|weeks?|month)\b| with (?:my|our|these|this|the) (?:pills|tea|gummies|capsules|product|program|drops|shakes|patches|injections))[^\n]{0,80}?(?:\b(?:dm|pm|inbox|hmu)\b|\b(?:message|msg|text|contact) me\b|\bfor (?:the )?(?:price|link)\b|\blink in (?:my )?bio\b|\bwhats ?app\b|\btelegram\b)",
    ),
    (
        "spam.scam",
        "ru",
        "weight-offer",
        r"\bминус [1-9]\d ?(?:кг|килограмм\w*)\b[^\n]{0,60}?(?:\bв лс\b|\bв личк\w+|\bпишите\b|\bв тг\b|\bв телег\w*|\bзаказ\w*)",
    ),
    (
        "spam.scam",
        "en",
        "help-privately",
        r"\b(?:i'?ll|i will|let me|can) (?:tell|show|send) (?:you|u|ya) (?:privately |in private |in (?:the )?dms? |by dm )?what (?:fixed|worked|cured|helped)\b(?=[^\n]{0,40}\b(?:privately|in private|dms?|inbox|reply|message)\b)"
        r"|\b(?:reply|message me|dm me)\b[^\n]{0,30}?\b(?:i'?ll|i will) (?:tell|show|send) (?:you|u|ya)\b"
        r"|\b(?:i'?ll|i will|let me|can) (?:tell|show|send) (?:you|u|ya) (?:privately|in private|in (?:the )?dms?|by dm) what (?:fixed|worked|cured|helped)\b"
        r"|\b(?:check|see|open) (?:your|ur) (?:messages|dms|inbox|requests|message requests)\b[^\n]{0,60}?\b(?:i have|i got|something|for your)\b"
        r"|\b(?:sent|send|sending) (?:you|u) a (?:request|friend request|message|dm)\b[^\n]{0,60}?\b(?:i have|i got|something|for your|check)\b",
    ),
    (
        "spam.scam",
        "es",
        "help-privately",
        r"\b(?:te|le) (?:mand[eé]|envi[eé]) (?:una |la )?(?:solicitud|mensaje|dm|md)\b[^\n]{0,60}?\b(?:tengo algo|revisa|para tu|para su)\b|\brevisa (?:tus|sus) mensajes\b[^\n]{0,40}?\btengo algo\b",
    ),
    (
        "spam.scam",
        "en",
        "fee-for-grant",
        r"\b(?:grant|compensation|settlement|refund|benefit|subsidy|relief fund|reimbursement)\b[^\n]{0,80}?\b(?:pay|send|cover)\b[^\n]{0,20}?\b(?:fee|processing|charge|taxes|deposit)\b",
    ),
    (
        "spam.scam",
        "ru",
        "phishing-more",
        r"\b(?:пиши\w*|напиши\w*|присылай\w*|пришли\w*|скинь\w*|скиньте|отправь\w*)\b[^\n]{0,30}?\b(?:снилс\w*|номер карты|данные карты|cvv|cvc|код из смс|паспорт\w*)",
    ),
    (
        "spam.scam",
        "en",
        "reseller-cheaper",
        r"\b(?:cheaper|half the price|less) than (?:the |your |at the )?(?:pharmacy|drugstore|chemist|clinic|store|doctor)\b[^\n]{0,40}?(?:\b(?:hmu|dm|pm|inbox)\b|\bhit me up\b|\b(?:message|text|contact) me\b|\bwhats ?app\b|\btelegram\b)"
        r"|\b(?:work|working) (?:at|in|for) the (?:lab|laboratory|factory|pharmacy|hospital pharmacy|manufacturer)\b[^\n]{0,40}?\b(?:get you|before (?:the )?(?:launch|release))\b",
    ),
    (
        "spam.scam",
        "es",
        "reseller-cheaper",
        r"\btrabajo en (?:el|la) (?:laboratorio|farmac[eé]utica|f[aá]brica|farmacia|cl[ií]nica)\b[^\n]{0,40}?\b(?:te consigo|le consigo|antes del lanzamiento|al privado|por privado)\b"
        r"|\b(?:justificante|certificado|constancia|receta)s? m[eé]dic\w+\b[^\n]{0,40}?\bpor \d+",
    ),
]
_FIFTH += [
    # ------------------------------------------------------------ medical claims: sufficiency, redefinition, "no one needs"
    (
        "risk.medical_claim",
        "en",
        "all-you-need",
        r"\b(?:is|are) all (?:you|u|we|anyone|they) (?:need|needs?)\b(?=[^\n]{0,60}\b(?:to (?:beat|cure|fix|heal|reverse|treat)|for)\b)"
        r"|\b(?:" + _EN_CONDITION + r")\b[^.!?\n]{0,40}?\b(?:is|are) all (?:you|u|we|anyone|they) (?:need|needs?)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "all-you-need",
        r"\bes (?:todo )?lo (?:único )?que (?:necesitas|necesitan|necesitamos)\b(?=[^\n]{0,60}\bpara (?:curar|vencer|quitar|sanar|el|la)\b)",
    ),
    (
        "risk.medical_claim",
        "en",
        "disease-redefined",
        r"\b(?:cancer|diabetes|autism|aids|hiv|covid|arthritis|depression|alzheimer'?s|dementia) (?:is|are) (?:just |really |actually |only |simply )?(?:a |an )?(?:fungus|fungal infection|parasites?|vitamin deficiency|deficiency|toxins?|acidity|an acidic body)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "disease-redefined",
        r"\bel (?:c[aá]ncer|vih|sida|autismo|covid|alzh?eimer) es (?:solo |solamente |realmente )?(?:un |una )?(?:hongo|par[aá]sito|deficiencia|acidez|toxinas)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "disease-redefined",
        r"\b(?:рак|вич|спид|аутизм|диабет)\s*(?:—|-|–)?\s*(?:это )?(?:просто |всего лишь )?(?:грибок|паразит\w*|дефицит\w*|закислени\w+|шлаки)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "no-one-needs",
        r"\b(?:no ?one|nobody|no body|no human|no kid|no child) (?:really |actually )?needs? " + _EN_TREAT_WIDE + r"\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "no-one-needs",
        r"\bnadie (?:realmente )?necesita (?:la |las |los |el )?" + _ES_TREAT_WIDE + r"\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "stop-treatment-wide",
        r"\b(?:бросай|брось|бросьте|бросайте|выкинь|выкиньте|выбрось|выбросьте|откажитесь от|хватит пить|хватит колоть|никому не нужн\w*)\b[^.!?\n]{0,15}?\b(?:"
        + _RU_TREAT_WIDE
        + r"|метформин\w*|эутирокс\w*|варфарин\w*|кардиомагнил\w*|гормон\w*|химиотерапи\w*)",
    ),
    (
        "risk.medical_claim",
        "en",
        "vaccine-gives-disease",
        r"\b(?:flu shots?|flu vaccines?|vaccines?|the shots?|jabs?|covid shots?)\b[^.!?\n]{0,20}?\b(?:gives?|gave|giving) (?:you|u|people|everyone|kids) (?:the )?(?:flu|covid|the disease|polio|measles)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "vaccine-gives-disease",
        r"\bvacunas?\b[^.!?\n]{0,25}?\b(?:te|les|nos) (?:da|dan|contagia\w*|pega\w*) (?:la )?(?:gripe|covid|enfermedad|sarampi[oó]n)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "vaccine-gives-disease",
        r"\bот (?:прививк\w+|вакцин\w*)\b[^.!?\n]{0,30}?\b(?:заболева\w+|заболе\w+|зараж\w+) (?:гриппом|ковидом|раком|аутизмом|корью)",
    ),
    # ------------------------------------------------------------ legal: counsel heard from, a suit in the works, legal action taken
    (
        "risk.legal",
        "en",
        "suit-in-works",
        r"\b(?:you'?ll|you will|you'?re going to|you are going to|expect to|y'?all will|y'?all'?ll) (?:be )?hear(?:ing)? from (?:my|our) (?:lawyers?|attorneys?|legal (?:team|department|counsel)|solicitors?)\b"
        r"|\b(?:lawsuit|suit|legal complaint|claim|papers|filing)\b[^.!?\n]{0,20}?\b(?:is being|are being|being|getting) (?:drafted|prepared|filed|written)\b",
    ),
    (
        "risk.legal",
        "es",
        "suit-in-works",
        r"\b(?:tomar[eé]|tomaremos|emprender[eé]|emprenderemos|iniciar[eé]|iniciaremos|proceder[eé]|procederemos)\b (?:las |unas )?(?:acciones|medidas) (?:legales|judiciales)\b"
        r"|\bcarta (?:de|del) (?:mi|nuestro|nuestra) (?:abogad[oa]|licenciad[oa]|equipo legal)\b",
    ),
    (
        "risk.legal",
        "ru",
        "suit-in-works",
        r"\b(?:будем|будете|буду|будут) (?:разбираться |решать (?:это |вопрос )?)в суде\b|\bразбер[её]мся в суде\b|\bв суде разбер\w+",
    ),
    # ------------------------------------------------------------ scams: a prescription written for money, a fee after a giveaway
    (
        "spam.scam",
        "en",
        "script-for-money",
        r"\b(?:i|we) (?:can|could|will|'?ll) write (?:you|u|ya) (?:a |an )?(?:prescription|script|rx|doctor'?s note|sick note)\b"
        r"|\bneed (?:something|anything) for (?:the|your|ur) \w+\b[^\n]{0,40}?\b(?:i have|i got|i'?ve got|got) (?:some |the )?(?:percs?|oxy\w*|xans|bars|addys?|adderall|tramadol|vicodin|norco|something)\b",
    ),
    (
        "spam.scam",
        "en",
        "giveaway-fee",
        r"\b(?:giving away|giveaway|free|you won|winner|prize)\b[^\n]{0,80}?\b(?:just |only )?pay\b[^\n]{0,15}?\b(?:shipping|fee|handling|processing|delivery)\b",
    ),
    (
        "spam.scam",
        "ru",
        "giveaway-link",
        r"\bбесплатн\w+ (?:айфон\w*|iphone|подар\w+|деньги|приз\w*)\b[^\n]{0,60}?(?:ссылк\w*|профил\w*|пиши\w*|\bлс\b|личк\w*)",
    ),
]
_EN_CONDITION_MORE = r"(?:heart failure|heart damage|heart disease|heart murmur|clogged arteries|arterial plaque|arteries|heart attacks?|strokes?|cancer|tumou?rs?|diabetes|type 2|asthma|arthritis|hypertension|high blood pressure|autism|alzheimer'?s|dementia|covid|hiv|aids|depression|anxiety|thyroid|kidney disease|heart rhythm|arrhythmias?)"
_ES_CONDITION_MORE = r"(?:insuficiencia card[ií]aca|soplo card[ií]aco|soplo|c[aá]ncer|diabetes|az[uú]car|presi[oó]n alta|hipertensi[oó]n|artritis|asma|infartos?|arterias|autismo|alzh?eimer|covid|vih|sida|depresi[oó]n|tiroides|coraz[oó]n)"
_RU_CONDITION_MORE = r"(?:сердечн\w+ недостаточност\w+|порок\w* сердца|рак\w*|диабет\w*|гипертони\w+|давлени\w+|артрит\w*|астм\w*|инфаркт\w*|аутизм\w*|ковид\w*|вич|спид\w*|депресси\w+|щитовидк\w+|сердц\w+)"
_FIFTH += [
    # ------------------------------------------------------------ claims: a known cause denied, a treatment blamed as "what causes it"
    (
        "risk.medical_claim",
        "en",
        "cause-denied",
        r"\b(?:cholesterol|hiv|smoking|salt|sugar|viruses|germs|high blood pressure|hypertension)\b (?:doesn'?t|does not|never|don'?t|do not) (?:actually |really )?(?:cause[ds]?|lead to|give you)\b[^.!?\n]{0,25}?\b(?:heart disease|heart attacks?|aids|cancer|strokes?|disease|illness|anything)\b"
        r"|\b(?:high blood pressure|hypertension|cholesterol|high cholesterol|depression|adhd|autism|type 2 diabetes|covid|hiv) (?:is|are) (?:a |an )?(?:made[- ]up|invented|fake|fictional) (?:disease|condition|illness|number|diagnosis)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "cause-denied",
        r"\b(?:el )?(?:colesterol|vih|az[uú]car|sal)\b (?:no|nunca) (?:ha )?(?:causa\w*|provoca\w*|da|dan) (?:\w+ )?(?:infartos?|sida|c[aá]ncer|enfermedad\w*|nada)\b"
        r"|\b(?:el )?(?:colesterol(?: alto)?|hipertensi[oó]n|presi[oó]n alta|vih|sida|diabetes|depresi[oó]n|tdah|autismo) no existe\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "cause-denied",
        r"\b(?:холестерин\w*|вич|сахар|соль)\b (?:вообще |никогда )?не (?:вызывает|вызывал|приводит|вреден|вредна|опасен) ?(?:к )?(?:инфаркт\w*|спид\w*|рак\w*|болезн\w*)?"
        r"|\b(?:гипертони\w+|холестерин\w*|вич|спид|депресси\w+|аутизм)\b (?:вообще )?не существует\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "treatment-is-the-cause",
        r"\b(?:chemo\w*|heart (?:medicine|meds|pills)|blood pressure (?:meds|pills|medicine)|statins?|vaccines?|the vaccine|the shots?|meds|medicine|pills|doctors|5g|fluoride)\b (?:is|are) (?:what|the (?:one|ones|thing)s?(?: that)?) (?:kills?|gives?|causes?|makes?|making)\b"
        r"|\b(?:it'?s|its|it is) the (?:chemo|meds|vaccine|vaccines|pills|statins|shots?|treatment|medicine)\b,? not the (?:cancer|disease|virus|illness|tumou?rs?|condition)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "treatment-is-the-cause",
        r"\b(?:la quimio\w*|las pastillas(?: del coraz[oó]n| de la presi[oó]n)?|la vacuna|las vacunas|los medicamentos|los m[eé]dicos|el 5g|el fl[uú]or)\b (?:es|son) (?:la|las|lo|los|el) que (?:dan?|causa\w*|enferma\w*|mata\w*|provoca\w*)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "treatment-is-the-cause",
        r"\b(?:таблетки(?: для сердца| от давления)?|лекарства|прививки|вакцин\w+|химия|химиотерапия|врачи)\b[^.!?\n]{0,20}?\b(?:и|именно|как раз) (?:вызывают|вызывает|убивают|убивает|калечат)\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "treatment-is-poison",
        r"\b(?:chemo\w*|vaccines?|vacines?|the vaccine|the jab|statins?|fluoride|meds|pharma drugs|insulin)\b[^.!?\n]{0,25}?(?:\b(?:it'?s|is|are)|=)\s*(?:pure |just |literally |a |basically )?(?:poison|toxic waste|toxins?)\b"
        r"|\b(?:never|don'?t|do not) let (?:them|doctors|the doctors|anyone) (?:do|give|put|inject|vaccinate|start)\b[^.!?\n]{0,20}?\b(?:chemo|vaccin\w*|you|your kids?|statins|insulin|surgery|radiation)",
    ),
    (
        "risk.medical_claim",
        "es",
        "treatment-is-poison",
        r"\b(?:la quimio\w*|las vacunas?|las bacunas?|las estatinas|el fl[uú]or|los medicamentos|la insulina)\b[^.!?\n]{0,25}?\b(?:es|son)\s+(?:puro |un |pura )?(?:veneno|beneno|t[oó]xic[oa]s?)\b"
        r"|\bno (?:te |se |les )?(?:hagas|hagan|pongas|pongan|(?:dejes|dejen) que te (?:hagan|pongan)) (?:la |las )?(?:quimio\w*|vacun\w+|estatinas|insulina|cirug[ií]a|operaci[oó]n)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "treatment-is-poison",
        r"\b(?:хими\w+|прививк\w+|вакцин\w+|статин\w*|фтор\w*)\b[^.!?\n]{0,25}?(?:—|-|–|это)\s*(?:это )?(?:яд|отрава)\b"
        r"|\bне (?:делайте|делай|колите|коли|прививайте|прививай|давайте) (?:\w+ )?(?:химию|химиотерапию|прививк\w+|детям прививки|детей|инсулин|операци\w+)\b",
    ),
    # ------------------------------------------------------------ claims: a cure named with "forever", a product that replaces treatment
    (
        "risk.medical_claim",
        "en",
        "gone-forever",
        r"\b(?:"
        + _EN_CONDITION_MORE
        + r")\b[^.!?\n]{0,25}?\b(?:gone|disappeared|vanished|cured|healed|clean|reversed)\b[^.!?\n]{0,10}?\b(?:forever|for life|completely|as new)\b"
        r"|\b(?:completely|totally|fully|100%) (?:reverses?|cures?|heals?|fix(?:es)?|clears?|dissolves?|melts?) (?:your |the |my |arterial )?(?:"
        + _EN_CONDITION_MORE
        + r"|plaque)\b"
        r"|\b(?:melts?|dissolves?|clears? out|cleans? out|unclogs?) (?:your |the |all )?(?:arterial plaque|plaque|clogged arteries|arteries)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "gone-forever",
        r"\bya no tengo (?:diabetes|c[aá]ncer|presi[oó]n alta|hipertensi[oó]n|artritis|asma|tiroides)\b|\b(?:revierte|cura|elimina) (?:la |el )?"
        + _ES_CONDITION_MORE
        + r"\b[^.!?\n]{0,20}?\b(?:por completo|para siempre|totalmente)\b|\bsustituye (?:a )?(?:las |los |la )?(?:pastillas|medicamentos|medicinas|insulina|tratamiento)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "gone-forever",
        r"\b(?:"
        + _RU_CONDITION_MORE
        + r")\s+(?:больше нет|уходит навсегда|ушл\w+ навсегда|уш[её]л навсегда|проходит навсегда|прош\w+ навсегда)"
        r"|\bполностью (?:излечива\w+|вылечива\w+|заменя\w+|убира\w+)\b|\b(?:заменя\w+|замен\w+) (?:все |любые )?(?:сердечные |разжижающие кровь )?(?:таблетки|лекарства|препараты)\b"
        r"|\b(?:лекарство|средство) от всех болезней\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "replaces-treatment",
        r"\b(?:replaces?|replaced|is better than|works better than|beats) (?:all |any |your |ur |the |my )?(?:heart |blood pressure |bp |diabetes |thyroid )?(?:meds|medication|medicine|pills|insulin|pacemaker|stents?|statins|chemo|surgery|inhalers?|metformin|cardiologist)\b"
        r"|\b(?:cures? (?:everything|all diseases|all illness)|cure for everything)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "cures-relative",
        r"\b(?:которые|которое|который|что)\s+(?:лечат|лечит|вылечива\w+|излечива\w+|вылечит)\s+(?:от\s+)?(?:"
        + _RU_CONDITION_MORE
        + r")",
    ),
    (
        "risk.medical_claim",
        "en",
        "suppressed-asked",
        r"\bwhy (?:aren'?t|don'?t|won'?t|isn'?t|doesn'?t|do you think|would|is nobody|is no one) (?:doctors|they|the media|anyone|nobody|pharma|the news)\b[^\n]{0,60}?\b(?:cures?|curing|heals?|works|reverses?)\b"
        r"|\b(?:doctors|your (?:doctor|cardiologist)|they|pharma) (?:won'?t|don'?t|will never) (?:tell|say|want you to know)\b[^\n]{0,15}?(?:this|that|:)[^\n]{0,60}?\b(?:cures?|stops?|reverses?|cause[sd]?|heals?|prevents?)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "suppressed-asked",
        r"\bpor qu[eé] (?:nadie|los m[eé]dicos no|no|crees que no)\b (?:dice|dicen|habla|hablan|cuenta|cuentan|te dicen)\b[^\n]{0,60}?\b(?:cura|curan|sana|funciona)\b"
        r"|\blo que (?:los m[eé]dicos|tu m[eé]dico|las farmac[eé]uticas) no (?:te )?(?:dicen|dice|quieren que sepas)\b[^\n]{0,60}?\b(?:cura|curan|sana|causa\w*)\b"
        r"|\b(?:esconden|ocultan) la cura\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "suppressed-asked",
        r"\bпочему\b[^\n]{0,30}?\b(?:врачи|все|никто|об этом|про \w+)\b[^\n]{0,30}?\b(?:молч\w+|не говор\w+|скрыва\w+)\b[^\n]{0,60}?(?:лечит|вылечива\w+|работает|помогает)"
        r"|\b(?:давно )?можно вылечиться\b[^\n]{0,30}?\bневыгодно\b",
    ),
    (
        "risk.medical_claim",
        "en",
        "healer-cured",
        r"\b(?:cured|healed|fixed)\b[^.!?\n]{0,40}?\b(?:by|thanks to) (?:dr\.?|doctor|doc|healer|herbalist|prophet|pastor|baba|mama)\s+[a-z]+",
    ),
    (
        "risk.medical_claim",
        "es",
        "healer-cured",
        r"\b(?:se cur[oó]|me cur[eé]|cur[oó]|san[oó])\b[^.!?\n]{0,40}?\b(?:con|gracias a|por) (?:el |la )?(?:doctor|doctora|curander[oa]|cham[aá]n|hierber[oa]|sanador[a]?)\s+[a-záéíóúñ]+",
    ),
    (
        "risk.medical_claim",
        "ru",
        "healer-cured",
        r"\b(?:вылечил\w*|исцелил\w*)\b[^.!?\n]{0,30}?\b(?:травник\w*|целител\w*|знахар\w*|бабка\w*|экстрасенс\w*)|\b(?:травник\w*|целител\w*|знахар\w*|бабка-знахарка)\b[^.!?\n]{0,30}?\b(?:вылечил\w*|исцелил\w*)",
    ),
    (
        "risk.medical_claim",
        "en",
        "cant-catch",
        r"\b(?:you|u|people|kids) (?:can'?t|cannot|won'?t|will never|never) (?:catch (?:covid|the flu|cancer|measles|anything|a cold)|get (?:covid|the flu|cancer|sick|measles))\b"
        r"|\b(?:don'?t|dont|do not|doesn'?t|won'?t) need (?:the |a |any )?(?:flu vaccine|flu shot|vaccines?|vaccinations?|shots?|jabs?)\b|\b(?:don'?t|dont|do not|doesn'?t|does not|never) need to (?:vaccinate|get vaccinated|be vaccinated|get (?:the |a )?(?:shot|jab|vaccine))\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "cant-catch",
        r"\bno te (?:contagias|enfermas|da) (?:de )?(?:nada|covid|gripe|c[aá]ncer)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "cant-catch",
        r"\b(?:не нужны|не нужна|не нужен) (?:прививк\w+|вакцин\w+)\b|\bкорь полезна\b|\bестественный иммунитет лучше\b",
    ),
    # ------------------------------------------------------------ legal: more regulators, demand letters, counsel engaged, the threat asked
    (
        "risk.legal",
        "en",
        "regulator-more",
        NOT_ADVISED
        + r"\b(?:report(?:ed|ing)?|taking|take|took|going|go|went|bringing|bring|complain(?:ed|ing)?|escalat\w+)\b (?:this |it |you |them |your \w+ )?(?:to|with) (?:the )?"
        + _EN_REGULATOR
        + r"\b",
    ),
    (
        "risk.legal",
        "es",
        "regulator-more",
        r"\b(?:denuncio|denunciar[eé]|denunci[eé]|denunciamos|reporto|reportar[eé])\b (?:este|esta|a|al|la|su|sus|el|los|las)\b"
        r"|\bante (?:la autoridad|las autoridades|profeco|cofepris|sanidad|el ministerio|la fiscal[ií]a)\b",
    ),
    (
        "risk.legal",
        "ru",
        "regulator-more",
        r"\b(?:пишу|напишу|сообщу|сообщаю|подала|подал|подам|отправил\w*|отправлю|отправляю|жалоба|жалобу|обращусь|обратилась|обратился)\b[^.!?\n]{0,20}?\bв (?:роскомнадзор|фас|департамент здравоохранения|минздрав|росздравнадзор|роспотребнадзор|прокуратуру|полицию|трудовую инспекцию|суд)\b",
    ),
    (
        "risk.legal",
        "en",
        "demand-letter",
        r"\b(?:send(?:ing)?|sent|i'?ll send|drafting|serve|serving|served)\b[^.!?\n]{0,30}?\b(?:demand letter|cease and desist|legal notice|letter before action|letter of demand)\b"
        r"|\b(?:my|our) (?:lawyer|attorney|solicitor|counsel)\b[^.!?\n]{0,20}?\b(?:takes? it from here|is cc'?d|cc'?d|will handle|handles (?:it|this)|is on it)\b"
        r"|\b(?:call|calling|letter|email) to my (?:lawyer|attorney|solicitor)\b"
        r"|\bhope (?:you|your|ur) (?:have |got )?(?:good |decent |a )?(?:malpractice|liability) insurance\b|\b(?:malpractice|liability) insurance is paid up\b"
        r"|\b(?:you|u|y'?all|your clinic) (?:will|'?ll|are going to|gonna) be held (?:legally |criminally )?(?:responsible|liable|accountable)\b"
        r"|\b(?:signing up|signed up|joining|joined|join(?:ing)? in) (?:for |on )?(?:the |a )?(?:class action|lawsuit|suit)\b"
        r"|\b(?:your|ur) licen[cs]e (?:will be|is going to be|is) (?:gone|revoked|pulled|suspended)\b",
    ),
    (
        "risk.legal",
        "es",
        "demand-letter",
        r"\bcarta (?:notarial|documento)\b|\bburofax\b|\b(?:reclamar[eé]?|reclamo|exigir[eé]) (?:una )?(?:indemnizaci[oó]n|daños)\b|\bse (?:presentar[aá]|interpondr[aá]|pondr[aá]) una (?:demanda|denuncia)\b"
        r"|\b(?:hablando|hablar[eé]|hablamos|llamar[eé]|llamando|consultando) (?:con|a) (?:un|una|mi|el|my) (?:abogad[oa]|lawyer)\b|\bllevar(?:los|las|te|le|lo|la)? (?:a [^.!?\n]{0,20}?)?a juicio\b"
        r"|\b(?:que esto lo vea un juez|(?:le|te|les) voy a poner una demanda)\b",
    ),
    (
        "risk.legal",
        "ru",
        "demand-letter",
        r"\bдосудебн\w+ претензи\w+|\bждите претензи\w+|\b(?:нанял\w*|нанимаю|наняла|наняли) (?:юриста|адвоката)\b|\bу меня (?:есть )?(?:адвокат|юрист)\b|\bмой lawyer\b"
        r"|\b(?:звонит|позвоню|звоню|передам\w*|передаю|обращусь)\b (?:всё |все )?(?:юристу|адвокату)\b|\b(?:добьюсь|добь[её]мся)\b[^.!?\n]{0,40}?\b(?:лицензи\w+|уволили|наказали)"
        r"|\b(?:жду|ждём|ждем) (?:вас |тебя )?в суде\b|\bвстречаемся в суде\b|\bпо судам (?:затаскаю|затаскаем|потаскаю)\b|\bсуд против (?:вас|тебя|клиники|аптеки)\b"
        r"|\bобъяснять (?:это )?в суде\b|\bна (?:вас|тебя) в суд подам\b|\b(?:идём|идем|пойд[её]м) в суд\b",
    ),
    (
        "risk.legal",
        "en",
        "legal-asked",
        r"\bexplain (?:this|that|it) to (?:a|the) judge\b|\b(?:want|like) me to (?:forward|send|report|show)\b[^\n]{0,40}?\b(?:board|lawyer|attorney|judge|court|fda|ftc|regulator)\b"
        r"|\byou (?:do )?realize (?:you'?re|you are) (?:going to|gonna) (?:get sued|be sued|hear from)\b",
    ),
    # ------------------------------------------------------------ scams: pay directly for a product, codes and ids asked, loans, code words
    (
        "spam.scam",
        "en",
        "sale-pay-direct",
        r"\b(?:pay|payment|paid)\b (?:via|by|with|through|on) (?:zelle|cash ?app|venmo|paypal friends|crypto|bitcoin|gift ?cards?|wire)\b|\b(?:cash ?app|zelle|venmo) only\b|\bcash ?app \$\w+"
        r"|\b(?:only \d+ (?:boxes|bottles|packs) left|before they ban (?:them|it))\b[^\n]{0,60}?\b(?:zelle|cash ?app|venmo|text|dm|whats ?app)\b"
        r"|\b(?:from me|i'?ll sell (?:you|u|ya)|i can sell (?:you|u|ya))\b[^\n]{0,20}?\b(?:for half|cheaper|for less|half price)\b|\bfrom me for half\b",
    ),
    (
        "spam.scam",
        "es",
        "sale-pay-direct",
        r"\b(?:paga|pague|paguen|pago)\b (?:por|con|v[ií]a) (?:transferencia|bizum|nequi|tarjetas? regalo|tarjetas? de regalo|cripto\w*)\b[^\n]{0,40}?\b(?:te (?:las|los|la|lo) mando|env[ií]o|descuento|últimas|ultimas)\b"
        r"|\b(?:[uú]ltimas unidades|quedan \d+ cajas)\b[^\n]{0,60}?\b(?:transferencia|privado|whats\w*)\b|\b(?:yo )?te (?:las|los) vendo\b|\btengo\b[^\n]{0,10}?\bsin receta\b"
        r"|\b(?:te )?gestiono (?:el|tu) reembolso\b[^\n]{0,40}?\b(?:tarjeta|datos)\b|\bmitad de precio\b[^\n]{0,40}?\bsin receta\b",
    ),
    (
        "spam.scam",
        "ru",
        "sale-pay-direct",
        r"\b(?:оплата|оплату|переводом|перевод)\b (?:переводом )?(?:на карту|по номеру|криптой|в крипте)\b"
        r"|\b(?:осталось|остались) \d+ (?:упаков\w+|штук|баноч\w+)\b[^\n]{0,40}?(?:оплат\w+|перевод\w*|пиш\w+)"
        r"|\b(?:есть )?(?:колёса|колеса|соли|шишки)\b[^\n]{0,15}?(?:пиши\w*|в тг|в телег\w*)|\b(?:делаю|сделаю|оформлю|выпишу|продаю) (?:больничн\w+|справк\w+|рецепт\w*)",
    ),
    (
        "spam.scam",
        "en",
        "code-asked",
        r"\b(?:send|give|tell|read|text)\b (?:me|us) (?:the |your |ur )?(?:\d[- ]?digit |verification |sms |security |one[- ]time |login )?(?:code|otp|pin|passcode)\b"
        r"|\b(?:text|send|dm|message|call)\b[^\n]{0,40}?\b(?:your |ur |with your )?(?:ssn|social security(?: number)?|medicare (?:id|number)|insurance (?:id|number)|card number|bank details)\b"
        r"|\benter (?:your |ur )?(?:card|card details|credit card)\b[^\n]{0,20}?\bfor (?:verification|shipping|free)\b|\b(?:got|get|gets) (?:my|your|ur) (?:\$[\d,.]+k?|money|funds|savings) back\b[^\n]{0,60}?\b(?:contact|telegram|whats ?app|dm|message|instagram)\b"
        r"|\b(?:recovery agent|account manager|my mentor|my manager)\b[^\n]{0,60}?\b(?:doubled|tripled|got|recovered)\b[^\n]{0,60}?(?:whats ?app|telegram|\+\d|contact)",
    ),
    (
        "spam.scam",
        "es",
        "code-asked",
        r"\b(?:env[ií]a|m[aá]nda|p[aá]sa|dime|d[ií]me)(?:me|nos|le) (?:el |tu |su )?c[oó]digo\b|\bm[aá]nd(?:e|en|eme|enme) (?:su|tu|sus|tus) (?:dni|curp|n[uú]mero de afiliaci[oó]n|n[uú]mero de seguro|nss|datos de la tarjeta)\b"
        r"|\b(?:mi )?agente de recuperaci[oó]n\b|\bpr[eé]stamos? sin (?:bur[oó]|aval|revisi[oó]n)\b[^\n]{0,40}?\b(?:escr[ií]b\w+|whats\w*|privado)",
    ),
    (
        "spam.scam",
        "ru",
        "code-asked",
        r"\b(?:займ\w*|кредит\w*) без (?:проверок|справок|отказа)\b[^\n]{0,40}?(?:пиши\w*|в лс|в личк\w+|телег\w*)|\bмой (?:специалист|куратор)\b[^\n]{0,40}?\b(?:вернул|пишите|в телег\w*)"
        r"|\b(?:привязать|привяжите|введите) (?:карту|данные карты)\b",
    ),
    (
        "spam.scam",
        "en",
        "romance-surgeon",
        r"\b(?:lonely|single|widowed|dear|hello dear|hi dear)\b[^\n]{0,40}?\b(?:surgeon|doctor|nurse|soldier|officer|engineer)\b[^\n]{0,60}?\b(?:message me|whats ?app|telegram|hangouts|know you|chat with you|add me)\b"
        r"|\bnurses waiting to chat\b",
    ),
    (
        "spam.scam",
        "es",
        "romance-surgeon",
        r"\b(?:cariño|querid[oa]|hola (?:cariño|querid[oa]|hermosa|bella))\b[^\n]{0,40}?\b(?:cirujan[oa]|m[eé]dic[oa]|doctor[a]?|soldado|militar)\b[^\n]{0,60}?\b(?:escr[ií]beme|whats\w*|privado|conocerte|hablemos)\b",
    ),
    (
        "spam.scam",
        "ru",
        "romance-surgeon",
        r"\b(?:одинок\w+|привет,? я)\b[^\n]{0,30}?\b(?:хирург\w*|военн\w+ врач\w*|врач\w*|офицер\w*)\b[^\n]{0,60}?(?:напиши|пишите|вотсап|ватсап|личк\w+|познакомиться)",
    ),
    (
        "spam.scam",
        "en",
        "join-to-buy",
        r"\b(?:join|únanse a|unanse a|únete a|unete a|вступайте в|заходите в) (?:my|our|mi|nuestro|мой|наш) (?:telegram|whats ?app|канал|group|grupo|chat|channel|телеграм\w*)\b[^\n]{0,60}?\b(?:pills|pastillas|meds|medicamentos|medicine|лекарств\w*|таблетк\w*|cure|cura|ganar\w*|earn)"
        r"|\bза (?:настоящим|нормальным) (?:лекарством|средством)\b[^\n]{0,10}?\bв (?:вотсап|ватсап|телег\w*|личку|лс)"
        r"|\b(?:kit inicial|starter kit|стартов\w+ набор)\b",
    ),
    (
        "spam.scam",
        "en",
        "rx-typo-contact",
        r"\b(?:no|without|sin|bez|без) (?:prescripton|perscription|prescrition|priscription|reseta|recete|resepta|рецпта)\b[^\n]{0,40}?\b(?:whats ?ap+|whasap|watsap|contact|contacta|dm|pishite|пишите)\b"
        r"|\b(?:medisina|medecine|medicin)\b[^\n]{0,30}?\bsin (?:reseta|receta)\b",
    ),
    (
        "spam.scam",
        "en",
        "donation-domain",
        r"\b(?:donat\w+|fundrais\w+|gofund\w*)\b[^\n]{0,60}?\b[a-z0-9-]+ ?\.(?:net|info|xyz|top|site|online|biz)\b|\b(?:real|official|new|correct) donation (?:link|page) is [a-z0-9-]+\.\w+",
    ),
]
_FIFTH = _split(_FIFTH)
COMPOSITIONS.extend(_FIFTH)
# ================================================================ sixth round: claims, legal acts and scams by concept
# Each is a concept in its three languages, not a sentence:
# - claims: a vaccine said to harm ("= autism", "deja estériles", "делает бесплодными", "dropping dead because of
#   the jab"); a remedy that means never falling ill or never needing a treatment; treatments "designed to keep
#   you sick"; a treatment said to kill you, to be quit cold turkey or thrown away; a testimony of being off a
#   treatment thanks to a remedy; a miracle product that fixes a condition forever;
# - legal acts: a judge or a court to decide ("now it's a matter for the courts", "que lo decida un juez", "пусть
#   решает суд"), being served, counsel already in the loop, a strong case, damages pursued, a lawsuit joined, a
#   relative who talks to a lawyer, regulators gone to or tagged, legal action started, "lawyer up";
# - scams: a product ordered through a private channel, a pharmacy's domain, a prize claimed with personal data,
#   a VIP investment channel, earnings from home, an account "to be locked" unless verified, account recovery.
_EN_TREAT_SIX = r"(?:insulin|meds|medications?|medicine|chemo\w*|statins?|antidepressants?|blood thinners?|heart (?:meds|pills)|blood pressure (?:meds|pills|medication)|bp (?:meds|pills)|pills|vaccines?|inhalers?|metformin|thyroid (?:meds|pills)|pacemaker|beta blockers?|pharma drugs|prescriptions?)"
_ES_TREAT_SIX = r"(?:insulina|medicamentos?|medicinas?|pastillas|quimio\w*|estatinas|antidepresivos|anticoagulantes|vacunas?|metformina|marcapasos|tratamiento)"
_RU_TREAT_SIX = r"(?:инсулин\w*|лекарств\w*|таблетк\w*|таблеток|хими\w+|статин\w*|антидепрессант\w*|прививк\w*|вакцин\w*|кардиостимулятор\w*|метформин\w*)"
_EN_ILL_SIX = r"(?:sick|ill|disease\w*|stroke\w*|heart attacks?|cancer|flu|covid|colds?|allerg\w+|infections?|diabetes|dementia|alzheimer'?s|high blood pressure|vaccines?|flu shots?|shots|meds|medications?|pills|doctors?|statins?|insulin)"
_SIXTH: list[Composition] = [
    # ------------------------------------------------------------ claims: a vaccine said to harm
    (
        "risk.medical_claim",
        "en",
        "vaccine-harm",
        r"\b(?:vaccin\w*|vacin\w*|vax\w*|jabs?|the shot|mrna)\s*(?:=|->|→|equals|means)\s*(?:autism|autizm|death|infertility|sterility|cancer|turbo cancer|sids|poison|dna damage)\b"
        r"|\b(?:dropping dead|dying suddenly|died suddenly|dropping like flies|sudden deaths|turbo cancers?|heart attacks|myocarditis)\b[^.!?\n]{0,30}?\b(?:because of|due to|thanks to|caused by) (?:the |their |that |this |those )?(?:jabs?|vax|vaccines?|clot shots?|shots?|boosters?)\b"
        r"|\b(?:vaccines?|vacines?|jabs?|vax|hpv (?:vaccine|shot)|gardasil|boosters?)\b (?:\w+ ){0,2}(?:makes?|made|leaves?|left|renders?|turns?) (?:\w+ ){0,2}(?:sterile|infertile|autistic|barren)\b"
        r"|\b(?:vaccinated people|the vaccinated|vaccines?|jabs?|vax\w*)\b,? (?:\w+ )?(?:shed|shedding)\b|\bspike (?:protein )?shedding\b"
        r"|\b(?:covid|the pandemic|cancer|aids|hiv|bird flu)\b (?:was|is|were) (?:\w+ )?(?:planned|invented|created|made|engineered|designed|released) (?:to|by|in a lab to)\b|\bplandemic\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "vaccine-harm",
        r"\b(?:vacunas?|bacunas?)\b(?: \w+){0,3} (?:deja|dejan|dej[oó]|vuelve|vuelven|hace|hacen|causa|causan|provoca|provocan) (?:\w+ ){0,2}(?:est[eé]riles|infertiles|inf[eé]rtiles|autistas|autismo|infertilidad|esterilidad)\b"
        r"|\b(?:vacunas?|bacunas?)\s*(?:=|->|→)\s*(?:autismo|muerte|infertilidad|c[aá]ncer|veneno)\b"
        r"|\b(?:mueren|se mueren|caen muertos)\b[^.!?\n]{0,30}?\b(?:por|a causa de|culpa de) (?:la |las )?(?:vacunas?|bacunas?|dosis)\b"
        r"|\b(?:el covid|la pandemia|el c[aá]ncer|el sida)\b (?:fue|est[aá]|es) (?:\w+ )?(?:planead[ao]|inventad[ao]|cread[ao]|fabricad[ao]|diseñad[ao]) (?:para|por)\b|\bplandemia\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "vaccine-harm",
        r"\b(?:прививк\w*|вакцин\w*)\b(?: [\w-]+){0,3} (?:делает|делают|вызывает|вызывают|приводит к|приводят к) (?:\w+ )?(?:бесплод\w+|аутизм\w*|стерильн\w+)"
        r"|\b(?:прививк\w*|вакцин\w*)\s*(?:=|->|→|это)\s*(?:аутизм|смерть|бесплодие|рак|яд)\b"
        r"|\b(?:умирают|мрут|падают замертво)\b[^.!?\n]{0,30}?\b(?:из-за|от) (?:этих |этой )?(?:прививк\w*|вакцин\w*|укол\w*)"
        r"|\b(?:ковид\w*|пандеми\w+|коронавирус\w*)\b (?:был\w* )?(?:спланирован\w*|придуман\w*|создан\w*|выпущен\w*),? (?:чтобы|для|специально)\b|\bпландеми\w+",
    ),
    # ------------------------------------------------------------ claims: a remedy means never falling ill or never needing a treatment
    (
        "risk.medical_claim",
        "en",
        "never-ill-claim-negated-form",
        _c(
            _ENG,
            "remedy",
            GAP,
            r"\b(?:means? (?:you(?:'ll| will)?|u|your kids(?: will)?) (?:never|won'?t ever|won'?t|don'?t|do not) (?:need|have|get|catch|suffer)|(?:and|so) (?:you|u)(?:'ll| will)? never (?:have|get|need|catch)|(?:you(?:'ll| will)?|u) never (?:have|get|need|catch)|protects? (?:you|your (?:kids|children|family|baby|babies|heart)|kids|children|babies)(?: \w+)? (?:from|against) (?:all|any|every)|no (?:need|reason) (?:for|to (?:take|get)))\b",
            NEAR,
            r"\b",
            _EN_ILL_SIX,
        ),
    ),
    (
        "risk.medical_claim",
        "es",
        "never-ill-claim-negated-form",
        r"\bsi (?:tomas|tom[aá]s|comes|com[eé]s|bebes|beb[eé]s|usas|us[aá]s|haces|tomamos|toman)\b"
        + GAP
        + r"\bnunca (?:te |le |les |nos )?(?:va a dar|van a dar|dar[aá]|tendr[aá]s|vas a tener|te enfermar[aá]s|te enfermas|enfermar[aá]s|necesitar[aá]s|vas a necesitar)\b"
        r"|"
        + _c("es", "remedy", GAP)
        + r"\b(?:protege\w* (?:de|contra) (?:todas?|cualquier)|no necesitas (?:la |las |el |los )?(?:vacunas?|pastillas|medicamentos|aspirina|estatinas|insulina))",
    ),
    (
        "risk.medical_claim",
        "ru",
        "never-ill-claim-negated-form",
        r"\bесли (?:пить|есть|принимать|делать|пь[её]шь|ешь|пить каждый день|есть каждый день)\b"
        + GAP
        + r"(?:\bникогда не будет|\bне будет никогда|\bникогда не заболе\w+|\bне заболе\w+ никогда|\bзабуд\w+ (?:про|о)|\bне грозит|\bне нужн\w+ (?:прививк\w+|таблетк\w+|лекарств\w+))"
        r"|" + _c("ru", "remedy", GAP) + r"\bзащища\w+ от (?:всех|любых|любого|любой|всего)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "flushed-out",
        _c(
            "ru",
            "disease",
            NEAR,
            r"\b(?:навсегда )?(?:выводится|выводятся|растворяется|растворяются|рассасывается|рассасываются)\b",
        ),
    ),
    # ------------------------------------------------------------ claims: treatments made to keep people sick
    (
        "risk.medical_claim",
        "en",
        "kept-sick",
        r"\b(?:meds|medications?|pills|drugs|statins|vaccines?|chemo|insulin|blood pressure (?:meds|pills)|treatments?|pharma|big pharma|doctors)\b[^.!?\n]{0,20}?\b(?:are|is) (?:\w+ )?(?:designed|made|meant|engineered|created|invented) to (?:keep (?:you|us|people|patients) (?:sick|ill|coming back|buying|dependent|hooked)|make (?:you|us|people) sick)"
        r"|\bkeep (?:you|us|people|patients) sick so (?:you|we|they|people) (?:keep )?(?:buy|buying|pay|paying|come back)",
    ),
    (
        "risk.medical_claim",
        "es",
        "kept-sick",
        r"\b(?:est[aá]n|son|fueron) (?:hech[oa]s|diseñad[oa]s|cread[oa]s|pensad[oa]s|fabricad[oa]s) para (?:que sigas enferm[oa]|mantenerte enferm[oa]|que sigamos enferm[oa]s|que sigan enferm[oa]s|enfermarte|enfermarnos|que no te cures|que compres m[aá]s)",
    ),
    (
        "risk.medical_claim",
        "ru",
        "kept-sick",
        r"\b(?:созданы|сделаны|придуманы|специально|выпускают)\b[^.!?\n]{0,25}?\bчтобы (?:вы|ты|мы|люди) (?:болели|болел|не выздоравливали|не выздоравливал|покупали|сидели на таблетках)",
    ),
    # ------------------------------------------------------------ claims: a treatment kills you, quit it cold turkey, throw it away
    (
        "risk.medical_claim",
        "en",
        "treatment-kills-you",
        r"\b(?:everyone|everybody|anyone|all of you|y'?all|people|ppl|you|u) (?:on|taking|using) (?:\w+ )?"
        + _EN_TREAT_SIX
        + r"\b[^.!?\n]{0,20}?\b(?:should|must|needs? to|gotta|has to|have to) (?:just )?(?:quit|stop|ditch|dump|come off|get off|throw (?:them |it )?(?:away|out))\b"
        r"|\b(?:statins|meds|pills|chemo|vaccines?|insulin|antidepressants|blood thinners|pharma drugs|heart meds|blood pressure meds)\b (?:will |are |is )?(?:killing|kill|kills) (?:you|u|us|people|your (?:heart|liver|kidneys|kids|brain))\b(?![^.!?\n]{0,30}\b(?:if|overdose|too many|too much|mix|with alcohol)\b)",
    ),
    (
        "risk.medical_claim",
        "es",
        "treatment-kills-you",
        r"\b(?:las estatinas|las pastillas|la quimio|las vacunas|los medicamentos|la insulina|los antidepresivos|los anticoagulantes)\b (?:te|nos|les|os) (?:matan|mata|envenenan|envenena|est[aá]n matando)\b"
        r"|\b(?:las estatinas|las pastillas|la quimio|los medicamentos|la insulina|los antidepresivos)\b[^.!?\n]{0,30}?\b(?:t[ií]ra(?:las|los|la|lo)|b[oó]ta(?:las|los|la|lo)|tiradl[oa]s) (?:a la basura|al retrete|al v[aá]ter|ya|hoy)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "treatment-kills-you",
        r"\b(?:статины|таблетки|лекарства|химия|прививки|антидепрессанты|инсулин)\b (?:вас|тебя|нас|людей) (?:убивают|убивает|травят|травит|калечат)\b"
        r"|\b(?:статины|таблетки|лекарства|антидепрессанты|инсулин)\b[^.!?\n]{0,30}?\b(?:выбросьте|выкиньте|выбрось|выкинь) (?:их )?(?:в мусор|в помойку|в ведро|сегодня|сейчас)",
    ),
    # ------------------------------------------------------------ claims: a testimony of a treatment left thanks to a remedy
    (
        "risk.medical_claim",
        "en",
        "testimony-claim-negated-form",
        r"\b(?:off|stopped|quit|ditched|no more|threw out|don'?t need|no longer need) (?:all )?(?:my|his|her|their|our) (?:\w+ )?"
        + _EN_TREAT_SIX
        + r"\b[^.!?\n]{0,30}?\b(?:thanks to|because of|since (?:i|we) started|with just|just with|by using|using) (?:the |a |some |my )?"
        + _c(_ENG, "remedy")
        + r"|"
        + _c(_ENG, "remedy")
        + r"[^.!?\n]{0,30}?\b(?:got|took|gets|let) (?:me|him|her|us|my \w+) off (?:all )?(?:my|his|her|their|our)? ?"
        + _EN_TREAT_SIX
        + r"|\b(?:pacemaker|meds|insulin|statins|pills|surgery|stent) (?:is |are )?(?:no longer needed|not needed anymore|not needed any more)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "testimony-claim-negated-form",
        r"\b(?:dej[eé]|ya no tomo|ya no necesito|sin) (?:mis|las|la|el|los|su|sus) (?:\w+ )?"
        + _ES_TREAT_SIX
        + r"\b[^.!?\n]{0,30}?\bgracias a (?:la |el |los |las |un |una )?"
        + _c("es", "remedy")
        + r"|\b(?:ya no necesit\w+|no necesit\w+ m[aá]s) (?:el |la |las |los |mis |su |sus )?(?:marcapasos|insulina|pastillas|estatinas|medicamentos|tratamiento)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "testimony-claim-negated-form",
        r"\b(?:бросил\w*|не пью|больше не пью|отказал\w* от|слезл\w* с|без) (?:\w+ )?"
        + _RU_TREAT_SIX
        + r"[^.!?\n]{0,30}?\b(?:благодаря|с помощью|только) "
        + _c("ru", "remedy")
        + r"|\b(?:кардиостимулятор\w*|таблетки|лекарства|инсулин|статины|операци\w+|шунт\w*|стент\w*) (?:больше |уже )?не нуж(?:ен|на|ны|но)\b",
    ),
    # ------------------------------------------------------------ claims: a miracle product fixes a condition forever
    (
        "risk.medical_claim",
        "en",
        "miracle-product",
        r"\b(?:miracle|magic|wonder) (?:drops|pills?|cure|tea|powder|capsules?|oil|juice|remedy|supplement|water|bracelet|patch(?:es)?|formula|herb|drink|spray)\b"
        + GAP
        + r"\b(?:forever|for good|for life|permanently|normal again|is normal|back to normal|cured|gone|never comes? back)\b"
        r"|\b(?:one|1|a single) (?:bottle|pill|capsule|cup|dose|drop|sachet|jar) (?:and|&) (?:your|you|the)\b"
        + NEAR
        + r"\b(?:forever|for good|normal|gone|cured|disappears?)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "miracle-product",
        r"\b(?:gotas|c[aá]psulas|pastillas|t[eé]|aceite|remedio|producto|agua|pulsera|jarabe|polvo)s? milagros[oa]s?\b"
        + GAP
        + r"\b(?:para siempre|de por vida|normal|desaparece\w*|curad\w+|se acab[aó])\b"
        r"|\b(?:un|una|un solo|una sola) (?:frasco|bote|sobre|vaso|c[aá]psula|gota|caja) y (?:tu|la|el|se|adi[oó]s)\b"
        + NEAR
        + r"\b(?:para siempre|normal|desaparece\w*|curad\w+|adi[oó]s)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "miracle-product",
        r"\b(?:чудо[- ](?:средство|капли|таблетки|чай|браслет|пластырь|мазь|бальзам|порошок)|чудодейственн\w+)\b"
        + GAP
        + r"(?:\bнавсегда|\bнормализ\w+|\bпроход\w+|\bуход\w+|\bисчеза\w+|\bвылеч\w+|\bизбав\w+)"
        r"|\b(?:один|одна|одного|одной) (?:флакон|курс|упаковк[аи]|капсул[аы]|баночк[аи]) (?:и|—|-) "
        + NEAR
        + r"(?:\bнавсегда|\bнорм\w*|\bпрош\w+|\bисчез\w+)",
    ),
    # ------------------------------------------------------------ claims: a remedy instead of a treatment, doctors poisoning people,
    # natural immunity above a vaccine, a remedy killing cancer cells
    (
        "risk.medical_claim",
        "en",
        "instead-of-treatment",
        _c(_ENG, "remedy", GAP)
        + r"\b(?:instead of (?:taking |using |doing )?|natural alternative to |as good as |replacement for )(?:your |ur |the |my |his |her |those |any )?(?:\w+ )?"
        + _EN_TREAT_SIX
        + r"|\bdoctors (?:are )?(?:poisoning|killing|slowly killing) (?:us|you|people|our kids|patients)\b"
        r"|\bnatural immunity (?:is )?(?:way |much |far )?(?:better|stronger|safer) than (?:the |any |a )?(?:vaccines?|jabs?|shots?|vax)\b"
        r"|" + _c(_ENG, "remedy", GAP) + r"\bkills? (?:\w+ )?(?:cancer|tumou?r|leukemia) cells\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "instead-of-treatment",
        _c("es", "remedy", GAP)
        + r"\b(?:en (?:vez|lugar) de|alternativa natural (?:a|al|a la)|igual de bueno que|sustituto (?:de|del)) (?:tomar |usar |la |el |las |los |tu |tus |su |sus )?(?:\w+ )?"
        + _ES_TREAT_SIX
        + r"|\blos m[eé]dicos (?:nos |te |los )?(?:est[aá]n )?(?:envenenan|envenenando|matan|matando)\b"
        r"|\bla inmunidad natural es (?:mucho )?mejor que (?:la |las )?vacunas?\b"
        r"|"
        + _c("es", "remedy", GAP)
        + r"\bmata(?:n)? (?:las )?c[eé]lulas (?:del )?(?:c[aá]ncer|cancerosas|tumorales)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "instead-of-treatment",
        _c("ru", "remedy", GAP)
        + r"\b(?:вместо|заменя\w+|натуральн\w+ замен\w+) "
        + _RU_TREAT_SIX
        + r"|\bврачи (?:нас |вас |людей )?(?:травят|убивают|калечат)\b"
        r"|" + _c("ru", "remedy", GAP) + r"\bубива\w+ (?:раков\w+ клетк\w+|клетки рака|опухол\w+)",
    ),
    # ------------------------------------------------------------ legal: a judge or a court to decide (the question is the threat)
    (
        "risk.legal",
        "en",
        "judge-decides-asked",
        r"\b(?:answer to|explain (?:this|that|it|yourself|yourselves) to|tell (?:it|that) to) (?:a |the )?(?:judge|jury|court)\b"
        r"|\b(?:a |the )?(?:matter|case|job|thing) for (?:the )?(?:courts?|a judge|my lawyers?)\b"
        r"|\blet (?:a|the) (?:judge|court|jury) decide\b"
        r"|\b(?:can|could|will|gonna|going to|'ll) take (?:you|u|y'?all|you all|them|this \w+|your \w+|this|it) to (?:small claims(?: court)?|court|a judge)\b"
        r"|\bwant (?:a|the) judge to (?:see|hear|decide)",
    ),
    (
        "risk.legal",
        "es",
        "judge-decides-asked",
        r"\b(?:ante|frente a|delante de) (?:un|el|la) (?:juez|jueza|tribunal|juzgado)\b"
        r"|\b(?:lo|que lo|esto lo|ahora lo) (?:decid[ae]|decide|decidir[aá]|vea|ver[aá]|resuelva) (?:un|el|la) (?:juez|jueza|tribunal)\b"
        r"|\bnos vemos en (?:el )?(?:juzgado|tribunal|juicio)\b|\bllevar(?:los|las|te|le|les|lo|la)? a juicio\b",
    ),
    (
        "risk.legal",
        "ru",
        "judge-decides-asked",
        r"\bпусть (?:решает|разбирается|рассудит) суд\b"
        r"|\b(?:в суде|судье) (?:объясн\w+|расскаж\w+|разбер\w+|поговорим|увидимся)\b"
        r"|\b(?:объясн\w+|расскаж\w+) (?:это |всё |все )?(?:в суде|судье)\b|\bувидимся в суде\b|\bдо суда дойд[её]т\b",
    ),
    # ------------------------------------------------------------ legal: served, counsel in the loop, a case, damages, a suit joined, action started
    (
        "risk.legal",
        "en",
        "counsel-engaged",
        r"\b(?:you'?ll|you will|you'?re gonna|you are going to|u will|u'?ll|expect to|about to) (?:have )?(?:be |been |get )?(?:served|subpoenaed)\b(?=[^.!?\n]{0,20}\b(?:trust me|soon|by|next|monday|tuesday|wednesday|thursday|friday|this week|papers?)\b)"
        r"|\b(?:by (?:next|this|the end of) \w+|soon|this week),? (?:you'?ll|you will|u'?ll) (?:have )?(?:be |been |get )?(?:served|subpoenaed)\b"
        r"|\bexpect (?:a |my )?(?:subpoena|summons|court summons|letter from (?:my|our) (?:lawyer|attorney|solicitor))"
        r"|\b(?:you'?ll|you will|u'?ll) be hearing from (?:my|our|her|his|the) (?:lawyer|attorney|solicitor|office|legal team|counsel)\b"
        r"|\bmy (?:lawyer|attorney|solicitor|counsel) (?:is|has been|was|'s|s) (?:cc'?d|copied|in the loop|involved|informed|on it|on this|looking into)"
        r"|\b(?:strong|good|solid|clear) (?:malpractice |negligence |legal )?case against\b"
        r"|\b(?:pursuing|seek(?:ing)?|claim(?:ing)?) (?:compensation|damages)\b"
        r"|\b(?:filing|file|filed|bringing|brought) (?:a |an )?(?:medical )?(?:negligence|malpractice|wrongful death|personal injury) (?:suit|claim|case|lawsuit)"
        r"|\bcommence (?:legal )?proceedings\b|\binstructed (?:my|our) (?:solicitor|lawyer|attorney)\b"
        r"|\b(?:joined|joining|signed up for|registered (?:with|for)|signed on (?:with|to)) (?:the |a |that )?(?:class action|lawsuit|mass tort|law firm|suit)\b"
        r"|\b(?:preparing|drafting|working on|putting together) (?:a |the |my |our )?(?:lawsuit|suit|legal (?:claim|complaint)|malpractice claim|case against)\b"
        r"|\b(?:my|our) (?:mom|mum|dad|family|husband|wife|son|daughter|parents|brother|sister)\b[^.!?\n]{0,30}?\b(?:talking|talked|spoke|speaking|called|calling|contacted|consulting|hired|retained) (?:to |with )?(?:a |an |our |her |his |the family )?(?:lawyer|attorney|solicitor)",
    ),
    (
        "risk.legal",
        "es",
        "counsel-engaged",
        r"\b(?:he |hemos )?(?:iniciado|emprendido|interpuesto|presentado) (?:las |una |la )?(?:acciones legales|acci[oó]n legal|demanda|querella|denuncia)"
        r"|\bme (?:sum[eé]|un[ií]|apunt[eé]|adher[ií]) a (?:la|una) (?:demanda|acci[oó]n colectiva|querella)"
        r"|\bmi (?:mam[aá]|pap[aá]|familia|esposo|esposa|hij[oa]|herman[oa]|madre|padre)\b[^.!?\n]{0,30}?\b(?:habl\w+|llam\w+|consult\w+|contrat\w+) (?:con |a )?(?:un|una|el|la|su) (?:abogad[oa]|licenciad[oa])",
    ),
    (
        "risk.legal",
        "ru",
        "counsel-engaged",
        r"\bприсоедин\w+ к (?:коллективному |общему )?иску\b"
        r"|\b(?:мама|папа|муж|жена|сын|дочь|семья|брат|сестра)\b[^.!?\n]{0,30}?\b(?:звонит|позвонил\w*|обратил\w*|разговаривает|нанял\w*|консультир\w+) (?:к |с )?(?:юрист\w*|адвокат\w*)",
    ),
    # ------------------------------------------------------------ legal: regulators gone to, sent evidence or tagged
    (
        "risk.legal",
        "en",
        "regulator-tagged",
        r"\b(?:tag(?:ged|ging)?|cc'?(?:d|ing)?|copied|looping in|looped in|forwarded (?:it |this )?to) (?:the )?(?:state )?(?:medical board|fda|ftc|attorney general|health department|licensing board|board of \w+|nursing board)"
        r"|\bcomplaint (?:i|we) (?:just |already )?filed\b|\bfiled (?:it |a complaint )?with the (?:state |medical |licensing )?board\b",
    ),
    (
        "risk.legal",
        "es",
        "regulator-tagged",
        r"\b(?:voy|ir[eé]|vamos|fui|acudir[eé]|acudo|me voy|voy a ir|vamos a ir) a (?:consumo|la omic|la aemps|sanidad|la agencia de protecci[oó]n de datos|la aepd|protecci[oó]n de datos|la inspecci[oó]n de trabajo|la justicia|la fiscal[ií]a|profeco|cofepris)\b"
        r"|\b(?:pas[eé]|mand[eé]|envi[eé]|reenvi[eé]) (?:las |los |mis )?(?:capturas|pantallazos|grabaci[oó]n|pruebas|fotos|videos?)\b[^.!?\n]{0,20}?\ba (?:la )?(?:aemps|omic|consumo|sanidad|cofepris|profeco|polic[ií]a|fiscal[ií]a)\b",
    ),
    (
        "risk.legal",
        "ru",
        "regulator-tagged",
        r"\b(?:подам|подаю|напишу|пожалуюсь|обращусь|пойду|отметил\w*|отправлю|отправил\w*|написал\w*)\b[^.!?\n]{0,40}?\b(?:трудов\w+ инспекци\w+|росздравнадзор\w*|роспотребнадзор\w*|прокуратур\w+|минздрав\w*)",
    ),
    # ------------------------------------------------------------ legal: one's own suit asked as a question ("you know I'll sue?")
    (
        "risk.legal",
        "en",
        "own-suit-asked",
        r"\b(?:you know|do you know|do you realize|you realize|are you aware|you understand|do you understand),? (?:that )?(?:i'?m|i am|i'?ll|i will|we'?ll|we will|we'?re|we are) (?:gonna |going to |about to )?(?:sue|suing|take you to court|report you|file (?:a )?(?:complaint|lawsuit|claim))",
    ),
    (
        "risk.legal",
        "es",
        "own-suit-asked",
        r"\b(?:sabe|sabes|saben|sab[ée]is|entiende|entiendes|entienden),? (?:que )?(?:le|te|les|los|las|lo|la)? ?(?:voy a|vamos a|pienso) (?:poner|meter|presentar|interponer) (?:una )?(?:demanda|denuncia|queja formal)|\b(?:sabe|sabes|saben|entiende|entiendes|entienden),? (?:que )?(?:le|te|les|los|las|lo|la) (?:voy a|vamos a) (?:demandar|denunciar|llevar a juicio)",
    ),
    (
        "risk.legal",
        "ru",
        "own-suit-asked",
        r"\b(?:понимаете|понимаешь|знаете|знаешь|в курсе),? (?:что )?(?:я|мы) (?:на вас |на тебя |на вашу \w+ )?(?:в суд подам|подам в суд|подадим в суд|засужу|засудим|подам иск|подадим иск)",
    ),
    # ------------------------------------------------------------ legal: "lawyer up" said of oneself or to someone (not an idiom here)
    (
        "risk.legal",
        "en",
        "lawyer-up",
        r"\b(?:gonna|going to|will|i'?ll|time to|better|about to|had to|already|just) lawyer(?:ed)? up\b|\blawyer(?:'?d|ed) up\b|\blawyer up,? (?:doc|pharmacy|clinic|buddy|pal|@\w+|\w+ (?:ppl|people|guys))\b",
    ),
    # ------------------------------------------------------------ scams: a product ordered through a private channel
    (
        "spam.scam",
        "es",
        "order-private",
        r"\b(?:p[ií]de(?:la|lo|las|los)?|p[ií]dan(?:la|lo|las|los)?|encarga(?:la|lo|las|los)?|pedidos|haz tu pedido|compra(?:la|lo|las|los))\b[^\n]{0,25}?\b(?:por|al|en) (?:whats ?app|wsp|wasap|telegram|privado|dm|md|inbox)\b",
    ),
    (
        "spam.scam",
        "en",
        "order-private",
        r"\b(?:order|get|grab|buy) (?:yours|them|it|one|some)\b[^\n]{0,20}?\b(?:on|via|through|by|in) (?:whats ?app|telegram|dms?|inbox|private)\b",
    ),
    (
        "spam.scam",
        "ru",
        "order-private",
        r"\b(?:средство|таблетк\w+|препарат\w*|капли|похуде\w+|бад\w*)\b[^\n]{0,40}?\b(?:пишите|пиши|заказ\w+|обращайтесь) (?:в|на) (?:личк\w+|лс|директ|вотсап\w*|ватсап\w*|телег\w*)"
        r"|\b(?:пишите|пиши|заказ\w+|обращайтесь) (?:в|на) (?:личк\w+|лс|директ|вотсап\w*|ватсап\w*|телег\w*)[^\n]{0,40}?\b(?:средство|таблетк\w+|препарат\w*|капли|похуде\w+|бад\w*)",
    ),
    # ------------------------------------------------------------ scams: a pharmacy's domain, no script needed
    (
        "spam.scam",
        "en",
        "pharmacy-domain",
        r"\b(?:order|buy|get|grab|cheap|discount)\b[^\n]{0,50}?\b[a-z0-9-]*(?:rx|meds|pharma|pills|apteka|farmacia)[a-z0-9-]*\s?(?:\.|dot)\s?(?:com|net|org|top|xyz|shop|store|online|site|biz|ru|info)\b"
        r"|\bno (?:script|scrip)s? (?:required|needed|necessary)\b",
    ),
    # ------------------------------------------------------------ scams: a prize claimed with personal data
    (
        "spam.scam",
        "en",
        "prize-data",
        r"\b(?:winners?|won|claim (?:your|the) (?:prize|reward))\b[^\n]{0,60}?\b(?:reply|send|dm|message|comment)\b[^\n]{0,25}?\b(?:your )?(?:address|phone|card|bank|details|number|email)\b",
    ),
    (
        "spam.scam",
        "es",
        "prize-data",
        r"\b(?:ganador\w*|ganaste|has ganado|premio)\b[^\n]{0,60}?\b(?:env[ií]a|manda|m[aá]ndame|env[ií]ame|responde)\b[^\n]{0,25}?\b(?:tu |tus )?(?:direcci[oó]n|tel[eé]fono|datos|tarjeta|n[uú]mero|cuenta)\b",
    ),
    (
        "spam.scam",
        "ru",
        "prize-data",
        r"\b(?:победител\w*|выиграл\w*|приз\w*)\b[^\n]{0,60}?\b(?:пришлите|отправьте|напишите|скиньте)\b[^\n]{0,25}?\b(?:адрес|номер|данные|карт\w+|телефон)",
    ),
    # ------------------------------------------------------------ scams: a VIP investment channel, earnings from home
    (
        "spam.scam",
        "en",
        "vip-channel",
        r"\b(?:vip|private|premium|signals?|insider) (?:channel|group|tips)\b[^\n]{0,40}?\b(?:\d+x|returns|profits?|gains|guaranteed)\b"
        r"|\b(?:\d+x (?:returns|profits?|gains)|guaranteed (?:returns|profits?))\b[^\n]{0,40}?\b(?:join|dm|message|telegram|whatsapp|channel)\b"
        r"|\b(?:i|we) (?:make|made|earn|earned) \$?\d[\d,.]*k?\b[^\n]{0,20}?\b(?:a|per|each|every) (?:day|week|month)\b[^\n]{0,40}?\b(?:from home|ask me how|dm me|message me|inbox me)",
    ),
    (
        "spam.scam",
        "es",
        "vip-channel",
        r"\bgan(?:o|[eé]|amos)\b (?:\w+ )?\d[\d.,]*k? ?(?:€|\$|euros|d[oó]lares|pesos|mil)?(?: \w+)? (?:a la|al|por|cada) (?:semana|d[ií]a|mes)\b[^\n]{0,40}?(?:desde casa|preg[uú]ntame|escr[ií]beme|info|dm|md|privado)"
        r"|\b(?:canal|grupo) (?:vip|privado|premium)\b[^\n]{0,40}?\b(?:\d+x|ganancias|rentabilidad|garantizad\w+)",
    ),
    (
        "spam.scam",
        "ru",
        "vip-channel",
        r"\bзарабатыва\w+ \d+\w* (?:в|за) (?:неделю|день|месяц)[^\n]{0,40}?(?:из дома|пишите|расскажу|в лс|в личку)"
        r"|\b(?:вип|vip|закрыт\w+|приватн\w+) (?:канал|групп\w+)\b[^\n]{0,40}?\b(?:\d+x|иксы|прибыл\w+|доход\w*|гарантир\w+)",
    ),
    # ------------------------------------------------------------ scams: an account "to be locked" unless verified; account recovery
    (
        "spam.scam",
        "en",
        "account-locked",
        r"\byour account\b[^\n]{0,40}?\b(?:will be|has been|is) (?:locked|suspended|blocked|closed|deleted|disabled)\b[^\n]{0,40}?\b(?:verify|confirm|log ?in|sign in|click|here)\b"
        r"|\b(?:hacked|scammed|lost (?:your )?(?:funds|crypto|money|account))\b[^\n]{0,40}?\b(?:contact|dm|message|reach out to|write to)\b (?:@\w+|\w+ on (?:instagram|telegram|whatsapp))",
    ),
    (
        "spam.scam",
        "es",
        "account-locked",
        r"\b(?:tu|su) cuenta\b[^\n]{0,40}?\b(?:ser[aá] (?:bloqueada|suspendida|cerrada|eliminada)|est[aá] (?:bloqueada|suspendida))\b[^\n]{0,40}?\b(?:verifi\w+|confirm\w+|ingres\w+|entra\w*|haz clic|aqu[ií])\b",
    ),
    (
        "spam.scam",
        "ru",
        "account-locked",
        r"\b(?:ваш|твой) (?:аккаунт|кабинет|сч[её]т)\b[^\n]{0,40}?\b(?:будет|был) (?:заблокирован|удал[её]н)\w*[^\n]{0,40}?\b(?:подтверд\w+|перейд\w+|войд\w+|ссылк\w+)",
    ),
]
_SIXTH = _split(_SIXTH)
COMPOSITIONS.extend(_SIXTH)
# Abuse by concept, in all three languages: a person likened to an animal or a monster, a body part with a
# degrading word (or "with a face like that"), a sexual comment or order about the host's body, an insult noun
# said to someone (or after "shut up"), worthlessness ("you're nobody"), a comparative insult ("dumber than a
# brick", "тупее пробки", "cerebro de mosquito"), a group with a degrading adjective, and a person's "place"
# being a zoo, a kitchen or the trash. Each concept is a word class with its inflections, aimed at a person.
#: :data:`NEAR` that crosses no quotation mark: a person named outside a quote is not the subject inside it.
_NEAR_OWN = r"[^.!?;\n\"«»“”]{0,20}?"
_EN_PERSON = r"(?:you|u|ya|ur|your|she|he|her|him|the host|that host|the (?:\w+ )?(?:doc|doctor|nurse|coach|trainer|streamer|presenter|lady|woman|guy|dude|chick|girl|instructor|host|pharmacist)|that (?:doc|doctor|nurse|coach|trainer|streamer|presenter|lady|woman|guy|dude|chick|girl)|this (?:doc|doctor|nurse|coach|trainer|lady|woman|guy|dude|chick|girl)|@\w+)"
_EN_BEAST = r"(?:pig|sow|hog|cow|heifer|whale|hippo|walrus|manatee|monkey|ape|gorilla|chimp|baboon|orangutan|rat|toad|troll|ogre|goblin|gremlin|witch|hag|skeleton|scarecrow|swamp monster|monster|zombie|corpse|crackhead|meth head|methhead|bum|hobo|sewer rat|cockroach|roach|donkey|horse|mule|potato|thumb|melted candle|bulldog|pug)"
_EN_BODY = r"(?:nose|schnozz|teeth|forehead|fivehead|double chin|ears|gut|belly|rolls|muffin top|thighs|cankles|moustache|mustache|unibrow|acne|zits|pimples|face|mug|hairline|bald spot|neck|skin|arms|legs|body|voice|lisp)"
_ES_PERSON_REF = r"(?:t[uú]|vos|ella|[eé]l|la (?:presentadora|doctora|m[eé]dica|enfermera|coach|entrenadora|tipa|chica|mina|vieja|se[ñn]ora|host)|el (?:presentador|doctor|m[eé]dico|enfermero|coach|entrenador|tipo|viejo|se[ñn]or|host)|esa (?:tipa|mujer|vieja|se[ñn]ora|doctora|presentadora|chica|mina)|ese (?:tipo|viejo|se[ñn]or|doctor|presentador)|@\w+)"
_ES_BEAST = r"(?:cerd[oa]|marran[oa]|puerc[oa]|chanch[oa]|gorrin[oa]|vaca|ballena|foca|morsa|hipop[oó]tamo|mon[oa]|macac[oa]|gorila|simio|orangut[aá]n|chimpanc[eé]|rata|sapo|burr[oa]|mula|asno|orco|ogro|bruja|monstruo|adefesio|espantap[aá]jaros|esqueleto|zombi|momia|vagabund[oa]|indigente|pordiosero|mendig[oa]|payas[oa]|travesti|camionero|cucaracha|lombriz|gusano)"
_ES_BODY = r"(?:nariz|narizota|narizon\w*|dientes|dentadura|orejas|orejotas|panza|barriga|tripa|papada|lonjas|rollos|granos|espinillas|bigote|cara|jeta|frente|calva|muslos|piernas|patas|brazos|cuerpo|voz|culo|trasero|nalgas|cachetes|mofletes)"
_RU_PERSON_REF = r"(?:ты|вы|тебя|она|он|её|ее|его|эта|этот|эту|(?:врачих\w*|ведущ\w+|тренер\w*|тренерш\w+|доктор\w*|докторш\w+|врач\w*|медсестр\w+|фармацевт\w*|кардиолог\w*|блогер\w*|хост\w*|девк\w+|тётк\w+|тетк\w+|баб(?:а|у|ой|ка|ку|ёнк\w+)|мужик\w*))"
_RU_BEAST = r"(?:свинь(?:я|ю|ей|е|и)|свинот\w+|свиноматк\w+|хряк\w*|боров(?:а|ом)?|коров(?:а|у|ой|е|ы)|обезьян(?:а|у|ой|ы|ка|ку)|макак(?:а|у|ой|и)|горилл(?:а|у|ой|ы)|шимпанзе|мартышк(?:а|у|ой|и)|крыс(?:а|у|ой|ы)|жаб(?:а|у|ой|ы)|бегемот(?:а|ом|иха|иху)?|кобыл(?:а|у|ой|ы)|тюлен(?:ь|я|ем)|морж(?:а|ом)?|чучел(?:о|а|ом)|пугал(?:о|а|ом)|чудовищ(?:е|а|ем)|чудищ(?:е|а|ем)|монстр(?:а|ом)?|кикимор(?:а|у|ой|ы)|баб(?:а|у|ой)[- ]яг(?:а|у|ой)|ведьм(?:а|у|ой|ы)|бомж(?:а|ом|иха|иху)?|урод(?:а|ом|ина|ину)?|скелет(?:а|ом)?|мумия|мумию|швабр(?:а|у|ой)|бочк(?:а|у|ой)|таракан(?:а|ом)?|глист(?:а|ом)?|зомби|тролл(?:ь|я|ем)|гоблин(?:а|ом)?|орк(?:а|ом)?|дебил(?:а|ом)?|даун(?:а|ом)?|шлюх(?:а|у|ой)|проститутк(?:а|у|ой)|трансвестит(?:а|ом)?|клоун(?:а|ом)?)"
_RU_SUBJECT = r"(?:ты|вы|она|он|эта|этот|(?:врачих\w*|ведущ\w+|тренер\w*|тренерш\w+|доктор\w*|докторш\w+|врач\w*|медсестр\w+|фармацевт\w*|кардиолог\w*|блогер\w*|хост\w*|девк\w+|тётк\w+|тетк\w+|баб(?:а|ка|ёнк\w+)|мужик\w*))"
_RU_BEAST_NOM = r"(?:свинья|свиноматка|хряк|боров|корова|обезьяна|макака|горилла|шимпанзе|мартышка|крыса|жаба|бегемот|бегемотиха|кобыла|тюлень|морж|чучело|пугало|чудовище|чудище|монстр|кикимора|баба[- ]яга|ведьма|бомж|бомжиха|урод|уродина|скелет|мумия|швабра|бочка|таракан|глист|зомби|тролль|гоблин|орк|дебил|даун|шлюха|проститутка|трансвестит|клоун)"
_RU_BODY = r"(?:рож(?:а|у|ей|ища)|морд(?:а|у|ой|ень)|хар(?:я|ю|ей)|рыл(?:о|ом)|жоп(?:а|у|ой|ища)|задниц(?:а|у|ей)|ляжк(?:и|ами)|ног(?:и|ами)|нос(?:ом|яра|ярой)?|зуб(?:ы|ами)|уш(?:и|ами)|пуз(?:о|ом|ико)|брюх(?:о|ом)|живот(?:ом)?|щ[её]к(?:и|ами)|лоб|лысин(?:а|ой)|прыщ(?:и|ами)|бород(?:а|ой)|усы|усами|сиськ(?:и|ами)|фигур(?:а|ой)|голос(?:ом)?|кож(?:а|ей)|подбород\w+|бок(?:а|ами))"
_RU_UGLY = r"(?:жирн\w+|толст\w+|крив\w+|страшн\w+|уродлив\w+|обвисш\w+|висяч\w+|лошадин\w+|свин\w+|мерзк\w+|противн\w+|кошмарн\w+|ужасн\w+|отвратительн\w+|вонюч\w+|гнил\w+|кривозуб\w*|лопоух\w+|косоглаз\w+|прыщав\w+|обрюзгш\w+|дряхл\w+|облезл\w+|сальн\w+|писклявн?\w+|гнусав\w+|огромн\w+ (?:как|будто))"
_RU_INSULT_NOUN = r"(?:жирдя(?:й|я|ем|и)|жиробас\w*|толстух\w+|толстожоп\w+|жирух\w+|недочеловек\w*|недоумк?\w*|отброс(?:ы|ом|ов)?|выродо?к\w*|уродин\w+|уродец|уродка|чудовищ\w+|чучел\w+|истеричк\w+|психопатк\w+|шизофреничк\w+|шизик\w*|дебилк\w+|даунк\w+|идиотк\w+|тупиц\w+|быдл\w+|нищеброд\w*|очкарик\w*|коротышк\w+|лузер\w*|пустоголов\w+|безмозгл\w+|курица|курицу|овц(?:а|у|ой)|дур(?:а|у|ой|ёх\w+|ех\w+|ында|инда)|дурак\w*|кретинк\w+|бестолочь|ничтожеств(?:о|ом)|мразь|тварь|твар(?:ью|и)|свинья|скотина|гадин\w+|гнид\w+|падаль|мерзость|корова|свиноматка|кобыла|бегемотиха|позорищ\w+|посмешищ\w+)"
_RU_SHUT = r"(?:заткнись|заткнитесь|заткни\w* (?:рот|пасть|хлебало|варежку|ебальник)|закрой(?:те)? (?:рот|пасть|хлебало|варежку|ебальник)|завали(?:сь| (?:рот|пасть|хлебало|ебало))|вали отсюда|пош[её]л вон|пошла вон|пошли вон|катись отсюда|убирайся|проваливай|исчезни|отвали|отвянь|уйди из эфира|вон из эфира|(?:тебя|вас) никто не (?:спрашивал|звал|просил))"
_ES_SHUT = r"(?:c[aá]llate|c[aá]llense|cierra (?:la boca|el hocico|el pico|la jeta)|l[aá]rgate|lárguense|largate|vete de aqu[ií]|fuera de aqu[ií]|sal del directo|lárgate del directo|nadie te pregunt[oó]|a nadie le importa lo que (?:pienses|digas))"
_EN_SHUT = r"(?:shut up|shut it|shut ur mouth|shut your mouth|stfu|get lost|get off (?:the|my) (?:screen|stream)|nobody asked(?: you| u)?|no one asked(?: you| u)?|go away|piss off|beat it)"
_EN_INSULT_NOUN = r"(?:b\*tch|bitch|b1tch|fatso|fatty|lardass|tub of lard|porker|hag|witch|troll|freak|creep|loser|moron|idiot|imbecile|dumbass|dimwit|halfwit|nitwit|dunce|airhead|bimbo|clown|buffoon|cow|pig|whale|hippo|skank|slob|goblin|gremlin|ogre|weirdo|psycho|nutjob|nutcase|retard|spaz|nobody|nerd|four ?eyes|midget|baldy|grandma|granny|old hag|old bat|old fart|boomer|karen|simp|incel|neckbeard|degenerate|subhuman|parasite|vermin|scum|trash|garbage|lowlife|waste of space|waste of oxygen)"
_ES_INSULT_NOUN = r"(?:gord[oa]|gordinfl[oó]n\w*|gordit[oa]|foca|vaca|ballena|cerd[oa]|marran[oa]|fe[oa]|adefesio|bruja|vieja (?:bruja|loca|fea|chocha|decr[eé]pita)|viejo (?:verde|chocho|decr[eé]pito)|enan[oa]|cuatro ojos|cegaton[a]?|calv[oa]|tont[oa]|idiota|imb[eé]cil|est[uú]pid[oa]|pendej[oa]|bob[oa]|tarad[oa]|mens[oa]|inútil|in[uú]til|payas[oa]|fracasad[oa]|perdedor[a]?|ignorante|burr[oa]|anormal|subnormal|retrasad[oa]|mongol[oa]?|bestia|animal|basura|escoria|lacra|par[aá]sito|gusano|rata|cucaracha|ni[ñn]at[oa]|pringad[oa]|pat[eé]tic[oa]|asqueros[oa]|rid[ií]cul[oa]|histérica|loca|chiflad[oa]|zorra|perra|puta)"
_EN_GROUPS_PL = r"(?:women|girls|females|jews|muslims|blacks|black people|mexicans|chinese|indians|asians|arabs|africans|gypsies|immigrants|foreigners|migrants|refugees|gays|gay people|lesbians|trans people|trans women|disabled people|cripples|autistics|old people|boomers|fat people|poor people|russians|ukrainians|latinos|hispanics|indigenous people|roma)"
_EN_GROUP_ADJ = r"(?:dirty|filthy|stinky|smelly|lazy|stupid|dumb|thieves|criminals|rapists|animals|savages|vermin|rats|cockroaches|parasites|subhuman|inferior|disgusting|diseased|a disease|a plague|a cancer|trash|garbage|scum|leeches|terrorists|primitive|backwards|useless|worthless)"
_ES_GROUP_ADJ = r"(?:suci[oa]s|cochin[oa]s|apestos[oa]s|asquerosos|asquerosas|flojos|flojas|vag[oa]s|ladron(?:es|as)|rateros|delincuentes|criminales|violadores|animales|salvajes|brut[oa]s|tont[oa]s|est[uú]pid[oa]s|inferiores|atrasad[oa]s|primitiv[oa]s|basura|escoria|plaga|ratas|cucarachas|par[aá]sitos|sanguijuelas|terroristas|in[uú]tiles|una enfermedad|un c[aá]ncer)"
_RU_GROUP_ADJ = r"(?:грязн\w+|вонюч\w+|тупые|тупорыл\w+|ленив\w+|вор(?:ы|ьё|уют|овки)|ворюг\w*|животные|скоты|быдл\w*|недолюд\w+|дикар\w+|отсталы\w+|звери|зверьё|обезьяны|крысы|тараканы|паразиты|мерзк\w+|отвратительн\w+|насильник\w*|бандит\w*|преступник\w*|заразн\w+|второго сорта|второсортн\w+|низш\w+|никчёмн\w+|никчемн\w+|бесполезн\w+|мусор|отбросы|нелюди|чума|зараза|рак общества)"
_EN_PLACE_FOR = r"(?:zoo|circus|cage|barn|farm|pigsty|kitchen|trash|garbage|dump|landfill|mental (?:hospital|ward|asylum)|asylum|psych ward|nuthouse|loony bin|freak show|gutter|sewer|grave|cemetery|nursing home|retirement home)"
_ES_PLACE_FOR = r"(?:zool[oó]gico|zoo|circo|jaula|granja|establo|pocilga|chiquero|cocina|basura|basurero|manicomio|loquero|psiqui[aá]trico|alcantarilla|cloaca|tumba|cementerio|asilo|geri[aá]trico)"
_RU_PLACE_FOR = r"(?:(?:в|на) (?:зоопарк\w*|цирк\w*|клетк\w+|хлев\w*|свинарник\w*|ферм\w+|кухн\w+|помойк\w+|свалк\w+|дурк\w+|психушк\w+|дурдом\w*|кладбищ\w+|богадельн\w+|дом\w* престарелых|панел\w+|трасс\w+)|под забором)"
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "likened",
        r"\b"
        + _EN_PERSON
        + r"\b"
        + _NEAR_OWN
        + r"\b(?:looks?|looking|look|sounds?|smells?|eats?|walks?|waddles?|moves?|dresses|talks|laughs) (?:exactly |just |literally |kinda |kind of |like )?like (?:a |an |some |the )?(?:\w+ )?"
        + _EN_BEAST
        + r"s?\b(?! (?:truck|jam|energy|movie|game|show|costume|tattoo)s?\b)"
        r"|\b(?:you|u)(?:'re| are| r|re)? (?:a |an |such a |an absolute |a total |a literal )?(?:\w+ )?"
        + _EN_BEAST
        + r"\b(?= *(?:lol|lmao|haha|,|\.|!|$))"
        r"|\b(?:face|body|mug) (?:for radio|only a (?:mother|mom|blind man) could love|(?:that )?(?:could |would )?(?:stop|break|crack) (?:a clock|a mirror|the camera|a heart))\b",
    ),
    (
        "risk.harassment",
        "en",
        "body-laughed-at",
        r"\b(?:look at|lookit|did you see|check out|zoom in on) (?:that|those|her|his|the host'?s|ur|your|this) (?:\w+ )?"
        + _EN_BODY
        + r"\b(?! (?:job|ring|piercing|surgery|work|tattoo|form|posture)\b)(?=[^.!?\n]{0,30}(?:lmao|lmfao|lol|haha|ew+|yikes|gross|disgusting|😂|🤣|🤮|🐷))"
        r"|\b(?:with|having) (?:a |that |such a |those )(?:face|nose|body|gut|belly|teeth) (?:like that|as ugly|as fat|that ugly)\b",
    ),
    (
        "risk.harassment",
        "en",
        "sexual-body",
        r"\b(?:show|flash|let (?:us|me) see|lemme see|wanna see|want to see|take off|drop|pull up|pull down) (?:us |me |the chat )?(?:ur|your|those|them|her|the|some|more) (?:\w+ )?(?:tits|titties|boobs|boobies|ass|butt|booty|cleavage|nipples|bra|panties|thong|bikini|body|feet)\b"
        r"|\b(?:take (?:ur top|your top|ur shirt|your shirt|it all) off|strip for (?:us|me|the chat))\b"
        r"|\b(?:i'?d|id|i would|i wanna|i want to|would|wanna|i'?m gonna|let me) (?:\w+ )?(?:smash|bang|fuck|rail|hit that|tap that|bend (?:her|you|u) over|eat (?:her|you|u) out|motorboat|grope|spank)\b(?! (?:my|the|this|that|a|an|it|them|ur|your) (?:\w+ )?(?:keyboard|head|wall|car|phone|bug|record|game|button|workout|goal|set|pb|pr)\b)",
    ),
    (
        "risk.harassment",
        "en",
        "shut-up-insult",
        r"\b"
        + _EN_SHUT
        + r"\b[,!\s]{0,4}(?:(?:you|u|ya|ur|you'?re|youre)\s+)?(?:(?:\w+|fat|ugly|old|stupid|dumb|fucking|fking|stinky|bald)\s+)?"
        + _EN_INSULT_NOUN
        + r"\b",
    ),
    (
        "risk.harassment",
        "en",
        "worthless-person",
        r"\b(?:you|u)(?:'re| are| r|re) (?:just |literally |nothing but |such |an? |the )*(?:nobody|nothing|a nobody|a joke|a disgrace|an embarrassment|a failure|a mistake|a waste of (?:space|air|oxygen|skin|time|a \w+)|worthless|a zero|scum|filth|vermin|subhuman|less than human|beneath (?:me|us|contempt))\b(?! (?:to worry|to be sorry|compared|special|new|wrong|right)\b)"
        r"|\b(?:dumber|stupider|uglier|fatter|thicker|more useless) than (?:a |an |my |the )?(?:box of (?:rocks|hair)|rock|rocks|brick|bag of (?:hammers|rocks)|doorknob|doorstop|sack of \w+|potato|toaster|goldfish|post|plank)\b"
        r"|\b(?:brain|brains|iq) (?:of a|the size of a|smaller than (?:a|an)|lower than (?:a|an|room temperature|my shoe size)) (?:\w+ )?(?:goldfish|chicken|peanut|pea|walnut|gnat|fly|rock|potato|room temperature)\b",
    ),
    (
        "risk.harassment",
        "en",
        "group-degraded",
        r"\b(?:all|these|those|the|typical|bloody|fucking|fkn|most) "
        + _EN_GROUPS_PL
        + r" (?:are|r) (?:all |just |such |nothing but |a bunch of |so )?"
        + _EN_GROUP_ADJ
        + r"\b"
        r"|\b"
        + _EN_GROUPS_PL
        + r" (?:are|r) (?:all |just |nothing but |a bunch of )?(?:dirty|filthy|thieves|criminals|rapists|animals|savages|vermin|rats|cockroaches|parasites|subhuman|inferior|a disease|a plague|a cancer|scum|leeches|terrorists|primitive)\b",
    ),
    (
        "risk.harassment",
        "en",
        "belongs-in",
        r"\b"
        + _EN_PERSON
        + r"\b"
        + _NEAR_OWN
        + r"\b(?:belongs?|should be|needs to be|go back|goes back|back) (?:in|to|at|on) (?:a |an |the )?"
        + _EN_PLACE_FOR
        + r"\b(?! (?:app|table|sink|drawer|counter|tour|trip|visit)\b)",
    ),
    (
        "risk.harassment",
        "es",
        "likened",
        r"\b(?:pareces|parec[eé]s|pareceis|parecéis|eres como|sos como|est[aá]s hech[oa] una?|igualit[oa] a|pinta de|cara de|jeta de|cuerpo de|voz de|huele a|hueles a|comes como|caminas como)\s+(?:un |una |el |la )?(?:\w+ )?"
        + _ES_BEAST
        + r"\b"
        r"|\b"
        + _ES_PERSON_REF
        + r"\b"
        + _NEAR_OWN
        + r"\b(?:parece|es como|est[aá] hech[oa]|huele a|come como|camina como|se ve como|luce como)\s+(?:un |una |el |la )?(?:\w+ )?"
        + _ES_BEAST
        + r"\b",
    ),
    (
        "risk.harassment",
        "es",
        "body-mocked",
        r"\b(?:mira(?:d|en)?|miren|vieron|viste|qu[eé]|vaya|menud[oa]s?|tremend[oa]s?) (?:esa |ese |esas |esos |la |el |las |los |su |sus |tu |tus )?"
        + _ES_BODY
        + r"\b(?=[^.!?\n]{0,30}(?:🤮|🐷|qu[eé] asco|da asco|horrible|asqueros))"
        r"|\bcon (?:esa|ese|esas|esos|semejante|tal) (?:cara|jeta|nariz|narizota|panza|barriga|papada|pinta|facha|cuerpo|dientes|voz)\b(?=[^.!?\n]{0,40}\b(?:deber[ií]as?|mejor|no (?:deber|salg|sal|aparezc|te atrev)\w*|ni (?:loc|de broma)|qu[eé] (?:haces|hace)|c[oó]mo (?:te atreves|se atreve)|esc[oó]nde\w*|qu[eé]date|te dejan|la dejan|lo dejan)\b)",
    ),
    (
        "risk.harassment",
        "es",
        "sexual-body",
        r"\b(?:ens[eé][ñn]\w*|mu[eé]str\w*|sac\w* (?:esas|las|tus)|quit\w* (?:la|el|tu|esa|ese)|ponte en|date la vuelta|ag[aá]chate)\s+(?:\w+ )?(?:las |el |los |tus |esas |esos |la |un poco |m[aá]s )?(?:tetas|tetitas|chichis|pechos|pechugas|bubis|melones|culo|culito|nalgas|pompis|trasero|piernas|bragas|calzones|tanga|sost[eé]n|brasier|ropa|blusa|camiseta|lencer[ií]a|bikini|cuerpo|pies)\b"
        r"|\b(?:qu[eé]|vaya|menud[oa]s?|tremend[oa]s?|ric[oa]s?|buen[oa]s?|lindas?|hermosas?|grandes?) (?:par de )?(?:tetas|tetitas|tetotas|chichis|pechos|pechugas|bubis|melones|culo|culazo|culito|nalgas|nalgotas|pompis|piernotas|caderas|trasero)\b"
        r"|\b(?:te|la|le) (?:coger[ií]a|cog[ií]a|follar[ií]a|follaba|empotrar[ií]a|empotraba|dar[ií]a (?:duro|bien|como)|comer[ií]a (?:enter[oa]|toda|todo)|com[ií]a (?:enter[oa]|toda|todo)|chupar[ií]a|manosear[ií]a|tocar[ií]a (?:toda|todo|las|el))\b"
        r"|\b(?:desn[uú]date|enc[uú]erate|empel[oó]tate|qu[ií]tate la ropa|qu[ií]tatelo todo)\b",
    ),
    (
        "risk.harassment",
        "es",
        "shut-up-insult",
        r"\b"
        + _ES_SHUT
        + r"\b[,!\s]{0,4}(?:(?:t[uú]|vos|so|pedazo de|maldit[oa]|pinche)\s+)?(?:\w+[,!\s]{1,3})?"
        + _ES_INSULT_NOUN
        + r"\b"
        r"|\b" + _ES_INSULT_NOUN + r"[,!\s]{1,4}" + _ES_SHUT + r"\b",
    ),
    (
        "risk.harassment",
        "es",
        "worthless-person",
        r"\b(?:eres|sos|es) (?:un[oa]? |solo un[oa]? |una completa |un completo |la mayor |el mayor )?(?:cero a la izquierda|don nadie|nadie|verg[uü]enza (?:para|de)|desperdicio de \w+|error de la naturaleza|estorbo|carga para \w+|lacra|escoria|basura humana|infrahumano|infrahumana|aborto)\b"
        r"|\b(?:eres|sos|est[aá]s) m[aá]s (?:tont[oa]|fe[oa]|gord[oa]|est[uú]pid[oa]|in[uú]til|burr[oa]|bruto|bruta|ignorante|pendej[oa]) que (?:un[oa]? |mi |el |la )?(?:\w+)\b"
        r"|\b(?:cerebro|cabeza|neurona|seso)s? de (?:mosquito|gallina|pájaro|pajaro|ameba|mosca|chorlito|hormiga|piedra|maní|mani|nuez|garbanzo)\b|\btienes (?:menos cerebro|el cerebro|una neurona|media neurona)\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-degraded",
        r"\b(?:tod[oa]s )?(?:los |las |esos |esas |estos |estas |pinches |malditos |putos )?"
        + _ES_GROUP
        + r"\s+(?:son|est[aá]n) (?:tod[oa]s )?(?:unos |unas |una |un |puros |puras |pura |una bola de |una panda de |una manada de )?"
        + _ES_GROUP_ADJ
        + r"\b"
        r"|\b(?:tod[oa]s )?(?:los |las )?" + _ES_GROUP + r" (?:" + _ES_GROUP_ADJ + r")\b(?=[^\n]{0,3}(?:$|[.!,]))",
    ),
    (
        "risk.harassment",
        "es",
        "belongs-in",
        r"\b(?:tu|su) (?:lugar|sitio) (?:es|est[aá]) (?:en )?(?:el |la |un |una )?" + _ES_PLACE_FOR + r"\b"
        r"|\b(?:deber[ií]as? estar|deber[ií]an? estar|vete|v[aá]yase|regresa|vuelve|que (?:la|lo|los|las|te) (?:metan|encierren|manden)) (?:en |a |al )(?:el |la |un |una )?"
        + _ES_PLACE_FOR
        + r"\b",
    ),
    (
        "risk.harassment",
        "ru",
        "likened",
        r"\b"
        + _RU_SUBJECT
        + r"\b"
        + _NEAR_OWN
        + r"\b(?:похож\w* на\s+(?:\w+\s+)?"
        + _RU_BEAST
        + r"|(?:выгляд\w+ как|вылит\w+|(?:ну |прям |прямо |просто |ну прям )?как|будто|словно|точно|жр[её]т как|ест как|ходит как|воняет как|визжит как|хрюка\w+ как)\s+(?:\w+\s+)?"
        + _RU_BEAST_NOM
        + r")\b"
        r"|\b(?:ты|вы)\s+(?:(?:просто|реально|же|настоящ\w+|сам\w*|тупая|тупой|жирная|жирный|старая|старый|страшная|страшный|мерзкая|мерзкий)\s+)?(?:свинья|свиноматка|корова|обезьяна|макака|горилла|крыса|жаба|бегемот|кобыла|чучело|пугало|чудовище|кикимора|ведьма|бомжиха|бомж|шлюха|проститутка|скотина|уродина)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "body-mocked",
        r"\b(?:у (?:неё|нее|него|тебя|вас|ведущ\w+|врачих\w+|тренер\w+|докторш\w+)|твоя|твой|твои|твоё|твое|её|ее|его|какая|какой|какие|ну и|с такой|с таким|с такими|с этой|с этим|эта|этот|эти)\s+(?:\w+\s+)?(?:"
        + _RU_UGLY
        + r"\s+(?:\w+\s+)?"
        + _RU_BODY
        + r"|"
        + _RU_BODY
        + r"\s+(?:\w+\s+)?(?:у (?:неё|нее|него|тебя)\s+)?"
        + _RU_UGLY
        + r")\b"
        r"|\bс (?:такой|твоей|этой|её|ее|его) (?:рожей|мордой|харей|рылом|жопой|задницей|физиономией|мордой лица)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "sexual-body",
        r"\b(?:покажи\w*|показывай|скинь|сними|снимай|раздвинь|оголи|задери)\s+(?:\w+\s+)?(?:сиськ\w*|сисек|сиси|титьк\w*|буфер\w*|жоп\w*|попк\w*|попу|задниц\w*|ножк\w*|трусик\w*|трусы|лифчик\w*|белье|бельё|грудь)\b"
        r"|\b(?:сиськ\w*|сисек|сиси|титьк\w*|буфер\w*|жоп(?:а|у|ой|к\w+)|попк\w*|задниц\w*|ножк\w*|ляжк\w*|декольте)\s+(?:\w+\s+)?(?:ничего|классн\w+|шикарн\w+|аппетитн\w+|сочн\w+|зач[её]тн\w+|огонь|отпад\w*|зачет|зачёт|что надо|покажи\w*|бы (?:потрогать|помять|полапать|шлепнуть|шлёпнуть))\b"
        r"|\b(?:классн\w+|шикарн\w+|аппетитн\w+|сочн\w+|зач[её]тн\w+|упруг\w+|зачетн\w+) (?:сиськ\w*|сисек|сиси|титьк\w*|буфер\w*|жоп\w+|попк\w*|задниц\w*|ножк\w*|ляжк\w*)\b"
        r"|\b(?:хочу|хотел бы|хочется|я бы|мечтаю|дай)\s+(?:\w+\s+)?(?:тебя|её|ее|вас|ведущ\w+|докторш\w+|врачих\w+|тренерш\w+|медсестр\w+)?\s*(?:трахнуть|трахнул|выебать|выебал|отодрать|отодрал|поиметь|поимел|натянуть|натянул|вдуть|вдул|раздеть|полапать|помацать|облизать|отшлепать|отшлёпать|нагнуть|нагнул|засадить|присунуть|присунул|отыметь)\b"
        r"|\b(?:трахнул|выебал|отодрал|поимел|натянул|вдул|нагнул|присунул|отымел) бы\b|\b(?:раздевайся|оголяйся|раздевайся-ка)\b|\b(?:давай|ну-ка|ну ка|эй),? (?:разденься|оголись)\b|\b(?:разденься|оголись) (?:для (?:нас|меня)|на камеру|в эфире|перед камерой)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "shut-up-insult",
        r"\b"
        + _RU_SHUT
        + r"\b[,!\s—-]{0,4}(?:(?:ты|вы|эй)\s+)?(?:\w+[,!\s]{1,3})?(?:"
        + _RU_INSULT_NOUN
        + r"|"
        + RU["insult"]
        + r"|"
        + RU["slur"]
        + r")"
        r"|(?:" + _RU_INSULT_NOUN + r")[,!\s—-]{1,4}" + _RU_SHUT + r"\b",
    ),
    (
        "risk.harassment",
        "ru",
        "insult-addressed",
        r"\b(?:ты|вы|эй|ну и|какая же|какой же|какая ты|какой ты|эта|этот|эту|этого|ведущ\w+|врачих\w+|докторш\w+|тренерш\w+|@\w+)(?:\s+|\s*[—-]\s*)(?:(?:же|просто|реально|настоящ\w+|конченн?\w+|жирн\w+|старая|старый|тупая|тупой|мерзкая|мерзкий|жалк\w+|полн\w+|законченн?\w+)\s+)?"
        + _RU_INSULT_NOUN
        + r"\b"
        r"|[,!]\s{0,3}" + _RU_INSULT_NOUN + r"(?=[\s.!?)]{0,6}$)"
        r"|^\W{0,3}" + _RU_INSULT_NOUN + r"(?:,|!)(?=[^\n]{0,80}\b(?:ты|тебя|тебе|вы|вас|вам|твой|твоя|твои)\b)",
    ),
    (
        "risk.harassment",
        "ru",
        "worthless-person",
        r"\b(?:ты|вы)\s+(?:(?:просто|реально|же|всего лишь|лишь)\s+)?(?:(?:никто|ничто)(?!\s+не\b)|ноль|пустое место|ошибка природы|отброс(?:ы)? общества|позор (?:профессии|медицины|семьи|человечества|страны)|обуза|балласт|недочеловек\w*|нелюдь|биомусор|мусор|отходы)\b"
        r"|\b(?:от тебя|от вас|от не[её]|от него) (?:меня )?(?:тошнит|воротит|блевать хочется)\b|\bтошнит от (?:тебя|вас|не[её]|него)\b|\b(?:ты|вы) ни на что не (?:годишься|годитесь|способ\w+)\b"
        r"|\b(?:ты|вы|ведущ\w+|врачих\w+|докторш\w+|тренерш\w+)\s+(?:\w+\s+)?(?:тупее|глупее|страшнее|уродливее|жирнее|противнее|мерзее|бестолковее|безмозглее)\s+(?!(?:всего|всех|смерти|ада)\b)\w+\b"
        r"|\b(?:мозгов|мозга|ума|извилин)\s+(?:(?:у (?:тебя|неё|нее|него|вас)|как у|меньше,? чем у|не больше,? чем у)\s+)+(?:курицы|рыбки|хлебушка|табуретки|амёбы|амебы|инфузории|воробья|мухи|пробки|валенка|барана|хомяка)\b"
        r"|\bу (?:тебя|неё|нее|него|вас) (?:вообще )?(?:мозгов|мозга|ума|извилин) (?:нет|ноль|ни грамма|ни капли)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "group-degraded",
        r"\b(?:все |эти |эти ваши |ваши |одни |сплошь )?"
        + _RU_GROUP
        + r"\s+(?:(?:все|это|просто|такие|сплошь|одни|—|-)\s+)?"
        + _RU_GROUP_ADJ
        + r"(?=[\s.!?,)]|$)",
    ),
    (
        "risk.harassment",
        "ru",
        "belongs-in",
        r"\b(?:(?:тебе|вам|ей|ему|им|таким|такой|такому|бабам|бабе|женщинам|женщине|инвалидам|уродам|старухам|старикам)\s+(?:\w+\s+)?(?:место|самое место|только|дорога|прямая дорога)|(?:твоё|твое|ваше|её|ее|его) место)\s+"
        + _RU_PLACE_FOR
        + r"|\b(?:иди|вали|пошла|пош[её]л|марш|катись|отправляйся)\s+"
        + _RU_PLACE_FOR,
    ),
    (
        "risk.harassment",
        "ru",
        "slur-present",
        RU["slur"]
        + r"\s+(?:\w+\s+)?(?:в эфире|на экране|на стриме|в студии|в трансляции|ведёт|ведет|учит|лечит|рассказывает)\b",
    ),
]

# Self-harm by concept, in all three languages: tired of living or existing, wishing never to have been born,
# nobody noticing one's death, a reading-this-I'll-be-gone farewell or a goodbye with a final word, a height or
# a number of pills asked for its lethality, a jump, a hanging or a train in the first person, harm being done
# to oneself now (any tense, clitic or not: "sigo lastimándome", "me hago daño"), deserving death, wanting
# everything to end, no way out but ending it.
_ES_NOT_LITERAL = r"(?! de (?:risa|hambre|sue[ñn]o|fr[ií]o|calor|verg[uü]enza|amor|ganas|aburrimiento|envidia|nervios|la risa|cansancio))"
_RU_NOT_LITERAL = r"(?! (?:со смеху|от смеха|от скуки|от стыда|от любопытства|от зависти|с голоду|от жары|от холода))"
_EN_NOT_LITERAL = r"(?! (?:of (?:laughter|embarrassment|boredom|cringe|hunger|thirst|shame)|laughing|lol|lmao|lmfao|from (?:cringe|laughter|embarrassment)))"
COMPOSITIONS += [
    (
        "risk.self_harm",
        "en",
        "weary-of-life",
        r"\b(?:i'?m|im|i am|so|really|just|been|getting) (?:so |really |just |fucking |honestly )*(?:tired|sick|exhausted|done) (?:of|with) (?:living|being alive|existing|life|this life|my life|waking up|breathing|being here)\b(?! (?:in|alone|with|at|here|on|under|paycheck|out of|off|from|near|by|as)\b)"
        r"|\bi (?:wish|wished) (?:i'?d|i had|i was|i were) never (?:been )?born\b|\bi (?:wish|wished) i (?:didn'?t|did not) exist\b|\b(?:i'?d|i would) rather (?:not exist|be dead|not be alive|not wake up)\b"
        r"|\b(?:no|(?:don'?t|do not|can'?t|cannot) see (?:a|any|another)) (?:way out|escape|other way|other option|other choice) (?:except|but|other than|besides|left but|left except) (?:ending it|ending (?:it|things|my life)|dying|death|suicide|killing myself|to (?:end it|die|kill myself))\b"
        r"|\bi (?:just )?want (?:it all|everything|all of it) to (?:end|stop|be over)\b(?! (?:lol|lmao|so i can|already,? (?:this|the) (?:game|match|workout|stream)))"
        r"|\bi (?:deserve|deserved) to (?:die|be dead|suffer and die)\b"
        + _EN_NOT_LITERAL
        + r"|\bi don'?t deserve to (?:live|be alive|exist)\b",
    ),
    (
        "risk.self_harm",
        "en",
        "gone-when-read",
        r"\b(?:by the time|when|once|if) (?:you|u|anyone|y'?all|you guys|someone) (?:read|reads|see|sees|find|finds) this,? (?:i'?ll|i will|ill|i'?m|i) (?:already )?(?:be )?(?:gone|dead|not be here|not be around|not be alive|no longer be here)\b"
        r"|\b(?:this is|consider this) my (?:final |last )?(?:goodbye|farewell|last message|suicide note|last post)\b"
        + _EN_RETURN_NAMED
        + r"|\b(?:goodbye|bye|farewell) (?:everyone|everybody|all|chat|world|guys|y'?all|friends)\b(?=[^\n]{0,60}\b(?:forever|for good|for the last time|thanks for everything|thank you for everything|sorry for everything|i love you all|it was nice knowing|won'?t see me again|last time)\b)"
        r"|\b(?:nobody|no one|noone) (?:would|will|is going to|gonna) (?:even )?(?:notice|care|realize|realise) (?:if|when) i(?:'m| am)? (?:die|died|dead|gone|disappear(?:ed)?|was gone|were gone|kill(?:ed)? myself|stop(?:ped)? existing)\b",
    ),
    (
        "risk.self_harm",
        "en",
        "lethal-question",
        r"\bhow (?:many|much) (?:of (?:my |these |the |those )?)?(?:\w+ )?(?:pills|tablets|tylenol|advil|ibuprofen|paracetamol|acetaminophen|aspirin|xanax|benadryl|insulin|sleeping pills|melatonin|meds|milligrams|grams)\b[^.!?\n]{0,30}\b(?:(?:would|does|will) it take(?=\s*(?:[?.!,]|$|to (?:die|not wake|never wake|end it|od|overdose|kill)))|would kill|is lethal|is fatal|is deadly|to (?:die|not wake up|never wake up|end it|overdose|od|kill (?:me|myself|a person|someone)))\b(?! to (?:help|work|kick in|feel|start|get|relieve|lower|treat|fix|notice|see))"
        r"|\bhow (?:high|tall|far)\b[^.!?\n]{0,40}\b(?:to (?:die|not survive|kill (?:me|myself|you))|is (?:fatal|lethal|deadly|enough to die)|would kill)\b|\bwhat (?:floor|height|storey|story)\b[^.!?\n]{0,40}\b(?:fatal|lethal|deadly|to die|not survive|kill (?:me|myself|you)|enough to die)\b"
        r"|\b(?:jump|jumping|step|stepping|throw myself|throwing myself) (?:in front of|under|before) (?:a|the|an|that) (?:train|bus|truck|car|subway|metro|lorry)\b|\bwalk(?:ing)? into (?:the|a) (?:sea|ocean|lake|river|traffic) and (?:never|not) (?:come|coming) back\b",
    ),
    (
        "risk.self_harm",
        "es",
        "weary-of-life",
        r"\b(?:estoy |ando |me siento )?(?:hart[oa]|cansad[oa]|agotad[oa]|fastidiad[oa]) de (?:vivir|existir|la vida|mi vida|esta vida|seguir (?:viviendo|aqu[ií]|vivo|viva)|despertar(?:me)?|respirar)\b(?! (?:en|as[ií]|con|aqu[ií]|de|sin|al|para|entre|bajo|lejos|solo|sola|pendiente)\b)(?! la vida (?:de|en))"
        r"|\b(?:ojal[aá]|quisiera|desear[ií]a) (?:no )?(?:nunca )?(?:no )?(?:haber nacido|hubiera nacido|hubiese nacido|existir|existiera)\b|\bmejor (?:no haber nacido|no existir|si no existiera|si no estuviera)\b|\bser[ií]a mejor (?:no existir|no haber nacido|que (?:yo )?no (?:existiera|estuviera))\b"
        r"|\bno vale la pena (?:seguir (?:viviendo|vivo|viva|aqu[ií]|adelante)|vivir|estar viv[oa])\b|\bno quiero (?:seguir|estar|quedarme) (?:aqu[ií]|en este mundo|viv[oa]|m[aá]s tiempo)\b|\bno quiero (?:volver a )?despertar(?:me)?\b"
        r"|\bquiero que (?:todo|esto|esta vida) (?:se )?(?:termine|acabe|pare)\b(?! (?:rápido|pronto|ya) (?:para|y) (?:ir|irme|comer|dormir))"
        r"|\b(?:me )?merezco (?:morir(?:me)?|estar muert[oa]|la muerte|desaparecer)\b|\bno merezco (?:vivir|estar viv[oa]|existir)\b"
        r"|\bno (?:hay|veo|tengo|encuentro) (?:otra )?(?:salida|opci[oó]n|escapatoria) (?:m[aá]s que|que no sea|excepto|salvo) (?:morir(?:me)?|matarme|la muerte|acabar con todo|el suicidio|quitarme la vida)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "gone-when-read",
        r"\bcuando (?:lean|leas|vean|veas|lea) (?:esto|este mensaje),? (?:yo )?(?:ya )?(?:no (?:estar[eé]|voy a estar|existir[eé])|estar[eé] muert[oa]|me habr[eé] ido|habr[eé] muerto)\b"
        r"|\b(?:este|esto) es mi (?:[uú]ltim[oa] (?:mensaje|adi[oó]s|despedida|d[ií]a)|despedida|carta de despedida)\b"
        r"|\bme despido de (?:todos|todas|ustedes|ti|este mundo|la vida|ustedes para siempre)\b(?=[^\n]{0,60}\b(?:para siempre|gracias por todo|perd[oó]n(?:en)?(?:me)?|los quiero|l[oa]s amo|ya no (?:voy a )?estar|no me (?:van a )?ver|fue un placer conocer\w*|cu[ií]dense)\b)|\bme despido de (?:este mundo|la vida)\b"
        r"|\bnadie (?:lo )?(?:notar[ií]a|va a notar|se dar[ií]a cuenta|se va a dar cuenta|le importar[ií]a|me echar[ií]a de menos)\b[^.!?\n]{0,20}\bsi (?:yo )?(?:me muero|muero|muriera|me muriera|desaparezco|desapareciera|me mato|me matara|me voy|ya no estoy|no estuviera)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "means-first-person",
        r"\b(?:tirarme|aventarme|lanzarme|arrojarme|botarme|me (?:voy a |quiero |pienso )?(?:tirar|aventar|lanzar|arrojar|botar)) (?:de|del|desde|por|a|al|bajo) (?:un |una |el |la |las |los |mi )?(?:puente|edificio|balc[oó]n|piso|azotea|techo|ventana|precipicio|acantilado|v[ií]as|tren|metro|autob[uú]s|cami[oó]n|carro|coche|r[ií]o|barranco|terraza|quinto|s[eé]ptimo|d[eé]cimo)\b"
        r"|\b(?:me (?:voy a |quiero |pienso )?(?:colgar|ahorcar|cortar las venas|envenenar|pegar un tiro|disparar)|colgarme|ahorcarme|cortarme las venas|envenenarme|pegarme un tiro|dispararme|ahogarme en el)\b(?! (?:de|del|a|al|en) (?:la |el |una |un )?(?:l[ií]nea|tel[eé]fono|red|wifi|internet|llamada|fiesta|gimnasio|cuerda|barra|moto|bus|metro|espalda|cuello|brazo))"
        r"|\b(?:qu[eé]|cu[aá]nta|desde qu[eé]|de qu[eé]) (?:altura|piso|planta)\b[^.!?\n]{0,50}\b(?:para (?:morir|matarse|matarme|no sobrevivir|no despertar)|es mortal|es letal|mata|muere|te mueres|me muero|no se sobrevive)\b"
        r"|\bcu[aá]nt[oa]s? (?:\w+ )?(?:pastillas|tabletas|p[ií]ldoras|gramos|miligramos|paracetamol|ibuprofeno|clonazepam|alprazolam|insulina)\b[^.!?\n]{0,30}\b(?:hacen falta|se necesitan|necesito|har[ií]an falta|bastan|bastar[ií]an)\b(?=\s*(?:\?|$)|\s+para (?:no despertar|morir|acabar|dormir para siempre|no sentir nada|que sea (?:r[aá]pido|seguro)))",
    ),
    (
        "risk.self_harm",
        "es",
        "harm-now",
        r"\b(?:sigo|estoy|ando|vuelvo a estar|me sigo|me estoy|he estado|llevo \w+ \w+) (?:lastim[aá]ndome|cort[aá]ndome|quem[aá]ndome|golpe[aá]ndome|haci[eé]ndome daño|ara[ñn][aá]ndome|hiri[eé]ndome)\b|\bme (?:sigo|estoy|ando|he estado) (?:lastimando|cortando|quemando|golpeando|haciendo daño)\b(?! (?:el pelo|las uñas|el cabello|la barba|cocinando|con el sol))"
        r"|\bme (?:lastimo|hago daño|hiero|he lastimado|he hecho daño|lastim[eé]|hice daño) (?:a m[ií] mism[oa] |otra vez |de nuevo |a prop[oó]sito |cada noche |todos los d[ií]as |)?(?:para (?:sentir|no sentir|castigarme|calmarme|desahogarme|olvidar)|a prop[oó]sito|cuando (?:estoy|me siento)|otra vez|de nuevo|todas las noches|cada noche|todos los d[ií]as)\b"
        r"|\b(?:me )?(?:estoy quemando|quemo|quem[eé]|corto|cort[eé]|estoy cortando) (?:los brazos|las piernas|las mu[ñn]ecas|la piel|los muslos)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "weary-of-life",
        r"\b(?:я )?(?:устал[аи]?|надоело|задолбало|заебало|сил нет|не могу больше) (?:уже )?(?:жить|существовать|от жизни|просыпаться|так жить)\b(?! (?:в|во|на|с|со|здесь|тут|одн\w+|без|рядом|под|у|по)\b)"
        r"|\bлучше бы я (?:не родил(?:ась|ся)|не рождал(?:ась|ся)|умер(?:ла)?|сдох(?:ла)?|не жил(?:а)?|не существовал(?:а)?)\b|\bзачем (?:я (?:вообще )?родил(?:ась|ся)|мне (?:вообще )?(?:жить|существовать)(?: дальше)?)\b|\bмне (?:незачем|не для чего|не для кого) жить\b|\bне хочу (?:больше )?(?:просыпаться|существовать)\b(?! (?:в|на|с|здесь|тут|там|рядом|как|такой|таким|одн\w+)\b)"
        r"|\b(?:жизнь|всё|все|моя жизнь|существование) (?:не имеет|потерял[ао]?) (?:никакого )?смысла?\b|\bсмысла (?:жить|существовать|продолжать) (?:нет|больше нет|не вижу)\b"
        r"|\b(?:хочу|хочется),? чтобы (?:всё|все|это все|это всё|жизнь) (?:закончил\w*|кончил\w*|прекратил\w*|оборвал\w*)\b(?!,? (?:хорошо|благополучно|быстрее|поскорее|удачно|нормально|без|успешно|миром|для)\b)|\bпусть (?:всё|все|это) (?:закончится|кончится|прекратится)\b(?!,? (?:хорошо|благополучно|быстрее|поскорее|удачно|нормально|без|успешно|миром|для)\b)"
        r"|\b(?:заслуживаю|заслужил[аи]?|достоин|достойна) (?:смерти|умереть|сдохнуть)\b|\bне заслуживаю (?:жить|жизни)\b"
        r"|\b(?:нет|не вижу) (?:другого )?выхода,? (?:кроме|как) (?:умереть|смерти|покончить|уйти из жизни|выпилиться|суицида|петли|окна)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "gone-when-read",
        r"\bкогда (?:вы|ты) (?:это )?(?:прочита\w+|прочт[её]\w+|увидите|увидишь)\b[^.!?\n]{0,20}\b(?:меня (?:уже )?не будет|я (?:уже )?(?:буду мёртв\w*|буду мертв\w*|умру|умер\w*))\b"
        r"|\b(?:сегодня|завтра|это) мой последний (?:день|пост|комментарий|эфир|вечер|раз)\b(?! (?:на|в|до|перед|отпуска|работы|акции|скидок|лета|марафона|курса|учебы|учёбы)\b)|\bпишу (?:свой )?последний (?:раз|пост|комментарий)\b"
        r"|\b(?:написал[аи]?|пишу|оставил[аи]?|оставлю|напишу) (?:уже )?(?:свою |свою последнюю )?предсмертн\w+ (?:записк\w+|письм\w+)\b|\bпредсмертн\w+ записк\w+\b"
        r"|\bникто (?:даже )?не (?:заметит|заметил бы|расстроится|вспомнит|хватится|пожалеет),? (?:если|когда) (?:я )?(?:умру|исчезну|сдохну|меня не станет|покончу)\b"
        r"|\bвсем (?:спасибо|пока|прощайте),? (?:за всё|за все,? )?(?:и )?(?:прощайте|простите|навсегда|больше не увидимся)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "means-first-person",
        r"\b(?:выйти|выйду|выйдет|выходить) (?:в|из) окн[оа]\b|\b(?:прыгнуть|прыгну|спрыгнуть|спрыгну|шагнуть|шагну|сброситься|сброшусь|броситься|брошусь|кинуться|кинусь) (?:с|со|под|из) (?:\w+ )?(?:крыш\w+|мост\w*|балкон\w*|этаж\w*|окн\w+|поезд\w*|электричк\w+|машин\w+|метро|высотк\w+|многоэтажк\w+)\b"
        r"|\bс (?:какого|какой) (?:этажа|высоты)\b[^.!?\n]{0,40}\b(?:прыгнуть|прыгать|наверняка|насмерть|разбиться|умереть|не выжить)\b|\bкакая (?:нужна )?высота\b[^.!?\n]{0,30}\b(?:насмерть|наверняка|разбиться|умереть)\b"
        r"|\b(?:повешусь|вздёрнусь|вздернусь|удавлюсь|утоплюсь|отравлюсь|застрелюсь|зарежусь|вскроюсь|траванусь|наглотаюсь)\b|\b(?:хочу|думаю|собираюсь|решил\w*|пора|надо) (?:\w+ )?(?:повеситься|вздёрнуться|вздернуться|удавиться|утопиться|отравиться|застрелиться|вскрыться|траваться|лечь под поезд|броситься под поезд)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "harm-now",
        r"\b(?:опять|снова|каждый день|каждую ночь|до сих пор|всё ещё|все еще|продолжаю) (?:\w+ )?(?:режу|резала|резал|порезал\w*|царапаю|жгу|прижигаю|бью|калечу|причиняю (?:себе )?боль)\b(?=[^.!?\n]{0,20}\b(?:себя|себе|руки|руку|ноги|запяст\w+|вены|кожу)\b)"
        r"|\b(?:режу|резала|резал|порезал\w*|царапаю|прижигаю|калечу) (?:себе )?(?:руки|руку|ноги|запяст\w+|вены|кожу|бедра|бёдра)\b|\bпричиняю себе боль\b|\bделаю себе больно\b",
    ),
]

# More abuse concepts: a group likened to vermin or wished ill ("deserve their heart attacks", "сами виноваты",
# "se lo buscaron", "should be put down"), a role with a degrading adjective or a superlative one ("the dumbest
# doctor", "самый тупой врач"), age as an insult with an order to retire, no place for a group in a profession,
# a headscarf ordered off, a woman or a man's gender denied, a looks-based "with that face, nobody...", a host
# told to lose weight, a masked slur (one letter starred), sexual remarks about the host's body.
_EN_PATIENTS = r"(?:fat (?:people|patients|folks|ppl)|obese (?:people|patients)|fatties|diabetics|smokers|old (?:people|folks|farts|geezers)|the elderly|boomers|junkies|addicts|alcoholics|drunks|heart patients|people with depression|depressed people|bipolar people|crazies|the mentally ill|mentally ill people|immigrants|migrants|foreigners|illegals|refugees|gays|trans people|disabled people|cripples)"
_ES_PATIENTS = r"(?:(?:los |las |esos |esas )?(?:gord[oa]s|obes[oa]s|diab[eé]tic[oa]s|fumadores|viej[oa]s|ancian[oa]s|abuel[oa]s|drogadictos|borrachos|alcoh[oó]licos|cardi[aá]cos|deprimid[oa]s|loc[oa]s|inmigrantes|migrantes|extranjeros|ilegales|refugiados|gays|maricones|discapacitados|inv[aá]lidos|los que van al psic[oó]logo))"
_RU_PATIENTS = r"(?:жирн(?:ые|ых|ым)|толст(?:ые|ых|ым|яки)|толстяк(?:и|ов|ам)|диабетик(?:и|ов|ам)|курильщик(?:и|ов|ам)|старик(?:и|ов|ам)|старух(?:и|ам)|стар(?:ые|ых|ым|ичьё|ичье)|пенсионер(?:ы|ов|ам)|бабк(?:и|ам)|сердечник(?:и|ов|ам)|наркоман(?:ы|ов|ам)|алкаш(?:и|ей|ам)|алкоголик(?:и|ов|ам)|психи|депрессивн(?:ые|ых)|мигрант(?:ы|ов|ам)|приезж(?:ие|их|им)|понаехавш(?:ие|их)|гастарбайтер(?:ы|ов)|инвалид(?:ы|ов|ам)|калек(?:и|ам)|геи|гомик(?:и|ов))"
_EN_VERMIN = r"(?:rats|cockroaches|roaches|vermin|animals|parasites|pigs|cattle|insects|lice|leeches|locusts|a plague|a virus|a disease|cancer|savages|apes|monkeys|dogs|trash|garbage)"
_ES_VERMIN = r"(?:ratas|cucarachas|alima[ñn]as|animales|par[aá]sitos|cerdos|ganado|insectos|piojos|sanguijuelas|langostas|una plaga|plaga|un virus|una enfermedad|un c[aá]ncer|salvajes|monos|perros|basura|escoria)"
_RU_VERMIN = r"(?:крыс(?:ы|ами)|таракан(?:ы|ами)|паразит(?:ы|ами)|скот(?:ом)?|свинь(?:и|ями)|животн(?:ые|ыми)|вш(?:и|ами)|саранч(?:а|ой)|чум(?:а|ой)|зараз(?:а|ой)|обезьян(?:ы|ами)|собак(?:и|ами)|мусор(?:ом)?|быдл(?:о|ом)|грязь|гниль|плесень)"
_EN_ROLE_ANY = r"(?:guest|receptionist|dentist|paramedic|medic|host|streamer|doc|doctor|nurse|coach|trainer|pharmacist|surgeon|cardiologist|presenter|instructor|physio|therapist|lady|woman|guy|dude|man)"
_ES_ROLE_ANY = r"(?:invitad[oa]|recepcionista|dentista|fisio|presentador[a]?|entrenador[a]?|enfermer[oa]|doctor[a]?|m[eé]dic[oa]|coach|farmac[eé]utic[oa]|host|cirujan[oa]|cardi[oó]log[oa]|tipa?|señor[a]?|mujer|hombre)"
_RU_ROLE_ANY = r"(?:гость|гостья|гостью|гостье|гостя|гостем|гостю|аптекарш\w*|регистратор\w*|администратор\w*|стоматолог\w*|врач\w*|врачих\w*|доктор\w*|докторш\w*|ведущ\w+|тренер\w*|тренерш\w*|медсестр\w*|фармацевт\w*|хирург\w*|кардиолог\w*|блогер\w*|тётк\w+|тетк\w+|мужик\w*|баб\w+)"
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "group-vermin",
        r"\b"
        + _EN_GROUPS_PL
        + r"\b[^.!?\n]{0,30}\b(?:are|r)? ?(?:just |all |nothing but )?(?:like |as bad as |no better than )"
        + _EN_VERMIN
        + r"\b"
        r"|\b"
        + _EN_PATIENTS
        + r"\b[^.!?\n]{0,30}\b(?:deserve (?:it|their|what they get|to (?:die|suffer|rot))|did this to themselves|brought (?:it|this) on themselves|had it coming|should (?:all )?be (?:put down|gassed|shot|euthanized|left to die|exterminated)|should(?:n'?t| not) (?:even )?(?:get|be given|receive) (?:treatment|care|a bed|help)|let them (?:rot|die|suffer))\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-vermin",
        r"\b"
        + _ES_GROUP
        + r"\b[^.!?\n]{0,30}\b(?:son|est[aá]n)? ?(?:como|igual que|peor que|igualitos a) (?:las |los |unas |unos )?"
        + _ES_VERMIN
        + r"\b"
        r"|\b"
        + _ES_PATIENTS
        + r"\b[^.!?\n]{0,30}\b(?:se lo (?:buscaron|merecen|tienen merecido|ganaron)|se (?:merecen|merecían) (?:el|la|lo|su|sus|morir)|habr[ií]a que (?:dejarlos|dejarlas) morir|que se mueran|que se pudran|dejarlos morir|no (?:deber[ií]an|merecen) (?:ni )?(?:recibir|tener) (?:tratamiento|atenci[oó]n|cama)|enci[eé]rr\w+|son unos? (?:locos|d[eé]biles|flojos|cobardes|llorones|exagerados))\b",
    ),
    (
        "risk.harassment",
        "ru",
        "group-vermin",
        r"\b(?:"
        + _RU_GROUP
        + r"|"
        + _RU_PATIENTS
        + r")\b[^.!?\n]{0,30}\b(?:как|словно|будто|хуже) "
        + _RU_VERMIN
        + r"(?=[\s.!?,)]|$)"
        r"|\b"
        + _RU_PATIENTS
        + r"\b[^.!?\n]{0,30}\b(?:сами виноват\w*|сами (?:довели|доигрались|напросились)|заслужил\w*|так им и надо|пусть (?:сдохнут|подыхают|умирают|мрут|гниют|освобождают место)|лечить не (?:надо|нужно|стоит)|не надо лечить|не нужно лечить|нечего лечить|(?:на|в) помойку|туда им и дорога)\b",
    ),
    (
        "risk.harassment",
        "en",
        "role-degraded",
        r"\b(?:the |that |this |a |an |ur |your )?(?:dumbest|stupidest|ugliest|fattest|most useless|most pathetic|most incompetent|most disgusting|laziest) "
        + _EN_ROLE_ANY
        + r"s?\b"
        r"|\b(?:fat|obese|ugly|bald|old|stuttering|crippled|fugly|disgusting) (?:\w+ )?"
        + _EN_ROLE_ANY
        + r"s? (?:teaching|lecturing|running|hosting|doing|giving|talking about|telling)\b"
        r"|\b(?:"
        + _EN_ROLE_ANY
        + r"|she|he|you|u)\b[^.!?\n]{0,20}\bshould (?:lose|drop) (?:some |a few |\d+ ?)?(?:weight|pounds|lbs|kilos|kg|fat)\b"
        r"|\b(?:with|having) (?:that|this|such a|a) (?:face|nose|body|gut|belly|figure)\b[^.!?\n]{0,10}\b(?:no wonder|nobody|no one|noone|you should|u should|should)\b"
        r"|\b(?:go back|deport|send (?:her|him|them) back)\b[^.!?\n]{0,20}\b(?:across the border|to (?:your|ur) (?:country|village|hut|cave|jungle|desert)|to (?:russia|china|india|mexico|africa|pakistan|where (?:you|u) came from))\b|\bdeport (?:the|that|this) "
        + _EN_ROLE_ANY
        + r"\b"
        r"|\b(?:she'?s|she is|shes|the \w+ is|that \w+ is) (?:obviously|clearly|definitely) (?:a )?(?:dude|man|guy|bloke|man in a (?:dress|wig))\b(?! (?:to|of|who|that|with|and)\b)|\bpronouns? (?:are|is) \"?it\"?",
    ),
    (
        "risk.harassment",
        "es",
        "role-degraded",
        r"\b(?:eres|es|sos) (?:el|la) "
        + _ES_ROLE_ANY
        + r" m[aá]s (?:in[uú]til|tont[oa]|est[uú]pid[oa]|fe[oa]|gord[oa]|incompetente|ignorante|pat[eé]tic[oa]|asqueros[oa]|malo|mala|burr[oa])\b"
        r"|\b(?:un[oa]? )?"
        + _ES_ROLE_ANY
        + r" (?:gord[oa]|obes[oa]|fe[oa]|calv[oa]|viej[oa]|tartamud[oa]|coj[oa]|panz[oó]n[a]?) (?:dando|ense[ñn]ando|hablando|explicando|presentando|que (?:da|ense[ñn]a|habla))\b"
        r"|\b(?:"
        + _ES_ROLE_ANY
        + r")\b[^.!?\n]{0,20}\bdeber[ií]a (?:adelgazar|bajar de peso|ponerse a dieta|perder (?:peso|unos kilos))\b"
        r"|\bcon (?:esa|esta|semejante) (?:cara|jeta|nariz|pinta|panza|barriga|facha)\b[^.!?\n]{0,10}\b(?:nadie|normal que|no me extra[ñn]a|ni (?:tu|su) madre)\b"
        r"|\b(?:es|son) (?:un|una) (?:vejestorio|carcamal|fósil|fosil|dinosaurio|momia|anciana decrépita|viejo decrépito)\b|\b(?:abuel[oa]|viejit[oa]|vieja|viejo|carcamal|vejestorio),? (?:vete|v[aá]yase|que se jubile|jub[ií]lese|jub[ií]late|a jugar|al asilo)\b|\bque se jubile ya\b"
        r"|\b(?:qu[ií]tate|qu[ií]tese|fuera) (?:el|ese|esa|la) (?:velo|hiyab|hijab|pañuelo|turbante|burka|kip[aá])\b|\b(?:un|una) (?:tipo|hombre|señor) disfrazad[oa]\b|\bes un (?:tipo|hombre|señor) (?:vestido|disfrazado)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "role-degraded",
        r"\b(?:ты|вы|он|она|это)?\s*(?:самый|самая|самое) (?:тупой|тупая|бездарный|бездарная|никчёмный|никчемный|никчёмная|никчемная|мерзкий|мерзкая|жирный|жирная|страшный|страшная|уродливый|уродливая|глупый|глупая|худший|худшая|бесполезный|бесполезная|ужасный|ужасная) "
        + _RU_ROLE_ANY
        + r"\b"
        r"|\b(?:толст\w+|жирн\w+|страшн\w+|лыс\w+|стар\w+|кривоног\w+|пузат\w+) "
        + _RU_ROLE_ANY
        + r" (?:учит|ведёт|ведет|рассказывает|лечит|показывает|говорит)\b"
        r"|\b(?:"
        + _RU_ROLE_ANY
        + r"|тебе|ей|ему|сам\w*) (?:\w+ )?(?:бы |сначала |самому |самой )*(?:похудеть|скинуть (?:вес|килограмм\w*|\w+ кило)|сесть на диету)\b"
        r"|\bс (?:таким|такой|этим|этой) (?:лицом|рожей|мордой|внешностью|фигурой|пузом|носом)\b[^.!?\n]{0,10}\b(?:только|лучше|никто|никому|нельзя|не (?:вылезай|показывайся|выходи))\b"
        r"|(?<!\bя )\b(?:стар\w+ (?:пень|хрыч\w*|карг\w+|кошёлк\w+|кошелк\w+|маразматик\w*|развалин\w+)|бабк[аи],? иди|дед(?:ок|уля)?,? иди|на лавочку|на пенсию пора|пора на пенсию|в дом престарелых)\b"
        r"|\b(?:"
        + _RU_ROLE_ANY
        + r"|ты|вы)\b[^.!?\n]{0,15}(?:—|-)?\s*(?:(?:явно|точно|сразу видно|по голосу|видно же)\s+)?(?:п\*д\w+|п\*др\w*|пид\*р\w*|педи\*\w*|п3д\w+|х\*ч\w*|ч\*рк\w*|ж\*д\w*|нег\*\w*|ниг\*\w*)"
        r"|\b(?:сними|снимай|убери) (?:свой |этот |свою |эту )?(?:платок|хиджаб|паранджу|тюбетейку|ермолку|кипу)\b|\b(?:да это|это же|это) (?:переодетый )?(?:мужик|мужчина) (?:переодетый|в парике|в платье)\b|\bмужик переодетый\b"
        r"|\b(?:бабам?|бабе|женщинам?|женщине|девкам?|инвалидам?|калекам?|старикам|таким) (?:не место|нечего делать) (?:в|на)\b|\b(?:бабе|женщине) место (?:на кухне|у плиты)\b|\b(?:иди|шла бы|пусть идёт|пусть идет) (?:лучше )?(?:борщ\w* вари\w*|на кухню|щи варить|пелёнки стирать|пеленки стирать)\b",
    ),
    (
        "risk.harassment",
        "en",
        "slur-masked",
        r"\b(?:ch\*nk|ch1nk|chi\*k|sp\*c|sp1c|tr\*nny|tr\*nnies|f\*g|f\*gs|f\*ggot|f\*gg0t|n\*gg\w*|k\*ke|wh\*re|wh0re|sl\*t|sl00t|sl0t|r\*tard\w*)(?!\w)",
    ),
    (
        "risk.harassment",
        "en",
        "sexual-demand",
        r"\b(?:turn around|bend over|bends over|bending over|face the camera)\b[^.!?\n]{0,40}\b(?:booty|ass|butt|tits|boobs|again|for us|for me|🤤|😏|😈)"
        r"|\b(?:send|dm|show) (?:me |us )?(?:pics|photos|nudes|a pic|more) (?:of )?(?:that|your|ur|those) (?:booty|ass|butt|tits|boobs|body|feet|legs)\b"
        r"|\b(?:i'?d|i would) (?:let (?:her|him) check|fake a heart attack|get sick)\b[^.!?\n]{0,40}\b(?:more than my|just (?:so|to) (?:she|he|you|u) (?:could|can|would)|(?:hands|lips) on (?:my|me))\b"
        r"|\b(?:wanna|want to|i'?d|would) f[*u]ck (?:the|that|this|her|him|you|u)\b|\b(?:screenshot\w*|saving|saved|rewatch\w*|replay\w*) (?:\w+ ){0,3}(?:the |that |this )?(?:nurse|host|doc|doctor|trainer|coach|pharmacist|streamer|presenter)\b[^.!?\n]{0,40}(?:for later|private|collection|😏|🤤|😈)|\b(?:rewatch\w*|replay\w*) (?:\w+ ){0,3}the part where (?:she|he|the \w+) bends",
    ),
    (
        "risk.harassment",
        "es",
        "sexual-demand",
        r"\b(?:date la vuelta|ponte de espaldas|ag[aá]chate|inclínate)\b[^.!?\n]{0,50}\b(?:trasero|culo|nalgas|pompis|te quiero ver|quiero verte)\b"
        r"|\bcon (?:esas|esos|ese|esa) (?:curvas|piernas|piernotas|pechos|tetas|nalgas|caderas|labios|culo|trasero|cuerpo|cuerpazo)\b"
        r"|\b(?:me pones|me pone) (?:a mil|cachond\w+|caliente|bien)\b|\bganas de (?:cogerme|follarme|tirarme|comerme) a\b|\bp[aá]same (?:fotos|fotitos|pics) (?:en|sin) (?:ropa|lencer[ií]a|bikini|calzones|tanga)\b"
        r"|\b(?:guardando|guard[eé]|tengo) (?:capturas|fotos|screens?) de (?:la|el) "
        + _ES_ROLE_ANY
        + r"\b[^.!?\n]{0,40}(?:privad|colecci[oó]n|para (?:m[ií]|despu[eé]s|luego))",
    ),
    (
        "risk.harassment",
        "ru",
        "sexual-demand",
        r"\b(?:как(?:ая|ие|ой) (?:\w+ )?|ради таких |за таких |с такими |у (?:неё|нее|ведущ\w+|медсестр\w+|докторш\w+|врачих\w+|тренерш\w+) )(?:груд(?:ь|и|ью)|сиськ\w*|сисек|сиси|жоп\w*|попк\w*|попой|задниц\w*|ножк\w*|ног(?:и|ами))\b(?=[^.!?\n]{0,40}(?:давлени|пульс|встал|поднял|слюн|на приём|на прием|🤤|😏|😈|🔥|\bу (?:ведущ|медсестр|докторш|врачих|тренерш)))"
        r"|\b(?:я бы|хочу|хотел бы) (?:её|ее|эту|тебя)?\s*(?:вые\W{0,3}\w*|выеб\w*|вы[*]+\w*|тр[*]х\w*|отодрал|поимел|вдул|натянул)\b"
        r"|\b(?:сохраняю|сохранил\w*|собираю|коллекционирую) (?:скрин\w*|фотк\w*|фото|кадр\w*) (?:\w+ )?(?:медсестр\w+|ведущ\w+|докторш\w+|врачих\w+|тренерш\w+)\b",
    ),
    (
        "risk.harassment",
        "es",
        "slur-masked",
        r"\b(?:negr\*t\w|negr4t\w|n\*gr[oa]|m\*ric[oó]n|s\*daca)(?!\w)",
    ),
]

# Veiled threats by concept: "it would be a shame if", paying with one's life, being careful going home tonight,
# people like you have accidents or disappear, "while you still can", someone will get hurt, arriving armed, a
# place that will go up in the air, brakes cut.
COMPOSITIONS += [
    (
        "risk.threat",
        "en",
        "veiled-concept",
        r"\b(?:would|it'?d|will) be (?:a )?(?:real |such a |terrible |awful )?(?:shame|pity|sad|tragic) if (?:something|anything|your|ur|they|the|that|this|someone|she|he)\b(?=[^.!?\n]{0,60}\b(?:fire|burn\w*|happen\w*|got in|caught|hurt|didn'?t come home|(?:never|not) (?:come|make it) home|disappear\w*|accident|broke|crash\w*|found out)\b)"
        r"|\b(?:pay|paying) (?:for (?:it|this|that) )?with (?:your|ur|his|her|their) (?:life|lives|blood)\b"
        r"|\b(?:better|should|had better|needs to) (?:be (?:very )?careful|watch (?:herself|himself|themselves|yourself|your step|out)|drive safe)\b(?=[^.!?\n]{0,40}\b(?:tonight|leaves?|leaving|parking|driving home|walk(?:ing)? (?:home|to)|one night|alone|after (?:work|the show|the stream|her shift|his shift))\b)"
        r"|\b(?:people|doctors|hosts|nurses|pharmacists|guys|folks) like (?:you|u|her|him|them) (?:tend to|often|have a way of|usually|sometimes) (?:disappear\w*|get hurt|have accidents|end up (?:dead|hurt|missing))\b"
        r"|\benjoy (?:\w+ ){0,4}while (?:you|u) still can\b|\b(?:if|unless)\b[^.!?\n]{0,50}\b(?:someone|somebody|people) (?:is|are|will) (?:gonna |going to )?(?:get|be) (?:hurt|killed|shot)\b"
        r"|\b(?:i'?ll|i will|i'?m gonna|im gonna|i'?m going to|i'?m coming|coming|i'?ll be there|see you) (?:\w+ ){0,4}(?:armed|strapped|with (?:a |my )?(?:loaded )?(?:gun|glock|rifle|shotgun|pistol|ak-?47|ar-?15|machete|baseball bat|knife))\b"
        r"|\b(?:cut|cutting|messed with|put something in|tampered with) (?:your|ur) (?:\S+ )?(?:brake|brakes|brake line|brake lines)\b|\b(?:go(?:ing)? boom|blow(?:ing)? sky high|go(?:ing)? up in flames)\b[^.!?\n]{0,30}\b(?:at|in) (?:your|ur|the|that|this)\b",
    ),
    (
        "risk.threat",
        "es",
        "veiled-concept",
        r"\b(?:ser[ií]a (?:una )?(?:pena|l[aá]stima|triste)|qu[eé] (?:pena|l[aá]stima) (?:ser[ií]a|si)) (?:que|si)?\b(?=[^.!?\n]{0,60}\b(?:fuego|quem\w+|pas\w+ algo|accidente|desaparec\w+|no (?:volviera|llegara)|herid\w+)\b)"
        r"|\b(?:lo|la|me lo) (?:pagas|pagar[aá]s|pagar[aá]|pagan|pagar[aá]n) con (?:tu|su) (?:vida|sangre)\b|\bcon (?:tu|su) vida (?:lo )?(?:pagas|pagar[aá]s|pagar[aá])\b"
        r"|\bles (?:pasan|ocurren|suelen pasar|pueden pasar) (?:cosas|accidentes)\b|\balguien (?:va a|podr[ií]a|puede) (?:salir|resultar) (?:herid\w+|lastimad\w+|muert\w+)\b"
        r"|\b(?:llego|llegar[eé]|voy|ir[eé]|vengo|vendr[eé]|aparezco|aparecer[eé]) (?:\w+ ){0,4}armad[oa]s?\b|\bvuela por los aires\b|\bvolar[aá] por los aires\b|\b(?:le |te )?(?:cort[eé]|cortar[eé]|voy a cortar) los frenos\b"
        r"|\b(?:ten|tenga|tened) cuidado (?:al (?:salir|manejar|volver)|cuando (?:salgas|salga|vuelvas|manejes)|esta noche)\b|\bmaneja con cuidado\b(?=[^\n]{0,40}\b(?:frenos|coche|carro|ruedas)\b)",
    ),
    (
        "risk.threat",
        "ru",
        "veiled-concept",
        r"\b(?:(?:будет|было бы) (?:очень )?(?:жаль|обидно|грустно)|(?:жаль|обидно) (?:будет|было бы)),? (?:если|когда)\b(?=[^.!?\n]{0,60}\b(?:сгори\w*|пожар\w*|случит\w*|пропад\w*|не верн[её]т\w*|авари\w*|сломает\w*)\b)"
        r"|\b(?:жизнью|своей жизнью|кровью) (?:за это |мне )?(?:заплатишь|ответишь|заплатите|ответите|поплатишься)\b|\b(?:заплатишь|ответишь|поплатишься) (?:за это )?(?:жизнью|своей жизнью|головой)\b"
        r"|\b(?:лучше|советую) не (?:выходить|ходить|гулять|ездить) (?:одн\w+|по вечерам|вечером|ночью|без охраны)\b|\bпеняй на себя\b|\bбудь(?:те)? осторожн\w+\b(?=[^\n]{0,40}\b(?:школ\w+|дочк\w+|сын\w*|машин\w+|вечер\w*|ночью|по дороге|дом\w*)\b)|\bкак там (?:твоя|твой|ваша|ваш) (?:\w+ )?(?:доч\w+|сын\w*|жена|муж|дети|семья)\b[^\n]{0,40}\b(?:осторож\w+|бойся|береги)"
        r"|\b(?:с такими|с людьми|с врачами|с теми),? (?:как (?:ты|вы)\b[^.!?\n]{0,10})?(?:иногда |бывает,? |часто )?(?:случаются|бывают|происходят) (?:несчастные случаи|неприятности|аварии)\b|\bкто-то (?:может |точно )?пострадает\b"
        r"|\b(?:приду|приеду|заявлюсь|явлюсь|буду) (?:\w+ ){0,3}(?:с оружием|вооруж[её]нн\w+|со стволом|с ружь[её]м|с ножом|с битой)\b|\b(?:перерезал|перережу|подпилил|подпилю) (?:тебе |вам )?(?:тормоз\w+|шланг\w*)\b|\bбудет без (?:стёкол|стекол|колёс|колес)\b",
    ),
]

# More self-harm concepts: the act announced with a split clitic ("me voy a suicidar", "себя убью"), a farewell
# that begs forgiveness or hands over a pet, not waking up wished, a rope or a bridge, the burden gone ("would
# be relieved if I was gone", "я обуза"), medicine stopped on purpose, the slang of it ("sewerslide",
# "самовыпил"), how long dying takes or how to cut unseen, suicide with a time or a plan, "what's the point of
# waking up", starving until one disappears, an illness asked to take one.
COMPOSITIONS += [
    (
        "risk.self_harm",
        "en",
        "intent-concept",
        r"\b(?:planning|plan|going|gonna|decided|ready|about) to end it\b(?! (?:with|for|between|early|now,? (?:guys|chat)|off|here|there))(?=[^\n]{0,40}(?:tonight|today|this (?:week|weekend)|tomorrow|soon|for good|$|\.|,))"
        r"|\b(?:sewerslide|sewer slide|unalive (?:myself|me)|kms)\b|\bsu?[*]?i[*]?c[*]?ide\b(?=[^.!?,;\n]{0,30}\b(?:tonight|today|tomorrow|this weekend|i have a plan|have a plan|my plan|decided)\b)|\bs\*icide\b|\bsu\*cide\b"
        r"|\bwish i (?:wouldn'?t|won'?t|didn'?t|would not|could just not|could not|would never|never) wake up\b|\bwhat'?s the point (?:of|in) (?:even )?(?:waking up|living|being alive|going on|existing)\b"
        r"|\b(?:would|will|'d) be (?:relieved|better off|happier|fine|glad) (?:if|when) i(?:'m| am)? (?:was |were |am )?(?:gone|dead|not around|not here|no longer here)\b"
        r"|\b(?:stopping|stopped|quit|quitting|not taking|skipping) (?:all )?(?:of )?my (?:\w+ )?(?:meds|medication|insulin|pills|medicine)\b[^.!?\n]{0,30}\b(?:on purpose|so it (?:just )?happens|hoping it ends|to die|so i die|until it'?s over|and let it)\b"
        r"|\b(?:bought|got|have|picked up) (?:a|the|some) rope\b(?! for| to (?:climb|tie|hang (?:a|the|my) (?:hammock|swing|clothes|laundry))| jump)(?=[^\n]{0,40}(?:today|tonight|know what|for myself|$|\.))"
        r"|\b(?:a good|the perfect|the right|a nice) (?:place|spot|way) to (?:end it|die|jump|go)\b|\b(?:sitting|standing|lying) (?:in|on) (?:the|my) (?:bathroom|bath|tub|roof|ledge|bridge)\b[^.!?\n]{0,20}\bwith (?:a|the|my) (?:razor|blade|knife|rope|pills|gun)\b"
        r"|\b(?:best|easiest|quickest) way to (?:cut|hurt myself|die)\b[^.!?\n]{0,30}\bwithout (?:anyone|people|my parents|them) (?:noticing|seeing|knowing|finding out)\b|\bis (?:an? )?(?:\w+ )?overdose painless\b|\b(?:hope|hoping|wish) (?:this|my) (?:heart condition|condition|disease|illness|cancer|heart) (?:just )?(?:takes|kills|finishes) me\b",
    ),
    (
        "risk.self_harm",
        "es",
        "intent-concept",
        r"\bme (?:voy a|quiero|pienso|estoy pensando en|dan ganas de) (?:\w+ )?(?:suicidar|matar|quitar la vida|colgar|ahorcar|envenenar)\b(?!\w)(?! (?:a|al|de|del|en|con|por|la|el|los|las|un|una)\b)(?!\s*(?:de|con) (?:risa|trabajo|estudiar))"
        r"|\b(?:esta|es) (?:es )?mi despedida\b|\bperd[oó]n(?:en|adme|enme|ame)?(?:me)? por lo que (?:voy a hacer|he hecho|hice|har[eé])\b|\bcuiden (?:a|de) mi (?:perro|perrita|gato|gatita|hij[oa]|mam[aá]|familia) por m[ií]\b|\bya me desped[ií] de (?:mi familia|todos|todo el mundo|mis hijos|mi madre)\b"
        r"|\b(?:hoy|esta noche|mañana|esta semana|este fin de semana) se (?:termina|acaba) todo\b|\bojal[aá] (?:me duerma y )?no (?:despert(?:ar|ara|ase|e)|amanec(?:er|iera|iese|a))\b|\b(?:le )?pido a dios (?:que )?no (?:despertar|amanecer|me despierte)\b"
        r"|\b(?:estar[ií]an|estar[ií]a|ser[ií]an|ser[ií]a) (?:todos )?(?:mejor|m[aá]s felices|tranquil\w+) si (?:yo )?no (?:existiera|estuviera|viviera)\b"
        r"|\bdej[eé] (?:la|el|mis|las) (?:\w+ ){0,3}(?:insulina|pastillas|medicinas|medicamentos|tratamiento)\b[^.!?\n]{0,20}\ba prop[oó]sito\b"
        r"|\b(?:ya )?compr[eé] (?:la|una) (?:cuerda|soga)\b|\b(?:el puente|las v[ií]as|el mar|la azotea)\b[^.!?\n]{0,20}\bme (?:est[aá] llamando|llama)\b"
        r"|\bcu[aá]nto (?:tarda|tardar[ií]a) (?:uno |una |alguien )?en morir\b|\bc[oó]mo (?:me )?cort(?:o|arme)\b[^.!?\n]{0,20}\bsin que (?:se note|nadie (?:lo )?(?:note|vea|sepa))\b|\bqu[eé] dosis de \w+ es (?:mortal|letal)\b(?=[^\n]{0,30}\bpara m[ií]\b)"
        r"|\bdejar de comer hasta (?:desaparecer|morir(?:me)?)\b|\bojal[aá] (?:este|mi) (?:coraz[oó]n|enfermedad|c[aá]ncer) (?:se pare|me lleve|acabe conmigo)\b|\bsuicid\w+\b(?=[^.!?,;\n]{0,30}\b(?:esta noche|hoy|mañana|tengo (?:un )?plan|decidid\w+)\b)",
    ),
    (
        "risk.self_harm",
        "ru",
        "intent-concept",
        r"\bсебя (?:убью|прикончу|порешу|угроблю|уничтожу)\b|\b(?:само)?выпил(?:иться|юсь|ился|илась)\b|\bсамовыпил\w*\b"
        r"|\bэто (?:моё|мое) последнее (?:сообщение|письмо|видео)\b|\b(?:мама|мамочка|папа|родные),? прости(?:те)? меня\b(?=[^\n]{0,60}\b(?:последн\w+|прощ\w+|больше не|навсегда)\b)|\bсо всеми (?:уже )?попрощал(?:ся|ась)\b"
        r"|\bлучше бы я (?:завтра |утром |сегодня )?не проснул(?:ся|ась)\b|\bхочу (?:уснуть|заснуть),? (?:и|чтобы) (?:больше )?не проснуться\b"
        r"|\bя (?:просто |только |лишь )?обуза\b|\bбез меня (?:всем|им|семье) (?:будет )?(?:лучше|легче|спокойнее)\b"
        r"|\bспециально (?:бросил\w*|перестал\w*|не пью|не принимаю|не колю) (?:пить |принимать |колоть )?(?:\w+ )?(?:таблетки|лекарства|инсулин)\b"
        r"|\b(?:купил\w*|купила|есть|взял\w*) (?:уже )?(?:верёвк\w+|веревк\w+|петл\w+)\b(?=[^\n]{0,40}\b(?:осталось|решиться|сегодня|ночью|для себя)\b)|\b(?:пойду|иду|поеду) на (?:мост|крышу)\b[^\n]{0,30}\b(?:всё закончится|все закончится|и конец|прыгну|навсегда)\b"
        r"|\b(?:быстрее|легче|надёжнее|надежнее|безболезненнее) (?:таблетками|газом|верёвкой|веревкой|с крыши|под поездом)\b|\bкак (?:резать(?:ся)?|порезаться|порезать себя)\b[^.!?\n]{0,10}\bчтобы никто не (?:увидел|заметил|узнал)\b"
        r"|\b(?:суицид|самоубийство)\b(?=[^.!?,;\n]{0,30}\b(?:сегодня|завтра|решил\w*|план|ночью)\b)|\bхочу (?:всё |все )?закончить (?:всё|все|с жизнью|с этим)\b|\bзакончить (?:всё|все),? навсегда\b|\b(?:на этой неделе|сегодня|завтра|ночью) (?:всё|все) закончу\b"
        r"|\bпора уходить\b(?=[^\n]{0,60}\b(?:таблетк\w+|верёвк\w+|веревк\w+|одна|один|решил\w*)\b)|\b(?:выпить|выпью|проглотить) все (?:\w+ )?таблетки\b|\bголодать,? пока не (?:исчезну|умру)\b",
    ),
]

# More threat concepts: harm "one by one" or everyone "dealt with", paying dearly, a fate foretold ("end up in a
# ditch", "найдут в лесу"), a family told to watch out, how easy it is to find someone, a day and a place with
# "be ready", coming to break everything, a face to be smashed, poison slipped in, a weapon pictograph with a
# meeting, a bloodbath, knowing someone's routine, an evacuation advised, a plain present "i kill you".
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|mañana|esta noche|понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье|завтра|сегодня вечером)"
COMPOSITIONS += [
    (
        "risk.threat",
        "en",
        "fate-concept",
        r"\b(?:every (?:single )?one of (?:you|y'?all|them)|all of (?:you|y'?all|them)|each (?:one )?of (?:you|them))\b[^.!?\n]{0,40}\b(?:one by one|will be dealt with|will pay|are next|gonna pay|going to pay)\b|\b(?:will|gonna|going to) be dealt with,? one by one\b"
        r"|\b(?:you|u|he|she|they|that \w+|the \w+)(?:'re| are| is|'s| r)? (?:going to|gonna|will) (?:get|have) what'?s coming\b|\bend(?:s)? up in (?:a|the) (?:ditch|body bag|coffin|morgue|river|trunk|landfill)\b(?=[^\n]{0,30}\b(?:she|he|you|u|they) (?:will|too)\b|[^\n]{0,3}$)"
        r"|\b(?:i )?know (?:what time|when|which|where) (?:your|ur|her|his) (?:shift|class|kids?|gym|route|school|car)\b|\bi have (?:her|his|your|ur) (?:shift )?schedule\b|\bfound (?:it|your (?:house|place|address)|you) on (?:google )?maps\b"
        r"|\b(?:tell )?(?:your|ur) (?:wife|husband|kids?|daughter|son|mom|family) (?:to )?(?:watch (?:her|his|their|your) back|be careful)\b|\b(?:come|coming|go|going) (?:down )?there and (?:break|smash|wreck|trash|burn|shoot|destroy) (?:every|all|the whole|everything|your|ur)\b"
        r"|\b(?:make|turn) (?:the|this|that|your|ur) \w+ (?:into )?a bloodbath\b|\bsomething that goes (?:bang|boom)\b|\b(?:better|should|might want to) evacuate (?:the|your|ur|that|this)\b|\b(?:you|u)(?:'re| are| r)? (?:gonna|going to) die (?:tonight|today|tomorrow|soon|2nite|2day|2morrow)\b"
        r"|^\W*i (?:kill|shoot|stab|murder) (?:you|u)\b(?! (?:interesting|funny|attractive|cute|hilarious|so|very|really|too|to be|annoying|boring)\b)|\b"
        + _DAY
        + r"\b[^!?\n]{0,25}\b(?:main entrance|front door|parking lot|your (?:office|clinic|house|pharmacy|studio))\b[^\n]{0,20}\b(?:you'?ll see|be ready|get ready|don'?t be late|see you there)\b"
        r"|" + _WEAPON_EMOJI + r"[^\n]{0,6}\b(?:coming for|see you|i'?m coming|waiting for)\b",
    ),
    (
        "risk.threat",
        "es",
        "fate-concept",
        r"\b(?:uno por uno|uno a uno|de uno en uno)\b[^\n]{0,40}\b(?:pagar\w*|caer\w*|sacando|vamos|van|voy)\b|\b(?:todos|todas)\b[^.!?\n]{0,40}\b(?:van a pagar|los vamos a|las vamos a)\b[^.!?\n]{0,30}\b(?:uno por uno|uno a uno)\b|\b(?:vas|van|vais) a pagar(?:la| caro| muy caro| car[oa]s?| por (?:esto|lo que|todo))\b"
        r"|\b(?:va|vas|van) a (?:terminar|acabar|aparecer) en (?:una |la |el |un )?(?:zanja|cuneta|fosa|caja|bolsa|r[ií]o|morgue|ata[uú]d)\b"
        r"|\bya (?:la|lo|te) ubiqu[eé]\b|\bs[eé] (?:a qu[eé] hora|cu[aá]ndo|en qu[eé] (?:escuela|colegio)|a qu[eé] (?:escuela|colegio)) (?:sales|sale|salen|estudia|van|va|entras)\b"
        r"|\bcuida (?:bien )?(?:a )?(?:tus|tu) (?:hij[oa]s?|familia|esposa|mujer|marido|niñ[oa]s?)\b(?=[^\n]{0,40}\b(?:uno nunca sabe|nunca se sabe|mientras puedas|por si acaso|que no les pase)\b)"
        r"|\b(?:voy|vengo|ir[eé]|vamos) y (?:rompo|destrozo|quemo|reviento|rompemos|destrozamos|quemamos) (?:todo|toda|la|el|tu|su)\b|\bveneno en (?:el|la|tu|su|sus|los|las) (?:caf[eé]|agua|comida|bebida|vitaminas|pastillas|medicinas)\b"
        r"|\b"
        + _DAY
        + r"\b[^.!?\n]{0,30}\b(?:en la cl[ií]nica|en el hospital|en la farmacia|en tu casa|en la entrada|en la puerta)\b[^\n]{0,30}\b(?:no faltes|ya ver[aá]s|prep[aá]rate|te voy a esperar|te espero)\b"
        r"|\bte (?:voy a )?esper(?:o|ar) con algo\b|"
        + _WEAPON_EMOJI
        + r"[^\n]{0,6}\b(?:nos vemos|voy por|voy a por|te espero)\b",
    ),
    (
        "risk.threat",
        "ru",
        "fate-concept",
        r"\bпо одному\b[^\n]{0,20}\b(?:переловим|перебь\w+|перереж\w+|найд[её]м|достанем|уберём|уберем|передавим|перестреля\w+)\b|\b(?:переловим|перебь\w+|перереж\w+|перестреля\w+|передавим)\b[^\n]{0,30}\bпо одному\b"
        r"|\bза (?:это|всё|все) (?:ты |вы )?(?:ещё |еще )?(?:ответишь|поплатишься|ответите|поплатитесь)\b(?! (?:в суде|по закону|перед судом|по суду))|\b(?:ответишь|поплатишься|ответите|поплатитесь) (?:за (?:это|всё|все)|сполна)\b|\b(?:скоро )?(?:найдут|найд[её]м) в (?:лесу|канаве|реке|багажнике|овраге|подвале)\b|\b(?:окажешься|окажется|окажетесь) в (?:канаве|морге|гробу|багажнике)\b"
        r"|\b(?:знаю|знаем),? (?:в какой|во сколько|когда|в какую|какую) (?:школ\w+|садик|ты (?:выходишь|уходишь|учишься|заканчиваешь)|смен\w+)\b"
        r"|\bбереги (?:свою |своих |своего )?(?:семью|детей|дочь|сына|жену|мужа)\b(?=[^\n]{0,30}\b(?:пока (?:можешь|есть|ещё|еще)|мало ли)\b)"
        r"|\b(?:морду|лицо|рожу|харю|ебало|хлебало|фейс) (?:тебе |ему |ей |им )?(?:набью|начищу|расквашу|разобью)\b|\b(?:набью|начищу|расквашу) (?:тебе |ему |ей )?(?:морду|лицо|рожу|харю|ебало)\b"
        r"|\b(?:подсыплю|подмешаю|насыплю|добавлю|подолью) (?:\w+ )?(?:яд|отраву|крысиный яд|мышьяк)\b|\b(?:приду|приеду) и (?:всё|все) (?:разнесу|разобью|переломаю|сломаю|сожгу)\b"
        r"|\b"
        + _DAY
        + r"\b[^.!?\n]{0,30}\b(?:у (?:вашего |твоего )?(?:офиса|входа|клиники|подъезда|дома))\b[^\n]{0,20}\b(?:готовься|готовьтесь|жди|ждите|увидимся)\b|"
        + _WEAPON_EMOJI
        + r"[^\n]{0,6}(?:до встречи|увидимся|иду за|жди)",
    ),
]

# Contempt by concept: a disability, an accent or a faith named with scorn ("pathetic", "позор", "pena ajena",
# "wouldn't trust"), a headscarf ordered off, told to learn the language or go back to one's village, a group
# said to run a scam, slurs that are never innocent (masked or plural), two degrading words together ("gorda
# asquerosa", "толстая свинья"), a role called an animal or a slur ("the host is a pig"), a piece of dirt,
# "you make me pity", a pig pictograph at a person, mental illness mocked.
_EN_DISABILITY = r"(?:wheelchair|stutter\w*|cripple[sd]?|deaf|blind|autistic|down syndrome|down'?s|amputee|one[- ]legged|bipolar|schizo\w*|mentally ill)"
_EN_SCORN = r"(?:pathetic|painful to (?:listen|watch)|cringe|shouldn'?t (?:even )?be (?:on|allowed|hosting|here)|why (?:let|is|would|are|do they let)|embarrassing|a joke|is a joke|no thanks|wouldn'?t trust|never trust|too emotional|of course|as usual|typical|figures|go home|terrorists?|not a mosque|so gay)"
_ES_DISABILITY = (
    r"(?:silla de ruedas|tartamud\w+|coj[oa]|manc[oa]|sord[oa]|cieg[oa]|autista|bipolar|esquizofr[eé]nic\w+|loc[oa]s)"
)
_ES_SCORN = r"(?:qu[eé] pena ajena|pena ajena|no pinta nada|in[uú]til|rid[ií]cul\w+|verg[uü]enza|por qu[eé] ponen|no deber[ií]an?|claro,? por eso|por eso (?:cobran|roban)|no (?:le |me )?(?:conf[ií]o|confiar[ií]a)|t[ií]pico|como siempre|go home|ignorante)"
_RU_DISABILITY = r"(?:на коляске|колясочни\w+|инвалид\w*|заик\w+|глух\w+|слеп\w+|даун\w*|аутист\w*|шизофреник\w*|биполярник\w*|калек\w+)"
_RU_SCORN = r"(?:позор\w*|смешно|нечего делать|не место|куда лез\w*|зачем (?:пустили|взяли)|кто пустил|не доверил\w*|не доверю|не доверяю|понятно|как всегда|пусть русского)"
_EN_FAITH_ROLE = r"(?:muslim|jewish|jew|hijabi|black|mexican|chinese|indian|asian|arab|gay|female|woman|trans|foreign) (?:doctor|doc|nurse|surgeon|pharmacist|host|trainer|coach|cardiologist)"
_ES_FAITH_ROLE = r"(?:m[eé]dic[oa]|doctor[a]?|enfermer[oa]|farmac[eé]utic[oa]|presentador[a]?|entrenador[a]?) (?:jud[ií][oa]|musulm[aá]n\w*|mor[oa]|negr[oa]|chin[oa]|indi[oa]|gitan[oa]|gay|trans)"
_RU_FAITH_ROLE = r"(?:врач\w*|доктор\w*|медсестр\w*|тренер\w*|фармацевт\w*)[- ](?:мусульман\w*|евре\w*|жид\w*|ч\*?[уу]?рк\w*|хач\w*|таджик\w*|узбек\w*|кавказ\w*|негр\w*)"
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "contempt",
        r"\b"
        + _EN_DISABILITY
        + r"\b[^.!?\n]{0,50}"
        + _EN_SCORN
        + r"|\b(?:why (?:let|is|would|do they let)|who let) (?:a|an|the|this|that) (?:\w+ )?(?:stutterer|cripple|retard|deaf \w+|blind \w+|guy in a wheelchair|wheelchair \w+)\b"
        r"|\b"
        + _EN_FAITH_ROLE
        + r"\b[^.!?\n]{0,40}"
        + _EN_SCORN
        + r"|\b(?:a|an) (?:man|guy|dude) (?:teaching|doing) (?:yoga|pilates|zumba|ballet)\b[^.!?\n]{0,15}\bgay\b|\btake off (?:that|your|ur|the) (?:headscarf|hijab|turban|burqa|niqab|kippah|yarmulke|rag)\b"
        r"|\blearn (?:to speak )?(?:proper |real |some )?english\b(?=[^\n]{0,30}(?:first|foreigner|idiot|or|go|$))|\bwho (?:actually )?speaks english\b[^\n]{0,20}\bforeigner\b|\b(?:jews?|muslims|chinese|indians|mexicans|immigrants) (?:running|run|runs|control\w*|own\w*|behind) (?:another |the |all the |this )?(?:\w+ )?(?:scam|media|banks|pharma|hollywood|world|government)\b"
        r"|\b(?:a|another|the|this|that|some|of course (?:the|she'?s|he'?s) (?:\w+ )?(?:is )?a) (?:chink|spic|tranny|kike|wetback|raghead|towelhead|beaner|gook|sloot|sl00t)\b(?! in (?:the|his|her|their|its|my|our) (?:armou?r|plan|defen[cs]e|wall))"
        r"|\b(?:the |that |this )?(?:host|doc|doctor|nurse|coach|trainer|streamer|pharmacist|presenter)(?:'s| is) (?:a|an|such a) (?:\w+ )?(?!(?:monster|beast|machine|animal|troll)\b)(?:"
        + _EN_BEAST
        + r"|whore|slut|sloot|skank|hoe|cow|pig|freak|clown|retard|walking (?:sack|tub|bag|pile) of \w+)\b"
        r"|\b(?:ugly|fat|disgusting|gross|hideous|skinny|fugly|old)\b[^.!?\n]{0,20},? like (?:a|an|some) (?:\w+ )?"
        + _EN_BEAST
        + r"\b|\bwalking (?:sack|tub|bag|pile|ball) of (?:lard|fat|grease|shit|crap|garbage|trash)\b"
        r"|\b(?:cry more|crybab(?:y|ies)|attention (?:seeker|whore)|weak crybabies|lazy losers)\b(?=[^\n]{0,40}(?:@|you|u|y'?all|everyone|$))|\bnobody wants (?:your|ur) (?:smelly|stinky|disgusting|weird|dirty) \w+",
    ),
    (
        "risk.harassment",
        "es",
        "contempt",
        r"\b"
        + _ES_DISABILITY
        + r"\b[^.!?\n]{0,50}"
        + _ES_SCORN
        + r"|\bpor qu[eé] ponen a (?:un|una) "
        + _ES_DISABILITY
        + r"\b"
        r"|\b"
        + _ES_FAITH_ROLE
        + r"\b[^.!?\n]{0,40}"
        + _ES_SCORN
        + r"|\b(?:que )?aprend[ae] a hablar (?:bien|español|castellano)\b|\bhabla como (?:indi[oa]|chin[oa]|mon[oa]|negr[oa]|retrasad[oa])\b"
        r"|\b(?:otro|otra|esos|estos) (?:inmigrantes?|migrantes?|extranjer[oa]s?|sudacas?|mor[oa]s?) (?:rob[aá]ndo(?:nos|les)|quit[aá]ndo(?:nos|les)) (?:el|los) (?:trabajo|puesto)s?\b|\bese (?:negrat\w+|negr4t\w+)\b|\bnegrat[ao]s?\b"
        r"|\b(?:gord[oa]|fe[oa]|asqueros[oa]|vieja|viejo|est[uú]pid[oa]|in[uú]til|pendej[oa]|bruja|cerd[oa]|vaca|ballena|tont[oa]|idiota|imb[eé]cil) (?:asqueros[oa]|horrible|in[uú]til|est[uú]pid[oa]|fe[oa]|gord[oa]|de mierda|bruja|vaca|cerd[oa]|ballena|pat[eé]tic[oa]|rid[ií]cul[oa]|repugnante|apestos[oa])\b"
        r"|\b(?:eres|es|sos) (?:un|una) (?:pedazo|cacho) de (?:mierda|basura|caca|esti[eé]rcol|animal|carne)\b|\b(?:t[uú] )?das (?:pena|asco|l[aá]stima|verg[uü]enza)\b(?=[^\n]{0,3}$|[,.!])|\bdeja de llorar\b[^\n]{0,20}\b(?:das pena|llor[oó]n\w*|d[eé]bil|pat[eé]tic\w+)\b"
        r"|\b(?:la|el|esa|ese) (?:host|presentador[a]?|doctor[a]?|entrenador[a]?|m[eé]dic[oa]|enfermer[oa]) es (?:tan |muy |una |un )?(?:fat|ugly|gross|disgusting|gorda|gordo|fea|feo|asquerosa|asqueroso|india ignorante|indio ignorante)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "contempt",
        r"\b"
        + _RU_DISABILITY
        + r"\b[^.!?\n]{0,50}"
        + _RU_SCORN
        + r"|\b"
        + _RU_FAITH_ROLE
        + r"\b[^.!?\n]{0,40}"
        + _RU_SCORN
        + r"|\b(?:не доверил\w*|не доверю|не доверяю)\b[^.!?\n]{0,30}\b(?:врачу|доктору)[- ](?:мусульман\w*|евре\w*|таджик\w*|узбек\w*|кавказ\w*)"
        r"|\b(?:выучи(?:те)?|учи(?:те)?) (?:сначала )?русский\b|\b(?:говорит|говоришь|разговаривает|выглядит|выглядишь|вед[её]т себя|ведешь себя|двигается) как (?:\w+ )?"
        + _RU_BEAST_NOM
        + r"\b"
        r"|\b(?:езжай|вали|катись|уезжай|возвращайся|вернись) (?:обратно |назад |домой )?(?:в|к) (?:сво\w+|себе) (?:\w+ )?(?:аул|кишлак|горы|деревню|страну|юрту|пустыню|джунгли)\b"
        r"|\b(?:чурк\w*|чурок|хач(?:и|ей|ам|ами|ах|а|у|ом)?|черножоп\w*|узкоглаз\w*|пидор\w*|пидр\w*|п\*д\w+|п\*др\w*|пид\*р\w*|х\*ч\w*|ч\*рк\w*|ж\*д\w*|нег\*\w*|ниг\*\w*)(?=[\s,.!?)]|$)"
        r"|\b(?:толст\w+|жирн\w+|тупая|тупой|страшн\w+|мерзк\w+|старая|старый|вонюч\w+|лыс\w+|уродлив\w+) "
        + _RU_BEAST_NOM
        + r"\b"
        r"|\b(?:ты|вы|он|она|ведущ\w+|врач\w*|доктор\w*|тренер\w*) (?:просто |реально |же )?кус(?:ок|ком) (?:говна|дерьма|сала|мяса|жира)\b|\b(?:ведущ\w+|врачих\w+|доктор\w*|тренер\w*|тренерш\w+) (?:така[яй]|такой|просто|реально) (?:fat|ugly|gross|disgusting)\b"
        r"|\b(?:опять|снова|понабрали|набрали)\b[^.!?\n]{0,20}\b(?:этих|эти) (?:чурок|хачей|таджиков|черных|чёрных|жидов|понаехавших)\b",
    ),
]

# Self-harm: what to mix to die, harm done until it bleeds or breaks, belongings given away, dying rather than
# a treatment, a lethal amount asked as "enough", pills kept to take together, walking into traffic, "will I
# bleed out" after a whole bottle.
COMPOSITIONS += [
    (
        "risk.self_harm",
        "en",
        "means-asked",
        r"\b(?:which|what) (?:\w+ ){0,2}(?:meds|pills|drugs|medications|medicines|tablets)\b[^.!?\n]{0,30}\b(?:mixed|to mix|combined|together)\b[^.!?\n]{0,30}\b(?:stop my heart|kill me|to die|die|painlessly|never wake up|not wake up)\b"
        r"|\b(?:would|will|is|are) (?:\d+|all|a bottle of|the whole bottle of|a whole bottle of|the whole pack of) (?:of )?(?:my |the |these )?(?:\w+ )?(?:pills|meds|tablets|capsules) (?:be )?enough to (?:stop|end|kill|do it|die)\b"
        r"|\b(?:punching|hitting|banging|slamming|scratching|starving|not eating|cutting)\b[^.!?\n]{0,30}\buntil (?:my (?:knuckles|hands|head|heart|skin)|i) (?:break|breaks|bleed|bleeds|stop|stops|pass out|collapse)\b|\bkeep going until my heart stops\b"
        r"|\b(?:gave|given|giving) away (?:all )?(?:of )?my (?:stuff|things|belongings|clothes|books|games)\b[^.!?\n]{0,30}\b(?:won'?t|will not|wont) (?:be )?need(?:ing)? (?:it|them)\b"
        r"|\b(?:i'?d|i would) (?:much )?rather (?:overdose|kill myself|end it|od) (?:on (?:my )?\w+ )?than\b"
        r"|\b(?:gonna|going to|i'?ll|i will|thinking (?:of|about)|want to) (?:just )?walk (?:out )?into (?:traffic|the road|the sea|the ocean|a train)\b|\b(?:jump|jumping) off (?:the|a|this|that) (?:parking (?:garage|deck|structure)|overpass|tower|hospital roof|garage)\b"
        r"|\b(?:mix|take|swallow|drink|bottle of|whole pack of)\b[^.!?\n]{0,40}\b(?:will|would) i (?:bleed out|die|stop breathing|never wake up|not wake up)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "means-asked",
        r"\bqu[eé] (?:\w+ )?(?:mezclar|mezclo|combinar|tomar)\b[^.!?\n]{0,20}\bpara (?:morir|no despertar|acabar|matarme|dormir para siempre)\b"
        r"|\bme (?:rasqu[eé]|rasco|rasgu[ñn][eé]|golpe[eé]|golpeo|pegu[eé]|pego|cort[eé]|corto|quem[eé]|quemo) (?:\w+ ){0,3}hasta (?:sangrar|que (?:sangr\w+|sali\w+ sangre)|romper\w*|hacerme daño)\b"
        r"|\bme hago daño (?:en (?:los|las|el|la|mis|mi) \w+ )?(?:para (?:sentir|no sentir|castigarme|calmarme))\b"
        r"|\bprefiero (?:matarme|suicidarme|quitarme la vida|acabar con mi vida)\b"
        r"|\b(?:tomarlas|tom[aá]rmelas|tragarlas|tragármelas) (?:todas )?juntas\b|\bregal[eé] (?:todas )?(?:mis|las) (?:cosas|pertenencias|cosas mías)\b[^\n]{0,30}\bya no (?:las|los) (?:voy a )?necesit\w+\b"
        r"|\bya no (?:lo )?(?:soporto|aguanto)\b[^\n]{0,30}\b(?:voy a )?(?:terminar|acabar) con (?:esto|todo|mi vida)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "means-asked",
        r"\bчто (?:\w+ )?(?:смешать|выпить|принять|сожрать)\b[^.!?\n]{0,20}\bчтобы (?:умереть|не проснуться|уснуть навсегда|сдохнуть)\b"
        r"|\b(?:бьюсь|бился|билась|бью себя|расцарапал\w*|расцарапываю|царапаю|царапал\w*|режу|порезал\w*) (?:\w+ ){0,3}(?:до крови|пока не (?:пойд[её]т|потечёт|потечет) кровь|до синяков|пока не сломаю)\b"
        r"|\bраздал(?:а|и)? (?:все |всё )?(?:свои )?вещи\b[^\n]{0,40}\bбольше не (?:понадоб\w+|нужн\w+)\b"
        r"|\bлучше (?:я )?(?:(?:сама|сам) уйду|покончу с собой|выпилюсь),? чем\b"
        r"|\b(?:если )?(?:выпить|выпью|проглотить|проглочу|смешать|смешаю)\b[^.!?\n]{0,40}\b(?:истеку кровью|умру|не проснусь|сдохну)\b",
    ),
]


# Threats asked as questions whose answer is the threat ("how easy it is to find your address?", "¿sabes lo
# fácil que es encontrarte?", "сколько охраны тебе хватит?"): a question does not cancel them. Planning told
# (ammunition bought, "y ese voy a ser yo", "и я этим займусь"), waiting at the exit, insurance you will need.
COMPOSITIONS += [
    (
        "risk.threat",
        "en",
        "rhetoric-asked",
        r"\b(?:how|so) easy it is to find (?:your|ur|you|u|her|him)\b|\bhow fast (?:do you think |d'?you think )?(?:you|u) can run\b",
    ),
    (
        "risk.threat",
        "es",
        "rhetoric-asked",
        r"\blo f[aá]cil que es (?:encontrarte|encontrarlo|encontrarla|dar contigo|saber d[oó]nde vives)\b",
    ),
    ("risk.threat", "ru", "rhetoric-asked", r"\bкак легко (?:тебя |вас )?найти\b|\bсколько охраны (?:тебе|вам)\b"),
    (
        "risk.threat",
        "en",
        "plan-told",
        r"\b(?:bought|got|picked up) (?:the |my |some |enough )?(?:ammo|ammunition|bullets|rounds|gas can|gasoline|fertilizer)\b(?! for (?:the |my )?(?:range|hunting|season|car|mower|garden|lawn))"
        r"|\b(?:deserves?|should|needs?) to be (?:torched|burned down|burnt down|shot up|blown up)\b|\band (?:it'?s going to|it'?ll|that (?:someone|somebody) (?:is|will) be) (?:be )?me\b"
        r"|\bhope (?:your|ur) (?:clinic|pharmacy|house|office|studio|car|store|building) has (?:fire )?insurance\b|\bbring (?:your )?(?:friends|backup|help)\b[^\n]{0,20}\byou'?ll need (?:them|it)\b"
        r"|\b(?:keep|continue|one more|try)\b[^.!?\n]{0,40}\bsee what happens to (?:you|u)\b",
    ),
    (
        "risk.threat",
        "es",
        "plan-told",
        r"\by (?:ese|esa|eso) (?:voy a ser|ser[eé]) yo\b|\bya compr[eé] lo (?:necesario|que necesitaba)\b(?=[^\n]{0,40}\bnos vemos\b)|\bcompr[eé] (?:las |la )?(?:balas|municiones|gasolina)\b",
    ),
    (
        "risk.threat",
        "ru",
        "plan-told",
        r"\b(?:и я (?:этим |сам )?займусь|и это буду я)\b|\bвс[её] (?:уже )?готово\b(?=[^\n]{0,40}\b(?:увидимся|встретимся|жди|ждите)\b)|\b(?:подожду|буду ждать|жду) (?:тебя|вас) (?:у выхода|у входа|на парковке|у машины|у подъезда|после эфира)\b|\bпосле (?:эфира|стрима)\b[^\n]{0,40}\b(?:подожду|буду ждать|жду) (?:у выхода|у входа|на парковке|у машины|у подъезда)\b|\b(?:подожду|буду ждать|жду) (?:у выхода|у входа|на парковке|у машины|у подъезда) после (?:эфира|стрима)\b",
    ),
]


# ================================================================ sixth round: harassment by concept
# Each is a concept of abuse aimed at a person or a group, in the three languages' inflections, not a
# sentence: someone told they should not exist; a crowd sent to report or flood a person ("everyone report
# her"); "know your place" and sent back to the kitchen; a group given a hostile generalisation (all the
# same, controls the media, ruins the country, sick in the head); a group likened to vermin that breeds; a
# mocked weight, age, voice or accent; a body word used as a name ("hey baldy"); a disability or illness
# used against someone ("take your meds, psycho"); a gender performance mocked ("talks like a girl");
# a sexuality called disgusting; class contempt ("peasants like you"); sexual remarks about clothes,
# body parts and private photos; slurs written with a masking asterisk.
_EN_WHO = r"(?:you|u|ya|ur|your|she|he|her|him|they|them|(?<=@)\w+|the (?:host|streamer|doc|doctor|nurse|coach|trainer|presenter|lady|woman|guy|girl|dude|chick)|this (?:host|doc|doctor|nurse|coach|trainer|lady|woman|guy|girl|dude|chick))"
_EN_MORE_GROUPS = r"(?:women|girls|females|jews|muslims|hijabis|hijabi (?:women|girls|nurses|doctors)|christians|catholics|hindus|sikhs|atheists|mormons|blacks|black people|whites|white people|mexicans|chinese|indians|asians|arabs|africans|gypsies|immigrants|foreigners|migrants|refugees|illegals|gays|gay people|lesbians|trans people|trans women|trans men|trannies|queers|bisexuals|disabled people|cripples|autistic people|autistics|old people|boomers|fat people|poor people|russians|ukrainians|latinos|hispanics|venezuelans|pakistanis|nigerians|filipinos|romanians|poles|syrians|afghans|somalis|haitians|roma|feminists|cancer patients|diabetics|addicts|the mentally ill|mentally ill people|depressed people)"
_EN_GROUP_HOSTILE = r"(?:(?:can'?t|cannot|can never|should never) be trusted|can'?t trust (?:any|a single|one) of them|never trust (?:them|one|a)|(?:control|run|own)s? (?:the |all the |our )?(?:media|banks|world|government|hollywood|medicine|money|news)|(?:are |is )?(?:ruin|destroy|invad|infest|overrun)(?:ing|ed|s)? (?:this|our|the|my) (?:country|city|town|neighbou?rhood|world|profession|field|nation|streets|hospitals|schools)|(?:are|r) (?:so |all |just |clearly |literally )?(?:sick in the head|mentally ill|mental cases|brainwashed|delusional|groomers|perverts|pedos|predators|a drain|a burden|freeloaders|leeches|inbred|savages|uncivili[sz]ed|not human|not normal|an abomination|abominations|unnatural)|(?:a|are a) drain on|just need (?:a real man|a good man|to get laid|a husband)|breed like|(?:take|steal|taking|stealing|took|stole)s? (?:our|real|all the) (?:jobs|money|women|benefits)|should (?:all )?be (?:deported|banned|sent back|locked up|gassed|shot|sterili[sz]ed|kicked out|thrown out)|should (?:go|be sent) back|don'?t deserve (?:rights|to live|to vote|treatment|care))"
_ES_MORE_GROUPS = r"(?:(?:los|las|esos|esas|todos los|todas las|estos|estas) )?(?:mujeres|judíos|judios|musulmanes|moros|cristianos|cat[oó]licos|evang[eé]licos|ateos|negros|chinos|indios|gitanos|sudacas|venezolanos|colombianos|bolivianos|peruanos|mexicanos|hondureños|dominicanos|haitianos|ecuatorianos|argentinos|paraguayos|marroqu[ií]es|rumanos|rusos|ucranianos|inmigrantes|migrantes|extranjeros|ilegales|refugiados|gays|maricones|lesbianas|trans|travestis|bisexuales|discapacitados|minusv[aá]lidos|inv[aá]lidos|autistas|viejos|ancianos|gordos|gordas|pobres|feministas|feminazis|pacientes con c[aá]ncer|drogadictos|los que van al psic[oó]logo)"
_ES_GROUP_HOSTILE = r"(?:no son de fiar|no se puede confiar en (?:ellos|ellas|ninguno|ninguna|nadie)|controlan (?:los medios|el mundo|los bancos|todo|el gobierno|la medicina)|(?:vienen a |nos )?(?:quitan|quitarnos|roban|robarnos|quitaron) (?:el|los|nuestro|nuestros) (?:trabajo|trabajos|empleo|empleos|dinero|subsidios)|(?:arruinan|arruinaron|est[aá]n arruinando|destruyen|est[aá]n destruyendo|invaden|est[aá]n invadiendo) (?:este|el|nuestro|la|nuestra) (?:pa[ií]s|barrio|ciudad|mundo|profesi[oó]n|naci[oó]n)|(?:est[aá]n|son) (?:tod[oa]s )?(?:enfermos|enfermas|enferm[oa]s mentales|locos|locas|depravados|pervertidos|degenerados|anormales|una carga|un lastre|unos par[aá]sitos|unas par[aá]sitas)|enfermos de la cabeza|necesitan (?:un hombre de verdad|un macho|un buen hombre)|se reproducen como|(?:deber[ií]an|hay que) (?:ser )?(?:deportar\w*|deportados|echar\w*|echados|encerrar\w*|encerrados|esterilizar\w*|expulsar\w*|expulsados)|no merecen (?:derechos|vivir|votar|atenci[oó]n))"
_RU_MORE_GROUPS = r"(?:мусульман\w*|евре(?:и|ев|ям|ями)|жид(?:ы|ов|ам)|христиан\w*|католик\w*|атеист\w*|таджик(?:и|ов|ам)|узбек(?:и|ов|ам)|киргиз(?:ы|ов)|кавказц(?:ы|ев|ам)|армян(?:е|ам)?|грузин(?:ы|ам)?|азербайджанц(?:ы|ев)|хохл(?:ы|ов|ам)|украинц(?:ы|ев|ам)|русские|американц(?:ы|ев)|китайц(?:ы|ев|ам)|азиат(?:ы|ов|ам)|негр(?:ы|ов|ам)|ч[её]рные|цыган(?:е|ам)?|мигрант(?:ы|ов|ам)|приезж(?:ие|их|им)|понаехавш(?:ие|их)|гастарбайтер(?:ы|ов|ам)|беженц(?:ы|ев|ам)|иностранц(?:ы|ев|ам)|геи|гомики|гомосексуалист(?:ы|ов)|лесбиянк(?:и|ам)|трансы|трансух(?:и|ам)|инвалид(?:ы|ов|ам)|колясочник(?:и|ов|ам)|аутист(?:ы|ов|ам)|старики|пенсионер(?:ы|ов|ам)|бабы|бабам|женщин(?:ы|ам)|феминистк(?:и|ам)|толстые|жирные|нищеброды|бомжи|наркоманы)"
_RU_GROUP_HOSTILE = r"(?:(?:им|таким) нельзя доверять|доверять нельзя|(?:всем )?(?:контролируют|заправляют|управляют) (?:сми|медиа|миром|банками|всем|телевидением|медициной)|(?:отнимают|отбирают|забирают|воруют) (?:у нас |наши )?(?:работу|рабочие места|деньги|пособия|квартиры)|(?:разрушают|губят|портят|захватили|заполонили|наводнили) (?:страну|нашу страну|город|наш город|россию|всё|все|медицину)|(?:психически )?больн(?:ые|ы) на (?:голову|всю голову)|психически больн(?:ые|ы)|(?:все )?(?:извращенц\w+|педофил\w+|дегенерат\w+|ненормальн\w+|больные|обуза|нахлебник\w*)|плодятся как|(?:надо|нужно|пора|должны) (?:всех )?(?:выслать|депортировать|выгнать|гнать|изолировать|стерилизовать|сажать|убираться|уехать)|не заслуживают (?:прав|жизни|лечения))"
_EN_VERMIN_ONE = r"(?:parasite|leech|cockroach|roach|vermin|maggot|subhuman|swine|mutt|bottom ?feeder)s?"
_ES_VERMIN_ONE = r"(?:par[aá]sit[oa]s?|ratas?|rat[oó]n de alcantarilla|cucarachas?|gusanos?|sanguijuelas?|cerd[oa]s?|marran[oa]s?|puerc[oa]s?|alima[ñn]as?|sabandijas?|lombriz|garrapatas?|piojos?|escoria|basura humana|plaga)"
_RU_VERMIN_ONE = r"(?:паразит(?:ка|ы)?|крыса|крысы|таракан(?:ы)?|глист(?:ы)?|вошь|вши|гнида|гниды|свинья|свиньи|мразь|мрази|нелюдь|нелюди|зараза|чума|плесень|падаль|отброс(?:ы)?|быдло)"
_EN_BODY_NAME = r"(?:fatty|fatso|fat ass|fatass|lardass|lard ass|porky|piggy|tubby|chubby|baldy|baldie|chrome dome|cue ball|four ?eyes|pizza ?face|crater ?face|beanpole|stick ?figure|skeletor|jabba|shamu|dumbo|big ?nose|buck ?teeth|midget|shorty|old geezer|geezer|gimp|crip)"
_ES_BODY_NAME = r"(?:calv[oa]|pel[oó]n|pelona|gord[oa]|gordit[oa]|gordinfl[oó]n\w*|gord[aá]ca|panz[oó]n|panzona|cuatro ojos|cegat[oó]n\w*|enan[oa]|chaparr[oa]|narig[oó]n|narigona|orej[oó]n|orejona|dientud[oa]|cara de pizza|cara de caballo|vieja|viejo|abuelo|abuela|ruc[oa]|cojo|coja|manco|manca|tuerto|tuerta)"
_RU_BODY_NAME = r"(?:лысый|лысая|плешивый|жирдяй|жиртрест|жирух\w+|толстяк|толстуха|пузан|пузатый|очкарик|очкастый|очкастая|коротышка|карлик|карлица|носатый|носатая|лопоухий|лопоухая|кривозубый|кривозубая|прыщавый|прыщавая|старуха|старикашка|бабка|дед|дедуля|старый пердун|хромой|хромая|косой|косая)"
_EN_GIRLY = r"(?:girl|little girl|woman|chick|lady|sissy|pansy|fairy|princess|grandma)"
_EN_MANLY = r"(?:man|dude|guy|dude in a dress|man in a dress|dude in drag|linebacker|trucker|drag queen)"
_EN_MASKED = r"(?:c\*nt|c\*\*t|b\*tch|b\*\*ch|b\*\*\*h|wh\*re|wh\*\*e|sl\*t|sk\*nk|f\*g|f\*\*|f\*ggot|f\*\*got|f\*\*\*ot|f\*\*\*\*t|tr\*nny|tr\*\*ny|n\*gg\w*|n\*\*\*\*r|n\*\*\*a|r\*tard|ret\*rd|d\*ke|sp\*c|k\*ke|ch\*nk)"
_ES_MASKED = r"(?:p\*ta|p\*\*a|z\*rra|z\*\*ra|m\*ric[oó]n|m\*\*ic[oó]n|mar\*c[oó]n|maric\*n|p\*rra|p\*\*ra|n\*gr[oa]|retras\*d[oa]|s\*daca|j\*to|j\*ta)"
_RU_MASKED = r"(?:п\*дор\w*|п\*д\*р\w*|пид\*р\w*|п\*\*ор\w*|ш\*юх\w*|шл\*х\w*|ш\*\*ха|с\*ка|с\*\*а|ч\*рк\w*|ч\*\*к\w*|х\*ч\w*|ж\*д\w*|т\*арь|тв\*рь|м\*азь|мр\*зь|д\*бил\w*|деб\*л\w*)"
COMPOSITIONS += [
    # ---------------------------------------------------------- told they should not exist
    (
        "risk.harassment",
        "en",
        "exist-denied",
        r"\b(?:you|u|ya|people like (?:you|u|her|him|them)|ppl like (?:you|u)|your kind|ur kind|her kind|his kind|freaks like (?:you|u|her|him)|she|he|the host)\b(?: \w+){0,2} (?:shouldn'?t|should not|should never|don'?t deserve to|do not deserve to|dont deserve to|have no right to) (?:even )?(?:exist|be alive|be allowed to live|live|have been born|be born|breathe|reproduce)\b"
        r"|\b(?:your|ur|her|his) (?:mom|mother|mum|parents|dad|father|momma|mama) should(?:'?ve| have) (?:aborted|swallowed|drowned) (?:you|u|her|him)\b"
        r"|\b(?:the (?:world|planet|chat|internet)|everyone|everybody|we|this chat|society) (?:would be|'?d be|will be|is) (?:so much |a lot |much )?better (?:off )?(?:without (?:you|u|people like (?:you|u)|her|him|your kind)|if (?:you|u|she|he) (?:died|disappeared|were dead|was dead|never existed|didn'?t exist|vanished))\b"
        r"|\b(?:nobody|no one|noone|no1) (?:would|will|is gonna|is going to) (?:miss|mourn|cry for|notice|care if) (?:you|u|her|him)\b(?! (?:if (?:you|u) (?:leave|left|go|took|take)))"
        r"|\b(?:stop|quit) breathing\b|\bdo (?:us|everyone|everybody|the world|humanity|the gene pool|the chat) a favou?r and (?:die|disappear|drop dead|stop breathing|jump|vanish|end it|unalive)\b"
        r"|\b(?:you|u)(?:'re| are| r|re)? (?:a )?(?:mistake|waste) of (?:a )?(?:birth|life|a human|sperm|an abortion)\b|\b(?:failed|botched|should(?:'?ve| have) been an?) abortion\b",
    ),
    (
        "risk.harassment",
        "es",
        "exist-denied",
        r"\bno (?:deber[ií]as|mereces|tienes derecho a) (?:ni )?(?:existir|haber nacido|nacer|vivir|respirar|estar viv[oa])\b|\b(?:ella|[eé]l|(?:la )?gente(?:cita)? como (?:t[uú]|vos|ella|[eé]l)|gentuza como (?:t[uú]|vos|ella|[eé]l)|los (?:tipos|tipas) como (?:t[uú]|vos)|personas como (?:t[uú]|vos|ella|[eé]l)) no (?:deber[ií]a|deber[ií]an|merece|merecen|tiene derecho a|tienen derecho a) (?:ni )?(?:existir|haber nacido|nacer|vivir|respirar|estar viv[oa])\b"
        r"|\b(?:tus padres|tu madre|tu mam[aá]|tu vieja|su madre) (?:debi[oó]|debieron|tendr[ií]an? que|deber[ií]an? haber) (?:haberte |haberla |haberlo )?abort(?:arte|arla|arlo|ado)\b"
        r"|\b(?:el mundo|el planeta|todos|todo el mundo|el chat|la humanidad) (?:estar[ií]a(?:mos)?|ser[ií]a|vivir[ií]a(?:mos)?) mejor sin (?:ti|vos|ella|[eé]l|gente como (?:t[uú]|vos|ella|[eé]l))\b"
        r"|\bnadie te (?:extra[ñn]ar[ií]a|llorar[ií]a|echar[ií]a de menos|va a extra[ñn]ar|va a llorar|echar[aá] de menos|extra[ñn]ar[aá]|llorar[aá])\b"
        r"|\bdeja(?:r)? de respirar\b|\bhazle (?:un favor|un favorcito) al (?:mundo|planeta|chat|resto)\b|\beres un (?:error|desperdicio) de (?:la naturaleza|vida|ox[ií]geno|esperma)\b|\b(?:aborto|abortito) (?:fallido|mal hecho)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "exist-denied",
        r"\b(?:тебя|вас|таких(?: как (?:ты|вы|она|он))?|её|ее|его|вашего брата) (?:вообще )?не должно (?:быть|существовать|жить|рождаться)\b"
        r"|\b(?:тебе|вам|ей|ему) (?:вообще )?не (?:стоило|надо было|нужно было|следовало) (?:рождаться|родиться|появляться на свет|жить)\b"
        r"|\b(?:(?:твоя |ваша )?(?:мать|мамаша|мамка|родители)(?: твои)?) (?:зря не сделал\w*|должн\w+ был\w* сделать|лучше бы сделал\w*|не сделал\w*) аборт\b|\bлучше бы (?:тебя|вас) (?:мать |мамаша |мамка )?(?:абортировал\w*|не рожал\w*|вытравил\w*)\b|\bлучше бы (?:тебя|вас) (?:мать |мамаша |мамка )?аборт\w*"
        r"|\b(?:мир|планета|всем|всему миру|чат|люди) (?:стал бы|стала бы|станет|был бы|будет|будет жить|жил бы) (?:гораздо |намного |только )?(?:лучше|чище|спокойнее) без (?:тебя|вас|таких|неё|нее|него)\b"
        r"|\bникто не (?:заплачет|пожалеет|будет скучать|вспомнит|заметит|расстроится),? (?:если|когда) (?:ты|вы|она|он) (?:сдохн\w+|умр\w+|исчезн\w+|подохн\w+)"
        r"|\bперестань дышать\b|\bсделай (?:всем|миру|людям|нам|чату) одолжение\b|\b(?:ошибка природы|выкидыш природы|недоабортыш|недоносок)\b",
    ),
    # ---------------------------------------------------------- a crowd sent against a person
    (
        "risk.harassment",
        "en",
        "dogpile",
        r"^(?![^\n]{0,160}\b(?:bots?|spam\w*|scam\w*|fake|impersonat\w*|phishing|doxx\w*|threat\w*)\b)[^\n]{0,80}?(?:\b(?:everyone|everybody|all of (?:you|us)|y'?all|yall|guys|chat|let'?s(?: all)?|lets(?: all)?|we should(?: all)?|go|pls|please|time to|gonna)\b,? (?:go )?(?:mass[- ]?)?(?:report|flag|spam|raid|brigade|dislike|downvote|flood|harass|dox)(?:ing)?\b[^.!?\n]{0,25}\b(?:her|him|them|she|he|(?<=@)\w+|the host|this host|this (?:clown|idiot|woman|guy|girl|doctor|nurse)|(?:her|his|their) (?:channel|page|insta|instagram|account|profile|comments|dms|videos?|stream|tiktok|twitter|youtube))\b|\bmass[- ]?report\w*\b|\b(?:report|flag|spam|flood|raid|brigade) (?:her|him|(?<=@)\w+|the host|this host)\b[^.!?\n]{0,30}\b(?:until|till|til|untill|so) (?:she|he|they|it|her|his|the channel)\b|\b(?:raid|spam|flood|brigade|bomb) (?:her|his|their|the host'?s?) (?:insta|instagram|comments|dms|inbox|page|channel|profile|twitter|tiktok|reviews|videos)\b|\b(?:let'?s|lets|we (?:should|need to|gotta|must|can)|everyone help|help me|together we can|we'?ll|we will|gonna|time to) get (?:her|him|the host|this (?:host|clown|woman|guy|doctor|nurse)|(?<=@)\w+)(?:'s| s)? (?:channel |account |page |stream )?(?:banned|taken down|deplatformed|fired|cancell?ed|deleted|shut down|doxx?ed)\b)",
    ),
    (
        "risk.harassment",
        "es",
        "dogpile",
        r"^(?![^\n]{0,160}\b(?:bots?|spam\w*|estaf\w+|fraude|falso|suplant\w+|amenaz\w+)\b)[^\n]{0,80}?(?:\b(?:todos a|vamos (?:todos )?a) (?:denunciar|reportar|spamear|funar|llenar(?:le)? de (?:comentarios|mensajes|dislikes))\b[^.!?\n]{0,25}\b(?:su|sus|la|el|a (?<=@)\w+|a la|al|lo|le|esa|ese|esta|este)\b|\b(?:reporten|denuncien|reportemos|denunciemos|funen|funemos|spameen|spameemos)\b,? (?:en masa|tod[oa]s|su (?:canal|cuenta|perfil|insta|video)|a (?<=@)\w+|a (?:la|esa|esta) \w+|al (?:presentador|doctor|host|tipo)|(?<=@)\w+|esa|este|esta|ese)\b|\b(?:denuncia|reporte|reportes|denuncias) (?:masiv[oa]s?|en masa)\b|\b(?:llenemos|llenarle|llenenle|llénenle|inundemos|inunden) (?:sus|los|la|el) (?:comentarios|mensajes|dms|md|inbox|canal|perfil|insta)\b|\bhasta que (?:lo|la|le|les) (?:cierren|borren|baneen|echen|despidan|funen)\b|\bhasta que (?:cierre|cierren|borre|deje|quite|se vaya|renuncie)\b)",
    ),
    (
        "risk.harassment",
        "ru",
        "dogpile",
        r"^(?![^\n]{0,160}\b(?:бот\w*|спам\w*|мошен\w+|развод\w*|фейк\w*|угрож\w+)\b)[^\n]{0,80}?(?:\b(?:все|давайте|давай|го|пошли|ребята|народ|чат)\b,? (?:вместе |дружно |массово )?(?:жалуемся|пожалуемся|жалуйтесь|пожалуйтесь|репортим|зарепортим|репортите|кидаем жалобы|накидаем жалоб|кидайте жалобы|закидаем|закидайте|заспамим|спамим|задизлайкаем|минусуем|травим)\b|\bмассов\w+ (?:жалоб\w*|репорт\w*|дизлайк\w*)\b|\b(?:закидаем|закидайте|завалим|завалите) (?:её|ее|его|их) (?:жалобами|дизлайками|комментами|комментариями|сообщениями)\b|\bпока (?:её|ее|его|канал) не (?:закроют|забанят|удалят|уволят)\b|\bпока (?:не )?(?:закроют|забанят|удалят) (?:её|ее|его|канал|аккаунт)\b)",
    ),
    # ---------------------------------------------------------- "know your place", sent to the kitchen
    (
        "risk.harassment",
        "en",
        "place-told",
        r"\bknow (?:your|ur) place\b|\bstay in (?:your|ur) lane\b(?=[^\n]{0,60}\b(?:woman|girl|nurse|sweetie|honey|sweetheart|darling|real (?:doctors?|men)|boy)\b)|\b(?:shut up|be quiet|just|stay quiet) and (?:smile|look pretty|cook|make (?:me |us )?(?:a )?sandwich|get back in the kitchen)\b|\b(?:smile (?:more )?(?:sweetie|honey|sweetheart|darling|sugar|babe)|(?:sweetie|honey|sweetheart|darling),? (?:nobody|no one) asked)\b|\b(?:women|girls|females|a woman|a girl|wives) should (?:be seen and not heard|stay (?:quiet|silent|home|at home|in the kitchen)|not (?:talk|speak|teach|host|have opinions|vote|work)|never (?:talk|speak|teach|host))\b|\bleave (?:\w+ ){0,2}to (?:the )?(?:real|actual|proper) (?:doctors|men|professionals)\b|\b(?:go|get back to|back to) (?:doing )?(?:the )?(?:dishes|laundry|ironing|cooking)\b",
    ),
    (
        "risk.harassment",
        "es",
        "place-told",
        r"\b(?:conoce|sabe|aprende|recuerda|entiende) (?:cu[aá]l es )?tu lugar\b|\bcalladit[ao] (?:te ves|est[aá]s|se ve|te veías) m[aá]s (?:bonit[ao]|guap[ao]|linda|lindo)\b|\b(?:vete|ve|regresa|vuelve|v[aá]yase) (?:a )?(?:la cocina|fregar|lavar (?:los )?platos|planchar|cocinar|barrer|hacer la comida)\b|\ba (?:fregar|planchar|lavar platos|la cocina)\b(?=[^\n]{0,40}\b(?:mujer|niña|nena|señora|señorita|muchacha|vieja|jaja|ja ja)\b|\W*$)|\bqu[eé]date en tu (?:carril|lugar|cocina|casa)\b|\b(?:las mujeres|una mujer|las niñas|las viejas) (?:deber[ií]an|deben|tienen que) (?:callarse|estar calladas|quedarse en casa|estar en la cocina|obedecer)\b|\b(?:a los|a) (?:m[eé]dicos|hombres|doctores) de verdad\b|\b(?:sonr[ií]e|sonr[ií]ele|sonr[ií]a) y (?:c[aá]llate|calla)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "place-told",
        r"\b(?:знай|знайте|помни|помните) (?:сво[её]|свое) место\b(?=[^\n]{0,50}\b(?:женщин\w*|баб\w*|девоч\w*|девк\w*|девушк\w*|холоп\w*|быдл\w*|ведущ\w+|медсестр\w+|сестричк\w+|врачих\w+|докторш\w+|тренерш\w+|чурк\w*|мигрант\w*|понаехавш\w+|приезж\w+|нищеброд\w*|милочк\w+|деточк\w+|дорогуш\w+|красотк\w+|солнышк\w+)\b)|\b(?:женщин\w*|баб\w*|девоч\w*|девк\w*|девушк\w*|холоп\w*|быдл\w*|ведущ\w+|медсестр\w+|сестричк\w+|врачих\w+|докторш\w+|тренерш\w+|чурк\w*|мигрант\w*|понаехавш\w+|приезж\w+|нищеброд\w*|милочк\w+|деточк\w+|дорогуш\w+|красотк\w+|солнышк\w+)\b[^.!?\n]{0,30}\b(?:знай|знайте|помни|помните) (?:сво[её]|свое) место\b|\b(?:тво[её]|твое|ваше|бабье|женское|её|ее) (?:дело|место)\b[^.!?\n]{0,20}\b(?:молчать|кухн\w+|улыбаться|борщ\w*|плит\w+|рожать|детей рожать)\b|\b(?:иди|идите|вали|марш|пошла|ступай) (?:\w+ )?(?:борщ(?:и)? (?:вари|варить)|на кухню|к плите|полы мыть|посуду мыть|рожать|детей рожать)\b|\bместо (?:бабы|женщины|бабы-\w+) (?:на кухне|у плиты)\b|\b(?:бабам|женщинам|девкам) (?:нужно|надо|положено|следует) (?:молчать|сидеть дома|рожать|на кухне)\b|\bоставь(?:те)? (?:\w+ ){0,2}(?:настоящим|нормальным) (?:врачам|мужикам|мужчинам)\b",
    ),
    # ---------------------------------------------------------- a group given a hostile generalisation
    (
        "risk.harassment",
        "en",
        "group-generalised",
        r"\b(?:all |the |those |these |most |typical |you )?"
        + _EN_MORE_GROUPS
        + r"\b"
        + _EN_NOT_PEOPLE
        + NEAR
        + r"\b"
        + _EN_GROUP_HOSTILE
        + r"\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-generalised",
        r"\b" + _ES_MORE_GROUPS + r"\b" + NEAR + r"\b" + _ES_GROUP_HOSTILE,
    ),
    (
        "risk.harassment",
        "ru",
        "group-generalised",
        r"\b(?:все |эти |эти ваши |ваши |все эти )?" + _RU_MORE_GROUPS + r"\b" + NEAR + r"\b" + _RU_GROUP_HOSTILE,
    ),
    # ---------------------------------------------------------- a person or a group likened to vermin
    (
        "risk.harassment",
        "en",
        "vermin-named",
        r"\b(?:you|u|ya|you'?re|youre|ur|u r|you are|she'?s|he'?s|shes|hes|she is|he is|they'?re|theyre|they are|these people|those people|people like (?:you|u|her|him|them))(?: (?:are|r|is|nothing but|just|such|total|fucking|filthy|dirty|disgusting|little|fat|ugly|lazy|stupid|worthless|greedy|absolute|complete)){0,2} (?:a |an )?"
        + _EN_VERMIN_ONE
        + r"\b(?! (?:race|trap|poison|problem|infestation|exterminator))|\b(?:you|u|ya) (?:filthy|dirty|disgusting|stinking|stinky|smelly|greedy|fat|ugly) (?:animal|beast|dog|pig|rat|cow)\b|\bwhat an? (?:\w+ )?"
        + _EN_VERMIN_ONE
        + r" of a (?:person|human|man|woman|doctor|host|nurse)\b|\bbreed(?:ing)? like (?:rats|rabbits|cockroaches|roaches|flies|animals|vermin|mice)\b",
    ),
    (
        "risk.harassment",
        "es",
        "vermin-named",
        r"\b(?:eres|sos|es|son|est[aá]s hech[oa]|son unos|son unas|ustedes son|ella es|[eé]l es|esa es|ese es)(?: (?:un|una|unos|unas|tan|como|una asquerosa|un asqueroso|un maldito|una maldita|puro|pura|simple|vil))? "
        + _ES_VERMIN_ONE
        + r"\b(?! (?:de (?:biblioteca|gimnasio|laboratorio)|sagrada|de mar))|\bse (?:reproducen|multiplican|cr[ií]an) como (?:ratas|conejos|cucarachas|animales|moscas|chinches)\b|\b(?:pinche|maldit[oa]|asqueros[oa]|sucia|sucio|gorda|gordo) "
        + _ES_VERMIN_ONE
        + r"\b",
    ),
    (
        "risk.harassment",
        "ru",
        "vermin-named",
        r"(?<![-—] )(?<![-—])\b(?:ты|вы|они|эти|такие как ты|вы все|они все)(?:,| -| —)? (?:(?:просто|же|настоящ\w+|самая|самый|обычная|обычный|грязн\w+|жирн\w+|мерзк\w+|вонюч\w+|это)\s)?"
        + _RU_VERMIN_ONE
        + r"\b|\bплодятся как (?:крысы|кролики|тараканы|мухи|кошки|животные)\b|\b(?:грязн\w+|жирн\w+|мерзк\w+|вонюч\w+|поганая|поганый) (?:паразит\w*|крыс\w*|тарака\w+|гнид\w*|вошь|глист\w*)\b",
    ),
    # ---------------------------------------------------------- weight, age, voice and accent mocked
    (
        "risk.harassment",
        "en",
        "looks-mocked",
        r"\b(?:lay|lay off|layoff|put down|step away from) (?:the )?(?:donuts|doughnuts|burgers|cheeseburgers|cake|fries|snacks|pizza|buffet|twinkies|big macs|fork|cookies|candy|carbs)\b|\beat a (?:salad|sandwich|burger|vegetable|cheeseburger)\b|\bface (?:for|made for) (?:radio|a podcast|a paper bag)\b|\bhow many chins\b|\b(?:forehead|fivehead|nose|ears|head) (?:could|can) (?:land|park|fit|hold|show) (?:planes|a plane|helicopters|jets|a bus|a movie)\b|\b(?:should|needs? to|gotta|ought to|has to|have to) lose (?:\d+|like \d+|some|a few|a lot of|a ton of|fifty|thirty|twenty) (?:pounds|lbs|kilos|kg|stone|weight)\b|\b(?:your|ur|her|his|the host'?s?|that) (?:teeth|skin|hair|face|nose|acne|breath|voice|body|belly|gut|arms|legs|thighs|chin) (?:is|are|r|look|looks|sound|sounds) (?:so |really |way too |too |super )(?:yellow|crooked|greasy|gross|ugly|nasty|disgusting|saggy|flabby|wrinkly|wrinkled|oily|hairy|squeaky|shrill|annoying|grating|unbearable|horrible|awful)\b|\b(?:voice|accent) (?:is |sounds )?(?:like )?(?:nails on a chalkboard|a dying (?:cat|goat|pig|duck)|a chainsaw|a goat|a chipmunk|a cartoon)\b|\b(?:thick|heavy|stupid|weird|terrible|funny|fake|broken|awful) (?:\w+ )?accent\b[^.!?\n]{0,40}\b(?:can'?t understand|cant understand|speak (?:properly|english|normally|right)|learn (?:to speak|english)|go back|get a real)\b|\bwith (?:that|this|an?) (?:\w+ )?accent\b[^.!?\n]{0,40}\b(?:shouldn'?t|should not|why (?:do|would|is|are|let)|let (?:her|him|them|someone)|can'?t be|nobody|no one)\b|\b(?:you'?re|youre|you are|ur|u r|she'?s|shes|he'?s|hes|she is|he is|the \w+ is|(?:host|doc|doctor|nurse|coach|trainer|presenter|streamer) is) (?:way |far |much |just |clearly |getting |obviously )?too old (?:to be (?:on|doing|hosting|teaching|wearing)|for (?:tv|this|camera|the camera|youtube|streaming|that outfit))\b|\b(?:retire|go to a nursing home|get in your coffin) already\b|\b(?:skeleton|twig|stick insect|beanpole) (?:telling|teaching|talking|explaining|lecturing)\b|\bwrinkl(?:es|y)\b[^.!?\n]{0,30}\b(?:nobody|no one|gross|disgusting|ew|camera|botox)\b|\b(?:nobody|no one) wants to (?:watch|see|look at) (?:a |an |some )?(?:old|fat|ugly|middle aged|wrinkly|bald|saggy)\b",
    ),
    (
        "risk.harassment",
        "es",
        "looks-mocked",
        r"\b(?:la presentadora|el presentador|la doctora|el doctor|la m[eé]dica|la enfermera|la coach|la entrenadora|el entrenador|ella|[eé]l|t[uú]|vos|esa|ese|la tipa|el tipo|la se[ñn]ora|la vieja) (?:est[aá]s?|se (?:ve|puso|est[aá] poniendo)|te (?:ves|pusiste)|es|eres) (?:bien |muy |re |tan |demasiado |super )?(?:gord[ií]sim[oa]|gord[oa]|obes[oa]|vieja|viejo|viej[ií]sim[oa]|fe[ií]sim[oa]|arrugad[oa]|calv[oa]|panz[oó]n|panzona|cachetud[oa]|horrend[oa]|esquel[eé]tic[oa]|flac[ou]cha|cuerpo de \w+)\b|\b(?:ponte|p[oó]ngase|que se ponga|hazte|haz|deber[ií]as? (?:hacer|ponerte a)|necesitas) (?:a )?(?:dieta|ejercicio)\b|\bdeja (?:las|los|el|la) (?:donas|pasteles|tacos|hamburguesas|dulces|tortas|pizzas?|papas|gansitos|pan)\b|\bcu[aá]ntas papadas\b|\bcara (?:de|para (?:la )?) ?(?:radio|caballo|pizza|cerdo|pan|nalga|culo|sapo|mono)\b|\b(?:qu[eé]|esa|su|tu) voz (?:tan |m[aá]s )?(?:chillona|horrible|insoportable|irritante|de pito|de rata|de cabra|de pato|de vieja|de ni[ñn]a|de hombre|horrorosa|espantosa)\b|\b(?:ese|con ese|con tu|con su|tu|su) acento\b[^.!?\n]{0,40}\b(?:no se (?:te |le )?entiende|aprende a hablar|habla bien|hablen? bien|habla espa[ñn]ol|vete|vuelve|no deber[ií]a|qui[eé]n (?:le|la) dej[oó]|por qu[eé] (?:la|lo|le) dejan)\b|\b(?:ya )?(?:est[aá]s?|eres|es) (?:muy |demasiado |bastante )?viej[oa] para (?:la tele|esto|estar|salir|la c[aá]mara|youtube|presentar|ense[ñn]ar|vestirte)\b|\bj[uú]b[ií]late (?:ya|de una vez|abuel[oa]|viej[oa])\b|\bel (?:flaco|esqueleto|palillo) (?:ese )?(?:ense[ñn]ando|hablando de|explicando)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "looks-mocked",
        r"\b(?:ты|вы|она|он|ведущ\w+|врач\w*|доктор\w*|докторш\w+|тренер\w*|тренерш\w+|медсестр\w+|блогер\w*|тётк\w+|тетк\w+|баб(?:а|ка)) (?:(?:совсем|так|сильно|жутко|ужасно|опять|ещё|еще|уже) )?(?:разжирел\w*|растолстел\w*|располнел\w*|обрюзг\w*|постарел\w*|подурнел\w*|облысел\w*|обвисл\w*|разнесло)\b|\b(?:пусть (?:уже )?сядет|(?:ей|ему|тебе) (?:пора|надо|нужно) (?:сесть|садиться)|сесть бы (?:ей|ему|тебе)) на диету\b|\bсколько (?:у (?:тебя|неё|нее|него|ведущ\w+) )?подбородков\b|\b(?:голос|голосок|голосина) (?:как у|будто у|словно у) (?:пилы|бензопилы|свиньи|козы|утки|кошки|мыши|вороны|поросёнка|поросенка|старухи|бабки)\b|\bслишком (?:стар\w+|толст\w+|жирн\w+|страшн\w+) для (?:эфира|камеры|телевизора|ютуба|экрана|этого|тв|кадра)\b|\b(?:с таким|с такой|с этим|с этой) (?:акцентом|носом|лицом|рожей|голосом|весом|пузом|фигурой|задницей)\b[^.!?\n]{0,30}\b(?:не понятно|непонятно|научись|не лезь|нечего|лучше не|в кадр|на экран|в эфир|иди|вали|стыдно|позор)\b|\b(?:уберите|уберите её|уберите его|выключите) (?:эту |этого )?(?:старуху|бабку|деда|жирдяя|толстуху|уродину)\b|\b(?:пора|иди|иди-ка) на пенсию\b(?=[^\n]{0,40}\b(?:старая|старый|бабка|дед|карга|старуха|развалина)\b)|\b(?:старая|старый|старой|старую) (?:развалина|развалину|кляча|клячу|перечница|перечницу|маразматичк\w+)\b",
    ),
    # ---------------------------------------------------------- a body word or age used as someone's name
    (
        "risk.harassment",
        "en",
        "body-named",
        r"(?:^\W{0,3}|[,.!?]\s{0,3}|\b(?:hey|yo|oi|ok|okay|listen|sure|nice try|shut up|stfu|bye|move|sit down|eat|go|cope|relax|lol|lmao|and)\s{1,3})"
        + _EN_BODY_NAME
        + r"(?=\s{0,3}(?:[,.!?\u2026]|$|lol|lmao|😂|🤣|🐷|🐖))|\b(?:eat a salad|lay off the \w+|shut up|stfu|sit down|go away|get lost|nobody asked),? "
        + _EN_BODY_NAME
        + r"\b",
    ),
    (
        "risk.harassment",
        "es",
        "body-named",
        r"(?:^\W{0,3}|[,.!?¡¿]\s{0,3}|\b(?:oye|ey|eh|hey|mira|calla|c[aá]llate|ya|vete|adi[oó]s|jaja|jajaja)\s{1,3})"
        + _ES_BODY_NAME
        + r"(?=\s{0,3}(?:[,.!?\u2026]|$|jaja|😂|🤣|🐷))(?=[^\n]{0,60}\b(?:te|tu|t[uú]|tus|ti|eres|est[aá]s|tienes|vos|sos|c[aá]llate|vete|j[uú]b[ií]late|deja|jaja|jajaja)\b|\W{0,6}$)",
    ),
    (
        "risk.harassment",
        "ru",
        "body-named",
        r"(?:^\W{0,3}|[,.!?]\s{0,3}|\b(?:эй|слышь|ну|ага|да|заткнись|молчи|иди|вали|пока|ха|ахах|хаха)\s{1,3})"
        + _RU_BODY_NAME
        + r"(?=\s{0,3}(?:[,.!?\u2026]|$|ахах|хаха|😂|🤣|🐷))(?=[^\n]{0,60}\b(?:ты|тебя|тебе|твой|твоя|твои|у тебя|заткнись|иди|вали|сядь|ахах|хаха)\b|\W{0,6}$)",
    ),
    # ---------------------------------------------------------- a disability or an illness used against someone
    (
        "risk.harassment",
        "en",
        "illness-used",
        r"\b(?:go |did (?:you|u) (?:forget|skip) (?:to )?|forgot (?:to )?|(?:you|u) need to |someone give (?:her|him) )?(?:take|took|taking|forgot) (?:your|ur|her|his) (?:crazy |happy |damn |fucking )?(?:meds|pills|medication|lithium|antipsychotics)\b(?=[^\n]{0,50}\b(?:psycho|crazy|nutjob|schizo|lunatic|loon|freak|weirdo|nutcase|maniac|mental|insane|looney|loony|unhinged|bipolar|hysterical)\b)|\b(?:psycho|crazy|nutjob|schizo|lunatic|loon|freak|weirdo|nutcase|maniac|looney|loony|unhinged)\b[^.!?\n]{0,30}\b(?:go )?take (?:your|ur|her|his) (?:meds|pills|medication)\b|\b(?:you'?re|youre|ur|you are|u r|she'?s|he'?s|she is|he is|the host is) (?:so |such an? |literally |clearly |obviously |acting )?(?:autistic|retarded|schizo|bipolar|mentally ill|special needs|brain damaged)\b(?=[^\n]{0,40}\b(?:hurts|watch|lol|lmao|cringe|pathetic|embarrassing|go|shut|nobody|no one|mess|listen|trust|joke)\b)|\b(?:wheelchair|cripple|crippled|deaf|blind|stuttering|stutter|retarded|autistic|one[- ]legged|handicapped) (?:boy|girl|guy|lady|man|woman|dude|kid)\b(?=[^\n]{0,40}\b(?:thinks|can'?t|lol|lmao|trying|wants|pretending|should|shouldn'?t)\b)|\b(?:the |that |this |a )?(?:stuttering|deaf|blind|disabled|crippled|autistic|wheelchair|bipolar|schizo|mentally ill|fat|obese|senile) (?:\w+ )?(?:people|ppl|guys?|girls?|lady|ladies|wom[ae]n|m[ae]n|person|host|doctor|doc|nurse|coach|trainer|hosts|doctors|nurses)\b[^.!?\n]{0,20}\b(?:shouldn'?t|should not|can'?t|cannot|has no business|have no business|have no right|has no right)\b(?: \w+){0,2} (?:be allowed|present|host|teach|coach|talk|speak|be on|work|stream|podcast|be (?:hosting|on|here|doctors|nurses|teaching|watching|talking|streaming|coaching|in|part|seen|allowed))\b|\b(?:cancer|chemo|diabetic|disabled|sick|dying) (?:patients?|people|ppl)\b[^.!?\n]{0,20}\b(?:are|r) (?:a |just a )?(?:drain|burden|waste|leeches|parasites)\b",
    ),
    (
        "risk.harassment",
        "es",
        "illness-used",
        r"\b(?:t[oó]mate|toma|tomate|t[oó]mese) (?:tus|las|su|sus) (?:pastillas|medicinas|pastis|medicamentos|gotitas)\b(?=[^\n]{0,50}\b(?:loc[oa]|psic[oó]pata|chiflad[oa]|demente|zumbad[oa]|enferm[oa]|desquiciad[oa]|hist[eé]ric[oa]|tarad[oa]|esquizo\w*|bipolar|pirad[oa]|chalad[oa])\b)|\b(?:loc[oa]|psic[oó]pata|chiflad[oa]|demente|zumbad[oa]|desquiciad[oa]|hist[eé]ric[oa]|esquizo\w*|pirad[oa]|chalad[oa])\b[^.!?\n]{0,30}\bt[oó]mate (?:tus|las) (?:pastillas|medicinas|pastis)\b|\b(?:est[aá]s|estás|est[aá]|eres|es) (?:para|pa) (?:el )?(?:manicomio|loquero|psiqui[aá]trico|siqui[aá]trico)\b|\b(?:el|la|los|las) (?:de la silla de ruedas|tartamud[oa]s?|sord[oa]s?|cieg[oa]s?|coj[oa]s?|mong[oó]lic[oa]s?|retrasad[oa]s?|autistas?|down)\b[^.!?\n]{0,30}\b(?:no deber[ií]an?|quiere[n]? (?:ense[ñn]ar|presentar|hablar|ser)|se cree[n]?|jaja|jajaja|qu[eé] pena|no puede[n]?|por qu[eé])\b|\b(?:eres|es|est[aá]s) (?:bien |muy |re |tan )?(?:autista|retrasad[oa]|mong[oó]lic[oa]|down|subnormal|bipolar|esquizofr[eé]nic[oa])\b(?=[^\n]{0,40}\b(?:jaja|verg[uü]enza|pena|das|c[aá]llate|vete|nadie|qu[eé] asco|rid[ií]cul\w+)\b)|\b(?:pacientes|enfermos|los) (?:con|de) (?:c[aá]ncer|diabetes|sida|vih)\b[^.!?\n]{0,20}\bson (?:una )?(?:carga|lastre|gasto in[uú]til|par[aá]sitos)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "illness-used",
        r"\b(?:выпей|прими|пей|попей|примите|выпейте) (?:свои |свою |уже |наконец )?(?:таблет\w+|колёс\w*|колес\w*|лекарств\w*|галоперидол\w*|таблеточки)\b(?=[^\n]{0,50}\b(?:псих\w*|шиз\w*|больн\w+|ненормальн\w+|дурк\w+|истеричк\w+|неадекват\w*|поехавш\w+|кукух\w+)\b)|\b(?:псих\w*|шиз\w*|больн\w+|ненормальн\w+|истеричк\w+|неадекват\w*|поехавш\w+)\b[^.!?\n]{0,30}\b(?:выпей|прими|пей) (?:свои )?таблет\w+\b|\b(?:колясочник\w*|заик\w+|глух\w+|слеп\w+|даун\w*|аутист\w*|инвалид\w*|калек\w+|хромо\w+|шизик\w*)\b[^.!?\n]{0,30}\b(?:не должен|не должна|не должны|учит|учат|лезет|лезут|смешно|позор|куда лез\w*|а туда же|кто пустил|хаха|ахах)\b|\b(?:ты|вы|она|он|ведущ\w+) (?:(?:реально|просто|точно|совсем) )?(?:аутист\w*|даун\w*|дебил\w*|шизофреник\w*|шизик\w*|психопат\w*|умственно отстал\w+)\b(?=[^\n]{0,40}\b(?:смешно|позор|хаха|ахах|заткнись|вали|иди|никто|смотреть)\b)|\b(?:раков\w+ больн\w+|онкобольн\w+|диабетик\w+|инвалид\w+) (?:—|-)? ?(?:это )?(?:обуза|нахлебник\w*|балласт|паразит\w*)\b",
    ),
    # ---------------------------------------------------------- gender performance mocked, sexuality called disgusting
    (
        "risk.harassment",
        "en",
        "gender-mocked",
        r"\b(?:he|the guy|this guy|that guy|the dude|this dude|the man|this man|that man|him|you|u|the host|the coach|the trainer|the doctor)\b(?: \w+)? (?:talks?|sounds?|walks?|acts?|runs?|throws?|cries|cry|screams?|whines?|whin(?:es|ing)|dresses?|looks?|lifts?|moves?|dances?) like (?:a )?"
        + _EN_GIRLY
        + r"\b(?=[^\n]{0,40}\b(?:man up|grow a pair|be a man|lol|lmao|gay|pathetic|sissy|embarrassing|cringe|normal|weird|unnatural)\b|\W{0,6}$)"
        r"|\b(?:she|she'?s|shes|the woman|this woman|that woman|the lady|the host|her)\b(?: \w+)? (?:looks?|sounds?|walks?|talks?|acts?|is built) like a "
        + _EN_MANLY
        + r"\b(?! (?:of (?:her|his) word|on a mission))"
        r"|\b(?:she'?s|she is|shes|the host is|that'?s|thats) (?:clearly |obviously |actually |really |definitely )?a (?:man|dude|guy|bloke|dude in a dress)\b(?! (?:of|on|who|that|in (?:her|his)))(?=[^\n]{0,40}\b(?:hands|jaw|shoulders|voice|adam'?s apple|lol|look|face|body|legs)\b)"
        r"|\b(?:is|looks|sounds|so|obviously|clearly|totally) (?:so )?(?:gay|lesbian|queer|a lesbian|a homo|trans|a tranny)\b[^.!?\n]{0,20}\b(?:disgusting|gross|sick|sickening|eww?|yuck|vomit|nasty|wrong|unnatural|revolting|🤮|🤢)|\b(?:disgusting|gross|sick|sickening|eww?|yuck|nasty|unnatural|revolting)\b[^.!?\n]{0,20}\b(?:gay|homo|lesbian|queer|tranny|trans)\b(?! (?:rights|marriage|pride|bar|club|community))",
    ),
    (
        "risk.harassment",
        "es",
        "gender-mocked",
        r"\b(?:habla|hablas|corre|corres|llora|lloras|grita|gritas|chilla|chillas|camina|caminas|se viste|te vistes|se mueve|te mueves|baila|bailas|lanza|lanzas|parece|pareces|suena|suenas) como (?:una )?(?:niña|nena|nenita|vieja|mujercita|señorita|maricona?|mariquita|princesa|chica|mujer)\b(?=[^\n]{0,40}\b(?:hombre|macho|huevos|marica|nena|jaja|jajaja|pat[eé]tico|rid[ií]culo|verg[uü]enza|normal|raro|asco)\b|\W{0,6}$)|\b(?:pareces|parece|es|eres|est[aá]s hech[oa]) (?:un |una )?(?:hombre|macho|marimacho|camionera|camionero|travesti|machorra|machona)\b(?=[^\n]{0,40}\b(?:manos|voz|espalda|cara|mand[ií]bula|piernas|jaja|con esa|con esas|con ese|con esos)\b|\W{0,6}$)|\b(?:s[eé]|se|sea|s[eé]a) (?:un )?(?:hombre|macho|hombrecito)\b|\bno seas (?:nena|niña|nenita|marica|maric[oó]n|princesa)\b|\b(?:es|se ve|parece|bien|re) (?:gay|maric[oó]n|marica|lesbiana|joto|trolo|puto)\b[^.!?\n]{0,25}\b(?:qu[eé] asco|asco|asqueros\w+|enferm\w+|vomitar|🤮|🤢|repugnante|antinatural)|\b(?:qu[eé] asco|asqueros\w+|repugnante|antinatural)\b[^.!?\n]{0,25}\b(?:gays?|maricones|maric[oó]n|lesbianas?|jotos?|travestis?|trans)\b(?! (?:rights|derechos|orgullo))",
    ),
    (
        "risk.harassment",
        "ru",
        "gender-mocked",
        r"\b(?:говорит|говоришь|ноет|ноешь|визжит|визжишь|плачет|плачешь|бегает|бегаешь|ведёт себя|ведет себя|ведёшь себя|ведешь себя|одевается|одеваешься|кривляется|кривляешься|пищит|пищишь) как (?:девчонк\w+|баба|бабка|девочк\w+|тёлк\w+|телк\w+|истеричк\w+|педик|женщина)\b(?=[^\n]{0,40}\b(?:мужик\w*|нормальн\w*|позор\w*|смешно|фу|стыдно|противно|ахах\w*|хаха\w*)\b|\W{0,6}$)|\b(?:ты|она|ведущая|докторша|тренерша|врачиха) (?:похож\w+ на|как|вылитый|вылитая) (?:мужик\w*|мужчин\w+|трансвестит\w*|трансух\w*|грузчик\w*|мужлан\w*)\b|\b(?:будь|будьте) (?:мужиком|мужчиной)\b|\bне будь (?:бабой|девчонкой|тряпкой)\b|\b(?:гей|пидор\w*|голубой|голубая|лесбиянк\w*|трансух\w*|педик\w*)\b[^.!?\n]{0,25}\b(?:противно|мерзко|фу|тошнит|блевать|отвратительно|мерзость|больн\w+|🤮|🤢)|\b(?:противно|мерзко|фу|тошнит|отвратительно|мерзость)\b[^.!?\n]{0,25}\b(?:гей\w*|пидор\w*|голуб\w+|лесбиянк\w*|трансух\w*|педик\w*)\b",
    ),
    # ---------------------------------------------------------- class contempt
    (
        "risk.harassment",
        "en",
        "class-contempt",
        r"\b(?:peasants?|plebs?|plebeians?|poors|trailer trash|white trash|ghetto trash|welfare (?:queens?|rats?|bums?)|hillbill(?:y|ies)|rednecks?|low ?lifes?|low ?class|bums?|hobos?|serfs?|commoners?|brokies?|broke ass) like (?:you|u|her|him|them|y'?all)\b|\b(?:you|u|ya|she|he|the host) (?:sound|sounds|look|looks|dress|dresses|talk|talks|smell|smells) (?:so |really |super )?(?:like (?:a |an )?)?(?:poor|broke|ghetto|trashy|homeless|a peasant|a bum|a hobo|trailer trash|white trash|a crackhead|a junkie)\b(?=[^\n]{0,40}\b(?:lol|lmao|go|get|job|nobody|gross|ew|broke|poor|peasant)\b|\W{0,6}$)|\bgo get a real job\b",
    ),
    (
        "risk.harassment",
        "es",
        "class-contempt",
        r"\b(?:tienes|tiene|tienen) (?:pinta|cara|facha) de (?:pobre|naco|naca|muert[oa] de hambre|sirvienta|chacha|criada|vagabund[oa]|indigente|pordiosero|mendig[oa]|gat[oa]|chusma|ñer[oa]|grasa|cholo|chola)\b|\b(?:gentuza|chusma|naco|naca|nacos|nacas|muert[oa]s? de hambre|pobret[oó]n\w*|pobretona|pordioser[oa]s?|ñer[oa]s?|perraje|plebe|gata|gato|cholo|chola) como (?:t[uú]|vos|ella|[eé]l|ustedes)\b|\bb[uú]scate un (?:trabajo|laburo|curro|empleo) de verdad\b",
    ),
    (
        "risk.harassment",
        "ru",
        "class-contempt",
        r"\b(?:нищеброд\w*|колхозни\w+|деревенщин\w+|быдл\w+|чернь|холоп\w*|плебе\w+|гопот\w+|гопник\w*|нищет\w+|бомж\w*|лимит\w+|плебс) (?:как ты|вроде тебя|как вы|вроде вас|типа тебя|как она|как он)\b|\b(?:выглядишь|выглядит|одеваешься|одевается|говоришь|говорит|пахнешь|пахнет) как (?:бомж\w*|нищеброд\w*|колхозни\w+|деревенщин\w+|доярк\w+|гопник\w*|быдл\w+|лимит\w+)\b|(?:^\W{0,3}|[,.!?]\s{0,3})(?:нищеброд|нищебродка|колхозник|колхозница|деревенщина|быдло|холоп|плебей|лимита)\b(?=\s{0,3}(?:[,.!?]|$))",
    ),
    # ---------------------------------------------------------- sexual remarks about clothes, bodies and photos
    (
        "risk.harassment",
        "en",
        "sexual-remark",
        r"\b(?:see|seeing|watch|get|seen) (?:her|you|u|him|the \w+|that \w+)(?:'s)? (?:without|out of|in|take off) (?:her|his|your|ur|that|the|those|a)? ?(?:clothes|lab coat|coat|scrubs|shirt|top|bra|dress|uniform|gown|clothing|underwear|panties|lingerie|bikini|pants)\b|\b(?:take|takes|taking) (?:off )?(?:her|your|ur|that|the) (?:clothes|lab coat|scrubs|shirt|top|bra|dress|uniform|panties|pants) off\b|\b(?:take|takes|taking) off (?:her|your|ur|that|the) (?:clothes|lab coat|scrubs|shirt|top|bra|dress|uniform|panties|pants)\b|\b(?:damn|dayum|mmm+|wow|omg|ooh|nice|sexy|hot|yummy|look at (?:those|them|her|the \w+'?s?))\b,? (?:\w+ )?(?:legs|thighs|curves|hips|lips|feet|booty|bust|cleavage|knockers|jugs|hooters|buns|calves|boobies|titties)\b(?! (?:day|workout|exercise|stretch|press|routine|muscles?|pain|cramps?|swelling))|\b(?:turn around|spin around|bend over|bend down|do a twirl)\b(?=[^\n]{0,40}\b(?:for (?:us|me|the camera)|doc|nurse|baby|babe|sweetie|honey|mami|sexy|hot|😏|😍|🤤|🍑|👀)\b)|\bshow (?:us |me )?(?:(?:your|ur|her|them|those|the) )?(?:feet|toes|soles|some skin|more skin|a little more|a bit more|cleavage)\b|\bfreak in (?:bed|the sheets)\b|\b(?:wear|put on|try) (?:something|a skirt|a dress|shorts|a top) (?:shorter|tighter|sexier|smaller|more revealing|lower cut|see[- ]through)\b|\b(?:facing away from|away from|bend over in front of|back to) the camera\b(?=[^\n]{0,30}(?:😏|😍|🤤|🍑|👀|\bsquats?\b|\bbend\b))|\b(?:send|dm|drop|post) (?:me |us )?(?:a |some )?(?:private|spicy|sexy|naughty|dirty|feet|foot|bikini|nude) (?:pic|pics|photo|photos|video|videos|selfie|selfies|content)\b|\b(?:do anything|do whatever) to me\b|\b(?:i'?d|id|i would|i wanna|wanna|i want to|let me|lemme) (?:lick|kiss|touch|grab|squeeze|spank|motorboat|suck|bite|sniff|smell|rub|massage|feel) (?:her|your|ur|those|that|them|the \w+'?s)\b(?! (?:hand|forehead|cheek|cat|dog|baby|kid))|\b(?:sit|ride|bounce) on (?:my|this) (?:face|lap|dick|cock)\b",
    ),
    (
        "risk.harassment",
        "es",
        "sexual-remark",
        r"\b(?:verla|verte|verlo|quitarle|quitarte|sacarle|sacarte|ver a la \w+) (?:sin|en) (?:ropa|bata|la bata|bikini|tanga|ropa interior|calzones|brasier|sost[eé]n|bragas|uniforme|chones)\b|\b(?:qu[eé]|esas|tremendas|ricas|lindas|buenas) (?:piernas|piernotas|nalgas|nalgotas|culo|culazo|pechos|tetas|tetotas|curvas|caderas|muslos|pechugas|pompis|chichis|melones|gomas)\b|\bdate (?:la )?vuelta\b(?=[^\n]{0,40}\b(?:doctora|mami|preciosa|mamacita|guapa|reina|bebé|bebe|para (?:nosotros|mí|mi|la c[aá]mara))\b)|\b(?:ponte|usa|lleva|p[oó]nganse|p[oó]ngase) (?:algo|una falda|un vestido|ropa|un short|unos shorts|un top|una blusa) (?:m[aá]s )?(?:corto|corta|cortito|cortita|ajustad[oa]|escotad[oa]|sexy|chiquit[oa]|transparente|apretad[oa])\b|\b(?:m[aá]ndame|env[ií]ame|p[aá]same|manda|mandame|pasame|sube) (?:una |unas |un |tu )?(?:foto|fotos|fotito|fotitos|video|pack|nudes?) (?:privad\w+|[ií]ntim\w+|hot|sexy|sin ropa|de tus pies|de tus pechos|de tus piernas|en bikini|en ropa interior)\b|\b(?:est[aá]s|(?:la|esa|esta) (?:doctora|presentadora|enfermera|coach|entrenadora|m[eé]dica|host|tipa|chica|mina|vieja|señora|farmac[eé]utica) (?:est[aá]|se ve)|ella est[aá]|te ves) (?:bien |re |muy |tan |bien re )?(?:buen[ií]sim[oa]|rica|riquísima|sabros[oa]|mamacita|cogible|follable|apetecible|para (?:comerte|comérsela|darle))\b|\b(?:le|te) (?:dar[ií]a|har[ií]a|hac[ií]a|metería|meter[ií]a) (?:de todo|todo|cosas|duro|hasta)\b|\bqu[eé] rica (?:est[aá]s?|se ve|te ves)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "sexual-remark",
        r"\b(?:увидеть|посмотреть на|раздеть|видеть) (?:её|ее|тебя|его|ведущ\w+|докторш\w+|врачих\w+|тренерш\w+|медсестр\w+) без (?:халата|одежды|трусов|трусиков|лифчика|платья|формы|всего|белья|кофты|майки)\b|\bкакие (?:ножки|ноги|сиськи|сисечки|буфера|формы|губки|бёдра|бедра|попка|попа|жопа|ляжки|дойки|титьки)\b|\bповернись(?:-ка)?(?: спиной| задом| попкой| попой)?\b(?=[^\n]{0,40}\b(?:доктор\w*|детка|малышка|красотка|сладкая|зайка|для нас|для меня|на камеру|😏|😍|🤤|🍑)\b)|\b(?:надень|одень|носи|наденьте) (?:юбку|платье|шорты|что-нибудь|что-то|халат|кофту|топ) (?:покороче|короче|поуже|пооткровеннее|поменьше|попрозрачнее|прозрачн\w+|в обтяжку)\b|\bскинь(?:те)? (?:мне )?(?:фотк\w+|фото\w*|ножки|пяточки|ступни|интимк\w*|видос\w*)(?: (?:в личку|в лс|в личные|без одежды|в белье|в купальнике|ножек|пяточек))\b|\b(?:такая|такой|очень|прям|ну очень) (?:сексуальн\w+|секси|сочн\w+|аппетитн\w+)\b(?=[^\n]{0,40}\b(?:бы|хочу|раздел|вдул|трахнул|😏|🤤|🍑|ведущ\w+|доктор\w*)\b)|\bя бы (?:её|ее|тебя|его|ей|тебе) (?:\w+ )?(?:трахнул\w*|вдул\w*|отымел\w*|нагнул\w*|поимел\w*|раздел\w*|засадил\w*|отодрал\w*)\b|\bхочу (?:её|ее|тебя) (?:раздеть|трахнуть|поиметь|нагнуть|отыметь)\b",
    ),
    # ---------------------------------------------------------- slurs written with a masking asterisk
    (
        "risk.harassment",
        "en",
        "masked-slur",
        r"(?:\b(?:you|u|you'?re|youre|u r|she'?s|he'?s|shes|hes|she is|he is|the host is|what a|such a|stupid|dumb|fat|ugly|little|old|dirty|filthy|shut up|stfu)\b[^.!?\n]{0,20}?|(?:^\W{0,3}))"
        + _EN_MASKED
        + r"(?=[\s,.!?]|$)",
    ),
    (
        "risk.harassment",
        "es",
        "masked-slur",
        r"(?:\b(?:eres|sos|es|est[aá]|la \w+ es|el \w+ es|qu[eé]|pinche|maldit[oa]|c[aá]llate|vete|gord[oa]|vieja|viejo)\b[^.!?\n]{0,20}?|(?:^\W{0,3}))"
        + _ES_MASKED
        + r"(?=[\s,.!?]|$)",
    ),
    (
        "risk.harassment",
        "ru",
        "masked-slur",
        r"(?:\b(?:ты|вы|она|он|ведущ\w+|эта|этот|заткнись|молчи|вали|иди|тупая|тупой|жирная|жирный|старая|какая|какой)\b[^.!?\n]{0,20}?|(?:^\W{0,3}))"
        + _RU_MASKED
        + r"(?=[\s,.!?]|$)",
    ),
]


# A second set of the same concepts' forms: the looks mocked through a mirror, a shape, a body part "with that
# ... teaching", "imagine being ... and still"; a voice that hurts the ears; an identity with a role met with scorn
# ("a female surgeon? no thanks"); "only a lesbian would"; "who let grandma in"; a precondition of weight; sexual
# degradation ("walking std", "office mattress"), rape wished on someone; a group blamed or given a vice; an
# ethnic noun with an insult; sent off to find a husband.
_EN_IDENT_ADJ = r"(?:black|white|asian|mexican|indian|chinese|arab|muslim|jewish|hijabi|gay|trans|female|woman|girl|fat|old|disabled|deaf|blind|foreign|immigrant|male|man|lesbian)"
_EN_PERSON_NOUN = r"(?:guy|girl|woman|man|lady|dude|chick|person|doctor|doc|nurse|surgeon|host|coach|trainer|pharmacist|therapist|cardiologist|presenter|instructor|teacher)"
_EN_MOCK_SCORN = r"(?:now i'?ve seen (?:everything|it all)|what'?s next|give me a break|yeah right|sure jan|no thanks|hard pass|wouldn'?t trust|would never trust|never trust|so gay|too emotional|🙄|figures|typical)"
_EN_BODY_PART = r"(?:gut|belly|beer belly|nose|face|teeth|hairline|chins?|double chin|weight|body|thighs|arms|voice|accent|acne|ass|butt|ears|forehead|wrinkles|skin|legs|neck|lisp|stutter|mustache|moustache)"
_ES_IDENT = r"(?:negr[oa]|indi[oa]|chin[oa]|mor[oa]|gitan[oa]|jud[ií][oa]|musulm[aá]n\w*|gay|trans|mujer|gord[oa]|viej[oa]|sudaca|veneco|venezolan[oa]|bolivian[oa]|mexican[oa])"
_RU_IDENT = r"(?:черномаз\w+|чурк\w+|хач\w*|баб\w+|негр\w*|узкоглаз\w+|жид\w*|таджик\w*|узбек\w*|мусульман\w*|гей|хохл\w*|кавказ\w*|женщин\w*|старух\w+|жирн\w+)"
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "looks-mocked-2",
        r"\b(?:buy|get|give|find|gift|send) (?:this|that|the|her|him|yourself|urself|ur|your) (?:\w+ )?(?:a |an )?(?:mirror|new face|paper bag|bag for (?:her|his|your|ur) (?:head|face))\b|\bshaped like a (?:fridge|potato|barrel|pear|bowling ball|whale|hippo|blob|beanbag|refrigerator|thumb|egg|avocado|jelly ?bean)\b"
        r"|\bimagine (?:being|having|looking like|walking around with)\b[^.!?\n]{0,60}\band (?:still|then)\b[^.!?\n]{0,30}\b(?:going|showing|getting|coming|teaching|hosting|posting|streaming|being|lecturing|talking)\b"
        r"|\b(?:how|why) (?:is|does|would|do|can) (?:a|an|this|that|the|some) (?:\w+ )?(?:guy|girl|woman|man|lady|dude|chick|person|doctor|doc|nurse|host|coach|trainer) with (?:that|this|those|a|such a|an) (?:\w+ )?"
        + _EN_BODY_PART
        + r"\b"
        r"|\bwith (?:that|this|those|such a|a) (?:\w+ )?"
        + _EN_BODY_PART
        + r"\b[^.!?\n]{0,20}\b(?:teaching|lecturing|giving (?:advice|tips)|talking about (?:fitness|nutrition|health|diet|weight)|on (?:camera|tv|air))\b"
        r"|\b(?:your|ur|her|his|the host'?s?|that) (?:voice|face|laugh|accent|singing) (?:makes|is making|made) my (?:ears|eyes) (?:bleed|hurt|burn|water)\b|\bmy (?:ears|eyes) (?:are bleeding|bleed|hurt)\b(?=[^\n]{0,40}\b(?:voice|face|host|her|him|you|u)\b)"
        r"|\b(?:she|he|the host|you|u)\b(?: \w+){0,2} (?:should|needs? to|gotta|must) (?:lose (?:some )?weight|go on a diet|hit the gym|shave|get (?:her|his|your|ur) teeth fixed) (?:first|before)\b"
        r"|\bwho (?:let|invited|hired|allowed|put) (?:this |that |the |a )?(?:fat |ugly |old |bald |dumb |crazy |disabled |stupid )?(?:grandma|granny|grandpa|gramps|boomer|geezer|hag|cow|pig|whale|cripple|retard|freak|clown|bitch|old lady|old man|fatso|fatty|landwhale)\b",
    ),
    (
        "risk.harassment",
        "es",
        "looks-mocked-2",
        r"\b(?:c[oó]mprale|compre|c[oó]mprate|regal[ae]le|regálale|denle|dale|c[oó]mprenle) (?:\w+ ){0,3}(?:un )?espejo\b|\btiene (?:forma|cuerpo) de (?:barril|pera|tonel|bola|nevera|refrigerador|papa|ballena|tamal)\b"
        r"|\bimag[ií]nate (?:ser|tener|verte|estar)\b[^.!?\n]{0,60}\by (?:aun|a[uú]n|todav[ií]a|encima|adem[aá]s)\b[^.!?\n]{0,30}\b(?:salir|sales|sale|mostrar\w*|presentar|dar|ense[ñn]ar|hablar)\b"
        r"|\bcon (?:esa|ese|esos|esas|tu|su) (?:panza|barriga|nariz|cara|papada|dientes|voz|acento|cuerpo|culo|granos|calva|orejas|arrugas)\b[^.!?\n]{0,25}\b(?:ense[ñn]ando|ense[ñn]ar|dando consejos|hablando de|en (?:la )?c[aá]mara|en la tele|presentando|de coach)\b"
        r"|\b(?:tu|su) (?:voz|cara|risa|acento) me (?:hace|hacen|da) (?:sangrar|doler|llorar) (?:los )?(?:o[ií]dos|ojos)\b|\bme sangran los (?:o[ií]dos|ojos)\b"
        r"|\bque (?:primero )?(?:adelgace|baje de peso|se ponga a dieta|se depile|se arregle los dientes|se bañe)\b[^.!?\n]{0,30}\b(?:y (?:luego|despu[eé]s)|antes de)\b"
        r"|\bqui[eé]n (?:dej[oó]|invit[oó]|contrat[oó]|puso|meti[oó]) (?:a )?(?:esta|este|la|el|esa|ese) (?:gord[oa]|viej[oa]|fe[oa]|vaca|foca|abuel[oa]|indi[oa]|negr[oa]|ballena|bruja|cerd[oa])\b",
    ),
    (
        "risk.harassment",
        "ru",
        "looks-mocked-2",
        r"\b(?:купите|подарите|купи|подари|дайте) (?:ей|ему|себе|ведущ\w+) зеркало\b|\b(?:фигура|форма|тело) (?:как у|будто у) (?:холодильника|бочки|груши|шкафа|бегемота|кита|колобка)\b"
        r"|\bпредставь(?:те)?,? (?:быть|иметь|с такой|с таким|с такими|выглядеть)\b[^.!?\n]{0,60}\bи (?:ещё|еще|всё равно|все равно|при этом)\b[^.!?\n]{0,30}\b(?:лезть|лезет|выходить|выходит|вести|ведёт|ведет|учить|учит)\b"
        r"|\bс (?:таким|такой|такими|этим|этой) (?:пузом|животом|носом|лицом|рожей|голосом|зубами|весом|задницей|прыщами|лысиной)\b[^.!?\n]{0,25}\b(?:учит|учить|советы|в эфир|на экран|в кадр|рассказывает|ведёт|ведет|тренирует)\b"
        r"|\b(?:от|с) (?:твоего|твоей|её|ее|его|этого) (?:голоса|лица|смеха|рожи|акцента) (?:уши|глаза) (?:вянут|кровоточат|болят|режет)\b|\bуши вянут\b(?=[^\n]{0,40}\b(?:голос\w*|ведущ\w+|её|ее|его|тебя)\b)"
        r"|\bпусть (?:она|он|ведущ\w+|докторш\w+|тренер\w*)? ?(?:сначала |для начала )?(?:похудеет|сбросит вес|сбросит пару кило|приведёт себя в порядок|приведет себя в порядок|помоется|побреется|зубы вылечит)\b"
        r"|\bкто (?:пустил|позвал|взял|выпустил|пускает) (?:эту|этого|этих|сюда|в эфир)? ?(?:\w+ )?(?:жирн\w+|толст\w+|страшн\w+|стар\w+|уродин\w+|бабк\w+|деда|чурк\w+|корову|свинью|калек\w+)\b",
    ),
    (
        "risk.harassment",
        "en",
        "identity-scorned",
        r"\b(?:a|an|the|this|some|another) (?:"
        + _EN_IDENT_ADJ
        + r" "
        + _EN_PERSON_NOUN
        + r"\b(?: (?:explaining|teaching|talking about|lecturing|giving advice|hosting|running|doing|in charge|as (?:a|the) \w+))?|(?:man|woman|girl|guy|dude|lesbian|jew|muslim|immigrant|foreigner|boomer) (?:explaining|teaching|talking about|lecturing|giving advice|hosting|running|in charge|as (?:a|the) \w+))(?:(?: \w+)?\?[\s?!]{0,3}(?:lol|lmao|😂|🤣)|(?:\?|,|\.{1,3}| -)?[^.\n]{0,25}\b"
        + _EN_MOCK_SCORN
        + r"(?!\w))"
        + r"|\bonly (?:a|an) (?:lesbian|dyke|gay|fag|faggot|homo|tranny|retard|woman|girl|jew|muslim|immigrant|foreigner|indian|mexican|boomer|fat (?:person|chick|girl|guy)|black (?:guy|girl|person)) (?:would|could|can|will)\b"
        r"|\b(?:go )?(?:cry|run|complain|whine|snitch) to (?:your|ur) (?:imam|rabbi|allah|mosque|synagogue|pastor|priest|prophet|mommy|daddy)\b(?<!mommy\b)(?<!daddy\b)"
        r"|\b(?:they'?re|theyre|women are|girls are|females are|she'?s|shes) (?:just |way |all |always |too )*(?:too emotional|too hormonal|hormonal|hysterical) (?:to|for)\b",
    ),
    (
        "risk.harassment",
        "es",
        "identity-scorned",
        r"\b(?:un|una|el|la|otro|otra) "
        + _ES_IDENT
        + r" (?:explicando|enseñando|dando consejos|hablando de|presentando|de (?:m[eé]dic[oa]|doctor[a]?|enfermer[oa]|presentador[a]?|coach))\b[^.\n]{0,30}\b(?:lo que faltaba|ya lo he visto todo|qu[eé] risa|jaja\w*|no gracias|paso|claro|aj[aá]|ya ves|t[ií]pico|por favor|no conf[ií]o|nunca confiar[ií]a)"
        + r"|\bsolo (?:un|una) (?:lesbiana|maric[oó]n|marica|gay|mujer|retrasad[oa]|indi[oa]|negr[oa]|viej[oa]|gord[oa]|tortillera|travesti) (?:har[ií]a|se vestir[ií]a|dir[ií]a|podr[ií]a|se pondr[ií]a)\b"
        r"|\b(?:es|eres|esa|ese|una|un) (?:india|indio|negr[oa]|sudaca|mor[oa]|gitan[oa]|chin[oa]|jud[ií][oa]|veneca|veneco) (?:ignorante|est[uú]pid[oa]|tont[oa]|suci[oa]|asqueros[oa]|de mierda|analfabet[oa]|brut[oa]|apestos[oa]|igualad[oa]|muert[oa] de hambre|pat[aá]n)\b"
        r"|\b(?:es|eres) (?:un|una) (?:perr[oa]|mon[oa]|rata|cerd[oa]|animal|simio|macaco) (?:negr[oa]|indi[oa]|sudaca|jud[ií][oa]|mor[oa]|chin[oa])\b"
        r"|\b(?:las mujeres|ellas|las viejas) son (?:muy |demasiado )?(?:emocionales|hist[eé]ricas|hormonales) (?:para|como para)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "identity-scorned",
        r"\b"
        + _RU_IDENT
        + r"[- ]?(?:врач\w*|доктор\w*|тренер\w*|ведущ\w+|медсестр\w+|хирург\w*)\b[^.\n]{0,25}\b(?:ну конечно|ага|дожили|приехали|ну-ну|смешно|позор|хаха|ахах|не доверю|не доверяю|спасибо,? не надо|нет уж)"
        + r"|\bтолько (?:баба|лесбиянка|лесбуха|гей|пидор\w*|педик|дебил\w*|даун|чурка|хач|старуха|жирная) (?:мог(?:ла|ли|ло)? бы|так (?:оденется|одевается|может|скажет))\b"
        r"|\b(?:черномаз\w+|узкоглаз\w+|жидовк\w+|жидяр\w+|хачик\w*|чуркобес\w*)\b"
        r"|\b(?:бабы|женщины) (?:слишком )?(?:эмоциональн\w+|истеричн\w+|истерички) (?:для|чтобы)\b",
    ),
    (
        "risk.harassment",
        "en",
        "sexual-degraded",
        r"\b(?:is|'s|s|you'?re|youre|ur|u r|you are|she'?s|shes)\b (?:a |the |such a |just a )?(?:walking|living|human) (?:std|stds|disease|petri dish|cum ?dumpster|mattress|bicycle|sperm bank|fleshlight)\b|\b(?:office|town|village|school|gym|hospital|neighbou?rhood|class|street) (?:mattress|bicycle|bike|whore|slut|pump|ho|hoe)\b"
        r"|\b(?:hope|wish|pray) (?:you|u|she|he|the host|ur|your \w+) (?:get|gets|got) (?:raped|r\*ped|gangbanged|assaulted|groped)\b|\b(?:someone|somebody|they|i) should (?:rape|r\*pe|grope|gangbang) (?:her|you|u|him|the host)\b|\bdeserves? to (?:be|get) (?:raped|r\*ped|gangbanged|groped)\b|\bbegging to be (?:raped|groped|assaulted)\b",
    ),
    (
        "risk.harassment",
        "es",
        "sexual-degraded",
        r"\b(?:el|la|es el|es la|eres el|eres la) (?:colch[oó]n|bicicleta|puta|zorra) del (?:barrio|pueblo|hospital|gimnasio|trabajo|canal|chat)\b|\bes (?:una )?(?:ets|enfermedad ven[eé]rea|infecci[oó]n) (?:andante|con patas)\b"
        r"|\bojal[aá] (?:te|la|lo|les|los|las) (?:violen|viole|violaran|violara|violen en grupo|manoseen)\b|\b(?:merece|mereces|se merece|te mereces) (?:que (?:la|te|lo) )?(?:violen|violaci[oó]n|ser violad[oa])\b|\b(?:alguien|habr[ií]a que) (?:deber[ií]a )?violar(?:la|te|lo)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "sexual-degraded",
        r"\b(?:ходяч\w+|живая) (?:венерическ\w+|триппер|сифилис|зараза|помойка)\b|\b(?:офисн\w+|общ\w+|районн\w+|местн\w+|дворов\w+) (?:матрас|подстилк\w+|давалк\w+|шлюх\w+)\b|\bподстилк\w+\b"
        r"|\b(?:чтоб|чтобы|надеюсь,?|хочу,? чтобы)(?: тебя| её| ее| его)? (?:изнасиловал\w*|пустили по кругу|отымели)\b|\b(?:пустить|пустят|пустили) (?:её|ее|тебя) по кругу\b|\b(?:заслуживает|заслуживаешь|напрашивается|напрашиваешься) (?:на )?(?:изнасилован\w+|чтобы (?:её|ее|тебя) изнасиловали)\b",
    ),
    (
        "risk.harassment",
        "en",
        "group-vice",
        r"\b(?:all |the |those |these |most |typical |you )?"
        + _EN_MORE_GROUPS
        + r"\b"
        + _EN_NOT_PEOPLE
        + NEAR
        + r"\b(?:(?:are|r) (?:a |such a )?(?:security risk|health risk|threat|danger(?:ous)?)|can'?t (?:drive|read|think|cook|do math|do medicine|be doctors|be trusted with)|(?:always|constantly|just) (?:whin(?:e|ing)|complain(?:ing)?|steal(?:ing)?|ly(?:e|ing)|beg(?:ging)?|smell)|(?:brought|spread|caused|started) (?:covid|the virus|disease|aids|crime))\b"
        r"|\b(?:because of|thanks to|blame (?:the )?)"
        + _EN_MORE_GROUPS
        + r" (?:we (?:have|got)|there'?s|there is) (?:covid|crime|no jobs|disease)\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-vice",
        r"\b"
        + _ES_MORE_GROUPS
        + r"\b"
        + NEAR
        + r"\b(?:no saben (?:de )?(?:nada|medicina|ciencia|manejar|conducir|pensar|leer|hablar|trabajar)|comen de todo|son (?:un peligro|peligros[oa]s|una amenaza)|(?:trajeron|traen|contagian|esparcen) (?:el )?(?:covid|virus|enfermedades|sida|crimen)|son tod[oa]s un[oa]s (?:loc[oa]s|d[eé]biles|enferm[oa]s|flojos|vag[oa]s|in[uú]tiles|par[aá]sitos|ladrones|borrachos|salvajes|animales|cerdos)|(?:siempre|solo) (?:roban|lloran|se quejan|mienten|piden|huelen mal))\b"
        r"|\bpor (?:culpa de )?(?:los|las) (?:chinos|negros|inmigrantes|judíos|moros|gitanos|venezolanos|sudacas) (?:tenemos|hay|vino|lleg[oó]) (?:el )?(?:covid|crimen|virus|paro|pandemia)\b|\b"
        + _ES_MORE_GROUPS
        + r"\b[^.!?\n]{0,30}\bpor eso (?:el|la|hay) (?:covid|virus|pandemia|crimen|paro)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "group-vice",
        r"\b"
        + _RU_MORE_GROUPS
        + r"\b"
        + NEAR
        + r"\b(?:(?:опять|вечно|всегда|только и|снова) (?:ноют|воняют|воруют|врут|бухают|гадят|клянчат|попрошайничают|жалуются)|не умеют (?:ничего|лечить|водить|думать|работать)|(?:принесли|разносят|завезли) (?:ковид|заразу|вирус|болезни))\b"
        r"|\bиз-за (?:этих )?" + _RU_MORE_GROUPS + r" (?:у нас )?(?:ковид|преступность|безработица|зараза)\b",
    ),
    (
        "risk.harassment",
        "en",
        "place-told-2",
        r"\b(?:go |just )?(?:find|get) (?:yourself |urself )?(?:a husband|a man|a boyfriend|a wife|a girlfriend|laid)\b[^.!?\n]{0,20}\b(?:instead of|rather than|and stop|and quit|before)\b|\bno one wants a (?:woman|girl|female|tr\*nny|tranny|fat \w+|black \w+|gay \w+) (?:teaching|telling|explaining|hosting|as)\b",
    ),
    (
        "risk.harassment",
        "es",
        "place-told-2",
        r"\b(?:b[uú]scate|cons[ií]guete|ve a buscar) (?:un|una) (?:marido|hombre|novio|esposo|mujer|novia)\b[^.!?\n]{0,20}\b(?:en vez de|y deja|y d[eé]jate|antes de|en lugar de)\b|\bnadie quiere (?:a )?(?:una mujer|un maric[oó]n|un gordo|una gorda|un negro|una negra|un trans|una trans) (?:enseñando|explicando|presentando|de)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "place-told-2",
        r"\b(?:иди|пошла|найди|найди себе|ищи) (?:\w+ )?(?:мужика|мужа|мужчину|жениха)\b[^.!?\n]{0,30}\b(?:а не|вместо того|и не)\b|\bникто не хочет,? чтобы (?:баба|женщина|гей|жирная|чурка) (?:учила?|вела?|объясняла?)\b",
    ),
]


# A third set, in the voices of older, younger and non-native writers: weight or age said to unfit someone
# for a role ("very fat for teaching"), "pregnant or just fat", likened to a thing ("una papa con pelo"), an
# ethnic noun with "dirty", "you people come here and take", a group barred from a profession, "a shame for your
# race", clothes called a harlot's, a decent lady who "would not show her arms", "hire Americans", a disease
# named after a people.
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "unfit-body",
        r"\b(?:is|she'?s|shes|he'?s|hes|you'?re|youre|ur|u r|are|is too|so) (?:very |too |so |way too |really |far too )(?:fat|old|ugly|obese|big|heavy|fugly|wrinkly|chunky|chubby|porky|plump|flabby|wrinkled|frumpy) (?:for|to) (?:teach|teaching|be|coach|coaching|host|hosting|show|showing|doing|give|giving|lecture|lecturing|present|presenting|talk about|wear|wearing)\b"
        r"|\b(?:pregnant|preggo|preggers) or (?:just |simply )?(?:fat|obese|bloated)\b"
        r"|\b(?:dress(?:ing|ed|es)?|looks?|looking) like a (?:harlot|whore|slut|tart|hooker|tramp|streetwalker|prostitute|hussy|floozy|trollop|skank)\b"
        r"|\b(?:a (?:proper |decent |respectable |real )?lady|a decent woman|a respectable woman|a real woman) (?:would not|wouldn'?t|would never) (?:show|dress|wear|expose|flaunt)\b"
        r"|\b(?:a |an )?(?:shame|disgrace|embarrassment) (?:to|for) (?:your|ur|her|his|their) (?:race|people|gender|sex|kind|religion|country|culture)\b"
        r"|\b(?:should|need to|needs to|gotta|must) (?:only )?(?:hire|get|bring in|employ) (?:real |actual |only )?(?:americans|english speakers|locals|white (?:people|doctors|nurses)|our own (?:people|doctors)|native (?:english )?speakers)\b"
        r"|\b(?:chinese virus|china virus|kung flu|wuhan flu)\b"
        r"|\b(?:you|your|y'?all) people\b"
        + NEAR
        + r"\b(?:always|just|only) (?:come|coming) (?:here|over here) (?:and|to) (?:take|steal|live off|leech|ruin|breed)\b",
    ),
    (
        "risk.harassment",
        "es",
        "unfit-body",
        r"\b(?:es|est[aá]|eres|est[aá]s) (?:muy |demasiado |tan |bien |re )(?:gord[oa]|viej[oa]|fe[oa]|obes[oa]|gord[ií]sim[oa]|gordit[oa]|rellenit[oa]|fof[oa]|arrugad[oa]|panzón|panzona) (?:para|como para) (?:enseñar|ser|dar|estar|presentar|salir|hacer|ense[ñn]arnos|hablar de|usar|ponerse)\b"
        r"|\b(?:embarazada|preñada) o (?:solo |simplemente |nada m[aá]s )?(?:gorda|obesa|hinchada)\b"
        r"|\b(?:pareces|parece|te pareces a|se parece a|eres como|es como) (?:un[oa] )?(?:papa|patata|tamal|barril|tonel|bola de grasa|sapo|espantap[aá]jaros|ciruela pasa|momia|cad[aá]ver|chorizo|morcilla|salchicha|pera) (?:con|de|en|mal)\b"
        r"|\b(?:vestida|vestido|vestirse|viste|se viste|te vistes) (?:como|de) (?:una )?(?:puta|zorra|prostituta|cualquiera|fulana|golfa|ramera|buscona)\b"
        r"|\b(?:una )?(?:señorita|mujer|dama|chica) (?:decente|de bien|respetable|como dios manda|de su casa) no (?:se viste|se vestir[ií]a|saldr[ií]a|mostrar[ií]a|ense[ñn]ar[ií]a|ense[ñn]a|muestra|sale)\b"
        r"|\b(?:una )?(?:verg[uü]enza|deshonra) para (?:tu|su) (?:raza|gente|g[eé]nero|sexo|pa[ií]s|religi[oó]n|cultura)\b"
        r"|\b(?:gitan[oa]|indi[oa]|negr[oa]|mor[oa]|sudaca|chin[oa]|jud[ií][oa]|veneco|veneca)s? (?:suci[oa]s?|asqueros[oa]s?|apestos[oa]s?|de mierda|mugros[oa]s?|ladr[oó]n|ladrona|ladrones|cochin[oa]s?)\b"
        r"|\b"
        + _ES_MORE_GROUPS
        + r"\b"
        + NEAR
        + r"\b(?:vienen (?:aqu[ií] )?a (?:quitar|robar|quitarnos|robarnos|vivir de|aprovecharse)|(?:siempre |solo )?vienen (?:aqu[ií] )?y (?:se llevan|roban|quitan) (?:todo|lo nuestro))\b"
        r"|\b(?:las )?(?:niñas|mujeres|chicas|viejas) no (?:deber[ií]an|deben|pueden|tienen que) (?:ser|estudiar para|trabajar de) (?:doctoras|m[eé]dicas|cirujanas|jefas|pilotos|presentadoras|cient[ií]ficas|ingenieras|coaches|entrenadoras)\b"
        r"|\b(?:virus chino|gripe china|el virus de los chinos)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "unfit-body",
        r"\bслишком (?:толст\w+|жирн\w+|стар\w+|страшн\w+|уродлив\w+|пухл\w+|морщинист\w+|дряхл\w+),? чтобы (?:учить|вести|быть|показывать|давать|рассказывать|выходить|носить)\b"
        r"|\b(?:беременн\w+|залетела) или (?:просто )?(?:жирн\w+|толст\w+|разжирела)\b"
        r"|\b(?:похож\w* на|как|вылитая|вылитый) (?:картошк\w+|картофелин\w+|бочк\w+|колобк\w+|пельмен\w+|жаб\w+|пугал\w+|мумию|мумия|зомби|труп|сосиск\w+|сардельк\w+|хрюшк\w+)(?: с | в |,|$)"
        r"|\b(?:одета|одевается|вырядилась|оделась|одеваешься) (?:как|будто) (?:шлюх\w+|проститутк\w+|девк\w+|путан\w+|шалав\w+|давалк\w+)\b"
        r"|\b(?:приличн\w+|порядочн\w+|нормальн\w+|уважающ\w+ себя) (?:женщин\w+|девушк\w+|баб\w+|дам\w+) (?:так )?не (?:одева\w+|покажет|выйдет|носит|вышла бы|оделась бы)\b"
        r"|\bпозор (?:своей|твоей|её|ее|его|своего) (?:расы|нации|народа|веры|пола)\b"
        r"|\b(?:грязн\w+|вонюч\w+|тупая|тупой|мерзк\w+|поганая|поганый) (?:цыган\w*|чурк\w*|хач\w*|жид\w*|таджи\w*|узбе\w*|негр\w*|черножоп\w*|хохл\w*)\b"
        r"|\b(?:вы|они|эти)? ?(?:приезжие|понаехавшие|мигранты|гастарбайтеры|чурки)\b"
        + NEAR
        + r"\b(?:приходят|приезжают|приходите|приезжаете|понаехали|едут) и (?:всё|все) (?:забирают|забираете|отбирают|отбираете|воруют|портят|заполонили)\b"
        r"|\b(?:бабам|женщинам|девочкам|девкам|девушкам|геям|мигрантам|приезжим|инвалидам) (?:нельзя|не место|не положено|не стоит|не надо|не дано) (?:быть|работать|лечить|учить|вести|в (?:медицине|хирургии|науке|эфире))\b"
        r"|\b(?:китайск\w+ (?:вирус|зараз\w+|чум\w+))\b",
    ),
]


# A fourth set, from more writers' forms: a job said to be got by identity or by bed; "I want a real doctor"
# after an identity; a person labelled by an illness or disability and mocked; illness wished on someone;
# persistence promised ("in every one of your streams until you quit"); a crowd asked to make someone cry or to
# flood her; sexual requests about cleavage, zoom, a private session without clothes; "let a man explain";
# "nobody will marry her"; ugly "like his mother"; likened to an alien, a convict, a horse; the old told to wait
# for the cemetery; a monkey and a banana.
_EN_CONDITION_LABEL = r"(?:cancer|hiv|aids|deaf|blind|autistic|wheelchair|crippled|bald|lazy[- ]eyed?|lazy eye|stuttering|bipolar|schizo|depressed|anorexic|diabetic|one[- ]legged|disabled|retarded|down syndrome|senile)"
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "got-by-identity",
        r"\b(?:got|gets|get|given|earned|landed|bought) (?:the |that |her |his |this |their )?(?:job|license|licence|degree|diploma|position|title|spot|promotion|show|role|residency|certificate|seat)\b[^.!?\n]{0,30}\b(?:because (?:she'?s|he'?s|shes|hes|she is|he is|they'?re|of (?:her|his) (?:looks|race|skin|gender|tits|legs|body))|for being (?:a )?(?:woman|female|black|gay|trans|pretty|hot|brown|asian|foreign)|on (?:her|his) knees|in bed|on (?:her|his) back)\b"
        r"|\b(?:slept|sleeping|sleeps|slep) (?:with|her way|his way) (?:the |her |his )?(?:boss|chief|director|dean|head|producer|manager|way up|way to the top)\b|\bwe (?:all )?know how (?:she|he) got (?:that|her|his|the) (?:job|license|licence|degree|position|spot)\b|\b(?:fill|filling|filled|meet|meets) (?:a |the |their )?(?:quota|diversity quota)\b|\bquota (?:hire|pick|doctor|nurse)\b"
        r"|\b(?:woman|female|girl|lady|black|brown|asian|indian|mexican|muslim|gay|trans|foreign|immigrant|chinese|jewish)\b[^\n]{0,40}\b(?:i want|give me|get me|i need|bring me|i'?d rather have) a (?:real|proper|normal|actual|american|white) (?:doctor|doc|one|nurse|man|host|surgeon|pharmacist)\b",
    ),
    (
        "risk.harassment",
        "es",
        "got-by-identity",
        r"\b(?:le dieron|obtuvo|consigui[oó]|sac[oó]|tiene|gan[oó]) (?:el|la|su|ese|esa) (?:puesto|t[ií]tulo|trabajo|plaza|diploma|licencia|programa|cargo)\b[^.!?\n]{0,25}\bpor (?:ser (?:mujer|negr[oa]|gay|trans|guap[ao]|bonit[ao]|extranjer[oa])|sus (?:piernas|tetas|pechos|curvas)|su (?:cara|cuerpo|culo)|cuota|acostarse)\b"
        r"|\b(?:solo|s[oó]lo) le dieron (?:el|la) (?:puesto|trabajo|t[ií]tulo|plaza) por ser (?:mujer|negr[oa]|gay|guap[ao]|bonit[ao])\b"
        r"|\bse (?:acost[oó]|acuesta|acostar[aá]) con el (?:jefe|director|productor|due[ñn]o|decano)\b|\bse la (?:chup[oó]|chupa|habr[aá] chupado) al (?:jefe|director|productor|due[ñn]o)\b"
        r"|\b(?:una doctora|una mujer|una mora|un moro|una negra|un negro|extranjer[oa]|indi[oa]|una chica)\b[^\n]{0,40}\b(?:quiero|denme|necesito|tr[aá]iganme|prefiero) un (?:m[eé]dico|doctor) (?:de verdad|normal|de aqu[ií]|hombre)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "got-by-identity",
        r"\b(?:взяли|дали|получила|получил|выдали|поставили)\b[^.!?\n]{0,25}\b(?:только )?(?:потому что (?:баба|женщина|красивая|смазлив\w+|чурка|еврейка|мусульманка)|за (?:красивые глазки|ноги|сиськи|смазливое личико)|через (?:\w+ )?постель)\b"
        r"|\bчерез (?:\w+ )?постель\b|\bза красивые глазки\b(?=[^\n]{0,40}\b(?:диплом\w*|должност\w*|работ\w*|взяли|дали|мозг\w*)\b)"
        r"|\b(?:женщина|баба|мусульманк\w+|чурк\w+|хач\w*|негр\w*|узбек\w*|таджик\w*)[- ]?(?:врач\w*|доктор\w*)?\b[^\n]{0,30}\b(?:хочу|дайте|нужен|позовите) (?:нормальн\w+|настоящ\w+|русск\w+) (?:врач\w*|доктор\w*|мужик\w*)\b",
    ),
    (
        "risk.harassment",
        "en",
        "condition-labelled",
        r"\b(?:the |that |this |a )?"
        + _EN_CONDITION_LABEL
        + r" (?:lady|guy|girl|woman|man|dude|kid|boy|patient|chick|granny|grandpa|bitch|freak|viewer)\b[^.!?\n]{0,60}\b(?:lol|lmao|haha\w*|nobody cares|again|whining|begging|looks like an? (?:alien|freak|monster|zombie|skeleton)|can'?t even|useless|disgusting|diseased|ignore|stop)\b"
        r"|\b(?:is|he'?s|she'?s|hes|shes) (?:clearly |obviously |probably |just )?(?:autistic|retarded|sl[o0]w in the head|senile|a retard)\b[^.!?\n]{0,30}\b(?:ignore|weirdo|freak|lol|lmao|take (?:his|her) licen[cs]e|nobody|idiot)\b"
        r"|\b(?:d-d-d|c-c-c|t-t-t|b-b-b|p-p-p|w-w-w|m-m-m)\w*"
        r"|\bhow (?:are|is|do|does) (?:you|u|she|he) (?:even )?(?:watching|watch|reading|read|hearing|hear)\b[^.!?\n]{0,15}\b(?:lol|lmao|useless|blind|deaf)\b",
    ),
    (
        "risk.harassment",
        "es",
        "condition-labelled",
        r"\b(?:la|el|esa|ese) (?:sord[oa]|cieg[oa]|coj[oa]|pel[oó]n[a]?|enan[oa]|autista|mongolito|mongolita|mong[oó]lic[oa]|tartamud[oa]|de la silla de ruedas|del c[aá]ncer|con c[aá]ncer|del sida|con sida|se[ñn]ora del c[aá]ncer|rarit[oa])\b[^.!?\n]{0,60}\b(?:jaja\w*|otra vez|qu[eé] pesad[oa]|nadie|parece|rarito|rid[ií]cul\w+|que se quede|ni loco|haciendo|no le hagan caso|pidiendo)\b"
        r"|\bmira (?:al|a la) (?:mongolito|mongolita|mong[oó]lic[oa]|retrasad[oa]|enan[oa]|gord[oa]|cojo|coja|tartamud[oa]|sord[oa]|cieg[oa])\b"
        r"|\b(?:es|est[aá]) (?:autista|retrasad[oa]|mong[oó]lic[oa]) seguro\b|\bseguro (?:es|est[aá]) (?:autista|retrasad[oa]|mong[oó]lic[oa])\b",
    ),
    (
        "risk.harassment",
        "ru",
        "condition-labelled",
        r"\b(?:глух\w+|слеп\w+|лыс\w+|раков\w+|жирн\w+|аутист\w*|колясочни\w+|хром\w+|заик\w+|коротышк\w+|даун\w*)\b[^.!?\n]{0,40}\b(?:опять|надоел\w*|смешно|как инопланет\w+|ахах\w*|хаха\w*|никому|не обращайте|смешно смотреть|позор)\b"
        r"|(?:(?<=@)\w+|\bты|\bон|\bона)\s+(?:какой-то |точно |явно |просто )?(?:аутист\w*|даун\w*|дебил\w*)\b",
    ),
    (
        "risk.harassment",
        "en",
        "illness-wished",
        r"\b(?:hope|wish|pray|i hope|praying) (?:you|u|she|he|ur \w+|your \w+|the host) (?:get|gets|catch|catches|have|has|develop|develops|got) (?:the |a |an |some )?(?:cancer|hiv|aids|covid|heart attack|stroke|disease|tumou?r|diabetes|dementia|alzheimer'?s|ebola|leprosy|the same disease)\b(?! (?:free|scare))",
    ),
    (
        "risk.harassment",
        "es",
        "illness-wished",
        r"\bojal[aá] (?:te|le|les|a ti te) (?:d[eé]|den|agarre|pegue|toque|caiga) (?:un |una |el |la )?(?:infarto|c[aá]ncer|sida|covid|derrame|tumor|enfermedad|diabetes|ictus|alzh?eimer)\b|\bque te (?:d[eé]|agarre|pegue) (?:un |una |el |la )?(?:infarto|c[aá]ncer|sida|derrame|tumor)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "illness-wished",
        r"\bчтоб(?:ы)? (?:ты|вы|она|он|тебе|вам)? ?(?:сам(?:а|и)? )?(?:заболел\w*|сгнил\w*|слегл\w*|ослеп\w*|оглох\w*)\b|\bчтоб(?:ы)? (?:тебя|вас|её|ее|его) (?:рак|инфаркт|инсульт|паралич) (?:разбил|схватил|сожрал|хватил|забрал)\b|\bчтоб(?:ы)? (?:тебе|вам|ей|ему) (?:рак|инфаркт|инсульт|опухоль) (?:получить|досталс\w+|был\w*)\b",
    ),
    (
        "risk.harassment",
        "en",
        "persistence-promised",
        r"\b(?:i'?ll|i will|gonna|i'?m gonna|im gonna|i'?m going to) (?:be|show up|keep coming|come|keep posting|keep commenting) (?:in|to|at|on|under) (?:every|each|all) (?:one of |single one of )?(?:your|ur) (?:streams?|lives?|videos?|shows?|posts?|broadcasts?)\b[^.!?\n]{0,25}\b(?:until|till|til|untill)\b|\bmade (?:\d+|five|ten|twenty|multiple|several|new) (?:accounts|alts|profiles) (?:just )?to\b",
    ),
    (
        "risk.harassment",
        "es",
        "persistence-promised",
        r"\b(?:voy a estar|estar[eé]|voy a entrar|vendr[eé]|voy a comentar) en (?:todos|cada uno de) (?:tus|sus) (?:directos|videos|v[ií]deos|streams|lives|transmisiones|publicaciones)\b[^.!?\n]{0,25}\bhasta que\b|\bhice (?:\d+|cinco|diez|varias|muchas) cuentas (?:solo )?para\b",
    ),
    (
        "risk.harassment",
        "ru",
        "persistence-promised",
        r"\b(?:буду|приду|приходить буду) (?:в|на|под) (?:каждом|каждый|каждым|все|всех|всеми) (?:твоём|твоем|твой|твои|твоих|твоими|вашем|ваши) (?:эфир\w*|стрим\w*|видео|пост\w*)\b[^.!?\n]{0,25}\bпока\b|\bзавёл (?:\d+|пять|десять|несколько) аккаунт\w* (?:только )?чтобы\b",
    ),
    (
        "risk.harassment",
        "en",
        "crowd-set-on",
        r"\b(?:let'?s|lets|everyone|everybody|chat|guys|y'?all|we should)\b(?: all)? (?:make|get) (?:her|him|them|this \w+|the \w+|(?<=@)\w+) (?:cry|quit|leave|rage ?quit|delete (?:her|his|their) (?:account|channel))\b"
        r"|\b(?:everyone|everybody|chat|guys|y'?all|let'?s all|lets all) (?:spam|flood|tag|message|dm|tell)\b[^.!?\n]{0,40}\b(?:(?<=@)\w+|her husband|his wife|her boss|his boss|her family|how (?:ugly|gross|fat|stupid|dumb|worthless) (?:she|he) (?:is|looks))"
        r"|\b(?:report|flag|spam) (?:the|this|that) (?:trans|gay|fat|black|muslim|disabled|deaf|autistic|old) (?:viewer|guy|girl|lady|woman|one|person|host)\b[^.!?\n]{0,20}\b(?:until|till|til|so)\b",
    ),
    (
        "risk.harassment",
        "es",
        "crowd-set-on",
        r"\b(?:hagamos|vamos a hacer|hag[aá]mosla|hag[aá]moslo) (?:llorar|renunciar|irse|que se vaya|que renuncie)\b|\b(?:todos|vamos todos) a (?:sus|su) (?:comentarios|perfil|insta|canal|mensajes)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "crowd-set-on",
        r"\b(?:давайте|го|все|пошли)\b,? (?:дружно )?(?:доведём|доведем|заставим|выживем) (?:её|ее|его|ведущ\w+)\b|\bвсе (?:идём|идем|пошли|го) к (?:ней|нему) в (?:комменты|комментарии|личку|директ|профиль)\b|\bпусть (?:удалится|уйдёт|уйдет|сваливает|проваливает) (?:навсегда|из эфира|с канала)\b",
    ),
    (
        "risk.harassment",
        "en",
        "sexual-request",
        r"\bzoom (?:in )?on (?:her|his|the \w+'?s?|that|those) (?:chest|boobs|tits|ass|butt|legs|cleavage|rack|body|crotch|behind|booty)\b|\b(?:what'?s|whats|tell us) (?:your|ur|her) (?:bra|cup) size\b|\blook (?:better|good|great|best|nice) on (?:your|ur|her) knees\b"
        r"|\b(?:private|personal) (?:session|consult\w*|exam\w*|physical|show)\b[^.!?\n]{0,30}\b(?:no clothes|naked|nude|clothes optional|if you know what i mean|😘|😏|🍆)"
        r"|\b(?:examine|exam|check|treat|inspect|ride) (?:me|my \w+)\b[^\n]{0,30}\bif (?:you|u) know what i mean\b|\b(?:the )?back view\b(?=[^\n]{0,30}(?:🍑|😏|🤤|turn|pics|send))|\b(?:pics|photos|pictures) of (?:those|your|ur|her) (?:leggings|yoga pants|sports bra|bikini|feet|butt|ass) from behind\b"
        r"|\bwithout the (?:sports bra|bra|top|shirt|scrubs|lab coat)\b|\bshow (?:us |me )?(?:some |more )?skin\b|\b(?:screenshots|pics) of (?:the host|her) in (?:her )?(?:leggings|yoga pants|bikini|shorts|tight)\b",
    ),
    (
        "risk.harassment",
        "es",
        "sexual-request",
        r"\b(?:mu[eé]stranos|mu[eé]strame|ens[eé][ñn]anos|ens[eé][ñn]ame|ense[ñn]a|muestra|mostr[aá]) (?:m[aá]s |un poco de |ese )?(?:escote|pierna|piernas|pechos|tetas|culo|las piernas|los pechos|las tetas|el culo|chichis)\b|\bcon ese escote\b"
        r"|\b(?:consulta|sesi[oó]n|revisi[oó]n|cita) privada\b[^.!?\n]{0,20}\b(?:sin ropa|desnud[oa]|😘|😏)|\bsin ropa\b[^\n]{0,10}(?:😘|😏|🍆)|\bt[oó]ma(?:me|rme) el pulso (?:aqu[ií] )?abajo\b|\b(?:manda|m[aá]ndame|pasa|p[aá]same) (?:tus )?packs?\b",
    ),
    (
        "risk.harassment",
        "ru",
        "sexual-request",
        r"\b(?:покажи|покажите|сними|снимите|расстегни|расстегните) (?:\w+ )?(?:декольте|кофточку|кофту|халатик|халат|лифчик|грудь|ножки|сиськи|блузку)\b|\b(?:проверь|пощупай|померь|потрогай) (?:мне )?(?:пульс )?пониже\b|\bразложил бы\b|\bя бы (?:её|ее|тебя) (?:разложил|нагнул|отымел)\b"
        r"|\bнаклонись (?:ещё |еще )?(?:разок |раз )?(?:к камере|пониже|для нас|поближе)\b|\b(?:сколько|почём|почем) за (?:приватн\w+|личн\w+|индивидуальн\w+) (?:консультаци\w+|сеанс\w*|встреч\w+|при[её]м\w*)\b[^\n]{0,30}(?:без одежды|😘|😏)|\bбез одежды\b[^\n]{0,10}(?:😘|😏|🍆)",
    ),
    (
        "risk.harassment",
        "en",
        "place-told-3",
        r"\b(?:remember|know) (?:your|ur) place\b|\blet a (?:man|real man|guy|male doctor|grown man|real doctor) (?:explain|talk|handle|do|speak|answer)\b|\b(?:that|wrong) time of the month\b(?=[^\n]{0,40}\b(?:sweetie|honey|doc|host|nurse|she|her|you|calm)\b)|\bcalm down,? (?:sweetie|sweetheart|honey|darling|little lady|missy)\b"
        r"|\b(?:no one|nobody|no man) (?:will|would|is gonna|is going to) (?:ever )?(?:marry|date|love|want|touch) (?:her|you|u|that|this)\b|\b(?:ugly|fat|stupid|dumb|gross|annoying) (?:like|as) (?:his|her|their|your|ur) (?:mother|mom|mum|father|dad|parents)\b|\bwith a wife like that\b",
    ),
    (
        "risk.harassment",
        "es",
        "place-told-3",
        r"\b(?:deja|dejen|que|deje) (?:que )?(?:un hombre|un var[oó]n|un macho|un m[eé]dico hombre) (?:lo )?(?:explique|hable|se encargue|responda)\b|\b(?:tranquila|calmate|cálmate|c[aá]lmese),? (?:hist[eé]rica|loca|mujer|nena|mi reina|mijita)\b"
        r"|\bnadie se va a casar con (?:ella|eso|vos|contigo|ti|esa)\b|\bnadie (?:la|te) va a querer\b|\bigual de (?:fe[oa]|gord[oa]|tont[oa]|idiota|in[uú]til) que (?:ella|[eé]l|su (?:madre|padre|mam[aá]|pap[aá]))\b",
    ),
    (
        "risk.harassment",
        "ru",
        "place-told-3",
        r"\bпусть (?:мужчина|мужик|нормальный мужик|врач-мужчина) (?:объяснит|расскажет|говорит|скажет|ответит)\b|\bуспокойся,? (?:истеричк\w+|дорогуш\w+|милочк\w+|деточк\w+)\b"
        r"|\bзамуж (?:её|ее|тебя|такую) никто не возьм\w+|\bникто (?:её|ее|тебя|такую) замуж не возьм\w+|\bтакой же (?:страшн\w+|жирн\w+|тупой|тупая|уродлив\w+),? как (?:и )?(?:она|он|мать|мамаша|папаша)\b",
    ),
    (
        "risk.harassment",
        "en",
        "likened-2",
        r"\b(?:looks?|looking|sounds?|waddl\w+|walks?|smells?) like (?:a |an |some )?(?:dying |fat |old |bald |ugly |dead )?(?:alien|extraterrestrial|convict|prisoner|inmate|jailbird|trash from a prison|goose|penguin|bulldog|pug|walrus|troll|gremlin|fossil|dinosaur|mummy|linebacker with lipstick|dead rat|drowned rat|thumb|potato)\b"
        r"|\b(?:face|head|body|voice|teeth) of a (?:horse|pig|bulldog|pug|goose|troll|donkey|rat)\b|\b(?:he'?s|she'?s|hes|shes|you'?re|youre|is) (?:a |an |such a )?(?:walking corpse|dusty old \w+)\b|\b(?:dusty|crusty|wrinkly|senile|decrepit) old (?:hag|fart|geezer|bat|man|woman|lady|fossil|witch)\b"
        r"|\b(?:retire|be quiet|shut up|go away|sit down|quit) and (?:die|wait to die|rot)\b|\b(?:should )?(?:just )?(?:be quiet and )?wait(?:ing)? to die\b|\bthe internet isn'?t for (?:dinosaurs|fossils|old people|grannies|boomers)\b|\b(?:pizza|crater) face\b|\bfix (?:your|ur) (?:crooked |ugly |yellow |rotten )?teeth\b|\bcompensating much\b|\blet herself go\b",
    ),
    (
        "risk.harassment",
        "es",
        "likened-2",
        r"\b(?:parece|pareces|parecen|como|est[aá] como|se puso como|te pusiste como|igual que) (?:un[oa] )?(?:extraterrestre|presidiari[oa]|reclus[oa]|foca|ping[uü]ino|bulldog|dinosaurio|momia|f[oó]sil|hombre con peluca|travesti|marciano|marciana)\b|\b(?:parece|pareces|pareci[oó]|va como|vas como) una (?:cualquiera|puta|zorra|fulana|golfa)\b"
        r"|\b(?:su|tu) turno en el cementerio\b|\b(?:v[aá]yanse|vete|v[aá]yase|que se vayan) al (?:cementerio|asilo|geri[aá]trico)\b|\b(?:viej[oa]|abuel[oa]|ruc[oa]) (?:decr[eé]pit[oa]|chocho|chocha|senil|del asilo)\b"
        r"|\bcon esa cara (?:llena de granos|de \w+)\b[^.!?\n]{0,30}\b(?:vende|vendiendo|ense[ñn]a|qu[eé] risa|jaja)\b|\b(?:brilla|brillas) m[aá]s que (?:los focos|el sol|una bola de billar)\b|\b(?:tiene|tienes) m[aá]s papada que cuello\b",
    ),
    (
        "risk.harassment",
        "ru",
        "likened-2",
        r"\b(?:как|будто|словно|похож\w* на|вылит\w+) (?:у )?(?:инопланет\w+|зэчк\w+|зэк\w*|уголовниц\w+|бульдог\w*|пингвин\w*|гусын\w+|динозавр\w*|мумию|мумия|ископаем\w+|девк\w+|пугал\w+|трансвестит\w*)\b"
        r"|\b(?:рожа|морда|лицо|харя) как у (?:бульдога|свиньи|лошади|жабы|мопса|обезьяны)\b|\b(?:на кладбище|в гроб) (?:очередь|пора)\b|\bочередь (?:на кладбище|в крематорий|занимать)\b|\b(?:старичьё|старичье|старпер\w*|старая кошёлка|старая кошелка)\b"
        r"|\bприкрой (?:свою )?(?:лысину|рожу|морду|пузо)\b|\bмозг(?:и)? как у (?:курицы|рыбки|воробья)\b|(?:(?<=@)\w+|\b(?:ты|вы))[,\s—-]{1,4}(?:просто |полное |круглое )?пустое место\b",
    ),
    (
        "risk.harassment",
        "en",
        "ape-emoji",
        r"(?:🐒|🦍|🐵|🙊)\s{0,2}🍌|🍌\s{0,2}(?:🐒|🦍|🐵)",
    ),
    (
        "risk.harassment",
        "en",
        "group-vice-2",
        r"\b"
        + _EN_MORE_GROUPS
        + r"\b"
        + _EN_NOT_PEOPLE
        + NEAR
        + r"\b(?:(?:are |r )?(?:all |just |nothing but )?(?:a )?(?:bunch of )?(?:drunk |lazy |dirty |stupid |dumb |greedy )?(?:drunks|thieves|crooks|cheats|liars|scammers|sheep|peasants|savages|lazy pigs|pigs|subhuman trash|trash|garbage|walking garbage|animals|idiots|morons)\b|ruin(?:s|ed|ing)? every|they all (?:cheat|steal|lie|smell)|(?:did it|brought it) (?:to|on) themselves|should (?:just )?(?:be quiet|shut up|stay home|stay out|stay away))"
        r"|\b(?:welfare queens|bums|homeless people|hobos|junkies|crackheads)\b[^.!?\n]{0,40}\b(?:pathetic|walking garbage|garbage|stink|animals|trash|clear them out|vermin)\b"
        r"|\bone of those people\b[^.!?\n]{0,20}\b(?:they all|typical|cheat|steal)\b|\b(?:nobody|no one) wants (?:immigrant|foreign|black|muslim|gay|trans|female|woman) (?:nurses|doctors|hosts|trainers)\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-vice-2",
        r"\b(?:"
        + _ES_MORE_GROUPS
        + r"|los pobres|los indigentes|los evang[eé]licos|los creyentes|los panchitos|los veganos)\b"
        + NEAR
        + r"\b(?:son (?:tod[oa]s )?un[oa]s (?:borrachos|borregos|ladrones|estafadores|tramposos|ovejas|idiotas|brutos|fan[aá]tic[oa]s|muertos de hambre)|son tod[oa]s (?:fan[aá]tic[oa]s|borrachos|ladrones|iguales de)|son (?:basura|escoria)|siempre pidiendo|que se larguen|no los dejen|(?:no )?sirven para)\b"
        r"|\b(?:muertos de hambre|borregos sin cerebro)\b|\botro (?:panchito|sudaca|moro|negro|indio|chino) (?:quitando|robando|pidiendo)\b|\bmédico moro\b|\b(?:quítate|quitate) el trapo\b|\bcon velo no deber[ií]a\b",
    ),
    (
        "risk.harassment",
        "ru",
        "group-vice-2",
        r"\b(?:"
        + _RU_MORE_GROUPS
        + r"|верующие|педик\w*|нищеброды)\b"
        + NEAR
        + r"\b(?:одно (?:жульё|жулье|ворьё|ворье|быдло)|(?:бараны|овцы|алкаши|пьяницы|жулики|воры|ворюги|дикари)|опять выпрашивают|пусть молчат|нельзя (?:работать|лечить|учить|быть))\b"
        r"|\b(?:верующие|религиозные) (?:бараны|овцы|идиоты|дебилы)\b|\bврач в хиджабе\b[^.!?\n]{0,20}\b(?:не врач|угроза)\b|\b(?:из этих|из этих,? гомиков)\b(?=[^\n]{0,40}\b(?:противно|мерзко|фу|смотреть)\b)",
    ),
]


# A fifth set: worth degraded by degree ("the dumbest person in this chat", "самый тупой в чате", "too stupid
# to be allowed online"), a swear word as a person's name ("this dickhead doctor", "ведущий мудак"), a slur
# next to a role ("puta la enfermera", "урод доктор"), violence asked for a whole group ("should be lined up and
# shot", "habría que matarlos", "надо перестрелять").
_EN_ETHNIC_ADJ = r"(?:foreign|immigrant|black|muslim|jewish|gay|trans|indian|mexican|chinese|arab|asian|african|brown|migrant|refugee)"
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "worth-by-degree",
        r"\b(?:you'?re|youre|ur|you are|u r|is|she'?s|he'?s) (?:the|such|literally the) (?:dumbest|stupidest|ugliest|fattest|most useless|most pathetic|most annoying|worst looking|lamest|saddest) (?:person|human|thing|guy|girl|woman|man|viewer|host|doctor|nurse|excuse|creature|loser)\b(?: (?:in|on|alive|ever|i'?ve))?"
        r"|\btoo (?:stupid|dumb|ugly|old|fat|retarded|slow) to be (?:allowed|on|online|here|let)\b|\bimagine being (?:this|that|so) (?:dumb|stupid|fat|ugly|pathetic|useless|old)\b|\b(?:your|ur) (?:parents|mom|mother|dad|family) (?:must|should) be (?:so |really )?(?:ashamed|embarrassed|disappointed)\b"
        r"|\b(?:who (?:even )?asked (?:you|u)|nobody asked (?:you|u)),? (?:you )?(?:fat|ugly|stupid|dumb|old|bald|pathetic|worthless) (?:loser|cow|pig|idiot|hag|fart|moron|clown|nobody)\b|\byou'?re (?:so |completely |totally )?irrelevant\b(?=[^\n]{0,30}\b(?:fat|ugly|loser|nobody)\b)",
    ),
    (
        "risk.harassment",
        "es",
        "worth-by-degree",
        r"\b(?:eres|es|sos) (?:el|la) (?:m[aá]s )?(?:tont[oa]|idiota|fe[oa]|gord[oa]|in[uú]til|est[uú]pid[oa]|pendej[oa]|pat[eé]tic[oa]|imb[eé]cil) (?:del chat|de aqu[ií]|del mundo|que he visto|de todos|del directo)\b|\b(?:eres|es|sos) tan (?:tont[oa]|fe[oa]|gord[oa]|est[uú]pid[oa]|in[uú]til|idiota) que (?:da|das|dan) (?:pena|asco|l[aá]stima|risa)\b"
        r"|\b(?:tus|sus) padres (?:deben|deber[ií]an|tienen que) (?:estar|sentirse) (?:muy )?avergonzad[oa]s\b|\bc[oó]mo (?:una|un) (?:gord[oa]|viej[oa]|fe[oa]|enan[oa]) como (?:t[uú]|vos|ella)\b|\bvete a llorar (?:con|a) tu (?:mami|mam[aá]|madre|mamita)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "worth-by-degree",
        r"\b(?:ты|вы) (?:самый|самая|самые) (?:тупой|тупая|тупые|глупый|глупая|страшн\w+|жирн\w+|бесполезн\w+|никчёмн\w+|никчемн\w+|жалк\w+) (?:в чате|здесь|на свете|человек|в эфире|из всех)\b|\b(?:ты|вы) (?:настолько|такой|такая|до того) (?:тупой|тупая|глупый|глупая|страшн\w+|жирн\w+|убог\w+),? что\b"
        r"|\b(?:иди|пойди|беги) (?:поплачь|плачь|пожалуйся) (?:к )?(?:мамочке|маме|мамке|мамаше)\b|\bтвои родители (?:должны|наверное) (?:стыдиться|краснеть)\b",
    ),
    (
        "risk.harassment",
        "en",
        "swear-named",
        r"\b(?:you|u|ur|you'?re|youre|this|that|the|what an?|such an?|is an?|is a total|are)\b(?: \w+)?? (?:total |complete |fucking |f\*+ing |absolute |stupid |dumb |fat |old )*(?:dickhead|asshole|a\$\$hole|a\*\*hole|arsehole|douchebag|douche|dipshit|jackass|twat|wanker|tosser|shithead|fuckface|fucker|motherfucker|f\*+ing idiot|fucking idiot|fucking moron|fucking fraud|fucking loser|f\*+ing moron)\b(?! of\b)",
    ),
    (
        "risk.harassment",
        "ru",
        "swear-named",
        r"(?:\b(?:заткнись|ты|вы|ведущ\w+|врач\w*|доктор\w*|тренер\w*|медсестр\w+|докторш\w+|врачих\w+)|(?<=@)\w+|—|-)\s{0,2},?\s{0,2}(?:\w+ )?(?:долбо[её]б\w*|мудак\w*|мудил\w*|пиздабол\w*|пизд[аеуы]|пи\*да|пи\*\*а|уёб\w*|уеб(?:ок|ан)\w*|ебанат\w*|ебанько|гандон\w*|чмо|сука тупая|тупая сука)\b|\b(?:сука тупая|тупая сука|тупая пи\*?\*?да),? (?:а не|не) (?:доктор|врач|ведущ\w+|тренер)\b",
    ),
    (
        "risk.harassment",
        "es",
        "slur-by-role",
        r"\b(?:puta|zorra|perra|maric[oó]n|retrasad[oa]|gorda|vaca|cerda|pendeja|naca)\s+(?:la |el |esa |ese )?(?:enfermera|doctora|presentadora|m[eé]dic[oa]|coach|entrenadora|entrenador|host|farmac[eé]utica|presentador|doctor)\b|\b(?:enfermera|doctora|presentadora|presentador|entrenadora|farmac[eé]utica) (?:puta|zorra|perra|maric[oó]n|pendeja)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "slur-by-role",
        r"\b(?:урод|уродина|шлюха|тупая|тупой|жирная|жирный|сука|мразь|тварь|дебил|дура)\s+(?:доктор|врач|медсестра|ведущая|ведущий|тренер|врачиха|докторша|тренерша|фармацевт)\b|\b(?:доктор|врач|медсестра|ведущая|ведущий|тренер|врачиха|докторша)\s+(?:-|—)?\s?(?:урод|уродина|шлюха|мразь|тварь|дебил)\b",
    ),
    (
        "risk.harassment",
        "en",
        "group-violence",
        r"\b(?:all|every|these|those|the)(?: the)? (?:"
        + _EN_ETHNIC_ADJ
        + r" (?:doctors|nurses|people|workers|patients|families|kids|guys|women|men)|immigrants|migrants|refugees|muslims|jews|gays|trans people|foreigners)\b[^.!?\n]{0,40}\b(?:should|need to|needs to|ought to|must) be (?:lined up and )?(?:shot|killed|gassed|exterminated|hanged|hung|burned|burnt|deported|wiped out|eradicated)\b"
        r"|\b(?:bomb|burn|torch|shoot up|nuke) (?:that|the|this) (?:clinic|hospital|mosque|synagogue|church|building|place)\b[^.!?\n]{0,20}\b(?:full of|with all the) (?:immigrants|muslims|jews|foreigners|gays|migrants|refugees|blacks)\b"
        r"|\b(?:people like (?:that|this|the) \w+|these (?:nurses|doctors|people|immigrants|migrants)|those (?:nurses|doctors|people|immigrants|migrants)) (?:are|r) (?:just )?(?:parasites|cattle|sheep|vermin|rats|cockroaches|animals|leeches)\b|\bexterminated like (?:rats|vermin|cockroaches|roaches|bugs)\b"
        r"|\b(?:nobody|no one) should (?:have|'?ve) (?:let|allowed) (?:you|u|her|him) (?:be born|live|exist)\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-violence",
        r"\ba (?:todos )?(?:los|esos|estos|las|esas) (?:\w+ )?(?:extranjeros|inmigrantes|negros|moros|jud[ií]os|gays|sudacas|indios|musulmanes|gitanos|maricones|migrantes)\b[^.!?\n]{0,30}\b(?:habr[ií]a|hay) que (?:matarlos|quemarlos|fusilarlos|colgarlos|echarlos|exterminarlos|gasearlos|eliminarlos)\b"
        r"|\b(?:los|esos|estos) (?:\w+ )?(?:extranjeros|inmigrantes|negros|moros|jud[ií]os|gays|sudacas|indios|musulmanes|gitanos|migrantes)\b[^.!?\n]{0,20}\b(?:deber[ií]an morir|merecen morir|que se mueran)\b|\b(?:los )?(?:indigentes|pobres|vagabundos) (?:de (?:\w+ ){1,3})?son (?:basura|escoria|una plaga)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "group-violence",
        r"\b(?:всех|этих|всех этих) (?:\w+ )?(?:приезжих|мигрантов|чурок|хачей|жидов|геев|пидоров|понаехавших|таджиков|узбеков|цыган|негров|евреев|мусульман)\b[^.!?\n]{0,20}\b(?:надо|нужно|пора|следует) (?:перестрелять|расстрелять|убить|сжечь|вырезать|повесить|выгнать|уничтожить|передушить)\b"
        r"|\bтаких,? как (?:ты|вы),? (?:вообще )?не должно (?:быть|существовать|жить)\b",
    ),
]


# A sixth set: a body word as a role's label ("baldy doc", "shrimp trainer", "fatty on the left"), a body that
# blocks the camera or barely fits the frame, a stream "hosted by a whale", advice "from a midget", an illness
# said to be deserved, "slow in the head", a role called a clown "not a pharmacist", dated racial terms and
# hate numbers, "you people" sent back where they came from, a group "too stupid to", an adjective-and-noun
# insult said to the reader ("you are very ugly woman"), sexual emoji at a role.
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "body-labelled",
        r"\b(?:baldy|baldie|fatty|fatso|porky|four ?eyes|pizza ?face|midget|shrimp|lardass|tubby|chubby|beanpole) (?:doc|doctor|host|nurse|trainer|coach|pharmacist|instructor|on the (?:left|right)|in (?:the )?(?:chat|comments|back))\b"
        r"|\b(?:your|ur|her|his|the host'?s?) (?:gut|belly|ass|butt|head|chins?|forehead|nose|rolls) (?:is |are )?(?:blocking|covering|filling|taking up|eclipsing) (?:the |my |our )?(?:camera|screen|frame|view|whole)\b|\b(?:barely|can'?t|cant|cannot) (?:even )?fit (?:in|into|through) (?:the )?(?:frame|screen|camera|chair|door|doorway|shot)\b"
        r"|\b(?:hosted|run|taught|presented|led|coached) by (?:a|an|some) (?:whale|hippo|cow|pig|walrus|blob|landwhale|fatty|fatso|midget|dinosaur|fossil|clown|monkey|hag|cripple)\b|\b(?:advice|tips|lessons?|classes) from (?:a|an|some|this|that) (?:midget|fatty|fatso|whale|hippo|cow|pig|landwhale|cripple|retard|dwarf|shrimp|hag|fossil|clown)\b"
        r"|\b(?:nose|forehead|head|ears|gut|belly|ass|butt|chins?|teeth) (?:is|are) (?:bigger|wider|larger|fatter|longer) than (?:the |a |an |my |our )?(?:\w+ )?(?:wing|building|hospital|planet|moon|house|car|bus|truck|state|country|continent|tv|screen|studio)\b"
        r"|\b(?:your|ur|her|his) (?:profile pic|pfp|avatar|selfie|photo|pic|face) (?:is|looks) so (?:ugly|gross|hideous|disgusting|nasty)\b|\bwith (?:the|that|a|those) (?:lazy eye|big nose|lisp|stutter|limp|hunchback|unibrow|buck teeth|crooked teeth)\b[^.!?\n]{0,40}\b(?:lol|lmao|can'?t even|cant even|haha)\b"
        r"|\b(?:bald|fat|ugly|dumb|stupid|dusty|crusty|pathetic|lazy|smelly|wrinkly) (?:old |fat |ugly |little )?(?:fart|hag|geezer|troll|slob|fossil)\b|\bfat (?:lazy |ugly |old |stupid )(?:trainer|host|doctor|doc|nurse|coach|pharmacist|pig|cow|slob)\b",
    ),
    (
        "risk.harassment",
        "es",
        "body-labelled",
        r"\b(?:calvo|pel[oó]n|gordo|gorda|gordito|gordita|enano|enana|chaparro|chaparra|cuatro ojos|narig[oó]n|narigona) (?:del chat|de la izquierda|de la derecha|entrenador|entrenadora|doctor|doctora|presentador|presentadora|enfermera|enfermero)\b"
        r"|\b(?:presentado|presentada|dirigido|dirigida|dado|dada|conducido) por (?:una?|esa|ese) (?:ballena|foca|vaca|cerda|enan[oa]|gord[oa]|viej[oa]|payas[oa])\b|\bconsejos de (?:una?|esa|ese) (?:gord[oa]|enan[oa]|ballena|foca|vaca)\b"
        r"|\b(?:una|un|la|el) (?:gord[oa]|obes[oa]|ballena|foca) (?:vendiendo|enseñando|dando|hablando de|recomendando) (?:\w+ ){0,3}(?:para adelgazar|dieta|fitness|ejercicio|salud|nutrici[oó]n|batidos)\b"
        r"|\b(?:sida|vih|c[aá]ncer|diabetes|ets|covid)\b[^.!?\n]{0,30}\b(?:se lo merece|se lo busc[oó]|bien merecido|se lo gan[oó])\b",
    ),
    (
        "risk.harassment",
        "ru",
        "body-labelled",
        r"\b(?:лысый|лысая|жирный|жирная|толстый|толстая|коротышка|очкарик|карлик) (?:доктор|врач|ведущий|ведущая|тренер|тренерша|медсестра|в чате|слева|справа)\b"
        r"|\bс таким (?:акцентом|голосом|лицом|носом)\b[^.!?\n]{0,20}\bтолько (?:на рынке|на базаре|в поле|на кухне|полы мыть)\b"
        r"|\bсам(?:а)? виноват\w*,? что (?:сердечник|диабетик|болеет|больн\w+|заболел\w*|толст\w+|жирн\w+)\b|\b(?:вич|спид|рак\w*|диабет\w*)\b[^.!?\n]{0,30}\b(?:заслужил\w*|поделом|так (?:ему|ей|тебе) и надо)\b"
        r"|\b(?:ты|вы) (?:очень |такая |такой |очень уж )?(?:некрасив\w+|страшн\w+|уродлив\w+|жирн\w+|толст\w+) (?:женщин\w+|баб\w+|мужик\w*|девушк\w+|тётк\w+|тетк\w+)\b",
    ),
    (
        "risk.harassment",
        "en",
        "deserved-or-slow",
        r"\b(?:hiv|aids|cancer|diabetes|covid|std|stds|herpes|obesity)\b[^.!?\n]{0,30}\b(?:deserves? it|deserved it|had it coming|asked for it)\b"
        r"|\b(?:is|she'?s|he'?s|you'?re|just|are) (?:just |so |really )?(?:sl[o0]w|soft|not right|touched|sick) in the head\b|\bmakes? (?:him|her|you|them|u) (?:sound|look|seem) (?:retarded|stupid|dumb|slow|like an? (?:idiot|retard|moron))\b"
        r"|\b(?:she'?s|he'?s|shes|hes|is|you'?re|youre) (?:a |an )?(?:clown|joke|circus act|freak|fraud|bimbo) not an? (?:pharmacist|doctor|nurse|host|trainer|coach|professional|expert)\b"
        r"|\b(?:colou?red|negro|oriental) (?:girls?|boys?|people|folks|doctors?|nurses?|m[ae]n|wom[ae]n|lady|guy|kids?)\b|\b(?:1488|14/88|14 ?words)\b(?=[^\n]{0,60}(?:\(\(\(|\b(?:heil|white (?:power|pride|race)|race war|jews|zog|taken over)\b))|\(\(\(\w+\)\)\)|\bglobalists?\b[^.!?\n]{0,30}\byou know (?:the type|who|the ones)\b"
        r"|\b(?:you|y'?all) people (?:should|need to|can|must|better) (?:go back|go home|leave|get out)\b|\bgo (?:back )?(?:to )?(?:where|wherever) (?:you|u|they|she|he) came from\b|\bgo (?:back )?home where (?:you|u|they) belong\b"
        r"|\b(?:boomers|women|girls|immigrants|foreigners|old people|grannies|millennials|zoomers|blondes|mexicans|indians|russians|handicapped people|the handicapped|disabled people|cripples|deaf people|blind people) (?:in (?:the )?chat |here )?(?:are|r) (?:all |just )?too (?:stupid|dumb|old|slow|lazy|emotional) to\b"
        r"|\b(?:stop|quit) letting (?:cripples|retards|fatties|gays|immigrants|foreigners|old people|those people|them|handicapped people|disabled people|deaf people) (?:in|into|on|join)\b|\b(?:handicapped|disabled|deaf|blind|wheelchair) (?:people|kids|folks) (?:slow (?:down )?(?:everyone|the whole|us|the class)|ruin (?:the|everything|it))\b"
        r"|\b(?:you are|you'?re|u r|ur) (?:a |an )?(?:very |so |such an? |really )(?:ugly|fat|stupid|dumb|disgusting) (?:woman|man|girl|lady|person|bitch|cow|pig|creature)\b|\b(?:your|ur) (?:country )?(?:people|kind|race) (?:is|are) (?:all )?(?:thie(?:f|ves)|criminals|liars|dirty|animals|stupid|scammers)\b"
        r"|\b(?:typical (?:dumb|hysterical|emotional|stupid|lazy|greedy|cheap|loud|crazy) (?:female|woman|blonde|girl|jewish|jew|muslim|indian|mexican|black|asian|immigrant|foreign|gay|trans|boomer)|typical (?:female|woman|blonde|girl|jewish|jew|muslim|indian|mexican|black|asian|immigrant|foreign|gay|trans) (?:doctor|doc|host|nurse|trainer|coach|driver|logic|behaviou?r|move|ceo|scammer))\b"
        r"|\bof course the (?:mexican|jewish|jew|muslim|indian|black|asian|chinese|gay|female|woman|immigrant|foreign|trans) (?:\w+ )?(?:in chat |here )?(?:doesn'?t|can'?t|cant|is ripping|rips|would|is (?:too|so) (?:stupid|dumb))\b|\brip(?:ping)? (?:us|you|people|everyone) off\b(?=[^\n]{0,40}\btypical\b)"
        r"|\bgo make (?:a |me a |us a |him a )?sandwich\b|\b(?:nurse|doc|doctor|host|trainer|coach|pharmacist|she|her)\b[^\n]{0,12}(?:👅|🍆|💦|🤤)",
    ),
    (
        "risk.harassment",
        "es",
        "deserved-or-slow",
        r"\b(?:es|eres|est[aá]s?) (?:un[oa] )?(?:payas[oa]|chiste|fraude|bimbo),? (?:no un[oa]?|y no un[oa]?) (?:m[eé]dic[oa]|doctor[a]?|enfermer[oa]|farmac[eé]utic[oa]|presentador[a]?|coach)\b"
        r"|\b(?:vuelvan?|regresen?|v[aá]yanse|vete) (?:a )?(?:de )?donde (?:vinieron|viniste|vienen|vienes)\b|\b(?:las viejas|las mujeres|los viejos|las gordas|los gordos) no sirven (?:pa|para) (?:el |la )?(?:fitness|deporte|ejercicio|medicina|ciencia|nada|esto)\b"
        r"|\b(?:eres|es) (?:una |un )?(?:muy |tan )(?:fe[oa]|gord[oa]|tont[oa]|est[uú]pid[oa]) (?:mujer|hombre|señora|chica|vieja)\b|\btu gente (?:es|son) (?:toda |todos )?(?:ladrona|ladrones|criminales|sucia|sucios|animales)\b|\bt[ií]pic[oa] (?:histérica|mujer|india|negra|judía|gitana|sudaca) (?:doctora|m[eé]dica|presentadora|enfermera)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "deserved-or-slow",
        r"\b(?:клоун|клоунесса|цирк|позорище),? а не (?:фармацевт|врач|доктор|ведущ\w+|медсестра|тренер)\b|\b(?:езжай|катись|вали|уезжай|возвращайся) (?:обратно )?(?:туда,? )?откуда (?:приехал\w*|пришёл|пришел|пришла|понаехал\w*)\b"
        r"|\b(?:бабки|старухи|бабы|старики|пенсионеры|жирные|толстые) (?:в чате )?(?:не годятся|не подходят|бесполезны) (?:для|в|на)\b|\b(?:ты|вы) (?:очень |такая |такой )?(?:некрасив\w+|страшн\w+|уродлив\w+|жирн\w+|глуп\w+) (?:женщин\w+|баб\w+|мужик\w*|девушк\w+|тётк\w+)\b",
    ),
]


#: Someone else's abuse told by the writer: a third person with a verb of saying, naming or asking before the
#: words ("whoever called the host a cow needs a timeout", "mods, the creep keeps asking the nurse to take off her
#: scrubs", "alguien le dijo gorda a la doctora", "кто-то назвал ведущую коровой"). The writer reports, not abuses.
HARASSER_TOLD = (
    r"(?:@\w+|\b(?:someone|somebody|some (?:guy|dude|troll|creep|user|account|rando)|(?:the|this|that|a) (?:creep|guy|dude|troll|user|person|account|rando|viewer|commenter|weirdo)s?|whoever|anyone who|people who|those who|he|she|they)\b)(?: \w+){0,2} "
    r"(?:called|calls|calling|keeps (?:calling|saying|asking|telling|posting|spamming|writing|making)|kept (?:calling|saying|asking|telling)|asked|asking|asks|said|says|saying|wrote|writes|writing|posted|posts|posting|told|telling|tells|dm'?d|dmed|messaged|commented|typed|typing)\b"
    r"|(?:@\w+|\b(?:alguien|algui[eé]n|un (?:tipo|usuario|troll|pesado|señor)|ese (?:tipo|usuario|troll|pesado|señor)|el (?:usuario|tipo|troll|pesado|de arriba)|quien|el que|la que|los que)\b)(?: \w+){0,2} (?:le |la |me |nos |les )?"
    r"(?:dijo|dice|dicen|llam[oó]|llama|llaman|llamando|escribi[oó]|escribe|escriben|pidi[oó]|pide|piden|sigue (?:diciendo|llamando|escribiendo|pidiendo|mandando)|puso|pone|mand[oó]|manda|coment[oó])\b"
    r"|(?:@\w+|\b(?:кто-то|какой-то|этот|тот|пользовател\w+|тролл\w*|он|она|они)\b)(?: \w+){0,2} (?:назвал\w*|называет|называют|пишет|пишут|написал\w*|говорит|сказал\w*|просит|попросил\w*|обозвал\w*|обзывает|прислал\w*|требует)\b"
)
#: Abuse named as an act and judged ("telling women to go back to the kitchen is not ok", "llamar cerda a la
#: doctora es acoso", "называть ведущую коровой - это травля"): the saying, then a judgement of it.
HARASSMENT_NAMED = (
    r"(?:^|[,.!?:;]\s{0,3}|\b(?:and|but|because|y|pero|porque|и|а|но|ведь)\s)\W{0,3}"
    r"(?:telling|saying|calling|writing|posting|commenting|to (?:call|tell|say to|write)|decirle|decirles|decir|llamar|llamarle|llamarla|llamarlo|escribir|escribirle|comentar"
    r"|говорить|сказать|называть|назвать|писать|написать|обзывать|желать)\b"
)
HARASSMENT_JUDGED = (
    r"\b(?:is|isn'?t|are|was|it'?s)\b[^.!?\n]{0,20}\b(?:not ok(?:ay)?|wrong|cruel|gross|disgusting|bullying|harassment|abuse|abusive|racist|racism|sexist|sexism|misogyn\w+|homophobic|transphobic|ableist|unacceptable|vile|awful|horrible|not cool|not funny|hateful|hate speech)\b"
    r"|\b(?:no est[aá] bien|est[aá] (?:muy )?mal|es (?:acoso|racismo|racista|machismo|machista|homofobia|homof[oó]bico|transfobia|cruel|asqueroso|violencia|bullying|inaceptable|horrible|de mal gusto|odio)|no es (?:gracioso|normal|aceptable|broma))\b"
    r"|\b(?:хамство|травля|травлю|расизм|сексизм|гомофобия|буллинг|нельзя|недопустимо|мерзко|гадко|плохо|не смешно|оскорбление|ненависть)\b"
)


# ================================================================ sixth round: threats and self-harm by what they imply
# Threats that never name the act: someone's routine or family watched and told to them, an "accident"
# promised, a date set, an event that "won't finish", a car that will wake up damaged, a weapon brought
# along, a death wished and then offered ("y si no pasa solo, lo hago yo"), an oath after the act, a
# doom told to someone ("te vas a morir", "ты сдохнешь"). Self-harm without the word: hopelessness with a
# leaving announced, a last message, a height stood on with a last look, permission asked to go, a lethal
# dose asked about as painless, harm to the body until it bleeds, the slang of each language. Each is a
# concept with its inflections in the three languages; the speech acts (negation, quotation, hypotheticals,
# idioms) are read as for every hit. Names ending in "-menace" are not cancelled by a laugh or a smile:
# "hope your clinic has fire insurance lol" is the menace's own tone.
_EN_ROUTINE = r"(?:walk|walks|leave|leaves|jog|run|drive|park|get home|go home|pick up|drop off|take the|lock up|close up|open up)"
_EN_WATCHED = r"(?:saw|seen|spotted|noticed|watched|been watching|love|like|nice)"
_EN_YOURS = r"(?:your|ur|yr)"
_EN_THING = r"(?:car|cars|truck|house|home|place|kids?|children|wife|husband|daughters?|sons?|family|dog|route|gym|school|porch|driveway|windows?|windshield|tires|tyres|door|building|parking spot|spot|plates?|address)"
_EN_MENACE_TAIL = r"(?:would be a (?:shame|pity)|shame if|see (?:you|u|ya) (?:soon|tonight|tomorrow|there|around|then)|be careful|careful now|watch (?:out|yourself|your back)|enjoy (?:your|ur) |just asking|just saying|for now|sleep well|sleep tight|nice (?:windshield|tires|windows|door|lock)|same (?:route|time|place|spot)|right\?|yeah\?|🙂|😊|😉|😈)"
_EN_HOPELESS = r"(?:too late for me|no point (?:anymore|in (?:living|going on|trying))|no reason (?:to|for me to) (?:stay|live|go on|be here)|nothing left (?:for me|to live for)|can'?t (?:do this|take (?:it|this)|go on|keep going) anymore|tired of (?:fighting|living|trying|everything|it all|being alive|being here)|(?:i'?m|im|i am) (?:so )?(?:\w+ )?done\b(?! with (?:this|the|that|my|work|school|homework|chores)\b)|i give up|i'?ve given up|everyone (?:would be|will be|is) better off|no one (?:would|will) (?:care|notice|miss me)|nobody (?:would|will) (?:care|notice|miss me)|f\W* this life|hate my life|i already decided)"
_EN_LEAVING = r"(?:(?:gonna|going to|about to|imma|i'?ll|i will|ready to|time to) (?:jump|end it|let go|go for good|leave for good|disappear|be gone|sleep forever|check out|log off for good|sewer ?slide|unalive|take all (?:my|the|of my) \w*\s?(?:pills|meds|tablets))\b|(?:i'?m|im|i am) (?:going|leaving|out|gone) (?:tonight|today|for good|this weekend)\b|\bending it (?:all )?(?:tonight|today|now|this weekend|for good)?\b|\bend it (?:all )?(?:tonight|today|now|this weekend)\b|tonight'?s the night|it ends tonight|let(?:ting)? go for good)"
_ES_HOPELESS = r"(?:no le veo sentido|ya no (?:le )?veo sentido|para qu[eé] seguir|ya no (?:lo )?soporto|ya no aguanto m[aá]s|no puedo m[aá]s|estoy cansad[oa] de (?:vivir|luchar|todo|seguir)|nadie me (?:va a )?extra[ñn]ar|todos (?:estar[ií]an|van a estar) mejor sin m[ií]|ya no tiene sentido|ya lo decid[ií]|ya (?:lo )?tengo decidido)"
_ES_LEAVING = r"(?:me voy (?:esta (?:noche|semana)|hoy|ma[ñn]ana|para siempre)|(?:esta (?:noche|semana)|hoy|ma[ñn]ana) me voy\b(?! (?:a|de|al|en|con|para)\b)|(?:ma[ñn]ana |hoy |pronto )?ya no (?:estar[eé]|voy a estar)\b(?! (?:en|de|con|disponible|conectad)\b)|voy a (?:terminar|acabar) con (?:esto|todo|mi vida)|(?:termino|acabo) con (?:esto|todo) (?:hoy|esta noche)|me despido para siempre|lo hago esta noche|hoy lo hago)"
_RU_HOPELESS = r"(?:нет смысла|не вижу смысла|зачем (?:жить|дальше|продолжать|всё это|все это)|больше не могу|не вынесу|устал[аи]? (?:жить|бороться|от всего)|всем будет лучше без меня|никто не заметит|никому не нужн\w*|я (?:уже )?(?:всё |все )?решил[аи]?)"
_RU_LEAVING = r"(?:(?:сегодня|этой ночью|завтра|на этой неделе) (?:я )?(?:уйду|ухожу|всё закончу|все закончу|закончу с этим)|(?:уйду|ухожу) (?:навсегда|сегодня|этой ночью)|(?:всё|все) закончу (?:сегодня|этой ночью)|покончу (?:со всем|с этим)|меня (?:уже )?(?:не будет|больше не будет)|прощайте)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)"
_DAY_RU = r"(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|вечера|ночи)"
_SIXTH_IMPLIED = [
    # -- threats: a routine or the family watched, told to the person
    (
        "risk.threat",
        "en",
        "watched-menace",
        r"\b(?:you|u) "
        + _EN_ROUTINE
        + GAP
        + r"\b(?:every (?:day|morning|night|evening|week)|same (?:route|time|spot|place|door|path)|at \d{1,2}(?::\d\d)? ?(?:am|pm|sharp))\b"
        + r"|\b"
        + _EN_WATCHED
        + r" "
        + _EN_YOURS
        + r" (?:\w+ )?"
        + _EN_THING
        + r"\b"
        + r"[^\n]{0,60}?"
        + _EN_MENACE_TAIL
        + r"|\bnice (?:\w+ )?(?:car|audi|bmw|benz|tesla|truck|jeep|house|place|porch|kids) (?:you|u) (?:drive|got|have|park|live in)\b[^\n]{0,60}?"
        + _EN_MENACE_TAIL
        + r"|\b"
        + _EN_YOURS
        + r" (?:address|house|home|street|plates?|route) (?:is|are) (?:on|all over|in) \w+[^\n]{0,40}?"
        + _EN_MENACE_TAIL,
    ),
    (
        "risk.threat",
        "en",
        "family-menace",
        r"\b"
        + _EN_YOURS
        + r" (?:little )?"
        + _EN_FAMILY
        + r"\b"
        + GAP
        + r"\b(?:alone|by (?:themselves|herself|himself)|walks? home|go(?:es)? to (?:the |that )?school|at school|school (?:right|near|by|on))\b[^\n]{0,60}?(?:just asking|be careful|careful|would be a (?:shame|pity)|for now|right\?|yeah\?|\?\s*$)"
        + r"|\byou have (?:kids|children|a daughter|a son|a wife|a family)\b[^\n]{0,20}\b(?:right|yeah|don'?t you)\b[^\n]{0,40}\b(?:alone|walk home|school)\b",
    ),
    (
        "risk.threat",
        "es",
        "watched-menace",
        r"\b(?:qu[eé] )?(?:bonit[oa]|lind[oa]|bonito|lindo) (?:es )?(?:tu|su) (?:casa|coche|carro|auto|camioneta|consultorio|edificio|port[oó]n|barrio)\b[^\n]{0,40}\b(?:ya (?:la|lo) (?:ubiqu[eé]|encontr[eé]|vi)|nos vemos (?:pronto|esta noche|ma[ñn]ana)|te (?:veo|vemos) pronto|cu[ií]date)\b"
        + r"|\b(?:sales|llegas|caminas|corres|paseas|estacionas|recoges) "
        + GAP
        + r"\b(?:todos los d[ií]as|todas las (?:ma[ñn]anas|noches)|a la misma hora|por la misma (?:calle|ruta))\b[^\n]{0,40}\b(?:cu[ií]date|nos vemos|ya s[eé]|lo s[eé]|te (?:vi|veo))\b"
        + r"|\b(?:tus|sus) (?:hij[oa]s|nen[ea]s|niñ[oa]s)\b"
        + GAP
        + r"\b(?:sol[oa]s|la escuela|el colegio|al colegio|a la escuela)\b[^\n]{0,40}(?:cu[ií]date|ten cuidado|ser[ií]a una (?:pena|l[aá]stima)|\?)",
    ),
    (
        "risk.threat",
        "ru",
        "watched-menace",
        r"\b(?:красив\w+|хорош\w+|симпатичн\w+|уютн\w+) (?:у (?:тебя|вас) )?(?:подъезд|дом|двор|машин\w+|тачк\w+|квартир\w+|дверь|окна)\b[^\n]{0,40}\b(?:мимо проходил\w*|видел\w*|нашёл|нашел|заходил\w*|был\w*|скоро увидимся|до встречи)\b"
        + r"|\b(?:как там|как поживает|как) (?:тво[яйи]|ваш[аи]?) (?:доч\w*|сын\w*|дет(?:и|ки)|жен\w*|мам\w*)\b[^\n]{0,60}(?:школ\w+|садик\w*|одн[аи]|осторож\w+|береги\w*|\?)[^\n]{0,40}(?:осторож\w+|береги\w*|смотри)"
        + r"|\bпередай (?:жене|мужу|детям|дочке|сыну|матери|маме)\b[^\n]{0,60}\b(?:одн[аи]|пусть|осторож\w+|береж\w+)\b",
    ),
    # -- an "accident" promised: people fall, something might happen, a shame if
    (
        "risk.threat",
        "en",
        "accident-menace",
        r"\b(?:careful|be careful|watch (?:your|ur) step)\b[^\n]{0,60}\b(?:people|folks|doctors|nurses|hosts|streamers|someone|accidents)\b "
        + NEAR
        + r"\b(?:fall|falls|slip|trip|get hurt|happen|have accidents|break (?:their|a) \w+|disappear|go missing)\b"
        + r"|\b(?:people|folks|doctors|nurses|hosts|streamers) (?:like you )?(?:fall|slip|trip|get hurt|have accidents|go missing|disappear) (?:down (?:the |those )?stairs |on (?:the |those )?stairs )?(?:all the time|every day|sometimes|you know)\b[^\n]{0,40}(?:careful|doc|🙂|😊|😉|just saying)"
        + r"|\b(?:shame|pity) if (?:something|anything) (?:happened|were to happen|happens|bad happened) to\b",
    ),
    (
        "risk.threat",
        "es",
        "accident-menace",
        r"\b(?:pena|l[aá]stima)\b"
        + GAP
        + r"\b(?:te|le|les) (?:pasara|pase|ocurriera|ocurra|sucediera|suceda) algo\b"
        + r"|\bno (?:vaya|vayas) a ser que (?:te|le|les) pase algo\b|\b(?:a veces )?(?:la gente|los doctores|los m[eé]dicos) se caen? (?:por las escaleras|todo el tiempo)\b[^\n]{0,30}(?:cuidado|doc)",
    ),
    (
        "risk.threat",
        "ru",
        "accident-menace",
        r"\b(?:иногда |бывает,? |часто )?(?:случаются|бывают|происходят) несчастные случаи\b|\bнесчастн\w+ случа\w+\b[^\n]{0,40}\b(?:подумай|смотри|осторож\w+|береги\w*)\b"
        + r"|\b(?:жаль|обидно|будет жаль)\b"
        + GAP
        + r"\b(?:что-то|что-нибудь|что нибудь)\s+(?:случится|случилось|произойд[её]т|произошло)\b",
    ),
    # -- harm to a car or a place: wakes up without tyres, goes boom
    (
        "risk.threat",
        "en",
        "damage-menace",
        r"\b(?:your|ur) (?:car|truck|tires|tyres|windshield|windows|brakes) (?:will|is gonna|gonna|might|could) (?:be )?(?:slashed|smashed|on fire|keyed|missing|gone|flat|fail)\b"
        + r"|\b(?:something|it|stuff|the place|your \w+) (?:is )?(?:going to|gonna|will|about to) go (?:boom|kaboom|up in (?:flames|smoke))\b|\b(?:go|goes) (?:boom|kaboom)\b"
        + GAP
        + r"\b(?:at|in) (?:your|ur|the|that|this)\b",
    ),
    (
        "risk.threat",
        "es",
        "damage-menace",
        r"\b(?:tu|su) (?:coche|carro|auto|camioneta|moto|casa|consultorio|cl[ií]nica|farmacia) (?:amanece|amanecer[aá]|va a amanecer|aparece|aparecer[aá]|va a aparecer|se queda|se quedar[aá]) (?:sin (?:ruedas|llantas|vidrios|frenos)|quemad[oa]|rayad[oa]|ponchad[oa]|destrozad[oa]|en cenizas)\b"
        + r"|\b(?:tu|su) (?:coche|carro|auto|casa|consultorio|cl[ií]nica|farmacia) (?:va a )?(?:volar|explotar|arder) (?:por los aires|esta noche|pronto|hoy)\b",
    ),
    (
        "risk.threat",
        "ru",
        "damage-menace",
        r"\b(?:тво[яей]|ваш[аие]?) (?:машин\w+|тачк\w+|клиник\w+|аптек\w+|квартир\w+|дом) (?:сгорит|взлетит на воздух|рванёт|рванет|останется без (?:колёс|колес|стёкол|стекол))\b|\b(?:колёса|колеса|шины) (?:тебе |вам )?(?:проколю|порежу|проколем|порежем)\b",
    ),
    # -- a date set, an event that will not finish
    (
        "risk.threat",
        "en",
        "date-set",
        r"\b(?:\d+|one|two|three|four|five|six|seven) (?:more )?(?:days?|hours?|sleeps)(?: left| to go)?\W+(?:mark (?:your|ur) calendar|tick ?tock|you'?ll see|be ready|get ready|clock'?s ticking)\b"
        + r"|\b"
        + _DAY_EN
        + r"\W+(?:the |ur |your )?(?:lobby|parking lot|parking garage|entrance|back door|front door|garage|lot|clinic|studio)\W+(?:you'?ll see|be there|be ready|see you)\b"
        + r"|\b(?:your|ur) (?:gala|show|stream|event|fundraiser|live|conference|talk|party|launch|seminar|clinic) (?:won'?t|wont|will not|ain'?t gonna|isn'?t gonna) (?:finish|end|make it to the end|last the night)\b(?! (?:until|till|before|on time))",
    ),
    (
        "risk.threat",
        "es",
        "date-set",
        r"\b(?:marca|m[aá]rcalo en) (?:el|tu) calendario\b[^\n]{0,30}\b(?:doc|doctor[a]?|presentador[a]?|ya ver[aá]s|te va a)\b|\b(?:tu|su) (?:gala|evento|directo|programa|fiesta|conferencia) no (?:va a terminar|termina|terminar[aá]|acaba|va a acabar)\b(?! (?:hasta|antes|a tiempo))",
    ),
    (
        "risk.threat",
        "ru",
        "date-set",
        r"\bдо "
        + _DAY_RU
        + r"\b[^\n]{0,30}\b(?:ты понял|понял\?|поняла\?|ты поняла|готовься|готовьтесь|ты увидишь)\b|\b(?:твой|ваш) (?:эфир|стрим|вечер|концерт|праздник|сбор) не (?:закончится|доживёт до конца|доживет до конца)\b",
    ),
    # -- a weapon brought along, a doom told, a wish then offered, an oath after the act
    (
        "risk.threat",
        "en",
        "armed-menace",
        r"\b(?:me|i'?ll be|i will be|i'?m coming|im coming|i come|i'?ll come|surprise guest|front row)\b"
        + GAP
        + r"\bwith (?:a |my |his |her )?(?:loaded |little |sharp |new )?(?:glock|gun|pistol|knife|blade|piece|strap|rifle|shotgun|machete|crowbar|cane|bat|axe|hammer)\b(?! (?:case|show|collection|safety|lesson|range))"
        + r"|\bfriend with (?:a|his|her) (?:knife|gun|glock|bat|machete|rifle)\b|\bspik(?:e|ed|ing) (?:your|ur|his|her|the host'?s|the doc'?s) (?:\w+ )?"
        + _EN_DRINK
        + r"\b(?! with (?:rum|vodka|gin|tequila|whiskey|booze|alcohol|cinnamon|ginger))"
        + r"|\bswat(?:ted|ting)? (?:you|u|him|her|them|the host|the doc|(?:your|ur|the host'?s) (?:house|place|home))\b|\bget (?:you|u|him|her) swatted\b",
    ),
    (
        "risk.threat",
        "en",
        "doom-oath",
        r"\b(?:i|me) (?:kill|stab|shoot|cut|burn|beat|break|brake|smash|crack|destroy) (?:you|u|your|ur)\b(?! (?:down|off|loose|free|some|a (?:deal|check|slice|piece)|in|at|on)\b)"
        + r"|\b(?:broke|break|brake|smash|crack) (?:all,? )?(?:also )?you (?:head|face|neck|legs?|arms?|teeth)\b"
        + r"|^\W*(?:kill|stab|shoot|murder|bury) (?:you|u|ya)\b[^\n]{0,40}\b(?:i swear|swear to god|te lo juro|lo juro|клянусь)\b"
        + r"|\byou (?:will not|won'?t|wont|are not gonna|aren'?t gonna) like what (?:happens|comes next|i do|i'?ll do|i'?m gonna do)\b"
        + r"|\b(?:die|dead|drop dead)\b[^\n]{0,60}\b(?:i'?ll do it (?:myself|for you|me)|i'?ll (?:help it along|make (?:it|that) happen)|i'?ll help)\b",
    ),
    (
        "risk.threat",
        "es",
        "doom-oath",
        r"(?<!\bsi )(?<!\bsino )(?<!\bd[ií]a )(?<!\btemprano )(?<!\btodos )(?<!\btambi[eé]n )\b(?:te vas a morir|vas a morir|te vas a morir hoy|te mueres hoy|vas a morirte|se (?:va|van) a morir (?:el|la|los|las) (?:presentador[a]?|doctor[a]?|m[eé]dic[oa]|enfermer[oa]|host|entrenador[a]?)s?)\b(?! (?:de|del|por|si|a los|a la|sol[oa]|con el tiempo|como todos|algún día|algun dia)\b)"
        + r"|\bmuer(?:as|a|an)\b[^\n]{0,60}\blo (?:hago|har[eé]) yo\b|\bno te va a gustar lo que (?:pase|va a pasar|haga|voy a hacer)\b"
        + r"|\b(?:le|te) (?:doy|pego|voy a dar|voy a pegar|daré|dar[eé]) (?:con (?:el|un|mi) (?:bast[oó]n|palo|bate|fierro|tubo|martillo)|un (?:palazo|batazo|fierrazo|martillazo))\b",
    ),
    (
        "risk.threat",
        "ru",
        "doom-oath",
        r"(?<!\bесли )(?<!\bкогда )(?<!\bи )(?<!\bкоторого )(?<!\bкоторой )\b(?:ты|вы) (?:(?:скоро|сегодня|завтра) )?(?:сдохнешь|сдохнете)\b(?! (?:со смеху|от смеха|от скуки|от зависти|от старости|когда-нибудь)\b)"
        + r"|(?<!\bесли )(?<!\bкогда )(?<!\bи )\b(?:ты|вы) (?:скоро|сегодня|завтра|этой ночью) (?:умрёшь|умрешь|умрёте|умрете)\b"
        + r"|\b(?:сдохни|сдохнешь|умри|умрёшь|умрешь)\b[^\n]{0,60}\b(?:сам|сама|я) (?:помогу|сделаю|устрою)\b|\bтебе не понравится,? (?:что|чем) (?:будет|я сделаю|случится|всё закончится)\b",
    ),
    # -- self-harm: hopelessness with a leaving announced, in either order
    (
        "risk.self_harm",
        "en",
        "hopeless-leaving",
        r"\b" + _EN_HOPELESS + r"[^\n]{0,60}?" + _EN_LEAVING + r"|" + _EN_LEAVING + r"[^\n]{0,60}?\b" + _EN_HOPELESS,
    ),
    (
        "risk.self_harm",
        "es",
        "hopeless-leaving",
        r"\b"
        + _ES_HOPELESS
        + r"[^\n]{0,60}?\b"
        + _ES_LEAVING
        + r"|\b"
        + _ES_LEAVING
        + r"[^\n]{0,60}?\b"
        + _ES_HOPELESS,
    ),
    (
        "risk.self_harm",
        "ru",
        "hopeless-leaving",
        r"\b"
        + _RU_HOPELESS
        + r"[^\n]{0,60}?\b"
        + _RU_LEAVING
        + r"|\b"
        + _RU_LEAVING
        + r"[^\n]{0,60}?\b"
        + _RU_HOPELESS,
    ),
    # -- a last message, not being there after, a height with a last look, permission asked, slang
    (
        "risk.self_harm",
        "en",
        "last-message",
        r"\bthis (?:is|was|will be) my (?:very )?last (?:one|stream|message|comment|post|live|goodbye)\b(?! (?:for|of|this|before|until|till|here|on|in|as|at|with|from)\b)(?![^\n]{0,50}\b(?:gotta|got to|have to|need to|moving|new job|see (?:you|u|ya)|next (?:week|time|stream|month|year)|tomorrow|dinner|bed|sleep|work|shift|vacation|holiday|travel\w*|be back|for (?:now|today|a while|the (?:night|day|week))|tonight'?s (?:game|show))\b)"
        + r"|\bfor a last (?:one|look)\b|\b(?:there )?won'?t be (?:a me|any me|me) (?:anymore|left|after)\b"
        + r"|\b(?:i'?m|im|i am) (?:standing|sitting|up) on (?:the |a |my |this )?(?:\w+ )?(?:roof|rooftop|ledge|edge|railing|bridge|overpass)\b[^\n]{0,60}\b(?:so quiet|peaceful|last|one step|jump|ready|goodbye|bye|no one (?:would|will) notice)\b"
        + r"|\bstanding on (?:the |a |my )?(?:\w+ )?(?:roof|rooftop|ledge|bridge|overpass)\b[^\n]{0,60}\b(?:so quiet|last one|one step|ready|goodbye|no one (?:would|will) notice)\b"
        + r"|\b(?:tell me|say) (?:it'?s|its|it is) (?:ok|okay|alright|fine) (?:for me )?to (?:go|let go|die|end it|give up|stop fighting)\b|\b(?:i'?m|im) ready to (?:die|let go|end it|go now)\b"
        + r"|\b(?:gonna|going to|wanna|want to|about to|imma) (?:sewer ?slide|self[- ]?delete|unalive)\b|\bsewer ?slid\w*\b|\bsui cid\w*\b"
        + r"|\b(?:overdose|od|o\.d\.)\b[^\n]{0,40}\bpainless\b|\bpainless\b[^\n]{0,30}\b(?:overdose|way to (?:go|die)|to die)\b"
        + r"|\b(?:i'?d|i would) rather (?:overdose|od|take all my (?:pills|meds)|end it|not wake up) (?:on (?:my |all my )?\w+ )?than\b"
        + r"|\b(?:bang|banging|hit|hitting|slam|slamming) my head (?:against|into|on) (?:the )?(?:wall|floor|door)\b[^\n]{0,40}\b(?:bleed\w*|blood)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "last-message",
        r"\b(?:este|esta) es mi [uú]ltim[oa] (?:mensaje|comentario|directo|vez|despedida)\b(?! (?:de|del|en|por|antes|hasta)\b)"
        + r"|\b(?:estoy|ando) (?:parad[oa] |sentad[oa] )?en (?:la azotea|el techo|la cornisa|el puente|el borde|el barandal)\b[^\n]{0,60}\b(?:tranquil\w+|silencio|[uú]ltim\w+|un paso|saltar|listo|lista|adi[oó]s)\b"
        + r"|\bdime que est[aá] bien (?:irme|rendirme|dejarlo todo|dejar de luchar)\b|\bojal[aá] (?:me )?(?:duerma|dormirme|dormir) y no (?:despierte|despertar|vuelva a despertar)\b"
        + r"|\bprefiero (?:tomarme todas las pastillas|una sobredosis|matarme|no despertar) (?:antes )?que\b|\bme golpeo la cabeza contra (?:la pared|el piso|el suelo)\b[^\n]{0,40}\b(?:sangr\w+|hasta)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "last-message",
        r"\bэто (?:мой|моё|мое) последн(?:ий|ее) (?:комментарий|эфир|стрим|сообщение|раз)\b(?! (?:в|на|перед|до|про)\b)"
        + r"|\bстою на (?:крыше|мосту|краю|подоконнике|карнизе)\b[^\n]{0,60}\b(?:тихо|последн\w+|шаг|прыгн\w+|прощай\w*|готов\w*)\b"
        + r"|\bскажите,? что (?:можно|нормально) (?:уйти|сдаться|умереть)\b|\bвыпил(?:юсь|иться|ился|илась|ятся)\b|\bсамовыпил\w*\b"
        + r"|\bбь(?:юсь|ю себя|ю) головой (?:об|о|в|об?о) (?:стену|стенку|пол|дверь)\b[^\n]{0,40}\b(?:кров\w*|пока не)\b",
    ),
]
COMPOSITIONS += _SIXTH_IMPLIED

# ================================================================ seventh round: threats without "kill", self-harm without "suicide"
# Threats: an ultimatum with its consequence ("refund me by friday or you'll find out what I'm capable of"),
# waiting outside, people sent or hired, being watched or followed, a weapon by its slang, something put in
# food or pills, the family named next, fuel and a place, an evacuation ordered, a doom in the future or the
# passive ("you will bleed", "your car will be found in the river"). Self-harm: things given away and affairs
# put in order, a lethal amount or mix asked about, an overdose taken, treatment stopped or food refused so it
# ends, a blade at hand or cutting again, means made ready or hoarded, being a burden no more, goodnight
# forever, a plan or a date chosen, asking not to be stopped; each in its inflections in the three languages.
_EN_CONSEQUENCE = r"(?:(?:you'?ll|you will|u'?ll|youll) (?:find out what (?:i'?m|im|i am) capable of|see what happens|pay for (?:it|this|that))|(?:your |ur |the |my |some(?:one|body) (?:at|from|in) (?:the |that |your )?)?(?:\w+ )?(?:gets?|will get|is gonna get|getting) hurt|(?:after that|then) (?:it'?s|its|it gets) personal|i (?:come|'?ll come|will come|am coming|'?m coming) (?:to|for|after) (?:you|u|the|your|ur)|things (?:get|will get|are gonna get) ugly|someone (?:gets|will get) hurt|you (?:won'?t|will not) like (?:it|what)|face the consequences)"
_ES_CONSEQUENCE = r"(?:van a saber qui[eé]n soy|vas a saber qui[eé]n soy|(?:alguien|uno|una|\w+) (?:del personal |de ustedes )?(?:sale|saldr[aá]|va a salir|termina|terminar[aá]) (?:lastimad|herid|mal)\w*|voy (?:por ti|a por ti|por ustedes|para all[aá])|ya ver[aá]n|se van a enterar|te va a pesar)"
_RU_CONSEQUENCE = r"(?:узна(?:ете|ешь),? на что я способ\w+|разговор будет (?:другой|другим|иначе)|пожалеешь|пожалеете|(?:приеду|приду|заеду) (?:и )?(?:спрошу|разберусь|поговорим|лично)|ответишь|ответите|кто-то пострадает|пострада(?:ет|ют) (?:\w+ )?(?:персонал|сотрудник\w*|семья|дети))"
_EN_WEAPON_SLANG = r"(?:strap|blicky|glizzy|glock|9mm|a 9|the 9|chopper|burner|heater|the heat|my heat|the iron|my iron|tool|pole|stick|gat|ak|ar|shotty|shotgun|rifle|pistol|revolver|piece|knife|blade|machete|bats?)"
_EN_PLACE = r"(?:clinic|pharmacy|studio|gym|office|hospital|er|ward|wing|lobby|store|shop|warehouse|house|home|school|building|event|gala|fundraiser|party|launch|stream|show|conference|parking (?:lot|garage)|lot|garage|car)"
_ES_PLACE = r"(?:cl[ií]nica|farmacia|estudio|gimnasio|gym|consultorio|hospital|oficina|tienda|almac[eé]n|casa|escuela|edificio|evento|gala|fiesta|estacionamiento|sala de espera|sala|recepci[oó]n|coche|carro)"
_RU_PLACE = r"(?:клиник\w*|аптек\w*|студи\w*|спортзал\w*|зал\w*|фитнес[- ]?центр\w*|офис\w*|больниц\w*|магазин\w*|склад\w*|дом\w*|подъезд\w*|школ\w*|здани\w*|мероприяти\w*|вечер\w*|презентаци\w*|парковк\w*|машин\w*|кабинет\w*|приёмн\w*|приемн\w*)"
_SEVENTH = [
    # -- an ultimatum and its consequence
    (
        "risk.threat",
        "en",
        "ultimatum-menace",
        r"\b(?:or (?:else )?|otherwise |after that,? |if not,? )"
        + _EN_CONSEQUENCE
        + r"|\byou have (?:\d+|one|two|three|24|48) (?:hours?|days?|minutes?)\b[^\n]{0,60}?\b(?:after that|or|then)\b[^\n]{0,30}?\b(?:personal|hurt|coming|ugly|regret|consequences)\b"
        + r"|\b(?:your|ur) (?:family|kids|staff|wife|husband|mom|mother|children) (?:pays|will pay|is next|are next|gets? hurt|will get hurt) (?:for it|for this|too|next)?"
        + r"|\b(?:go|come) after (?:your|ur) (?:family|kids|mother|mom|wife|husband|daughter|son|children|staff)\b",
    ),
    (
        "risk.threat",
        "es",
        "ultimatum-menace",
        r"\b(?:o (?:si no )?|si no,? |sino,? |despu[eé]s,? |luego,? )"
        + _ES_CONSEQUENCE
        + r"|\btienes? hasta (?:el |la |ma[ñn]ana|hoy)\w*\b[^\n]{0,60}?\bsi no\b"
        + r"|\b(?:a )?tu (?:mam[aá]|madre|esposa|esposo|hij[oa]|familia|pap[aá]) (?:le )?(?:va a tocar|toca|sigue|va primero|es (?:la|el) siguiente)\b|\bprimero (?:tu|a tu) \w+,? (?:luego|despu[eé]s) (?:t[uú]|a ti)\b"
        + r"|\btu familia (?:lo )?(?:va a pagar|pagar[aá]|paga)\b",
    ),
    (
        "risk.threat",
        "ru",
        "ultimatum-menace",
        r"\b(?:или|иначе|а то|потом|не то)\b,? "
        + _RU_CONSEQUENCE
        + r"|\bу (?:тебя|вас) (?:сутки|неделя|час|два дня|\d+ (?:час\w*|дн\w+|дня))\b[^\n]{0,40}?(?:потом|иначе|или|после)"
        + r"|\b(?:семья|дети|жена|мать) (?:тво[яи]|ваш[аи]) (?:ответ\w+|заплат\w+|поплатится|следующ\w+)\b|\bсначала (?:тво[яйи]|ваш[аи]?) \w+,? потом (?:ты|вы)\b"
        + r"|\bне (?:ответишь|вернёшь|вернешь|заплатишь|отдашь)\b[^\n]{0,40}?\b(?:приеду|приду|заеду|найду)\b",
    ),
    # -- waiting outside, in the lot, at the door
    (
        "risk.threat",
        "en",
        "waiting-menace",
        r"\b(?:i'?m|im|i am|i'?ll be|ill be|gonna be|we'?re|we are|we'?ll be|waiting|wait(?:ing)? for (?:you|u))\b (?:right )?(?:\w+ )?(?:outside|out front|in the (?:parking lot|lot|parking garage|garage)|at (?:the|your|ur) (?:front door|back door|door|car))\b(?![^\n]{0,40}\bfor (?:my|our|the)\b)[^\n]{0,60}?\b(?:you|u|ur|your|tonight|rn|right now|eventually|alone|coward|after (?:the|your|ur) (?:show|shift|stream))\b"
        + r"|\bcome (?:out|outside)\b[^\n]{0,30}\b(?:coward|eventually|i'?m (?:here|outside|waiting|at)|im (?:here|outside|waiting|at))\b|\b(?:you|u) (?:have|gotta|got) to come out (?:eventually|sometime)\b"
        + r"|\bwhen (?:ur|your) (?:shift|show|stream|class) (?:ends|is over)\b[^\n]{0,40}\b(?:i'?m|im|i'?ll|ill)\b[^\n]{0,30}\b(?:there|outside|waiting|in the lot)\b"
        + r"|\bwaiting outside (?:ur|your|the host'?s|his|her) (?:house|home|place|work|job|clinic|studio|gym)\b",
    ),
    (
        "risk.threat",
        "es",
        "waiting-menace",
        r"\bte (?:estoy esperando|estamos esperando|espero|esperamos|voy a estar esperando) (?:abajo|afuera|fuera|en la puerta|en el estacionamiento|en la salida|a la salida)\b"
        + r"|\b(?:afuera|fuera|abajo) de (?:la|el|tu) \w+ te (?:espero|estoy esperando|esperamos)\b|\bnos vemos en el (?:estacionamiento|parking|callej[oó]n)\b"
        + r"|\bcuando (?:termines|salgas|acabes)\b[^\n]{0,40}\bte (?:estoy|estar[eé]|voy a estar) esperando\b",
    ),
    (
        "risk.threat",
        "ru",
        "waiting-menace",
        r"\b(?:я |мы )?(?:у|возле|около|под) (?:клиник\w*|студи\w*|дом\w*|подъезд\w*|вход\w*|аптек\w*|зал\w*|работ\w*) (?:твоей |твоего |твоим )?(?:стою|стоим|жду|ждём|ждем|сижу)\b|\bвыйдешь же когда-нибудь\b"
        + r"|\bвстретимся (?:на парковке|у выхода|у входа|у подъезда|в подъезде|за углом)\b|\b(?:до|к) (?:машины|дома|подъезда)(?: сво\w+)? (?:ты )?(?:сегодня )?не дойд[её]шь\b",
    ),
    # -- people sent or hired, a crew mobilised
    (
        "risk.threat",
        "en",
        "crew-menace",
        r"\b(?:i know|i have|i got|i'?ve got|there'?s|there are|there is) (?:a lot of |some |plenty of |a few )?(?:people|guys|friends|dudes|cousins|boys|folks|men) (?:in my \w+ )?(?:who'?d|who would|who will|that would|that'?d|who can|who could|that can)\b"
        + GAP
        + r"\b(?:break|hurt|visit|meet|take care of|deal with|handle|disappear|end|beat|jump|love to meet)\b"
        + r"|\b(?:paid|hired|sending|sent|send|i'?m sending|i'?ll send) (?:a guy|some guys|a few guys|people|friends|my boys|my cousins?|them|someone)\b"
        + GAP
        + r"\b(?:visit|pay (?:\w+ ){0,3}a visit|meet|handle|deal with|see (?:you|u|him|her)|find)\b"
        + r"|\b(?:me and the boys|me and my boys|we)(?: are|'re)? (?:pulling up|rolling up|raiding|storming|coming)\b[^\n]{0,40}?\b(?:bring|with|to (?:the|your|ur))\b"
        + r"|\bbring (?:the )?(?:bats|gloves|guns|knives|pipes|gas)\b|\b(?:rallying|organizing|gathering) (?:\d+ |some |a few )?(?:people|guys|a (?:visit|raid|crew))\b[^\n]{0,60}\b(?:storm|trash|wreck|raid|visit|address|gloves|bats)\b"
        + r"|\b(?:storm|raid|raiding|storming|trash|wreck) (?:the|your|ur|that|this) (?:\w+ )?"
        + _EN_PLACE
        + r"\b",
    ),
    (
        "risk.threat",
        "es",
        "crew-menace",
        r"\b(?:tengo|conozco)(?: a)? (?:unos |unas |a unos |mucha |varios )?(?:primos|amigos|compas|gente|carnales|batos|chavos|tipos|muchachos|cuates)\b (?:que|quienes)\b"
        + GAP
        + r"\b(?:rompen|romper|parten|desaparecer|visitar|te (?:pueden?|van a)|madrean|golpean)\b"
        + r"|\bmand[eé] a (?:unos |mis |varios )?(?:amigos|compas|primos|muchachos|cuates|chavos)\b"
        + GAP
        + r"\b(?:visitar|ver|saludar|buscar)\b"
        + r"|\b(?:llegan|llegamos|vamos|van|vienen) con (?:palos|bates|fierros|armas|machetes|cuchillos)\b|\b(?:mis compas|los muchachos|mis primos) ya saben d[oó]nde\b",
    ),
    (
        "risk.threat",
        "ru",
        "crew-menace",
        r"\b(?:у меня )?есть (?:ребята|люди|пацаны|друзья|знакомые|братва)\b,? (?:которые|что)\b"
        + GAP
        + r"\b(?:сломают|найдут тебя|сделают (?:так|больно|тебе|вам)|приедут|навестят|разберутся|не найдут|покалечат|изобьют)\b"
        + r"|\b(?:отправил|послал|пошлю|отправлю)\w* (?:друзей|ребят|пацанов|людей|братву)\b"
        + GAP
        + r"\b(?:навестить|к тебе|к вам|в (?:твою|вашу))\b"
        + r"|\bприедут с (?:битами|арматурой|стволами|ножами|обрезами)\b|\bпацаны (?:уже )?знают,? где\b",
    ),
    # -- watched or followed
    (
        "risk.threat",
        "en",
        "followed-menace",
        r"\b(?:been following|i'?ve been following|i followed|following) (?:you|u|your|ur)\b(?: \w+)?\b[^\n]{0,40}?\b(?:for (?:a|\d+|two|three) (?:week|day|month)s?|never noticed|didn'?t notice|every day|home)\b"
        + r"|\b(?:we|i) (?:have|got|'?ve got) eyes on\b|\bbetter watch (?:their|your|ur|her|his) backs?\b(?! (?:posture|form|position|on|during|when)\b)"
        + r"|\b(?:i|we) (?:watched|saw|see|seen) (?:you|u)\b[^\n]{0,80}?\b(?:you should be scared|be scared|be afraid|soon (?:you'?ll|u'?ll|you will) see me|you never noticed|watch your back)\b",
    ),
    (
        "risk.threat",
        "es",
        "followed-menace",
        r"\b(?:sigo|segu[ií]|he seguido|llevo siguiendo) (?:tu|su) (?:coche|carro|auto|camioneta)\b|\bni te (?:diste|das) cuenta\b|\bte (?:tenemos|tengo) vigilad[oa]\b"
        + r"|\b(?:te vi|te veo|te estoy viendo)\b[^\n]{0,80}?\b(?:ten cuidado|pronto me vas a ver|cu[ií]date|ll[eé]vas|vas a ver)\b",
    ),
    (
        "risk.threat",
        "ru",
        "followed-menace",
        r"\bза (?:твоей|вашей) (?:машиной|тачкой)\b[^\n]{0,20}?\b(?:катаюсь|езжу|слежу|хожу)\b|\b(?:мы |я )?след(?:им|ю) за (?:входом|тобой|вами|твоей|вашей|клиникой)\b|\b(?:лучше|стоит|пора|придётся|придется) оглядываться\b"
        + r"|\b(?:видел\w*|вижу) (?:тебя|вас|как ты|как вы)\b[^\n]{0,80}?\b(?:бойся|жди|скоро (?:и )?ты меня увидишь|осторож\w+)\b",
    ),
    # -- a weapon by its slang, brought along
    (
        "risk.threat",
        "en",
        "weapon-slang-menace",
        r"\b(?:got|have|bringing|bring|brought|loaded|packing|carrying|grabbing) (?:my|the|a) (?:loaded )?"
        + _EN_WEAPON_SLANG
        + r"\b"
        + GAP
        + r"\b(?:keep talking|see (?:you|u)|save me a seat|for (?:you|u|the host|the doc)|to the \w+|in the car|tmrw|tomorrow|tonight|saturday|friday)\b"
        + r"|\b(?:a|one|bullet|round|9) with (?:your|ur) name on it\b",
    ),
    (
        "risk.threat",
        "es",
        "weapon-slang-menace",
        r"\b(?:llevo|traigo|llevar[eé]|voy a llevar|tengo) (?:el|la|mi|un|una) (?:cuete|fusca|pistola|fierro|cuchillo|navaja|machete|arma|escopeta|p[ií]stola)\b"
        + GAP
        + r"\b(?:al|a la|para|en el|en la) (?:evento|gala|fiesta|consultorio|farmacia|gimnasio|gym|estudio|directo|presentaci[oó]n|recaudaci[oó]n)\b",
    ),
    (
        "risk.threat",
        "ru",
        "weapon-slang-menace",
        r"\b(?:ствол|волын\w+|обрез|пушк\w+|перо|пером|нож|заточк\w+)\b[^\n]{0,30}?\b(?:уже в машине|в машине|под курткой|с собой|подарочек|на (?:ваш|твой|вашу|твою|презентаци\w+|мероприяти\w+|вечер))\b|\bберу (?:ствол|волыну|обрез|пушку|нож|перо)\b",
    ),
    # -- something put in food, drink or pills
    (
        "risk.threat",
        "en",
        "tamper-menace",
        r"\b(?:put|slip|swap|add|drop|mix|sneak)\w* (?:\w+ )?(?:something|stuff|a little something|something special)\b"
        + GAP
        + r"\b(?:in|into|with) (?:the |your |ur |his |her |the doc'?s |the host'?s )?(?:\w+ )?(?:coffee|drinks?|food|pills|supplements|vitamins|shakes?|water|soup|meds|smoothies?|cocktails?)\b"
        + r"|\b(?:swap|replace)\w* the (?:supplements|pills|meds|vitamins|bottles)\b[^\n]{0,30}\bwith something\b|\bnext time (?:you|u) (?:swallow|take|drink|eat) (?:one of )?(?:these|those|the|your|ur)\b",
    ),
    (
        "risk.threat",
        "es",
        "tamper-menace",
        r"\b(?:meter|meterle|echar|echarle|poner|ponerle|va a echar|voy a echar|le voy a meter|voy a meterle)\w* algo (?:raro |especial )?(?:a|en) (?:los|las|tu|su|el|la|sus|tus) (?:\w+ )?(?:suplementos|pastillas|caf[eé]|comida|bebidas?|vitaminas|batidos|agua|c[oó]cteles|medicinas)\b"
        + r"|\bpi[eé]nsalo la pr[oó]xima vez que (?:te )?(?:tomes|tragues|bebas|comas)\b",
    ),
    (
        "risk.threat",
        "ru",
        "tamper-menace",
        r"\b(?:подмешаю|подмешает|подмешаем|подсыплю|подсыплет|подсыплем|подолью|подольёт|добавлю|подложу)\b (?:кое-что|что-то|кой-что|кое-чего|отраву|яд)\b|\bпопад[её]т кое-что (?:особенное|интересное)\b|\bподумай об этом,? когда будешь (?:пить|глотать|есть|принимать)\b",
    ),
    # -- fuel and a place, an evacuation ordered, a shooting or a massacre announced
    (
        "risk.threat",
        "en",
        "arson-menace",
        r"\b(?:gallons? of gas|gas cans?|can of gas|jerry ?cans?|gasoline|petrol|lighter fluid)\b[^\n]{0,40}?\b(?:your|ur|the|that) (?:\w+ )?"
        + _EN_PLACE
        + r"\b|\b(?:your|ur|the|that) (?:\w+ )?"
        + _EN_PLACE
        + r" (?:is|are) (?:going up|gonna go up|about to go up) in (?:flames|smoke)\b"
        + r"|\bevacuate (?:the|your|ur|that) (?:\w+ )?"
        + _EN_PLACE
        + r"\b|\b(?:shooting|shoot(?:ing)? up|sh00ting up) (?:up )?(?:the|your|ur|that) (?:\w+ )?"
        + _EN_PLACE
        + r"\b"
        + r"|\bgonna be a (?:massacre|bloodbath)\b|\b(?:a )?package in (?:the|your) (?:\w+ )?(?:lobby|office|clinic|waiting room)\b[^\n]{0,40}\b(?:isn'?t|is not|isnt|not) a (?:donation|gift)\b",
    ),
    (
        "risk.threat",
        "es",
        "arson-menace",
        r"\b(?:le )?(?:prendemos|prendo|prender[eé]|prenderemos|vamos a prender|voy a prender|le meto|le metemos) fuego (?:a |al |a la )?(?:tu |su |el |la )?"
        + _ES_PLACE
        + r"\b|\b(?:desalojen|evac[uú]en)\b[^\n]{0,40}?(?:o se mueren|o mueren|bomba|antes de)"
        + r"|\bb[o0]mb[a4] en (?:la|el|tu|su) "
        + _ES_PLACE
        + r"\b|\b(?:galones?|bid[oó]n) de gasolina\b[^\n]{0,40}?\b(?:tu|su|el|la) "
        + _ES_PLACE
        + r"\b",
    ),
    (
        "risk.threat",
        "ru",
        "arson-menace",
        r"\b(?:канистр\w* бензина|бензин\w*)\b[^\n]{0,30}?\b(?:и нет|нет) (?:тво\w+|ваш\w+)\b|\b(?:подпалю|подпалим|подожж[её]м|спалю|спалим) (?:тво\w+|ваш\w+) "
        + _RU_PLACE
        + r"|\bустро(?:ю|им) (?:стрельбу|взрыв|резню|бойню|пожар)\b|\bэвакуируйте\b[^\n]{0,40}?\b(?:до|пока|или)\b",
    ),
    # -- a doom in the future or the passive, a promise of pain
    (
        "risk.threat",
        "en",
        "doom-future-menace",
        r"\byou(?:'ll| will| are gonna| are going to|'re gonna) (?:bleed|suffer|pay with (?:your|ur) (?:life|blood))\b|\byou (?:won'?t|wont|will not|will never) walk again\b"
        + r"|\b(?:your|ur) (?:car|body|house) will be found\b|\b(?:staff|doctors|nurses|everyone|people) (?:at|in) (?:that|this|the|your|ur) \w+ (?:will be|are gonna be|are going to be) (?:punished|hurt|dealt with|taken care of)\b"
        + r"|\b(?:that|this|your|ur) (?:clinic|pharmacy|hospital|studio|gym|office|doc|doctor|host) (?:is going to|is gonna|will) be (?:taken care of|dealt with|handled)\b"
        + r"|\b(?:your|ur) (?:hospital|clinic|pharmacy|studio|gym) is going down and everyone in it\b|\blast (?:fundraiser|show|stream|gala|event|class) (?:you'?ll|you will) ever (?:host|do|run|give|teach)\b"
        + r"|\b(?:say goodbye to|enjoy) (?:your|ur) (?:viewers|last (?:stream|show|broadcast))\b|\b(?:you'?re|you are) the first (?:person|one) i'?m (?:visiting|seeing|coming for)\b"
        + r"|\b(?:you|u) (?:might|will|may) find out\b\W*$|\bwith you in (?:it|the \w+)\b\W*\?",
    ),
    (
        "risk.threat",
        "es",
        "doom-future-menace",
        r"\bvas a (?:sangrar|sufrir|pagar con tu (?:vida|sangre))\b|\bya te llegar[aá] tu hora\b|\bte va a llegar de mi mano\b|\bno vas a volver a caminar\b|\bdisfruta tu [uú]ltimo (?:directo|programa|evento)\b"
        + r"|\bconozco gente que (?:te )?(?:puede|pueden) (?:desaparecer|hacer desaparecer)\b",
    ),
    (
        "risk.threat",
        "ru",
        "doom-future-menace",
        r"\b(?:скоро )?придёт и тво[её] время\b|\bпридёт оно от меня\b|\bзакончишь в канаве\b|\bнаслаждайся последним (?:эфиром|стримом|вечером)\b|\bтебе это (?:так )?просто не сойд[её]т\b"
        + r"|\b(?:пиздец|хана|крышка|кранты) тебе\b|\bтебе (?:пиздец|хана|крышка|кранты)\b|\b(?:ебальник|хлебальник|морду|рожу|табло|еблет|фейс) (?:тебе |вам )?(?:разобью|набью|начищу|сломаю|расквашу)\b|\b(?:разобью|набью|начищу|сломаю) (?:тебе |вам )?(?:ебальник|хлебальник|морду|рожу|табло|еблет)\b"
        + r"|\bсделать так,? что(?:бы)? (?:тебя|вас) не (?:найдут|нашли)\b",
    ),
    # -- self-harm: things given away, affairs in order
    (
        "risk.self_harm",
        "en",
        "affairs-leaving",
        r"\b(?:won'?t|wont|will not) be needing (?:them|it|these|this|my \w+)\b|\bwon'?t (?:need|be needing) (?:them|it|these|this) (?:after|where i'?m going)\b"
        + r"|\b(?:sold everything|gave (?:away )?everything|paid off (?:all )?my debts|said my goodbyes|gave away my \w+)\b[^\n]{0,60}?\b(?:ready|tonight|it'?s time|goodbye|for good|said my goodbyes)\b"
        + r"|\b(?:finished|done) writing my (?:note|letters?)\b|\bwrote (?:letters|a letter|notes) to (?:each of )?my (?:\w+ )?(?:kids|family|children|parents|wife|husband)\b[^\n]{0,40}\b(?:why|leaving|goodbye|sorry)\b|\bmy note is (?:scheduled|ready|written)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "affairs-leaving",
        r"\b(?:a )?donde voy no (?:los|las|lo|la|me) (?:necesito|hace[ns]? falta)\b|\b(?:despu[eé]s del? \w+|ya) no (?:los|las|lo|la) voy a (?:usar|necesitar)\b"
        + r"|\b(?:vend[ií] todo|pagu[eé] (?:todas )?mis deudas|regal[eé] (?:todo|mis \w+)|escrib[ií] las cartas|dej[eé] (?:al perro|al gato|la carta)|hice mi testamento|ya me desped[ií])\b[^\n]{0,60}?\b(?:lista|listo|para irme|esta noche|es hoy|la fecha|me despido|adi[oó]s|cocina)\b"
        + r"|\bd[ií]ganle a mi \w+ que (?:la|lo|los|las) quise\b|\belegi la fecha\b|\beleg[ií] la fecha\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "affairs-leaving",
        r"\b(?:мне )?(?:они |оно |это |эти \w+ )?больше не (?:понадоб\w+|пригод\w+)\b|\bпосле \w+ мне (?:уже )?(?:не надо|не нужно|ничего не нужно)\b"
        + r"|\b(?:продал\w* вс[её]|раздал\w* (?:долги|вс[её])|попрощал\w*|письма написаны|записку оставил\w*|оставил\w* записку|собаку отдал\w*|кота отдал\w*)\b[^\n]{0,60}?\b(?:готов\w*|сегодня|пора|на кухонном|прощайте)\b"
        + r"|\bраздаю (?:\w+ )?(?:и )?\w+,? (?:мне )?(?:они |он |оно )?больше не\b",
    ),
    # -- a lethal amount, mix or height asked about
    (
        "risk.self_harm",
        "en",
        "lethal-asked",
        r"\b(?:how (?:many|much)|what(?:'?s| is)? (?:the )?(?:amount|mix|dose|combo|combination)|amount of|mix of|best height|how high|enough|strong enough|deadly if)\b"
        + r"[^\n]{0,60}?"
        + r"\b(?:stop (?:my|someone'?s|a|the) heart|(?:don'?t|never|not) wake up(?: from)?|so (?:it'?s|its) (?:instant|quick|painless)|to do myself in|to (?:stop|end|finish) my life|for stop my life|for good|want to be sure)\b"
        + r"|\b(?:carbon monoxide|exhaust|helium)\b[^\n]{0,40}\b(?:peaceful|painless|thinking about it|how long)\b|\bnot for sleeping if you know what i mean\b",
    ),
    (
        "risk.self_harm",
        "es",
        "lethal-asked",
        r"\b(?:cu[aá]nt[ao]s?|qu[eé] mezcla|qu[eé] cantidad|qu[eé] dosis|suficientes?)\b[^\n]{0,60}?\b(?:para que se (?:me )?pare|(?:te|me) (?:duerme|duerma) para siempre|para no despertar|no despertar m[aá]s|para morir|para irme)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "lethal-asked",
        r"\b(?:сколько|какая смесь|какая доза|какую дозу|хватит ли)\b[^\n]{0,60}?\b(?:сердце останов\w+|усыпит навсегда|уснуть навсегда|не проснуться|не проснусь|насмерть|чтобы умереть)\b",
    ),
    # -- an overdose taken, treatment stopped, food refused so it ends
    (
        "risk.self_harm",
        "en",
        "means-taken-leaving",
        r"\b(?:just )?(?:took|swallowed|downed|taking|drank|chugged) (?:the |a )?(?:whole|entire|full) (?:damn |fucking |f\*+ing )?(?:bottle|pack|box|jar|strip)\b|\b(?:drank|mixed|took|downed) (?:a (?:whole )?bottle of \w+|alcohol|vodka|whiskey|wine|booze|beer|liquor) with (?:my|the|all my) (?:\w+ )?(?:pills|xanax|meds|sleeping pills|benzos)\b"
        + r"|\b(?:flushed|quit|stopped|stopping|skipping|skipped|refusing|refused|threw out|tossed|dumped) (?:taking )?(?:my|the|all my) (?:\w+ )?(?:pills|meds|medication|insulin|blood thinners?|dialysis|treatment|chemo|inhaler)\b[^\n]{0,60}?\b(?:on purpose|so (?:it|the|that|my)\b|give out|gets? me|ends? (?:faster|sooner|quicker)|the plan|my choice|want (?:it|my \w+) to)"
        + r"|\b(?:not eating|stop eating|stopped eating|not eating or drinking|refusing food|by not eating)\b[^\n]{0,40}?\b(?:until|till)\b[^\n]{0,30}?\b(?:gives? up|it ends|i pass out|i die|all the way)\b|\bi will stop eating until\b",
    ),
    (
        "risk.self_harm",
        "es",
        "means-taken-leaving",
        r"\b(?:tom[eé]|me tom[eé]|me trag[uéu][eé]?|mezcl[eé]) (?:alcohol|vodka|todo|todas|tequila) con (?:las|mis) (?:\w+ )?(?:pastillas|pastis)\b"
        + r"|\b(?:dej[eé] de (?:tomar|hacer|usar|ponerme)|tir[eé]|no voy a (?:hacer|tomar) m[aá]s|dejo de (?:tomar|hacer)) (?:la |el |las |los |mis |mi )?(?:\w+ )?(?:insulina|pastillas|di[aá]lisis|anticoagulante|tratamiento|medicinas|medicamentos)\b[^\n]{0,60}?\b(?:a prop[oó]sito|que me lleve|que termine|quiero que|para morir|hasta que)\b"
        + r"|\bdejo de comer hasta que\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "means-taken-leaving",
        r"\b(?:проглотил\w*|выпил\w*|съел\w*|наглотал\w*) (?:все|всю|целую) (?:\w+ )?(?:таблетки|пачку|упаковку|банку)\b"
        + r"|\b(?:бросил\w*|перестал\w* (?:пить|колоть|принимать)|смыл\w*|выкинул\w*|отказываюсь от|не буду (?:делать|пить|колоть)) (?:\w+ )?(?:инсулин\w*|таблетк\w*|диализ\w*|антикоагулянт\w*|лечени\w*|лекарств\w*)\b[^\n]{0,60}?\b(?:специально|пусть|чтобы (?:быстрее|вс[её])|забер[её]т|останов\w+|закончилось)\b"
        + r"|\bне ем (?:уже )?\w+ (?:день|дня|дней)\b[^\n]{0,40}\b(?:сдастся|умру|конец)\b",
    ),
    # -- a blade at hand, cutting again, means ready or hoarded
    (
        "risk.self_harm",
        "en",
        "blade-leaving",
        r"\b(?:the )?(?:blade|razor|knife)(?: is)? (?:next to me|beside me|in my hand|ready|right here)\b|\bi just did my (?:arm|wrist|leg|thigh)s? again\b|\b(?:slicing|slice|slitting|slit|opening) my (?:arms?|wrists?|veins|thighs?)\b"
        + r"|\burge to (?:self[- ]?harm|cut)\b[^\n]{0,40}\b(?:giving in|gave in|unbearable)\b|\bpunching walls (?:till|until) my knuckles bleed\b|🔪 ?🩸|🩸 ?🔪"
        + r"|\b(?:the )?(?:rope|noose) is (?:ready|up|tied)\b|\bbought (?:a )?rope\b[^\n]{0,40}\b(?:i know what|with it|tonight|ready)\b|\b(?:collected|gathered) (?:every|all the) pills? in the house\b"
        + r"|\b(?:hiding|saving|hoarding|stockpiling|collecting) my (?:\w+ )?(?:pills|meds|tablets)\b|\b(?:so i'?d|so i would|to) have enough to go\b",
    ),
    (
        "risk.self_harm",
        "es",
        "blade-leaving",
        r"\b(?:tengo )?la (?:cuchilla|navaja|hoja|gillette) (?:al lado|en la mano|lista|aqu[ií])\b|\bme acabo de cortar (?:el|los|las|la) (?:brazos?|mu[ñn]ecas?|piernas?)\b"
        + r"|\btengo (?:todas )?las pastillas (?:de la casa )?(?:en un frasco|en la mano|listas|juntas)\b|\b(?:la soga|la cuerda) (?:est[aá] )?lista\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "blade-leaving",
        r"\b(?:лезвие|бритва|нож) (?:рядом|в руке|наготове|готов\w*)\b|\b(?:опять|снова|только что)\b[^\n]{0,20}?\bпорезал(?:а|ась|ся)?\b|\bпорезал(?:а|ась|ся)? (?:опять|снова)\b"
        + r"|\bтаблетки (?:уже )?в руке\b|\bсобрал\w* все таблетки\b|\bкопил\w* (?:снотворное|таблетки)\b[^\n]{0,30}\bхватит\b|\b(?:верёвка|веревка|петля) (?:уже )?готов\w*\b",
    ),
    # -- a burden no more, goodnight forever, a plan or a date, do not stop me
    (
        "risk.self_harm",
        "en",
        "burden-leaving",
        r"\b(?:won'?t|wont|will not) (?:be (?:anyone'?s|a|your) (?:problem|burden)|have to deal with me|need to worry about me)\b(?! if\b)|\bone less burden\b|\bbetter off if i (?:just )?(?:disappeared|was gone|were gone|wasn'?t here|weren'?t here|died)\b"
        + r"|\bgood ?night (?:for real this time|forever)\b|\b(?:go away|leave|gone) from this world\b|\bmake it (?:all )?stop (?:for good|tonight|forever)\b|\bdisappear(?:ed)? for good\b"
        + r"|\b(?:i have|i'?ve got|i made) a plan\b[^\n]{0,40}\b(?:thank you for everything|goodbye|bye|tonight|for good)\b|\bif nobody (?:replies|answers|responds|stops me)\b[^\n]{0,30}\b(?:i'?m|im) doing it\b"
        + r"|\b(?:don'?t|do not|no one) (?:call 911|call anyone|try to stop me|talk me out|report me)\b[^\n]{0,60}\b(?:decided|let me go|goodbye|before i do it|pills)\b|\bsay goodbye before i do it\b"
        + r"|\b(?:finish|stop|end) my (?:own )?life\b|\bi do something to (?:me|myself) tonight\b|\bparked at the (?:cliff|bridge|edge)\b|\bthen the bridge\b|👋 ?🪦|🪦 ?👋|💊[^\n]{0,20}(?:forever|x ?\d{2})",
    ),
    (
        "risk.self_harm",
        "es",
        "burden-leaving",
        r"\bya no vas a tener que lidiar conmigo\b|\bno ser[eé] (?:un )?problema de nadie\b|\b(?:buenas noches|adi[oó]s) para siempre\b|\bme voy para siempre\b|\bme despido\b\W*$"
        + r"|\bno intenten convencerme\b|\bno me detengan\b|\b(?:esta noche|hoy) la termino\b|\bterminar (?:con )?mi vida\b|\bya no quiero seguir\b[^\n]{0,30}\b(?:me voy|tonight|esta noche)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "burden-leaving",
        r"\bтебе не придётся со мной возиться\b|\bне придется со мной возиться\b|\bне буду (?:ничьей )?(?:проблемой|обузой)\b|\bспокойной ночи навсегда\b|\bуйду (?:насовсем|навсегда)\b(?! (?:из|с|со|от)\b)"
        + r"|\bсч[её]ты с жизнью\b|\bне (?:вызывайте|звоните)\b[^\n]{0,40}\b(?:я решил\w*|отпустите|никому)\b|\bне отговаривайте\b|\b(?:ухожу|уйду) сегодня\b[^\n]{0,0}|\bнахуй такую жизнь\b"
        + r"|\b(?:мост|крыша)\b[^\n]{0,30}\b(?:достаточно высок\w*|поеду туда)\b|\bразгонюсь\b[^\n]{0,30}\b(?:в столб|в стену|в дерево)\b|\bнабрал\w* ванну\b[^\n]{0,20}\bлезвие\b|💊[^\n]{0,10}(?:навсегда|x ?\d{2})",
    ),
]
_SEVENTH += [
    # -- a harm asked as a question, a hospital bed promised, "your last one", "next time I won't just watch"
    (
        "risk.threat",
        "en",
        "asked-menace",
        r"\b(?:want to|wanna|would you like to|how would you like to) (?:find out|know|see|feel) (?:how|what)\b[^\n]{0,50}\b(?:ambulance|bullet|knife|blade|hospital|icu|er|hurts?|bleed\w*|feels)\b|\bhow would you like (?:a|my) (?:bullet|knife|bat|fist|blade)\b"
        + r"|\bever been (?:hit|stabbed|shot|jumped|beaten|choked) (?:by|with|in)?\b[^\n]{0,40}\?\s*(?:you|u) will\b|\b(?:should i|do i|shall i) (?:break|smash|cut|stab|shoot) (?:your|ur) \w+ first\b"
        + r"|\b(?:you'?re|you are|you'?ll be|you will be|you'?re gonna be|you'?re going to be|gonna) (?:need(?:ing)?|in|end up in) (?:one of )?(?:an ambulance|your own (?:ambulances?|\w+)|a hospital bed|a wheelchair|the er|intensive care|the icu)\b"
        + r"|\b(?:your|ur|its your|it'?s your) last (?:one|stream|show|broadcast|live)\b(?! (?:was|of|for|before)\b)|\byou won'?t be around (?:for|next|to see)\b"
        + r"|\bnext time i (?:won'?t|wont|will not) just (?:watch|look|drive by)\b|\b(?:been )?driving (?:past|by) (?:your|ur) (?:place|house|home)\b"
        + r"|\b(?:should|deserve to|ought to|need to|needs to) be (?:lined up and )?(?:shot|hanged|hung|killed|executed|burned|gassed)\b|\bwill hang for (?:it|this)\b"
        + r"|\b(?:stay away from|don'?t (?:come|go) (?:to|near)) (?:the |your |that )?"
        + _EN_PLACE
        + r"\b[^\n]{0,40}\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|something'?s coming|just a tip)\b|\bi'?d call in sick (?:tomorrow|monday|today)\b"
        + r"|\ban eye for an eye,? (?:doc|you|host|nurse|coach)\b|\b(?:blood will be (?:spilled|shed)|there will be blood)\b|(?:^|\b)(?:ur|you'?re|youre|you are) next\b|(?:^|[.!?]\s*)dead soon\b|\b(?:you'?ll|you will|u'?ll|ur gonna|you'?re gonna) be dead soon\b|\b(?:people|doctors|hosts|folks) like (?:you|u) (?:don'?t|dont|do not) live long\b"
        + r"|\b(?:is|'?s|are) (?:getting|gonna get|going to get) (?:stabbed|shot|strangled|beaten|jumped|choked|wrecked)\b|\bknock (?:that|the|your|ur|his|her) (?:\w+ )?teeth out\b|\bnobody (?:will )?recogni[sz]es? (?:that|your|ur|her|his) face\b"
        + r"|\b(?:cut|cutting|mess with) (?:your|ur) brakes\b|\bone match and\b[^\n]{0,40}\bashes\b|\b(?:know how to|still) (?:aim|shoot)\b[^\n]{0,60}\b(?:think about it|windows|test me)\b|\b(?:shotgun|pistol|rifle|gun) still works\b"
        + r"|\b(?:posting|posted|gave|sent|passed|shared|leaking|leaked) (?:your|ur|his|her|the host'?s) (?:home )?address\b|\bhope (?:she|he|you|u) (?:has|have|got) a good lock\b|\b(?:i have|i got) a (?:knife|gun|pistol|blade),? (?:your|ur) address\b"
        + r"|\bi'?ll make sure (?:the host|nobody|you|he|she|the doc\w*) (?:doesn'?t|don'?t|never|won'?t) (?:cross|make it|finish|get home|walk)\b|\bi end (?:that|this|the) (?:woman|man|guy|host|doc|doctor|bitch)\b|\bwaiting with my (?:truck|car)\b|\byou die if\b"
        + r"|\bwhile (?:your|ur) family sleeps\b|\b(?:won'?t|wont|will not) (?:knock|ring the bell|ring the doorbell)\b",
    ),
    (
        "risk.threat",
        "es",
        "asked-menace",
        r"\bquieres saber (?:lo que se siente|c[oó]mo se siente|qu[eé] se siente)\b|\bprefieres que te (?:rompa|parta|quiebre|corte)\b"
        + r"|\bvas a (?:necesitar|estar en|terminar en|acabar en) (?:tus propias \w+|una camilla|el hospital|urgencias|silla de ruedas|terapia intensiva)\b|\bes el [uú]ltimo que vas a hacer\b"
        + r"|\bla pr[oó]xima vez no (?:solo )?voy a (?:mirar|ver)\b|\b(?:habr[ií]a|hay) que (?:matarlos|quemarlos|colgarlos|fusilarlos) (?:a todos|uno por uno)\b"
        + r"|\b(?:ma[ñn]ana|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)) no vayan? a (?:la |el )?"
        + _ES_PLACE
        + r"\b|\bno digan que no avis[eé]\b|\bva a haber sangre\b|\bojo por ojo,? (?:doctor[a]?|doc)\b|\bahora te toca a ti\b"
        + r"|\bme encargo de (?:la|el) (?:presentador[a]?|doctor[a]?|entrenador[a]?|m[eé]dic[oa]|enfermer[oa])\b|\b(?:romper|partir|quebrar)(?:te|le)? (?:las|la|los) (?:costillas|piernas|cara|nariz|rodillas|brazos|dientes|cabeza) a (?:patadas|golpes|palos)\b"
        + r"|\bdarle su merecido\b|\bdarte tu merecido\b|\bno voy a tocar el timbre\b|\bpas[eé] tu direcci[oó]n a\b|\bya compr[eé] la (?:pistola|escopeta|navaja)\b|\btodav[ií]a s[eé] disparar\b|\byo (?:ir|voy) a tu \w+ y (?:romper|matar|quemar)\b",
    ),
    (
        "risk.threat",
        "ru",
        "asked-menace",
        r"\bхочешь узнать,? каково это\b|\b(?:руки|ноги|нос|челюсть) (?:тебе )?сломать или\b|\bпонадобится тво[яй] (?:же )?(?:реанимаци\w+|скор\w+|койк\w+)\b|\bокажешься в (?:больничной койке|реанимации|больнице)\b"
        + r"|\bон у тебя последний\b|\bв следующий раз подойду поближе\b|\b(?:надо|нужно|пора) (?:их )?(?:всех )?(?:расстрелять|перестрелять|повесить|сжечь)\b"
        + r"|\b(?:в понедельник|во вторник|в среду|в четверг|в пятницу|в субботу|в воскресенье|завтра) (?:в|к) (?:\w+ )?(?:клиник\w*|больниц\w*|аптек\w*|студи\w*|центр\w*|зал\w*) не (?:приходите|ходите|приходи)\b|\bувидите сами\b"
        + r"|\bбудет кровь\b|\bпрольётся кровь\b|\bоко за око,? (?:доктор|врач)\b|\bтеперь твоя очередь\b|\bдоживает последние дни\b|\bпожалеешь,? что родил\w+\b|\bбереги (?:её|его|их|себя),? пока можешь\b"
        + r"|\bприд[её]м (?:к|в) (?:\w+ )?(?:больниц\w*|клиник\w*|аптек\w*|студи\w*) разбираться\b|\bплесну (?:тебе )?кислот\w+\b|\bподрежу (?:тебе )?тормоза\b|\bзвонить в дверь не буду\b"
        + r"|\b(?:тво[йя]|ваш) адрес (?:уже )?у (?:ребят|пацанов|нас|меня есть)\b|\bадрес тво[йя] у меня есть\b|\bстрелять не разучил\w*\b|\bя (?:прийти|приду) и убить\b|\bразберусь с тобой лично\b",
    ),
    (
        "risk.threat",
        "en",
        "date-place-menace",
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b,? (?:at )?\d{1,2}(?::\d\d)? ?(?:am|pm)?\W+(?:the |main |front )*(?:lobby|entrance|door|parking lot|garage)\b[^\n]{0,40}\b(?:you'?ll (?:all )?see|see what happens|be there)\b"
        + r"|\b\d+ days? left for (?:you|u)\b|(?:🔫|💣|🔪|💥)[^\n]{0,20}\b(?:this weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|viernes|s[aá]bado|domingo|lunes|пятниц\w+|суббот\w+|воскресень\w+)\b",
    ),
    (
        "risk.threat",
        "es",
        "date-place-menace",
        r"\bel (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo) a las \d{1,2}\b[^\n]{0,40}\b(?:entrada|puerta|recepci[oó]n|estacionamiento)\b",
    ),
    (
        "risk.threat",
        "ru",
        "date-place-menace",
        r"\bв (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье) в \d{1,2}(?::\d\d)? у (?:главного )?(?:входа|двери|подъезда)\b",
    ),
]
_SEVENTH += [
    # -- self-harm: a time decided, cuts hidden or asked about, means at hand, a method with a place, a farewell
    (
        "risk.self_harm",
        "en",
        "plan-self",
        r"\b(?:i'?ll|i will) be gone (?:by|before) \w+\b|\b(?:already decided|is decided|it'?s decided)\b[^\n]{0,5}$|\bby \w+ i'?ll be gone\b|\btonight'?s the night\b[^\n]{0,40}\b(?:one (?:more|last)|last|goodbye|bye)\b"
        + r"|\b(?:long sleeves|hide|hiding) (?:\w+ ){0,3}(?:so )?(?:nobody|no one)? ?(?:sees|can see|notices)? ?(?:the )?(?:new |fresh )(?:cuts|burns|scars)\b|\b(?:the )?(?:new|fresh) (?:cuts|burns)\b[^\n]{0,40}\b(?:sleeves|hide|nobody sees|during the stream)\b|\bdid a new one\b"
        + r"|\bhow (?:do i|to|can i) (?:cut|burn myself) (?:deeper|without)\b|\b(?:best|where(?:'?s)? the best) (?:place|spot) to cut\b"
        + r"|\b(?:pills|rope|gun|pistol|blade|razor|bottle of pills)\b[^\n]{0,15}?\b(?:is|are|'s) (?:already )?(?:ready|tied|next to me|out on the table|on the table)\b|\b(?:have|got) (?:the|my) (?:pills|rope|gun|blade|razor) (?:next to me|out on the table|ready)\b|\buse it on myself\b"
        + r"|\b(?:jump|jumping) off (?:the|a|my) (?:\w+ )?(?:roof|bridge|building|balcony|cliff|overpass)\b|\bgo to (?:the )?bridge and jump\b|\b(?:walk|walking) into the (?:lake|sea|river|ocean)\b|\bfilled the (?:bath|bathtub|tub)\b"
        + r"|\b(?:swerv\w+|drive|driving|crash\w*) (?:my car )?into (?:a|the) (?:truck|wall|tree|pole)\b[^\n]{0,40}\b(?:tonight|on purpose|doing it)\b|\bturn off my oxygen\b|\bpull (?:out )?my (?:\w+ )?(?:wire|tube|iv|line)\b"
        + r"|\b(?:shoot|shooting|inject|injecting) all (?:of )?my insulin\b|\ball my insulin at once\b|\bwant my (?:kidneys|heart|liver|body) to (?:fail|stop|give out)\b|\bso my heart (?:just )?stops\b"
        + r"|\bnot for (?:a )?(?:headache|pain|sleeping)\b[^\n]{0,20}\b(?:if you (?:get|know)|you know)\b|\bwant it to be final\b|\b(?:medicine|pill|pills)\b[^\n]{0,30}\b(?:for die|to die in|making (?:the )?heart stop|heart stop)\b|\bkill me if i take\b"
        + r"|\bit (?:wasn'?t|wasnt|was not|isn'?t|is not) your fault\b[^\n]{0,40}\b(?:love you|goodbye|going now|bye)\b|\blast time (?:you'?ll|you will) hear from me\b|\b(?:won'?t|wont) be (?:online|here|around) (?:tmrw|tomorrow) or ever\b"
        + r"|\bbe with (?:grandpa|grandma|my \w+|mom|dad|him|her) (?:by morning|tonight|soon)\b[^\n]{0,40}\btaken care of\b|(?:^|\W)no more\W+goodbye\b|\bi (?:can'?t|cant) anymore\W+goodbye\b|\bi'?ve lived (?:long )?enough\b"
        + r"|\bpray (?:every night )?(?:that )?i (?:don'?t|dont|won'?t) wake up\b|\bcut deeper than ever\b|\brelapsed\b[^\n]{0,40}\bcut\b|(?:🪦|⚰️?) myself\b|\bi have a plan and i'?m going to use it\b"
        + r"|\b(?:\d+|two|three|six) months? (?:of|worth of) (?:my )?(?:\w+ )?(?:meds|pills) saved\b|\bhit myself with\b|\bi deserve the pain\b|\bending it on my (?:own )?terms\b|\bit'?s planned for my\b"
        + r"|\b(?:why (?:should|would) i keep living|why keep living)\b[^\n]{0,40}\b(?:not going to|this is it|decided)\b|\bmade my peace\b[^\n]{0,60}\b(?:goodbye|letters)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "plan-self",
        r"\b(?:este fin de semana|esta noche|hoy|ma[ñn]ana) lo hago\b[^\n]{0,30}\bdecidido\b|\bya (?:est[aá]|tengo) decidido\b[^\n]{0,20}\b(?:acabar|irme|terminar)\b|\bpara qu[eé] seguir viviendo\b"
        + r"|\b(?:manga larga|escondo|tapo)\b[^\n]{0,40}\b(?:cortes|quemaduras) nuev\w+\b|\b(?:volv[ií] a cortarme|reca[ií])\b|\bme quemo con (?:cigarrillos|el encendedor|cigarros)\b"
        + r"|\b(?:el arma|la pistola|las pastillas|la soga)\b[^\n]{0,30}\b(?:sobre la mesa|en la mesa|lista|listas)\b[^\n]{0,20}\bpara m[ií]\b|\bme meto al (?:mar|r[ií]o|lago)\b[^\n]{0,20}\bno vuelvo\b"
        + r"|\bestrellar mi (?:coche|carro|auto) contra\b|\bme quito el ox[ií]geno\b|\bpara que mi cuerpo se rinda\b|\bno es para (?:el dolor|dormir|la cabeza)\b|\bqu[eé] pastilla para morir\b"
        + r"|\bma[ñn]ana ya no estoy\b|\bme voy a dormir para siempre\b|\bhe vivido (?:lo )?suficiente\b|\bdejar de existir\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "plan-self",
        r"\b(?:в эти выходные|сегодня|завтра|этой ночью) (?:я )?вс[её] закончу\b|(?<!было )(?<!не )\bрешено\W*$|\bзачем жить дальше\b[^\n]{0,30}\bрешил\w*\b|\bпора и мне\b|\bтаблетки приготовил\w*\b"
        + r"|\b(?:длинные рукава|прячу)\b[^\n]{0,40}\b(?:свежие|новые) (?:порезы|ожоги)\b|\bснова порезы\b|\bкак резать,? (?:так,? )?чтобы\b|\bкак уйти из жизни\b"
        + r"|\b(?:ружь[её]|пистолет|таблетки|верёвк\w+|веревк\w+)\b[^\n]{0,20}\b(?:уже )?(?:достал\w*|приготовил\w*)\b[^\n]{0,15}\bдля себя\b|\bна (?:реку|мост|крышу)\b[^\n]{0,15}\bи не вернусь\b"
        + r"|\bсниму кислородн\w+ маск\w+\b|\bсколько инсулина\b[^\n]{0,30}\b(?:закончилось|умереть|навсегда)\b|\bчтобы организм сдался\b|\bчтобы наверняка\b|\bумереть во сне\b"
        + r"|\bсам уйду\b|\bуйду сам\b|\bвсё,? ухожу\W*$|\bвсе,? ухожу\W*$|\bпрости\b[^\n]{0,40}\bпрощай\b|\bпожил\w* достаточно\b|\bприму все таблетки (?:разом|сразу)\b|\bперестать существовать\b|\bдату выбрал\w*\b|\bвыбрал\w* дату\b"
        + r"|\bсамоуб\W?ь?юсь\b|\bрецепт\b[^\n]{0,30}\bмне уже не понадобится\b|\bничего уже не понадобится\b",
    ),
]
_SEVENTH += [
    # -- the same concepts in the other word orders and forms writers use
    (
        "risk.threat",
        "en",
        "orders-menace",
        r"\b(?:would be|it'?d be|be a) (?:real |really )?(?:terrible|awful|sad|a shame|a pity|shame|pity) if (?:your|ur) (?:brakes|car|tires|kids?|family|wife|husband|house|clinic|pharmacy|studio)\b"
        + r"|\b(?:people|doctors|nurses|hosts|folks|those) who \w+ (?:\w+ )?(?:tend to|often|usually|always) (?:have accidents|get hurt|fall)\b|\baccidents happen\b[^\n]{0,30}\b(?:especially|to those|to people who|to liars)\b"
        + r"|\b(?:stairs|steps)\b[^\n]{0,30}\b(?:look |are |is )?(?:real |really |very )?dangerous\b[^\n]{0,30}\b(?:people fall|careful|doc)\b|\bhope (?:you|u) look both ways\b"
        + r"|\b(?:your|ur) (?:kids?|children|daughters?|sons?) go(?:es)? to (?:\w+ ){0,2}(?:elementary|middle school|high school|daycare|kindergarten|preschool|academy|school)\b[^\n]{0,40}\b(?:right|just saying|just asking|shame|pity|careful)\b"
        + r"|(?:^|\b(?:i|we|i'?ve|we'?ve|just) )found (?:ur|your) (?:house|address|home|place|street)\b[^\n]{0,60}\bsee (?:you|u|ya) (?:soon|tonight|tomorrow)\b|\bi know (?:you|u) (?:work|live|park|train) (?:at|on|in)\b"
        + r"|\b(?:he|she|they|my \w+) knows? where (?:you|u) (?:are|live|work|park|sleep)\b|\b(?:ur|you'?re|youre|you are|u r) (?:gonna|going to) get (?:stabbed|shot|jumped|beaten|killed|strangled)\b"
        + r"|\bshut (?:you|u) up for good\b|\b(?:somebody|someone|you|u|staff|everyone|they|he|she)\b[^\n]{0,30}\b(?:is |are |will be |gonna be )?(?:leaving|leave|go(?:ing)? out|carried out) in (?:an ambulance|a body bag)\b"
        + r"|\bshow up at (?:your|ur) (?:job|work|house|home|door|place|apartment)\b|\b(?:that|this) was (?:just )?(?:the nice version|a warning)\b|\bteach (?:you|u) (?:a lesson|respect)\b"
        + r"|\b(?:i|we) (?:hit|punch|slap|beat) (?:you|u) (?:very |so |really )?(?:hard|bad|good)\b|\b(?:feel|suffer) (?:the )?same pain\b|\bsmash up (?:the|your|ur) (?:\w+ )?"
        + _EN_PLACE
        + r"\b"
        + r"|(?:🔪|🔫|💣)[^\n]{0,10}\b(?:coming|on my way|omw)\b|📍[^\n]{0,20}(?:🔪|🔫|💣)|\b(?:lunch|meal|dinner|coffee|drink|breakfast|supper|shake)s? (?:\w+ )?will be (?:their|your|his|her) last\b"
        + r"|\bwon'?t (?:cross|make it to|reach) the finish line\b|\b(?:people|doctors|hosts|folks) like (?:you|u)(?: \w+)? (?:don'?t|dont|do not) live long\b|\b(?:let|make|watch) (?:you|u) bleed(?: out)?\b"
        + r"|\b(?:full )?tank of gas\b[^\n]{0,30}\b(?:your|ur) (?:\w+ )?"
        + _EN_PLACE
        + r"\b|\b(?:waiting|hiding) in (?:your|ur) (?:backseat|back seat|closet|garage|car|basement)\b|\bhate (?:you|u) enough to\b",
    ),
    (
        "risk.threat",
        "es",
        "orders-menace",
        r"\b(?:ser[ií]a|qu[eé]) (?:una )?(?:feo|terrible|pena|l[aá]stima|triste) que (?:a )?(?:tu|su|le|te)\b[^\n]{0,30}\b(?:pasara|pase|ocurriera|sucediera) algo\b|\bojal[aá] no (?:te|le|les) pase nada\b"
        + r"|\blos accidentes pasan\b[^\n]{0,30}\b(?:sobre todo|especialmente|a los que|a quienes)\b|\b(?:las )?escaleras\b[^\n]{0,40}\b(?:uno se cae|se cae y no se levanta|peligrosas)\b"
        + r"|\b(?:tu|su) (?:esposa|esposo|mujer|hij[oa]|mam[aá]|madre|familia|novi[oa])\b"
        + GAP
        + r"\b(?:sol[oa]s?|por las ma[ñn]anas|todos los d[ií]as|a la escuela|al colegio)\b[^\n]{0,40}(?:verdad|cu[ií]date|\?)"
        + r"|\b(?:qu[eé] )?(?:lind[oa]|bonit[oa]|guap[oa]) (?:tu|su) (?:hij[oa]|esposa|familia|mujer)\b[^\n]{0,60}\b(?:pasara|pase) algo\b|\bcallarte para siempre\b|\bsale en ambulancia\b|\bsaldr[aá] en ambulancia\b"
        + r"|\beso fue (?:solo )?(?:una advertencia|la versi[oó]n amable)\b|\bno (?:va a )?llega(?:r|r[aá])? a la meta\b",
    ),
    (
        "risk.threat",
        "ru",
        "orders-menace",
        r"\bнесчастн\w+ случа\w+ (?:бывают|случаются|происходят)\b[^\n]{0,40}\b(?:особенно|с такими|с болтлив\w+|с вами|с тобой)\b|\bвсякое (?:может )?случ\w+ с\b|\bшею свернуть\b|\bтормоза (?:откаж\w+|отказали)\b"
        + r"|\b(?:жена|дочка|дочь|сын|дети|мать|мама)\b (?:тво[яи]|у тебя)\b[^\n]{0,40}\b(?:одн[аи]|в школу|в садик|в \d+ школу|по утрам)\b[^\n]{0,40}(?:да\?|просто интересуюсь|береги\w*|\?)"
        + r"|\b(?:доч\w*|сын\w*|жен\w*|дет(?:и|ей))\b[^\n]{0,80}\b(?:береги|берегите) (?:её|ее|его|их)\b|\bзнаю,? где ты (?:паркуешь\w*|ставишь машину|работаешь|гуляешь|тренируешься|ночуешь|бегаешь)\b"
        + r"|\b(?:адрес|адресок) тво\w* (?:уже )?(?:нашёл|нашел|знаю|есть)\b|\bзагляну (?:к тебе )?в гости\b|\bэто было (?:только |лишь )?предупреждение\b|\bдо финиша не (?:добежит|дойд[её]т|доедет)\b|\bзаткну (?:тебя )?навсегда\b",
    ),
]
COMPOSITIONS += _SEVENTH

# ================================================================ eighth round: degrading predicate x target, composed
# Harassment is a degrading predicate aimed at someone: a likening to an animal, an object or filth, a mocked body,
# age, voice, accent, intelligence, class or politics, a worth denied, an exclusion ("go back", "nobody wants you",
# "know your place"), "people like you", a sexual remark; aimed at the second person, the host or staff by role, a
# viewer by @handle, or a group named by identity. The lexicons are of words that degrade a person whatever the
# sentence (a rude word alone, "idiot", "stupid", stays rudeness and is left out); the compositions are the
# clause shapes that aim one at someone, in each language's inflections.
_H_EN_ROLE = r"(?:guest|receptionist|dentist|paramedic|medic|host|streamer|doc|doctor|nurse|coach|trainer|physio|pharmacist|presenter|instructor|therapist|surgeon|cardiologist|guy|girl|woman|lady|dude|chick|kid|mod|teacher)"
_H_EN_WHO = (
    r"(?:\b(?:you|u|ya|you'?re|youre|ur|she|he|she'?s|he'?s|shes|hes)\b|@\w+|\b(?:the|that|this|our|your|ur) (?:\w+ )?"
    + _H_EN_ROLE
    + r"\b|^\s*"
    + _H_EN_ROLE
    + r"\b)"
)
_H_EN_DEG = r"(?:pig|piggy|sow|hog|swine|cow|heifer|whale|hippo|walrus|manatee|monkey|ape|gorilla|chimp|baboon|rat|toad|turkey|donkey|mule|cockroach|roach|maggot|leech|parasite|vermin|slug|ogre|goblin|gremlin|hobbit|orc|troglodyte|neanderthal|caveman|fossil|dinosaur|mummy|corpse|zombie|skeleton|scarecrow|potato|wet potato|refrigerator|fridge|blob|tub of lard|sack of (?:shit|potatoes|lard)|bag of (?:bones|shit)|trash|garbage|filth|scum|waste of (?:space|air|oxygen|skin)|subhuman|lowlife|degenerate|pervert|perv|bum|hobo|cheapskate|hick|redneck|hillbilly|inbred|yokel|white trash|trailer trash|soy ?boy|beta male|cuck|libtard|leftard|conservatard|retardican|kiddo|geezer|gramps|old (?:hag|bat|fart|geezer|goat|cow|timer)|crone|hag|diversity hire|token hire|doormat|laughing ?stock|freak show|walking (?:std|disease|landfill|dumpster|corpse)|terrorist|suicide bomber|melted candle|goat|dying (?:cat|goat|whale|seal)|chipmunk|bimbo|welfare queen|peasant|minger|munter|slag|slapper|sket|pikey|gyppo|bogan|chav|bint|batty ?boy|batty ?man|nonce|trollop|hussy|fatso|fatty|lardass|lard ass|porker|uggo|thot|kaffir|coolie|wog|golliwog|abo|boong|half-?breed|poof|poofter|dyke|mong|window licker|tramp|scrounger|sponger|freeloader|curry[- ](?:scented|smelling|muncher))"
_H_EN_ADJ = r"(?:fat|ugly|old|dumb|stupid|useless|pathetic|worthless|lazy|filthy|dirty|disgusting|cheap|broke|bald|inbred|wrinkly|washed[- ]up|brainless|walking|human|wet|total|complete|absolute|fucking|literal|little|big|stinking|smelly)"
_H_EN_PEOPLE_LIKE = r"(?:\b(?:people|ppl|folks|guys|women|men|girls|idiots|morons|trash|scum|someone|somebody|those|others) like (?:you|u|ya|her|him|them|that|this one)\b|\byour (?:kind|sort|type)\b(?! of\b)|\byou people\b|\b(?:the likes|the like) of (?:you|u|her|him)\b)"
_H_EN_BAD_PRED = r"(?:are (?:the|a|why|what'?s)|is (?:the|a|why)|always|never|should|shouldn'?t|deserve|don'?t deserve|ruin|ruined|ruining|destroy|destroying|need to (?:go|leave|stop|shut)|have no (?:place|business)|make me (?:sick|puke|vomit)|disgust|whine|complain|play the victim|can'?t even|belong|breed|stop breeding|reproduc|are (?:all )?(?:lazy|dumb|stupid|disgusting|filthy|parasites|trash|garbage|useless|a disease|a plague|a cancer|a burden|a drain)|are (?:all )?(?:the same|alike))"
_H_ES_ROLE = r"(?:invitad[oa]|recepcionista|dentista|cirujan[oa]|presentador[a]?|doctor[a]?|m[eé]dic[oa]|enfermer[oa]|entrenador[a]?|fisio|farmac[eé]utic[oa]|coach|host|tip[oa]|chic[oa]|señor[a]?|mujer)"
_H_ES_DEG = r"(?:cerd[oa]|marran[oa]|puerc[oa]|chanch[oa]|vaca|ballena|foca|hipop[oó]tamo|mon[oa]|macac[oa]|simio|gorila|rata|sapo|burr[oa]|mula|asno|orco|ogro|cucaracha|gusano|lombriz|par[aá]sit[oa]|sanguijuela|garrapata|basura|escoria|mierda|dinosaurio|momia|f[oó]sil|vejestorio|carcamal|esqueleto|adefesio|espantap[aá]jaros|bruja|dálmata|dalmata|niñat[oa]|mocos[oa]|calzonazos|mandil[oó]n|subnormal|mong[oó]lic[oa]|mongol[oa]|retrasad[oa]|anormal|facha|fachas|podemita|rojo de mierda|zurd[oa]|sudaca|panchit[oa]|muert[oa] de hambre|pordiosero|pordiosera|mendig[oa]|tacañ[oa]|ratera|loca de (?:psiqui[aá]trico|manicomio)|payas[oa]|travelo|maric[oó]n|marica|enfermedad ven[eé]rea(?: andante)?|gorda|gordo|fe[oa] de cojones|cara de (?:caballo|pizza|sapo|cerdo|rata|mono)|guarra|zorra|zorrita|golfa|feminazi|mayate|joto|jotito|marimacha|machorra|tortillera|mariquita|veneco|veneca|chol[oa]|nac[oa]|viller[oa]|mog[oó]lic[oa]|gordinfl[oó]n(?:a)?|ramera|fulana|putita|malparid[oa]|gonorrea|indio de mierda|india de mierda|chacha|sirvienta|criada|empleada (?:dom[eé]stica|del hogar)|trola|atorranta)"
_H_ES_WHO = (
    r"(?:\b(?:t[uú]|vos|eres|sos|est[aá]s|pareces|ella|él)\b|@\w+|\b(?:la|el|esa|ese|esta|este) (?:\w+ )?"
    + _H_ES_ROLE
    + r"\b)"
)
_H_ES_PEOPLE_LIKE = r"(?:\bgente como (?:t[uú]|vos|usted|ella|[eé]l|esa|ese|esta|este)\b|\blos (?:de tu|como t[uú]) (?:clase|tipo|cala[ñn]a|especie|ra[zs]a)?|\blas (?:de tu|como t[uú]) (?:clase|tipo|cala[ñn]a|especie|ra[zs]a)?|\btu (?:gente|cala[ñn]a|especie|ra[zs]a)\b|\b(?:tipos|tipas|personas|mujeres|hombres) como (?:t[uú]|vos|usted|ella|[eé]l)\b)"
_H_ES_BAD_PRED = r"(?:deber[ií]a\w*|no deber[ií]a\w*|siempre|nunca|merece\w*|no merece\w*|sobra\w*|son (?:la|el|los|las|un|una|unos|unas)|dan asco|me dan asco|arruina\w*|destruye\w*|hay que|que se (?:vayan|larguen|vaya|largue)|fuera|dejar de reproducirse|no sirve\w*|no pinta\w* nada|a la cocina|a fregar)"
_H_RU_ROLE = r"(?:гость|гостья|гостью|гостье|гостя|гостем|гостю|аптекарш\w*|регистратор\w*|администратор\w*|стоматолог\w*|ведущ\w+|врач\w*|врачих\w*|доктор\w*|докторш\w*|тренер\w*|тренерш\w*|медсестр\w*|фармацевт\w*|кардиолог\w*|блогер\w*|хост\w*|девк\w+|тётк\w+|тетк\w+|мужик\w*|баб\w+|девушк\w+|парен\w+)"
_H_RU_DEG = r"(?:свинь\w+|свинот\w+|свиноматк\w+|хряк\w*|коров\w+|кобыл\w+|бегемот\w*|тюлен\w+|морж\w*|обезьян\w+|макак\w+|горилл\w+|мартышк\w+|крокодил\w*|жаб\w+|крыс\w+|таракан\w*|глист\w*|паразит\w*|вошь|вши|вшей|гнид\w+|тряпк\w+|подкаблучник\w*|деревенщин\w+|колхозни\w+|быдл\w+|ватник\w*|либераст\w*|либерашк\w+|укроп\w*|чурбан\w*|чурк\w+|сопляк\w*|малолетк\w+|щен(?:ок|ка|ком)|старп[её]р\w*|старая карга|карг\w+|кошелк\w+|мумия|мумию|ископаем\w+|динозавр\w*|жмот\w*|нищеброд\w*|нищеб\w+|бомж\w*|нытик\w*|слабак\w*|истеричк\w+|шлюх\w+|проститутк\w+|даун\w*|олигофрен\w*|имбецил\w*|дегенерат\w*|недочеловек\w*|урод|урода|уродом|уродина|уродину|уроды|уродов|чучел\w+|пугал\w+|скелет\w*|мразь|мрази|тварь|твари|гниль|падаль|отброс\w*|мусор|страшил\w+|уродк\w+|жирдя\w+|трансух\w+|черномаз\w+|недоврач\w+|сектантк\w+|ублюд\w+|выродок|выродк\w+|страхолюд\w+|пиндос\w*|нерусь|москал\w+|хохл(?:ы|ов|ам|ами|а|у|ом)?|хохлушк\w+|кацап\w*|петух|петуха|петушар\w+|овц(?:а|у|ой|ы)|жиртрест\w*|свиноматк\w+|дур(?:а|ой|у) набит\w+|набит\w+ дур\w+|жирух\w+|колхозниц\w+|хиджабниц\w+|платочниц\w+)"
_H_RU_WHO = r"(?:\b(?:ты|вы|он|она|этот|эта)\b|@\w+|\b" + _H_RU_ROLE + r")"
_H_RU_PEOPLE_LIKE = r"(?:\b(?:такие|таких|таким|такими),? как (?:ты|вы|он|она|этот|эта)\b|\b(?:тебе|вам|ему|ей) подобн\w+|\bвашему брату\b|\bвам,? (?:таким|подобным)\b)"
_H_RU_BAD_PRED = r"(?:позор\w*|(?<!не )надо|(?<!не )нужно|пора|гнать|гоните|должны|не должны|нельзя|не место|всегда|вечно|только (?:и )?(?:умеют|могут|ноют)|мешают|портят|ноют|не нужн\w+|не имеют права|размножаться|сдохн\w+|вон)"
#: "people like you deserve a beating" is a threat, not (only) abuse: a violent word after the predicate leaves it to
#: the threat rules.
_H_NOT_VIOLENT = r"(?![^.!?\n]{0,40}(?:\bbeat|\bkill|\bshot\b|\bshoot|\bdie\b|\bhurt|\bpunch|\bstab|\bbullet|\bhang|\bburn|убить|убью|пристрел|сдохн|\bmat(?:ar|en|o)\b|muer|paliza|golpe))"
_EIGHTH: list[Composition] = [
    # ------------------------------------------------------------ a person likened to an animal, an object or filth
    (
        "risk.harassment",
        "en",
        "degrade-aimed",
        _H_EN_WHO
        + r"[^.!?;\n\"«»“”]{0,30}?\b(?:is|are|'?s|'?re|r|was|were|looks?(?: \w+)? like|look like|built like|smells? like|sounds? like|talks? like|(?:has|got|with) (?:the |a )?(?:face|body|brain|voice|neck|nose) (?:of|like)|such|what|u|ur|you)\b (?:(?:an?|the|just|only|nothing but|some|such|total|complete|absolute|literal|real|walking|human|little|big|fat|old|ugly|wet|dirty|filthy|useless|pathetic|cheap|lazy|dumb|stupid|disgusting|brainless|proper|right|bloody|massive|utter) ){0,3}"
        + _H_EN_DEG
        + r"s?\b(?![- ]headed)(?! (?:about|when it comes to|with (?:tech|computers|phones|gadgets)))"
        + r"|\b(?:you'?re|youre|ur|u r|you are|she'?s|he'?s|shes|hes) (?:(?:an?|the|just|only|nothing but|such|total|complete|absolute|literal|real|walking|human|little|big|fat|old|ugly|wet|dirty|filthy|useless|pathetic|cheap|lazy|dumb|stupid|disgusting|brainless) ){0,3}"
        + _H_EN_DEG
        + r"s?\b(?![- ]headed)(?! (?:about|when it comes to|with (?:tech|computers|phones|gadgets)))"
        + r"|\b(?:"
        + _H_EN_ADJ
        + r") (?:(?:ass|old|little|fat|ugly|useless|pathetic) )?(?:loser|moron|idiot|clown|freak|creep|fraud|quack|bum|dinosaur|fossil|geezer|hag|hick|monkey|pig|cow|whale|ape|trash|scum) (?:"
        + _H_EN_ROLE
        + r")\b"
        + r"|\b(?:"
        + _H_EN_DEG
        + r") (?:"
        + _H_EN_ROLE
        + r"|in (?:a |the )?(?:lab coat|scrubs|white coat))\b",
    ),
    (
        "risk.harassment",
        "en",
        "degrade-vocative",
        r"(?:@\w+|\b(?:you|u|ur|your|you'?re|youre|she|he|her|him|the (?:host|doc|doctor|nurse|coach|trainer|presenter))\b)[^\n]{0,100}?[,.!] ?(?:(?:you|u|ya|such an?|what an?) )?(?:(?:"
        + _H_EN_ADJ
        + r") ){0,2}"
        + _H_EN_DEG
        + r"s?\b\W{0,6}(?:lol|lmao|lmfao|haha)?\W{0,6}$"
        + r"|^\W{0,3}(?:(?:"
        + _H_EN_ADJ
        + r") ){0,2}"
        + _H_EN_DEG
        + r"s?\b ?[,!][^\n]{0,60}?\b(?:you|u|ur|your|ya)\b",
    ),
    (
        "risk.harassment",
        "es",
        "degrade-aimed",
        _H_ES_WHO
        + r"[^.!?;\n\"«»“”]{0,30}?\b(?:eres|es|sos|son|pareces|parece|parecen|tienes cara de|tiene cara de|con cara de|como|vaya|menud[oa]|qu[eé]|habla como|hablas como)\b (?:(?:un|una|unos|unas|el|la|tan|puro|pura|tremend[oa]|verdader[oa]|viej[oa]|gord[oa]|fe[oa]|asqueros[oa]|pobre) ){0,3}"
        + _H_ES_DEG
        + r"s?\b"
        + r"|\b(?:"
        + _H_ES_ROLE
        + r"|(?:el|la|este|esta|ese|esa) (?:host|doctor[a]?)) (?:es|parece) (?:un|una) (?:\w+ )?(?:idiot|loser|dumb|moron|stupid|clown)\b"
        + r"|\b(?:otr[oa]|un[oa]|ese|esa|este|esta) "
        + _H_ES_DEG
        + r"s? (?:"
        + _H_ES_ROLE
        + r"|vendiendo|(?:en|con) (?:bata|uniforme|el directo|la sanidad))\b"
        + r"|\b(?:eres|sos|pareces) (?:(?:un|una|el|la|tan|puro|pura|tremend[oa]|verdader[oa]) ){0,2}"
        + _H_ES_DEG
        + r"s?\b",
    ),
    (
        "risk.harassment",
        "es",
        "degrade-vocative",
        r"(?:@\w+|\b(?:t[uú]|te|tu|tus|ti|eres|est[aá]s|tienes|vos)\b)[^\n]{0,100}?[,.!] ?(?:(?:la|el|so|pedazo de|vaya|menud[oa]|tremend[oa]|viej[oa]|gord[oa]|fe[oa]) ){0,2}(?:"
        + _H_ES_DEG
        + r"|abuela|abuelo|vieja|viejo)s?\b\W{0,6}(?:ja\w*|xd)?\W{0,6}$"
        + r"|^\W{0,3}(?:(?:viej[oa]|gord[oa]|fe[oa]|pinche|puta) ){0,2}"
        + _H_ES_DEG
        + r"s?\b ?(?:de mierda\b)?[,!][^\n]{0,60}?\b(?:t[uú]|te|ti|tus?|eres|est[aá]s|vete|c[aá]llate|l[aá]rgate|cierra)\b"
        + r"|^\W{0,3}(?:"
        + _H_ES_DEG
        + r")s?(?: \w+)? (?:"
        + _H_ES_DEG
        + r")s?\b",
    ),
    (
        "risk.harassment",
        "ru",
        "degrade-aimed",
        r"(?:\b(?:ты|вы|он|она)\s+(?:(?:же|просто|реально)\s+)?(?:(?:\w+ая|\w+ый|\w+ой|\w+ий) )?|\bну (?:ты|вы|он|она) и\s+|@\w+,? |"
        + _H_RU_WHO
        + r"[^.!?;\n\"«»“”]{0,15}?\s(?:—|-|это|просто|полн\w+|настоящ\w+|как|как у|похож\w* на|вылитая|вылитый|будто|словно|прям|какая-то|какой-то)\s+(?:(?:\w+ая|\w+ый|\w+ой|\w+ий) )?)"
        + _H_RU_DEG
        + r"(?![а-яё])"
        + r"|(?:рож\w+|морд\w+|хар\w+|рыл\w+|физиономи\w+|лиц\w+|голос\w*|акцент\w*|фигур\w+|нос\w*|зуб\w*) (?:\w+ )?(?:как у|будто у|словно у|как) (?:\w+ )?(?:"
        + _H_RU_DEG
        + r"|дворник\w*|гастарбайтер\w*|чурк\w+|бомж\w*|обезьян\w+|свинь\w+|бабы-яги|алкаш\w*)"
        + r"|\b(?:"
        + _H_RU_DEG
        + r") в (?:халате|эфире|белом халате)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "degrade-vocative",
        r"(?:@\w+|\b(?:ты|тебя|тебе|тобой|твой|твоя|твои|твоим|твоей|вы)\b)[^\n]{0,100}?[,.!—-] ?(?:(?:старая|старый|жирная|жирный|тупая|тупой|нищ\w+) )?"
        + _H_RU_DEG
        + r"\W{0,6}(?:ах\w*|хах\w*|лол)?\W{0,6}$"
        + r"|^\W{0,3}(?:(?:старая|старый|жирная|жирный|тупая|тупой) )?"
        + _H_RU_DEG
        + r"(?: (?:стар|туп|жирн|страшн|мерзк|тупорыл)\w*)? ?[,!][^\n]{0,60}?(?:\bты\b|\bтебя\b|\bтебе\b|\bтво\w+|\bвы\b|\bвас\b|\bиди\b|\bвали\b|\bпош[её]л\b|заткнись|помолчи|\bмолчи\b|\bсиди\b|\bуйди\b|\bуходи\b|\bисчезни\b)"
        + r"|^\W{0,3}(?:@\w+ )?(?:"
        + _H_RU_DEG
        + r") (?:"
        + _H_RU_DEG
        + r")(?![а-яё])",
    ),
    # ------------------------------------------------------------ "people like you" with a degrading or excluding predicate
    (
        "risk.harassment",
        "en",
        "people-like-you",
        _H_EN_PEOPLE_LIKE
        + GAP
        + r"\b"
        + _H_EN_BAD_PRED
        + _H_NOT_VIOLENT
        + r"|\b(?:typical|classic|of course|as usual)\b"
        + NEAR
        + _H_EN_PEOPLE_LIKE,
    ),
    (
        "risk.harassment",
        "es",
        "people-like-you",
        _H_ES_PEOPLE_LIKE
        + GAP
        + r"\b"
        + _H_ES_BAD_PRED
        + _H_NOT_VIOLENT
        + r"|\b(?:t[ií]pico|claro|como siempre)\b"
        + NEAR
        + _H_ES_PEOPLE_LIKE,
    ),
    (
        "risk.harassment",
        "ru",
        "people-like-you",
        _H_RU_PEOPLE_LIKE
        + GAP
        + r"\b"
        + _H_RU_BAD_PRED
        + _H_NOT_VIOLENT
        + r"|\b(?:типично|как всегда|ну конечно)\b"
        + NEAR
        + _H_RU_PEOPLE_LIKE,
    ),
    # ------------------------------------------------------------ exclusion: sent back, not wanted, put in their place
    (
        "risk.harassment",
        "en",
        "excluded",
        r"\b(?:go|get|run|fly|swim|crawl) back (?:to|2|where) (?:the trees|the jungle|the zoo|the cave|the farm|the kitchen|your (?:own )?(?:country|people|village|cave|hut|tribe|reservation|trailer)|where (?:you|u|they|he|she) (?:came|come) from)\b"
        + r"|\b(?:foreign|foreigners?|immigrants?|migrants?|illegals?|not from here|can'?t even speak|your (?:own )?country|we don'?t need (?:\w+ )?(?:foreign|immigrant|your kind|people like))\b[^\n]{0,60}?\b(?:go (?:home|back)|get out|leave|deport|send (?:them|him|her|you) back)\b"
        + r"|\b(?:nobody|no one|noone) (?:wants|needs|likes|asked for) (?:you|u|ya|her|him) (?:here|on (?:this|the) (?:stream|screen|show)|around)\b|\bcrawl back (?:under|into|in|to) (?:\w+ ){0,3}(?:rock|hole|cave|sewer|swamp|gutter|trailer)\b|\bknow (?:your|ur) place\b|\bstay in (?:your|ur) lane,? (?:sweetie|honey|woman|girl|lady|sweetheart)\b"
        + r"|\bget (?:this|that|him|her|them) (?:\w+ )?off (?:the|my|our) (?:stream|screen|air|show|tv|channel)\b",
    ),
    (
        "risk.harassment",
        "es",
        "excluded",
        r"\bque se (?:vaya|vayan|largue|regrese|regresen|vuelva|vuelvan|marche|marchen) (?:a|para) (?:su|sus) (?:pa[ií]s|pueblo|tierra|selva|rancho|cocina)\b|\bque se larguen\b"
        + r"|\b(?:vuelve|vuelvan|regresa|regresen|vete|v[aá]yanse|l[aá]rgate|lárguense) (?:a|para) (?:tu|su|sus) (?:pa[ií]s|pueblo|tierra|selva|rancho|cocina|manicomio|cueva|chabola)\b"
        + r"|\bvuelve (?:a|para) (?:la|tu|esa) (?:cueva|alcantarilla|pocilga|cloaca|agujero|madriguera)\b|\bnadie (?:te|le|los|las) quiere (?:aqu[ií]|ver|en)\b|\baqu[ií] no (?:te|los|las|les) queremos\b|\bfuera de (?:mi|nuestro) pa[ií]s\b|\bque (?:se )?(?:quede|vuelva) en (?:la|su) cocina\b|\bponte a (?:fregar|trabajar)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "excluded",
        r"\b(?:езжай|едь|вали|уезжай|уезжайте|валите|возвращайся|возвращайтесь|катись|катитесь|проваливай|убирайся|вернись|иди) (?:обратно|домой|к себе|на родину|в сво\w+|к коровам|в (?:деревню|аул|кишлак|колхоз|свой аул|свою деревню))\b"
        + r"|\bползи (?:обратно )?(?:в|под) (?:сво\w+ )?(?:нору|камень|болото|конуру|канаву|помойку)\b|\b(?:тут|здесь) таких не (?:ждут|надо|нужно|любят)\b|\bтаких (?:тут|здесь) не (?:ждут|надо|нужно)\b|\b(?:гнать|гоните|выгнать|выгоняйте) (?:их|его|её|ее|таких|всех|отсюда|в шею)\b"
        + r"|\bникто (?:тебя|вас) (?:тут |здесь )?не (?:ждёт|ждет|хочет|звал)\b|\bвон из (?:эфира|профессии|страны)\b",
    ),
    # ------------------------------------------------------------ age, youth, intelligence and senses mocked
    (
        "risk.harassment",
        "en",
        "age-mocked",
        r"\b(?:grandpa|gramps|grandma|granny|boomer|old (?:man|lady|timer|geezer|hag|bat|fart)|geezer|fossil|dinosaur|kiddo|little (?:girl|boy)|a literal child|literal child)\b"
        + r"[^\n]{0,50}?\b(?:nap|nursing home|retirement home|retire|diapers?|homework|useless|off (?:the|my) (?:stream|screen|air)|shut up|go (?:home|away|to bed|play)|can'?t even|grave|coffin)\b"
        + r"|\bshouldn'?t (?:you|u|he|she) be (?:in (?:a|the) (?:nursing home|retirement home|grave|coffin|kindergarten|daycare)|at school|doing homework)\b",
    ),
    (
        "risk.harassment",
        "es",
        "age-mocked",
        r"\ba (?:tu|su) edad\b[^\n]{0,40}?\b(?:ya no|no (?:te|le) sirve|deber[ií]as?|qu[eé] haces|para qu[eé]|a la tumba|al asilo)\b"
        + r"|\b(?:niñat[oa]|mocos[oa]|cr[ií][oa]|vejestorio|carcamal|viej[oa] (?:chocho|chocha|decr[eé]pit[oa]|verde))\b[^\n]{0,40}?\b(?:de mierda|ni t[ií]tulo|a estudiar|vete|c[aá]llate|al asilo|a la tumba|qu[eé] sabr[aá]s)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "age-mocked",
        r"\bмолоко на губах не обсохло\b|\b(?:бабк\w+|дед\w*|старик\w*|старух\w+|старп[её]р\w*|сопляк\w*|малолетк\w+|щенок)\b[^\n]{0,50}?(?:иди к телевизору|тебе уже|ничего не поможет|на кладбище|помолчи|куда лезешь|а туда же|в могилу|на пенсию|в дом престарелых)"
        + r"|(?:на кладбище|в дом престарелых|в богадельню) (?:тебе|вам) пора\b",
    ),
    (
        "risk.harassment",
        "en",
        "wits-mocked",
        r"\b(?:are|r) (?:you|u) (?:deaf|blind|slow|retarded|brain ?dead|dumb|stupid|illiterate) or (?:just |simply |what|something)?(?:stupid|dumb|slow|retarded|an idiot|a moron|deaf|blind)?"
        + r"|\b(?:your|ur|his|her|the host'?s) (?:iq|brain)\b[^\n]{0,30}?\b(?:lower than|smaller than|of a (?:\w+ )?(?:rock|potato|goldfish|brick|toddler)|room temperature|single digits?)\b"
        + r"|\b(?:you'?re|you are|ur|u r|she'?s|he'?s|she is|he is|host is|doc is) (?:as )?(?:dumb|stupid|thick|dense) as (?:a )?(?:rock|rocks|brick|bricks|a post|a plank|a box of rocks|dirt|a potato)\b|\bzero brain cells\b|\b(?:you'?re|you are|ur|she'?s|he'?s|you) (?:all |so )?brain ?dead\b",
    ),
    (
        "risk.harassment",
        "es",
        "wits-mocked",
        r"\b(?:eres|est[aá]s|es|sos) (?:sord[oa]|ciego|ciega|tont[oa]|retrasad[oa]|subnormal|idiota) o (?:qu[eé]|tont[oa]|retrasad[oa]|imb[eé]cil|est[uú]pid[oa]|idiota|sord[oa]|te haces)"
        + r"|\b(?:tont[oa]|burr[oa]|brut[oa]|cort[oa]) como (?:una|un) (?:piedra|pared|ladrillo|zapato|mula|tapia|ameba|alcornoque)\b|\b(?:eres|es|est[aá]s|sos) m[aá]s (?:tont[oa]|burr[oa]) que\b|\b(?:sin|ni) dos dedos de frente\b"
        + r"|\bhabla(?:s)? como (?:un|una) (?:subnormal|retrasad[oa]|indio|mongol\w*|tont[oa]|idiota|gitano|chino)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "wits-mocked",
        r"\b(?:ты|вы|он|она) (?:глух\w+|слеп\w+|туп\w+|даун\w*) или (?:туп\w+|глух\w+|слеп\w+|прикидыва\w+|даун\w*)"
        + r"|\bтуп\w* как (?:пробка|валенок|бревно|дерево|полено|сибирский валенок|табуретка)\b|\b(?:ноль|ни грамма) мозг\w*|\bмозгов (?:нет|ноль)\b|\bот (?:тупости|глупости) (?:твоей|своей|у тебя)?"
        + r"|\bговорит как (?:гастарбайтер|чурк\w+|дебил|даун|олигофрен|баба|бомж)\w*",
    ),
    # ------------------------------------------------------------ a sexual remark aimed at the host or a viewer
    (
        "risk.harassment",
        "en",
        "sexual-aimed",
        r"\b(?:i'?d|id|i would|i'?ll|ill|i wanna|wanna|gonna|let me|lemme|i could) (?:bend|pound|ride|tap|smash|rail|wreck|destroy|lick|spank) (?:her|him|you|u|that|the \w+|this \w+)(?: \w+)? (?:over|out|all night|from behind|till|until|so hard|raw|on (?:the|a|my) \w+)\b"
        + r"|\b(?:can|could|should|would|gonna|wanna) (?:sit|squat|do squats|bounce|ride|twerk) on my (?:face|lap|dick|d|cock)\b"
        + r"|\btake my (?:temperature|temp|pulse|blood pressure)\b[^\n]{0,20}?(?:anywhere|anytime|any ?day|😉|😏|😈)"
        + r"|\b(?:give|gives|giving) me (?:a )?(?:private|personal|full[- ]body|hands[- ]on|special) (?:exam|checkup|check-up|physical|session|massage|examination)\b"
        + r"|\b(?:pics|photos|pictures|nudes|vids|videos) of (?:me|myself|my \w+)\b[^\n]{0,30}?\b(?:dm|dms|inbox|private|pm)\b|\b(?:sent|sending|send) (?:the host|her|him|the \w+) (?:pics|photos|nudes|dick pics|pictures)\b"
        + r"|\b(?:saw|seen|found|checked|stalked|looked at) (?:your|ur|her|his) (?:insta|ig|instagram|facebook|fb|tiktok|onlyfans|photos|pics|profile)\b[^\n]{0,60}?(?:hot|sexy|fine|bikini|beach|body|thicc|😍|😏|🤤|😈)",
    ),
    (
        "risk.harassment",
        "es",
        "sexual-aimed",
        r"\b(?:le|te|les) (?:daba|dar[ií]a|dar[eé]|har[ií]a|hac[ií]a|met[ií]a|meter[ií]a|com[ií]a|comer[ií]a|echaba|echar[ií]a) (?:hasta (?:que|el)|de todo|sin parar|cositas|duro|bien duro|por detr[aá]s)\b"
        + r"|\b(?:est[aá]|est[aá]s) pidiendo guerra\b|\b(?:est[aá]|est[aá]s) pa(?:ra)? darle\b|\bqu[eé] (?:buena est[aá]s?|buena que est[aá]|culo|tetas|pechos)\b|\bcara de que le gusta\b"
        + r"|\bfotos m[ií]as\b[^\n]{0,40}?\b(?:privado|md|dm|inbox|mensaje)\b|\b(?:le|te) (?:mand[eé]|env[ií][eé]|voy a mandar) (?:unas |mis )?fotos\b[^\n]{0,30}?(?:privado|md|dm|😈|😏)"
        + r"|\bs[eé] (?:que|d[oó]nde) (?:vas|vives|entrenas|trabajas)\b[^\n]{0,40}?(?:te he visto|qu[eé] rica|qu[eé] buena|😏|😈|😍)",
    ),
    (
        "risk.harassment",
        "ru",
        "sexual-aimed",
        r"\bс (?:тобой|вами|ней) бы я\b|\b(?:чтоб|что б|чтобы) (?:тебя|её|ее|вас|ведущую) (?:изнасиловали|трахнули|отымели|пустили по кругу)\b|\b(?:отправил|скинул|послал|кину|скину|отправлю|пошлю) (?:ей|ему|ведущей|тебе|вам|ей в личку) (?:сво\w+ )?(?:фото|фотки|нюдсы|член|интимк\w+)"
        + r"|\b(?:видел|смотрел|нашёл|нашел) тво\w+ (?:фото|фотки|фоточки|страниц\w+|инст\w*)\b[^\n]{0,40}?(?:бане|купальник\w*|пляж\w*|ммм|😏|😍|🤤)"
        + r"|\b(?:нагнул|нагну|отодрал|отдеру|трахнул|трахну|вдул|вдую|засадил|засажу)\w* (?:бы )?(?:её|ее|тебя|ведущую|медсестр\w+|врачих\w+)\b",
    ),
    # ------------------------------------------------------------ a person made a thing: "it", "that thing", "man or woman"
    (
        "risk.harassment",
        "en",
        "made-thing",
        r"\b(?:what|wtf) (?:is|the hell is) (?:that|this) (?:thing|creature|it)\b|\bis (?:it|that|this) (?:a man|a woman|a guy|a girl|a dude) or (?:a (?:man|woman|guy|girl|dude)|what|something)\b|\b(?:that|this) thing (?:is|isn'?t|isnt) (?:hosting|human|a (?:man|woman|person))\b",
    ),
    (
        "risk.harassment",
        "es",
        "made-thing",
        r"\b(?:esa|esta|eso|esto) cosa\b[^\n]{0,20}?\b(?:no es human[oa]|es human[oa]|qu[eé] (?:horror|asco)|presentando)\b|\bno (?:es|parece) human[oa]\b|\b(?:es|eres) (?:un )?(?:hombre|tío|tipo) o (?:una )?(?:mujer|tía|qu[eé])\b",
    ),
    (
        "risk.harassment",
        "ru",
        "made-thing",
        r"\bэто существо вообще\b|\bчто (?:это )?за существо\b|\bоно какое-то\b|\b(?:мужик|мужчина|парень) или (?:баба|женщина|девка)\b|\b(?:баба|женщина) или (?:мужик|мужчина)\b|\bвообще человек\b",
    ),
    # ------------------------------------------------------------ misogyny: a woman put down as a woman
    (
        "risk.harassment",
        "en",
        "woman-put-down",
        r"\b(?:sweetie|sweetheart|honey|darling|little lady|girlie|hun),? (?:let|just|you just|leave|go|stick to|smile|stay|shush|hush)\b|\btime of the month\b|\b(?:because|cuz|cause|bc) (?:she'?s|she is|you'?re|you are|ur) (?:a |just a )?(?:woman|girl|female)\b|\b(?:typical|classic) (?:woman|women|female|blonde)\b(?!'s)"
        + r"|\b(?:a )?(?:woman|women|girl|she) (?:explaining|talking about|doing|teaching) (?:\w+ ){0,2}next (?:you'?ll|they'?ll|she'?ll)\b|\bgot (?:this|the|her|his) job (?:because of|cuz of|for) (?:diversity|a quota|quotas|her looks|a pretty face)\b|\bdiversity (?:quotas?|hires?)\b"
        + r"|\b(?:slept|sleeping|sleep) (?:her|his|your|ur) way (?:up|to)\b|\bby sleeping with (?:the|her|his) (?:doctors?|boss|director|producer)s?\b",
    ),
    (
        "risk.harassment",
        "es",
        "woman-put-down",
        r"\b(?:guapa|bonita|cari[ñn]o|mu[ñn]eca|nena|reina|cielo|princesa),? (?:t[uú] )?(?:sonr[ií]e|calla|c[aá]llate|deja que|vete|a la cocina|qu[eé]date)\b|\bt[ií]pico de (?:mujeres|tías|viejas|minas)\b|\bcomo todas las mujeres\b"
        + r"|\bse (?:acost[oó]|acuesta) con (?:el|su|los) (?:jefe|director|m[eé]dicos?|doctor)\b|\bpor cuota\b|\b(?:tu|su) lugar es (?:la|en la) cocina\b|\b(?:vete|v[aá]yanse|anda|and[aá]te|a) (?:a )?(?:la cocina|fregar|lavar (?:los )?platos|planchar)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "woman-put-down",
        r"\b(?:девочка|деточка|милочка|дорогуша|красотка|зайка|малышка),? (?:помолчи|молчи|иди|не лезь|улыбайся|сиди)\b|\b(?:очередная|типичная) (?:блондинк\w+|баба|бабёнк\w+|курица)\b|\bчерез постель\b|\bкак все бабы\b|\bбабам (?:не место|нельзя)\b|\b(?:место (?:твоё|твое|её|ее)|(?:твоё|твое|её|ее) место) на кухне\b|\b(?:марш|иди|вали|пошла) на кухню\b|\b(?:иди|пошла|марш|вали) (?:полы (?:мой|мыть)|борщи? вари(?:ть)?|посуду (?:мой|мыть)|детей рожа(?:й|ть)|рожать)\b",
    ),
]
# A group named by identity, politics, age, class, region or condition, with a degrading predicate: vermin, filth,
# illness of the mind, worthlessness, a right denied ("deserve no healthcare", "shouldn't be nurses"), sent away.
_H_EN_GROUPS = (
    r"(?:"
    + _EN_MORE_GROUPS[3:-1]
    + r"|liberals?|libs|libtards|(?:these|this|that|their) lot|leftists|lefties|commies|conservatives|republicans|democrats|maga (?:people|idiots|morons|crowd|folks)|maga|trumpers|woke (?:people|idiots|doctors|nurses|crowd)|vegans|pensioners|seniors|the elderly|zoomers|millennials|lgbt(?:q\+?)?(?: people| folks)?|queers|people with (?:anxiety|depression|adhd|autism|mental illness|bipolar)|depressed people|anxious people|addicts|junkies|southerners|rednecks|hillbillies|country folk|hicks|(?:immigrant|foreign|black|muslim|female|woman|indian|asian|trans|gay|old) (?:nurses|doctors|docs|trainers|coaches|hosts|pharmacists|staff)"
    + r")"
)
_H_EN_GROUP_DEG = r"(?:parasites|leeches|vermin|rats|cockroaches|roaches|animals|savages|trash|garbage|scum|filth|rot|rotten|mentally ill|mental cases|sick in the head|brain ?dead|braindead|subhuman|degenerates|disgusting|useless|worthless|lazy|a disease|a plague|a cancer|a burden|a drain|inbred|morons|idiots|retards|freaks|perverts|groomers|(?:control|run|own)s? (?:the |all the |our )?(?:media|banks|pharma|big pharma|pharmaceutical \w+|world|government|hospitals|money|drug companies)|(?:they all|all of them|all) lie|are all liars|come here (?:to|for) (?:use|steal|take|leech|free)\w*|are all (?:scroungers|spongers|freeloaders|benefit cheats)|bring (?:nothing but |only )?(?:disease|diseases|crime|drugs|germs)|always (?:\w+ ){0,3}(?:profit|steal|lie|cheat|scam)\w*|(?:profit|profiting) (?:off|from) (?:sick|the sick|ill|dying)|are (?:all )?(?:thieves|criminals|terrorists|rapists|bandits|scammers|crooks)|deserve (?:to (?:be sick|suffer|rot|get sick))|should (?:all )?(?:be banned|leave|go home|get out)|are why|are the reason|ruin everything|can'?t even (?:speak|read|talk)|who can'?t even speak)"
_H_ES_GROUPS = (
    r"(?:"
    + _ES_MORE_GROUPS
    + r"|(?:los |las |esos |esas |estos |estas )?(?:mapuches|ind[ií]genas|collas|aymaras|quechuas|venecos|paraguas|bolitas|progres|fachas|rojos|rojillos|podemitas|peperos|pijos|jubilados|pensionistas|abuelos|viejos|ancianos|deprimidos|ansiosos|los que tienen (?:ansiedad|depresi[oó]n)|panchitos|sudacas|andaluces|gallegos|catalanes|payos|pueblerinos|paletos|feminazis|enfermeras (?:venezolanas|extranjeras|latinas|sudacas)|m[eé]dicos (?:extranjeros|moros|sudacas|chinos))"
    + r")"
)
_H_ES_GROUP_DEG = r"(?:par[aá]sitos|sanguijuelas|ratas|cucarachas|alima[ñn]as|animales|salvajes|basura|escoria|mierda|gentuza|chusma|flojos|vagos|llorones|inútiles|in[uú]tiles|enfermos|enfermos mentales|una plaga|un lastre|una carga|asquerosos|subnormales|retrasados|degenerados|tontos|deber[ií]an (?:estar en la c[aá]rcel|dejar de (?:gastar|reproducirse|votar)|irse|largarse|desaparecer)|que se larguen|que se vayan|fuera|as[ií] nos va|dan asco|no sirven para nada|quitando trabajo|quitan el trabajo|controlan (?:las |los |la |el )?(?:farmac[eé]uticas|bancos|medios|mundo|gobierno|hospitales|dinero)|todos mienten|(?:son )?la peste|(?:son )?una peste|son (?:todos )?(?:unos )?(?:ladrones|delincuentes|criminales|terroristas|violadores|narcos|estafadores)|traen (?:enfermedades|delincuencia|drogas)|borrachos|brutos|atrasados|salvajes|sucios|vienen a (?:usar|robar|aprovecharse|quitarnos|vivir de|colapsar|llenar)|se aprovechan de (?:los )?enfermos)"
_H_RU_GROUPS = (
    r"(?:"
    + _RU_MORE_GROUPS
    + r"|либераст\w*|либерал\w*|либерашк\w+|ватник\w*|ват(?:а|ы)|коммуняк\w+|патриот(?:ы|ов)|пенсионер\w*|старик(?:и|ов|ам)|бабк(?:и|ам)|нытик\w*|депрессивн(?:ые|ых)|деревенск(?:ие|их)|колхозник\w*|москвич(?:и|ей)|провинциал\w*|хачи|чурки|гастарбайтеры|сектант\w*|якут(?:ы|ов|ам)|бурят(?:ы|ов|ам)|чукч(?:и|ей|ам)|татар(?:ы|ам)?|башкир(?:ы|ов|ам)|казах(?:и|ов|ам)|гомосек\w*|педик(?:и|ов|ам|ами)|пидор(?:ы|ов|ам|асы)|пидарас\w*|москал\w+|пиндос\w*|кацап\w*|нерусь|хохл(?:ы|ов|ам|ами))"
)
_H_RU_GROUP_DEG = r"(?:паразит\w*|нахлебник\w*|быдло|гниль|мусор|отброс\w*|скот\w*|тупые|тупорыл\w+|бесполезн\w+|никчёмн\w+|никчемн\w+|тряпки|слабаки|нытики|обуза|опасны (?:для|в)|гнать (?:их|всех)|позор\w*|только (?:очереди|жрут|ноют|мешают|место занимают)|вымирать|недолюди|дебилы|психи|вонь|воняют|вонючие|(?:управляют|контролируют|правят) (?:фарм\w+|банк\w+|сми|миром|мир\w*|правительств\w+|больниц\w+|деньг\w+)|все врут|(?:все )?(?:бандиты|воры|преступники|террористы|насильники|мошенники|ворюги)|нажива\w+ на|(?:это )?катастрофа|торгаш\w*|барыг\w*|жулик\w*|спекулянт\w*|алкаш\w*|пьяниц\w+|пропойц\w+|дикари|отсталые|приезжают (?:лечиться|воровать|отнимать|сидеть)|чума|зараза|гнать надо|надо гнать|гнать отовсюду)"
_EIGHTH += [
    (
        "risk.harassment",
        "en",
        "group-degraded-2",
        r"\b" + _H_EN_GROUPS + r"\b" + r"[^.!?;\n]{0,50}?\b" + _H_EN_GROUP_DEG + r"\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-degraded-2",
        r"\b" + _H_ES_GROUPS + r"\b" + r"[^.!?;\n]{0,50}?\b" + _H_ES_GROUP_DEG + r"\b",
    ),
    (
        "risk.harassment",
        "en",
        "group-denied",
        r"\b"
        + _H_EN_GROUPS
        + r"\b"
        + NEAR
        + r"\b(?:deserve no (?:healthcare|care|treatment|rights|help)|don'?t deserve (?:healthcare|care|treatment|rights|help|to live)|(?:shouldn'?t|should not|shouldnt|should never|can'?t|cannot) (?:(?:be|become|work as|be allowed to be) (?:doctors|nurses|allowed|here|treated|trainers|hosts|teachers|near (?:kids|children|patients))|(?:be allowed to )?(?:touch|treat|examine|handle|teach|practi[cs]e on) (?:patients|kids|children|people|us))|have no business (?:being|in))\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-denied",
        r"\b"
        + _H_ES_GROUPS
        + r"\b"
        + NEAR
        + r"\b(?:no deber[ií]an (?:salir en (?:la )?(?:tele|televisi[oó]n|c[aá]mara|pantalla)|ser|estar|trabajar|tocar|atender|votar|existir|donar|tener)|no merecen (?:sanidad|atenci[oó]n|derechos|vivir|nada)|no (?:deber[ií]an|pueden) dejarles)\b|\ba (?:los|las) "
        + _H_ES_GROUPS
        + r" no (?:deber[ií]an|hay que) dejarles\b",
    ),
    (
        "risk.harassment",
        "ru",
        "group-denied",
        _H_RU_GROUPS
        + NEAR
        + r"(?:\s|^)(?:не люди|не место (?:в|на|тут|здесь)|нельзя (?:доверять|работать|пускать|лечить)|не заслуживают|не должны (?:работать|лечить|быть))",
    ),
    (
        "risk.harassment",
        "ru",
        "group-degraded-2",
        r"\b" + _H_RU_GROUPS + r"[^.!?;\n]{0,50}?(?:\s|—|-|^)" + _H_RU_GROUP_DEG + r"(?![а-яё])",
    ),
    # a condition blamed on the person's stupidity, eating or weight, said to them ("инфаркт у тебя от тупости")
    (
        "risk.harassment",
        "en",
        "illness-blamed",
        r"\b(?:go |just )?(?:get|catch) (?:cancer|aids|ebola|covid|a tumou?r) and die\b|\b(?:your|ur) (?:heart|brain|diabetes|cancer|illness|condition|disease|bp|blood pressure)\b[^.!?\n]{0,30}?\b(?:weak|pathetic|useless|sad) (?:as|like) (?:your|ur)\b|\bno wonder (?:you|u|ur|your|she|he) (?:have|has|got|are|is|r)\b[^.!?\n]{0,30}?\b(?:fat|whale|pig|cow|lazy|stupid|dumb|gross|ugly)\b",
    ),
    (
        "risk.harassment",
        "es",
        "illness-blamed",
        r"\bnormal que (?:tengas|tenga|te d[eé]|est[eé]s)\b[^.!?\n]{0,40}?\b(?:con lo que (?:tragas|comes|traga|come)|gord[oa]|cerd[oa]|vaca|ballena|tont[oa])\b|\bcon lo que tragas\b",
    ),
    (
        "risk.harassment",
        "ru",
        "illness-blamed",
        r"\b(?:инфаркт|инсульт|диабет|давление|болезн\w+|рак)\b[^.!?\n]{0,20}?\bот (?:тупости|жадности|обжорства|глупости)\b|\bс таким (?:весом|пузом|жиром|задом)\b[^.!?\n]{0,50}?(?:неудивительно|корова|свинья|бегемот|жирн\w+)",
    ),
]
_H_EN_FLAW = r"(?:belly|gut|beer belly|double chin|chins|cankles|muffin top|love handles|moobs|man boobs|acne(?: scars)?|zits|pimples|wrinkles|lisp|stutter|unibrow|moustache|mustache|hairline|bald spot|buck teeth|teeth|nose|ears|forehead|fivehead|thighs|rolls|fat rolls|jowls|turkey neck|neck|voice|accent)"
_H_EN_MOCK = r"(?:lol|lmao|lmfao|haha|😂|🤣|🤢|🤮|💀|ew+|gross|disgusting|painful|cringe|who (?:takes|would|let|hired)|how is|no amount|can'?t (?:save|fix|hide)|hide|cover|moon face|pizza face)"
_H_ES_FLAW = r"(?:panza|barriga|barrigota|tripa|papada|lonjas|rollos|manchas|granos|espinillas|acn[eé]|arrugas|nariz|narizota|dientes|orejas|frente|calva|muslos|celulitis|cuerpo|voz|vocecita|acento|bigote|ceceo|tartamudeo)"
_H_ES_MOCK = r"(?:ja(?:ja)+|jaj\w*|xd|qu[eé] asco|asco|qui[eé]n te (?:va a )?(?:creer|cree|contrat)|ni con (?:cirug[ií]a|dieta|gimnasio)|pareces|t[aá]pa(?:te|la|lo)|arreglas|da grima|da pena|vergüenza|verg[uü]enza|🤢|🤮|😂)"
_H_RU_FLAW = r"(?:пуз\w*|брюх\w*|живот\w*|прыщ\w*|кож\w+|морщин\w*|нос\w*|носяр\w+|зуб\w*|уши|ушами|ушей|лысин\w*|голос\w*|акцент\w*|ляжк\w+|жир\w*|подбород\w+|щёк\w*|щек\w*|фигур\w+|шепелявост\w*|заикани\w*)"
_H_RU_MOCK = r"(?:сначала|вылечи|фу+|ахах\w*|хах\w*|кто (?:тебя|вас|её|ее|его) (?:взял|пустил|учил)|позорищ\w*|позор|убери|спрячь|прикрой|ну и|жесть|кошмар|🤢|🤮|😂)"
_EIGHTH += [
    # ------------------------------------------------------------ two insults stacked and aimed ("host is a fat loser")
    (
        "risk.harassment",
        "en",
        "stacked-aimed",
        _H_EN_WHO
        + r"[^.!?;\n]{0,20}?\b(?:is|are|'?s|'?re|r|such|what|you|u|ur)\b (?:an? |the |such an? |total |complete |absolute |fucking )?(?:(?:fat|ugly|obese|bald|old|stinky|smelly|filthy|disgusting|inbred|brainwashed|toothless|pathetic|worthless)(?: ass)? ){1,2}(?:loser|idiot|moron|clown|freak|creep|fraud|failure|dumbass|imbecile|nobody|joke|bum|slob|mess|hag|witch|bitch)\b",
    ),
    # ------------------------------------------------------------ the body, a scar, the voice or the accent pointed at and laughed at
    (
        "risk.harassment",
        "en",
        "flaw-pointed",
        r"\b(?:that|this|those|these|your|ur|his|her|with|has|got)\s+(?:\w+ )?"
        + _H_EN_FLAW
        + r"\b[^\n]{0,40}?"
        + _H_EN_MOCK
        + r"|\b(?:lose|drop) (?:some|the) (?:weight|pounds|lbs)\b[^\n]{0,20}?(?:fatty|fatso|pig|cow|whale|lol|lmao|😂|first)|\bput (?:the|that|your) fork down\b|\b(?:put|set) (?:down )?(?:the|that|your|ur) (?:donut|doughnut|burger|cake|pizza|fork|fries|cookie)s?(?: down)?\b|(?:@\w+|\b(?:you|u|ur)\b)[^.!?\n]{0,20}?\b(?:maybe |just |pls |please )?(?:stop eating(?! (?:the|my|our|your|ur|those|that|these|this|all|so|during)\b)|eat less|lay off the (?:donuts|burgers|snacks|cake|pizza|fries))\b|\bhow many (?:donuts|burgers|pizzas|cakes|cheeseburgers)\b[^\n]{0,40}?\b(?:you|u|he|she)\b"
        + r"|\b(?:rate|rating) (?:the |her |his |that )?(?:\w+'?s? )?(?:body|face|looks|ass|boobs|legs)\b[^\n]{0,20}?\b\d{1,2}\b|\b(?:she'?s|he'?s|you'?re|ur|the host'?s) the before (?:picture|pic|photo)\b",
    ),
    (
        "risk.harassment",
        "es",
        "flaw-pointed",
        r"\b(?:esa|ese|esas|esos|tu|tus|su|sus|con esa|con ese|con esas|con esos|con esta|con tanta)\s+(?:\w+ )?"
        + _H_ES_FLAW
        + r"\b[^\n]{0,40}?"
        + _H_ES_MOCK
        + r"|\bni con (?:cirug[ií]a|mil dietas|gimnasio|photoshop)\b[^\n]{0,30}?\b(?:arreglas|arregla|te salvas|tienes arreglo|se arregla)\b|\b(?:ponte|ponerte) a dieta\b[^\n]{0,20}?\b(?:gord[oa]|cerd[oa]|vaca|foca|ballena)\b|\bdeja de (?:tragar|zampar|comer)\b|\bcome menos\b",
    ),
    (
        "risk.harassment",
        "ru",
        "flaw-pointed",
        r"\b(?:эта|этот|эти|это|эту|этой|этим|этими|твой|твоя|твои|твою|твоей|твоим|твоими|с такой|с таким|с такими|с этой|с этим|с этими|с твоей|с твоим|с твоими|ну и)\s+(?:\w+ )?"
        + _H_RU_FLAW
        + r"[^\n]{0,40}?"
        + _H_RU_MOCK
        + r"|\b(?:прыщав\w+|жирн\w+|толст\w+|лопоух\w+|кривозуб\w+|лысая|лысый)\b,? (?:сначала|иди|вылечи|похудей|убери)\b|\b(?:похудей|меньше жри|не жри|жрать меньше|хватит жрать|перестань жрать|хватит есть)\b",
    ),
    # ------------------------------------------------------------ the family shamed for the person ("your kids must be embarrassed")
    (
        "risk.harassment",
        "en",
        "family-shamed",
        r"\b(?:your|ur) (?:kids|children|mom|mother|dad|father|parents|family|husband|wife|son|daughter)\b[^.!?\n]{0,20}?\b(?:must be|should be|are|is) (?:so )?(?:embarrassed|ashamed|disgusted|mortified)\b|\b(?:your|ur) (?:mom|mother|parents) should (?:have|'?ve) (?:aborted|swallowed)\b",
    ),
    (
        "risk.harassment",
        "es",
        "family-shamed",
        r"\btu (?:madre|padre|familia|hij[oa]|mam[aá]|pap[aá]|marido|mujer)\b[^.!?\n]{0,20}?\b(?:debe|deber[ií]a|estar[aá]|tiene que) (?:estar )?(?:llorar|llorando|avergonzad[oa]|muerta de verg[uü]enza|asquead[oa])\b|\btus (?:hijos|padres) (?:deben|deber[ií]an|estar[aá]n) (?:estar )?(?:avergonzados|llorando)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "family-shamed",
        r"\b(?:тво\w+|ваш\w+) (?:дет\w+|мам\w+|матер\w+|отц\w+|отец|родител\w+|семь\w+|муж\w*|жен\w+|сын\w*|доч\w+)\b[^.!?\n]{0,20}?(?:стыдно|позорно|противно)\b|\bстыдно за так\w+ (?:мать|отца|жену|мужа|дочь|сына)\b",
    ),
    # ------------------------------------------------------------ orientation mocked by its usual innuendo ("too fruity", "de la otra acera", "из этих")
    (
        "risk.harassment",
        "en",
        "orientation-mocked",
        r"\b(?:a (?:bit|little) )?(?:too )?fruity\b|\blight in the (?:loafers|sandals)\b|\blimp[- ]wristed\b|\b(?:obviously|clearly|probably|def(?:initely)?) (?:one of them|one of those|a (?:fag|queer|homo))\b|\bplays for the other team\b",
    ),
    (
        "risk.harassment",
        "es",
        "orientation-mocked",
        r"\bde la otra acera\b|\bbatea (?:para|del) (?:el )?otro lado\b|\btiene (?:mucha )?pluma\b|\bm[aá]s marica que\b|\ble gusta la carne\b",
    ),
    (
        "risk.harassment",
        "ru",
        "orientation-mocked",
        r"\b(?:явно|точно|сразу видно|походу|видимо) (?:из этих|не по девочкам|не по бабам|голуб\w+|петуш\w+)\b|\bголуб(?:ой|ая|ые) как\b|\bне по девочкам\b",
    ),
]
# Someone too ugly, fat or old to be shown ("how did someone this ugly get on tv"), a partner pitied ("your wife must
# be blind").
_EIGHTH += [
    (
        "risk.harassment",
        "en",
        "unfit-shown",
        r"\b(?:how|why) (?:did|does|do|is|are|would|was) (?:someone|anyone|somebody|a \w+|they let (?:someone|a \w+)|this \w+)(?: \w+)? (?:this|that|so) (?:ugly|fat|old|gross|hideous|stupid|dumb)\b"
        + r"|\b(?:your|ur|his|her) (?:wife|husband|gf|bf|girlfriend|boyfriend|partner)\b[^.!?\n]{0,15}?\b(?:must|has to|should) be (?:blind|deaf|desperate|a saint)\b",
    ),
    (
        "risk.harassment",
        "es",
        "unfit-shown",
        r"\b(?:c[oó]mo|por qu[eé]) (?:dejan|ponen|permiten|sacan)\b[^.!?\n]{0,30}?\b(?:tan|as[ií] de) (?:fe[oa]|gord[oa]|viej[oa]|tont[oa]|asqueros[oa])\b"
        + r"|\btu (?:mujer|marido|esposa|esposo|novia|novio|pareja)\b[^.!?\n]{0,15}?\bdebe (?:de )?(?:ser|estar) (?:ciega|ciego|sord[oa]|desesperad[oa])\b",
    ),
    (
        "risk.harassment",
        "ru",
        "unfit-shown",
        r"\bкак (?:такую|такого|таких|эту|этого) (?:страшн\w+|жирн\w+|тупу\w+|тупого|уродлив\w+|стар\w+|толст\w+) (?:пустили|взяли|показывают|держат|выпустили)\b"
        + r"|\bтво\w+ (?:жена|муж|девушка|парень)\b[^.!?\n]{0,15}?(?:слеп\w+|глух\w+)\b",
    ),
]
COMPOSITIONS += _EIGHTH

# ================================================================ eighth round: claims composed (remedy x cure verb x condition)
# A claim is a remedy, a product or a practice said to cure, prevent, reverse or replace the treatment of a
# condition (in the active, the passive and the noun: "X stops a heart attack", "is cured by", "la cura para"), a
# treatment blamed for a disease, a disease denied or given a single false cause, an order to stop a treatment, a
# disease promised never to come, a recovery told as the remedy's proof, a cure said to be hidden. Lexicons are
# broad classes (remedies from the kitchen, the shop and the wellness trade; conditions from the heart to the
# mind), so that a remedy or a disease nobody listed before still composes.
_C_EN_REMEDY = r"(?:cayenne(?: pepper)?|pepper|onions?|garlic|ginger|turmeric|cinnamon(?: \w+)?|honey|raw honey|vinegar|apple cider vinegar|lemons?|lemon water|baking soda|salt|himalayan salt|sea water|alkaline water|structured water|hydrogen water|celery juice|juices?|juicing|bone broth|broth|tea|teas|herbs?|herbal \w+|collagen(?: powder)?|serum|gummies|drops|capsules?|pills? from \w+|powder|shakes?|pre-?workout|bracelets?|magnets?|magnetic \w+|copper \w+|crystals?|oils?|essential oils?|olive oil|coconut oil|castor oil|magnesium(?: oil)?|zinc|vitamin [a-z]\d{0,2}|b12|vitamin \w+|supplements?|extracts?|berberine|creatine|cbd|cbd oil|kratom|chaga|mushrooms?|moringa|ashwagandha|whiskey|vodka|red wine|coffee enemas?|enemas?|fasting|water fasting|dry fasting|keto|carnivore diet|cold showers?|sunlight|sun ?gazing|grounding|earthing|chiropractic|adjustments|cupping|acupuncture|homeopathy|reiki|prayer|frequencies|frequency \w+|this (?:\w+ )?(?:stuff|product|blend|formula|drink|powder|serum|oil|tea|supplement|bracelet|device|patch|spray|cream)|our (?:\w+ )?(?:blend|formula|product|tea|drops|oil|capsules|gummies|supplement))"
_C_EN_CURE = r"(?:cures?|cured|heals?|healed|reverses?|reversed|regrows?|regenerates?|rebuilds?|repairs?|dissolves?|unclogs?|clears? (?:out|up)?|melts?|flushes? out|stops?|prevents?|eliminates?|eradicates?|kills?|destroys?|fixes|fixed|replaces?|beats?|wipes? out|gets? rid of|does the same (?:thing|job)? as|works (?:better|faster) than|is (?:the|a) (?:cure|remedy|fix|answer) (?:for|to)|is better than (?:any|all|your)|thins? (?:the|your) blood)"
_C_EN_COND = r"(?:a?fib|atrial fibrillation|heart attacks?|strokes?|blood clots?|clots|blocked arteries|clogged arteries|arteries|plaque|heart valves?|heart (?:disease|failure|rhythm|problems)|arrhythmias?|high blood pressure|hypertension|blood pressure|cholesterol|cartilage|arthritis|arthrosis|joint pain|knee surgery|surgery|cancers?|tumou?rs?|cancer cells|diabetes|type ?[12](?: diabetes)?|insulin resistance|myopia|glasses|bronchitis|pneumonia|asthma|epilepsy|seizures|anxiety|depression|adhd|autism|alzheimer'?s|dementia|parkinson'?s|ms|lupus|psoriasis|eczema|leaky gut|candida|kidney stones|gallstones|stones|toxins|parasites|infections?|any infection|flu|the flu|colds?|covid|hiv|aids|herpes|hepatitis|aging|ageing|wrinkles|obesity|belly fat|thyroid|hashimoto'?s|infertility|all (?:diseases|illness(?:es)?|disease)|every (?:disease|illness)|any (?:disease|illness))"
_C_EN_ABSOLUTE = r"(?:for good|forever|permanently|completely|totally|naturally|instantly|overnight|in (?:\d+|one|two|three|a few) (?:seconds|minutes|hours|days|weeks)|within (?:\d+|a few) (?:days|weeks)|100 ?%|guaranteed|every time|always works|at the cellular level|no more|never again|without (?:meds|medication|pills|surgery|drugs|diet)|better than (?:any|all)|\d+(?:[.,]\d+)? ?(?:x|times) (?:more|stronger|better)|the real cure|no need for|you don'?t need)"
_C_EN_TREAT = r"(?:vaccines?|vaccinations?|vax|jabs?|the jab|shots?|flu shots?|mmr(?: shot| vaccine)?|hep b(?: shot| vaccine)?|covid (?:shot|vaccine|jab)s?|boosters?|statins?|antihypertensives?|blood pressure (?:meds|pills)|antidepressants?|ssris?|chemo(?:therapy)?|radiation|antibiotics|fluoride|wifi|wi-fi|routers?|5g|cell towers|microwaves?|sunscreen|mammograms?|epidurals?|ultrasounds?|generics)"
_C_EN_HARM = r"(?:autism|autistic|dementia|alzheimer'?s|allergies|adhd|diabetes|cancer|turbo cancer|leukemia|infertility|sterility|miscarriages?|heart (?:palpitations|attacks?|problems|disease|damage)|palpitations|myocarditis|blood clots?|clots|strokes?|sids|brain damage|seizures|the flu|flu|covid|asthma|eczema|paralysis|death|deaths|more (?:deaths|harm|people) than)"
_C_ES_REMEDY = r"(?:pimienta(?: de cayena)?|cayena|cebolla|ajo|agua de ajo|jengibre|c[uú]rcuma|canela|t[eé] de \w+|miel|vinagre(?: de manzana)?|lim[oó]n|bicarbonato|sal(?: del himalaya| marina| rosa)?|agua de mar|agua alcalina|agua estructurada|jugos?|zumos?|caldo de huesos|hierbas?|col[aá]geno|s[eé]rum|gominolas|gotas|c[aá]psulas?|pastillas naturales|polvo|batidos?|pulseras?|im[aá]n(?:es)?|magnetos?|cristales|aceites?(?: esenciales?| de \w+)?|magnesio|zinc|vitamina \w+|suplementos?|extractos?|berberina|cbd|guan[aá]bana|moringa|chaga|hongos|setas|whisky|vodka|vino tinto|ayuno|dieta (?:keto|cetog[eé]nica|alcalina|sin gluten|carn[ií]vora)|keto|duchas fr[ií]as|el sol|mirar al sol|acupuntura|homeopat[ií]a|reiki|oraci[oó]n|frecuencias|este (?:\w+ )?(?:producto|t[eé]|extracto|batido|suplemento|aceite|polvo|preparado|jarabe)|esta (?:\w+ )?(?:f[oó]rmula|mezcla|pulsera|crema|infusi[oó]n)|nuestro (?:\w+ )?(?:t[eé]|producto|extracto|suplemento|batido))"
_C_ES_CURE = r"(?:cura|curan|cur[oó]|sana|sanan|revierte|revierten|regenera|regeneran|reconstruye|repara|disuelve|disuelven|destapa|limpia|limpian|derrite|detiene|detienen|para|previene|previenen|elimina|eliminan|erradica|mata|matan|acaba con|sustituye|sustituyen|reemplaza|reemplazan|es (?:la|una) cura (?:para|de|contra)|es (?:el|un) mejor (?:antibi[oó]tico|remedio|medicamento)|funciona mejor que|es mejor que|es m[aá]s fuerte que|licua la sangre|regula|baja|quema)"
_C_ES_COND = r"(?:(?:el |la |los |las |un |una )?(?:infartos?|ictus|derrames?|co[aá]gulos|trombos|arterias|placa|v[aá]lvulas|arritmias?|fibrilaci[oó]n|tensi[oó]n(?: alta)?|presi[oó]n(?: alta)?|hipertensi[oó]n|colesterol|cart[ií]lago|artrosis|artritis|c[aá]ncer(?:es)?|tumou?r(?:es)?|c[eé]lulas (?:malas|cancerosas|del c[aá]ncer)|diabetes|az[uú]car|resistencia a la insulina|miop[ií]a|gafas|bronquitis|neumon[ií]a|asma|epilepsia|ansiedad|depresi[oó]n|tdah|autismo|alzh?eimer|demencia|parkinson|esquizofrenia|psoriasis|eczema|piedras|c[aá]lculos|toxinas|par[aá]sitos|infecciones|la gripe|gripe|resfriados?|covid|vih|sida|herpes|hepatitis|envejecimiento|arrugas|obesidad|grasa|tiroides|infertilidad|todas las enfermedades|cualquier enfermedad|quimio(?:terapia)?|sintrom|anticoagulantes?|pastillas))"
_C_ES_ABSOLUTE = r"(?:para siempre|definitivamente|al instante|en (?:\d+|un|una|dos|tres|pocos) (?:segundos|minutos|horas|d[ií]as|semanas)|100 ?%|garantizad[oa]|siempre funciona|sin (?:pastillas|medicamentos|cirug[ií]a|operar|dieta|efectos)|ya no (?:hace falta|necesitas)|adi[oó]s (?:\w+ )?(?:pastillas|diabetes|medicamentos|gafas|insulina)|\d+(?:[.,]\d+)* veces m[aá]s|mejor que cualquier|la verdadera cura)"
_C_ES_TREAT = r"(?:vacunas?|la vacuna de (?:la )?\w+|la vacuna|pinchazos?|estatinas|antihipertensivos|antidepresivos|quimio(?:terapia)?|antibi[oó]ticos|fl[uú]or|wifi|antenas|5g|microondas|mamograf[ií]as|gen[eé]ricos)"
_C_ES_HARM = r"(?:autismo|autistas|demencia|alzh?eimer|alergias|tdah|diabetes|c[aá]ncer|leucemia|infertilidad|esterilidad|abortos?|infartos?|palpitaciones|miocarditis|co[aá]gulos|trombos|ictus|muerte s[uú]bita|la gripe|gripe|convulsiones|par[aá]lisis|da[ñn]o cerebral|m[aá]s muertes)"
_C_RU_REMEDY = r"(?:(?:кайенск\w+ )?пер(?:ец|цем|ца)|лук\w*|чеснок\w*|имбир\w*|куркум\w*|кориц\w*|м[её]д\w*|уксус\w*|лимон\w*|сод\w+|гималайск\w+ сол\w+|сол[ьи]|морск\w+ вод\w+|щелочн\w+ вод\w+|структурированн\w+ вод\w+|вод(?:а|ой|у)|сок\w*|бульон\w*|трав\w+|отвар\w*|настойк\w+|коллаген\w*|сыворотк\w+|капл\w+|капсул\w+|порош\w+|коктейл\w+|браслет\w*|магнит\w*|кристалл\w*|масл\w+|магни\w+|цинк\w*|витамин\w*(?: \w)?|бад\w*|добавк\w+|экстракт\w*|берберин\w*|кбд|cbd|чаг\w+|гриб\w*|водк\w+|красн\w+ вин\w+|голодани\w+|кето|холодн\w+ душ\w*|солнц\w+|смотреть на солнце|иглоукалывани\w+|гомеопати\w+|молитв\w+|частот\w+|чистк\w+ печени|эт\w+ (?:средство|препарат|порошок|чай|масло|бальзам|капли|браслет|крем)|наш\w* (?:\w+ )?(?:бад\w*|средство|препарат|чай|капли|комплекс))"
_C_RU_CURE = r"(?:лечит|лечат|вылечивает|вылечивают|излечивает|исцеляет|восстанавливает|регенерирует|омолаживает|растворяет|растворяют|выводит|выводят|чистит|очищает|останавливает|останавливают|предотвращает|предотвращают|убирает|убирают|убивает|убивают|уничтожает|заменяет|заменяют|разжижает|снижает|снижают|нормализует|регулирует|сжигает|избавляет от|лучше (?:любых|всех|чем)|сильнее (?:химии|антибиотиков|таблеток))"
_C_RU_COND = r"(?:инфаркт\w*|инсульт\w*|тромб\w*|сосуд\w*|бляшк\w+|клапан\w*|аритми\w+|давлени\w+|гипертони\w+|холестерин\w*|хрящ\w*|артроз\w*|артрит\w*|рак\w*|опухол\w+|раков\w+ клет\w+|диабет\w*|сахар\w*|близорукост\w+|очки|бронхит\w*|пневмони\w+|астм\w+|эпилепси\w+|тревожност\w+|тревог\w+|депресси\w+|сдвг|аутизм\w*|деменци\w+|альцгеймер\w*|паркинсон\w*|шизофрени\w+|псориаз\w*|экзем\w+|камн\w+|токсин\w*|шлак\w*|паразит\w*|инфекци\w+|грипп\w*|простуд\w+|ковид\w*|вич|спид\w*|герпес\w*|гепатит\w*|старени\w+|морщин\w*|ожирени\w+|жир\w*|щитовидк\w+|бесплоди\w+|все болезни|любые болезни|любую болезнь|химию|химиотерапию|лекарства|таблетки)"
_C_RU_ABSOLUTE = r"(?:навсегда|полностью|мгновенно|за (?:\d+|одну|один|две|три|пару|несколько) (?:секунд\w*|минут\w*|час\w*|дн\w+|недел\w+|месяц\w*)|за минуту|за неделю|за месяц|100 ?%|гарантированн\w+|гарантия|без (?:таблеток|лекарств|операци\w+|диет\w*|химии)|на \d+ лет|в \d+ раз|любые|все болезни|никогда не будет|проверено)"
_C_RU_TREAT = r"(?:прививк\w*|вакцин\w*|укол\w*|статин\w*|антидепрессант\w*|химиотерапи\w+|хими(?:я|и|ю)|антибиотик\w*|фтор\w*|вай-?фай|wi-?fi|5g|вышк\w+|микроволновк\w+|маммографи\w+|дженерик\w*|кроверазжижающ\w+)"
_C_RU_HARM = r"(?:аутизм\w*|аутист\w*|деменци\w+|альцгеймер\w*|аллерги\w+|сдвг|диабет\w*|рак\w*|лейкоз\w*|бесплоди\w+|выкидыш\w*|инфаркт\w*|миокардит\w*|тромб\w*|инсульт\w*|грипп\w*|паралич\w*|смерт\w+)"
_C_NOT_IRONIC = r"(?![^.!?\n]{0,25}(?:about as well as|as well as \w+ \w+ cure|tanto como|так же,? как))"
_C_EIGHTH: list[Composition] = [
    # ------------------------------------------------------------ a remedy with a cure verb and a condition (active)
    (
        "risk.medical_claim",
        "en",
        "remedy-composed",
        r"\b"
        + _C_EN_REMEDY
        + r"\b"
        + GAP
        + r"\b"
        + _C_EN_CURE
        + r"\b"
        + r"[^.!?;\n]{0,25}?\b"
        + _C_EN_COND
        + r"\b"
        + _C_NOT_IRONIC,
    ),
    (
        "risk.medical_claim",
        "es",
        "remedy-composed",
        r"\b"
        + _C_ES_REMEDY
        + r"\b"
        + GAP
        + r"\b"
        + _C_ES_CURE
        + r"\b"
        + r"[^.!?;\n]{0,25}?"
        + _C_ES_COND
        + r"\b"
        + _C_NOT_IRONIC,
    ),
    (
        "risk.medical_claim",
        "ru",
        "remedy-composed",
        r"(?<![а-яё])"
        + _C_RU_REMEDY
        + GAP
        + r"(?<![а-яё])"
        + _C_RU_CURE
        + r"[^.!?;\n]{0,25}?(?<![а-яё])"
        + _C_RU_COND
        + _C_NOT_IRONIC,
    ),
    # ------------------------------------------------------------ any subject, stated as an absolute ("stops afib for good", "в 10 000 раз сильнее химии")
    (
        "risk.medical_claim",
        "en",
        "cure-absolute",
        r"(?<!\bcan )(?<!\bmay )(?<!\bmight )(?<!\bhelp )(?<!\bhelps )(?<!\bcould )\b"
        + _C_EN_CURE
        + r"\b[^.!?;\n]{0,25}?\b"
        + _C_EN_COND
        + r"\b[^.!?;\n]{0,30}?\b"
        + _C_EN_ABSOLUTE
        + r"|\b"
        + _C_EN_ABSOLUTE
        + r"\b[^.!?;\n]{0,40}?\b"
        + _C_EN_CURE
        + r"\b[^.!?;\n]{0,25}?\b"
        + _C_EN_COND
        + r"\b"
        + r"|[=➡→]\s*(?:no more|bye bye|goodbye|adios|adiós|zero|cured)\s+(?:\w+ )?"
        + _C_EN_COND
        + r"\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "cure-absolute",
        r"(?<!\bpuede )(?<!\bayuda a )(?<!\bpueden )\b"
        + _C_ES_CURE
        + r"\b[^.!?;\n]{0,25}?"
        + _C_ES_COND
        + r"\b[^.!?;\n]{0,30}?"
        + _C_ES_ABSOLUTE
        + r"|"
        + _C_ES_ABSOLUTE
        + r"[^.!?;\n]{0,40}?\b"
        + _C_ES_CURE
        + r"\b[^.!?;\n]{0,25}?"
        + _C_ES_COND
        + r"\b"
        + r"|(?:[=➡→]|\bes)\s*(?:adi[oó]s|chao|cero|bye bye)\s+(?:\w+ )?"
        + _C_ES_COND
        + r"\b|\b(?:diabetes|c[aá]ncer|tumor\w*|artritis|artrosis|hipertensi[oó]n|tensi[oó]n|presi[oó]n|colesterol|asma|psoriasis|depresi[oó]n|ansiedad|epilepsia|autismo|migra[ñn]as?|gripe|infecciones)\b"
        + r"[^.!?;\n]{0,15}?\bse (?:cura|curan|revierte|revierten|elimina|quita|va) (?:con|solo con|s[oó]lo|dejando|comiendo|tomando)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "cure-absolute",
        r"(?<!может )(?<!помогает )(?<![а-яё])"
        + _C_RU_CURE
        + r"[^.!?;\n]{0,25}?(?<![а-яё])"
        + _C_RU_COND
        + r"[^.!?;\n]{0,30}?(?<![а-яё])"
        + _C_RU_ABSOLUTE
        + r"|(?<![а-яё])"
        + _C_RU_ABSOLUTE
        + r"[^.!?;\n]{0,40}?(?<![а-яё])"
        + _C_RU_CURE
        + r"[^.!?;\n]{0,25}?(?<![а-яё])"
        + _C_RU_COND
        + r"|\b(?:лечится|лечатся|вылечивается|уходит|уйд[её]т|проходит) (?:\w+ )?(?:только |просто )?(?:содой|голоданием|травами|соком|медом|мёдом|водой|молитвой|очищением|чисткой)",
    ),
    # ------------------------------------------------------------ a treatment blamed for a disease ("the flu shot is what gives old people dementia")
    (
        "risk.medical_claim",
        "en",
        "treatment-blamed-2",
        r"\b"
        + _C_EN_TREAT
        + r"\b[^.!?;\n]{0,30}?\b(?:causes?|caused|causing|gives?|gave|is what gives|leads? to|led to|triggers?|made|makes|turns?|kills? more (?:people )?than)\b[^.!?;\n]{0,25}?\b"
        + _C_EN_HARM
        + r"\b"
        + r"|(?<!syntactic )\b(?:sugar|gluten|seed oils|dairy|microwaved food|aluminum) (?:causes?|is the (?:real )?cause of|gives (?:you|kids) )\b[^.!?;\n]{0,15}?\b(?:adhd|autism|cancer|heart disease|dementia|alzheimer'?s)\b"
        + r"|\b(?:all|every|most) (?:cancer|cancers|disease|diseases|illness|illnesses) (?:comes?|come) from\b|\b(?:is|are) (?:just|only|really|actually) (?:a )?(?:vitamin|mineral|magnesium|b12) deficienc(?:y|ies)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "treatment-blamed-2",
        r"\b"
        + _C_ES_TREAT
        + r"\b[^.!?;\n]{0,30}?\b(?:causa|causan|caus[oó]|provoca|provocan|provoc[oó]|da|dan|te da|produce|producen|genera|generan|mata m[aá]s que)\b[^.!?;\n]{0,20}?\b"
        + _C_ES_HARM
        + r"\b"
        + r"|\b(?:el az[uú]car|el gluten|los aceites de semillas|la leche) (?:causa|provoca|da)\b[^.!?;\n]{0,15}?\b(?:tdah|autismo|c[aá]ncer|alzh?eimer)\b"
        + r"|\b(?:todo|todos los|toda|todas las) (?:c[aá]ncer|c[aá]nceres|enfermedad|enfermedades) (?:viene|vienen|sale|salen|es|son) (?:de|por)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "treatment-blamed-2",
        r"(?<![а-яё])"
        + _C_RU_TREAT
        + r"[^.!?;\n]{0,30}?\b(?:вызывает|вызывают|вызвал\w*|приводит к|приводят к|дают|даёт|дает|провоцирует|провоцируют|убивает больше)\b[^.!?;\n]{0,20}?(?<![а-яё])"
        + _C_RU_HARM
        + r"|\b(?:после|от) (?:прививк\w+|вакцин\w+|укол\w+)\b[^.!?;\n]{0,40}?(?:становятся аутистами|заболеваешь|заболевают|умрут|умирают|тромбы|аутизм\w*|бесплоди\w+)"
        + r"|\bсахар (?:вызывает|даёт|дает) (?:рак|сдвг|аутизм)|\bвсе (?:болезни|болячки|раки|виды рака) (?:от|из-за) (?:обид|паразитов|эмоций|кислотност\w+|шлаков)",
    ),
    # ------------------------------------------------------------ a disease denied, or called harmless or normal
    (
        "risk.medical_claim",
        "en",
        "disease-denied",
        r"\b(?:viruses|germs|germ theory|cholesterol|high blood pressure|adhd|depression|covid|aids|hiv|autism|cancer|the virus|bipolar(?: disorder)?|mental illness|viral infections)\b[^.!?;\n]{0,15}?\b(?:don'?t exist|doesn'?t exist|do not exist|does not exist|is a myth|are a myth|is a hoax|is made up|was invented|is an invention|is harmless|is good for you|is normal at|isn'?t real|aren'?t real)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "disease-denied",
        r"\b(?:los virus|los g[eé]rmenes|el colesterol(?: alto)?|la tensi[oó]n alta|la hipertensi[oó]n|el tdah|la depresi[oó]n|el covid|el sida|el vih|el autismo|el c[aá]ncer|la esquizofrenia)\b[^.!?;\n]{0,25}?\b(?:no existen?|es un invento|son un invento|es mentira|es un mito|no hace da[ñn]o|es buena|es sana|no hay que bajarla|es un negocio)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "disease-denied",
        r"(?:вирус\w*|микроб\w*|холестерин\w*|давлени\w+|гипертони\w+|сдвг|депресси\w+|ковид\w*|спид\w*|вич|аутизм\w*|рак\w*)\b[^.!?;\n]{0,40}?(?:не существу\w+|выдумк\w+|выдумали|миф\w*|это норма|норма для|не влияет|не нужно сбивать|не сбивайте|не надо сбивать|придумал\w* фарм\w*)",
    ),
    # ------------------------------------------------------------ a raised reading called healthy, never to be lowered
    (
        "risk.medical_claim",
        "en",
        "never-lower",
        r"\b(?:high blood pressure|blood pressure|hypertension|fever|cholesterol|blood sugar)\b[^.!?\n]{0,60}?\b(?:never|don'?t|do not) (?:lower|treat|reduce|bring down|medicate) (?:it|them|your \w+)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "never-lower",
        r"\b(?:la (?:presi[oó]n|tensi[oó]n)(?: alta)?|la hipertensi[oó]n|la fiebre|el colesterol|el az[uú]car)\b[^.!?\n]{0,60}?\b(?:nunca|no) (?:la |lo )?(?:bajes|bajen|baj[eé]is|trates|traten|mediques|mediquen)\b|\bno hay que bajarla\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "never-lower",
        r"(?:давлени\w+|гипертони\w+|температур\w+|холестерин\w*|сахар\w*)[^.!?\n]{0,60}?(?:никогда )?не (?:снижайте|сбивайте|лечите|понижайте|сбивай|снижай)\b",
    ),
    # ------------------------------------------------------------ stop or refuse a treatment, widely named
    (
        "risk.medical_claim",
        "en",
        "stop-treatment-2",
        r"\b(?:stop|quit|ditch|drop|dump|toss|skip|throw (?:out|away)|flush|get off|come off|ditching|quitting|stopping)\b (?:taking |using |your |ur |the |all |all your |those |that )?(?:\w+ )?(?:blood thinners?|eliquis|xarelto|warfarin|coumadin|lithium|ssris?|antidepressants?|statins?|insulin|inhalers?|aspirin|metformin|levothyroxine|thyroid meds|seizure meds|bp meds|blood pressure meds|chemo|pharmacy (?:stuff|junk|crap|drugs|poison)|big pharma (?:drugs|pills)|meds|pills|medications?)\b[^.!?\n]{0,40}?(?:cold turkey|it works|trust me|you don'?t need|instead|naturally|for good|use (?:this|these|my|our)|drink (?:this|these|my|our))"
        + r"|\b(?:so|now) (?:i|you|we|she|he) (?:don'?t|dont|do not|no longer) (?:need|take) (?:my|your|his|her|the|any) (?:\w+ )?(?:eliquis|blood thinners?|aspirin|insulin|meds|pills|statins?|inhaler|chemo|medications?)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "stop-treatment-2",
        r"\b(?:deja|dejad|dejen|no tomen|no tom[eé]is|no tomes|tira|tirad|tiren|olv[ií]date de|adi[oó]s a)\b (?:de tomar )?(?:tu |tus |la |el |los |las )?(?:\w+ )?(?:anticoagulantes?|sintrom|insulina|antidepresivos|estatinas|amoxicilina|antibi[oó]ticos|inhalador|aspirina|metformina|pastillas|medicamentos|quimio(?:terapia)?|gafas|lentes|tratamiento)\b"
        + r"|\bya no (?:tomo|toma|tomamos|necesito|necesita|necesitas|hace falta) (?:el |la |los |las |mi |su |tu )?(?:\w+ )?(?:anticoagulante|sintrom|insulina|pastillas|medicamentos?|operar|cirug[ií]a|quimio|aspirina)\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "stop-treatment-2",
        r"\b(?:хватит пить|хватит колоть|бросайте|бросьте|не пейте|не давайте|откажитесь от|выбросьте|выкиньте|забудьте про|не сбивайте|не колите)\b (?:\w+ )?(?:кроверазжижающ\w+|антикоагулянт\w*|инсулин\w*|антидепрессант\w*|статин\w*|антибиотик\w*|лити\w+|ингалятор\w*|аспирин\w*|таблетк\w*|таблеток|лекарств\w*|химию|очки|давление)",
    ),
    # ------------------------------------------------------------ a disease promised never to come ("you will never get a stroke")
    (
        "risk.medical_claim",
        "en",
        "never-disease",
        r"\b(?:you|u|ya|you'?ll|your kids|they|people)(?: will| would|'ll)? never (?:get|have|suffer|see|catch)\b (?:a |another |any )?(?:\w+ )?(?:strokes?|heart attacks?|cancer|diabetes|dementia|alzheimer'?s|flu|colds?|infections?|clots|high blood pressure|sick)\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "never-disease",
        r"\bnunca (?:m[aá]s )?(?:tendr[aá]s|tendr[aá]|vas a tener|van a tener|te dar[aá]|le dar[aá]|sufrir[aá]s)\b (?:un |una |el |la )?(?:\w+ )?(?:infartos?|ictus|c[aá]ncer|diabetes|demencia|alzh?eimer|gripe|resfriados?|co[aá]gulos|tensi[oó]n alta|enfermedad)",
    ),
    (
        "risk.medical_claim",
        "ru",
        "never-disease",
        r"(?:инфаркт\w*|инсульт\w*|рака?\b|диабет\w*|деменци\w+|грипп\w*|простуд\w+|тромб\w*|болезн\w+)[^.!?;\n]{0,15}?(?:у (?:вас|тебя) )?(?:никогда не будет|не будет никогда|больше не будет|не будет)\b",
    ),
    # ------------------------------------------------------------ a recovery told as the remedy's proof ("diabetes is GONE since the cinnamon drops")
    (
        "risk.medical_claim",
        "en",
        "gone-with",
        r"\b(?:diabetes|cancer|tumou?r|a?fib|arthritis|high blood pressure|blood pressure|hypertension|asthma|psoriasis|eczema|depression|anxiety|thyroid|cholesterol|arrhythmia)\b[^.!?;\n]{0,15}?\b(?:is |was |are )?(?:gone|disappeared|vanished|went away|reversed|cured)\b[^.!?;\n]{0,20}?\b(?:since|with|after|thanks to|by|from|using|on)\b"
        + r"|\bbeat (?:her |his |my |their )?(?:stage \w+ )?cancer\b[^.!?;\n]{0,20}?\b(?:with|using|on|just|only)\b (?:\w+ )?(?:juice|juices|juicing|herbs|diet|fasting|tea|oil|supplements|vitamins)",
    ),
    (
        "risk.medical_claim",
        "es",
        "gone-with",
        r"\b(?:diabetes(?: tipo \d)?|c[aá]ncer|tumor|artritis|artrosis|tensi[oó]n|hipertensi[oó]n|asma|psoriasis|depresi[oó]n|ansiedad|tiroides|colesterol)\b[^.!?;\n]{0,15}?\b(?:desapareci[oó]|se fue|se cur[oó]|se quit[oó]|se revirti[oó]|ya no est[aá])\b[^.!?;\n]{0,20}?\b(?:con|gracias a|tomando|desde)\b"
        + r"|\bvenci[oó] (?:el |al )?c[aá]ncer\b[^.!?;\n]{0,25}?\b(?:solo|s[oó]lo|con)\b (?:con )?(?:\w+ )?(?:jugos|zumos|hierbas|dieta|ayuno|t[eé]|aceite|suplementos|vitaminas)",
    ),
    (
        "risk.medical_claim",
        "ru",
        "gone-with",
        r"(?:диабет\w*|рак\w*|опухол\w+|гипертони\w+|давлени\w+|артрит\w*|астм\w+|псориаз\w*|депресси\w+|щитовидк\w+|холестерин\w*)\b[^.!?;\n]{0,20}?(?:ушёл|ушел|ушла|прошёл|прошел|прошла|исчез\w*|пропал\w*)\b[^.!?;\n]{0,20}?(?:на|после|благодаря|от)\b|(?:после|благодаря) (?:курса |приёма |приема )?(?:бад\w*|трав\w*|настойк\w+|сод\w+|голодани\w+|капель|капл\w+)[^.!?;\n]{0,30}?(?:прошла|прошёл|прошел|ушла|ушёл|ушел|исчез\w*) (?:\w+ )?(?:навсегда)?",
    ),
    # ------------------------------------------------------------ a cure said to be hidden for money
    (
        "risk.medical_claim",
        "en",
        "cure-hidden-2",
        r"\b(?:doctors|they|big pharma|pharma|the hospitals?|the government|the media)\b[^.!?;\n]{0,20}?\b(?:don'?t want (?:to cure|you cured|you healthy|you to know)|never (?:mention|tell you|talk about)|won'?t tell you|are covering (?:it|this) up|cover(?:ing)? it up|make money (?:off|from) (?:sick|the sick|you being sick))\b|\bfollow the money\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "cure-hidden-2",
        r"\b(?:los m[eé]dicos|las farmac[eé]uticas|la farma|big pharma|el gobierno|ellos)\b[^.!?;\n]{0,30}?\b(?:no quieren curar|no te lo dicen|no lo dicen|nunca dicen|lo ocultan|lo esconden|ganan dinero con (?:los )?enfermos)\b|\bsigan el dinero\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "cure-hidden-2",
        r"\b(?:врачам|фарме|фармацевтам|больницам)\b невыгодно (?:лечить|вылечивать|чтобы)|\b(?:врачи|фарма|медики) (?:об этом )?молчат\b|\bправду (?:про|о) \w+ скрывают\b|\bвсё ради денег\b|\bскрывают (?:правду|лекарство|что)",
    ),
    # ------------------------------------------------------------ rapid weight loss sold as a fact
    (
        "risk.medical_claim",
        "en",
        "weight-fact",
        r"\b(?:burns?|melts?|lose|loses|drops?|shed|sheds)\b (?:up to )?\d+ ?(?:kg|kgs|kilos|lbs|pounds)(?: of fat)? (?:in|within) (?:a|one|\d+|two|three) (?:days?|weeks?)\b|\bburns? fat while (?:you|u) sleep\b",
    ),
    (
        "risk.medical_claim",
        "es",
        "weight-fact",
        r"\b(?:quema|quemas|pierde|pierdes|baja|bajas|elimina)\b (?:hasta )?(?:\d+ ?(?:kg|kilos)|grasa)(?: de grasa)?[^.!?;\n]{0,15}?\b(?:en \d+ d[ií]as|en (?:una|\d+) semanas?|mientras duermes)\b|\b\d+ kilos en \d+ d[ií]as\b",
    ),
    (
        "risk.medical_claim",
        "ru",
        "weight-fact",
        r"(?:убирает|сжигает|сбросите|сбросишь|уходит)\s(?:до )?\d+ ?(?:кг|килограмм\w*)[^.!?;\n]{0,10}?за (?:\d+ )?(?:недел\w+|дн\w+)|сжигает жир во сне",
    ),
]
COMPOSITIONS += _C_EIGHTH

# ================================================================ eighth round: scams composed (offer x channel, payment, impersonation)
# A scam is an offer (medicines, a cure, money, a prize, a token, a discount) composed with what makes it one: a
# private channel or a profile to go to, no prescription, returns promised, a fee to pay first, the donations or
# the official account said to have moved, a lost sum to recover. Channels and offers are classes, in their
# inflections, so a new app, a new coin or a new medicine still composes.
_S_EN_CHANNEL = r"(?:dm|dms|pm|inbox|message me|msg me|text me|call me|hmu|(?:message|msg|contact|text) (?:me )?(?:privately|in private|directly)|(?:click|check|see|visit|tap) (?:my |the )?(?:profile|bio|page|link|site|website)|(?:on|in|at) my (?:profile|bio|page|site|website|channel)|(?:number|link|qr|code) (?:on|in) my (?:page|profile|bio)|scan the qr|telegram|whatsapp|signal|snapchat|my site|our site)"
_S_ES_CHANNEL = r"(?:dm|md|inbox|privado|al privado|por privado|escr[ií]beme|escr[ií]banme|m[aá]ndame|h[aá]blame|ll[aá]mame|llama al n[uú]mero|(?:ver|mira|revisa|visita) (?:mi |el )?(?:perfil|bio|p[aá]gina|enlace|link)|(?:en|de) mi (?:perfil|bio|p[aá]gina|web)|whats ?app|wasap|wsp|telegram|signal|mi web|nuestra web)"
_S_RU_CHANNEL = r"(?:лс|личк\w+|в личные|в директ|пишите|напишите|пиши|звоните|позвоните|(?:смотри|смотрите|загляни\w*|переходи\w*) (?:в )?(?:профил\w+|био|шапк\w+|ссылк\w+)|в профиле|в био|по номеру|телеграм\w*|телег\w+|тг[- ]?канал\w*|вотсап\w*|ватсап\w*|вайбер\w*|на (?:моём|моем|нашем) сайте)"
_S_EN_NORX = r"(?:no rx|no prescription|without (?:a |any )?(?:prescription|script|rx|doctor)|no script|no questions(?: asked)?|no doctor needed|not (?:sold|available) in (?:pharmacies|stores)|pharmacies don'?t (?:sell|have)|any med(?:ication)?s? you want|write (?:you )?(?:scripts|prescriptions) (?:online|in \d+ ?min|fast))"
_S_ES_NORX = r"(?:sin receta|sin prescripci[oó]n|sin m[eé]dico|sin preguntas|que no (?:venden|hay) en (?:las )?farmacias|no se venden en farmacias|cualquier medicamento|recetas (?:online|en \d+ ?min|al momento))"
_S_RU_NORX = r"(?:без рецепт\w+|без врача|без вопросов|(?:которых|которого|чего) нет в аптеках|нет в аптеках|не продают в аптеках|любые (?:лекарства|препараты|таблетки)|рецепт\w* (?:онлайн|за \d+ ?мин))"
_S_CRYPTO = r"(?:btc|bitcoin|bitcoins|биткоин\w*|eth|ether|ethereum|usdt|tether|crypto|крипт\w+|cripto|token|tokens|токен\w*|coin|coins|коин\w*|airdrop)"
_S_SCAMS: list[Composition] = [
    # ------------------------------------------------------------ no prescription with a channel, a price or a profile
    (
        "spam.scam",
        "en",
        "norx-offer",
        r"\b"
        + _S_EN_NORX
        + r"\b[^\n]{0,60}?\b(?:"
        + _S_EN_CHANNEL
        + r"|best prices?|cheap|order|profile|link|price|\$\d+)\b|\b(?:"
        + _S_EN_CHANNEL
        + r"|best prices?|cheap(?:est)?|order now|pills?|meds)\b[^\n]{0,60}?\b"
        + _S_EN_NORX
        + r"\b",
    ),
    (
        "spam.scam",
        "es",
        "norx-offer",
        r"\b"
        + _S_ES_NORX
        + r"\b[^\n]{0,60}?\b(?:"
        + _S_ES_CHANNEL
        + r"|mejores precios|precios?|barat\w+|pedidos?|perfil)\b|\b(?:"
        + _S_ES_CHANNEL
        + r"|mejores precios|precios?|barat\w+|pastillas|originales|vendo|tengo)\b[^\n]{0,60}?\b"
        + _S_ES_NORX
        + r"\b",
    ),
    (
        "spam.scam",
        "ru",
        "norx-offer",
        _S_RU_NORX
        + r"[^\n]{0,60}?(?:"
        + _S_RU_CHANNEL
        + r"|лучшие цены|цены|дешево|дёшево|заказ\w*|профил\w+)|(?:"
        + _S_RU_CHANNEL
        + r"|лучшие цены|цены|дешево|дёшево|таблетк\w+|есть)[^\n]{0,60}?"
        + _S_RU_NORX,
    ),
    # ------------------------------------------------------------ a cure, a solution or medicines offered in private ("i have a natural solution, message me privately")
    (
        "spam.scam",
        "en",
        "private-solution",
        r"\b(?:i|we) (?:have|got|sell|offer) (?:a |the |an )?(?:natural |real |secret |herbal )?(?:solution|cure|remedy|treatment|protocol|fix|formula|meds|pills)\b[^\n]{0,50}?\b"
        + _S_EN_CHANNEL
        + r"\b|\b(?:anyone|everyone|those|people) with (?:\w+ ){0,2}(?:problems|issues|disease|diabetes|cancer|pain)\b[^\n]{0,30}?\b(?:message|msg|dm|pm|text|contact|call) me\b",
    ),
    (
        "spam.scam",
        "es",
        "private-solution",
        r"\b(?:tengo|tenemos|vendo|ofrezco) (?:la |una |el |un )?(?:soluci[oó]n|cura|remedio|tratamiento|f[oó]rmula|protocolo)\b[^\n]{0,50}?\b"
        + _S_ES_CHANNEL
        + r"\b|\b(?:raz[ee]mos|regalamos|damos) (?:medicamentos|medicinas|pastillas)\b",
    ),
    (
        "spam.scam",
        "ru",
        "private-solution",
        r"(?:вступайте|подписывайтесь|заходите|переходите)[^\n]{0,30}?(?:телеграм\w*|тг|канал\w*|групп\w+)[^\n]{0,40}?(?:разда\w+|бесплатн\w+|лекарств\w+|таблетк\w+|скидк\w+)|(?:есть|у меня есть|продаю|продам) (?:таблетк\w+|средство|препарат\w*|лекарств\w+)[^\n]{0,50}?(?:"
        + _S_RU_CHANNEL
        + r")",
    ),
    # ------------------------------------------------------------ money or coins multiplied, a token to buy before it rises
    (
        "spam.scam",
        "en",
        "crypto-returns",
        r"\b(?:double|triple|2x|3x|10x|multiply) (?:your|ur) (?:donation|money|btc|eth|crypto|investment|deposit)\b(?! back)|\bsend \d+(?:[.,]\d+)? ?"
        + _S_CRYPTO
        + r"\b[^\n]{0,30}?\b(?:get|receive|back)\b"
        + r"|\b"
        + _S_CRYPTO
        + r"\b[^\n]{0,60}?\b(?:buy (?:early|now|before)|before it (?:moons|pumps|goes up|launches)|to the moon|moon ?soon|guaranteed (?:returns|profit)|x\d+ returns)\b|\b(?:launched|launching|own|official) (?:its |their |our )?(?:own )?(?:token|coin|crypto)\b",
    ),
    (
        "spam.scam",
        "es",
        "crypto-returns",
        r"\b(?:duplica|duplicamos|triplica|multiplica) (?:tu|su|tus) (?:donaci[oó]n|dinero|inversi[oó]n|btc|cripto)\b|\benv[ií]a \d+(?:[.,]\d+)? ?"
        + _S_CRYPTO
        + r"\b[^\n]{0,30}?\b(?:recibe|recibes|te devolvemos)\b"
        + r"|\b"
        + _S_CRYPTO
        + r"\b[^\n]{0,60}?\b(?:antes de que suba|compren ya|compra ya|rentabilidad garantizada|ganancias garantizadas)\b|\b(?:compren|compra|comprad) el (?:token|coin|cripto)\b",
    ),
    (
        "spam.scam",
        "ru",
        "crypto-returns",
        r"(?:удвой|удвойте|удвоим|удваиваем|утроим|утройте|умножьте) (?:сво\w+ )?(?:пожертвовани\w+|деньги|вклад|депозит|биткоин\w*|крипт\w+)|(?:отправь|отправьте|переведи|переведите|пришли)\w* \d+(?:[.,]\d+)? ?"
        + _S_CRYPTO
        + r"[^\n]{0,30}?(?:получи|получите|верн\w+)"
        + r"|(?:"
        + _S_CRYPTO
        + r")[^\n]{0,60}?(?:покупайте|покупай|бери\w*|скупай\w*|пока дешев\w*|пока дёшев\w*|гарантированн\w+ доход|вырастет)|раздача (?:биткоин\w*|крипт\w+|токен\w*)",
    ),
    # ------------------------------------------------------------ donations or the official account said to have moved
    (
        "spam.scam",
        "en",
        "donations-moved",
        r"\b(?:donations?|donate|tips|gifts)\b[^\n]{0,30}?\b(?:now |instead |from now on )?(?:go|goes|going) (?:to|into|through) (?:my|our|this) (?:\w+ )?(?:account|card|wallet|cash ?app|paypal|venmo|zelle|link)\b|\bthe official (?:account|page|link|fundraiser) is (?:another|a different|this|the new|my)\b|\b(?:old|real|official) (?:account|page) (?:was|got|is) (?:hacked|compromised|banned)\b",
    ),
    (
        "spam.scam",
        "es",
        "donations-moved",
        r"\b(?:las donaciones|los donativos|donen|dona|donad|las propinas)\b[^\n]{0,30}?\b(?:ahora |mejor |desde hoy )?(?:van|va|aqu[ií]|a|al|en) (?:a )?(?:mi|esta|este|nuestra|nuestro) (?:\w+ )?(?:cuenta|tarjeta|bizum|nequi|paypal|billetera|wallet|n[uú]mero)\b|\bla cuenta oficial es (?:otra|esta|la nueva|la m[ií]a)\b|\b(?:la otra|la vieja|la anterior|la cuenta) (?:la )?(?:hackearon|fue hackeada|est[aá] hackeada|la cerraron)\b",
    ),
    (
        "spam.scam",
        "ru",
        "donations-moved",
        r"(?:пожертвовани\w+|донат\w*|сбор\w*|переводы)[^\n]{0,20}?(?:теперь |лучше |отныне )?(?:на|сюда на) (?:мою|мой|нашу|наш|эту|этот) (?:\w+ )?(?:карт\w+|сч[её]т|кошел[её]к|номер|реквизит\w*)|официальн\w+ (?:аккаунт|страниц\w+|счёт|счет) (?:теперь )?(?:другой|друга\w+|новый|этот)|(?:старый|основной|прошлый) аккаунт (?:взломали|взломан|заблокировали)",
    ),
    # ------------------------------------------------------------ a fee paid first for a prize, a grant, a paid study or a delivery
    (
        "spam.scam",
        "en",
        "fee-first",
        r"\b(?:giving (?:out|away)|gives|handing out|sending out)\b (?:free )?\$?\d[\d,.]*\$? (?:\w+ ){0,2}(?:cards?|checks?|grants?|payments?|prizes?|cash)\b[^\n]{0,50}?\b(?:call|text|dm|message|click|contact|number|link)\b"
        + r"|\b(?:paid (?:clinical )?(?:study|trial)|prize|grant|compensation|refund)\b[^\n]{0,60}?\b(?:send|pay|wire) (?:only |just |a )?\$?\d+[\d,.]*\$? ?(?:registration|sign[- ]?up|processing|shipping|release|admin\w*)? ?(?:fee)?\b"
        + r"|\b(?:lost|lose) (?:money|funds|your money|\$\d+)\b[^\n]{0,40}?\b(?:i|we) (?:can|will|'?ll) (?:recover|get (?:it|them|your money) back|retrieve)\b",
    ),
    (
        "spam.scam",
        "es",
        "fee-first",
        r"\b(?:da|dan|regala|regalan|reparte|reparten)\b \d[\d.,]* ?(?:euros|€|pesos|d[oó]lares)\b[^\n]{0,50}?\b(?:llama|escribe|m[aá]ndame|n[uú]mero|perfil|enlace|link)\b"
        + r"|\b(?:estudio cl[ií]nico|ensayo|premio|sorteo|subsidio|ayuda|reembolso)\b[^\n]{0,60}?\b(?:env[ií]a|paga|manda|transfiere) (?:solo |s[oó]lo )?\d+[\d.,]* ?(?:€|euros|pesos|d[oó]lares)?(?: de)? ?(?:inscripci[oó]n|gastos|env[ií]o|tr[aá]mite|comisi[oó]n)"
        + r"|\b(?:perdiste|perdi[oó]|perdieron) (?:dinero|plata)\b[^\n]{0,40}?\b(?:lo |te lo )?(?:recupero|recuperamos|puedo recuperar)\b",
    ),
    (
        "spam.scam",
        "ru",
        "fee-first",
        r"(?:да[ёе]т|дают|выдают|раздают|выплачивают) \d[\d\s]* ?(?:руб\w*|₽|тысяч\w*)[^\n]{0,50}?(?:звоните|пишите|номер|профил\w+|ссылк\w+)"
        + r"|(?:исследовани\w+|приз\w*|выигрыш\w*|компенсаци\w+|выплат\w+)[^\n]{0,60}?(?:взнос|комисси\w+|оплат\w+ доставк\w+|предоплат\w+)[^\n]{0,20}?(?:\d+|на карту)"
        + r"|(?:потеряли|потерял\w*) деньги[^\n]{0,40}?(?:верну|вернём|вернем|помогу вернуть)",
    ),
    # ------------------------------------------------------------ a shortened or cheap-domain link that names medicines or a discount
    (
        "spam.scam",
        "en",
        "pharma-link",
        r"\b(?:code|coupon|discount|promo|cheap|meds|pills|pharmacy|rx|descuento|c[oó]digo|barat\w+|скидк\w*|промокод\w*)\b[^\n]{0,60}?\b(?:bit\.ly|tinyurl\.com|cutt\.ly|is\.gd)/\S+|\b(?:bit\.ly|tinyurl\.com|cutt\.ly|is\.gd)/[\w-]*(?:pharm|meds|rx|pill|cheap|disc)|\b[\w-]*(?:pharm|meds|pills|rx|apteka|farmacia|discount|cheap)[\w-]*\.(?:xyz|top|site|cc)\b|\b[\w-]*(?:pharm|meds|pills|rx|apteka|farmacia|discount|cheap)[\w-]*(?: dot | punto | точка )(?:com|net|ru|ру|xyz|shop)\b|(?:апт[е3]к\w*|аптек\w*)[\w-]*(?:\.| точка )(?:ру|ru|рф|com)",
    ),
]
_S_SCAMS = _split(_S_SCAMS)
COMPOSITIONS += _S_SCAMS

#: A violent act named in any of the three languages: a veiled threat beside a legal act without one is the
#: legal act ("you'll pay for this in court", "иск закину, мало не покажется").
VIOLENT_WORD = "|".join(f"(?:{lex['violent']})" for lex in (EN, ES, RU))
#: Self-harm named as a topic, not done: the noun alone, asked about or said of people in general.
SELF_HARM_TOPIC = (
    r"(?:self[- ]?harm(?:ing)?|suicide|suicidal thoughts|autolesi[oó]n\w*|suicidio|самоповрежд\w+|суицид\w*)"
)
SELF_HARM_TOPIC_BEFORE = r"\b(?:about|of|on|for|the|prevent\w*|signs?|sobre|de|del|la|el|о|об|про|признаки)\s*$"
SELF_HARM_TOPIC_AFTER = (
    r"[\s,]{0,3}(?:often|is|isn'?t|can|awareness|resources|prevention|support|risk|screening|rates?|hotlines?|in (?:teens|kids|youth|young people|teenagers)|"
    r"es|no es|suele|puede|prevenci[oó]n|en (?:adolescentes|jóvenes|jovenes)|это|часто|бывает|у подростков)\b"
)
#: A story or the news told: a hit without the first person in a sentence about a film, a novel, a character or an
#: arrest is the story's, not the writer's ("the novel ends with the main character jumping off a bridge").
STORY_TOLD = (
    r"\b(?:movie|film|novel|book|character|protagonist|(?:in|on|from) the news|news (?:says|said|reports?)|article|headline|suspect|arrested|"
    r"pel[ií]cula|novela|libro|serie|personaje|noticia|sospechoso|detenid[oa]|фильм\w*|книг\w*|роман\w*|сериал\w*|"
    r"персонаж\w*|новост\w*|подозреваем\w*|задержа\w*)\b"
)
#: Someone pointing others to help ("if anyone here is thinking about suicide please call 988, you matter").
SUPPORT = (
    r"\b(?:please (?:call|text|reach out|talk to)|call (?:988|911|112|999|a hotline|the hotline|a crisis line|samaritans)|"
    r"text (?:988|home to \d+)|you matter|reach out to (?:someone|a friend|us|me)|"
    r"llam[ae] (?:al|a la) (?:\d+|l[ií]nea)|l[ií]nea de (?:ayuda|prevenci[oó]n|la vida)|no est[aá]s sol[oa]|"
    r"телефон доверия|позвони(?:те)? (?:на|по)|ты не одна?)\b"
)
FIRST_PERSON = r"\b(?:i|i'?m|im|i'?ll|i'?d|me|my|myself|yo|mi|mis|я|мне|меня|мой|моя|себя)\b"

#: The concept compositions above whose alternatives are each a sequence of concepts: each alternative becomes a
#: composition of its own ("contempt", "2-contempt"...), so the shared gate asks for every concept of one of them
#: (a role word and a degrading word), not for any word of any (most chat names the host).
_SPLIT_CONCEPTS = frozenset(
    {
        "likened",
        "body-laughed-at",
        "sexual-body",
        "worthless-person",
        "group-degraded",
        "belongs-in",
        "body-mocked",
        "weary-of-life",
        "gone-when-read",
        "lethal-question",
        "means-first-person",
        "harm-now",
        "harm-ongoing",
        "group-vermin",
        "role-degraded",
        "sexual-host",
        "sexual-demand",
        "veiled-concept",
        "intent-concept",
        "fate-concept",
        "contempt",
        "means-asked",
        "exist-denied",
        "place-told",
        "vermin-named",
        "looks-mocked",
        "body-named",
        "illness-used",
        "gender-mocked",
        "class-contempt",
        "sexual-remark",
        "looks-mocked-2",
        "identity-scorned",
        "sexual-degraded",
        "group-vice",
        "place-told-2",
        "unfit-body",
        "got-by-identity",
        "condition-labelled",
        "illness-wished",
        "crowd-set-on",
        "sexual-request",
        "place-told-3",
        "likened-2",
        "group-vice-2",
        "worth-by-degree",
        "swear-named",
        "slur-by-role",
        "group-violence",
        "body-labelled",
        "deserved-or-slow",
        *(name for _, _, name, _ in _SIXTH_IMPLIED),
        *(name for _, _, name, _ in _SEVENTH),
        *(name for _, _, name, _ in _EIGHTH),
        *(name for _, _, name, _ in _C_EIGHTH),
    }
)
_FIRST_SPLIT = next(i for i, c in enumerate(COMPOSITIONS) if c[2] == "likened")
COMPOSITIONS[_FIRST_SPLIT:] = _split(COMPOSITIONS[_FIRST_SPLIT:], _SPLIT_CONCEPTS)

# ================================================================ ninth round: threats and self-harm by concept class
# Threats: a verb of harm (any verb of injuring, ending, burning, shooting, poisoning, making someone pay), in its
# inflections, aimed at a person, a role, a pet or a place, with what makes it an intent: someone else told to do it
# (incitement: "somebody go beat the doctor", "que alguien le dé una paliza", "переломайте ему руки"), a violent act
# wished on someone by an agent ("hope someone slits your throat"), harm announced in the passive future ("you're
# going to be carried out on a stretcher", "será eliminado", "тебя вынесут"), casualties foretold at an event, a
# place burnt with people inside, a weapon carried to a place, harm repaid in kind ("ruined my knee, I'll ruin his
# hands"), a day with a warning, being watched from a hiding place or known to be alone.
# Self-harm: one's own heart or breath wished to stop, treatment stopped so death comes, means kept for when one is
# ready or asked to be "enough", the dead one wants to join, being found by one's family, absence announced with a
# plan, the last person one talks to, a method compared for pain, harm being done now (bleeding, burning, hitting).
_NINTH_EN_ROLE = r"(?:host|streamer|doc|doctor|dr\.? ?\w+|nurses?|surgeon|pharmacists?|trainer|coach|cardiologist|staff|receptionist|presenter|guy|lady|woman|bitch|bastard|boyfriend|girlfriend|wife|husband|kids?|family|daughter|son|dog|cat|puppy|people|workers|pushers?|quack|clinic|pharmacy)"
_NINTH_EN_WHO = (
    r"(?:you|u|ya|y'?all|yall|him|her|them|@\w+|dr\.? ?\w+|(?:the|that|this|your|ur|his|their|those|these|every|each|all (?:the|those|these)) (?:\w+ )?"
    + _NINTH_EN_ROLE
    + r")"
)
#: Verbs of violent harm (base form, any inflection).
_NINTH_EN_HARM = r"(?:kill|murder|shoot|stab|slit|shank|beat|bash|punch|jump|stomp|strangle|choke|hang|lynch|torch|poison|drown|maim|cripple|hurt|smash|slash|run (?:him|her|them|you|u) over|blow up|gut|knife|break (?:his|her|their|your|ur) (?:legs?|arms?|hands?|face|teeth|jaw|neck|knees?)|rip (?:his|her|their|your|ur) (?:head|face|throat))\w*"
_NINTH_ES_ARMS = r"(?:bate|navaja|cuchillo|pistola|escopeta|machete|arma|fusil|hacha|palo|fierro|pipa|revólver|revolver|bid[oó]n de gasolina|gasolina)"
_NINTH_RU_ARMS = r"(?:ножом|битой|пистолетом|ружь[её]м|топором|обрезом|арматурой|канистрой|стволом|молотком|кастетом|заточкой|бензином)"
_NINTH_EN_ARMS = r"(?:gun|knife|bat|machete|revolver|pistol|rifle|shotgun|glock|axe|hammer|crowbar|blade|gas can|can of gas|gasoline)"
_NINTH: list[Composition] = [
    # ---------------------------------------------------------- threats: someone else told to do the harm
    (
        "risk.threat",
        "en",
        "incite-asked",
        r"\b(?:some(?:one|body)|any(?:one|body)|every(?:one|body)|whoever|y'?all|yall|you guys|boys|lads)\b[^.!?\n]{0,60}?(?:\b(?:go|should|needs? to|ought to|gotta|better|pls|please|and|(?<!threatened )(?<!threatens )(?<!threaten )(?<!threatening )to)\s+|,\s*)(?:go\s+(?:and\s+)?)?(?!beat (?:the|a|your) drum)"
        + _NINTH_EN_HARM
        + r"\b[^.!?\n]{0,12}?\b"
        + _NINTH_EN_WHO
        + r"\b|\brip (?:your|ur|his|her|the|that) (?:\w+'?s )?(?:head|face|throat|heart|arms?) (?:off|out)\b|\bmake (?:the |that |this |him |her |them |every |each )?(?!my|your|our|them|him|her)(?:\w+ )?(?:bleed|suffer|disappear)\b(?! (?:from|of|in) )",
    ),
    (
        "risk.threat",
        "es",
        "incite-asked",
        r"\bque (?:alguien|algui[eé]n|alg[uú]n \w+|uno de ustedes|ustedes|vosotros)\b[^.!?\n]{0,60}?\b(?:le |les |lo |la |los )?(?:d[eé]n? una paliza|parta|partan|rompa|rompan|mate|maten|pegue|peguen|queme|quemen|apu[ñn]al\w+|dispare\w*|reviente\w*|cuelgue\w*)\b"
        r"|\b(?:rompedle|r[oó]mpanle|pegadle|p[eé]guenle|m[aá]tenlo|m[aá]tenla|quemadle|quemadlo|qu[eé]menlo|partidle|p[aá]rtanle|dadle una paliza|denle una paliza|reventadle|rev[eé]ntenlo|colgadlo|cu[eé]lguenlo)\b"
        r"|\bal que (?:encuentre|vea|pille|agarre)\b[^.!?\n]{0,40}?\bque le (?:parta|rompa|pegue|d[eé]|mate|reviente)\b"
        r"|\bque no quede (?:nadie|ni uno|ninguno) (?:de pie|vivo|con vida)\b",
    ),
    (
        "risk.threat",
        "ru",
        "incite-asked",
        r"\b(?:переломайте|сломайте|избейте|отпиздите|убейте|сожгите|подожгите|зарежьте|порежьте|пристрелите|застрелите|покалечьте|повесьте|вешайте|наваляйте|вломите|отметельте|прибейте|разбейте|проучите)\b[^.!?\n]{0,20}?\b(?:ему|ей|им|его|её|ее|их|этого|эту|этих|врач\w*|доктор\w*|ведущ\w+|фармацевт\w*|тренер\w*|медсестр\w*|руки|ноги|лицо|морду|голову|аптеку|клинику)\b(?![^.!?\n]{0,30}(?:через|процесс|sigkill|kill|командой|на (?:две|два|части)))"
        r"|\b(?:надо|нужно|давайте|пора|го) (?:всем )?(?:\w+ ){0,4}(?:устроить|устроим) (?:им |ему |ей |тут |там )?(?:кровав\w+ бан\w+|резню|бойню|погром)\b"
        r"|\b(?:будем|будут|будете) (?:их |его |её |вас )?(?:вешать|резать|стрелять|жечь|бить|мочить) (?:на|их|его|всех|по)\b",
    ),
    # ---------------------------------------------------------- threats: a violent act wished on someone by an agent
    (
        "risk.threat",
        "en",
        "wish-violence",
        r"\bhope (?:some(?:one|body)|some \w+|a (?:car|truck|bus|drunk(?: driver)?)|(?:you|u|he|she|they|the \w+|that \w+)(?: get| gets))\b[^.!?\n]{0,15}?\b(?:slits?|stabs?|shoots?|strangles?|runs? (?:you|u|him|her|them) over|run over|shot|stabbed|jumped|lynched|torched|beaten (?:to death|up)|mowed down)\b",
    ),
    (
        "risk.threat",
        "es",
        "wish-violence",
        r"\bojal[aá] (?:que )?(?:alguien |un \w+ )?(?:te|le|les|lo|la|los) (?:atropell\w+|apu[ñn]al\w+|disparen|dispare|maten|mate|quemen|queme|ahorquen|ahorque|degüell\w+|rajen|raje|peguen un tiro|metan un tiro|metan una bala)\b",
    ),
    (
        "risk.threat",
        "ru",
        "wish-violence",
        r"\bчтоб(?:ы)? (?:тебя|его|её|ее|вас|их) (?:\w+ )?(?:сбил\w*|переехал\w*|зарезал\w*|пристрелил\w*|застрелил\w*|прирезал\w*|повесил\w*|сожгл\w*|избил\w*|пырнул\w*)\b",
    ),
    # ---------------------------------------------------------- threats: harm announced in the passive future or foretold
    (
        "risk.threat",
        "en",
        "doom-passive",
        r"\b(?:you|u|y'?all|he|she|they|@\w+|(?:the|that|this|your|ur|his|her|their) (?:\w+ )?(?:host|streamer|doc|doctor|nurse|surgeon|pharmacist|trainer|coach|staff|presenter|building|clinic|pharmacy|office|studio|car|house|gym|hospital|event|gala|fundraiser))(?:'re| are| is|'s| will| r)? (?:going to|gonna|about to|will|'ll)? ?(?:be|get|end up) (?:carried|wheeled|dragged) out\b"
        r"|\b(?:you|u|y'?all|he|she|they|(?:the|that|this|your|ur|his|her|their) (?:\w+ )?(?:host|streamer|doc|doctor|nurse|surgeon|pharmacist|trainer|coach|staff|presenter|building|clinic|pharmacy|office|studio|car|house|gym|hospital))(?:'re| are| is|'s| r)? (?:going to|gonna|about to) be (?:found (?:dead|in)|shot|stabbed|hurt|beaten|burned|burnt|torched|blown up|brought down|taken out|eliminated|executed|a fireball|on a stretcher|in a body bag)\b"
        r"|\b(?:you|u|he|she|they|(?:the|that|this|your|ur|his|her|their) (?:\w+ )?(?:host|streamer|doc|doctor|nurse|pharmacist|trainer|coach|staff|building|clinic|pharmacy|office|studio|car|house|gym|hospital))(?: will|'ll) be (?:found (?:dead|in)|shot|stabbed|beaten|torched|blown up|brought down|taken out|eliminated|executed|a fireball|on a stretcher|in a body bag)\b"
        r"|\b(?:your|ur) (?:\w+ )?(?:staff|nurses|people|workers|family|kids) (?:will|are going to|is going to|gonna) (?:be|get) (?:hurt|shot|stabbed|beaten)\b"
        r"|\bsome(?:one|body)(?:'?s| is| will be) (?:getting|gonna get|going to get|gonna be|going to be) (?:shot|stabbed|killed|murdered|jumped|blown up)\b"
        r"|\b(?:whoever|anyone|anybody|everyone|everybody) (?:who )?(?:comes?|shows? up|goes|attends?|is)\b[^.!?\n]{0,40}?\b(?:is|are) (?:a )?(?:target|targets|fair game)\b"
        r"|\b(?:better|should|might want to|gonna need to) wear (?:armou?r|a (?:bullet ?proof )?vest|kevlar|a helmet)\b|\bbring (?:a )?(?:bullet ?proof )?vests?\b",
    ),
    (
        "risk.threat",
        "en",
        "unsafe-menace",
        r"\b(?:nobody|no one|noone|none of (?:you|u|y'?all|them)) (?:at|in|from|of|inside|who works at) (?:\w+ ){1,3}(?:is|are|will|'s)(?: going to| gonna)? (?:be )?(?:safe|make it (?:home|out)|leave alive|walk out)\b"
        r"|\bwould be a shame if (?:nobody|no one) (?:made|makes|make) it (?:home|out)\b|\bnobody (?:will )?(?:make|makes|made) it (?:home|out) (?:alive|from)\b",
    ),
    (
        "risk.threat",
        "es",
        "doom-passive",
        r"\b(?:vas|va|van|vais) a (?:salir|terminar|acabar) (?:\w+ ){0,4}(?:en camilla|en ambulancia|con los pies por delante|en una bolsa|en un ata[uú]d|en silla de ruedas)\b"
        r"|\b(?:ser[aá]n?|va a ser|van a ser) (?:eliminad\w+|liquidad\w+|ejecutad\w+|apu[ñn]alad\w+|balead\w+|tirotead\w+|quemad\w+ viv\w+)\b"
        r"|\b(?:amanecer[aá]n?|aparecer[aá]n?) (?:\w+ ){0,2}(?:quemad\w+|calcinad\w+|en cenizas|sin llantas|sin ruedas|destrozad\w+|muert\w+)\b"
        r"|\bva a haber (?:muertos|heridos|sangre|v[ií]ctimas|cad[aá]veres|tiros)\b",
    ),
    (
        "risk.threat",
        "es",
        "unsafe-menace",
        r"\bno vas a salir (?:enter[oa]|viv[oa]|de pie|con vida|caminando)\b|\bnadie (?:de|en|del|dentro de) (?:\w+ ){1,3}(?:va a estar|estar[aá]|est[aá]) (?:a salvo|segur[oa])\b|\bnadie (?:va a salir|sale|saldr[aá]) (?:viv[oa]|con vida|de pie|entero) de\b",
    ),
    (
        "risk.threat",
        "ru",
        "doom-passive",
        r"\b(?:тебя|его|её|ее|вас|их) (?:\w+ )?(?:вынесут|вывезут|унесут|увезут) (?:\w+ ){0,3}(?:на носилках|вперёд ногами|вперед ногами|в мешке|в гробу)\b"
        r"|\b(?:будет|будут) (?:устран[её]н\w*|ликвидирован\w*|уничтожен\w*|убит\w*|застрелен\w*|зарезан\w*)\b(?! (?:вирус\w*|бактери\w*|проблем\w*|ошибк\w*|недостат\w*))"
        r"|\bбудут (?:трупы|жертвы|убитые|раненые|кровь|покойники)\b",
    ),
    (
        "risk.threat",
        "ru",
        "unsafe-menace",
        r"\b(?:живым|живой|живыми) (?:оттуда |отсюда )?не (?:выйдет|уйд[её]т|выйдешь|уйд[её]шь|выйдете|уйдете|выйдут|уйдут)\b|\bникто (?:в|из|на|у) (?:\w+ ){1,3}не (?:будет|останется) в безопасности\b|\bникто (?:из вас |оттуда )?(?:живым|живой) не (?:выйдет|уйд[её]т)\b",
    ),
    # ---------------------------------------------------------- threats: a place burnt with its people, a weapon carried there
    (
        "risk.threat",
        "en",
        "burn-with-inside",
        r"\b(?:burn|torch|blow up|lock|set fire to)\w*\b[^.!?\n]{0,40}?\bwith (?:them|you|u|everyone|y'?all|all of you|the staff|him|her|the \w+) (?:still )?inside\b",
    ),
    (
        "risk.threat",
        "es",
        "burn-with-inside",
        r"\b(?:quem\w+|incendi\w+|vol\w+|prend\w+ fuego)\b[^.!?\n]{0,40}?\bcon (?:ellos|ellas|[eé]l|ella|vosotros|ustedes|todos|usted|los \w+|las \w+) dentro\b",
    ),
    (
        "risk.threat",
        "ru",
        "burn-with-inside",
        r"\b(?:сожгу|спалю|подожгу|взорву|сожж[её]м|спалим|подожж[её]м|взорв[её]м)\b[^.!?\n]{0,40}?\b(?:вместе с (?:ними|тобой|вами|ним|ней)|с (?:ними|вами|тобой) внутри)\b",
    ),
    (
        "risk.threat",
        "en",
        "armed-presence",
        r"\b(?:i'?m|im|i am|i'?ll be|ill be|i was|i stood|i'?ve been|i'?m coming|coming in|show up|walk in|walking in|swinging|waving)\b[^.!?\n]{0,40}?\b(?:with|carrying|swinging|holding|waving) (?:a |my |an |his |her |the |some |dad'?s )?(?:loaded |old |big |sharp )?"
        + _NINTH_EN_ARMS
        + r"\b(?=[^.!?\n]{0,40}?\b(?:your|ur|in there|over there|at the|to the|inside)\b)"
        r"|\b(?:coming|come|walk(?:ing)?|going|storm(?:ing)?) (?:in|into|over) there\b[^.!?\n]{0,20}?\b(?:with|swinging|holding|waving) (?:a |my )?"
        + _NINTH_EN_ARMS
        + r"\b"
        r"|\b(?:at|to|in|outside|into) (?:your |ur |the |that )?(?:\w+ )?(?:pharmacy|clinic|studio|office|house|door|gym|hospital|shop|store|building|event|show)\b[^.!?\n]{0,30}?\bwith (?:a |my |an |his |the )?(?:loaded |old |big |sharp )?"
        + _NINTH_EN_ARMS
        + r"\b"
        r"|\b" + _NINTH_EN_ARMS + r" (?:is |'s )in my (?:trunk|car|truck)\b",
    ),
    (
        "risk.threat",
        "es",
        "armed-presence",
        r"\b(?:entro|entrar[eé]|voy|ir[eé]|estuve|estoy|llego|llegar[eé]|aparezco|aparecer[eé]|me presento|te espero|esper[eé]|vuelvo|volver[eé])\b[^.!?\n]{0,40}?\bcon (?:un|una|mi|el|la) "
        + _NINTH_ES_ARMS
        + r"\b",
    ),
    (
        "risk.threat",
        "ru",
        "armed-presence",
        r"\b(?:приду|приеду|стоял\w*|буду|зайду|ждал\w*|жду|был\w*|зайдём|зайдем|приходил\w*|приезжал\w*|вернусь)\b[^.!?\n]{0,40}?\bс "
        + _NINTH_RU_ARMS
        + r"\b",
    ),
    # ---------------------------------------------------------- threats: harm repaid in kind, an answer demanded
    (
        "risk.threat",
        "en",
        "repaid-in-kind",
        r"\b(?:ruined|destroyed|broke|hurt|wrecked|took|killed) (?:my|mine)\b[^.!?\n]{0,40}?\b(?:so |now |and )?(?:i'?ll|i will|i'?m (?:gonna|going to)|im (?:gonna|going to)|ima|imma|i'?m gonna) (?:ruin|destroy|break|hurt|wreck|take|kill) (?:his|her|yours|your|ur|theirs|their|him|them)\b"
        r"|\b(?:do|doing|did) (?:the )?same to (?:you|u|your|ur|his|her|their)\b"
        r"|\b(?:you'?ll|you will|y'?all will|u will|they'?ll|they will) answer to me\b|\bwill (?:get|pay) what'?s coming\b",
    ),
    (
        "risk.threat",
        "es",
        "repaid-in-kind",
        r"\bme (?:arruin\w+|destroz\w+|rompi\w+|jodi\w+|quit\w+)\b[^.!?\n]{0,40}?\b(?:se la|se lo|te la|te lo|le|les) (?:voy a|vamos a) (?:arruinar|destrozar|romper|joder|quitar)\b"
        r"|\b(?:vais|van|vas) a responder ante m[ií]\b|\b(?:va|van|vas|vais) a pagar(?:lo|la)?(?=\s*(?:[,.!]|$|y |con ))",
    ),
    (
        "risk.threat",
        "ru",
        "repaid-in-kind",
        r"\b(?:ответит|ответят|ответишь|ответите|заплатит|заплатят|заплатишь) (?:мне )?(?:кровью|лично|головой)\b|\b(?:каждый|все) (?:из вас )?(?:ответит|ответят|ответите) (?:лично|по полной|за это)\b",
    ),
    # ---------------------------------------------------------- threats: a day or a countdown with a warning
    (
        "risk.threat",
        "en",
        "warned-day",
        r"\b(?:you'?ll|you will|y'?all will|all of you will|everyone will) (?:all )?see what happens\b|\bcountdown (?:has )?(?:started|begins|begun|is on)\b|\bremember i told (?:you|u|y'?all)\b(?=[^\n]{0,5}$)"
        r"|\b(?:you'?ve|y'?all|you have|you all) been warned\b(?=[^\n]{0,40}"
        + _DAY
        + r"|[^\n]{0,3}$)|\bi won'?t say it twice\b",
    ),
    (
        "risk.threat",
        "es",
        "warned-day",
        r"\bya ver[aá]s lo que (?:pasa|va a pasar|te pasa|les pasa|os pasa)\b|\b(?:avisad[oa]s quedan|qued[aá]is avisad[oa]s|quedan avisad[oa]s|quedas avisad[oa]|est[aá]s avisad[oa])\b|\bcuenta atr[aá]s\b(?=[^\n]{0,40}\b(?:d[ií]as|horas|empez\w+))",
    ),
    (
        "risk.threat",
        "ru",
        "warned-day",
        r"\b(?:сами|все) (?:всё |все )?увидите\b|\bя (?:вас |тебя )?предупредил\w*\b(?=[^\n]{0,3}$)|\bпредупредил\w*\s*$|\bобратный отсч[её]т (?:пошёл|пошел|начался|запущен)\b",
    ),
    # ---------------------------------------------------------- threats: watched from a hiding place, known to be alone
    (
        "risk.threat",
        "en",
        "lurking-menace",
        r"\b(?:saw|seen|see|watched|watching|spotted|noticed) (?:you|u|ya|it|her|him|that)\b[^.!?\n]{0,30}?\bfrom (?:across the street|my car|the car|my truck|outside|the parking lot|behind|the (?:bar|cafe|café|window|building) (?:across|opposite))\b"
        r"|\b(?:know|knew) (?:exactly )?(?:which (?:office|room|window|car|locker|door|house) is (?:yours|hers|his)|when (?:you'?re|you are|u r|she'?s|she is) alone)\b"
        r"|\bdon'?t sleep too (?:deep|well|sound(?:ly)?)\b|\bsleep with one eye open\b|\bnice view from my (?:car|truck|window)\b",
    ),
    (
        "risk.threat",
        "es",
        "lurking-menace",
        r"\bte (?:vi|veo|estuve viendo|observ\w+) desde (?:el|la|mi) (?:\w+ )?(?:de enfrente|coche|carro|auto|esquina|ventana|otra acera)\b|\bdesde (?:el|la) (?:bar|caf[eé]|coche|carro|edificio) de enfrente\b"
        r"|\bs[eé] (?:cu[aá]l es tu (?:despacho|consultorio|oficina|coche|carro|ventana)|cu[aá]ndo (?:est[aá]s|te quedas) sol[oa])\b|\bduerme con un ojo abierto\b",
    ),
    (
        "risk.threat",
        "ru",
        "lurking-menace",
        r"\b(?:видел\w*|вижу|наблюдал\w*|смотрел\w*)\b[^.!?\n]{0,20}?\b(?:из машины|с той стороны улицы|из окна напротив|из кафе напротив|из-за угла)\b"
        r"|\bзнаю,? (?:где твой (?:кабинет|офис)|когда ты (?:одна|один|остаёшься одн\w+|остаешься одн\w+))\b|\bспи (?:с открытыми глазами|вполглаза|чутко)\b",
    ),
    # ---------------------------------------------------------- self-harm: one's heart or breath wished to stop
    (
        "risk.self_harm",
        "en",
        "own-heart-stop",
        r"\b(?:hope|wish|want|pray|praying)\b[^.!?\n]{0,25}?\b(?:my heart|mine|it) (?:just )?(?:stops?|to stop|gives? (?:up|out)|quits?)(?: beating)?\b"
        r"|\b(?:until|till|til) my heart (?:gives (?:up|out)|stops|quits)\b"
        r"|\bi (?:hope|wish) i (?:don'?t|never|won'?t) (?:get up|wake up|come back)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "own-heart-stop",
        r"\b(?:quiero|ojal[aá]|deseo|rezo para)\b[^.!?\n]{0,25}?\b(?:que )?(?:(?:el|mi) (?:m[ií]o|coraz[oó]n) )?(?:se (?:me )?pare|deje de latir|se detenga)\b"
        r"|\bhasta que (?:mi|el) coraz[oó]n (?:no aguante|se pare|diga basta|reviente)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "own-heart-stop",
        r"\b(?:хоть бы|хочу,? чтобы|хочу чтоб|пусть бы|вот бы|лишь бы)\b[^.!?\n]{0,20}?\bсердце (?:\w+ )?(?:остановилось|остановится|встало|перестало биться)\b"
        r"|\b(?:мо[её]|сво[её]) (?:сердце )?(?:я )?хочу остановить\b|\bпока сердце не (?:остановится|встанет|откажет)\b",
    ),
    # ---------------------------------------------------------- self-harm: treatment stopped so that death comes
    (
        "risk.self_harm",
        "en",
        "treatment-stopped-to-die",
        r"\b(?:not taking|stopped taking|quit taking|stopped|skipping|skip|quit|won'?t take|not going to|gonna stop|going to stop|stop)\b[^.!?\n]{0,30}?\b(?:meds|medication|pills|blood thinners?|insulin|dialysis|chemo|treatment|heart pills|eating|food|my \w+)\b[^.!?\n]{0,30}?\b(?:so (?:the \w+|it|i|that i) (?:can|will|could) (?:take me|kill me|finish|end|die)|until (?:it|everything|this|i) (?:ends|is over|finishes|stops|die)|and let (?:it|nature|the \w+) (?:finish|take me|end)|on purpose)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "treatment-stopped-to-die",
        r"\b(?:he dejado|dej[eé]|dejo|voy a dejar|no voy a (?:ir|tomar)|no tomo|no pienso tomar)\b[^.!?\n]{0,30}?\b(?:el sintrom|las pastillas|la medicaci[oó]n|la insulina|di[aá]lisis|la quimio|el tratamiento|de comer|mis \w+|el \w+)\b[^.!?\n]{0,30}?\b(?:a prop[oó]sito|hasta que (?:se acabe|termine|me muera|todo acabe)|a ver si (?:me (?:da|muero)|se (?:para|acaba)))\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "treatment-stopped-to-die",
        r"\b(?:перестал\w*|бросил\w*|не (?:пью|принимаю|буду (?:пить|принимать|ходить))|брошу)\b[^.!?\n]{0,30}?\b(?:таблетк\w+|лекарств\w+|инсулин\w*|диализ\w*|химию|лечение|есть)\b[^.!?\n]{0,30}?\b(?:специально|нарочно|пока (?:не умру|всё не кончится|все не кончится|не закончится)|чтобы (?:умереть|всё кончилось|все кончилось|сердце остановилось))\b",
    ),
    # ---------------------------------------------------------- self-harm: means kept for it, asked to be enough
    (
        "risk.self_harm",
        "en",
        "means-kept",
        r"\b(?:i have|i'?ve got|ive got|got|have|stocked up|saved|saving|hoarding|kept|keeping|bought)\b[^.!?\n]{0,30}?\b(?:pills|xanax|tablets|meds|bottles?|oxy\w*|a gun|a rope|enough)\b[^.!?\n]{0,20}?\b(?:for when i'?m ready|to end (?:it|this|everything|my life)|when the time comes|for (?:it|tonight)|not for protection)\b"
        r"|\b(?:is|are|would) (?:that|these|this|it|they|my \w+(?: \w+)?) (?:be )?enough to (?:end it|end (?:it|everything|my life)|die|not wake up|do it|kill me|go)\b"
        r"|\bwould (?:my|a|the) (?:whole |entire |full )?(?:bottle|pack|box|jar) (?:of \w+ )?do it\b",
    ),
    (
        "risk.self_harm",
        "es",
        "means-kept",
        r"\b(?:guardando|guard[eé]|tengo guardad\w+|junt[eé]|juntando|acumul\w+)\b[^.!?\n]{0,30}?\b(?:pastillas|p[ií]ldoras|medicamentos|cajas|pastis)\b[^.!?\n]{0,30}?\b(?:suficientes|para cuando|para el d[ií]a|para acabar|para esta noche)\b"
        r"|\b(?:son|ser[aá]n|es|ser[aá]|bastan|bastar[aá]n?|alcanzan?|alcanzar[aá]n?) (?:suficientes? )?para (?:acabar|terminar|morir|no despertar|irme|matarme)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "means-kept",
        r"\b(?:коплю|копила|копил|собрал\w*|собираю|припас\w*|храню)\b[^.!?\n]{0,30}?\b(?:таблетк\w+|снотворн\w+|упаковк\w+|пачк\w+)\b"
        r"|\bхватит,? чтобы (?:всё|все) (?:закончить|кончилось|прекратить)\b|\bхватит,? чтобы (?:умереть|не проснуться|уйти)\b",
    ),
    # ---------------------------------------------------------- self-harm: joining the dead, being found, the last one spoken to
    (
        "risk.self_harm",
        "en",
        "join-the-dead",
        r"\b(?:died|passed|lost|gone|dead|death of)\b[^.!?\n]{0,60}?[.,;!]?[^.!?\n]{0,20}?\b(?:i want to|i wanna|i'?m going to|i'?m gonna|im gonna|i'?ll|going to) (?:go )?(?:be with|join) (?:her|him|them)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "join-the-dead",
        r"\b(?:muri[oó]|perd[ií]|falleci[oó]|se fue|muerte)\b[^\n]{0,60}?\b(?:me quiero ir con|quiero irme con|me voy con|voy a reunirme con|quiero estar con) (?:ella|[eé]l|ellos)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "join-the-dead",
        r"\b(?:умер\w*|потерял\w*|погиб\w*|смерти|не стало)\b[^\n]{0,60}?\b(?:хочу к (?:нему|ней|ним)|пойду к (?:нему|ней|ним)|уйду к (?:нему|ней|ним))\b",
    ),
    (
        "risk.self_harm",
        "en",
        "found-by-family",
        r"\b(?:my )?(?:parents|mom|mum|dad|family|wife|husband|kids|sister|brother|roommate|neighbou?rs?) (?:will|'ll|are going to|gonna) find me\b|\bwhoever finds me\b"
        r"|\byou'?re the last (?:person|one) i'?m (?:talking|speaking) to\b|\bthe last (?:person|one) i (?:talk|speak) to\b",
    ),
    (
        "risk.self_harm",
        "es",
        "found-by-family",
        r"\b(?:mis padres|mi (?:madre|mam[aá]|padre|pap[aá]|familia|mujer|marido|hermana|hermano|hij[oa])) me (?:encontrar[aá]n?|van a encontrar|va a encontrar)\b|\bquien me encuentre\b"
        r"|\b(?:eres|es usted|sois) (?:la|el) [uú]ltim[oa] (?:persona )?con (?:la|el|quien) (?:que )?hablo\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "found-by-family",
        r"\b(?:родители|мама|папа|семья|жена|муж|дети|сестра|брат|соседи) (?:меня )?найд(?:ут|[её]т) меня\b|\b(?:родители|мама|папа|семья|жена|муж|дети|сестра|брат|соседи) найд(?:ут|[её]т) меня\b|\bкто меня найд[её]т\b"
        r"|\b(?:ты|вы) последн(?:ий|яя|ие),? с кем я (?:разговариваю|говорю)\b",
    ),
    # ---------------------------------------------------------- self-harm: a plan with a day, absence with a plan, the method compared
    (
        "risk.self_harm",
        "en",
        "absence-planned",
        r"\bi (?:won'?t|will not|wont) be (?:around|here|alive|there) (?:to see|for)\b[^.!?\n]{0,30}?(?:[.,;!] ?)?\b(?:made sure|planned|decided|i'?ve got it|prepared)\b"
        r"|\b(?:i'?ll be|ill be|i will be) gone\b[^.!?\n]{0,10}?[,;]? (?:i'?ve|ive|i have) (?:got it |it all )?(?:planned|decided|figured out|prepared)\b"
        r"|\bi (?:already )?(?:picked|chose|set|decided on) (?:the|a) (?:day|date|night)\b"
        r"|\bwon'?t need (?:my|the|a) (?:next )?(?:refill|prescription|meds|pills|renewal)s? (?:next|after|anymore|any more)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "absence-planned",
        r"\b(?:la semana que viene|el mes que viene|mañana|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|despu[eé]s de \w+) (?:ya )?no (?:estar[eé]|voy a estar)\b(?! (?:en|de viaje|conectad\w+|disponible))"
        r"|\bno (?:necesitar[eé]|voy a necesitar) (?:la|mi|m[aá]s) (?:receta|medicaci[oó]n|pastillas|recetas)\b|\bya (?:eleg[ií]|tengo) (?:el|la) (?:d[ií]a|fecha)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "absence-planned",
        r"\bменя (?:уже )?не будет\b[^\n]{0,40}?\b(?:подготовил\w*|решил\w*|всё готово|все готово|продумал\w*)\b|\bбольше меня (?:в чате |здесь |тут )?не будет\b|\bуже (?:выбрал\w*|назначил\w*) (?:день|дату)\b",
    ),
    (
        "risk.self_harm",
        "en",
        "method-compared",
        r"\b(?:which|what) (?:is|'s|would be|hurts) (?:less painful|less|quicker|faster|more painless)\b[^.!?\n]{0,25}?\b(?:pills|the bridge|jumping|hanging|the rope|cutting|a gun|overdose)\b"
        r"|\bdoes (?:carbon monoxide|an overdose|hanging|drowning|bleeding out|jumping) hurt\b",
    ),
    (
        "risk.self_harm",
        "es",
        "method-compared",
        r"\bqu[eé] (?:duele|dolerá) menos\b[^.!?\n]{0,25}?\b(?:pastillas|tirarme|el puente|ahorcarme|cortarme|la cuerda)\b|\b(?:duele|es doloroso) (?:ahorcarse|tirarse|desangrarse|ahogarse)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "method-compared",
        r"\bчто (?:менее|меньше|не так) больно\b[^.!?\n]{0,25}?\b(?:таблетки|с моста|прыгнуть|повеситься|вены|петля)\b|\b(?:больно ли|это больно)\b[^\n]{0,5}(?:повеситься|прыгать|резать вены)",
    ),
    # ---------------------------------------------------------- self-harm: harm being done now
    (
        "risk.self_harm",
        "en",
        "harm-ongoing",
        r"\bmy (?:wrists?|arms?|legs?|thighs?) (?:are|is|keep|won'?t stop) bleeding\b|\b(?:hitting|banging|slamming|punching) my (?:head|fists?) (?:against|into|on) (?:the )?(?:wall|floor|door)\b"
        r"|\b(?:burned|burnt|burning|cut|cutting) my(?:self)? (?:arm|wrist|leg|thigh|skin)s? (?:again|with (?:a )?(?:cigarette|lighter|blade|razor))\b",
    ),
    (
        "risk.self_harm",
        "es",
        "harm-ongoing",
        r"\bme (?:he vuelto a|vuelvo a|volv[ií] a|sigo) (?:quemar|cortar|golpear|lastimar)\w*\b|\bme corto (?:todas las noches|cada noche|otra vez|de nuevo|los brazos|las piernas|las mu[ñn]ecas)\b"
        r"|\bme (?:quem[eé]|quemo) (?:el brazo|la pierna|la mano|la piel) con\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "harm-ongoing",
        r"\b(?:опять|снова|сегодня|вчера)\b[^.!?\n]{0,10}?\b(?:прижгл\w+|прижёг|прижег|порезал\w*|резал\w*) (?:себе |себя )?(?:руку|руки|ногу|ноги|кожу|запястья)\b|\b(?:снова|опять|сегодня) (?:себе )?наврежу\b|\bсебе наврежу\b",
    ),
]
COMPOSITIONS += _split(_NINTH)

# Menace formulas every language has, aimed at the reader ("you're done for", "date por muerto", "тебе не
# поздоровится"), and self-harm said without naming the act: the writer soon no longer a worry or a burden, not
# heard from again, eyes closed for good, belongings given away, and hopelessness beside an ending announced
# ("nobody would notice... tonight I end it", "ya no puedo más, esta noche lo hago", "больше не могу, прощайте").
_NINTH_EN_DESPAIR = r"(?:tired of (?:everything|it all|living|life|fighting|trying|being (?:alive|here))|can'?t (?:do this|take (?:it|this)|go on|keep going)(?: anymore| any more| like this)?|(?:nobody|no one|noone) (?:cares|would (?:care|notice|miss me))|no point (?:anymore|in (?:anything|living|trying|going on))|what'?s the point|(?:i'?m|im|i am) (?:just )?a burden|(?:better|happier) off without me|done with (?:everything|it all|life|this life|living)|nothing left (?:for me|to live for)|i give up|i'?ve given up|empty inside)"
_NINTH_EN_ENDING = r"(?:tonight i|i'?m (?:doing|ending) it|end(?:ing)? it(?: all)?\b(?! (?:with|between))|do(?:ing)? it (?:tonight|today|now|soon)|goodbye(?: everyone| all| world| forever)?|this is goodbye|for good|forever|it'?ll (?:all )?be over|(?:only|no) (?:one )?way out|make it (?:all )?stop|won'?t be (?:here|around) (?:tomorrow|much longer|anymore)|last (?:message|post|time you'?ll))"
_NINTH_ES_DESPAIR = r"(?:ya no (?:puedo|aguanto|quiero) m[aá]s|no (?:puedo|aguanto) m[aá]s|(?:estoy )?cansad[oa] de (?:todo|vivir|luchar|seguir)|nadie me (?:quiere|extra[ñn]ar[ií]a|echar[ií]a de menos|necesita)|a nadie le importo|nada tiene sentido|ya no tiene sentido|no tiene sentido seguir|soy una carga|estar[ií]an mejor sin m[ií]|me rindo|no me queda nada)"
_NINTH_ES_ENDING = r"(?:esta noche (?:lo hago|me voy|termino|acabo|se acaba)|lo hago (?:esta noche|hoy|ya)|me voy (?:para siempre|hoy|esta noche)|adi[oó]s(?: a todos| para siempre)|para siempre|(?:todo )?(?:se acaba|termina|terminar[aá]) (?:hoy|esta noche|pronto)|no volver[aá]n a saber de m[ií]|ya no me ver[aá]n|acabar con (?:todo|esto)|otra salida)"
_NINTH_RU_DESPAIR = r"(?:больше не могу|не могу больше|устал\w* от (?:всего|жизни)|устал\w* жить|никому не нуж\w+|никто не (?:заметит|будет скучать|вспомнит)|всем (?:будет )?(?:лучше|легче) без меня|(?:нет|не вижу) смысла|смысла нет|я обуза|сдаюсь|ничего не осталось)"
_NINTH_RU_ENDING = r"(?:сегодня (?:ночью )?(?:всё|все) (?:закончу|закончится|кончится)|(?:сделаю|сделаю я) это|уйду (?:навсегда|сегодня|этой ночью)|прощайте|прощай,? мир|навсегда|больше (?:вы )?(?:меня|обо мне) не (?:увидите|услышите)|другого выхода)"
_NINTH_KNOWN: list[Composition] = [
    (
        "risk.threat",
        "en",
        "menace-formula",
        r"\b(?:you'?re|you are|ur|u r|y'?all are) done for\b|\bsay your (?:last )?prayers\b|\b(?:you|u|y'?all|he|she)(?:'ll| will|'re| are)? (?:never|not|won'?t|wont) (?:gonna )?see (?:it|us|me) coming\b"
        r"|\b(?:only )?a matter of time (?:before|till|until) (?:i|we) (?:get|find|catch|reach|hurt) (?:you|u|ya|him|her|them)\b|\b(?:you'?ve|you have|u have|you) got it coming\b"
        r"|\bmark my words\b(?=[^\n]{0,40}\b(?:pay|regret|sorry|bleed|dead|die|coming)\b)|\bpull(?:ing)? up on (?:you|u|ya|him|her|them)\b|\bput(?:ting)? (?:my )?hands on (?:you|u|ya|him|her)\b"
        r"|\b(?:you|u|he|she)(?:'ll| will)(?: be)? six feet under\b|\b(?:i'?ll|i will|we'?ll|we will|gonna|going to) (?:track|hunt) (?:you|u|ya|him|her|them) down\b"
        r"|\b(?:you|u) and every(?:one|body|thing) (?:you|u) love\b",
    ),
    (
        "risk.threat",
        "es",
        "menace-formula",
        r"\bdate por muert[oa]\b|\bdense por muert[oa]s\b|\b(?:tienes|tiene|ten[eé]s) los d[ií]as contados\b|\bno sabes con qui[eé]n te (?:metiste|est[aá]s metiendo)\b|\breza lo que sepas\b"
        r"|\bno (?:lo|me|nos) vas? a ver venir\b|\bte (?:vamos|voy) a cazar\b|\bte (?:voy|vamos) a desaparecer\b|\buna lecci[oó]n que no (?:olvidar[aá]s|vas a olvidar)\b|\bte voy a buscar hasta (?:encontrarte|el fin del mundo)\b",
    ),
    (
        "risk.threat",
        "ru",
        "menace-formula",
        r"\bоглядывайся\b|\b(?:пришью|порешу|урою|уделаю|покромсаю) (?:тебя|его|её|ее|вас)\b|\bкишки (?:тебе |ему |вам )?выпущу\b|\bпулю в (?:лоб|голову|башку)\b(?=[^\n]{0,20}\b(?:получишь|получит|пущу|всажу|схлопочешь)\b)|\b(?:всажу|пущу) (?:тебе |ему )?пулю\b"
        r"|\bвыслежу\b|\bвыследю\b|\bтебе не поздоровится\b|\bты у меня (?:попляшешь|запоёшь|запоешь|получишь)\b|\bтебе (?:не )?(?:жить|светит) осталось\b",
    ),
    (
        "risk.self_harm",
        "en",
        "unnamed-ending",
        r"\b(?:you|u|y'?all|everyone|nobody)(?: won'?t| will not| wont)? (?:have|need) to worry about me (?:much longer|for long|anymore|any more|soon)\b|\bwon'?t be (?:a )?(?:problem|burden) (?:for (?:anyone|you|long) )?(?:much longer|for long|anymore)\b"
        r"|\bthe last time (?:you'?ll|you will|anyone will) (?:hear|see) (?:from )?me\b|\bclose my eyes and never (?:open them|wake up)\b|\b(?:there'?s|is) only one way out (?:for me|left)\b"
        r"|\bif i'?m not (?:here|around|online) tomorrow\b|\bsaying goodbye before i do it\b|\bgiv(?:ing|en) away (?:all )?(?:my (?:stuff|things|belongings|pets?|cat|dog))\b(?=[^\n]{0,40}\b(?:won'?t (?:be )?need|anymore|any more|soon|last)\b)"
        r"|\bsoon it (?:will|'ll) all be over\b|\bgonna od\b|\b(?:going to|gonna|will|i'?ll) (?:od|overdose) (?:tonight|today|soon)\b|\bisn'?t worth living\b|\bi want to bleed out\b|\b(?:i'?ll|i will|gonna|going to) drink (?:the )?bleach\b",
    ),
    (
        "risk.self_harm",
        "es",
        "unnamed-ending",
        r"\bya no (?:tendr[aá]n|tendr[eé]is|tienen) que preocupar(?:se|os) por m[ií]\b|\bdejar[eé] de ser (?:un problema|una carga|un estorbo)\b|\bno volver[aá]n a saber (?:nada )?de m[ií]\b"
        r"|\b(?:cuando|cuando ya) no est[eé]\b(?=[^\n]{0,40}\b(?:cuiden|cuidad|cuida|qu[eé]dense|para siempre)\b)|\b(?:cuiden|cuidad) a mi (?:gato|perro|gata|perra)\b(?=[^\n]{0,30}\bno est[eé]\b)"
        r"|\bcerrar los ojos y no (?:abrirlos|volver a abrirlos|despertar)\b|\bpronto todo (?:terminar[aá]|acabar[aá]) para m[ií]\b|\bque el dolor (?:pare|acabe|termine) para siempre\b|\bdormir para siempre\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "unnamed-ending",
        r"\bраздал\w* (?:все|всё) (?:свои )?(?:вещи|пожитки)\b|\b(?:больше|скоро) (?:вы )?(?:обо мне|меня) не услышите\b|\bперестану быть (?:проблемой|обузой)\b|\bкогда меня не станет\b"
        r"|\bзакрыть глаза и (?:больше )?не (?:открывать|проснуться)\b|\bболь (?:прекратилась|закончилась) навсегда\b|\bскоро (?:всё|все) закончится для меня\b",
    ),
    (
        "risk.self_harm",
        "en",
        "despair-ending",
        r"\b"
        + _NINTH_EN_DESPAIR
        + r"[^\n]{0,80}?\b"
        + _NINTH_EN_ENDING
        + r"|\b"
        + _NINTH_EN_ENDING
        + r"[^\n]{0,80}?\b"
        + _NINTH_EN_DESPAIR,
    ),
    (
        "risk.self_harm",
        "es",
        "despair-ending",
        r"\b"
        + _NINTH_ES_DESPAIR
        + r"[^\n]{0,80}?\b"
        + _NINTH_ES_ENDING
        + r"|\b"
        + _NINTH_ES_ENDING
        + r"[^\n]{0,80}?\b"
        + _NINTH_ES_DESPAIR,
    ),
    (
        "risk.self_harm",
        "ru",
        "despair-ending",
        r"\b"
        + _NINTH_RU_DESPAIR
        + r"[^\n]{0,80}?\b"
        + _NINTH_RU_ENDING
        + r"|\b"
        + _NINTH_RU_ENDING
        + r"[^\n]{0,80}?\b"
        + _NINTH_RU_DESPAIR,
    ),
]
COMPOSITIONS += _split(_NINTH_KNOWN)

# The act of harm as a class: any verb of killing, wounding, burning or ending (in its inflections) after any form
# of intent, aimed at a person, a role, a family, a pet or (for the verbs of burning and blowing up) a place. The
# first compositions needed one of a few intent forms; "let's", "i'm coming to", "we finna", "someone is going to",
# "te vamos a", "щас приду и" are intent too.
_NINTH_EN_INTENT = r"(?:let'?s|lets|mi (?:a go|ago|a|gwaan|guh|gonna|will)|i'?m coming (?:to|back to)|im coming to|coming (?:back )?to|we(?:'re| are)? (?:gonna|finna|boutta|about to|going to)|i'?m (?:finna|boutta|about to)|im (?:finna|boutta|about to)|finna|boutta|some(?:one|body)(?:'s| is) (?:gonna|going to|about to)|i (?:promise|swear)(?: to god)?,? (?:i'?ll|i will|to)|you watch,? i'?ll|i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|im going to|gonna|going to|we'?ll|we will|imma|ima|i'?ma)"
_NINTH_EN_KILL = r"(?:kill|murder|execute|stab|shank|knife|shoot|gun down|strangle|choke|throttle|hang|lynch|drown|poison|behead|decapitate|maim|cripple|mutilate|dismember|torture|beat|punch|stomp|curb ?stomp|pistol ?whip|attack|assault|hurt|hunt down|track down|hunt(?!(?:s|ed|ing)? (?:for|around|through|season))|run over|mow down|gut|skin|bleed|slit|slice|cut up|chop up|break every bone in|beat up|fuck up|f\*\*k up|smack|slap|merk|murk|strangl|chok|tortur|execut|mutilat|batter|glass|deck|flatten|clobber|pummel|thump|wallop|bludgeon|butcher|rape|set fire to|pistol whip|bash|thrash|malky|chib|moer|necklace|stab up|bang out)"
_NINTH_EN_PERSON = r"(?:you|u|ya|yuh|yu|y'?all|yall|him|her|them|@\w+|dr\.? ?[a-z]\w+|every (?:single )?one of (?:you|u|y'?all|them)|all of (?:you|u|y'?all|them)|each (?:one )?of (?:you|them)|(?:the|that|this|your|ur|his|their|those|these|every|each|all (?:the|those|these|of (?:your|ur|the))) (?:\w+ )?(?:host|streamer|doc|doctor|dr|nurses?|surgeon|pharmacists?|trainer|coach|cardiologist|staff|receptionist|presenter|guy|lady|woman|bitch|bastard|boyfriend|girlfriend|wife|husband|kids?|children|family|daughter|son|mom|dad|dog|cat|puppy|pets?|people|workers|employees?|mods?|moderators?|doctors|quack|quacks|idiots?|clowns?|managers?|members|board|owners?|ceo|cashiers?|clerks?|teachers?|dentists?|therapists?|vets?|landlord|neighbou?rs?|admins?|assistants?|security|guards?|receptionists|surgeons|pharmacy staff|front desk|counter|rep|reps|agent|agents|whole team|team|crew)|both of (?:you|u|them|y'?all)|you people|you lot|the lot of (?:you|u|them)|every last one of (?:you|u|them)|everyone (?:here|there|inside|in (?:this|that|the) \w+)|(?:the )?two of (?:you|u|them)|you two|you both|neither of (?:you|u|them)|one of (?:you|u|them))"
_NINTH_EN_BURN = r"(?:burn|torch|bomb|blow up|firebomb|shoot up|set fire to|light up)"
_NINTH_EN_PLACE = r"(?:(?:the|that|this|your|ur|his|their) (?:\S+ )?(?:place|clinic|hospital|pharmacy|studio|building|office|lobby|gym|house|home|shop|store|center|centre|car|truck|event|gala|fundraiser|party|meetup|school)|it all)"
_NINTH_ES_INTENT = r"(?:(?:te|le|les|lo|la|los|las|os) (?:voy|vamos|van|va) a|(?:te juro que|ya ver[aá]s que|o|y) (?:te|le|les|lo|la|los|las|os))"
_NINTH_ES_KILL = r"(?:matar\w*|mato|matamos|asesinar\w*|apu[ñn]alar\w*|acuchillar\w*|apu[ñn]alo|acuchillo|disparar\w*|disparo|balear\w*|baleo|tirotear\w*|ahorcar\w*|ahorco|estrangular\w*|estrangulo|ahogar\w*|envenenar\w*|enveneno|degollar\w*|degüello|descuartizar\w*|torturar\w*|golpear\w*|golpeo|pegar\w*|pego|reventar\w*|reviento|partir\w*|parto|romper\w*|rompo|quemar\w*|quemo|incendiar\w*|incendio|volar\w*|vuelo|atropellar\w*|atropello|enterrar\w*|entierro|liquidar\w*|liquido|cargar\w*te|cargo|desaparecer\w*|desaparezco|cazar\w*|cazo|mandar\w* al hospital|dar\w* (?:una paliza|de palos|un tiro|un balazo|piso|matarile)|meter\w* (?:un tiro|un balazo|una bala|un plomazo|una pu[ñn]alada)|dejar\w* (?:en silla de ruedas|sin dientes|tirad[oa]|muert[oa])|hostiar\w*|hostio|madrear\w*|madreo|acribillar\w*|acribillo|fusilar\w*|fusilo|rajar\w*|rajo|cagar\w* a (?:palos|trompadas|golpes|pi[ñn]as|tiros|patadas|hostias|balazos|pu[ñn]etazos)|sacar\w* (?:la (?:cresta|chucha|mierda|madre|entre[ñn]a)|las tripas)|moler\w* a (?:palos|golpes)|muelo a (?:palos|golpes)|zurrar\w*|cascar\w*|chingar\w*|quebrar\w*|quiebro|fajar\w*|pelar\w* a tiros|tronar\w*|mandar\w* al (?:otro barrio|hoyo|cementerio)|meter\w* (?:plomo|un navajazo|una hostia|un plomazo)|(?:dar|meter|pegar|clavar|zampar|soltar)\w* (?:un|una|unos|dos|tres|un par de) (?!(?:abrazo|golazo|bombazo|flechazo|exitazo|cochazo|partidazo|platazo|besazo|cuerpazo|pelotazo|carpetazo|portazo)s?\b)\w+azos?\b|dar\w* (?:una hostia|dos hostias|un par de hostias|un guantazo|un bofet[oó]n|una somanta|masa|chumbimba|bala)|hacer\w* boleta|caer\w* a (?:tiros|plomo|balazos|golpes)|pelar\w*(?! (?:una?s?|la|el|las|los|papas|patatas|fruta|cebolla)\b)|dar\w* (?:cuello|plomo|chicharr[oó]n|una golpiza|una madriza|una putiza|una verguiza|una tunda|un navajazo))"
_NINTH_RU_KILL = r"(?:убью|убьём|убьем|прибью|прибьём|прибьем|пришибу|зарежу|зарежем|прирежу|порежу|порежем|пристрелю|пристрелим|застрелю|застрелим|задушу|задушим|придушу|повешу|повесим|утоплю|утопим|отравлю|отравим|сожгу|сожж[её]м|спалю|спалим|подожгу|подожж[её]м|взорву|взорв[её]м|изобью|изобь[её]м|отпизжу|отпиздим|покалечу|покалечим|искалечу|переломаю|переломаем|закопаю|урою|уроем|грохну|грохнем|замочу|замочим|прикончу|прикончим|задавлю|перееду|выпотрошу|четвертую|вальну|вальн[её]м|завалю|завалим|попишу|попишем|порву|порв[её]м|размажу|размажем|раздавлю|раздавим|наваляю|наваляем|уебу|уеб[её]м|въебу|въеб[её]м|уебашу|отхерачу|отмудохаю|зарою|зароем|прикопаю|искромсаю|покромсаю|пырну|подстрелю|шмальну|расстреляю|расстреляем|изувечу|изуродую|растопчу|порешу|порешим|пришью|пришь[её]м|[её]бну|ебану|подрежу|огрею|зашибу|добью|добь[её]м|отделаю|отделаем|уделаю)"
_NINTH_RU_WHO = r"(?:тебя|тебе|вас|вам|его|ему|её|ее|ей|их|им|всех|каждого|вашу|твою|твоего|твоих|ваших|вашего|эту|этого|этих|врач\w*|доктор\w*|ведущ\w+|фармацевт\w*|тренер\w*|медсестр\w*|клиник\w+|аптек\w+|студи\w+|офис\w*|дом\w*|машин\w+|собак\w+|кошк\w+|семь\w+|дет\w+|сын\w*|доч\w+|жен\w+|муж\w*)"
_NINTH_HARM_CLASS: list[Composition] = [
    (
        "risk.threat",
        "en",
        "harm-class",
        r"\b"
        + _NINTH_EN_INTENT
        + r"\b[^.!?\n]{0,20}?\b"
        + _NINTH_EN_KILL
        + r"(?:s|es|ed|ing|[bgt](?:ed|ing))?\b[^.!?\n]{0,10}?\b"
        + _NINTH_EN_PERSON
        + r"\b(?! (?:at|in) (?:chess|cards|poker|fortnite|cod|the game|a game|pushups|push-ups|arm wrestling|ping pong|mario ?kart))(?!['’]s\b)(?![^.!?\n]{0,25}\b(?:at|in) (?:the |this |that |a )?(?:\w+ )?(?:race|run|5k|10k|marathon|tournament|final|finals|match|ranked|leaderboard|league|game|quiz|trivia|contest|competition|playoffs?)\b)",
    ),
    (
        "risk.threat",
        "en",
        "burn-class",
        r"\b"
        + _NINTH_EN_INTENT
        + r"\b[^.!?\n]{0,20}?\b"
        + _NINTH_EN_BURN
        + r"(?:s|es|ed|ing)?\b[^.!?\n]{0,10}?\b"
        + _NINTH_EN_PLACE
        + r"\b",
    ),
    (
        "risk.threat",
        "en",
        "made-to-pay",
        r"\b"
        + _NINTH_EN_INTENT
        + r"\b[^.!?\n]{0,20}?\bmake "
        + _NINTH_EN_PERSON
        + r" (?:pay|bleed|suffer|beg|scream|regret (?:it|this|that|being born))\b",
    ),
    (
        "risk.threat",
        "es",
        "harm-class",
        r"\b"
        + _NINTH_ES_INTENT
        + r" ?"
        + _NINTH_ES_KILL
        + r"\b(?! (?:de (?:risa|hambre|amor|aburrimiento)|el tiempo|la sed|el hambre|las horas|en el (?:partido|juego)|la meta|el r[eé]cord))"
        r"|\b(?:voy|vamos) a (?:matar|asesinar|apu[ñn]alar|acuchillar|balear|ahorcar|estrangular|envenenar|degollar|descuartizar|atropellar|quemar|incendiar|reventar)(?:te|le|les|lo|la|los|las|os)\b",
    ),
    (
        "risk.threat",
        "ru",
        "harm-class",
        r"\b"
        + _NINTH_RU_KILL
        + r"\b[^.!?\n]{0,15}?\b"
        + _NINTH_RU_WHO
        + r"\b(?! (?:в (?:игре|доте|кс|шахматах|матче)|по рейтингу))(?![^.!?\n]{0,30}\bна (?:\w+ )?(?:забеге|турнире|соревновани\w+|матче|игре|ринге|корте|поле|финале|трассе|марафоне|чемпионате|олимпиаде))|\b"
        + _NINTH_RU_WHO
        + r"\b[^.!?\n]{0,15}?\b"
        + _NINTH_RU_KILL
        + r"\b(?! (?:в (?:игре|доте|кс|шахматах|матче)|по рейтингу|время|вирус\w*|микроб\w*))(?![^.!?\n]{0,30}\bна (?:\w+ )?(?:забеге|турнире|соревновани\w+|матче|игре|ринге|корте|поле|финале|трассе|марафоне|чемпионате|олимпиаде))",
    ),
]
COMPOSITIONS += _split(_NINTH_HARM_CLASS)

# Bombs, shootings and fires by their own words, whatever the sentence: something that goes off or explodes at a
# time or in a place ("goes off at 3", "explota a las tres", "рванёт в три"), fire opened or a device detonated at an
# event, ammunition or a rifle brought to one, a building set alight, fuel and a flame beside a known place.
_NINTH_EN_EVENT = r"(?:meetup|meet and greet|meet-up|gala|fundraiser|fair|event|run|5k|walk|launch|party|show|stream|clinic|hospital|pharmacy|office|studio|lobby|waiting room|building|school|store|shop|gym|center|centre|church)"
_NINTH_BLAST: list[Composition] = [
    (
        "risk.threat",
        "en",
        "blast-timed",
        r"\b(?:it|that|this|the (?:package|box|bag|device|bomb|thing|present|gift)|a (?:package|box|bag|device|bomb)|(?:your|ur) (?:\w+ )?(?:building|clinic|office|lobby|studio))\b[^.!?\n]{0,40}?\b(?:(?:goes|go|going|will go|gonna go|is going to go|blows|will blow) (?:off|up)|explodes?|will explode|detonates?) (?:at|in|on|during|by|before|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b"
        r"|\b(?:i'?m|im|i am|i'?ll|i will|gonna|going to|we'?ll|we will)\b[^.!?\n]{0,15}?\b(?:detonate|open fire|light (?:\w+ ){1,3}on fire|set (?:\w+ ){1,3}on fire|spray (?:the|that|this|your|ur) (?:whole )?\w+)\b"
        r"|\bactive shooter\b(?=[^\n]{0,40}\b(?:tomorrow|tonight|today|friday|saturday|sunday|monday|tuesday|wednesday|thursday|be there|at (?:the|your)|next)\b)"
        r"|\b(?:got|have|bought|bringing|packed|loaded) (?:\d+|a few hundred|hundreds of) (?:rounds|bullets|shells|mags)\b(?=[^\n]{0,40}\b(?:for|at|to) (?:the |your |ur |that |this )?(?:\w+ )?"
        + _NINTH_EN_EVENT
        + r")",
    ),
    (
        "risk.threat",
        "es",
        "blast-timed",
        r"\b(?:la bomba|el paquete|la caja|la mochila|el artefacto|el explosivo|eso|todo)\b[^.!?\n]{0,40}?\b(?:explota|explotar[aá]|estalla|estallar[aá]|va a explotar|va a estallar|vuela|volar[aá]) (?:a las|el|esta|ma[ñn]ana|hoy|durante|en)\b"
        r"|\b(?:voy|vamos) a (?:abrir fuego|detonar|hacer estallar|hacer explotar)\b|\babrir[eé] fuego\b"
        r"|\b(?:voy|vamos) a (?:llevar|traer) (?:el|mi|un|una|la) (?:rifle|fusil|escopeta|pistola|arma|cuerno de chivo|ak|metralleta)\b[^.!?\n]{0,30}?\b(?:a|al|a la) (?:\w+ )?(?:feria|evento|gala|cl[ií]nica|farmacia|hospital|carrera|fiesta|presentaci[oó]n)\b"
        r"|\btengo (?:gasolina|un bid[oó]n|nafta)\b[^.!?\n]{0,30}?\b(?:mechero|encendedor|cerillos|f[oó]sforos)\b",
    ),
    (
        "risk.threat",
        "ru",
        "blast-timed",
        r"\b(?:бомба|пакет|сумка|коробка|устройство|взрывчатка|оно|всё|все)\b[^.!?\n]{0,40}?\b(?:рван[её]т|взорв[её]тся|взлетит на воздух|сработает|бахнет|ебан[её]т) (?:в|во время|на|завтра|сегодня|ночью)\b"
        r"|\b(?:открою|откроем|открыть) огонь\b|\b(?:принесу|приволоку|привезу|возьму) (?:с собой )?(?:автомат|ружь[её]|обрез|ствол|пистолет|калаш\w*|карабин)\b[^.!?\n]{0,30}?\bна (?:\w+ )?(?:забег|ярмарк\w+|мероприяти\w+|праздник|презентаци\w+|встреч\w+|концерт|эфир)\b"
        r"|\b(?:есть|взял|купил) бензин\w*\b[^.!?\n]{0,20}?\b(?:и )?(?:зажигалк\w+|спичк\w+)\b",
    ),
]
COMPOSITIONS += _split(_NINTH_BLAST)

# Ultimatums: a demand or a provocation, then its consequence ("refund me or else", "do it again and you'll regret
# it", "o me devuelves el dinero o te arrepentirás", "верни деньги или пожалеешь", "ещё слово и тебе конец"); an
# address held, a see-you with a weapon beside it, and nothing but ashes left of a place.
_NINTH_EN_PROVOKE = r"(?:keep (?:talking|it up|this up|laughing|ignoring me|doing that|posting|lying|mocking me)|do (?:it|that|this) again|try me|say (?:that|it) again|(?:ban|block|mute|ignore) me (?:again|one more time)|one more (?:time|word|lie|excuse|delay|comment|post))"
_NINTH_ULTIMATUM: list[Composition] = [
    (
        "risk.threat",
        "en",
        "ultimatum",
        r"\b(?:refund|pay|give|fix|answer|call|reply|respond|return|cancel|send|delete|remove|apologi[sz]e)\b[^.!?\n]{0,50}?,? or else\b(?! (?:what|how|who|why|where|when|i|we|you))"
        r"|\b(?:refund|pay|give|fix|answer|call|reply|respond|return|cancel|send|delete|remove|apologi[sz]e)\b[^.!?\n]{0,50}?,? or (?:you'?ll|you will|u will|u'?ll|you'?re gonna|you are going to) (?:regret it|be sorry|pay for it|see what happens)\b"
        r"|\b"
        + _NINTH_EN_PROVOKE
        + r"\b[^.!?\n]{0,30}?,? and (?:(?:you'?ll|you will|u will|u'?ll) (?:regret it|be sorry|see what happens)|see what happens|(?:you'?re|you are|ur|u r) (?:done|finished|dead|gone))\b",
    ),
    (
        "risk.threat",
        "es",
        "ultimatum",
        r"\bo (?:te|os|se) (?:arrepentir[aá]s|arrepentir[eé]is|arrepentir[aá]n|va a pesar|van a pesar)\b|\bo at[eé]n(?:te|se|ganse) a las consecuencias\b"
        r"|\b(?:sigue (?:hablando|as[ií]|riéndote|riendote|ignor[aá]ndome|burl[aá]ndote)|vuelve a (?:hacerlo|decirlo|bloquearme|banearme|borrarme)|hazlo otra vez|rep[ií]telo|(?:una|otra) (?:palabra|vez|mentira) m[aá]s)\b[^.!?\n]{0,30}?,? y (?:ya )?(?:ver[aá]s|te arrepentir[aá]s|est[aá]s (?:acabad[oa]|muert[oa]|frit[oa])|eres historia)\b",
    ),
    (
        "risk.threat",
        "ru",
        "ultimatum",
        r"\bили (?:пожалеешь|пожалеете|тебе конец|вам конец|тебе хана|вам хана|хуже будет|будет хуже)\b|\bа то (?:пожалеешь|пожалеете|хуже будет)\b"
        r"|\b(?:продолжай|повтори|попробуй только|только попробуй|(?:ещё|еще) (?:одно слово|одна выходка|раз (?:так )?(?:сделаешь|забанишь|заблокируешь|напишешь)))\b[^.!?\n]{0,30}?,? и (?:(?:ты )?увидишь|пожалеешь|тебе (?:конец|крышка|хана))\b"
        r"|\bу меня (?:есть )?(?:твой|ваш|её|ее|его) (?:домашний )?адрес\b|\bот (?:твоей|вашей|этой|его|её|ее) (?:\w+ )?(?:аптеки|клиники|студии|машины|дома|квартиры) останется (?:только )?(?:пепел|пепелище|мокрое место)\b|\bот (?:тебя|него|неё|нее) останется мокрое место\b",
    ),
    (
        "risk.threat",
        "en",
        "see-you-armed",
        r"\b(?:see (?:you|u|ya) (?:soon|tonight|tomorrow|later|there|at)|nos vemos(?: pronto| mañana| esta noche)?|hasta (?:pronto|mañana|luego)|до (?:скорой )?встречи|увидимся)\b[^\n]{0,25}?"
        + _WEAPON_EMOJI,
    ),
]
COMPOSITIONS += _split(_NINTH_ULTIMATUM)

# Self-harm hidden or measured: where to cut unseen, a height sure to kill, harm done over days in a gerund
# ("llevo toda la semana cortándome"), one's own body hurt until it breaks or bleeds.
_NINTH_HIDDEN: list[Composition] = [
    (
        "risk.self_harm",
        "en",
        "harm-hidden",
        r"\bwhere (?:do|should|can) (?:you|i|u) cut so (?:nobody|no one|noone|people don'?t|they don'?t) (?:sees?|notices?|can see|will see|finds? out)\b"
        r"|\bhow high (?:does|do|should) (?:a |the )?(?:building|bridge|floor|roof|balcony) (?:need to |have to )?be to be sure\b"
        r"|\buntil my (?:knuckles|hands?|skin|fingers|arms?|head) (?:broke|bled|bleed|split|cracked|went numb)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "harm-hidden",
        r"\bd[oó]nde (?:me )?(?:corto|cortarme|me puedo cortar) para que no se (?:vea|note|den cuenta)\b|\bdesde qu[eé] (?:altura|piso) (?:es seguro|no se sobrevive|no sobrevives|seguro que no)\b"
        r"|\b(?:llevo|sigo|estoy|ando)\b[^.!?\n]{0,25}?\b(?:cort[aá]ndome|quem[aá]ndome|lastim[aá]ndome|golpe[aá]ndome|haci[eé]ndome daño)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "harm-hidden",
        r"\bгде (?:резать|порезать|порезаться),? чтобы (?:не (?:видно|было видно|заметили)|никто не (?:видел|заметил))\b|\bс какой высоты\b[^.!?\n]{0,30}?\bнаверняка\b"
        r"|\b(?:режу|резала|резал|прижигаю|прижигала|прижигал|жгу|жгла|жёг|бью|била|царапаю|царапала|калечу|калечила)\s+себя\b(?=[^\n]{0,30}\b(?:опять|снова|каждый|каждую|зажигалкой|сигаретой|лезвием|до крови|всю неделю)\b)|\b(?:опять|снова|всю неделю|каждую ночь)\b[^.!?\n]{0,15}?\b(?:режу|резала|прижигала|прижигаю|жгла|царапала|била) себя\b",
    ),
]
COMPOSITIONS += _split(_NINTH_HIDDEN)

# A death or an injury foretold to the reader ("you will die screaming", "won't live to see", "no vas a llegar a la
# próxima semana", "не доживёшь до"), someone coming after them, kidnapping a child, a hired crew waiting, a weapon
# made ready or named for them ("a bat with your name on it", "нож уже наточил"), an event that "will end in a
# bloodbath", "a shame if someone broke them", a volunteer for a punishment ("deserves a bullet and I might
# deliver", "merece la horca y yo la traigo"), being followed, a vehicle driven into a crowd, a bomb or a package
# left, the brakes to be checked.
_NINTH_EN_TIME = r"(?:tonight|tomorrow|tmrw|today|soon|next (?:week|month|year|stream|show)|new year'?s?|christmas|the weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the end of the (?:week|month)|the results|your (?:trial|birthday|next stream))"
_NINTH_FORETOLD: list[Composition] = [
    (
        "risk.threat",
        "en",
        "death-foretold",
        r"\b(?:you|u|ya|he|she|they|(?:the|that|this|your|ur) (?:\w+ )?(?:host|streamer|doc|doctor|nurse|surgeon|pharmacist|trainer|coach|presenter))(?:'ll| will|'re gonna|'re going to| are gonna| are going to| r gonna|r gonna| is gonna| is going to)? die (?:screaming|slowly|alone|in pain|painfully|like a (?:dog|rat|pig)|by|before|"
        + _NINTH_EN_TIME
        + r")\b"
        r"|\b(?:you|u|ya|ur|you'?re|he|she|(?:the|that|this|your|ur) (?:\w+ )?(?:host|streamer|doc|doctor|nurse|surgeon|pharmacist|trainer|coach|presenter)(?: on \w+ street)?)(?:'re| are| is|'s)? (?:not gonna|not going to|won'?t|will not|wont|never gonna) (?:(?:live to see|make it to|survive) (?:the |next |another )?\w+|see (?:the |next |another )?"
        + _NINTH_EN_TIME
        + r")\b"
        r"|\b(?:i|we)(?:'ll| will|'m gonna|'m going to| am going to| will be)? (?:gonna |going to )?(?:come|coming) (?:for|after) (?:you|u|ya|him|her|them)\b(?! (?:guys|all)? ?(?:with|in) (?:love|the (?:game|match|finals?)))",
    ),
    (
        "risk.threat",
        "es",
        "death-foretold",
        r"\bno (?:vas|va|van) a llegar (?:viv[oa]s? )?a (?:la pr[oó]xima semana|mañana|fin de mes|navidad|año nuevo|fin de año|tu cumpleaños|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo))\b"
        r"|\b(?:vas|va) a (?:morir|aparecer muert[oa]|amanecer muert[oa]) (?:gritando|lentamente|sol[oa]|como un perro|como una rata|un d[ií]a de estos|pronto|esta semana)\b|\bva a aparecer muert[oa]\b"
        r"|\b(?:voy|vamos|iremos|ir[eé]) (?:a ir )?(?:por ti|a por ti|a buscarte|por usted|a por usted)\b",
    ),
    (
        "risk.threat",
        "ru",
        "death-foretold",
        r"\bне доживёшь\b|\bне доживешь\b|\bне доживёт\b|\bне доживет\b|\bсдохнешь (?:медленно|как собака|в муках|скоро)\b|\b(?:будет найден\w*|найдут) (?:\w+ )?(?:в лесу|в канаве|в реке|мёртв\w*|мертв\w*)\b"
        r"|\b(?:приду|приедем|придём|придем|приеду) за (?:тобой|вами|ним|ней)\b|\bвсех (?:вас |их )?(?:перебью|перебьём|перебьем|перережу|перестреляю|передушу)\b|\b(?:вас |их )всех (?:перебью|перережу|перестреляю)\b|\bуб\*ю\b|\bизнасилую\b",
    ),
    (
        "risk.threat",
        "en",
        "taken-or-hired",
        r"\b(?:gonna|going to|i'?ll|i will|i'?m gonna|we'?ll) (?:grab|take|snatch|kidnap|steal) (?:your|ur) (?:kid|kids|son|daughter|little girl|little boy|child|children|baby|wife)\b"
        r"|\b(?:paid|hired|sent|pay|paying) (?:some |a few |a couple of |two |three )?(?:guys|people|friends|boys|dudes|someone|somebody|a guy)\b[^.!?\n]{0,20}?\bto (?:wait for|visit|find|hurt|handle|deal with|take care of|jump|beat) (?:you|u|him|her|the \w+|that \w+|your \w+)\b"
        r"|\b(?:wrap|put|get) my hands (?:around|on) (?:your|ur|his|her|that \w+'?s?|the \w+'?s?) (?:throat|neck)\b|\b(?:drive|driving|run|running|ram|ramming|plow|plowing) my (?:car|truck|van|suv) (?:into|through) (?:the |that |your )?(?:crowd|people|runners|line|them|finish line)\b",
    ),
    (
        "risk.threat",
        "es",
        "taken-or-hired",
        r"\b(?:me voy a llevar|me llevo|voy a secuestrar|secuestrar[eé]|me voy a robar) a (?:tu|su) (?:hij[oa]|niñ[oa]|beb[eé]|esposa|mujer)\b"
        r"|\b(?:le |les )?pagu[eé] a (?:unos|dos|tres|unos cuantos) (?:tipos|chicos|amigos|pibes|manes|compas)\b[^.!?\n]{0,20}?\bpara que (?:te|le|lo|la) (?:esperen|busquen|visiten|encuentren|den)\b",
    ),
    (
        "risk.threat",
        "ru",
        "taken-or-hired",
        r"\b(?:украду|похищу|заберу) (?:твою|твоего|вашу|вашего) (?:доч\w*|сын\w*|ребён\w+|ребен\w+|жену|детей)\b"
        r"|\b(?:заплатил|нанял|попросил) (?:ребятам|пацанам|людям|парням|ребят|пацанов|людей)\b[^.!?\n]{0,25}?\b(?:встретят|подождут|найдут|навестят|разберутся)\b",
    ),
    (
        "risk.threat",
        "en",
        "weapon-named",
        r"\b(?:bat|knife|gun|glock|pistol|rifle|machete|axe|bullet|blade)s? with (?:your|ur|his|her) name on (?:it|them)\b|\bmy (?:glock|gun|pistol|rifle|knife|machete|ar|ak|piece|strap|9) says (?:hi|hello)\b"
        r"|\bsharpen(?:ing|ed)? my (?:knife|knives|blade|machete|axe)\b(?=[^\n]{0,40}\b(?:see (?:u|you|ya)|for (?:you|u|the \w+)|waiting|after|soon)\b)|\blocked (?:and|n|&) loaded\b(?=[^\n]{0,30}\bsee (?:u|you|ya)\b)"
        r"|\b(?:jk|just kidding|kidding)\W{0,6}(?:unless|or am i)\W{0,8}"
        + _WEAPON_EMOJI
        + r"|"
        + _WEAPON_EMOJI
        + r"[^\n]{0,6}\bsee (?:u|you|ya)\b",
    ),
    (
        "risk.threat",
        "es",
        "weapon-named",
        r"\b(?:el|un|mi) (?:cuchillo|bate|machete|arma|pistola|navaja|fierro) (?:ya )?(?:est[aá] )?(?:list[oa]|afilad[oa]|preparad[oa]|cargad[oa])\b[^\n]{0,30}?\bpara (?:cuando salgas|ti|usted|el \w+|la \w+)\b|\bcon tu nombre\b(?=[^\n]{0,5}$|[^\n]{0,30}(?:bala|cuchillo|bate))",
    ),
    (
        "risk.threat",
        "ru",
        "weapon-named",
        r"\b(?:нож|топор|биту|ствол|ружь[её]|пистолет)\b[^.!?\n]{0,10}?\b(?:уже )?(?:наточил|наточен|заряжен|зарядил|приготовил|готов)\b[^\n]{0,30}?\b(?:жду|жди|для тебя|у выхода|встречу)\b|"
        + _WEAPON_EMOJI
        + r"[^\n]{0,6}(?:тебе|вам|для тебя|для вас),? (?:доктор|врач|ведущ\w+|тренер|фармацевт)\b",
    ),
    (
        "risk.threat",
        "en",
        "event-tragedy",
        r"\b(?:will|gonna|going to|is going to) end in (?:a )?(?:bloodbath|tragedy|massacre|blood|carnage|body bags)\b|\b(?:go|going|gonna go|will go) boom\b(?=[^\n]{0,30}\b(?:"
        + _NINTH_EN_TIME
        + r"|morning|night)\b)"
        r"|\b(?:planning|planned|have|got) (?:a )?(?:little )?surprise (?:at|for) (?:the )?(?:finish line|gala|fundraiser|event|meetup|run|clinic|pharmacy)\b|\b(?:make|making|made) (?:an |a )?(?:explosion|boom) (?:in|at)\b"
        r"|\b(?:left|put|placed|planted) (?:a |the )?(?:package|box|bag|present|gift|device)\b[^.!?\n]{0,40}?(?:[.,;] ?)?[^.!?\n]{0,20}?\b(?:wouldn'?t|would not|don'?t|do not|dont|better not) open (?:it|that)\b"
        r"|\bb(?:o|0)mb (?:in|at|under) (?:the|your|ur|that)\b[^\n]{0,40}?\bevacuate\b",
    ),
    (
        "risk.threat",
        "es",
        "event-tragedy",
        r"\bva a terminar en (?:tragedia|una tragedia|masacre|una masacre|sangre|un ba[ñn]o de sangre)\b|\bno (?:va|vas) a volver a (?:operar|trabajar|caminar|hablar|atender|transmitir)\b(?=[^\n]{0,30}\b(?:me encargo|yo me encargo|de eso me encargo|te lo aseguro|lo juro)\b)",
    ),
    (
        "risk.threat",
        "ru",
        "event-tragedy",
        r"\b(?:закончится|кончится) (?:трагедией|кровью|резнёй|резней|бойней)\b|\bбольше не (?:встанет|встанешь|встанут)\b|\bустрою (?:ему|ей|тебе|им) такую встречу\b",
    ),
    (
        "risk.threat",
        "en",
        "shame-if-harmed",
        r"\b(?:shame|pity) if (?:someone|somebody|something) (?:broke|smashed|cut|slashed|burned|hurt|happened to) (?:them|it|those|your|ur|her|him)\b|\benjoy (?:your|ur) (?:\w+ )?while (?:you|u) (?:still )?(?:have|can)\b"
        r"|\bhow (?:the \w+|you|u|he|she) would look (?:with|without) (?:a few |some )?(?:broken|cracked|smashed|no) (?:ribs|legs|knees|bones|teeth|nose|fingers)\b"
        r"|\b(?:check|checked|test) (?:your|ur|his|her) brakes\b|\bsaid goodbye to (?:your|ur) (?:kids|children|family|wife|husband|daughter|son)\b|\bhow easy it would be to find (?:your|ur|you|u)\b"
        r"|\b(?:deserves?|deserve) (?:a bullet|to hang|to be shot|to die|the rope)\b[^.!?\n]{0,20}?\band i(?:'ll| will| might| can|'m)? (?:deliver|bring|do it|volunteer|be the one|start|provide)\b"
        r"|\b(?:teach|give) (?:those|these|that|the) \w+ a lesson\b[^.!?\n]{0,15}?\band i (?:volunteer|will|'ll do it)\b"
        r"|\b(?:been|was|i'?ve been|i was) (?:following|tracking|stalking) (?:you|u|her|him)\b(?! (?:for years|since|on (?:youtube|tiktok|insta|instagram|twitch|twitter|here)|guys|on)\b)|\bi was watching\W*$|\bsee (?:you|u|ya) in the (?:garage|parking lot|lot)\b",
    ),
    (
        "risk.threat",
        "es",
        "shame-if-harmed",
        r"\b(?:pena|l[aá]stima) que alguien (?:te|se|le) (?:la|las|lo|los) (?:rompiera|cortara|quemara|partiera|destrozara)\b|\bmerece[ns]? (?:la horca|un tiro|una bala|morir)\b[^.!?\n]{0,15}?\by yo (?:la|lo|me|se lo|se la) (?:traigo|hago|encargo|doy|pongo)\b"
        r"|\bte (?:estuve|he estado|estoy) siguiendo\b|\bya s[eé] tu rutina\b|\b(?:sigue hablando|sigue as[ií]) y te (?:busco|encuentro|voy a buscar)\b|\bmientras puedas\b(?=[^\n]{0,3}$)",
    ),
    (
        "risk.threat",
        "ru",
        "shame-if-harmed",
        r"\bжаль (?:будет|было бы),? если (?:\w+ )?кто-то (?:\w+ )?(?:порежет|сломает|разобь[её]т|изуродует|сожж[её]т)\b|\b(?:надо|нужно) (?:перерезать|перестрелять|передушить|перебить)\b[^.!?\n]{0,20}?\bи я (?:начну|сделаю|займусь)\b"
        r"|\bзнаю,? (?:на какой машине|какая у тебя машина|где ты паркуешься|в каком корпусе)\b|\bследил\w* за тобой\b|\bпока (?:ещё |еще )?можешь\b(?=[^\n]{0,3}$)|\bберегись,? (?:тренер|доктор|врач|ведущ\w+)\b"
        r"|\b(?:сломал|разрушил|испортил|забрал)\w* (?:мне )?(?:жизнь|семью|здоровье)\b[^.!?\n]{0,10}?[,;]? (?:теперь |а теперь )?(?:я )?(?:сломаю|разрушу|испорчу|заберу) (?:твою|твоё|твое|твоего)\b",
    ),
]
# Each alternative is a concept of its own, gated by its own words.
COMPOSITIONS += _split(_NINTH_FORETOLD)

# Self-harm, more concepts: death preferred to a trouble ("prefiero morirme", "лучше самому уйти, чем мучиться",
# "only way out is off the bridge"), worth more dead (the insurance), means made ready for oneself (a rope bought, a
# beam found, a pistol "for me"), a note or letters written, the tracks at an hour, a method asked for its time or its
# certainty (bleeding out, a floor high enough, "¿son mortales?", "это конец?"), harm now (fresh cuts, punishing
# oneself with hunger), the dead followed, leaving before a loss is found out, medicine hoarded "for the right
# moment", letting oneself die, a vehicle driven off the road.
_NINTH_SELF_MORE: list[Composition] = [
    (
        "risk.self_harm",
        "en",
        "death-preferred",
        r"\b(?:only|the only) way out is (?:off the bridge|the bridge|the rope|death|dying|to die|to end it|pills|the tracks|a bullet)\b"
        r"|\b(?:life )?insurance (?:pays|is worth|would pay) more than (?:i'?m|i am) (?:worth )?alive\b|\bworth more dead\b|\bbetter off with (?:the )?(?:insurance|life insurance)(?: money)? than (?:with )?me\b|\bbetter (?:off )?with a (?:mom|mother|dad|father|wife|husband) who isn'?t (?:here|around)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "death-preferred",
        r"\bprefiero (?:morirme|matarme|acabar (?:yo mismo|yo misma|con todo|con mi vida)|quitarme la vida|tirarme)\b|\blo [uú]nico que me queda es (?:matarme|morirme|acabar|tirarme|quitarme la vida)\b|\bla [uú]nica salida es (?:matarme|morirme|acabar|tirarme|el puente|la cuerda)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "death-preferred",
        r"\bлучше (?:я )?(?:сама|сам|самому|самой) (?:уйти|уйду)?\b(?=[^\n]{0,30}(?:чем|мучиться|$))|\bвыход (?:только )?один\W{0,4}(?:в петлю|с моста|из окна|с крыши|таблетки)\b|\bлучше (?:умереть|сдохнуть|уйти),? чем\b",
    ),
    (
        "risk.self_harm",
        "en",
        "means-for-me",
        r"\bbought (?:a )?rope\b(?=[^\n]{0,40}\b(?:knot|tonight|beam|noose|today)\b)|\bfound a (?:good |strong |sturdy )?(?:beam|hook|rafter)\b|\b(?:🪢|noose)\W{0,3}(?:tonight|today|ready)\b"
        r"|\bmy (?:service )?(?:pistol|gun|rifle|glock)\b[^.!?\n]{0,30}?\b(?:ready|for me|next to (?:the|my) bed for me)\b|\bfor me,? not (?:them|for them)\b"
        r"|\b(?:writing|wrote|written|finished) (?:(?:my|the) (?:suicide |goodbye |farewell |last )?note\b(?! (?:to|for|about|on|in)\b)|a (?:suicide|goodbye|farewell) note\b)|\b(?:writing|wrote|started writing) letters to everyone i love\b|\bit'?s almost time\b(?=[^\n]{0,3}$)"
        r"|\bi'?ll be on the (?:tracks|rails|bridge|ledge|roof)\b|\bmy plan is set\b|\b(?:plan|everything) is (?:set|ready) for (?:tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "means-for-me",
        r"\b(?:ya )?escrib[ií] (?:la|una|mi) carta (?:de despedida )?para (?:mis|mi) (?:hij[oa]s?|padres|familia|madre|mam[aá]|esposa|marido)\b|\b(?:ya )?tengo todo preparado para (?:esta noche|hoy|mañana|el \w+)\b"
        r"|\bvoy a (?:tirar|estrellar) el (?:coche|carro|auto) (?:por|contra|al) (?:el |un )?(?:barranco|precipicio|muro|r[ií]o|puente|cami[oó]n)\b|\bvoy a mezclar (?:todas )?mis pastillas con (?:alcohol|vino|whisky)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "means-for-me",
        r"\bпойду на (?:рельсы|пути)\b|\bзаеду на машине в (?:реку|обрыв|столб|стену)\b|\b(?:в|во) (?:\w+ )?(?:после работы )?(?:вс[её]) закончу\b",
    ),
    (
        "risk.self_harm",
        "en",
        "method-measured",
        r"\bhow long (?:does it|would it|will it) take to bleed out\b|\bhow to cut deep(?:er)?\b|\bwhat floor is high enough\b|\bdefinitely (?:don'?t|won'?t|wouldn'?t) survive\b"
        r"|\bbathtub and a (?:hair ?dryer|toaster)\b|\b(?:would|is|are) \d+ (?:of (?:my |these )?)?\w+ (?:be )?enough\b(?=[^\n]{0,20}(?:don'?t ask|asking for me|\?))|\bmost dangerous to take a whole (?:bottle|pack|box)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "method-measured",
        r"\bcu[aá]nto tarda (?:uno |una )?en desangrarse\b|\bcu[aá]ntas pastillas de \w+ son mortales\b|\bqu[eé] piso es (?:lo )?suficientemente alto\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "method-measured",
        r"\bсколько (?:времени )?нужно,? чтобы истечь кровью\b|\bкак (?:безболезненно |быстро |тихо )?уйти из жизни\b|\bвыпить вс[юе] (?:пачку|упаковку|банку)\b[^\n]{0,30}?\bэто конец\b",
    ),
    (
        "risk.self_harm",
        "en",
        "harm-now-more",
        r"\b(?:arms?|legs?|wrists?|thighs?) (?:are|is) (?:full of|covered in) (?:fresh )?cuts\b|\bpunishing myself\b|\b(?:overdosing|od'?ing) on (?:my )?\w+ on purpose\b|\beven if it kills me,? which is (?:kind of |sort of |kinda )?the point\b"
        r"|\b(?:let|letting) myself (?:die|go|slip away)\b|\bhoarding (?:them|my \w+|pills)\b[^\n]{0,20}?\bfor the right (?:moment|time|day)\b|\bcounting my pills\b|\bctrl\W?alt\W?del(?:ete)? myself\b"
        r"|\b(?:planning|plan|going) to follow (?:him|her|them)\b|\bi'?m joining them\b|\bwon'?t be around when (?:she|he|they) finds? out\b|\bkill me (?:pls|please|plz)\W{0,3}(?:i'?m|im) serious\b",
    ),
    (
        "risk.self_harm",
        "es",
        "harm-now-more",
        r"\b(?:muchas )?ganas de hacerme daño\b|\bllevo (?:una semana|d[ií]as|\w+ d[ií]as) sin comer\b[^\n]{0,30}?\bdesaparecer\b|\bhasta que me reviente el coraz[oó]n\b|\bguard[eé] (?:los|las) que ten[ií]a para el final\b"
        r"|\btengo guardadas (?:todas )?(?:las|mis) pastillas\b|\bantes de que (?:ella|[eé]l|se) (?:se )?entere,? me voy\b|\bno voy a llegar a otr[oa]\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "harm-now-more",
        r"\bхочется сделать себе больно\b|\bсделать себе больно\b(?=[^\n]{0,20}\b(?:сейчас|хочу|хочется)\b)|\bперестал\w* есть\b[^\n]{0,20}?\bжду конца\b|\bпусть сердце (?:встанет|остановится)\b"
        r"|\bзапас на один раз\b|\bуйти к (?:нему|ней|ним)\b|\b(?:я )?к ним присоединюсь\b|\bменя не будет,? когда (?:она |он |они )?узна\w+\b",
    ),
]
COMPOSITIONS += _split(_NINTH_SELF_MORE)

# A meeting forced on someone ("whether you like it or not", "aunque no quieras", "хочешь ты или нет"), a see-you
# after the show at the exit, how easy it is to find where someone lives, the walk to the car timed, a working late
# alone asked, a route changed but a habit kept, the next time being the person, a crowd sent with an address, a
# place of a family member told to stay home, a shame if a house burned, brakes that fail.
_NINTH_MENACE_MORE: list[Composition] = [
    (
        "risk.threat",
        "en",
        "forced-meeting-menace",
        r"\b(?:see|talk|meet|visit|come|coming|be there)\b[^\n]{0,40}?\b(?:whether (?:you|u) like it or not|like it or not)\b"
        r"|\bsee (?:you|u|ya) after the (?:show|stream|event|gala|session|class)\b[^\n]{0,20}?\b(?:outside|at the (?:exit|back door|side door|parking|car)|in the (?:parking|lot|garage))\b|\bsee (?:you|u|ya) inside after hours\b"
        r"|\bhow easy it (?:is|would be) to find (?:where (?:you|u) live|your (?:house|home|address))\b|\bhow (?:long|fast)\b[^\n]{0,60}?\b(?:to|from) (?:your|ur) car\b[^\n]{0,40}?\b(?:i'?ll be there|ill be there|we'?ll find out|enough for me)\b"
        r"|\bworking late (?:again)?\W{0,3}(?:alone|all alone|by yourself)\s*\?|\b(?:changed|switched) (?:your|ur) (?:route|commute|gym|schedule)\b[^\n]{0,40}?\bbut (?:you|u) still\b"
        r"|\bnext time (?:it'?s|it will be|it'?ll be) (?:you|u)\b|\bme (?:come|coming) for (?:you|u|ya)\b|\b(?:lose|losing) every(?:thing|one) (?:you|u) love\b|\bgo get (?:him|her|them)\b[^\n]{0,10}\b(?:boys|guys|lads|y'?all)\b"
        r"|\bknow how to make (?:a man|a woman|someone|somebody|people|you|u) disappear\b|\bwith no windows left\b|\bshould (?:all )?evacuate (?:before|by|at)\b|\bbring(?:ing)? something (?:loud|that goes boom)\b"
        r"|\bdeserves? (?:a bullet|to die|to hang)\b[^\n]{0,15}?\b(?:i'?m|im) the one who'?ll\b|^\W*die (?:tonight|today|tomorrow|soon|slowly)\b|\bbe a shame if (?:he|she|it|they) ate something\b",
    ),
    (
        "risk.threat",
        "es",
        "forced-meeting-menace",
        r"\b(?:nos vemos|voy|ir[eé]|paso|pasar[eé]|te visito|hablamos)\b[^\n]{0,40}?\b(?:aunque no quieras|quieras o no)\b"
        r"|\bnos vemos (?:despu[eé]s|al final|a la salida) del (?:directo|programa|evento|show)\b[^\n]{0,20}?\b(?:afuera|en la salida|en la puerta|en el estacionamiento|en el parking)\b"
        r"|\blo f[aá]cil que es encontrar (?:d[oó]nde vives|tu casa|tu direcci[oó]n)\b|\bcu[aá]nto tardas\b[^\n]{0,60}?\b(?:me sobra|me basta|me alcanza)\b|\b(?:trabajando hasta tarde|sigue encendida)\b[^\n]{0,30}?\bsol[ao]\s*\?"
        r"|\bcambiaste de (?:ruta|camino|horario)\b[^\n]{0,40}?\bpero sigues\b|\bla pr[oó]xima (?:vez )?eres t[uú]\b|\b(?:entrar[eé]|ir[eé]|vendr[eé]|voy)\b[^.!?\n]{0,20}?\ba por (?:ti|vosotros|ustedes|usted)\b"
        r"|\b(?:ser[ií]a una (?:pena|l[aá]stima)) que (?:ardiera|se quemara|se incendiara)\b|\blos frenos (?:fallan|fallen|pueden fallar)\b|\bque no quede (?:nadie|ni uno|ninguno) (?:de pie|vivo|con vida)\b"
        r"|\bdile a tu (?:mujer|esposa|hija|madre) que no (?:ande|salga|vaya) sola\b",
    ),
    (
        "risk.threat",
        "ru",
        "forced-meeting-menace",
        r"\b(?:зайду|приду|увидимся|приеду|встретимся|поговорим)\b[^\n]{0,40}?\b(?:хочешь (?:ты )?или нет|нравится (?:тебе )?или нет)\b"
        r"|\bувидимся после (?:трансляции|эфира|стрима|шоу|мероприятия)\b[^\n]{0,20}?\bу (?:служебного )?(?:входа|выхода|машины|подъезда)\b"
        r"|\bкак легко (?:узнать|найти),? где (?:ты живёшь|ты живешь|вы живёте|вы живете)\b|\bсколько ты (?:идёшь|идешь)\b[^\n]{0,60}?\bмне хватит\b|\b(?:опять|снова) одна допоздна\s*\?"
        r"|\bсменил\w* дорогу\b[^\n]{0,40}?\bно\b|\bв следующий раз (?:будешь )?ты\b|\bадрес\b[^\n]{0,60}?\bдействуйте\b|\bпусть (?:\w+ )?(?:одна|один) не ходит\b"
        r"|\bжалко (?:будет|было бы),? если (?:\w+ )?(?:сгорит|сгорят|сломается|пострадает)\b|\bпровер\w* тормоза\b|\bтебе (?:пиздец|п\*здец|п\*\*дец|хана|крышка)\b|\bникто (?:в|из|на|у) (?:\w+ ){1,5}не (?:будет|останется) в безопасности\b",
    ),
]
COMPOSITIONS += _split(_NINTH_MENACE_MORE)

# Self-harm, the last concepts of this round: going on decided against ("жить дальше не буду", "no pienso seguir,
# lo tengo decidido"), the illness not waited for ("no voy a esperar, lo hago yo antes"), "me quito de en medio", the
# means already taken, one last thing "before I go", a permanent sleep wanted, a way to die that looks natural,
# scars hidden, a bridge or a roof after the stream, pills and wine, harm announced for tonight.
_NINTH_SELF_LAST: list[Composition] = [
    (
        "risk.self_harm",
        "en",
        "decided-ending",
        r"\bnot waking up on purpose\b|\bno reason to keep going\b[^\n]{0,30}?\b(?:made up my mind|decided)\b|\bdone with life\b|\bwhy should i (?:stay|stay alive|keep living|go on|be here)\b"
        r"|\b(?:took|swallowed|taken|downed) (?:everything|all the pills|all my pills|the whole (?:bottle|pack)) (?:in|from) (?:my|the) (?:cabinet|drawer|bottle|medicine cabinet)\b|\b(?:one|a) last \w+ before i go\b(?! (?:to|home|out|back|for|on|in)\b)"
        r"|\bmake it permanent\b(?=[^\n]{0,20}$)|\bsleep and not wake\b|\b(?:easiest|best|quickest) way to go painlessly\b|\ba way to die that looks (?:natural|like an accident)\b|\bhide (?:my )?(?:self[- ]harm|cutting|cut) scars\b"
        r"|\b(?:fall|falling) asleep forever\W{0,4}(?:that'?s|thats|which is) what i want\b|\b(?:i'?m|im) jumping\b[^\n]{0,12}\b(?:no joke|not joking|for real|i mean it)\b|💊💊[^\n]{0,8}🍷",
    ),
    (
        "risk.self_harm",
        "es",
        "decided-ending",
        r"\bno pienso seguir\b|\bme quito de en medio\b|\bquitarme de en medio\b|\bdecidido quitarme la vida\b|\bno voy a esperar\b[^\n]{0,20}?\blo hago yo\b|\bes mortal\W{0,4}es para m[ií]\b"
        r"|\bme quedo dormid[oa] para siempre\W{0,4}eso quiero\b|\b(?:un|una) [uú]ltim[oa] \w+ antes de irme\b(?! (?:a|al|de|del|para|con|en|y)\b)|\b(?:me voy a hacer|voy a hacerme) daño\b|\bcuando no haya nadie (?:en casa )?lo hago\b"
        r"|\bvoy al puente\b[^\n]{0,40}?\b(?:alto|altura)\b|\bocultar (?:las |mis )?cicatrices\b|💊💊[^\n]{0,8}🍷",
    ),
    (
        "risk.self_harm",
        "ru",
        "decided-ending",
        r"\bжить дальше не буду\b|\bне буду жить дальше\b|\bждать не буду\b[^\n]{0,20}?\bсделаю сам\w*\b|\bзакончить это сам\w*\b|\b(?:только что )?(?:выпил\w*|проглотил\w*|наглотал\w*) (?:\d+|все|всю пачку|горсть) таблет\w*"
        r"|\bвыпить всю пачку\b[^\n]{0,30}?\bбольно\b|\bпоследн\w+ \w+ перед (?:уходом|тем как уйти)\b(?! (?:на|в|домой|с|из)\b)|\b(?:пойду|полезу|поднимусь) на крышу\b[^\n]{0,30}?\bэтаж\b|\b(?:выйду|шагну|ролевнусь|прыгну) в окно\b"
        r"|\bчтобы сердце (?:остановилось|встало)\b|\bскрыть (?:шрамы|порезы)\b",
    ),
]
COMPOSITIONS += _split(_NINTH_SELF_LAST)

# ================================================================ tenth round: legal acts by the means named
# A legal threat names a means of the law (a suit, a court or judge, counsel, a claim for damages, a step of
# procedure) and puts it on the speaker's side against the addressee: announced, already taken, set as an
# ultimatum, implied by evidence kept "for court", or hoped to be needed by the other side ("hope you have good
# lawyers"). The means are one class per language; each composition is a clause shape, so a means no rule
# names, or a shape with another means, is still read.
_L_EN_MEANS = (
    r"(?:law ?suits?|suits?|class[- ]actions?|courts?|courtroom|judges?|jury|litigation|legal (?:action|proceedings|steps|measures|route|team|department|counsel|notice|advice|help)"
    r"|(?:court|judicial|formal) proceedings|proceedings|lawyers?|lawers?|laywers?|attorneys?|atty|barristers?|solicitors?|counsel|damages|compensation|malpractice(?: (?:claim|suit|case))?"
    r"|subpoenas?|summons|cease and desist|demand letter|injunction|wrongful (?:termination|death|dismissal)(?: (?:suit|claim|case))?|fraud (?:report|complaint|claim)"
    # a firm of lawyers, a negligence or small-claims case, a formal notice, a remedy at law
    r"|(?:law|legal) firm|(?<=hired )a firm|(?<=retained )a firm|small[- ]claims(?: court| case| papers)?|negligence (?:claim|suit|case)|(?:formal|legal) notice|notice of intent|legal remedies)"
)
_L_ES_MEANS = (
    r"(?:demandas?|denuncias?|querellas?|juicios?|tribunales|tribunal|juzgados?|juez|jueza|abogad[oa]s?|abogad\w+|bufete|licenciad[oa]|procedimiento (?:judicial|legal)|acciones legales|medidas legales"
    r"|v[ií]a (?:judicial|legal|penal)|reclamaci[oó]n(?:es)?|magistratura|indemnizaci[oó]n|da[ñn]os y perjuicios|negligencia(?: m[eé]dica)?|carta (?:notarial|documento)|burofax|fiscal[ií]a"
    # a firm of lawyers, a court in the Americas' word, counsel named in English by bilingual viewers
    r"|despacho de abogados|corte|lawyer|attorney|malpractice)"
)
_L_RU_MEANS = (
    r"(?:суд|суда|суду|судом|суде|суды|судов|судья|судье|судьи|иск|иска|иском|иски|исков|юрист\w*|адвокат\w*|претензи\w+|компенсаци\w+|моральн\w+ вред\w*|врачебн\w+ ошибк\w+"
    r"|юридическ\w+ (?:мер\w*|последстви\w+|отдел\w*)|прокурор\w*|прокуратур\w+|заявлени\w+ в полици\w+)"
)
#: The speaker's side: I, we, my family, my lawyer (EN); first-person verb forms carry it in ES and RU.
_L_EN_SIDE = r"(?:i|i'?m|im|i'?ll|ill|i'?ve|ive|we|we'?re|we'?ll|we'?ve|my (?:\w+ )?(?:family|husband|wife|son|daughter|mom|mum|dad|brother|sister|cousin|lawyer|attorney|solicitor|barrister))"
_L_EN_STEP = (
    r"(?:fil(?:e|es|ed|ing)|start(?:s|ed|ing)?|initiat(?:e|es|ed|ing)|pursu(?:e|es|ed|ing)|bring(?:s|ing)?|br(?:ought)|build(?:s|ing)?|prepar(?:e|es|ed|ing)|draft(?:s|ed|ing)?"
    r"|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|claim(?:s|ed|ing)?|hir(?:e|es|ed|ing)|retain(?:s|ed|ing)?|call(?:s|ed|ing)?|contact(?:s|ed|ing)?|talk(?:s|ed|ing)? to|spoke(?:n)? to|speak(?:ing)? to"
    r"|consult(?:s|ed|ing)?|book(?:s|ed|ing)? (?:a )?consult(?:ation)? with|go(?:ing)? after (?:you|u|y'?all|them|the \w+) (?:for|with)|open(?:s|ed|ing)? (?:a )?(?:case|claim|dispute) with|instruct(?:s|ed|ing)?|engag(?:e|ed|ing)|drag(?:ging|ged)? (?:you|u|y'?all|them|this|the \w+) (?:through|into|to)|get(?:ting)?|got|tak(?:e|es|ing)|took|see(?:ing)?|writ(?:e|es|ing) to|wrote to|notify(?:ing)?|notified|lawyer(?:ing)? up|lawyered up)"
)
_L_NOT_JEST = r"(?![^\n]{0,60}(?:😂|🤣|lol\b|lmao|haha|jaja|jk\b|xd\b|ахах|хаха))"
_TENTH_LEGAL: list[Composition] = [
    # ------------------------------------------------------------ a legal step the speaker takes, took or will take
    (
        "risk.legal",
        "en",
        "means-pursued",
        NOT_ADVISED
        + r"(?:^\W{0,2}(?=(?:contact|call|hir|instruct|retain|engag|consult)\w* (?:a|an|my|our|the) )|\b"
        + _L_EN_SIDE
        + r"\b[^.!?\n]{0,25}?\b)"
        + _L_EN_STEP
        + r"\b[^.!?\n]{0,20}?\b"
        + _L_EN_MEANS
        + r"\b(?! (?:of appeals?|of law|case|drama|show|tv|podcast|series|yourself|up|jacket|pants))"
        + _L_NOT_JEST
        + r"|\b(?:legal|court|formal|judicial) (?:proceedings|action) (?:have|has) been (?:initiated|started|filed|commenced|launched)\b"
        + r"|\b(?:my|our) (?:\w+ )?(?:lawyers?|lawers?|laywers?|attorneys?|solicitors?|barristers?|legal team) (?:will|'?ll|gonna|gona|is gonna|is going to|is about to|already|just) (?:\w+ )?(?:call|contact|write to|email|send|reach out|be in touch|file|sue|serve)\b"
        + r"|\b(?:you|u|y'?all|ya)(?:'ll| will| are gonna| are going to|'re gonna|'re going to| r gonna) (?:\w+ ){0,2}?(?:be (?:in|at) court|answer (?:for (?:this|it) )?(?:to|before|in front of) (?:a |the )?(?:judge|jury|court)|hear from (?:my|our) (?:\w+ )?(?:lawyers?|attorneys?|solicitors?|counsel|legal team))\b"
        + r"|\b(?:you|u|y'?all|ya)(?:'ll| will| are gonna|'re gonna) be hearing from (?:my|our|the) "
        + _EN_AUTHORITY,
    ),
    (
        "risk.legal",
        "es",
        "means-pursued",
        r"\b(?:voy a|vamos a|va a|van a|ir[eé] a|iremos a|acudir[eé]|acudiremos|he|hemos|ya|tengo|tenemos|pienso|me voy a|nos vamos a|nos estamos|estamos|estoy|lo pongo|lo ponemos|se ha|se han)\b[^.!?\n]{0,25}?\b"
        r"(?:iniciad[oa]|iniciar|interpon\w+|present\w+|redact\w+|pon\w+ en manos|llev\w+|acudir|hablado con|llamad[oa]|llam\w+ (?:a|al)|contrat\w+|consult\w+|reclam\w+|exigir|pedir|tomar|uniendo|juntando|preparando|preparar|meter)\b[^.!?\n]{0,25}?\b"
        + _L_ES_MEANS
        + r"\b"
        + _L_NOT_JEST
        + r"|\b(?:se (?:ha|han) (?:iniciado|presentado|interpuesto)|ya est[aá] (?:presentad|redactad|interpuest)[oa]) (?:un |una |el |la )?"
        + _L_ES_MEANS
        + r"\b|\b(?:presentar[eé]|interpondr[eé]|meter[eé]|llevar[eé]|iniciar[eé]|presentaremos|interpondremos|iniciaremos|presento|interpongo|meto)\b[^.!?\n]{0,20}?\b"
        + _L_ES_MEANS
        + r"\b|\b(?:lo )?(?:arreglamos|resolvemos|veremos|hablamos|seguimos|arreglaremos|resolveremos) en (?:los )?(?:tribunales|juzgados?|juicio|la corte)\b"
        + r"|\b(?:ir|ir[eé]|iremos|voy|vamos) (?:a ir )?por la v[ií]a (?:legal|judicial|penal)\b"
        + r"|\besto va (?:para|a|directo a|derecho a|directo para) (?:la |el |los )?"
        + _ES_AUTHORITY
        + r"|\b(?:pongo|ponemos|pondr[eé]|pondremos) (?:esto |el caso |todo |lo )?en manos de (?:mi|mis|un|nuestro|nuestros) (?:abogad\w+|licenciad\w+)|\b(?:van|vais|va) a saber de mi (?:abogad[oa]|licenciad[oa])\b|\bos vais a comer una demanda\b|\bse (?:les|te|os) viene (?:una )?(?:demanda|denuncia|juicio)\b|\bacudir[eé] a (?:los )?tribunales\b",
    ),
    (
        "risk.legal",
        "ru",
        "means-pursued",
        r"\b(?:буду|будем|подам|подаём|подаем|подаю|подала|подал|готовлю|готовим|вызову|вызываю|позову|пойду|пойдём|пойдем|иду|идём|идем|обращусь|обратимся|обратилась|обратился|отправил\w*|отправлен\w*|направил\w*|сообщу|сообщим|напишу|напишем|наймём|наймем|найму|нанял\w*|приму|примем)\b[^.!?\n]{0,25}?"
        + _L_RU_MEANS
        + r"(?![а-яё])"
        + _L_NOT_JEST
        + r"|\b(?:требовать|требую|потребую|взыщу|взыщем)\b[^.!?\n]{0,30}?(?:компенсаци\w+|возмещени\w+|ущерб\w*|моральн\w+)"
        + r"|(?:^|\s)(?:мы|наша семья|моя семья|мы с \w+) (?:\w+ )?(?:подаём|подаем|подаёт|подает|подали) (?:\w+ )?(?:в суд|иск)(?![а-яё])"
        + r"|\bответ(?:ите|ишь|ят)\b[^.!?\n]{0,15}?(?:по закону|перед судом|в суде)|\bчерез суд\b[^.!?\n]{0,15}?(?:взыщу|взыщем|потребую|добьюсь|верну|заставлю|докажу)"
        + r"|\bдо встречи в суде\b|\bувидимся в суде\b|\bпригод\w+ в суде\b|\bна (?:вашу|твою|эту) (?:клиник\w+|аптек\w+|больниц\w+) (?:подаём|подаем|подам|подаю|подаёт|подает)\b",
    ),
    # ------------------------------------------------------------ a legal means set as the price of a demand ("refund or lawsuit")
    (
        "risk.legal",
        "en",
        "means-ultimatum",
        r"\b(?:refund|money back|pay (?:up|me)|fix (?:this|it)|respond|answer|delete (?:this|it|that)|take (?:it|this|that) down|apologi[sz]e|retract)\b[^.!?\n]{0,30}?\b(?:or|otherwise|before)\b[^.!?\n]{0,20}?\b(?:i|we|my|our|a|the|you|u)?\b ?(?:sue|file|"
        + _L_EN_MEANS
        + r")\b"
        + r"|\b(?:you|u|y'?all) (?:have|got) \d+ (?:hours?|days?|hrs?)\b[^.!?\n]{0,40}?\b(?:i|we) (?:file|sue|call (?:my|our) (?:lawyer|attorney))\b"
        + r"|\b(?:if|when) (?:anything|something) happens to (?:my|our) \w+\b[^.!?\n]{0,40}?\b(?:court|sue|sued|lawyer|attorney|judge)\b",
    ),
    (
        "risk.legal",
        "es",
        "means-ultimatum",
        r"\b(?:o|si no) (?:me )?(?:devuelven|devuelves|devuelve|pagan|pagas|reembolsan|borran|quitan)\b[^.!?\n]{0,30}?\b(?:o|acudir[eé]|ir[eé]|voy|vamos)\b[^.!?\n]{0,20}?\b"
        + _L_ES_MEANS
        + r"\b|\b(?:si no|o) (?:me )?(?:devuelven|devuelves|devuelve|pagan|reembolsan)\b[^.!?\n]{0,40}?\b"
        + _L_ES_MEANS
        + r"\b",
    ),
    (
        "risk.legal",
        "ru",
        "means-ultimatum",
        r"\b(?:либо|или) (?:возврат\w*|деньги|компенсаци\w+|извинени\w+)\b[^.!?\n]{0,15}?\b(?:либо|или) (?:суд|иск|прокуратур\w+|юрист\w*)(?![а-яё])"
        + r"|\b(?:иначе|или|либо|а то)\b[^.!?\n]{0,15}?\b(?:суд|иск|прокуратур\w+)(?![а-яё])[^.!?\n]{0,10}?(?:выбирайте|решайте|ваш выбор)"
        + r"|\bу вас \d+ (?:дн\w+|час\w*|суток)\b",
    ),
    # ------------------------------------------------------------ evidence kept for a case, a lawyer said to be watching
    (
        "risk.legal",
        "en",
        "evidence-for-court",
        r"\b(?:screenshots?|screenshotted|screencapped|receipts|recorded|recording|saved|evidence|proof|clips?)\b[^!?\n]{0,30}?\b(?:the |a |my )?(?:judge|jury|court|lawyer|attorney|solicitor|barrister)s? (?:will|would|is going to|gonna|'?ll)\b"
        + r"|\b(?:my|our) (?:\w+ )?(?:cousin|brother|sister|son|daughter|uncle|aunt|dad|mom|mum|father|mother|friend|husband|wife|neighbou?r) (?:is|'?s) an? (?:lawyer|attorney|solicitor|barrister)\b[^.!?\n]{0,60}?\b(?:interested|watching|seen|saw|will|looking|writing|call|contact)\b"
        + r"|\bhope (?:you|u|y'?all|ya|the (?:clinic|host|doctor|brand|company))(?:'ve| have| has)? (?:got )?(?:a )?(?:good|great|expensive) (?:malpractice insurance|insurance|lawyers?|attorneys?|legal team)\b",
    ),
    (
        "risk.legal",
        "es",
        "evidence-for-court",
        r"\b(?:capturas?|pantallazos?|pruebas|grabad[oa]|guardad[oa]s?|guardo|lo guardo|evidencias?)\b[^.!?\n]{0,40}?\b(?:para|en) (?:el |la |los )?(?:juicio|juez|tribunal|tribunales|juzgado|demanda|abogad[oa])\b"
        + r"|\bespero que (?:tengan|tengas|tenga) (?:un )?(?:buen|buenos) (?:seguro|abogad[oa]s?)\b"
        + r"|\b(?:he|hemos|ya) hablado con (?:el |mi |nuestro )?(?:abogad[oa]|licenciad[oa])\b|\b(?:llam[oó]|llam[eé]|llamamos) al abogado\b",
    ),
    (
        "risk.legal",
        "ru",
        "evidence-for-court",
        r"\b(?:скриншот\w*|скрин\w*|запис\w+|сохранен\w*|сохранил\w*|доказательств\w*)\b[^.!?\n]{0,40}?\b(?:в суде|для суда|суду|юрист\w*|адвокат\w*)(?![а-яё])"
        + r"|\bнадеюсь,? у (?:вас|тебя|клиники|аптеки) (?:хорош\w+|дорог\w+) (?:юрист\w*|адвокат\w*|страховк\w+)",
    ),
    # ------------------------------------------------------------ a class action against the brand, and a suit said in two words
    (
        "risk.legal",
        "en",
        "means-terse",
        r"\bclass[- ]action\b[^.!?\n]{0,30}?\b(?:incoming|against|coming|who'?s in|join|filed|filing|ready|loading|soon)\b|\blawsuit (?:incoming|loading|coming|inbound|time)\b|^\W*(?:lawsuit|sued|court)\W{0,3}(?:now|incoming|soon|tomorrow)?\W*$"
        + r"|\bsue (?:ur|your|you|yo|their|his|her) (?:\w+ )?(?:ass|butt|pants) off\b|⚖\ufe0f?[^\n]{0,12}?(?:see (?:you|u|ya)|soon|incoming|coming)"
        + r"|\b(?:prepare|get ready|brace (?:yourself|yourselves)|be ready) (?:for|4) (?:a |the |your )?(?:law ?suit|suit|court|trial|subpoena|legal (?:action|battle)|court case)\b"
        + r"|\b(?:law ?suit|suit|claim|court|legal) (?:papers|documents|filing|paperwork) (?:are|is) (?:ready|drafted|done|prepared|signed)\b"
        + r"|\b(?:this|that|it)(?:'ll| will| is going to| is gonna|'s going to|'s gonna) (?:end up|go|be settled|be decided|wind up) (?:in|to|before) (?:a |the )?(?:court|judge|jury)\b",
    ),
    (
        "risk.legal",
        "es",
        "means-terse",
        r"\bdemanda (?:colectiva|conjunta)\b[^.!?\n]{0,30}?\b(?:contra|qui[eé]n se une|nos unimos|me uno|preparando|en camino|ya)\b|^\W*(?:demanda|denuncia|juicio)\W{0,3}(?:ya|ahora)?\W*$"
        + r"|\bprep[aá]r(?:ate|ense|ese) (?:para|pa) (?:el|la|una|un|los) (?:juicio|demanda|denuncia|tribunales)\b"
        + r"|\besto (?:acaba|terminar[aá]|va a (?:terminar|acabar)|va) en (?:los )?(?:tribunales|juicio|el juzgado)\b"
        + r"|\b(?:llev\w+|ir[eé]|iremos|voy|vamos) (?:a |ante )la justicia\b|\b(?:ir[eé]|iremos|vamos|voy) (?:directo |derecho )?a (?:juicio|tribunales|los tribunales)\b"
        + r"|\b(?:los|las|te|le|les|lo|la|os) denunci(?:o|amos|ar[eé]|aremos)\b"
        + r"|\b(?:esto )?(?:se lo|lo|esto) (?:paso|pasar[eé]|mando|mandar[eé]|env[ií]o|enviar[eé]|reenv[ií]o|dejo) (?:a|en manos de) (?:mi|nuestro|nuestra) (?:abogad[oa]|licenciad[oa])\b",
    ),
    (
        "risk.legal",
        "ru",
        "means-terse",
        r"\b(?:коллективн\w+|группов\w+) иск\w*\b|(?:^|\s)(?:и )?я (?:сразу |тут же )?(?:в суд|в прокуратуру|к юристу|к адвокату)(?![а-яё])|\bбудет (?:вам|тебе) суд\b|\bготовь(?:тесь|ся) к (?:суду|иску|процессу|повестке)\b|\b(?:вам|тебе) (?:придёт|придет|пришлют|вручат) (?:\w+ )?(?:повестк\w+|иск\w*|претензи\w+)\b|\b(?:будем|буду) решать (?:\w+ )?в судебном порядке\b|\b(?:это|всё|все) (?:закончится|решится|дойдёт до|дойдет до) (?:в )?суд\w*\b|^\W*(?:суд|иск|в суд)\W{0,4}(?:точка|и всё|и все|ждите)?\W*$",
    ),
]
COMPOSITIONS += _TENTH_LEGAL
# The speaker turning to an authority with no object named ("writing to the ministry of health about this").
COMPOSITIONS += [
    (
        "risk.legal",
        "en",
        "authority-notified",
        NOT_ADVISED
        + r"(?:^\W{0,2}|\b(?:i'?m|im|i am|we'?re|we are|i'?ll|we'?ll|i will|we will|i|we|already|just)\b ?)(?:\w+ )?(?:writ(?:e|ing) to|wrote to|notify(?:ing)?|notified|complain(?:ing|ed)? to|alert(?:ing|ed)?|contact(?:ing|ed)?|call(?:ing|ed)?|report(?:ing|ed)? (?:this|it|you|them|the \w+) to)\b (?:the )?(?:state |federal |national |local )?"
        + _EN_AUTHORITY
        + r"(?! (?:school|game|exam|room|meeting|party|office hours)s?\b)(?:[^.!?\n]{0,40}?\b(?:about|over|regarding|re) (?:this|that|you|your|the|it|\w+ (?:fraud|malpractice|negligence|abuse))\b|\W*$)"
        + r"|\b(?:i'?m|im|we'?re|we are|i am|i|we|already|just)\b ?(?:\w+ )?(?:filing|filed|lodging|lodged|submitting|submitted)\b[^.!?\n]{0,30}?\b(?:grievance|complaint|claim|report)\b[^.!?\n]{0,10}?\bwith (?:the )?"
        + _EN_AUTHORITY,
    ),
]

# ================================================================ tenth round: harassment by the target's form
# The eighth round aims a degrading word at "you", a role or a group in a predicate; abuse just as often names
# its target by the degrading word itself ("this cow is teaching cardio", "mono con bata", "жид в халате", "la vieja
# esa"), by an @handle with a rude word (a fellow viewer, not the host answering back), by a compliment qualified
# by the target's identity ("pretty for a fat girl", "para ser indígena", "для блондинки"), by emoji standing for
# the insult ("host = 🤡🐒"), or by sexual remarks and sexual violence. Each class is one lexicon per language; the
# compositions are the ways a target is named.
_H10_EN_ADJ_AT = r"(?:fat|old|ugly|dumb|stupid|filthy|dirty|lazy|absolute|total|complete|proper|utter|bloody|fucking)"
_H10_EN_AT_WORK = (
    r"(?:in (?:a |the |her |his |that |those )?(?:lab coat|scrubs|white coat|uniform|leggings|spandex|yoga pants|wig|hijab|turban)"
    r"|(?:is |'?s )?(?:teaching|hosting|explaining|lecturing|presenting|pretending to be|playing doctor|giving (?:advice|lessons|a class|us)|doing (?:cardio|a class|the show)|reading (?:a|the) script|selling|running (?:the|this) (?:show|class|stream)|trying to \w+)"
    r"|on (?:camera|screen|tv|the stream|air|my screen)|in (?:the|this|my) (?:chat|stream|comments))"
)
_H10_ES_AT_WORK = (
    r"(?:con (?:la |su |esa )?(?:bata|uniforme|mallas|leggins|velo|turbante)|en (?:bata|mallas|leggins|c[aá]mara|el directo|la tele|pantalla)"
    r"|(?:est[aá] |anda )?(?:dando (?:clase|clases|consejos|la charla|el directo)|ense[ñn]ando|explicando|haciendo (?:cardio|de m[eé]dico|de doctor)|presentando|vendiendo|hablando de (?:salud|dieta|medicina|cardio)|(?:robando|quitando) (?:el |nuestro )?trabajo)"
    r"|(?:del|de la|de este|de esta) (?:chat|directo|canal|live|stream|tele))"
)
_H10_RU_AT_WORK = (
    r"(?:в (?:белом )?халате|в лосинах|в форме|в платке|в хиджабе|в эфире|в кадре|на экране"
    r"|(?:ведёт|ведет|учит|вещает|рассказывает|объясняет|даёт советы|дает советы|лечит|продаёт|продает|торгует) |из (?:чата|эфира))"
)
#: Compliments that a qualifier turns into a put-down ("pretty for a fat girl").
_H10_EN_PRAISE = r"(?:pretty|cute|hot|smart|articulate|well[- ]spoken|clever|good|not bad|intelligent|beautiful|attractive|fit|strong|funny|normal|clean|brave|sharp|bright)"
_H10_EN_QUALIFIED = (
    r"(?:fat|chubby|big|old|older|black|brown|dark|ugly|girl|woman|female|lady|immigrant|foreigner|mexican|latina|muslim|asian|indian|chinese|arab|african|gay|trans|disabled"
    r"|blonde|grandma|granny|boomer|nurse|from (?:the )?(?:ghetto|hood|projects|trailer park|trailer|village|africa|india|mexico|the south))"
)
_H10_ES_QUALIFIED = (
    r"(?:ind[ií]gena|indi[oa]|negr[oa]|morena|mujer|chica|gord[oa]|viej[oa]|mayor|tan mayor|extranjer[oa]|inmigrante|latin[oa]|sudaca|gitan[oa]|de pueblo|rubia"
    r"|gay|trans|mor[oa]|venezolan[oa]|colombian[oa]|boliviana?|peruan[oa]|china|chino)"
)
_H10_RU_QUALIFIED = (
    r"(?:хохл\w+|блондинк\w+|баб(?:ы|ёнки)|женщин\w+|девушк\w+|девочк\w+|приезж\w+|таджик\w+|узбек\w+|чёрн\w+|черн\w+|толст\w+|жирн\w+|стар\w+|деревенск\w+|инвалид\w+"
    r"|кавказ\w+|армян\w+|нерусск\w+|мигрант\w+|азиат\w+|пенсионерк\w+)"
)
_H10_PRAISE_RU = (
    r"(?:неплохо|неплох\w+|умн\w+|красив\w+|хорошо|вполне|симпатичн\w+|грамотн\w+|толков\w+|чисто|складно|даже)"
)
#: Written with the optional variation selector so that the gate reads each pictograph as a literal.
_H10_MOCK_EMOJI = "(?:" + "|".join(e + "\ufe0f?" for e in "🐷🐖🐽🐄🐮🐒🐵🦍🤡🐳🐋🐀🐗🦛") + ")"
_H10_EN_TARGET = r"(?:@\w+|\b(?:the |that |this |our |ur |your )?(?:host|guest|receptionist|dentist|surgeon|therapist|streamer|doc|doctor|nurse|coach|trainer|pharmacist|presenter|instructor|mod|she|he|you|u)\b)"
_H10_ES_TARGET = r"(?:@\w+|\b(?:el |la |esa |ese |este |esta )?(?:presentador[a]?|invitad[oa]|recepcionista|dentista|doctor[a]?|m[eé]dic[oa]|enfermer[oa]|entrenador[a]?|coach|host|moderador[a]?|t[uú])\b)"
_H10_RU_TARGET = r"(?:@\w+|\b(?:ведущ\w+|гость|гостья|гостью|гостье|гостя|гостем|гостю|аптекарш\w*|регистратор\w*|администратор\w*|стоматолог\w*|врач\w*|доктор\w*|тренер\w*|медсестр\w*|фармацевт\w*|модератор\w*|ты|вы)\b)"
#: The undressing, showing or touching asked of someone, and the emoji that make a remark sexual.
_H10_SEX_EMOJI = r"(?:😏|🥵|🤤|👅|🍆|🍑|💦|😈|👀|😍|🔥)"
_H10_EN_UNDRESS = (
    r"(?:take (?:off (?:the|your|ur|her|his|those|that) \w+|(?:the|your|ur|her|those|that|it|them) (?:\w+ )?off)|what'?s (?:she|he|you|u) (?:wearing|got on) under|under (?:the|her|his|your|ur|those) (?:scrubs|coat|uniform|clothes|shirt|dress|leggings)"
    r"|show (?:us|me) (?:more|everything|what'?s under|some skin)|bend over|facing away|sit on my (?:lap|face)|check (?:me|more than my \w+|my \w+ (?:down there|all over))|(?:bikini|lingerie|underwear|bra) (?:pics?|photos?))"
)
_H10_ES_UNDRESS = (
    r"(?:qu[ií]tate (?:la|el|esa|ese|tu|todo)|s[aá]cate (?:la|el)|desn[uú]date|mu[eé]stranos m[aá]s|ens[eé][ñn]anos m[aá]s|ens[eé][ñn]ame m[aá]s|ponte de espaldas|si[eé]ntate en mis piernas"
    r"|(?:me puede|me puedes|que me) (?:revisar|revise|revises|toque|toques|tocar|examinar|examine)[^.!?\n]{0,15}?(?:todo|donde quiera|lo que quiera|ah[ií] abajo)|fotos? en (?:bikini|ropa interior|lencer[ií]a))"
)
_H10_RU_UNDRESS = (
    r"(?:сними (?:халат|одежду|футболку|кофту|лифчик|всё|все)|разденься|раздевайся|покажи(?:те)? (?:больше|всё|все|фотк\w+ в (?:белье|купальнике))|фотк\w+ в (?:белье|купальнике)"
    r"|проверь (?:меня )?везде|осмотри (?:меня )?везде|(?:ко мне )?на колени (?:садись|сядь)|садись (?:ко мне )?на колени|нагнись)"
)
_H10_EN_RAPE = r"(?:r[a@4]pe|rap(?:e|ing) (?:you|u|her|ya)|molest)"
_H10_EN_MIND = r"(?:psycho|psychotic|schizo|schizophrenic|lunatic|nutcase|nutjob|crazy (?:lady|woman|bitch|man|guy|old \w+)|mental case|retard)"
_H10_ES_MIND = r"(?:loc[oa] bipolar|bipolar|loc[oa] del (?:chat|directo|canal)|esquizofr[eé]nic[oa]|psic[oó]pata|psic[oó]tic[oa]|chiflad[oa]|trastornad[oa]|zumbad[oa]|pirad[oa]|retrasad[oa]|autista|mong[oó]lic[oa])"
_H10_RU_MIND = r"(?:психованн\w+|больн(?:ая|ой) на (?:всю )?голову|шизофреник\w*|шизофреничк\w+|шизик\w*|шиз(?:а|у|ой)?|психопат\w*|психичк\w+|псих|психа|дурик\w*|аутист\w*|даун\w*|дебил\w*)"
_H10_EN_CONFINE = r"(?:lock (?:him|her|them|you|u|it) up|locked up|forgot (?:her|his|your|ur|their) (?:meds|pills)|off (?:her|his|your|ur) meds|take (?:your|ur) (?:meds|pills)|in a straitjacket|padded cell|belongs? in (?:a|an) (?:asylum|institution|mental \w+|psych ward))"
_H10_ES_CONFINE = r"(?:(?:deber[ií]a estar|que la tengan|que lo tengan) (?:medicad[oa]|internad[oa]|encerrad[oa])|que (?:la|lo|te|los|las) encierren|encerrad[oa]|al manicomio|al psiqui[aá]trico|t[oó]mate (?:las|tus) pastillas|b[uú]scate un psiqui[aá]tra|camisa de fuerza)"
_H10_RU_CONFINE = r"(?:таблетки (?:свои )?(?:пей|выпей|прими)|в дурку|в психушку|санитар\w+|смирительн\w+|(?:иди|вали) лечись|лечиться (?:иди|надо))"
_H10_EN_LEAVE = r"(?:go (?:home|back)|get out|leave|get lost|go away|deport (?:them|him|her|you)|send (?:them|him|her|you) back|not welcome)"
_H10_ES_LEAVE = r"(?:l[aá]rgate|l[aá]rguense|vete|v[aá]yanse|fuera|vu[eé]lvete|vuelvan|regr[eé]sate|regresen|a tu pa[ií]s|a su pa[ií]s|no (?:los|las|te) queremos)"
_H10_RU_LEAVE = r"(?:убирайтесь|убирайся|валите|вали|уезжайте|уезжай|проваливайте|проваливай|вон отсюда|вон из|домой|на родину|не нужны)"
_H10_ES_PERSON_POST = r"(?:vieja|viejo|gorda|gordo|negrit[oa]|negra|negro|india|indio|monjita|mor[oa]|china|chino|loca|tipa|sudaca|enana|enano|coja|cojo|calva|calvo|fea|feo|"
_TENTH_HARASS: list[Composition] = [
    # ------------------------------------------------------------ the degrading word names the target, shown at the host's work
    (
        "risk.harassment",
        "en",
        "deg-at-work",
        r"\b(?:this|that|the|a|an|some|another|look at (?:this|that|the)|typical)\s+(?:(?:fat|old|ugly|dumb|stupid|filthy|dirty|lazy|little|big|wrinkly|disgusting) ){0,2}(?:"
        + _H_EN_DEG
        + r"|bimbo|coon|chink|spic|gypsy|gypsies|kike|wetback|tranny|dyke|fag|faggot)s?\b (?:"
        + _H10_EN_AT_WORK
        + r"|(?:doctor|doc|nurse|host|coach|trainer|pharmacist|pharmacy|clinic|presenter|on (?:the )?screen)s?\b)"
        + r"|^\W{0,3}(?:"
        + _H10_EN_ADJ_AT
        + r" )?(?:"
        + _H_EN_DEG
        + r")s? (?:"
        + _H10_EN_AT_WORK
        + r"|(?:the )?(?:host|doc|doctor|nurse|coach|trainer|pharmacist|presenter)\b)",
    ),
    (
        "risk.harassment",
        "es",
        "deg-at-work",
        r"(?:^\W{0,3}|\b(?:otr[oa]|un[oa]?|el|la|este|esta|ese|esa|mira (?:a )?(?:este|esta|ese|esa|la|el)|t[ií]pic[oa])\s+)(?:"
        + _H_ES_DEG
        + r"|mon[oa]|negrata|sudaca|panchit[oa]|feminazi|jud[ií][oa]|mor[oa] de mierda)s?\s+(?:"
        + _H10_ES_AT_WORK
        + r"|(?:el|la) (?:presentador[a]?|doctor[a]?|m[eé]dic[oa]|enfermer[oa]|entrenador[a]?|coach|host)\b)"
        # "esa marimacha no sabe nada": the word as the subject of the host's talk
        + r"|\b(?:esa|ese|esta|este|otr[oa])\s+(?:"
        + _H_ES_DEG
        + r")s?\s+(?:no sabe|no tiene ni idea|no deber[ií]a|habla|opina|se cree|nos quiere|quiere ense[ñn]ar)\b"
        # "la vieja esa", "el negrito ese": a person-word with a trailing demonstrative, said of someone.
        + r"|\b(?:la|el) "
        + _H10_ES_PERSON_POST
        + _H_ES_DEG[3:-1]
        + r") (?:esa|ese|esta|este)\b(?! (?:es|fue|era|que)\b)",
    ),
    (
        "risk.harassment",
        "ru",
        "deg-at-work",
        r"(?:^|[\s,.!?—-])(?:(?:эта|этот|эту|очередн\w+|какая-то|какой-то|ещё одна|ещё один|еще одна|еще один)\s+)?(?:"
        + _H_RU_DEG
        + r"|жид|жидовк\w+|черномаз\w+|трансух\w+|хохлушк\w+)\s+(?:(?:какая-то|какой-то|очередн\w+|опять|снова|тут|ещё|еще)\s+)?"
        + _H10_RU_AT_WORK,
    ),
    # ------------------------------------------------------------ a slur used to name someone by their role or place ("a ch1nk doctor")
    (
        "risk.harassment",
        "en",
        "slur-named",
        r"\b(?:a|an|the|this|that|typical|some|another|filthy|dirty|stupid|fucking|those|these)\s+"
        + r"(?:coon|chink|spic|gook|kike|wetback|beaner|raghead|towelhead|tranny|dyke|faggot|fag|gyps(?:y|ies)|paki|retard|bimbo)s?\b"
        + r"[^.!?\n]{0,20}?\b(?:doctor|doc|nurse|host|coach|trainer|pharmacist|pharmacy|clinic|presenter|lab coat|scrubs|selling|reading|teaching|on (?:tv|screen|camera|the stream))"
        + r"|\b(?:advice|lessons?|tips|treated|taught|lectured|examined) (?:from|by) (?:a|an|some|this|that) (?:\w+ )?(?:coon|chink|spic|gook|kike|wetback|beaner|raghead|towelhead|tranny|dyke|faggot|fag|paki|retard|bimbo|monkey|ape)s?\b",
    ),
    (
        "risk.harassment",
        "ru",
        "slur-named",
        r"(?:^|\s)(?:молчи|заткнись|иди|вали|пош[её]л|эй|слышь)[,!]?\s+(?:"
        + _H_RU_DEG
        + r"|черномаз\w+|жид\w*|хохл\w+|чурк\w+|хач\w*|страшил\w+|уродк\w+|жирдя\w+|неудачни\w+)(?![а-яё])"
        + r"|\b(?:"
        + _H_RU_ROLE
        + r")\s+[—-]\s+(?:давалк\w+|шлюх\w+|шалав\w+|подстилк\w+)(?![а-яё])",
    ),
    # ------------------------------------------------------------ a viewer by @handle, called a rude name (not the host answering back)
    (
        "risk.harassment",
        "en",
        "handle-insulted",
        r"^\W{0,2}@\w+[,:]?\s+(?:(?:you'?re|youre|you are|ur|u r|you|u)\s+(?:so\s+|such an?\s+|an?\s+|a total\s+|the most\s+)?|shut up,?\s+|stfu,?\s+)(?:dumb|stupid|idiot|idiotic|moron|loser|useless|pathetic|clueless|braindead|brainless|worthless|disgusting|a joke|trash|garbage|retarded|dense|annoying|ugly|fat)\b"
        + r"|^\W{0,2}@\w+\b[^.!?\n]{0,60}?[,.!]\s*(?:useless|freak|loser|idiot|moron|weirdo|creep|retard|peasant)\W*$",
    ),
    (
        "risk.harassment",
        "es",
        "handle-insulted",
        r"^\W{0,2}@\w+[,:]?\s+(?:(?:eres|sos|est[aá]s)\s+(?:(?:un|una|tan|muy|el|la|m[aá]s)\s+){0,2}|c[aá]llate,?\s+|cierra la boca,?\s+)(?:est[uú]pid[oa]|tont[oa]|idiota|imb[eé]cil|in[uú]til|fracasad[oa]|perdedor[a]?|pat[eé]tic[oa]|ignorante|tarad[oa]|babos[oa]|mens[oa]|gord[oa]|fe[oa]|asqueros[oa]|guarra|zorra|zorrita|puta|basura|rid[ií]cul[oa])\b",
    ),
    (
        "risk.harassment",
        "ru",
        "handle-insulted",
        r"^\W{0,2}@[\wа-яё]+[,:]?\s+(?:(?:ты|вы)\s+(?:(?:такая|такой|просто|реально|полн\w+)\s+)?|заткнись,?\s+|молчи,?\s+|тебя никто не спрашивал,?\s+)(?:туп(?:ая|ой|ые)|дура|дурак|идиот\w*|дебил\w*|неудачни\w+|ебанут\w+|еблан\w*|бесполезн\w+|жалк\w+|урод\w*|страшил\w+|жирн\w+|никчемн\w+|никчёмн\w+|лох\w*|чмо)(?![а-яё])"
        + r"|^\W{0,2}@[\wа-яё]+\b[^.!?\n]{0,60}?[,.!]\s*(?:бесполезн\w+|урод\w*|страшил\w+|неудачни\w+|дебил\w*|чмо|лох)\W*$",
    ),
    # ------------------------------------------------------------ a compliment qualified by who the target is ("pretty for a fat girl")
    (
        "risk.harassment",
        "en",
        "backhanded",
        r"\b(?:you'?re|youre|ur|you are|she'?s|he'?s|so|really|pretty|quite|very|actually)\s+(?:\w+\s+)?"
        + _H10_EN_PRAISE
        + r"\s+(?:for (?:a|an|someone|somebody|one of) (?:\w+ ){0,2}?"
        + _H10_EN_QUALIFIED
        + r"|for (?:your|ur|her|his) (?:age|size|weight|kind|race))\b",
    ),
    (
        "risk.harassment",
        "es",
        "backhanded",
        r"\b(?:qu[eé] bien (?:hablas|habla|te expresas|se expresa)|hablas (?:muy )?bien|(?:eres|es|est[aá]s) (?:muy |bastante )?(?:guap[oa]|list[oa]|inteligente|bonit[oa]|maj[oa]|limpi[oa])|no (?:est[aá]s|est[aá]) (?:nada )?mal)\b[^.!?\n]{0,20}?\bpara ser (?:(?:tan|una?|muy) )?"
        + _H10_ES_QUALIFIED
        + r"\b"
        + r"|\bpara ser (?:(?:tan|una?|muy) )?"
        + _H10_ES_QUALIFIED
        + r"\b,? (?:(?:habla|hablas|escribe|escribes|se expresa|eres|es|est[aá]s?)\s+)?(?:muy |bastante |bien |hasta )?(?:bien|guap[oa]|list[oa]|inteligente|bonit[oa]|limpi[oa])\b"
        + r"|\b(?:la|lo) (?:contrataron|pusieron|eligieron|escogieron|ascendieron) (?:solo |nom[aá]s |s[oó]lo )?por (?:ser (?:mujer|negra|negro|india|indio|gay|trans|bonita|guapa|extranjera)|la cuota|cuota|su cara bonita|sus tetas|acostarse)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "backhanded",
        r"(?:^|\s)для (?:(?:так\w+|обычн\w+|простой|простого) )?"
        + _H10_RU_QUALIFIED
        # "для женщины быть искренней ...": a saying about what suits a kind of person, not a remark to one
        + r"(?!\s+\w+(?:ть|ться)(?![а-яё]))[^.!?\n]{0,40}?(?:\s|^)"
        + _H10_PRAISE_RU
        + r"(?![а-яё])",
    ),
    # ------------------------------------------------------------ emoji standing for the insult, aimed ("host = 🤡🐒", "@ana 🐷🐷")
    (
        "risk.harassment",
        "en",
        "emoji-aimed",
        _H10_EN_TARGET
        + r"\s*(?:=|:|is|'?s|-)?\s*"
        + _H10_MOCK_EMOJI
        + r"(?:\s*"
        + _H10_MOCK_EMOJI
        + r"){1,6}"
        + r"|^\W{0,2}"
        + _H10_MOCK_EMOJI
        + r"(?:\s*"
        + _H10_MOCK_EMOJI
        + r"){1,6}\s*@\w+",
    ),
    (
        "risk.harassment",
        "es",
        "emoji-aimed",
        _H10_ES_TARGET + r"\s*(?:=|:|es|-)?\s*" + _H10_MOCK_EMOJI + r"(?:\s*" + _H10_MOCK_EMOJI + r"){1,6}",
    ),
    (
        "risk.harassment",
        "ru",
        "emoji-aimed",
        _H10_RU_TARGET + r"\s*(?:=|:|это|—|-)?\s*" + _H10_MOCK_EMOJI + r"(?:\s*" + _H10_MOCK_EMOJI + r"){1,6}",
    ),
    # ------------------------------------------------------------ undressing, showing or touching asked of someone
    (
        "risk.harassment",
        "en",
        "undress-asked",
        r"\b"
        + _H10_EN_UNDRESS
        + r"\b(?:[^\n]{0,40}?"
        + _H10_SEX_EMOJI
        + r"|[^\n]{0,30}?\b(?:babe|baby|sweetie|mami|honey|sexy|nurse|doc|girl)\b)"
        + r"|(?:\bi'?d let|\bid let)\b[^.!?\n]{0,30}?\bcheck (?:more than|everything|all)\b",
    ),
    (
        "risk.harassment",
        "es",
        "undress-asked",
        r"\b"
        + _H10_ES_UNDRESS
        + r"(?:[^\n]{0,40}?"
        + _H10_SEX_EMOJI
        + r"|[^\n]{0,30}?\b(?:mami|mamacita|guapa|preciosa|nena|reina|doctora|enfermera)\b|\W*$)",
    ),
    (
        "risk.harassment",
        "ru",
        "undress-asked",
        r"(?:^|\s)"
        + _H10_RU_UNDRESS
        + r"(?:[^\n]{0,40}?"
        + _H10_SEX_EMOJI
        + r"|[^\n]{0,30}?(?:детка|малышка|красотка|доктор|медсестричк\w+|сестричк\w+)|\W*$)",
    ),
    # ------------------------------------------------------------ sexual violence wished on someone (the speaker's own is a threat)
    (
        "risk.harassment",
        "en",
        "rape-aimed",
        r"\b(?:someone should|somebody should|hope (?:someone|somebody|they|you get)|deserves? to (?:get|be)|should (?:get|be))\s+(?:\w+ )?"
        + _H10_EN_RAPE
        + r"d?\b",
    ),
    (
        "risk.harassment",
        "es",
        "rape-aimed",
        r"\bque (?:te|la|lo|los|las) violen\b|\bojal[aá] (?:te|la|lo) violen\b|\bmerece(?:s|n)? (?:que (?:te|la|lo) violen|ser violad[oa])\b",
    ),
    (
        "risk.harassment",
        "ru",
        "rape-aimed",
        r"(?:^|\s)(?:тебя|её|ее|вас) (?:надо |бы |нужно )?(?:изнасиловать|изнасилуют)(?![а-яё])|чтоб (?:тебя|её|ее|вас) изнасиловал\w*",
    ),
    # ------------------------------------------------------------ an illness of the mind as the insult, with a call to lock up or medicate
    (
        "risk.harassment",
        "en",
        "mind-mocked",
        r"\b"
        + _H10_EN_MIND
        + r"\b[^.!?\n]{0,50}?\b"
        + _H10_EN_CONFINE
        + r"|\b"
        + _H10_EN_MIND
        + r" (?:host|doc|doctor|nurse|coach|trainer|lady|mod|pharmacist)\b",
    ),
    (
        "risk.harassment",
        "es",
        "mind-mocked",
        r"\b"
        + _H10_ES_MIND
        + r"\b[^.!?\n]{0,50}?"
        + _H10_ES_CONFINE
        + r"|\b(?:moderador[a]?|presentador[a]?|doctor[a]?|enfermer[oa]|entrenador[a]?|host) "
        + _H10_ES_MIND
        + r"\W*$|\b"
        + _H10_ES_MIND
        + r" de manual\b",
    ),
    (
        "risk.harassment",
        "ru",
        "mind-mocked",
        r"(?:^|\s)"
        + _H10_RU_MIND
        + r"(?![а-яё])[^.!?\n]{0,50}?"
        + _H10_RU_CONFINE
        + r"|(?:^|\s)(?:модератор\w*|ведущ\w+|врач\w*|доктор\w*|тренер\w*) "
        + _H10_RU_MIND
        + r"\W*$",
    ),
    # ------------------------------------------------------------ a people sent away ("приезжие врачи, убирайтесь", "go home mojado")
    (
        "risk.harassment",
        "en",
        "group-sent-away",
        r"\b(?:"
        + _H_EN_GROUPS[3:-1]
        + r"|mexicans?|mojados?|wetbacks?|illegal aliens?|foreign (?:nurses?|doctors?|girls?|staff))\b[^.!?\n]{0,50}?(?:[,.!]\s*|\b)"
        + _H10_EN_LEAVE
        + r"\b"
        + r"|\b"
        + _H10_EN_LEAVE
        + r"\W{0,3}(?:mojado|wetback|illegal|immigrant|foreigner|refugee)s?\b"
        + r"|\b(?:send|ship|kick|deport) (?:her|him|them|you|u|it) back (?:to|where)\b"
        # "nobody wants immigrants here, go home": the "nobody" is the rejection, not a denial of it
        + r"|\b(?:nobody|no one|noone) (?:wants|needs|asked for|asked|likes)\b[^.!?\n]{0,30}?\b(?:"
        + _H_EN_GROUPS[3:-1]
        + r"|mexicans?|foreign (?:nurses?|doctors?|girls?|staff))\b[^.!?\n]{0,40}?(?:[,.!]\s*|\b)"
        + _H10_EN_LEAVE
        + r"\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-sent-away",
        r"\b(?:"
        + _H_ES_GROUPS[3:-1]
        + r"|inmigrante|extranjer[oa]|mojad[oa]s?|ilegal(?:es)?)\b[^.!?\n]{0,50}?(?:[,.!]\s*|\b)"
        + _H10_ES_LEAVE
        + r"\b"
        + r"|\b(?:vu[eé]lvete|regr[eé]sate|devu[eé]lvete|v[aá]yase|l[aá]rguese|andate|[aá]ndate|and[aá]|r[aá]jate|tom[aá]telas|vete) (?:a|para) (?:tu|su) (?:pa[ií]s|pueblo|tierra|selva|rancho)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "group-sent-away",
        r"(?:" + _H_RU_GROUPS[3:-1] + r")(?:\s+\w+)?[,!]?\s+" + _H10_RU_LEAVE + r"(?![а-яё])",
    ),
]
COMPOSITIONS += _TENTH_HARASS
#: Adjectives that make a degrading word said on its own an insult ("dumb cow", "vieja bruja", "тупая корова").
_H10_EN_ADJ = r"(?:dumb|stupid|fat|ugly|old|filthy|dirty|lazy|useless|disgusting|gross|nasty|smelly|stinky|pathetic|worthless|little|big|fucking)"
_H10_ES_ADJ = r"(?:gord[oa]|fe[oa]|viej[oa]|asqueros[oa]|suci[oa]|tont[oa]|est[uú]pid[oa]|in[uú]til|pinche|maldit[oa]|puta|put[oa])"
_H10_RU_ADJ = r"(?:туп(?:ая|ой)|жирн(?:ая|ый)|стар(?:ая|ый)|страшн(?:ая|ый)|грязн(?:ая|ый)|вонюч(?:ая|ий)|мерзк(?:ая|ий)|тупорыл(?:ая|ый)|ебучая|ебучий|сраная|сраный)"
#: Being told to be quiet or to go (the insult is said beside it as a vocative).
_H10_EN_HUSH = (
    r"(?:shut up|shut it|stfu|sit down|go away|get lost|fuck off|piss off|be quiet|nobody asked|no one asked|zip it)"
)
_H10_ES_HUSH = r"(?:c[aá]llate|calla|cierra la boca|cierra el pico|l[aá]rgate|vete|fuera|nadie te pregunt[oó])"
_H10_RU_HUSH = r"(?:заткнись|молчи|помолчи|вали|уйди|исчезни|отвали|свали|пош[её]л вон|пошла вон|тебя никто не спрашивал|хватит позориться|не позорься)"
_H10_DISGUST_EMOJI = "(?:" + "|".join(e + "\ufe0f?" for e in "🤮🤢") + ")"
#: Someone put out of the picture: the camera turned off, the host switched, "уберите её".
_H10_EN_REMOVE = r"(?:cut (?:her|him|them) out|switch the host|take (?:her|him|them) off (?:the )?(?:air|screen|stream|camera)|get (?:her|him|them) off (?:the )?(?:screen|stream|air|camera)|turn (?:off )?the camera(?: off)?|don'?t put (?:her|him|them) on|why is (?:she|he) (?:even )?on (?:camera|screen|air))"
_H10_ES_REMOVE = r"(?:apag(?:a|uen) la c[aá]mara|qu[ií]ten(?:la|lo|los)|s[aá]quen(?:la|lo)|no deber[ií]a (?:salir|estar|aparecer) en (?:c[aá]mara|pantalla|el directo|la tele|televisi[oó]n)|que no salga (?:m[aá]s )?en|cambien (?:de|a la|al) (?:presentador[a]?|doctor[a]?|host))"
_H10_RU_REMOVE = r"(?:уберите (?:её|ее|его|их)|зачем (?:её|ее|его|их) (?:в кадр|на экран|в эфир)|не пускайте (?:её|ее|его|их)|уберите из (?:кадра|эфира)|смените (?:ведущ\w+|врач\w*))"
#: What makes the removal abuse: a mark of the person's body, age, identity or disability.
_H10_EN_MARK = (
    r"(?:ugly|fat|old|deaf|blind|female|woman|girl|black|dark|foreign|gay|trans|disabled|crippled?|stutter\w*|wrinkl\w+|gross|disgusting|hideous|"
    + _H_EN_DEG[3:-1]
    + ")"
)
_H10_ES_MARK = (
    r"(?:fe[oa]|gord[oa]|viej[oa]|sord[oa]|ciego|ciega|mujer|negr[oa]|extranjer[oa]|gay|trans|s[ií]ndrome de down|discapacitad[oa]|coj[oa]|tartamud[oa]|asqueros[oa]|indi[oa]|"
    + _H_ES_DEG[3:-1]
    + ")"
)
_H10_RU_MARK = (
    r"(?:страшн\w+|уродлив\w+|жирн\w+|толст\w+|стар\w+|глух\w+|слеп\w+|баб\w+|черн\w+|чёрн\w+|инвалид\w*|заик\w+|урод\w*|"
    + _H_RU_DEG[3:-1]
    + ")"
)
_TENTH_HARASS_MORE: list[Composition] = [
    # ------------------------------------------------------------ a degrading word said with "shut up" or "go" ("cállate zorrita")
    (
        "risk.harassment",
        "en",
        "hush-degraded",
        r"\b"
        + _H10_EN_HUSH
        + r"\b[,!.]?\s+(?:(?:you|u|ya)\s+)?(?:"
        + _H10_EN_ADJ
        + r"\s+)?"
        + _H_EN_DEG
        + r"s?\b"
        + r"|\b"
        + _H_EN_DEG
        + r"s?\b[,!.]\s*"
        + _H10_EN_HUSH
        + r"\b",
    ),
    (
        "risk.harassment",
        "es",
        "hush-degraded",
        r"\b"
        + _H10_ES_HUSH
        + r"\b[,!.]?\s+(?:(?:la|el|so|pedazo de)\s+)?(?:"
        + _H10_ES_ADJ
        + r"\s+)?"
        + _H_ES_DEG
        + r"s?\b"
        + r"|^\W{0,3}"
        + _H_ES_DEG
        + r"s?\b[,!.]\s*"
        + _H10_ES_HUSH
        + r"\b",
    ),
    (
        "risk.harassment",
        "ru",
        "hush-degraded",
        r"(?:^|\s)"
        + _H10_RU_HUSH
        + r"(?![а-яё])[,!.]?\s+(?:"
        + _H10_RU_ADJ
        + r"\s+)?"
        + _H_RU_DEG
        + r"(?![а-яё])"
        + r"|(?:^|\s)"
        + _H_RU_DEG
        + r"(?![а-яё])[,!.]\s*(?:\w+\s+)?"
        + _H10_RU_HUSH
        + r"(?![а-яё])",
    ),
    # ------------------------------------------------------------ a degrading word alone with its adjective, or with a retch ("dumb cow", "GORDA ... 🤮")
    (
        "risk.harassment",
        "en",
        "deg-alone",
        r"^\W{0,3}(?:@\w+\s+)?(?:"
        + _H10_EN_ADJ
        + r"|what an?(?: "
        + _H10_EN_ADJ
        + r")?|such an?(?: "
        + _H10_EN_ADJ
        + r")?)\s+"
        + _H_EN_DEG
        + r"s?\W{0,8}$"
        + r"|\b"
        + _H_EN_DEG
        + r"s?\b[^\n]{0,50}?"
        + _H10_DISGUST_EMOJI,
    ),
    (
        "risk.harassment",
        "es",
        "deg-alone",
        r"^\W{0,3}(?:@\w+\s+)?(?:"
        + _H10_ES_ADJ
        + r"\s+"
        + _H_ES_DEG
        + r"|"
        + _H_ES_DEG
        + r"\s+"
        + _H10_ES_ADJ
        + r")s?\W{0,8}$"
        + r"|^\W{0,3}(?:"
        + _H_ES_DEG
        + r"|fe[oa]|gord[oa])\s+y\s+(?:tont[oa]|fe[oa]|gord[oa]|est[uú]pid[oa]|in[uú]til|asqueros[oa])\W{0,8}$"
        + r"|\b"
        + _H_ES_DEG
        + r"s?\b[^\n]{0,50}?"
        + _H10_DISGUST_EMOJI,
    ),
    (
        "risk.harassment",
        "ru",
        "deg-alone",
        r"^\W{0,3}(?:@[\wа-яё]+\s+)?"
        + _H10_RU_ADJ
        + r"\s+"
        + _H_RU_DEG
        + r"\W{0,8}$"
        + r"|(?:^|\s)"
        + _H_RU_DEG
        + r"(?![а-яё])[^\n]{0,50}?"
        + _H10_DISGUST_EMOJI,
    ),
    # ------------------------------------------------------------ someone put out of the picture for their body, age or identity
    (
        "risk.harassment",
        "en",
        "removed-for",
        r"\b"
        + _H10_EN_MARK
        + r"\b[^\n]{0,60}?\b"
        + _H10_EN_REMOVE
        + r"\b|\b"
        + _H10_EN_REMOVE
        + r"\b[^\n]{0,40}?\b"
        + _H10_EN_MARK
        + r"\b",
    ),
    (
        "risk.harassment",
        "es",
        "removed-for",
        r"\b"
        + _H10_ES_MARK
        + r"\b[^\n]{0,60}?"
        + _H10_ES_REMOVE
        + r"|"
        + _H10_ES_REMOVE
        + r"[^\n]{0,40}?\b"
        + _H10_ES_MARK
        + r"\b",
    ),
    (
        "risk.harassment",
        "ru",
        "removed-for",
        r"(?:^|\s)"
        + _H10_RU_MARK
        + r"[^\n]{0,60}?"
        + _H10_RU_REMOVE
        + r"|"
        + _H10_RU_REMOVE
        + r"[^\n]{0,40}?(?:\s)"
        + _H10_RU_MARK,
    ),
    # ------------------------------------------------------------ a viewer pressed to answer private messages
    (
        "risk.harassment",
        "en",
        "contact-pressed",
        r"\b(?:i'?ll|ill|i will|gonna|going to) keep (?:writing|messaging|texting|dming|dm'?ing|calling|asking|coming back)\b[^.!?\n]{0,20}?\b(?:till|until|til) (?:you|u) (?:answer|reply|respond|do|text back|write back)\b"
        + r"|^\W{0,2}@\w+\b[^\n]{0,30}?\bwhy (?:won'?t|don'?t|wont|dont) (?:you|u) (?:answer|reply to|respond to|read) (?:my|me)\b",
    ),
    (
        "risk.harassment",
        "es",
        "contact-pressed",
        r"\b(?:voy a seguir|seguir[eé]|sigo) (?:escribi[eé]ndote|escribiendo|mand[aá]ndote|llam[aá]ndote|insistiendo)\b[^.!?\n]{0,25}?(?:hasta que (?:me )?(?:contestes|respondas|conteste)|\W*$)"
        + r"|^\W{0,2}@\w+\b[^\n]{0,30}?\bpor qu[eé] no me (?:contestas|respondes|lees)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "contact-pressed",
        r"(?:^|\s)буду (?:писать|звонить|слать|названивать)(?![а-яё])[^.!?\n]{0,20}?(?:пока не ответишь|пока не ответите|пока не напишешь)"
        + r"|^\W{0,2}@[\wа-яё]+[^\n]{0,30}?почему (?:ты )?не (?:отвечаешь|читаешь|пишешь)",
    ),
]
COMPOSITIONS += _TENTH_HARASS_MORE
#: Sent off with contempt: told to go, with the crowd's dislike or a put-down beside it ("get lost, you ruin every
#: stream", "вали отсюда, тебя тут никто не любит", "fuera de aquí, pesada").
_H10_EN_OFF = r"(?:get lost|go away|get out|leave (?:the|this|our) (?:chat|stream)|beat it|scram|never come back|don'?t come back|log off|get off (?:the|this|my) (?:chat|stream))"
_H10_EN_SCORN = r"(?:nobody (?:likes|wants|asked|cares about) (?:you|u|ya)|no one (?:likes|wants|asked|cares about) (?:you|u|ya)|everyone hates (?:you|u)|(?:we'?re|we are|everyone'?s|everyone is) sick of (?:you|u)|(?:you|u) ruin (?:\w+ ){0,2}(?:stream|show|chat|everything)|loser|annoying|pathetic|nobody cares|weirdo|creep)"
_H10_ES_OFF = r"(?:vete|l[aá]rgate|fuera de aqu[ií]|desaparece|no vuelvas|sal del chat|vete del chat|abr[ae]te)"
_H10_ES_SCORN = r"(?:nadie te (?:quiere|aguanta|soporta|pidi[oó]|pregunt[oó])|pesad[oa]|siempre igual|das asco|das pena|fracasad[oa]|perdedor[a]?|nadie te extra[ñn]a|sobras)"
_H10_RU_OFF = r"(?:вали отсюда|вали из чата|исчезни|уйди из чата|проваливай|убирайся|свали|вон из чата|пошёл вон|пошел вон|пошла вон|катись)"
_H10_RU_SCORN = r"(?:(?:тебя )?все ненавидят|всех бесишь|всем противн\w+|никто (?:тебя )?не (?:любит|ждёт|ждет|звал)|надоел\w*|бесишь|достал\w*|неудачни\w+|никому не нуж\w+|позорищ\w+|всех достал\w*)"
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "sent-off",
        r"\b"
        + _H10_EN_OFF
        + r"\b[^\n]{0,50}?\b"
        + _H10_EN_SCORN
        + r"\b|\b"
        + _H10_EN_SCORN
        + r"\b[^\n]{0,40}?\b"
        + _H10_EN_OFF
        + r"\b",
    ),
    (
        "risk.harassment",
        "es",
        "sent-off",
        r"\b"
        + _H10_ES_OFF
        + r"\b[^\n]{0,50}?\b"
        + _H10_ES_SCORN
        + r"\b|\b"
        + _H10_ES_SCORN
        + r"\b[^\n]{0,40}?\b"
        + _H10_ES_OFF
        + r"\b",
    ),
    (
        "risk.harassment",
        "ru",
        "sent-off",
        r"(?:^|\s)"
        + _H10_RU_OFF
        + r"(?![а-яё])[^\n]{0,50}?"
        + _H10_RU_SCORN
        + r"|(?:^|\s)"
        + _H10_RU_SCORN
        + r"[^\n]{0,40}?"
        + _H10_RU_OFF
        + r"(?![а-яё])",
    ),
]

#: Where the target is said to belong or to have come from: a zoo, a circus, an asylum ("escaped from a zoo").
_H10_EN_PEN = r"(?:zoo|circus|farm|barn|pigsty|jungle|asylum|nuthouse|loony bin|freak show|sewer|swamp|landfill)"
_H10_ES_PEN = r"(?:zool[oó]gico|zoo|circo|granja|establo|pocilga|selva|manicomio|loquero|cloaca|basurero)"
_H10_RU_PEN = r"(?:зоопарк\w*|цирк\w*|хлев\w*|свинарник\w*|джунгл\w+|дурдом\w*|психушк\w+|помойк\w+|канав\w+)"
COMPOSITIONS += [
    # ------------------------------------------------------------ likened to the place animals or the mad are kept
    (
        "risk.harassment",
        "en",
        "penned",
        r"\b(?:she|he|you|u|ya|@\w+)\b(?:'s|'ve| has| have| just| must have)?[^.!?\n]{0,15}?\b(?:escaped|got out|broke out|straight out|fresh out|came out|crawled out) (?:of |from )(?:a |the )?(?:local )?"
        + _H10_EN_PEN
        + r"\b"
        + r"|\b(?:belongs?|should be|go back) (?:in|to) (?:a |the )"
        + _H10_EN_PEN
        + r"\b",
    ),
    (
        "risk.harassment",
        "es",
        "penned",
        r"\b(?:escapad[oa]|salid[oa]|se escap[oó]|reci[eé]n salid[oa]) (?:de |del )(?:un |una |la |el )?"
        + _H10_ES_PEN
        + r"\b"
        + r"|\b(?:vuelve|regresa|deber[ií]a estar|tendr[ií]a que estar) (?:a |al |en )(?:un |una |la |el )?"
        + _H10_ES_PEN
        + r"\b",
    ),
    (
        "risk.harassment",
        "ru",
        "penned",
        r"(?:^|\s)(?:сбежал\w*|вырвал\w*|выпустили) (?:из )"
        + _H10_RU_PEN
        + r"|(?:^|\s)(?:место|самое место) (?:тебе |ей |ему |вам )?(?:в|на) "
        + _H10_RU_PEN
        + r"|(?:тебе|ей|ему|вам) (?:место|самое место) (?:в|на) "
        + _H10_RU_PEN
        + r"|только (?:в|на) "
        + _H10_RU_PEN
        + r"\s+(?:выступать|работать|показывать)",
    ),
    # ------------------------------------------------------------ "of course the black nurse got it wrong": an identity blamed
    (
        "risk.harassment",
        "en",
        "identity-blamed",
        r"\b(?:of course|typical|naturally|obviously|as expected|figures|classic)\b,? (?:the |a |another |this )?(?:black|brown|asian|chinese|indian|mexican|muslim|jewish|gay|trans|female|woman|immigrant|foreign|arab|african)\s+(?:doctor|doc|nurse|host|coach|trainer|pharmacist|presenter|staff|receptionist|surgeon|lady|guy|woman)s?\b[^.!?\n]{0,40}?\b(?:wrong|messed up|screwed up|failed|lying|lies|can'?t|doesn'?t know|again|incompetent|useless|scam)\b",
    ),
    (
        "risk.harassment",
        "es",
        "identity-blamed",
        r"\b(?:claro|c[oó]mo no|t[ií]pico|obvio|era de esperar)\b,? (?:que )?(?:la |el |otra |otro )?(?:negr[oa]|indi[oa]|chin[oa]|mor[oa]|jud[ií][oa]|gitan[oa]|venezolan[oa]|extranjer[oa]|inmigrante|mujer|gay)\s+(?:doctor[a]?|m[eé]dic[oa]|enfermer[oa]|presentador[a]?|farmac[eé]utic[oa])\b[^.!?\n]{0,40}?\b(?:se equivoc\w+|miente|no sabe|la cag\w+|otra vez|in[uú]til|roba)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "identity-blamed",
        r"(?:^|\s)(?:ну конечно|конечно же|как обычно|типично|кто бы сомневался)\b,? (?:эта |этот )?(?:черн\w+|чёрн\w+|нерусск\w+|приезж\w+|таджик\w*|узбек\w*|кавказ\w+|еврей\w*|евреечк\w+|баба|бабы)\s+(?:врач\w*|доктор\w*|медсестр\w*|ведущ\w+|фармацевт\w*)",
    ),
    # ------------------------------------------------------------ the viewers told to look at someone's body or age ("посмотрите на этого жирного")
    (
        "risk.harassment",
        "en",
        "look-at-marked",
        r"\b(?:look|lookit|get a load) (?:at )?(?:this|that|the) (?:fat|ugly|fugly|obese|disgusting|gross|hideous) (?:one|thing|cow|pig|lady|guy|woman|man|host|doc|nurse|coach|trainer)\b(?! (?:go|goes|doing it|crushing|killing it)\b)",
    ),
    (
        "risk.harassment",
        "es",
        "look-at-marked",
        r"\b(?:miren|mira|fíjense|f[ií]jate) (?:a |en )?(?:esta|este|esa|ese|la|el) (?:gord[oa]|fe[oa]|viej[oa]|calv[oa]|asqueros[oa]|"
        + _H_ES_DEG[3:-1]
        + r")s?\b",
    ),
    (
        "risk.harassment",
        "ru",
        "look-at-marked",
        r"(?:^|\s)(?:посмотрите|посмотри|гляньте|глянь|смотрите) на (?:эту|этого|этих) (?:жирн\w+|толст\w+|страшн\w+|урод\w*|стар\w+|лыс\w+|"
        + _H_RU_DEG[3:-1]
        + r")",
    ),
    # ------------------------------------------------------------ an age mocked as senility, said of someone
    (
        "risk.harassment",
        "en",
        "senility-mocked",
        r"\b(?:she'?s|he'?s|you'?re|ur|the host'?s|the doc'?s|shes|hes|youre) (?:gone |going |totally |clearly |obviously )?(?:senile|lost (?:her|his|your|ur) marbles|got dementia|a senile \w+)\b",
    ),
    (
        "risk.harassment",
        "es",
        "senility-mocked",
        r"\b(?:est[aá]s|est[aá]|ya) (?:bien |muy |toda |todo )?(?:chocha|chocho|senil|gag[aá]|con demencia)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "senility-mocked",
        r"(?:^|\s)(?:ты|вы|она|он|ведущ\w+|врач\w*|доктор\w*|эта|этот|эти|старух\w+|старик\w*|бабк\w+|дед\w*)\s+(?:\w+\s+)?(?:уже |совсем |давно )?(?:из ума выжил\w*|впал\w* в маразм|в маразме|маразматик\w*|маразматичк\w+)",
    ),
]

# ================================================================ tenth round: harassment without an insult word
# Contempt said by its figure rather than a name: a brain compared to an insect's, a face "only a mother could
# love", an illness wished or called deserved, the crowd sent to someone's profile, a group made a joke or a code
# (14/88, "(((...)))"), a language demanded of a speaker. Each is one class per language.
_H10_EN_SMALL_MIND = (
    r"(?:pea|peanut|walnut|raisin|grape|goldfish|mosquito|gnat|flea|ant|squirrel|chicken|hamster|rock|potato|toaster)"
)
_H10_ES_SMALL_MIND = (
    r"(?:mosquito|mosca|hormiga|gallina|pollo|pez|pajarito|lenteja|garbanzo|nuez|piedra|ameba|mosquito)"
)
_H10_RU_SMALL_MIND = (
    r"(?:куриц\w+|рыбк\w+|комар\w*|мух\w+|амёб\w+|амеб\w+|инфузори\w+|табуретк\w+|пробк\w+|валенк\w+|дуб\w*|бревн\w+)"
)
_H10_EN_TARGETED = r"(?:you|u|ya|her|him|she|he|the (?:\w+ )?(?:host|doc|doctor|nurse|coach|trainer|pharmacist|presenter|mod)|this (?:host|doc|doctor|nurse|coach|trainer|guy|lady|woman)|@\w+)"
_TENTH_FIGURES: list[Composition] = [
    # ------------------------------------------------------------ a mind belittled by comparison ("brain of a mosquito")
    (
        "risk.harassment",
        "en",
        "mind-belittled",
        r"\b(?:higher|bigger|more) (?:iq|brain cells|brains) than "
        + _H10_EN_TARGETED
        + r"\b"
        + r"|\bbrain (?:the size of|of) an? "
        + _H10_EN_SMALL_MIND
        + r"\b|\b"
        + _H10_EN_SMALL_MIND
        + r"[- ]sized brain\b"
        + r"|\bbrain cell count\b|\b(?:one|1|two|2|a single) (?:brain cell|braincell)s?\b|\b"
        + _H10_EN_TARGETED
        + r"(?:'s| has| have| got| with)? (?:an )?iq of (?:a |an )?(?:room temperature|"
        + _H10_EN_SMALL_MIND
        + r"|\d{1,2}\b)"
        + r"|\bwith a brain (?:that|this) (?:small|tiny)\b",
    ),
    (
        "risk.harassment",
        "es",
        "mind-belittled",
        r"\b(?:cerebro|cerebrito|seso|sesos) (?:de (?:un |una )?|del tama[ñn]o de (?:un|una) )"
        + _H10_ES_SMALL_MIND
        + r"\b"
        + r"|\b(?:m[aá]s|mayor) (?:iq|coeficiente|cociente|cerebro|neuronas) (?:intelectual )?que (?:t[uú]|vos|ella|[eé]l|el|la|este|esta|@\w+)\b"
        + r"|\b(?:una|1|dos|2) (?:sola )?neuronas?\b[^.!?\n]{0,30}?\b(?:tiene|tienes|ten[eé]s|le queda|te queda|y (?:est[aá] )?sola)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "mind-belittled",
        r"(?:^|\s)(?:мозг\w*|мозгов|извилин\w*) (?:как у|с|размером с|меньше,? чем у) "
        + _H10_RU_SMALL_MIND
        + r"|(?:^|\s)у (?:тебя|вас|неё|нее|ведущ\w+|врач\w+|доктор\w*|тренер\w*) (?:\w+ )?(?:одна|1|две|2) извилин\w*|(?:^|\s)(?:тупая|тупой|тупые) как (?:пробка|валенок|дуб|бревно|табуретка|пень)",
    ),
    # ------------------------------------------------------------ ugliness by its figure ("face for radio", "страшная как смерть")
    (
        "risk.harassment",
        "en",
        "ugly-figured",
        r"\b(?:face|mug) (?:for radio|only a mother could love|that could (?:stop|scare|crack|curdle|break) \w+)\b|\bthat face could (?:scare|stop|crack|kill|curdle)\b"
        + r"|\b(?:ugly|fat|dumb|stupid|gross) as (?:sin|hell|fuck|shit|a (?:box of rocks|bag of hammers|pig|cow|toad|bulldog|dog))\b"
        + r"|\b(?:hit|beaten) (?:with|by) the ugly stick\b|\bfell out of the ugly tree\b"
        + r"|\b(?:face|mug|voice) like an? (?:slapped|smacked) (?:arse|ass)\b|\b(?:face|mug) like an? (?:bag of spanners|dropped pie|bulldog|horse|pig|smashed crab|busted \w+|melted \w+)\b"
        + r"|\bvoice like an? (?:foghorn|chainsaw|dying \w+|strangled cat|cheese grater|nails on a chalkboard|goat|donkey)\b"
        + r"|\b(?:"
        + _H_EN_DEG[3:-1]
        + r"|dog) of an? (?:woman|man|person|girl|guy|host|doctor|nurse|human(?: being)?)\b"
        + r"|\blook at the state of (?:her|him|them|that|you|the host)\b|\bthe state of (?:her|him|the host)\W*$",
    ),
    (
        "risk.harassment",
        "es",
        "ugly-figured",
        r"\bm[aá]s fe[oa] que (?:pegarle a un padre|el hambre|un pie|una patada|la madre que (?:la|lo) pari[oó]|un coco|un dolor)\b|\bcara de (?:culo|pan|mono|caballo|rata|sapo|cerdo|pocos amigos)\b[^.!?\n]{0,25}?\b(?:tiene|tienes|ten[eé]s|la|el)\b"
        + r"|\b(?:fe[oa]|gord[oa]) (?:como (?:un|una) (?:demonio|pecado|ogro|vaca|ballena|cerdo)|de cojones)\b|\bcon esa cara\b[^.!?\n]{0,30}?\b(?:mejor|no deber[ií]a|ni salgas|no salgas|apaga|tapa)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "ugly-figured",
        r"(?:^|\s)(?:страшн(?:ая|ый|ые)|уродлив(?:ая|ый|ые)|жирн(?:ая|ый|ые)) как (?:смерть|атомная война|ядерная война|война|чёрт|черт|моя жизнь|грех|чучело|пугало)"
        + r"|(?:^|\s)с такой (?:рожей|мордой|харей|физиономией|внешностью)\b",
    ),
    # ------------------------------------------------------------ an illness wished on someone or called deserved
    (
        "risk.harassment",
        "en",
        "ill-wished",
        r"\bhope (?:you|u|ya|she|he|they|the (?:\w+ )?(?:host|doc|doctor|nurse|coach|trainer)) (?:\w+ )?(?:gets?|catch(?:es)?|develops?|ends? up with) (?:the side effects|sick|cancer|covid|a stroke|a heart attack|diabetes|every (?:side effect|one of them)|what (?:you|she|he) (?:deserve|deserves))\b"
        + r"|\b(?:heart attack|stroke|cancer|illness|disease|diabetes|covid|chemo|diagnosis)\w* (?:was|is) (?:just )?karma\b|\bkarma for being\b|\b(?:you|u|she|he) deserved? (?:that|the|your|her|his) (?:heart attack|stroke|cancer|illness|disease)\b",
    ),
    (
        "risk.harassment",
        "es",
        "ill-wished",
        r"\bojal[aá] (?:te|le|les) (?:enfermes|enferme|enfermen|d[eé]|agarre|pegue) (?:tú|t[uú] |ella |[eé]l )?(?:\w+ )?(?:c[aá]ncer|un infarto|covid|diabetes|un derrame|un ictus|para que aprendas|los efectos)?"
        + r"|\bojal[aá] (?:te|se) (?:quedes|quede|vuelvas|vuelva) (?:calv|cieg|sord|paral[ií]tic|inv[aá]lid|manc|coj)\w+"
        + r"|\b(?:calv[oa]|pelad[oa]) (?:por|de) la quimio\b[^\n]{0,30}?(?:jaja|xd|😂|y (?:todav[ií]a|a[uú]n)|pero)"
        + r"|\b(?:el|la) (?:infartad[oa]|diab[eé]tic[oa]|cancerosa|canceroso|enferm[oa]) (?:ese|esa)\b|\bte lo merec[eé]s? (?:por|el)\b|\bse lo merec\w+ (?:el|la|por) (?:c[aá]ncer|infarto)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "ill-wished",
        r"(?:^|\s)чтоб (?:ты|тебя|вас|вы|она|он|её|ее|его) (?:\w+ )?(?:заболел\w*|парализовал\w*|разорвало|скрутило|сгнил\w*|облысел\w*)"
        + r"|(?:^|\s)(?:желаю|желаем) (?:тебе|вам|ей|ему) (?:\w+ )?(?:заболеть|рака|инфаркта|инсульта|диабета|побочек)"
        + r"|(?:^|\s)(?:облысел\w*|лыс(?:ый|ая)) (?:после|от) химии",
    ),
    # ------------------------------------------------------------ the crowd sent after someone ("lets all go to her insta")
    (
        "risk.harassment",
        "en",
        "crowd-sent",
        r"\b(?:everyone|everybody|y'?all|all of you|chat|let'?s all|lets all|we should all|guys)\b[^.!?\n]{0,20}?\b(?:go to|spam|flood|raid|report|dm|message|swarm|hit up|bombard)\b[^.!?\n]{0,15}?\b(?:her|his|their|the host'?s|@\w+'?s?) (?:insta|ig|instagram|dms?|inbox|profile|page|channel|comments|tiktok|twitter|account)\b"
        + r"|\beveryone spam\b[^.!?\n]{0,20}?\b(?:for|at|to) (?:the host|her|him|@\w+)\b",
    ),
    (
        "risk.harassment",
        "es",
        "crowd-sent",
        r"\b(?:todos|vamos todos|vamos|chat)\b[^.!?\n]{0,15}?\b(?:a|al) (?:su|el|la) (?:insta|instagram|perfil|dm|md|privado|canal|tiktok|cuenta)\b[^.!?\n]{0,40}?\b(?:decirle|dec[ií]rselo|a insultar|a reportar|a llenarle|que sepa)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "crowd-sent",
        r"(?:^|\s)(?:все|давайте все|пошли все|налетай\w*)\s+(?:в личку|в инст\w*|в директ|в комменты|к ней|к нему)[^.!?\n]{0,30}?(?:к ней|к нему|пусть (?:почитает|знает)|напишем|завалим)",
    ),
    # ------------------------------------------------------------ coded hate: numbers, echoes and slogans of the movements
    (
        "risk.harassment",
        "en",
        "dog-whistle",
        r"(?<![\d/.:])\b(?:14 ?/ ?88|13 ?/ ?(?:50|52|90))\b(?![\d/.:])|\(\(\(\s*\w[^()\n]{0,30}?\)\)\)|\b(?:great|demographic) replacement\b|\bwhite genocide\b|\bzog\b|\bthe jq\b|\bday of the rope\b|\bglobalist (?:pharma|jews?|bankers|elites?)\b",
    ),
    (
        "risk.harassment",
        "es",
        "dog-whistle",
        r"\bgran reemplazo\b|\breemplazo (?:demogr[aá]fico|[eé]tnico)\b|\bgenocidio blanco\b",
    ),
    (
        "risk.harassment",
        "ru",
        "dog-whistle",
        r"(?:великое|демографическ\w+) замещени\w+|геноцид белых|(?:^|\s)посмотрите,? кто нас лечит|(?:^|\s)кто нас лечит\W*$",
    ),
    # ------------------------------------------------------------ a group made the joke ("no offense but ...", "un chiste: ¿qué hace un venezolano...")
    (
        "risk.harassment",
        "en",
        "group-joke",
        r"\b(?:no offen[cs]e|jk|just joking|just kidding)\b[^\n]{0,60}?\b"
        + _H_EN_GROUPS
        + r"\b"
        + r"|\b"
        + _H_EN_GROUPS
        + r"\b[^\n]{0,60}?\b(?:lol jk|just joking|just kidding|jk|no offen[cs]e)\b"
        + r"|\b(?:chinese|mexican|indian|muslim|jewish|black|asian|arab|african|gay|trans)\s+(?:doctor|doc|nurse|pharmacist|host)\b[^\n]{0,40}?\b(?:bat soup|dog meat|curry|tacos|bomb|camel|fried chicken|watermelon)\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-joke",
        r"\b(?:chiste|sin ofender|es broma|no te ofendas|qu[eé] hace un|c[oó]mo se llama un)\b[^\n]{0,60}?\b(?:"
        + _H_ES_GROUPS[3:-1]
        + r"|venezolano|colombiano|boliviano|peruano|mexicano|chino|negro|gitano|jud[ií]o|moro|indio|gallego)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "group-joke",
        r"(?:^|\s)(?:шутка|анекдот|без обид|не в обиду|как отличить)[^\n]{0,60}?(?:"
        + _H_RU_GROUPS[3:-1]
        + r"|армян\w+|грузин\w+|кавказц\w+|таджик\w+|узбек\w+|еврей\w*|хохл\w+|цыган\w*|чукч\w+)",
    ),
    # ------------------------------------------------------------ a language demanded of the speaker ("speak american", "говори по-русски")
    (
        "risk.harassment",
        "en",
        "language-demanded",
        r"\b(?:speak|talk) american\b|\b(?:accent|pronounce|pronunciation)\b[^\n]{0,40}?\b(?:speak|learn|talk) (?:proper |real |fucking |bloody )?english\b|\b(?:who|that) (?:actually |can |can actually )speaks? (?:proper |real )?english\b|\bcan'?t (?:even )?(?:speak|pronounce) (?:proper |real )?english\b",
    ),
    (
        "risk.harassment",
        "es",
        "language-demanded",
        r"\b(?:habla|hable|hablen|habl[aá]) en cristiano\b|\baprend(?:e|[eé]|an) (?:a hablar )?(?:el )?(?:espa[ñn]ol|castellano)\b(?! (?:en|con|por)\b)|\bni (?:sabe|sabes|sab[eé]s) hablar (?:bien )?(?:el )?(?:espa[ñn]ol|castellano)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "language-demanded",
        r"(?:^|\s)(?:говори|выучи|научись говорить|разговаривай) (?:нормально )?(?:по-русски|на русском|русский)|(?:^|\s)по-русски (?:сначала )?(?:научись|выучи)",
    ),
]
COMPOSITIONS += _TENTH_FIGURES

#: Filthy, lazy, stinking said before a people ("filthy immigrants", "вонючие бомжи", "pinches indios").
_H10_EN_GROUP_ADJ = (
    r"(?:filthy|dirty|stinking|stinky|smelly|lazy|disgusting|useless|greedy|dirty little|bloody|fucking|damn)"
)
_H10_ES_GROUP_ADJ = r"(?:sucios|sucias|asquerosos|asquerosas|malditos|malditas|pinches|putos|putas|apestosos|apestosas|vagos|vagas|inmundos)"
_H10_RU_GROUP_ADJ = r"(?:вонюч(?:ие|их|им)|грязн(?:ые|ых|ым)|тупорыл(?:ые|ых)|мерзк(?:ие|их)|поганые|поганых|проклятые|сраные|сраных|ебучие)"
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "group-adjective",
        r"\b" + _H10_EN_GROUP_ADJ + r" (?:" + _H_EN_GROUPS[3:-1] + r")\b",
    ),
    (
        "risk.harassment",
        "es",
        "group-adjective",
        r"\b"
        + _H10_ES_GROUP_ADJ
        + r" (?:"
        + _H_ES_GROUPS[3:-1]
        + r")\b|\b(?:"
        + _H_ES_GROUPS[3:-1]
        + r") (?:de mierda|asquerosos|apestosos)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "group-adjective",
        r"(?:^|\s)" + _H10_RU_GROUP_ADJ + r" (?:" + _H_RU_GROUPS[3:-1] + r")",
    ),
    # ------------------------------------------------------------ a body shamed as unfit to be shown
    (
        "risk.harassment",
        "en",
        "body-shamed",
        r"\b(?:ashamed|embarrassed) (?:of )?(?:showing|to show|to be showing|wearing) (?:that|your|ur|her|his|this) (?:body|face|belly|gut|legs|arms|thighs|cellulite)\b"
        + r"|\b(?:nobody|no one|noone) (?:wants|needs) to see (?:a|an|your|ur|that|her|his|this) (?:\w+ )?(?:granny|grandma|fat|old|ugly|wrinkly|body|belly|gut|thighs|face|hag|whale|cow)\b",
    ),
    (
        "risk.harassment",
        "es",
        "body-shamed",
        r"\b(?:deber[ií]a darte|deber[ií]a darle|te deber[ií]a dar|qu[eé]) verg[uü]enza (?:mostrar|ense[ñn]ar|sacar|salir con) (?:ese|esa|tu|su|esas|esos) (?:cuerpo|cara|panza|barriga|piernas|lonjas|celulitis)\b"
        + r"|\bnadie quiere ver (?:a )?(?:una|un|tu|su|esa|ese) (?:\w+ )?(?:vieja|viejo|gord[oa]|cuerpo|panza|barriga|lonjas|cara)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "body-shamed",
        r"(?:^|\s)(?:как )?не стыдно (?:показывать|светить|выставлять) (?:такое|такую|свое|своё|свою|эту|это) (?:\w+ )?(?:тело|лицо|пузо|живот|ноги|целлюлит|рожу)"
        + r"|(?:^|\s)никто не хочет (?:видеть|смотреть на) (?:\w+ )?(?:жирн\w+|стар\w+|страшн\w+|пузо|тело|целлюлит)",
    ),
]

#: A disability word naming the person, laughed at ("mira cómo habla el tartamudo, qué risa").
_H10_EN_DISABLED = r"(?:cripple|gimp|stutterer|stammerer|the deaf one|the blind one|midget|dwarf|hunchback|mute|spaz|retard|mongoloid|vegetable)"
_H10_ES_DISABLED = r"(?:tartamud[oa]|coj[oa]|cieg[oa]|sord[oa]|mud[oa]|manc[oa]|jorobad[oa]|enan[oa]|retrasad[oa]|autista|mongolit[oa]|paral[ií]tic[oa]|lisiad[oa]|tullid[oa])"
_H10_RU_DISABLED = r"(?:заик\w+|хром(?:ой|ая|ого|ую)|кос(?:ой|ая|ого|ую)|горбун\w*|горбат\w+|карлик\w*|глух(?:ой|ая|ого|ую)|нем(?:ой|ая)|калек\w+|колясочник\w*|даун\w*|инвалидк\w+)"
_H10_LAUGH = r"(?:lol|lmao|lmfao|haha\w*|😂|🤣|qu[eé] risa|ja(?:ja)+\w*|xd|ахах\w*|хаха\w*|ржу|ржака|смешно|умора|pathetic|pat[eé]tic[oa]|жалк\w+|y (?:todav[ií]a|encima)|туда же)"
COMPOSITIONS += [
    (
        "risk.harassment",
        "en",
        "disability-mocked",
        r"\b(?:the|that|this|some|look at the|look at that) " + _H10_EN_DISABLED + r"\b[^\n]{0,50}?" + _H10_LAUGH,
    ),
    (
        "risk.harassment",
        "es",
        "disability-mocked",
        r"\b(?:el|la|ese|esa|este|esta|mira (?:al|a la|c[oó]mo habla el|c[oó]mo habla la|c[oó]mo camina el|c[oó]mo camina la)) "
        + _H10_ES_DISABLED
        + r"\b[^\n]{0,50}?"
        + _H10_LAUGH,
    ),
    (
        "risk.harassment",
        "ru",
        "disability-mocked",
        r"(?:^|\s)"
        + _H10_RU_DISABLED
        + r"(?![а-яё])[^\n]{0,50}?"
        + _H10_LAUGH
        + r"|^\W{0,3}"
        + _H10_RU_DISABLED
        + r",? (?:а|ты|и) (?:туда же|хоть)",
    ),
    # ------------------------------------------------------------ the headscarf mocked as a rag
    (
        "risk.harassment",
        "en",
        "headscarf-mocked",
        r"\b(?:rag|towel|tea towel|bedsheet|curtain|tablecloth) on (?:her|his|their|your|ur) head\b",
    ),
    (
        "risk.harassment",
        "es",
        "headscarf-mocked",
        r"\b(?:trapo|toalla|s[aá]bana|cortina|mantel) (?:en|de|sobre) la cabeza\b",
    ),
    (
        "risk.harassment",
        "ru",
        "headscarf-mocked",
        r"(?:^|\s)(?:тряпк\w+|полотенц\w+|простын\w+|занавеск\w+|мешк\w+) (?:на|с) голов\w+",
    ),
    # ------------------------------------------------------------ disgust said at a body ("ew, fat", "фу, жирная")
    (
        "risk.harassment",
        "en",
        "disgust-said",
        r"^\W{0,3}(?:ew+|yuck|gross|eugh)[,!.]?\s+(?:so |she'?s |he'?s |you'?re |ur )?(?:fat|ugly|old|obese|disgusting|nasty|hideous)\W*$",
    ),
    (
        "risk.harassment",
        "es",
        "disgust-said",
        r"^\W{0,3}(?:qu[eé] asco|puaj|aj+|guac?ala)[,!.]?\s+(?:de |qu[eé] )?(?:gord[oa]|fe[oa]|viej[oa]|asqueros[oa]|obes[oa])\W*$",
    ),
    (
        "risk.harassment",
        "ru",
        "disgust-said",
        r"^\W{0,3}фу+[,!.]?\s+(?:какая |какой |ну и )?(?:жирн\w+|толст\w+|страшн\w+|уродлив\w+|мерзк\w+|урод\w*)\W*$",
    ),
]
# A legal means aimed at the addressee or the brand in its clause, in whatever order ("a lawsuit against this
# channel", "contra ustedes va la demanda", "на вашу клинику будет иск").
_L_EN_AIM = r"(?:you|u|ya|y'?all|your|ur|this (?:clinic|channel|stream|company|brand|pharmacy|doctor|hospital|show|host)|the (?:clinic|channel|company|brand|pharmacy|hospital|host|presenter|doctor))"
_L_ES_AIM = r"(?:ustedes|usted|ti|vos|vosotros|la cl[ií]nica|el canal|la marca|la farmacia|el hospital|el doctor|la doctora|el presentador|la presentadora|esta (?:cl[ií]nica|marca|farmacia|empresa)|este (?:canal|hospital|doctor|programa))"
_L_RU_AIM = r"(?:вас|вам|тебя|тебе|вашу|вашего|вашей|ваш|твою|твоего|клиник\w+|аптек\w+|канал\w*|ведущ\w+|больниц\w+|врач\w*|доктор\w*)"
COMPOSITIONS += [
    (
        "risk.legal",
        "en",
        "means-aimed",
        NOT_ADVISED
        + r"(?<!\bthe )(?<!\bthat )\b(?:law ?suits?|class[- ]action|malpractice (?:claim|suit|case)|legal action|legal proceedings|court case|formal complaint|cease and desist|subpoena)\b[^.!?\n]{0,25}?\b(?:against|on|for|at|with) "
        + _L_EN_AIM
        + r"\b",
    ),
    (
        "risk.legal",
        "es",
        "means-aimed",
        r"\b(?:demanda|denuncia|querella|acciones legales|juicio|reclamaci[oó]n formal)\b[^.!?\n]{0,25}?\b(?:contra|a|para) "
        + _L_ES_AIM
        + r"\b"
        + r"|\bcontra "
        + _L_ES_AIM
        + r"\b[^.!?\n]{0,25}?\b(?:demanda|denuncia|querella|acciones legales|juicio)\b",
    ),
    (
        "risk.legal",
        "ru",
        "means-aimed",
        r"(?:^|\s)(?:иск\w*|заявлени\w+|претензи\w+|жалоб\w+|суд\w*) (?:\w+ )?(?:на|против) "
        + _L_RU_AIM
        + r"(?![а-яё])"
        + r"|(?:^|\s)(?:на|против) "
        + _L_RU_AIM
        + r"(?![а-яё])[^.!?\n]{0,20}?(?:иск\w*|в суд|в прокуратур\w+|претензи\w+)(?![а-яё])",
    ),
]

# ================================================================ tenth round: the classes of harm widened, one place each
# Threats: a body part broken or cut (the acts of _TENTH_EN_BODY_HARM on _TENTH_EN_BODY), acid thrown, harm in the
# progressive ("i'm burning your clinic to the ground"), a consequence of harm after a condition ("if ..., someone at
# that counter gets hurt", "o ... tu familia lo paga", "если ..., кто-то пострадает"), a family said to be unsafe or to
# pay, being watched (one's back, one's brakes, under one's car), "you're next" and a turn or an eye repaid for a death,
# a weapon acquired before a meeting, an adulteration of what someone takes (pills, samples, drinks), a place set to
# burn at a time or with fuel beside its door, a Spanish first-person present promised ("esta noche os mato"), a
# Spanish first-person burning of a place ("quemo la farmacia").
# Self-harm: a decision with its day ("i've decided. tonight"), the means gathered or mixed with alcohol, a firearm
# with a decision, a farewell made final ("bye. for good", "no me busquen", "не ищите меня"), affairs settled (notes
# written, a pet handed over), a place of falling reached (the edge, the tracks), a blade in hand, a lethal outcome
# asked of one's own medicines, a wish to be dead, being worth more dead, hopelessness closed by a short ending, harm
# done to oneself now, an overdose taken on purpose, a plan told.
_TENTH_EN_BODY = r"(?:bones|hands?|arms?|legs?|knees?|kneecaps?|fingers?|face|neck|jaw|teeth|skull|head|throat|nose|ribs|spine|wrists?|ankles?)"
_TENTH_EN_BODY_HARM = r"(?:break|breaking|snap|snapping|smash|smashing|crush|crushing|cut off|cut|slit|slice|rip off|rip out|bash in|cave in|stomp|shatter|chop off)"
_TENTH_EN_ING = r"(?:killing|murdering|shooting|stabbing|strangling|choking|poisoning|beating|punching|stomping|jumping|hunting|burning|torching|bombing|blowing up|breaking|gutting|running over|hurting)"
_TENTH_EN_CONSUMABLE = r"(?:pills|meds|medicine|samples|free samples|shelves|drinks?|shakes?|protein|food|coffee|water|batch|bottles|supplements|products|vaccines?|vitamins|capsules|smoothies?)"
_TENTH_ES_PLACE = r"(?:farmacia|cl[ií]nica|hospital|consultorio|consulta|estudio|tienda|casa|coche|carro|local|gimnasio|gym|oficina|edificio|negocio|centro|ventanilla)"
_TENTH_RU_PLACE = r"(?:аптек\w+|клиник\w+|больниц\w+|студи\w+|офис\w*|дом\w*|машин\w+|зал\w*|магазин\w*|кабинет\w*)"
_TENTH_EN_HOPELESS = r"(?:no point(?: anymore| in (?:living|anything|going on|trying))?|there'?s no point|what'?s the point|pointless|nothing left|no way out|can'?t (?:anymore|go on|take it anymore|do this anymore)|cant anymore|lost everything|done with (?:life|everything|it all)|hopeless|tired of (?:everything|it all|fighting))"
_TENTH_ES_HOPELESS = r"(?:no tiene sentido|ya no tiene sentido|sin sentido|no me queda nada|no hay salida|no puedo m[aá]s|lo perd[ií] todo|no vale la pena|ya no aguanto|estoy harto de todo|estoy harta de todo)"
_TENTH_RU_HOPELESS = r"(?:нет смысла|смысла нет|ничего не осталось|нет выхода|больше не могу|не могу больше|вс[её] потерял\w*|устал\w* от всего)"
#: Spanish verbs of violent harm in the infinitive: the future ("os mataré") and the infinitive with its object ("voy
#: a matarte") are made from it. The verbs of _TENTH_ES_INF_YOU name harm only when a person is their object ("te
#: romperé", not "lo romperé": a thing broken, a file deleted, a program run).
_TENTH_ES_INF = r"(?:matar|asesinar|apu[ñn]alar|acuchillar|disparar|balear|tirotear|ahorcar|estrangular|ahogar|envenenar|degollar|descuartizar|torturar|hostiar|madrear|acribillar|fusilar|linchar|apalear|masacrar|destripar|despellejar|desfigurar|mutilar|reventar)"
_TENTH_ES_INF_YOU = r"(?:golpear|pegar|partir|romper|quemar|incendiar|atropellar|enterrar|liquidar|cazar|rajar|quebrar|eliminar|ejecutar|joder|chingar)"
#: What a stalker knows (a child's hour, being followed, driven past, a car in its lot) and the marks that make it a
#: menace (an emoji, "next time", "lock your doors", a tag question); a compliment on a house or a child is one only
#: with a strong mark.
_TENTH_EN_STALK = (
    r"(?:your|ur) (?:\w+ )?(?:kids?|daughters?|sons?|wife|husband|girlfriend|boyfriend|family|mom|children)\b[^.!?\n]{0,30}?\b(?:get|gets|got|leave|leaves|walk|walks|come|comes|finish|finishes|is|are)\b[^.!?\n]{0,25}?\b(?:at \d|alone|from school|out of school|school at)"
    r"|(?:drove|walked|went|came|rode|was) (?:past|by|outside) (?:your|ur) (?:\w+ )?(?:house|home|place|clinic|office|gym|studio|pharmacy|work|apartment|street|building)"
    r"|(?:followed|tracked|trailed) (?:you|u|ur \w+|your \w+)|i was (?:\w+ ){0,2}behind (?:you|u)|i (?:saw|watched|seen) (?:you|u) (?:leave|leaving|park|parking|walk|walking|at|in|with|get)"
    r"|(?:you|u) (?:wore|were wearing|parked|left (?:at|the))|(?:your|ur) (?:\w+ )?(?:car|jeep|truck|suv|van)\b(?: is)? (?:in|at|on) (?:the |lot|spot)|know (?:your|ur) (?:schedule|route|address|routine|plate|street|building|shift)"
)
_TENTH_EN_STRONG_MARK = r"👀|😈|🔪|🔫|💀|☠️|\bnext time\b|\bsee (?:you|u|ya) (?:soon|tonight|real soon)\b|\block (?:your|ur) doors?\b|\bsleep (?:tight|well)\b|\bsweet dreams\b|\bshame if\b|\bwould be a shame\b|\breal close\b|\bi'?m close\b|\bwatch (?:your|ur) back\b(?=\s*(?:[.,!…😈🔪💀☠️🩸🔫🙂]|$|(?:doc|doctor|nurse|host|coach|@\w+)\b))"
_TENTH_EN_MARK = (
    _TENTH_EN_STRONG_MARK
    + r"|\bsee (?:you|u|ya) (?:tomorrow|there)\b|\bbe careful\b|\bwatch out\b|\b(?:right|yeah|huh)\s*\?|\bya know\b|\bjust saying\b|\bi'?ll stop\b|\bi stop\b|\bi won'?t stay\b|\bdon'?t bring\b|\bthink about (?:it|that)\b|\bsoon\b|🙂|😉"
)
_TENTH_ES_STALK = (
    r"tus? (?:hij[oa]s?|esposa|mujer|marido|familia|niñ[oa]s?|peque[ñn][oa]s?)\b[^.!?\n]{0,30}?\b(?:a las (?:\d|una|dos|tres|cuatro|cinco|seis|siete|ocho)|del cole|de la escuela|del colegio|sol[oa]s?)"
    r"|(?:pas[eé]|estuve|estaba|estuvimos) (?:por|frente a|fuera de|delante de|cerca de) (?:tu|su) (?:\w+ )?(?:casa|consulta|cl[ií]nica|gimnasio|farmacia|estudio|trabajo|oficina|calle|barrio|edificio)"
    r"|te (?:segu[ií]|vi salir|vi entrar|vi en|estuve (?:viendo|mirando|siguiendo))\b|s[eé] (?:tu|su) (?:direcci[oó]n|horario|rutina|matr[ií]cula|calle)|(?:tu|su|el) (?:coche|carro|auto) (?:\w+ ){0,3}(?:en el|en la) (?:parking|estacionamiento|aparcamiento)"
)
_TENTH_ES_STRONG_MARK = r"👀|😈|🔪|🔫|💀|☠️|\bla pr[oó]xima vez\b|\bnos vemos (?:pronto|esta noche)\b|\bcierra (?:bien )?(?:la puerta|con llave)\b|\bser[ií]a una pena\b|\bqu[eé] pena si\b|\bestoy (?:muy )?cerca\b|\bcu[ií]date las espaldas\b"
_TENTH_ES_MARK = (
    _TENTH_ES_STRONG_MARK
    + r"|\bten cuidado\b|\bcuidado\b|\bte suena\b|\bverdad\s*\?|\bno\s*\?|\bya sabes\b|\bsolo digo\b|\bpronto\b|\bnos vemos\b|🙂|😉"
)
_TENTH_RU_STALK = (
    r"\bтво\w+ (?:дочк\w+|доч\w+|сын\w*|дет\w+|жен\w+|муж\w*|семь\w+|ребён\w+|ребен\w+)\b[^.!?\n]{0,30}?(?:\bв \d|\bв (?:час|два|три|четыре|пять|шесть)\b|\bиз школы\b|\bиз садика\b|\bодн(?:а|им|ого)\b)"
    r"|\b(?:проезжал\w*|проходил\w*|был\w*|стоял\w*) (?:мимо|у|возле|около) (?:тво\w+|ваш\w+)\b|\b(?:шёл|шел|шла|ехал\w*) за (?:тобой|вами|тренером|врачом|доктором)\b|\b(?:видел\w*|видела) (?:тебя|вас) (?:сегодня|вчера|у|в|на|с)\b"
    r"|\bзнаю (?:тво\w+|ваш\w+) (?:адрес|расписание|машину|маршрут|график)\b|\b(?:знаю|знаем),? во сколько (?:ты|вы)\b"
)
_TENTH_RU_STRONG_MARK = r"👀|😈|🔪|🔫|💀|☠️|\bв следующий раз\b|\bдо скорой встречи\b|\bзакрывай (?:дверь|двери)\b|\bжаль будет\b|\bя рядом\b|\bсовсем рядом\b|\bскоро зайду\b|\bзайду\b"
_TENTH_RU_MARK = (
    _TENTH_RU_STRONG_MARK
    + r"|\bувидимся\b|\bбудь осторожн\w*|\bосторожнее\b|\bда\s*\?|\bправда\s*\?|\bсам знаешь\b|\bпонял\s*\?|\bскоро\b|\bподумай\b|\bподожду\b|🙂|😉"
)
_TENTH: list[Composition] = [
    # ---------------------------------------------------------- threats: the body broken, acid thrown
    (
        "risk.threat",
        "en",
        "body-harmed",
        r"\b"
        + _NINTH_EN_INTENT
        + r"\b[^.!?\n]{0,20}?\b"
        + _TENTH_EN_BODY_HARM
        + r" (?:both |all |both of |all of |every one of |every bone in )?(?:your|ur|his|her|their|that \w+'?s|the \w+'?s) (?:\w+ )?"
        + _TENTH_EN_BODY
        + r"\b|\b(?:throw|throwing|splash|pour) (?:acid|bleach) (?:in|on|at|onto) (?:your|ur|his|her|their|the \w+'?s) (?:\w+ )?(?:face|eyes)\b",
    ),
    (
        "risk.threat",
        "es",
        "body-harmed",
        r"\b(?:te|le|les|os) (?:voy a |vamos a )?(?:romper|rompo|partir|parto|reventar|reviento|quebrar|quiebro|cortar|corto|arrancar|arranco|machacar|machaco) (?:las|los|la|el) (?:dos )?(?:piernas|brazos|manos|cara|boca|dientes|cuello|crisma|cabeza|dedos|rodillas|costillas|nariz|mand[ií]bula)\b"
        r"|\b(?:te|le|les|os) (?:voy a )?(?:echar|tirar|lanzar) [aá]cido\b|\b[aá]cido (?:en|a) la cara\b",
    ),
    (
        "risk.threat",
        "ru",
        "body-harmed",
        r"\b(?:сломаю|переломаю|разобью|отрежу|оторву|вырву|раскрою|проломлю|раздроблю|отрублю)\b (?:тебе|ему|ей|им|вам|этому \w+|этой \w+) (?:\w+ )?(?:руки|ноги|лицо|морду|челюсть|голову|череп|пальцы|шею|хребет|рёбра|ребра|колени|нос|зубы)\b"
        r"|\bкислотой (?:оболью|облью|плесну)\b|\b(?:оболью|облью|плесну)\b[^.!?\n]{0,20}?\bкислот\w*",
    ),
    # ---------------------------------------------------------- threats: harm told in the progressive, "end you"
    (
        "risk.threat",
        "en",
        "harm-progressive",
        r"\b(?:i'?m|im|i am|we'?re|we are|me and (?:the boys|my (?:boys|brothers|friends|cousins)) (?:are|r))\s+(?:(?:really|literally|seriously|so|just|definitely|actually|now|gonna be|going to be)\s+)?"
        + _TENTH_EN_ING
        + r"\b[^.!?\n]{0,10}?\b(?:"
        + _NINTH_EN_PERSON
        + r"|"
        + _NINTH_EN_PLACE
        + r")\b(?!['’]s\b)(?! (?:at|in) (?:chess|cards|poker|the game|a game|fortnite))"
        r"|\b"
        + _NINTH_EN_INTENT
        + r"\b[^.!?\n]{0,12}?\bend (?:you|u|ya|him|her|them|y'?all|every (?:single )?one of (?:you|u|them)|all of (?:you|u|them))\b(?!['’]s)",
    ),
    # ---------------------------------------------------------- threats: a consequence of harm after a condition
    (
        "risk.threat",
        "en",
        "consequence-menace",
        r"\b(?:if|or|or else|otherwise|unless|till|until)\b[^.!?\n]{0,70}?\b(?:some(?:one|body)|any(?:one|body)|(?:your|ur) (?:\w+ )?(?:family|kids?|children|wife|husband|staff|daughters?|sons?|mom|mum|people|workers|nurses|employees|pharmacist|receptionist)|(?:the|that|this) (?:\w+ )?(?:staff|nurse|pharmacist|receptionist|cashier|clerk))(?: (?:at|in|behind|from|of) (?:the |that |this |your |ur )?\w+(?: \w+)?)? (?:gets?|will get|'?ll get|is gonna get|are gonna get|is going to get|are going to get|ends? up|will end up) (?:hurt|shot|stabbed|killed|burned|burnt|beaten|jumped|in (?:the |a )?(?:hospital|er|icu|morgue|body bag|ditch))\b"
        r"|\b(?:if|or|or else|otherwise|unless|till|until)\b[^.!?\n]{0,70}?\b(?:your|ur) (?:\w+ )?(?:family|kids?|children|wife|husband|daughters?|sons?|mom|mum|people|staff) (?:pays?|will pay|'?ll pay|is gonna pay|are gonna pay|is going to pay|are going to pay)\b(?! (?:for (?:it|the|this|that|shipping|parking|school|college)|the|me|you|back|off|attention|in|with|cash|by|extra|more|less|up|\$|\d))"
        r"|\b(?:your|ur) (?:\w+ )?(?:family|kids?|children|wife|husband|daughters?|sons?) (?:will |'?ll |is gonna |are gonna |is going to |are going to )?pays? (?:for (?:this|that|it|what (?:you|u))|the price)\b"
        r"|\b(?:your|ur) (?:\w+ )?(?:kids?|children|family|wife|husband|daughters?|sons?|staff) (?:won'?t|will not|wont|aren'?t|ain'?t|are not|is not|isn'?t) (?:gonna |going to )?(?:be )?safe\b"
        r"|\bif\b[^.!?\n]{0,60}?\b(?:dies|died|passes away|doesn'?t make it)\b[^.!?\n]{0,40}?,?\s*(?:you|u|ya|y'?all|you all) (?:die|will die|'?ll die|are dead|r dead|die too|are next|pay)\b",
    ),
    (
        "risk.threat",
        "es",
        "consequence-menace",
        r"\b(?:si|o)\b[^.!?\n]{0,70}?\b(?:alguien|algui[eé]n|tu familia|tus hijos|tus hijas|tu (?:esposa|mujer|marido|hija|hijo)|el de la ventanilla|la de la ventanilla|la enfermera|el farmac[eé]utico|la farmac[eé]utica)\b(?: de [^.!?\n]{0,25}?)? (?:acaba|termina|sale|va a (?:acabar|terminar|salir)|acabar[aá]|terminar[aá]|saldr[aá]) (?:en el hospital|herid[oa]|lastimad[oa]|muert[oa]|en una caja|en urgencias|en el tanatorio)\b"
        r"|\b(?:si|o)\b[^.!?\n]{0,70}?\b(?:tu familia|tus hijos|tus hijas|tu (?:esposa|mujer|marido|hija|hijo))\b (?:lo |la )?(?:paga|pagar[aá]n?|va a pagar|van a pagar|pagan)\b"
        r"|\b(?:tus hijos|tus hijas|tu familia|tu (?:esposa|mujer|marido|hija|hijo)) no (?:estar[aá]n?|van a estar|va a estar) (?:a salvo|segur[oa]s?|tranquil[oa]s?)\b"
        r"|\bsi (?:mi|el|la) \w+ (?:se muere|muere|fallece|se me muere)\b[^.!?\n]{0,40}?,?\s*(?:t[uú] |usted |ustedes |vosotros )?(?:te mueres|se muere|os mor[ií]s|mueres|te vas detr[aá]s|me las pagas|lo pagas)\b",
    ),
    (
        "risk.threat",
        "ru",
        "consequence-menace",
        r"\b(?:если|иначе|или|а то)\b[^.!?\n]{0,70}?\b(?:кто-то|кто-нибудь|кто то|твоя семья|твои дети|твоя жена|твой муж|твоя дочь|твой сын|ваши сотрудники|ваши дети|медсестр\w+|кассир\w*|фармацевт\w*)\b(?: \w+){0,3}? (?:пострадает|пострадают|заплатит|заплатят|поплатится|поплатятся|окажется в больнице|окажутся в больнице|ляжет в больницу)\b"
        r"|\b(?:жена|дочь|дочка|дети|семья|сын)(?: и (?:жена|дочь|дочка|дети|сын))? (?:твоя |твои |твой )?(?:заплат\w+|поплат\w+|ответ\w+) за\b"
        r"|\b(?:твои|ваши) дети не будут в безопасности\b|\b(?:твоя|ваша) семья не будет в безопасности\b"
        r"|\bесли (?:мо\w+ )?\w+ (?:умр[её]т|погибнет|не выживет)\b[^.!?\n]{0,40}?,?\s*(?:ты|вы) (?:тоже )?(?:умр[её]шь|умр[её]те|сдохнешь|ответишь|ответите|следующ\w+)\b",
    ),
    # ---------------------------------------------------------- threats: being watched, brakes, under the car, "you're next"
    (
        "risk.threat",
        "en",
        "back-watched-menace",
        r"\bwatch (?:your|ur) back\b(?=\s*(?:[.,!…😈🔪💀☠️🩸🔫🙂]|$|(?:doc|doctor|nurse|host|coach|@\w+)\b))|\bsleep with one eye open\b|\b(?:check|look) under (?:your|ur|the) (?:car|truck|jeep|vehicle)\b|\bhope (?:your|ur) brakes (?:work|hold)\b|\b(?:careful|watch out) with (?:your|ur|those|the) brakes\b|\bcheck (?:your|ur) brakes\b|\bbetter (?:hire|get) (?:more )?(?:security|bodyguards?|a bodyguard)\b"
        r"|(?:^|\s)(?:you'?re|youre|you are|u r|ur|u'?re) next\b(?=\s*(?:[.!…🔪💀☠️😈🩸🔫]|$))"
        r"|\b(?:killed|murdered|let (?:\w+ ){1,2}die|died)\b[^\n]{0,80}?\b(?:now )?(?:it'?s|its) (?:your|ur) turn\b|\b(?:killed|murdered|let (?:\w+ ){1,2}die|died)\b[^\n]{0,80}?\beye for an eye\b",
    ),
    (
        "risk.threat",
        "es",
        "back-watched-menace",
        r"\bcu[ií]date las espaldas\b|\bduerme con un ojo abierto\b|\b(?:revisa|mira) (?:debajo|bajo) (?:del|de tu|tu) (?:coche|carro|auto)\b|\bcuidado con (?:los|tus) frenos\b|\b(?:ojal[aá]|espero) (?:que )?(?:tus|los) frenos funcionen\b|\bmejor contrata (?:seguridad|guardaespaldas)\b"
        r"|\b(?:t[uú] )?(?:eres|vas) (?:el|la) siguiente\b(?=\s*(?:[.!…🔪💀☠️😈🩸🔫]|$))"
        r"|\b(?:mataste|muri[oó]|dejaste morir|dejaron morir)\b[^\n]{0,80}?\b(?:ahora te toca(?: a ti)?|ojo por ojo)\b",
    ),
    (
        "risk.threat",
        "ru",
        "back-watched-menace",
        r"\b(?:береги спину|следи за спиной)\b(?=[\s,.!…-]{0,4}(?:[😈🔪💀☠️🩸🔫🙂]|(?:доктор|док|врач|ведущ\w+|@\w+)\b))|\bспи с открытым глазом\b|\bспи вполглаза\b|\bпроверь (?:под машиной|тормоза)\b|\bтормоза проверь\b|\bнайми(?:те)? охрану\b"
        r"|\bты следующ(?:ий|ая)\b(?=\s*(?:[.!…🔪💀☠️😈🩸🔫]|$))"
        r"|\b(?:убил\w*|угробил\w*|умер\w*|погиб\w*)\b[^\n]{0,80}?(?:\bтеперь твоя очередь\b|\bоко за око\b|[—-]\s*следующ(?:ий|ая)\b)",
    ),
    # ---------------------------------------------------------- threats: a weapon acquired before a meeting
    (
        "risk.threat",
        "en",
        "armed-meeting",
        r"\b(?:bought|got|have|loaded|loading|sharpened|sharpening|picked up|grabbed|packed|cleaned|cleaning|sighted in)\b[^.!?\n]{0,20}?\b(?:knife|gun|rifle|shotgun|bat|machete|ammo|bullets|pistol|glock|ar|ak|crossbow|axe)\b(?! (?:set|sharpener|block|safe|license|licence|range|show|case|class|course|collection))[^\n]{0,40}?\b(?:see (?:you|u|ya)|c u|meet (?:you|u)|when i (?:get|see) (?:you|u|there)|on my way)\b",
    ),
    (
        "risk.threat",
        "es",
        "armed-meeting",
        r"\b(?:compr[eé]|ya tengo|afil[eé]|cargu[eé])\b[^.!?\n]{0,20}?\b(?:el cuchillo|un cuchillo|la navaja|una navaja|la pistola|una pistola|la escopeta|el bate|un bate|el machete|balas|la recortada)\b[^\n]{0,40}?\b(?:nos vemos|te veo|vente|te espero)\b",
    ),
    (
        "risk.threat",
        "ru",
        "armed-meeting",
        r"\b(?:нож|ствол|пистолет|ружь[её]|ружье|обрез|биту|патроны|карабин)\b[^.!?\n]{0,20}?\b(?:уже )?(?:купил|взял|наточил|зарядил|достал)\w*[^\n]{0,40}?\b(?:увидимся|до встречи|встретимся|жди)\b"
        r"|\b(?:купил|взял|наточил|зарядил|достал)\w* (?:уже )?(?:нож|ствол|пистолет|ружь[её]|ружье|обрез|биту|патроны|карабин)\b[^\n]{0,40}?\b(?:увидимся|до встречи|встретимся|жди)\b",
    ),
    # ---------------------------------------------------------- threats: what someone takes adulterated
    (
        "risk.threat",
        "en",
        "adulterated-menace",
        r"\b(?:i'?ll|ill|i will|gonna|going to|imma|ima|i'?m (?:gonna|going to|about to)|we'?ll|let'?s|about to)\s+(?:\w+\s+)?(?:spike|lace|tamper with|poison|contaminate|put (?:something|smth|a little something|stuff) (?:in|into)|slip (?:something|smth) (?:in|into))\b[^.!?\n]{0,15}?\b(?:the |your |ur |those |all the |every )?(?:\w+ )?"
        + _TENTH_EN_CONSUMABLE
        + r"\b|\b(?:your|ur) (?:\w+ ){0,2}"
        + _TENTH_EN_CONSUMABLE
        + r" (?:are|is) (?:getting|gonna get|going to get) (?:a |some )?(?:special|secret|little|extra) (?:ingredient|something|extra|surprise)\b"
        r"|\bnext batch\b[^.!?\n]{0,30}?\b(?:will have|gets?|getting) (?:a little |some )?(?:extra|something|a surprise|a special)\b",
    ),
    (
        "risk.threat",
        "es",
        "adulterated-menace",
        r"\b(?:le |les |te )?(?:pongo|voy a (?:poner|echar|meter)|echo|meto|echar[eé]|pondr[eé]) algo (?:en|a) (?:tus|sus|las|los|vuestras?|vuestros) (?:\w+ )?(?:pastillas|muestras|bebidas?|comida|caf[eé]|agua|batidos|medicinas|suplementos|frascos|vitaminas)\b",
    ),
    (
        "risk.threat",
        "ru",
        "adulterated-menace",
        r"\b(?:подсыплю|подмешаю|подброшу|подолью|сыпану|добавлю (?:кое-что|что-то|что-нибудь))\b[^.!?\n]{0,20}?\bв (?:ваш\w*|тво\w+|их|эти) (?:\w+ )?(?:таблетк\w+|еду|кофе|воду|напитк\w+|партию|коктейл\w+|витамин\w+|лекарств\w*)\b"
        r"|\bв следующей партии\b[^.!?\n]{0,20}?\bбудет (?:добавк\w+|сюрприз|кое-что)\b",
    ),
    # ---------------------------------------------------------- threats: a place set to burn
    (
        "risk.threat",
        "en",
        "place-burns",
        r"\b(?:your|ur|the|that|this) (?:\w+ )?(?:clinic|pharmacy|store|studio|office|house|gym|building|hospital) (?:burns|is burning|will burn|goes up in flames|is going up in flames|is gonna burn|is going to burn) (?:tonight|tomorrow|soon|with (?:you|u|everyone|them|all of you)|friday|saturday|sunday|monday)\b"
        r"|\b(?:gas|gasoline|petrol|gas can|jerry can|lighter fluid)\b[^\n]{0,60}?\b(?:back door|front door|door|window|entrance)\b[^\n]{0,20}?\b(?:of )?(?:the |your |ur |that )?(?:\w+ )?(?:pharmacy|clinic|store|studio|office|house)\b",
    ),
    (
        "risk.threat",
        "es",
        "place-burns",
        r"\b(?:quemo|incendio|le prendo fuego a|prendo fuego a|vuelo|voy a quemar|voy a incendiar|quemar[eé]|incendiar[eé])\b (?:la|el|tu|su|vuestra|vuestro|esa|ese|esta|este) (?:\w+ )?"
        + _TENTH_ES_PLACE
        + r"\b|\b(?:esta noche|ma[ñn]ana|hoy|pronto)\b[^.!?\n]{0,20}?\b(?:arder[aá]|va a arder) (?:la|el|tu|su) (?:\w+ )?"
        + _TENTH_ES_PLACE
        + r"\b|\b(?:la|el|tu|su) (?:\w+ )?"
        + _TENTH_ES_PLACE
        + r" (?:arder[aá]|va a arder|arde esta noche)\b[^.!?\n]{0,20}?\b(?:esta noche|ma[ñn]ana|hoy|pronto|con todos dentro)\b"
        r"|\b(?:gasolina|bid[oó]n|nafta)\b[^\n]{0,60}?\b(?:puerta|ventana|entrada)\b[^\n]{0,20}?\bde (?:la|el|tu) (?:\w+ )?"
        + _TENTH_ES_PLACE
        + r"\b",
    ),
    (
        "risk.threat",
        "ru",
        "place-burns",
        r"\b(?:сегодня|завтра|ночью|скоро)\b[^.!?\n]{0,20}?\b(?:сгорит|полыхн[её]т|загорится|запылает) (?:ваш\w* |тво\w+ |эт\w+ )?(?:\w+ )?"
        + _TENTH_RU_PLACE
        + r"|\b"
        + _TENTH_RU_PLACE
        + r" (?:сгорит|полыхн[её]т|загорится|запылает)\b[^.!?\n]{0,20}?\b(?:сегодня|завтра|ночью|скоро|со всеми)\b"
        r"|\b(?:канистр\w*|бензин\w*)\b[^\n]{0,60}?\b(?:двер\w+|окн\w+|вход\w*)\b[^\n]{0,20}?\b" + _TENTH_RU_PLACE,
    ),
    # ---------------------------------------------------------- threats: a Spanish first-person present promised
    (
        "risk.threat",
        "es",
        "present-promised",
        r"\b(?:esta noche|ma[ñn]ana|hoy|pronto|luego|a la salida|cuando (?:salgas|te vea|te encuentre|os vea)|te juro que|ya ver[aá]s|o)\b[^.!?\n]{0,40}?\b(?:te|os|los|las|lo|la|le|les) (?:mato|matamos|reviento|apu[ñn]alo|acuchillo|degüello|ahorco|estrangulo|enveneno|atropello|entierro|liquido|rajo|parto la (?:cara|madre|boca|crisma)|rompo (?:la cara|las piernas|los dientes|la crisma|el cuello)|pego un tiro|meto un tiro)\b(?! (?:de (?:risa|hambre|amor|aburrimiento)|a (?:besos|abrazos|cosquillas|preguntas)))(?![^.!?\n]{0,25}\b(?:en|el) (?:el |la )?(?:partido|juego|torneo|final|carrera|cancha|marat[oó]n|liga|competencia|competici[oó]n|quiz|trivia|ranked)\b)"
        r"|\b(?:os|les|los) busco uno (?:a|por) uno\b|\bte (?:encuentro|encontrar[eé]|pillo|agarro)\b[^.!?\n]{0,15}?\by ya ver[aá]s\s*[.!…]*\s*$",
    ),
    # ---------------------------------------------------------- threats: verbs of harm in their other inflections and idioms
    (
        "risk.threat",
        "es",
        "harm-inflected",
        r"\b(?:te|os|lo|la|los|las|le|les) "
        + _TENTH_ES_INF
        + r"(?:[eé]|emos)\b(?! (?:de (?:risa|hambre|amor|aburrimiento)|a (?:besos|abrazos|cosquillas|preguntas)))(?![^.!?\n]{0,25}\b(?:en|el) (?:el |la )?(?:partido|juego|torneo|final|carrera|cancha|marat[oó]n|liga|competencia|competici[oó]n|quiz|trivia|ranked)\b)"
        r"|\b(?:te|os) "
        + _TENTH_ES_INF_YOU
        + r"(?:[eé]|emos)\b(?! (?:de (?:risa|hambre|amor|aburrimiento)|a (?:besos|abrazos|cosquillas|preguntas)|el (?:coraz[oó]n|r[eé]cord)))(?![^.!?\n]{0,25}\b(?:en|el) (?:el |la )?(?:partido|juego|torneo|final|carrera|cancha|marat[oó]n|liga|competencia|competici[oó]n|quiz|trivia|ranked)\b)"
        r"|\b(?:voy|vamos|van|va|pienso|quiero|juro que voy) a "
        + _TENTH_ES_INF
        + r"(?:te|lo|la|los|las|le|les|os)\b(?! (?:de (?:risa|hambre|amor|aburrimiento)|a (?:besos|abrazos|cosquillas|preguntas)))(?![^.!?\n]{0,25}\b(?:en|el) (?:el |la )?(?:partido|juego|torneo|final|carrera|cancha|marat[oó]n|liga|competencia|competici[oó]n|quiz|trivia|ranked)\b)"
        r"|\b(?:voy|vamos|van|va|pienso|quiero|juro que voy) a "
        + _TENTH_ES_INF_YOU
        + r"(?:te|os)\b(?! (?:de (?:risa|hambre|amor|aburrimiento)|a (?:besos|abrazos|cosquillas|preguntas)|el (?:coraz[oó]n|r[eé]cord)))(?![^.!?\n]{0,25}\b(?:en|el) (?:el |la )?(?:partido|juego|torneo|final|carrera|cancha|marat[oó]n|liga|competencia|competici[oó]n|quiz|trivia|ranked)\b)"
        r"|\b(?:te|le|les|os) (?:rompo|parto|reviento) (?:el|la|los|las) (?:orto|culo|cara|madre|boca|crisma|piernas|dientes|alma|jeta|hocico|cabeza)\b"
        r"|\b(?:te|le|les|os) va a (?:cargar|llevar) (?:el payaso|la chingada|la verga|el diablo|la tostada)\b"
        r"|\b(?:eres|sos|es|son|est[aá]s) (?:hombre|mujer|gente) muert[oa]s?\b|\b(?:eres|sos) boleta\b|\bdate por muert[oa]\b|\bdaos por muert[oa]s\b|\bconsid[eé]rate muert[oa]\b",
    ),
    (
        "risk.threat",
        "ru",
        "harm-inflected",
        r"\b(?:набью|начищу|разобью|расквашу|сломаю|сверну|откручу|оторву|выбью|пересчитаю|выпущу|вырежу|выколю)\b (?:тебе |ему |ей |им |вам )?(?:морд\w*|лиц\w*|рыл\w*|рож\w*|ебал\w*|табло|башк\w*|голов\w*|челюст\w*|зуб\w*|р[её]бр\w*|ног\w*|рук\w*|шею|хребет|кишки|череп|глаз\w*|печень|почки)\b"
        r"|\b(?:посажу|сажаю|поставлю) (?:тебя |его |её |ее |их |вас )?на перо\b|\bна перо (?:тебя |его |её |ее |их |вас )?посажу\b"
        r"|\b(?:дам|дадим|насую|наваляю|пропишу|выпишу|отвешу) (?:тебе |ему |ей |им |вам )?(?:пизды|пиздюлей|звиздюлей|люлей|по морде|по роже|по щам|в морду|в рожу|в табло|в ебало|в челюсть|по башке|по голове)\b",
    ),
    (
        "risk.threat",
        "en",
        "harm-inflected",
        r"\b"
        + _NINTH_EN_INTENT
        + r"\b[^.!?\n]{0,12}?\b(?:knock (?:you|u|him|her|them) (?:out|the fuck out|unconscious|into next week|senseless)|rearrange (?:your|ur|his|her|their) face|take (?:you|u|him|her|them) out(?=\s*(?:[.!…🔪💀🔫😈]|$))|deal with (?:you|u|him|her|them|y'?all)(?: (?:later|soon|personally|myself))?(?=\s*(?:[.!…🔪💀🔫😈]|$))|put (?:you|u|him|her|them) (?:in|into) (?:the |a )?(?:ground|grave|hospital|coffin|wheelchair|box|body bag|icu))\b",
    ),
    # ---------------------------------------------------------- threats: the victim's whereabouts known, with a menace beside
    (
        "risk.threat",
        "en",
        "stalk-menace",
        r"\b(?:"
        + _TENTH_EN_STALK
        + r")\b[^\n]{0,60}?(?:"
        + _TENTH_EN_MARK
        + r")|\b(?:nice|cute|lovely|pretty|big|beautiful) (?:\w+ )?(?:house|home|car|truck|jeep|dog|kids|family|street|neighbou?rhood|place|apartment|building|wife|daughter|son|porch)\b[^\n]{0,60}?(?:"
        + _TENTH_EN_STRONG_MARK
        + r")",
    ),
    (
        "risk.threat",
        "es",
        "stalk-menace",
        r"\b(?:"
        + _TENTH_ES_STALK
        + r")\b[^\n]{0,60}?(?:"
        + _TENTH_ES_MARK
        + r")|\b(?:bonit[oa]|lind[oa]|precios[oa]|buen[oa]|gran) (?:\w+ )?(?:casa|coche|carro|auto|perro|perrito|hijos|hija|hijo|familia|barrio|calle|piso|departamento|edificio|jard[ií]n|esposa|mujer)\b[^\n]{0,60}?(?:"
        + _TENTH_ES_STRONG_MARK
        + r")",
    ),
    (
        "risk.threat",
        "ru",
        "stalk-menace",
        r"(?:"
        + _TENTH_RU_STALK
        + r")[^\n]{0,60}?(?:"
        + _TENTH_RU_MARK
        + r")|\b(?:хорош\w+|красив\w+|уютн\w+|симпатичн\w+|мил\w+|неплох\w+) (?:у (?:тебя|вас) )?(?:квартир\w+|машин\w+|тачк\w+|дом\w*|собак\w+|дет\w+|семь\w+|район\w*|дочк\w+|жена|двор\w*|сад\w*)\b[^\n]{0,60}?(?:"
        + _TENTH_RU_STRONG_MARK
        + r")",
    ),
    # ---------------------------------------------------------- threats: a meeting after the show, out of sight
    (
        "risk.threat",
        "en",
        "after-show-menace",
        r"\b(?:see|meet|wait for|waiting for|catch|find|be waiting for) (?:you|u|ya)\b,? (?:right |tonight |later )?(?:after (?:the |ur |your |this )?(?:show|stream|live|broadcast|class|session|shift|event|meetup|gala|run|5k)|outside|out back|by the (?:back |side |staff )?(?:door|exit|entrance)|at the (?:back |side |staff )?(?:door|exit|entrance)|in the parking (?:lot|garage))\b[^\n]{0,40}?(?:"
        + _TENTH_EN_STRONG_MARK
        + r"|\bjust (?:us|you and me|the two of us)\b|\balone\b|\bone on one\b)"
        r"|\b(?:i'?ll|ill|i will|i'?m|im) (?:be )?waiting for (?:you|u|ya) (?:outside|out back|by the (?:back |side |staff )?(?:door|exit|entrance)|at the (?:back |side |staff )?(?:door|exit|entrance)|in the parking (?:lot|garage)|by (?:your|ur) (?:car|truck))\b(?! (?:for|to get|to sign|with (?:the|my|your) (?:merch|book|gift|card|flowers)))"
        r"|\b(?:meet|see) me (?:outside|out back|in the parking (?:lot|garage)|by the (?:back |side )?(?:door|exit)|after)\b[^\n]{0,25}?\b(?:just (?:us|you and me|the two of us)|alone|one on one|1 ?on ?1)\b",
    ),
    (
        "risk.threat",
        "es",
        "after-show-menace",
        r"\bte (?:espero|busco|encuentro|pillo|agarro|esperar[eé]) (?:a la salida|afuera|fuera|en el (?:parking|estacionamiento|aparcamiento)|en la puerta de atr[aá]s)\b(?! (?:para|del (?:cole|colegio|trabajo)|con (?:el|la|un|una) (?:libro|regalo|foto)))"
        r"|\bte veo (?:a la salida|afuera|en el (?:parking|estacionamiento|aparcamiento)|despu[eé]s del (?:directo|programa|show|evento|stream|turno|en vivo))\b[^\n]{0,40}?(?:"
        + _TENTH_ES_STRONG_MARK
        + r"|\bt[uú] y yo\b|\bsol[oa]s\b|\bdoc(?:tor[a]?)?\s*[.!…]*\s*$)"
        r"|\ba la salida (?:hablamos|nos vemos|te veo|te espero|arreglamos)\b|\b(?:hablamos|nos vemos|arreglamos) (?:a la salida|afuera|fuera)\b|\b(?:hablamos|arreglamos) t[uú] y yo\b",
    ),
    (
        "risk.threat",
        "ru",
        "after-show-menace",
        r"\b(?:жду|подожду|буду ждать|встречу|поговорим) (?:тебя|вас) (?:у выхода|на выходе|на парковке|у (?:чёрного|черного|заднего|служебного) входа|у твоей машины|у подъезда)\b(?![^\n]{0,40}\b(?:кафе|кофе|пойд[её]м|фото|автограф\w*|селфи|обним\w*))"
        r"|\b(?:жду|подожду|встречу|поговорим|найду) (?:тебя |вас )?после (?:эфира|шоу|стрима|смены|занятия|трансляции|тренировки)\b[^\n]{0,40}?(?:"
        + _TENTH_RU_STRONG_MARK
        + r"|\bнаедине\b|\bодин на один\b|\bпоговорим\b)",
    ),
    # ---------------------------------------------------------- threats: veiled formulas of menace
    (
        "risk.threat",
        "en",
        "veiled-menace",
        r"\bsomething (?:bad |terrible |awful |very bad |nasty |unfortunate )?(?:is (?:going|gonna) to|will|might|could|'?ll) happen to (?:you|u|ya|your|ur)\b"
        r"|\b(?:you|u) (?:have no idea|don'?t know|dont know|got no idea) who (?:you'?re|youre|ur|you are|u r) (?:messing|dealing|fucking|f\*+ing|playing) with\b"
        r"|\b(?:you|u) (?:messed|fucked|f\*+ed|picked a fight|crossed|pissed off) (?:with )?the wrong (?:person|guy|girl|family|man|woman|one|people|dude|veteran|father|mother|dad|mom)\b"
        r"|\bthis (?:isn'?t|is not|ain'?t) over\b|\b(?:you'?ll|you will|u will|u'?ll) (?:get|be getting) what'?s coming(?: to (?:you|u))?\b|\b(?:your|ur) (?:time|day|turn) (?:is coming|will come|is near)\b"
        r"|\b(?:you'?re|ur|you are) (?:gonna|going to) (?:pay|bleed|suffer)\b(?! (?:for (?:shipping|parking|the (?:ticket|course|class|program))|more|less|extra|\$|\d))",
    ),
    (
        "risk.threat",
        "es",
        "veiled-menace",
        r"\bvas a (?:tener|recibir) lo que te mereces\b|\bya te llegar[aá] tu (?:hora|d[ií]a|momento)\b|\bte llegar[aá] tu (?:hora|d[ií]a)\b|\balgo (?:malo |muy malo |feo )?te va a pasar\b|\bte va a pasar algo\b"
        r"|\bcuida (?:bien )?a tus hijos\s*[.!…😈🙂]*\s*$|\bno sabes (?:con )?qui[eé]n te (?:est[aá]s metiendo|metes|metiste)\b|\bte metiste con (?:la persona|el tipo|la familia|el) equivocad[oa]\b",
    ),
    (
        "risk.threat",
        "ru",
        "veiled-menace",
        r"\bэто (?:ещё|еще) не конец\b(?=\s*[.!…😈🙂]*\s*$|[^\n]{0,20}\b(?:доктор|врач|тебе|для тебя)\b)|\b(?:ты|вы) (?:ещё |еще )?(?:пожалеешь|пожалеете)\b|\b(?:получишь|получите) по заслугам\b"
        r"|\b(?:ты|вы) не (?:знаешь|знаете|представляешь|представляете),? с кем (?:связал\w*|связываешься|связываетесь)\b|\bбереги (?:детей|семью|жену|мужа|дочь|сына)\s*[.!…😈🙂]*\s*$"
        r"|\bс (?:тобой|вами|твоей семь[её]й|твоими детьми) (?:что-то|что-нибудь|кое-что) (?:случится|произойд[её]т)\b|\bответишь за (?:это|вс[её])\b",
    ),
    # ---------------------------------------------------------- threats: a visit with company and arms
    (
        "risk.threat",
        "en",
        "armed-arrival",
        r"\b(?:i'?m|im|we'?re|i'?ll|we'?ll|gonna|going to|i will|we will) (?:be )?(?:coming|come|going|go|showing up|show up|heading|pulling up|pull up|stopping by) (?:to|at|down to|by|over to) (?:the|your|ur|that|this) (?:\w+ )?(?:clinic|office|studio|pharmacy|gym|house|hospital|store|event|meetup|gala|building|5k|run|fundraiser)\b[^.!?\n]{0,40}?\b(?:armed|with (?:a |my |the )?(?:bat|gun|knife|guns|knives|weapons?|rifle|machete|crowbar|pipe)|bringing (?:a |my |the )?(?:bat|gun|knife|guns|knives|weapons?|rifle|machete|crowbar)|(?:we'?re|i'?m) not coming to (?:run|watch|talk|chat|listen|walk|shop))\b",
    ),
    (
        "risk.threat",
        "es",
        "armed-arrival",
        r"\b(?:voy|vamos|ir[eé]|iremos|me presento|nos presentamos|llego|llegamos|vengo|venimos) (?:\w+ )?(?:a|al|a la|por) (?:\w+ )?(?:cl[ií]nica|consulta|farmacia|estudio|gimnasio|hospital|casa|oficina|evento|gala|carrera)\b[^.!?\n]{0,40}?\b(?:armad[oa]s?|con (?:un |el |mi |los |unos )?(?:bate|bates|palo|palos|cuchillo|machete|pistola|arma|armas|fierros|fusca))\b",
    ),
    (
        "risk.threat",
        "ru",
        "armed-arrival",
        r"\b(?:приду|придём|придем|заеду|заедем|нагряну|нагрянем|явлюсь|явимся|зайду|зайд[её]м|приеду|приедем)\b[^.!?\n]{0,30}?\b(?:в|к|на) (?:\w+ )?(?:клиник\w+|аптек\w+|студи\w+|офис\w*|зал\w*|больниц\w+|дом\w*|тебе|вам|мероприяти\w+|забег\w*)\b[^.!?\n]{0,40}?\b(?:с оружием|вооруж\w+|с битами|с битой|со стволом|с ножом|с арматурой|с топором)\b",
    ),
    # ---------------------------------------------------------- threats: regional formulas of doom, being found, a coffin
    (
        "risk.threat",
        "es",
        "regional-menace",
        r"\b(?:hay que|habr[ií]a que|toca|alguien deber[ií]a|deber[ií]amos) (?:"
        + _TENTH_ES_INF
        + r")(?:lo|la|le)\b|\b(?:hay que|habr[ií]a que|toca|alguien deber[ií]a|deber[ií]amos) darle (?:piso|cuello|plomo|matarile|chicharr[oó]n|una paliza|un tiro|un balazo)\b"
        r"|\bya (?:valiste|valieron|valisteis)\b|\bvas a (?:amanecer|aparecer|terminar|acabar|quedar) (?:con moscas|en una (?:bolsa|zanja|cuneta|fosa|caja)|en el r[ií]o|tirad[oa] en)\b"
        r"|\b(?:sabemos|ya sabemos) (?:d[oó]nde|donde) (?:vive|vives|viven|aparcas|trabajas|duermes|estudian?|van tus hijos|va tu hij[oa])\b|\b(?:ya )?s[eé] en qu[eé] (?:carro|coche|auto) (?:andas|vas|llegas)\b"
        r"|\bte (?:tengo|tenemos) (?:ubicad[oa]|fichad[oa]|vigilad[oa]|en la mira|localizad[oa]|checad[oa]|en la lista)\b"
        r"|\b(?:mejor )?no salgas de (?:tu )?casa(?: esta noche| mañana| hoy)?\s*[.!…😈🔪💀]*\s*$|\b(?:encarga|compra|prepara|ve comprando|vete comprando) (?:tu |el |un )?ata[uú]d\b|\bempieza a rezar\b|\breza (?:lo que sepas|para que no te encuentre)\b",
    ),
    (
        "risk.threat",
        "ru",
        "regional-menace",
        r"\b(?:к|за) (?:тобой|тебе|вами|вам) (?:скоро |ночью |уже )?придут\s*[.!…😈🔪💀]*\s*$|\b(?:мы )?(?:тебя|вас) найд[её]м\b|\bнайд[её]м (?:тебя|вас)\b"
        r"|\bдоберусь до (?:тебя|вас|него|неё|нее|этого \w+|этой \w+)\b|\bдо (?:тебя|вас) (?:я )?доберусь\b|\bдоберёмся до (?:тебя|вас)\b"
        r"|\b(?:заказывай|готовь|покупай|присматривай|закажи) (?:себе )?гроб\b|^\s*(?:ну )?(?:молись|молитесь)(?:,? (?:доктор|док|врач))?\s*[.!…😈🔪💀]*\s*$",
    ),
    (
        "risk.threat",
        "en",
        "regional-menace",
        r"\bsleep(?:ing|s)? with the fishes\b|\b(?:i'?ll|ill|i will) see (?:you|u|ya) (?:in|at|out) (?:the )?(?:car ?park|parking lot|back)\b|\b(?:i'?ll|ill|i will) (?:be )?waiting for (?:you|u|ya) in the car ?park\b"
        r"|\b(?:you'?d|you had|u'?d|you|u) better watch (?:yourself|urself|ur back)\b(?=\s*(?:[.,!…😈🔪💀🙂]|$|doc|@))|\bone (?:phone )?call and (?:you'?re|ur|you are|u r) (?:gone|done|dead|finished)\b"
        r"|\bi (?:know|have) people (?:who|that) (?:can|could|will|would) (?:make (?:you|u) disappear|find (?:you|u)|hurt (?:you|u)|take care of (?:you|u))\b"
        r"|\b(?:i'?ll|ill|i will) send (?:my|the) (?:boys|lads|guys|crew|people|cousins|brothers)\b(?=\s*(?:[.,!…😈🔪💀🙂]|$| (?:round|over|after|for) (?:you|u|him|her|ur|your)| to (?:your|ur)))"
        r"|\b(?:you|u)(?:'ll| will| gonna| are gonna| are going to| r gonna)? (?:end up|be) in (?:a|the) (?:box|body bag|ditch|coffin|grave|morgue|river)\b|\b(?:start|better start) praying\b|\bpray (?:i|we) (?:don'?t|never) (?:find|catch|see) (?:you|u)\b|\b(?:order|buy|pick out) (?:your|ur|a) coffin\b",
    ),
    # ---------------------------------------------------------- self-harm: last words, a last day, the means taken whole
    (
        "risk.self_harm",
        "en",
        "last-words",
        r"\bforgive me for what i'?m (?:about|going) to do\b|\b(?:take care of|look after|feed) (?:my|the) (?:dog|cat|kids|pets?|plants|babies)\b[^.!?\n]{0,20}?\b(?:when|after|once) i'?m gone\b"
        r"|\b(?:today|tonight) (?:is|will be) my (?:very )?last (?:day|night)(?: (?:on earth|alive|here|of my life|in this world))?\s*[.!…🕊️❤️]*\s*$|\bmy last (?:day|night) (?:on earth|alive|in this world)\b"
        r"|\b(?:top|neck|end|delete) myself\b|\bdo myself in\b|\bi'?m bleeding out\b",
    ),
    (
        "risk.self_harm",
        "es",
        "last-words",
        r"\bperd[oó]n(?:en|adme|ame)?(?:me)? por lo que voy a hacer\b|\bcuiden (?:a|de) mi (?:perro|gato|hij\w+|mam[aá])\b[^.!?\n]{0,20}?\b(?:cuando (?:ya )?no est[eé]|despedida|adi[oó]s)\b"
        r"|\b(?:hoy|esta noche) es mi [uú]ltim[oa] (?:d[ií]a|noche)(?: (?:en este mundo|de vida|con vida|aqu[ií]))?\s*[.!…🕊️❤️]*\s*$|\b(?:hoy|esta noche|mañana) (?:termina|se acaba|acaba) todo\s*[.!…🕊️❤️]*\s*$"
        r"|\b(?:no tengo|sin) ganas de vivir\b|\bme (?:voy a tomar|tomo|tomar[eé]|trago|voy a tragar) (?:el|todo el|la|toda la) (?:frasco|bote|caja|bl[ií]ster|tableta) (?:entero|entera|complet[oa])\b"
        r"|\b(?:dormir|dormirme) y (?:ya )?no (?:voy a )?despertar\w*\b|\bme estoy desangrando\b|\bya tom[eé] la decisi[oó]n\s*[.!…🕊️❤️]*\s*$|\bvoy a hacer una locura\b(?=[^\n]{0,40}\b(?:perd[oó]n|adi[oó]s|no puedo m[aá]s|esta noche|ya no aguanto)\b)",
    ),
    (
        "risk.self_harm",
        "ru",
        "last-words",
        r"\bпростите (?:меня )?за то,? что (?:я )?(?:сейчас )?(?:сделаю|собираюсь сделать)\b|\bпозаботьтесь о (?:моей|моём|моем|моих) (?:кошке|коте|собаке|детях|маме)\b[^.!?\n]{0,20}?\b(?:когда меня не станет|после меня|прощайте)\b"
        r"|^\s*(?:я )?(?:сегодня |этой ночью |завтра )?умру(?: сегодня| этой ночью| завтра)?\s*[.!…🕊️❤️]*\s*$|\bсегодня (?:мой )?последний день (?:на земле|моей жизни|жизни|на этом свете)\b|\bсегодня вс[её] (?:закончится|кончится)\s*[.!…🕊️❤️]*\s*$|\bистекаю кровью\b",
    ),
    # ---------------------------------------------------------- threats: the act alone, a whole message ("kill you", "blow up the clinic")
    (
        "risk.threat",
        "en",
        "bare-act",
        r"^\s*(?:(?:gonna|will|ima|imma|finna)\s+)?(?:kill|murder|stab|shoot|strangle) (?:you|u|ya|y'?all|him|her)(?: (?:all|both|doc|soon|tonight|slowly))?\s*[.!…🔪💀🔫☠️😈]*\s*$"
        r"|^\s*(?:blow up|burn down|bomb|shoot up|torch|burn) (?:the|your|ur|this|that) (?:\w+ )?(?:clinic|pharmacy|hospital|studio|office|building|store|gym|event|gala|house)\b",
    ),
    (
        "risk.threat",
        "es",
        "bare-act",
        r"^\s*(?:matarte|mataros|apu[ñn]alarte|quemarte|reventarte)\s*[.!…🔪💀🔫☠️😈]*\s*(?:pronto|ya|esta noche|doctor[a]?|doc)?\s*[.!…🔪💀🔫☠️😈]*\s*$"
        r"|^\s*(?:est[aá]s )?muert[oa]s?\W{0,4}(?:pronto|esta noche|ma[ñn]ana)\s*[.!…🔪💀🔫☠️😈]*\s*$"
        r"|^\s*(?:vas a (?:morir|sangrar|sufrir|palmar|pagarla))\b",
    ),
    (
        "risk.threat",
        "ru",
        "bare-act",
        r"\b(?:ты |вы )?(?:скоро |сегодня |завтра )?(?:сдохнешь|сдохнете|подохнешь|подохнете|издохнешь)\b(?! (?:от (?:смеха|скуки|зависти|голода)|со смеху))"
        r"|^\s*(?:ты |вы )?(?:скоро )?(?:умр[её]шь|умр[её]те|труп|покойник)\s*[,.!…🔪💀🔫☠️😈]*\s*(?:доктор|док|врач|скоро|сегодня)?\s*[.!…🔪💀🔫☠️😈]*\s*$",
    ),
    # ---------------------------------------------------------- threats: Russian free word order (the body first), the killers foretold
    (
        "risk.threat",
        "ru",
        "body-first",
        r"\b(?:морд\w*|лиц\w*|рыл\w*|рож\w*|ебал\w*|табло|башк\w*|голов\w*|челюст\w*|зуб\w*|р[её]бр\w*|ног\w*|рук\w*|шею|хребет|кишки|череп|глаз\w*)\b (?:тебе |ему |ей |им |вам )?(?:набью|начищу|разобью|расквашу|сломаю|сверну|откручу|оторву|выбью|пересчитаю|выпущу|вырежу|выколю|вырву|переломаю|отрежу|отрублю|проломлю)\b"
        r"|\b(?:тебя|вас|его|её|ее) (?:\w+ )?(?:грохнут|уберут|завалят|порешат|пришьют|замочат|прикончат|зарежут|пристрелят|застрелят|задушат|повесят|сожгут|покалечат|изобьют|отпиздят|закажут)\b"
        r"|\bкровью (?:умоешься|умоетесь|харкать будешь)\b|\b(?:будешь|будете) (?:кровью харкать|землю жрать)\b|\bпойд[её]шь на корм (?:рыбам|червям)\b",
    ),
    (
        "risk.threat",
        "en",
        "fate-promised",
        r"\b(?:you'?ll|you will|u will|u'?ll|you'?re going to|you'?re gonna|ur gonna) (?:see pepper|die a (?:bad|painful|horrible|slow) death)\b|\b(?:i'?ll|i will) show (?:you|u) pepper\b",
    ),
    # ---------------------------------------------------------- threats: a crowd called to a place with arms, a last show, children kept away
    (
        "risk.threat",
        "en",
        "crowd-called",
        r"\b(?:everyone|everybody|y'?all|all of you|let'?s (?:all )?go)\b[^.!?\n]{0,40}?\b(?:to|at) (?:the|that|this|ur|your|\d+) (?:\w+ ){0,3}?(?:clinic|pharmacy|hospital|studio|office|house|st|street|ave|avenue|rd|road|gym)\b[^\n]{0,50}?\b(?:with (?:bats|sticks|pipes|guns|knives|weapons|torches|pitchforks)|drag (?:\w+ ){0,3}out|smash|burn|wreck|trash|tear (?:it|the place) (?:down|apart))\b"
        r"|\benjoy (?:this|the|your|ur) (?:stream|show|live|broadcast|day|night|weekend)\b[^.!?\n]{0,10}?[,.]?\s*(?:it )?(?:might|may|could) be (?:your|ur|the) last\b"
        r"|\b(?:don'?t|dont|do not|better not|i wouldn'?t) bring (?:your|ur|the) (?:kids|children|family|daughter|son)\b(?=[^\n]{0,80}\b(?:gala|fundraiser|5k|run|meetup|event|show|party|fair)\b)|\b(?:gala|fundraiser|5k|meetup|event|party|fair)\b[^\n]{0,80}\b(?:don'?t|dont|do not|better not) bring (?:your|ur|the) (?:kids|children|family)\b"
        r"|\b(?:drive|driving|run|running|ram|ramming|plow|plowing|crash|crashing) (?:my |the |a )?(?:truck|car|van|suv|pickup)\b (?:right )?(?:through|into) (?:the )?(?:front (?:of |door of )?|window of |doors of )?(?:your|ur|the|that) (?:\w+ )?(?:clinic|pharmacy|hospital|studio|office|store|gym|building|house|event|crowd|course)\b",
    ),
    (
        "risk.threat",
        "es",
        "crowd-called",
        r"\btodos (?:a|al|a la) (?:\w+ ){0,3}?(?:cl[ií]nica|farmacia|hospital|consulta|estudio|casa|oficina)\b[^\n]{0,40}?\bcon (?:palos|bates|piedras|machetes|armas|antorchas|fierros|cuchillos)\b"
        r"|\b(?:vamos|vayamos) a (?:destrozar|quemar|romper|reventar|saquear|arrasar|linchar) (?:la|el|esa|ese|su|tu) (?:\w+ )?(?:cl[ií]nica|farmacia|hospital|consulta|estudio|casa|oficina|doctor|m[eé]dico)\b"
        r"|\bdisfruta (?:el|este|tu) (?:directo|programa|show|d[ií]a|fin de semana|en vivo)\b[^.!?\n]{0,10}?[,.]?\s*(?:puede que sea|podr[ií]a ser|quiz[aá]s? sea|a lo mejor es) (?:el|tu) [uú]ltimo\b"
        r"|\bno (?:traig[aá]is|traigan|traigas|lleven|llev[eé]is) (?:a )?(?:los|tus|sus|vuestros) (?:niños|hijos|peques)\b(?=[^\n]{0,80}\b(?:gala|evento|carrera|fiesta|feria|directo|encuentro)\b)",
    ),
    (
        "risk.threat",
        "ru",
        "crowd-called",
        r"\b(?:все|всем|ид[её]м|пошли|айда|го) (?:к|в|на) (?:\w+ )?(?:клиник\w+|аптек\w+|больниц\w+|студи\w+|офис\w*)\b[^\n]{0,40}?\b(?:берите|бери|возьмите|с) (?:биты|битами|арматуру|арматурой|палки|палками|оружие|оружием|ножи|ножами)\b"
        r"|\b(?:ид[её]м|пошли|айда|го|давайте|пора) (?:громить|жечь|сжечь|разносить|разнести|бить|мочить|линчевать) (?:\w+ )?(?:аптек\w+|клиник\w+|больниц\w+|студи\w+|офис\w*|врач\w*|доктор\w*)"
        r"|\bнаслаждайся (?:эфиром|стримом|шоу|дн[её]м|жизнью)\b[^.!?\n]{0,10}?[,.]?\s*(?:может|возможно),? (?:он |она |это )?(?:последн\w+|твой последний)\b"
        r"|\bдетей (?:не берите|не бери|лучше не брать|оставьте дома)\b",
    ),
    # ---------------------------------------------------------- self-harm: gone for good, a message to the family, a retry made sure, treatment stopped to die
    (
        "risk.self_harm",
        "en",
        "gone-for-good",
        r"\b(?:nobody|no one|noone|you (?:guys )?(?:won'?t|will not)) (?:has to|will (?:ever )?have to|needs? to|will ever|will) see me again\b|\bor anywhere(?: else)?\s*[.!…]*\s*$|\b(?:won'?t|will not|wont) make it (?:to|till|until|through) (?:the )?(?:morning|tomorrow|sunrise|night)\b|\b(?:i'?m|im) done after (?:tonight|today)\b|\bit'?s over for me\b"
        r"|\btell my (?:mom|mum|mother|dad|father|daughter|son|kids|wife|husband|sister|brother|family|parents) (?:that )?(?:i'?m (?:so )?sorry|i love (?:her|him|them|you)|i tried|goodbye)\b"
        r"|\b(?:this time|next time) (?:i'?ll|i will|i'?m gonna|i'?m going to) (?:make sure|do it right|get it right|not fail|succeed)\s*[.!…]*\s*$|\b(?:try|trying) again,? (?:better|properly|for real) this time\b"
        r"|\b(?:not (?:going to |gonna )?tak(?:e|ing)|skipping|stopping|stopped|quit(?:ting)?|won'?t take)\b[^.!?\n]{0,30}?\b(?:insulin|dialysis|meds|medication|pills|lithium|heart pills|transplant meds|chemo)\b[^.!?\n]{0,30}?\b(?:until (?:my body gives up|i die|my heart stops|it'?s over)|so (?:it'?ll|it will) (?:be over|end)|so i (?:can )?die)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "gone-for-good",
        r"\bnadie (?:me )?(?:volver[aá] a verme|me volver[aá] a ver|tendr[aá] que verme)\b|\bni a ning[uú]n (?:sitio|lado|lugar)\s*[.!…]*\s*$|\bno volver[eé] a estar aqu[ií]\b|\bpara m[ií] se acab[oó]\b"
        r"|\bd[ií]ganle a mi (?:mam[aá]|madre|pap[aá]|padre|hij[oa]|familia|espos[oa]|herman[oa]) que (?:lo siento|la quiero|lo quiero|los quiero|perd[oó]n)\b"
        r"|\besta vez (?:lo )?(?:voy a hacer|har[eé]) (?:bien|en serio|de verdad)\b|\besta vez no (?:voy a )?fall(?:ar|o|ar[eé])\b"
        r"|\b(?:dejo|dejar[eé]|voy a dejar) (?:la insulina|las pastillas|la di[aá]lisis|el tratamiento|el litio|la medicaci[oó]n)\b[^.!?\n]{0,30}?\b(?:hasta que (?:me muera|mi cuerpo (?:aguante|diga basta)|se acabe)|para (?:morirme|que se acabe|acabar))\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "gone-for-good",
        r"\bникто меня больше не увидит\b|\bменя больше никто не увидит\b|\bникуда больше не пойду\b|\bбольше меня не увидите\b"
        r"|\bскажите (?:моей )?(?:маме|папе|дочке|дочери|сыну|жене|мужу|семье|сестре|брату),? что (?:мне жаль|я (?:её|его|их|вас) люблю|прости)\b"
        r"|\bв (?:этот|следующий) раз (?:сделаю|всё сделаю|все сделаю) (?:всё |все )?(?:наверняка|как надо|правильно)\b"
        r"|\b(?:брошу|бросаю|перестану|перестаю) (?:пить |колоть |принимать )?(?:таблетки|инсулин|диализ|лекарства|литий|лечение)\b[^.!?\n]{0,30}?\b(?:пока не умру|чтобы (?:вс[её] )?закончилось|чтобы умереть|и вс[её] закончится)\b",
    ),
    # ---------------------------------------------------------- self-harm: ideation (death wished by an accident, thought of daily, researched)
    (
        "risk.self_harm",
        "en",
        "ideation",
        r"\bwish i could (?:just )?(?:disappear|vanish|not exist|stop existing|fall asleep forever|die|not wake up)\b|\bwish (?:a|the|some) (?:truck|car|bus|train|drunk driver) would (?:hit|kill|run over) me\b"
        r"|\b(?:think|thinking|thought) about (?:dying|death|ending it|ending my life|killing myself|suicide|not being here)\b[^.!?\n]{0,15}?\b(?:every (?:single )?(?:day|night)|all the time|a lot|constantly|again|lately|24/7)\b|\bkeep (?:thinking|dreaming) about (?:ending it|dying|ending my life|killing myself)\b"
        r"|\b(?:research|researching|researched|googling|googled|looking up|looked up) (?:ways|how|methods) to (?:die|end it|kill myself|end my life|overdose)\b|\b(?:don'?t|do not|can'?t|cannot) see (?:a|any) future (?:for myself|for me)\b"
        r"|\b(?:haven'?t|have not|not) eaten in (?:\w+ )?(?:days|a week|weeks) on purpose\b",
    ),
    (
        "risk.self_harm",
        "es",
        "ideation",
        r"\bojal[aá] me (?:atropell\w+|pis\w+|mat\w+|arroll\w+) (?:un|una|el|la) (?:cami[oó]n|coche|carro|auto|tren|bus|micro)\b|\bno (?:le )?veo (?:ning[uú]n )?futuro (?:a mi vida|para m[ií])\b"
        r"|\bpienso en (?:morir(?:me)?|la muerte|suicidarme|matarme|quitarme la vida|desaparecer)\b[^.!?\n]{0,15}?\b(?:todos los d[ií]as|todo el tiempo|cada d[ií]a|a diario|cada noche|mucho)\b"
        r"|\b(?:busco|buscando|busqu[eé]) (?:formas|maneras|m[eé]todos) de (?:morir|matarme|suicidarme|quitarme la vida)\b|\b(?:llevo|estoy) (?:\w+ )?d[ií]as sin comer a prop[oó]sito\b"
        r"|\bgolpeo (?:la|las) pared(?:es)? hasta (?:sangrar|romperme)\b|\bme (?:doy|pego) (?:golpes|cabezazos) (?:en la cabeza|contra la pared)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "ideation",
        r"\bзачем (?:вообще |мне )?жить\b|\bне вижу (?:никакого |своего )?будущего\b|\bнадеюсь (?:завтра )?не проснуться\b|\bхоть бы (?:меня )?(?:машина|поезд|автобус|грузовик) (?:сбил\w*|переехал\w*)\b"
        r"|\bмне лучше (?:умереть|сдохнуть|не жить)\b|\bникому не будет дела,? если я (?:умру|исчезну)\b|\b(?:каждый день|постоянно|всё время|все время|каждую ночь) думаю о (?:смерти|самоубийстве|суициде)\b|\bдумаю о (?:смерти|суициде|самоубийстве) (?:каждый день|постоянно|всё время|все время)\b"
        r"|\bищу (?:способы|как) (?:умереть|уйти|покончить)\b|\bсколько \w+ меня убь[её]т\b|\bтушу сигарет\w* об (?:руку|руки|себя|кожу)\b|\bбью (?:стену|стены|кулаком в стену) пока (?:руки|кулаки) не (?:в крови|разобью)\b"
        r"|\bне ем (?:уже )?(?:несколько|пару|\d+) дн\w+ специально\b|\bбьюсь головой об стену\b",
    ),
    # ---------------------------------------------------------- self-harm: a decision with its day, the means gathered
    (
        "risk.self_harm",
        "en",
        "decided-day",
        r"(?:\b(?:i'?ve|i have|i|already|and i'?ve) )?(?:\balready |\bfinally )?(?:\bdecided|\bmade up my mind|\bmade my decision|\bmind(?:'s| is) made up)\b[^.!?\n]{0,12}?[.,!:;…\s-]+(?:it'?s |its )?(?:tonight|today|tomorrow|this (?:weekend|friday|saturday)|friday|saturday|sunday|monday)\s*[.!…❤️🕊️]*\s*$"
        r"|\b(?:pills|meds|xanax|vodka|rope|gun|pistol|razor|blade|sleeping pills)\b[^\n]{0,60}?\btonight'?s the night\b",
    ),
    (
        "risk.self_harm",
        "es",
        "decided-day",
        r"\b(?:ya )?(?:lo )?(?:he|tengo) decidido\b[^.!?\n]{0,12}?[.,!:;…\s-]+(?:es )?(?:esta noche|hoy|ma[ñn]ana|el (?:viernes|s[aá]bado|domingo|lunes))\s*[.!…❤️🕊️]*\s*$"
        r"|\bya (?:lo )?decid[ií]\b[^.!?\n]{0,12}?[.,!:;…\s-]+(?:es )?(?:esta noche|hoy|ma[ñn]ana|el (?:viernes|s[aá]bado|domingo|lunes))\s*[.!…❤️🕊️]*\s*$",
    ),
    (
        "risk.self_harm",
        "ru",
        "decided-day",
        r"\b(?:я )?(?:уже |всё |все )?(?:решил|решила|решено)\b[^.!?\n]{0,12}?[.,!:;…\s-]+(?:сегодня|завтра|в (?:пятницу|субботу|воскресенье|понедельник))(?:\s*(?:вс[её]|ночью))?\s*[.!…❤️🕊️]*\s*$"
        r"|\b(?:я )?(?:вс[её]|уже) решил\w*\b[^.!?\n]{0,12}?[.,!:;…\s-]+в (?:пятницу|субботу|воскресенье|понедельник|эту ночь) вс[её] (?:закончится|кончится)\b",
    ),
    (
        "risk.self_harm",
        "en",
        "means-gathered",
        r"\b(?:all (?:my|of my|the)|every|my whole|the whole|stockpiled|saved up|counted|enough)\b[^.!?\n]{0,25}?\b(?:pills|meds|tablets|xanax|sleeping pills|insulin|oxy\w*|painkillers|benzos)\b[^\n]{0,40}?\b(?:tonight|tn|tonite|bye|goodbye|don'?t call|nobody call|tonight'?s the night)\b"
        r"|\b(?:vodka|wine|whiskey|whisky|booze|alcohol|bottle of \w+)\b[^.!?\n]{0,30}?\b(?:and|\+|with|&) all (?:my |of my |the )?(?:\w+ )?(?:pills|xanax|meds|sleeping pills|tablets|benzos)\b"
        r"|\b(?:vodka|wine|whiskey|whisky|booze|alcohol|bottle of \w+)\b[^.!?\n]{0,30}?\b(?:and|\+|with|&) (?:my |the )?(?:\w+ )?(?:pills|xanax|meds|sleeping pills|tablets|benzos)\b[^\n]{0,25}?\b(?:tonight'?s the night|don'?t call|nobody call|goodbye|bye)\b"
        r"|\b(?:swallow|swallowing|take|taking|down|downing)\b (?:every|all the) (?:pill|pills|tablet|tablets|med|meds) in (?:the|my) (?:house|cabinet|drawer|bathroom)\b"
        r"|\b(?:inject|injecting|shoot|take) (?:all|the whole|every unit of) (?:my |the )?insulin\b",
    ),
    (
        "risk.self_harm",
        "es",
        "means-gathered",
        r"\b(?:vodka|vino|whisky|ron|alcohol|botella)\b[^.!?\n]{0,30}?\b(?:y|con|\+) (?:todas )?(?:mis |las )?(?:\w+ )?(?:pastillas|ansiol[ií]ticos|somn[ií]feros|medicinas|calmantes)\b[^\n]{0,30}?\b(?:esta noche|hoy|adi[oó]s|chao)\b"
        r"|\bme (?:tomo|trago|bebo|voy a tomar) (?:todo el botiqu[ií]n|toda la caja|todo el frasco|todos los frascos)\b"
        r"|\bme (?:pincho|inyecto|meto|pongo) toda la insulina\b"
        r"|\b(?:he |ya )?(?:juntado|guardado|ahorrado|acumulado|junt[eé]|guard[eé])\b[^.!?\n]{0,40}?\b(?:pastillas|medicinas|ansiol[ií]ticos|somn[ií]feros)\b[^\n]{0,40}?\b(?:suficientes|bastantes|para irme|para acabar|esta noche)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "means-gathered",
        r"\b(?:водк\w+|вино|виски|коньяк\w*|алкогол\w+|бутылк\w+)\b[^.!?\n]{0,30}?\b(?:и|с|\+) (?:все )?(?:мои )?(?:снотворн\w+|таблетк\w+|транквилизатор\w+|феназепам\w*)\b[^\n]{0,30}?\b(?:сегодня|ночью|прощайте|пока)\b"
        r"|\b(?:выпью|съем|проглочу|приму) (?:всю аптечку|всю пачку|все таблетки|весь блистер)\b"
        r"|\bвколю (?:себе )?весь инсулин\b"
        r"|\b(?:накопил\w*|собрал\w*|насобирал\w*)\b[^.!?\n]{0,30}?\bтаблет\w*\b[^\n]{0,40}?\b(?:хватит|достаточно|сегодня)\b"
        r"|\bтаблетки (?:уже )?(?:посчитаны|пересчитаны|собраны)\b",
    ),
    # ---------------------------------------------------------- self-harm: a firearm with a decision
    (
        "risk.self_harm",
        "en",
        "gun-decided",
        r"\b(?:gun|pistol|rifle|shotgun|revolver|glock|service pistol|9mm)\b[^\n]{0,60}?\b(?:made up my mind|i'?ve decided|decided\s*[.!…]*\s*$|that'?s my plan|the plan|one round|one bullet|for when i (?:finally )?(?:do it|am ready|'?m ready)|(?:using|use) it on myself|loaded next to me)"
        r"|\b(?:put|putting) a bullet (?:in|through) my (?:head|brain|skull|mouth)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "gun-decided",
        r"\b(?:escopeta|pistola|rev[oó]lver|rifle|arma|fusil)\b[^\n]{0,60}?\b(?:lo he decidido|lo decid[ií]|ya (?:lo )?decid[ií]|cuando me atreva|mi plan|una (?:sola )?bala|contra m[ií])\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "gun-decided",
        r"\b(?:ружь[её]|ружье|пистолет\w*|наган\w*|ствол\w*|обрез\w*|карабин\w*)\b[^\n]{0,60}?\b(?:я (?:всё|все|уже) решил\w*|когда решусь|на тот день|одна пуля|один патрон|мой план)\b"
        r"|\bпустить себе пулю\b|\bпущу себе пулю\b",
    ),
    # ---------------------------------------------------------- self-harm: a farewell made final, affairs settled
    (
        "risk.self_harm",
        "en",
        "final-leaving",
        r"\b(?:bye|goodbye|good ?bye|farewell|so long|logging off|signing off)\b[^.!?\n]{0,20}?[.,!\s❤️🕊️]*\b(?:for good|forever|for real this time|for the last time|permanently)\b"
        + _EN_RETURN_NAMED
        + r"|\b(?:don'?t|dont|do not|nobody|no one|no1) (?:come )?look(?:ing)? for me(?=\s*(?:[.,!…🕊️❤️]|$))"
        r"|\blast (?:time|stream) (?:watching|i'?ll (?:ever )?watch)\b[^\n]{0,40}?(?:\btake care\b|\bgoodbye\b|\bbye\b|\blove (?:you|u)\b|🕊️)"
        r"|\b(?:wrote|written|left|finished|sealed) (?:the |my )?(?:letters?|notes?) (?:to|for) (?:everyone|all of you|my (?:family|kids|mom|parents|wife|husband))\b"
        r"|\b(?:cat|dog|kitty|puppy|pets?)\b[^.!?\n]{0,30}?\b(?:needs a new home|new owner|new family)\b[^\n]{0,40}?\b(?:won'?t be (?:around|here)|wont be (?:around|here)|not (?:be )?around)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "final-leaving",
        r"\b(?:adi[oó]s|chao|me despido)\b[^.!?\n]{0,20}?[.,!\s❤️🕊️]*\b(?:para siempre|de verdad|esta vez|por [uú]ltima vez)\b"
        + _ES_RETURN_NAMED
        + r"|\bhasta siempre\b|\bno me busqu(?:en|[eé]is)\b"
        r"|\bescrib[ií] (?:las |unas )?cartas (?:para|a) (?:todos|mi familia|mis hijos)\b|\bya escrib[ií] (?:la nota|las cartas|mi carta)\b"
        r"|\b(?:dej[eé]|di) (?:a )?mi (?:perro|gato|perrita|gatita|perrito|gatito)\b[^.!?\n]{0,30}?[,.]?\s*no (?:voy a volver|volver[eé])\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "final-leaving",
        r"\b(?:прощайте|прощай|пока)\b[^.!?\n]{0,20}?\b(?:навсегда|насовсем)\b|\bне ищите меня\b|\bменя не ищите\b"
        r"|\bзаписк(?:у|и) (?:уже )?написал\w*|\bнаписал\w* (?:прощальн\w+ )?записк(?:у|и)\b"
        r"|\b(?:кота|кошку|собаку|пса) отдал\w*\b[^\n]{0,30}?\b(?:вс[её]\s*[.!…]*\s*$|прощайте|не вернусь)",
    ),
    # ---------------------------------------------------------- self-harm: a place of falling reached, a blade in hand
    (
        "risk.self_harm",
        "en",
        "edge-reached",
        r"\b(?:on|at) the (?:edge|ledge) of (?:the|a|my) (?:roof|bridge|building|balcony|cliff|platform)\b|\b(?:roof|bridge|balcony|building) (?:edge|ledge|railing)\b(?=[^\n]{0,40}\b(?:nobody|no one|stop me|tonight|3am|2am|4am|right now|rn)\b)"
        r"|\b(?:standing|sitting|stood|sat) on (?:the|a) (?:bridge|ledge|roof|railing|overpass)\b[^\n]{0,40}?\b(?:right now|rn|nobody|no one|3am|2am|4am|tonight)\b"
        r"|\bparked (?:by|next to|near|at|on) the (?:tracks|railroad|train tracks|rail ?road)\b"
        r"|\b(?:razor|blade|box cutter)\b (?:in my hand|right here)\b|\bbathroom floor\b[^\n]{0,40}?\b(?:razor|blade)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "edge-reached",
        r"\b(?:en el borde de|al borde de) (?:la|el) (?:azotea|tejado|puente|edificio|balc[oó]n)\b|\b(?:sentad[oa]|de pie|parad[oa]) (?:en|sobre) (?:el|la) (?:puente|cornisa|azotea|barandilla|v[ií]as)\b(?=[^\n]{0,40}\b(?:nadie|ahora|esta noche|de la (?:mañana|madrugada))\b)"
        r"|\bme (?:acuesto|tumbo|echo) (?:en|sobre) las v[ií]as\b"
        r"|\b(?:cuchilla|navaja|hoja de afeitar)\b (?:en la mano|en mi mano)\b|\bsuelo del baño\b[^\n]{0,40}?\b(?:cuchilla|navaja)\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "edge-reached",
        r"\b(?:стою|сижу) на (?:краю|карнизе|перилах)\b|\bна краю крыши\b|\b(?:лягу|ложусь) на рельсы\b"
        r"|\b(?:лезви\w+|бритв\w+) в руке\b|\bс лезвием в\b",
    ),
    # ---------------------------------------------------------- self-harm: a lethal outcome asked of one's own medicines
    (
        "risk.self_harm",
        "en",
        "own-meds-lethal",
        r"\b(?:mix|mixing|combine|combining|take|taking|enough|how many|which of my|what (?:pills|meds))\b[^.!?\n]{0,60}?\b(?:stop (?:my|your|the) heart|(?:my|the|your) heart (?:to )?stop|bleed out|not wake up|never wake up|(?:would|will|could) do it\b|do the job)",
    ),
    (
        "risk.self_harm",
        "es",
        "own-meds-lethal",
        r"\b(?:mezclar|mezclo|combinar|tomar|tomarme|cu[aá]nt[oa]s|cu[aá]l(?:es)? de mis|qu[eé] pastillas)\b[^.!?\n]{0,60}?(?:\bse (?:me )?pare el coraz[oó]n|\bpararme el coraz[oó]n|\bpara morir(?:me)?\b|\bpara no despertar|\bpara acabar\b|\bservir[ií]a para acabar|\bpara irme\b)"
        r"|\bcon eso se (?:me )?para el coraz[oó]n\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "own-meds-lethal",
        r"\b(?:смешать|выпить|сколько|какие|каких)\b[^.!?\n]{0,60}?(?:\bостанов\w+ сердце|\bсердце (?:встанет|остановится|станет)|\bчтобы (?:умереть|уйти|не проснуться|сдохнуть)\b|\bподойдут,? чтобы уйти)",
    ),
    # ---------------------------------------------------------- self-harm: a wish to be dead, worth more dead
    (
        "risk.self_harm",
        "en",
        "dead-wished",
        r"\btired of (?:living|being alive|existing)(?=\s*(?:[.,!…]|$|and\b|so\b))|\bhoping my heart (?:just )?stops\b|\bi'?d rather be dead\b|\bwish i (?:was|were) dead\b"
        r"|\bworth more dead\b|\blife insurance (?:pays|is worth) more than (?:i'?m|i am) worth\b|\b(?:better off|be better) with (?:the|my) life insurance\b"
        r"|\b(?:everyone|everybody|you all|y'?all|my family|my kids) (?:will|would|'?ll) be better off after (?:tonight|today|this)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "dead-wished",
        r"\bojal[aá] (?:yo )?(?:estuviera|estuviese) muert[oa]\b|\bojal[aá] (?:me muriera|no despertara)\b|\bprefiero (?:estar muert[oa]|morir(?:me)?) (?:que|a|antes que) seguir\b|\bpido no (?:despertar|amanecer)\b|\bcansad[oa] de vivir\b"
        r"|\bvalgo m[aá]s muert[oa]\b|\bmejor con el seguro de vida\b|\b(?:estar[eé]is|estar[aá]n|estar[aá]s) mejor sin m[ií]\b"
        r"|\bdespu[eé]s de esta noche no (?:tendr[aá]n|tendr[eé]is|vais a tener|van a tener) que (?:aguantarme|soportarme|verme)\b|\bser[ií]a m[aá]s feliz si yo no estuviera\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "dead-wished",
        r"\bустал\w* жить\b(?! (?:в|на|с|у|без|под|за|так|здесь|там|тут|одн\w+|вдал\w+|среди|рядом))|\bлучше бы я (?:умер\w*|не родил\w*|сдох\w*)\b|\bмёртв\w+ я стою больше\b|\bмертв\w+ я стою больше\b|\bстою больше мёртв\w+\b"
        r"|\bлучше со страховкой\b|\b(?:всем|вам) будет легче после (?:сегодняшней ночи|сегодня)\b|\bпосле сегодняшней ночи (?:вам|всем) не придётся\b",
    ),
    # ---------------------------------------------------------- self-harm: hopelessness closed by a short ending
    (
        "risk.self_harm",
        "en",
        "hopeless-ended",
        r"\b"
        + _TENTH_EN_HOPELESS
        + r"\b[^\n]{0,60}?(?:\bending it(?: all)?|\bend it(?: all)?|\bchecking out|\bit'?s over(?: for me)?|\bi'?m done|\bdone|\bbye|\bgoodbye|\btonight|\btn|\bstop existing)\s*[.!…🕊️❤️]*\s*$"
        r"|\b(?:i'?ll|i will|gonna|going to|want to|wanna) (?:just )?stop existing\b|\buninstalling (?:everything,? )?(?:including|even) myself\b|\bctb (?:tonight|tn|today|soon)\b|\b(?:wanna|want to|gonna|going to) jump (?:tn|tonight|today)\b",
    ),
    (
        "risk.self_harm",
        "es",
        "hopeless-ended",
        r"\b"
        + _TENTH_ES_HOPELESS
        + r"\b[^\n]{0,60}?(?:\blo hago hoy|\blo hago esta noche|\besta noche|\badi[oó]s|\bchao|\bse acab[oó]|\bhasta aqu[ií])\s*[.!…🕊️❤️]*\s*$",
    ),
    (
        "risk.self_harm",
        "ru",
        "hopeless-ended",
        r"\b"
        + _TENTH_RU_HOPELESS
        + r"\b[^\n]{0,60}?(?:\bвс[её]|\bсегодня|\bпрощайте|\bэто конец|\bсегодня вс[её]|\bухожу)\s*[.!…🕊️❤️]*\s*$"
        r"|\bухожу из жизни\b",
    ),
    # ---------------------------------------------------------- self-harm: harm done now, an overdose on purpose, a plan told
    (
        "risk.self_harm",
        "en",
        "harm-told",
        r"\b(?:cutting|hitting|burning|scratching|punching) myself\b|\b(?:started )?cutting again\b|\bcutting is the only thing\b"
        r"|\b(?:took|swallowed|taken|downed) (?:\d+x|double|triple|quadruple|\d+ times) (?:my|the)\b[^.!?\n]{0,30}?\bon purpose\b|\b(?:took|swallowed|downed) \d+ (?:pills|tablets)\b[^\n]{0,30}?\b(?:on purpose|waiting|now i wait)\b"
        r"|\bplanned (?:out )?how (?:i'?d|i would|i'?ll|to) do it\b|\bsuicidal thoughts\b[^\n]{0,60}?\b(?:pills|gun|rope|razor|blade|tonight)\b|\btelling me to do it\b[^\n]{0,30}?\b(?:i think i will|tonight|i will)\b"
        r"|\b(?:not eating|won'?t eat|without (?:water or )?food)\b[^\n]{0,40}?\b(?:punish myself|i deserve it|until i (?:collapse|pass out|faint|disappear))\b",
    ),
    (
        "risk.self_harm",
        "es",
        "harm-told",
        r"\bme (?:estoy cortando|corto|golpeo|quemo) (?:otra vez|de nuevo|los brazos|las muñecas)\b|\bvolv[ií] a cortarme\b"
        r"|\bme tom[eé] (?:el (?:doble|triple|cu[aá]druple)|\d+ veces) (?:de )?mi dosis\b[^.!?\n]{0,20}?\ba prop[oó]sito\b|\b(?:acabo de tomarme|me tom[eé]) \d+ pastillas\b[^\n]{0,30}?\b(?:estoy esperando|a prop[oó]sito|esperando)\b"
        r"|\btengo todo (?:listo|preparado|planeado) para (?:quitarme la vida|irme|acabar|matarme)\b|\bya tengo la (?:cuerda|soga)\s*[.!…]*\s*$"
        r"|\b(?:sin comer|no voy a comer|no como)\b[^\n]{0,40}?\b(?:para castigarme|me lo merezco|hasta (?:desmayarme|desaparecer|caer))\b",
    ),
    (
        "risk.self_harm",
        "ru",
        "harm-told",
        r"\bснова себя (?:режу|бью|жгу)\b|\b(?:режу|порезал\w*) себя\b"
        r"|\bвыпил\w* (?:\d+|две|три|четыре|пять) доз\w*\b[^.!?\n]{0,20}?\bспециально\b"
        r"|\bесть план,? как (?:уйти|умереть|покончить)\b"
        r"|\b(?:не (?:буду )?есть|без еды|голодаю)\b[^\n]{0,40}?\b(?:наказать себя|чтобы наказать|пока не (?:упаду|исчезну|потеряю сознание))\b",
    ),
]
COMPOSITIONS += _split(_TENTH)

# ================================================================ eleventh round: legal steps by class
# A legal threat names a step of the law on the speaker's side, whatever its wording: a day in court foretold ("see
# you in court", "enjoy explaining this to the judge", "в суде будете объяснять"), a formal notice served, a licence
# to be taken away, the other side's insurer or legal department told to get ready, a case number held, copies
# sent to counsel and a regulator together, a relative who is a lawyer coming for them, a legal means offered as
# the price of a refund, or asked as a question whose answer is the threat ("want me to call my attorney?").
_ELEVENTH_EN_COUNSEL = r"(?:lawyers?|attorneys?|atty|solicitors?|barristers?|legal team|law firm|firm)"
_ELEVENTH_EN_DEMAND = r"(?:refund(?: me)?|money back|(?:give|send|pay) (?:me |us )?(?:back )?(?:my|our|the) (?:\$?\d+\w* |money|cash|deposit)(?:\w+ )?(?:back)?|replace (?:it|the \w+)|reimburse (?:me|us))"
_ELEVENTH_LEGAL: list[Composition] = [
    # ------------------------------------------------------------ a day in court foretold to the addressee
    (
        "risk.legal",
        "en",
        "court-foretold",
        r"\b(?:enjoy|have fun|good luck|try) (?:explaining|telling|justifying) (?:this|that|it|yourself) (?:to|before|in front of) (?:the |a )?(?:judge|jury|court|my lawyer|my attorney)\b"
        r"|\bsee (?:you|u|ya|y'?all) in court\b|^\W*(?:then |ok(?:ay)?,? )?court it is\W*$"
        r"|\b(?:you|u|y'?all)(?:'ll| will| can| are gonna| are going to|'re gonna) (?:\w+ )?(?:explain|justify) (?:this|that|it|yourself) (?:to|before|in front of) (?:a |the )?(?:judge|jury|court)\b",
    ),
    (
        "risk.legal",
        "es",
        "court-foretold",
        r"\bnos vemos en (?:la )?(?:corte|juicio|el juicio|el juzgado|los tribunales|tribunales)\b"
        r"|\b(?:se lo|se los|se las|le|les) (?:voy a |vamos a )?(?:mostrar|enseñar|explicar|llevar)\w* (?:al|a la|ante el|ante la) (?:juez|jueza|fiscal)\b"
        r"|\b(?:expl[ií]quen(?:selo)?|expl[ií]caselo|expl[ií]calo|van a explicar\w*|vas a explicar\w*) (?:eso |esto )?(?:al|a la|ante el|ante la) (?:juez|jueza)\b"
        r"|\b" + _ES_AUTHORITY + r",? ah[ií] nos vemos\b"
        r"|\b(?:vas|van|vais|va) a (?:tener|recibir) noticias de (?:mi|mis|nuestro|nuestros) (?:abogad\w+|licenciad\w+|bufete)\b",
    ),
    (
        "risk.legal",
        "ru",
        "court-foretold",
        r"\bв суде (?:будете|будешь|будут) (?:объяснять|отвечать|оправдываться|рассказывать)|\b(?:объяснять|отвечать|оправдываться) (?:будете|будешь) (?:в суде|перед судом|судье)"
        r"|\b(?:прокуратур\w+|суд|следователь|полици\w+) (?:разбер[её]тся|разберутся|во всём разберётся)\b"
        r"|\b(?:будете|будешь) (?:разговаривать|говорить|общаться|объясняться) с (?:моим|нашим|моей) (?:адвокатом|юристом|представителем)\b",
    ),
    # ------------------------------------------------------------ a formal notice served, a licence to be taken away
    (
        "risk.legal",
        "en",
        "notice-served",
        r"\b(?:consider|take|treat) this (?:as )?(?:your |a |an |my )?(?:formal|official|final|legal|written) (?:notice|warning)\b(?! (?:to (?:myself|self)|lol))"
        r"|\bnotice of (?:intent|claim|legal action)\b"
        r"|\b(?:get|have|see|make sure) (?:your|ur|his|her|their|that \w+'?s) (?:medical )?(?:license|licence) (?:revoked|pulled|suspended|taken|stripped)\b|\b(?:you|u|he|she)(?:'ll| will| are gonna| is gonna) lose (?:your|ur|his|her) (?:medical )?(?:license|licence)\b",
    ),
    (
        "risk.legal",
        "es",
        "notice-served",
        r"\bconsid[eé]r(?:ese|ense|ate|elo) (?:notificad[oa]s?|advertid[oa]s?|avisad[oa]s?)\b|\b(?:aviso|advertencia|notificaci[oó]n|requerimiento) (?:formal|legal|oficial|previ[oa]|notarial)\b[^.!?\n]{0,40}?\b(?:antes de|proced\w+|acciones|demanda|denuncia)\b"
        r"|\besto queda como (?:aviso|advertencia) (?:formal|legal|oficial)\b"
        r"|\bque (?:le|te|les) (?:quiten|retiren|suspendan) (?:la|el|su) (?:c[eé]dula|licencia|matr[ií]cula|t[ií]tulo|colegiatura)\b",
    ),
    (
        "risk.legal",
        "ru",
        "notice-served",
        r"\bсчитайте (?:это|этот комментарий|это сообщение) (?:официальн\w+|последн\w+|письменн\w+) (?:предупреждени\w+|уведомлени\w+|претензи\w+)|\bдосудебн\w+ претензи\w+"
        r"|\b(?:лишить|лишат|лишим|отобрать|отберут) (?:\w+ )?(?:лицензи\w+|диплом\w*)\b",
    ),
    # ------------------------------------------------------------ the other side told to ready its insurer or lawyers; a case number held
    (
        "risk.legal",
        "en",
        "other-side-warned",
        r"\b(?:tell|warn|call|talk to|loop in|give) (?:your|ur) (?:insurer|insurance(?: company)?|legal (?:department|dept|team)|lawyers?|attorneys?|compliance (?:team|department|officer))\b[^.!?\n]{0,40}?\b(?:expect|prepare|get ready|before|heads up|a call)\b"
        r"|\b(?:your|ur) (?:insurer|insurance company|legal (?:department|team)|compliance team|lawyers?) (?:should|better|will want to|might want to|needs? to) (?:expect|prepare|get ready|brace)\b"
        r"|\bexpect (?:to be served|a subpoena|a summons|(?:legal )?papers|a (?:letter|call) from (?:my|our) (?:lawyers?|attorneys?|solicitors?))\b"
        r"|\bcase number\b[^.!?\n]{0,20}?\b(?:in my bio|is|below|attached|:)|\b(?:law ?suit|complaint|claim|case) (?:has been|is now|was just) (?:filed|submitted|lodged|opened)\b(?![^.!?\n]{0,30}\bagainst (?:a|an|the)\b)",
    ),
    (
        "risk.legal",
        "es",
        "other-side-warned",
        r"\bd[ií]ganle a (?:su|tu|vuestro) (?:[aá]rea|departamento|equipo|gente) (?:legal|jur[ií]dic[oa])\b|\b(?:su|tu) (?:[aá]rea|departamento|equipo) (?:legal|jur[ií]dic[oa]) (?:que )?se (?:prepare|vaya preparando)\b"
        r"|\bseguro de responsabilidad (?:civil|profesional)\b[^.!?\n]{0,40}?\b(?:lo van a necesitar|van a necesitar\w*|lo necesitar[aá]n)\b"
        r"|\b(?:tengo|tenemos|ya hay) (?:un |el )?(?:n[uú]mero de )?(?:expediente|radicado|folio de queja) (?:contra|en contra de) (?:ustedes|usted|ti|vosotros|la cl[ií]nica|la farmacia|el canal)\b",
    ),
    (
        "risk.legal",
        "ru",
        "other-side-warned",
        r"\b(?:у меня|у нас) (?:уже )?(?:есть )?номер (?:обращения|дела|жалобы|заявления)\b|\b(?:пусть|скажите) (?:ваш\w* )?(?:юрист\w*|юридическ\w+ отдел\w*|страховщик\w*) (?:готов\w+|готовятся|приготов\w+)\b",
    ),
    # ------------------------------------------------------------ copies to counsel and a regulator, evidence going to them
    (
        "risk.legal",
        "en",
        "copies-sent",
        r"\b(?:my|our) (?:\w+ )?"
        + _ELEVENTH_EN_COUNSEL
        + r"\b[^.!?\n]{0,50}?\b(?:both )?(?:getting|gets|get|will get|receiving|will receive|will see|have|has) (?:copies|a copy|this clip|the clip|this|screenshots|receipts|everything)\b"
        r"|\bgoing to (?:the press|the media|the news|a reporter) and (?:to )?"
        + _EN_AUTHORITY
        + r"|\b(?:screenshots?|screenshotted|screencaps?|receipts|recordings?|clips?|comments?|messages|evidence|everything|it all|them all)\b[^.!?\n]{0,40}?\b(?:saved|archived|documented|kept|recorded|backed up)?[^!?\n]{0,30}?\b(?:going|goes|sent|forwarded|headed|off) to (?:my|our|the) (?:\w+ )?(?:"
        + _ELEVENTH_EN_COUNSEL
        + r"|judge|court)\b"
        r"|\b(?:archived|saved|documenting|documented|keeping|kept|recording)\b[^.!?\n]{0,40}?\bfor (?:the |my |our )?(?:court|judge|lawsuit|trial|case|"
        + _ELEVENTH_EN_COUNSEL
        + r"|"
        + _EN_AUTHORITY
        + r")\b"
        r"|\b(?:complaint|report|claim|grievance)\b[^.!?\n]{0,40}?\b(?:goes|going|is going|headed|sent) to (?:the )?"
        + _EN_AUTHORITY
        + r"|\b"
        + _EN_AUTHORITY
        + r" (?:has|have|got|now has|already has) (?:my|our) (?:complaint|report|claim|file|evidence)\b"
        r"|\b" + _EN_AUTHORITY + r" (?:will|'?ll|is gonna|is going to) (?:hear|know|learn) (?:about|of)\b",
    ),
    (
        "risk.legal",
        "es",
        "copies-sent",
        r"\b(?:guard[eé]|guardamos|tengo|tenemos|capture|captur[eé])\b[^.!?\n]{0,40}?\b(?:mensajes|capturas|comentarios|pruebas|recibos|boletas?|facturas?|videos?)\b[^.!?\n]{0,40}?\b(?:al juez|a la jueza|a mi abogad[oa]|al abogad[oa]|para el juicio|para la demanda|para la denuncia)\b"
        r"|\b(?:el |mi )?(?:bufete|despacho|abogad[oa]) (?:ya )?tiene (?:copia|copias|las pruebas|todo)\b"
        r"|\b(?:queja|reclamo|reclamaci[oó]n|denuncia)(?: formal)? (?:a|en|ante) (?:la |el )?"
        + _ES_AUTHORITY
        + r"|\b"
        + _ES_AUTHORITY
        + r"\b[^.!?\n]{0,20}?\b(?:va|van) a recibir (?:mi|nuestro|nuestra|la) (?:queja|reclamo|denuncia|reclamaci[oó]n)\b"
        r"|\bpresent[eé] (?:un |el |mi )?(?:reclamo|queja|denuncia) (?:en|ante) ",
    ),
    (
        "risk.legal",
        "ru",
        "copies-sent",
        r"(?:^|\s)" + _RU_AUTHORITY + r"(?:^|\s)?[^.!?\n]{0,10}?\bузна(?:ет|ют)\b"
        r"|\b(?:адвокат|юрист)\w* (?:уже )?(?:сказал\w*|говорит|считает)\b[^.!?\n]{0,40}?\b(?:хорошие шансы|шансы|выиграем|дело выигрышное|есть дело)\b",
    ),
    # ------------------------------------------------------------ a relative who is counsel, coming for them; a case with counsel
    (
        "risk.legal",
        "en",
        "counsel-kin",
        r"\bmy (?:\w+ )?(?:mom|mum|mother|dad|father|son|daughter|husband|wife|brother|sister|uncle|aunt|cousin|son in law|son-in-law|daughter in law|in-laws?)(?:'s)? (?:is |'s )?(?:literally |actually )?(?:an? )?(?:lawyer|attorney|firm|law firm)\b[^.!?\n]{0,60}?\b(?:coming for|going after|has a case|says we have a case|we have a case|handling (?:our|my|the) case|on (?:the|this|it)|taking (?:you|u|the \w+|this) to court|going ahead)"
        r"|\b(?:we|i) (?:have|got|'ve got) a (?:strong |solid |good )?case\b[^.!?\n]{0,30}?\b(?:going ahead|moving forward|proceeding|filing)\b",
    ),
    (
        "risk.legal",
        "es",
        "counsel-kin",
        r"\bmi (?:\w+ )?(?:pap[aá]|padre|mam[aá]|madre|hij[oa]|herman[oa]|t[ií][oa]|prim[oa]|espos[oa]|marido|mujer|cuñad[oa]|yerno|suegr[oa]) (?:es|trabaja de) (?:abogad[oa]|licenciad[oa] en derecho|fiscal)\b[^.!?\n]{0,60}?\b(?:hundir|ir a por|demandar|armando|prepara|est[aá] con|ya (?:est[aá]|tiene|sabe))"
        r"|\b(?:vamos|voy|iremos|ir[eé]) con (?:un |el |mi |nuestro )?(?:abogad\w+|bufete|licenciad\w+)\b|\bya habl[eé] con (?:un |el |mi )?(?:despacho|bufete|abogad\w+)\b",
    ),
    # ------------------------------------------------------------ a legal means as the price of a refund, a step in plain words
    (
        "risk.legal",
        "en",
        "refund-or-legal",
        r"\b"
        + _ELEVENTH_EN_DEMAND
        + r"\b[^.!?\n]{0,30}?\bor (?:else )?(?:i'?m|im|i am|we'?re|i'?ll|we'?ll)? ?(?:going legal|going to court|taking (?:you|u|this|it) to court|lawyering up)\b"
        r"|\b"
        + _ELEVENTH_EN_DEMAND
        + r"\b[^.!?\n]{0,30}?\bor (?:my|our) (?:\w+ )?"
        + _ELEVENTH_EN_COUNSEL
        + r" (?:calls?|contacts?|writes?|will|'?ll|gets?)\b"
        r"|\b(?:i|we)(?:'ll| will| am going to|'m going to| gonna)? (?:make|made|making|put|putting|give|giving) (?:a |the |one |formal )?(?:complaint|complain|report)\b[^.!?\n]{0,20}?\bto (?:the )?"
        + _EN_AUTHORITY
        + r"|\b(?:i|we)(?:'ll| will| am| are|'m|'re)? (?:going |go )(?:to )?(?:the )?court (?:for|over|about) (?:this|that|it)\b",
    ),
    (
        "risk.legal",
        "es",
        "refund-or-legal",
        r"\b(?:reembolso|devoluci[oó]n|me devuelven|me reponen|me reembolsan|me pagan)\b[^.!?\n]{0,40}?\bo (?:la |una |el )?(?:denuncia|demanda|juicio|abogad\w+|proced\w+ (?:legal|judicial)mente|v[ií]a (?:legal|judicial))\b"
        r"|\b(?:proced\w+|actuar[eé]|actuaremos|ir[eé]|iremos) (?:legal|judicial|penal)mente\b",
    ),
    (
        "risk.legal",
        "ru",
        "refund-or-legal",
        r"\b(?:верните|вернёте|вернете|возврат\w*)\b[^.!?\n]{0,40}?\b(?:или|либо|иначе)\b[^.!?\n]{0,20}?(?:\bсуд\w*|\bиск\w*|\bпрокуратур\w+|\bюрист\w*|\bадвокат\w*|\bпретензи\w+)",
    ),
    # ------------------------------------------------------------ a legal step asked, the question being the threat
    (
        "risk.legal",
        "en",
        "step-asked",
        r"\b(?:want me to|should i|shall i|do (?:you|u) want (?:me )?to|would (?:you|u) (?:rather|prefer) (?:i|me to)) (?:just )?(?:call|contact|email|loop in|(?:send|forward) (?:this|it|the clip|this clip|the video|this video) to|explain (?:this|it) to|report (?:this|you|it) to) (?:my |the |a )?(?:\w+ )?(?:"
        + _ELEVENTH_EN_COUNSEL
        + r"|judge|court|"
        + _EN_AUTHORITY
        + r")"
        r"|\bhow would (?:your|ur) (?:\w+ ){0,2}(?:feel|react|like)\b[^.!?\n]{0,15}?\b(?:about|to) (?:an? |my )?(?:\w+ )?(?:complaint|lawsuit|suit|subpoena|"
        + _EN_AUTHORITY
        + r")",
    ),
    (
        "risk.legal",
        "es",
        "step-asked",
        r"\b(?:quieren|quieres|prefieren|prefieres) que (?:llame|hable|vaya|se lo mande|lo mande|lo lleve) (?:a|con|al|ante)? ?(?:mi |el |un |la )?(?:abogad\w+|juez|jueza|fiscal\w*|"
        + _ES_AUTHORITY
        + r")",
    ),
    (
        "risk.legal",
        "ru",
        "step-asked",
        r"\b(?:хотите|хочешь),? чтобы я (?:\w+ )?(?:позвонил\w*|написал\w*|обратил\w*|пошл\w+|отправил\w*) (?:\w+ )?(?:юрист\w*|адвокат\w*|в суд|в прокуратуру|"
        + _RU_AUTHORITY
        + r")",
    ),
    # ------------------------------------------------------------ a legal step in two words ("lawyer. now.", "denunciados.")
    (
        "risk.legal",
        "en",
        "step-terse",
        r"^\W*(?:lawyer|attorney|lawsuit|court|subpoena)\W+(?:now|today|tomorrow|incoming|it is)\W*$"
        r"|\b(?:starting|organi[sz]ing|launching|forming) a class[- ]action\b|\b(?:small[- ]claims|court|lawsuit|claim) papers (?:are|were|is) (?:printed|filed|signed|done|ready|in the mail)\b"
        r"|\b(?:you|u) (?:will|'?ll) (?:pay|answer) for (?:it|this|that) legally\b|\bhold (?:you|u|y'?all|the clinic|the \w+) (?:legally )?(?:liable|accountable in court)\b",
    ),
    (
        "risk.legal",
        "es",
        "step-terse",
        r"^\W*(?:abogad[oa]|demanda|denuncia|juicio)\W+(?:ya|ahora|mañana)\W*$|^\W*(?:denunciad[oa]s?|demandad[oa]s?)\W*$",
    ),
    (
        "risk.legal",
        "ru",
        "step-terse",
        r"^\W*(?:юрист|адвокат|суд|иск|в суд)\W+(?:сейчас|сегодня|завтра|уже|ждите)\W*$"
        r"|\bисков\w+ заявлени\w+ (?:уже )?(?:готов\w*|подан\w*|написан\w*|отправлен\w*|в суде)",
    ),
]
COMPOSITIONS += _split(_ELEVENTH_LEGAL)

#: A legal step that is nobody's threat: a laugh with a friend addressed by @handle about no business ("@maria i'm
#: calling my lawyer lol"), a laugh about suing one's own gym or trainer ("voy a demandar a mi gimnasio jajaja"), a
#: counterfactual about someone else's case ("if a clinic did that to me i'd sue", "si una clínica me hiciera eso, la
#: demandaría", "если бы клиника так поступила, я бы подала в суд"), and news of others suing told with no one of the
#: writer's side in it ("the parents filed a suit against the school board").
_ELEVENTH_LAUGH = r"(?:\blol\b|\blmao\b|\blmfao\b|\bhaha\w*|\bhehe\w*|\bjaja\w*|\bjeje\w*|ахах\w*|хаха\w*|😂|🤣|😆|😹)"
_ELEVENTH_BUSINESS = r"(?:\b(?:clinic|pharmacy|channel|stream|doctor|doc|host|brand|company|store|shop|refund|product|cl[ií]nica|farmacia|canal|tienda|reembolso|producto)\b|клиник|аптек|канал|магазин|возврат)"
_ELEVENTH_FIRST = r"\b(?:i|i'?m|i'?d|i'?ll|me|my|we|we'?re|our|us|yo|me|mi|mis|nosotros|nuestr[oa]s?|voy|vamos|я|мне|меня|мы|мой|моя|моё|наш\w*)\b"
LEGAL_NOT_OURS = (
    r"^\s*@\w+(?=[^\n]{0,200}?" + _ELEVENTH_LAUGH + r")(?![^\n]{0,200}?" + _ELEVENTH_BUSINESS + r")"
    r"|\b(?:my|mi|mis|мой|мою|свой|свою|своего|своему) (?:own )?(?:gym|gimnasio|gimnacio|trainer|coach|entrenador\w*|barber|hairdresser|peluquer\w*|зал|спортзал|тренер\w*|парикмахер\w*)\b(?=[^\n]{0,80}?"
    + _ELEVENTH_LAUGH
    + r")"
    r"|\bif (?!(?:you|u|y'?all|ya)\b)(?:a|an|the|some|any|my|someone|somebody|anyone|they|he|she|a \w+) [^.!?\n]{0,60}?\b(?:did|were|was|had|tried|gave|sold|told|treated|ever did)\b[^.!?\n]{0,60}?\b(?:i'?d|i would|we'?d|we would)\b"
    r"|\bsi (?!(?:usted|ustedes|t[uú]|vos)\b)(?:una?|el|la|alg[uú]n\w*|alguien|me|mi|a m[ií]) [^.!?\n]{0,60}?\w+(?:ara|iera|ase|iese)n?\b[^.!?\n]{0,60}?\w+r[ií]a(?:mos|n)?\b"
    r"|\bесли бы (?!(?:вы|ты)\b)[^.!?\n]{0,80}?\bбы\b"
    r"|^\W*(?:the|a|an|some|two|three|\d+|these|those|his|her|their) (?:\w+ ){0,2}(?:parents|family|families|patients?|woman|man|mother|father|nurses?|employees?|workers?|residents?|neighbou?rs?|customers?|people|couple|students?|teachers?|company|state|city|group)\b (?:have |has |had )?(?:filed|sued|are suing|is suing|brought|won|settled)\b(?![^\n]{0,200}?"
    + _ELEVENTH_FIRST
    + r")"
    r"|^\W*(?:los|las|el|la|unos|unas|una|un) (?:\w+ ){0,2}(?:padres|familia|familias|pacientes?|mujer|hombre|madre|padre|vecinos|clientes|empleados|trabajadores|gente|pareja|empresa)\b (?:ya )?(?:presentaron|present[oó]|demandaron|demand[oó]|denunciaron|denunci[oó]|interpusieron|ganaron)\b(?![^\n]{0,200}?"
    + _ELEVENTH_FIRST
    + r")"
    r"|^\W*(?:родители|семья|семьи|пациент\w*|женщина|мужчина|мать|отец|соседи|клиенты|сотрудники|работники|люди|пара|компания) (?:\w+ )?(?:подали|подала|подал|засудили|засудила|выиграли|судились|судятся)(?![а-яё])(?![^\n]{0,200}?"
    + _ELEVENTH_FIRST
    + r")"
)

# ================================================================ eleventh round: contempt without an insult word
# Contempt is aimed at a person without a rude word as often as with one: a professional's competence belittled
# ("couldn't even find a vein", "bought his degree online", "only there for her looks", "mi perro lo haría mejor",
# "даже укол поставить не умеет"), a viewer dismissed ("nobody asked, go knit", "nadie entiende lo que escribes,
# deja de escribir", "никому не интересно, уходи"), a crowd's verdict ("everyone agrees", "todos lo piensan"), a body
# part mocked by comparison, an accent, a stutter or a disability mocked, an identity marker said to unfit someone
# for patients, and sexual remarks about the host or staff (a bed, a private session, a body part, a leering emoji).
# Each is a class of predicate aimed at a role, a second person or an @handle, in the three languages' inflections.
_ELEVENTH_EN_ROLE = r"(?:doc|doctor|dr|nurse|receptionist|pharmacist|trainer|coach|host|guest|surgeon|therapist|physio|dentist|medic|paramedic|instructor|presenter|streamer|teacher|cardiologist|lady|guy|girl|woman|man)s?"
_ELEVENTH_EN_TARGET = (
    r"(?:\b(?:this|that|the|your|ur|our|these|those) (?:\w+ )?"
    + _ELEVENTH_EN_ROLE
    + r"\b|\b(?:you|u|ya|she|he|you'?re|youre|she'?s|he'?s)\b|@\w+)"
)
_ELEVENTH_ES_ROLE = r"(?:enfermer[oa]s?|doctor[a]?|doctores|m[eé]dic[oa]s?|recepcionista|farmac[eé]utic[oa]|entrenador[a]?|presentador[a]?|invitad[oa]|dentista|fisio|coach|host|profe|instructor[a]?)"
_ELEVENTH_ES_TARGET = (
    r"(?:\b(?:la|el|esa|ese|esta|este|tu|su) (?:\w+ )?"
    + _ELEVENTH_ES_ROLE
    + r"\b|\b(?:t[uú]|vos|eres|sos|ella|[eé]l)\b|@\w+)"
)
_ELEVENTH_RU_ROLE = r"(?:медсестр\w*|медбрат\w*|врач\w*|врачих\w*|доктор\w*|докторш\w*|аптекарш\w*|фармацевт\w*|тренер\w*|тренерш\w*|ведущ\w+|администратор\w*|регистратор\w*|гость|гостья|гостью|гостье|гостя|гостем|инструктор\w*)"
_ELEVENTH_RU_TARGET = (
    r"(?:(?:^|\s)(?:этот |эта |ваш\w* |наш\w* )?" + _ELEVENTH_RU_ROLE + r"|\b(?:ты|вы|тебя|тебе)\b|@\w+)"
)
#: An order that dismisses a person from the talk.
_ELEVENTH_EN_DISMISS = r"(?:shut up|stfu|go away|go knit|go home|log off|get off (?:the |my )?(?:chat|stream|screen)|get out|leave (?:the )?(?:chat|stream)|stop typing|stop talking|sit down|go back to (?:school|kindergarten|bed|the kitchen)|nobody asked|no one asked)"
_ELEVENTH_ES_DISMISS = r"(?:c[aá]llate|c[aá]llense|vete|l[aá]rgate|sal del chat|salte del chat|deja de escribir|deja de hablar|vuelve al colegio|vuelve a la escuela|fuera de aqu[ií]|nadie te pregunt[oó])"
_ELEVENTH_RU_DISMISS = r"(?:заткнись|замолчи|уходи|вали|уйди|выйди|иди в школу|иди учись|пош[её]л вон|хватит писать|хватит|вон из чата|свали)"
_ELEVENTH_HARASS: list[Composition] = [
    # ------------------------------------------------------------ a professional's competence belittled
    (
        "risk.harassment",
        "en",
        "competence-contempt",
        _ELEVENTH_EN_TARGET
        + r"[^.!?\n\"«»“”]{0,40}?(?:\b(?:couldn'?t|can'?t|cant|couldnt|cannot) even (?:\w+ ){0,2}(?:find|diagnose|answer|do|read|spell|pronounce|count|hold|take|put|tie|work|use)\b"
        r"|\btoo (?:dumb|stupid|thick|slow|incompetent|clueless|brainless) to\b"
        r"|\b(?:bought|buys|got|printed) (?:his|her|their|a|the|that) (?:medical )?(?:degree|diploma|license|licence|certificate)\b(?: online| from| on| in a)?"
        r"|\b(?:degree|diploma|license|licence|certificate) (?:from|out of) (?:a |the )?(?:cereal box|crackerjack box|gumball machine|vending machine|temu|wish)"
        r"|\b(?:is|'s|are|'re) (?:clearly |obviously |probably |just )?(?:a |an )?(?:dropout|dropouts|glorified (?:waitress|waitresses|babysitters?|secretar\w+|receptionists?|maids?))\b"
        r"|\bonly (?:there|here|hired|on (?:air|camera|tv)|got the job) (?:for|because of|cause of|bc of) (?:her|his|their) (?:looks|face|body|legs|smile)\b"
        r"|\b(?:my|a) (?:dog|cat|hamster|goldfish|toddler|(?:\d+|five|six)[- ]year[- ]old) (?:could|would|can) (?:do|have done) (?:it |that |this |a )?(?:better|a better job)\b)"
        + r"|\b(?:nurses|doctors|pharmacists|trainers|coaches) are (?:just )?glorified \w+"
        + r"|\b(?:dumbass|dumb|stupid|idiot|moronic|clueless|useless|incompetent|brainless|quack) "
        + _ELEVENTH_EN_ROLE
        + r"\b[^.!?\n]{0,20}?\b(?:couldn'?t|can'?t|cant|doesn'?t know how to|has no idea how to) (?:\w+ )?(?:find|diagnose|answer|do|read|spell|treat|take|hold|tell)\b",
    ),
    (
        "risk.harassment",
        "es",
        "competence-contempt",
        _ELEVENTH_ES_TARGET
        + r"[^.!?\n\"«»“”]{0,40}?(?:\bno sabe ni\b|\bni siquiera sabe\b|\bno es capaz ni de\b|\b(?:es|est[aá]) (?:demasiado )?(?:tont[oa]|in[uú]til|brut[oa]|burr[oa]) (?:para|como para)\b"
        r"|\best[aá] (?:ah[ií] )?(?:solo|s[oó]lo) por (?:guap[oa]|bonit[oa]|linda|lindo|su cara|su cuerpo|su f[ií]sico|sus piernas)\b|\bcompr[oó] (?:el|su) t[ií]tulo\b"
        r"|\b(?:mi|un) (?:perro|gato|hamster|hijo de \d+ años|sobrino de \d+ años) lo (?:har[ií]a|hace|har[aá]) mejor\b|\bseguro (?:que )?no sabe nada\b)",
    ),
    (
        "risk.harassment",
        "ru",
        "competence-contempt",
        _ELEVENTH_RU_TARGET
        + r"[^.!?\n\"«»“”]{0,40}?(?:\bдаже [^.!?\n]{0,25}?не (?:умеет|может|способ\w+|знает|в состоянии)\b|\bтолько (?:ради|за|из-за) (?:внешност\w+|красот\w+|лиц\w+|фигур\w+|ног|красивых глаз)\b"
        r"|\bкупил\w* (?:себе )?диплом\w*|\bдиплом\w* (?:купил\w*|купленн\w+|в переходе)|\b(?:собака|кошка|мой кот|моя собака|ребёнок|ребенок|хомяк)\b[^.!?\n]{0,10}?(?:бы )?(?:лучше справил\w*|справил\w* бы лучше|и то лучше))",
    ),
    # ------------------------------------------------------------ a viewer dismissed: nobody wants, asked, cares or understands
    (
        "risk.harassment",
        "en",
        "dismissed-excluded",
        r"\b(?:nobody|no ?one|no1|not a single person)\b (?:here )?(?:wants|asked(?: for)?|cares|understands|likes|needs|invited|reads|wants to (?:see|hear|read|watch)|is interested in)\b[^.!?\n]{0,40}?(?=[^\n]{0,60}?\b"
        + _ELEVENTH_EN_DISMISS
        + r"\b|[^\n]{0,40}?\b(?:grandma|granny|gramps|grandpa|boomer|old man|old lady|kid|child)\b)"
        + r"|\b"
        + _ELEVENTH_EN_DISMISS
        + r"\b[^\n]{0,30}?\b(?:nobody|no ?one) (?:cares|asked|wants)\b"
        + r"|\b(?:nobody|no ?one) wants to (?:see|watch|look at) (?:a |an |some )?(?:dwarf|midget|cripple|fatty|fat \w+|old hag|ugly \w+)\b"
        + r"|(?:@\w+|\byou|\bu)\b[^\n]{0,60}?\b(?:sound|act|type|write|look)s? like (?:a |an )?(?:child|kid|toddler|baby|5 year old)\b[^\n]{0,20}?\b"
        + _ELEVENTH_EN_DISMISS
        + r"\b"
        + r"|@\w+[^\n]{0,40}?\b(?:dumbest|stupidest|most stupid)\b[^\n]{0,40}?\b"
        + _ELEVENTH_EN_DISMISS
        + r"\b",
    ),
    (
        "risk.harassment",
        "es",
        "dismissed-excluded",
        r"\bnadie (?:te |le |os )?(?:quiere|pidi[oó]|pregunt[oó]|entiende|soporta|aguanta|necesita|llam[oó]|invit[oó])\b[^.!?\n]{0,40}?(?=[^\n]{0,60}?\b"
        + _ELEVENTH_ES_DISMISS
        + r"\b)|\bnadie quiere ver a (?:un |una )?(?:enan[oa]|gord[oa]|vieja|viejo|lisiad[oa]|inv[aá]lid[oa])\b"
        + r"|(?:@\w+|\bt[uú]\b)[^\n]{0,60}?\b(?:pareces|eres como|escribes como|hablas como) (?:un |una )?(?:niñ[oa]|beb[eé]|criatura)\b[^\n]{0,20}?\b"
        + _ELEVENTH_ES_DISMISS
        + r"\b"
        + r"|@\w+[^\n]{0,40}?\bqu[eé] pregunta m[aá]s (?:tonta|est[uú]pida|idiota)\b[^\n]{0,30}?\b"
        + _ELEVENTH_ES_DISMISS
        + r"\b",
    ),
    (
        "risk.harassment",
        "ru",
        "dismissed-excluded",
        r"(?:\bникто (?:тебя |вас )?(?:тут |здесь )?(?:не )?(?:ждёт|ждет|звал|спрашивал|хочет|понимает|просил)|\bникому (?:тут |здесь )?не (?:интересн\w+|нужн\w+))[^\n]{0,60}?(?:"
        + _ELEVENTH_RU_DISMISS
        + r")|(?:"
        + _ELEVENTH_RU_DISMISS
        + r")[^\n]{0,30}?(?:никому не интересн\w+|никто не (?:ждёт|ждет|звал|спрашивал))"
        + r"|\bникто не хочет смотреть на (?:карлик\w*|жирн\w+|инвалид\w*|уродин\w*)"
        + r"|(?:@\w+|\bты\b)[^\n]{0,60}?\b(?:как ребёнок|как ребенок|как малолетк\w+|как школьни\w+)[^\n]{0,20}?(?:"
        + _ELEVENTH_RU_DISMISS
        + r")"
        + r"|@\w+[^\n]{0,40}?\bтупее (?:вопроса|коммента\w*)[^\n]{0,30}?(?:"
        + _ELEVENTH_RU_DISMISS
        + r")",
    ),
    # ------------------------------------------------------------ a crowd's verdict on a viewer, a crowd sent to report one
    (
        "risk.harassment",
        "en",
        "crowd-verdict",
        r"(?:@\w+|\byou(?:'re| are)?|\bu r)\b[^.!?\n]{0,60}?\b(?:the reason|why) (?:this|the) (?:chat|stream|comments?) (?:is|are|sucks?|stinks?)\b[^\n]{0,40}?\b(?:everyone|everybody|we all|all of us) (?:agrees|thinks so|knows it|says so)\b",
    ),
    (
        "risk.harassment",
        "es",
        "crowd-verdict",
        r"(?:@\w+|\beres\b)[^.!?\n]{0,60}?\bla raz[oó]n (?:por la )?que (?:este|el) chat\b[^\n]{0,40}?\btodos (?:lo )?(?:piensan|pensamos|opinan|sabemos)\b"
        r"|\btodos (?:a )?(?:reporten|reportad|denuncien|bloqueen|reportemos|denunciemos|reportar|denunciar|bloquear)\b (?:a )?@\w+",
    ),
    (
        "risk.harassment",
        "ru",
        "crowd-verdict",
        r"(?:@\w+|\bиз-за тебя\b)[^.!?\n]{0,60}?\b(?:в чате|чат) (?:противно|воняет|невозможно|тошно)[^\n]{0,40}?\bвсе (?:так )?(?:думают|считают|согласны)\b"
        r"|\bвсе (?:жалуйтесь|кидайте жалоб\w+|репортите|бaньте) на @\w+",
    ),
    # ------------------------------------------------------------ a body part mocked by comparison, looks said to repel
    (
        "risk.harassment",
        "en",
        "compared-looks-mocked",
        r"\b(?:your|ur|her|his|their|the (?:\w+ )?"
        + _ELEVENTH_EN_ROLE
        + r"'?s|that|those|these) (?:\w+ )?(?:face|nose|chins?|thighs|arms|wig|haircut|hair|teeth|belly|gut|lips|ears|forehead|neck|legs|butt)\b"
        r"[^.!?\n]{0,30}?(?:\bdeserves? (?:its|their) own (?:zip code|postcode|post code|area code|time zone|country|gravity)|\bmore \w+ than (?:reps|patients|subscribers|followers|brain cells|sense)\b"
        r"|\blike (?:twigs|sausages|hams|a thumb|an egg|a melted candle|a potato|a pug|a horse)\b|\btakes? up the (?:whole|entire) (?:screen|frame|camera)\b|\bjiggl\w+|\bis a (?:crime|hate crime|war crime|disaster)\b|\bscreams?\b)"
        r"|\b(?:the |that |this )?(?:\w+ )?"
        + _ELEVENTH_EN_ROLE
        + r" has (?:the )?(?:face|body|voice) of a (?:thumb|potato|toad|pug|horse|rat|foot)\b"
        r"|\b(?:a|her|his|their) (?:own )?mother (?:couldn'?t|could not|wouldn'?t) love\b"
        r"|\b(?:someone|somebody|people|anyone|girls?|guys?|women|men) (?:your|ur|her|his|that) (?:size|weight|age)\b[^.!?\n]{0,20}?\b(?:shouldn'?t|should not|can'?t|needs? to|has no business)\b"
        r"|\b(?:ape|monkey|pig|rat|gorilla|troll|goblin|frog|toad|horse|skeleton|zombie)[- ]?(?:looking|faced) (?:\w+ )?"
        + _ELEVENTH_EN_ROLE
        + r"\b"
        r"|\b"
        + _ELEVENTH_EN_ROLE
        + r"\b[^.!?\n]{0,20}?\blooks? like (?:a |an )?(?:skeleton|melted candle|corpse|zombie|thumb|egg|potato|ghost|scarecrow|boiled ham|troll|goblin)\b"
        r"|\bwhat happened to (?:your|ur|her|his) face\b[^\n]{0,30}?\b(?:hit|run over|ran over|accident)\b",
    ),
    (
        "risk.harassment",
        "es",
        "compared-looks-mocked",
        _ELEVENTH_ES_TARGET
        + r"[^.!?\n\"«»“”]{0,30}?\btiene m[aá]s (?:papada|papadas|barriga|panza|granos|arrugas|pelo en \w+) que (?:pacientes|seguidores|neuronas|suscriptores|repeticiones)\b"
        r"|\b(?:parece|como) (?:un |una )?(?:esqueleto|huevo|vela derretida|papa|patata)\b[^\n]{0,20}?(?:jaja\w*|qu[eé] asco|da asco|horrible|😂)"
        r"|\b(?:alguien|gente|una chica|un chico|mujeres|hombres) (?:de|con) (?:tu|su|ese|esa) (?:talla|tamaño|peso|edad)\b[^.!?\n]{0,20}?\bno (?:deber[ií]a|puede|tiene que)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "compared-looks-mocked",
        r"\b(?:как|похож\w* на) (?:скелет|яйцо|оплывш\w+ свеч\w+|картошк\w+)\b[^\n]{0,30}?(?:жуть|противно|мерзко|фу\b|смотреть (?:страшно|противно|тошно))"
        r"|\b(?:с (?:твоим|таким|её|его) (?:весом|размером|возрастом|телом))\b[^.!?\n]{0,20}?\b(?:нельзя|не стоит|не надо|не должн\w+|не место)\b"
        r"|\bу (?:\w+ )?"
        + _ELEVENTH_RU_ROLE
        + r" больше (?:подбородков|складок) чем\b|\bкакая (?:попа|жопа|задница|грудь) у "
        + _ELEVENTH_RU_ROLE,
    ),
    # ------------------------------------------------------------ an accent, a stutter, a voice or a disability mocked
    (
        "risk.harassment",
        "en",
        "speech-condition-mock",
        r"\b(?:d-d-d|b-b-b|p-p-p|t-t-t|w-w-w|s-s-s|m-m-m|k-k-k|c-c-c|g-g-g|h-h-h|f-f-f)-?\w*|\b(?:the (?:\w+ )?(?:guest|host|doc|doctor|nurse) with (?:the |a )?(?:stutter|stammer|lisp|tremor|limp)|(?:stutter|stammer|lisp)(?:ing)? (?:doc|doctor|host|guest|nurse))\b[^\n]{0,40}?(?:\blol\b|\blmao\w*|😂|🤣|\bhaha\w*)"
        r"|\b(?:"
        + _ELEVENTH_EN_ROLE
        + r"|you|u|she|he)\b[^.!?\n]{0,20}?\b(?:talks?|speaks?|sounds?) like (?:a |an )?(?:robot|retard|r-word|call center|caveman|toddler)\b"
        r"|\b(?:can'?t|cant|cannot) (?:even )?(?:speak|talk) (?:english|properly|right|normal)\b|\blearn (?:to speak|english|to talk) (?:first|properly|before)\b"
        r"|\b(?:shut|turn off) (?:that|this|her|his) (?:squeaky|whiny|annoying|nasal|screechy|horrible) voice\b"
        r"|\b(?:hands?|head) (?:shake|shakes|shaking) (?:so much )?(?:lol|lmao|😂)|\b(?:parkinson'?s|tourette'?s|autism|autistic) much\b"
        r"|\bwhy (?:did|do) they (?:bring|let|invite|hire) (?:the |a |that )?(?:one-legged|one legged|crippled?|disabled|wheelchair|blind|deaf)\b",
    ),
    (
        "risk.harassment",
        "es",
        "speech-condition-mock",
        r"\baprend(?:e|an|a) a hablar (?:primero|bien|español)\b|\b(?:"
        + _ELEVENTH_ES_ROLE
        + r"|t[uú])\b[^.!?\n]{0,30}?\bhabla(?:s)? como (?:un |una )?(?:robot|retrasad[oa]|subnormal|cavern[ií]col[oa]|beb[eé])\b"
        r"|\bque no hable m[aá]s\b|\b(?:con )?(?:esa|su) voz de (?:pito|ardilla|rata|pato)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "speech-condition-mock",
        r"(?:"
        + _ELEVENTH_RU_ROLE
        + r"|\bты)\b[^.!?\n]{0,30}?\bговорит\w* как (?:робот|умственно отстал\w+|дебил\w*|даун\w*|ребёнок|имбецил\w*)"
        r"|\bнаучи\w* (?:сначала )?(?:говорить|разговаривать) (?:по-русски|нормально)?|(?:"
        + _ELEVENTH_RU_ROLE
        + r")[^.!?\n]{0,40}?\bпусть (?:молчит|заткнётся|не разговаривает)\b"
        r"|\bчто (?:\w+ )?(?:инвалид\w*|колясочник\w*|карлик\w*) делает на\b[^\n]{0,40}?(?:жалк\w+|позор\w*|смешно|ахах\w*)",
    ),
    # ------------------------------------------------------------ an identity marker said to unfit someone for patients
    (
        "risk.harassment",
        "en",
        "unfit-identity",
        r"\b(?:(?:the |that |this )?(?:\w+ )?(?:guy|doc|doctor|nurse|lady|woman|man|one) (?:in|wearing|with) (?:a |the )?(?:hijab|turban|headscarf|burqa|niqab|kippah|yarmulke)|m\*?slims?|muslims?|jews?|arabs?|chinese|mexicans?|africans?|indians?|immigrants?|foreigners?|gays?|g\*ys?|trans (?:people|women|men)|men in dresses)\b"
        r"[^.!?\n]{0,30}?\b(?:shouldn'?t|should not|must not|can'?t|cannot) (?:be )?(?:allowed )?(?:to )?(?:treat|treating|near|around|touch|work with|be trusted with) (?:\w+ )?(?:patients|people|kids|children|hospitals|us)\b"
        r"|\b(?:is|are) (?:obviously |clearly )?wrong,? they(?:'re| are) all (?:backward|liars|the same|primitive)\b|\bthey all lie\b",
    ),
    (
        "risk.harassment",
        "es",
        "unfit-identity",
        r"\b(?:(?:la|el|esa|ese) (?:\w+ )?(?:de|con) (?:turbante|velo|hiyab|hijab|burka|kip[aá])|musulman\w+|jud[ií]\w+|moros?|moras?|chinos?|negr[oa@]s?|sudacas?|inmigrantes?|extranjer[oa]s?|gays?|travestis?)\b"
        r"[^.!?\n]{0,30}?\b(?:que no toque|no deber[ií]a(?:n)? (?:tocar|atender|tratar|presentar|ejercer|estar)|seguro no sabe nada|no sabe nada)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "unfit-identity",
        r"\b(?:\w+ )?(?:в платке|в хиджабе|в тюрбане|в парандже|мусульман\w*|евре\w+|чурк\w+|приезж\w+|гастарбайтер\w*|геи|гей)\b[^.!?\n]{0,30}?(?:ничего не понима\w+|нельзя подпускать|не должн\w+ (?:лечить|работать)|пусть не (?:лечит|трогает))",
    ),
    # ------------------------------------------------------------ sexual remarks about the host or staff
    (
        "risk.harassment",
        "en",
        "host-sexualised",
        r"\bprivate (?:workout|session|lesson|class|exam|checkup|check-up|show)\b[^\n]{0,30}?\b(?:in (?:my|your|ur) bed|in bed|in my bedroom|in my room)\b"
        r"|\b(?:focus|zoom) (?:on|in on) (?:her|his|the host'?s|the trainer'?s) (?:backside|butt|ass|booty|chest|boobs|legs|thighs)\b|\bflexible in other ways\b"
        r"|\b(?:"
        + _ELEVENTH_EN_ROLE
        + r"|host'?s|her|his)\b[^.!?\n]{0,30}?(?:🥵|🤤|🍑|😏|👅|💦)[^\n]{0,20}?\b(?:number|digits|dm me|snap|insta)\b"
        r"|\bkiss the (?:camera|screen|lens) babe\b|\b(?:dm|text|message) me,? (?:babe|baby|sexy|hottie|gorgeous)\b|\b(?:lips|legs|body) (?:are|is) (?:so )?distracting\b",
    ),
    (
        "risk.harassment",
        "es",
        "host-sexualised",
        r"\b(?:clases?|sesi[oó]n|entreno|masaje|consulta|revisi[oó]n) (?:privad[oa]s?|particular(?:es)?)\b[^\n]{0,20}?\ben (?:mi|tu|la) cama\b"
        r"|\b(?:me )?revis[ae] (?:a m[ií] )?en privado\b[^\n]{0,10}?(?:😏|😉|🥵|🤤)|\b"
        + _ELEVENTH_ES_ROLE
        + r"\b[^\n]{0,40}?\bme pone\b[^\n]{0,6}?(?:🥵|🤤|🍆|💦|😏|caliente|cachond\w+)"
        r"|\bp[aá]same tu n[uú]mero,? (?:guapa|preciosa|mamacita|bonita|reina|hermosa)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "host-sexualised",
        r"\b(?:частн\w+|индивидуальн\w+|личн\w+) (?:тренировк\w+|занят\w+|урок\w*|осмотр\w*|консультаци\w+)\b[^\n]{0,40}?(?:в постели|в кровати|у меня дома)"
        r"|\bосмотрите меня (?:лично|наедине|поближе)\b[^\n]{0,6}?(?:😏|😉|🥵|🤤)|(?:"
        + _ELEVENTH_RU_ROLE
        + r")[^\n]{0,20}?(?:🥵|🤤|🍑)[^\n]{0,20}?(?:номер|телефон|телефончик)",
    ),
]
_ELEVENTH_HARASS += [
    # ------------------------------------------------------------ looks that should be hidden, an age sent away, a group barred from a field
    (
        "risk.harassment",
        "en",
        "hide-looks-mocked",
        r"\bwith (?:that|those|such|a) (?:\w+ )?(?:teeth|face|nose|body|belly|gut|legs|thighs|arms|skin|voice|hair|wig)\b,? (?:you|u|she|he|they)?\s?(?:shouldn'?t|should not|better not|had better not|should never|can'?t|really shouldn'?t) (?:\w+ )?(?:smile|talk|speak|show|wear|post|be on|go out|sing|laugh)\b"
        r"|\bat (?:your|ur|her|his) age,? (?:you|u|she|he) (?:should|belong|'?d better|need to) (?:be )?(?:in (?:a )?(?:nursing home|care home|grave|coffin)|retire|die|stay home)\b",
    ),
    (
        "risk.harassment",
        "ru",
        "hide-looks-mocked",
        r"\bс (?:такими|такой|таким|этими|этой|этим) (?:\w+ )?(?:зубами|лицом|рожей|носом|фигурой|животом|ногами|голосом|кожей|волосами)\b,? (?:тебе |ей |ему )?(?:лучше не|нельзя|не стоит|не надо|не вздумай) (?:\w+ )?(?:улыбаться|улыбайся|говорить|показываться|выходить|петь|смеяться|носить|снимать\w*)"
        r"|\bв (?:твоём|твоем|вашем|её|ее|его|таком) возрасте (?:\w+ )?(?:пора|надо|нужно|место) (?:уже )?(?:на кладбище|в гроб|в дом престарелых|на пенсию|в богадельню|помирать|умирать)"
        r"|\b(?:баб(?:ам|ы)?|женщин(?:ам|ы)?|девк(?:ам|и)) (?:в|на) (?:наук\w+|медицин\w+|спорт\w*|эфир\w*|хирурги\w+|политик\w+|армии|технике|программировани\w+) (?:не место|не нужны|нечего делать|делать нечего)"
        r"|\b(?:голос|голосок) (?:\w+ )?(?:мерзк\w+|противн\w+|пискляв\w+|писклив\w+|ужасн\w+)\b[^.!?\n]{0,20}?(?:уши вянут|кровь из ушей|уши в трубочку|уши болят)",
    ),
    (
        "risk.harassment",
        "es",
        "hide-looks-mocked",
        r"\b(?:esa|ese|la|el) (?:loc[oa]|chiflad[oa]|psic[oó]pata|bipolar) (?:deber[ií]a|tendr[ií]a que|tiene que) estar (?:encerrad[oa]|internad[oa]|en un manicomio|atad[oa])\b"
        r"|\b(?:vaya|qu[eé]|menuda) pinta de (?:drogadict[oa]|yonqui|borrach[oa]|indigente|vagabund[oa]|delincuente|put[oa]|travesti) tiene (?:el|la|ese|esa) (?:\w+ )?"
        + _ELEVENTH_ES_ROLE
        + r"\b",
    ),
]
COMPOSITIONS += _split(_ELEVENTH_HARASS)
