"""Tables behind the address detector: street types, unit words, regions and postcodes, per country.

Everything here is data. :mod:`castguard.filters.privacy.address` compiles it into patterns once; the lower-cased
street words also go into the privacy keyword pass (:mod:`castguard.filters.privacy.lexicon`), so the address patterns
only run on a message that has a digit and one of these words.
"""

from __future__ import annotations

#: USPS Publication 28, appendix C1: every street suffix, its standard abbreviation and the common variants.
USPS_SUFFIXES = tuple(
    """
    alley allee aly ally anex annex annx anx arcade arc avenue av ave aven avenu avn avnue bayou bayoo byu beach bch
    bend bnd bluff bluf blf bluffs blfs bottom bot btm bottm boulevard boul boulv blvd branch br brnch bridge brdge
    brg brook brk brooks brks burg bg burgs bgs bypass bypa bypas byps byp camp cp cmp canyon canyn cnyn cyn cape
    cpe causeway causwa cswy center cen cent centr centre cnter cntr ctr centers ctrs circle circ circl crcl crcle
    cir circles cirs cliff clf cliffs clfs club clb common cmn commons cmns corner cor corners cors course crse
    court ct courts cts cove cv coves cvs creek crk crescent cres crsent crsnt crest crst crossing crssng xing
    crossroad xrd crossroads xrds curve curv dale dl dam dm divide div dv dvd drive driv drv dr drives drs estate
    est estates ests expressway exp expr express expw expy extension ext extn extnsn extensions exts fall falls
    fls ferry frry fry field fld fields flds flat flt flats flts ford frd fords frds forest forests frst forge
    forg frg forges frgs fork frk forks frks fort frt ft freeway freewy frway frwy fwy garden gardn grden grdn gdn
    gardens gdns grdns gateway gatewy gatway gtway gtwy glen gln glens glns green grn greens grns grove grov grv
    groves grvs harbor harb harbr hbr hrbor harbors hbrs haven hvn heights ht hts highway highwy hiway hiwy hway
    hwy hill hl hills hls hollow hllw holw holws inlet inlt island is islnd islands iss islnds isle isles
    junction jct jction jctn junctn juncton junctions jcts jctns key ky keys kys knoll knl knol knolls knls lake lk
    lakes lks land landing lndg lndng lane ln light lgt lights lgts loaf lf lock lck locks lcks lodge ldg ldge
    lodg loop lp mall manor mnr manors mnrs meadow mdw meadows mdws medows mews mill ml mills mls mission missn
    msn mssn motorway mtwy mount mnt mt mountain mntain mntn mountin mtin mtn mountains mntns mtns neck nck
    orchard orchrd orch oval ovl overpass opas park prk parks parkway parkwy pkway pkwy pky parkways pkwys pass
    passage psge path paths pike pikes pk pine pne pines pnes place pl plain pln plains plns plaza plz plza point
    pt points pts port prt ports prts prairie pr prr radial rad radiel radl ramp ranch ranches rnch rnchs rapid
    rpd rapids rpds rest rst ridge rdg rdge ridges rdgs river rvr rivr riv road rd roads rds route rte row rue run
    shoal shl shoals shls shore shoar shr shores shoars shrs skyway skwy spring spg spng sprng springs spgs spngs
    sprngs spur spurs square sqr sqre squ sq squares sqrs sqs station sta statn stn stravenue stra strav straven
    stravn strvn strvnue stream streme strm street strt st str streets sts summit smt sumit sumitt terrace ter terr
    throughway trwy trace trce traces track trak tracks trk trks trafficway trfy trail trl trails trls trailer
    trlr trlrs tunnel tunel tunl tunls tunnels tunnl turnpike trnpk tpke turnpk underpass upas union un unions uns
    valley vally vlly vly valleys vlys viaduct vdct via viadct view vw views vws village vill villag villg villiage
    vlg villages vlgs ville vl vista vist vst vsta walk walks wall way wy ways well wl wells wls
    """.split()
)

#: USPS abbreviations that are everyday words or units in chat ("is", "app", "ext", "ml", "DM me"): not read as
#: street types at all.
NOT_SUFFIXES = frozenset("is iss app exp ext dm dl dv lf un wl vl ml est cp pk".split())
#: Street types too common in chat to be worth running the address patterns for on their own ("stream",
#: "wall", "ring", "well"): still read as street types when another street word or a postcode is present.
NOT_GATES = frozenset(
    "stream streams wall well wells course lines ring pad hof points ways lights house pt common commons green greens "
    "key keys union light lot".split()
)

