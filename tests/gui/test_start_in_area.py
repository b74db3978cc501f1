"""The start in the last used area: the window is on screen at once with the area's frame,
answers clicks while the data layer loads in the background, and then shows the real page."""

from __future__ import annotations

import threading

import pytest
from gui_fixtures import make_window, sample  # noqa: F401 - fixtures
from test_unsaved_changes import click_area

import gui.main_window as main_window
from gui.events.groups_page import WorkingGroupsPage
from gui.members.persons_page import PeoplePage
from gui.overview_page import OverviewPage
from gui.page import PageInPreparation
from gui.settings import Settings


@pytest.fixture
def slow_data_layer(monkeypatch):
    """The data layer as if not yet imported; it 'loads' when the test releases it."""
    release = threading.Event()
    loaded = threading.Event()

    def load() -> None:
        release.wait(10)
        loaded.set()

    monkeypatch.setattr(main_window, "data_layer_loaded", loaded.is_set)
    monkeypatch.setattr(main_window, "load_data_layer", load)
    yield release
    release.set()


def test_the_window_answers_while_the_remembered_area_prepares(make_window, db, sample, slow_data_layer, qtbot):
    Settings().set_last_area("groups")
    window = make_window(db)

    frame = window.pages.currentWidget()
    assert isinstance(frame, PageInPreparation)
    assert frame.title_label.text() == "Arbeitsgruppen"
    assert frame.hint.isVisible() and "vorbereitet" in frame.hint.text()

    click_area(window, "overview")  # the Übersicht needs no ORM: it is there at once
    assert isinstance(window.pages.currentWidget(), OverviewPage)
    click_area(window, "people")  # another area visited meanwhile: its frame
    assert isinstance(window.pages.currentWidget(), PageInPreparation)
    assert window.pages.currentWidget().title_label.text() == "Personen"

    slow_data_layer.set()
    qtbot.waitUntil(window.is_ready, timeout=10000)
    assert isinstance(window.pages.currentWidget(), PeoplePage)  # the area on screen now
    assert not window.pages.currentWidget().isHidden()
    click_area(window, "groups")
    page = window.pages.currentWidget()
    assert isinstance(page, WorkingGroupsPage)
    assert page.isVisible() and page.title_label.text() == "Arbeitsgruppen"
    assert not [w for w in window.pages.findChildren(PageInPreparation) if not w.isHidden()]


def test_a_page_asked_for_while_preparing_waits_for_it(make_window, db, sample, slow_data_layer, qtbot):
    """Code that needs a page at once (e.g. Übersicht's first steps) gets the real page."""
    Settings().set_last_area("people")
    window = make_window(db)
    assert isinstance(window.pages.currentWidget(), PageInPreparation)
    threading.Timer(0.2, slow_data_layer.set).start()
    page = window.page("people")
    assert isinstance(page, PeoplePage)
    assert window.pages.currentWidget() is page


def test_after_a_start_on_the_overview_the_data_layer_loads_in_the_background(
    make_window, db, sample, slow_data_layer, qtbot
):
    """As the start does once the Übersicht is on screen; an area clicked meanwhile shows its
    frame and then its page."""
    window = make_window(db)
    assert isinstance(window.pages.currentWidget(), OverviewPage)
    window.prepare_data_layer()
    assert not window.is_ready()
    click_area(window, "groups")
    assert isinstance(window.pages.currentWidget(), PageInPreparation)
    slow_data_layer.set()
    qtbot.waitUntil(window.is_ready, timeout=10000)
    assert isinstance(window.pages.currentWidget(), WorkingGroupsPage)
