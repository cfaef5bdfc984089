"""The newsletter: composing an issue, sending it through the outbox, its e-mail.

An editor composes a draft issue from published community news, published library
items, live public events (``editorial.NewsPage`` of kind "event") and editorial
picks (a title, an http(s) link and a note), previews it and sends it. Sending
writes one ``OutboxMessage`` (kind ``newsletter``) per reader in one
``INSERT … SELECT`` and marks the issue sent in the same transaction; an issue is
sent once, however many times "Send" is pressed. Each e-mail is written when it
leaves (``render_issue``), in the reader's language, with the entries still
published then. A sent issue is archived as a web page and can no longer change.

The e-mail's one-click link (scope ``newsletter``) stops the newsletter for that
reader (``Reader.newsletter = False``).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from core.mail import absolute_url
from core.translated import LANGUAGE_SUFFIXES
from editorial.models import NewsPage, upcoming_q
from library.models import Item
from notifications import emails, outbox
from notifications.models import OutboxMessage
from notifications.unsubscribe import Scope, register_scope

from .models import CommunityNews, IssueEntry, NewsletterIssue, Reader

KIND = "newsletter"
SCOPE = "newsletter"
# How many candidates an editor chooses among (community news, library items, events).
CHOICES_LIMIT = 50
# The short text shown with an entry (a community item's text, an item's abstract).
TEXT_WORDS = 50

Section = IssueEntry.Section
# The order of the sections in the issue and its e-mail.
SECTION_ORDER = [Section.PICK, Section.COMMUNITY, Section.LIBRARY, Section.EVENT]


class IssueLocked(Exception):
    """The issue was sent: it can no longer be changed nor sent again."""

    def __init__(self, issue: NewsletterIssue):
        self.issue = issue
        super().__init__(
            _("Issue no. %(number)s was sent; it can no longer be changed.")
            % {"number": issue.number}
        )


# --- Composing -----------------------------------------------------------------------------


def next_number() -> int:
    """The number proposed for a new issue: one more than the highest so far."""
    highest = NewsletterIssue.objects.aggregate(highest=Max("number"))["highest"]
    return (highest or 0) + 1


def _check_draft(issue: NewsletterIssue) -> None:
    if issue.is_sent:
        raise IssueLocked(issue)


ISSUE_FIELDS = [
    "number",
    "title",
    "title_fr",
    "title_es",
    "introduction",
    "introduction_fr",
    "introduction_es",
]


def create_issue(*, by, **fields) -> NewsletterIssue:
    """A new draft issue (``fields``: ``ISSUE_FIELDS``, checked by the form)."""
    values = {name: fields[name] for name in ISSUE_FIELDS if name in fields}
    return NewsletterIssue.objects.create(created_by=by, **values)


def update_issue(issue: NewsletterIssue, **fields) -> NewsletterIssue:
    """Change a draft's number, titles and introductions."""
    with transaction.atomic():
        locked = NewsletterIssue.objects.select_for_update().get(pk=issue.pk)
        _check_draft(locked)
        changed = [name for name in ISSUE_FIELDS if name in fields]
        for name in changed:
            setattr(issue, name, fields[name])
        issue.save(update_fields=changed)
    return issue


def community_choices() -> QuerySet:
    """Published community news an editor may add: the recent ones not yet in a sent
    issue first (``in_sent_issue`` says which were), newest first."""
    in_sent = IssueEntry.objects.filter(
        community_news=OuterRef("pk"), issue__status=NewsletterIssue.Status.SENT
    )
    return (
        CommunityNews.objects.published()
        .annotate(in_sent_issue=Exists(in_sent))
        .order_by("in_sent_issue", F("published_at").desc(nulls_last=True), "-pk")
    )


def library_choices(query: str = "") -> QuerySet:
    """Published library items: the latest, or those whose id is ``query`` or whose
    title contains it."""
    items = Item.objects.published().order_by(F("published_at").desc(nulls_last=True), "-pk")
    query = query.strip()
    if query:
        by_title = Q(title__icontains=query)
        items = items.filter(by_title | Q(pk=int(query)) if query.isdigit() else by_title)
    return items


def events() -> QuerySet:
    """Events anyone may see: live, public editorial pages of kind "event"."""
    return NewsPage.objects.live().public().filter(kind=NewsPage.Kind.EVENT)


