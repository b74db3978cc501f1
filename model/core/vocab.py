"""Controlled vocabularies of the domain.

The stored values are the German words the office uses; they appear unchanged in the
database, in JSON output of the command line and in the GUI. Every tuple here is also
enforced by a CHECK constraint in the schema (see ``entities``).
"""

MUNICIPALITY, DISTRICT = "Kommune", "Kreis"
MINISTRY, RESEARCH = "Land/Ministerium", "Wissenschaft/Beratung"
PROVIDER, HOUSING, OTHER_ORGANISATION = "Träger", "Wohnungswirtschaft", "Sonstige"
ORGANISATION_KINDS = (MUNICIPALITY, DISTRICT, MINISTRY, RESEARCH, PROVIDER, HOUSING, OTHER_ORGANISATION)
# The local authorities: towns and districts.
MUNICIPAL_KINDS = (MUNICIPALITY, DISTRICT)

MEMBER, GUEST, PARTNER = "Mitglied", "Gast", "Kooperationspartner"
MEMBERSHIP_TYPES = (MEMBER, GUEST, PARTNER)

IN_PREPARATION, FUNDED, CONSOLIDATED = "in Vorbereitung", "in Förderung", "verstetigt"
PROGRAMME_AREA_STATUSES = (IN_PREPARATION, FUNDED, CONSOLIDATED)

MS, MR = "Frau", "Herr"
NO_SALUTATION = "ohne"  # stored when a person wants no Frau/Herr
SALUTATIONS = (MS, MR, NO_SALUTATION)

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
APPLIED, RECOGNISED, REJECTED = "beantragt", "anerkannt", "abgelehnt"
ACCREDITATION_STATES = (APPLIED, RECOGNISED, REJECTED)
IN_PERSON, ONLINE = "Präsenz", "Online"
ATTENDANCE_MODES = (IN_PERSON, ONLINE)
CHAMBER_FIELDS = (
    "Architektur",
    "Innenarchitektur",
    "Landschaftsarchitektur",
    "Stadtplanung",
    "Bauingenieurwesen",
)

NETWORK_MEETING, WORKSHOP, GROUP_MEETING = "Netzwerktreffen", "Werkstatt", "Arbeitsgruppensitzung"
EXPERT_TALK, TRAINING = "Fachgespräch", "Fortbildung"
EXCURSION = "Exkursion"  # an event with a trip (model.excursions.excursions)
CONFERENCE, SITE_VISIT = "Tagung", "Ortsbesuch"
EVENT_KINDS = (NETWORK_MEETING, WORKSHOP, GROUP_MEETING, EXPERT_TALK, TRAINING, EXCURSION, CONFERENCE, SITE_VISIT)

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

WELCOME, TALK, DISCUSSION, WORKING_PHASE = "Begrüßung", "Vortrag", "Diskussion", "Arbeitsphase"
BREAK, VISIT, REPORT, OTHER_ITEM = "Pause", "Besichtigung", "Bericht", "Sonstiges"
AGENDA_ITEM_KINDS = (WELCOME, TALK, DISCUSSION, WORKING_PHASE, BREAK, VISIT, REPORT, OTHER_ITEM)

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

WORKING_GROUP, WORKSHOP_SERIES = "Arbeitsgruppe", "Werkstattreihe"
WORKING_GROUP_KINDS = (WORKING_GROUP, WORKSHOP_SERIES)
GROUP_LEAD, GROUP_MEMBER, GROUP_GUEST = "Leitung", "Mitglied", "Gast"
WORKING_GROUP_ROLES = (GROUP_LEAD, GROUP_MEMBER, GROUP_GUEST)

ATTENDANCE_CERTIFICATE, CREDIT_STATEMENT = "Teilnahmebescheinigung", "Fortbildungsnachweis"
CERTIFICATE_KINDS = (ATTENDANCE_CERTIFICATE, CREDIT_STATEMENT)

SINGLE_ROOM, DOUBLE_ROOM = "EZ", "DZ"
ROOM_WISHES = (SINGLE_ROOM, DOUBLE_ROOM)

TRAVEL_MODES = ("Bahn", "Bus", "Flugzeug", "Pkw", "Fahrrad", "zu Fuß")

# --- Member contributions and invoices ---
# How an organisation wants its invoices: e-invoice to its Leitweg-ID, PDF by e-mail, letter.
E_INVOICE, PDF_BY_MAIL, LETTER = "XRechnung", "PDF per E-Mail", "Brief"
INVOICE_CHANNELS = (E_INVOICE, PDF_BY_MAIL, LETTER)
INVOICE, CREDIT_NOTE = "Rechnung", "Gutschrift"  # a Gutschrift cancels an invoice
INVOICE_KINDS = (INVOICE, CREDIT_NOTE)
MEMBERSHIP_FEE, TRAVEL_COSTS = "Mitgliedsbeitrag", "Reisekosten"
INVOICE_PURPOSES = (MEMBERSHIP_FEE, TRAVEL_COSTS)
# Derived from payments and credit notes, never stored.
INVOICE_STATES = ("offen", "teilbezahlt", "bezahlt", "storniert")
# VAT category codes of EN 16931 (UNCL5305) the office may use: standard rate, exempt,
# not subject to VAT.
STANDARD_RATE, EXEMPT, NOT_SUBJECT = "S", "E", "O"
TAX_CATEGORIES = (STANDARD_RATE, EXEMPT, NOT_SUBJECT)
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
