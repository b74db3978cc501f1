"""Arbeitsgruppen: the groups and workshop series; per group its details, members with role,
sessions and the matrix of who attended which session."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.entities import WorkingGroup
from model.core.errors import UserError, ValidationError
from model.core.vocab import GROUP_MEETING, GROUP_MEMBER, TOPICS, WORKING_GROUP_KINDS, WORKING_GROUP_ROLES
from model.events.participants import register_people, working_group_person_ids
from model.events.working_groups import (
    MATRIX_SYMBOLS,
    GroupRow,
    MatrixPerson,
    MatrixSession,
    MemberRow,
    add_members,
    attendance_matrix,
    delete_group,
    group_members,
    group_sessions,
    list_groups,
    load_group,
    new_group,
    remove_member,
    save_group,
    update_member,
)

from .. import dialogs
from ..kit import changes
from ..kit.columns import column_widths, set_width
from ..kit.dates import GermanDateEdit, from_qdate, to_qdate
from ..kit.editor import RecordEditor
from ..list_output import ListOutput
from ..page import Page
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, select_quietly, selected_rows
from .common import action_button, guarded, hint_label, menu_button
from .page import EVENT_COLUMN_WIDTHS, ColumnsTableModel, event_columns


def _matrix_symbol(session: MatrixSession, person: MatrixPerson) -> str:
    return MATRIX_SYMBOLS.get(person.statuses.get(session.id) or "", "")


def _matrix_tooltip(session: MatrixSession, person: MatrixPerson) -> str:
    return f"{session.title} ({session.starts_at:%d.%m.%Y}): {person.statuses.get(session.id, '—')}"


class WorkingGroupsPage(RecordEditor, Page):
    shows = frozenset({changes.GROUPS, changes.EVENTS, changes.REGISTRATIONS, changes.PERSONS})

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(
            db,
            self.tr("Arbeitsgruppen"),
            self.tr("Arbeitsgruppen und Werkstattreihen: Mitglieder, Sitzungen und Anwesenheit"),
            parent,
        )
        self.dialog: QDialog | None = None
        self.group: WorkingGroup | None = None  # the group shown (detached)
        self._lead_id: int | None = None
        new_button = QPushButton(self.tr("Neue Arbeitsgruppe…"))
        new_button.clicked.connect(self.new_group)
        self.header_actions.addWidget(new_button)

        self.groups_model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda g: g.name, tooltip=lambda g: g.topic or ""),
                TableColumn(self.tr("Art"), lambda g: g.kind),
                TableColumn(self.tr("Leitung"), lambda g: g.lead),
                TableColumn(self.tr("Mitglieder"), lambda g: g.members, align_right=True),
                TableColumn(self.tr("Sitzungen"), lambda g: g.sessions, align_right=True),
                TableColumn(self.tr("Nächste Sitzung"), lambda g: g.next_session.date() if g.next_session else None),
                TableColumn(self.tr("Status"), lambda g: self.tr("aktiv") if g.active else self.tr("beendet")),
            ],
            self,
        )
        self.groups_view = make_table_view(self.groups_model, stretch_column=0)
        column_widths(self.groups_view, {1: 124, 2: 170, 3: 104, 4: 100, 5: 146, 6: 84})
        self.groups_view.selectionModel().selectionChanged.connect(self._group_selected)
        self.groups_view.doubleClicked.connect(self.open_group)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("sectionTitle")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), self.tr("Angaben"))
        self.tabs.addTab(self._members_tab(), self.tr("Mitglieder"))
        self.tabs.addTab(self._sessions_tab(), self.tr("Sitzungen"))
        self.tabs.addTab(self._matrix_tab(), self.tr("Anwesenheit"))
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 8, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.groups_view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([200, 500])
        self.body.addWidget(splitter, 1)
        self._show_group(None)

    @property
    def shown_group(self) -> WorkingGroup:
        """The group in the detail pane; the actions on it run only while one is shown."""
        if self.group is None:
            raise RuntimeError("no group shown")
        return self.group

    # --- details ------------------------------------------------------------------------------

    def _details_tab(self) -> QWidget:
        tab = QWidget()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.kind = QComboBox()
        self.kind.addItems(WORKING_GROUP_KINDS)
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.addItem("")
        self.topic.addItems(TOPICS)
        self.lead_label = QLabel()
        choose_lead = QPushButton(self.tr("Wählen…"))
        choose_lead.clicked.connect(self.choose_lead)
        lead_row = QHBoxLayout()
        lead_row.addWidget(self.lead_label, 1)
        lead_row.addWidget(choose_lead)
        self.started = GermanDateEdit()
        self.ended = GermanDateEdit()
        for edit in (self.started, self.ended):
            edit.setDisplayFormat("dd.MM.yyyy")
        self.has_end = QCheckBox(self.tr("beendet am"))
        self.has_end.toggled.connect(self.ended.setEnabled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.ended, 1)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Art"), self.kind)
        form.addRow(self.tr("Thema"), self.topic)
        form.addRow(self.tr("Leitung"), lead_row)
        form.addRow(self.tr("Beginn"), self.started)
        form.addRow(self.tr("Ende"), end_row)
        form.addRow(self.tr("Beschreibung"), self.description)
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_group)
        self.delete_button = QPushButton(self.tr("Löschen"))
        self.delete_button.setToolTip(self.tr("Nur für Gruppen ohne Sitzungen"))
        self.delete_button.clicked.connect(self.delete_group)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QHBoxLayout(tab)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addLayout(buttons)
        column.addStretch()
        layout.addLayout(column, 3)
        layout.addStretch(1)
        return tab

    # --- members --------------------------------------------------------------------------------

    def _members_tab(self) -> QWidget:
        tab = QWidget()
        self.members_model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda m: m.name),
                TableColumn(self.tr("Organisation"), lambda m: m.organisation, tooltip=lambda m: m.organisation or ""),
                TableColumn(self.tr("Rolle"), lambda m: m.role),
                TableColumn(self.tr("seit"), lambda m: m.joined_on),
                TableColumn(self.tr("bis"), lambda m: m.left_on),
                TableColumn(self.tr("E-Mail"), lambda m: m.email),
            ],
            self,
        )
        self.members_view = make_table_view(self.members_model, stretch_column=1, multi_select=True)
        column_widths(self.members_view, {0: 190, 2: 90, 3: 108, 4: 108, 5: 240})
        self.members_view.doubleClicked.connect(self.member_history)
        add = QPushButton(self.tr("Mitglieder hinzufügen…"))
        add.clicked.connect(self.add_members)
        role = menu_button(
            self.tr("Rolle ▾"), [(r, partial(self.set_member_role, r)) for r in WORKING_GROUP_ROLES], self
        )
        leave = QPushButton(self.tr("Ausgetreten"))
        leave.setToolTip(self.tr("Markierte heute austreten lassen; ihre Teilnahmen bleiben sichtbar"))
        leave.clicked.connect(self.members_leave)
        remove = QPushButton(self.tr("Entfernen"))
        remove.setToolTip(self.tr("Versehentlich eingetragene Mitgliedschaft löschen"))
        remove.clicked.connect(self.remove_members)
        history = QPushButton(self.tr("Teilnahmeverlauf…"))
        history.clicked.connect(self.member_history)
        self.members_output = ListOutput(
            self,
            self.members_model,
            lambda: self.tr("Mitglieder %1").replace("%1", self.group.name if self.group else ""),
        )
        bar = QHBoxLayout()
        for widget in (add, role, leave, remove, history):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(action_button(self.members_output.export_action))
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.members_view, 1)
        return tab

    # --- sessions ---------------------------------------------------------------------------------

    def _sessions_tab(self) -> QWidget:
        tab = QWidget()
        self.sessions_model = RowTableModel(event_columns(self), self)
        self.sessions_view = make_table_view(self.sessions_model, stretch_column=1)
        column_widths(self.sessions_view, EVENT_COLUMN_WIDTHS)
        self.sessions_view.setColumnHidden(2, True)  # the kind: always a session
        self.sessions_view.doubleClicked.connect(self.open_session)
        new = QPushButton(self.tr("Neue Sitzung…"))
        new.clicked.connect(self.new_session)
        series = QPushButton(self.tr("Sitzungsreihe…"))
        series.setToolTip(self.tr("Mehrere Sitzungen auf einmal anlegen"))
        series.clicked.connect(self.new_session_series)
        open_button = QPushButton(self.tr("Öffnen"))
        open_button.clicked.connect(self.open_session)
        invite = QPushButton(self.tr("Alle Mitglieder anmelden"))
        invite.setToolTip(self.tr("Die heutigen Mitglieder zur markierten Sitzung anmelden"))
        invite.clicked.connect(self.register_members)
        self.sessions_message = hint_label()
        bar = QHBoxLayout()
        for button in (new, series, open_button, invite):
            bar.addWidget(button)
        bar.addStretch()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.sessions_view, 1)
        layout.addWidget(self.sessions_message)
        return tab

    # --- attendance matrix ------------------------------------------------------------------------

    def _matrix_tab(self) -> QWidget:
        tab = QWidget()
        self.matrix_year = QComboBox()
        self.matrix_year.currentIndexChanged.connect(self.load_matrix)
        self.matrix_model = ColumnsTableModel([], self)
        self.matrix_view = make_table_view(self.matrix_model)
        self.matrix_view.horizontalHeader().setStretchLastSection(False)
        self.matrix_output = ListOutput(
            self,
            self.matrix_model,
            lambda: self.tr("Anwesenheit %1").replace("%1", self.group.name if self.group else ""),
        )
        legend = "   ".join(f"{symbol} {status}" for status, symbol in MATRIX_SYMBOLS.items())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Jahr")))
        bar.addWidget(self.matrix_year)
        bar.addStretch()
        bar.addWidget(action_button(self.matrix_output.export_action))
        bar.addWidget(action_button(self.matrix_output.print_action))
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.matrix_view, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Zeichen: %1. Quote: Teilnahmen von durchgeführten Sitzungen während der Mitgliedschaft."
                ).replace("%1", legend)
            )
        )
        return tab

    # --- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        selected = self.group.id if self.group is not None and self.group.id else None
        self.groups_model.set_rows(list_groups(self.db))
        if self.is_dirty() or (self.group is not None and self.group.id is None):
            self._select_quietly(selected)  # a refresh never replaces what the user is typing
        elif selected is None and self.groups_model.rowCount():
            active = [i for i, g in enumerate(self.groups_model.rows()) if g.active]
            self.groups_view.selectRow(active[0] if active else 0)
        elif selected is not None:
            self.select_group(selected)

    def select_group(self, group_id: int) -> None:
        for number, row in enumerate(self.groups_model.rows()):
            if row.id == group_id:
                self.groups_view.selectRow(number)
                self._show_group(group_id)
                return

    @Slot()
    def open_group(self) -> None:
        """Double-click on a group (shown beside on selection): its details, ready to type."""
        if self.group is None:
            return
        self.tabs.setCurrentIndex(0)
        self.name.setFocus()

    @Slot()
    def _group_selected(self) -> None:
        rows: list[GroupRow] = selected_rows(self.groups_view)
        if not rows or (self.group is not None and rows[0].id == self.group.id):
            return
        wanted = rows[0].id
        if not self.confirm_leave():
            # Zurück: the group with the user's edits stays; after the click has selected its row.
            shown = self.group.id if self.group is not None else None
            QTimer.singleShot(0, lambda: self._select_quietly(shown))
            return
        self.select_group(wanted)  # saving may have reloaded the list meanwhile

    def _select_quietly(self, group_id: int | None) -> None:
        """Back to the group being edited, without loading anything (Zurück)."""
        row = next((number for number, group in enumerate(self.groups_model.rows()) if group.id == group_id), None)
        select_quietly(self.groups_view, row)

    # --- the record editor (gui.kit.editor): the Angaben tab ------------------------------------

    def editor_widgets(self) -> list[QWidget]:
        return [self.name, self.kind, self.topic, self.started, self.has_end, self.ended, self.description]

    def editor_state(self) -> object:
        return (super().editor_state(), self._lead_id) if self.group is not None else None

    def unsaved_text(self) -> str:
        name = self.group.name if self.group is not None and self.group.name else self.tr("die neue Arbeitsgruppe")
        return self.tr("Die Angaben zu »%1« sind noch nicht gespeichert.").replace("%1", name)

    def save_edits(self) -> bool:
        return self.save_group()

    def discard_edits(self) -> None:
        self._show_group(self.group.id if self.group is not None else None)

    def _show_group(self, group_id: int | None) -> None:
        if group_id is None:
            self.group = None
            self._clean_state = None
            self.detail_title.setText(self.tr("Keine Arbeitsgruppe ausgewählt"))
            self.tabs.setEnabled(False)
            return
        self.tabs.setEnabled(True)
        self.group = load_group(self.db, group_id)
        self._fill_details()
        self.load_members()
        self.load_sessions()
        years = sorted({s.starts_at.year for s in self.sessions_model.rows()}, reverse=True)
        self.matrix_year.blockSignals(True)
        self.matrix_year.clear()
        self.matrix_year.addItem(self.tr("Alle Jahre"), None)
        for year in years:
            self.matrix_year.addItem(str(year), year)
        self.matrix_year.blockSignals(False)
        self.load_matrix()

    def _fill_details(self) -> None:
        group = self.shown_group
        self.detail_title.setText(group.name or self.tr("Neue Arbeitsgruppe"))
        self.name.setText(group.name or "")
        self.kind.setCurrentText(group.kind)
        self.topic.setCurrentText(group.topic or "")
        self._lead_id = group.lead_person_id
        self.lead_label.setText(self._lead_name(group.lead_person_id))
        self.started.setDate(to_qdate(group.started_on or dt.date.today()))
        self.has_end.setChecked(group.ended_on is not None)
        self.ended.setEnabled(group.ended_on is not None)
        self.ended.setDate(to_qdate(group.ended_on or dt.date.today()))
        self.description.setPlainText(group.description or "")
        self.delete_button.setEnabled(group.id is not None)
        self.mark_clean()

    def _lead_name(self, person_id: int | None) -> str:
        if person_id is None:
            return self.tr("— niemand —")
        from model.events.participants import search_people

        people = search_people(self.db, "", limit=1, ids=[person_id], include_inactive=True)
        if not people:
            return str(person_id)
        person = people[0]
        return f"{person.name} ({person.organisation})" if person.organisation else person.name

    def load_members(self) -> None:
        self.members_model.set_rows(group_members(self.db, self.group.id) if self.group and self.group.id else [])

    def load_sessions(self) -> None:
        self.sessions_model.set_rows(group_sessions(self.db, self.group.id) if self.group and self.group.id else [])

    @Slot()
    def load_matrix(self) -> None:
        if self.group is None or self.group.id is None:
            self.matrix_model.set_columns([], [])
            return
        matrix = attendance_matrix(self.db, self.group.id, self.matrix_year.currentData())
        columns = [
            TableColumn(self.tr("Name"), lambda p: p.name),
            TableColumn(self.tr("Organisation"), lambda p: p.organisation, tooltip=lambda p: p.organisation or ""),
            TableColumn(self.tr("Rolle"), lambda p: p.role or self.tr("Gast (kein Mitglied)")),
        ]
        for session in matrix.sessions:
            columns.append(
                TableColumn(
                    session.starts_at.strftime("%d.%m.%y"),
                    partial(_matrix_symbol, session),
                    tooltip=partial(_matrix_tooltip, session),
                )
            )
        columns.append(
            TableColumn(
                self.tr("Quote"),
                lambda p: p.attended(),
                display=lambda p: f"{p.attended()} / {matrix.expected(p)}",
                align_right=True,
            )
        )
        self.matrix_model.set_columns(columns, matrix.people, centered=set(range(3, len(columns) - 1)))
        header = self.matrix_view.horizontalHeader()
        set_width(self.matrix_view, 0, 170)
        set_width(self.matrix_view, 1, 150)
        set_width(self.matrix_view, 2, 96)
        for column in range(3, len(columns) - 1):
            set_width(self.matrix_view, column, 82)
        set_width(self.matrix_view, len(columns) - 1, 78)
        header.setToolTip(self.tr("Spaltenköpfe: Datum der Sitzung"))

    # --- group actions ------------------------------------------------------------------------------

    @Slot()
    def new_group(self) -> None:
        if not self.confirm_leave():
            return
        self._select_quietly(None)
        self.group = new_group()
        self.tabs.setEnabled(True)
        self._fill_details()
        self.members_model.set_rows([])
        self.sessions_model.set_rows([])
        self.matrix_model.set_columns([], [])
        self.tabs.setCurrentIndex(0)
        self.name.setFocus()

    @Slot()
    def choose_lead(self) -> None:
        from ..kit.people_picker import PeoplePickerDialog

        self.dialog = dialog = PeoplePickerDialog(
            self.db, self.tr("Leitung wählen"), multiple=False, sources=False, parent=self
        )
        dialog.accepted.connect(self._lead_chosen)
        dialog.open()

    @Slot()
    def _lead_chosen(self) -> None:
        from ..kit.people_picker import PeoplePickerDialog

        dialog = self.dialog
        assert isinstance(dialog, PeoplePickerDialog)  # the dialog this slot answers
        people = dialog.chosen_people()
        if people:
            self._lead_id = people[0].id
            self.lead_label.setText(people[0].name + (f" ({people[0].organisation})" if people[0].organisation else ""))

    @Slot()
    def save_group(self) -> bool:
        if self.group is None or not self.dates_accepted():
            return False
        group = self.group
        group.name = self.name.text()
        group.kind = self.kind.currentText()
        group.topic = self.topic.currentText()
        group.lead_person_id = self._lead_id
        group.started_on = from_qdate(self.started.date())
        group.ended_on = from_qdate(self.ended.date()) if self.has_end.isChecked() else None
        group.description = self.description.toPlainText()
        try:
            group_id = save_group(self.db, group)
        except ValidationError as exc:
            dialogs.warn(self, self.tr("Speichern"), str(exc))
            return False
        except UserError as exc:
            dialogs.warn(self, self.tr("Speichern"), str(exc))
            return False
        self.group = load_group(self.db, group_id)
        self.refresh()
        self.select_group(group_id)
        return True

    @Slot()
    def delete_group(self) -> None:
        if self.group is None or self.group.id is None:
            return
        if not dialogs.ask(
            self, self.tr("Löschen"), self.tr("»%1« löschen?").replace("%1", self.group.name), accept=self.tr("Löschen")
        ):
            return
        group_id = self.group.id
        if guarded(self, self.tr("Löschen"), lambda: delete_group(self.db, group_id))[0]:
            self.group = None
            self.refresh()

    # --- member actions -------------------------------------------------------------------------------

    def _selected_members(self) -> list[MemberRow]:
        rows = selected_rows(self.members_view)
        if not rows:
            dialogs.inform(self, self.tr("Mitglieder"), self.tr("Bitte zuerst Mitglieder markieren."))
        return rows

    def _needs_saved_group(self) -> bool:
        if self.group is None or self.group.id is None:
            dialogs.inform(self, self.tr("Arbeitsgruppen"), self.tr("Bitte die Arbeitsgruppe zuerst speichern."))
            return False
        return True

    @Slot()
    def add_members(self) -> None:
        if not self._needs_saved_group():
            return
        from ..kit.people_picker import PeoplePickerDialog

        self.dialog = dialog = PeoplePickerDialog(
            self.db,
            self.tr("Mitglieder hinzufügen: %1").replace("%1", self.shown_group.name),
            roles=WORKING_GROUP_ROLES,
            default_role=GROUP_MEMBER,
            accept_text=self.tr("Hinzufügen"),
            parent=self,
        )
        dialog.accepted.connect(self._members_chosen)
        dialog.open()

    @Slot()
    def _members_chosen(self) -> None:
        from ..kit.people_picker import PeoplePickerDialog

        dialog = self.dialog
        assert isinstance(dialog, PeoplePickerDialog)  # the dialog this slot answers
        ids, role = dialog.chosen_ids(), dialog.chosen_role()
        group_id = self.shown_group.id
        ok, _added = guarded(
            self, self.tr("Mitglieder"), lambda: add_members(self.db, group_id, ids, role or GROUP_MEMBER)
        )
        if ok:
            self._after_member_change()

    def set_member_role(self, role: str) -> None:
        for member in self._selected_members():
            if not guarded(self, self.tr("Rolle"), partial(update_member, self.db, member.id, role=role))[0]:
                break
        self._after_member_change()

    @Slot()
    def members_leave(self) -> None:
        rows = self._selected_members()
        if not rows:
            return
        today = dt.date.today()
        for member in rows:
            if not guarded(self, self.tr("Austritt"), partial(update_member, self.db, member.id, left_on=today))[0]:
                break
        self._after_member_change()

    @Slot()
    def remove_members(self) -> None:
        rows = self._selected_members()
        if not rows or not dialogs.ask(
            self,
            self.tr("Entfernen"),
            self.tr("%n Mitgliedschaft(en) löschen?", "", len(rows)),
            accept=self.tr("Löschen"),
            details=self.tr(
                "Für ehemalige Mitglieder besser »Ausgetreten« verwenden: "
                "dann bleibt die Mitgliedschaft in der Übersicht."
            ),
        ):
            return
        for member in rows:
            guarded(self, self.tr("Entfernen"), partial(remove_member, self.db, member.id))
        self._after_member_change()

    def _after_member_change(self) -> None:
        group_id = self.shown_group.id
        self.groups_model.set_rows(list_groups(self.db))
        self.select_group(group_id)

    @Slot()
    def member_history(self) -> None:
        rows = selected_rows(self.members_view)
        if rows:
            from .history import PersonHistoryDialog

            name = f"{rows[0].first_name} {rows[0].last_name}"
            self.dialog = dialog = PersonHistoryDialog(self.db, rows[0].person_id, name, self)
            dialog.open()

    # --- session actions ------------------------------------------------------------------------------

    @Slot()
    def new_session(self) -> None:
        if not self._needs_saved_group():
            return
        from model.events.events import new_event

        from .event_dialog import EventDialog

        number = self.sessions_model.rowCount() + 1
        template = new_event(
            GROUP_MEETING,
            dt.date.today() + dt.timedelta(days=28),
            title=self.tr("%1. Sitzung %2").replace("%1", str(number)).replace("%2", self.shown_group.name),
            topic=self.shown_group.topic,
            working_group_id=self.shown_group.id,
        )
        template.starts_at = template.starts_at.replace(hour=10)
        template.ends_at = template.starts_at + dt.timedelta(hours=2)
        self.dialog = dialog = EventDialog(self.db, template=template, parent=self)
        dialog.saved.connect(self._session_saved)
        dialog.open()

    @Slot()
    def new_session_series(self) -> None:
        if not self._needs_saved_group():
            return
        from .series_dialog import SeriesDialog

        self.dialog = dialog = SeriesDialog(
            self.db,
            self,
            kind=GROUP_MEETING,
            working_group_id=self.shown_group.id,
            title=self.tr("{Nr}. Sitzung %1").replace("%1", self.shown_group.name),
            first_number=self.sessions_model.rowCount() + 1,
        )
        dialog.created.connect(self._session_saved)
        dialog.open()

    @Slot()
    def open_session(self) -> None:
        rows = selected_rows(self.sessions_view)
        if not rows:
            dialogs.inform(self, self.tr("Sitzungen"), self.tr("Bitte zuerst eine Sitzung auswählen."))
            return
        from .event_dialog import EventDialog

        self.dialog = dialog = EventDialog(self.db, rows[0].id, parent=self)
        dialog.saved.connect(self._session_saved)
        dialog.finished.connect(self._session_saved)  # registrations and check-offs made in it
        dialog.open()

    @Slot()
    def _session_saved(self, *_args) -> None:
        if self.group is not None and self.group.id is not None:
            self._after_member_change()

    @Slot()
    def register_members(self) -> None:
        rows = selected_rows(self.sessions_view)
        if not rows:
            dialogs.inform(self, self.tr("Sitzungen"), self.tr("Bitte zuerst eine Sitzung auswählen."))
            return
        session = rows[0]
        ids = working_group_person_ids(self.db, self.shown_group.id, session.starts_at.date())
        from model.events.participants import ConfirmationNeeded

        title = self.tr("Alle Mitglieder anmelden")
        try:
            result = register_people(self.db, session.id, ids)
        except ConfirmationNeeded as question:
            if not dialogs.ask(self, title, str(question), accept=self.tr("Trotzdem anmelden")):
                return
            ok, result = guarded(self, title, lambda: register_people(self.db, session.id, ids, confirmed=True))
            if not ok:
                return
        except UserError as exc:
            dialogs.warn(self, title, str(exc))
            return
        self.sessions_message.setText(f"{session.title}: {result.summary()}")
        self._session_saved()
