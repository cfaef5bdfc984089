"""What every browser journey does: find a form field by its label, sign in, sign out."""

import re

from playwright.sync_api import Page, expect

from tests.factories import PASSWORD


def label(text: str) -> re.Pattern:
    """A form label, with or without Django's trailing colon."""
    return re.compile(rf"^{re.escape(text)}:?$")


def sign_in(page: Page, email: str) -> None:
    page.goto("/en/accounts/login/")
    main = page.get_by_role("main")
    main.locator("#id_login").fill(email)
    main.locator("#id_password").fill(PASSWORD)
    main.get_by_role("button", name=re.compile("sign in", re.IGNORECASE)).click()
    expect(page.get_by_role("complementary", name="Your account")).to_contain_text("Sign out")


def sign_out(page: Page) -> None:
    page.context.clear_cookies()
