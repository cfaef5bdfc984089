"""Members submit resources from the front-end form, follow and edit their submissions."""

import datetime
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.demo.documents import make_docx, make_pdf
from core.models import Language
from library.models import Approach, Branch, Item, LibraryCollection, Theme
from tests.accounts.helpers import html, input_value, unlabelled_fields, visible_text
from tests.factories import UserFactory
from tests.library.factories import ItemFactory, ResourceTypeFactory, TopicFactory

pytestmark = pytest.mark.django_db

SUBMIT = reverse("library:submit")
MY_SUBMISSIONS = reverse("library:my-submissions")


def stored_files(root: Path) -> list[str]:
    if not root.exists():
        return []
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture
def terms(db):
    principles = Approach.objects.create(name="Principles", slug="principles")
    return {
        "type": ResourceTypeFactory(name="Guide"),
        "topic": TopicFactory(name="Health insurance"),
        "approach": Approach.objects.create(
            name="Participation", slug="participation", parent=principles
        ),
        "theme": Theme.objects.create(name="Feasibility", slug="feasibility"),
        "branch": Branch.objects.create(name="Sickness", slug="sickness"),
        "collection": LibraryCollection.objects.create(name="Guide for Action", slug="gfa"),
    }


def full_form(terms, **changes):
    data = {
        "resource_type": terms["type"].pk,
        "title": "  Extending   health insurance to rural workers ",
        "abstract": "How mutual health organisations\nreach farmers.",
        "authors": "Diallo, Aminata\nRojas, Carlos",
        "publisher": "ILO STEP",
        "publication_year": "2022",
        "publication_date": "2022-03-15",
        "languages": ["fr", "wo"],
        "countries": ["SN", "ML"],
        "regions": ["africa"],
        "topics": [terms["topic"].pk],
        "approaches": [terms["approach"].pk],
        "themes": [terms["theme"].pk],
        "branches": [terms["branch"].pk],
        "collections": [terms["collection"].pk],
        "tags": "mutuelles, rural workers",
        "doi": "https://doi.org/10.1000/xyz123",
        "isbn": "978-0-306-40615-7",
        "url": "https://www.ilo.org/report",
        "upload": SimpleUploadedFile(
            "Rural report.pdf", make_pdf(["Farmers join mutual health organisations."])
        ),
        "action": "submit",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


# --- Submitting ------------------------------------------------------------------------------


def test_anonymous_visitor_is_asked_to_sign_in_before_submitting(client):
    response = client.get(SUBMIT)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_submit_form_labels_every_field(member_client, terms):
    response = member_client.get(SUBMIT)

    assert response.status_code == 200
    text = visible_text(response)
    assert "Submit a resource" in text
    assert "An editor reviews each submission before it is published" in text
    for label in ["Type", "Title", "Abstract", "Countries", "Topics", "File", "External link"]:
        assert label in text
    assert "Principles: Participation" in text
    assert 'enctype="multipart/form-data"' in html(response)
    assert unlabelled_fields(response) == []


def test_member_submits_a_resource_with_all_its_metadata(
    member_client, member, terms, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(SUBMIT, full_form(terms))

    item = Item.objects.get()
    assert response.status_code == 302
    assert response.url == item.get_absolute_url()
    assert item.status == Item.Status.PENDING
    assert item.submitted_by == member
    assert item.title == "Extending health insurance to rural workers"
    assert item.abstract == "How mutual health organisations\nreach farmers."
    assert item.author_list == ["Diallo, Aminata", "Rojas, Carlos"]
    assert item.publisher == "ILO STEP"
    assert (item.publication_year, item.publication_date) == (2022, datetime.date(2022, 3, 15))
    assert set(item.languages.values_list("code", flat=True)) == {"fr", "wo"}
    assert sorted(item.countries.values_list("country", flat=True)) == ["ML", "SN"]
    assert item.regions == ["africa"]
    assert list(item.topics.all()) == [terms["topic"]]
    assert list(item.approaches.all()) == [terms["approach"]]
    assert list(item.themes.all()) == [terms["theme"]]
    assert list(item.branches.all()) == [terms["branch"]]
    assert list(item.collections.all()) == [terms["collection"]]
    assert sorted(item.tags.names()) == ["mutuelles", "rural workers"]
    assert item.doi == "10.1000/xyz123"
    assert item.isbn == "978-0-306-40615-7"
    assert item.url == "https://www.ilo.org/report"
    assert (item.file_name, item.file_type) == ("Rural report.pdf", "pdf")
    assert item.extracted_text == "Farmers join mutual health organisations."
    assert mailoutbox == []  # nobody is told anything until an editor decides

    page = member_client.get(response.url)
    text = visible_text(page)
    assert (
        "Thank you. “Extending health insurance to rural workers” is waiting for an editor's "
        "review; you will receive an e-mail once it is decided."
    ) in text
    assert "Pending review" in text


def test_member_saves_a_draft_only_they_can_see(member_client, client, terms):
    response = member_client.post(SUBMIT, full_form(terms, action="draft"))

    item = Item.objects.get()
    assert item.status == Item.Status.DRAFT
    page = member_client.get(response.url)
    assert "is saved as a draft. Only you can see it." in visible_text(page)
    assert "This is a draft." in visible_text(page)


def test_a_link_without_a_file_is_enough(member_client, terms):
    member_client.post(SUBMIT, full_form(terms, upload=None))

    item = Item.objects.get()
    assert item.url == "https://www.ilo.org/report"
    assert not item.file


def test_a_resource_needs_a_file_or_a_link(member_client, terms, media_root):
    response = member_client.post(SUBMIT, full_form(terms, upload=None, url=""))

    assert "Attach a file or give a link to the resource (or both)." in visible_text(response)
    assert Item.objects.count() == 0


def test_refused_submission_keeps_what_was_typed(member_client, terms, media_root):
    response = member_client.post(SUBMIT, full_form(terms, doi="not a doi", isbn="123"))

    text = visible_text(response)
    assert "This is not a DOI. A DOI starts with “10.”, for example 10.1000/xyz123." in text
    assert "This is not a valid ISBN-10 or ISBN-13." in text
    assert " ".join(input_value(response, "title").split()) == (
        "Extending health insurance to rural workers"
    )
    assert input_value(response, "publisher") == "ILO STEP"
    assert Item.objects.count() == 0
    assert stored_files(media_root) == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"publication_year": "1700"}, "Give a year between 1800 and"),
        (
            {"publication_year": "2021", "publication_date": "2022-03-15"},
            "The year does not match the date of publication.",
        ),
        ({"title": ""}, "This field is required."),
        ({"resource_type": ""}, "This field is required."),
        ({"url": "javascript:alert(1)"}, "Enter a valid URL."),
    ],
)
def test_invalid_metadata_is_refused(member_client, terms, changes, message):
    response = member_client.post(SUBMIT, full_form(terms, **changes))

    assert message in visible_text(response)
    assert Item.objects.count() == 0


