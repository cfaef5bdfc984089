"""The permission matrix: every workspace view and file (the cover, each document version,
the feeds and calendars) x every role x each visibility → what the person gets, asserted
from ONE table. Each workspace holds content of every kind, all of it by its member Mia
(``matrix_<area>.seed``): a post with a comment, a wiki page in two versions, folders and a
document, a discussion with a reply, an event.

Outcomes:
- ``ok``: 200 and the page shows what it is about (the workspace's name, its members…);
- ``hidden``: 200, but the workspace is not on the page (lists, search, dashboard);
- ``signin``: 302 to the sign-in page, coming back here afterwards (``next``);
- ``forbidden``: 403; ``notfound``: 404;
- ``redirect``: 302 elsewhere, after a POST that did what it asked;
- ``bounced``: 302 elsewhere, with a message saying why nothing was done (joining a
  workspace one is in, an owner leaving before handing over ownership).

Whatever the outcome, a private workspace's name and content reach only its members and the
site administrators, and a request that was refused changes nothing. Private workspaces are also
indistinguishable, for those outside them, from a workspace that does not exist.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from tests.workspaces import (
    matrix_blog,
    matrix_discussions,
    matrix_documents,
    matrix_events,
    matrix_wiki,
)
from tests.workspaces.conftest import (
    ADMIN,
    ANONYMOUS,
    INVITED_EMAIL,
    MEMBER,
    MEMBERS,
    MODERATOR,
    OUTSIDER,
    OWNER,
    PRIVATE,
    PUBLIC,
    REQUESTER_NAME,
    ROLES,
    SEARCH_WORD,
    VISIBILITIES,
)
from workspaces.models import Activity, Invitation, JoinRequest, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

ALL_SAME = object()  # a row whose outcomes do not depend on the visibility

# (view, method) -> {visibility: outcomes for "anonymous outsider member moderator owner admin"}
# "outsider" is a verified, signed-in member of the portal who is not in the workspace; "admin"
# is a site administrator (Administrators group), not in the workspace either.
# fmt: off
MATRIX = {
    ("index", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "hidden     ok         ok         ok         ok         ok",
        PRIVATE: "hidden     hidden     ok         ok         ok         ok",
    },
    ("search", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "hidden     ok         ok         ok         ok         ok",
        PRIVATE: "hidden     hidden     ok         ok         ok         ok",
    },
    ("dashboard", "GET"): {
        ALL_SAME: "signin    hidden     ok         ok         ok         hidden",
    },
    ("create", "GET"): {
        ALL_SAME: "signin    ok         ok         ok         ok         ok",
    },
    ("detail", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    # The cover file answers like the page it belongs to.
    ("cover", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("edit", "GET"): {
        PUBLIC:  "signin     forbidden  forbidden  forbidden  ok         ok",
        MEMBERS: "signin     forbidden  forbidden  forbidden  ok         ok",
        PRIVATE: "notfound   notfound   forbidden  forbidden  ok         ok",
    },
    ("edit", "POST"): {
        PUBLIC:  "signin     forbidden  forbidden  forbidden  redirect   redirect",
        MEMBERS: "signin     forbidden  forbidden  forbidden  redirect   redirect",
        PRIVATE: "notfound   notfound   forbidden  forbidden  redirect   redirect",
    },
    ("archive", "POST"): {
        PUBLIC:  "signin     forbidden  forbidden  forbidden  redirect   redirect",
        MEMBERS: "signin     forbidden  forbidden  forbidden  redirect   redirect",
        PRIVATE: "notfound   notfound   forbidden  forbidden  redirect   redirect",
    },
    ("delete", "GET"): {
        PUBLIC:  "signin     forbidden  forbidden  forbidden  ok         ok",
        MEMBERS: "signin     forbidden  forbidden  forbidden  ok         ok",
        PRIVATE: "notfound   notfound   forbidden  forbidden  ok         ok",
    },
    ("delete", "POST"): {
        PUBLIC:  "signin     forbidden  forbidden  forbidden  redirect   redirect",
        MEMBERS: "signin     forbidden  forbidden  forbidden  redirect   redirect",
        PRIVATE: "notfound   notfound   forbidden  forbidden  redirect   redirect",
    },
    # The workspaces are joined on request: GET shows the form, POST asks.
    ("join", "GET"): {
        PUBLIC:  "signin     ok         bounced    bounced    bounced    ok",
        MEMBERS: "signin     ok         bounced    bounced    bounced    ok",
        PRIVATE: "notfound   notfound   bounced    bounced    bounced    ok",
    },
    ("join", "POST"): {
        PUBLIC:  "signin     redirect   bounced    bounced    bounced    redirect",
        MEMBERS: "signin     redirect   bounced    bounced    bounced    redirect",
        PRIVATE: "notfound   notfound   bounced    bounced    bounced    redirect",
    },
    ("leave", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   bounced    forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   bounced    forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   bounced    forbidden",
    },
    ("members", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    # Make the member a moderator.
    ("member-update", "POST"): {
        PUBLIC:  "signin     forbidden  forbidden  redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  forbidden  redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   forbidden  redirect   redirect   redirect",
    },
    ("transfer", "GET"): {
        PUBLIC:  "signin     forbidden  forbidden  forbidden  ok         forbidden",
        MEMBERS: "signin     forbidden  forbidden  forbidden  ok         forbidden",
        PRIVATE: "notfound   notfound   forbidden  forbidden  ok         forbidden",
    },
    ("transfer", "POST"): {
        PUBLIC:  "signin     forbidden  forbidden  forbidden  redirect   forbidden",
        MEMBERS: "signin     forbidden  forbidden  forbidden  redirect   forbidden",
        PRIVATE: "notfound   notfound   forbidden  forbidden  redirect   forbidden",
    },
    ("requests", "GET"): {
        PUBLIC:  "signin     forbidden  forbidden  ok         ok         ok",
        MEMBERS: "signin     forbidden  forbidden  ok         ok         ok",
        PRIVATE: "notfound   notfound   forbidden  ok         ok         ok",
    },
    # Approve the pending request.
    ("request-decide", "POST"): {
        PUBLIC:  "signin     forbidden  forbidden  redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  forbidden  redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   forbidden  redirect   redirect   redirect",
    },
    ("invite", "GET"): {
        PUBLIC:  "signin     forbidden  forbidden  ok         ok         ok",
        MEMBERS: "signin     forbidden  forbidden  ok         ok         ok",
        PRIVATE: "notfound   notfound   forbidden  ok         ok         ok",
    },
    ("invite", "POST"): {
        PUBLIC:  "signin     forbidden  forbidden  redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  forbidden  redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   forbidden  redirect   redirect   redirect",
    },
    ("invitation-withdraw", "POST"): {
        PUBLIC:  "signin     forbidden  forbidden  redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  forbidden  redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   forbidden  redirect   redirect   redirect",
    },
    # The invitation went to an address none of them has: whoever holds the link may see
    # the invitation page, which asks them to sign in; a signed-in account with another
    # address is refused.
    ("invitation", "GET"): {
        ALL_SAME: "ok        forbidden  forbidden  forbidden  forbidden  forbidden",
    },
    # --- blog ----------------------------------------------------------------------------
    ("blog", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("post-create", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         forbidden",
        MEMBERS: "signin     forbidden  ok         ok         ok         forbidden",
        PRIVATE: "notfound   notfound   ok         ok         ok         forbidden",
    },
    ("post-create", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
    ("post", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("post-edit", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         ok",
        MEMBERS: "signin     forbidden  ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("post-edit", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   redirect",
    },
    ("post-delete", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         ok",
        MEMBERS: "signin     forbidden  ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("post-delete", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   redirect",
    },
    ("post-comment", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
    ("comment-delete", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   redirect",
    },
    ("feed", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "notfound   notfound   notfound   notfound   notfound   notfound",
        PRIVATE: "notfound   notfound   notfound   notfound   notfound   notfound",
    },
    ("posts-feed", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "hidden     hidden     hidden     hidden     hidden     hidden",
        PRIVATE: "hidden     hidden     hidden     hidden     hidden     hidden",
    },
    # --- wiki ----------------------------------------------------------------------------
    ("wiki", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("wiki-create", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         forbidden",
        MEMBERS: "signin     forbidden  ok         ok         ok         forbidden",
        PRIVATE: "notfound   notfound   ok         ok         ok         forbidden",
    },
    ("wiki-create", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
    ("wiki-page", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("wiki-edit", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         forbidden",
        MEMBERS: "signin     forbidden  ok         ok         ok         forbidden",
        PRIVATE: "notfound   notfound   ok         ok         ok         forbidden",
    },
    ("wiki-edit", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
    ("wiki-delete", "GET"): {
        PUBLIC:  "signin     forbidden  forbidden  ok         ok         ok",
        MEMBERS: "signin     forbidden  forbidden  ok         ok         ok",
        PRIVATE: "notfound   notfound   forbidden  ok         ok         ok",
    },
    ("wiki-delete", "POST"): {
        PUBLIC:  "signin     forbidden  forbidden  redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  forbidden  redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   forbidden  redirect   redirect   redirect",
    },
    ("wiki-history", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("wiki-revision", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("wiki-diff", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("wiki-revert", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
    # --- documents -----------------------------------------------------------------------
    ("documents", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("folder", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("document", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("document-download", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("folder-create", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         forbidden",
        MEMBERS: "signin     forbidden  ok         ok         ok         forbidden",
        PRIVATE: "notfound   notfound   ok         ok         ok         forbidden",
    },
    ("folder-create", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
    ("document-upload", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         forbidden",
        MEMBERS: "signin     forbidden  ok         ok         ok         forbidden",
        PRIVATE: "notfound   notfound   ok         ok         ok         forbidden",
    },
    ("document-upload", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
    ("document-version", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         forbidden",
        MEMBERS: "signin     forbidden  ok         ok         ok         forbidden",
        PRIVATE: "notfound   notfound   ok         ok         ok         forbidden",
    },
    ("document-version", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
    ("folder-delete", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         ok",
        MEMBERS: "signin     forbidden  ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("folder-delete", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   redirect",
    },
    ("document-edit", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         ok",
        MEMBERS: "signin     forbidden  ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("document-edit", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   redirect",
    },
    ("document-delete", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         ok",
        MEMBERS: "signin     forbidden  ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("document-delete", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   redirect",
    },
    ("capitalise-document", "GET"): {
        PUBLIC:  "signin     forbidden  forbidden  ok         ok         ok",
        MEMBERS: "signin     forbidden  forbidden  ok         ok         ok",
        PRIVATE: "notfound   notfound   forbidden  ok         ok         ok",
    },
    ("capitalise-document", "POST"): {
        PUBLIC:  "signin     forbidden  forbidden  redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  forbidden  redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   forbidden  redirect   redirect   redirect",
    },
    ("capitalise-post", "GET"): {
        PUBLIC:  "signin     forbidden  forbidden  ok         ok         ok",
        MEMBERS: "signin     forbidden  forbidden  ok         ok         ok",
        PRIVATE: "notfound   notfound   forbidden  ok         ok         ok",
    },
    ("capitalise-post", "POST"): {
        PUBLIC:  "signin     forbidden  forbidden  redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  forbidden  redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   forbidden  redirect   redirect   redirect",
    },
    # --- discussions ---------------------------------------------------------------------
    ("threads", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("thread", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("thread-create", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         forbidden",
        MEMBERS: "signin     forbidden  ok         ok         ok         forbidden",
        PRIVATE: "notfound   notfound   ok         ok         ok         forbidden",
    },
    ("thread-create", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
    ("thread-edit", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         ok",
        MEMBERS: "signin     forbidden  ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("thread-edit", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   redirect",
    },
    ("thread-delete", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         ok",
        MEMBERS: "signin     forbidden  ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("thread-delete", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   redirect",
    },
    ("thread-reply", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
    ("reply-delete", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   redirect",
    },
    # --- events --------------------------------------------------------------------------
    ("events", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("event", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("events-ics", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("workspace-search", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("activity", "GET"): {
        PUBLIC:  "ok         ok         ok         ok         ok         ok",
        MEMBERS: "signin     ok         ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("event-create", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         forbidden",
        MEMBERS: "signin     forbidden  ok         ok         ok         forbidden",
        PRIVATE: "notfound   notfound   ok         ok         ok         forbidden",
    },
    ("event-create", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
    ("event-edit", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         ok",
        MEMBERS: "signin     forbidden  ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("event-edit", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   redirect",
    },
    ("event-delete", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         ok",
        MEMBERS: "signin     forbidden  ok         ok         ok         ok",
        PRIVATE: "notfound   notfound   ok         ok         ok         ok",
    },
    ("event-delete", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   redirect",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   redirect",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   redirect",
    },
    # Each role's own calendar address: the events of the workspaces they are a member of
    # (an outsider's and a site administrator's calendars are empty); the anonymous visitor
    # has no address and tries a made-up one.
    ("calendar-ics", "GET"): {
        ALL_SAME: "notfound  hidden     ok         ok         ok         hidden",
    },
    ("calendar-reset", "POST"): {
        ALL_SAME: "signin     redirect   redirect   redirect   redirect   redirect",
    },
    ("email-updates", "GET"): {
        PUBLIC:  "signin     forbidden  ok         ok         ok         forbidden",
        MEMBERS: "signin     forbidden  ok         ok         ok         forbidden",
        PRIVATE: "notfound   notfound   ok         ok         ok         forbidden",
    },
    ("email-updates", "POST"): {
        PUBLIC:  "signin     forbidden  redirect   redirect   redirect   forbidden",
        MEMBERS: "signin     forbidden  redirect   redirect   redirect   forbidden",
        PRIVATE: "notfound   notfound   redirect   redirect   redirect   forbidden",
    },
}
# fmt: on
STATUS = {
    "ok": 200,
    "hidden": 200,
    "signin": 302,
    "redirect": 302,
    "bounced": 302,
    "forbidden": 403,
    "notfound": 404,
}
# The content of each part of a workspace, and its part of this test: its content
# (``seed``), its addresses' arguments (``kwargs_for``), its forms (``form_data``), what
# its pages show (``texts_shown``) and what its actions change (``state``).
AREAS = (matrix_blog, matrix_wiki, matrix_documents, matrix_discussions, matrix_events)
AREA_OF = {view: area for area in AREAS for view in area.VIEWS}
# Answers that are files, checked as such (the cover is checked below).
FILES = {"cover", "document-download"}
# Pages that are about the workspace: when they answer "ok", they name it.
NAMED = {name for name, _ in MATRIX} - {"create"} - FILES
# Addresses not of one workspace (they have no slug to guess).
GLOBAL = {"index", "search", "dashboard", "create", "invitation"} | {
    "posts-feed",
    "calendar-ics",
    "calendar-reset",
}
# What a private workspace holds: none of it may reach anyone but its readers.
PRIVATE_CONTENT = [text for area in AREAS for text in area.CONTENT]
EDITED_SUMMARY = "Rewritten by its owner: what works to make mutuals known."
NEW_INVITEE = "colleague@example.org"
# Those who may read a private workspace.
READERS = {MEMBER, MODERATOR, OWNER, ADMIN}


def cases():
    for (view, method), rows in MATRIX.items():
        for visibility in VISIBILITIES:
            outcomes = (rows.get(ALL_SAME) or rows[visibility]).split()
            assert len(outcomes) == len(ROLES), (view, method, visibility)
            for role, outcome in zip(ROLES, outcomes, strict=True):
                assert outcome in STATUS, outcome
                case_id = f"{view}-{method}-{visibility}-{role}-{outcome}"
                yield pytest.param(view, method, visibility, role, outcome, id=case_id)


def url_of(view: str, workspace: Workspace, people: dict, role: str, slug: str = "") -> str:
    """The view's address for this workspace (or for ``slug``, one that may not exist), as
    ``role`` asks for it (a calendar address is each person's own)."""
    if view in AREA_OF:
        area = AREA_OF[view]
        if hasattr(area, "url_of"):
            return area.url_of(view, workspace, people, role, slug)
        kwargs = area.kwargs_for(view, workspace, people)
        if view not in GLOBAL:
            kwargs["slug"] = slug or workspace.slug
        return reverse(f"workspaces:{view}", kwargs=kwargs)
    if view == "search":
        return f"{reverse('core:search')}?q={SEARCH_WORD}"
    if view == "dashboard":
        return reverse("core:dashboard")
    if view in ("index", "create"):
        return reverse(f"workspaces:{view}")
    if view == "invitation":
        token = pending_invitation(workspace).token
        return reverse("workspaces:invitation", kwargs={"token": token})
    kwargs = {"slug": slug or workspace.slug}
    if view == "member-update":
        kwargs["user_id"] = people[MEMBER].pk
    elif view == "request-decide":
        kwargs["pk"] = JoinRequest.objects.get(workspace=workspace).pk
    elif view == "invitation-withdraw":
        kwargs["pk"] = pending_invitation(workspace).pk
    return reverse(f"workspaces:{view}", kwargs=kwargs)


def pending_invitation(workspace: Workspace) -> Invitation:
    return Invitation.objects.get(workspace=workspace, email=INVITED_EMAIL)


def form_data(view: str, workspace: Workspace, people: dict) -> dict:
    """The smallest valid form each action takes (uploads: a new file each time)."""
    if view in AREA_OF:
        return AREA_OF[view].form_data(view, workspace, people)
    return {
        "edit": {
            "name": workspace.name,
            "summary": EDITED_SUMMARY,
            "kind": workspace.kind,
            "countries": ["BJ"],
            "visibility": workspace.visibility,
            "join_policy": workspace.join_policy,
        },
        "delete": {"name": workspace.name},
        "join": {"message": "I would like to contribute."},
        "member-update": {"action": "role", "role": Membership.Role.MODERATOR},
        "transfer": {
            "new_owner": Membership.objects.get(workspace=workspace, user=people[MEMBER]).pk
        },
        "request-decide": {"decision": "approve"},
        "invite": {"emails": NEW_INVITEE, "role": Membership.Role.MEMBER, "message": ""},
    }.get(view, {})


def ask(client, view, method, workspace: Workspace, people: dict, role: str, slug: str = ""):
    url = url_of(view, workspace, people, role, slug)
    if method == "GET":
        return url, client.get(url)
    return url, client.post(url, form_data(view, workspace, people))


def state(workspace_id: int) -> tuple:
    """Everything an action could change, to tell whether a request changed anything."""
    return (
        list(
            Workspace.objects.filter(pk=workspace_id).values_list(
                "name", "summary", "visibility", "join_policy", "archived"
            )
        ),
        sorted(Membership.objects.filter(workspace_id=workspace_id).values_list("user", "role")),
        sorted(JoinRequest.objects.filter(workspace_id=workspace_id).values_list("user", "status")),
        sorted(
            Invitation.objects.filter(workspace_id=workspace_id).values_list(
                "email", "revoked", "accepted"
            )
        ),
        Activity.objects.filter(workspace_id=workspace_id).count(),
        *(area.state(workspace_id) for area in AREAS),
    )


def raw(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def body(response, data: bytes | None = None) -> str:
    """The answer's text (of ``data`` when already read); a calendar's folded lines
    (RFC 5545) joined again."""
    text = (raw(response) if data is None else data).decode("utf-8", errors="replace")
    if response.get("Content-Type", "").startswith("text/calendar"):
        text = text.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")
    return text


def texts_shown(view: str) -> list[str]:
    """What an "ok" page must show, beyond the workspace's name."""
    if view in AREA_OF:
        return AREA_OF[view].texts_shown(view)
    return {
        # The overview gathers a little of everything.
        "detail": [
            matrix_blog.POST_TITLE,
            matrix_wiki.TITLE,
            matrix_documents.DOCUMENT_TITLE,
            matrix_discussions.THREAD_TITLE,
            matrix_events.EVENT_TITLE,
            "See all the blog posts",
            "See all the discussions",
        ],
        "create": ["Create a workspace"],
        "members": ["Olga Owner", "Mo Moderator", "Mia Member"],
        "requests": [REQUESTER_NAME, "I run a mutual in Zanzibar."],
        "invite": [INVITED_EMAIL],
        "transfer": ["Mia Member"],
    }.get(view, [])


def assert_signin(response, url: str, method: str, workspace: Workspace) -> None:
    """To the sign-in page, then back to the page asked for (after a POST, to that address
    or to the workspace's page)."""
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == reverse("account_login")
    back = {url} if method == "GET" else {url, workspace.get_absolute_url()}
    assert parse_qs(location.query)["next"][0] in back


@pytest.fixture
def with_content(people, workspace_for):
    """``with_content(visibility)``: ``workspace_for``'s workspace, holding Mia's content
    of every kind."""

    def make(visibility: str) -> Workspace:
        workspace = workspace_for(visibility)
        for area in AREAS:
            area.seed(workspace, people)
        return workspace

    return make


@pytest.mark.parametrize(("view", "method", "visibility", "role", "outcome"), list(cases()))
def test_permission_matrix(
    view, method, visibility, role, outcome, people, with_content, client_as
):
    workspace = with_content(visibility)
    before = state(workspace.pk)

    url, response = ask(client_as(role), view, method, workspace, people, role)

    data = raw(response)  # a file is read once
    content = data.decode("latin-1") if view in FILES else body(response, data)
    assert response.status_code == STATUS[outcome], (url, content[:2000])
    text = " ".join(content.split())
    if outcome == "signin":
        assert_signin(response, url, method, workspace)
    elif outcome in ("redirect", "bounced"):
        assert urlsplit(response["Location"]).path != reverse("account_login")
    elif outcome == "ok" and view == "cover":
        assert response["Content-Type"].startswith("image/")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert content  # the picture itself
    elif outcome == "ok" and view in FILES:
        matrix_documents.assert_file(view, response, data)
    elif outcome == "ok":
        for shown in [workspace.name] * (view in NAMED) + texts_shown(view):
            assert shown in text, shown
    elif outcome == "hidden":
        assert workspace.name not in text
        assert workspace.get_absolute_url() not in text
    # Only an action that answered with its redirect changed anything.
    assert (state(workspace.pk) != before) == (outcome == "redirect"), state(workspace.pk)
    if visibility == PRIVATE and not may_show_name(view, role, outcome):
        assert workspace.name not in text, text[:2000]
        for secret in PRIVATE_CONTENT:
            assert secret not in text, secret


def may_show_name(view: str, role: str, outcome: str) -> bool:
    """Whether a page may name the private workspace: a page that answered one of its
    readers (members, site administrators), and the invitation page to whoever holds a link
    that works (the invited person, as far as anyone can tell) or may read it anyway (a
    member refused because the link is someone else's). Every other refusal or redirect
    keeps it unnamed."""
    if view == "invitation":
        return role == ANONYMOUS or role in READERS
    return outcome == "ok" and role in READERS


def test_the_matrix_covers_every_workspace_address():
    from workspaces.urls import urlpatterns

    rows = {matrix_events.URL_NAMES.get(view, view) for view, _ in MATRIX}
    assert {pattern.name for pattern in urlpatterns} <= rows


SLUGGED = [
    pytest.param(view, method, role, id=f"{view}-{method}-{role}")
    for view, method in MATRIX
    if view not in GLOBAL
    for role in (ANONYMOUS, OUTSIDER)
]


@pytest.mark.parametrize(("view", "method", "role"), SLUGGED)
def test_a_private_workspace_looks_like_one_that_does_not_exist(
    view, method, role, people, with_content, client_as
):
    """Those outside a private workspace get exactly what they would get for a made-up
    address: its existence is never confirmed."""
    workspace = with_content(PRIVATE)
    client = client_as(role)

    _, private = ask(client, view, method, workspace, people, role)
    _, missing = ask(client, view, method, workspace, people, role, slug="no-such-workspace")

    assert private.status_code == missing.status_code
    if private.status_code == 302:
        location = private["Location"].replace(workspace.slug, "no-such-workspace")
        assert location == missing["Location"]
    assert workspace.name not in body(private)


@pytest.mark.parametrize("visibility", [MEMBERS, PRIVATE])
@pytest.mark.parametrize("role", [MEMBER, ADMIN])
def test_the_cover_of_a_workspace_not_public_is_not_kept_by_shared_caches(
    visibility, role, people, workspace_for, client_as
):
    workspace = workspace_for(visibility)

    response = client_as(role).get(reverse("workspaces:cover", kwargs={"slug": workspace.slug}))

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
