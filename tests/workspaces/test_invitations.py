"""Invitations by e-mail: moderators invite one or several addresses; the link lets one
person in, once, before it expires: someone with an account, or someone who creates
one through the link. Every link that no longer works says why (HTTP 410), and
another account is refused with the invited address masked."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import formats, timezone

from tests.accounts.helpers import input_value, links_in, visible_text
from tests.factories import PASSWORD, UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces import membership as services
from workspaces.models import Activity, Invitation, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Role = Membership.Role
NEWCOMER = "newcomer@example.org"


@pytest.fixture
def workspace(owner):
    return WorkspaceFactory(
        name="Closed cell on floors",
        visibility=Workspace.Visibility.PRIVATE,
        join_policy=Workspace.JoinPolicy.INVITATION,
        owner=owner,
    )


def invite_url(workspace) -> str:
    return reverse("workspaces:invite", kwargs={"slug": workspace.slug})


def invite(workspace, inviter, email=NEWCOMER, **kwargs) -> Invitation:
    [invitation] = services.invite(workspace, inviter, [email], **kwargs).invitations
    return invitation


def invitation_path(message) -> str:
    [link] = [url for url in links_in(message.body) if "/workspaces/invitation/" in url]
    return link.removeprefix("http://testserver")


# --- Inviting -----------------------------------------------------------------------------


def test_a_moderator_invites_several_addresses_and_members_are_skipped(
    client, workspace, moderator, member, mailoutbox, django_capture_on_commit_callbacks
):
    add_member(workspace, member)
    known = UserFactory(email="carla@example.org", display_name="Carla Known", language="es")
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            invite_url(workspace),
            {
                "emails": f"{NEWCOMER}, Carla@Example.org\naminata@example.org",
                "role": "member",
                "message": "Join us to write the floor synthesis.",
            },
        )

    assert response.url == invite_url(workspace)
    page = client.get(response.url)
    text = visible_text(page)
    assert "2 invitations are on their way." in text
    assert "aminata@example.org is already a member: no invitation was sent." in text
    assert "Withdraw the invitation to newcomer@example.org" in text
    assert "Withdraw the invitation to Carla@Example.org" in text
    invitations = Invitation.objects.filter(workspace=workspace)
    assert sorted(i.email for i in invitations) == ["Carla@Example.org", NEWCOMER]
    assert {i.role for i in invitations} == {Role.MEMBER}
    assert all(i.invited_by == moderator for i in invitations)
    assert all(
        timedelta(days=13, hours=23) < i.expires - timezone.now() <= timedelta(days=14)
        for i in invitations
    )
    recorded = Activity.objects.filter(workspace=workspace, verb=Activity.Verb.INVITED)
    assert sorted(a.addressed_to for a in recorded) == [[], [known.pk]]
    assert all(a.summary == "" for a in recorded)  # the stream never shows an address
    assert sorted(m.to[0] for m in mailoutbox) == ["Carla@Example.org", NEWCOMER]
    spanish = next(m for m in mailoutbox if m.to == ["Carla@Example.org"])
    assert "/es/workspaces/invitation/" in spanish.body
    english = next(m for m in mailoutbox if m.to == [NEWCOMER])
    assert (
        english.subject == "GESS: Mo Moderator invites you to the workspace “Closed cell on floors”"
    )
    assert "Join us to write the floor synthesis." in english.body
    assert invitation_path(english) == invitations.get(email=NEWCOMER).get_absolute_url()


@pytest.mark.parametrize(
    ("emails", "error"),
    [
        ("fatou@example.org, not-an-address", "“not-an-address” is not a valid e-mail address."),
        ("   ", "This field is required."),
        (", ;", "Give at least one e-mail address."),
        (
            " ".join(f"person{n}@example.org" for n in range(21)),
            "You can invite at most 20 people at once.",
        ),
    ],
)
def test_bad_addresses_are_refused_and_nothing_sent(
    client, workspace, owner, mailoutbox, emails, error
):
    client.force_login(owner)

    response = client.post(invite_url(workspace), {"emails": emails, "role": "member"})

    assert response.status_code == 200
    assert error in visible_text(response)
    assert not Invitation.objects.exists()
    assert mailoutbox == []


def test_twenty_addresses_at_once_are_fine(client, workspace, owner):
    client.force_login(owner)
    emails = "\n".join(f"person{n}@example.org" for n in range(20))

    client.post(invite_url(workspace), {"emails": emails, "role": "member"})

    assert Invitation.objects.filter(workspace=workspace).count() == 20


def test_only_the_owner_invites_moderators(client, workspace, owner, moderator):
    client.force_login(moderator)
    form = client.get(invite_url(workspace))
    assert 'value="moderator"' not in form.content.decode()
    assert "Only the owner may invite moderators." in visible_text(form)

    refused = client.post(invite_url(workspace), {"emails": NEWCOMER, "role": "moderator"})
    assert "Select a valid choice." in visible_text(refused)
    assert not Invitation.objects.exists()
    with pytest.raises(services.MembershipRefused):
        invite(workspace, moderator, role=Role.MODERATOR)

    client.force_login(owner)
    assert 'value="moderator"' in client.get(invite_url(workspace)).content.decode()
    client.post(invite_url(workspace), {"emails": NEWCOMER, "role": "moderator"})
    assert Invitation.objects.get().role == Role.MODERATOR


def test_members_and_outsiders_may_not_invite(client, workspace, member, other_member):
    add_member(workspace, member)
    client.force_login(member)
    assert client.get(invite_url(workspace)).status_code == 403
    assert client.post(invite_url(workspace), {"emails": NEWCOMER}).status_code == 403

    client.force_login(other_member)
    response = client.get(invite_url(workspace))
    assert response.status_code == 404  # a private workspace: existence never confirmed
    assert "Closed cell" not in response.content.decode()
    assert not Invitation.objects.exists()


def test_inviting_again_replaces_the_pending_link(client, workspace, owner):
    first = invite(workspace, owner)
    second = invite(workspace, owner, email=NEWCOMER.upper())

    first.refresh_from_db()
    assert first.revoked is not None
    assert second.is_usable
    assert "This invitation was withdrawn." in visible_text(client.get(first.get_absolute_url()))


def test_withdrawing_an_invitation_kills_its_link(client, workspace, owner):
    invitation = invite(workspace, owner)
    client.force_login(owner)
    url = reverse(
        "workspaces:invitation-withdraw", kwargs={"slug": workspace.slug, "pk": invitation.pk}
    )

    response = client.post(url, follow=True)

    text = visible_text(response)
    assert "The invitation to newcomer@example.org is withdrawn: its link no longer works." in text
    assert "No invitation is waiting for an answer." in text
    client.logout()
    page = client.get(invitation.get_absolute_url())
    assert page.status_code == 410
    assert "This invitation was withdrawn." in visible_text(page)
    assert "Closed cell" not in page.content.decode()


def test_an_archived_workspace_invites_nobody(client, workspace, owner):
    invitation = invite(workspace, owner)
    Workspace.objects.filter(pk=workspace.pk).update(archived=timezone.now())
    client.force_login(owner)

    assert client.get(invite_url(workspace)).status_code == 403
    assert client.post(invite_url(workspace), {"emails": "x@example.org"}).status_code == 403
    client.logout()
    page = client.get(invitation.get_absolute_url())
    assert page.status_code == 410
    assert "This workspace is archived: nobody can join it." in visible_text(page)


# --- Opening the link -----------------------------------------------------------------------


def test_an_unknown_link_is_not_found(client):
    response = client.get(reverse("workspaces:invitation", kwargs={"token": "nothing-here"}))

    assert response.status_code == 404


def test_anonymous_visitors_are_offered_to_sign_in_or_create_an_account(client, workspace, owner):
    invitation = invite(workspace, owner, message="Come and help.")
    path = invitation.get_absolute_url()

    page = client.get(path)

    assert page.status_code == 200
    text = visible_text(page)
    assert "Invitation to “Closed cell on floors”" in text  # the link is the addressee's
    assert "Olga Owner invites you to join this workspace." in text
    assert "Come and help." in text
    content = page.content.decode()
    assert f'href="{reverse("account_login")}?next={path}"' in content
    assert (
        f'href="{reverse("account_signup")}?next={path}&amp;email=newcomer%40example.org"'
        in content
    )


def test_an_existing_member_accepts(client, workspace, owner, member):
    invitation = invite(workspace, owner, email="Aminata@Example.org", role=Role.MODERATOR)
    client.force_login(member)

    page = client.get(invitation.get_absolute_url())
    assert "You will be one of its moderators." in visible_text(page)
    assert "Accept" in visible_text(page)

    response = client.post(invitation.get_absolute_url())

    assert response.url == workspace.get_absolute_url()
    assert Membership.objects.get(workspace=workspace, user=member).role == Role.MODERATOR
    invitation.refresh_from_db()
    assert invitation.accepted is not None
    assert invitation.accepted_by == member
    joined = Activity.objects.get(workspace=workspace, verb=Activity.Verb.JOINED)
    assert joined.actor == member
    assert joined.addressed_to == [owner.pk]


def test_any_verified_address_of_the_account_will_do(client, workspace, owner, member):
    EmailAddress.objects.create(user=member, email="a.diallo@work.example.org", verified=True)
    EmailAddress.objects.create(user=member, email="unconfirmed@example.org", verified=False)
    unconfirmed = invite(workspace, owner, email="unconfirmed@example.org")
    work = invite(workspace, owner, email="a.diallo@work.example.org")
    client.force_login(member)

    assert client.post(unconfirmed.get_absolute_url()).status_code == 403
    assert not workspace.memberships.filter(user=member).exists()
    client.post(work.get_absolute_url())
    assert workspace.memberships.filter(user=member).exists()


def test_another_account_is_refused_with_the_address_masked(client, workspace, owner, member):
    invitation = invite(workspace, owner)
    client.force_login(member)

    for response in (
        client.get(invitation.get_absolute_url()),
        client.post(invitation.get_absolute_url()),
    ):
        assert response.status_code == 403
        assert (
            "This invitation was sent to n***@example.org, not to the address of the account "
            "you are signed in with." in visible_text(response)
        )
        assert NEWCOMER not in response.content.decode()
        assert "Closed cell" not in response.content.decode()
    assert not workspace.memberships.filter(user=member).exists()
    invitation.refresh_from_db()
    assert invitation.accepted is None


def test_a_link_used_twice_is_refused(client, workspace, owner, member, other_member):
    invitation = invite(workspace, owner, email=member.email)
    client.force_login(member)
    client.post(invitation.get_absolute_url())

    again = client.post(invitation.get_absolute_url())

    assert again.status_code == 410
    assert "This invitation has already been used." in visible_text(again)
    assert workspace.memberships.filter(user=member).count() == 1
    client.force_login(other_member)  # whoever holds the used link learns nothing more
    page = client.get(invitation.get_absolute_url())
    assert page.status_code == 410
    assert "This invitation has already been used." in visible_text(page)
    assert "Closed cell" not in page.content.decode()


def test_an_expired_link_says_when_and_whom_to_ask(client, workspace, owner, member):
    invitation = invite(workspace, owner, email=member.email)
    expired = timezone.now() - timedelta(days=1)
    Invitation.objects.filter(pk=invitation.pk).update(expires=expired)
    client.force_login(member)

    for response in (
        client.get(invitation.get_absolute_url()),
        client.post(invitation.get_absolute_url()),
    ):
        assert response.status_code == 410
        date = formats.date_format(timezone.localtime(expired), "DATE_FORMAT")
        assert f"This invitation expired on {date}. Ask Olga Owner for a new one." in (
            visible_text(response)
        )
    assert not workspace.memberships.filter(user=member).exists()


def test_of_two_accepts_only_one_succeeds(workspace, owner, member):
    """Two clicks load the invitation before either accepts it: the conditional UPDATE
    lets only the first in."""
    invitation = invite(workspace, owner, email=member.email)
    first_click = Invitation.objects.get(pk=invitation.pk)
    second_click = Invitation.objects.get(pk=invitation.pk)

    services.accept_invitation(first_click, member)
    with pytest.raises(services.MembershipRefused, match="can no longer be used"):
        services.accept_invitation(second_click, member)

    assert workspace.memberships.filter(user=member).count() == 1
    assert Activity.objects.filter(workspace=workspace, verb=Activity.Verb.JOINED).count() == 1


def test_an_existing_member_keeps_the_higher_role(client, workspace, owner, moderator):
    # Invited before a moderator let them in another way.
    invitation = Invitation.objects.create(
        workspace=workspace, email=moderator.email, invited_by=owner
    )
    client.force_login(moderator)

    page = client.get(invitation.get_absolute_url())
    assert "You are already a member of this workspace." in visible_text(page)
    client.post(invitation.get_absolute_url())

    assert workspace.memberships.get(user=moderator).role == Role.MODERATOR


# --- Someone without an account -------------------------------------------------------------


def test_a_newcomer_signs_up_through_the_link_confirms_and_accepts(
    client, workspace, owner, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(workspace, owner)
    path = invitation_path(mailoutbox[0])

    # The invitation offers to create an account, with the invited address filled in.
    page = client.get(path)
    [signup_link] = re.findall(r'href="([^"]*/signup/\?next=[^"]*)"', page.content.decode())
    signup_page = client.get(signup_link.replace("&amp;", "&"))
    assert input_value(signup_page, "email") == NEWCOMER
    assert f'name="next" value="{path}"' in signup_page.content.decode()
    signed_up = client.post(
        signup_link.replace("&amp;", "&").split("?")[0],
        {
            "email": NEWCOMER,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Nadia Newcomer",
            "country": "BJ",
            "next": path,
        },
    )
    assert signed_up.url == reverse("account_email_verification_sent")

    # Confirming the address leads to the sign-in page, which leads back to the link.
    [confirmation] = [m for m in mailoutbox if m.to == [NEWCOMER] and "/confirm-email/" in m.body]
    [confirm_link] = {url for url in links_in(confirmation.body) if "/confirm-email/" in url}
    confirmed = client.post(confirm_link.removeprefix("http://testserver"))
    assert confirmed.url == f"{reverse('account_login')}?next={path.replace('/', '%2F')}"
    signed_in = client.post(confirmed.url, {"login": NEWCOMER, "password": PASSWORD})
    assert signed_in.url == path

    accept_page = client.get(path)
    assert "Invitation to “Closed cell on floors”" in visible_text(accept_page)
    accepted = client.post(path)

    assert accepted.url == workspace.get_absolute_url()
    newcomer = Membership.objects.get(workspace=workspace, user__email=NEWCOMER)
    assert newcomer.role == Role.MEMBER
    assert newcomer.user.display_name == "Nadia Newcomer"


def test_signing_in_later_still_leads_back_to_the_link(client, workspace, owner, mailoutbox):
    """Confirming, then opening the sign-in page by hand, still comes back to the link."""
    invitation = invite(workspace, owner)
    path = invitation.get_absolute_url()
    client.post(
        reverse("account_signup"),
        {
            "email": NEWCOMER,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Nadia Newcomer",
            "next": path,
        },
    )
    EmailAddress.objects.filter(email=NEWCOMER).update(verified=True)

    signed_in = client.post(reverse("account_login"), {"login": NEWCOMER, "password": PASSWORD})

    assert signed_in.url == path
    # Only once: the next sign-in goes to the dashboard as usual.
    client.logout()
    again = client.post(reverse("account_login"), {"login": NEWCOMER, "password": PASSWORD})
    assert again.url == reverse("core:dashboard")


def test_the_invitation_e_mail_is_sent_once_even_if_the_task_runs_twice(
    workspace, owner, mailoutbox
):
    from workspaces import emails

    invitation = Invitation.objects.create(
        workspace=workspace, email="ngozi@example.org", invited_by=owner
    )

    assert emails.deliver_invitation(invitation.pk) is True
    assert emails.deliver_invitation(invitation.pk) is False

    assert [message.to for message in mailoutbox] == [["ngozi@example.org"]]
    assert invitation.token in mailoutbox[0].body
