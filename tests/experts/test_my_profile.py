"""A member creates, edits and deletes their own expert profile at /experts/me/."""

import datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from core.demo.documents import make_pdf
from experts.models import ExpertCountry, ExpertiseArea, ExpertLanguage, ExpertProfile
from tests.accounts.helpers import visible_text

pytestmark = pytest.mark.django_db

ME = reverse("experts:my-profile")


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores its files in a folder of its own, to see exactly what is left there."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


def stored_files(root: Path) -> list[str]:
    if not root.exists():
        return []
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def area(slug: str) -> ExpertiseArea:
    return ExpertiseArea.objects.get(slug=slug)


def form_data(**overrides) -> dict:
    """A complete, valid submission of the form (three language rows)."""
    data = {
        "headline": "Health insurance actuary, 15 years in West Africa",
        "areas": [area("health-insurance").pk, area("actuarial-analysis").pk],
        "years_of_experience": "15",
        "employer": "Caisse nationale",
        "summary": "Costing of benefit packages.",
        "education": "MSc Actuarial Science",
        "publications": "",
        "availability": "partly",
        "available_from": "2030-01-15",
        "visibility": "members",
        "countries": ["SN", "CI"],
        "languages-TOTAL_FORMS": "3",
        "languages-INITIAL_FORMS": "0",
        "languages-MIN_NUM_FORMS": "0",
        "languages-MAX_NUM_FORMS": "30",
        "languages-0-language": "fr",
        "languages-0-level": "4",
        "languages-1-language": "en",
        "languages-1-level": "3",
        "languages-2-language": "",
        "languages-2-level": "",
        "action": "save",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def languages_of(profile) -> list[tuple[str, int]]:
    return sorted(profile.languages.values_list("language_id", "level"))


def countries_of(profile) -> list[str]:
    return sorted(str(code) for code in profile.countries.values_list("country", flat=True))


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(ME)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=" in response["Location"]


def test_new_member_sees_an_empty_form_with_areas_visibility_explained_and_language_rows(
    member_client,
):
    response = member_client.get(ME)

    text = visible_text(response)
    assert "Create my expert profile" in text
    assert "Health insurance" in text and "Social dialogue" in text  # seeded areas
    assert "Hidden: only you and the portal's editors see it" in text
    assert "Your e-mail address is never shown" in text
    assert "Please upload your CV as a PDF or Word (DOCX) file of at most 10.0 MB." in text
    html = response.content.decode()
    assert html.count('name="languages-') >= 3 * 2  # three empty rows of language + level
    assert 'name="remove_cv"' not in html  # nothing to remove yet
    assert "Delete my expert profile" not in text


def test_first_save_creates_the_profile_with_its_rows_and_joins_the_experts_group(
    member_client, member
):
    response = member_client.post(ME, form_data())

    profile = ExpertProfile.objects.get(user=member)
    assert response.status_code == 302
    assert response["Location"] == profile.get_absolute_url()
    assert profile.headline == "Health insurance actuary, 15 years in West Africa"
    assert set(profile.areas.values_list("slug", flat=True)) == {
        "health-insurance",
        "actuarial-analysis",
    }
    assert profile.years_of_experience == 15
    assert profile.availability == "partly"
    assert profile.available_from == datetime.date(2030, 1, 15)
    assert profile.visibility == "members"
    assert countries_of(profile) == ["CI", "SN"]
    assert languages_of(profile) == [("en", 3), ("fr", 4)]
    assert list(member.groups.values_list("name", flat=True)) == [roles.EXPERTS]
    assert profile.cv_file.name == ""
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["Your expert profile is created. This is how others see it."]


def test_edit_shows_current_values_and_replaces_rows(member_client, member):
    member_client.post(ME, form_data())
    profile = ExpertProfile.objects.get(user=member)
    ExpertProfile.objects.filter(pk=profile.pk).update(
        updated=timezone.now() - datetime.timedelta(days=400)
    )

    page = member_client.get(ME)
    html = page.content.decode()
    assert "Edit my expert profile" in visible_text(page)
    assert 'value="Health insurance actuary, 15 years in West Africa"' in html
    assert '<option value="SN" selected>' in html
    assert '<option value="fr" selected>' in html
    # Two filled rows plus three empty ones.
    assert 'name="languages-TOTAL_FORMS" value="5"' in html

    response = member_client.post(
        ME,
        form_data(
            headline="  Pensions   expert ",
            areas=[area("pensions").pk],
            countries=["PE"],
            **{
                "languages-TOTAL_FORMS": "3",
                "languages-INITIAL_FORMS": "2",
                "languages-0-language": "es",
                "languages-0-level": "2",
                "languages-1-language": "",  # the English row emptied: removed
                "languages-1-level": "",
            },
        ),
    )

    profile.refresh_from_db()
    assert response["Location"] == profile.get_absolute_url()
    assert profile.headline == "Pensions expert"
    assert list(profile.areas.values_list("slug", flat=True)) == ["pensions"]
    assert countries_of(profile) == ["PE"]
    assert languages_of(profile) == [("es", 2)]
    assert timezone.now() - profile.updated < datetime.timedelta(minutes=1)
    assert ExpertProfile.objects.count() == 1
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages[-1] == "Your expert profile is saved."


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"headline": ""}, "This field is required."),
        ({"headline": "   "}, "This field is required."),
        (
            {"languages-0-language": "xx-unknown"},
            "This language is not in our list. Please choose one from it.",
        ),
        ({"languages-0-level": "9"}, "Choose one of the levels in the list."),
        ({"languages-0-level": "fluent"}, "Choose one of the levels in the list."),
        ({"languages-0-level": ""}, "Say how well you work in this language."),
        ({"languages-0-language": ""}, "Choose the language for this level."),
        (
            {"languages-1-language": "fr"},
            "French is listed twice. Keep one row per language.",
        ),
        ({"countries": ["SN", "XX"]}, "Select a valid choice. XX is not one of the"),
        ({"visibility": "everybody"}, "Select a valid choice. everybody is not one of the"),
        ({"years_of_experience": "-3"}, "Ensure this value is greater than or equal to 0."),
        ({"years_of_experience": "200"}, "Give a number of years between 0 and 70."),
        ({"available_from": "next year"}, "Enter a valid date."),
        ({"areas": ["999999"]}, "Select a valid choice. 999999 is not one of the"),
        ({"languages-TOTAL_FORMS": "500"}, "Please submit at most 30 forms."),
    ],
    ids=[
        "no-headline",
        "blank-headline",
        "unknown-language",
        "unknown-level",
        "level-not-a-number",
        "language-without-level",
        "level-without-language",
        "language-twice",
        "unknown-country",
        "unknown-visibility",
        "negative-years",
        "too-many-years",
        "bad-date",
        "unknown-area",
        "too-many-rows",
    ],
)
def test_bad_input_is_explained_and_nothing_is_saved(member_client, member, overrides, message):
    response = member_client.post(ME, form_data(**overrides))

    assert response.status_code == 200
    text = visible_text(response)
    assert "Nothing was saved. Please correct the errors below." in text
    assert message in text
    assert ExpertProfile.objects.count() == 0
    assert ExpertCountry.objects.count() == 0
    assert ExpertLanguage.objects.count() == 0
    assert not member.groups.filter(name=roles.EXPERTS).exists()


