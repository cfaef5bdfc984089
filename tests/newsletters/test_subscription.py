"""The reader's choices: the newsletter and the weekly platform news."""

import pytest
from django.urls import reverse

from newsletters.models import Reader
from tests.editorial.helpers import text_of

URL = reverse("newsletters:subscription")


def choices(user) -> tuple[bool, bool]:
    reader = Reader.objects.filter(user=user).first()
    return (reader.newsletter, reader.platform_news) if reader else (False, False)


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={URL}"
    response = client.post(URL, {"platform_news": "on"})
    assert response["Location"] == f"{reverse('account_login')}?next={URL}"
    assert not Reader.objects.exists()


@pytest.mark.django_db
def test_member_who_never_chose_sees_both_boxes_empty(member_client, member):
    response = member_client.get(URL)
    text = text_of(response, "<h1>")
    assert "The newsletter" in text
    assert "The weekly platform news" in text
    assert "You currently receive neither the newsletter nor the weekly platform news." in text
    html = response.content.decode()
    assert 'name="newsletter"' in html and 'name="platform_news"' in html
    assert "checked" not in html
    # Looking is not choosing: nothing is saved.
    assert not Reader.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "expected", "message"),
    [
        (
            {"newsletter": "on", "platform_news": "on"},
            (True, True),
            "Saved. You receive the newsletter and the weekly platform news.",
        ),
        ({"newsletter": "on"}, (True, False), "Saved. You receive the newsletter."),
        ({"platform_news": "on"}, (False, True), "Saved. You receive the weekly platform news."),
        ({}, (False, False), "Saved. You receive neither the newsletter nor the platform news."),
    ],
)
def test_choices_are_saved_and_shown(member_client, member, data, expected, message):
    response = member_client.post(URL, data, follow=True)
    assert response.redirect_chain == [(URL, 302)]
    assert choices(member) == expected
    assert [str(m) for m in response.context["messages"]] == [message]
    html = response.content.decode()
    assert (
        'id="id_newsletter" checked' in html or 'checked id="id_newsletter"' in html
    ) is expected[0]
    assert Reader.objects.count() == 1


@pytest.mark.django_db
def test_choices_can_be_changed_back(member_client, member):
    Reader.objects.create(user=member, newsletter=True, platform_news=True)
    response = member_client.get(URL)
    assert "You currently receive the newsletter and the weekly platform news." in text_of(
        response, "<h1>"
    )
    member_client.post(URL, {"newsletter": "on"})
    assert choices(member) == (True, False)
    assert Reader.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["maybe", "2", "<script>"])
def test_a_value_that_is_neither_ticked_nor_empty_is_refused(member_client, member, bad):
    Reader.objects.create(user=member, newsletter=True, platform_news=False)
    response = member_client.post(URL, {"newsletter": "", "platform_news": bad})
    assert response.status_code == 400
    text = text_of(response, "<h1>")
    assert "Nothing was saved. Please correct the errors below." in text
    assert "Tick the box or leave it empty." in text
    assert "<script>" not in response.content.decode().split("<main", 1)[-1]
    # Nothing half-saved: the newsletter stays on.
    assert choices(member) == (True, False)


@pytest.mark.django_db
def test_the_usual_spellings_of_a_ticked_box_are_accepted(member_client, member):
    member_client.post(URL, {"newsletter": "true", "platform_news": "1"})
    assert choices(member) == (True, True)
    member_client.post(URL, {"newsletter": "false", "platform_news": "0"})
    assert choices(member) == (False, False)


@pytest.mark.django_db
def test_notification_preferences_link_to_the_newsletter_choices(member_client):
    response = member_client.get(reverse("notifications:preferences"))
    assert f'href="{URL}"' in response.content.decode()
    assert "The newsletter and the weekly platform news are chosen on their own page:" in text_of(
        response, "<h1>"
    )
