"""Indicator values from a CSV file: check every row, then import all or nothing.

One row per value::

    country,indicator,year,value,source,source_url,note,demo
    SN,sp-coverage,2020,19.6,ILO World Social Protection Database,https://…,,no

``country`` is an ISO 3166 alpha-2 code, ``indicator`` an indicator's code,
``value`` a plain number with a point as decimal mark. The header is matched
case-insensitively; ``source_url``, ``note`` and ``demo`` may be left out. A
row replaces the value of the same country, indicator and year if there is
one (an empty ``source_url`` or ``note`` clears it), else adds one.

Every row is checked before anything is written, and every problem is
reported with its row number as a spreadsheet shows it (the header is row 1),
the column and the value given. If any row is refused, nothing is imported.
The admin's import page and ``manage.py import_indicator_values`` both call
``import_values``. The followers of each country whose values changed and whose
profile is live hear of it (``notify.values_imported``).
"""

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries

from core.csvsafe import unprotect

from . import notify
from .models import Indicator, IndicatorValue

REQUIRED_COLUMNS = ["country", "indicator", "year", "value", "source"]
OPTIONAL_COLUMNS = ["source_url", "note", "demo"]
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
MAX_ROWS = 20_000
MAX_BYTES = 5 * 1024 * 1024
FIRST_YEAR = 1900
YES = {"yes", "true", "1"}
NO = {"no", "false", "0", ""}
NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
PLACES = Decimal("0.0001")
MAX_VALUE = Decimal("1e16")  # the column holds 20 digits, 4 of them decimals
LENGTHS = {"source": 300, "source_url": 200, "note": 500}
BATCH = 500


@dataclass(frozen=True)
class Problem:
    """One reason the file is refused. ``row`` is None for the file as a whole."""

    message: str
    row: int | None = None
    column: str = ""
    value: str = ""

    def __str__(self) -> str:
        if self.row is None:
            return self.message
        where = _("Row %(row)d") % {"row": self.row}
        if self.column:
            where = _("Row %(row)d, %(column)s “%(value)s”") % {
                "row": self.row,
                "column": self.column,
                "value": self.value,
            }
        return f"{where}: {self.message}"


@dataclass
class Report:
    """What an import found and did. Nothing was written if ``problems`` is not empty
    or ``check_only`` is set."""

    check_only: bool = False
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return bool(self.problems)

    @property
    def imported(self) -> bool:
        return not self.refused and not self.check_only

    def summary(self) -> str:
        if self.refused:
            return _(
                "Nothing was imported: %(count)d problem(s) in the file. "
                "Correct them and upload the whole file again."
            ) % {"count": len(self.problems)}
        counts = {"created": self.created, "updated": self.updated, "unchanged": self.unchanged}
        if self.check_only:
            return (
                _(
                    "The file is correct. Importing it would add %(created)d values, "
                    "update %(updated)d and leave %(unchanged)d unchanged. "
                    "Nothing was imported (check only)."
                )
                % counts
            )
        return (
            _("Imported: %(created)d values added, %(updated)d updated, %(unchanged)d unchanged.")
            % counts
        )

    def lines(self) -> list[str]:
        return [self.summary(), *(str(problem) for problem in self.problems)]


@dataclass
class _Row:
    number: int
    indicator: Indicator
    country: str
    year: int
    value: Decimal
    source: str
    source_url: str
    note: str
    is_demo: bool


class _Refused(Exception):
    def __init__(self, *problems: Problem):
        self.problems = list(problems)


def import_values(data: bytes, *, check_only: bool = False) -> Report:
    """Check ``data`` (the file's bytes) and, if every row is right and not
    ``check_only``, create and update the values in one transaction."""
    report = Report(check_only=check_only)
    try:
        records = _read(data)
    except _Refused as refused:
        report.problems = refused.problems
        return report
    report.rows = len(records)
    rows, report.problems = _check(records)
    if report.problems:
        return report
    existing = _existing(rows)
    new, changed = [], []
    now = timezone.now()
    for row in rows:
        current = existing.get((row.indicator.pk, row.country, row.year))
        if current is None:
            new.append(
                IndicatorValue(
                    indicator=row.indicator,
                    country=row.country,
                    year=row.year,
                    value=row.value,
                    source=row.source,
                    source_url=row.source_url,
                    note=row.note,
                    is_demo=row.is_demo,
                )
            )
            continue
        wanted = {
            "value": row.value,
            "source": row.source,
            "source_url": row.source_url,
            "note": row.note,
            "is_demo": row.is_demo,
        }
        if all(getattr(current, name) == given for name, given in wanted.items()):
            report.unchanged += 1
            continue
        for name, given in wanted.items():
            setattr(current, name, given)
        current.updated = now
        changed.append(current)
    report.created, report.updated = len(new), len(changed)
    if check_only:
        return report
    with transaction.atomic():
        IndicatorValue.objects.bulk_create(new, batch_size=BATCH)
        IndicatorValue.objects.bulk_update(
            changed,
            ["value", "source", "source_url", "note", "is_demo", "updated"],
            batch_size=BATCH,
        )
        notify.values_imported(value.country for value in [*new, *changed])
    return report


