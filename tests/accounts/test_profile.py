"""Editing one's profile, and how what a member types is shown to others."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.accounts.helpers import (
    field_ids,
    html,
    input_value,
    label_texts,
    selected_options,
    textarea_value,
    visible_text,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("boo")</script>'


def profile_data(**overrides):
    data = {
        "display_name": "Aminata Diallo",
        "country": "SN",
        "organisation": "Caisse de sécurité sociale",
        "position": "Actuary",
        "bio": "Works on health insurance for informal workers.\n\nSecond paragraph.",
        "languages": ["fr", "wo"],
        "interests": "health insurance, Pensions",
        "show_in_directory": "on",
        "accept_messages": "on",
        "language": "fr",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def aminata(db):
    return UserFactory(
        email="aminata@example.org", display_name="Aminata Diallo", organisation="", country=""
    )


def test_profile_page_asks_anonymous_visitors_to_sign_in(client):
    url = reverse("accounts:profile")

    response = client.get(url)

    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next={url}"


def test_profile_form_labels_every_field_and_shows_current_values(client):
    member = UserFactory(
        display_name="Aminata Diallo",
        country="SN",
        organisation="ILO",
        position="Actuary",
        bio="Hello.",
        interests=["pensions"],
    )
    client.force_login(member)

    response = client.get(reverse("accounts:profile"))

    ids = field_ids(response, 'enctype="multipart/form-data"')
    labels = label_texts(response)
    assert {labels[i].rstrip(":") for i in ids} == {
        "Display name",
        "Country",
        "Organisation",
        "Position",
        "Short bio",
        "Languages spoken",
        "Interests",
        "Avatar",
        "List me in the people directory",
        "Let members contact me",
        "Interface language",
    }
    assert input_value(response, "display_name") == "Aminata Diallo"
    assert selected_options(response, "country") == ["SN"]
    assert input_value(response, "organisation") == "ILO"
    assert input_value(response, "position") == "Actuary"
    assert textarea_value(response, "bio") == "Hello."
    assert input_value(response, "interests") == "pensions"
    assert selected_options(response, "language") == ["en"]


def test_member_saves_every_field_and_sees_them_on_their_page(client, aminata):
    client.force_login(aminata)

    response = client.post(reverse("accounts:profile"), profile_data(), follow=True)

    assert response.redirect_chain == [(reverse("accounts:profile"), 302)]
    assert "Your profile has been saved." in visible_text(response)
    aminata.refresh_from_db()
    assert aminata.display_name == "Aminata Diallo"
    assert aminata.country.code == "SN"
    assert aminata.organisation == "Caisse de sécurité sociale"
    assert aminata.position == "Actuary"
    assert aminata.bio.startswith("Works on health insurance")
    assert sorted(aminata.languages.values_list("code", flat=True)) == ["fr", "wo"]
    assert sorted(aminata.interests.names(), key=str.lower) == ["health insurance", "Pensions"]
    assert aminata.show_in_directory is True
    assert aminata.accept_messages is True
    assert aminata.language == "fr"

    page = visible_text(client.get(aminata.get_absolute_url()))
    assert "Actuary, Caisse de sécurité sociale" in page
    assert "Senegal" in page
    assert "Languages spoken French, Wolof" in page
    assert "Interests health insurance Pensions" in page
    assert "Works on health insurance for informal workers. Second paragraph." in page
    assert "Edit your profile" in page  # one's own page offers editing, not "Contact me"
    assert "Contact me" not in page


def test_unticking_the_boxes_saves_false(client, aminata):
    client.force_login(aminata)

    client.post(
        reverse("accounts:profile"),
        profile_data(show_in_directory=None, accept_messages=None, interests=""),
    )

    aminata.refresh_from_db()
    assert aminata.show_in_directory is False
    assert aminata.accept_messages is False
    assert list(aminata.interests.names()) == []


def test_language_names_follow_the_interface_language(client, aminata):
    client.force_login(aminata)
    client.post(reverse("accounts:profile"), profile_data())

    with translation.override("fr"):
        page = visible_text(client.get(aminata.get_absolute_url()))

    assert "Français, Wolof" in page


def test_refused_profile_shows_errors_keeps_what_was_typed_and_changes_nothing(client, aminata):
    client.force_login(aminata)

    response = client.post(
        reverse("accounts:profile"),
        profile_data(display_name="", organisation="New organisation", bio="x" * 2001),
    )

    assert response.status_code == 200
    text = visible_text(response)
    assert "Please correct the errors below." in text
    assert "This field is required." in text
    assert "Ensure this value has at most 2000 characters (it has 2001)." in text
    assert input_value(response, "organisation") == "New organisation"
    assert input_value(response, "interests") == "health insurance, Pensions"
    assert selected_options(response, "languages") == ["fr", "wo"]
    assert selected_options(response, "language") == ["fr"]
    # The sidebar still greets the member by their saved name.
    assert "Welcome, Aminata Diallo" in text
    aminata.refresh_from_db()
    assert aminata.organisation == ""
    assert aminata.bio == ""


def test_profile_errors_are_translated(client, aminata):
    client.force_login(aminata)

    with translation.override("es"):
        response = client.post(reverse("accounts:profile"), profile_data(display_name=""))

    assert "Este campo es necesario." in visible_text(response)


def test_unknown_country_and_language_are_refused(client, aminata):
    client.force_login(aminata)

    response = client.post(
        reverse("accounts:profile"), profile_data(country="ZZ", languages=["xx-nonsense"])
    )

    text = visible_text(response)
    assert "Select a valid choice. ZZ is not one of the available choices." in text
    assert "Select a valid choice. xx-nonsense is not one of the available choices." in text


def test_markup_typed_in_the_profile_is_shown_as_text_everywhere(client, aminata):
    client.force_login(aminata)
    client.post(
        reverse("accounts:profile"),
        profile_data(
            display_name=f"Ami {SCRIPT}",
            organisation="<b>ILO</b>",
            position='<img src=x onerror="alert(1)">',
            bio=f"Bio {SCRIPT} <a href='javascript:alert(1)'>click</a>",
            interests='"<i>pensions</i>"',
        ),
    )
    viewer = UserFactory()

    pages = {
        "own page": client.get(aminata.get_absolute_url()),
        "dashboard": client.get(reverse("core:dashboard")),
        "profile form": client.get(reverse("accounts:profile")),
    }
    client.force_login(viewer)
    pages["member page"] = client.get(aminata.get_absolute_url())
    pages["directory"] = client.get(reverse("accounts:directory"))
    pages["contact form"] = client.get(reverse("accounts:contact", args=[aminata.pk]))

    for where, response in pages.items():
        page = html(response)
        assert response.status_code == 200, where
        assert "<script>alert" not in page, where
        assert "<b>ILO</b>" not in page, where
        assert "<img src=x" not in page, where
        assert "<i>pensions</i>" not in page, where
        assert "javascript:alert" not in page or "&#x27;javascript:alert" in page, where
        assert "&lt;script&gt;" in page, where
    assert "Ami <script>" in visible_text(pages["member page"])
    assert "Bio <script>" in visible_text(pages["member page"])


def test_web_addresses_in_the_bio_become_links_that_search_engines_ignore(client, aminata):
    aminata.bio = "See https://www.social-protection.org/gimi/ for more."
    aminata.save()
    client.force_login(UserFactory())

    page = html(client.get(aminata.get_absolute_url()))

    assert (
        '<a href="https://www.social-protection.org/gimi/" rel="nofollow">'
        "https://www.social-protection.org/gimi/</a>"
    ) in page
