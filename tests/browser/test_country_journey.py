"""A visitor finds Senegal on the world map, reads an indicator and its chart, and follows
the profile to the library's resources about the country; without JavaScript too."""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from library.models import Item
from tests.countryprofiles.factories import IndicatorFactory, IndicatorValueFactory, make_profile
from tests.library.factories import ItemFactory, ResourceTypeFactory

pytestmark = pytest.mark.browser

ITEMS = [
    "Universal health coverage in Senegal: the CMU agency",
    "Mutual health organisations in the Thiès region",
]


@pytest.fixture(autouse=True)
def _sequences_after_the_snapshot(_browser_db):
    """Move PostgreSQL's id sequences past the rows the snapshot restored.

    The module's flush resets the sequences and the snapshot puts Wagtail's root and
    home page back with their ids: without this the first page created here would
    get id 1 again. (SQLite takes the next id from the table: nothing to do.)
    """
    from django.apps import apps
    from django.core.management.color import no_style
    from django.db import connection

    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


@pytest.fixture
def senegal():
    """A live profile for Senegal, an indicator over several years, items about Senegal."""
    make_profile(
        "SN",
        in_brief="<p>Senegal's universal health coverage agency supports mutual health "
        "organisations.</p>",
        produced_by="ILO Dakar office",
    )
    make_profile("TG")  # another country on the map
    coverage = IndicatorFactory(
        code="sp-coverage",
        name="Population covered by at least one social protection benefit",
        unit="% of the population",
        decimals=1,
    )
    for year, value in [(2015, "14.6"), (2019, "17.5"), (2022, "20.1")]:
        IndicatorValueFactory(indicator=coverage, country="SN", year=year, value=Decimal(value))
    report = ResourceTypeFactory(name="Report", slug="report")
    for year, title in zip((2023, 2019), ITEMS, strict=True):
        ItemFactory(title=title, resource_type=report, publication_year=year, countries=["SN"])
    ItemFactory(
        title="Pending note on Senegalese pensions",
        resource_type=report,
        status=Item.Status.PENDING,
        published_at=None,
        countries=["SN"],
    )
    return coverage


def test_visitor_clicks_senegal_on_the_map_reads_an_indicator_and_sees_its_resources(
    page: Page, senegal
):
    page.goto("/en/countries/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Country profiles")
    nav = page.get_by_role("banner").get_by_role("navigation")
    expect(nav.get_by_role("link", name="Countries", exact=True)).to_have_attribute(
        "aria-current", "page"
    )

    # The world map: each country with a profile is a link named after it.
    world_map = page.get_by_role("main").locator("svg").first
    world_map.get_by_role("link", name="Senegal", exact=True).click()

    expect(page).to_have_url(re.compile(r"/en/countries/sn/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Senegal")
    expect(nav.get_by_role("link", name="Countries", exact=True)).to_have_attribute(
        "aria-current", "page"
    )

    # The latest value of the indicator, with its year, and the chart of its years.
    card = page.locator("#indicator-sp-coverage")
    expect(card.get_by_role("heading", level=3)).to_have_text(str(senegal))
    expect(card.locator(".indicator-value")).to_have_text(
        re.compile(r"^\s*20\.1\s+% of the population\s+\(2022\)\s*$")
    )
    chart = card.get_by_role("img", name=re.compile(r"2015 to 2022"))
    expect(chart).to_be_visible()
    expect(chart).to_contain_text("From 2015 to 2022")

    # "Everything about Senegal": the library's section, then all of its items.
    library = page.locator(".country-section").filter(
        has=page.get_by_role("heading", name=re.compile(r"^Library"))
    )
    expect(library.get_by_role("heading", level=3)).to_have_text(re.compile(r"Library\s+\(2\)"))
    for title in ITEMS:
        expect(library.get_by_role("link", name=title, exact=True)).to_be_visible()
    expect(library).not_to_contain_text("Pending note")
    library.get_by_role("link", name=re.compile(r"^See all 2")).click()

    expect(page).to_have_url(re.compile(r"/en/library/country/SN/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"Country:\s+Senegal"))
    main = page.get_by_role("main")
    for title in ITEMS:
        expect(main.get_by_role("link", name=title, exact=True)).to_be_visible()
    expect(main).not_to_contain_text("Pending note")


def test_the_map_and_the_region_list_work_without_javascript(new_context, senegal, live_server):
    context: BrowserContext = new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)

    page.goto("/en/countries/")
    world_map = page.get_by_role("main").locator("svg").first
    senegal_on_map = world_map.get_by_role("link", name="Senegal", exact=True)
    expect(senegal_on_map).to_have_attribute("href", "/en/countries/sn/")
    senegal_on_map.click()
    expect(page).to_have_url(f"{live_server.url}/en/countries/sn/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Senegal")
    expect(page.locator("#indicator-sp-coverage .indicator-value")).to_contain_text("(2022)")

    # Technical cooperation is in the main navigation, under "Assistance".
    nav = page.get_by_role("banner").get_by_role("navigation")
    nav.get_by_text("Assistance", exact=True).click()
    expect(nav.get_by_role("link", name="Technical cooperation")).to_have_attribute(
        "href", "/en/cooperation/"
    )

    # The same profiles, listed by region.
    page.goto("/en/countries/")
    regions = page.get_by_role("navigation", name="Profiles by region")
    expect(regions.get_by_role("heading", name="Africa")).to_be_visible()
    africa = regions.get_by_role("list", name="Africa")
    expect(africa.get_by_role("link")).to_have_text(["Senegal", "Togo"])
    africa.get_by_role("link", name="Togo", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Togo")
    page.get_by_role("link", name="All country profiles").click()
    page.get_by_role("navigation", name="Profiles by region").get_by_role(
        "link", name="Senegal", exact=True
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Senegal")
    context.close()


def test_the_map_is_reachable_with_the_keyboard(page: Page, senegal):
    page.goto("/en/countries/")
    world_map = page.get_by_role("main").locator("svg").first
    links = world_map.get_by_role("link")
    expect(links).to_have_text(["Senegal", "Togo"])

    # Tab from the last link before the map until a map country has the focus.
    page.get_by_role("main").get_by_role("link", name="Add a country").focus()
    focused = ""
    for _ in range(5):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.getAttribute('aria-label') || ''")
        if focused:
            break
    assert focused == "Senegal"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/countries/sn/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Senegal")
