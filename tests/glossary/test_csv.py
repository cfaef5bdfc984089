"""The glossary as a CSV file: everyone downloads the published terms; editors import a
file (the management command or the upload page), all rows or none."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from glossary import csvfile
from glossary.models import Term

from .factories import CategoryFactory, TermFactory
from .helpers import main_html, main_text

pytestmark = pytest.mark.django_db

HEADER = [
    "slug",
    "status",
    "category",
    "term_en",
    "abbreviations_en",
    "synonyms_en",
    "definition_en",
    "term_fr",
    "abbreviations_fr",
    "synonyms_fr",
    "definition_fr",
    "term_es",
    "abbreviations_es",
    "synonyms_es",
    "definition_es",
    "source",
    "related",
]


def parse(content: bytes) -> list[list[str]]:
    assert content.startswith("\ufeff".encode())  # Excel reads the accents right
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def as_csv(rows: list[list[str]]) -> bytes:
    stream = io.StringIO()
    csv.writer(stream).writerows(rows)
    return stream.getvalue().encode()


def snapshot() -> list[tuple]:
    """Every term as stored, with its related slugs: to prove an import changed nothing."""
    return [
        (
            *(getattr(term, name) for name in ("slug", "status", "category_id", "term_en")),
            *(getattr(term, column) for column in csvfile.LANGUAGE_COLUMNS),
            term.source,
            sorted(other.slug for other in term.related.all()),
        )
        for term in Term.objects.order_by("slug")
    ]


@pytest.fixture
def glossary_terms(mho, cbhi, draft):
    mho.related.add(cbhi, draft)
    return [mho, cbhi]


def test_export_lists_every_published_term_exactly(client, glossary_terms):
    response = client.get("/en/glossary/export.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="gess-glossary.csv"'
    assert parse(response.content) == [
        HEADER,
        [
            "community-based-health-insurance",
            "published",
            "health-protection",
            "Community-based health insurance",
            "CBHI",
            "",
            "Health insurance organised by and for a community.",
            "Assurance maladie à base communautaire",
            "AMBC",
            "",
            "Une assurance maladie organisée par et pour une communauté.",
            "Seguro de salud comunitario",
            "",
            "",
            "Un seguro de salud organizado por y para una comunidad.",
            "",
            "mutual-health-organisation",
        ],
        [
            "mutual-health-organisation",
            "published",
            "health-protection",
            "Mutual health organisation",
            "MHO",
            "health mutual",
            "A voluntary, non-profit health insurance scheme run by its members.",
            "Mutuelle de santé",
            "",
            "",
            "Un système d'assurance santé volontaire, à but non lucratif, géré par ses membres.",
            "Mutual de salud",
            "",
            "",
            "Un sistema de seguro de salud voluntario y sin fines de lucro, "
            "gestionado por sus miembros.",
            "ILO STEP programme",
            "community-based-health-insurance",  # not the draft it is also related to
        ],
    ]


def test_export_neutralises_spreadsheet_formulas_and_import_restores_them(editor_client, db):
    TermFactory(slug="formula", term_en="Formula", source="=HYPERLINK('http://evil')")

    rows = parse(editor_client.get("/en/glossary/export.csv").content)
    assert rows[1][HEADER.index("source")] == "'=HYPERLINK('http://evil')"

    result = csvfile.import_csv(as_csv(rows))
    assert (result.created, result.updated) == (0, 1)
    assert Term.objects.get(slug="formula").source == "=HYPERLINK('http://evil')"


def test_exported_file_imports_back_unchanged(glossary_terms):
    before = snapshot()

    result = csvfile.import_csv(csvfile.export_text().encode())

    assert (result.created, result.updated) == (0, 2)
    assert snapshot() == before


def test_import_creates_and_updates_terms_by_slug(glossary_terms):
    pensions = CategoryFactory(
        name_en="Pensions", name_fr="Pensions", name_es="Pensiones", slug="pensions"
    )
    rows = [
        ["slug", "status", "category", "term_en", "term_fr", "term_es", "definition_en",
         "definition_fr", "definition_es", "abbreviations_en", "related"],
        ["mutual-health-organisation", "", "health-protection", "Mutual health organisation",
         "Mutuelle de santé", "Mutual de salud", "Run by its members.", "Gérée par ses membres.",
         "Gestionada por sus miembros.", "MHO;  HMO", ""],
        ["", "published", "Pensiones", "Old-age pension", "Pension de vieillesse",
         "Pensión de vejez", "Paid in old age.", "Versée dans la vieillesse.",
         "Pagada en la vejez.", "", "mutual-health-organisation"],
    ]  # fmt: skip

    result = csvfile.import_csv(as_csv(rows))

    assert (result.created, result.updated) == (1, 1)
    mho = Term.objects.get(slug="mutual-health-organisation")
    assert (mho.definition_fr, mho.abbreviations_en, mho.status) == (
        "Gérée par ses membres.",
        "MHO; HMO",
        Term.Status.PUBLISHED,
    )
    assert mho.source == "ILO STEP programme"  # no column: kept
    pension = Term.objects.get(slug="old-age-pension")
    assert (pension.status, pension.category, pension.term_es) == (
        Term.Status.PUBLISHED,
        pensions,
        "Pensión de vejez",
    )
    # The relations among the file's terms are those it declares; others are kept.
    assert sorted(t.slug for t in mho.related.all()) == [
        "community-based-health-insurance",
        "old-age-pension",
        "secret-draft",
    ]


def test_import_with_one_bad_row_changes_nothing_and_lists_every_problem(glossary_terms):
    before = snapshot()
    rows = [
        ["slug", "status", "category", "term_en", "definition_en", "related"],
        ["mutual-health-organisation", "", "", "Mutual health organisation", "Changed.", ""],
        ["new-term", "draft", "", "New term", "Fine on its own.", ""],
        ["", "published", "no-such-category", "Incomplete term", "", "missing-slug"],
        ["new-term", "maybe", "", "New term again", "", ""],
    ]

    with pytest.raises(csvfile.ImportRefused) as refused:
        csvfile.import_csv(as_csv(rows))

    assert refused.value.errors == [
        "Row 4 (incomplete-term): there is no category “no-such-category”. "
        "Use one of: health-protection.",
        "Row 4 (incomplete-term): unknown related terms: missing-slug.",
        *(
            f"Row 4 (incomplete-term): {column}: A published term needs this in every language."
            for column in ("definition_en", "term_fr", "definition_fr", "term_es", "definition_es")
        ),
        "Row 5 (new-term): the slug is also on row 3.",
        "Row 5 (new-term): status “maybe” is neither “published” nor “draft”.",
    ]
    assert snapshot() == before
    assert not Term.objects.filter(slug="new-term").exists()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", "The file is empty."),
        (b"slug,term_en\n", "The file has no terms."),
        (b"slug,colour\nx,red\n", "Unknown columns: colour."),
        ("slug,term_en\nx,caf\xe9\n".encode("latin-1"), "The file is not in UTF-8."),
    ],
)
def test_import_refuses_files_it_cannot_read(db, content, error):
    with pytest.raises(csvfile.ImportRefused) as refused:
        csvfile.import_csv(content)

    assert refused.value.errors[0].startswith(error)


def test_import_reads_semicolon_separated_files_from_french_spreadsheets(db):
    content = "slug;term_en;term_fr\nsolidarity;Solidarity;Solidarité\n".encode()

    assert csvfile.import_csv(content).created == 1
    assert Term.objects.get(slug="solidarity").term_fr == "Solidarité"
    assert Term.objects.get(slug="solidarity").status == Term.Status.DRAFT


def test_import_command_imports_a_valid_file(tmp_path, glossary_terms):
    path = tmp_path / "terms.csv"
    path.write_bytes(as_csv([["slug", "term_en", "status"], ["solidarity", "Solidarity", "draft"]]))
    out = io.StringIO()

    call_command("import_glossary", str(path), stdout=out)

    assert out.getvalue().strip() == "1 terms were created and 0 were updated."
    assert Term.objects.get(slug="solidarity").term_en == "Solidarity"


def test_import_command_dry_run_changes_nothing(tmp_path, glossary_terms):
    path = tmp_path / "terms.csv"
    path.write_bytes(as_csv([["slug", "term_en"], ["solidarity", "Solidarity"]]))
    out = io.StringIO()

    call_command("import_glossary", str(path), "--dry-run", stdout=out)

    assert out.getvalue().strip() == "1 terms would be created and 0 would be updated."
    assert not Term.objects.filter(slug="solidarity").exists()


def test_import_command_refuses_a_file_with_a_bad_row(tmp_path, glossary_terms):
    before = snapshot()
    path = tmp_path / "terms.csv"
    path.write_bytes(
        as_csv(
            [
                ["slug", "term_en", "status"],
                ["solidarity", "Solidarity", "draft"],
                ["search", "Search", "draft"],
            ]
        )
    )

    with pytest.raises(CommandError) as refused:
        call_command("import_glossary", str(path))

    assert str(refused.value).splitlines() == [
        "Nothing was imported:",
        "  Row 3 (search): slug: “search” is the address of a glossary page; choose another slug.",
    ]
    assert snapshot() == before


def upload(client, rows, language="en"):
    data = SimpleUploadedFile("terms.csv", as_csv(rows), content_type="text/csv")
    return client.post(f"/{language}/glossary/import/", {"file": data})


def test_editor_imports_a_file_on_the_upload_page(editor_client, glossary_terms):
    response = upload(
        editor_client,
        [
            ["slug", "term_en", "status"],
            ["solidarity", "Solidarity", "draft"],
            ["mutual-health-organisation", "Mutual health organisation", ""],
        ],
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/glossary/import/"
    page = editor_client.get(response["Location"])
    assert "Glossary imported: 1 new terms, 1 updated." in main_text(page)
    assert Term.objects.get(slug="solidarity").status == Term.Status.DRAFT


def test_upload_page_lists_the_problems_and_imports_nothing(editor_client, glossary_terms):
    before = snapshot()

    response = upload(
        editor_client,
        [
            ["slug", "term_en", "status", "category"],
            ["solidarity", "Solidarity", "draft", ""],
            ["<b>bad</b>", "Bad", "published", "nowhere"],
        ],
    )

    assert response.status_code == 400
    html = main_html(response)
    errors = html[html.index('<ul class="import-errors">') :]
    errors = errors[: errors.index("</ul>")]
    assert "&lt;b&gt;bad&lt;/b&gt;" in errors  # shown as text
    assert "Nothing was imported: the file has" in main_text(response)
    assert "Row 3 (&lt;b&gt;bad&lt;/b&gt;): there is no category “nowhere”." in errors
    assert "Row 3 (&lt;b&gt;bad&lt;/b&gt;): slug: " in errors
    assert "Row 2" not in errors
    assert snapshot() == before


@pytest.mark.parametrize(
    ("who", "expected"), [("anonymous", 302), ("member", 403), ("editor", 200)]
)
def test_only_editors_reach_the_upload_page(client, member, editor, who, expected):
    if who != "anonymous":
        client.force_login({"member": member, "editor": editor}[who])

    response = client.get("/en/glossary/import/")

    assert response.status_code == expected
    if who == "anonymous":
        assert response["Location"] == "/en/accounts/login/?next=/en/glossary/import/"
    post = upload(client, [["slug", "term_en"], ["solidarity", "Solidarity"]])
    assert Term.objects.filter(slug="solidarity").exists() is (who == "editor")
    assert post.status_code == (302 if who in ("anonymous", "editor") else 403)


def test_export_never_contains_drafts(client, draft):
    rows = parse(client.get("/en/glossary/export.csv").content)

    assert rows == [HEADER]


@pytest.mark.parametrize("count", [1, 25])
def test_export_costs_two_queries_however_many_terms(
    client, django_assert_max_num_queries, health, count
):
    terms = TermFactory.create_batch(count, category=health)
    terms[0].related.add(*terms[1:])

    with django_assert_max_num_queries(6) as queries:
        rows = parse(client.get("/en/glossary/export.csv").content)

    assert len(rows) == count + 1
    assert len([q for q in queries.captured_queries if "glossary_" in q["sql"]]) == 2
