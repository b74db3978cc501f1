"""Jobs in the network: network role, job title (female/male/neutral form) and department.

A job title may contain ``{gebiet}`` (a programme area, e.g. "Marxloh") or ``{stadt}``.
Which jobs an organisation has depends on its kind; the weights say how common a job is.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.vocab import DISTRICT, HOUSING, MINISTRY, MR, MS, MUNICIPALITY, OTHER_ORGANISATION, PROVIDER, RESEARCH


@dataclass(frozen=True)
class Job:
    role: str
    female: str
    male: str
    neutral: str
    weight: float
    chamber_share: float = 0.0  # share of holders who are chamber members (credits matter to them)

    def title(self, salutation: str) -> str:
        return {MS: self.female, MR: self.male}.get(salutation, self.neutral)


MUNICIPAL_JOBS = (
    Job(
        "Gebietsbeauftragte/r",
        "Gebietsbeauftragte {gebiet}",
        "Gebietsbeauftragter {gebiet}",
        "Gebietsbetreuung {gebiet}",
        5,
        0.35,
    ),
    Job(
        "Programmkoordination",
        "Programmkoordinatorin Sozialer Zusammenhalt",
        "Programmkoordinator Sozialer Zusammenhalt",
        "Programmkoordination Sozialer Zusammenhalt",
        2,
        0.25,
    ),
    Job("Stadtplanung", "Stadtplanerin", "Stadtplaner", "Stadtplanung", 3, 0.6),
    Job(
        "Stadtplanung",
        "Sachbearbeiterin Städtebauförderung",
        "Sachbearbeiter Städtebauförderung",
        "Sachbearbeitung Städtebauförderung",
        2,
        0.1,
    ),
    Job(
        "Leitung",
        "Sachgebietsleiterin Stadterneuerung",
        "Sachgebietsleiter Stadterneuerung",
        "Sachgebietsleitung Stadterneuerung",
        1.5,
        0.5,
    ),
    Job(
        "Leitung",
        "Abteilungsleiterin Stadtentwicklung",
        "Abteilungsleiter Stadtentwicklung",
        "Abteilungsleitung Stadtentwicklung",
        1,
        0.5,
    ),
    Job(
        "Quartiersmanagement",
        "Quartiersmanagerin {gebiet}",
        "Quartiersmanager {gebiet}",
        "Quartiersmanagement {gebiet}",
        1.5,
    ),
    Job("Sonstige", "Sozialplanerin", "Sozialplaner", "Sozialplanung", 1),
    Job("Sonstige", "Integrationsbeauftragte", "Integrationsbeauftragter", "Kommunales Integrationszentrum", 0.5),
)
MUNICIPAL_DEPARTMENTS = (
    "Referat Stadterneuerung",
    "Amt für Stadtentwicklung und Stadtplanung",
    "Fachbereich Stadtplanung und Bauordnung",
    "Stabsstelle Quartiersentwicklung",
    "Amt für Soziales und Wohnen",
    "Fachbereich Umwelt und Stadtplanung",
    "Dezernat für Planen, Bauen und Umwelt",
    "Koordinierungsstelle Sozialer Zusammenhalt",
)

DISTRICT_JOBS = (
    Job("Sonstige", "Kreisplanerin", "Kreisplaner", "Kreisplanung", 2, 0.4),
    Job("Sonstige", "Sozialplanerin", "Sozialplaner", "Sozialplanung", 2),
    Job("Leitung", "Leiterin der Kreisentwicklung", "Leiter der Kreisentwicklung", "Leitung Kreisentwicklung", 1),
)
DISTRICT_DEPARTMENTS = ("Fachdienst Kreisentwicklung", "Fachbereich Soziales", "Stabsstelle Strukturwandel")

LAND_JOBS = (
    Job(
        "Ministerium",
        "Referentin Städtebauförderung",
        "Referent Städtebauförderung",
        "Referat Städtebauförderung",
        3,
        0.2,
    ),
    Job(
        "Ministerium",
        "Referatsleiterin Sozialer Zusammenhalt",
        "Referatsleiter Sozialer Zusammenhalt",
        "Referatsleitung Sozialer Zusammenhalt",
        1,
        0.2,
    ),
    Job(
        "Ministerium",
        "Dezernentin Städtebauförderung",
        "Dezernent Städtebauförderung",
        "Dezernat Städtebauförderung",
        2,
        0.3,
    ),
)
LAND_DEPARTMENTS = (
    "Abteilung 5 – Stadtentwicklung und Denkmalpflege",
    "Referat Städtebauförderung",
    "Dezernat 35 – Städtebau, Bauaufsicht, Denkmal",
    "Gruppe Integrierte Stadtentwicklung",
)

SCIENCE_JOBS = (
    Job(
        "Wissenschaft/Beratung",
        "Wissenschaftliche Mitarbeiterin",
        "Wissenschaftlicher Mitarbeiter",
        "Wissenschaftliche Mitarbeit",
        4,
        0.25,
    ),
    Job("Wissenschaft/Beratung", "Projektleiterin", "Projektleiter", "Projektleitung", 2, 0.4),
    Job(
        "Wissenschaft/Beratung",
        "Professorin für Stadtplanung",
        "Professor für Stadtplanung",
        "Professur für Stadtplanung",
        0.6,
        0.5,
    ),
    Job(
        "Wissenschaft/Beratung",
        "Fachberaterin Sozialer Zusammenhalt",
        "Fachberater Sozialer Zusammenhalt",
        "Fachberatung Sozialer Zusammenhalt",
        1,
        0.5,
    ),
)
SCIENCE_DEPARTMENTS = (
    "Forschungsgruppe Sozialraum Stadt",
    "Bereich Stadtentwicklung, Recht und Soziales",
    "Fachgebiet Städtebau und Bauleitplanung",
    "Forschungsfeld Quartiersentwicklung",
)

CARRIER_JOBS = (
    Job(
        "Quartiersmanagement",
        "Quartiersmanagerin {gebiet}",
        "Quartiersmanager {gebiet}",
        "Quartiersmanagement {gebiet}",
        5,
    ),
    Job(
        "Quartiersmanagement",
        "Leiterin Stadtteilbüro {gebiet}",
        "Leiter Stadtteilbüro {gebiet}",
        "Leitung Stadtteilbüro {gebiet}",
        1.5,
    ),
    Job("Sonstige", "Stadtteilkoordinatorin", "Stadtteilkoordinator", "Stadtteilkoordination", 1.5),
    Job(
        "Leitung",
        "Fachbereichsleiterin Gemeinwesenarbeit",
        "Fachbereichsleiter Gemeinwesenarbeit",
        "Fachbereichsleitung Gemeinwesenarbeit",
        0.7,
    ),
)
CARRIER_DEPARTMENTS = ("Gemeinwesenarbeit", "Quartiersmanagement", "Migrationsdienste", "Soziale Dienste")

HOUSING_JOBS = (
    Job("Sonstige", "Sozialmanagerin", "Sozialmanager", "Sozialmanagement", 2),
    Job("Sonstige", "Quartiersentwicklerin", "Quartiersentwickler", "Quartiersentwicklung", 2, 0.3),
    Job("Leitung", "Leiterin Bestandsentwicklung", "Leiter Bestandsentwicklung", "Leitung Bestandsentwicklung", 1, 0.5),
)
HOUSING_DEPARTMENTS = ("Quartiersentwicklung", "Sozialmanagement", "Bestandsentwicklung", "Technik")

OTHER_JOBS = (
    Job("Sonstige", "Geschäftsführerin", "Geschäftsführer", "Geschäftsführung", 1, 0.3),
    Job("Sonstige", "Planerin", "Planer", "Planung", 1, 0.6),
)

JOBS_BY_KIND = {
    MUNICIPALITY: (MUNICIPAL_JOBS, MUNICIPAL_DEPARTMENTS),
    DISTRICT: (DISTRICT_JOBS, DISTRICT_DEPARTMENTS),
    MINISTRY: (LAND_JOBS, LAND_DEPARTMENTS),
    RESEARCH: (SCIENCE_JOBS, SCIENCE_DEPARTMENTS),
    PROVIDER: (CARRIER_JOBS, CARRIER_DEPARTMENTS),
    HOUSING: (HOUSING_JOBS, HOUSING_DEPARTMENTS),
    OTHER_ORGANISATION: (OTHER_JOBS, ()),
}

# People without an organisation: freelance moderators and planners.
FREELANCE_JOBS = (
    Job("Sonstige", "Moderatorin (freiberuflich)", "Moderator (freiberuflich)", "Moderation (freiberuflich)", 1),
    Job(
        "Stadtplanung",
        "Stadtplanerin (freiberuflich)",
        "Stadtplaner (freiberuflich)",
        "Stadtplanung (freiberuflich)",
        1,
        0.9,
    ),
)
