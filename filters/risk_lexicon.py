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


def _w(*stems: str) -> str:
    """Whole words starting with any of ``stems`` (a stem ending in ``$`` must end there)."""
    parts = [s[:-1] + r"\b" if s.endswith("$") else s + r"\w*" for s in stems]
    return r"\b(?:" + "|".join(parts) + ")"


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
    "regulator": _w(
        "fda$",
        "ftc$",
        "hhs$",
        "ocr$",
        "bbb$",
        "cms$",
        "medical board",
        "state board",
        "nursing board",
        "board of (?:medicine|pharmacy|nursing)",
        "attorney general",
        "health (?:dept|department)",
        "state health",
        "regulator",
        "licensing board",
        "consumer protection",
        "better business bureau",
        "ombudsman",
        "joint commission",
        "dea$",
    ),
    "report_verb": r"\b(?:report(?:ing|ed)?|complain(?:ing|ed)?|file[ds]? (?:a )?complaint|filing (?:a )?complaint|writing to|write to|contact(?:ing|ed)? (?:the )?|call(?:ing|ed)? (?:the )?|talk(?:ing)? to (?:the )?|tell(?:ing)? (?:the )?)\b",
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
    "degrade": r"\b(?:ugly|fat|fatso|fatass|obese|disgusting|gross|hideous|worthless|useless|pathetic|stupid|dumb|idiot|moron|loser|virgin|freak|pig|cow|whale|hag|trash|garbage|subhuman|animal|ape|monkey|creep|clown|waste of space|waste of oxygen|braindead|brain ?dead|incel|simp|brainless|talentless|clueless|fraud|imbecile|cretin|dimwit|halfwit|dumbass|dipshit|scum|scumbag|lowlife|degenerate|parasite|buffoon|failure|disgrace|embarrassment|abomination|eyesore|troglodyte|neanderthal|repulsive|revolting|vile|wretched|unwatchable|insufferable|unbearable|idiotic|dense|airhead|bimbo|skank|hag|slob|swine|leech)\b",
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
    "sexual": r"\b(?:nice|great|big|huge|sexy|hot) (?:tits|boobs|ass|butt|rack|legs|thighs|booty|cans|melons)\b|\b(?:show|flash|shake|twerk) (?:us |me )?(?:ur|your|those|them|the) (?:tits|boobs|ass|butt|body|feet|booty|cleavage)\b|\b(?:fun|good|great|wild) in bed\b|\bdsl\b(?! (?:speed|line|modem|connection|router|internet)s?\b)|\bdick sucking\b|\bsuck (?:my|me)\b|\bsit on my\b|\b(?:whats|what'?s|send|drop|give me) (?:ur|your) (?:snap|number|nudes|pics)\b|\bsend (?:me )?nudes\b|\b(?:i'?d|id|i would|wanna|want to) (?:smash|fuck|bang|rail|ruin|breed|eat) (?:her|you|u|that)\b|\bfacing the camera\b|\bthat ass\b|\b(?:get|got|be|go) on (?:your|ur) knees (?:for|4) me\b|\bsugar daddy\b",
    "body_mock": r"\b(?:too|so|that|this|such a) (?:fat|ugly|old|skinny|fugly|gross|disgusting|hideous)\b"
    + GAP
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
    "sexual": r"\b(?:qu[ée]|bonito|rico|tremendo|(?:tienes|tiene|ten[eé]s) (?:un )?buen) (?:culo|culazo|tetas|tetonas?|pechos|nalgas|piernas|trasero)\b|\b(?:mamacita|mami rica|ricura)\b|\bponte de espaldas\b|\b(?:ens[eé][ñn]a|mu[eé]stra(?:nos)?|ense[ñn]anos) (?:las |el |tus )?(?:tetas|culo|pechos)\b|\bte (?:har[ií]a|dar[ií]a|coger[ií]a|cog[ií]a)\b",
    "slur": _w(
        "maric[oó]n",
        "marica",
        "puto$",
        "sudaca",
        "negrata",
        "indio (?:ignorante|de mierda|pat)",
        "pinche indio",
        "retrasad",
        "mongol",
        "subnormal",
        "tortillera",
        "travelo",
        "zorra",
        "puta$",
        "perra$",
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
    + r"\b(?:сиськи|грудь|жопу|попу|ножки|сиси|трусы)\b|\b(?:классная|шикарная|хорошая) (?:жопа|задница|грудь|попа)\b|\bя бы (?:ее|её|тебя) (?:трахнул|отодрал|вдул)\b",
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
#: (category, language, name, pattern): the clause compositions of every category.
COMPOSITIONS: list[tuple[str, str, str, str]] = [
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
        _c(_ENG, "address", NEAR, "slur") + "|" + _c(_ENG, "slur", r"[\s,!]{1,3}(?:you|u)\b"),
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
            r"\b(?:ты|вы|этот|эта|это|ведущая|ведущий|тренер|доктор|врач)\s+(?:(?:такой|такая|просто|реально|же|тупой|тупая)\s+)?",
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
        + r"\bcartas? de despedida\b|\b(?:perd[oó]n|lo siento|perdonen) por ser (?:una )?carga\b|\bsoy una carga\b|\b(?:mi|es mi|este es mi) [uú]ltimo directo\b|\bya no me (?:van a )?ver[aá]n m[aá]s\b|\bme mato hoy\b|\bhoy lo hago\b",
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
_EN_ROLE = r"(?:host|streamer|doc|doctor|dr\. ?\w+|dr \w+|nurse|coach|trainer|physio|pharmacist|mod|receptionist|surgeon|cardiologist|therapist|presenter|instructor|guy|girl|woman|lady|chick|dude)"
_EN_STAFF = r"(?:host|streamer|doc|doctor|dr\. ?\w+|dr \w+|nurse|coach|trainer|physio|pharmacist|mod|receptionist|surgeon|cardiologist|therapist|presenter|instructor)"
_EN_GROUP = r"(?:wom[ae]n|girls|females|jews?|j3ws?|muslims?|hijabis?|blacks?|black (?:people|folks|guys|women|nurses?|doctors?)|mexicans?|chinese|indians?|asians?|arabs?|africans?|gypsies|gypsy|immigrants?|foreigners?|migrants?|refugees?|gays?|gay people|lesbians?|trans (?:people|women|folks)|cripples|retards|autistics?|old (?:people|folks|farts|hags)|boomers?|grannies|fatties|fat people)"
#: After a nationality, a thing and not its people: "the chinese takeout smells amazing", "mexican food".
_EN_NOT_PEOPLE = (
    r"(?! (?:food|restaurants?|takeout|take-out|take out|place|spot|buffet|cuisine|dish(?:es)?|tea|market|store|"
    r"shop|grocery|bakery|food truck|truck|movies?|films?|shows?|dramas?|music|songs?|new year|medicine|herbs?|"
    r"remed(?:y|ies)|clinic|pharmacy|products?|brands?|cars?|phones?|apps?|soup|noodles|rice|spices?)\b)"
)
_EN_ANIMAL = r"(?:monkey|monkeys|gorilla|ape|apes|pig|pigs|cow|cows|whale|cockroach|cockroaches|rat|rats|vermin|parasite|parasites|animal|animals|dog|dogs|horse|donkey|hambeast|landwhale|pedo|pedophile|streetwalker|hooker|prostitute|sweeper)"
_EN_EXTRA: list[tuple[str, str, str, str]] = [
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
        + r"\b"
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
        r"\b(?:won'?t|wont|will not) see me (?:in (?:the )?chat |here |on here )?again\b|\bthis is my last (?:stream|message|post|comment|time)\b(?![^\n]{0,40}\b(?:gotta|got to|cook|dinner|bed|sleep|job|moving|as an? |before|for now|for today|for tonight|see (?:you|ya|u)|tomorrow|next (?:week|time|stream)|until)\b)|\bgoodbye for (?:good|real|ever)\b|\b(?:wrote|writing|left|written) (?:a |my )?(?:goodbye |suicide |last |farewell )(?:notes?|letters?)\b|\b(?:left|wrote) a note for my\b|\bwrote (?:goodbye )?letters to (?:my|all my) (?:kids|children|family|parents|wife|husband)\b|\b(?:goodbye|suicide) note\b|\b(?:sorted|sorting) (?:out )?my (?:things|affairs|stuff)\b|\bgiving away my (?:stuff|things|cat|dog|pets?)\b|\b(?:won'?t|wont) be around for\b|\btake care of my (?:mom|mum|dad|kids|cat|dog) for me\b|\btell my \w+ i loved\b",
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
        r"\b(?:report\w*|complain\w*|going|go|went|letter|emailed|wrote|write|writing to|lodged|filed|written|writing|escalat\w*|sent)\b"
        + GAP
        + r"\b(?:to|with) (?:the )?(?:medical board|state board|pharmacy board|state pharmacy board|board of (?:nursing|medicine|pharmacy)|nursing board|gmc|cqc|tga|hpcsa|nmc|medicare|medicaid|trading standards|health department|department of health|health dept|attorney general|better business bureau|bbb|consumer protection(?: agency)?|ombudsman|fda|ftc|medical (?:and dental )?council|licensing board|regulator)\b|\b(?:the )?(?:medical board|state board|pharmacy board|board of (?:nursing|medicine|pharmacy)|nursing board|gmc|cqc|tga|ombudsman|trading standards|health department|attorney general|medical council)\b"
        + GAP
        + r"\b(?:will hear|will get|will be getting|is getting|hear about this|get a (?:full )?report|getting a letter)\b|\bis going to the (?:gmc|cqc|tga|medical board|board|regulator|ombudsman)\b|\bgetting reported to\b",
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
_EN_CLAIMS: list[tuple[str, str, str, str]] = [
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
_SCAMS: list[tuple[str, str, str, str]] = [
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


#: Compositions whose alternatives are each a sequence of concepts ("an offer, then a channel" | "a channel,
#: then an offer"): each alternative becomes a composition of its own ("offer-off-platform",
#: "2-offer-off-platform"...), so the shared gate asks for every concept of it, not for any word of either.
_SPLIT = frozenset({"offer-off-platform", "no-doctor", "private-remedy", "counsel-involved"})
_SCAMS = [
    (category, lang, name if k == 1 else f"{k}-{name}", part)
    for category, lang, name, pattern in _SCAMS
    for k, part in enumerate(_alternatives(pattern) if name in _SPLIT else [pattern], 1)
]
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
_CLAIMS_MORE: list[tuple[str, str, str, str]] = [
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
_EN_REGULATOR = r"(?:medical board|state board|nursing board|pharmacy board|licensing board|the board|labor board|fda|ftc|bbb|better business bureau|attorney general(?:'s)?|ag|health department|health ombudsman|ombudsman|cqc|gmc|hhs|ocr|cofepris|profeco|police)"
_LEGAL_MORE: list[tuple[str, str, str, str]] = [
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
        r"|\b(?:forward(?:ing)?|send(?:ing)?|sent|email(?:ed|ing)?)\b[^.!?\n]{0,30}?\bto (?:my |the )?(?:attorney|lawyer|"
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
_LEGAL_MORE = [
    (category, lang, name if k == 1 else f"{k}-{name}", part)
    for category, lang, name, pattern in _LEGAL_MORE
    for k, part in enumerate(_alternatives(pattern) if name in _SPLIT else [pattern], 1)
]
COMPOSITIONS.extend(_LEGAL_MORE)

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
    r"(?<!\bnot )(?<!\bno )(?<!\bне )\b(?:is a scam|are (?:a )?scams?|es (?:una )?estafa|son (?:una )?estafa|son estafadores|es fraude"
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
)
#: A question whose aim is death or harm ("how many pills to die in my sleep", "para que se pare", "чтобы умереть во
#: сне", belongings given away "after friday") asks for a method, not for medical advice: self-harm, never advice.
SELF_HARM_AIM = (
    r"\b(?:to die|for die|die in (?:my )?sleep|stop my (?:heart|life)|(?:heart|it) (?:to )?stop\b|to be final|do myself in"
    r"|make it quick(?:er)?|i want it quick|won'?t be needing|after friday|para morir|morir dormid[oa]|para que se (?:me )?pare"
    r"|no los voy a (?:usar|necesitar)|despu[eé]s del viernes|чтобы умереть|умереть во сне|чтобы сердце останов\w+"
    r"|после пятницы|мне уже не надо)\b"
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
        r"\b(?:it|this|things) (?:won'?t|wont|will not|ain'?t gonna|is not gonna) be pretty\b|\band see what happens to (?:your|ur|the|this|that)\b|\b(?:somebody|someone|one of (?:you|them)) (?:at|from|in|on) (?:that|your|ur|the|this) \w+ (?:dies|will die|is gonna die|gonna die) too\b|\baccidents (?:happen|can happen) to (?:people|doctors|hosts|nurses|streamers|snitches|those|\w+s) (?:who|that)\b|\bwait (?:till|until) (?:you|u) (?:walk out|leave|get home|come out|step outside|get to (?:your|ur) car)\b",
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
        r"\b(?:dejo|dejar[eé]|voy a dejar) (?:la|el|mis|las) (?:\w+ )?(?:insulina|pastillas|medicinas|tratamiento|di[aá]lisis)\b[^\n]{0,60}\b(?:me muero|morir|eso (?:voy a hacer|quiero)|es mi plan)\b|\bpregunto por m[ií]\b|\bes mi [uú]ltim[oa] (?:mensaje|comentario|directo)\b",
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
_FIFTH: list[tuple[str, str, str, str]] = [
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
        "throw-away-treatment",
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
        r"\b(?:report(?:ed|ing)?|taking|take|took|going|go|went|bringing|bring|complain(?:ed|ing)?|escalat\w+)\b (?:this |it |you |them |your \w+ )?(?:to|with) (?:the )?(?:asa|mhra|tga|da|district attorney|(?:state )?attorney general'?s?(?: office)?|dea|oig|ocr|hhs|fda|ftc|cqc|gmc|medical board|licensing board|nursing board|state board|health department|police|cops)\b",
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
_FIFTH = [
    (category, lang, name if k == 1 else f"{k}-{name}", part)
    for category, lang, name, pattern in _FIFTH
    for k, part in enumerate(_alternatives(pattern), 1)
]
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
_SIXTH: list[tuple[str, str, str, str]] = [
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
_SIXTH = [
    (category, lang, name if k == 1 else f"{k}-{name}", part)
    for category, lang, name, pattern in _SIXTH
    for k, part in enumerate(_alternatives(pattern), 1)
]
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
_RU_BODY = r"(?:рож(?:а|у|ей|ей|ища)|морд(?:а|у|ой|ень)|хар(?:я|ю|ей)|рыл(?:о|ом)|жоп(?:а|у|ой|ища)|задниц(?:а|у|ей)|ляжк(?:и|ами)|ног(?:и|ами)|нос(?:ом|яра|ярой)?|зуб(?:ы|ами)|уш(?:и|ами)|пуз(?:о|ом|ико)|брюх(?:о|ом)|живот(?:ом)?|щ[её]к(?:и|ами)|лоб|лысин(?:а|ой)|прыщ(?:и|ами)|бород(?:а|ой)|усы|усами|сиськ(?:и|ами)|фигур(?:а|ой)|голос(?:ом)?|кож(?:а|ей)|подбород\w+|бок(?:а|ами))"
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
        r"|\b(?:this is|consider this) my (?:final |last )?(?:goodbye|farewell|last message|suicide note|last post)\b(?![^\n]{0,40}\b(?:gotta|got to|cook|dinner|bed|sleep|job|moving|as an? |before|for now|for today|for tonight|see (?:you|ya|u)|tomorrow|next (?:week|time|stream)|until)\b)"
        r"|\b(?:goodbye|bye|farewell) (?:everyone|everybody|all|chat|world|guys|y'?all|friends)\b(?=[^\n]{0,60}\b(?:forever|for good|for the last time|thanks for everything|thank you for everything|sorry for everything|i love you all|it was nice knowing|won'?t see me again|last time)\b)"
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
_EN_ROLE_ANY = r"(?:host|streamer|doc|doctor|nurse|coach|trainer|pharmacist|surgeon|cardiologist|presenter|instructor|physio|therapist|lady|woman|guy|dude|man)"
_ES_ROLE_ANY = r"(?:presentador[a]?|entrenador[a]?|enfermer[oa]|doctor[a]?|m[eé]dic[oa]|coach|farmac[eé]utic[oa]|host|cirujan[oa]|cardi[oó]log[oa]|tipa?|señor[a]?|mujer|hombre)"
_RU_ROLE_ANY = r"(?:врач\w*|врачих\w*|доктор\w*|докторш\w*|ведущ\w+|тренер\w*|тренерш\w*|медсестр\w*|фармацевт\w*|хирург\w*|кардиолог\w*|блогер\w*|тётк\w+|тетк\w+|мужик\w*|баб\w+)"
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
        "masked-slur",
        r"\b(?:ch\*nk|ch1nk|chi\*k|sp\*c|sp1c|tr\*nny|tr\*nnies|f\*g|f\*gs|f\*ggot|f\*gg0t|n\*gg\w*|k\*ke|wh\*re|wh0re|sl\*t|sl00t|sl0t|r\*tard\w*)(?!\w)",
    ),
    (
        "risk.harassment",
        "en",
        "sexual-host",
        r"\b(?:turn around|bend over|bends over|bending over|face the camera)\b[^.!?\n]{0,40}\b(?:booty|ass|butt|tits|boobs|again|for us|for me|🤤|😏|😈)"
        r"|\b(?:send|dm|show) (?:me |us )?(?:pics|photos|nudes|a pic|more) (?:of )?(?:that|your|ur|those) (?:booty|ass|butt|tits|boobs|body|feet|legs)\b"
        r"|\b(?:i'?d|i would) (?:let (?:her|him) check|fake a heart attack|get sick)\b[^.!?\n]{0,40}\b(?:more than my|just (?:so|to) (?:she|he|you|u) (?:could|can|would)|(?:hands|lips) on (?:my|me))\b"
        r"|\b(?:wanna|want to|i'?d|would) f[*u]ck (?:the|that|this|her|him|you|u)\b|\b(?:screenshot\w*|saving|saved|rewatch\w*|replay\w*) (?:\w+ ){0,3}(?:the |that |this )?(?:nurse|host|doc|doctor|trainer|coach|pharmacist|streamer|presenter)\b[^.!?\n]{0,40}(?:for later|private|collection|😏|🤤|😈)|\b(?:rewatch\w*|replay\w*) (?:\w+ ){0,3}the part where (?:she|he|the \w+) bends",
    ),
    (
        "risk.harassment",
        "es",
        "sexual-host",
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
        "sexual-host",
        r"\b(?:как(?:ая|ие|ой) (?:\w+ )?|ради таких |за таких |с такими |у (?:неё|нее|ведущ\w+|медсестр\w+|докторш\w+|врачих\w+|тренерш\w+) )(?:груд(?:ь|и|ью)|сиськ\w*|сисек|сиси|жоп\w*|попк\w*|попой|задниц\w*|ножк\w*|ног(?:и|ами))\b(?=[^.!?\n]{0,40}(?:давлени|пульс|встал|поднял|слюн|на приём|на прием|🤤|😏|😈|🔥|\bу (?:ведущ|медсестр|докторш|врачих|тренерш)))"
        r"|\b(?:я бы|хочу|хотел бы) (?:её|ее|эту|тебя)?\s*(?:вые\W{0,3}\w*|выеб\w*|вы[*]+\w*|тр[*]х\w*|отодрал|поимел|вдул|натянул)\b"
        r"|\b(?:сохраняю|сохранил\w*|собираю|коллекционирую) (?:скрин\w*|фотк\w*|фото|кадр\w*) (?:\w+ )?(?:медсестр\w+|ведущ\w+|докторш\w+|врачих\w+|тренерш\w+)\b",
    ),
    (
        "risk.harassment",
        "es",
        "masked-slur",
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
        "group-vermin",
        "role-degraded",
        "sexual-host",
        "veiled-concept",
        "intent-concept",
        "fate-concept",
        "contempt",
        "means-asked",
    }
)
_FIRST_SPLIT = next(i for i, c in enumerate(COMPOSITIONS) if c[2] == "likened")
COMPOSITIONS[_FIRST_SPLIT:] = [
    (category, lang, name if k == 1 else f"{k}-{name}", part)
    for category, lang, name, pattern in COMPOSITIONS[_FIRST_SPLIT:]
    for k, part in enumerate(_alternatives(pattern) if name in _SPLIT_CONCEPTS else [pattern], 1)
]
