"""Word lists behind the privacy filter: context keywords, health terms, names (English, Spanish, Russian).

Everything here is immutable data. :data:`KEYWORDS` is compiled once into an
Aho-Corasick automaton (:mod:`filters.privacy.keywords`) so that one C-speed
pass over the lower-cased message tells the filter which detectors are worth
running at all.
"""

from __future__ import annotations

from filters.privacy import address_data as ad

# Keyword kinds (the value stored in the automaton).
BIRTH = "birth"
EVENT = "event"
MRN = "mrn"
MEMBER = "member"
SSN = "ssn"
IDNUM = "idnum"
CARD = "card"
VETO = "veto"
VERSION = "version"
EMAIL_HINT = "email_hint"
CONDITION = "condition"
CONDITION_STEM = "condition_stem"
ADDRESS = "address"
"""A condition written as a stem: inflected endings are accepted (Russian, Spanish)."""

#: Words that put a date in a birth context.
BIRTH_WORDS = (
    "born", "dob", "d.o.b", "d.o.b.", "date of birth", "birthday", "bday", "b-day", "b'day", "birthdate",
    "birth date", "fecha de nacimiento", "nació", "nacio", "nacida", "nacido", "naci", "nací", "cumpleaños",
    "cumpleanos", "cumple", "f. de nac", "дата рождения", "даты рождения", "родился", "родилась", "родился",
    "день рождения", "днюха", "д.р.", "г.р.",
)

#: Words that tie a date to something other than birth (appointments, refills, deliveries).
EVENT_WORDS = (
    "appointment", "appt", "refill", "refills", "visit", "surgery", "scheduled", "schedule", "due", "follow-up",
    "follow up", "followup", "deadline", "results", "shipped", "delivery", "delivered", "booked", "procedure",
    "vaccine", "shot", "booster", "discharge", "discharged", "admitted", "expires", "expiry", "exp", "until",
    "starting", "stream", "event", "webinar", "cita", "consulta", "turno", "entrega", "vence", "vacuna",
    "приём", "прием", "запись", "визит", "операция", "операцию", "доставка", "эфир", "стрим",
)

MRN_WORDS = (
    "mrn", "mrn#", "mr#", "mr #", "medical record", "med record", "med rec", "medical records number",
    "record number", "record #", "record no", "record no.", "patient id", "patient number", "patient #",
    "patient no", "pt id", "pt#", "pt #", "chart number", "chart #", "chart no", "chart id", "hospital number",
    "hospital id", "hospital #", "emr #", "emr number", "expediente", "número de expediente",
    "numero de expediente", "historia clínica", "historia clinica", "número de paciente", "numero de paciente",
    "id de paciente", "медкарты", "медкарта", "медицинской карты", "медицинская карта", "истории болезни",
    "история болезни", "номер пациента", "карта пациента", "карты пациента",
)

MEMBER_WORDS = (
    "member id", "member #", "member number", "member no", "members id", "member's id", "memberid",
    "subscriber id", "subscriber number", "subscriber #", "policy number", "policy #", "policy no", "policy id",
    "insurance id", "insurance number", "insurance #", "insurance card number", "medicaid id", "medicaid #",
    "medicaid number", "medicare number", "medicare #", "medicare id", "mbi", "beneficiary id",
    "beneficiary number", "health plan id", "plan member", "id de miembro", "número de afiliado",
    "numero de afiliado", "afiliado", "número de póliza", "numero de poliza", "póliza", "poliza",
    "número de seguro médico", "numero de seguro medico", "полис", "полиса", "номер полиса", "омс", "дмс",
)

SSN_WORDS = (
    "ssn", "ssn#", "ss#", "social", "soc", "ss #", "social security", "social security number", "social sec", "soc sec",
    "seguro social", "número de seguro social", "numero de seguro social", "nss", "ssns", "ss no", "ss no.",
    "ss number", "social security #", "social security no", "social security no.",
)

