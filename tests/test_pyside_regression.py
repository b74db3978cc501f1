"""PySide6 6.12 on Python 3.11 aborts ("Fatal Python error: none_dealloc") after a few
thousand Qt calls that return an empty value; Python 3.12+ is immune (CONTRIBUTING.md). This
guards the combination the program runs on."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
from PySide6.QtCore import QObject
obj = QObject()
for _ in range(200_000):
    obj.property("x")
print("ok")
"""


def test_empty_qt_return_values_do_not_abort_the_process():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
