"""Newsletter issues: composing (each kind of entry, bad input, sent issues locked), the
preview in each language, and the archive (drafts hidden, fixed query counts)."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from editorial.models import HomePage, NewsIndexPage
from library.models import Item
from newsletters import issues
from newsletters.models import CommunityNews, IssueEntry, NewsletterIssue
from tests.editorial.helpers import add_news, translate
from tests.library.factories import ItemFactory
from tests.newsletters.factories import CommunityNewsFactory

Section = IssueEntry.Section


# --- Helpers and fixtures ------------------------------------------------------------------


def url(name: str, *args, language: str = "en", **query) -> str:
    with translation.override(language):
        address = reverse(f"newsletters:{name}", args=args)
    if query:
        address += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return address


def text_of(response) -> str:
    """The visible text of the page's main part, tags stripped, spaces collapsed."""
    html = response.content.decode()
    html = html[html.index('<main id="main"') : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def make_issue(number: int = 1, *, sent: bool = False, **fields) -> NewsletterIssue:
    values = {
        "title": f"Health insurance for informal workers ({number})",
        "title_fr": f"L'assurance santé des travailleurs informels ({number})",
        "introduction": "Three countries opened their schemes to street vendors.",
        "introduction_fr": "Trois pays ont ouvert leurs régimes aux vendeurs de rue.",
        **fields,
    }
    issue = NewsletterIssue.objects.create(number=number, **values)
    if sent:
        issue.status = NewsletterIssue.Status.SENT
        issue.sent_at = timezone.now() - timedelta(days=30 - number)
        issue.recipients = 12
        issue.save()
    return issue


def published_news(**fields) -> CommunityNews:
    return CommunityNewsFactory(status=CommunityNews.Status.PUBLISHED, **fields)


@pytest.fixture
def news_index(db, fresh_cache):
    locale = Locale.objects.get_or_create(language_code="en")[0]
    home = HomePage.objects.get(locale=locale)
    index = NewsIndexPage(title="News & Events", slug="news", intro="News and events.")
    home.add_child(instance=index)
    return index


@pytest.fixture
def event(news_index):
    """A live, public event a month from now."""
    start = timezone.localdate() + timedelta(days=30)
    return add_news(
        news_index,
        "Regional workshop on health insurance",
        kind="event",
        event_start=start,
        event_end=start + timedelta(days=2),
        location="Dakar",
        summary="Three days on enrolling informal workers.",
    )


def add(issue, section, **fields) -> IssueEntry:
    return issues.add_entry(issue, section=section, **fields)


# --- Who may compose -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", "sign-in"), ("member", 403), ("editor", 200)],
)
@pytest.mark.parametrize(
    "page", ["editor", "issue-create", "issue-edit", "issue-add-entry", "issue-preview"]
)
def test_only_editors_compose(client, member, editor, who, expected, page):
    issue = make_issue(4)
    if who != "anonymous":
        client.force_login(member if who == "member" else editor)
    args = [] if page in ("editor", "issue-create") else [issue.pk]
    response = client.get(url(page, *args))
    if expected == "sign-in":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == expected
        if expected == 200:
            assert "Newsletter issues" in text_of(response)


def test_an_unknown_issue_is_a_404_for_editors(editor_client):
    for page in ("issue-edit", "issue-add-entry", "issue-preview", "issue-send"):
        assert editor_client.get(url(page, 999)).status_code == 404


# --- Creating and editing --------------------------------------------------------------------


def test_a_new_issue_gets_the_next_number_and_is_created_as_a_draft(editor_client, editor):
    make_issue(7, sent=True)
    response = editor_client.get(url("issue-create"))
    assert response.context["form"]["number"].value() == 8
    assert 'name="number" value="8"' in response.content.decode()

    response = editor_client.post(
        url("issue-create"),
        {
            "number": "8",
            "title": "Pensions for rural workers",
            "title_fr": "Les retraites des travailleurs ruraux",
            "title_es": "Pensiones para trabajadores rurales",
            "introduction": "Welcome.\n\nThis month: pensions.",
            "introduction_fr": "Bienvenue.",
            "introduction_es": "",
        },
        follow=True,
    )
    issue = NewsletterIssue.objects.get(number=8)
    assert response.redirect_chain == [(url("issue-edit", issue.pk), 302)]
    assert messages_of(response) == ["Issue no. 8 is created as a draft. Now add its entries."]
    assert (issue.title, issue.title_fr, issue.title_es) == (
        "Pensions for rural workers",
        "Les retraites des travailleurs ruraux",
        "Pensiones para trabajadores rurales",
    )
    assert issue.status == NewsletterIssue.Status.DRAFT
    assert issue.created_by == editor


