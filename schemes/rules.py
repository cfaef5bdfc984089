"""Who may do what with schemes (django-rules).

Editors (``schemes.change_scheme``) review what members propose, publish
directly, assign managers and open inventory campaigns. A scheme's managers
propose changes and report its yearly figures; any signed-in member may propose
a new scheme.
"""

import rules


@rules.predicate
def is_scheme_editor(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("schemes.change_scheme"))


@rules.predicate
def is_member(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


@rules.predicate
def manages(user, scheme) -> bool:
    if not (user and user.is_authenticated) or scheme is None:
        return False
    return scheme.managers.filter(pk=user.pk).exists()


rules.add_perm("schemes.propose_scheme", is_member)
rules.add_perm("schemes.update_scheme", is_scheme_editor | (is_member & manages))
rules.add_perm("schemes.review_changes", is_scheme_editor)
rules.add_perm("schemes.open_campaign", is_scheme_editor)
