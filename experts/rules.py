"""Who may do what with expert profiles (django-rules)."""

import rules


@rules.predicate
def sees_every_profile(user) -> bool:
    """Editors and administrators see hidden profiles too (to curate and match)."""
    return bool(user and user.is_authenticated and user.has_perm("experts.change_expertprofile"))


@rules.predicate
def is_member(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


rules.add_perm("experts.manage_needs", sees_every_profile)
