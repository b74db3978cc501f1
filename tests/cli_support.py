"""Running the command line as IT and scripts do.

``run_cli`` starts ``main.py`` in a real subprocess; the command-line contract (exit codes,
one-line errors, help, streams) is tested that way in ``test_cli.py`` and ``test_edges_cli.py``.
``call_cli`` runs the same entry point, ``main.main``, inside the test process and returns
the same kind of result: tests of what a command writes use it and skip the half second a
new interpreter needs to import the program.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run ``main.py`` in a subprocess, as IT or a script would."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=timeout,
        cwd=ROOT,
    )


def call_cli(*args: str) -> subprocess.CompletedProcess:
    """Run ``main.main(args)`` in this process, with what a subprocess would show.

    The exit status is ``main``'s return value or argparse's exit code; an uncaught exception
    is printed to stderr as a traceback with status 1, as the interpreter would.
    """
    import main

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.chdir(ROOT), contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            status = main.main(list(args))
        except SystemExit as exit_:
            status = exit_.code
            if isinstance(status, str):
                print(status, file=sys.stderr)
                status = 1
        except Exception:  # noqa: BLE001 - reported like the interpreter does for a subprocess
            traceback.print_exc()
            status = 1
    return subprocess.CompletedProcess(["main.py", *args], status or 0, stdout.getvalue(), stderr.getvalue())
