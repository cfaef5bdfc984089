"""Currencies a contribution may be stated in: the ISO 4217 currencies legal
tender today in some country (from the Unicode CLDR data Babel ships), named in
the visitor's language."""

import datetime
from functools import cache

from babel.numbers import get_currency_name, get_territory_currencies
from django_countries.data import COUNTRIES

from core.translated import current_language


@cache
def current_codes() -> frozenset[str]:
    today = datetime.date.today()
    codes = set()
    for code in COUNTRIES:
        codes.update(get_territory_currencies(code, today, tender=True))
    return frozenset(codes)


def is_current(code: str) -> bool:
    return code.upper() in current_codes()


def default_for(country_code: str) -> str:
    """The currency a country uses today ("" when unknown), e.g. SN → XOF."""
    found = get_territory_currencies(str(country_code).upper(), datetime.date.today(), tender=True)
    return found[0] if found else ""


def name(code: str) -> str:
    """ "CFA franc (BCEAO)" in English, "franc CFA (BCEAO)" in French…"""
    if not code:
        return ""
    try:
        return get_currency_name(code.upper(), locale=current_language())
    except ValueError:
        return code


def choices() -> list[tuple[str, str]]:
    """(code, "XOF · franc CFA (BCEAO)") sorted by code, for a select."""
    return [(code, f"{code} · {name(code)}") for code in sorted(current_codes())]
