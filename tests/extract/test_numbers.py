"""Numbers: a numeric expression becomes a value, a unit and a qualifier."""

from __future__ import annotations

import pytest

from accord.extract.language.numbers import Amount, is_currency, parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11.6 billion", Amount(11_600_000_000, None)),
        ("$5 billion", Amount(5_000_000_000, "USD")),
        ("500,000", Amount(500_000, None)),
        ("over $4.5 billion", Amount(4_500_000_000, "USD", "more_than")),
        ("about 13,000", Amount(13_000, None, "approx")),
        ("ten", Amount(10, None)),
        ("twenty-five", Amount(25, None)),
        ("two hundred thousand", Amount(200_000, None)),
        ("1.2 trillion rubles", Amount(1_200_000_000_000, "RUB")),
        ("€40m", Amount(40_000_000, "EUR")),
        ("US$ 3bn", Amount(3_000_000_000, "USD")),
        ("RUB 70 billion", Amount(70_000_000_000, "RUB")),
    ],
)
def test_money_and_counts_are_scaled_to_plain_numbers(text: str, expected: Amount) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["15 percent", "15%", "15 per cent", "15\u00a0percent"])
def test_every_spelling_of_percent_gives_the_percent_unit(text: str) -> None:
    assert parse_amount(text) == Amount(15, "percent")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("more than 3,000", "more_than"),
        ("over 20", "more_than"),
        ("approximately 430", "approx"),
        ("almost 6", "approx"),
        ("up to 5 GW", "up_to"),
        ("less than 10 percent", "less_than"),
        ("under $1 million", "less_than"),
    ],
)
def test_leading_words_become_the_qualifier(text: str, qualifier: str) -> None:
    amount = parse_amount(text)
    assert amount is not None and amount.qualifier == qualifier


def test_rate_after_a_physical_unit_joins_the_unit() -> None:
    assert parse_amount("2.5 million tonnes a year") == Amount(2_500_000, "tonnes/year")
    assert parse_amount("about 500,000 tonnes of steel per year") == Amount(500_000, "tonnes/year", "approx")


def test_fold_multiplier_is_counted_in_times() -> None:
    assert parse_amount("sixfold") == Amount(6, "times")
    assert parse_amount("almost three-fold") == Amount(3, "times", "approx")


def test_comma_before_other_than_three_digits_is_a_decimal_comma() -> None:
    assert parse_amount("1,5 million") == Amount(1_500_000, None)


def test_letter_scale_needs_a_currency_to_mean_million() -> None:
    assert parse_amount("$5m") == Amount(5_000_000, "USD")
    assert parse_amount("5 m") == Amount(5, None)


def test_range_keeps_its_lower_end_with_the_shared_scale_and_unit() -> None:
    assert parse_amount("1.4–1.5 trillion rubles") == Amount(1_400_000_000_000, "RUB")
    assert parse_amount("2 or 3 million tonnes") == Amount(2_000_000, "tonnes")
    assert parse_amount("between 5 and 7 percent") == Amount(5, "percent", "approx")


def test_text_without_a_number_gives_nothing() -> None:
    assert parse_amount("several billion dollars") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1.2 billion", Amount(1_200_000_000, "USD")),
        ("USD 50 million", Amount(50_000_000, "USD")),
        ("EUR 300 million", Amount(300_000_000, "EUR")),
        ("€12bn", Amount(12_000_000_000, "EUR")),
        ("£20m", Amount(20_000_000, "GBP")),
        ("50 million dollars", Amount(50_000_000, "USD")),
        ("more than $3 billion", Amount(3_000_000_000, "USD", "more_than")),
        ("$111.8 million USD", Amount(111_800_000, "USD")),
        ("5 million euros", Amount(5_000_000, "EUR")),
    ],
)
def test_money_in_every_form_a_release_writes_it(text: str, expected: Amount) -> None:
    assert parse_amount(text) == expected


def test_a_currency_is_told_from_other_units() -> None:
    assert is_currency("USD") and is_currency("GBP")
    assert not is_currency("percent") and not is_currency("MW") and not is_currency(None)
