"""What every import reports back: per-row outcome and problems, for preview and CLI alike.

Imports are all-or-nothing: they collect every problem first and write only when there is
none (and never in a dry run / preview).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.errors import UserError

# Row outcomes shown in the preview.
NEW, UPDATE, DUPLICATE, UNCHANGED, ERROR = "neu", "Aktualisierung", "mögliches Duplikat", "unverändert", "Fehler"
# A match by name alone where e-mail or organisation differ: never applied without a check.
REVIEW = "prüfen"


@dataclass
class RowIssue:
    row: int  # as Excel numbers it
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"Zeile {self.row}" + (f", Feld »{self.field}«" if self.field else "")
        return f"{where}: {self.message}"


@dataclass
class RowOutcome:
    row: int
    status: str  # NEW, UPDATE, DUPLICATE, UNCHANGED or ERROR
    values: dict = field(default_factory=dict)
    note: str = ""
    who: str = ""  # a possible duplicate: the row's name …
    like: str = ""  # … and whom it resembles ("Ayşe Yılmaz (Stadt Duisburg)", "Zeile 3")


@dataclass
class ImportReport:
    kind: str
    rows: list[RowOutcome] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)
    header_row: int | None = None
    mapping: dict[int, str] = field(default_factory=dict)
    dry_run: bool = False
    written: bool = False
    created: list[str] = field(default_factory=list)  # other records the import creates (e.g. organisations)
    duplicates_left_out: bool = False  # rows with status DUPLICATE are not written
    hidden_rows: int = 0  # rows Excel hides (by hand or by a filter): left out, as the user sees them

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.rows if outcome.status == status)

    def summary(self) -> str:
        """What happened (or would happen) to every row, in one German sentence:
        "Personen: 11 neu übernommen; 1 mögliches Duplikat nicht übernommen: Zeile 4 Ayşe Yılmaz
        ähnelt Ayşe Yılmaz (Stadt Duisburg)." A dry run says so and uses the conditional."""
        done = self.written and not self.dry_run
        parts = []
        if new := self.count(NEW):
            parts.append(f"{new} neu übernommen" if done else f"{new} neu")
        if updated := self.count(UPDATE):
            parts.append(f"{updated} aktualisiert" if done else f"{updated} zu aktualisieren")
        if unchanged := self.count(UNCHANGED):
            parts.append(f"{unchanged} unverändert")
        if duplicates := [o for o in self.rows if o.status == DUPLICATE]:
            noun = "mögliches Duplikat" if len(duplicates) == 1 else "mögliche Duplikate"
            if self.duplicates_left_out:
                fate = (
                    "nicht übernommen"
                    if done
                    else "würde nicht übernommen"
                    if len(duplicates) == 1
                    else "würden nicht übernommen"
                )
            else:
                fate = (
                    "als neu übernommen"
                    if done
                    else "würde als neu übernommen"
                    if len(duplicates) == 1
                    else "würden als neu übernommen"
                )
            which = "; ".join(
                f"Zeile {o.row} {o.who} ähnelt {o.like}" if o.who and o.like else f"Zeile {o.row}" for o in duplicates
            )
            parts.append(f"{len(duplicates)} {noun} {fate}: {which}")
        if review := self.count(REVIEW):
            parts.append(f"{review} zu prüfen")
        if self.hidden_rows:
            parts.append(f"{self.hidden_rows} ausgeblendete Zeilen nicht berücksichtigt")
        if failed := self.count(ERROR):
            parts.append(f"{failed} fehlerhaft")
        head = self.kind if done else f"{self.kind} (Probelauf, nichts geschrieben)"
        return f"{head}: " + ("; ".join(parts) or "keine Zeilen") + "."

    def raise_if_errors(self) -> None:
        """One-line German error naming the first problem (and how many more there are)."""
        if not self.errors:
            return
        first = str(self.errors[0])
        more = len(self.errors) - 1
        suffix = f" (und {more} weitere Fehler)" if more else ""
        raise ImportFailed(f"Import abgebrochen, nichts wurde geändert. {first}{suffix}", self)


class ImportFailed(UserError):
    def __init__(self, message: str, report: ImportReport):
        super().__init__(message)
        self.report = report
