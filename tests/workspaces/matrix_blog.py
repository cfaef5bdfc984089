"""The blog's part of the permission matrix (its rows are in ``test_permission_matrix``):
``seed`` puts a post by Mia Member and a comment of hers in the workspace;
``kwargs_for``, ``form_data``, ``texts_shown`` and ``state`` answer for each view.

The feeds carry public workspaces only, whoever asks: a workspace's feed is a 404 for everyone
unless the workspace is public, and the portal's feed never shows the others ("hidden").
"""

from tests.workspaces.conftest import MEMBER
from tests.workspaces.factories import PostCommentFactory, PostFactory
from workspaces.models import Activity, Post, PostComment

# No apostrophe or other character HTML escapes: the matrix looks for them in the raw page.
POST_TITLE = "Blog notes by Mia on health mutuals"
POST_BODY = "Door-to-door visits by **peer educators** doubled enrolment."
COMMENT_BODY = "A note by Mia: the radio spots did little."
NEW_TITLE = "A post written for the matrix"
EDITED_TITLE = "Blog notes by Mia, edited"
NEW_COMMENT = "A comment written for the matrix."

VIEWS = {
    "blog", "post-create", "post", "post-edit", "post-delete", "post-comment",
    "comment-delete", "feed", "posts-feed",
}  # fmt: skip
CONTENT = [POST_TITLE, COMMENT_BODY]


def seed(workspace, people) -> None:
    """A post by Mia Member, with a comment of hers."""
    post = PostFactory(workspace=workspace, author=people[MEMBER], title=POST_TITLE, body=POST_BODY)
    PostCommentFactory(post=post, author=people[MEMBER], body=COMMENT_BODY)


def _post(workspace) -> Post:
    return Post.objects.get(workspace=workspace, title=POST_TITLE)


def kwargs_for(view: str, workspace, people) -> dict:
    """The address's arguments beyond ``slug`` (none for the portal's feed, which has no slug)."""
    if view in ("post", "post-edit", "post-delete", "post-comment"):
        return {"pk": _post(workspace).pk}
    if view == "comment-delete":
        post = _post(workspace)
        return {"pk": post.pk, "comment_pk": post.comments.get(body=COMMENT_BODY).pk}
    return {}


def form_data(view: str, workspace, people) -> dict:
    return {
        "post-create": {"title": NEW_TITLE, "body": "News from the field."},
        "post-edit": {"title": EDITED_TITLE, "body": POST_BODY},
        "post-comment": {"body": NEW_COMMENT},
    }.get(view, {})


def texts_shown(view: str) -> list[str]:
    """What an "ok" answer shows beyond the workspace's name."""
    return {
        "blog": [POST_TITLE, "Mia Member", "1 comment"],
        "post-create": ["Write a post"],
        "post": [POST_TITLE, "Mia Member", "peer educators", COMMENT_BODY],
        "post-edit": [POST_TITLE, "Door-to-door visits by **peer educators**"],
        "post-delete": [f"Delete “{POST_TITLE}”", "Delete the post for good"],
        "feed": [POST_TITLE, "Mia Member", "peer educators"],
        "posts-feed": [POST_TITLE, "Mia Member"],
    }.get(view, [])


def state(workspace_id: int) -> tuple:
    """Everything the blog's actions could change."""
    return (
        sorted(
            Post.objects.filter(workspace_id=workspace_id).values_list(
                "pk", "title", "body", "author", "updated"
            )
        ),
        sorted(
            PostComment.objects.filter(post__workspace_id=workspace_id).values_list(
                "pk", "body", "author"
            )
        ),
        Activity.objects.filter(workspace_id=workspace_id).count(),
    )
