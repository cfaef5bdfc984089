"""A member shares a PDF, an editor publishes it, a visitor finds it by a word inside it."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import Browser, Page, expect

from accounts import roles
from core.demo.documents import make_pdf
from library.models import Item
from tests.browser.helpers import label, sign_in
from tests.factories import UserFactory
from tests.library.factories import ResourceTypeFactory

pytestmark = pytest.mark.browser

TITLE = "Premium collection through mobile money in Thiès"
# A word that appears only inside the PDF, never in its description.
HIDDEN_WORD = "quinquennial"
PDF = make_pdf(
    [
        "Mutual health organisations of the Thiès region collect premiums by mobile money.",
        f"The {HIDDEN_WORD} review of the scheme found renewal rates above 70 per cent.",
    ],
    title=TITLE,
)


def test_member_shares_a_pdf_editor_publishes_it_visitor_finds_and_downloads_it(
    page: Page, browser: Browser, tmp_path
):
    ResourceTypeFactory(name="Report", slug="report")
    member = UserFactory(email="fatou@example.org", display_name="Fatou Ndiaye")
    editor = UserFactory(email="editor@example.org", display_name="Edith Editor")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))

    # The member submits the resource with its PDF.
    sign_in(page, member.email)
    page.goto("/en/library/submit/")
    form = page.get_by_role("main")
    form.get_by_label(label("Type")).select_option(label="Report")
    form.get_by_label(label("Title")).fill(TITLE)
    form.get_by_label(label("Abstract")).fill("How mutuals in Senegal collect premiums by phone.")
    pdf_path = tmp_path / "thies-premiums.pdf"
    pdf_path.write_bytes(PDF)
    form.get_by_label(label("File")).set_input_files(str(pdf_path))
    form.get_by_role("button", name="Submit for review").click()
    expect(page.get_by_role("main")).to_contain_text(TITLE)
    expect(page.get_by_role("main")).to_contain_text("Pending review")

    # Not public yet: a visitor's search finds nothing.
    visitor = browser.new_context(base_url=page.url.split("/en/")[0])
    anonymous = visitor.new_page()
    anonymous.goto(f"/en/library/search/?q={HIDDEN_WORD}")
    expect(anonymous.get_by_role("main")).not_to_contain_text(TITLE)

    # The editor approves it from the review queue.
    editor_context = browser.new_context(base_url=page.url.split("/en/")[0])
    editor_page = editor_context.new_page()
    sign_in(editor_page, editor.email)
    editor_page.goto("/en/library/review/")
    editor_page.get_by_role("main").get_by_role("link", name=TITLE).click()
    editor_page.get_by_label("Approve and publish").check()
    editor_page.get_by_role("button", name="Record the decision").click()
    expect(editor_page.get_by_role("main")).to_contain_text("No resource is waiting for review.")
    assert Item.objects.get(title=TITLE).status == Item.Status.PUBLISHED

    # A visitor finds it by a word that is only inside the PDF, and downloads it.
    anonymous.goto("/en/library/")
    anonymous.get_by_role("main").get_by_role("searchbox", name="Search the library").fill(
        HIDDEN_WORD
    )
    anonymous.get_by_role("main").get_by_role("button", name="Search").first.click()
    result = anonymous.get_by_role("main").get_by_role("link", name=TITLE)
    expect(result).to_be_visible()
    result.click()
    expect(anonymous.get_by_role("heading", level=1)).to_have_text(TITLE)
    with anonymous.expect_download() as download_info:
        anonymous.get_by_role("link", name=re.compile("^Download")).click()
    download = download_info.value
    assert download.suggested_filename == "thies-premiums.pdf"
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read() == PDF
    assert Item.objects.get(title=TITLE).download_count == 1
    visitor.close()
    editor_context.close()