#: Licence, account, device and vehicle identifiers.
IDNUM_WORDS = (
    "driver's license", "drivers license", "driver license", "driver's licence", "drivers licence",
    "driving licence", "driving license", "dl#", "dl #", "dl number", "dl no", "license number", "license #",
    "license no", "licence number", "licence no", "lic#", "lic #", "account number", "account #", "account no",
    "account", "acct", "acct#", "acct #", "bank account", "iban", "passport", "passport number",
    "passport #", "serial number", "serial #", "serial no", "s/n", "device id", "imei", "vin", "vin#",
    "license plate", "licence plate", "plate number", "plate #", "plates", "plate", "tag number",
    "national id", "id card number", "tax id", "itin", "ein", "dni", "nie", "curp", "rfc",
    "licencia de conducir", "licencia", "número de cuenta", "numero de cuenta", "cuenta", "pasaporte",
    "matrícula", "matricula", "placa", "placas", "número de serie", "numero de serie",
    "паспорт", "паспорта", "номер счета", "номер счёта", "счет", "счёт", "водительское удостоверение",
    "водительского удостоверения", "права", "госномер", "номер машины", "снилс", "инн", "серийный номер",
)

CARD_WORDS = (
    "card", "credit card", "debit card", "cc", "visa", "mastercard", "amex", "discover", "tarjeta", "карта",
    "карты", "картой",
)

#: Words that make a long number something other than a personal identifier.
VETO_WORDS = (
    "order", "order #", "order no", "order number", "tracking", "tracking #", "tracking number", "confirmation",
    "conf #", "invoice", "ticket", "case", "case #", "ref", "ref #", "reference", "receipt", "transaction",
    "txn", "pedido", "orden", "número de pedido", "seguimiento", "factura", "заказ", "заказа", "трек",
    "трек-номер", "накладная", "zoom", "meeting id", "room", "promo", "coupon", "code",
    # part, product and bank references, ids of things rather than people
    "part number", "part #", "part no", "model number", "model #", "sku", "item #", "item number", "isbn",
    "lot number", "lot #", "batch number", "routing", "routing number", "aba", "sort code", "swift", "bic",
    "stream id", "user id", "game id", "video id", "post id", "message id", "steam id", "friend code", "build",
    # order and parcel words in the other languages of the desk's audience
    "bestellung", "bestellnummer", "auftrag", "auftragsnummer", "sendung", "sendungsnummer", "rechnung",
    "rechnungsnummer", "commande", "facture", "colis", "suivi", "ordine", "fattura", "spedizione", "encomenda",
    "rastreio", "nota fiscal", "bestelling", "bestelnummer", "factuur", "zamówienie", "faktura", "przesyłka",
    "счёт-фактура", "посылка", "посылки",
)

VERSION_WORDS = (
    "version", "ver", "ver.", "build", "release", "firmware", "update", "patch", "sdk", "api", "app", "ios",
    "android", "python", "node", "chrome", "windows", "versión", "версия", "версии",
)

EMAIL_HINTS = (
    " dot ", "(dot)", "[dot]", "{dot}", "<dot>", "[.]", "(.)", " punto ", " точка ", "(at)", "[at]", "{at}",
    "<at>", " arroba ", " собака ", "gmail", "yahoo", "hotmail", "outlook", "icloud", "protonmail", "proton",
    "yandex", "mail.ru", "aol",
)

#: Street, unit and post-box words of every country the address detector reads (:mod:`.address_data`): the
#: address patterns only run when one of these is present (with a digit).
ADDRESS_WORDS = tuple(
    sorted(
        {
            w.lower()
            for table in (
                ad.USPS_SUFFIXES, ad.OTHER_EN_SUFFIXES, ad.TYPE_FIRST, ad.FRENCH_TYPES, ad.RU_TYPES, ad.BOX_WORDS,
                ad.HOUSE_WORDS,
            )
            for w in table
            if w.lower() not in ad.NOT_SUFFIXES and w.lower() not in ad.NOT_GATES
        }
        | {"-ku", "-shi", "-cho", "chome", "〒", "д."}
        # Indian locality words, rare elsewhere ("Defence Colony", "Ashok Nagar")
        | {"nagar", "colony", "enclave", "vihar", "puram", "layout", "sector", "society", "residency", "chowk",
           "bazar", "bazaar", "marg", "salai", "gali"}
    )
)
#: Endings of one-word street names ("Hauptstraße", "Prinsengracht"): matched inside a word.
ADDRESS_TAILS = tuple(
    w.lower() for w in ad.COMPOUND_TAILS_STRONG + ad.COMPOUND_TAILS_WEAK if w.lower() not in ad.NOT_GATES
)