def test_an_issue_needs_an_english_title_and_a_free_number(editor_client):
    make_issue(3)
    response = editor_client.post(
        url("issue-create"), {"number": "3", "title": "", "title_fr": "Un titre"}
    )
    assert response.status_code == 200
    page = text_of(response)
    assert "Nothing was saved. Please correct the errors below." in page
    assert "This field is required." in page
    assert "Newsletter issue with this Number already exists." in page
    assert NewsletterIssue.objects.count() == 1


def test_a_draft_is_edited(editor_client):
    issue = make_issue(2)
    response = editor_client.post(
        url("issue-edit", issue.pk),
        {"number": "2", "title": "Maternity benefits", "title_es": "Prestaciones de maternidad"},
        follow=True,
    )
    assert messages_of(response) == ["Issue no. 2 is saved."]
    issue.refresh_from_db()
    assert (issue.title, issue.title_fr, issue.title_es, issue.introduction) == (
        "Maternity benefits",
        "",
        "Prestaciones de maternidad",
        "",
    )


def test_a_sent_issue_can_no_longer_be_changed(editor_client, event):
    issue = make_issue(5, sent=True)
    entry = IssueEntry.objects.create(
        issue=issue, section=Section.PICK, title="A pick", link="https://example.org/"
    )
    news = published_news()
    attempts = [
        ("get", url("issue-edit", issue.pk), {}),
        ("post", url("issue-edit", issue.pk), {"number": "5", "title": "Changed"}),
        ("get", url("issue-add-entry", issue.pk, section="community"), {}),
        (
            "post",
            url("issue-add-entry", issue.pk),
            {"section": "community", "community_news": news.pk},
        ),
        ("post", url("issue-remove-entry", issue.pk, entry.pk), {}),
    ]
    for method, address, data in attempts:
        response = getattr(editor_client, method)(address, data)
        assert response.status_code == 403, address
        assert "Issue no. 5 was sent on" in text_of(response)
        assert "it can no longer be changed." in text_of(response)
    issue.refresh_from_db()
    assert issue.title == "Health insurance for informal workers (5)"
    assert list(issue.entries.values_list("title", flat=True)) == ["A pick"]
    with pytest.raises(issues.IssueLocked):
        add(issue, Section.PICK, title="Late", link="https://example.org/late")


# --- Adding entries --------------------------------------------------------------------------


def test_community_news_not_yet_in_a_sent_issue_come_first(editor_client):
    old = published_news(title="Mutual opens in Kaolack")
    already = published_news(title="Pensions reach fishermen")
    IssueEntry.objects.create(
        issue=make_issue(1, sent=True), section=Section.COMMUNITY, community_news=already
    )
    fresh = published_news(title="Street vendors join the scheme")
    CommunityNewsFactory(title="Waiting for review")  # pending: never offered
    issue = make_issue(2)

    response = editor_client.get(url("issue-add-entry", issue.pk, section="community"))
    options = re.findall(r'<option value="(\d+)"[^>]*>([^<]+)</option>', response.content.decode())
    assert [int(pk) for pk, _label in options] == [fresh.pk, old.pk, already.pk]
    assert "already in a sent issue" in unescape(options[2][1])

    response = editor_client.post(
        url("issue-add-entry", issue.pk),
        {"section": "community", "community_news": fresh.pk, "note": "A first in Benin."},
        follow=True,
    )
    assert response.redirect_chain == [(url("issue-edit", issue.pk), 302)]
    assert messages_of(response) == ["Added to issue no. 2, under “Community news”."]
    assert "Street vendors join the scheme" in text_of(response)
    editor_client.post(
        url("issue-add-entry", issue.pk), {"section": "community", "community_news": old.pk}
    )
    assert list(issue.entries.values_list("section", "position", "community_news", "note")) == [
        ("community", 1, fresh.pk, "A first in Benin."),
        ("community", 2, old.pk, ""),
    ]


