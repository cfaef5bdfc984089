"""Country curators: groups and page permissions follow the curatorships."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, WorkflowPage

from accounts import roles
from countryprofiles import curators
from countryprofiles.models import CountryProfilePage, Curatorship
from tests.countryprofiles.factories import CuratorshipFactory, make_profile, profile_index
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def groups_of(user) -> set[str]:
    return set(user.groups.values_list("name", flat=True))


def page_rights() -> set[tuple[str, str, str]]:
    """(group, page's country, permission) for every curators' group right."""
    return {
        (right.group.name, right.page.specific.country.code, right.permission.codename)
        for right in GroupPagePermission.objects.filter(
            group__name__startswith=curators.GROUP_PREFIX
        ).select_related("group", "page", "permission")
    }


@pytest.fixture
def senegal(db):
    return make_profile("SN")


@pytest.fixture
def india(db):
    return make_profile("IN")


def test_curatorship_gives_edit_right_on_that_country_only(senegal, india):
    curatorship = CuratorshipFactory(country="SN")

    assert groups_of(curatorship.user) == {roles.COUNTRY_CURATORS, "Country curators · SN"}
    assert page_rights() == {("Country curators · SN", "SN", "change_page")}
    assert not Group.objects.get(name="Country curators · SN").permissions.exists()


# role, page, action: allowed? (Wagtail's own permission tester, as the admin asks it)
ACTIONS = ["edit", "publish", "delete", "add"]
EXPECTED = {
    ("curator of SN", "SN"): [True, False, False, False],
    ("curator of SN", "IN"): [False, False, False, False],
    ("curator of SN", "container"): [False, False, False, False],
    ("editor", "SN"): [True, True, True, False],
    ("editor", "container"): [True, True, False, True],
    ("member", "SN"): [False, False, False, False],
}


def test_permission_table(senegal, india):
    curator = CuratorshipFactory(country="SN").user
    editor = UserFactory(display_name="Edith Editor")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    member = UserFactory(display_name="Plain Member")
    users = {"curator of SN": curator, "editor": editor, "member": member}
    pages = {"SN": senegal, "IN": india, "container": profile_index()}

    got = {}
    for role, page_name in EXPECTED:
        page = Page.objects.get(pk=pages[page_name].pk)
        tester = page.permissions_for_user(users[role])
        got[(role, page_name)] = [
            tester.can_edit(),
            tester.can_publish(),
            tester.can_delete(),
            tester.can_add_subpage(),
        ]

    assert got == EXPECTED


def test_a_country_can_have_several_curators_and_a_curator_several_countries(senegal, india):
    awa = CuratorshipFactory(country="SN").user
    CuratorshipFactory(user=awa, country="IN")
    moussa = CuratorshipFactory(country="SN").user

    assert groups_of(awa) == {
        roles.COUNTRY_CURATORS,
        "Country curators · SN",
        "Country curators · IN",
    }
    assert groups_of(moussa) == {roles.COUNTRY_CURATORS, "Country curators · SN"}
    assert page_rights() == {
        ("Country curators · SN", "SN", "change_page"),
        ("Country curators · IN", "IN", "change_page"),
    }


def test_deleting_curatorships_takes_the_rights_away(senegal, india):
    awa = CuratorshipFactory(country="SN").user
    CuratorshipFactory(user=awa, country="IN")

    Curatorship.objects.get(user=awa, country="IN").delete()
    assert groups_of(awa) == {roles.COUNTRY_CURATORS, "Country curators · SN"}
    assert not Group.objects.filter(name="Country curators · IN").exists()

    Curatorship.objects.get(user=awa, country="SN").delete()
    assert groups_of(awa) == set()
    assert page_rights() == set()


def test_moving_a_curatorship_to_another_country_or_member(senegal, india):
    curatorship = CuratorshipFactory(country="SN")
    awa = curatorship.user
    moussa = UserFactory(display_name="Moussa")

    curatorship.country = "IN"
    curatorship.save()
    assert groups_of(awa) == {roles.COUNTRY_CURATORS, "Country curators · IN"}
    assert page_rights() == {("Country curators · IN", "IN", "change_page")}

    curatorship.user = moussa
    curatorship.save()
    assert groups_of(awa) == set()
    assert groups_of(moussa) == {roles.COUNTRY_CURATORS, "Country curators · IN"}


def test_profile_created_after_the_curatorship_is_editable_by_its_curator(db):
    CuratorshipFactory(country="ML")
    assert page_rights() == set()

    make_profile("ML")

    assert page_rights() == {("Country curators · ML", "ML", "change_page")}


def test_profile_changing_country_changes_who_edits_it(senegal):
    CuratorshipFactory(country="SN")
    CuratorshipFactory(country="GN")
    page = CountryProfilePage.objects.get(pk=senegal.pk)

    page.country = "GN"
    page.save_revision().publish()

    assert page_rights() == {("Country curators · GN", "GN", "change_page")}


def test_saving_a_draft_does_not_touch_the_groups(senegal):
    CuratorshipFactory(country="SN")
    page = CountryProfilePage.objects.get(pk=senegal.pk)
    page.in_brief = "<p>Draft</p>"

    with CaptureQueriesContext(connection) as queries:
        page.save_revision()

    touched = [q["sql"] for q in queries if "auth_group" in q["sql"] or "grouppage" in q["sql"]]
    assert touched == []

    assert page_rights() == {("Country curators · SN", "SN", "change_page")}


def test_sync_all_repairs_and_then_changes_nothing(senegal, india, capsys):
    awa = CuratorshipFactory(country="SN").user
    stranger = UserFactory(display_name="Stranger")
    by_hand = UserFactory(display_name="Put in by hand")
    by_hand.groups.add(Group.objects.get(name=roles.COUNTRY_CURATORS))
    sn_group = Group.objects.get(name="Country curators · SN")
    # Damage: a lost right, a wrong right, a stranger in the group, a leftover group.
    GroupPagePermission.objects.filter(group=sn_group).delete()
    GroupPagePermission.objects.create(
        group=sn_group,
        page=india,
        permission=Permission.objects.get(codename="publish_page"),
    )
    sn_group.user_set.add(stranger)
    Group.objects.create(name="Country curators · PE").user_set.add(stranger)

    call_command("sync_country_curators")

    assert "2 countries and 2 curators checked." in capsys.readouterr().out
    assert page_rights() == {("Country curators · SN", "SN", "change_page")}
    assert groups_of(awa) == {roles.COUNTRY_CURATORS, "Country curators · SN"}
    assert groups_of(stranger) == set()
    assert groups_of(by_hand) == {roles.COUNTRY_CURATORS}  # no curatorship to go by: left alone
    snapshot = (
        set(GroupPagePermission.objects.values_list("group_id", "page_id", "permission_id")),
        set(Group.objects.values_list("pk", "name")),
        groups_of(awa),
    )

    curators.sync_all()

    assert snapshot == (
        set(GroupPagePermission.objects.values_list("group_id", "page_id", "permission_id")),
        set(Group.objects.values_list("pk", "name")),
        groups_of(awa),
    )


# --- Roles: who reviews, who keeps the data -------------------------------------------------


def approvers() -> set[str]:
    workflow = WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow
    tasks = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow)
    return set(tasks.values_list("groups__name", flat=True))


def test_editors_and_administrators_review_what_curators_submit():
    assert {roles.EDITORS, roles.ADMINISTRATORS} <= approvers()
    assert roles.COUNTRY_CURATORS not in approvers()


def test_a_missing_moderation_workflow_is_created_again():
    WorkflowPage.objects.all().delete()

    roles.ensure_role_groups()
    roles.ensure_role_groups()

    assert WorkflowPage.objects.count() == 1
    assert {roles.EDITORS, roles.ADMINISTRATORS} <= approvers()


def test_editors_and_administrators_keep_indicators_curators_and_cooperation():
    wanted = {
        f"{action}_{model}"
        for model in ("indicator", "indicatorvalue", "curatorship", *roles.COOPERATION_MODELS)
        for action in ("add", "change", "delete", "view")
    }
    for name in (roles.EDITORS, roles.ADMINISTRATORS):
        group = Group.objects.get(name=name)
        codenames = set(
            group.permissions.filter(
                content_type__app_label__in=["countryprofiles", "cooperation"]
            ).values_list("codename", flat=True)
        )
        assert codenames == wanted, name
    curators_group = Group.objects.get(name=roles.COUNTRY_CURATORS)
    assert set(curators_group.permissions.values_list("codename", flat=True)) == {"access_admin"}
