"""Places of the demo: member municipalities with real programme areas, and the other organisations.

Municipality names, AGS and postcodes come from ``resources/data/nrw_gemeinden.csv``; this
module adds what the office knows about each member: town hall, dialling code, web domain,
year of joining and its programme areas (district names are real; years are illustrative).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.vocab import (
    CONSOLIDATED,
    FUNDED,
    GUEST,
    HOUSING,
    IN_PREPARATION,
    MEMBER,
    MINISTRY,
    OTHER_ORGANISATION,
    PARTNER,
    PROVIDER,
    RESEARCH,
)


@dataclass(frozen=True)
class Area:
    name: str
    admitted: int | None  # None: application in preparation
    ended: int | None = None

    @property
    def status(self) -> str:
        if self.admitted is None:
            return IN_PREPARATION
        return CONSOLIDATED if self.ended else FUNDED

    @property
    def programme(self) -> str:
        # The programme under which the area was admitted ("Soziale Stadt" until 2019).
        return "Soziale Stadt" if self.admitted and self.admitted < 2020 else "Sozialer Zusammenhalt"


@dataclass(frozen=True)
class NetworkCity:
    name: str  # exactly as in nrw_gemeinden.csv
    town_hall: str
    area_code: str
    domain: str
    joined: int
    areas: tuple[Area, ...]


A = Area
# Ordered by importance for the network: the small demo takes the first SMALL_CITY_COUNT.
NETWORK_CITIES = (
    NetworkCity(
        "Gelsenkirchen",
        "Ebertstraße 11",
        "0209",
        "gelsenkirchen.de",
        1994,
        (
            A("Gelsenkirchen Bismarck/Schalke-Nord", 1995, 2008),
            A("Gelsenkirchen Südost", 2006, 2018),
            A("Gelsenkirchen Hassel/Westerholt/Bertlich", 2009, 2021),
            A("Gelsenkirchen Schalke", 2019),
            A("Gelsenkirchen Ückendorf", 2021),
        ),
    ),
    NetworkCity(
        "Duisburg",
        "Burgplatz 19",
        "0203",
        "duisburg.de",
        1994,
        (
            A("Duisburg-Marxloh", 1999),
            A("Duisburg-Hochfeld", 2008),
            A("Duisburg Bruckhausen/Beeck", 2009, 2022),
            A("Duisburg-Laar", None),
        ),
    ),
    NetworkCity(
        "Dortmund",
        "Friedensplatz 1",
        "0231",
        "dortmund.de",
        1994,
        (
            A("Dortmund Nordstadt", 1999),
            A("Dortmund Westerfilde/Bodelschwingh", 2008),
            A("Dortmund-Hörde", 2005, 2016),
            A("Dortmund-Marten", 2020),
        ),
    ),
    NetworkCity(
        "Essen",
        "Porscheplatz 1",
        "0201",
        "essen.de",
        1994,
        (
            A("Essen Altendorf", 2006, 2019),
            A("Essen-Katernberg", 1995, 2006),
            A("Essen Altenessen-Süd/Nordviertel", 2016),
        ),
    ),
    NetworkCity(
        "Köln",
        "Rathausplatz 2",
        "0221",
        "stadt-koeln.de",
        1994,
        (
            A("Köln-Chorweiler", 2003),
            A("Köln-Kalk", 1999, 2012),
            A("Köln Mülheim-Nord/Keupstraße", 2009, 2020),
            A("Köln-Vingst/Höhenberg", 2005, 2014),
        ),
    ),
    NetworkCity(
        "Bochum",
        "Willy-Brandt-Platz 2–6",
        "0234",
        "bochum.de",
        1996,
        (A("Bochum Hustadt", 2008), A("Bochum Wattenscheid-Mitte", 2012)),
    ),
    NetworkCity(
        "Hamm",
        "Theodor-Heuss-Platz 16",
        "02381",
        "hamm.de",
        1995,
        (A("Hamm Westen", 2005), A("Hamm Norden", 2009, 2023)),
    ),
    NetworkCity(
        "Herne",
        "Friedrich-Ebert-Platz 2",
        "02323",
        "herne.de",
        1994,
        (A("Herne Wanne-Mitte", 2006), A("Herne Bickern/Unser Fritz", 2009, 2021), A("Herne-Horsthausen", 2020)),
    ),
    NetworkCity(
        "Oberhausen",
        "Schwartzstraße 72",
        "0208",
        "oberhausen.de",
        1995,
        (A("Oberhausen Lirich", 2012), A("Oberhausen Knappenviertel", 1996, 2008), A("Oberhausen-Osterfeld", None)),
    ),
    NetworkCity(
        "Bielefeld",
        "Niederwall 23",
        "0521",
        "bielefeld.de",
        2002,
        (A("Bielefeld Sennestadt", 2012), A("Bielefeld Baumheide", 2003, 2014), A("Bielefeld Sieker-Mitte", 2020)),
    ),
    NetworkCity(
        "Wuppertal",
        "Johannes-Rau-Platz 1",
        "0202",
        "wuppertal.de",
        1996,
        (
            A("Wuppertal Oberbarmen/Wichlinghausen", 2007),
            A("Wuppertal Ostersbaum", 1997, 2010),
            A("Wuppertal-Heckinghausen", 2016),
        ),
    ),
    NetworkCity(
        "Mönchengladbach",
        "Rathausplatz 1",
        "02161",
        "moenchengladbach.de",
        2004,
        (A("Mönchengladbach Westend", 2010), A("Mönchengladbach Rheydt-Mitte", 2014)),
    ),
    NetworkCity(
        "Aachen",
        "Markt",
        "0241",
        "aachen.de",
        1999,
        (A("Aachen-Ost/Rothe Erde", 1999), A("Aachen-Nord", 2009), A("Aachen Preuswald", 2021)),
    ),
    NetworkCity(
        "Düsseldorf",
        "Marktplatz 2",
        "0211",
        "duesseldorf.de",
        1994,
        (
            A("Düsseldorf Flingern/Oberbilk", 1999, 2012),
            A("Düsseldorf-Rath/Mörsenbroich", 2011),
            A("Düsseldorf Hassels-Nord", 2020),
        ),
    ),
    NetworkCity(
        "Hagen",
        "Rathausstraße 11",
        "02331",
        "hagen.de",
        1998,
        (A("Hagen Wehringhausen", 2012), A("Hagen-Altenhagen", 2006, 2018)),
    ),
    NetworkCity(
        "Gladbeck",
        "Willy-Brandt-Platz 2",
        "02043",
        "gladbeck.de",
        1996,
        (A("Gladbeck Brauck", 2000, 2012), A("Gladbeck Rentfort-Nord", 2010), A("Gladbeck-Butendorf", 2021)),
    ),
    NetworkCity(
        "Castrop-Rauxel",
        "Europaplatz 1",
        "02305",
        "castrop-rauxel.de",
        2001,
        (A("Castrop-Rauxel Deininghausen", 2003, 2014), A("Castrop-Rauxel Habinghorst", 2016)),
    ),
    NetworkCity(
        "Bergkamen",
        "Rathausplatz 1",
        "02307",
        "bergkamen.de",
        2008,
        (A("Bergkamen-Mitte", 2019), A("Bergkamen-Weddinghofen", None)),
    ),
    NetworkCity(
        "Bottrop",
        "Ernst-Wilczok-Platz 1",
        "02041",
        "bottrop.de",
        1999,
        (A("Bottrop Boy/Welheim", 2007, 2019), A("Bottrop Lehmkuhle", 2020)),
    ),
    NetworkCity("Marl", "Creiler Platz 1", "02365", "marl.de", 1994, (A("Marl Hüls-Süd", 2009), A("Marl-Mitte", 2021))),
    NetworkCity(
        "Solingen",
        "Rathausplatz 1",
        "0212",
        "solingen.de",
        2003,
        (A("Solingen Nordstadt", 2013), A("Solingen-Fuhr", 2003, 2015)),
    ),
    NetworkCity(
        "Krefeld",
        "Von-der-Leyen-Platz 1",
        "02151",
        "krefeld.de",
        1999,
        (A("Krefeld Innenstadt/Südweststadt", 2010), A("Krefeld Dießem/Lehmheide", 2021)),
    ),
    NetworkCity(
        "Recklinghausen",
        "Rathausplatz 3",
        "02361",
        "recklinghausen.de",
        1997,
        (A("Recklinghausen Hochlarmark", 2005, 2016), A("Recklinghausen Süd/Grullbad", 2015)),
    ),
    NetworkCity(
        "Mülheim an der Ruhr",
        "Ruhrstraße 32",
        "0208",
        "muelheim-ruhr.de",
        2000,
        (A("Mülheim-Eppinghofen", 2010), A("Mülheim-Styrum", 2021)),
    ),
    NetworkCity(
        "Herten",
        "Kurt-Schumacher-Straße 2",
        "02366",
        "herten.de",
        2004,
        (A("Herten-Süd", 2006, 2017), A("Herten-Nord", 2020)),
    ),
    NetworkCity("Dinslaken", "Platz d'Agen 1", "02064", "dinslaken.de", 2006, (A("Dinslaken-Lohberg", 2006),)),
    NetworkCity("Moers", "Rathausplatz 1", "02841", "moers.de", 2008, (A("Moers Meerbeck/Hochstraß", 2008),)),
    NetworkCity("Bonn", "Berliner Platz 2", "0228", "bonn.de", 2006, (A("Bonn Neu-Tannenbusch", 2006),)),
    NetworkCity(
        "Münster",
        "Klemensstraße 10",
        "0251",
        "stadt-muenster.de",
        2005,
        (A("Münster-Coerde", 2016), A("Münster Kinderhaus/Brüningheide", 2005, 2015)),
    ),
    NetworkCity(
        "Leverkusen",
        "Friedrich-Ebert-Platz 1",
        "0214",
        "leverkusen.de",
        2006,
        (A("Leverkusen Rheindorf-Nord", 2006, 2016),),
    ),
    NetworkCity(
        "Remscheid", "Theodor-Heuss-Platz 1", "02191", "remscheid.de", 2012, (A("Remscheid Rosenhügel", 2014),)
    ),
    NetworkCity("Siegen", "Markt 2", "0271", "siegen.de", 2007, (A("Siegen Fischbacherberg", 2007, 2018),)),
    NetworkCity(
        "Lünen",
        "Willy-Brandt-Platz 1",
        "02306",
        "luenen.de",
        2009,
        (A("Lünen-Gahmen", 2010), A("Lünen-Brambauer", 2016)),
    ),
    NetworkCity("Witten", "Marktstraße 16", "02302", "witten.de", 2016, (A("Witten-Annen", 2017),)),
    NetworkCity(
        "Neuss", "Markt 2", "02131", "neuss.de", 2007, (A("Neuss-Erfttal", 2007, 2017), A("Neuss-Weckhoven", 2018))
    ),
    NetworkCity("Velbert", "Thomasstraße 1", "02051", "velbert.de", 2007, (A("Velbert Birth/Losenburg", 2007, 2019),)),
    NetworkCity("Ahlen", "Westenmauer 10", "02382", "ahlen.de", 2003, (A("Ahlen Süd/Ost", 2003, 2015),)),
    NetworkCity("Detmold", "Marktplatz 5", "05231", "detmold.de", 2009, (A("Detmold-Herberhausen", 2009),)),
    NetworkCity(
        "Kamp-Lintfort", "Am Rathaus 2", "02842", "kamp-lintfort.de", 2011, (A("Kamp-Lintfort Altsiedlung", 2011),)
    ),
    NetworkCity(
        "Dorsten", "Halterner Straße 5", "02362", "dorsten.de", 2007, (A("Dorsten Wulfen-Barkenberg", 2007, 2017),)
    ),
)
SMALL_CITY_COUNT = 20

# Membership histories that are not simply "Mitglied since joining": (type, from, until).
SPECIAL_MEMBERSHIPS = {
    "Bergkamen": ((GUEST, 2008, 2012), (MEMBER, 2013, None)),
    "Hagen": ((MEMBER, 1998, 2023), (GUEST, 2024, None)),
    "Castrop-Rauxel": ((MEMBER, 2001, 2022), (MEMBER, 2025, None)),
    "Mönchengladbach": ((GUEST, 2004, 2006), (MEMBER, 2007, None)),
    "Marl": ((MEMBER, 1994, 2021),),
    "Siegen": ((MEMBER, 2007, 2019), (GUEST, 2020, 2024)),
    "Witten": ((GUEST, 2016, 2022), (MEMBER, 2023, None)),
}

# Kreise and the town of their administration (for postcode and city).
DISTRICT_SEATS = {
    "Borken": "Borken",
    "Coesfeld": "Coesfeld",
    "Düren": "Düren",
    "Ennepe-Ruhr-Kreis": "Schwelm",
    "Euskirchen": "Euskirchen",
    "Gütersloh": "Gütersloh",
    "Heinsberg": "Heinsberg",
    "Herford": "Herford",
    "Hochsauerlandkreis": "Meschede",
    "Höxter": "Höxter",
    "Kleve": "Kleve",
    "Lippe": "Detmold",
    "Mettmann": "Mettmann",
    "Minden-Lübbecke": "Minden",
    "Märkischer Kreis": "Lüdenscheid",
    "Oberbergischer Kreis": "Gummersbach",
    "Olpe": "Olpe",
    "Paderborn": "Paderborn",
    "Recklinghausen": "Recklinghausen",
    "Rhein-Erft-Kreis": "Bergheim",
    "Rhein-Kreis Neuss": "Neuss",
    "Rhein-Sieg-Kreis": "Siegburg",
    "Rheinisch-Bergischer Kreis": "Bergisch Gladbach",
    "Siegen-Wittgenstein": "Siegen",
    "Soest": "Soest",
    "Steinfurt": "Steinfurt",
    "Städteregion Aachen": "Aachen",
    "Unna": "Unna",
    "Viersen": "Viersen",
    "Warendorf": "Warendorf",
    "Wesel": "Wesel",
}
SMALL_DISTRICTS = ("Recklinghausen",)


@dataclass(frozen=True)
class KnownOrganisation:
    name: str
    kind: str
    street: str | None
    postcode: str
    city: str
    area_code: str
    domain: str
    membership: tuple[str, int, int | None] | None = None  # (type, since, until)
    in_small: bool = False


K = KnownOrganisation
KNOWN_ORGANISATIONS = (
    K(
        "Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen",
        MINISTRY,
        "Jürgensplatz 1",
        "40219",
        "Düsseldorf",
        "0211",
        "mhkbd.nrw.de",
        (PARTNER, 2005, None),
        True,
    ),
    K(
        "Bezirksregierung Düsseldorf",
        MINISTRY,
        "Cecilienallee 2",
        "40474",
        "Düsseldorf",
        "0211",
        "brd.nrw.de",
        None,
        True,
    ),
    K(
        "Bezirksregierung Arnsberg",
        MINISTRY,
        "Seibertzstraße 1",
        "59821",
        "Arnsberg",
        "02931",
        "bra.nrw.de",
        None,
        True,
    ),
    K("Bezirksregierung Münster", MINISTRY, "Domplatz 1–3", "48143", "Münster", "0251", "brms.nrw.de"),
    K("Bezirksregierung Köln", MINISTRY, "Zeughausstraße 2–10", "50667", "Köln", "0221", "brk.nrw.de"),
    K("Bezirksregierung Detmold", MINISTRY, "Leopoldstraße 15", "32756", "Detmold", "05231", "brdt.nrw.de"),
    K(
        "Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen",
        MINISTRY,
        "Fürstenwall 25",
        "40219",
        "Düsseldorf",
        "0211",
        "mags.nrw.de",
    ),
    K(
        "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes "
        "Nordrhein-Westfalen",
        MINISTRY,
        "Völklinger Straße 4",
        "40219",
        "Düsseldorf",
        "0211",
        "mkjfgfi.nrw.de",
    ),
    K("NRW.BANK", MINISTRY, "Kavalleriestraße 22", "40213", "Düsseldorf", "0211", "nrwbank.de"),
    K(
        "ILS – Institut für Landes- und Stadtentwicklungsforschung gGmbH",
        RESEARCH,
        "Brüderweg 22–24",
        "44135",
        "Dortmund",
        "0231",
        "ils-forschung.de",
        (PARTNER, 2002, None),
        True,
    ),
    K(
        "Deutsches Institut für Urbanistik (Difu)",
        RESEARCH,
        "Zimmerstraße 13–15",
        "10969",
        "Berlin",
        "030",
        "difu.de",
        (PARTNER, 2010, 2020),
        True,
    ),
    K(
        "vhw – Bundesverband für Wohnen und Stadtentwicklung e. V.",
        RESEARCH,
        "Fritschestraße 27/28",
        "10585",
        "Berlin",
        "030",
        "vhw.de",
        (PARTNER, 2012, None),
        True,
    ),
    K(
        "TU Dortmund, Fakultät Raumplanung",
        RESEARCH,
        "August-Schmidt-Straße 10",
        "44227",
        "Dortmund",
        "0231",
        "tu-dortmund.de",
        (PARTNER, 2015, None),
        True,
    ),
    K(
        "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)",
        RESEARCH,
        "Deichmanns Aue 31–37",
        "53179",
        "Bonn",
        "0228",
        "bbr.bund.de",
    ),
    K(
        "Baukultur Nordrhein-Westfalen e. V.",
        RESEARCH,
        "Leithestraße 33",
        "45886",
        "Gelsenkirchen",
        "0209",
        "baukultur.nrw",
    ),
    K(
        "Universität Duisburg-Essen, Institut für Stadtplanung und Städtebau",
        RESEARCH,
        None,
        "45127",
        "Essen",
        "0201",
        "uni-due.de",
    ),
    K(
        "RWTH Aachen, Lehrstuhl für Planungstheorie und Stadtentwicklung",
        RESEARCH,
        None,
        "52062",
        "Aachen",
        "0241",
        "rwth-aachen.de",
    ),
    K(
        "AWO Bezirk Westliches Westfalen e. V.",
        PROVIDER,
        "Kronenstraße 63–69",
        "44139",
        "Dortmund",
        "0231",
        "awo-ww.de",
        None,
        True,
    ),
    K(
        "Caritasverband für das Bistum Essen e. V.",
        PROVIDER,
        "Am Porscheplatz 1",
        "45127",
        "Essen",
        "0201",
        "caritas-essen.de",
        None,
        True,
    ),
    K(
        "Diakonie Rheinland-Westfalen-Lippe e. V.",
        PROVIDER,
        "Lenaustraße 41",
        "40470",
        "Düsseldorf",
        "0211",
        "diakonie-rwl.de",
        None,
        True,
    ),
    K("Der Paritätische NRW", PROVIDER, "Loher Straße 7", "42283", "Wuppertal", "0202", "paritaet-nrw.org"),
    K("IB West gGmbH für Bildung und soziale Dienste", PROVIDER, None, "45127", "Essen", "0201", "ib.de"),
    K(
        "Vivawest Wohnen GmbH",
        HOUSING,
        "Nordsternplatz 1",
        "45899",
        "Gelsenkirchen",
        "0209",
        "vivawest.de",
        (PARTNER, 2019, None),
        True,
    ),
    K(
        "LEG Immobilien SE",
        HOUSING,
        "Flughafenstraße 99",
        "40474",
        "Düsseldorf",
        "0211",
        "leg-se.com",
        None,
        True,
    ),
    K(
        "VBW Bauen und Wohnen GmbH",
        HOUSING,
        "Wirmerstraße 28",
        "44803",
        "Bochum",
        "0234",
        "vbw-bochum.de",
        None,
        True,
    ),
    K("Vonovia SE", HOUSING, "Universitätsstraße 133", "44803", "Bochum", "0234", "vonovia.de"),
    K(
        "GAG Immobilien AG",
        HOUSING,
        "Josef-Lammerting-Allee 20–22",
        "50933",
        "Köln",
        "0221",
        "gag-koeln.de",
    ),
    K("DOGEWO21", HOUSING, "Landgrafenstraße 77", "44139", "Dortmund", "0231", "dogewo21.de"),
    K("Allbau GmbH", HOUSING, None, "45127", "Essen", "0201", "allbau.de"),
    K(
        "BGW Bielefelder Gemeinnützige Wohnungsgesellschaft mbH",
        HOUSING,
        "Carlmeyerstraße 1",
        "33613",
        "Bielefeld",
        "0521",
        "bgw-bielefeld.de",
    ),
    K(
        "VdW Verband der Wohnungs- und Immobilienwirtschaft Rheinland Westfalen e. V.",
        HOUSING,
        "Goltsteinstraße 29",
        "40211",
        "Düsseldorf",
        "0211",
        "vdw-rw.de",
    ),
    # Named to test escaping in every output (PDF markup, XML, HTML).
    K(
        "Müller & Söhne <GmbH>",
        OTHER_ORGANISATION,
        "Hafenstraße 12",
        "45659",
        "Recklinghausen",
        "02361",
        "mueller-soehne.de",
        None,
        True,
    ),
)

# Local providers of neighbourhood management, generated per member city in the large demo.
CARRIER_PATTERNS = (
    "AWO Kreisverband {stadt} e. V.",
    "Caritasverband {stadt} e. V.",
    "Diakonisches Werk {stadt}",
    "Stadtteilbüro {gebiet} (Quartiersmanagement)",
    "Bürgerzentrum {gebiet} e. V.",
)
HOUSING_PATTERNS = ("Wohnungsbaugenossenschaft {stadt} eG", "Gemeinnütziger Bauverein {stadt} eG")
CONSULTANCIES = (
    "Büro für Quartiersentwicklung Rhein-Ruhr GmbH",
    "StadtRaumKonzept Partnerschaft mbB",
    "Forum Gemeinwesen Beratung GmbH",
    "Planungsgruppe Stadtteil & Region",
    "Institut für Sozialraumplanung Westfalen",
    "Agentur für Beteiligung und Moderation NRW",
    "Kooperative Stadtentwicklung Ruhr eG",
    "Lernende Quartiere – Beratung und Evaluation",
)

# Generic district names for municipalities outside the core network (large demo only).
GENERIC_DISTRICTS = ("Innenstadt", "Nordstadt", "Südstadt", "Oststadt", "Weststadt", "Bahnhofsviertel")

# The office of the network itself (its staff work for the network, not for a member).
OFFICE = K(
    "Städtenetz Soziale Stadt NRW – Geschäftsstelle",
    OTHER_ORGANISATION,
    "Bochumer Straße 86",
    "45886",
    "Gelsenkirchen",
    "0209",
    "staedtenetz-soziale-stadt.nrw",
    None,
    True,
)
OFFICE_PROFILE = {
    "office_name": "Geschäftsstelle Städtenetz Soziale Stadt NRW",
    "network_name": "Städtenetz Soziale Stadt NRW",
    "street": OFFICE.street,
    "postcode": OFFICE.postcode,
    "city": OFFICE.city,
    "phone": "0209 95 66 70-0",
    "email": "info@staedtenetz-soziale-stadt.nrw",
    "website": "https://www.staedtenetz-soziale-stadt.nrw",
    "signatory_function": "Leiterin der Geschäftsstelle",
    "certificate_place": "Gelsenkirchen",
    "certificate_prefix": "NWS",
}
