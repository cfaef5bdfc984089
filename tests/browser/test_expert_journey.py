"""An expert adds a profile and a CV; a member finds them by a word inside the CV and
writes to them through the portal."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import Page, expect

from accounts import roles
from accounts.models import ContactMessage
from core.demo.documents import make_pdf
from experts.models import ExpertiseArea, ExpertProfile
from tests.browser.helpers import label, sign_in, sign_out
from tests.factories import UserFactory

pytestmark = pytest.mark.browser

HEADLINE = "Health insurance actuary, 12 years in the Sahel"
# A word that appears only inside the CV, never in the profile's fields.
HIDDEN_WORD = "zakat-actuarial-review"
CV = make_pdf(
    [
        "Mariam Haidara, actuary.",
        f"2024: led the {HIDDEN_WORD} of a solidarity fund for informal workers in Niger.",
    ],
    title="CV Mariam Haidara",
)


def test_expert_adds_a_cv_and_a_member_finds_it_by_a_word_inside_and_writes(page: Page, tmp_path):
    ExpertiseArea.objects.get_or_create(
        slug="actuarial-analysis", defaults={"name": "Actuarial analysis"}
    )
    expert = UserFactory(email="mariam@example.org", display_name="Mariam Haidara")
    expert.groups.add(Group.objects.get(name=roles.EXPERTS))
    member = UserFactory(email="ousmane@example.org", display_name="Ousmane Sy")

    # The expert fills in the profile and uploads the CV.
    sign_in(page, expert.email)
    page.goto("/en/experts/me/")
    form = page.get_by_role("main")
    expect(form.get_by_role("heading", level=1)).to_have_text("Create my expert profile")
    form.get_by_label(label("Headline")).fill(HEADLINE)
    form.get_by_label("Actuarial analysis").check()
    form.get_by_label(label("Years of experience")).fill("12")
    form.get_by_label(label("Countries where you have worked")).select_option(label="Niger")
    form.get_by_label("Language 1", exact=True).select_option(label="French")
    form.get_by_label("Level 1", exact=True).select_option(label="Fluent")
    form.get_by_label("Everyone").check()
    cv_path = tmp_path / "cv-mariam.pdf"
    cv_path.write_bytes(CV)
    form.get_by_label(label("CV")).set_input_files(str(cv_path))
    form.get_by_role("button", name="Create my profile").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mariam Haidara")
    expect(page.get_by_role("main")).to_contain_text(HEADLINE)
    profile = ExpertProfile.objects.get(user=expert)
    assert HIDDEN_WORD in profile.cv_text
    assert HIDDEN_WORD not in f"{profile.headline} {profile.summary}"

    # A member searches the experts for the word that is only in the CV.
    sign_out(page)
    sign_in(page, member.email)
    page.goto("/en/experts/")
    search = page.get_by_role("search", name="Find experts")
    search.get_by_label(label("Words to look for")).fill(HIDDEN_WORD)
    search.get_by_role("button", name="Search").click()
    expect(page.get_by_role("main").get_by_role("status")).to_contain_text("1 expert")
    page.get_by_role("main").get_by_role("link", name="Mariam Haidara").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mariam Haidara")

    # ... and writes to the expert through the portal.
    page.get_by_role("link", name="Contact this expert").click()
    form = page.get_by_role("main")
    form.get_by_label(label("Subject")).fill("Actuarial review in Niger")
    form.get_by_label(label("Message")).fill("Would you be free in March for two weeks?")
    form.get_by_role("button", name="Send the message").click()
    expect(page.get_by_role("main")).to_contain_text(
        "Your message to Mariam Haidara is on its way."
    )

    message = ContactMessage.objects.get()
    assert (message.sender, message.recipient) == (member, expert)
    assert message.subject == "Actuarial review in Niger"
    (email,) = mail.outbox
    assert email.to == [expert.email]
    assert "Actuarial review in Niger" in email.subject
    assert "Would you be free in March for two weeks?" in email.body
