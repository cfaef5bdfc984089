"""An expert's page and their CV download."""

import pytest
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat

from core.demo.documents import make_pdf
from experts.models import ExpertLanguage, ExpertProfile
from tests.experts.test_search import area, make_expert

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    health = area("test-health", "Health insurance", "Assurance maladie")
    profile = make_expert(
        "Awa Ndiaye",
        headline="Health insurance actuary",
        areas=[health],
        countries=["SN", "ML"],
        languages=[("fr", ExpertLanguage.Level.NATIVE), ("en", ExpertLanguage.Level.FLUENT)],
        years_of_experience=15,
        employer="Caisse de sécurité sociale",
        education="MSc Actuarial science",
        publications="Costing mutual health <b>organisations</b>",
        summary="Fifteen years of actuarial work.",
        availability=ExpertProfile.Availability.PARTLY,
        visibility=ExpertProfile.Visibility.MEMBERS,
    )
    pdf = make_pdf(["Curriculum vitae of Awa Ndiaye"])
    profile.cv_file.save("cv.pdf", ContentFile(pdf), save=False)
    profile.cv_file_type = "pdf"
    profile.cv_original_name = 'CV "Awa"\r\nNdiaye/2025.pdf'
    profile.cv_size = len(pdf)
    profile.save()
    return profile


def test_profile_page_shows_everything_but_the_email(member_client, profile):
    html = member_client.get(f"/en/experts/{profile.pk}/").content.decode()
    for text in (
        "<h1>Awa Ndiaye</h1>",
        "Health insurance actuary",
        '<a href="/en/experts/?area=test-health">Health insurance</a>',
        '<a href="/en/experts/?country=SN">Senegal</a>',
        "Mali",
        "French (Mother tongue), English (Fluent)",
        "<dd>15</dd>",
        "Caisse de sécurité sociale",
        "MSc Actuarial science",
        "Costing mutual health &lt;b&gt;organisations&lt;/b&gt;",
        "Fifteen years of actuarial work.",
        "Partly available",
        "Last updated",
        "This profile is shown to signed-in members only.",
        f'href="/en/experts/{profile.pk}/cv/"',
        "Download the CV",
        f"(PDF, {filesizeformat(profile.cv_size)})",
        f'<a class="button" href="/en/experts/{profile.pk}/contact/">Contact this expert</a>',
    ):
        assert text in html
    assert profile.user.email not in html
    assert "mailto:" not in html


def test_the_expert_sees_an_edit_link_not_a_contact_link(client, profile):
    client.force_login(profile.user)
    html = client.get(f"/en/experts/{profile.pk}/").content.decode()
    assert "Edit your expert profile" in html
    assert "Contact this expert" not in html


def test_anonymous_visitor_of_a_public_profile_is_invited_to_sign_in(client, profile):
    ExpertProfile.objects.filter(pk=profile.pk).update(visibility=ExpertProfile.Visibility.PUBLIC)
    html = client.get(f"/en/experts/{profile.pk}/").content.decode()
    assert f'href="/en/accounts/login/?next=/en/experts/{profile.pk}/"' in html
    assert "Sign in to contact this expert" in html
    assert "Contact this expert</a>" not in html.replace("Sign in to contact this expert", "")


def test_cv_download_is_a_safe_attachment(member_client, profile):
    response = member_client.get(f"/en/experts/{profile.pk}/cv/")
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "\r" not in disposition and "\n" not in disposition
    assert 'filename="CV _Awa_ Ndiaye_2025.pdf"' in disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["Cache-Control"] == "private, no-cache"


def test_no_cv_or_missing_file_is_a_404(member_client, profile):
    profile.cv_file.storage.delete(profile.cv_file.name)
    assert member_client.get(f"/en/experts/{profile.pk}/cv/").status_code == 404
    ExpertProfile.objects.filter(pk=profile.pk).update(cv_file="")
    html = member_client.get(f"/en/experts/{profile.pk}/").content.decode()
    assert "Download the CV" not in html
    assert member_client.get(f"/en/experts/{profile.pk}/cv/").status_code == 404


def test_unknown_profile_is_a_404(member_client):
    response = member_client.get("/en/experts/999999/")
    assert response.status_code == 404
    assert "Awa" not in response.content.decode()


def test_profile_page_costs_a_fixed_number_of_queries(
    member_client, profile, django_assert_num_queries
):
    member_client.get(f"/en/experts/{profile.pk}/")
    # savepoint (2), session, user, permissions (2), the profile, its areas,
    # countries and languages, the member's subscription to the profile (follow button).
    with django_assert_num_queries(11):
        member_client.get(f"/en/experts/{profile.pk}/")
