"""What the benchmark scripts share: the large demo database, timing, one result table.

Every script in this folder can run alone; ``run_all.py`` calls their ``measure`` functions
and prints one table. A measurement is a ``Result``: the figure, the baseline measured in the
same run (if the target is a ratio), the target and whether it is met.

The large demo (5,000 people, 2,500 events, 100,000 registrations) is built once with
``main.py --db FILE demo --size large`` (about 10 s) and reused when the file exists; a
benchmark that writes works on a copy (SQLite backup API), never on that file.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def standalone_arguments(doc: str) -> argparse.Namespace:
    """The arguments of a benchmark script run alone: the demo file and --runs."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("db", nargs="?", help="large demo database (built there if missing; default: a temporary one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bench_environment()
    return args


def bench_environment() -> Path:
    """A private data folder (settings, logs, backups never touch the user's) and offscreen Qt."""
    home = os.environ.get("NETZWERKSTATT_HOME")
    if not home:
        home = tempfile.mkdtemp(prefix="nws-bench-home-")
        os.environ["NETZWERKSTATT_HOME"] = home
        atexit.register(remove, Path(home))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return Path(home)


def child_environment(home: Path) -> dict[str, str]:
    """Environment of a measured child process: data folder ``home``, offscreen Qt, and byte-code
    caches as an installed program has them (in ``home``; the source tree stays clean), even
    where the calling shell sets PYTHONDONTWRITEBYTECODE. Run each command once unmeasured first."""
    env = dict(os.environ, NETZWERKSTATT_HOME=str(home), PYTHONPYCACHEPREFIX=str(Path(home) / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def large_demo(path: Path | str | None = None) -> Path:
    """The large demo database at ``path`` (built there if missing; default: a temporary file)."""
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="nws-bench-")) / "large.sqlite"
    path = Path(path).absolute()
    if path.is_file():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"Baue die große Demo in {path} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo", "--size", "large"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        path.unlink(missing_ok=True)
        raise SystemExit(f"main.py demo --size large failed:\n{result.stderr}")
    print(f"… fertig in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return path


@contextmanager
def demo_database(path: Path | str | None = None) -> Iterator[Path]:
    """``large_demo(path)``; a demo built in a temporary folder is deleted afterwards."""
    if path is not None:
        yield large_demo(path)
        return
    folder = scratch_folder()
    try:
        yield large_demo(folder / "large.sqlite")
    finally:
        remove(folder)


def scratch_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="nws-bench-"))


def copy_of(source: Path | str, folder: Path | None = None, name: str = "copy.sqlite") -> Path:
    """A consistent copy of ``source`` to work on (writes never reach the original)."""
    from model.core.backup import copy_database

    folder = folder or scratch_folder()
    return copy_database(Path(source).absolute(), folder / name)


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def median_seconds(work: Callable[[], object], runs: int, warmup: bool = False) -> float:
    """Median wall time of ``runs`` calls of ``work`` (after one unmeasured call with ``warmup``)."""
    if warmup:
        work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_ms(work: Callable[[], object], runs: int, warmup: bool = False) -> float:
    return 1000 * median_seconds(work, runs, warmup)


# --- results ---------------------------------------------------------------------------------


@dataclass
class Result:
    """One line of the table.

    ``value`` and ``baseline`` are seconds (``unit="s"``) or megabytes (``unit="MB"``). With
    ``ratio_limit`` the target is ``value / baseline <= ratio_limit``; with ``limit`` it is
    ``value < limit`` (same unit). Neither: shown for information.
    """

    name: str
    value: float
    unit: str = "s"
    baseline: float | None = None
    ratio_limit: float | None = None
    limit: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    @property
    def ok(self) -> bool | None:
        if self.ratio_limit is not None and self.ratio is not None:
            return self.ratio <= self.ratio_limit
        if self.limit is not None:
            return self.value < self.limit
        return None

    @property
    def target(self) -> str:
        if self.ratio_limit is not None:
            return f"≤ {self.ratio_limit:g}×"
        if self.limit is not None:
            return f"< {format_limit(self.limit, self.unit)}"
        return ""


def format_value(value: float | None, unit: str = "s") -> str:
    if value is None:
        return ""
    if unit == "MB":
        return f"{value:.0f} MB"
    if value < 0.1:
        return f"{value * 1000:.1f} ms"
    if value < 1:
        return f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def format_limit(value: float, unit: str = "s") -> str:
    if unit == "MB":
        return f"{value:g} MB"
    return f"{value * 1000:g} ms" if value < 1 else f"{value:g} s"


def table(results: list[Result]) -> str:
    """The results as a Markdown table (readable in a terminal, pasteable into the README)."""
    header = ("measurement", "figure", "baseline (same run)", "ratio", "target", "ok?")
    lines = []
    for r in results:
        ok = {True: "ok", False: "MISSED", None: ""}[r.ok]
        lines.append(
            (
                r.name,
                format_value(r.value, r.unit),
                format_value(r.baseline, r.unit),
                f"{r.ratio:.2f}×" if r.ratio is not None else "",
                r.target,
                ok,
            )
        )
    widths = [max(len(row[i]) for row in (header, *lines)) for i in range(len(header))]
    right = {1, 2, 3}

    def render(row) -> str:
        cells = [
            cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "| " + " | ".join(cells) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if i in right else ("-" * (w + 2)) for i, w in enumerate(widths)) + "|"
    notes = [f"- {r.name}: {r.note}" for r in results if r.note]
    return "\n".join([render(header), rule, *(render(row) for row in lines)] + ([""] + notes if notes else []))


def print_table(results: list[Result]) -> None:
    print(table(results), flush=True)
