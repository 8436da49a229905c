"""Word lists for the profanity filter: English, Spanish, Russian, and what is *not* profanity.

English starts from better-profanity 0.7.0's default list (its data file,
vendored unchanged in ``data/``, so nothing it catches is lost) plus common
forms it lacks.
Words of that list that are ordinary or clinical vocabulary on a healthcare
broadcast are excluded *by name and with a reason* in :data:`EXCLUDED`; the
test suite checks every other word of the list (and its leetspeak forms) is
still caught.

Entries are plain lower-case strings; the filter folds them the same way it
folds chat text (leetspeak, homoglyphs, accents), so they are written in their
ordinary spelling. A trailing ``*`` means "any word starting with this", a
leading ``*`` means "also inside a longer word" (``*fuck`` catches
``clusterfuck``), and both together mean "anywhere in a word".
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

#: Why a word of better-profanity's list is not reported (shown by ``castguard policy check``).
EXCLUSION_REASONS: dict[str, str] = {
    "clinical": "clinical or sexual-health vocabulary a healthcare broadcast uses every day",
    "identity": "identity term, not an insult (slurs stay caught)",
    "safeguarding": "safeguarding topic; threats using it are caught by risk.threat",
    "acronym": "chat acronym, not swearing",
    "ordinary": "everyday word whose ordinary meaning dominates in chat",
    "name": "a personal name or placeholder",
    "spanish": 'an everyday Spanish word ("negro" is the colour black)',
    "kisses": 'kisses at the end of a message, or a Roman numeral ("XX век")',
    "phrases": 'literal sense dominates ("the road to hell"); the swearing uses are listed as phrases',
}

_CLINICAL = """
anus areole breasts clitoris crotch ejaculate ejaculated ejaculates ejaculating ejaculatings ejaculation
enlargement erect erection foreskin glans gonad gonads herp herpes herpy hiv hymen labia menses menstruate
menstruation nipple nipples opiate opium orgasim orgasims orgasm orgasmic orgasms ovary ovum ovums penetrate
penetration penial penile penis pubic pubis rectal rectum rectus scrotum semen sperm tampon teste testee testes
testical testicle testis urinal urine uterus vagina vulva womb viagra valium heroin meth pcp vomit sex sexual
nappy pee peepee weewee tinkle poop lube virgin unwed drunk stoned pot weed hemp peyote oral orally organ stroke
v14gra
fat fondle
"""
_IDENTITY = "gay gays gai lesbians transsexual queer queers"
_SAFEGUARDING = "rape raped raper raping rapist molest incest pedophile pedophilia pedophiliac kill murder howtokill"
_ACRONYM = "omg lmao lmfao foobar pms"
_ORDINARY = """
sniper napalm uzi stupid ugly dummy potty rum vodka hooch hootch hookah toke strip screw screwed screwing thrust
facial lust lusting lusty racy revue sandbar seaman seamen slave slope snatch souse soused steamy tramp trashy
undies wad wang weiner willies willy woody god pawn prude punky pasty pastie maxi mams loin loins leper lech homey
toots tush teez teat whiz wazoo wedgie weirdo vixen vulgar playboy gigolo doofus dopey ninny nimrod prig sissy
inbred kinky flange bimbo bimbos floozy hussy wench pinko cowgirl cowgirls cow_girl cow_girls hump humped humping
massa paddy suck sucked sucking nude nudes naked erotic erotism auto_erotic autoerotic masochist sadism sadist
hooter hooters busty fingering reich nazi nazism hitler junkie junky knob pornography prostitute orgy orgies
bondage perversion scantily voyeur tawdry sleaze snuff quicky puss weenie reefer ganja freex
scum thug rump spunk pimp jerked dong
"""
_NAME = "asanchez len yury hoare pollock guido gey hebe klan"


#: Listed words that are also names: not reported when written as a name beside another ("Dick Tracy", "Van Dyke").
NAMES: frozenset[str] = frozenset(
    "dick dyke dykes fanny hooker pecker moran follen verga vergas lesbo lesbos boob marica bloody".split()
)


def entries(block: str) -> list[str]:
    """Entries of a whitespace-separated block; ``_`` inside an entry stands for a space (phrases)."""
    return [w.replace("_", " ") for w in block.split()]


#: better-profanity words that castguard deliberately does not report, with the reason key.
EXCLUDED: dict[str, str] = {
    word: reason
    for reason, block in (
        ("clinical", _CLINICAL),
        ("identity", _IDENTITY),
        ("safeguarding", _SAFEGUARDING),
        ("acronym", _ACRONYM),
        ("ordinary", _ORDINARY),
        ("name", _NAME),
        ("spanish", "negro"),
        ("kisses", "xx xxx"),
        ("phrases", "hell he11"),
    )
    for word in entries(block)
}

#: Mild words: reported at ``info`` (shown, never held) unless the policy says ``mild = "warn"``.
MILD: frozenset[str] = frozenset(
    entries(
        """
        damn dammit damnit goddamn goddam goddammit god-dam god-damned godamn godamnit goddamned crap crappy
        the_hell as_hell like_hell hell_of_a hell_yeah hell_yes hell_no go_to_hell to_hell_with bloody_hell helluva
        hellhole what_in_hell
        fart turd jerk moron wtf stfu gtfo fubar pissed boob boobs booobs boooobs booooobs booooooobs bloody bugger
        sod_off effing feck fecker arse bollocks tits titty titties mierda mierdas carajo coño hostia hostias culo
        tetas boludo boluda pinche pinches mrd no_mames nmms chingón chingona huevón huevona weón weona omfg
        дерьм* говно говна говн* жоп* хер херня херню херов*
        сволочь чмо
        """
    )
)

#: English words better-profanity lacks (compounds, British forms, slurs). ``*`` marks are explained above.
EXTRA_EN = entries(
    """
    *fuck* *shit* *cunt* *bitch* *wank* *asshole* shitshow dipshit dipshits bullshitting asshat asshats assclown
    dumbfuck dumbfucks bitchass bollocks bellends twats tosser tossers wankers bastards bloody bugger sod_off
    effing shitface shitstorm skank skanks tranny trannies spaz retards nigga niggas dickheads dicks cocks pricks
    sluts whores cunts jackasses dumbasses fatass dickwad douchebags goddamnit motherfuckin mothafuckin
    the_hell as_hell like_hell hell_of_a hell_yeah hell_yes hell_no go_to_hell to_hell_with bloody_hell helluva
    hellhole what_in_hell
    fkn fkin fking fkng fck fcking fckin fckn fcked fcker fcks fcuk fcuking fuckn
    jerked_off jerked_him_off jerked_me_off
    ffs af mf badass badasses smartass smartasses kickass hardass lardass
    phuck phucking phuckin phucked phucker phuk phuking phukin phuq fuq fuqing phck phock phocking phockin
    fml biatch omfg fukin fukn fuking fukking fuggin fugging fukker fukkers
    """
)

#: Spanish swearing (Spain and Latin America). Accents are folded, ``ñ`` is kept.
SPANISH = entries(
    """
    puta putas puto putos putita hijo_de_puta hijos_de_puta hijueputa hijoeputa hdp joputa puta_madre putamadre
    joder jodido jodida jodidos jodidas jódete jodete jodanse jódanse jodo jodes jode jodemos joden jodí jodió
    jodiste jodieron jodía jodías jodían jodiendo jodas jodan joderte joderme jodernos joderlo joderla jódeme
    follo follas folla follamos follan follé folló follaste follaron follaba follaban follado follada follados
    folladas follarte follarme follarse follármela follen
    chingo chingas chingamos chingan chingué chingó chingaste chingaron chingaba chingando chingados chingadas
    putear puteando puteó puteada
    cabron cabrona cabrones cabronas pendejo pendeja pendejos pendejas
    pendejada pinche pinches chinga chingar chingada chingado chingadera chingate chingue* chinguen* verga vergas
    mierda mierdas *mierda* culero culera culeros culo gilipollas gilipolla maricon maricones marica
    eres_una_zorra es_una_zorra sos_una_zorra puta_zorra pinche_zorra maldita_zorra menuda_zorra zorra_de_mierda
    zorras_de_mierda follar follando carajo me_cago_en mecago cagada coño concha_de_tu_madre malparido malparida
    mamon mamona
    mamada mamadas polla pollas ojete boludo boluda pelotudo pelotuda culiao conchetumare conchesumadre ctm csm
    mrd hostia hostias tetas cojones cojon vete_a_la_mierda
    ptm hijoputa hijaputa hijoputas putada putadas putazo putazos putísima putísimo putón me_vale_madre
    vale_madre cagón cagona cagones cojonudo cojonuda acojonante mierdoso mierdosa no_mames nmms chingón chingona
    huevón huevona weón weona
    alv qlo qliao huevada huevadas ni_madres hasta_la_madre me_vale_madres vrg vrga me_la_suda te_la_suda se_la_suda
    nos_la_suda me_la_sudan
    """
)

#: Russian mat and strong insults. A trailing ``*`` catches the many inflections.
RUSSIAN = entries(
    """
    хуй хуя* хуе* хуё* хую хуи* хули хуле хуев* хуй* нахуй похую ахуе* ахуи*
    нахуя нахер похуй похер похуи* охуе* охуи* нихуя дохуя хуйня
    хуйню *пизд* бля бляд* блят* ебат* ебан* ебал* ебу* ебл* ебн* ебе* ёб* заеб* уеб* выеб* наеб* поеб* проеб*
    съеб* доеб* отъеб* разъеб* въеб* переёб* подъеб* объеб* приеб* недоеб* изъеб* долбоеб* долбоёб*
    сука суки суку сукой суке сукам суками суках сучка сучки сучку сучкой сучке сучар* сукин*
    мудак* мудил* мудач* муда гандон* гондон* залуп* манда шлюх* пидор* пидар* пидр* говно говна говн* дерьм*
    жоп* хер херня херню херов* сволочь чмо чмош* мраз* срать насрать сран* засран* засра* обосра* выблядок
    педик педики педика педиков мандавош*
    blyat blyad cyka cyka_blyat pizdec pizdets pizda nahui nahuy huynya ebat yebat zaebal mudak
    пиздец пиздеца пиздецом пиздецки ёпт ёпта ёптыть епт епта нах пох пздц ссук* сцук* шалав* дроч* бл ублюд*
    нахрен похрен нахрена дохрена нихрена охрен* какого_хрена ни_хрена на_хрена до_хрена хреново
    """
)

#: Phrases and words containing a listed word that are innocent (Scunthorpe problem, clinical phrases).
ALLOW = entries(
    """
    scunthorpe penistone shiitake shitake shittim swank* cum_laude summa_cum_laude magna_cum_laude
    anal_fissure* anal_fistula* anal_canal anal_cancer* anal_sphincter anal_gland* anal_abscess* anal_wart*
    anal_itching anal_bleeding anal_pain anal_exam* anal_region anal_area anal_sex_education anal_sex_ed
    homo_sapiens homo_erectus moby_dick dick's_sporting tit_for_tat spick_and_span pussy_willow* hostia_consagrada
    hell's_kitchen ебонит* van_dyke* anais cummings rinky_dink ding_dong без_сучка
    anal_retentive* bloody_minded* spotted_dick
    q10 pishit* shitterton shitlington twatt cockermouth cockfosters cockburnspath shitak* shiitak*
    fisura_anal fisuras_anales fístula_anal fistula_anal cáncer_anal cancer_anal canal_anal esfínter_anal esfinter_anal
    región_anal region_anal zona_anal absceso_anal prurito_anal sangrado_anal dolor_anal examen_anal
    """
)


def better_profanity_words() -> list[str]:
    """better-profanity 0.7.0's default list, lower-cased, in file order (vendored: ``data/ORIGIN.md``)."""
    text = resources.files("castguard.filters").joinpath("data", "profanity_wordlist.txt").read_text(encoding="utf-8")
    return [w.strip().lower() for w in text.splitlines() if w.strip()]


