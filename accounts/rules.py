"""Who may do what with members' profiles. Views declare these permissions."""

import rules


@rules.predicate
def is_active_member(user) -> bool:
    return user.is_authenticated and user.is_active


@rules.predicate
def accepts_messages_from(user, member) -> bool:
    from .services import can_contact

    return member is not None and can_contact(user, member)


@rules.predicate
def is_listed(user, member) -> bool:
    return member is not None and member.is_active and (member.show_in_directory or member == user)


rules.add_perm("accounts.view_directory", is_active_member)
rules.add_perm("accounts.view_member", is_active_member & is_listed)
rules.add_perm("accounts.contact_member", is_active_member & accepts_messages_from)
