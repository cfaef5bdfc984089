"""The one-click unsubscribe page for the newsletters: what it stops is not kept in the
notification centre, so the page does not say it is, and it leads to the newsletter
choices, not to the notification preferences."""

import pytest
from django.urls import reverse

from newsletters.models import Reader
from notifications import tokens


@pytest.mark.parametrize(
    ("scope", "field", "what"),
    [
        ("newsletter", "newsletter", "The newsletter"),
        ("platform-news", "platform_news", "The weekly platform news"),
    ],
)
def test_newsletter_unsubscribe_page_leads_to_the_newsletter_choices(
    client, reader, scope, field, what
):
    person = reader(platform_news=True)
    url = reverse("notifications:unsubscribe", args=[tokens.make(person.pk, scope)])

    asked = client.get(url).content.decode()
    assert f"Stop receiving: {what}." in asked
    assert "notifications on the portal" not in asked
    assert getattr(Reader.objects.get(user=person), field) is True

    done = client.post(url).content.decode()
    assert f"Done: you will no longer receive this: {what}." in done
    assert "notifications on the portal" not in done
    assert f'href="{reverse("newsletters:subscription")}"' in done
    assert getattr(Reader.objects.get(user=person), field) is False


def test_notification_unsubscribe_page_still_says_the_portal_keeps_them(client, member):
    url = reverse("notifications:unsubscribe", args=[tokens.make(member.pk, "direct")])
    done = client.post(url).content.decode()
    assert "You still see these updates in your notifications on the portal." in done
    assert f'href="{reverse("notifications:preferences")}"' in done
