"""The layers stay apart, checked statically over every file (CONTRIBUTING.md, "Layers").

Every ``.py`` file under model/, reports/ and gui/ is parsed with ``ast`` - migrations and
imports inside functions or ``if TYPE_CHECKING`` blocks included - and each import is held
against the rules of its layer:

- model/   no Qt, no reportlab, no gui or reports; openpyxl only for *reading*: the names
           ``openpyxl.load_workbook``, ``openpyxl.utils``, ``openpyxl.reader`` and
           ``openpyxl.worksheet._reader``. Anything else of openpyxl (``Workbook``, ``styles``,
           ``writer``, a bare ``import openpyxl``) is writing and belongs in reports/excel.py.
- reports/ no Qt, no SQLAlchemy (data comes from model services), no gui.
- gui/     no SQLAlchemy (it talks to model services; their errors are the model's own); an
           area's helper modules (``common``, ``widgets``) serve that area only: what several
           areas share lives in gui/kit.

``importlib.import_module("...")`` and ``__import__("...")`` with a literal name count as imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

QT = ("PySide6", "shiboken6")
OPENPYXL_READING = ("openpyxl.load_workbook", "openpyxl.utils", "openpyxl.reader", "openpyxl.worksheet._reader")

# layer -> (forbidden prefixes, allowed exceptions under them, why)
RULES: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], str]]] = {
    "model": [
        (QT, (), "model/ knows no Qt"),
        (("reportlab",), (), "model/ writes no PDF (reports/ does)"),
        (("openpyxl",), OPENPYXL_READING, "model/ reads workbooks only; writing is reports/excel.py"),
        (("gui", "reports"), (), "model/ is the bottom layer"),
    ],
    "reports": [
        (QT, (), "reports/ knows no Qt"),
        (("sqlalchemy",), (), "reports/ runs no query: data comes from model/ services"),
        (("gui",), (), "reports/ never reaches up to gui/"),
    ],
    "gui": [
        (("sqlalchemy",), (), "gui/ talks to model/ services, not to the database"),
    ],
}


def _under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def _module_of(path: Path, root: Path) -> list[str]:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def imported_names(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """Every module or name a file imports, at any depth, as absolute dotted names with lines.

    ``from a.b import c`` gives ``a.b.c`` (c may be a module or a name: rules are prefixes);
    relative imports are resolved against the file's package.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = _module_of(path, root) if path.name == "__init__.py" else _module_of(path, root)[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.extend(
                (node.lineno, f"{module}.{alias.name}" if alias.name != "*" else module) for alias in node.names
            )
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((node.lineno, first.value))
    return sorted(found, key=lambda item: item[0])


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr == "import_module"
    return isinstance(func, ast.Name) and func.id in ("import_module", "__import__")


def offenders(layer: str, root: Path = ROOT) -> list[str]:
    """``file:line module - rule`` for every import that breaks a rule of ``layer``."""
    found = []
    for path in sorted((root / layer).rglob("*.py")):
        for line, name in imported_names(path, root):
            for forbidden, allowed, why in RULES[layer]:
                if _under(name, forbidden) and not _under(name, allowed):
                    found.append(f"{path.relative_to(root)}:{line} imports {name} - {why}")
    return found


@pytest.mark.parametrize("layer", sorted(RULES))
def test_each_layer_imports_only_what_its_rules_allow(layer):
    found = offenders(layer)
    assert not found, f"{len(found)} import(s) break the layer rules:\n" + "\n".join(found)


