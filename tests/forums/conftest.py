"""Shared fixtures for the discussion lists: an open discussion list (probation 2), an
announcement list (Info-GIMI, every new member subscribed) and its moderator.

``moderator`` moderates ``discussion_list`` (and only it); it is subscribed through
``services.subscribe`` so that they follow the list as a subscriber does.
"""

import pytest

from forums import services
from forums.models import DiscussionList, Subscriber
from tests.factories import UserFactory
from tests.forums.factories import DiscussionListFactory


@pytest.fixture
def discussion_list(db) -> DiscussionList:
    return DiscussionListFactory(
        slug="health-insurance",
        name="Health insurance",
        name_fr="Assurance maladie",
        name_es="Seguro de salud",
        probation=2,
    )


@pytest.fixture
def announcement_list(db) -> DiscussionList:
    return DiscussionListFactory(
        slug="info-gimi",
        name="Info-GIMI",
        name_fr="Info-GIMI",
        name_es="Info-GIMI",
        description="News of the extension of social protection, from the moderators.",
        kind=DiscussionList.Kind.ANNOUNCEMENT,
        subscribe_new_members=True,
        probation=0,
    )


@pytest.fixture
def moderator(db, discussion_list):
    user = UserFactory(email="moderator@example.org", display_name="Moussa Moderator")
    found = services.subscribe(user, discussion_list)
    found.role = Subscriber.Role.MODERATOR
    found.standing = Subscriber.Standing.TRUSTED
    found.save(update_fields=["role", "standing"])
    return user
