"""Country curators: who may edit which country's profile page in the admin.

A ``Curatorship(user, country)`` makes the member:

* a member of the "Country curators" role group, which may open the admin
  (and nothing else on its own); they leave it when their last curatorship
  goes;
* a member of the country's own group, "Country curators · SN", created when
  the country gets its first curator and deleted with its last one. That group
  has exactly one Wagtail page permission: ``change_page`` on the country's
  ``CountryProfilePage``. With it a curator edits the page, saves drafts and
  submits them for moderation; without ``publish_page`` (and ``add_page``)
  they cannot publish, unpublish or create pages, and the ``before_delete_page``
  hook (``wagtail_hooks.py``) stops them deleting an unpublished profile.
  Editors and Administrators approve what they submit (``accounts.roles``).

The groups follow the data: signals (connected in ``apps.py``) call
``sync_country`` and ``sync_user`` when a curatorship is saved or deleted and
when a profile page is created or changes country. ``sync_all`` rebuilds
everything (``manage.py sync_country_curators``, and after ``migrate``) and
changes nothing when all is in order.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from accounts.roles import COUNTRY_CURATORS

GROUP_PREFIX = f"{COUNTRY_CURATORS} · "
PAGE_PERMISSION = "change_page"


def group_name(code: str) -> str:
    return f"{GROUP_PREFIX}{code.upper()}"


def country_groups():
    return Group.objects.filter(name__startswith=GROUP_PREFIX)


def _page_permission() -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=PAGE_PERMISSION)


@transaction.atomic
def sync_country(code: str) -> None:
    """The country's group holds exactly its curators, with ``change_page`` on
    exactly its profile page(s); no curators, no group."""
    from wagtail.models import GroupPagePermission

    from .models import CountryProfilePage, Curatorship

    code = code.upper()
    curators = set(Curatorship.objects.filter(country=code).values_list("user_id", flat=True))
    group = Group.objects.filter(name=group_name(code)).first()
    if not curators:
        if group is not None:
            group.delete()  # its members and page permissions go with it
        return
    if group is None:
        group = Group.objects.create(name=group_name(code))
    members = set(group.user_set.values_list("pk", flat=True))
    if members != curators:
        group.user_set.set(curators)
    permission = _page_permission()
    pages = set(CountryProfilePage.objects.filter(country=code).values_list("pk", flat=True))
    granted = GroupPagePermission.objects.filter(group=group)
    granted.exclude(page_id__in=pages, permission=permission).delete()
    present = set(granted.values_list("page_id", flat=True))
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=group, page_id=page_id, permission=permission)
        for page_id in pages - present
    )


def sync_user(user_id: int) -> None:
    """In the "Country curators" group exactly while curating a country."""
    from .models import Curatorship

    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:
        return
    base = Group.objects.get_or_create(name=COUNTRY_CURATORS)[0]
    curates = Curatorship.objects.filter(user_id=user_id).exists()
    is_in = user.groups.filter(pk=base.pk).exists()
    if curates and not is_in:
        user.groups.add(base)
    elif is_in and not curates:
        user.groups.remove(base)


def sync_page(page) -> None:
    """After a profile page is saved: its country's group edits it, no other."""
    from wagtail.models import GroupPagePermission

    stale = (
        GroupPagePermission.objects.filter(page_id=page.pk, group__name__startswith=GROUP_PREFIX)
        .exclude(group__name=group_name(page.country.code))
        .values_list("group__name", flat=True)
    )
    for name in set(stale):
        sync_country(name.removeprefix(GROUP_PREFIX))
    sync_country(page.country.code)


@transaction.atomic
def sync_all() -> dict[str, int]:
    """Bring every country group and curator membership in line with the
    curatorships. Users who were put in "Country curators" by hand, without a
    curatorship, are left alone."""
    from .models import Curatorship

    codes = set(Curatorship.objects.values_list("country", flat=True))
    names = country_groups().values_list("name", flat=True)
    codes |= {name.removeprefix(GROUP_PREFIX) for name in names}
    users = set(Curatorship.objects.values_list("user_id", flat=True))
    users |= set(
        get_user_model()
        .objects.filter(groups__name__startswith=GROUP_PREFIX)
        .values_list("pk", flat=True)
    )
    for code in sorted(codes):
        sync_country(code)
    for user_id in sorted(users):
        sync_user(user_id)
    return {"countries": len(codes), "curators": len(users)}


# --- Signal receivers (connected in apps.py) ----------------------------------------------


def remember_previous(sender, instance, **kwargs) -> None:
    """pre_save: note who and where the curatorship was, if it is being changed."""
    previous = None
    if instance.pk:
        previous = sender.objects.filter(pk=instance.pk).values_list("user_id", "country").first()
    instance._previous_curatorship = previous


def curatorship_saved(sender, instance, **kwargs) -> None:
    previous = getattr(instance, "_previous_curatorship", None)
    sync_country(instance.country.code)
    sync_user(instance.user_id)
    if previous and previous != (instance.user_id, instance.country.code):
        sync_country(previous[1])
        sync_user(previous[0])


def curatorship_deleted(sender, instance, **kwargs) -> None:
    sync_country(instance.country.code)
    sync_user(instance.user_id)


def profile_page_saved(sender, instance, created, update_fields=None, **kwargs) -> None:
    # Saving a draft revision writes only the page's revision bookkeeping
    # (update_fields without "country"): nothing to do then.
    if not created and update_fields is not None and "country" not in update_fields:
        return
    sync_page(instance)


def after_migrate(**kwargs) -> None:
    from .models import Curatorship

    if Curatorship.objects.exists():
        sync_all()
