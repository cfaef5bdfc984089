"""Submitting community news: the form, its errors, the image checks, "My community news"."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from newsletters import community
from newsletters.models import CommunityNews
from tests.factories import UserFactory
from tests.newsletters.factories import image_bytes

SUBMIT = reverse("newsletters:community-submit")
MINE = reverse("newsletters:community-mine")


def stored_files(media_root) -> list[str]:
    if not media_root.exists():
        return []
    return sorted(
        str(path.relative_to(media_root)) for path in media_root.rglob("*") if path.is_file()
    )


def form_data(**overrides) -> dict:
    data = {
        "title": "  Mutuelle de santé   de Thiès opens  ",
        "text": "Four hundred families joined.\n\nThe commune pays half.",
        "country": "SN",
        "link": "https://example.org/thies",
        "image_alt": "",
        "language": "fr",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def upload(data: bytes, name: str = "photo.png", content_type: str = "image/png"):
    return SimpleUploadedFile(name, data, content_type=content_type)


@pytest.mark.django_db
def test_member_submits_news_with_an_image(member_client, member, media_root):
    data = form_data(image=upload(image_bytes("PNG", (3200, 800))), image_alt="Families queueing")

    response = member_client.post(SUBMIT, data, follow=True)

    assert response.redirect_chain == [(MINE, 302)]
    assert [str(m) for m in response.context["messages"]] == [
        "Thank you: an editor will read your news before it is published."
    ]
    item = CommunityNews.objects.get()
    assert (item.title, item.text, item.country.code, item.link, item.language) == (
        "Mutuelle de santé de Thiès opens",
        "Four hundred families joined.\n\nThe commune pays half.",
        "SN",
        "https://example.org/thies",
        "fr",
    )
    assert (item.author, item.status, item.published_at) == (member, "pending", None)
    assert item.image_alt == "Families queueing"
    # Re-encoded by the portal: WebP, longest side 1600, under the portal's own name.
    assert item.image.name.endswith(".webp") and "photo" not in item.image.name
    with Image.open(item.image.path) as stored:
        assert (stored.format, stored.size) == ("WEBP", (1600, 400))
    assert stored_files(media_root) == [item.image.name]
    # "My community news" lists it with its status.
    html = response.content.decode()
    assert "Mutuelle de santé de Thiès opens" in html
    assert "Waiting for review" in html


@pytest.mark.django_db
def test_exif_is_stripped_from_the_stored_image(member_client):
    exif = Image.Exif()
    exif[0x010F] = "SecretCameraMaker"  # Make
    exif[0x8825] = {2: (14.0, 41.0, 0.0)}  # GPS latitude
    jpeg = image_bytes("JPEG", (64, 48), exif=exif.tobytes())
    assert b"SecretCameraMaker" in jpeg

    member_client.post(
        SUBMIT, form_data(image=upload(jpeg, "holiday.jpg", "image/jpeg"), image_alt="A clinic")
    )

    item = CommunityNews.objects.get()
    with open(item.image.path, "rb") as stored:
        content = stored.read()
    assert b"SecretCameraMaker" not in content
    with Image.open(io.BytesIO(content)) as image:
        assert image.format == "WEBP"
        assert not image.getexif()


@pytest.mark.django_db
def test_language_defaults_to_the_members_interface_language(client):
    client.force_login(UserFactory(language="es"))

    response = client.get(SUBMIT)

    assert response.context["form"]["language"].value() == "es"
    assert '<option value="es" selected>' in response.content.decode()


@pytest.mark.django_db
def test_minimal_news_without_country_link_or_image(member_client, member):
    member_client.post(SUBMIT, form_data(country="", link="", language="en"))

    item = CommunityNews.objects.get()
    assert (item.country, item.link, item.image.name, item.image_alt) == ("", "", "", "")


@pytest.mark.parametrize(
    ("overrides", "field", "error"),
    [
        ({"title": "   "}, "title", "Please give your news a title."),
        ({"text": ""}, "text", "Please write your news."),
        (
            {"text": "x" * 4001},
            "text",
            "Please keep your news to 4000 characters (it has 4001).",
        ),
        (
            {"country": "XX"},
            "country",
            "Select a valid choice. XX is not one of the available choices.",
        ),
        (
            {"link": "ftp://example.org/file"},
            "link",
            "Please give a web address that starts with http:// or https://.",
        ),
        (
            {"link": "javascript:alert(1)"},
            "link",
            "Please give a web address such as https://example.org/.",
        ),
        ({"link": "not a link"}, "link", "Please give a web address such as https://example.org/."),
        (
            {"language": "de"},
            "language",
            "Select a valid choice. de is not one of the available choices.",
        ),
        (
            {"image": "png", "image_alt": "  "},
            "image_alt",
            "Please describe the image for people who cannot see it.",
        ),
        (
            {"image": "text-as-png", "image_alt": "A picture"},
            "image",
            "This file is not an image we accept. Please upload a JPEG, PNG or WebP picture.",
        ),
        (
            {"image": "gif", "image_alt": "A picture"},
            "image",
            "This file is not an image we accept. Please upload a JPEG, PNG or WebP picture.",
        ),
        (
            {"image": "too-large", "image_alt": "A picture"},
            "image",
            "The image is 5.0\xa0MB; the largest accepted is 5.0\xa0MB.",
        ),
    ],
)
@pytest.mark.django_db
def test_refused_submission_shows_the_error_and_saves_nothing(
    member_client, media_root, overrides, field, error
):
    files = {
        "png": lambda: upload(image_bytes("PNG")),
        "text-as-png": lambda: upload(b"%PDF-1.4 not really a picture\n" * 20, "photo.png"),
        "gif": lambda: upload(image_bytes("GIF"), "anim.gif", "image/gif"),
        "too-large": lambda: upload(image_bytes("PNG") + b"\0" * (5 * 1024 * 1024 + 1)),
    }
    overrides = dict(overrides)
    if "image" in overrides:
        overrides["image"] = files[overrides["image"]]()

    response = member_client.post(SUBMIT, form_data(**overrides))

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors == {field: [error]}
    html = response.content.decode()
    assert "Nothing was saved. Please correct the errors below." in html
    assert CommunityNews.objects.count() == 0
    assert stored_files(media_root) == []


def test_too_large_message_uses_the_real_sizes():
    """The size message names the upload's size (the parametrised case above is one
    byte over, which filesizeformat rounds to the limit)."""
    big = upload(b"\0" * (6 * 1024 * 1024))
    with pytest.raises(Exception) as refused:
        community.prepare_image(big)
    assert refused.value.messages == ["The image is 6.0\xa0MB; the largest accepted is 5.0\xa0MB."]


@pytest.mark.django_db
def test_service_refuses_what_the_form_refuses_and_leaves_no_file(member, media_root):
    """Callers other than the form (commands, tasks) get the same checks."""
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        community.submit(
            member,
            title="News",
            text="Text",
            link="https://example.org/",
            image=upload(image_bytes("PNG")),
            image_alt="",
        )
    assert refused.value.message_dict == {
        "image_alt": ["Please describe the image for people who cannot see it."]
    }
    with pytest.raises(ValidationError) as refused:
        community.submit(member, title="News", text="Text", link="ftp://example.org/")
    assert refused.value.message_dict == {
        "link": ["Please give a web address that starts with http:// or https://."]
    }
    assert CommunityNews.objects.count() == 0
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_sign_in(client):
    for url in (SUBMIT, MINE):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
def test_inactive_member_may_not_submit(client):
    client.force_login(UserFactory(is_active=False))

    # An inactive account has no session: the sign-in page again.
    response = client.get(SUBMIT)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
def test_my_news_lists_own_items_with_status_and_note(
    member_client, member, other_member, community_news, django_assert_num_queries
):
    community_news(author=member, title="Waiting one")
    community_news(
        author=member, title="Refused one", status="rejected", review_note="Please add a source."
    )
    community_news(author=other_member, title="Someone else's")

    response = member_client.get(MINE)

    page = response.context["page"]
    assert [item.title for item in page.object_list] == ["Refused one", "Waiting one"]
    html = response.content.decode()
    assert "Note from the editors: Please add a source." in html
    assert "Rejected" in html and "Waiting for review" in html
    assert "Someone else" not in html
