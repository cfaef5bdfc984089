"""Who may do what with library items. Views declare these permissions.

Seeing an item is not a rule here: ``Item.objects.visible_to(user)`` decides it,
and views look items up through it first, so an item someone may not see is a
404 before any of these rules is asked. The rules' names differ from the model
permissions that role groups carry (``library.review_item``,
``library.feature_item``), which the predicates below consult.
"""

import rules

from .models import Item


@rules.predicate
def is_active_member(user) -> bool:
    return user.is_authenticated and user.is_active


@rules.predicate
def is_editor(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm("library.review_item")


@rules.predicate
def may_feature(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm("library.feature_item")


@rules.predicate
def is_submitter(user, item) -> bool:
    return item is not None and item.submitted_by_id is not None and item.submitted_by_id == user.pk


@rules.predicate
def is_published(user, item) -> bool:
    return item is not None and item.status == Item.Status.PUBLISHED


@rules.predicate
def is_pending(user, item) -> bool:
    return item is not None and item.status == Item.Status.PENDING


@rules.predicate
def is_featured(user, item) -> bool:
    return item is not None and item.featured


# Submit a resource from the front-end form.
rules.add_perm("library.submit_items", is_active_member)
# Edit an item: its submitter until it is published, editors always.
rules.add_perm(
    "library.edit_submission",
    is_active_member & ((is_submitter & ~is_published) | is_editor),
)
# Comment on a published item.
rules.add_perm("library.comment_on_item", is_active_member & is_published)
# See the review queue; decide on an item waiting for review.
rules.add_perm("library.work_review_queue", is_editor)
rules.add_perm("library.decide_on_item", is_editor & is_pending)
# Put an item on the home page (published ones only) or take it off.
rules.add_perm("library.feature_on_home", may_feature & (is_published | is_featured))
