"""Templates and vocabulary for the privacy evaluation set (see make_privacy_corpus.py).

``[[category:...]]`` marks a labelled span; ``{filler}`` inserts a generated value
(fillers that name a category, such as ``{phone}``, label themselves).
"""

from __future__ import annotations

import random

FIRST_EN = ["Jane", "John", "Sarah", "Mike", "Jessica", "David", "Emily", "Chris", "Maria", "Kevin", "Ashley",
            "Brian", "Megan", "Tom", "Laura", "Daniel", "Rachel", "Jason", "Amanda", "Tyler"]
RARE_FIRST = ["Priya", "Keisha", "Dashiell", "Xiomara", "Thaddeus", "Imogen", "Anouk", "Tobias", "Saoirse", "Kwame",
              "Ingrid", "Rafferty"]
LAST_EN = ["Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
           "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young"]
FIRST_ES = ["Ana", "María", "Lucía", "Carmen", "José", "Luis", "Carlos", "Sofía", "Javier", "Elena", "Miguel",
            "Gabriela", "Diego", "Valentina", "Rocío"]
LAST_ES = ["López", "García", "Martínez", "Rodríguez", "Hernández", "González", "Pérez", "Sánchez", "Ramírez",
           "Torres", "Flores", "Rivera", "Morales", "Castillo"]
RU_PEOPLE = [("Анна", "Иванова"), ("Ольга", "Смирнова"), ("Иван", "Петров"), ("Сергей", "Кузнецов"),
             ("Мария", "Соколова"), ("Дмитрий", "Попов"), ("Елена", "Васильева"), ("Алексей", "Морозов"),
             ("Наталья", "Новикова"), ("Андрей", "Волков"), ("Ярослава", "Орлова"), ("Всеволод", "Белов")]
RU_PEOPLE_GEN = [("Анны", "Ивановой"), ("Ольги", "Смирновой"), ("Ивана", "Петрова"), ("Сергея", "Кузнецова"),
                 ("Марии", "Соколовой"), ("Дмитрия", "Попова"), ("Елены", "Васильевой"), ("Алексея", "Морозова"),
                 ("Натальи", "Новиковой"), ("Андрея", "Волкова"), ("Всеволода", "Белова")]
HANDLES = ["jane_doe", "mike_r", "KatieB92", "doc_fan_88", "tiffanylovesdogs", "xX_gamer_Xx", "nurse_amy",
           "marcos_lpz", "ana_lopez_22", "ivan_petrov", "olga_s", "bigdave77", "the_real_tom", "LunaMoon",
           "chris_t_2001", "sk8rboi"]
COND_EN = ["HIV", "cancer", "stage 4 breast cancer", "diabetes", "type 2 diabetes", "dementia", "schizophrenia",
           "bipolar disorder", "leukemia", "hepatitis C", "herpes", "chlamydia", "COVID", "the flu", "pneumonia",
           "multiple sclerosis", "Parkinson's", "lupus", "an eating disorder", "epilepsy", "ALS", "lymphoma",
           "a brain tumor", "syphilis", "tuberculosis", "depression", "PTSD", "Crohn's"]
COND_ES = ["cáncer", "VIH", "diabetes", "leucemia", "esquizofrenia", "demencia", "sida", "covid", "epilepsia",
           "hepatitis", "depresión", "tuberculosis", "sífilis", "esclerosis múltiple", "alzheimer"]
COND_RU = ["рак", "ВИЧ", "диабет", "СПИД", "туберкулёз", "гепатит С", "шизофрения", "деменция", "эпилепсия",
           "ковид", "рак груди", "депрессия"]
COND_RU_INS = ["раком", "диабетом", "гриппом", "ковидом", "туберкулёзом", "гепатитом", "шизофренией", "деменцией",
               "эпилепсией", "пневмонией"]