def test_year_is_taken_from_the_date_when_only_the_date_is_given(member_client, terms):
    member_client.post(SUBMIT, full_form(terms, publication_year=""))

    assert Item.objects.get().publication_year == 2022


def test_isbn_10_with_x_check_digit_is_accepted(member_client, terms):
    member_client.post(SUBMIT, full_form(terms, isbn="0-8044-2957-X"))

    assert Item.objects.get().isbn == "0-8044-2957-X"


# --- Editing -------------------------------------------------------------------------------


def test_submitter_edits_their_pending_item_and_replaces_the_file(
    member_client, member, terms, media_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(SUBMIT, full_form(terms))
    item = Item.objects.get()
    old_file = item.file.name
    edit_url = reverse("library:edit", args=[item.pk])

    page = member_client.get(edit_url)
    assert input_value(page, "title") == "Extending health insurance to rural workers"
    assert "The current file is “Rural report.pdf”." in visible_text(page)
    new_file = SimpleUploadedFile("Revised.docx", make_docx(["Revised text on cooperatives."]))
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            edit_url, full_form(terms, title="Revised title", upload=new_file, countries=["SN"])
        )

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title == "Revised title"
    assert item.status == Item.Status.PENDING
    assert list(item.countries.values_list("country", flat=True)) == ["SN"]
    assert (item.file_name, item.file_type) == ("Revised.docx", "docx")
    assert item.extracted_text == "Revised text on cooperatives."
    assert stored_files(media_root) == [item.file.name]
    assert old_file != item.file.name


def test_edit_without_a_new_file_keeps_the_old_one(member_client, member, terms, media_root):
    member_client.post(SUBMIT, full_form(terms))
    item = Item.objects.get()

    member_client.post(
        reverse("library:edit", args=[item.pk]), full_form(terms, upload=None, url="")
    )

    item.refresh_from_db()
    assert item.file_name == "Rural report.pdf"
    assert stored_files(media_root) == [item.file.name]


def test_rejected_item_corrected_and_submitted_again_goes_back_to_review(member_client, member):
    item = ItemFactory(
        status=Item.Status.REJECTED,
        submitted_by=member,
        published_at=None,
        url="https://www.ilo.org/report",
        rejection_reason="Please add the publisher.",
    )
    edit_url = reverse("library:edit", args=[item.pk])

    page = member_client.get(edit_url)
    assert "Reason given by the editors: Please add the publisher." in visible_text(page)
    response = member_client.post(
        edit_url,
        {
            "resource_type": item.resource_type_id,
            "title": item.title,
            "publisher": "ILO",
            "url": item.url,
            "action": "submit",
        },
        follow=True,
    )

    item.refresh_from_db()
    assert item.status == Item.Status.PENDING
    assert item.publisher == "ILO"
    assert f"“{item.title}” is waiting for an editor's review." in visible_text(response)


