"""Sending a newsletter issue: one outbox message per reader in one statement, once,
each e-mail written in the reader's language when it leaves, with a one-click link
that stops the newsletter; end to end with a real Celery worker and SMTP server."""

import re
import time

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from newsletters import issues
from newsletters.models import CommunityNews, IssueEntry, NewsletterIssue, Reader
from notifications import emails
from notifications.models import OutboxMessage
from tests.factories import UserFactory
from tests.library.factories import ItemFactory
from tests.newsletters.test_issues import make_issue, messages_of, published_news, text_of, url

# The subject in each language, as the catalogues translate it.
SUBJECT = {
    "en": "GESS newsletter no. {number}: {title}",
    "fr": "Lettre d'information GESS n°\u00a0{number}\u00a0: {title}",
    "es": "Boletín de GESS n.º {number}: {title}",
}

Section = IssueEntry.Section
UNSUBSCRIBE = re.compile(r"^<(http://testserver/(en|fr|es)/notifications/unsubscribe/[^/>]+/)>$")


@pytest.fixture
def readers(reader):
    """Three readers, one per language, and people who must not receive it."""
    people = {
        "en": reader(email="awa@example.org", display_name="Awa Ndiaye", language="en"),
        "fr": reader(email="marc@example.org", display_name="Marc Dubois", language="fr"),
        "es": reader(email="lucia@example.org", display_name="Lucía Pérez", language="es"),
    }
    reader(email="stopped@example.org", newsletter=False, platform_news=True)
    reader(email="gone@example.org", is_active=False)
    reader(email="")  # no address to send to
    UserFactory(email="never-chose@example.org")  # no Reader row
    return people


@pytest.fixture
def issue(db):
    issue = make_issue(
        12,
        title="Reaching informal workers",
        title_fr="Atteindre les travailleurs informels",
        title_es="Llegar a los trabajadores informales",
        introduction="Welcome to this issue.",
        introduction_fr="Bienvenue dans ce numéro.",
        introduction_es="Bienvenidos a este número.",
    )
    issues.add_entry(
        issue,
        section=Section.PICK,
        title="World Social Protection Report",
        link="https://www.ilo.org/wspr",
        note="Read chapter 3.",
    )
    issues.add_entry(
        issue,
        section=Section.COMMUNITY,
        community_news=published_news(title="Street vendors join the scheme"),
    )
    issues.add_entry(
        issue,
        section=Section.LIBRARY,
        library_item=ItemFactory(title="Health financing in the Sahel"),
    )
    return issue


def outbox_rows(issue) -> set:
    return set(
        OutboxMessage.objects.filter(
            object_type=ContentType.objects.get_for_model(NewsletterIssue), object_id=issue.pk
        ).values_list("kind", "recipient__email", "key", "state")
    )


def test_sending_asks_for_confirmation_with_the_number_of_readers(editor_client, readers, issue):
    response = editor_client.get(url("issue-send", issue.pk))
    page = text_of(response)
    assert "It will be sent to 3 readers, each in their language." in page
    assert "It has 3 published entries." in page

    refused = editor_client.post(url("issue-send", issue.pk), {})
    assert "Nothing was sent. Please correct the errors below." in text_of(refused)
    assert "Tick the box to confirm that the issue should be sent." in text_of(refused)
    issue.refresh_from_db()
    assert not issue.is_sent
    assert not OutboxMessage.objects.exists()


