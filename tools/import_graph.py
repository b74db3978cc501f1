"""Print the import graph of ``model/``: module → module arrows, grouped by area, with cycles.

Every ``import`` statement counts, also those inside functions (lazy imports) and under
``TYPE_CHECKING``; those are marked. An area is the package directly below ``model``
(``model.core.db`` → ``core``); a module directly in ``model/`` is its own area unless
``--areas`` gives a JSON object mapping module names to areas (to group a flat layout by a
planned one).

    python tools/import_graph.py            # summary, arrows per area pair, cycles
    python tools/import_graph.py --arrows   # also every arrow
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "model"


def module_names(root: Path, packages: tuple[str, ...] = (PACKAGE,)) -> dict[str, Path]:
    """Dotted name → file for every module and package under ``model/`` (or ``packages``)."""
    names = {}
    for path in sorted(p for package in packages for p in (root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _resolve_relative(current: str, is_package: bool, level: int, module: str | None) -> str:
    base = current.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def _known(name: str, names: dict[str, Path]) -> str | None:
    """The longest known module that ``name`` is or lies in."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in names:
            return candidate
        parts.pop()
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self) -> None:
        self.found: list[tuple[ast.Import | ast.ImportFrom, bool, bool]] = []
        self._depth = 0
        self._type_checking = 0

    def _nested(self, node) -> None:
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _nested

    def visit_If(self, node: ast.If) -> None:
        test = node.test
        guarded = (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
            isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
        )
        if guarded:
            self._type_checking += 1
            for child in node.body:
                self.visit(child)
            self._type_checking -= 1
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        self.found.append((node, self._depth > 0, self._type_checking > 0))

    visit_ImportFrom = visit_Import


def arrows(root: Path, packages: tuple[str, ...] = (PACKAGE,)) -> dict[tuple[str, str], str]:
    """(importer, imported) → kind: "top", "lazy" (inside a function) or "typing"."""
    names = module_names(root, packages)
    result: dict[tuple[str, str], str] = {}
    rank = {"top": 0, "lazy": 1, "typing": 2}
    for current, path in names.items():
        visitor = _Visitor()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for node, lazy, typing in visitor.found:
            kind = "typing" if typing else "lazy" if lazy else "top"
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = (
                    (node.module or "")
                    if not node.level
                    else _resolve_relative(current, _is_package(path), node.level, node.module)
                )
                for alias in node.names:  # ``from package import module`` names a module
                    sub = f"{base}.{alias.name}"
                    targets.append(sub if sub in names else base)
            for target in targets:
                known = _known(target, names)
                if known is None or known == current:
                    continue
                key = (current, known)
                if key not in result or rank[kind] < rank[result[key]]:
                    result[key] = kind
    return result


def area_of(module: str, areas: dict[str, str]) -> str:
    if module in areas:
        return areas[module]
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "(model)"


def cycles(edges: set[tuple[str, str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan, iterative)."""
    graph: dict[str, list[str]] = defaultdict(list)
    for a, b in sorted(edges):
        graph[a].append(b)
        graph.setdefault(b, [])
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root")
    parser.add_argument("--areas", type=Path, help="JSON: module name → area")
    parser.add_argument("--arrows", action="store_true", help="print every arrow")
    parser.add_argument("--no-typing", action="store_true", help="leave out imports under TYPE_CHECKING")
    args = parser.parse_args(argv)
    areas = json.loads(args.areas.read_text(encoding="utf-8")) if args.areas else {}
    graph = arrows(args.root)
    if args.no_typing:
        graph = {key: kind for key, kind in graph.items() if kind != "typing"}
    modules = module_names(args.root)

    if args.arrows:
        by_area: dict[str, list[str]] = defaultdict(list)
        for (a, b), kind in sorted(graph.items()):
            mark = "" if kind == "top" else f"  ({kind})"
            by_area[area_of(a, areas)].append(f"  {a} → {b}{mark}")
        for area in sorted(by_area):
            print(f"[{area}]")
            print("\n".join(by_area[area]))
        print()

    pairs: dict[tuple[str, str], int] = defaultdict(int)
    for a, b in graph:
        area_a, area_b = area_of(a, areas), area_of(b, areas)
        if area_a != area_b:
            pairs[(area_a, area_b)] += 1
    print("Cross-area arrows (importer area → imported area: count):")
    for (area_a, area_b), count in sorted(pairs.items()):
        print(f"  {area_a} → {area_b}: {count}")
    module_cycles = cycles(set(graph))
    area_cycles = cycles(set(pairs))
    print("Module cycles:", "none" if not module_cycles else "")
    for component in module_cycles:
        print("  " + " ↔ ".join(component))
    print("Area cycles:", "none" if not area_cycles else "")
    for component in area_cycles:
        print("  " + " ↔ ".join(component))
    lazy = sum(1 for kind in graph.values() if kind == "lazy")
    typing = sum(1 for kind in graph.values() if kind == "typing")
    print(
        f"\nmodules: {len(modules)}  arrows: {len(graph)} (lazy {lazy}, typing-only {typing})  "
        f"cross-area arrows: {sum(pairs.values())}  "
        f"module cycles: {len(module_cycles)}  area cycles: {len(area_cycles)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
