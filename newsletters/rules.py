"""Who may do what with newsletters. Views declare these permissions.

Reading published community news, sent issues and the platform news needs
nothing; submitting community news and choosing what one receives needs an
active member; the rest is the editors' (role-group permissions, see
``accounts.roles.NEWSLETTERS_PERMISSIONS``).
"""

import rules


@rules.predicate
def is_active_member(user) -> bool:
    return user.is_authenticated and user.is_active


@rules.predicate
def reviews_community_news(user) -> bool:
    return is_active_member(user) and user.has_perm("newsletters.review_communitynews")


@rules.predicate
def composes_issues(user) -> bool:
    return is_active_member(user) and user.has_perm("newsletters.change_newsletterissue")


@rules.predicate
def sends_issues(user) -> bool:
    return is_active_member(user) and user.has_perm("newsletters.send_newsletterissue")


rules.add_perm("newsletters.submit_news", is_active_member)
rules.add_perm("newsletters.choose_reading", is_active_member)
rules.add_perm("newsletters.review_news", reviews_community_news)
rules.add_perm("newsletters.compose_issue", composes_issues)
rules.add_perm("newsletters.send_issue", sends_issues)
