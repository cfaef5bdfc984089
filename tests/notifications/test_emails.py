"""The e-mail about one update (``emails.build`` of an "update" outbox message), as its
recipient reads it: in their language, the verb's sentence, why they receive it, the
one-click unsubscribe and preferences links, and the headers. Bad input stays text:
a line break in a name or a title adds no header (checked through a real SMTP
server), a huge title or excerpt is cut; an unknown verb is told by its title; a
deleted actor is "A former member"; what the person may no longer read, or what was
deleted, is not sent at all.
"""

import re

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from notifications import emails, outbox, registry, tokens
from notifications.models import Delivery, OutboxMessage, Reason, Subscription
from tests.factories import UserFactory
from tests.library.factories import TopicFactory
from tests.notifications import test_publish as fan_out
from tests.notifications.test_publish import VERB, follow, post_in
from tests.workspaces.factories import add_member
from workspaces.models import Membership, Post, Workspace

pytestmark = pytest.mark.django_db

# The fan-out tests' fixtures: the followables and verb they register, a workspace
# and its owner.
followables = fan_out.followables
owner = fan_out.owner
workspace = fan_out.workspace


def message_for(update, person) -> OutboxMessage:
    return OutboxMessage.objects.get(notification__update=update, recipient=person)


def written(update, person):
    """The e-mail ``person`` would receive about ``update`` now."""
    return emails.build(message_for(update, person))


def token_in(url: str) -> tuple[int, str] | None:
    return tokens.read(re.search(r"/unsubscribe/([^/]+)/", url).group(1))


def test_the_update_email_as_a_follower_reads_it(workspace, owner, member):
    subscription = follow(member, workspace)
    update = post_in(workspace, owner, excerpt="Door-to-door visits\n\ndoubled enrolment.")
    message = message_for(update, member)

    email = emails.build(message)

    assert email.to == [member.email] and not email.cc and not email.bcc
    assert email.subject == "[Mutuals of Borgou] What we learnt in Parakou"
    unsubscribe = email.extra_headers["List-Unsubscribe"][1:-1]
    post = Post.objects.get()
    assert email.body == (
        "Hello Aminata Diallo,\n"
        "\n"
        "Olga Owner posted “What we learnt in Parakou” in Mutuals of Borgou.\n"
        "\n"
        "Door-to-door visits doubled enrolment.\n"
        "\n"
        "Read it on the portal:\n"
        f"http://testserver/en/workspaces/borgou/blog/{post.pk}/\n"
        "\n"
        "-- \n"
        "You receive this because you follow the workspace “Mutuals of Borgou”.\n"
        "To stop these e-mails in one click:\n"
        f"{unsubscribe}\n"
        "To choose what you follow and how often you hear of it:\n"
        "http://testserver/en/notifications/preferences/\n"
    )
    assert email.extra_headers == {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Message-ID": message.message_id,
        "Auto-Submitted": "auto-generated",
        "X-Auto-Response-Suppress": "All",
    }
    assert unsubscribe.startswith("http://testserver/en/notifications/unsubscribe/")
    assert token_in(unsubscribe) == (member.pk, f"sub:{subscription.pk}")


@pytest.mark.parametrize(
    ("language", "hello"),
    [("en", "Hello Awa Ndiaye,"), ("fr", "Bonjour Awa Ndiaye,"), ("es", "Hola, Awa Ndiaye:")],
)
def test_the_email_is_in_the_recipients_language(workspace, owner, language, hello):
    person = UserFactory(email="awa@example.org", display_name="Awa Ndiaye", language=language)
    follow(person, workspace)
    update = post_in(workspace, owner)

    email = written(update, person)

    with translation.override(language):
        assert hello == gettext("Hello %(name)s,") % {"name": "Awa Ndiaye"}
        read_it = gettext("Read it on the portal:")
    assert email.body.startswith(hello + "\n\n")
    assert read_it in email.body
    addresses = re.findall(r"https?://\S+", email.body)
    assert len(addresses) == 3
    assert all(url.startswith(f"http://testserver/{language}/") for url in addresses)
    assert email.extra_headers["List-Unsubscribe"].startswith(
        f"<http://testserver/{language}/notifications/unsubscribe/"
    )


@pytest.mark.parametrize(
    ("reason", "why", "scope"),
    [
        (Reason.MENTIONED, "You receive this because you were mentioned.", "direct"),
        (Reason.ADDRESSED, "You receive this because it answers something you wrote.", "direct"),
        (
            Reason.PARTICIPANT,
            "You receive this because you took part in this discussion.",
            "direct",
        ),
    ],
)
def test_why_and_what_the_link_stops_for_what_concerns_you(
    workspace, owner, member, reason, why, scope
):
    update = post_in(workspace, owner, direct={member.pk: reason})

    email = written(update, member)

    assert email.body.split("-- \n")[1].splitlines()[0] == why
    assert token_in(email.body) == (member.pk, scope)


def test_an_item_brought_by_a_topic_says_so_and_its_link_stops_that_topic(workspace, owner, member):
    pensions = TopicFactory(name="Pensions")
    subscription = follow(member, pensions)

    email = written(post_in(workspace, owner, also=[pensions]), member)

    assert "You receive this because you follow the topic “Pensions”.\n" in email.body
    assert token_in(email.body) == (member.pk, f"sub:{subscription.pk}")