REL_EN = ["coworker", "neighbor", "cousin", "boss", "roommate", "friend", "classmate", "teacher", "landlord", "aunt"]
REL_ES = ["vecina", "vecino", "compañera", "jefe", "prima", "amiga", "cuñada", "profesor"]
REL_RU = ["соседка", "коллега", "подруга", "начальник", "одноклассник", "сосед"]
TOPICS = ["diabetes", "heart health", "sleep", "nutrition", "mental health", "vaccines", "blood pressure"]
STATES = ["Texas", "Ohio", "California", "Florida", "New York", "Arizona", "Oregon"]
STREET_NAMES = ["Main", "Oak", "Maple", "Elm", "Washington", "Lincoln", "Sunset", "Cedar", "Park", "Highland",
                "Lake", "Hillcrest", "Jefferson", "Madison", "Pine", "Willow", "Martin Luther King Jr", "5th", "42nd"]
CITIES = [("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Denver", "CO", "80203"),
          ("Portland", "OR", "97205"), ("Columbus", "OH", "43215"), ("Tampa", "FL", "33602"),
          ("Brooklyn", "NY", "11215"), ("Phoenix", "AZ", "85004")]
ES_STREETS = ["Mayor", "Alcalá", "Gran Vía", "de la Constitución", "Reforma", "Insurgentes Sur", "San Martín",
              "del Prado", "Bolívar", "Serrano"]
RU_STREETS = ["Ленина", "Пушкина", "Гагарина", "Мира", "Советская", "Тверская", "Лесная", "Садовая", "Кирова"]
_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "protonmail.com", "mail.ru",
            "yandex.ru", "comcast.net", "aol.com", "hotmail.es"]


def _local(rng: random.Random) -> str:
    first = rng.choice(FIRST_EN + FIRST_ES).lower().replace("í", "i").replace("é", "e").replace("á", "a")
    last = rng.choice(LAST_EN).lower()
    return rng.choice([f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}{last}",
                       f"{first}_{last}", f"{first}.{last}{rng.randint(70, 99)}"])


def email(rng: random.Random) -> str:
    """A plain address."""
    return f"{_local(rng)}@{rng.choice(_DOMAINS)}"


def email_obfuscated(rng: random.Random) -> str:
    """An address spelled out to slip past filters."""
    local, domain = _local(rng), rng.choice(_DOMAINS)
    name, tld = domain.rsplit(".", 1)
    style = rng.randrange(6)
    if style == 0:
        return f"{local.replace('.', ' dot ')} at {name} dot {tld}"
    if style == 1:
        return f"{local} [at] {name} [dot] {tld}"
    if style == 2:
        return f"{local}(at){name}(dot){tld}"
    if style == 3:
        return f"{local} at {name}.{tld}"
    if style == 4:
        return f"{local.replace('.', ' punto ')} arroba {name} punto {tld}"
    return f"{local} собака {name} точка {tld}"


# (group, language, templates, copies of each)
PHONE = ("phone", "en", [
    "call me at {phone}", "text {us_phone} if you want the details", "my cell is {phone}", "{us_phone} call anytime",
    "whatsapp me {intl_phone}", "his number is {us_phone} lol", "hey {handle} my number is {phone}",
    "my sister {name} is at {us_phone} she can help", "fax the forms to {us_phone}",
    "reach me on {phone} after 6", "new number: {phone}", "{name}'s phone is {us_phone}, go bug him",
    "pls call {us_phone} my mom needs a ride", "the number is {phone} ask for Tony",
], 14)
PHONE_XX = ("phone", "es", ["mi número es {phone}", "llámame al {intl_phone}", "escríbeme al whatsapp {phone}",
                            "el teléfono de mi tía es {us_phone}"], 12)
PHONE_RU = ("phone", "ru", ["мой номер {intl_phone}", "звоните {intl_phone} после шести",
                            "телефон мамы {intl_phone}"], 12)