@dataclass(frozen=True, slots=True)
class Sense:
    """The innocent sense of a listed word, told by the words around it (see :data:`SENSES`)."""

    before: frozenset[str] = frozenset()
    """The word just before marks the innocent sense ("pet coon", "very bloody")."""
    after: frozenset[str] = frozenset()
    """The word just after marks it ("shag carpet", "bloody nose", "retards their motion")."""
    near: frozenset[str] = frozenset()
    """A word within a few words either side marks it ("rooster", "конуре")."""
    near_stems: tuple[str, ...] = ()
    """As :attr:`near`, any word starting so ("raccoon*", "собак*")."""
    after_endings: tuple[str, ...] = ()
    """The next word of six letters or more ends so: a Latin phrase ("homo sapiens", "cum tacent")."""
    needs: frozenset[str] = frozenset()
    """The word counts only when one of these is near: a word of another language ("pinches" is English too)."""
    lowercase: bool = False
    """Written in lower case it is another word ("sobs" is crying; "SOB" is the acronym)."""
    uppercase: bool = False
    """Written in capitals it is another word ("AF" is atrial fibrillation; "af" is "as fuck")."""


def _senses(
    forms: str,
    *,
    before: str = "",
    after: str = "",
    near: str = "",
    after_endings: tuple[str, ...] = (),
    needs: str = "",
    lowercase: bool = False,
    uppercase: bool = False,
) -> dict[str, Sense]:
    """One :class:`Sense` for each of ``forms``; ``near`` entries ending in ``*`` are stems."""
    near_words = entries(near)
    sense = Sense(
        before=frozenset(entries(before)),
        after=frozenset(entries(after)),
        near=frozenset(w for w in near_words if not w.endswith("*")),
        near_stems=tuple(w.rstrip("*") for w in near_words if w.endswith("*")),
        after_endings=after_endings,
        needs=frozenset(entries(needs)),
        lowercase=lowercase,
        uppercase=uppercase,
    )
    return dict.fromkeys(forms.split(), sense)


