"""A workspace's discussions: the list of threads (latest message first), a thread with
its replies and the reply form, starting, editing and deleting a thread, deleting a reply.

Every view starts with ``views_workspace.workspace_view`` (a private workspace is a 404
for whoever may not read it); a thread is always looked up within its workspace, and
what one may change or delete is ``rules.py``'s ``change_content``/``delete_content``.
The work is done in ``discussions``. Everything works without JavaScript: to mention a
member, one types "@" and their name, listed under the reply form.
"""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from . import bodies, discussions
from .models import BODY_MAX_LENGTH, Reply, Thread
from .views_workspace import _private_if_not_public, refuse_unless, workspace_view

THREADS_PAGE_SIZE = 20
GET_OR_POST = ["GET", "HEAD", "POST"]
MENTION_HINT = gettext_lazy("Type @ and a member's name to mention them: they will be told.")


def _has_content(source: str) -> bool:
    """Whether anything is left of ``source`` once unsafe content is removed."""
    html = bodies.render(source)
    return bool(bodies.excerpt(html, 1)) or "<img" in html


class ThreadForm(forms.Form):
    title = forms.CharField(
        label=gettext_lazy("Subject"),
        max_length=200,
        error_messages={"required": gettext_lazy("Give the discussion a subject.")},
    )
    body = forms.CharField(
        label=gettext_lazy("Message"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=MENTION_HINT,
        error_messages={"required": gettext_lazy("Write a message to start the discussion.")},
    )

    def clean_title(self) -> str:
        return " ".join(self.cleaned_data["title"].split())

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        if not _has_content(body):
            raise forms.ValidationError(
                _("Nothing is left of this message once unsafe content is removed."),
                code="empty",
            )
        return body


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=gettext_lazy("Your reply"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=MENTION_HINT,
        error_messages={"required": gettext_lazy("Write your reply before sending it.")},
    )

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        if not _has_content(body):
            raise forms.ValidationError(
                _("Nothing is left of this reply once unsafe content is removed."), code="empty"
            )
        return body


def _thread(workspace, pk: int) -> Thread:
    """The workspace's thread ``pk`` (never another workspace's), with its author."""
    thread = get_object_or_404(Thread.objects.select_related("author"), workspace=workspace, pk=pk)
    thread.workspace = workspace  # its roles are cached there for the request
    return thread


# --- Reading ------------------------------------------------------------------------------


@require_safe
@workspace_view()
def index(request, workspace):
    threads = (
        Thread.objects.filter(workspace=workspace)
        .select_related("author")
        .annotate(reply_count=Count("replies"))
        .order_by("-last_reply", "-pk")
    )
    page = Paginator(threads, THREADS_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "workspace": workspace,
        "current": "discussions",
        "page": page,
        "threads": page.object_list,
        "querystring": "",
        "may_contribute": request.user.has_perm("workspaces.contribute", workspace),
    }
    response = render(request, "workspaces/discussions/index.html", context)
    return _private_if_not_public(response, workspace)


def _thread_page(request, workspace, thread: Thread, form: ReplyForm | None, status: int = 200):
    user = request.user
    replies = list(thread.replies.select_related("author").order_by("created", "pk"))
    for answer in replies:
        answer.thread = thread  # so that the rules find the workspace without a query
        answer.may_delete = user.has_perm("workspaces.delete_content", answer)
    may_contribute = user.has_perm("workspaces.contribute", workspace)
    mentionable = []
    if may_contribute:
        mentionable = [
            membership.user.display_name
            for membership in workspace.memberships.select_related("user")
            .filter(user__is_active=True)
            .exclude(user=user)
            .order_by("user__display_name", "user__pk")
        ]
    context = {
        "workspace": workspace,
        "current": "discussions",
        "thread": thread,
        "replies": replies,
        "may_change": user.has_perm("workspaces.change_content", thread),
        "may_delete": user.has_perm("workspaces.delete_content", thread),
        "may_contribute": may_contribute,
        "form": form if form is not None else (ReplyForm() if may_contribute else None),
        "mentionable": mentionable,
    }
    response = render(request, "workspaces/discussions/thread.html", context, status=status)
    return _private_if_not_public(response, workspace)


@require_safe
@workspace_view()
def detail(request, workspace, pk):
    return _thread_page(request, workspace, _thread(workspace, pk), None)


# --- Writing ------------------------------------------------------------------------------


@require_http_methods(GET_OR_POST)
@workspace_view("workspaces.contribute")
def create(request, workspace):
    form = ThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        thread = discussions.start_thread(
            workspace,
            author=request.user,
            title=form.cleaned_data["title"],
            body=form.cleaned_data["body"],
        )
        messages.success(request, _("Your discussion is open. Members will be told."))
        return redirect(thread.get_absolute_url())
    context = {"workspace": workspace, "current": "discussions", "form": form, "thread": None}
    response = render(request, "workspaces/discussions/form.html", context)
    return _private_if_not_public(response, workspace)


@require_http_methods(GET_OR_POST)
@workspace_view()
def edit(request, workspace, pk):
    thread = _thread(workspace, pk)
    refused = refuse_unless(request, workspace, "workspaces.change_content", thread)
    if refused:
        return refused
    initial = {"title": thread.title, "body": thread.body}
    form = ThreadForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        discussions.edit_thread(
            thread,
            title=form.cleaned_data["title"],
            body=form.cleaned_data["body"],
            editor=request.user,
        )
        messages.success(request, _("The discussion is saved."))
        return redirect(thread.get_absolute_url())
    context = {"workspace": workspace, "current": "discussions", "form": form, "thread": thread}
    response = render(request, "workspaces/discussions/form.html", context)
    return _private_if_not_public(response, workspace)


@require_http_methods(GET_OR_POST)
@workspace_view()
def delete(request, workspace, pk):
    thread = _thread(workspace, pk)
    refused = refuse_unless(request, workspace, "workspaces.delete_content", thread)
    if refused:
        return refused
    if request.method == "POST":
        title = thread.title
        discussions.delete_thread(thread)
        messages.success(request, _("The discussion “%(title)s” is deleted.") % {"title": title})
        return redirect("workspaces:threads", slug=workspace.slug)
    context = {
        "workspace": workspace,
        "current": "discussions",
        "thread": thread,
        "reply_count": thread.replies.count(),
    }
    response = render(request, "workspaces/discussions/delete.html", context)
    return _private_if_not_public(response, workspace)


@require_POST
@workspace_view("workspaces.contribute")
def reply(request, workspace, pk):
    thread = _thread(workspace, pk)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        # The thread again, with the error and what was typed, so that nothing is lost.
        return _thread_page(request, workspace, thread, form)
    answer = discussions.reply(thread, author=request.user, body=form.cleaned_data["body"])
    messages.success(request, _("Your reply is posted."))
    return redirect(f"{thread.get_absolute_url()}#reply-{answer.pk}")


@require_POST
@workspace_view()
def reply_delete(request, workspace, pk, reply_pk):
    thread = _thread(workspace, pk)
    answer = get_object_or_404(Reply, thread=thread, pk=reply_pk)
    answer.thread = thread
    refused = refuse_unless(request, workspace, "workspaces.delete_content", answer)
    if refused:
        return refused
    discussions.delete_reply(answer)
    messages.success(request, _("The reply is deleted."))
    return redirect(thread.get_absolute_url())