#: Health conditions, diagnoses, pregnancy and treatments, matched as whole words.
CONDITIONS: tuple[str, ...] = (
    # English
    "hiv", "hiv+", "hiv positive", "hiv-positive", "aids", "cancer", "leukemia", "leukaemia", "lymphoma",
    "melanoma", "tumor", "tumour", "brain tumor", "diabetes", "diabetic", "dementia", "alzheimer's",
    "alzheimers", "alzheimer", "parkinson's", "parkinsons", "schizophrenia", "schizophrenic", "bipolar",
    "bipolar disorder", "depression", "clinical depression", "anxiety disorder", "ptsd", "ocd", "adhd", "autism",
    "autistic", "epilepsy", "epileptic", "seizures", "hepatitis", "hep c", "hep b", "herpes", "chlamydia",
    "gonorrhea", "syphilis", "std", "an std", "stds", "sti", "tuberculosis", "covid", "covid-19", "covid19",
    "coronavirus", "the flu", "influenza", "pneumonia", "stroke", "a stroke", "heart attack", "heart disease",
    "heart failure", "multiple sclerosis", "ms", "als", "lupus", "crohn's", "crohns", "cirrhosis", "anorexia",
    "anorexic", "bulimia", "bulimic", "eating disorder", "addiction", "drug addiction", "overdose", "overdosed",
    "od'd", "miscarriage", "a miscarriage", "pregnant", "pregnancy", "abortion", "an abortion", "chemo",
    "chemotherapy", "radiation therapy", "dialysis", "rehab", "methadone", "suboxone", "mental illness",
    "psychosis", "psychotic", "cystic fibrosis", "sickle cell", "kidney failure", "liver failure", "asthma",
    "copd", "measles", "mpox", "monkeypox", "infertility", "ivf", "transplant", "mastectomy", "sepsis",
    "celiac", "cerebral palsy", "down syndrome", "tourette's", "tourettes", "glaucoma", "psych ward",
    "antidepressants", "antipsychotics", "insulin", "antiretrovirals", "covid positive", "long covid",
    "breast cancer", "prostate cancer", "lung cancer", "colon cancer", "skin cancer", "terminal cancer",
    "postpartum depression", "gender dysphoria", "opioid addiction", "alcoholism", "an eating disorder",
    "surgery", "heart surgery", "flu", "brain surgery", "a tumor", "a brain tumor",
    # Spanish
    "vih", "sida", "cáncer", "leucemia", "linfoma", "demencia", "esquizofrenia", "bipolaridad", "depresión",
    "depresion", "ansiedad", "autismo", "epilepsia", "clamidia", "gonorrea", "sífilis", "sifilis", "ets",
    "gripe", "neumonía", "neumonia", "derrame cerebral", "infarto", "esclerosis múltiple", "esclerosis multiple",
    "cirrosis", "bulimia", "adicción", "adiccion", "sobredosis", "aborto", "aborto espontáneo", "quimio",
    "quimioterapia", "diálisis", "psicosis", "asma", "tumor cerebral", "insuficiencia renal", "trasplante",
    "cirugía", "cirugia", "diabético", "diabética", "diabetico", "diabetica",
    # Russian (short forms listed whole; longer ones are stems below)
    "вич", "спид", "рак", "рака", "раком", "раке", "онкология", "онкологию", "онкологией", "грипп", "гриппом",
    "спидом", "вичем", "аборт", "аборта", "астма", "астмой", "химия", "химии", "химию", "ковид", "ковидом",
    "ковида",
    # English, more conditions, treatments and states
    "pacemaker", "a pacemaker", "alcoholic", "an alcoholic", "fibromyalgia", "sleep apnea", "apnea", "scoliosis",
    "shingles", "mono", "mononucleosis", "tb", "aneurysm", "a brain aneurysm", "high blood pressure",
    "hypertension", "hypothyroidism", "thyroid cancer", "ovarian cancer", "pancreatic cancer", "throat cancer",
    "colon cancer", "testicular cancer", "cervical cancer", "liver cancer", "kidney disease", "kidney stones",
    "heart disease", "bypass surgery", "open heart surgery", "hip replacement", "knee replacement", "hospice",
    "remission", "dementia", "early onset alzheimer's", "stiff person syndrome", "cancer treatment", "chemo",
    "radiation", "endometriosis", "pcos", "infertile", "miscarried", "stillbirth", "gestational diabetes",
    "type 1 diabetes", "type 2 diabetes", "t1d", "t2d", "afib", "a-fib", "atrial fibrillation", "arrhythmia",
    "angina", "heart transplant", "kidney transplant", "liver transplant", "dialysis", "peanut allergy",
    "severe allergy", "anaphylaxis", "epipen", "celiac disease", "ibs", "colitis", "ulcerative colitis",
    "gerd", "migraines", "chronic pain", "long covid", "ms", "als", "huntington's", "huntingtons",
    "muscular dystrophy", "spina bifida", "cerebral palsy", "autism spectrum", "on the spectrum", "asperger's",
    "aspergers", "dyslexia", "deaf", "going deaf", "blind", "going blind", "paralyzed", "paralysed",
    "wheelchair", "amputee", "amputated", "concussion", "tbi", "brain injury", "seizure", "a seizure",
    "bipolar ii", "borderline personality disorder", "bpd", "panic disorder", "panic attacks",
    "social anxiety", "anxiety", "severe depression", "major depression", "suicidal",
    "psych hospital", "mental hospital", "rehab", "detox", "aa", "sober", "relapsed", "opioids", "heroin",
    "meth", "gambling addiction", "alcohol addiction", "hepatitis b", "hepatitis c", "hep a", "hpv", "std",
    "gonorrhoea", "hiv positive", "aids", "lymphoma", "hodgkin's", "hodgkins", "myeloma", "sarcoma",
    "glioblastoma", "mesothelioma", "leukaemia", "tumour", "cyst", "lump", "biopsy", "a biopsy",
    "mastectomy", "double mastectomy", "hysterectomy", "lupus", "sepsis", "covid", "pneumonia", "tuberculosis",
    "measles", "chickenpox", "flu", "strep", "uti", "kidney infection",
    # Spanish, more conditions and their spellings
    "alzhéimer", "alzheimer", "párkinson", "parkinson", "hipertensión", "hipertension", "endometriosis",
    "epilepsia", "bulimia", "anorexia", "esclerosis", "fibromialgia", "lupus", "leucemia", "hepatitis",
    "cáncer de mama", "cancer de mama", "cáncer de pulmón", "cáncer de próstata", "tumor", "quimio",
    "trastorno bipolar", "bipolar", "autista", "sordo", "sorda", "ciego", "ciega", "alcohólico", "alcohólica",
    "alcoholico", "alcoholica", "adicto", "adicta", "ataque al corazón", "ataque cardiaco", "ictus",
    "marcapasos", "diálisis", "dialisis", "esquizofrénico", "esquizofrénica", "depresiva", "depresivo",
    "tuberculosis", "covid", "cirrosis", "asmático", "asmática", "celíaco", "celíaca", "celiaco", "celiaca",
    # German, French and Portuguese: the commonest, for viewers who write in them
    "krebs", "darmkrebs", "brustkrebs", "lungenkrebs", "demenz", "depressionen", "schlaganfall", "herzinfarkt",
    "multiple sklerose", "sclérose en plaques", "sclérose", "diabète", "démence", "dépression", "cancer du sein",
    "endometriose", "câncer", "depressão", "gravidez", "grávida", "gravida", "aids",
)
CONDITIONS = tuple(dict.fromkeys(CONDITIONS))