EMAIL = ("email", "en", [
    "email me at {email}", "{email}", "contact {email} for the slides", "my email is {email}", "send it to {email} pls",
    "{email_obf}", "write to {email_obf}", "her email: {email_obf}", "dm or email {email}",
    "hey {handle} my email is {email_obf}", "add me {email}", "it's {email_obf} thanks",
], 16)
EMAIL_XX = ("email", "es", ["mi correo es {email}", "escríbeme a {email_obf}", "пишите на {email}",
                            "почта {email_obf}"], 14)

SSN = ("ssn", "en", [
    "my ssn is {ssn}", "SSN: {ssn}", "social security number {ssn_bare}", "ss# {ssn}", "{ssn} is my social",
    "here's my social {ssn_bare} can someone check my claim", "her SSN {ssn} was on the form",
    "they asked for my social security number {ssn} on stream lmao", "ssn {ssn_bare}",
    "número de seguro social {ssn}", "my dad's ssn is {ssn} is that safe to send?", "use {ssn} for the form",
    "SSN {ssn} DOB in the dm", "the form had {ssn} printed on it",
], 16)

CARD = ("card", "en", [
    "my card is {card}", "card number {card} exp 09/27", "{card} cvv on the back", "visa {card}",
    "use my amex {card}", "donating with {card} lol", "cc {card}", "is {card} safe to type here?",
    "tarjeta {card}", "номер карты {card}", "charge {card} for the merch", "my debit card {card} got declined",
    "{card}", "pay with {card} exp 11/26",
], 16)

DOB = ("dob", "en", [
    "born {date_en}", "DOB: {date_en}", "my dob is {date_en}", "my birthday is {date_en}", "bday {date_en}!!",
    "she was born on {date_en}", "date of birth {date_en}", "{name} born {date_en} needs help",
    "my son was born {date_en} and has asthma", "patient dob {date_en}", "he was born {date_en} at Mercy",
    "b-day is {date_en} send gifts",
], 16)
DOB_XX = ("dob", "es", ["nací el {date_es}", "fecha de nacimiento: {date_es}", "mi cumpleaños es el {date_es}",
                        "mi hija nació el {date_es}"], 14)
DOB_RU = ("dob", "ru", ["дата рождения {date_ru}", "родилась {date_ru}", "мой день рождения {date_ru}",
                        "сын родился {date_ru}"], 14)

MRN = ("mrn", "en", [
    "my MRN is {mrn}", "MRN: {mrn}", "medical record number {mrn}", "patient id {mrn}", "chart # {mrn}",
    "her MRN {mrn} is on the wristband", "pt id {mrn} pls check", "medical record # {mrn}",
    "my mom's patient number is {mrn} can the nurse look", "MRN {mrn} still not in the portal",
    "record number {mrn}", "hospital number {mrn}",
], 18)
MRN_XX = ("mrn", "es", ["número de expediente {mrn}", "mi expediente es {mrn}", "номер медкарты {mrn}",
                        "номер истории болезни {mrn}"], 14)

MEMBER = ("member_id", "en", [
    "member id {member}", "my insurance id is {member}", "policy number {member}", "subscriber id: {member}",
    "medicare number {mbi}", "my MBI is {mbi}", "{mbi} is my medicare", "medicaid id {member}",
    "member # {member} denied again", "insurance number {member}", "my medicare card says {mbi}",
    "policy # {member} for the claim",
], 18)
MEMBER_XX = ("member_id", "es", ["número de póliza {member}", "mi número de afiliado es {member}",
                                 "полис ОМС {member}", "номер полиса {member}"], 14)

IDNUM = ("id_number", "en", [
    "driver's license {licence}", "my DL# {licence}", "license number {licence}", "account number {account}",
    "acct # {account}", "routing number 021000021 account {account}", "license plate {plate}",
    "his plate is {plate}", "serial number {serial}", "IMEI {imei}", "passport number {passport}",
    "device mac {mac}", "my bank account {account}", "passport {passport}", "s/n {serial}",
], 14)
IDNUM_XX = ("id_number", "es", ["licencia de conducir {licence}", "número de cuenta {account}", "placa {plate}",
                                "pasaporte {passport}", "номер счета {account}", "паспорт {passport}"], 10)

