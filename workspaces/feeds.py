"""RSS 2.0 feeds of workspace blogs: one per public workspace (``WorkspacePostsFeed``,
at ``<slug>/feed/``) and one of all the public workspaces (``AllPostsFeed``).

Feed readers cannot sign in, so the feeds carry public workspaces only: the feed of a
workspace that is not public is a 404 for everyone, its own members included, exactly
like the feed of a workspace that does not exist. What they carry is public, so shared
caches may keep it for a while. Links are absolute, on the portal's address
(``WAGTAILADMIN_BASE_URL``, as in the e-mails); items carry the author's name, never an
e-mail address; descriptions are the posts' sanitised HTML.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext

from core.mail import absolute_url

from .blog import public_posts
from .models import Post, Workspace

WORKSPACE_FEED_LENGTH = 20
ALL_FEED_LENGTH = 30
FEED_MAX_AGE = 15 * 60  # seconds a shared cache may keep a feed


class _PostsFeed(Feed):
    """What both feeds share: items are posts (workspace and author joined)."""

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
        return response

    def item_title(self, item: Post) -> str:
        return item.title

    def item_description(self, item: Post) -> str:
        return item.body_html

    def item_link(self, item: Post) -> str:
        return absolute_url(item.get_absolute_url())

    def item_guid(self, item: Post) -> str:
        return self.item_link(item)

    def item_author_name(self, item: Post) -> str:
        return item.author.display_name if item.author else ""

    def item_pubdate(self, item: Post):
        return item.created

    def item_updateddate(self, item: Post):
        return item.updated

    def item_categories(self, item: Post) -> list[str]:
        return [item.workspace.name]


class WorkspacePostsFeed(_PostsFeed):
    """The latest posts of one public workspace."""

    def get_object(self, request, slug: str) -> Workspace:
        return get_object_or_404(Workspace, slug=slug, visibility=Workspace.Visibility.PUBLIC)

    def title(self, obj: Workspace) -> str:
        return gettext("%(workspace)s · blog") % {"workspace": obj.name}

    def description(self, obj: Workspace) -> str:
        return obj.summary

    def link(self, obj: Workspace) -> str:
        return absolute_url(reverse("workspaces:blog", kwargs={"slug": obj.slug}))

    def feed_url(self, obj: Workspace) -> str:
        return absolute_url(reverse("workspaces:feed", kwargs={"slug": obj.slug}))

    def items(self, obj: Workspace):
        return public_posts().filter(workspace=obj)[:WORKSPACE_FEED_LENGTH]


class AllPostsFeed(_PostsFeed):
    """The latest posts of all the public workspaces."""

    def title(self) -> str:
        return gettext("%(portal)s · blog posts from the workspaces") % {
            "portal": settings.PORTAL_NAME
        }

    def description(self) -> str:
        return gettext("The latest blog posts of the portal's public workspaces.")

    def link(self) -> str:
        return absolute_url(reverse("workspaces:index"))

    def feed_url(self) -> str:
        return absolute_url(reverse("workspaces:posts-feed"))

    def items(self):
        return public_posts()[:ALL_FEED_LENGTH]
