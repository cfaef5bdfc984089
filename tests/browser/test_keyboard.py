"""Keyboard users can jump over the header and navigation."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_first_tab_reaches_skip_link_which_moves_focus_to_main(page: Page):
    page.goto("/en/")
    skip = page.get_by_role("link", name="Skip to content")
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()
    # The next Tab continues from the content, not from the top of the page: on an empty
    # portal the first link of the home page's content is the workspaces' block's.
    page.keyboard.press("Tab")
    expect(page.get_by_role("main").get_by_role("link", name="All the workspaces")).to_be_focused()