# --- Reading the file ---------------------------------------------------------------------


def _read(data: bytes) -> list[tuple[int, dict[str, str] | None]]:
    """The data rows as (row number, {column: cell}); None for a row with more
    cells than the header. Raises _Refused for a file that cannot be read."""
    if len(data) > MAX_BYTES:
        raise _Refused(
            Problem(
                _("The file is larger than %(size)d MB. Split it and import the parts.")
                % {"size": MAX_BYTES // (1024 * 1024)}
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Refused(
            Problem(_("The file is not in UTF-8. Save it as “CSV UTF-8” and try again."))
        ) from None
    if not text.strip():
        raise _Refused(Problem(_("The file is empty.")))
    first_line = text.split("\n", 1)[0]
    # Spreadsheets set to French or Spanish save CSV files with semicolons.
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader)]
        _check_header(header)
        records = []
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(records) >= MAX_ROWS:
                raise _Refused(
                    Problem(
                        _("The file has more than %(max)d rows. Split it and import the parts.")
                        % {"max": MAX_ROWS}
                    )
                )
            if len(cells) > len(header):
                records.append((number, None))
                continue
            cells += [""] * (len(header) - len(cells))
            records.append((number, dict(zip(header, cells, strict=True))))
    except csv.Error as error:
        raise _Refused(
            Problem(_("The file is not a valid CSV file: %(error)s") % {"error": error})
        ) from None
    if not records:
        raise _Refused(Problem(_("The file has a header but no values."), row=2))
    return records


def _check_header(header: list[str]) -> None:
    problems = []
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        problems.append(
            _("Missing columns: %(missing)s. Required columns are: %(required)s.")
            % {"missing": ", ".join(missing), "required": ", ".join(REQUIRED_COLUMNS)}
        )
    unknown = [name or _("(empty)") for name in header if name not in COLUMNS]
    if unknown:
        problems.append(
            _("Unknown columns: %(unknown)s. The columns are: %(columns)s.")
            % {"unknown": ", ".join(unknown), "columns": ", ".join(COLUMNS)}
        )
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        problems.append(_("Columns given twice: %(columns)s.") % {"columns": ", ".join(repeated)})
    if problems:
        raise _Refused(*(Problem(message, row=1) for message in problems))


# --- Checking the rows --------------------------------------------------------------------


def _check(records) -> tuple[list[_Row], list[Problem]]:
    indicators = {indicator.code.lower(): indicator for indicator in Indicator.objects.all()}
    known_countries = {code for code, _name in countries}
    this_year = timezone.localdate().year
    url_validator = URLValidator(schemes=["http", "https"])
    rows, problems, seen = [], [], {}
    for number, cells in records:
        if cells is None:
            problems.append(Problem(_("This row has more cells than the header."), row=number))
            continue
        before = len(problems)

        def refuse(column, message, number=number, cells=cells):
            problems.append(Problem(message, row=number, column=column, value=cells[column]))

        country = cells["country"].strip().upper()
        if not country:
            refuse("country", _("The country is required."))
        elif country not in known_countries:
            refuse(
                "country",
                _("Unknown country code “%(code)s”. Use ISO 3166 two-letter codes, e.g. SN.")
                % {"code": cells["country"].strip()},
            )
        indicator = indicators.get(cells["indicator"].strip().lower())
        if indicator is None:
            refuse(
                "indicator",
                _("Unknown indicator “%(code)s”. The indicators are: %(codes)s.")
                % {"code": cells["indicator"].strip(), "codes": ", ".join(sorted(indicators))},
            )
        year = _year(cells["year"], this_year)
        if isinstance(year, str):
            refuse("year", year)
        value = _number(cells["value"])
        if isinstance(value, str):
            refuse("value", value)
        elif indicator is not None and not indicator.accepts(value):
            refuse("value", _out_of_range(indicator))
        source = unprotect(cells["source"].strip())
        if not source:
            refuse("source", _("The source is required."))
        source_url = cells.get("source_url", "").strip()
        if source_url:
            try:
                url_validator(source_url)
            except ValidationError:
                refuse("source_url", _("Enter a full web address starting with https://."))
        note = unprotect(cells.get("note", "").strip())
        for column, text in (("source", source), ("source_url", source_url), ("note", note)):
            if len(text) > LENGTHS[column]:
                refuse(
                    column,
                    _("At most %(max)d characters (this one has %(length)d).")
                    % {"max": LENGTHS[column], "length": len(text)},
                )
        demo = cells.get("demo", "").strip().lower()
        if demo not in YES | NO:
            refuse("demo", _("Write yes or no (or leave it empty for no)."))
        if len(problems) > before:
            continue
        key = (country, indicator.pk, year)
        if key in seen:
            problems.append(
                Problem(
                    _("Same country, indicator and year as row %(row)d.") % {"row": seen[key]},
                    row=number,
                    column="country, indicator, year",
                    value=f"{country}, {indicator.code}, {year}",
                )
            )
            continue
        seen[key] = number
        rows.append(
            _Row(
                number=number,
                indicator=indicator,
                country=country,
                year=year,
                value=value,
                source=source,
                source_url=source_url,
                note=note,
                is_demo=demo in YES,
            )
        )
    return rows, problems


def _year(cell: str, this_year: int) -> int | str:
    """The year, or the message saying why it is not one."""
    text = cell.strip()
    if not text.isdigit() or not text.isascii():
        return _("The year must be a whole number, e.g. 2020.")
    year = int(text)
    if year > this_year:
        return _("This is a year in the future (the latest accepted is %(year)d).") % {
            "year": this_year
        }
    if year < FIRST_YEAR:
        return _("The year must be %(first)d or later.") % {"first": FIRST_YEAR}
    return year


def _number(cell: str) -> Decimal | str:
    """The value, rounded to the four decimals kept, or the message saying why
    it is not a number."""
    text = cell.strip()
    if not text:
        return _("The value is required.")
    if not NUMBER.match(text):
        return _(
            "Not a number. Write digits only, with a point as decimal mark and "
            "no thousands separators, e.g. 1234.5."
        )
    value = Decimal(text).quantize(PLACES, rounding=ROUND_HALF_EVEN)
    if abs(value) >= MAX_VALUE:
        return _("The number is too large.")
    return value


def _out_of_range(indicator: Indicator) -> str:
    bounds = {
        "indicator": indicator.code,
        "minimum": _plain(indicator.minimum),
        "maximum": _plain(indicator.maximum),
    }
    if indicator.minimum is not None and indicator.maximum is not None:
        return _("Out of range: “%(indicator)s” takes values from %(minimum)s to %(maximum)s.") % (
            bounds
        )
    if indicator.minimum is not None:
        return _("Too small: “%(indicator)s” takes values of %(minimum)s or more.") % bounds
    return _("Too large: “%(indicator)s” takes values of %(maximum)s or less.") % bounds


def _plain(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def bounds(indicator: Indicator) -> str:
    """The accepted values, for people: "0 to 100", "≥ 0", "≤ 100" or ""."""
    low, high = _plain(indicator.minimum), _plain(indicator.maximum)
    if low and high:
        return _("%(low)s to %(high)s") % {"low": low, "high": high}
    if low:
        return f"≥ {low}"
    return f"≤ {high}" if high else ""


def _existing(rows: list[_Row]) -> dict[tuple[int, str, int], IndicatorValue]:
    """The stored values the file's rows may replace, by (indicator, country, year)."""
    if not rows:
        return {}
    wanted = {(row.indicator.pk, row.country, row.year) for row in rows}
    found = IndicatorValue.objects.filter(
        indicator_id__in={row.indicator.pk for row in rows},
        country__in={row.country for row in rows},
        year__gte=min(row.year for row in rows),
        year__lte=max(row.year for row in rows),
    )
    return {
        (value.indicator_id, value.country.code, value.year): value
        for value in found.iterator(chunk_size=2000)
        if (value.indicator_id, value.country.code, value.year) in wanted
    }