def test_unpublished_community_news_and_duplicates_are_refused(editor_client):
    issue = make_issue(1)
    pending = CommunityNewsFactory()
    response = editor_client.post(
        url("issue-add-entry", issue.pk), {"section": "community", "community_news": pending.pk}
    )
    assert "Choose a published community news item." in text_of(response)
    news = published_news()
    add(issue, Section.COMMUNITY, community_news=news)
    response = editor_client.post(
        url("issue-add-entry", issue.pk), {"section": "community", "community_news": news.pk}
    )
    assert "This is already in the issue." in text_of(response)
    assert issue.entries.count() == 1


def test_library_items_are_chosen_among_the_latest_or_by_number_or_title(editor_client):
    issue = make_issue(1)
    older = ItemFactory(
        title="Costing a social pension", published_at=timezone.now() - timedelta(days=400)
    )
    latest = ItemFactory(title="Health financing in the Sahel")
    draft = ItemFactory(title="Draft on pensions", status=Item.Status.PENDING)

    page = editor_client.get(url("issue-add-entry", issue.pk, section="library"))
    options = re.findall(r'<option value="(\d+)"', page.content.decode())
    assert [int(pk) for pk in options] == [latest.pk, older.pk]

    by_number = editor_client.get(url("issue-add-entry", issue.pk, section="library", q=older.pk))
    options = re.findall(r'<option value="(\d+)"', by_number.content.decode())
    assert [int(pk) for pk in options] == [older.pk]
    by_title = editor_client.get(url("issue-add-entry", issue.pk, section="library", q="sahel"))
    assert [int(pk) for pk in re.findall(r'<option value="(\d+)"', by_title.content.decode())] == [
        latest.pk
    ]

    refused = editor_client.post(
        url("issue-add-entry", issue.pk), {"section": "library", "library_item": draft.pk}
    )
    assert "Choose a published library item." in text_of(refused)
    assert "Nothing was saved." in text_of(refused)
    assert not issue.entries.exists()

    editor_client.post(
        url("issue-add-entry", issue.pk), {"section": "library", "library_item": older.pk}
    )
    assert list(issue.entries.values_list("section", "position", "library_item")) == [
        ("library", 1, older.pk)
    ]


def test_events_offered_are_live_and_upcoming_ones_come_first(editor_client, news_index, event):
    past = add_news(
        news_index,
        "Last year's congress",
        kind="event",
        event_start=timezone.localdate() - timedelta(days=200),
    )
    add_news(news_index, "A news item, not an event")
    draft = add_news(
        news_index,
        "Unannounced seminar",
        kind="event",
        event_start=timezone.localdate() + timedelta(days=10),
        live=False,
    )
    issue = make_issue(1)
    page = editor_client.get(url("issue-add-entry", issue.pk, section="event"))
    options = re.findall(r'<option value="(\d+)"', page.content.decode())
    assert [int(pk) for pk in options] == [event.pk, past.pk]

    refused = editor_client.post(
        url("issue-add-entry", issue.pk), {"section": "event", "event": draft.pk}
    )
    assert "Choose a published, public event." in text_of(refused)
    assert not issue.entries.exists()

    editor_client.post(url("issue-add-entry", issue.pk), {"section": "event", "event": event.pk})
    assert list(issue.entries.values_list("section", "event")) == [("event", event.pk)]


@pytest.mark.parametrize(
    "link",
    ["javascript:alert(document.cookie)", "data:text/html,<b>x</b>", "ftp://example.org/file"],
)
def test_a_pick_needs_a_web_link(editor_client, link):
    issue = make_issue(1)
    response = editor_client.post(
        url("issue-add-entry", issue.pk),
        {"section": "pick", "title": "A good read", "link": link, "note": "Worth it."},
    )
    assert "Enter a web address starting with http:// or https://." in text_of(response)
    assert not issue.entries.exists()


