"""Avatars: checked by content, re-encoded to WebP, stored privately, served to members only."""

import io
import os
import re

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from tests.accounts.helpers import gps_exif, html, image_bytes, input_value, visible_text
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOT_AN_IMAGE = (
    "This file is not an image we accept. Please upload a JPEG, PNG, GIF or WebP picture."
)


def profile_data(member, **overrides):
    data = {
        "display_name": member.display_name,
        "country": member.country.code,
        "organisation": member.organisation,
        "position": member.position,
        "bio": member.bio,
        "interests": "",
        "show_in_directory": "on",
        "accept_messages": "on",
        "language": member.language,
    }
    data.update(overrides)
    return data


def upload(name, content, content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def stored_files(member) -> list[str]:
    folder = f"avatars/{member.pk}"
    if not default_storage.exists(folder):
        return []
    return sorted(f"{folder}/{name}" for name in default_storage.listdir(folder)[1])


@pytest.fixture
def post_profile(client, django_capture_on_commit_callbacks):
    """POST the profile form as the page does, running what waits for the commit."""

    def post(member, **overrides):
        client.force_login(member)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("accounts:profile"), profile_data(member, **overrides))

    return post


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "WEBP"])
def test_real_picture_is_accepted_and_stored_as_webp(post_profile, fmt):
    member = UserFactory(display_name="Aminata Diallo")

    response = post_profile(
        member, avatar=upload(f"me.{fmt.lower()}", image_bytes(fmt, size=(900, 600)))
    )

    assert response.status_code == 302
    assert response.url == reverse("accounts:profile")
    member.refresh_from_db()
    assert stored_files(member) == [member.avatar.name]
    assert re.fullmatch(rf"avatars/{member.pk}/[0-9a-f]{{32}}\.webp", member.avatar.name)
    with member.avatar.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "WEBP"
        assert image.size == (512, 341)  # reduced to fit 512 px, proportions kept


def test_gps_position_and_camera_details_are_dropped(post_profile):
    member = UserFactory()
    original = image_bytes("JPEG", exif=gps_exif())
    with Image.open(io.BytesIO(original)) as check:  # the upload really carries them
        assert check.getexif().get_ifd(0x8825)[2] == (14.0, 41.0, 37.0)

    post_profile(member, avatar=upload("holiday.jpg", original, "image/jpeg"))

    member.refresh_from_db()
    with member.avatar.open("rb") as stored:
        data = stored.read()
    with Image.open(io.BytesIO(data)) as image:
        assert dict(image.getexif()) == {}
        assert "exif" not in image.info
        assert "xmp" not in image.info
    assert b"Camera maker" not in data


def test_text_file_named_png_is_refused_and_typed_values_kept(post_profile):
    member = UserFactory(display_name="Aminata Diallo")

    response = post_profile(
        member,
        display_name="Aminata D.",
        organisation="Ministry of Labour",
        bio="Actuary.",
        avatar=upload("photo.png", b"just some text, not a picture\n" * 20),
    )

    assert response.status_code == 200
    assert NOT_AN_IMAGE in visible_text(response)
    assert "Please correct the errors below." in visible_text(response)
    assert input_value(response, "display_name") == "Aminata D."
    assert input_value(response, "organisation") == "Ministry of Labour"
    assert "Actuary." in html(response)
    member.refresh_from_db()
    assert member.display_name == "Aminata Diallo"
    assert not member.avatar
    assert stored_files(member) == []


def test_disguised_script_and_svg_are_refused(post_profile):
    member = UserFactory()
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    response = post_profile(member, avatar=upload("me.svg", svg, "image/svg+xml"))

    assert NOT_AN_IMAGE in visible_text(response)
    assert stored_files(member) == []


def test_image_in_a_format_we_do_not_take_is_refused(post_profile):
    member = UserFactory()

    response = post_profile(member, avatar=upload("me.bmp", image_bytes("BMP"), "image/bmp"))

    assert NOT_AN_IMAGE in visible_text(response)


def test_oversized_image_is_refused_with_the_limit(post_profile, settings):
    settings.AVATAR_MAX_BYTES = 1024
    member = UserFactory(display_name="Aminata Diallo")
    big = image_bytes("PNG", size=(300, 300))
    big += b"\0" * (2048 - len(big)) if len(big) < 2048 else b""

    response = post_profile(member, display_name="Still typed", avatar=upload("big.png", big))

    text = visible_text(response)
    assert re.search(r"The image is [\d.]+ KB; the largest accepted is 1\.0 KB\.", text)
    assert input_value(response, "display_name") == "Still typed"
    assert stored_files(member) == []


def test_help_text_states_the_configured_size_limit(client, settings):
    settings.AVATAR_MAX_BYTES = 3 * 1024 * 1024
    client.force_login(UserFactory())

    response = client.get(reverse("accounts:profile"))

    assert "A JPEG, PNG, GIF or WebP picture of at most 3.0 MB." in visible_text(response)


