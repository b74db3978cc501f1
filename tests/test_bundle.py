"""The frozen program (PyInstaller one-folder bundle) starts and finds its files.

Slow (a full build), so it only runs with ``-m bundle`` (as .ci/run does).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build_installer.spec"),
        ],
        check=True,
        cwd=ROOT,
        timeout=1500,
    )
    executable = work / "dist" / "Netzwerkstatt" / ("Netzwerkstatt.exe" if os.name == "nt" else "Netzwerkstatt")
    assert executable.exists()
    return executable


def _run(executable: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NETZWERKSTATT_HOME=str(home))
    return subprocess.run(
        [str(executable), *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=600
    )


def test_bundle_creates_demo_data_smoke_starts_and_prints_certificates(bundle, tmp_path):
    database = tmp_path / "demo.sqlite"
    demo = _run(bundle, "--db", str(database), "demo", home=tmp_path)
    assert demo.returncode == 0, demo.stderr
    events = json.loads(_run(bundle, "--db", str(database), "list", "events", "--json", home=tmp_path).stdout)
    assert len(events) >= 100
    smoke = _run(bundle, "--db", str(database), "--smoke", home=tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    check = _run(bundle, "--db", str(database), "check", home=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    event = next(e["id"] for e in events if e["credit_hours"] and e["status"] == "durchgeführt")
    out = tmp_path / "bescheinigungen"
    certificates = _run(
        bundle,
        "--db",
        str(database),
        "certificates",
        "--event",
        str(event),
        "--out",
        str(out),
        "--merged",
        home=tmp_path,
    )
    assert certificates.returncode == 0, certificates.stderr
    assert (out / "Alle_Bescheinigungen.pdf").stat().st_size > 10_000


def _project_modules() -> set[str]:
    names = set()
    for package in ("gui", "model", "reports"):
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts:
                continue
            names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_bundle_carries_every_module_of_the_program(bundle):
    """Areas, importers and exporters are imported by name: each must be in the bundle."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(bundle))
    pyz = next(name for name in archive.toc if name.endswith(".pyz"))
    bundled = set(archive.open_embedded_archive(pyz).toc)
    missing = _project_modules() - bundled
    assert not missing, sorted(missing)
    assert (bundle.parent / "_internal" / "model" / "core" / "migrations" / "versions").is_dir()
    assert (bundle.parent / "_internal" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    resources = bundle.parent / "_internal" / "resources"
    assert (resources / "help" / "handbuch.html").is_file()
    assert len(list((resources / "help" / "bilder").glob("*.png"))) >= 10
    assert (resources / "translations" / "netzwerkstatt_en.qm").is_file()
