"""File names from people's names are valid and unique on Windows."""

from __future__ import annotations

import pytest

from model.core.filenames import safe_stem, unique_path


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Müller & Söhne <GmbH>", "Müller & Söhne _GmbH_"),
        ("Żółć_Łukasz", "Żółć_Łukasz"),
        ("evil\u202etxt.exe", "eviltxt.exe"),
        ("CON", "_CON"),
        ("lpt1.Tagung", "_lpt1.Tagung"),
        ("Name. . ", "Name"),
        ("..", "Datei"),
        ('a/b\\c:d*e?f"g|h', "a_b_c_d_e_f_g_h"),
        ("", "Datei"),
    ],
)
def test_safe_stem(raw, expected):
    assert safe_stem(raw) == expected


def test_unique_paths_stay_in_the_folder_and_do_not_collide(tmp_path):
    taken: set[str] = set()
    first = unique_path(tmp_path, "Yılmaz_Ayşe_Netzwerktreffen_2026-03-05", ".pdf", taken)
    second = unique_path(tmp_path, "YILMAZ_AYŞE_netzwerktreffen_2026-03-05", ".pdf", taken)
    third = unique_path(tmp_path, "../../etc/passwd", ".pdf", taken)
    assert first.name == "Yılmaz_Ayşe_Netzwerktreffen_2026-03-05.pdf"
    assert second.name.endswith("(2).pdf")
    assert third.parent == tmp_path.resolve()
    assert len(safe_stem("x" * 500)) <= 120


def test_long_titles_are_cut_at_a_word_boundary():
    from model.core.filenames import shortened

    title = "Kommunikation und Öffentlichkeitsarbeit im Quartier"
    assert shortened(title, 50) == "Kommunikation und Öffentlichkeitsarbeit im"
    assert shortened(title, 100) == title
    assert shortened("Donaudampfschifffahrtsgesellschaftskapitän", 10) == "Donaudampf"
