"""Edit conflicts: two people (or one person in two tabs) edit the same version of a page.
The first save wins; the second is answered with both texts and who saved in between,
nothing of it saved and nothing of it lost; saving again after merging goes through."""

import re
import threading
import time

import pytest
from django.db import close_old_connections, connection, transaction
from django.urls import reverse

from tests.accounts.helpers import input_value, textarea_value, visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces import wiki
from workspaces.models import WikiPage

pytestmark = [pytest.mark.usefixtures("fresh_cache")]

ORIGINAL = "Meet the village chief.\nVisit the health centre."
AMINATA = "Meet the village chief.\nVisit the health centre on Monday."
CARLOS = "Meet the village chief and the imam.\nVisit the health centre."
MERGED = "Meet the village chief and the imam.\nVisit the health centre on Monday."


@pytest.fixture
def guide(db, member, other_member) -> WikiPage:
    workspace = WorkspaceFactory(name="Health mutuals of Borgou", owner=member)
    add_member(workspace, other_member)
    return wiki.create_page(workspace, author=member, title="Enrolment guide", body=ORIGINAL)


def edit_url(page) -> str:
    return reverse("workspaces:wiki-edit", kwargs={"slug": page.workspace.slug, "pk": page.pk})


def signed_in(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def saved(page) -> tuple:
    page = WikiPage.objects.get(pk=page.pk)
    revisions = list(page.revisions.order_by("number").values_list("number", "body", "author"))
    return page.version, page.body, page.updated_by_id, revisions


def test_the_second_of_two_editors_is_shown_both_texts_and_loses_nothing(
    db, guide, member, other_member
):
    aminata, carlos = signed_in(member), signed_in(other_member)
    # Both open the edit form at version 1.
    for client in (aminata, carlos):
        assert input_value(client.get(edit_url(guide)), "base_version") == "1"

    first = aminata.post(
        edit_url(guide), {"title": "Enrolment guide", "body": AMINATA, "base_version": 1}
    )
    after_first = saved(guide)
    second = carlos.post(
        edit_url(guide),
        {
            "title": "Enrolment guide",
            "body": CARLOS,
            "comment": "Added the imam",
            "base_version": 1,
        },
    )

    assert first.status_code == 302
    assert second.status_code == 409
    # Nothing of Carlos's is saved: the page is Aminata's version 2.
    assert saved(guide) == after_first
    assert after_first[:3] == (2, AMINATA, member.pk)
    text = visible_text(second)
    assert "Aminata Diallo saved this page while you were editing it (version 2)." in text
    assert "Nothing of yours is saved yet, and your text is still in the form below." in text
    html = second.content.decode()
    [theirs, yours] = re.findall(r'<pre class="wiki-source">(.*?)</pre>', html, re.S)
    assert theirs == AMINATA.replace("\n", "\n")
    assert yours == CARLOS
    assert re.search(r"The saved version \(version 2\) Saved on .+? by Aminata Diallo\.", text)
    # The form keeps what Carlos typed, now based on version 2.
    assert textarea_value(second, "body") == CARLOS
    assert input_value(second, "comment") == "Added the imam"
    assert input_value(second, "base_version") == "2"
    # And the diff between the two: the saved line, then his.
    assert re.search(
        r'<tr class="diff-removed">.*?Meet the village chief\..*?'
        r'<tr class="diff-added">.*?Meet the village chief<ins> and the imam</ins>\.',
        html,
        re.S,
    )
    assert "\u2212 only in the saved version" in text
    assert "+ only in yours" in text

    # Carlos merges both changes and saves again: it goes through as version 3.
    third = carlos.post(
        edit_url(guide),
        {"title": "Enrolment guide", "body": MERGED, "comment": "Merged", "base_version": 2},
    )

    assert third.status_code == 302
    version, body, updated_by, revisions = saved(guide)
    assert (version, body, updated_by) == (3, MERGED, other_member.pk)
    assert revisions == [
        (1, ORIGINAL, member.pk),
        (2, AMINATA, member.pk),
        (3, MERGED, other_member.pk),
    ]
    shown = visible_text(carlos.get(third["Location"]))
    assert "The page is saved as version 3." in shown
    assert "Visit the health centre on Monday." in shown
    assert "and the imam" in shown


def test_the_same_person_in_two_tabs_is_told_it_was_their_own_save(db, guide, member):
    first_tab, second_tab = signed_in(member), signed_in(member)

    first_tab.post(
        edit_url(guide), {"title": "Enrolment guide", "body": AMINATA, "base_version": 1}
    )
    response = second_tab.post(
        edit_url(guide), {"title": "Enrolment guide", "body": CARLOS, "base_version": 1}
    )

    assert response.status_code == 409
    text = visible_text(response)
    assert (
        "You saved this page in another window or tab while editing it here (version 2)."
    ) in text
    assert "Aminata Diallo saved this page" not in text
    assert textarea_value(response, "body") == CARLOS
    assert saved(guide)[:2] == (2, AMINATA)


def test_a_late_save_identical_to_the_saved_text_is_no_conflict(db, guide, member, other_member):
    signed_in(member).post(
        edit_url(guide), {"title": "Enrolment guide", "body": AMINATA, "base_version": 1}
    )

    response = signed_in(other_member).post(
        edit_url(guide), {"title": "Enrolment guide", "body": AMINATA, "base_version": 1}
    )

    assert response.status_code == 302
    assert saved(guide)[0] == 2


def test_a_conflict_on_the_title_shows_both_titles(db, guide, member, other_member):
    signed_in(member).post(
        edit_url(guide), {"title": "Enrolment guide 2025", "body": ORIGINAL, "base_version": 1}
    )

    response = signed_in(other_member).post(
        edit_url(guide), {"title": "Guide to enrolment", "body": ORIGINAL, "base_version": 1}
    )

    assert response.status_code == 409
    text = visible_text(response)
    assert "Title Enrolment guide 2025 Your title Guide to enrolment" in text
    assert input_value(response, "title") == "Guide to enrolment"
    assert "The text is the same in both." in text


def test_the_service_raises_the_conflict_with_the_saved_state(db, guide, member, other_member):
    wiki.save_page(
        guide, author=member, base_version=1, title="Enrolment guide", body=AMINATA, parent=None
    )

    with pytest.raises(wiki.EditConflict) as conflict:
        wiki.save_page(
            WikiPage.objects.get(pk=guide.pk),
            author=other_member,
            base_version=1,
            title="Enrolment guide",
            body=CARLOS,
            parent=None,
        )

    found = conflict.value
    assert (found.version, found.title, found.body, found.updated_by) == (
        2,
        "Enrolment guide",
        AMINATA,
        member,
    )
    assert saved(guide)[:2] == (2, AMINATA)


@pytest.mark.django_db(transaction=True)
def test_two_saves_at_the_same_moment_cannot_both_win(member, other_member):
    """On PostgreSQL, the page row is locked while a save is checked and written: a save
    that starts while another is not committed yet waits for it, then sees the conflict
    (without the lock, it would read version 1 and break the revision numbering)."""
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (DATABASE_URL)")
    workspace = WorkspaceFactory(name="Health mutuals of Borgou", owner=member)
    add_member(workspace, other_member)
    page = wiki.create_page(workspace, author=member, title="Enrolment guide", body=ORIGINAL)
    first_saved, second_started = threading.Event(), threading.Event()
    outcome: dict = {}

    def first():
        try:
            with transaction.atomic():
                wiki.save_page(
                    WikiPage.objects.get(pk=page.pk),
                    author=member,
                    base_version=1,
                    title="Enrolment guide",
                    body=AMINATA,
                    parent=None,
                )
                first_saved.set()
                second_started.wait(timeout=10)
                time.sleep(0.5)  # the second save is waiting on the lock meanwhile
            outcome["first"] = "saved"
        except Exception as error:  # noqa: BLE001 (reported by the assertions below)
            outcome["first"] = error
        finally:
            close_old_connections()
            connection.close()

    def second():
        first_saved.wait(timeout=10)
        second_started.set()
        try:
            wiki.save_page(
                WikiPage.objects.get(pk=page.pk),
                author=other_member,
                base_version=1,
                title="Enrolment guide",
                body=CARLOS,
                parent=None,
            )
            outcome["second"] = "saved"
        except wiki.EditConflict as conflict:
            outcome["second"] = ("conflict", conflict.version, conflict.body)
        except Exception as error:  # noqa: BLE001
            outcome["second"] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert outcome == {"first": "saved", "second": ("conflict", 2, AMINATA)}
    assert saved(page)[:3] == (2, AMINATA, member.pk)
    assert [number for number, *_ in saved(page)[3]] == [1, 2]


def test_a_stranger_cannot_use_a_conflict_to_read_a_private_page(db, guide, member):
    guide.workspace.visibility = "private"
    guide.workspace.save(update_fields=["visibility"])
    outsider = signed_in(UserFactory(email="oscar@example.org"))

    response = outsider.post(
        edit_url(guide), {"title": "Enrolment guide", "body": "Mine", "base_version": 1}
    )

    assert response.status_code == 404
    assert ORIGINAL.splitlines()[0] not in response.content.decode()
    assert saved(guide)[0] == 1