_SPANISH_CONTEXT = "de que qué el los las es eres una por con para del pero muy esta está este son hay mis tus sus como"
_FRENCH_CONTEXT = "vaut mieux plus trop tôt jamais est il elle au je tu fait bien très"
_GERMAN_CONTEXT = "im und ist sehr der das ein eine zu nicht auf mit wie so"
_LATIN_ENDINGS = ("us", "is", "ens", "um", "ant", "ent", "unt", "ibus", "orum", "arum")

#: Listed words with an everyday sense of their own, and the context that shows that sense. Keyed by the word as
#: written in plain letters: an obfuscated spelling ("c0ck", "sh4g") is never the innocent sense.
SENSES: dict[str, Sense] = {
    # The literal adjective (blood, violence) and titles, not the British intensifier ("bloody well", "bloody hell").
    **_senses(
        "bloody",
        after="""nose noses murder mary fray war wars battle battles battlefield persecution persecutions record
        history revolution sunday massacre massacres conflict conflicts feud feuds hands footprints wound wounds knife
        sword bandage bandages tissue coup rampage struggle clash clashes riot riots crime crimes deed deeds tyrant
        tyranny reign conquest siege violence trail stain stains shirt clothes lip lips fight fights fighting civil
        past years century""",
        before="very more most less and or",
    ),
    # The verb "to slow down" ("retards their motion", "retarded growth"), not the slur.
    # Also the clinical sense ("retarded gastric emptying") and slow-release tablets ("nifedipine retard").
    **_senses(
        "retard retards retarded",
        after="""the their its his her our a an growth development progress ignition combustion spark gastric
        emptying puberty labor labour healing absorption release tablet tablets capsule capsules""",
        near="tablet* capsule* mg release* formulation* dose* dosing pharmacokinetic*",
    ),
    # A rooster ("cock-crow", "cockfight"); British "cock-up" is a blunder.
    **_senses(
        "cock cocks",
        after="""fight fights fighting fighter fighters crow crows crowed crowing up ups pheasant pheasants sparrow
        robin""",
        near="rooster roosters hen hens chicken chickens farmyard barnyard feathers",
    ),
    # A raccoon.
    **_senses(
        "coon coons",
        before="pet",
        near="""tree trees branches hunt hunting hunter hunters hound hounds dog dogs skin raccoon* possum* trap*
        climbed""",
    ),
    # A carpet, pipe tobacco, a seabird.
    **_senses(
        "shag",
        after="carpet carpets rug rugs pile tobacco haircut",
        near="carpet* rug rugs cormorant* bird birds tobacco",
    ),
    # The dice game.
    **_senses("craps", near="shoot shooting shot dice table tables casino game games play playing roll rolled"),
    # A child born out of wedlock.
    **_senses(
        "bastard bastards",
        near="born child children illegitimate heir heirs wedlock legitimate family baby",
    ),
    # A donkey.
    **_senses(
        "ass asses",
        near="donkey* ox oxen mule mules colt colts foal bray brays braying saddle* jawbone balaam beast beasts manger",
    ),
    # A cat.
    **_senses("pussy", near="cat cats kitty kitten kittens puss meow"),
    # Latin: "homo sapiens", "cum tacent, clamant".
    **_senses("homo cum", after="illa illo grano laude", after_endings=_LATIN_ENDINGS),
    # English "pinches" (to pinch): the Spanish word counts in Spanish.
    **_senses("pinches", needs=_SPANISH_CONTEXT),
    # "alv" ("a la verga") read with "u" for "v" is English "ALU" outside Spanish.
    **_senses("alu", needs=_SPANISH_CONTEXT),
    # French "tard" (late), German "dick" (fat).
    **_senses("tard", near=_FRENCH_CONTEXT),
    **_senses("dick", near=_GERMAN_CONTEXT),
    # Crying; the acronym is written "SOB" or "s.o.b.".
    **_senses("sob sobs", lowercase=True),
    # A female dog (dog breeding).
    **_senses(
        "bitch bitches",
        near="puppy puppies pup pups litter litters whelp* breed* kennel* spay* sire stud studs",
    ),
    # A needle's prick: "a finger prick test", "a pin prick".
    **_senses(
        "prick pricks pricked pricking",
        before="pin needle finger thorn heel",
        after="test tests my his her their the",
        near="needle* pin pins thorn* finger* thumb lancet* blood glucose sugar injection* vaccine* jab jabs skin",
    ),
    # A small bird (blue tit, great tit).
    **_senses(
        "tit tits",
        before="blue coal marsh willow crested",
        near="bird birds birdwatching feeder feeders nest nests garden gardens",
    ),
    # A bundle of sticks, a meatball, the bassoon (fagotto).
    **_senses(
        "faggot faggots fagot fagots",
        near="wood firewood sticks kindling bassoon* meatball* gravy peas butcher",
    ),
    # Spanish: the communion wafer, breastfeeding, a young hen or a moorhen, a male goat, a ship's yard, the bottom
    # of a glass.
    **_senses(
        "hostia hostias",
        near="""misa comunión comunion comulgar consagrada consagrar sagrada eucaristía eucaristia sacerdote altar
        corpus christi iglesia cáliz caliz""",
    ),
    **_senses(
        "tetas",
        near="bebé bebe bebés bebes lactancia amamant* leche mastitis pezón pezon pezones lactar lactando",
    ),
    **_senses("polla pollas", near="corral gallina* pollo* pollito* huevo* agua granja ave aves"),
    **_senses("cabrón cabron cabrones", near="cabra* rebaño rebano chivo* cabrío cabrio pastor"),
    **_senses("verga vergas", near="barco* vela velas mástil mastil navío navio buque*"),
    **_senses("culo", near="vaso vasos botella botellas"),
    # Written in capitals these are other words: "AF" is atrial fibrillation; "MF", a unit or an initialism.
    **_senses("af mf", uppercase=True),
    # The clothing brand.
    **_senses("fcuk", near="brand brands clothing clothes connection shirt shirts t-shirt logo shop store"),
    # A female dog.
    **_senses(
        "сука суки суку сукой суке",
        near="конур* собак* щен* пёс пес пса псом кобел* порода породы псин* вязк*",
    ),
}
