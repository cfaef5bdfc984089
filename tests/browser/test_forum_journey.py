"""A member subscribes to a G-FORUM list and starts a topic: as a new member, their first
message waits; the list's moderator approves it from the queue, and a visitor reads it in
the list's archive. The moderator is told of the waiting message in the portal."""

import re

import pytest
from playwright.sync_api import Page, expect

from forums.models import DiscussionList, Message, Subscriber
from tests.browser.helpers import label, sign_in, sign_out
from tests.factories import UserFactory

pytestmark = pytest.mark.browser

SUBJECT = "Enrolling informal workers in Rwanda's mutuelles"


def test_a_first_message_waits_for_the_moderator_then_reaches_the_archive(page: Page):
    moderator = UserFactory(email="moderator@example.org", display_name="Mirabel Moderator")
    member = UserFactory(email="awa@example.org", display_name="Awa Ndiaye")
    forum = DiscussionList.objects.create(
        slug="health-micro-insurance", name="Health micro-insurance", probation=1
    )
    Subscriber.objects.create(
        discussion_list=forum,
        user=moderator,
        role=Subscriber.Role.MODERATOR,
        standing=Subscriber.Standing.TRUSTED,
    )

    # The member subscribes and starts a topic: it waits for moderation.
    sign_in(page, member.email)
    page.goto("/en/forum/")
    page.get_by_role("main").get_by_role("link", name="Health micro-insurance").click()
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("button", name="Leave the list")).to_be_visible()
    page.get_by_role("link", name="Start a topic").click()
    form = page.get_by_role("main")
    form.get_by_label(label("Subject")).fill(SUBJECT)
    form.get_by_label(label("Message")).fill(
        "Community health workers in Nyagatare doubled enrolment by collecting "
        "contributions after the harvest. **Has anyone tried this elsewhere?**"
    )
    form.get_by_role("button", name="Send the message").click()
    expect(page.get_by_role("main")).to_contain_text("waits for a moderator")
    message = Message.objects.get(topic__subject=SUBJECT)
    assert message.status == Message.Status.PENDING

    # A visitor does not see it yet.
    sign_out(page)
    page.goto("/en/forum/health-micro-insurance/")
    expect(page.get_by_role("main")).not_to_contain_text(SUBJECT)

    # The moderator is told, and approves it from the list's queue.
    sign_in(page, moderator.email)
    page.goto("/en/notifications/")
    expect(page.get_by_role("main")).to_contain_text(SUBJECT)
    page.goto("/en/forum/health-micro-insurance/moderation/")
    waiting = page.locator(f"#waiting-{message.pk}")
    expect(waiting).to_contain_text("Awa Ndiaye")
    waiting.get_by_label("Approve", exact=True).check()
    waiting.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("main")).to_contain_text(
        "No message waits for moderation on this list."
    )

    # A visitor reads it in the list's archive, the Markdown rendered.
    sign_out(page)
    page.goto("/en/forum/health-micro-insurance/")
    page.get_by_role("link", name=SUBJECT).click()
    expect(page).to_have_url(re.compile(r"/en/forum/health-micro-insurance/topics/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(SUBJECT)
    expect(page.locator("strong", has_text="Has anyone tried this elsewhere?")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Awa Ndiaye")
