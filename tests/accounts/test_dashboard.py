"""The signed-in member's dashboard and its profile panel."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from accounts import services
from tests.accounts.helpers import html, image_bytes, section_text
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_sign_in(client):
    url = reverse("core:dashboard")

    response = client.get(url)

    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next={url}"


def test_profile_panel_shows_completeness_and_what_is_missing(client):
    member = UserFactory(
        display_name="Aminata Diallo", country="SN", organisation="ILO", position="", bio=""
    )
    client.force_login(member)

    response = client.get(reverse("core:dashboard"))

    assert section_text(response, "panel-profile") == (
        "Your profile AD Aminata Diallo · Senegal Your profile is 50% complete. "
        "Still missing: position, short bio, avatar. "
        "Edit your profile · See your public page"
    )
    page = html(response)
    assert f'href="{reverse("accounts:profile")}"' in page
    assert f'href="{member.get_absolute_url()}"' in page


def test_complete_profile_is_at_one_hundred_percent(client, django_capture_on_commit_callbacks):
    member = UserFactory(
        display_name="Aminata Diallo",
        country="SN",
        organisation="ILO",
        position="Actuary",
        bio="Pensions.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.replace_avatar(member, ContentFile(image_bytes("WEBP")))
    client.force_login(member)

    response = client.get(reverse("core:dashboard"))

    panel = section_text(response, "panel-profile")
    assert "Your profile is 100% complete." in panel
    assert "Still missing" not in panel
    assert f'<img class="avatar" src="{member.avatar_url}"' in html(response)


def test_member_without_country_sees_it_missing_and_their_initials(client):
    member = UserFactory(display_name="Carlos Rojas", country="", organisation="")
    client.force_login(member)

    response = client.get(reverse("core:dashboard"))

    panel = section_text(response, "panel-profile")
    assert panel.startswith("Your profile CR Carlos Rojas Your profile is 17% complete.")
    assert "Still missing: country, organisation, position, short bio, avatar." in panel
