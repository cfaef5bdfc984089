"""Who may do what with the glossary. Views declare these permissions.

Reading is public. Editors are those the role groups give the glossary's
model permissions to (``accounts.roles``); the rules below name what the
portal's own views need.
"""

import rules


@rules.predicate
def is_active_member(user) -> bool:
    return user.is_authenticated and user.is_active


@rules.predicate
def edits_glossary(user) -> bool:
    return user.has_perm("glossary.add_term") and user.has_perm("glossary.change_term")


@rules.predicate
def reviews_suggestions(user) -> bool:
    return user.has_perm("glossary.review_suggestion")


@rules.predicate
def can_see_term(user, term) -> bool:
    return term is not None and (term.is_published or user.has_perm("glossary.change_term"))


rules.add_perm("glossary.suggest_term", is_active_member)
rules.add_perm("glossary.decide_suggestions", is_active_member & reviews_suggestions)
rules.add_perm("glossary.import_terms", is_active_member & edits_glossary)
rules.add_perm("glossary.see_term", can_see_term)