def test_picks_are_kept_in_the_order_they_were_added(editor_client):
    issue = make_issue(1)
    for title in ("First read", "Second read"):
        editor_client.post(
            url("issue-add-entry", issue.pk),
            {"section": "pick", "title": title, "link": "https://example.org/" + title[:5]},
        )
    assert list(issue.entries.values_list("title", "position", "link")) == [
        ("First read", 1, "https://example.org/First"),
        ("Second read", 2, "https://example.org/Secon"),
    ]


def test_an_entry_is_removed_only_from_its_own_issue(editor_client):
    issue, other = make_issue(1), make_issue(2)
    entry = add(issue, Section.PICK, title="A pick", link="https://example.org/")
    assert editor_client.post(url("issue-remove-entry", other.pk, entry.pk)).status_code == 404
    assert editor_client.get(url("issue-remove-entry", issue.pk, entry.pk)).status_code == 405
    response = editor_client.post(url("issue-remove-entry", issue.pk, entry.pk), follow=True)
    assert messages_of(response) == ["The entry is removed from issue no. 1."]
    assert not issue.entries.exists()


# --- Preview -------------------------------------------------------------------------------


@pytest.fixture
def composed(event):
    """A draft with one entry of each kind."""
    issue = make_issue(
        3,
        title="Reaching informal workers",
        title_fr="Atteindre les travailleurs informels",
        title_es="",
        introduction="Welcome to this issue.\n\nIt is about informal workers.",
        introduction_fr="Bienvenue dans ce numéro.",
    )
    news = published_news(title="Street vendors join the scheme", text="In Cotonou, 300 joined.")
    item = ItemFactory(title="Health financing in the Sahel", abstract="A study of six countries.")
    add(issue, Section.EVENT, event=event)
    add(issue, Section.LIBRARY, library_item=item, note="Our pick of the month.")
    add(issue, Section.COMMUNITY, community_news=news)
    add(
        issue,
        Section.PICK,
        title="ILO World Social Protection Report",
        link="https://www.ilo.org/wspr",
    )
    return issue, news, item, event


def test_the_preview_shows_the_email_in_the_chosen_language(editor_client, composed):
    issue, news, item, event = composed
    french = Locale.objects.get_or_create(language_code="fr")[0]
    index = event.get_parent().specific
    translate(index.get_parent().specific, french)  # the home page, then the news index
    translate(index, french, slug="actualites")
    translate(event, french, title="Atelier régional sur l'assurance santé", slug="atelier")
    response = editor_client.get(url("issue-preview", issue.pk, language="fr"))
    email = response.context["email"]
    assert (
        email.subject
        == "Lettre d'information GESS n°\u00a03\u00a0: Atteindre les travailleurs informels"
    )
    body = email.body
    assert "Bienvenue dans ce numéro." in body
    assert "Welcome to this issue." not in body
    # The sections in their order, each entry with its full link.
    order = [
        body.index("ILO World Social Protection Report"),
        body.index("Street vendors join the scheme"),
        body.index("Health financing in the Sahel"),
        body.index("Atelier régional"),
    ]
    assert order == sorted(order)
    assert "https://www.ilo.org/wspr" in body
    assert f"http://testserver/fr/newsletter/community/{news.pk}/" in body
    assert f"http://testserver/fr/library/items/{item.pk}/" in body
    assert "Our pick of the month." in body
    # The event's French copy, when there is one.
    assert "Atelier régional sur l'assurance santé" in body
    assert "http://testserver/fr/actualites/atelier/" in body
    assert "Regional workshop on health insurance" not in body
    assert "http://testserver/fr/newsletter/issues/3/" in body
    assert "http://testserver/fr/newsletter/subscription/" in body
    assert "<pre" in response.content.decode()
    assert "Bienvenue dans ce numéro." in text_of(response)

    spanish = editor_client.get(url("issue-preview", issue.pk, language="es")).context["email"]
    # No Spanish title or introduction: the English ones.
    assert spanish.subject == "Boletín de GESS n.º 3: Reaching informal workers"
    assert "Welcome to this issue." in spanish.body
    assert f"http://testserver/es/library/items/{item.pk}/" in spanish.body
    # No Spanish copy of the event: the English page.
    assert "Regional workshop on health insurance" in spanish.body
    assert "http://testserver/en/news/regional-workshop-on-health-insurance/" in spanish.body


