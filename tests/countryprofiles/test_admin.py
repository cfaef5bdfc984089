"""Country profiles in the Wagtail admin, driven through the real admin views.

A curator edits their country's profile, saves drafts and submits them for
review; an editor approves (which publishes). Revisions are listed and
compared. Indicators, values and curators have their own admin listings, for
editors only.
"""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import rich_text

from accounts import roles
from countryprofiles.models import CountryProfilePage, Curatorship
from tests.accounts.helpers import visible_text
from tests.countryprofiles.factories import (
    CuratorshipFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    make_profile,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NO_PERMISSION = "Sorry, you do not have permission to access this area."
NO_ADMIN_ACCESS = "You do not have permission to access the admin."


@pytest.fixture
def senegal(db):
    return make_profile("SN", in_brief="<p>Senegal extends coverage.</p>")


@pytest.fixture
def india(db):
    return make_profile("IN", in_brief="<p>India's e-Shram registry.</p>")


@pytest.fixture
def curator(db, senegal):
    """A member who curates Senegal."""
    user = UserFactory(email="awa@example.org", display_name="Awa Curator")
    user.groups.add(Group.objects.get(name=roles.MEMBERS))
    CuratorshipFactory(user=user, country="SN")
    return user


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def form_data(page, in_brief: str, **extra) -> dict:
    """What the page's edit form posts, with a new English "In brief"."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "country": page.country.code,
        "produced_by": page.produced_by,
        "in_brief": rich_text(in_brief),
        "legislation": rich_text(page.legislation),
        "programmes": rich_text(page.programmes),
        "in_brief_fr": rich_text(page.in_brief_fr),
        "legislation_fr": rich_text(page.legislation_fr),
        "programmes_fr": rich_text(page.programmes_fr),
        "in_brief_es": rich_text(page.in_brief_es),
        "legislation_es": rich_text(page.legislation_es),
        "programmes_es": rich_text(page.programmes_es),
        "seo_title": "",
        "search_description": "",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(extra)
    return data


def live_in_brief(page) -> str:
    return CountryProfilePage.objects.get(pk=page.pk).in_brief


def draft_in_brief(page) -> str:
    return CountryProfilePage.objects.get(pk=page.pk).get_latest_revision_as_object().in_brief


# --- A curator edits their country, and only theirs ----------------------------------------


def test_curator_edits_own_country_as_a_draft(curator_client, senegal):
    form = curator_client.get(edit_url(senegal))
    assert "Senegal extends coverage." in form.content.decode()
    revisions = senegal.revisions.count()

    response = curator_client.post(
        edit_url(senegal), form_data(senegal, "<p>Senegal's new CMU law.</p>"), follow=True
    )

    assert "Page 'Senegal' has been updated." in visible_text(response)
    assert senegal.revisions.count() == revisions + 1
    assert "Senegal's new CMU law." in draft_in_brief(senegal)
    assert live_in_brief(senegal) == "<p>Senegal extends coverage.</p>"  # live page unchanged


def test_curator_cannot_publish(curator_client, senegal):
    edit = curator_client.get(edit_url(senegal)).content.decode()
    assert 'name="action-publish"' not in edit

    curator_client.post(
        edit_url(senegal),
        form_data(
            senegal, "<p>Published by a curator?</p>", **{"action-publish": "action-publish"}
        ),
    )

    assert live_in_brief(senegal) == "<p>Senegal extends coverage.</p>"
    assert "Published by a curator?" in draft_in_brief(senegal)  # kept as a draft only
    unpublish = curator_client.post(
        reverse("wagtailadmin_pages:unpublish", args=[senegal.pk]), follow=True
    )
    assert NO_PERMISSION in visible_text(unpublish)
    assert CountryProfilePage.objects.get(pk=senegal.pk).live


def test_curator_cannot_change_which_country_a_profile_is_about(curator_client, senegal):
    edit = curator_client.get(edit_url(senegal)).content.decode()
    assert 'name="country"' not in edit

    curator_client.post(edit_url(senegal), form_data(senegal, "<p>Moved?</p>", country="IN"))

    draft = CountryProfilePage.objects.get(pk=senegal.pk).get_latest_revision_as_object()
    assert "Moved?" in draft.in_brief
    assert draft.country.code == "SN"


def test_editor_chooses_the_country(editor_client, senegal):
    assert 'name="country"' in editor_client.get(edit_url(senegal)).content.decode()


def test_curator_cannot_open_another_country(curator_client, india):
    response = curator_client.get(edit_url(india), follow=True)

    assert NO_PERMISSION in visible_text(response)
    assert "e-Shram" not in response.content.decode()
    curator_client.post(edit_url(india), form_data(india, "<p>Changed by a stranger</p>"))
    assert "stranger" not in draft_in_brief(india)


def test_curator_sees_only_own_countries_in_the_explorer(curator_client, senegal, india):
    listing = curator_client.get(
        reverse("wagtailadmin_explore", args=[senegal.get_parent().pk]), follow=True
    )

    html = listing.content.decode()
    assert edit_url(senegal) in html
    assert edit_url(india) not in html


def test_curator_cannot_add_or_delete_profiles(curator_client, senegal):
    draft = make_profile("ML", live=False)
    CuratorshipFactory(user=Curatorship.objects.get().user, country="ML")
    index = senegal.get_parent()

    add = curator_client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=["countryprofiles", "countryprofilepage", index.pk],
        ),
        follow=True,
    )
    delete = curator_client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]), follow=True)

    assert NO_PERMISSION in visible_text(add)
    assert NO_PERMISSION in visible_text(delete)
    assert CountryProfilePage.objects.filter(pk=draft.pk).exists()


def test_member_without_curatorship_cannot_reach_the_admin(member_client, senegal):
    for url in ("/admin/", edit_url(senegal), "/admin/country-profiles/values/"):
        response = member_client.get(url, follow=True)
        assert NO_ADMIN_ACCESS in visible_text(response), url


def test_removing_the_curatorship_removes_the_rights(client, curator, senegal):
    client.force_login(curator)
    assert "Senegal extends coverage." in client.get(edit_url(senegal)).content.decode()

    Curatorship.objects.filter(user=curator).delete()

    response = client.get(edit_url(senegal), follow=True)
    assert NO_ADMIN_ACCESS in visible_text(response)
    client.post(edit_url(senegal), form_data(senegal, "<p>After removal</p>"))
    assert "After removal" not in draft_in_brief(senegal)


# --- Review before publishing ---------------------------------------------------------------


def test_submitted_draft_waits_for_an_editor_who_publishes_it(
    client, curator, editor, senegal, mailoutbox
):
    client.force_login(curator)
    response = client.post(
        edit_url(senegal),
        form_data(senegal, "<p>Reviewed text.</p>", **{"action-submit": "action-submit"}),
        follow=True,
    )
    assert "Page 'Senegal' has been submitted for moderation." in visible_text(response)
    workflow = WorkflowState.objects.get(base_content_type__model="page", object_id=str(senegal.pk))
    assert workflow.status == WorkflowState.STATUS_IN_PROGRESS
    assert live_in_brief(senegal) == "<p>Senegal extends coverage.</p>"
    told = [message for message in mailoutbox if editor.email in message.to]
    assert told and "Senegal" in told[0].subject

    client.force_login(editor)
    dashboard = visible_text(client.get("/admin/"))
    assert "Awaiting your review" in dashboard
    assert "Senegal" in dashboard
    task_state = TaskState.objects.get(workflow_state=workflow, status=TaskState.STATUS_IN_PROGRESS)
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[senegal.pk, "approve", task_state.pk]
    )
    client.post(approve, {"comment": "Thanks"})

    assert "Reviewed text." in live_in_brief(senegal)
    workflow.refresh_from_db()
    assert workflow.status == WorkflowState.STATUS_APPROVED


def test_curator_cannot_approve_their_own_submission(client, curator, senegal):
    client.force_login(curator)
    client.post(
        edit_url(senegal),
        form_data(senegal, "<p>Self-approved?</p>", **{"action-submit": "action-submit"}),
    )
    task_state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)

    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[senegal.pk, "approve", task_state.pk])
    )

    assert live_in_brief(senegal) == "<p>Senegal extends coverage.</p>"
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


# --- Revisions and their comparison ---------------------------------------------------------


def test_history_lists_revisions_and_compare_shows_the_change(editor_client):
    page = make_profile("PE", in_brief="<p>Pension 65.</p>")
    editor_client.post(edit_url(page), form_data(page, "<p>Pension 65 for older people.</p>"))
    editor_client.post(
        edit_url(page), form_data(page, "<p>Pension 65 and the SIS health insurance.</p>")
    )
    _created, first, second = page.revisions.order_by("pk")

    history = editor_client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))

    text = visible_text(history)
    assert text.count("Draft saved") == 2
    assert "Edith Editor" in text
    html = history.content.decode()
    compare_url = reverse(
        "wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk]
    )
    assert reverse("wagtailadmin_pages:revisions_view", args=[page.pk, first.pk]) in html
    assert reverse("wagtailadmin_pages:revisions_view", args=[page.pk, second.pk]) in html
    assert f'href="{compare_url}"' in html  # "Compare with previous version"

    compare = editor_client.get(compare_url).content.decode()

    row = compare[compare.index("In brief (English):") :]
    row = row[: row.index("</tr>")]
    assert visible_text(row) == (
        "In brief (English): Pension 65 for older people. and the SIS health insurance."
    )
    assert '<span class="deletion">for older people.</span>' in row
    assert '<span class="addition">and the SIS health insurance.</span>' in row


# --- Indicators, values and curators in the admin --------------------------------------------

VALUES_URL = "/admin/country-profiles/values/"


def test_editor_lists_and_filters_indicator_values(editor_client):
    coverage = IndicatorFactory(code="coverage", name="Coverage", sort_order=1)
    other = IndicatorFactory(code="pensions", name="Pensions", sort_order=2)
    IndicatorValueFactory(
        indicator=coverage, country="SN", year=2020, value=Decimal("19.6"), is_demo=True
    )
    IndicatorValueFactory(indicator=other, country="SN", year=2018, value=Decimal("3"))
    IndicatorValueFactory(
        indicator=coverage, country="PE", year=2021, value=Decimal("44"), source="INEI"
    )

    everything = visible_text(editor_client.get(VALUES_URL))
    peru = visible_text(editor_client.get(VALUES_URL + "?country=PE"))
    by_source = visible_text(editor_client.get(VALUES_URL + "?q=inei"))
    by_year = visible_text(editor_client.get(VALUES_URL + "?year=2021"))
    demo = visible_text(editor_client.get(VALUES_URL + "?is_demo=true"))
    by_indicator = visible_text(editor_client.get(VALUES_URL + f"?indicator={other.pk}"))

    assert "Senegal Coverage 2020 19.6000 ILO World Social Protection Database" in everything
    assert "Peru Coverage 2021 44.0000 INEI" in everything
    assert "Peru Coverage 2021" in peru and "Senegal Coverage" not in peru
    assert "Peru Coverage 2021" in by_source and "Senegal Coverage" not in by_source
    assert "Peru Coverage 2021" in by_year and "Senegal Coverage" not in by_year
    assert "Senegal Coverage 2020" in demo and "Peru Coverage" not in demo
    assert "Senegal Pensions 2018" in by_indicator and "Coverage 20" not in by_indicator


@pytest.mark.parametrize("count", [1, 30])
def test_value_listing_query_count_does_not_grow(
    editor_client, django_assert_max_num_queries, count
):
    coverage = IndicatorFactory(code="coverage", name="Coverage")
    for year in range(count):
        IndicatorValueFactory(indicator=coverage, year=1990 + year)

    with django_assert_max_num_queries(28):
        response = editor_client.get(VALUES_URL)

    assert visible_text(response).count("Senegal Coverage") == count


def test_editor_adds_an_indicator_and_lists_it(editor_client):
    response = editor_client.post(
        "/admin/country-profiles/indicators/new/",
        {
            "name": "Maternity coverage",
            "name_fr": "",
            "name_es": "",
            "code": "maternity-coverage",
            "unit": "%",
            "unit_fr": "",
            "unit_es": "",
            "description": "",
            "description_fr": "",
            "description_es": "",
            "minimum": "0",
            "maximum": "100",
            "decimals": "1",
            "higher_is_better": "true",
            "sort_order": "200",
        },
        follow=True,
    )

    text = visible_text(response)
    assert "Indicator 'Maternity coverage' created." in text
    assert "Maternity coverage Edit Delete maternity-coverage % 200" in text


def test_editor_assigns_a_curator_in_the_admin(editor_client, senegal):
    member = UserFactory(display_name="Moussa Ndiaye")

    response = editor_client.post(
        "/admin/country-profiles/curators/new/",
        {"user": member.pk, "country": "SN"},
        follow=True,
    )

    assert "Moussa Ndiaye Senegal" in visible_text(response)
    assert set(member.groups.values_list("name", flat=True)) == {
        roles.COUNTRY_CURATORS,
        "Country curators · SN",
    }
    again = editor_client.post(
        "/admin/country-profiles/curators/new/", {"user": member.pk, "country": "SN"}
    )
    assert "already exists" in visible_text(again)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/country-profiles/indicators/",
        VALUES_URL,
        "/admin/country-profiles/curators/",
        "/admin/country-profiles/import/",
    ],
)
def test_curators_do_not_see_the_country_profiles_admin(curator_client, url):
    menu = curator_client.get("/admin/").content.decode()
    assert "/admin/country-profiles/" not in menu

    response = curator_client.get(url, follow=True)

    assert NO_PERMISSION in visible_text(response)


def test_editor_sees_the_country_profiles_menu(editor_client):
    menu = editor_client.get("/admin/").content.decode()

    for url in (
        "/admin/country-profiles/indicators/",
        VALUES_URL,
        "/admin/country-profiles/import/",
        "/admin/country-profiles/curators/",
    ):
        assert url in menu
