"""Core browsing works with JavaScript turned off: menus are <details>, forms post."""

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def context(new_context) -> BrowserContext:
    return new_context(java_script_enabled=False)


def test_browse_to_the_library_and_sign_in_without_javascript(page: Page):
    member = UserFactory(email="aminata@example.org", display_name="Aminata Diallo")

    page.goto("/en/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    nav = page.get_by_role("banner").get_by_role("navigation")
    library = nav.get_by_role("link", name="Library", exact=True)
    expect(library).to_be_hidden()
    nav.get_by_text("Resources", exact=True).click()
    expect(library).to_be_visible()
    library.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Library")
    resources = nav.get_by_text("Resources", exact=True)
    expect(resources).to_have_attribute("aria-current", "true")
    resources.click()
    expect(library).to_have_attribute("aria-current", "page")

    signin = page.get_by_role("complementary").get_by_role("region", name="Sign in")
    signin.get_by_label("E-mail").fill(member.email)
    signin.get_by_label("Password").fill(PASSWORD)
    signin.get_by_role("button", name="Sign in").click()

    account = page.get_by_role("complementary", name="Your account")
    expect(account.get_by_role("heading", name="Welcome, Aminata Diallo")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Library")