#: Stems: the word must start at a word boundary, any ending is accepted ("диабет" → "диабетом").
CONDITION_STEMS = (
    "диабет", "деменц", "альцгеймер", "паркинсон", "шизофрен", "биполяр", "депресси", "аутизм", "эпилепс",
    "гепатит", "герпес", "сифилис", "гоноре", "хламиди", "туберкул", "пневмон", "инсульт", "инфаркт",
    "склероз", "цирроз", "анорекс", "булими", "передозир", "выкидыш", "беременн", "химиотерап", "диализ",
    "психоз", "лейкем", "лейкоз", "лимфом", "опухол", "коронавирус", "зависимост", "трансплантац",
    "диагноз", "embarazad", "diagnosticad", "quimioterap", "hospitalizad", "internad",
    "diagnosed", "hospitalized", "hospitalised",
    # Russian: more conditions (any ending: "онкологии", "аутист", "пересаженной почкой")
    "онколог", "аутист", "диабетик", "гипертон", "эндометриоз", "фибромиалг", "сколиоз", "эпилептик",
    "алкоголик", "алкоголизм", "наркоман", "наркозависим", "бесплоди", "пересаж", "кардиостимулятор", "аневризм",
    "лейкеми", "туберкулёз", "вич-положительн", "вич-инфицирован", "инвалид", "глух", "слеп",
    # Spanish inflections
    "diabétic", "esquizofréni", "depresiv", "quimioterapi", "diagnosticaron", "diagnosticó",
)

