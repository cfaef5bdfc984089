"""The language switcher is a plain form: one press gives the whole interface in French."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def switch_to_french(page: Page) -> None:
    page.goto("/en/library/")
    page.get_by_role("banner").get_by_role("button", name="Français").click()


def test_french_button_moves_to_the_french_address_of_the_same_page(page: Page):
    switch_to_french(page)
    expect(page).to_have_url(re.compile(r"/fr/library/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    current = page.get_by_role("banner").get_by_role("button", name="Français")
    expect(current).to_have_attribute("aria-current", "true")


def test_french_interface_has_french_navigation_labels(page: Page):
    switch_to_french(page)
    nav = page.get_by_role("banner").get_by_role("navigation")
    expect(nav.get_by_role("link", name="Accueil", exact=True)).to_be_visible()
    expect(nav.get_by_role("link", name="Espaces de travail", exact=True)).to_be_visible()
    nav.get_by_text("Ressources", exact=True).click()
    expect(nav.get_by_role("link", name="Bibliothèque", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bibliothèque")
