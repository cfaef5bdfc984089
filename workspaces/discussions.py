"""A workspace's discussions: threads (an opening message) and their replies.

Each change is saved in one transaction with the ``Activity`` that records it, so both
are saved or neither is. A new thread tells the workspace (THREAD_STARTED); a reply
tells the thread's author and those who took part (REPLIED); the members a message
names with "@Display Name" hear of it once (MENTIONED, never the author nor someone
the reply already tells). They are told through the notifications
(``activity.record(notify=True)``, ``notify.announce``). Edits and deletions record
nothing, except that someone newly named in an edited opening message hears of it.

Bodies are stored as typed and as ``bodies.render`` made them (``body_html``, the only
one pages show), with each mention of a member shown in bold (``mark_mentions``).
REPLIED and a reply's MENTIONED have the reply as their target (its text is what the
update quotes, its address the thread's with the reply's anchor); THREAD_STARTED and an
opening message's MENTIONED have the thread.
"""

import re
from html import escape
from html.parser import HTMLParser

from django.db import transaction
from django.utils import timezone

from . import activity, bodies, mentions
from .models import Activity, Reply, Thread, Workspace


class _MentionMarker(HTMLParser):
    """Copies sanitised HTML as it is, wrapping the mentions found in its text (never
    in tags, attributes, links or code) in ``<strong class="mention">``."""

    SKIP = {"a", "code", "pre"}

    def __init__(self, pattern: re.Pattern):
        super().__init__(convert_charrefs=True)
        self.pattern = pattern
        self.out: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        self.out.append(self.get_starttag_text())

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if self.skipping:
            self.out.append(escape(data, quote=False))
            return
        position = 0
        for match in self.pattern.finditer(data):
            self.out.append(escape(data[position : match.start()], quote=False))
            self.out.append(
                f'<strong class="mention">{escape(match.group(0), quote=False)}</strong>'
            )
            position = match.end()
        self.out.append(escape(data[position:], quote=False))


def mark_mentions(html: str, people) -> str:
    """``html`` (sanitised by ``bodies.render``) with every "@Display Name" of ``people``
    in bold. Names are matched in the text only and written back escaped, so a name
    cannot add markup; the longest name wins ("@Ana María" rather than "@Ana")."""
    names = sorted(
        {(person.display_name or "").strip() for person in people} - {""}, key=len, reverse=True
    )
    if not names or not html:
        return html
    alternatives = "|".join(re.escape(name) for name in names)
    pattern = re.compile(rf"(?<![\w@])@(?:{alternatives})(?!\w)", re.IGNORECASE)
    marker = _MentionMarker(pattern)
    marker.feed(html)
    marker.close()
    return "".join(marker.out)


def _render(workspace: Workspace, text: str, *, author) -> tuple[str, list]:
    """The safe HTML of ``text`` with its mentions marked, and the members it mentions."""
    people = mentions.mentioned(workspace, text, exclude=author)
    return mark_mentions(bodies.render(text), people), people


def start_thread(workspace: Workspace, *, author, title: str, body: str) -> Thread:
    """Open a discussion by ``author`` in ``workspace``."""
    html, people = _render(workspace, body, author=author)
    with transaction.atomic():
        now = timezone.now()
        thread = Thread.objects.create(
            workspace=workspace,
            author=author,
            title=title,
            body=body,
            body_html=html,
            created=now,
            last_reply=now,
        )
        activity.record(
            workspace,
            actor=author,
            verb=Activity.Verb.THREAD_STARTED,
            target=thread,
            summary=title,
            notify=True,
            mentioned=[person.pk for person in people],
        )
    return thread


def reply(thread: Thread, *, author, body: str) -> Reply:
    """Answer ``thread``; its author hears of it (unless they wrote the reply)."""
    workspace = thread.workspace
    html, people = _render(workspace, body, author=author)
    with transaction.atomic():
        now = timezone.now()
        answer = Reply.objects.create(
            thread=thread, author=author, body=body, body_html=html, created=now
        )
        Thread.objects.filter(pk=thread.pk).update(last_reply=now)
        thread.last_reply = now
        told = []
        if thread.author_id and thread.author_id != author.pk:
            told = [thread.author_id]
        activity.record(
            workspace,
            actor=author,
            verb=Activity.Verb.REPLIED,
            target=answer,
            summary=thread.title,
            addressed_to=told,
            notify=True,
            # The thread's author, named in a reply to their own thread, hears of it once.
            mentioned=[person.pk for person in people if person.pk not in told],
        )
    return answer


def edit_thread(thread: Thread, *, title: str, body: str, editor=None) -> Thread:
    """Change a thread's subject and opening message. Members the new text names and
    the old one did not hear of it (when ``editor``, who made the change, is given)."""
    workspace = thread.workspace
    before = {person.pk for person in mentions.mentioned(workspace, thread.body)}
    html, _people = _render(workspace, body, author=thread.author)
    with transaction.atomic():
        thread.title = title
        thread.body = body
        thread.body_html = html
        thread.save(update_fields=["title", "body", "body_html"])
        if editor is not None:
            newly = [
                person.pk
                for person in mentions.mentioned(workspace, body, exclude=editor)
                if person.pk not in before
            ]
            if newly:
                activity.record(
                    workspace,
                    actor=editor,
                    verb=Activity.Verb.MENTIONED,
                    target=thread,
                    summary=title,
                    addressed_to=newly,
                    notify=True,
                )
    return thread


def delete_thread(thread: Thread) -> None:
    """Delete a thread and its replies."""
    with transaction.atomic():
        thread.delete()


def delete_reply(answer: Reply) -> None:
    """Delete a reply; the thread's last message is then the one before it."""
    with transaction.atomic():
        thread = answer.thread
        answer.delete()
        latest = (
            Reply.objects.filter(thread=thread)
            .order_by("-created", "-pk")
            .values_list("created", flat=True)
            .first()
        )
        thread.last_reply = latest or thread.created
        Thread.objects.filter(pk=thread.pk).update(last_reply=thread.last_reply)
