"""A Russian and an English initiative title name the same project when a proper name in them is one, romanized."""

from __future__ import annotations

import pytest

from accord.resolve.cross_language import shared_project_name


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("соглашение о строительстве ГЭС «Кара-Булак»", "agreement on the construction of the Kara-Bulak plant"),
        ("строительство Кашкасуйской ГЭС", "the Kashkasu hydropower plant"),  # an adjective made from the name
        ("реконструкция Верхне-Чарынского канала", "rebuilding the Upper Charyn canal"),
        ("строительство Жалгызагашской ТЭЦ", "Jalgyzagash heating plant"),
    ],
)
def test_titles_in_two_scripts_share_the_project_name(russian: str, english: str) -> None:
    assert shared_project_name(russian, english) is not None
    assert shared_project_name(english, russian) is not None


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("соглашение о строительстве ГЭС «Кара-Булак»", "agreement on the construction of the Kara-Tash plant"),
        ("строительство Кашкасуйской ГЭС", "the Kashkatash solar park"),
        ("строительство ГЭС в Киргизии", "a hydropower plant in Kyrgyzstan"),  # a country names no project
        ("строительство ГЭС «Кара-Булак»", "строительство ГЭС «Кара-Булак»"),  # one script: titles compare as words
    ],
)
def test_different_or_no_names_share_nothing(russian: str, english: str) -> None:
    assert shared_project_name(russian, english) is None
