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

NO_SALUTATION = "ohne"  # stored when a person wants no Frau/Herr
SALUTATIONS = ("Frau", "Herr", NO_SALUTATION)

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

EXCURSION = "Exkursion"  # an event with a trip (model.excursions.excursions)
EVENT_KINDS = (
    "Netzwerktreffen",
    "Werkstatt",
    "Arbeitsgruppensitzung",
    "Fachgespräch",
    "Fortbildung",
    EXCURSION,
    "Tagung",
    "Ortsbesuch",
)

HYBRID = "Hybrid"
EVENT_FORMATS = (IN_PERSON, ONLINE, HYBRID)

PLANNED, ANNOUNCED, HELD, CALLED_OFF = "geplant", "ausgeschrieben", "durchgeführt", "abgesagt"
EVENT_STATUSES = (PLANNED, ANNOUNCED, HELD, CALLED_OFF)

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

REGISTERED = "angemeldet"
WAITING = "Warteliste"
DEREGISTERED = "abgemeldet"  # cancelled by the person
ATTENDED = "teilgenommen"
EXCUSED = "entschuldigt"  # cancelled with an excuse
NO_SHOW = "nicht erschienen"
REGISTRATION_STATUSES = (REGISTERED, WAITING, DEREGISTERED, ATTENDED, EXCUSED, NO_SHOW)
# Statuses that occupy a seat of an event's capacity.
SEAT_TAKING_STATUSES = (REGISTERED, ATTENDED)
# Cancelled registrations: they free their seat.
CANCELLED_STATUSES = (DEREGISTERED, EXCUSED)

PARTICIPANT, SPEAKER, MODERATOR, ORGANISER = "Teilnahme", "Referent/in", "Moderation", "Organisation"
REGISTRATION_ROLES = (PARTICIPANT, SPEAKER, MODERATOR, ORGANISER)
# Roles that pay an event's fee or a trip's contribution; speakers, moderators and office
# staff take part on the network's budget.
PAYING_ROLES = (PARTICIPANT,)

WORKING_GROUP_KINDS = ("Arbeitsgruppe", "Werkstattreihe")
WORKING_GROUP_ROLES = ("Leitung", "Mitglied", "Gast")

CERTIFICATE_KINDS = ("Teilnahmebescheinigung", "Fortbildungsnachweis")

SINGLE_ROOM, DOUBLE_ROOM = "EZ", "DZ"
ROOM_WISHES = (SINGLE_ROOM, DOUBLE_ROOM)

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
