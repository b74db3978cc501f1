"""Static check: no slot reached by clicked/triggered/toggled has a parameter the signal's bool fills.

PySide6 passes ``checked`` into the first parameter of a slot even where that parameter has a
default: ``def export(self, path=None)`` receives ``path=False`` and crashes, ``lambda r=r: …``
receives ``r=False``. This test reads every module of ``gui/`` (no import, no display) and finds

- ``….clicked/triggered/toggled.connect(SLOT)``, ``addAction(text, SLOT)``, ``triggered=SLOT``,
- and the same one step removed: a helper whose parameter reaches such a sink (``button(text,
  slot)``, ``menu_button(text, [(label, slot), …])``) makes the matching argument of each call a sink,

and fails for a SLOT that is a lambda with default arguments, a lambda or function with a parameter
not meant for the bool, or a method of the class (or its base classes in gui/) with such a parameter.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

GUI = Path(__file__).resolve().parent.parent / "gui"
BOOL_SIGNALS = {"clicked", "triggered", "toggled"}
# Parameter names that say "this is the signal's bool".
BOOL_NAMES = {"checked", "_checked", "on", "enabled", "visible", "state", "_", "_state", "_on"}


@dataclass
class Module:
    path: Path
    tree: ast.Module
    functions: dict[str, ast.FunctionDef] = field(default_factory=dict)


def _modules() -> list[Module]:
    modules = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        module = Module(path, tree)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                module.functions[node.name] = node
        modules.append(module)
    return modules


def _classes(modules: list[Module]) -> dict[str, ast.ClassDef]:
    return {node.name: node for m in modules for node in ast.walk(m.tree) if isinstance(node, ast.ClassDef)}


def _method(classes: dict[str, ast.ClassDef], cls: ast.ClassDef, name: str, seen=None) -> ast.FunctionDef | None:
    seen = seen or set()
    if cls.name in seen:
        return None
    seen.add(cls.name)
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    for base in cls.bases:
        base_name = base.id if isinstance(base, ast.Name) else base.attr if isinstance(base, ast.Attribute) else None
        if base_name in classes:
            found = _method(classes, classes[base_name], name, seen)
            if found is not None:
                return found
    return None


def _problem(args: ast.arguments, skip_self: bool) -> str | None:
    """Why a slot with these arguments would be hurt by the signal's bool (None: it is safe)."""
    positional = args.posonlyargs + args.args
    if skip_self:
        positional = positional[1:]
    if not positional:
        return None
    first = positional[0]
    defaults_from = len(positional) - len(args.defaults)
    annotated_bool = isinstance(first.annotation, ast.Name) and first.annotation.id == "bool"
    if first.arg in BOOL_NAMES or annotated_bool:
        # The bool has its own parameter; any further defaulted parameter stays untouched.
        return None
    if defaults_from <= 0:
        return f"parameter {first.arg!r} has a default and receives the signal's bool"
    return f"parameter {first.arg!r} receives the signal's bool"


def _first_has_default(args: ast.arguments) -> bool:
    positional = args.posonlyargs + args.args
    return bool(positional) and len(args.defaults) == len(positional)


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _enclosing(node: ast.AST, parents: dict, kind) -> ast.AST | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, kind):
            return node
    return None


@dataclass(frozen=True)
class Sink:
    """Argument ``index`` (or keyword ``name``) of calls to function ``function`` is a slot;
    ``element`` set: the argument is an iterable of tuples and that tuple element is the slot."""

    function: str
    index: int
    name: str
    element: int | None


def _direct_slots(call: ast.Call) -> list[ast.expr]:
    func = call.func
    slots: list[ast.expr] = []
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "connect"
        and isinstance(func.value, ast.Attribute)
        and func.value.attr in BOOL_SIGNALS
        and call.args
    ):
        slots.append(call.args[0])
    if isinstance(func, ast.Attribute) and func.attr == "addAction" and len(call.args) >= 2:
        slots.append(call.args[-1])  # addAction(text, slot) / addAction(icon, text, slot)
    slots += [kw.value for kw in call.keywords if kw.arg in BOOL_SIGNALS]
    return slots


def _forwarded(function: ast.FunctionDef, slot: ast.expr, parents: dict) -> Sink | None:
    """A slot expression that is (an element of) one of ``function``'s parameters."""
    if not isinstance(slot, ast.Name):
        return None
    params = [a.arg for a in function.args.posonlyargs + function.args.args]
    if slot.id in params:
        return Sink(function.name, params.index(slot.id), slot.id, None)
    for node in ast.walk(function):  # for label, slot in entries:
        if (
            isinstance(node, (ast.For, ast.comprehension))
            and isinstance(node.target, ast.Tuple)
            and isinstance(node.iter, ast.Name)
            and node.iter.id in params
        ):
            names = [e.id if isinstance(e, ast.Name) else None for e in node.target.elts]
            if slot.id in names:
                return Sink(function.name, params.index(node.iter.id), node.iter.id, names.index(slot.id))
    return None


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _sink_arguments(call: ast.Call, sink: Sink) -> list[ast.expr]:
    offset = 0
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) and call.func.value.id == "self":
        offset = 1  # self._action(text, slot): the def counts self
    argument = None
    if 0 <= sink.index - offset < len(call.args):
        argument = call.args[sink.index - offset]
    for kw in call.keywords:
        if kw.arg == sink.name:
            argument = kw.value
    if argument is None:
        return []
    if sink.element is None:
        return [argument]
    items: list[ast.expr] = []
    if isinstance(argument, (ast.List, ast.Tuple)):
        items = list(argument.elts)
    elif isinstance(argument, (ast.ListComp, ast.GeneratorExp)):
        items = [argument.elt]
    return [item.elts[sink.element] for item in items if isinstance(item, ast.Tuple) and len(item.elts) > sink.element]