def test_sending_owes_one_email_to_each_reader_and_nobody_else(
    editor_client, editor, readers, issue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = editor_client.post(url("issue-send", issue.pk), {"confirm": "on"}, follow=True)
    assert response.redirect_chain == [(url("editor"), 302)]
    assert messages_of(response) == ["Issue no. 12 is on its way to 3 readers."]
    users = {language: person.pk for language, person in readers.items()}
    assert outbox_rows(issue) == {
        ("newsletter", "awa@example.org", f"newsletter:{issue.pk}:{users['en']}", "pending"),
        ("newsletter", "marc@example.org", f"newsletter:{issue.pk}:{users['fr']}", "pending"),
        ("newsletter", "lucia@example.org", f"newsletter:{issue.pk}:{users['es']}", "pending"),
    }
    assert {message.subject_object for message in OutboxMessage.objects.all()} == {issue}
    issue.refresh_from_db()
    assert issue.is_sent
    assert (issue.sent_by, issue.recipients) == (editor, 3)
    assert issue.sent_at is not None
    assert len(callbacks) == 1  # handed to Celery once, after commit
    assert "Sent on" in text_of(response) and "to 3 readers" in text_of(response)


def test_sending_twice_sends_each_reader_one_email(editor_client, editor, readers, issue):
    assert issues.send_issue(issue, by=editor) == 3
    with pytest.raises(issues.IssueLocked):
        issues.send_issue(issue, by=editor)
    response = editor_client.post(url("issue-send", issue.pk), {"confirm": "on"}, follow=True)
    assert messages_of(response) == [
        "Issue no. 12 was already sent, to 3 readers; it is not sent again."
    ]
    assert len(outbox_rows(issue)) == 3
    assert OutboxMessage.objects.count() == 3


def test_sending_costs_the_same_queries_for_3_or_30_readers(editor, reader, db):
    def queries(number: int, count: int) -> int:
        Reader.objects.filter(newsletter=True).update(newsletter=False)
        for _index in range(count):
            reader()
        sent = make_issue(number)
        with CaptureQueriesContext(connection) as captured:
            assert issues.send_issue(sent, by=editor) == count
        return len(captured)

    assert queries(1, 3) == queries(2, 30)
    assert OutboxMessage.objects.count() == 33


@pytest.mark.parametrize("method", ["get", "post"])
def test_members_may_not_send(member_client, readers, issue, method):
    response = getattr(member_client, method)(url("issue-send", issue.pk), {"confirm": "on"})
    assert response.status_code == 403
    issue.refresh_from_db()
    assert not issue.is_sent
    assert not OutboxMessage.objects.exists()


def _by_address() -> dict:
    return {message.to[0]: message for message in mail.outbox}


def test_each_reader_receives_the_issue_in_their_language(
    editor_client, readers, issue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(url("issue-send", issue.pk), {"confirm": "on"})
    received = _by_address()
    assert set(received) == {"awa@example.org", "marc@example.org", "lucia@example.org"}
    expected = {
        "awa@example.org": ("en", "Reaching informal workers", "Welcome to this issue."),
        "marc@example.org": (
            "fr",
            "Atteindre les travailleurs informels",
            "Bienvenue dans ce numéro.",
        ),
        "lucia@example.org": (
            "es",
            "Llegar a los trabajadores informales",
            "Bienvenidos a este número.",
        ),
    }
    for address, (language, title, introduction) in expected.items():
        message = received[address]
        assert message.subject == SUBJECT[language].format(number=12, title=title)
        assert introduction in message.body
        assert "World Social Protection Report" in message.body
        assert "https://www.ilo.org/wspr" in message.body
        assert "Read chapter 3." in message.body
        assert "Street vendors join the scheme" in message.body
        assert f"http://testserver/{language}/newsletter/issues/12/" in message.body
        assert f"http://testserver/{language}/newsletter/subscription/" in message.body
        link = UNSUBSCRIBE.match(message.extra_headers["List-Unsubscribe"])
        assert link is not None and link.group(2) == language
        assert link.group(1) in message.body
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert message.extra_headers["Message-ID"] == (
            OutboxMessage.objects.get(recipient__email=address).message_id
        )
        html, kind = message.alternatives[0]
        assert kind == "text/html"
        assert title in html and link.group(1) in html
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {"sent"}


def test_what_is_withdrawn_before_the_email_leaves_is_left_out(
    editor_client, readers, issue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        editor_client.post(url("issue-send", issue.pk), {"confirm": "on"})
    CommunityNews.objects.update(status=CommunityNews.Status.REJECTED)  # withdrawn meanwhile
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 3
    for message in mail.outbox:
        assert "Street vendors join the scheme" not in message.body
        assert "Health financing in the Sahel" in message.body
    # The archive page leaves it out too.
    page = text_of(editor_client.get(url("issue", 12)))
    assert "Street vendors join the scheme" not in page
    assert "Health financing in the Sahel" in page


def test_the_one_click_link_stops_the_newsletter(client, editor, readers, issue):
    issues.send_issue(issue, by=editor)
    awa = readers["en"]
    message = OutboxMessage.objects.get(recipient=awa)
    email = emails.build(message)
    address = UNSUBSCRIBE.match(email.extra_headers["List-Unsubscribe"]).group(1)
    path = address.removeprefix("http://testserver")

    asked = client.get(path)
    assert "Stop receiving: The newsletter." in text_of(asked)
    assert Reader.objects.get(user=awa).newsletter is True

    done = Client().post(path)  # a mail program's one-click POST: no session, no CSRF token
    assert "Done: you will no longer receive this: The newsletter." in text_of(done)
    reader_row = Reader.objects.get(user=awa)
    assert (reader_row.newsletter, reader_row.platform_news) == (False, False)
    # An e-mail still waiting for her is not sent any more.
    assert emails.build(message) is None
    # Others still receive it.
    assert emails.build(OutboxMessage.objects.get(recipient=readers["fr"])) is not None


def test_an_issue_left_with_nothing_is_not_sent(editor, reader, db):
    reader(email="awa@example.org")
    empty = make_issue(3, introduction="", introduction_fr="")
    issues.add_entry(
        empty, section=Section.COMMUNITY, community_news=published_news(title="Soon withdrawn")
    )
    issues.send_issue(empty, by=editor)
    CommunityNews.objects.update(status=CommunityNews.Status.REJECTED)
    assert emails.build(OutboxMessage.objects.get()) is None


# --- End to end ------------------------------------------------------------------------------


@pytest.mark.worker
def test_readers_receive_the_issue_by_smtp_in_their_language(
    smtp_server, real_celery_worker, reader, editor
):
    people = {
        "en": reader(email="awa@example.org", display_name="Awa Ndiaye", language="en"),
        "fr": reader(email="marc@example.org", display_name="Marc Dubois", language="fr"),
        "es": reader(email="lucia@example.org", display_name="Lucía Pérez", language="es"),
    }
    reader(email="stopped@example.org", newsletter=False)
    issue = make_issue(
        4,
        title="Social health protection",
        title_fr="La protection sociale de la santé",
        title_es="La protección social de la salud",
    )
    withdrawn = published_news(title="A story later withdrawn")
    issues.add_entry(issue, section=Section.COMMUNITY, community_news=withdrawn)
    issues.add_entry(issue, section=Section.COMMUNITY, community_news=published_news(title="Kept"))
    withdrawn.status = CommunityNews.Status.REJECTED
    withdrawn.save()

    sender = Client()
    sender.force_login(editor)
    response = sender.post(url("issue-send", issue.pk), {"confirm": "on"})
    assert response.status_code == 302

    received = smtp_server.wait_for(3, timeout=30)
    assert len(received) == 3
    by_address = {item["envelope"].rcpt_tos[0]: item["message"] for item in received}
    titles = {
        "en": "Social health protection",
        "fr": "La protection sociale de la santé",
        "es": "La protección social de la salud",
    }
    for language, person in people.items():
        message = by_address[person.email]
        # Unfolded (a long header is folded over lines); the French non-breaking spaces stay.
        subject = re.sub(r"[ \t]*\r?\n[ \t]+", " ", str(message["Subject"])).strip(" ")
        assert subject == SUBJECT[language].format(number=4, title=titles[language])
        assert message["To"] == person.email
        body = message.get_body(preferencelist=("plain",)).get_content()
        assert "Kept" in body
        assert "A story later withdrawn" not in body
        assert message.get_body(preferencelist=("html",)) is not None
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        link = UNSUBSCRIBE.match(str(message["List-Unsubscribe"]).strip())
        assert link is not None and link.group(2) == language
    # The worker marks each message sent once the server has it.
    deadline = time.monotonic() + 20
    while OutboxMessage.objects.exclude(state="sent").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {"sent"}

    # Lucía's mail program unsubscribes her in one click.
    link = UNSUBSCRIBE.match(str(by_address["lucia@example.org"]["List-Unsubscribe"]).strip())
    Client().post(link.group(1).removeprefix("http://testserver"))
    assert set(Reader.objects.filter(newsletter=True).values_list("user__email", flat=True)) == {
        "awa@example.org",
        "marc@example.org",
    }
