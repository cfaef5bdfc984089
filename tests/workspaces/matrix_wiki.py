"""The wiki's part of the permission matrix (its rows are in ``test_permission_matrix``):
``seed`` writes a page in the workspace (two versions, by Mia Member),
``kwargs_for`` and ``form_data`` address and fill each view, ``texts_shown`` is what an
"ok" page shows, ``state`` everything a POST could change.

Reading the wiki follows the workspace; creating, editing and restoring pages is for its
members (``workspaces.contribute``: not the site administrators, who are not members);
deleting a page for its moderators and the site administrators (``workspaces.moderate``).
"""

from tests.workspaces.conftest import MEMBER
from workspaces import wiki
from workspaces.models import Activity, WikiPage, WikiRevision

TITLE = "Enrolment guide of the Zanzibar mutuals"
FIRST_TEXT = "Meet the village chief before the campaign."
SECOND_TEXT = "Meet the village chief before the campaign.\nTrain peer educators in each ward."
ADDED_LINE = "Train peer educators in each ward."


VIEWS = {
    "wiki", "wiki-create", "wiki-page", "wiki-edit", "wiki-delete", "wiki-history",
    "wiki-revision", "wiki-diff", "wiki-revert",
}  # fmt: skip
CONTENT = [TITLE, ADDED_LINE]


def seed(workspace, people) -> None:
    """A page by Mia Member, in two versions."""
    author = people[MEMBER]
    page = wiki.create_page(workspace, author=author, title=TITLE, body=FIRST_TEXT)
    wiki.save_page(
        page,
        author=author,
        base_version=1,
        title=TITLE,
        body=SECOND_TEXT,
        parent=None,
        comment="Peer educators",
    )


def _page(workspace) -> WikiPage:
    return WikiPage.objects.get(workspace=workspace, title=TITLE)


def kwargs_for(view: str, workspace, people) -> dict:
    if view in ("wiki", "wiki-create"):
        return {}
    kwargs = {"pk": _page(workspace).pk}
    if view in ("wiki-revision", "wiki-revert"):
        kwargs["number"] = 1
    return kwargs


def form_data(view: str, workspace, people) -> dict:
    return {
        "wiki-create": {"title": "Minutes of the Zanzibar meeting", "body": "Who came."},
        "wiki-edit": {"title": TITLE, "body": SECOND_TEXT + "\nThird line.", "base_version": 2},
    }.get(view, {})


def texts_shown(view: str) -> list[str]:
    return {
        "wiki": [TITLE],
        "wiki-create": ["New wiki page"],
        "wiki-page": [TITLE, ADDED_LINE, "Mia Member"],
        "wiki-edit": [TITLE, ADDED_LINE],
        "wiki-delete": [TITLE, "The page and all its earlier versions will be deleted."],
        "wiki-history": [TITLE, "Version 2", "Mia Member", "Peer educators"],
        "wiki-revision": [TITLE, FIRST_TEXT, "version 1"],
        "wiki-diff": [TITLE, ADDED_LINE],
    }.get(view, [])


def state(workspace_id: int) -> tuple:
    return (
        sorted(
            WikiPage.objects.filter(workspace_id=workspace_id).values_list(
                "pk", "title", "body", "parent", "version"
            )
        ),
        WikiRevision.objects.filter(page__workspace_id=workspace_id).count(),
        Activity.objects.filter(workspace_id=workspace_id).count(),
    )
