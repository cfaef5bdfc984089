"""The permission matrix: every workspace view and the cover file x every role x each
visibility → what the person gets, asserted from ONE table.

Outcomes:
- ``ok``: 200 and the page shows what it is about (the workspace's name, its members…);
- ``hidden``: 200, but the workspace is not on the page (lists, search, dashboard);
- ``signin``: 302 to the sign-in page, coming back here afterwards (``next``);
- ``forbidden``: 403; ``notfound``: 404;
- ``redirect``: 302 elsewhere, after a POST that did what it asked;
- ``bounced``: 302 elsewhere, with a message saying why nothing was done (joining a
  workspace one is in, an owner leaving before handing over ownership).

Whatever the outcome, a private workspace's name reaches only its members and the site
administrators, and a request that was refused changes nothing. Private workspaces are also
indistinguishable, for those outside them, from a workspace that does not exist.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

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
# Pages that are about the workspace: when they answer "ok", they name it.
NAMED = {name for name, _ in MATRIX} - {"create", "cover"}
# Pages not about one workspace (they have no slug to guess).
GLOBAL = {"index", "search", "dashboard", "create", "invitation"}
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


def url_of(view: str, workspace: Workspace, people: dict, slug: str = "") -> str:
    """The view's address for this workspace (or for ``slug``, one that may not exist)."""
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
    """The smallest valid form each action takes."""
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


def ask(client, view: str, method: str, workspace: Workspace, people: dict, slug: str = ""):
    url = url_of(view, workspace, people, slug)
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
    )


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", errors="replace")


def texts_shown(view: str) -> list[str]:
    """What an "ok" page must show, beyond the workspace's name."""
    return {
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


@pytest.mark.parametrize(("view", "method", "visibility", "role", "outcome"), list(cases()))
def test_permission_matrix(
    view, method, visibility, role, outcome, people, workspace_for, client_as
):
    workspace = workspace_for(visibility)
    before = state(workspace.pk)

    url, response = ask(client_as(role), view, method, workspace, people)

    content = body(response)
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

    assert {pattern.name for pattern in urlpatterns} <= {view for view, _ in MATRIX}


SLUGGED = [
    pytest.param(view, method, role, id=f"{view}-{method}-{role}")
    for view, method in MATRIX
    if view not in GLOBAL
    for role in (ANONYMOUS, OUTSIDER)
]


@pytest.mark.parametrize(("view", "method", "role"), SLUGGED)
def test_a_private_workspace_looks_like_one_that_does_not_exist(
    view, method, role, people, workspace_for, client_as
):
    """Those outside a private workspace get exactly what they would get for a made-up
    address: its existence is never confirmed."""
    workspace = workspace_for(PRIVATE)
    client = client_as(role)

    _, private = ask(client, view, method, workspace, people)
    _, missing = ask(client, view, method, workspace, people, slug="no-such-workspace")

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