ADDRESS = ("address", "en", [
    "I live at {street_en}", "send it to {street_en}", "she lives at {street_en}", "{street_en} is my place",
    "my address is {street_en}", "ship to {street_en} pls", "come to {street_en} tonight",
    "{name} lives at {street_en} go check on her", "we're at {street_en} if anyone wants to visit",
    "drop it off at {street_en}",
], 20)
ADDRESS_XX = ("address", "es", ["vivo en {street_es}", "mi dirección es {street_es}", "envíalo a {street_es}"], 14)
ADDRESS_RU = ("address", "ru", ["живу на {street_ru}", "адрес: {street_ru}", "приезжайте на {street_ru}"], 14)

IP = ("ip", "en", [
    "my ip is {ipv4}", "ping {ipv4}", "{ipv4} is my home ip lol", "my ipv6 is {ipv6}", "his IP address {ipv4}",
    "got his ip {ipv4} from discord", "server at {ipv4}", "connect to {ipv6}", "mi ip es {ipv4}",
    "мой ip {ipv4}", "ip: {ipv4}", "traced it to {ipv4}",
], 22)

HEALTH = ("health_disclosure", "en", [
    "my coworker [[health_disclosure:{name} has {cond}]] and still came to work",
    "prayers for [[health_disclosure:{name}, she was just diagnosed with {cond}]]",
    "did you hear [[health_disclosure:{name} has {cond}]]??",
    "[[health_disclosure:{handle} just got diagnosed with {cond}]] send love",
    "[[health_disclosure:{name} is pregnant]] and hasn't told her boss",
    "my {rel} [[health_disclosure:{rare_name} has {cond}]]",
    "[[health_disclosure:{name} tested positive for {cond}]] yesterday",
    "[[health_disclosure:{handle} has {cond}]] btw, she told me",
    "fyi [[health_disclosure:{name} is in rehab]] again",
    "[[health_disclosure:{name} had a miscarriage]] last month",
    "our teacher [[health_disclosure:{name} has {cond}]], the whole school knows",
    "[[health_disclosure:{name}'s {cond}]] came back, pray for her",
    "[[health_disclosure:{handle} is HIV positive]] just so everyone knows",
    "[[health_disclosure:{name} was hospitalized with {cond}]]",
    "my {rel} [[health_disclosure:{rare_name} is on chemo]]",
    "everyone at church knows [[health_disclosure:{name} has {cond}]]",
], 10)
HEALTH_ES = ("health_disclosure", "es", [
    "mi {rel_es} [[health_disclosure:{name_es} tiene {cond_es}]]",
    "[[health_disclosure:{name_es} tiene {cond_es}]] y nadie lo sabe",
    "a [[health_disclosure:{name_es} le diagnosticaron {cond_es}]]",
    "[[health_disclosure:{name_es} está embarazada]] jaja",
    "[[health_disclosure:{handle} tiene {cond_es}]], me lo dijo su hermana",
    "oren por [[health_disclosure:{name_es}, fue diagnosticada con {cond_es}]]",
    "[[health_disclosure:{name_es} dio positivo en covid]]",
    "[[health_disclosure:{name_es} está en quimio]] desde enero",
], 8)
HEALTH_RU = ("health_disclosure", "ru", [
    "у [[health_disclosure:{name_ru_gen} {cond_ru}]], не говорите никому",
    "моя {rel_ru} [[health_disclosure:{name_ru} болеет {cond_ru_ins}]]",
    "[[health_disclosure:{name_ru} беременна]], все уже знают",
    "[[health_disclosure:{handle} лечится от рака]]",
    "[[health_disclosure:{name_ru} заболела {cond_ru_ins}]]",
    "коллега [[health_disclosure:{name_ru} на химиотерапии]]",
], 8)