def test_a_mention_that_comes_at_once_through_a_subscription_stops_that_subscription(
    workspace, owner, member
):
    """She asked for mentions in the weekly digest but follows the workspace item by
    item: the mention came by e-mail because of the subscription, so the link in it
    stops the subscription, not the mentions (which are already not e-mailed at once)."""
    from notifications.models import Preferences

    subscription = follow(member, workspace, Delivery.INSTANT)
    Preferences.objects.create(user=member, direct=Delivery.WEEKLY)

    email = written(post_in(workspace, owner, direct={member.pk: Reason.MENTIONED}), member)

    assert "You receive this because you were mentioned.\n" in email.body
    assert token_in(email.body) == (member.pk, f"sub:{subscription.pk}")


# --- Bad input --------------------------------------------------------------------------


def test_a_line_break_in_a_name_or_title_adds_no_header(workspace, member, smtp_server):
    """Through a real SMTP server: one message, to the one recipient, no Bcc, the
    subject on one line."""
    eve = UserFactory(email="eve@example.org", display_name="Eve\r\nBcc: spy@evil.example")
    add_member(workspace, eve)
    follow(member, workspace)
    update = post_in(workspace, eve, title="Budget\r\nBcc: spy2@evil.example\nX-Evil: 1")

    outcome = outbox.deliver([message_for(update, member).pk])

    assert (outcome["sent"], outcome["cancelled"], outcome["retry"]) == (1, 0, [])
    received = smtp_server.wait_for(1)
    assert len(received) == 1
    assert received[0]["envelope"].rcpt_tos == [member.email]
    sent = received[0]["message"]
    assert sent["Bcc"] is None and sent["X-Evil"] is None
    assert sent["To"] == member.email
    assert sent["Subject"] == "[Mutuals of Borgou] Budget Bcc: spy2@evil.example X-Evil: 1"
    body = sent.get_content()
    assert "Eve Bcc: spy@evil.example posted “Budget Bcc: spy2@evil.example X-Evil: 1”" in body
    assert message_for(update, member).state == OutboxMessage.State.SENT


def test_a_huge_title_and_excerpt_are_cut(workspace, owner, member):
    follow(member, workspace)
    title = " ".join(["premiums"] * 21)  # 188 characters: a post's title holds 200
    excerpt = " ".join(f"text{index}" for index in range(500))

    email = written(post_in(workspace, owner, title=title, excerpt=excerpt), member)

    assert len(email.subject) == 200 and email.subject.endswith("…")
    assert email.subject.startswith("[Mutuals of Borgou] premiums premiums ")
    assert " ".join(f"text{index}" for index in range(80)) + "…\n" in email.body
    assert "text80" not in email.body


def test_a_deleted_actor_is_a_former_member(workspace, member, other_member):
    add_member(workspace, other_member)
    follow(member, workspace)
    update = post_in(workspace, other_member)
    other_member.delete()

    email = written(update, member)

    assert "\nA former member posted “What we learnt in Parakou” in Mutuals of Borgou.\n" in (
        email.body
    )


def test_an_unknown_verb_is_told_by_the_title(workspace, owner, member):
    follow(member, workspace)

    email = written(post_in(workspace, owner, verb="never-registered"), member)

    assert email.subject == "[Mutuals of Borgou] What we learnt in Parakou"
    assert email.body.split("\n\n")[1] == "What we learnt in Parakou"


def test_a_verb_whose_sentence_does_not_format_is_told_by_the_title(monkeypatch):
    monkeypatch.setitem(
        registry._verbs,
        "broken",
        registry.Verb("broken", sentence="{author} wrote {title}", subject="{0}"),
    )

    told = registry.tell("broken", actor="Olga", title="Budget", source="Borgou")

    assert told == ("Budget", "Budget")
    assert registry.tell(VERB, actor="Olga", title="Budget", source="Borgou") == (
        "Olga posted “Budget” in Borgou.",
        "Budget",
    )


# --- Nothing is sent ----------------------------------------------------------------------


def sent_and_cancelled(update, person) -> tuple[int, int]:
    """Deliver ``person``'s e-mail about ``update``: how many were sent and cancelled."""
    outcome = outbox.deliver([message_for(update, person).pk])
    return outcome["sent"], outcome["cancelled"]


def test_nothing_is_sent_about_deleted_content(workspace, owner, member):
    follow(member, workspace)
    update = post_in(workspace, owner)
    Post.objects.all().delete()

    assert sent_and_cancelled(update, member) == (0, 1)
    assert mail.outbox == []
    assert OutboxMessage.objects.get().state == OutboxMessage.State.CANCELLED


def test_nothing_is_sent_about_a_workspace_deleted_meanwhile(workspace, owner, member):
    follow(member, workspace)
    update = post_in(workspace, owner)
    Workspace.objects.all().delete()

    assert sent_and_cancelled(update, member) == (0, 1)
    assert mail.outbox == []


def test_nothing_is_sent_to_someone_who_left_a_private_workspace(workspace, owner, member):
    workspace.visibility = Workspace.Visibility.PRIVATE
    workspace.save()
    add_member(workspace, member)
    update = post_in(workspace, owner)
    Membership.objects.filter(user=member).delete()

    assert sent_and_cancelled(update, member) == (0, 1)
    assert mail.outbox == []


def test_nothing_is_sent_to_a_closed_account(workspace, owner, member):
    follow(member, workspace)
    update = post_in(workspace, owner)
    member.is_active = False
    member.save()

    assert sent_and_cancelled(update, member) == (0, 1)
    assert mail.outbox == []
    assert Subscription.objects.filter(user=member).exists()