def test_the_check_sees_every_kind_of_import(tmp_path):
    model = tmp_path / "model"
    (model / "core" / "migrations" / "versions").mkdir(parents=True)
    (model / "__init__.py").write_text("", encoding="utf-8")
    (model / "reading.py").write_text(
        "from openpyxl import load_workbook\nfrom openpyxl.utils import get_column_letter\n"
        "from . import paths\nfrom .errors import UserError\n",
        encoding="utf-8",
    )
    (model / "probe.py").write_text(
        "import importlib\n"
        "def f():\n    from PySide6.QtCore import QObject\n"
        "def g():\n    return importlib.import_module('reports.excel')\n"
        "from openpyxl import Workbook\n"
        "import openpyxl.styles\n"
        "def h():\n    return __import__('reportlab.pdfgen')\n",
        encoding="utf-8",
    )
    (model / "core" / "migrations" / "versions" / "0001_x.py").write_text(
        "def upgrade():\n    from gui.kit import dates\n", encoding="utf-8"
    )
    assert offenders("model", tmp_path) == [
        "model/core/migrations/versions/0001_x.py:2 imports gui.kit.dates - model/ is the bottom layer",
        "model/probe.py:3 imports PySide6.QtCore.QObject - model/ knows no Qt",
        "model/probe.py:5 imports reports.excel - model/ is the bottom layer",
        "model/probe.py:6 imports openpyxl.Workbook - model/ reads workbooks only; writing is reports/excel.py",
        "model/probe.py:7 imports openpyxl.styles - model/ reads workbooks only; writing is reports/excel.py",
        "model/probe.py:9 imports reportlab.pdfgen - model/ writes no PDF (reports/ does)",
    ]


def test_relative_imports_are_resolved_against_the_package(tmp_path):
    nested = tmp_path / "reports" / "sub"
    nested.mkdir(parents=True)
    (nested / "x.py").write_text(
        "from ..excel import Sheet\nfrom . import y\nfrom ...gui import app\n", encoding="utf-8"
    )
    assert imported_names(nested / "x.py", tmp_path) == [
        (1, "reports.excel.Sheet"),
        (2, "reports.sub.y"),
        (3, "gui.app"),
    ]


def _modules_after(import_code: str) -> set[str]:
    import subprocess
    import sys

    probe = f"import sys\n{import_code}\nprint('\\n'.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    return set(result.stdout.split())


def test_opening_a_database_loads_no_heavy_libraries(tmp_path):
    from model.core.db import open_database

    open_database(tmp_path / "x.sqlite").dispose()  # create first: creation needs Alembic
    loaded = _modules_after(
        f"from model.core.db import open_database\nopen_database({str(tmp_path / 'x.sqlite')!r}).dispose()"
    )
    for heavy in ("alembic", "reportlab", "openpyxl", "PySide6"):
        assert heavy not in loaded, heavy


AREA_HELPERS = ("common", "widgets")  # an area's own helper modules (buttons, combos, fields)


def area_helper_offenders(root: Path = ROOT) -> list[str]:
    """Imports of another gui area's helper modules: shared helpers live in gui/kit."""
    areas = [p.name for p in sorted((root / "gui").iterdir()) if (p / "__init__.py").exists() and p.name != "kit"]
    found = []
    for path in sorted((root / "gui").rglob("*.py")):
        area = path.relative_to(root / "gui").parts[0]  # a module directly in gui/ belongs to no area
        for line, name in imported_names(path, root):
            for other in areas:
                if other != area and any(_under(name, (f"gui.{other}.{h}",)) for h in AREA_HELPERS):
                    found.append(f"{path.relative_to(root)}:{line} imports {name} - shared helpers live in gui/kit")
    return found


def test_areas_take_shared_helpers_from_the_kit_only():
    assert area_helper_offenders() == []


def test_the_area_check_finds_a_borrowed_helper(tmp_path):
    for area in ("events", "excursions", "kit"):
        (tmp_path / "gui" / area).mkdir(parents=True)
        (tmp_path / "gui" / area / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "gui" / "excursions" / "tabs.py").write_text(
        "def f():\n    from ..events.common import from_qdate\n", encoding="utf-8"
    )
    assert area_helper_offenders(tmp_path) == [
        "gui/excursions/tabs.py:2 imports gui.events.common.from_qdate - shared helpers live in gui/kit"
    ]