SELF = ("self_disclosure", "en", [
    "[[self_disclosure:I have {cond}]] and this stream helps so much",
    "[[self_disclosure:I was diagnosed with {cond}]] in 2019",
    "[[self_disclosure:I'm pregnant]] is this safe?",
    "[[self_disclosure:my {cond}]] has been bad lately",
    "[[self_disclosure:I've had {cond}]] for 10 years",
    "[[self_disclosure:tengo {cond_es}]] desde hace años",
    "[[self_disclosure:me diagnosticaron {cond_es}]] el año pasado",
    "[[self_disclosure:у меня {cond_ru}]], что делать?",
    "[[self_disclosure:я беременна]]!!",
], 8)

# Hard negatives: nothing here is a privacy leak.
NEGATIVES = ("hard_negative", "en", [
    "order #{order_no} still not shipped", "tracking number {order_no}", "my order number is {order_no}",
    "ticket {order_no} has been open for a week", "confirmation {order_no} came through",
    "call 911 if it's an emergency", "text or call 988, they helped me", "988 saved my life honestly",
    "{count} viewers!! lets go", "{price} for insulin is insane", "stream starts at {time}",
    "from {year} to {year} I was on meds", "my refill is due {event_date}", "appointment on {event_date} at {time}",
    "surgery scheduled for {event_date}", "cita el {event_date}", "happy birthday doc!!", "born in {year} lol",
    "update to version {version}", "the app is on {version} now", "firmware {version} fixed it", "python {version}",
    "mRNA vaccines are safe", "the MRI showed nothing", "my MRN is on the portal", "what's an MRN?",
    "I live in Texas", "Main Street is closed for the parade", "we walked {count} miles down the road",
    "I'm 20 minutes from the Elm St exit", "thanks {handle}!", "{handle} {handle} look at this",
    "@everyone hi from {city}", "look at google dot com", "meet me at starbucks", "my coworker has the flu",
    "my mom was diagnosed with {cond} last year", "my {rel} has {cond}", "Dr. {name} is an expert on {cond}",
    "{handle} can you talk about {cond} treatment options?", "{name} wrote a great book about {cond}",
    "thanks {handle}! my dad has {cond} too", "is {cond} genetic?", "{handle} what are early signs of {cond}?",
    "got my flu shot today", "{name} is running a {cond} awareness walk", "order {not_luhn} was refunded",
    "part # {not_luhn}", "record number of viewers today", "member of the community since {year}",
    "policy changes in {year} were awful", "my account got hacked lol", "plate of food looks good",
    "serial killer docs are my thing", "vivo en la calle Mayor", "живу на улице Ленина",
    "mi tía tiene {cond_es}", "el doctor {name_es} habla sobre {cond_es}", "¿la {cond_es} es hereditaria?",
    "у моей мамы {cond_ru}", "врач {name_ru} рассказывает про {cond_ru}", "заказ {order_no} не пришёл",
    "pedido {order_no} sin entregar", "score was 3.5 out of 5", "dates like 12.03.2024 confuse me",
    "it's {time} here in {city}", "{count} people in chat", "down {price} this month", "the {year} season",
    "lost {count} lbs since january", "take 2 pills every 8 hours", "blood pressure 120/80 is normal right",
    "a1c went from 9.1 to 6.4", "10/10 stream", "24/7 support line", "top 5 tips for {topic}",
    "1-800 numbers never answer", "room 214 at the clinic", "zoom meeting id {order_no}",
    "version 10.0.19045.2006 broke my audio", "ip address changes every day right?", "my birthday party is at {time}",
    "{name} the {cond} researcher from Stanford said so", "drink 8 glasses of water", "{count} likes on the clip",
], 4)