def event_choices() -> QuerySet:
    """The events an editor may add: upcoming ones first (soonest first), then past
    ones (latest first)."""
    return (
        events()
        .select_related("locale")
        .annotate(
            past=Case(
                When(upcoming_q(), then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("past", Case(When(past=0, then=F("event_start"))).asc(), "-event_start", "pk")
    )


class EntryRefused(ValueError):
    """What the editor chose cannot go in the issue (the message says why)."""


def add_entry(
    issue: NewsletterIssue,
    *,
    section: str,
    community_news: CommunityNews | None = None,
    library_item: Item | None = None,
    event: NewsPage | None = None,
    title: str = "",
    link: str = "",
    note: str = "",
) -> IssueEntry:
    """Add an entry at the end of its section of a draft issue. The thing added must be
    published (an event live and public) and not already in the issue."""
    chosen = {
        Section.COMMUNITY: ("community_news", community_news),
        Section.LIBRARY: ("library_item", library_item),
        Section.EVENT: ("event", event),
    }
    with transaction.atomic():
        locked = NewsletterIssue.objects.select_for_update().get(pk=issue.pk)
        _check_draft(locked)
        values = {"note": note}
        if section == Section.PICK:
            if not title or not link:
                raise EntryRefused(_("An editor's pick needs a title and a link."))
            values.update(title=title, link=link)
        elif section in chosen:
            name, obj = chosen[section]
            if obj is None or not _still_published(section, obj):
                raise EntryRefused(_("Only what is published can go in the newsletter."))
            if locked.entries.filter(**{name: obj}).exists():
                raise EntryRefused(_("This is already in the issue."))
            values[name] = obj
        else:
            raise EntryRefused(_("Unknown section."))
        last = locked.entries.filter(section=section).aggregate(last=Max("position"))["last"]
        return IssueEntry.objects.create(
            issue=locked, section=section, position=(last or 0) + 1, **values
        )


def _still_published(section: str, obj) -> bool:
    if section == Section.COMMUNITY:
        return obj.status == CommunityNews.Status.PUBLISHED
    if section == Section.LIBRARY:
        return obj.status == Item.Status.PUBLISHED
    return events().filter(pk=obj.pk).exists()


def remove_entry(issue: NewsletterIssue, entry: IssueEntry) -> None:
    with transaction.atomic():
        locked = NewsletterIssue.objects.select_for_update().get(pk=issue.pk)
        _check_draft(locked)
        IssueEntry.objects.filter(pk=entry.pk, issue=locked).delete()


# --- What an issue shows -------------------------------------------------------------------


@dataclass
class Shown:
    """One entry as the issue's page and e-mail show it, in the active language."""

    entry: IssueEntry
    title: str
    text: str
    # A path on the portal ("/fr/library/12/") or an editor's external link.
    href: str
    note: str
    event: NewsPage | None = None

    @property
    def external(self) -> bool:
        return not self.href.startswith("/")

    @property
    def url(self) -> str:
        """The full address (for e-mails)."""
        return absolute_url(self.href) if self.href.startswith("/") else self.href


@dataclass
class ShownSection:
    key: str
    heading: str
    items: list[Shown] = field(default_factory=list)

    @property
    def rule(self) -> str:
        return "-" * len(self.heading)


@dataclass
class Contents:
    sections: list[ShownSection]
    # Entries no longer published (withdrawn, unpublished, deleted): left out.
    withdrawn: list[IssueEntry]

    @property
    def count(self) -> int:
        return sum(len(section.items) for section in self.sections)


def _language(code: str | None) -> str:
    code = (code or settings.LANGUAGE_CODE)[:2]
    return code if code in LANGUAGE_SUFFIXES else "en"


def _event_translations(visible: QuerySet, pages: list[NewsPage], language: str) -> dict:
    """Each event's live, public copy in ``language`` (one query), by translation key."""
    keys = [page.translation_key for page in pages if page.locale.language_code != language]
    if not keys:
        return {}
    copies = visible.filter(translation_key__in=keys, locale__language_code=language)
    return {page.translation_key: page for page in copies}


def contents(issue: NewsletterIssue, request=None) -> Contents:
    """The issue's entries still published, by section, in the active language; in a
    fixed number of queries whatever the number of entries."""
    language = _language(translation.get_language())
    entries = list(
        issue.entries.select_related("community_news", "library_item", "event", "event__locale")
    )
    event_pages = [entry.event for entry in entries if entry.event_id]
    live_events, copies = set(), {}
    if event_pages:
        visible = events()
        ids = [page.pk for page in event_pages]
        live_events = set(visible.filter(pk__in=ids).values_list("pk", flat=True))
        copies = _event_translations(visible, event_pages, language)
    sections = {key: ShownSection(key, str(key.label)) for key in SECTION_ORDER}
    withdrawn = []
    for entry in entries:
        shown = _show(entry, live_events, copies, request)
        if shown is None:
            withdrawn.append(entry)
        elif entry.section in sections:
            sections[entry.section].items.append(shown)
    return Contents(
        sections=[section for section in sections.values() if section.items], withdrawn=withdrawn
    )


def _show(entry: IssueEntry, live_events: set, copies: dict, request) -> Shown | None:
    if entry.section == Section.PICK:
        return Shown(entry, entry.title, "", entry.link, entry.note)
    if entry.section == Section.COMMUNITY:
        news = entry.community_news
        if news is None or news.status != CommunityNews.Status.PUBLISHED:
            return None
        text = Truncator(news.text).words(TEXT_WORDS)
        return Shown(entry, news.title, text, news.get_absolute_url(), entry.note)
    if entry.section == Section.LIBRARY:
        item = entry.library_item
        if item is None or item.status != Item.Status.PUBLISHED:
            return None
        text = Truncator(item.abstract).words(TEXT_WORDS)
        return Shown(entry, item.title, text, item.get_absolute_url(), entry.note)
    if entry.section == Section.EVENT:
        page = entry.event
        if page is None or page.pk not in live_events:
            return None
        page = copies.get(page.translation_key, page)
        href = page.get_url(request) or ""
        return Shown(entry, page.title, page.summary, href, entry.note, event=page)
    return None


# --- Sending -------------------------------------------------------------------------------


def readers() -> QuerySet:
    """Active members with an e-mail address who chose to receive the newsletter."""
    return (
        get_user_model()
        .objects.filter(is_active=True, newsletter_reader__newsletter=True)
        .exclude(email="")
    )


def send_issue(issue: NewsletterIssue, *, by) -> int:
    """Owe the issue to every reader (one outbox message each, in one statement), mark
    it sent, and hand the messages to Celery after commit; how many readers.

    The issue is locked while this runs: a second "Send" (a double click, another
    editor) waits, then finds it sent and is refused (``IssueLocked``); the messages'
    keys (``newsletter:<issue>:<reader>``) would refuse a second row anyway."""
    with transaction.atomic():
        locked = NewsletterIssue.objects.select_for_update().get(pk=issue.pk)
        _check_draft(locked)
        now = timezone.now()
        ids = outbox.owe(KIND, readers(), locked, key=f"{KIND}:{locked.pk}", now=now)
        count = len(ids)
        locked.status = NewsletterIssue.Status.SENT
        locked.sent_at = now
        locked.sent_by = by
        locked.recipients = count
        locked.save(update_fields=["status", "sent_at", "sent_by", "recipients"])
        outbox.enqueue_on_commit(ids)
    issue.refresh_from_db()
    return count


# --- The e-mail ----------------------------------------------------------------------------


def issue_email(
    issue: NewsletterIssue, person, *, language: str | None = None, message_id: str = ""
) -> EmailMultiAlternatives | None:
    """The issue's e-mail to ``person`` in ``language`` (default: theirs), plain text
    with an HTML alternative, or ``None`` when nothing in it is left to read."""
    language = _language(language or person.language)
    with translation.override(language):
        shown = contents(issue)
        introduction = issue.display_introduction
        if not shown.count and not introduction.strip():
            return None
        context = {
            "issue": issue,
            "title": emails.plain(issue.display_title),
            "paragraphs": [part.strip() for part in introduction.split("\n\n") if part.strip()],
            "sections": shown.sections,
            "web_url": absolute_url(issue.get_absolute_url()),
            "subscription_url": absolute_url(reverse("newsletters:subscription")),
            "person": person,
            "language": language,
            "PORTAL_NAME": settings.PORTAL_NAME,
            **emails.links(person, SCOPE),
        }
        subject = emails.subject_line(
            render_to_string("newsletters/emails/issue_subject.txt", context)
        )
        body = emails.tidy(render_to_string("newsletters/emails/issue_body.txt", context))
        html = render_to_string("newsletters/emails/issue_body.html", context)
    headers = {**emails.list_headers(context["unsubscribe_url"], message_id), "Precedence": "bulk"}
    email = EmailMultiAlternatives(subject=subject, body=body, to=[person.email], headers=headers)
    email.attach_alternative(html, "text/html")
    return email


def render_issue(message: OutboxMessage) -> EmailMultiAlternatives | None:
    """The outbox's renderer for kind ``newsletter``: ``None`` (cancelled) when the issue
    is gone or the reader stopped the newsletter since it was sent."""
    issue = (
        NewsletterIssue.objects.filter(
            pk=message.object_id, status=NewsletterIssue.Status.SENT
        ).first()
        if message.object_id
        else None
    )
    person = message.recipient
    if issue is None or not Reader.objects.filter(user=person, newsletter=True).exists():
        return None
    return issue_email(issue, person, message_id=message.message_id)


def _stop_newsletter(user, value: str) -> int:
    return Reader.objects.filter(user=user, newsletter=True).update(
        newsletter=False, updated=timezone.now()
    )


emails.register_renderer(KIND, render_issue)
register_scope(
    SCOPE,
    Scope(
        lambda user, value: str(_("The newsletter")),
        _stop_newsletter,
        in_portal=False,
        manage="newsletters:subscription",
    ),
)
