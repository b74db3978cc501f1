"""File names that are valid on Windows, whatever a person's name contains."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_STEM = 120


def safe_stem(text: str, fallback: str = "Datei") -> str:
    """A file-name stem without forbidden characters, format controls or reserved names."""
    cleaned = "".join(
        ch
        for ch in unicodedata.normalize("NFC", text or "")
        if unicodedata.category(ch) not in ("Cf", "Cc", "Cs", "Co", "Cn")
    )
    cleaned = _FORBIDDEN.sub("_", cleaned)
    cleaned = re.sub(r"\s+", " ", cleaned).strip().rstrip(". ")
    cleaned = cleaned[:MAX_STEM].rstrip(". ")
    if not cleaned or cleaned in (".", ".."):
        cleaned = fallback
    if cleaned.split(".")[0].strip().upper() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def shortened(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary ("im Quartier", not "im Quartie")."""
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(None, 1)[0] if " " in text[: limit + 1] else ""
    return (cut or text[:limit]).rstrip(" .-,;")


def unique_path(folder: Path, stem: str, suffix: str, taken: set[str] | None = None) -> Path:
    """``folder/stem.suffix`` made safe and unique (case-insensitively, as on Windows).

    ``taken`` collects the upper-cased names (NTFS compares by upper case) handed out in one batch.
    """
    taken = taken if taken is not None else set()
    base = safe_stem(stem)
    candidate = f"{base}{suffix}"
    number = 2
    while candidate.upper() in taken or (folder / candidate).exists():
        candidate = f"{base} ({number}){suffix}"
        number += 1
    taken.add(candidate.upper())
    path = (folder / candidate).resolve()
    if path.parent != folder.resolve():  # never outside the chosen folder
        raise ValueError(f"unsafe file name {candidate!r}")
    return path
