"""Following an expert: their followers hear when the profile is published or updated.

Only a profile that members may see tells anyone (a hidden one is nobody's news,
not even for the editors who may open it), and at most once a day: an expert who
saves their profile five times in an afternoon is one update. Whether a follower
may still read the profile is asked again, through ``visible_to``, when the
e-mail is sent.
"""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from notifications import registry
from notifications.models import Update
from notifications.publish import publish

from .models import ExpertProfile

VERB = "expert-updated"
# At most one update per profile in this time.
QUIET = timedelta(days=1)
EXCERPT_WORDS = 60
SEEN_BY_MEMBERS = (ExpertProfile.Visibility.PUBLIC, ExpertProfile.Visibility.MEMBERS)


def _may_read(user, profile: ExpertProfile) -> bool:
    """``ExpertProfile.objects.visible_to``'s rule; a profile every member sees (the
    usual case) costs no query, a hidden one asks the queryset."""
    if profile.visibility in SEEN_BY_MEMBERS and user.is_authenticated and profile.user.is_active:
        return True
    return ExpertProfile.objects.visible_to(user).filter(pk=profile.pk).exists()


def _name(profile: ExpertProfile) -> str:
    return profile.user.display_name


def register() -> None:
    """Called by ``ExpertsConfig.ready``."""
    registry.register(
        registry.Followable(
            model=ExpertProfile,
            key="expert",
            label=_("the expert"),
            kind=_("Expert"),
            may_read=_may_read,
            name=_name,
        )
    )
    registry.register_verb(
        VERB,
        sentence=_("{source} updated their expert profile."),
        subject=_("Expert profile updated: {source}"),
    )


def _told_lately(profile: ExpertProfile, now) -> bool:
    return Update.objects.filter(
        verb=VERB,
        source_type=ContentType.objects.get_for_model(profile, for_concrete_model=False),
        source_id=profile.pk,
        created__gt=now - QUIET,
    ).exists()


def profile_saved(profile: ExpertProfile) -> None:
    """Tell the followers that the owner saved ``profile`` (inside the save's
    transaction), if members may see it and they were not told in the last day."""
    if profile.visibility not in SEEN_BY_MEMBERS or not profile.user.is_active:
        return
    if _told_lately(profile, timezone.now()):
        return
    publish(
        verb=VERB,
        title=profile.headline,
        source=profile,
        target=profile,
        actor=profile.user,
        excerpt=Truncator(profile.summary).words(EXCERPT_WORDS),
    )
