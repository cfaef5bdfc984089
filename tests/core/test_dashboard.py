import re

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def panel_titles(html: str) -> list[str]:
    return re.findall(r'<h2 id="panel-[\w-]+">([^<]+)</h2>', html)


def test_dashboard_shows_each_apps_panel_in_order(member_client):
    html = member_client.get(reverse("core:dashboard")).content.decode()

    assert panel_titles(html) == ["Your profile", "Your workspaces", "Your contributions"]
    assert "You are not a member of any workspace yet." in html
    assert f'href="{reverse("workspaces:index")}"' in html
    assert "You have not contributed any resource yet." in html


def test_dashboard_speaks_the_members_language(member_client):
    with translation.override("fr"):
        url = reverse("core:dashboard")
    html = member_client.get(url).content.decode()

    assert panel_titles(html) == ["Votre profil", "Vos espaces de travail", "Vos contributions"]