def find_unsafe_slots() -> list[str]:
    modules = _modules()
    classes = _classes(modules)
    findings: list[str] = []
    sinks: set[Sink] = set()
    slot_sites: list[tuple[Module, dict, ast.expr]] = []
    parents_of = {m.path: _parents(m.tree) for m in modules}
    calls = [(m, node) for m in modules for node in ast.walk(m.tree) if isinstance(node, ast.Call)]

    # Direct sinks, and the helpers that forward a parameter into one (until nothing new is found).
    for module, call in calls:
        for slot in _direct_slots(call):
            slot_sites.append((module, parents_of[module.path], slot))
    changed = True
    while changed:
        changed = False
        for _module, parents, slot in list(slot_sites):
            function = _enclosing(slot, parents, ast.FunctionDef)
            if function is None:
                continue
            sink = _forwarded(function, slot, parents)
            if sink is not None and sink not in sinks:
                sinks.add(sink)
                changed = True
                for other, call in calls:
                    if _call_name(call) == sink.function:
                        for argument in _sink_arguments(call, sink):
                            slot_sites.append((other, parents_of[other.path], argument))

    seen: set[tuple[Path, int, int]] = set()
    for module, parents, slot in slot_sites:
        key = (module.path, slot.lineno, slot.col_offset)
        if key in seen:
            continue
        seen.add(key)
        where = f"{module.path.relative_to(GUI.parent)}:{slot.lineno}"
        problem = None
        if isinstance(slot, ast.Lambda):
            problem = _problem(slot.args, skip_self=False)
        elif isinstance(slot, ast.Attribute) and isinstance(slot.value, ast.Name) and slot.value.id == "self":
            cls = _enclosing(slot, parents, ast.ClassDef)
            method = _method(classes, cls, slot.attr) if cls is not None else None
            if method is not None:
                problem = _problem(method.args, skip_self=True)
        elif isinstance(slot, ast.Name):
            function = _enclosing(slot, parents, ast.FunctionDef)
            nested = (
                [n for n in ast.walk(function) if isinstance(n, ast.FunctionDef) and n.name == slot.id]
                if function
                else []
            )
            target = nested[0] if nested else module.functions.get(slot.id)
            if target is not None:
                problem = _problem(target.args, skip_self=False)
        if problem:
            findings.append(f"{where}: {ast.unparse(slot)[:60]}: {problem}")
    # A lambda with defaults is the usual `lambda r=r:` loop capture: wherever it is, it is one
    # connect away from the bug. Capture with a helper or functools.partial instead.
    for module in modules:
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Lambda) and _first_has_default(node.args) and _problem(node.args, skip_self=False):
                where = f"{module.path.relative_to(GUI.parent)}:{node.lineno}"
                message = f"{where}: {ast.unparse(node)[:60]}: lambda with default arguments"
                if not any(f.startswith(where + ":") for f in findings):
                    findings.append(message)
    return sorted(set(findings))


def test_no_slot_of_a_bool_signal_takes_a_parameter_the_bool_fills():
    findings = find_unsafe_slots()
    assert not findings, "Slots that clicked/triggered/toggled would call with checked=bool:\n" + "\n".join(findings)


def test_the_check_finds_the_known_patterns(tmp_path, monkeypatch):
    """The check itself can fail: each unsafe pattern in a throw-away gui/ tree is found."""
    gui = tmp_path / "gui"
    gui.mkdir()
    (gui / "sample.py").write_text(
        "def menu_button(text, entries):\n"
        "    for label, slot in entries:\n"
        "        menu.addAction(label).triggered.connect(slot)\n"
        "def button(text, slot):\n"
        "    widget.clicked.connect(slot)\n"
        "class Base:\n"
        "    def export(self, path=None): ...\n"
        "class Page(Base):\n"
        "    def setup(self):\n"
        "        self.a.triggered.connect(self.export)\n"
        "        self.b.clicked.connect(lambda r=1: r)\n"
        "        menu_button('x', [(r, lambda r=r: self.set(r)) for r in 'ab'])\n"
        "        button('y', self.export)\n"
        "        self.c.toggled.connect(self.fine)\n"
        "        self.d.clicked.connect(lambda: self.export())\n"
        "    def fine(self, checked: bool) -> None: ...\n",
        encoding="utf-8",
    )
    monkeypatch.setitem(globals(), "GUI", gui)
    lines = sorted(int(f.split(":")[1]) for f in find_unsafe_slots())
    assert lines == [10, 11, 12, 13]