#: Street types of the UK, Ireland, Australia, New Zealand, Canada and India that USPS does not list.
OTHER_EN_SUFFIXES = tuple(
    """
    gdns gardens cottages cotts mews grove rise chase parade pde esplanade esp wharf quay gate close cl crescent
    cres drive hill lane terrace walk yard wynd vale approach app broadway circus embankment promenade prom row
    cross main marg salai lines nagar
    """.split()
)

#: Suffixes that are also everyday words ("5 big rest days", "2 court dates", "no way"): after a house number
#: they need a capitalised street name or a unit, city or postcode behind them.
COMMON_WORD_SUFFIXES = frozenset(
    """
    way place drive walk run row point close square circle loop path trail plaza heights ridge pike park view
    green hill field fields lake mill key pass rest light land union station club camp center centre island
    spring springs fall falls track lock well wall mall port forest river plain ford fork dam fort gateway harbor
    haven mount neck oval ramp spur summit trace village vista common commons corner course cove crest curve dale
    divide estate flat flats forge garden glen grove inlet isle junction knoll landing lodge manor meadow mission
    orchard pine pines prairie radial ranch rapid shoal shore stream tunnel valley wells yard gate cross main
    lines chase rise parade approach terrace lane bend crossing branch brook bluff beach bottom bridge bypass
    canyon cape causeway creek extension expressway freeway highway hollow island
    """.split()
)

#: Street types written before the name (Spanish, Catalan, Galician, Italian, Portuguese, Romanian, Polish,
#: Dutch, Russian transliterated), lower-case, abbreviations with their dot.
TYPE_FIRST = tuple(
    """
    calle c/ cl. avenida avda. avda avd. av. av paseo pº pso. plaza pza. pza camino cno. carrera cra. cra kra cr.
    calzada callejón callejon ronda travesía travesia trav. glorieta carretera ctra. urbanización urbanizacion urb.
    bulevar blvd. vía via rambla cuesta pasaje pje. privada priv. cerrada andador circuito prolongación prol.
    diagonal transversal autopista
    carrer c. avinguda avgda. passeig pg. plaça pl. travessera camí cami rúa rua
    viale v.le piazza p.za piazzale corso c.so largo vicolo vico contrada strada lungomare lungotevere borgo
    salita traversa località loc. frazione fraz.
    r. travessa tv. alameda al. praça pç. estrada estr. rodovia rod. servidão servidao beco ladeira quadra qd.
    setor conjunto vila viela
    strada str. bulevardul bd. calea aleea
    ul. ulica al. aleja plac os. osiedle
    laan
    ul ulitsa prospekt pr. per. pereulok shosse naberezhnaya nab. bulvar ploshchad
    """.split()
)

#: Street types written after the house number, before the name (France, Belgium, Quebec, Luxembourg).
FRENCH_TYPES = tuple(
    """
    rue avenue av. boulevard bd bd. bld boul. place pl. impasse imp. chemin ch. allée allee quai route rte cours
    square passage villa cité cite lotissement lot. résidence residence rés. hameau sentier voie rond-point
    faubourg fbg promenade esplanade parvis montée montee côte cote ruelle venelle traverse clos domaine
    """.split()
)

#: Endings of street names written as one word (German, Dutch, Scandinavian): "Hauptstraße", "Prinsengracht".
#: The strong ones are street words and nothing else; the weak ones need a postcode, a unit or an address word.
COMPOUND_TAILS_STRONG = tuple(
    """
    straße strasse str. gasse allee chaussee straat gracht laan boulevard gade gatan gata vägen vej veien
    """.split()
)
COMPOUND_TAILS_WEAK = tuple(
    """
    weg platz ring damm ufer steig pfad markt graben kai plein kade singel dijk steeg dreef hof pad baan torv
    """.split()
)

#: German street names made of a preposition and a noun ("Am Sportplatz 7", "An der Alster 47").
GERMAN_PREPOSITIONS = (
    "am",
    "an der",
    "auf der",
    "auf dem",
    "im",
    "in der",
    "zum",
    "zur",
    "unter den",
    "hinter der",
    "vor dem",
    "bei der",
    "an den",
    "auf den",
)

#: Particles inside street and place names ("Calle de Alcalá", "Rua das Flores", "Laan van Meerdervoort").
NAME_PARTICLES = (
    "de",
    "del",
    "de la",
    "de las",
    "de los",
    "la",
    "las",
    "los",
    "el",
    "d'",
    "de l'",
    "du",
    "des",
    "le",
    "les",
    "da",
    "das",
    "do",
    "dos",
    "di",
    "della",
    "delle",
    "dello",
    "dei",
    "degli",
    "van",
    "von",
    "der",
    "den",
    "het",
    "'t",
    "ten",
    "ter",
    "op",
    "and",
    "y",
    "e",
    "i",
    "sur",
    "en",
    "am",
    "im",
    "upon",
    "on",
    "of",
)

