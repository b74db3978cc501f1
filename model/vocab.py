"""Controlled vocabularies of the domain.

The stored values are the German words the office uses; they appear unchanged in the
database, in JSON output of the command line and in the GUI. Every tuple here is also
enforced by a CHECK constraint in the schema (see ``entities``).
"""

ORGANISATION_KINDS = (
    "Kommune",
    "Kreis",
    "Land/Ministerium",
    "Wissenschaft/Beratung",
    "Träger",
    "Wohnungswirtschaft",
    "Sonstige",
)

MEMBERSHIP_TYPES = ("Mitglied", "Gast", "Kooperationspartner")

PROGRAMME_AREA_STATUSES = ("in Vorbereitung", "in Förderung", "verstetigt")

SALUTATIONS = ("Frau", "Herr", "ohne")

# The part a person plays in the network; the free-text job title is ``Person.function``.
PERSON_ROLES = (
    "Gebietsbeauftragte/r",
    "Programmkoordination",
    "Quartiersmanagement",
    "Stadtplanung",
    "Leitung",
    "Wissenschaft/Beratung",
    "Ministerium",
    "Geschäftsstelle",
    "Sonstige",
)

CHAMBERS = ("AKNW", "IK-Bau NRW")
CHAMBER_NAMES = {
    "AKNW": "Architektenkammer Nordrhein-Westfalen",
    "IK-Bau NRW": "Ingenieurkammer-Bau Nordrhein-Westfalen",
}
CHAMBER_FIELDS = (
    "Architektur",
    "Innenarchitektur",
    "Landschaftsarchitektur",
    "Stadtplanung",
    "Bauingenieurwesen",
)

EVENT_KINDS = (
    "Netzwerktreffen",
    "Werkstatt",
    "Arbeitsgruppensitzung",
    "Fachgespräch",
    "Fortbildung",
    "Exkursion",
    "Tagung",
    "Ortsbesuch",
)

EVENT_FORMATS = ("Präsenz", "Online", "Hybrid")

EVENT_STATUSES = ("geplant", "ausgeschrieben", "durchgeführt", "abgesagt")

# Handlungsfelder of integrated district development, as the network names them.
TOPICS = (
    "Wohnungs- und Städtebau",
    "Bürgerbeteiligung und Quartiersmanagement",
    "Nachhaltigkeit, Klimaanpassung und Klimaschutz",
    "Organisation, Finanzierung und Management",
    "Stadtteilmarketing und Imageaufwertung",
    "Lokale Ökonomie, Beschäftigung und Qualifizierung",
    "Bildung, Kultur und interkulturelles Zusammenleben",
    "Prävention, Sicherheit und Gesundheit",
    "Städtebauförderung und Programmsteuerung",
)

AGENDA_ITEM_KINDS = (
    "Begrüßung",
    "Vortrag",
    "Diskussion",
    "Arbeitsphase",
    "Pause",
    "Besichtigung",
    "Bericht",
    "Sonstiges",
)

REGISTRATION_STATUSES = (
    "angemeldet",
    "Warteliste",
    "abgemeldet",
    "teilgenommen",
    "entschuldigt",
    "nicht erschienen",
)
# Statuses that occupy a seat of an event's capacity.
SEAT_TAKING_STATUSES = ("angemeldet", "teilgenommen")

REGISTRATION_ROLES = ("Teilnahme", "Referent/in", "Moderation", "Organisation")

WORKING_GROUP_KINDS = ("Arbeitsgruppe", "Werkstattreihe")
WORKING_GROUP_ROLES = ("Leitung", "Mitglied", "Gast")

CERTIFICATE_KINDS = ("Teilnahmebescheinigung", "Fortbildungsnachweis")

ROOM_WISHES = ("EZ", "DZ")

TRAVEL_MODES = ("Bahn", "Bus", "Flugzeug", "Pkw", "Fahrrad", "zu Fuß")


def sql_in(values: tuple[str, ...]) -> str:
    """A SQL ``IN (...)`` list of string literals for CHECK constraints."""
    quoted = ", ".join("'" + value.replace("'", "''") + "'" for value in values)
    return f"({quoted})"

# Label products for name badges (codes stored in the office profile and given on the command
# line); their geometry lives in reports/label_stock.py.
BADGE_STOCKS = ("L4785", "LP800", "C32011", "A4")
DEFAULT_BADGE_STOCK = "L4785"
ADDRESS_LABEL_STOCKS = ("3475", "3422")
