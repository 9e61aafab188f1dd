"""Write folders of small news articles, each about a different pair of countries and a project."""

from __future__ import annotations

from pathlib import Path

COUNTRIES = ["Armenia", "Georgia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Mongolia", "Vietnam", "Egypt"]
PROJECTS = ["railway line", "solar park", "grain terminal", "cement plant", "water pipeline"]


def article(number: int) -> str:
    """Return article `number`: a meeting of two countries' ministers about one project."""
    host, guest = COUNTRIES[number % len(COUNTRIES)], COUNTRIES[(number + 3) % len(COUNTRIES)]
    project = PROJECTS[number % len(PROJECTS)]
    return (
        f"The foreign ministers of {host} and {guest} met on {number % 27 + 1} March 2025.\n\n"
        f"They agreed to build a {project} near the border by 2028. Trade between {host} and {guest} "
        f"reached ${number + 1}.5 billion in 2024, the ministry of {host} said.\n\n"
        f"The sides also discussed tourism, education and culture, and agreed to meet again next year in {guest}."
    )


def write_articles(folder: Path, count: int) -> Path:
    """Write `count` articles as numbered .txt files into `folder` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"{number:03}.txt").write_text(article(number), encoding="utf-8")
    return folder
