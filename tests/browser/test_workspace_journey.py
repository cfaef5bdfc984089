"""A member creates a private workspace and invites a colleague who has no account yet; the
colleague signs up through the e-mailed link, confirms the address, signs in, accepts and is
in; both write a blog post and a wiki page; another member of the portal finds no trace of
the workspace nor of anything written in it."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from tests.browser.helpers import label, sign_in, sign_out
from tests.factories import UserFactory
from workspaces.models import Invitation, Membership, Workspace

pytestmark = pytest.mark.browser

NAME = "Social marketing in Benin: the core team"
SUMMARY = "Field actors share what works to make health mutuals known in Borgou."
COLLEAGUE = "kossi.agbeko@example.org"
COLLEAGUE_NAME = "Kossi Agbeko"
COLLEAGUE_PASSWORD = "mutual-health-borgou-77"
INVITATION_LINK = re.compile(r"https?://\S+/workspaces/invitation/[\w-]+/")
CONFIRMATION_LINK = re.compile(r"https?://\S+/accounts/confirm-email/\S+/")
EMAIL_LABEL = re.compile(r"^e-?mail", re.IGNORECASE)
PASSWORD_LABEL = re.compile(r"^password:?$", re.IGNORECASE)


def create_private_workspace(page: Page) -> None:
    page.goto("/en/workspaces/")
    page.get_by_role("main").get_by_role("link", name="Create a workspace").click()
    form = page.get_by_role("main")
    expect(form.get_by_role("heading", level=1)).to_have_text("Create a workspace")
    form.get_by_label(label("Name")).fill(NAME)
    form.get_by_label(label("Summary")).fill(SUMMARY)
    form.get_by_label(label("Kind")).select_option(label="Project")
    form.get_by_label(label("Countries")).select_option(label="Benin")
    form.get_by_label("Private: only its members may read it").check()
    form.get_by_label("By invitation only").check()
    form.get_by_role("button", name="Create the workspace").click()


def invitation_path() -> str:
    """The link of the invitation e-mail (its address is the portal's, not the test
    server's: the path is what the colleague opens)."""
    sent = [message for message in mail.outbox if message.to == [COLLEAGUE]]
    assert len(sent) == 1, [message.to for message in mail.outbox]
    assert NAME in sent[0].body
    link = INVITATION_LINK.search(sent[0].body)
    assert link, sent[0].body
    return urlsplit(link.group(0)).path


def sign_up_through(page: Page, path: str) -> None:
    """The colleague opens the invitation, creates an account and confirms the address."""
    page.goto(path)
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", level=1)).to_have_text(f"Invitation to “{NAME}”")
    expect(main).to_contain_text("Awa Ndiaye invites you to join this workspace.")
    main.get_by_role("link", name="Create an account").click()
    main = page.get_by_role("main")
    main.get_by_label(EMAIL_LABEL).fill(COLLEAGUE)
    main.get_by_label("Display name").fill(COLLEAGUE_NAME)
    main.get_by_label("Country").select_option(label="Benin")
    main.get_by_label(PASSWORD_LABEL).fill(COLLEAGUE_PASSWORD)
    main.get_by_label("Password (again)").fill(COLLEAGUE_PASSWORD)
    main.get_by_role("button", name=re.compile("sign up", re.IGNORECASE)).click()
    expect(page.get_by_role("main")).to_contain_text(
        re.compile(r"sent an e-?mail to you for verification", re.IGNORECASE)
    )
    confirmation = [message for message in mail.outbox if message.to == [COLLEAGUE]][-1]
    link = CONFIRMATION_LINK.search(confirmation.body)
    assert link, confirmation.body
    page.goto(link.group(0))
    page.get_by_role("main").get_by_role("button", name="Confirm").click()


def open_section(page: Page, name: str) -> None:
    page.get_by_role("navigation", name="In this workspace").get_by_role(
        "link", name=name, exact=True
    ).click()


def write_post(page: Page, workspace_url: str, title: str, text: str) -> str:
    """Write a blog post in the workspace; its address."""
    page.goto(workspace_url)
    open_section(page, "Blog")
    page.get_by_role("main").get_by_role("link", name="Write a post").click()
    form = page.get_by_role("main")
    form.get_by_label(label("Title")).fill(title)
    form.get_by_label(label("Text")).fill(text)
    form.get_by_role("button", name="Publish the post").click()
    expect(page.get_by_role("main").get_by_role("heading", level=1)).to_have_text(title)
    return urlsplit(page.url).path


def write_wiki_page(page: Page, workspace_url: str, title: str, text: str) -> str:
    """Create a wiki page in the workspace; its address."""
    page.goto(workspace_url)
    open_section(page, "Wiki")
    page.get_by_role("main").get_by_role("link", name="New page").click()
    form = page.get_by_role("main")
    form.get_by_label(label("Title")).fill(title)
    form.get_by_label(label("Text")).fill(text)
    form.get_by_role("button", name="Create the page").click()
    expect(page.get_by_role("main").get_by_role("heading", level=1)).to_have_text(title)
    return urlsplit(page.url).path


def test_a_colleague_joins_a_private_workspace_by_invitation_and_an_outsider_sees_nothing(
    page: Page,
):
    owner = UserFactory(email="awa@example.org", display_name="Awa Ndiaye", country="BJ")
    outsider = UserFactory(email="ousmane@example.org", display_name="Ousmane Sy")

    # A member creates a private workspace, joined by invitation only.
    sign_in(page, owner.email)
    create_private_workspace(page)
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", level=1)).to_have_text(NAME)
    expect(main).to_contain_text("Your workspace is ready. Invite the people you work with.")
    workspace = Workspace.objects.get(name=NAME)
    assert workspace.visibility == Workspace.Visibility.PRIVATE
    workspace_url = workspace.get_absolute_url()

    # ...and invites a colleague who has no account yet.
    main.get_by_role("link", name="Invite", exact=True).click()
    form = page.get_by_role("main")
    form.get_by_label(label("E-mail addresses")).fill(COLLEAGUE)
    form.get_by_label(label("Personal message")).fill("Join us to write the Borgou synthesis.")
    form.get_by_role("button", name="Send the invitations").click()
    expect(page.get_by_role("main")).to_contain_text("1 invitation is on its way.")
    expect(page.get_by_role("main")).to_contain_text(COLLEAGUE)
    path = invitation_path()

    # The colleague opens the link, signs up, confirms the address and signs in: the
    # sign-in leads back to the invitation, which they accept.
    sign_out(page)
    sign_up_through(page, path)
    main = page.get_by_role("main")
    expect(main.locator("#id_login")).to_be_visible()
    main.locator("#id_login").fill(COLLEAGUE)
    main.locator("#id_password").fill(COLLEAGUE_PASSWORD)
    main.get_by_role("button", name=re.compile("sign in", re.IGNORECASE)).click()
    expect(page).to_have_url(re.compile(rf"{re.escape(path)}$"))
    page.get_by_role("main").get_by_role("button", name="Accept").click()
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", level=1)).to_have_text(NAME)
    expect(main).to_contain_text(f"Welcome: you are now a member of “{NAME}”.")
    expect(main).to_contain_text("You are a member of this workspace (Member).")
    colleague = Membership.objects.get(workspace=workspace, user__email=COLLEAGUE)
    assert colleague.role == Membership.Role.MEMBER
    assert Invitation.objects.get(workspace=workspace).accepted_by == colleague.user
    main.get_by_role("navigation", name="In this workspace").get_by_role(
        "link", name="Members"
    ).click()
    expect(page.get_by_role("main")).to_contain_text(COLLEAGUE_NAME)
    expect(page.get_by_role("main")).to_contain_text("Awa Ndiaye")

    # The colleague writes a post (its script is dropped, its table kept) and a wiki page.
    written = [
        write_post(
            page,
            workspace_url,
            "Radio spots in Borgou",
            "Enrolment by district:\n\n| District | Families |\n|---|---|\n| Nikki | 412 |\n\n"
            "<script>document.title = 'hacked'</script>",
        ),
        write_wiki_page(
            page, workspace_url, "Borgou synthesis", "## Findings\n\n- Door-to-door works."
        ),
    ]
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", name="Findings")).to_be_visible()
    page.goto(written[0])
    expect(page.get_by_role("main").get_by_role("cell", name="412")).to_be_visible()
    assert page.title() != "hacked"

    # The owner answers with a post and a page of her own.
    sign_out(page)
    sign_in(page, owner.email)
    written += [
        write_post(page, workspace_url, "Peer educators in Parakou", "They doubled enrolment."),
        write_wiki_page(page, workspace_url, "Training plan", "Two days per district."),
    ]
    page.goto(workspace_url)
    main = page.get_by_role("main")
    for title in ("Radio spots in Borgou", "Peer educators in Parakou", "Borgou synthesis"):
        expect(main).to_contain_text(title)
    secrets = ("Radio spots", "Peer educators", "Borgou synthesis", "Training plan")

    # Another member of the portal: the workspace is "not found" and listed nowhere.
    sign_out(page)
    sign_in(page, outsider.email)
    page.goto(workspace_url)
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", level=1)).to_have_text("Page not found")
    expect(main).not_to_contain_text(NAME)
    page.goto("/en/workspaces/")
    expect(page.get_by_role("main")).not_to_contain_text(NAME)
    page.goto("/en/search/?q=Borgou")
    expect(page.get_by_role("main")).not_to_contain_text(NAME)
    page.goto("/en/dashboard/")
    expect(page.get_by_role("main")).not_to_contain_text(NAME)
    page.goto(path)
    expect(page.get_by_role("main")).not_to_contain_text(NAME)
    # Nothing written inside reaches the outsider: not its pages, nor the search, the home
    # page or the portal's feed of blog posts.
    for address in written:
        page.goto(address)
        expect(page.get_by_role("main").get_by_role("heading", level=1)).to_have_text(
            "Page not found"
        )
    for address in ("/en/search/?q=Borgou", "/en/search/?q=Parakou", "/en/"):
        page.goto(address)
        for secret in secrets:
            expect(page.get_by_role("main")).not_to_contain_text(secret)
    feed = page.request.get("/en/workspaces/feed/")
    assert feed.ok and not any(secret in feed.text() for secret in secrets)