#: Relation nouns that announce a third person ("my coworker Jane Smith", "mi vecina Ana López").
RELATIONS = frozenset(
    """
    coworker co-worker colleague boss manager supervisor neighbor neighbour friend bff roommate classmate
    teacher professor coach pastor landlord tenant cousin aunt uncle niece nephew sister brother sis bro mom mum
    dad mother father wife husband girlfriend boyfriend gf bf ex partner fiance fiancee fiancé fiancée son
    daughter grandma grandpa grandmother grandfather stepmom stepdad client patient employee student nurse
    doctor streamer buddy mate kid child babysitter nanny
    vecina vecino compañera compañero colega amiga amigo jefa jefe prima primo tía tia tío tio hermana hermano
    mamá mama papá papa madre padre esposa esposo novia novio pareja hija hijo abuela abuelo cuñada cuñado
    suegra suegro maestra maestro profesora profesor paciente cliente
    соседка сосед соседки соседа коллега коллеги подруга подруги друг друга начальник начальника начальница
    брат брата сестра сестры мама мамы папа папы жена жены муж мужа тётя тетя дядя дяди кузина кузен
    одноклассник одноклассница учитель учительница директор знакомая знакомый знакомой знакомого
    stepson stepdaughter stepbrother stepsister twin grandson granddaughter grandkid grandchild grandad granddad
    gramps granny nan nana nanna auntie receptionist assistant secretary coach trainer therapist pastor priest
    rabbi deacon mentor tutor housemate flatmate bestie bestfriend neighbours neighbors in-law sister-in-law
    brother-in-law mother-in-law father-in-law daughter-in-law son-in-law husband's wife's
    profe compa suegra nuera yerno sobrina sobrino nieta nieto madrina padrino ahijada ahijado
    дедушка бабушка дед баба внук внучка племянник племянница сын дочь сосед соседу соседке коллегу свекровь
    тёща теща зять невестка одногруппник одногруппница
    kollege kollegin nachbar nachbarin freund freundin schwester bruder mutter vater mann frau oma opa tante
    onkel cousine chef chefin
    voisin voisine collègue ami amie sœur soeur frère frere mère mere père pere mari femme tante oncle cousine
    vizinho vizinha amigo amiga irmã irmão mãe pai marido esposa avó avô tia tio
    """.split()
)
#: Animals people name like relatives ("our cat Milo has kidney disease" is not a person's health).
PETS = frozenset(
    """
    cat cats kitty kitten dog dogs doggo pup puppy horse pony bird parrot hamster bunny rabbit guinea pig fish
    perro perra perrito gato gata gatito caballo кот кошка котик собака пёс пес щенок
    hund katze chien chat cão cachorro gata gato
    """.split()
)
#: Words that introduce a person by a title or kinship, written before the name ("Grandpa Joe", "дедушка Коля").
PERSON_TITLES = frozenset(
    """
    grandpa grandma granny gramps grandad granddad nana nan papa pop-pop aunt auntie uncle cousin coach officer
    sister brother father mother pastor rabbi deacon reverend rev nurse sgt sergeant captain capt judge
    abuela abuelo tía tia tío tio don doña profe
    дедушка бабушка тётя тетя дядя баба дед
    """.split()
)
#: Words that are never a person's name although written with a capital letter at the start of a sentence.
NOT_PERSON_HEADS = frozenset(
    """
    someone somebody anyone anybody everyone everybody nobody people ppl guy girl lady man woman folks one
    greetings love thanks thank hello hi hey shoutout shout prayers sending news update stream chat video
    today tonight tomorrow yesterday here there everybody alguien nadie todos gente кто-то кто никто все
    """.split()
)