def test_new_picture_replaces_the_old_file(post_profile):
    member = UserFactory()
    post_profile(member, avatar=upload("one.png", image_bytes("PNG")))
    member.refresh_from_db()
    first_name, first_url = member.avatar.name, member.avatar_url

    post_profile(member, avatar=upload("two.png", image_bytes("PNG", size=(10, 10))))

    member.refresh_from_db()
    assert member.avatar.name != first_name
    assert member.avatar_url != first_url
    assert stored_files(member) == [member.avatar.name]


def test_clear_checkbox_removes_picture_and_file(post_profile, client):
    member = UserFactory()
    post_profile(member, avatar=upload("one.png", image_bytes("PNG")))
    member.refresh_from_db()
    old_url = member.avatar_url

    response = post_profile(member, **{"avatar-clear": "on"})

    assert response.status_code == 302
    member.refresh_from_db()
    assert not member.avatar
    assert member.avatar_token == ""
    assert stored_files(member) == []
    assert client.get(old_url).status_code == 404
    page = client.get(reverse("accounts:profile"))
    assert "Remove the picture" not in visible_text(page)  # nothing left to remove


def test_saving_other_fields_keeps_the_picture(post_profile):
    member = UserFactory()
    post_profile(member, avatar=upload("one.png", image_bytes("PNG")))
    member.refresh_from_db()
    name = member.avatar.name

    post_profile(member, organisation="ISSA")

    member.refresh_from_db()
    assert member.organisation == "ISSA"
    assert member.avatar.name == name
    assert stored_files(member) == [name]


def test_upload_and_clear_together_is_refused(post_profile):
    member = UserFactory()
    post_profile(member, avatar=upload("one.png", image_bytes("PNG")))

    response = post_profile(
        member, avatar=upload("two.png", image_bytes("PNG")), **{"avatar-clear": "on"}
    )

    assert "Please either submit a file or check the clear checkbox, not both." in (
        visible_text(response)
    )


def test_profile_form_shows_the_current_picture_by_its_protected_address(post_profile, client):
    member = UserFactory()
    post_profile(member, avatar=upload("one.png", image_bytes("PNG")))
    member.refresh_from_db()

    page = client.get(reverse("accounts:profile"))

    assert f'href="{member.avatar_url}"' in html(page)
    assert "/media/" not in html(page)
    assert member.avatar.name not in html(page)
    assert "Remove the picture" in visible_text(page)


def test_avatar_is_served_as_webp_to_signed_in_members(post_profile, client):
    owner = UserFactory()
    post_profile(owner, avatar=upload("one.png", image_bytes("PNG")))
    owner.refresh_from_db()
    client.force_login(UserFactory())

    response = client.get(owner.avatar_url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["Cache-Control"] == "private, max-age=86400"
    body = b"".join(response.streaming_content)
    assert body[:4] == b"RIFF" and body[8:12] == b"WEBP"


def test_avatar_is_not_served_to_anonymous_visitors(post_profile, client):
    owner = UserFactory()
    post_profile(owner, avatar=upload("one.png", image_bytes("PNG")))
    owner.refresh_from_db()
    client.logout()

    response = client.get(owner.avatar_url)

    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next={owner.avatar_url}"


@pytest.mark.parametrize(
    "hide", [{"show_in_directory": False}, {"is_active": False}], ids=["unlisted", "inactive"]
)
def test_avatar_of_a_hidden_member_is_not_found(post_profile, client, hide):
    owner = UserFactory()
    post_profile(owner, avatar=upload("one.png", image_bytes("PNG")))
    owner.refresh_from_db()
    url = owner.avatar_url
    type(owner).objects.filter(pk=owner.pk).update(**hide)
    client.force_login(UserFactory())

    assert client.get(url).status_code == 404


def test_avatar_with_a_wrong_token_is_not_found(post_profile, client):
    owner = UserFactory()
    post_profile(owner, avatar=upload("one.png", image_bytes("PNG")))
    owner.refresh_from_db()
    client.force_login(UserFactory())

    wrong = reverse("accounts:avatar", kwargs={"pk": owner.pk, "token": "0" * 32})
    assert client.get(wrong).status_code == 404


def test_media_root_holds_no_copy_of_the_original_upload(post_profile, settings):
    member = UserFactory()
    post_profile(member, avatar=upload("original-name.png", image_bytes("PNG")))

    everything = [
        os.path.join(root, name)
        for root, _dirs, names in os.walk(settings.MEDIA_ROOT)
        for name in names
    ]
    assert not [path for path in everything if "original-name" in path]
    member.refresh_from_db()
    assert stored_files(member) == [member.avatar.name]
