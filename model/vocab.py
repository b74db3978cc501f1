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

# The chambers most members belong to; all chambers of the Länder are rows of the
# ``chamber`` table (seeded by migration 0004, extensible in Einstellungen).
CHAMBERS = ("AKNW", "IK-Bau NRW")
CHAMBER_NAMES = {
    "AKNW": "Architektenkammer Nordrhein-Westfalen",
    "IK-Bau NRW": "Ingenieurkammer-Bau Nordrhein-Westfalen",
}
ACCREDITATION_STATES = ("beantragt", "anerkannt", "abgelehnt")
IN_PERSON, ONLINE = "Präsenz", "Online"
ATTENDANCE_MODES = (IN_PERSON, ONLINE)
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

# --- Member contributions and invoices ---
# How an organisation wants its invoices: e-invoice to its Leitweg-ID, PDF by e-mail, letter.
INVOICE_CHANNELS = ("XRechnung", "PDF per E-Mail", "Brief")
INVOICE_KINDS = ("Rechnung", "Gutschrift")  # a Gutschrift cancels an invoice (credit note)
INVOICE_PURPOSES = ("Mitgliedsbeitrag", "Reisekosten")
# Derived from payments and credit notes, never stored.
INVOICE_STATES = ("offen", "teilbezahlt", "bezahlt", "storniert")
# VAT category codes of EN 16931 (UNCL5305) the office may use: standard rate, exempt,
# not subject to VAT.
TAX_CATEGORIES = ("S", "E", "O")
REMINDER_LEVELS = (1, 2)


def sql_in(values: tuple[str, ...]) -> str:
    """A SQL ``IN (...)`` list of string literals for CHECK constraints."""
    quoted = ", ".join("'" + value.replace("'", "''") + "'" for value in values)
    return f"({quoted})"

# Label products for name badges (codes stored in the office profile and given on the command
# line); their geometry lives in reports/label_stock.py.
BADGE_STOCKS = ("L4785", "LP800", "C32011", "A4")
DEFAULT_BADGE_STOCK = "L4785"
ADDRESS_LABEL_STOCKS = ("3475", "3422")
