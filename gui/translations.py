"""The languages of the program and its English translation (Qt Linguist).

German is the source language: every text in the code is German, so German needs no
translator of the program's own (only Qt's German for its standard dialogs, ``qtbase_de``).
English comes from ``resources/translations/netzwerkstatt_en.ts``, compiled by lrelease
into a ``.qm`` that Qt loads. The ``.qm`` is a build product, not kept in git:

- the installer spec calls ``release_all()`` before PyInstaller's analysis, so the bundle
  carries a current ``.qm`` (a bundle never compiles anything);
- a start from the source tree compiles it when it is missing or older than the ``.ts``
  (beside the ``.ts``; into the data folder if the source tree is read-only).

Developers refresh the ``.ts`` after changing texts in ``gui/``::

    python -m gui.translations update     # lupdate over gui/ (keeps translations) + lrelease
    python -m gui.translations check      # lists texts of gui/ without a finished translation
    python -m gui.translations release    # lrelease only

lupdate only sees literal calls: ``self.tr("…")``, ``QCoreApplication.translate("Context",
"…")`` (also as a local alias ``translate = QCoreApplication.translate``) and
``QT_TRANSLATE_NOOP("Context", "…")`` for texts kept in tables and translated where shown.
A helper such as ``def tr(text): return translate("X", text)`` hides its texts from it.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

from model.core.errors import UserError
from model.core.paths import data_dir, resource
from model.core.safe_files import atomic_output

log = logging.getLogger("netzwerkstatt")

DEFAULT_LANGUAGE = "de"
# Each language in its own language: the names are not translated.
LANGUAGES: dict[str, str] = {"de": "Deutsch", "en": "English"}
SOURCE_LANGUAGE = "de"
TRANSLATED_LANGUAGES = ("en",)
CATALOGUE = "netzwerkstatt"

ROOT = Path(__file__).resolve().parent.parent
SOURCE_FOLDER = ROOT / "gui"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate in ``context`` and returns it unchanged: Qt's marker, typed
    (PySide6 declares its own as returning ``object``)."""
    return text


def normalise(language: str | None) -> str:
    """A known language code; anything else (empty, unknown) is the default, German."""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def ts_file(language: str) -> Path:
    return resource("translations", f"{CATALOGUE}_{language}.ts")


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _qt_tool(name: str) -> Path:
    """lupdate / lrelease as shipped with PySide6 (PySide6-Essentials)."""
    import PySide6

    return Path(PySide6.__file__).resolve().parent / (f"{name}.exe" if os.name == "nt" else name)


