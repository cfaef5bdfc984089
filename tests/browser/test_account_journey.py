"""A newcomer signs up, confirms the address, fills the profile and is found by others."""

import re

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

EMAIL = "ngozi.okafor@example.org"
NAME = "Ngozi Okafor"
PASSWORD = "cassava-ledger-2031"
CONFIRMATION_LINK = re.compile(r"https?://\S+/accounts/confirm-email/\S+/")
EMAIL_LABEL = re.compile(r"^e-?mail", re.IGNORECASE)
PASSWORD_LABEL = re.compile(r"^password:?$", re.IGNORECASE)


def test_sign_up_confirm_fill_profile_and_appear_in_the_directory(page: Page):
    # Sign up.
    page.goto("/en/accounts/signup/")
    main = page.get_by_role("main")
    main.get_by_label(EMAIL_LABEL).fill(EMAIL)
    main.get_by_label("Display name").fill(NAME)
    main.get_by_label("Country").select_option(label="Nigeria")
    main.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    main.get_by_label("Password (again)").fill(PASSWORD)
    main.get_by_role("button", name=re.compile("sign up", re.IGNORECASE)).click()

    expect(page.get_by_role("main")).to_contain_text(
        re.compile(r"sent an e-?mail to you for verification", re.IGNORECASE)
    )

    # The verification e-mail, sent by the live server in this process.
    assert [message.to for message in mail.outbox] == [[EMAIL]]
    link = CONFIRMATION_LINK.search(mail.outbox[0].body)
    assert link, mail.outbox[0].body
    page.goto(link.group(0))
    expect(page.get_by_role("main")).to_contain_text(EMAIL)
    page.get_by_role("main").get_by_role("button", name="Confirm").click()

    # Log in with the confirmed address.
    page.goto("/en/accounts/login/")
    main = page.get_by_role("main")
    main.get_by_label(EMAIL_LABEL).fill(EMAIL)
    main.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    main.get_by_role("button", name=re.compile("sign in", re.IGNORECASE)).click()
    account = page.get_by_role("complementary", name="Your account")
    expect(account.get_by_role("heading", name=f"Welcome, {NAME}")).to_be_visible()

    # Fill the profile.
    account.get_by_role("link", name="Edit your profile").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit your profile")
    form = page.get_by_role("main")
    form.get_by_label("Organisation").fill("National Health Insurance Authority")
    form.get_by_label("Position").fill("Actuary")
    form.get_by_label("Short bio").fill("Designs contributory schemes for informal workers.")
    form.get_by_label("Interests").fill("pensions, health insurance")
    form.get_by_role("button", name="Save your profile").click()
    expect(page.get_by_role("status")).to_contain_text("Your profile has been saved.")

    # Another member searches the directory by name...
    page.get_by_role("complementary", name="Your account").get_by_role(
        "link", name="People directory"
    ).click()
    page.get_by_role("main").get_by_role("searchbox").fill(NAME)
    page.get_by_role("main").get_by_role("button", name="Search").click()
    card = page.locator(".member-card").filter(has_text=NAME)
    expect(card).to_have_count(1)
    expect(card).to_contain_text("Actuary, National Health Insurance Authority")
    expect(card).to_contain_text("Nigeria")

    # ...and by following one of the interests on the card.
    card.get_by_role("link", name="pensions", exact=True).click()
    expect(page).to_have_url(re.compile(r"/en/people/\?interest=pensions$"))
    expect(page.locator(".member-card").filter(has_text=NAME)).to_contain_text(
        "National Health Insurance Authority"
    )