def test_refused_edit_leaves_the_saved_profile_untouched(member_client, member):
    member_client.post(ME, form_data())
    before = ExpertProfile.objects.get(user=member)

    response = member_client.post(
        ME,
        form_data(
            headline="A new headline",
            countries=["PE"],
            **{"languages-0-level": "7", "languages-INITIAL_FORMS": "2"},
        ),
    )

    assert "Choose one of the levels in the list." in visible_text(response)
    after = ExpertProfile.objects.get(user=member)
    assert after.headline == before.headline
    assert after.updated == before.updated
    assert countries_of(after) == ["CI", "SN"]
    assert languages_of(after) == [("en", 3), ("fr", 4)]


def test_delete_asks_for_confirmation_then_removes_profile_file_and_group(
    member_client, member, media_root, django_capture_on_commit_callbacks
):
    cv = SimpleUploadedFile("cv.pdf", make_pdf(["Curriculum"]), "application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(ME, form_data(cv=cv))
    assert len(stored_files(media_root)) == 1
    edit_page = visible_text(member_client.get(ME))
    assert "Delete my expert profile" in edit_page

    confirm = member_client.post(ME, {"action": "delete"})

    assert "Delete my expert profile?" in visible_text(confirm)
    assert "Yes, delete my expert profile" in visible_text(confirm)
    assert ExpertProfile.objects.filter(user=member).exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(ME, {"action": "confirm-delete"})

    assert response.status_code == 302
    assert response["Location"] == reverse("experts:index")
    assert not ExpertProfile.objects.filter(user=member).exists()
    assert ExpertLanguage.objects.count() == 0
    assert stored_files(media_root) == []
    assert not member.groups.filter(name=roles.EXPERTS).exists()
    assert Group.objects.filter(name=roles.EXPERTS).exists()
    assert "Create my expert profile" in visible_text(member_client.get(ME))


def test_a_member_edits_only_their_own_profile(member_client, member, other_member, client):
    member_client.post(ME, form_data())
    client.force_login(other_member)

    page = client.get(ME)

    assert "Create my expert profile" in visible_text(page)
    assert 'value="Health insurance actuary' not in page.content.decode()
