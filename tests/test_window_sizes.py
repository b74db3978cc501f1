"""Windows and dialogs fit a laptop screen: a size over what 1280×800 or 1366×768 offers (minus
the task bar and the window frame) goes through ``gui.kit.screen.fit_to_screen``, never a plain
``resize``; no minimum size is taller than such a screen (issue 12, point 7). Read statically."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[1] / "gui"
# The help's screenshots are taken at a fixed size on purpose (offscreen, never shown).
FIXED_ON_PURPOSE = {"help_screenshots.py"}
ROOM = (1366 * 0.94 - 200, 768 * 0.94 - 40)  # a dialog beside nothing: width, height a plain resize may ask


def _sizes(tree: ast.AST, method: str):
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == method
            and len(node.args) == 2
            and all(isinstance(arg, ast.Constant) and isinstance(arg.value, int) for arg in node.args)
        ):
            yield node.lineno, node.args[0].value, node.args[1].value


def oversized(source: str, name: str) -> list[str]:
    tree = ast.parse(source)
    found = [
        f"{name}:{line} resize({width}, {height})"
        for line, width, height in _sizes(tree, "resize")
        if width > ROOM[0] or height > ROOM[1]
    ]
    found += [
        f"{name}:{line} setMinimumSize({width}, {height})"
        for line, width, height in _sizes(tree, "setMinimumSize")
        if height > ROOM[1] - 60
    ]
    return found


def test_no_window_asks_for_more_than_a_laptop_screen_without_fit_to_screen():
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name not in FIXED_ON_PURPOSE:
            problems += oversized(path.read_text(encoding="utf-8"), str(path.relative_to(GUI)))
    assert problems == []


def test_the_check_finds_a_plain_resize():
    assert oversized("self.resize(960, 700)\nfit_to_screen(self, 960, 700)\n", "x.py") == ["x.py:1 resize(960, 700)"]
    assert oversized("self.setMinimumSize(700, 700)\n", "x.py") == ["x.py:1 setMinimumSize(700, 700)"]