def test_editor_corrects_a_published_item_without_changing_its_status(editor_client):
    submitter = UserFactory(display_name="Carlos Rojas")
    item = ItemFactory(submitted_by=submitter, url="https://www.ilo.org/report")
    edit_url = reverse("library:edit", args=[item.pk])

    page = editor_client.get(edit_url)
    assert "Save the changes" in visible_text(page)
    assert "Save as a draft" not in visible_text(page)
    editor_client.post(
        edit_url,
        {
            "resource_type": item.resource_type_id,
            "title": "Corrected title",
            "url": item.url,
            "action": "draft",  # ignored: only the submitter chooses
        },
    )

    item.refresh_from_db()
    assert item.title == "Corrected title"
    assert item.status == Item.Status.PUBLISHED
    assert item.submitted_by == submitter


def test_edit_form_shows_the_items_current_choices(member_client, member, terms):
    member_client.post(SUBMIT, full_form(terms))
    item = Item.objects.get()

    page = html(member_client.get(reverse("library:edit", args=[item.pk])))

    assert re.findall(r'<option value="(\w+)" selected>', page) == [
        str(terms["type"].pk),
        "fr",
        "wo",
        "ML",
        "SN",
    ]
    checked = re.findall(r'<input type="checkbox" name="(\w+)" value="(\w+)"[^>]*checked', page)
    assert sorted(checked) == sorted(
        [
            ("regions", "africa"),
            ("topics", str(terms["topic"].pk)),
            ("approaches", str(terms["approach"].pk)),
            ("themes", str(terms["theme"].pk)),
            ("branches", str(terms["branch"].pk)),
            ("collections", str(terms["collection"].pk)),
        ]
    )


# --- Following submissions ---------------------------------------------------------------------


def test_my_submissions_lists_only_the_members_items_with_their_status(member_client, member):
    ItemFactory(title="Published one", submitted_by=member)
    ItemFactory(title="Waiting one", submitted_by=member, status=Item.Status.PENDING)
    ItemFactory(
        title="Refused one",
        submitted_by=member,
        status=Item.Status.REJECTED,
        rejection_reason="Out of scope.",
    )
    ItemFactory(title="Someone else's", submitted_by=UserFactory())

    response = member_client.get(MY_SUBMISSIONS)

    text = visible_text(response)
    assert "Published one" in text and "Waiting one" in text and "Refused one" in text
    assert "Someone else's" not in text
    assert "Refused one Reason: Out of scope." in text
    assert "Pending review" in text and "Rejected" in text and "Published" in text
    page = html(response)
    for item in Item.objects.filter(submitted_by=member).exclude(status=Item.Status.PUBLISHED):
        assert f'href="{reverse("library:edit", args=[item.pk])}"' in page
    published = Item.objects.get(title="Published one")
    assert reverse("library:edit", args=[published.pk]) not in page


@pytest.mark.parametrize("count", [1, 30])
def test_my_submissions_query_count_does_not_grow(
    member_client, member, count, django_assert_num_queries
):
    for number in range(count):
        ItemFactory(title=f"Submission {number}", submitted_by=member)

    member_client.get(MY_SUBMISSIONS)  # records "last seen", once a minute

    # savepoint and release (ATOMIC_REQUESTS), session, member, member's permissions (2),
    # count, page of items with their type
    with django_assert_num_queries(8):
        response = member_client.get(MY_SUBMISSIONS)

    assert visible_text(response).count("Submission ") == min(count, 20)


def test_dashboard_lists_the_members_latest_submissions_with_their_status(member_client, member):
    for number in range(6):
        ItemFactory(title=f"Contribution {number}", submitted_by=member, status=Item.Status.PENDING)

    response = member_client.get(reverse("core:dashboard"))

    text = visible_text(response)
    assert "Your contributions" in text
    assert "Contribution 5 Pending review" in text
    assert "Contribution 0" not in text  # the five latest only
    assert "All your submissions" in text
    assert f'href="{MY_SUBMISSIONS}"' in html(response)
    assert "You have not contributed any resource yet." not in text


def test_dashboard_invites_a_member_without_submissions_to_submit(member_client):
    response = member_client.get(reverse("core:dashboard"))

    assert "You have not contributed any resource yet." in visible_text(response)
    assert f'href="{SUBMIT}"' in html(response)


def test_languages_offered_are_the_portals_language_list(member_client):
    page = html(member_client.get(SUBMIT))

    assert Language.objects.count() > 50
    assert '<option value="wo">Wolof</option>' in page
