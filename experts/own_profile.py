"""What an expert does with their own profile: save it (with its countries, working
languages and CV, all or nothing) and delete it. Called by ``views_own``."""

import logging
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from accounts import roles
from library import uploads

from . import cv, notify
from .models import ExpertCountry, ExpertLanguage, ExpertProfile

logger = logging.getLogger(__name__)


@dataclass
class ProfileData:
    fields: dict
    areas: list = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    languages: list[tuple] = field(default_factory=list)  # (core.Language, level)


def refresh_search_index(profile_id: int) -> None:
    """Ask ``experts.search.update_index`` to refresh the profile, if search is installed."""
    try:
        from . import search
    except ImportError:
        return
    update_index = getattr(search, "update_index", None)
    if update_index is not None:
        update_index(profile_id)


def save_profile(
    user,
    data: ProfileData,
    *,
    upload: uploads.CheckedUpload | None = None,
    remove_cv: bool = False,
) -> ExpertProfile:
    """Create or update ``user``'s profile in one transaction.

    The row, its areas, countries and languages and the new CV file are saved
    together: on any error nothing is kept, not even the file just written.
    A replaced or removed CV is deleted from storage once the change is
    committed. The member joins the "Experts" group; a new CV's text is
    extracted by ``experts.extract_cv_text`` after commit. The expert's followers
    hear of it (at most once a day, and only of a profile members may see).
    """
    from .tasks import extract_cv_text

    now = timezone.now()
    profile = ExpertProfile.objects.filter(user=user).first() or ExpertProfile(user=user)
    old_file = profile.cv_file.name if profile.cv_file else ""
    stored = ""
    try:
        with transaction.atomic():
            for name, value in data.fields.items():
                setattr(profile, name, value)
            profile.updated = now
            if upload is not None:
                stored = cv.store_cv(profile, upload, now=now)
            elif remove_cv:
                cv.clear_cv(profile)
            profile.save()
            profile.areas.set(data.areas)
            _set_countries(profile, data.countries)
            _set_languages(profile, data.languages)
            user.groups.add(Group.objects.get_or_create(name=roles.EXPERTS)[0])
            notify.profile_saved(profile)
    except BaseException:
        cv.delete_stored(stored)
        raise
    current = profile.cv_file.name if profile.cv_file else ""
    if old_file and old_file != current:
        cv.delete_stored_later(old_file)
    profile_id = profile.pk
    if upload is not None:
        transaction.on_commit(lambda: extract_cv_text.delay(profile_id=profile_id))
    refresh_search_index(profile_id)
    return profile


def _set_countries(profile: ExpertProfile, codes: list[str]) -> None:
    wanted = set(codes)
    existing = set(profile.countries.values_list("country", flat=True))
    profile.countries.exclude(country__in=wanted).delete()
    ExpertCountry.objects.bulk_create(
        [ExpertCountry(profile=profile, country=code) for code in sorted(wanted - existing)]
    )


def _set_languages(profile: ExpertProfile, rows: list[tuple]) -> None:
    profile.languages.all().delete()
    ExpertLanguage.objects.bulk_create(
        [
            ExpertLanguage(profile=profile, language=language, level=level)
            for language, level in rows
        ]
    )


def delete_profile(profile: ExpertProfile) -> None:
    """Remove the profile, its rows and (after commit, by the post_delete handler in
    ``cv.profile_deleted``) its CV file; the member leaves the "Experts" group."""
    user = profile.user
    with transaction.atomic():
        profile.delete()
        group = Group.objects.filter(name=roles.EXPERTS).first()
        if group is not None:
            user.groups.remove(group)


def extract_cv_text(profile: ExpertProfile) -> str:
    """Read the text of the profile's CV (bounded), store it and refresh the search index.

    Stored with an update filtered on the file read, so a CV replaced or removed
    meanwhile is not given the old file's text.
    """
    from library import extract

    name = profile.cv_file.name if profile.cv_file else ""
    text = ""
    if name and profile.cv_file_type:
        try:
            with profile.cv_file.open("rb") as stored:
                text = extract.extract_text(stored, profile.cv_file_type)
        except FileNotFoundError:
            logger.warning("The CV of expert profile %s is missing from storage.", profile.pk)
    ExpertProfile.objects.filter(pk=profile.pk, cv_file=name).update(cv_text=text)
    refresh_search_index(profile.pk)
    return text
