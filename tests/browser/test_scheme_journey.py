"""A member proposes a scheme, an editor approves it, a visitor finds it by country and type
and downloads the list, and the member, now its manager, reports last year's figures on a
form pre-filled with the year before."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import Page, expect

from accounts import roles
from schemes.models import Scheme, SchemeChange
from tests.browser.helpers import label, sign_in, sign_out
from tests.factories import UserFactory
from tests.schemes.factories import SchemeFactory, SchemeYearFactory

pytestmark = pytest.mark.browser

NAME = "Mutuelle communautaire de Ndiaganiao"
ANOTHER_TYPE = "Mutuelle de santé de Mbour-Est"  # Senegal, a health mutual
ANOTHER_COUNTRY = "Mutuelle communautaire de Kati"  # community-based, in Mali


def propose(page: Page) -> None:
    page.goto("/en/schemes/")
    page.get_by_role("main").get_by_role("link", name="Propose a scheme").click()
    form = page.get_by_role("main")
    expect(form.get_by_role("heading", level=1)).to_have_text("Propose a scheme")
    form.get_by_label(label("Name")).fill(NAME)
    form.get_by_label(label("Country")).select_option(label="Senegal")
    form.get_by_label(label("Locality")).fill("Ndiaganiao, Mbour department")
    form.get_by_label(label("Type")).select_option(label="Community-based scheme")
    form.get_by_label(label("Year started")).fill("2009")
    form.get_by_label("Primary care", exact=True).check()
    form.get_by_label("Maternity", exact=True).check()
    form.get_by_label(label("Contribution")).fill("300")
    form.get_by_label(label("Currency")).select_option(value="XOF")
    form.get_by_label(label("Paid")).select_option(label="per month")
    form.get_by_label(label("Note to the editors")).fill("Figures from the 2024 general assembly.")
    form.get_by_role("button", name="Send to the editors").click()


def test_a_proposed_scheme_is_reviewed_found_exported_and_updated(page: Page):
    member = UserFactory(email="awa@example.org", display_name="Awa Ndiaye", country="SN")
    editor = UserFactory(email="edith@example.org", display_name="Edith Editor")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    SchemeFactory(name=ANOTHER_TYPE, country="SN", scheme_type=Scheme.Type.HEALTH_MUTUAL)
    SchemeFactory(name=ANOTHER_COUNTRY, country="ML", scheme_type=Scheme.Type.COMMUNITY)

    # A member proposes the scheme: it waits for the editors.
    sign_in(page, member.email)
    propose(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(NAME)
    main = page.get_by_role("main")
    expect(main).to_contain_text("Thank you. Editors will review the scheme before it is public.")
    expect(main).to_contain_text("Waiting for review: only you and the editors see this scheme.")
    scheme = Scheme.objects.get(name=NAME)
    assert scheme.status == Scheme.Status.PENDING
    assert list(scheme.managers.all()) == [member]

    # An editor approves it from the review queue.
    sign_out(page)
    sign_in(page, editor.email)
    page.goto("/en/schemes/review/")
    row = page.get_by_role("row").filter(has_text=NAME)
    expect(row).to_contain_text("Awa Ndiaye")
    row.get_by_role("link", name="New scheme").click()
    expect(page.get_by_role("main")).to_contain_text("Figures from the 2024 general assembly.")
    page.get_by_role("button", name="Approve and publish the scheme").click()
    expect(page).to_have_url(re.compile(r"/en/schemes/review/$"))
    scheme.refresh_from_db()
    assert scheme.status == Scheme.Status.PUBLISHED
    assert scheme.changes.get().status == SchemeChange.Status.APPROVED

    # A visitor filters the list by country and type, downloads it and opens the scheme.
    sign_out(page)
    page.goto("/en/schemes/")
    search = page.get_by_role("search", name="Find schemes")
    search.get_by_label(label("Country")).select_option(label="Senegal")
    search.get_by_label(label("Type")).select_option(label="Community-based scheme")
    search.get_by_role("button", name="Search").click()
    main = page.get_by_role("main")
    expect(main.get_by_role("status")).to_contain_text("1 scheme")
    expect(main.get_by_role("link", name=NAME)).to_be_visible()
    expect(main).not_to_contain_text(ANOTHER_TYPE)
    expect(main).not_to_contain_text(ANOTHER_COUNTRY)
    with page.expect_download() as download:
        main.get_by_role("link", name="Download these results (CSV)").click()
    csv = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert NAME in csv
    assert ANOTHER_TYPE not in csv and ANOTHER_COUNTRY not in csv
    main.get_by_role("link", name=NAME).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NAME)
    expect(page.get_by_role("main")).to_contain_text("Ndiaganiao, Mbour department")
    expect(page.get_by_role("link", name=re.compile("^Report figures for"))).to_have_count(0)

    # The member, now its manager, reports last year's figures from the year before's.
    last_year = timezone.localdate().year - 1
    SchemeYearFactory(scheme=scheme, year=last_year - 1, members=640, beneficiaries=2900)
    sign_in(page, member.email)
    page.goto(scheme.get_absolute_url())
    page.get_by_role("link", name=f"Report figures for {last_year}").click()
    form = page.get_by_role("main")
    expect(form.get_by_role("heading", level=1)).to_have_text(f"Figures for {last_year}: {NAME}")
    expect(form).to_contain_text(
        f"Pre-filled with your answers for {last_year - 1}: change only what changed."
    )
    expect(form.get_by_label(label("Members"))).to_have_value("640")
    expect(form.get_by_label(label("Beneficiaries"))).to_have_value("2900")
    form.get_by_label(label("Members")).fill("710")
    form.get_by_label(label("Beneficiaries")).fill("3150")
    form.get_by_label(label("What changed this year")).fill("Deliveries added to the package.")
    form.get_by_role("button", name="Send the figures to the editors").click()
    expect(page.get_by_role("main")).to_contain_text(
        f"Thank you. Editors will review the figures for {last_year} before they are public."
    )
    change = scheme.changes.get(kind=SchemeChange.Kind.YEAR)
    assert (change.year, change.status, change.submitted_by) == (
        last_year,
        SchemeChange.Status.PENDING,
        member,
    )
    assert (change.data["members"], change.data["beneficiaries"]) == (710, 3150)
    assert change.data["changes"] == "Deliveries added to the package."