#: Capitalised words that start sentences or name things and are never a first name.
NOT_NAMES = frozenset(
    """
    i i'm im i've the a an this that these those my your his her our their its it he she they we you me us
    and or but so if when what who why how where which hey hi hello yo ok okay lol omg wow yes no not
    thanks thank please pray prayers praying happy merry good great god jesus lord dear sorry just also
    did does do is are was were has have had will would can could should
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today tomorrow yesterday
    dr mr mrs ms miss sr sra srta don doña
    breaking update news live chat stream team doctor nurse mom dad
    mi tu su el la los las un una que y pero hola gracias por favor
    у мой моя мои наш наша это он она они мы вы я и но да нет привет спасибо
    covid hiv aids type stage
    """.split()
)

#: Common first names (nominative; Russian also genitive, used after "у").
FIRST_NAMES = frozenset(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
    donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
    gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
    patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan
    jeremy walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse
    bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby
    russell bradley philip eugene liam lucas oliver owen caleb luke isaac hunter connor evan jake mike tom
    chris dan matt tony steve andy josh ken greg alex nick ben sam jim bob bill dave rick
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
    ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
    cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
    rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
    christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
    frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
    isabella theresa diana natalie brittany charlotte marie kayla alexis lori jane jenny kate katie beth meg
    becky liz sue chloe zoe lily ava mia ella harper aria riley nora hazel violet aurora savannah brooklyn
    leah stella claire lucy skylar paisley everly naomi elena caroline genesis kennedy sadie gabriella
    madelyn adeline maya taylor morgan jasmine tiffany erica erin crystal monica
    josé luis carlos jorge miguel javier antonio manuel francisco pedro alejandro fernando ricardo eduardo
    roberto sergio andrés andres diego pablo raúl raul enrique rafael alberto héctor hector jesús ramón ramon
    guillermo rubén ruben gustavo óscar oscar martín martin ángel angel víctor victor mario arturo alfredo
    emilio ignacio joaquín joaquin santiago mateo sebastián sebastian nicolás nicolas tomás tomas gonzalo
    ana lucía lucia carmen isabel laura marta elena sofía sofia paula cristina pilar rosa dolores teresa
    beatriz silvia patricia mónica raquel alicia gabriela valentina camila daniela mariana fernanda ximena
    guadalupe lupe adriana verónica veronica claudia alejandra andrea natalia carolina julia inés ines irene
    rocío rocio lorena sandra yolanda esperanza consuelo juana josefa marisol paloma nuria
    иван ивана петр пётр петра сергей сергея андрей андрея алексей алексея дмитрий дмитрия михаил михаила
    николай николая владимир владимира александр александра евгений евгения олег олега игорь игоря павел
    павла артем артём артема артёма максим максима никита никиты виктор виктора юрий юрия роман романа
    денис дениса антон антона илья ильи кирилл кирилла константин константина василий василия григорий
    григория борис бориса вадим вадима егор егора тимур тимура
    анна анны мария марии елена елены ольга ольги наталья натальи татьяна татьяны ирина ирины светлана
    светланы екатерина екатерины юлия юлии анастасия анастасии марина марины людмила людмилы галина галины
    дарья дарьи ксения ксении алина алины виктория виктории полина полины вера веры надежда надежды любовь
    любови софья софьи александра валентина валентины оксана оксаны нина нины лариса ларисы маргарита
    маргариты алёна алена алёны алены
    jess jen jenn jenna kim kat kathy cathy becca tash tasha nat nikki vicky sophie lizzie ellie evie maddie
    abby abbie gabby izzy bella tina trish patty deb debbie connie bonnie carol steph sue suzy tammy tracy
    priya anita sunita pooja neha rahul amit raj ravi arjun vikram sanjay
    bobby rob robbie jimmy jamie jay kev pete phil reggie ray danny davey frankie freddie fred ted teddy tommy
    timmy benny sammy drew matty mikey joey nate nicky chuck charlie leo theo max zack zach marty marco mario
    mason dwayne derek andre greg doug gus hank jeff randy rusty shane travis trevor troy wade
    саша сашка лёша леша лёха леха витя вити коля коли дима димон серёжа сережа паша миша женя жени таня
    тани наташа наташи катя кати оля оли галя гали валя люда лена лены маша маши вера настя даша
    pepe paco nacho javi dani rocío chelo lupita toño chucho memo pancho
    """.split()
)

#: Honorifics that make a surname identifiable ("Mrs. Garcia").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sr", "sra", "srta", "don", "doña", "prof"})
