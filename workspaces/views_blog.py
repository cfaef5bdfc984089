"""A workspace's blog: the list of posts, a post with its comments, writing, editing and
deleting posts, commenting and deleting comments.

Every view goes through ``workspace_view`` (who may read the workspace, and who may add
to it); a post or comment is always looked up within the workspace of the address, and
changing or deleting one asks ``rules.py`` about that very one. The changes themselves
(with their activity and e-mails) are ``blog.py``'s.
"""

from datetime import timedelta

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from . import blog
from .bodies import excerpt
from .models import BODY_MAX_LENGTH, COMMENT_MAX_LENGTH, Post, PostComment, Workspace
from .views_workspace import refuse_unless, render_in, workspace_view

PAGE_SIZE = 20
EXCERPT_WORDS = 40
TITLE_MAX_LENGTH = Post._meta.get_field("title").max_length
# A post changed within this time of its publication is not shown as "edited".
EDIT_GRACE = timedelta(minutes=5)


# --- Forms -----------------------------------------------------------------------------


class PostForm(forms.Form):
    title = forms.CharField(
        label=gettext_lazy("Title"),
        max_length=TITLE_MAX_LENGTH,
        error_messages={
            "required": gettext_lazy("Please give your post a title."),
            "max_length": gettext_lazy(
                "The title is too long: %(limit_value)d characters at most (it has %(show_value)d)."
            ),
        },
    )
    body = forms.CharField(
        label=gettext_lazy("Text"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text=gettext_lazy(
            "Markdown or simple HTML: headings, lists, links, tables and pictures. "
            "Name a member of the workspace with @ and their name, for example @Mia Member, "
            "and they will be told."
        ),
        error_messages={
            "required": gettext_lazy("Please write the text of your post."),
            "max_length": gettext_lazy(
                "The text is too long: %(limit_value)d characters at most "
                "(it has %(show_value)d). Split it into several posts."
            ),
        },
    )


class CommentForm(forms.Form):
    body = forms.CharField(
        label=gettext_lazy("Your comment"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": gettext_lazy("Please write your comment before sending it."),
            "max_length": gettext_lazy(
                "The comment is too long: %(limit_value)d characters at most "
                "(it has %(show_value)d)."
            ),
        },
    )


# --- Helpers -----------------------------------------------------------------------------


def _post_of(workspace: Workspace, pk: int) -> Post:
    """The post ``pk`` of this workspace (never one of another), its author joined."""
    post = get_object_or_404(Post.objects.select_related("author"), workspace=workspace, pk=pk)
    post.workspace = workspace  # the very object the permissions were checked on
    return post


def _feed_url(workspace: Workspace) -> str:
    if workspace.visibility != Workspace.Visibility.PUBLIC:
        return ""
    return reverse("workspaces:feed", kwargs={"slug": workspace.slug})


# --- Reading -----------------------------------------------------------------------------


@require_safe
@workspace_view()
def index(request, workspace):
    posts = (
        workspace.posts.select_related("author")
        .defer("body")
        .annotate(comment_count=Count("comments"))
        .order_by("-created", "-pk")
    )
    page = Paginator(posts, PAGE_SIZE).get_page(request.GET.get("page"))
    for post in page:
        post.excerpt = excerpt(post.body_html, EXCERPT_WORDS)
    context = {
        "page": page,
        "posts": page.object_list,
        "may_write": request.user.has_perm("workspaces.contribute", workspace),
        "feed_url": _feed_url(workspace),
    }
    return render_in(request, workspace, "blog", "workspaces/blog/index.html", context)


def _detail_context(request, workspace: Workspace, post: Post, comment_form=None) -> dict:
    user = request.user
    comments = list(post.comments.select_related("author"))
    for comment in comments:
        comment.post = post
        comment.may_delete = user.has_perm("workspaces.delete_content", comment)
    may_comment = user.has_perm("workspaces.contribute", workspace)
    return {
        "post": post,
        "was_edited": post.updated - post.created > EDIT_GRACE,
        "comments": comments,
        "may_edit": user.has_perm("workspaces.change_content", post),
        "may_delete": user.has_perm("workspaces.delete_content", post),
        "may_capitalise": user.has_perm("workspaces.capitalise", workspace),
        "may_comment": may_comment,
        "comment_form": comment_form or (CommentForm() if may_comment else None),
        "feed_url": _feed_url(workspace),
    }


@require_safe
@workspace_view()
def detail(request, workspace, pk):
    post = _post_of(workspace, pk)
    context = _detail_context(request, workspace, post)
    return render_in(request, workspace, "blog", "workspaces/blog/post.html", context)


# --- Writing -----------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
@workspace_view("workspaces.contribute")
def create(request, workspace):
    form = PostForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        post = blog.create_post(
            workspace,
            author=request.user,
            title=form.cleaned_data["title"],
            body=form.cleaned_data["body"],
        )
        messages.success(request, _("Your post is published."))
        return redirect(post.get_absolute_url())
    return render_in(
        request, workspace, "blog", "workspaces/blog/form.html", {"form": form, "post": None}
    )


@require_http_methods(["GET", "HEAD", "POST"])
@workspace_view()
def edit(request, workspace, pk):
    post = _post_of(workspace, pk)
    refused = refuse_unless(request, workspace, "workspaces.change_content", post)
    if refused:
        return refused
    initial = {"title": post.title, "body": post.body}
    form = PostForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        blog.update_post(post, title=form.cleaned_data["title"], body=form.cleaned_data["body"])
        messages.success(request, _("The post is saved."))
        return redirect(post.get_absolute_url())
    return render_in(
        request, workspace, "blog", "workspaces/blog/form.html", {"form": form, "post": post}
    )


@require_http_methods(["GET", "HEAD", "POST"])
@workspace_view()
def delete(request, workspace, pk):
    post = _post_of(workspace, pk)
    refused = refuse_unless(request, workspace, "workspaces.delete_content", post)
    if refused:
        return refused
    if request.method == "POST":
        title = post.title
        blog.delete_post(post)
        messages.success(request, _("The post “%(title)s” is deleted.") % {"title": title})
        return redirect("workspaces:blog", slug=workspace.slug)
    return render_in(request, workspace, "blog", "workspaces/blog/delete.html", {"post": post})


@require_POST
@workspace_view("workspaces.contribute")
def comment(request, workspace, pk):
    post = _post_of(workspace, pk)
    form = CommentForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, workspace, post, comment_form=form)
        return render_in(request, workspace, "blog", "workspaces/blog/post.html", context)
    added = blog.add_comment(post, author=request.user, body=form.cleaned_data["body"])
    messages.success(request, _("Your comment is published."))
    return redirect(f"{post.get_absolute_url()}#comment-{added.pk}")


@require_POST
@workspace_view()
def comment_delete(request, workspace, pk, comment_pk):
    post = _post_of(workspace, pk)
    found = get_object_or_404(
        PostComment.objects.select_related("author"), post=post, pk=comment_pk
    )
    found.post = post
    refused = refuse_unless(request, workspace, "workspaces.delete_content", found)
    if refused:
        return refused
    blog.delete_comment(found)
    messages.success(request, _("The comment is deleted."))
    return redirect(f"{post.get_absolute_url()}#comments")
