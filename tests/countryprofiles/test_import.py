"""Importing indicator values from CSV: every problem reported by row, all rows or none."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import timezone

from accounts import roles
from countryprofiles import imports
from countryprofiles.models import IndicatorValue
from tests.accounts.helpers import visible_text
from tests.countryprofiles.factories import (
    CuratorshipFactory,
    IndicatorFactory,
    IndicatorValueFactory,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/admin/country-profiles/import/"
HEADER = "country,indicator,year,value,source,source_url,note,demo\n"
NOTHING_IMPORTED = "Nothing was imported"


@pytest.fixture
def coverage(db):
    return IndicatorFactory(
        code="coverage", name="Coverage", minimum=Decimal(0), maximum=Decimal(100)
    )


@pytest.fixture
def existing(coverage):
    """A value already stored, which no refused file may touch."""
    return IndicatorValueFactory(
        indicator=coverage, country="SN", year=2019, value=Decimal("12.5"), source="Old source"
    )


def upload(client, content, check_only=False, name="values.csv"):
    data = content.encode() if isinstance(content, str) else content
    form = {"file": SimpleUploadedFile(name, data, content_type="text/csv")}
    if check_only:
        form["check_only"] = "on"
    return client.post(URL, form, follow=True)


def stored():
    return sorted(
        (v.country.code, v.indicator.code, v.year, v.value, v.source, v.is_demo)
        for v in IndicatorValue.objects.select_related("indicator")
    )


def problems_table(response) -> str:
    html = response.content.decode()
    start = html.index('<table class="listing import-problems">')
    return visible_text(html[start : html.index("</table>", start)])


# --- Each kind of bad input: reported by row, nothing changes ----------------------------------

NEXT_YEAR = timezone.localdate().year + 1
BAD_FILES = [
    pytest.param(
        "country,indicator,year,amount,source,comment\nSN,coverage,2020,1,ILO\n",
        [
            "1 Missing columns: value. Required columns are: "
            "country, indicator, year, value, source.",
            "1 Unknown columns: amount, comment. The columns are: "
            "country, indicator, year, value, source, source_url, note, demo.",
        ],
        id="wrong header",
    ),
    pytest.param(
        HEADER + "SN,coverage,2020,10,ILO,,,\nXX,coverage,2020,10,ILO,,,\n",
        ["3 country XX Unknown country code “XX”. Use ISO 3166 two-letter codes, e.g. SN."],
        id="unknown country code",
    ),
    pytest.param(
        HEADER + 'SN,coverage,2020,"1,234.5",ILO,,,\nSN,coverage,2021,ten,ILO,,,\n',
        [
            "2 value 1,234.5 Not a number. Write digits only, with a point as decimal mark "
            "and no thousands separators, e.g. 1234.5.",
            "3 value ten Not a number. Write digits only, with a point as decimal mark "
            "and no thousands separators, e.g. 1234.5.",
        ],
        id="non-numeric value",
    ),
    pytest.param(
        HEADER + f"SN,coverage,{NEXT_YEAR},10,ILO,,,\n",
        [
            f"2 year {NEXT_YEAR} This is a year in the future "
            f"(the latest accepted is {NEXT_YEAR - 1})."
        ],
        id="year in the future",
    ),
    pytest.param(
        HEADER + "SN,coverage,2020,10,ILO,,,\nsn,Coverage,2020,11,ILO,,,\n",
        [
            "3 country, indicator, year SN, coverage, 2020 "
            "Same country, indicator and year as row 2."
        ],
        id="duplicate row",
    ),
    pytest.param(
        HEADER + "SN,covrage,2020,10,ILO,,,\n",
        ["2 indicator covrage Unknown indicator “covrage”. The indicators are:"],
        id="unknown indicator",
    ),
    pytest.param(
        HEADER + "SN,coverage,2020,120,ILO,,,\nPE,coverage,2020,-1,ILO,,,\n",
        [
            "2 value 120 Out of range: “coverage” takes values from 0 to 100.",
            "3 value -1 Out of range: “coverage” takes values from 0 to 100.",
        ],
        id="out-of-range value",
    ),
    pytest.param(
        HEADER + "SN,coverage,2020,10,,ftp://x.org/a,,maybe\n",
        [
            "2 source The source is required.",
            "2 source_url ftp://x.org/a Enter a full web address starting with https://.",
            "2 demo maybe Write yes or no (or leave it empty for no).",
        ],
        id="source, address and demo flag",
    ),
    pytest.param(
        (HEADER + "SN,coverage,2020,10,Ministère de la Santé,,,\n").encode("latin-1"),
        ["The file is not in UTF-8. Save it as “CSV UTF-8” and try again."],
        id="bad encoding",
    ),
    pytest.param(b"", ["The file is empty."], id="empty file"),
    pytest.param(HEADER, ["2 The file has a header but no values."], id="header only"),
]


@pytest.mark.parametrize(("content", "expected"), BAD_FILES)
def test_bad_file_is_reported_by_row_and_changes_nothing(
    editor_client, existing, content, expected
):
    before = stored()

    response = upload(editor_client, content)

    assert response.status_code == 400
    text = visible_text(response)
    assert NOTHING_IMPORTED in text
    table = problems_table(response)
    for line in expected:
        assert line in table
    assert stored() == before
    existing.refresh_from_db()
    assert (existing.value, existing.source) == (Decimal("12.5"), "Old source")


def test_all_problems_are_listed_not_only_the_first(editor_client, coverage):
    content = HEADER + (
        "SN,coverage,2020,10,ILO,,,\n"
        "XX,coverage,2020,10,ILO,,,\n"
        "PE,coverage,2020,abc,ILO,,,\n"
        "\n"
        f"IN,coverage,{NEXT_YEAR},10,ILO,,,\n"
    )

    response = upload(editor_client, content)

    assert "Nothing was imported: 3 problem(s) in the file." in visible_text(response)
    table = problems_table(response)
    assert "3 country XX" in table
    assert "4 value abc" in table
    assert f"6 year {NEXT_YEAR}" in table  # row numbers as in the file, blank line counted
    assert not IndicatorValue.objects.exists()


def test_mixed_file_imports_nothing(editor_client, existing):
    content = HEADER + (
        "SN,coverage,2019,50,New source,,,\n"  # would update the existing value
        "PE,coverage,2020,20,ILO,,,\n"  # would add one
        "ZZ,coverage,2020,20,ILO,,,\n"  # refused
    )

    response = upload(editor_client, content)

    assert "4 country ZZ Unknown country code “ZZ”." in problems_table(response)
    assert stored() == [("SN", "coverage", 2019, Decimal("12.5"), "Old source", False)]


def test_good_file_creates_updates_and_reports(editor_client, existing, coverage):
    IndicatorValueFactory(indicator=coverage, country="PE", year=2019, value=30, source="ILO")
    content = "\ufeff" + (
        " Country , INDICATOR,Year,Value,Source,Demo\n"  # header: any case, spaces, BOM
        "sn,coverage,2019,50.25,New source,yes\n"  # updates
        "PE,coverage,2019,30,ILO,no\n"  # unchanged
        "IN,coverage,2021,44,ILO,\n"  # new
        "BR,COVERAGE,2020,0,ILO,1\n"  # new
    )

    response = upload(editor_client, content)

    assert response.redirect_chain == [(URL, 302)]
    assert "Imported: 2 values added, 1 updated, 1 unchanged." in visible_text(response)
    assert stored() == [
        ("BR", "coverage", 2020, Decimal("0"), "ILO", True),
        ("IN", "coverage", 2021, Decimal("44"), "ILO", False),
        ("PE", "coverage", 2019, Decimal("30"), "ILO", False),
        ("SN", "coverage", 2019, Decimal("50.25"), "New source", True),
    ]


def test_semicolon_file_from_a_french_spreadsheet_is_read(editor_client, coverage):
    content = "country;indicator;year;value;source\nSN;coverage;2020;19.6;BIT\n"

    response = upload(editor_client, content)

    assert "Imported: 1 values added, 0 updated, 0 unchanged." in visible_text(response)
    assert stored() == [("SN", "coverage", 2020, Decimal("19.6"), "BIT", False)]


def test_check_only_reports_and_imports_nothing(editor_client, existing):
    content = HEADER + "SN,coverage,2019,50,New source,,,\nPE,coverage,2020,20,ILO,,,\n"
    before = stored()

    response = upload(editor_client, content, check_only=True)

    assert (
        "The file is correct. Importing it would add 1 values, update 1 and leave 0 "
        "unchanged. Nothing was imported (check only)."
    ) in visible_text(response)
    assert stored() == before


def test_too_many_rows_are_refused(editor_client, coverage):
    rows = "".join(f"SN,coverage,{1900 + n % 100},1,ILO,,,\n" for n in range(imports.MAX_ROWS + 1))

    response = upload(editor_client, HEADER + rows)

    assert "The file has more than 20000 rows. Split it and import the parts." in visible_text(
        response
    )
    assert not IndicatorValue.objects.exists()


def test_too_large_file_is_refused(editor_client, coverage):
    content = HEADER + "SN,coverage,2020,1,ILO,," + "x" * imports.MAX_BYTES + ",\n"

    response = upload(editor_client, content)

    assert "The file is larger than 5 MB. Split it and import the parts." in visible_text(response)
    assert not IndicatorValue.objects.exists()


def test_import_writes_in_batches_not_row_by_row(
    coverage, django_assert_num_queries, django_assert_max_num_queries
):
    codes = ["SN", "PE", "IN", "BR", "KE"]

    def rows(count, value):
        return HEADER + "".join(
            f"{codes[n // 100]},coverage,{1900 + n % 100},{value},ILO,,,\n" for n in range(count)
        )

    IndicatorValueFactory(indicator=coverage, country="SN", year=1905, value=1)
    # indicators, stored values, insert, update (+ savepoint), the live profiles to notify
    with django_assert_num_queries(7):
        small = imports.import_values(rows(10, 2).encode())
    IndicatorValue.objects.exclude(country="SN", year=1905).delete()
    # SQLite takes at most ~110 rows per INSERT, PostgreSQL 500: a handful either way (and
    # the live profiles to notify).
    with django_assert_max_num_queries(11):
        large = imports.import_values(rows(500, 3).encode())

    assert (small.created, small.updated) == (9, 1)
    assert (large.created, large.updated) == (499, 1)
    assert IndicatorValue.objects.count() == 500


def test_import_page_lists_columns_and_indicator_codes(editor_client, coverage):
    text = visible_text(editor_client.get(URL))

    assert "Required columns: country, indicator, year, value, source" in text
    assert "Optional columns: source_url, note, demo" in text
    assert "coverage Coverage % 0 to 100" in text
    assert "sp-coverage" in text  # the standard set


# --- Who may import ------------------------------------------------------------------------


def test_import_is_refused_to_curators_and_members(client, coverage):
    curator = CuratorshipFactory(country="SN").user
    member = UserFactory(display_name="Plain Member")
    member.groups.add(Group.objects.get(name=roles.MEMBERS))
    content = HEADER + "SN,coverage,2020,10,ILO,,,\n"

    client.force_login(curator)
    page = client.get(URL, follow=True)
    assert "Sorry, you do not have permission to access this area." in visible_text(page)
    assert "Import indicator values" not in visible_text(client.get("/admin/"))
    upload(client, content)

    client.force_login(member)
    page = client.get(URL, follow=True)
    assert "You do not have permission to access the admin." in visible_text(page)
    upload(client, content)

    assert not IndicatorValue.objects.exists()


def test_editor_finds_the_import_in_the_admin_menu(editor_client):
    html = editor_client.get("/admin/").content.decode()

    assert "Import indicator values" in html
    assert URL in html


# --- The management command -----------------------------------------------------------------


def test_command_imports_and_reports(tmp_path, existing, capsys):
    path = tmp_path / "values.csv"
    path.write_text(HEADER + "SN,coverage,2019,60,New source,,,\nPE,coverage,2020,20,ILO,,,\n")

    call_command("import_indicator_values", str(path), "--check")
    assert "Nothing was imported (check only)." in capsys.readouterr().out
    assert IndicatorValue.objects.count() == 1

    call_command("import_indicator_values", str(path))
    assert "Imported: 1 values added, 1 updated, 0 unchanged." in capsys.readouterr().out
    assert stored() == [
        ("PE", "coverage", 2020, Decimal("20"), "ILO", False),
        ("SN", "coverage", 2019, Decimal("60"), "New source", False),
    ]


def test_command_prints_every_problem_and_fails(tmp_path, existing, capsys):
    path = tmp_path / "values.csv"
    path.write_text(HEADER + "XX,coverage,2019,60,ILO,,,\nSN,coverage,2019,1.000,5,ILO,,,\n")

    with pytest.raises(CommandError, match="Nothing was imported: 2 problem"):
        call_command("import_indicator_values", str(path))

    errors = capsys.readouterr().err
    assert "Row 2, country “XX”: Unknown country code “XX”." in errors
    assert "Row 3: This row has more cells than the header." in errors
    assert stored() == [("SN", "coverage", 2019, Decimal("12.5"), "Old source", False)]


def test_command_says_when_the_file_cannot_be_read(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_indicator_values", str(tmp_path / "missing.csv"))
