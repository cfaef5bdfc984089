"""Cells of CSV files the portal writes, safe to open in a spreadsheet.

A cell starting with one of ``FORMULA_STARTS`` would be run as a formula by
Excel or LibreOffice ("CSV injection"); ``protect`` prefixes such a cell with an
apostrophe, which spreadsheets show as text, and ``unprotect`` removes it again
when a file the portal wrote is imported. Numbers the portal formats itself (a
negative value, say) are not user text and are written as they are.
"""

import csv
from collections.abc import Iterable, Sequence

from django.http import HttpResponse
from django.utils.http import content_disposition_header

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def protect(cell: str) -> str:
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def unprotect(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def csv_response(rows: Iterable[Sequence[str]], filename: str) -> HttpResponse:
    """A CSV download: UTF-8 with a byte order mark, so that spreadsheets read
    accents correctly. Cells of user text must already have gone through ``protect``."""
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": content_disposition_header(True, filename)},
    )
    response.write("\ufeff")
    csv.writer(response).writerows(rows)
    return response
