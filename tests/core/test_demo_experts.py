"""Demo experts: profiles with CVs, a need and its shortlist, loaded twice without duplicates.

The loader runs alone after the demo users (``load_demo`` as a whole is covered by
``test_load_demo.py``, whose snapshot counts the invented experts' accounts).
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser

from core.demo import experts as demo_experts
from core.demo import users
from experts.matching import match
from experts.models import (
    AssistanceNeed,
    ExpertCountry,
    ExpertLanguage,
    ExpertProfile,
    ShortlistEntry,
)

pytestmark = pytest.mark.django_db

CV_WORDS = {
    "expert@gess.example": "reversionary",
    "moussa.diop@gess.example": "capitation",
    "brigitte.lemaire@gess.example": "teletransmission",
    "giulia.bernardi@gess.example": "telematic",
    "pieter.janssens@gess.example": "tripartism",
    "fatoumata.keita@gess.example": "tontine",
    "kofi.mensah@gess.example": "adjudication",
    "rodrigo.salazar@gess.example": "portability",
    "valeria.mendoza@gess.example": "counterfactual",
    "sokha.chan@gess.example": "IDPoor",
    "jeanmarc.kabore@gess.example": "reinsurance",
}


def snapshot() -> dict:
    return {
        "users": get_user_model().objects.count(),
        "profiles": ExpertProfile.objects.count(),
        "countries": ExpertCountry.objects.count(),
        "languages": ExpertLanguage.objects.count(),
        "needs": AssistanceNeed.objects.count(),
        "shortlist": sorted(
            ShortlistEntry.objects.values_list("need__title", "expert__user__email", "note")
        ),
        "cv files": sorted(ExpertProfile.objects.values_list("cv_file", flat=True)),
    }


@pytest.fixture
def loaded():
    users.load()
    users.load_community()
    first_counts = demo_experts.load_experts()
    first = snapshot()
    second_counts = demo_experts.load_experts()
    return first_counts, first, second_counts


def test_loading_twice_creates_nothing_more(loaded):
    first_counts, first, second_counts = loaded
    assert snapshot() == first
    assert (
        first_counts
        == second_counts
        == {
            "expert profiles": 11,
            "CVs": 11,
            "technical-assistance needs": 1,
            "shortlisted experts": 2,
        }
    )
    assert first["profiles"] == 11
    assert first["needs"] == 1


def test_every_cv_is_a_stored_pdf_whose_text_holds_its_own_word(loaded):
    profiles = ExpertProfile.objects.select_related("user")
    assert {profile.user.email for profile in profiles} == set(CV_WORDS)
    for profile in profiles:
        word = CV_WORDS[profile.user.email]
        assert profile.cv_file_type == "pdf"
        with profile.cv_file.open("rb") as stored:
            content = stored.read()
        assert content.startswith(b"%PDF-")
        assert profile.cv_size == len(content)
        assert profile.cv_original_name == f"CV {profile.user.display_name}.pdf"
        assert word in profile.cv_text
        others = set(CV_WORDS.values()) - {word}
        assert not any(other in profile.cv_text for other in others)
        # Only the CV holds the word, so finding it proves search reads the CV.
        assert word.lower() not in f"{profile.headline} {profile.summary}".lower()


def test_visibility_is_mixed_and_invented_experts_cannot_sign_in(loaded):
    visibility = dict(ExpertProfile.objects.values_list("user__email", "visibility"))
    assert visibility["expert@gess.example"] == "public"
    assert sorted(email for email, value in visibility.items() if value == "members") == [
        "giulia.bernardi@gess.example",
        "kofi.mensah@gess.example",
    ]
    assert [email for email, value in visibility.items() if value == "hidden"] == [
        "jeanmarc.kabore@gess.example"
    ]
    for spec in demo_experts.INVENTED:
        user = get_user_model().objects.get(email=spec["email"])
        assert not user.has_usable_password()
        assert set(user.groups.values_list("name", flat=True)) == {"Members", "Experts"}


def test_the_demo_need_has_its_shortlist_and_matches_the_right_experts(loaded):
    need = AssistanceNeed.objects.get()
    assert need.title == "Actuarial review of the CMU health insurance scheme, Senegal"
    assert need.created_by.email == "aminata@gess.example"
    assert [entry.expert.user.display_name for entry in need.shortlist.all()] == [
        "Moussa Diop",
        "Lucía Fernández Ortega",
    ]
    aminata = get_user_model().objects.get(email="aminata@gess.example")
    results = match(need, aminata)
    assert results[0].expert.user.display_name == "Moussa Diop"
    assert results[0].reasons[:3] == [
        "3 of 3 areas: Health insurance, Actuarial analysis, Financing",
        "Has worked in Senegal",
        "Works in French (mother tongue)",
    ]
    names = {result.expert.user.display_name for result in results}
    assert "Jean-Marc Kaboré" not in names  # hidden
    assert "Kofi Mensah" in names  # members only, Aminata is signed in
    assert "Kofi Mensah" not in {r.expert.user.display_name for r in match(need, AnonymousUser())}
