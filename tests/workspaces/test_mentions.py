"""@mentions in discussions: naming a member with "@Display Name" tells them, once, by
e-mail in their language and to them alone (whatever they chose for the workspace's
news); naming someone outside the workspace, or oneself, tells nobody; the longest name
wins; the mention is shown in bold and a name cannot inject markup."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from notifications.models import Delivery, Subscription
from tests.accounts.helpers import links_in, visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces import discussions
from workspaces.models import Activity, Reply, Thread

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Verb = Activity.Verb


@pytest.fixture
def workspace(owner):
    return WorkspaceFactory(name="Mutuals of Borgou", owner=owner)


def member(workspace, email, name, **kwargs):
    user = UserFactory(email=email, display_name=name, **kwargs)
    add_member(workspace, user)
    return user


@pytest.fixture
def mia(workspace):
    return member(workspace, "mia@example.org", "Mia Member")


@pytest.fixture
def aminata(workspace):
    return member(workspace, "aminata@example.org", "Aminata Diallo", language="fr")


@pytest.fixture
def thread(workspace, owner):
    return discussions.start_thread(workspace, author=owner, title="Premiums", body="Too much?")


def reply_url(thread) -> str:
    return reverse(
        "workspaces:thread-reply", kwargs={"slug": thread.workspace.slug, "pk": thread.pk}
    )


def thread_url(thread) -> str:
    return reverse("workspaces:thread", kwargs={"slug": thread.workspace.slug, "pk": thread.pk})


def mentions_of(workspace):
    return list(Activity.objects.filter(workspace=workspace, verb=Verb.MENTIONED))


def test_a_mentioned_member_is_told_alone_in_their_language(
    client, workspace, thread, mia, aminata, mailoutbox, django_capture_on_commit_callbacks
):
    # Aminata hears of the workspace's news in the portal only: a mention reaches her anyway.
    Subscription.objects.filter(user=aminata).update(delivery=Delivery.PORTAL)
    client.force_login(mia)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reply_url(thread), {"body": "@Aminata Diallo, what do you pay in Dakar?"})

    answer = Reply.objects.get()
    [mention] = mentions_of(workspace)
    assert mention.addressed_to == [aminata.pk]
    assert (mention.actor, mention.target_id, mention.summary) == (mia, answer.pk, "Premiums")
    to_aminata = [message for message in mailoutbox if "aminata@example.org" in message.to]
    [message] = to_aminata
    assert message.to == ["aminata@example.org"]
    assert message.cc == [] and message.bcc == []
    with translation.override("fr"):
        expected = gettext("Read it on the portal:")
    assert expected in message.body
    with translation.override("fr"):
        mentioned = gettext("{actor} mentioned you: {title}")
    # Spaces compared as spaces: French typography's non-breaking one before ":" may
    # reach the header as a plain one.
    assert (
        message.subject.split()
        == ("[Mutuals of Borgou] " + mentioned.format(actor="Mia Member", title="Premiums")).split()
    )
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<http://testserver/fr/notifications/unsubscribe/"
    )
    assert "what do you pay in Dakar?" in message.body
    assert "<strong" not in message.body
    [link] = [link for link in links_in(message.body) if "/discussions/" in link]
    assert link == f"http://testserver/fr{thread_url(thread).removeprefix('/en')}#reply-{answer.pk}"
    # The thread's author hears of the reply; nobody else of the mention.
    assert sorted(address for m in mailoutbox for address in m.to) == [
        "aminata@example.org",
        "olga@example.org",
    ]


def test_the_mention_is_shown_in_bold(client, workspace, thread, mia, aminata):
    discussions.reply(thread, author=mia, body="Thanks @aminata diallo!")

    html = client.get(thread_url(thread)).content.decode()

    assert '<strong class="mention">@aminata diallo</strong>!' in html


def test_a_non_member_or_oneself_is_not_mentioned(
    client, workspace, thread, mia, mailoutbox, django_capture_on_commit_callbacks
):
    UserFactory(email="oscar@example.org", display_name="Oscar Outsider")
    client.force_login(mia)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reply_url(thread), {"body": "@Oscar Outsider and @Mia Member agree."})

    assert mentions_of(workspace) == []
    assert [m.to for m in mailoutbox] == [["olga@example.org"]]  # the reply, to the author
    html = client.get(thread_url(thread)).content.decode()
    assert 'class="mention"' not in html
    assert "@Oscar Outsider and @Mia Member agree." in html


def test_the_longest_name_wins(client, workspace, thread, mia):
    ana = member(workspace, "ana@example.org", "Ana")
    ana_maria = member(workspace, "anamaria@example.org", "Ana María")

    discussions.reply(thread, author=mia, body="Over to you, @Ana María.")

    [mention] = mentions_of(workspace)
    assert mention.addressed_to == [ana_maria.pk]
    html = client.get(thread_url(thread)).content.decode()
    assert '<strong class="mention">@Ana María</strong>.' in html

    discussions.reply(thread, author=mia, body="And @Ana too, with @Ana María.")

    assert sorted(mentions_of(workspace)[0].addressed_to) == sorted([ana.pk, ana_maria.pk])
    html = client.get(thread_url(thread)).content.decode()
    assert (
        '<strong class="mention">@Ana</strong> too, with '
        '<strong class="mention">@Ana María</strong>'
    ) in html


def test_a_name_cannot_inject_markup(client, workspace, thread, mia):
    eve = member(workspace, "eve@example.org", 'Eve <img src=x onerror="alert(1)">')
    tom = member(workspace, "tom@example.org", "Tom & Jerry <3")
    client.force_login(mia)

    client.post(reply_url(thread), {"body": 'Ask @Eve <img src=x onerror="alert(1)"> please'})
    client.post(reply_url(thread), {"body": "Thanks @Tom & Jerry <3 for the figures"})

    assert sorted(m.addressed_to for m in mentions_of(workspace)) == [[eve.pk], [tom.pk]]
    html = client.get(thread_url(thread)).content.decode()
    assert "<img src=x" not in html
    assert 'onerror="' not in html
    # The list of names one may mention shows the name as text.
    assert "@Eve &lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    # A name with "&" and "<" is marked, and written back escaped.
    assert '<strong class="mention">@Tom &amp; Jerry &lt;3</strong> for the figures' in html
    assert "onerror" not in "".join(Reply.objects.values_list("body_html", flat=True))


def test_the_threads_author_mentioned_in_a_reply_is_told_once(
    workspace, thread, owner, mia, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        discussions.reply(thread, author=mia, body="@Olga Owner, you asked: not too much.")

    assert mentions_of(workspace) == []
    [message] = mailoutbox
    assert message.to == ["olga@example.org"]
    assert message.subject == "[Mutuals of Borgou] Mia Member replied: Premiums"


def test_a_member_mentioned_in_a_new_thread_gets_the_mention_not_the_news(
    workspace, owner, mia, aminata, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = discussions.start_thread(
            workspace, author=mia, title="Dakar", body="@Aminata Diallo, how is it in Dakar?"
        )

    [mention] = mentions_of(workspace)
    assert (mention.addressed_to, mention.target_id) == ([aminata.pk], thread.pk)
    subjects = {m.to[0]: m.subject for m in mailoutbox}
    assert len(mailoutbox) == 2
    assert subjects["olga@example.org"] == (
        "[Mutuals of Borgou] Mia Member started a discussion: Dakar"
    )
    with translation.override("fr"):
        mentioned = gettext("{actor} mentioned you: {title}")
    assert (
        subjects["aminata@example.org"].split()
        == ("[Mutuals of Borgou] " + mentioned.format(actor="Mia Member", title="Dakar")).split()
    )
    [to_aminata] = [m for m in mailoutbox if m.to == ["aminata@example.org"]]
    assert f"http://testserver/fr/workspaces/{workspace.slug}/discussions/{thread.pk}/" in (
        links_in(to_aminata.body)
    )


def test_an_edit_tells_only_those_newly_mentioned(
    client, workspace, owner, mia, aminata, django_capture_on_commit_callbacks
):
    paul = member(workspace, "paul@example.org", "Paul Partner")
    thread = discussions.start_thread(
        workspace, author=mia, title="Dakar", body="@Aminata Diallo, how is it?"
    )
    client.force_login(mia)

    client.post(
        reverse("workspaces:thread-edit", kwargs={"slug": workspace.slug, "pk": thread.pk}),
        {"title": "Dakar", "body": "@Aminata Diallo and @Paul Partner, how is it?"},
    )

    newest = Activity.objects.filter(verb=Verb.MENTIONED).order_by("-pk").first()
    assert newest.addressed_to == [paul.pk]
    assert Activity.objects.filter(verb=Verb.MENTIONED).count() == 2
    assert '<strong class="mention">@Paul Partner</strong>' in Thread.objects.get().body_html
    text = visible_text(client.get(thread_url(thread)))
    assert "@Aminata Diallo and @Paul Partner , how is it?" in text
