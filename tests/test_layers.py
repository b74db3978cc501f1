"""The layers stay apart: model/ and reports/ never pull in Qt; start-up stays lean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _modules_after(import_code: str) -> set[str]:
    probe = f"import sys\n{import_code}\nprint('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return set(result.stdout.split())


def _package_modules(package: str) -> list[str]:
    return sorted(
        f"{package}." + ".".join(path.relative_to(ROOT / package).with_suffix("").parts)
        for path in (ROOT / package).rglob("*.py")
        if path.name != "__init__.py" and "migrations" not in path.parts
    )


@pytest.mark.parametrize("package", ["model", "reports"])
def test_model_and_reports_never_import_qt(package):
    imports = "\n".join(f"import {name}" for name in [package, *_package_modules(package)])
    loaded = _modules_after(imports)
    assert not any(name.split(".")[0] in ("PySide6", "gui", "shiboken6") for name in loaded)


def test_model_never_imports_report_writers():
    imports = "\n".join(f"import {name}" for name in ["model", *_package_modules("model")])
    loaded = _modules_after(imports)
    assert "reports" not in loaded and "reportlab" not in loaded


def test_opening_a_database_loads_no_heavy_libraries(tmp_path):
    from model.db import open_database

    open_database(tmp_path / "x.sqlite").dispose()  # create first: creation needs Alembic
    loaded = _modules_after(
        f"from model.db import open_database\nopen_database({str(tmp_path / 'x.sqlite')!r}).dispose()"
    )
    for heavy in ("alembic", "reportlab", "openpyxl", "PySide6"):
        assert heavy not in loaded, heavy


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, at any depth (inside functions too), with its line."""
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def test_gui_never_imports_sqlalchemy():
    # The GUI talks to model services only; their errors are the model's own (ChangedElsewhere).
    offenders = [f"{path.relative_to(ROOT)}:{line} {module}"
                 for path in sorted((ROOT / "gui").rglob("*.py"))
                 for line, module in _imported_modules(path)
                 if module.split(".")[0] == "sqlalchemy"]
    assert offenders == []


def test_the_import_check_sees_imports_inside_functions(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from sqlalchemy.orm.exc import StaleDataError\n", encoding="utf-8")
    assert _imported_modules(probe) == [(2, "sqlalchemy.orm.exc")]