#: Units, floors, blocks and doors that may follow (or come before) the house number.
UNIT_WORDS = tuple(
    """
    apt apartment apartments unit suite ste fl flat floor room rm bldg building dept lot site box pmb
    piso puerta pta apto apart ap casa bloco bloque bl portal esc escalera int interior scala sc sala andar
    wohnung whg og eg stock étage etage bât bât. bat batiment bâtiment porte escalier hinterhaus vorderhaus
    huis bus m. lok.
    кв кв. квартира корп корп. корпус стр стр. строение подъезд этаж
    """.split()
)

#: Post-office boxes and rural routes in every language of the desk's audience.
BOX_WORDS = (
    "po box",
    "p.o. box",
    "p. o. box",
    "p.o box",
    "po. box",
    "post office box",
    "pob",
    "post box",
    "post box no",
    "rr",
    "rural route",
    "hc",
    "star route",
    "postfach",
    "postbus",
    "bp",
    "boîte postale",
    "boite postale",
    "cs",
    "apartado",
    "apartado de correos",
    "apartado postal",
    "caixa postal",
    "cx. postal",
    "casella postale",
    "а/я",
    "абонентский ящик",
    "skrytka pocztowa",
)

#: Indian (and Brazilian planned-city) house and block words that open an address line.
HOUSE_WORDS = (
    "h.no",
    "h.no.",
    "h. no.",
    "h no",
    "house no",
    "house no.",
    "house",
    "door no",
    "door no.",
    "plot",
    "plot no",
    "plot no.",
    "qr no",
    "qr no.",
    "quarter no",
    "flat no",
    "flat no.",
    "villa",
    "shop no",
    "block",
    "sector",
    "ward",
    "gali",
    "sqs",
    "sqn",
    "shis",
    "shin",
    "qnl",
)

#: Locality words of Indian addresses ("Ashok Nagar", "Defence Colony", "Sector 62").
LOCALITY_WORDS = (
    "nagar",
    "colony",
    "enclave",
    "vihar",
    "puram",
    "layout",
    "extension",
    "sector",
    "block",
    "phase",
    "society",
    "residency",
    "apartments",
    "apts",
    "towers",
    "complex",
    "chowk",
    "bazar",
    "bazaar",
    "lines",
    "garden",
    "gardens",
    "town",
    "hills",
    "main",
    "cross",
    "road",
    "marg",
    "salai",
    "street",
    "lane",
    "village",
    "dist",
    "district",
    "taluk",
    "tehsil",
    "po",
    "east",
    "west",
    "north",
    "south",
)

#: Russian and Ukrainian street types, abbreviated and in full (inflected forms start with these stems).
RU_TYPES = (
    "ул.",
    "ул",
    "улица",
    "улице",
    "улицу",
    "пр.",
    "пр-т",
    "пр-кт",
    "просп.",
    "проспект",
    "пер.",
    "переулок",
    "ш.",
    "шоссе",
    "бульвар",
    "б-р",
    "бул.",
    "наб.",
    "набережная",
    "набережной",
    "пл.",
    "площадь",
    "мкр.",
    "мкр",
    "микрорайон",
    "проезд",
    "пр-д",
    "тупик",
    "аллея",
    "вул.",
    "вулиця",
    "просп",
    "пров.",
    "провулок",
    "бульв.",
)

#: US states and territories, Canadian provinces, Australian states, Brazilian states, Mexican states (as
#: written after a city).
US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
    "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI"
).split()
US_STATE_NAMES = (
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
)
CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT".split()
AU_STATES = "NSW VIC QLD WA SA TAS ACT NT".split()
BR_STATES = "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split()
MX_STATES = (
    "CDMX",
    "Jal.",
    "Jal",
    "N.L.",
    "NL",
    "B.C.",
    "BC",
    "BCS",
    "B.C.S.",
    "Edomex",
    "Edo. Méx.",
    "Pue.",
    "Gto.",
    "Qro.",
    "Yuc.",
    "Ver.",
    "Oax.",
    "Chih.",
    "Son.",
    "Sin.",
    "Coah.",
    "Tamps.",
    "Mich.",
    "Gro.",
    "Chis.",
    "Q.R.",
    "Q. Roo",
)