CHAT = ("chat", "en", [
    "hi from {city}!", "love this stream", "great question", "lol", "first time here", "thanks doc",
    "how much water should I drink a day?", "is {topic} covered later?", "can you repeat that", "audio is low",
    "this is so helpful", "what about {topic}?", "my grandma watches every week", "greetings from {state}",
    "hola desde México", "¿qué opinas de la dieta keto?", "привет из Москвы", "спасибо за эфир",
    "when is the next stream", "clip that", "W stream", "so true", "I agree with the last speaker",
    "is it normal to feel tired after the vaccine?", "how do I lower cholesterol naturally", "any tips for sleep?",
    "great info, sharing with my family", "who else is watching from work", "gracias doctora",
    "¿cada cuánto hay que hacerse chequeos?", "как часто нужно сдавать анализы?", "good evening everyone",
    "this chat is wholesome", "what time is it there", "{handle} hi!!", "can you talk about {topic}",
    "the slides are great", "I missed the start, what did I miss?", "how long is the stream", "love from {city}",
    "omg yes", "this doctor is amazing", "can you explain that again slower", "my kids are watching too haha",
    "is coffee bad for you or not", "what's the best time to take vitamins", "do you recommend walking after meals",
    "haha same", "thank you so much for doing this", "question: is intermittent fasting safe?", "PogChamp",
    "can we get a Q&A at the end", "who is the guest today?", "loving the new studio", "mic is a bit quiet",
    "LUL", "that's wild", "sending love to everyone here", "be kind in chat pls", "what app are you using for slides",
    "is there a replay?", "first!", "good morning from the west coast", "nice", "so informative",
    "how many steps a day is enough?", "does stretching really help back pain", "muy buena información",
    "saludos a todos", "¿habrá repetición?", "que interesante", "очень полезно, спасибо", "а будет запись?",
    "всем привет", "can you share the link to the study", "Kappa", "the background music is nice", "ok makes sense",
    "I'm taking notes", "what are the symptoms of dehydration?", "is it ok to exercise when sick", "hydrate everyone",
    "my dog is watching with me", "what was the name of that book", "great stream as always", "bye everyone!",
    "I have a question about {topic}", "does anyone else get headaches from screens", "mods are doing great",
    "this helped me understand {topic} finally", "what do you think about {topic} supplements?",
], 3)

GROUPS = [PHONE, PHONE_XX, PHONE_RU, EMAIL, EMAIL_XX, SSN, CARD, DOB, DOB_XX, DOB_RU, MRN, MRN_XX, MEMBER, MEMBER_XX,
          IDNUM, IDNUM_XX, ADDRESS, ADDRESS_XX, ADDRESS_RU, IP, HEALTH, HEALTH_ES, HEALTH_RU, SELF, NEGATIVES, CHAT]

# Hand-written lines with several identifiers or unusual phrasing.
HANDWRITTEN = [
    ("mixed", "en", [
        "[[health_disclosure:Mark Jensen has stage 3 colon cancer]], his number is [[phone:(312) 555-0148]]",
        "DOB [[dob:4/12/1961]] MRN [[mrn:00918273]] - can someone from billing call me",
        "email [[email:k.wright77@yahoo.com]] or call [[phone:+1 617 867 5309]]",
        "I'm at [[address:77 Massachusetts Ave, Cambridge, MA 02139]] come pick up the forms",
        "my medicare # is [[member_id:1EG4-TE5-MK73]] and my dob [[dob:02/29/1948]]",
        "mi número es [[phone:+34 612 34 56 78]] y vivo en [[address:Calle Serrano 41]]",
        "звоните [[phone:+7 912 345-67-89]], адрес [[address:ул. Тверская, д. 7, кв. 15]]",
        "card [[card:5500 0000 0000 0004]] order #4111111111111112 both failed",
        "[[health_disclosure:@jenny_b is pregnant]] and her dob is [[dob:March 3, 1994]]",
        "IMEI [[id_number:356938035643809]] stolen phone, plate [[id_number:8KJD442]]",
        "ssn [[ssn:536-22-8841]] and acct [[id_number:000123456789]] pls don't share",
        "ip [[ip:73.162.19.8]] and mac [[id_number:3c:22:fb:91:0a:7e]]",
    ]),
]
