"""The version is declared once (resources/VERSION); the program, the package and the installer read it."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DECLARED = (ROOT / "resources" / "VERSION").read_text(encoding="utf-8").strip()


def test_program_and_package_report_the_declared_version():
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert result.stdout.strip() == f"Netzwerkstatt {DECLARED}"
    assert version("netzwerkstatt") == DECLARED


def test_no_build_file_repeats_the_version():
    for path in (
        "pyproject.toml",
        "resources/installer/netzwerkstatt.iss",
        "build_installer.spec",
        "resources/installer/version_info.template",
    ):
        text = (ROOT / path).read_text(encoding="utf-8")
        assert not re.search(r"\b\d+\.\d+\.\d+\b", text), f"{path} writes a version number of its own"
