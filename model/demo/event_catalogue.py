"""What the network talks about: subjects per topic, trainings, conferences, trips, working groups.

The subjects follow the network's own pages (Verfügungsfonds, Investitionspakt Soziale
Integration im Quartier, Leerstand, energetische Sanierung, öffentliche Plätze, Beteiligung,
Kriminalprävention, politische Teilhabe, EU-Förderung …).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..core.vocab import TOPICS, WORKING_GROUP, WORKSHOP_SERIES

(HOUSING, PARTICIPATION, CLIMATE, MANAGEMENT, IMAGE, ECONOMY, EDUCATION, PREVENTION, FUNDING) = TOPICS

# Subjects of talks, workshops and expert talks, by Handlungsfeld.
SUBJECTS = {
    HOUSING: (
        "Umnutzung von Gebäuden und Umgang mit Leerständen",
        "Problemimmobilien und Wohnungsaufsicht im Quartier",
        "Energetische Sanierung im Bestand",
        "Wohnumfeldverbesserung in Großwohnsiedlungen",
        "Kooperation mit der Wohnungswirtschaft",
    ),
    PARTICIPATION: (
        "Beteiligung und Aktivierung von Bewohnerinnen und Bewohnern",
        "Verfügungsfonds nach Nr. 17 Förderrichtlinien Stadterneuerung",
        "Quartiersmanagement verstetigen – Modelle und Finanzierung",
        "Politische Teilhabe in benachteiligten Quartieren",
        "Digitale Beteiligung im Quartier",
        "Kinder- und Jugendbeteiligung im Stadtteil",
    ),
    CLIMATE: (
        "Hitzeschutz und kühle Orte im Quartier",
        "Klimaanpassung im Bestand – Schwammstadt im Stadtteil",
        "Grüne Infrastruktur und Umweltgerechtigkeit",
        "Klimaschutz und Mobilität im Quartier",
    ),
    MANAGEMENT: (
        "Integrierte Handlungskonzepte fortschreiben",
        "Sozialraummonitoring als Grundlage der Gebietsauswahl",
        "Evaluation und Wirkungsmessung in der Stadtteilentwicklung",
        "Ressortübergreifende Steuerung in der Verwaltung",
    ),
    IMAGE: (
        "Stadtteilmarketing mit kleinem Budget",
        "Herstellung lokaler Öffentlichkeit",
        "Stadtteilzeitungen und soziale Medien",
    ),
    ECONOMY: (
        "Lokale Ökonomie und Leerstandsmanagement in Geschäftsstraßen",
        "Beschäftigung und Qualifizierung im Quartier",
        "Migrantische Ökonomie als Stadtteilpotenzial",
    ),
    EDUCATION: (
        "Schule im Quartier – Bildungslandschaften",
        "Schulhöfe als Freiräume für den Stadtteil",
        "Ankommen im Quartier – Zuwanderung aus Südosteuropa",
        "Kulturarbeit und interkulturelles Zusammenleben",
    ),
    PREVENTION: (
        "Sicherheit und Kriminalprävention im öffentlichen Raum",
        "Gesundheitsförderung im Setting Quartier",
        "Umgestaltung öffentlicher Plätze – Sicherheit und Aufenthaltsqualität",
    ),
    FUNDING: (
        "Investitionspakt Soziale Integration im Quartier",
        "Stadterneuerungsprogramm: Antragstellung und Fristen",
        "EU-Förderung 2021–2027: EFRE und ESF Plus für Stadtteile",
        "Förderrichtlinien Stadterneuerung – Neuerungen",
        "Verwendungsnachweise und Prüfung in der Städtebauförderung",
    ),
}


@dataclass(frozen=True)
class Training:
    topic: str
    title: str
    hours: int  # planned length; AKNW grants one point per 45 minutes


TRAININGS = (
    Training(FUNDING, "Fördermittelmanagement in der Städtebauförderung", 6),
    Training(FUNDING, "Vergaberecht für geförderte Maßnahmen", 3),
    Training(HOUSING, "Sanierungsrecht nach §§ 136 ff. BauGB in der Praxis", 6),
    Training(HOUSING, "Zwischennutzung und Leerstandsaktivierung", 3),
    Training(PARTICIPATION, "Moderation von Beteiligungsprozessen", 6),
    Training(PARTICIPATION, "Konfliktmanagement im öffentlichen Raum", 3),
    Training(CLIMATE, "Klimaanpassung in Bauleitplanung und Quartier", 6),
    Training(CLIMATE, "Hitzeschutz und Schwammstadt im Bestand", 3),
    Training(IMAGE, "Kommunikation und Öffentlichkeitsarbeit im Quartier", 3),
    Training(MANAGEMENT, "Evaluation und Wirkungsmessung", 3),
    Training(MANAGEMENT, "Datenschutz in der Quartiersarbeit", 2),
    Training(EDUCATION, "Spiel- und Bewegungsräume gestalten", 3),
    Training(PREVENTION, "Barrierefreie und sichere öffentliche Räume", 6),
    Training(ECONOMY, "Geschäftsstraßenmanagement und Quartiersökonomie", 3),
)


@dataclass(frozen=True)
class Conference:
    day: dt.date
    title: str
    topic: str
    venue: str
    address: str
    points: int
    flagship: bool = False  # the big accredited congress with hundreds of participants


CONFERENCES = (
    Conference(
        dt.date(2022, 11, 10),
        "Digitalisierung und digitale Kultur in der integrierten Stadtteilentwicklung",
        PARTICIPATION,
        "Wissenschaftspark Gelsenkirchen",
        "Munscheidstraße 14, 45886 Gelsenkirchen",
        6,
    ),
    Conference(
        dt.date(2023, 11, 9),
        "Klimagerechte Quartiere – Klimaanpassung in der Sozialen Stadt",
        CLIMATE,
        "Dortmunder U",
        "Leonie-Reygers-Terrasse, 44137 Dortmund",
        6,
    ),
    Conference(
        dt.date(2024, 11, 14),
        "Gesund im Quartier – Gesundheitsförderung in der integrierten Stadtteilentwicklung",
        PREVENTION,
        "Zeche Zollverein, Halle 12",
        "Gelsenkirchener Straße 181, 45309 Essen",
        6,
    ),
    Conference(
        dt.date(2025, 11, 13),
        "Lokale Ökonomie stärken – Beschäftigung und Qualifizierung im Quartier",
        ECONOMY,
        "Landschaftspark Duisburg-Nord, Kraftzentrale",
        "Emscherstraße 71, 47137 Duisburg",
        6,
    ),
    Conference(
        dt.date(2026, 6, 18),
        "Quartiere im Wandel – Fachkongress Sozialer Zusammenhalt NRW 2026",
        FUNDING,
        "Kongresszentrum Westfalenhallen Dortmund",
        "Rheinlanddamm 200, 44139 Dortmund",
        8,
        True,
    ),
    Conference(
        dt.date(2027, 5, 20),
        "Zusammenhalt im Quartier – Bildung und Teilhabe",
        EDUCATION,
        "Wissenschaftspark Gelsenkirchen",
        "Munscheidstraße 14, 45886 Gelsenkirchen",
        6,
    ),
)


@dataclass(frozen=True)
class TripStop:
    time: dt.time
    place: str
    description: str
    host_contact: str | None = None


@dataclass(frozen=True)
class StudyTrip:
    start: dt.date
    title: str
    city: str
    country: str
    travel_mode: str
    departure_point: str
    accommodation: str | None
    accommodation_address: str | None
    contribution: int
    single_room_supplement: int
    capacity: int
    points: int
    days: tuple[tuple[str, tuple[TripStop, ...]], ...]


T = dt.time
S = TripStop
STUDY_TRIPS = (
    StudyTrip(
        dt.date(2022, 9, 21),
        "Studienfahrt Delft und Rotterdam: Stadterneuerung in den Niederlanden",
        "Delft/Rotterdam",
        "Niederlande",
        "Bahn",
        "Duisburg Hbf",
        "Hotel am Markt Delft",
        "Markt 12, 2611 GV Delft",
        420,
        90,
        24,
        16,
        (
            (
                "Anreise und Delft",
                (
                    S(T(8, 15), "Duisburg Hbf", "Abfahrt mit der Bahn über Utrecht"),
                    S(
                        T(13, 0),
                        "Poptahof, Delft",
                        "Rundgang durch das Erneuerungsgebiet",
                        "Gemeente Delft, Wijkaanpak",
                    ),
                    S(T(19, 0), "Delft, Innenstadt", "Gemeinsames Abendessen"),
                ),
            ),
            (
                "Rotterdam-Zuid",
                (
                    S(
                        T(9, 0),
                        "Nationaal Programma Rotterdam Zuid",
                        "Einführung in das Programm",
                        "Programmbureau NPRZ",
                    ),
                    S(T(11, 0), "Tarwewijk", "Quartiersrundgang mit Bewohnerinitiativen"),
                    S(T(15, 0), "Katendrecht", "Vom Hafenviertel zum Wohnquartier"),
                ),
            ),
            (
                "Rückreise",
                (
                    S(T(9, 30), "Afrikaanderwijk, Rotterdam", "Wijkcoöperatie und lokale Ökonomie"),
                    S(T(14, 0), "Rotterdam Centraal", "Rückfahrt nach Duisburg"),
                ),
            ),
        ),
    ),
    StudyTrip(
        dt.date(2023, 9, 27),
        "Studienfahrt Lyon: Politique de la ville und Quartiersentwicklung",
        "Lyon",
        "Frankreich",
        "Bahn",
        "Köln Hbf",
        "Hôtel des Célestins",
        "4 Rue des Archers, 69002 Lyon",
        690,
        180,
        22,
        16,
        (
            (
                "Anreise",
                (
                    S(T(7, 40), "Köln Hbf", "Abfahrt über Paris (TGV)"),
                    S(T(18, 30), "Lyon Part-Dieu", "Ankunft, Einchecken im Hotel"),
                ),
            ),
            (
                "La Duchère",
                (
                    S(
                        T(9, 0),
                        "Métropole de Lyon",
                        "Politique de la ville in der Metropole",
                        "Métropole de Lyon, Direction de la politique de la ville",
                    ),
                    S(T(13, 30), "La Duchère", "Rundgang durch das Projet urbain"),
                ),
            ),
            (
                "Vaulx-en-Velin",
                (
                    S(T(9, 30), "Vaulx-en-Velin, Mas du Taureau", "Stadterneuerung und Beteiligung"),
                    S(T(15, 0), "Lyon Confluence", "Besichtigung des Neubauquartiers"),
                ),
            ),
            ("Rückreise", (S(T(10, 4), "Lyon Part-Dieu", "Rückfahrt nach Köln"),)),
        ),
    ),
    StudyTrip(
        dt.date(2025, 5, 14),
        "Studienfahrt Brüssel: EU-Kommission und Molenbeek",
        "Brüssel",
        "Belgien",
        "Bahn",
        "Köln Hbf",
        "Hotel Bloom Brüssel",
        "Rue Royale 250, 1210 Brüssel",
        480,
        120,
        25,
        16,
        (
            (
                "Europäische Stadtpolitik",
                (
                    S(T(7, 43), "Köln Hbf", "Abfahrt mit dem ICE nach Brüssel"),
                    S(
                        T(13, 0),
                        "Europäische Kommission, GD REGIO",
                        "Kohäsionspolitik und städtische Dimension",
                        "GD REGIO, Referat Städtische Entwicklung",
                    ),
                    S(T(16, 30), "Ständige Vertretung des Landes NRW bei der EU", "Gespräch zur EU-Förderung in NRW"),
                ),
            ),
            (
                "Molenbeek-Saint-Jean",
                (
                    S(T(9, 30), "Gemeinde Molenbeek-Saint-Jean", "Contrats de quartier durables"),
                    S(T(14, 0), "Kanalzone", "Rundgang entlang des Kanals"),
                ),
            ),
            ("Rückreise", (S(T(10, 0), "Brüssel-Süd", "Rückfahrt nach Köln"),)),
        ),
    ),
    StudyTrip(
        dt.date(2027, 3, 17),
        "Studienfahrt Wien: Sanfte Stadterneuerung und Gebietsbetreuung",
        "Wien",
        "Österreich",
        "Flugzeug",
        "Flughafen Düsseldorf",
        "Hotel am Brunnenmarkt",
        "Brunnengasse 40, 1160 Wien",
        640,
        150,
        25,
        16,
        (
            (
                "Anreise und Ottakring",
                (
                    S(T(7, 30), "Flughafen Düsseldorf", "Flug nach Wien"),
                    S(
                        T(14, 0),
                        "Brunnenviertel, Ottakring",
                        "Sanfte Stadterneuerung am Brunnenmarkt",
                        "Gebietsbetreuung Stadterneuerung",
                    ),
                ),
            ),
            (
                "Seestadt Aspern",
                (
                    S(T(9, 30), "Seestadt Aspern", "Neues Quartier und Stadtteilmanagement"),
                    S(T(15, 0), "Gemeindebau Karl-Marx-Hof", "Führung durch den Gemeindebau"),
                ),
            ),
            ("Rückreise", (S(T(16, 0), "Flughafen Wien", "Rückflug nach Düsseldorf"),)),
        ),
    ),
)


@dataclass(frozen=True)
class DayExcursion:
    title: str
    city: str  # the host municipality (a network city)
    topic: str
    stops: tuple[TripStop, ...]


DAY_EXCURSIONS = (
    DayExcursion(
        "Exkursion: Phoenix-See und Hörde – neue Quartiere am Wasser",
        "Dortmund",
        HOUSING,
        (
            S(T(10, 0), "Hörder Burg", "Einführung in den Stadtumbau Hörde"),
            S(T(11, 0), "Phoenix-See", "Rundgang um den See"),
            S(T(14, 0), "Clarenberg", "Gespräch mit dem Quartiersmanagement"),
        ),
    ),
    DayExcursion(
        "Exkursion: Zollverein und Katernberg – Strukturwandel im Essener Norden",
        "Essen",
        ECONOMY,
        (
            S(T(10, 0), "Zeche Zollverein", "Führung über das Welterbe"),
            S(T(13, 0), "Katernberg", "Stadtteilrundgang: Was bleibt nach der Förderung?"),
        ),
    ),
    DayExcursion(
        "Exkursion: Duisburg-Hochfeld und RheinPark",
        "Duisburg",
        CLIMATE,
        (
            S(T(10, 0), "RheinPark Duisburg", "Vom Industriegelände zum Park"),
            S(T(13, 30), "Hochfeld", "Ankommen im Quartier: Projekte für Zugewanderte"),
        ),
    ),
    DayExcursion(
        "Exkursion: Kreativquartier Ückendorf",
        "Gelsenkirchen",
        IMAGE,
        (
            S(T(10, 0), "Bochumer Straße", "Stadterneuerung durch Kunst und Kultur"),
            S(T(12, 30), "Heilig-Kreuz-Kirche", "Umnutzung einer Kirche zum Veranstaltungsort"),
        ),
    ),
    DayExcursion(
        "Exkursion: Köln-Mülheim – Keupstraße und Rheinufer",
        "Köln",
        ECONOMY,
        (
            S(T(10, 0), "Keupstraße", "Migrantische Ökonomie und Geschäftsstraßenmanagement"),
            S(T(13, 0), "Mülheimer Hafen", "Freiraum am Rhein"),
        ),
    ),
    DayExcursion(
        "Exkursion: Wuppertal Oberbarmen/Wichlinghausen und Nordbahntrasse",
        "Wuppertal",
        CLIMATE,
        (
            S(T(10, 0), "Bahnhof Wichlinghausen", "Nordbahntrasse als Stadtteilverbindung"),
            S(T(13, 0), "Berliner Platz", "Umgestaltung eines Stadtteilplatzes"),
        ),
    ),
)


# Working groups of every demo (name, kind, topic, started, ended).
WORKING_GROUPS = (
    ("AG Verfügungsfonds und Beteiligung", WORKING_GROUP, PARTICIPATION, dt.date(2021, 3, 1), None),
    ("AG Klimaanpassung im Quartier", WORKING_GROUP, CLIMATE, dt.date(2022, 6, 1), None),
    ("AG Monitoring und Evaluation", WORKING_GROUP, MANAGEMENT, dt.date(2019, 9, 1), dt.date(2024, 12, 31)),
    ("Werkstattreihe Sozialraumorientierung", WORKSHOP_SERIES, EDUCATION, dt.date(2023, 2, 1), dt.date(2025, 7, 31)),
)
WORKSHOP_SERIES_TITLES = (
    "Sozialraumorientierung – Begriffe und Prinzipien",
    "Sozialraumorientierung in der Verwaltung",
    "Sozialraumorientierung in Jugendhilfe und Schule",
    "Sozialraumorientierung und Städtebauförderung",
    "Wirkungen sichtbar machen",
    "Empfehlungen für die Praxis",
)
# The large demo adds regional working groups on further themes.
EXTRA_GROUP_THEMES = (
    ("Lokale Ökonomie", ECONOMY),
    ("Stadtteilmarketing", IMAGE),
    ("Schule im Quartier", EDUCATION),
    ("Sicherheit im öffentlichen Raum", PREVENTION),
    ("Wohnungsaufsicht", HOUSING),
    ("EU-Förderung", FUNDING),
    ("Gesundheit im Quartier", PREVENTION),
    ("Zuwanderung Südosteuropa", EDUCATION),
    ("Verstetigung", MANAGEMENT),
    ("Jugendbeteiligung", PARTICIPATION),
    ("Grün und Freiraum", CLIMATE),
    ("Energetische Quartierskonzepte", CLIMATE),
    ("Leerstand und Zwischennutzung", HOUSING),
    ("Verwendungsnachweise", FUNDING),
    ("Digitale Beteiligung", PARTICIPATION),
)
GROUP_REGIONS = ("Ruhr", "Rheinland", "Westfalen", "Bergisches Land")

GERMAN_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
