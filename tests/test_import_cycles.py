"""Module-level imports of gui/, reports/ and model/ form no cycle.

The main window imports an area's page module in a background thread while the GUI thread
may import other modules (``gui.areas.Area.import_page_module``). Python locks each module
while importing it; two threads can wait on each other only if the modules they import reach
each other at import time, i.e. through a cycle of module-level imports. Without such a
cycle, two threads importing at once merely wait for each other's modules to finish.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import import_graph  # noqa: E402 - the tool lives outside the packages

PACKAGES = ("gui", "reports", "model")


def _module_level_arrows() -> set[tuple[str, str]]:
    edges = {edge for edge, kind in import_graph.arrows(ROOT, PACKAGES).items() if kind == "top"}
    # importing ``a.b.c`` first imports the packages ``a`` and ``a.b``
    for module in import_graph.module_names(ROOT, PACKAGES):
        parts = module.split(".")
        edges.update((module, ".".join(parts[:i])) for i in range(1, len(parts)))
    return edges


def test_module_level_imports_form_no_cycle():
    edges = _module_level_arrows()
    assert len(edges) > 500  # the scan saw the packages
    assert import_graph.cycles(edges) == []


def test_the_check_finds_a_cycle():
    edges = _module_level_arrows() | {("model.core.vocab", "gui.events.groups_page")}
    assert any("gui.events.groups_page" in cycle for cycle in import_graph.cycles(edges))
