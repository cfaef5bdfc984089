"""The discussions' part of the permission matrix (its rows are in
``test_permission_matrix``): the content seeded in each workspace (a thread by Mia
Member and her reply), the URL arguments, the smallest valid forms, what an "ok" page
shows and the state a request could change.

A thread's edit and delete, and a reply's delete, are for its author (Mia, a member)
and the moderators (the owner and the site administrators moderate too); starting a
thread and replying are for members only (a site administrator is not one)."""

from tests.workspaces.conftest import MEMBER
from workspaces.bodies import render
from workspaces.models import Activity, Reply, Thread

THREAD_TITLE = "Mia asks about Zanzibar mutuals"
THREAD_BODY = "How do the Zanzibar mutuals collect premiums from fishers?"
REPLY_BODY = "Mia adds: by mobile money, after the catch."


VIEWS = {
    "threads", "thread-create", "thread", "thread-edit", "thread-delete", "thread-reply",
    "reply-delete",
}  # fmt: skip
CONTENT = [THREAD_TITLE, REPLY_BODY]


def seed(workspace, people) -> None:
    """A thread by Mia Member, and her reply to it."""
    author = people[MEMBER]
    thread = Thread.objects.create(
        workspace=workspace,
        author=author,
        title=THREAD_TITLE,
        body=THREAD_BODY,
        body_html=render(THREAD_BODY),
    )
    Reply.objects.create(
        thread=thread, author=author, body=REPLY_BODY, body_html=render(REPLY_BODY)
    )


def _thread(workspace) -> Thread:
    return Thread.objects.get(workspace=workspace, title=THREAD_TITLE)


def kwargs_for(view, workspace, people) -> dict:
    if view in ("thread", "thread-edit", "thread-delete", "thread-reply"):
        return {"pk": _thread(workspace).pk}
    if view == "reply-delete":
        thread = _thread(workspace)
        return {"pk": thread.pk, "reply_pk": thread.replies.get(body=REPLY_BODY).pk}
    return {}


def form_data(view, workspace, people) -> dict:
    return {
        "thread-create": {
            "title": "Another question about Zanzibar",
            "body": "Who pays for the fishers' cover?",
        },
        "thread-edit": {"title": "Mia asks again about Zanzibar", "body": THREAD_BODY},
        "thread-reply": {"body": "A short answer about Zanzibar."},
    }.get(view, {})


def texts_shown(view) -> list[str]:
    return {
        "threads": [THREAD_TITLE, "Mia Member"],
        "thread": [THREAD_TITLE, THREAD_BODY, REPLY_BODY, "Mia Member"],
        "thread-create": ["Start a discussion"],
        "thread-edit": [THREAD_TITLE, THREAD_BODY],
        "thread-delete": [THREAD_TITLE],
    }.get(view, [])


def state(workspace_id) -> tuple:
    return (
        sorted(
            Thread.objects.filter(workspace_id=workspace_id).values_list(
                "pk", "title", "body", "last_reply"
            )
        ),
        sorted(Reply.objects.filter(thread__workspace_id=workspace_id).values_list("pk", "body")),
        Activity.objects.filter(workspace_id=workspace_id).count(),
    )