def test_the_preview_says_what_is_no_longer_published(editor_client, composed):
    issue, news, item, _event = composed
    news.status = CommunityNews.Status.REJECTED
    news.save()
    Item.objects.filter(pk=item.pk).update(status=Item.Status.PENDING)
    response = editor_client.get(url("issue-preview", issue.pk, language="en"))
    page = text_of(response)
    assert (
        "2 entries are no longer published: they are left out of the page and of the e-mail."
        in page
    )
    body = response.context["email"].body
    assert "Street vendors join the scheme" not in body
    assert "Health financing in the Sahel" not in body
    assert "Regional workshop on health insurance" in body


# --- The archive ---------------------------------------------------------------------------


def test_the_archive_lists_sent_issues_newest_first(client, db):
    make_issue(1, sent=True)
    make_issue(2, sent=True, title="Social health protection in Asia")
    make_issue(3)  # a draft
    response = client.get(url("index"))
    page = text_of(response)
    assert [issue.number for issue in response.context["page"].object_list] == [2, 1]
    assert "No. 2: Social health protection in Asia" in page
    assert "(3)" not in page
    assert f'href="{url("subscription")}"' in response.content.decode()
    assert "Receive the newsletter" in page


def _queries(client, address: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured)


def test_the_archive_costs_the_same_for_one_or_many_issues(client, db):
    make_issue(1, sent=True)
    one = _queries(client, url("index"))
    for number in range(2, 16):
        make_issue(number, sent=True)
    assert _queries(client, url("index")) == one
    assert one == 4  # the request's savepoint, the count, the issues, its release


def test_an_issue_page_costs_the_same_for_one_or_many_entries(client, news_index, event):
    issue = make_issue(1, sent=True)
    add_one = IssueEntry.objects.create
    add_one(issue=issue, section=Section.COMMUNITY, community_news=published_news(), position=1)
    add_one(issue=issue, section=Section.LIBRARY, library_item=ItemFactory(), position=1)
    add_one(issue=issue, section=Section.EVENT, event=event, position=1)
    add_one(
        issue=issue, section=Section.PICK, title="Pick", link="https://example.org/", position=1
    )
    client.get(url("issue", 1))  # Wagtail caches the site's root paths
    one = _queries(client, url("issue", 1))
    for position in range(2, 8):
        add_one(
            issue=issue,
            section=Section.COMMUNITY,
            community_news=published_news(),
            position=position,
        )
        add_one(issue=issue, section=Section.LIBRARY, library_item=ItemFactory(), position=position)
        add_one(
            issue=issue,
            section=Section.EVENT,
            position=position,
            event=add_news(
                news_index,
                f"Seminar {position}",
                kind="event",
                event_start=timezone.localdate() + timedelta(days=position),
            ),
        )
        add_one(
            issue=issue,
            section=Section.PICK,
            title=f"Pick {position}",
            link="https://example.org/",
            position=position,
        )
    assert _queries(client, url("issue", 1)) == one


def test_an_issue_page_shows_what_is_still_published_in_the_visitors_language(client, composed):
    issue, news, _item, _event = composed
    issue.status = NewsletterIssue.Status.SENT
    issue.sent_at = timezone.now()
    issue.save()
    news.status = CommunityNews.Status.REJECTED  # withdrawn after sending
    news.save()
    response = client.get(url("issue", 3, language="fr"))
    page = text_of(response)
    assert "Atteindre les travailleurs informels" in page
    assert "Bienvenue dans ce numéro." in page
    assert "Street vendors join the scheme" not in page
    assert "Health financing in the Sahel" in page
    assert "Regional workshop on health insurance" in page
    assert "ILO World Social Protection Report" in page
    assert "Our pick of the month." in page
    assert f'href="{url("subscription", language="fr")}"' in response.content.decode()


def test_a_draft_is_a_404_for_anyone_but_editors(client, member, editor):
    make_issue(6, title="Not ready yet")
    assert client.get(url("issue", 6)).status_code == 404
    client.force_login(member)
    assert client.get(url("issue", 6)).status_code == 404
    assert client.get(url("issue", 77)).status_code == 404
    client.force_login(editor)
    response = client.get(url("issue", 6))
    assert "Draft This issue has not been sent; only editors see it." in text_of(response)
    assert "Not ready yet" in text_of(response)