def _run_tool(name: str, arguments: list[str]) -> str:
    import subprocess

    tool = _qt_tool(name)
    if not tool.exists():
        raise RuntimeError(f"{name} not found (expected at {tool}); install PySide6-Essentials")
    result = subprocess.run([str(tool), *arguments], capture_output=True, text=True, encoding="utf-8", errors="replace")
    if result.returncode != 0:
        raise RuntimeError(f"{name} failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout


def release(ts: Path, qm: Path) -> Path:
    """Compile ``ts`` into ``qm`` (written atomically, ``model.core.safe_files``).

    Raises ``OSError`` or ``UserError`` when the folder cannot be written, ``RuntimeError``
    when lrelease fails.
    """
    qm.parent.mkdir(parents=True, exist_ok=True)
    if not os.access(qm.parent, os.W_OK):
        raise PermissionError(f"{qm.parent} is not writable")
    with atomic_output(qm) as partial:
        _run_tool("lrelease", ["-silent", str(ts), "-qm", str(partial)])
    return qm


def release_all() -> list[Path]:
    """Compile every ``.ts`` beside it (the installer spec does this before bundling)."""
    return [release(ts_file(language), ts_file(language).with_suffix(".qm")) for language in TRANSLATED_LANGUAGES]


def _is_current(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def compiled_catalogue(language: str) -> Path | None:
    """The ``.qm`` of the program for ``language``, compiled first if needed; None for German.

    Never raises: without lrelease or on a read-only tree an existing (maybe older) ``.qm`` is
    used, and without any the program simply stays German.
    """
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return None
    ts = ts_file(language)
    beside = ts.with_suffix(".qm")
    if _frozen() or _is_current(beside, ts):
        return beside if beside.is_file() else None
    private = data_dir() / "translations" / beside.name
    if _is_current(private, ts):
        return private
    if ts.is_file():
        for target in (beside, private):
            try:
                return release(ts, target)
            except (OSError, UserError) as exc:  # read-only folder: try the next place
                log.info("Übersetzung nicht nach %s geschrieben: %s", target, exc)
            except RuntimeError as exc:
                log.warning("Übersetzung konnte nicht erstellt werden: %s", exc)
                break
    for candidate in (beside, private):
        if candidate.is_file():
            return candidate
    return None


def install(app, language: str) -> str:  # QCoreApplication
    """Load the translators for ``language`` (replacing those of an earlier call).

    German: Qt's own German texts (buttons of standard dialogs), no program translator.
    English: the program's English catalogue; Qt speaks English by itself.
    Returns the language in effect ("de" when the English catalogue cannot be loaded).
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    language = normalise(language)
    if getattr(app, "_netzwerkstatt_language", None) == language:
        return language
    for translator in getattr(app, "_netzwerkstatt_translators", []):
        app.removeTranslator(translator)
    translators = []
    effective = language
    if language == "en":
        catalogue = compiled_catalogue("en")
        translator = QTranslator(app)
        if catalogue is not None and translator.load(str(catalogue)):
            translators.append(translator)
        else:
            log.warning("Englische Übersetzung nicht gefunden; das Programm bleibt deutsch")
            effective = "de"
    if effective == "de":
        qtbase = QTranslator(app)
        german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
        if qtbase.load(german, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qtbase)
    for translator in translators:
        app.installTranslator(translator)
    app._netzwerkstatt_translators = translators
    app._netzwerkstatt_language = language
    return effective


# --- maintenance (developers) --------------------------------------------------------------


def source_files() -> list[Path]:
    return sorted(path for path in SOURCE_FOLDER.rglob("*.py") if "__pycache__" not in path.parts)


def extract(ts: Path, language: str = "en") -> str:
    """Run lupdate over ``gui/`` into ``ts``: new texts are added (unfinished), texts that no
    longer occur are dropped, existing translations are kept. Returns lupdate's summary."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    arguments = [str(path) for path in source_files()]
    arguments += [
        "-ts",
        str(ts),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "de_DE",
        "-target-language",
        language,
    ]
    return _run_tool("lupdate", arguments)


def _messages(ts: Path):
    """(context, message element) of every message in ``ts``."""
    import xml.etree.ElementTree as ElementTree

    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _translations(message) -> list[str] | None:  # an ElementTree element
    """The finished translation(s) of a message (plural forms: several), None if unfinished."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
    else:
        forms = [translation.text or ""]
    return forms if forms and all(form.strip() for form in forms) else None


PLACEHOLDER = re.compile(r"%(?:n|L?\d)|\{[a-z_]*\}")


def missing_translations(language: str = "en") -> list[tuple[str, str, str]]:
    """(context, source, disambiguation) of every text in the ``gui/`` sources as they are now
    that has no finished translation in the committed ``.ts`` (lupdate into a temporary file)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / f"{CATALOGUE}_{language}.ts"
        extract(fresh, language)
        wanted = {_key(context, message) for context, message in _messages(fresh)}
    finished = {
        _key(context, message)
        for context, message in _messages(ts_file(language))
        if _translations(message) is not None
    }
    return sorted(wanted - finished)


def _key(context: str, message) -> tuple[str, str, str]:  # an ElementTree element
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def placeholder_mismatches(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) where a translation lacks or adds a placeholder
    (``%1``, ``%n``, ``{name}``): the text would show wrong or formatting would fail."""
    wrong = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        expected = sorted(PLACEHOLDER.findall(source))
        for form in _translations(message) or []:
            found = sorted(PLACEHOLDER.findall(form))
            # A plural form for exactly one may say "one" instead of "%n".
            if found != expected and not (message.get("numerus") == "yes" and sorted(found + ["%n"]) == expected):
                wrong.append((context, source, form))
    return wrong


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m gui.translations", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "command",
        choices=("update", "release", "check"),
        help="update: lupdate + lrelease; release: lrelease only; check: list unfinished texts",
    )
    args = parser.parse_args(argv)
    if args.command == "update":
        for language in TRANSLATED_LANGUAGES:
            print(extract(ts_file(language), language).strip())
    if args.command in ("update", "release"):
        for qm in release_all():
            print(f"{qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm}")
    problems = 0
    for language in TRANSLATED_LANGUAGES:
        for context, source, comment in missing_translations(language):
            print(f"no translation [{language}] {context}: {source}" + (f" ({comment})" if comment else ""))
            problems += 1
        for context, source, translation in placeholder_mismatches(ts_file(language)):
            print(f"placeholders differ [{language}] {context}: {source} -> {translation}")
            problems += 1
    if args.command == "check":
        print(f"{problems} problem(s)")
    return 1 if problems and args.command == "check" else 0


if __name__ == "__main__":
    sys.exit(main())
