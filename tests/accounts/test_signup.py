"""Sign-up, e-mail verification, sign-in, sign-out, password reset and change of address."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from accounts import roles
from tests.accounts.helpers import (
    field_ids,
    html,
    input_value,
    label_texts,
    links_in,
    selected_options,
    unlabelled_fields,
    visible_text,
)
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()

NEW_PASSWORD = "another-long-password-77"


def signup_data(**overrides):
    data = {
        "email": "fatou@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "display_name": "Fatou Ndiaye",
        "country": "SN",
    }
    data.update(overrides)
    return data


def sign_up(client, **overrides):
    return client.post(reverse("account_signup"), signup_data(**overrides))


def confirmation_path(message) -> str:
    [link] = [url for url in links_in(message.body) if "/confirm-email/" in url]
    return link.removeprefix("http://testserver")


def session_user_id(client):
    return client.session.get("_auth_user_id")


# --- The sign-up form ---------------------------------------------------------------


def test_signup_page_is_in_the_portal_layout_with_a_label_for_every_field(client):
    response = client.get(reverse("account_signup"))

    text = visible_text(response)
    assert "Skip to content" in text  # the portal's own base layout
    assert "Global Extension of Social Security" in text
    assert "Sign Up" in text
    labels = label_texts(response)
    ids = field_ids(response, f'action="{reverse("account_signup")}"')
    assert ids == ["id_email", "id_display_name", "id_country", "id_password1", "id_password2"]
    assert {labels[i].rstrip(":") for i in ids} == {
        "Email",
        "Display name",
        "Country",
        "Password",
        "Password (again)",
    }
    # The entrance pages leave out the sidebar's own sign-in box: one form only.
    assert html(response).count('name="password"') == 0


@pytest.mark.parametrize(
    ("url_name", "signed_in", "heading", "title"),
    [
        ("account_login", False, "Sign In", "Sign In"),
        ("account_signup", False, "Sign Up", "Signup"),
        ("account_reset_password", False, "Password Reset", "Password Reset"),
        ("account_reset_password_done", False, "Password Reset", "Password Reset"),
        (
            "account_email_verification_sent",
            False,
            "Verify Your Email Address",
            "Verify Your Email Address",
        ),
        ("account_change_password", True, "Change Password", "Change Password"),
        ("account_email", True, "Email Address", "Email Address"),
        ("account_logout", True, "Sign Out", "Sign Out"),
    ],
)
def test_account_pages_use_the_portal_layout_and_label_every_field(
    client, url_name, signed_in, heading, title
):
    if signed_in:
        client.force_login(UserFactory(display_name="Aminata Diallo"))

    response = client.get(reverse(url_name))

    assert response.status_code == 200
    page = html(response)
    assert re.search(rf"<h1>\s*{heading}\s*</h1>", page)
    page_title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert " ".join(page_title.split()) == f"{title} · Global Extension of Social Security"
    assert "Skip to content" in visible_text(response)
    assert unlabelled_fields(response) == []
    # Signed-in pages keep the account sidebar; entrance pages have one form only.
    assert ("Welcome, Aminata Diallo" in visible_text(response)) is signed_in


def test_account_emails_are_plain_text(client, mailoutbox):
    sign_up(client)
    client.post(reverse("account_reset_password"), {"email": "fatou@example.org"})

    assert len(mailoutbox) == 2
    for message in mailoutbox:
        assert getattr(message, "alternatives", []) == []
        assert message.content_subtype == "plain"
        assert "<" not in message.body


def test_signup_country_names_are_in_the_visitors_language(client):
    with translation.override("fr"):
        response = client.get(reverse("account_signup"))

    page = html(response)
    assert '<option value="SN">Sénégal</option>' in page
    assert '<option value="DE">Allemagne</option>' in page


def test_signup_creates_a_member_and_sends_a_verification_email(client, mailoutbox):
    response = sign_up(client)

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = User.objects.get(email="fatou@example.org")
    assert user.display_name == "Fatou Ndiaye"
    assert user.country.code == "SN"
    assert user.language == "en"
    assert [g.name for g in user.groups.all()] == [roles.MEMBERS]
    assert user.check_password(PASSWORD)
    assert EmailAddress.objects.get(user=user).verified is False
    assert session_user_id(client) is None

    [message] = mailoutbox
    assert message.to == ["fatou@example.org"]
    assert message.subject == "[GESS] Please Confirm Your Email Address"
    assert "Fatou Ndiaye" in message.body
    assert "example.com" not in message.body
    assert "GESS" in message.body
    assert confirmation_path(message).startswith("/en/accounts/confirm-email/")

    page = client.get(response.url)
    assert "We have sent an email to you for verification" in visible_text(page)


def test_signup_in_french_remembers_french_for_later_emails(client, mailoutbox):
    with translation.override("fr"):
        sign_up(client)

    user = User.objects.get(email="fatou@example.org")
    assert user.language == "fr"
    [message] = mailoutbox
    assert message.subject == "[GESS] Confirmez votre adresse e-mail"
    assert "/fr/accounts/confirm-email/" in message.body


def test_confirmation_link_asks_for_a_click_and_confirms_on_post(client, mailoutbox):
    sign_up(client)
    path = confirmation_path(mailoutbox[0])
    address = EmailAddress.objects.get(email="fatou@example.org")

    page = client.get(path)
    assert "Please confirm that fatou@example.org is an email address for user Fatou Ndiaye" in (
        visible_text(page)
    )
    address.refresh_from_db()
    assert address.verified is False  # a link scanner following the GET confirms nothing

    response = client.post(path)
    address.refresh_from_db()
    assert address.verified is True
    assert response.status_code == 302
    assert response.url == reverse("account_login")
    assert "You have confirmed fatou@example.org." in visible_text(client.get(response.url))


def test_login_is_refused_before_verification_and_accepted_after(client, mailoutbox):
    sign_up(client)
    mailoutbox.clear()
    credentials = {"login": "fatou@example.org", "password": PASSWORD}

    refused = client.post(reverse("account_login"), credentials)
    assert refused.status_code == 302
    assert refused.url == reverse("account_email_verification_sent")
    assert session_user_id(client) is None
    [resent] = mailoutbox  # a fresh link is sent with the refusal
    assert resent.to == ["fatou@example.org"]

    client.post(confirmation_path(resent))
    accepted = client.post(reverse("account_login"), credentials)
    assert accepted.status_code == 302
    assert accepted.url == reverse("core:dashboard")
    assert session_user_id(client) == str(User.objects.get(email="fatou@example.org").pk)
    assert "Welcome, Fatou Ndiaye" in visible_text(client.get(accepted.url))


def test_login_by_email_ignores_letter_case_and_follows_next(client):
    member = UserFactory(email="aminata@example.org", display_name="Aminata Diallo")

    response = client.post(
        reverse("account_login"),
        {"login": "Aminata@Example.ORG", "password": PASSWORD, "next": "/en/people/"},
    )

    assert response.status_code == 302
    assert response.url == "/en/people/"
    assert session_user_id(client) == str(member.pk)


def test_login_with_a_wrong_password_says_so_and_keeps_the_address(client):
    UserFactory(email="aminata@example.org")

    response = client.post(
        reverse("account_login"), {"login": "aminata@example.org", "password": "wrong-password"}
    )

    assert response.status_code == 200
    assert "The email address and/or password you specified are not correct." in (
        visible_text(response)
    )
    assert input_value(response, "login") == "aminata@example.org"
    assert session_user_id(client) is None


def test_login_errors_are_translated(client):
    UserFactory(email="aminata@example.org")

    with translation.override("es"):
        response = client.post(
            reverse("account_login"), {"login": "aminata@example.org", "password": "nope"}
        )

    assert (
        "La dirección de correo electrónico y/o la contraseña que ha indicado no son correctas."
    ) in visible_text(response)


def test_sidebar_sign_in_box_signs_in_and_returns_to_the_page(client):
    member = UserFactory(email="aminata@example.org")
    home = client.get("/en/")
    assert 'action="/en/accounts/login/"' in html(home)

    response = client.post(
        "/en/accounts/login/",
        {"login": "aminata@example.org", "password": PASSWORD, "next": "/en/"},
    )

    assert response.url == "/en/"
    assert session_user_id(client) == str(member.pk)


def test_logout_ends_the_session_and_goes_home(client):
    member = UserFactory()
    client.force_login(member)

    response = client.post(reverse("account_logout"))

    assert response.status_code == 302
    assert response.url == "/"
    assert session_user_id(client) is None
    dashboard = client.get(reverse("core:dashboard"))
    assert dashboard.url.startswith(reverse("account_login"))


# --- Password reset -----------------------------------------------------------------


def test_password_reset_sends_a_link_that_sets_a_new_password(client, mailoutbox):
    member = UserFactory(email="aminata@example.org", display_name="Aminata Diallo")

    response = client.post(reverse("account_reset_password"), {"email": "aminata@example.org"})
    assert response.url == reverse("account_reset_password_done")
    assert "We have sent you an email" in visible_text(client.get(response.url))

    [message] = mailoutbox
    assert message.to == ["aminata@example.org"]
    assert message.subject == "[GESS] Password Reset Email"
    assert "example.com" not in message.body
    [link] = [u for u in links_in(message.body) if "/password/reset/key/" in u]

    form_page = client.get(link.removeprefix("http://testserver"), follow=True)
    set_password_url = form_page.redirect_chain[-1][0]
    assert "Change Password" in visible_text(form_page)
    assert unlabelled_fields(form_page) == []

    mismatch = client.post(
        set_password_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD + "x"}
    )
    assert "You must type the same password each time." in visible_text(mismatch)

    done = client.post(set_password_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert done.url == reverse("account_reset_password_from_key_done")
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    assert not member.check_password(PASSWORD)

    # The link works once only.
    reused = client.get(link.removeprefix("http://testserver"), follow=True)
    assert "The password reset link was invalid" in visible_text(reused)


def test_password_reset_for_an_unknown_address_reveals_nothing(client, mailoutbox):
    response = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})

    assert response.url == reverse("account_reset_password_done")
    [message] = mailoutbox
    assert message.to == ["nobody@example.org"]
    assert not [u for u in links_in(message.body) if "/password/reset/key/" in u]


# --- Changing the e-mail address ----------------------------------------------------


def test_member_changes_their_email_address_after_verifying_it(client, mailoutbox):
    member = UserFactory(email="aminata@example.org", display_name="Aminata Diallo")
    client.force_login(member)

    page = client.get(reverse("account_email"))
    assert input_value(page, "email") in (None, "")
    assert 'value="aminata@example.org"' in html(page)  # shown as the current address
    assert label_texts(page)["id_email"] == "Change to:"

    response = client.post(
        reverse("account_email"), {"action_add": "", "email": "aminata@new.example.org"}
    )
    assert response.status_code == 302
    assert response.url == reverse("account_email")
    [message] = mailoutbox
    assert message.to == ["aminata@new.example.org"]
    member.refresh_from_db()
    assert member.email == "aminata@example.org"  # unchanged until verified
    pending = client.get(reverse("account_email"))
    assert "Your email address is still pending verification." in visible_text(pending)

    client.post(confirmation_path(message))

    member.refresh_from_db()
    assert member.email == "aminata@new.example.org"
    assert set(EmailAddress.objects.filter(user=member).values_list("email", "verified")) == {
        ("aminata@new.example.org", True)
    }
    client.logout()
    new_login = client.post(
        reverse("account_login"), {"login": "aminata@new.example.org", "password": PASSWORD}
    )
    assert new_login.url == reverse("core:dashboard")


def test_changing_to_an_address_another_member_uses_cannot_take_it(client, mailoutbox):
    carlos = UserFactory(email="carlos@example.org")
    member = UserFactory(email="aminata@example.org")
    client.force_login(member)

    client.post(reverse("account_email"), {"action_add": "", "email": "carlos@example.org"})

    # Only the owner of the address hears about it; confirming does not move it.
    assert {tuple(m.to) for m in mailoutbox} <= {("carlos@example.org",)}
    for message in mailoutbox:
        for link in links_in(message.body):
            if "/confirm-email/" in link:
                client.post(link.removeprefix("http://testserver"))
    member.refresh_from_db()
    carlos.refresh_from_db()
    assert member.email == "aminata@example.org"
    assert carlos.email == "carlos@example.org"
    assert EmailAddress.objects.get(email="carlos@example.org", verified=True).user == carlos


# --- Bad input at sign-up -----------------------------------------------------------


def test_duplicate_email_is_a_clear_error_and_keeps_what_was_typed(client, mailoutbox):
    UserFactory(email="fatou@example.org")

    response = sign_up(client, email="Fatou@Example.org")

    assert response.status_code == 200
    assert (
        "A member is already registered with this e-mail address. "
        "If it is yours, sign in or reset your password."
    ) in visible_text(response)
    assert input_value(response, "display_name") == "Fatou Ndiaye"
    assert input_value(response, "email") == "Fatou@Example.org"
    assert selected_options(response, "country") == ["SN"]
    assert User.objects.filter(email__iexact="fatou@example.org").count() == 1
    assert mailoutbox == []


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"display_name": ""}, "display_name", "This field is required."),
        ({"email": "not-an-address"}, "email", "Enter a valid email address."),
        ({"password2": "something-else-99"}, "password2", "You must type the same password"),
        (
            {"password1": "short", "password2": "short"},
            "password1",
            "This password is too short.",
        ),
        ({"country": "XX"}, "country", "Select a valid choice."),
    ],
)
def test_signup_errors_are_shown_and_typed_values_kept(client, overrides, field, message):
    response = sign_up(client, **overrides)

    assert response.status_code == 200
    text = visible_text(response)
    assert "Please correct the errors below." in text
    assert message in text
    assert not User.objects.exists()
    if field != "display_name":
        assert input_value(response, "display_name") == "Fatou Ndiaye"
    if field != "email":
        assert input_value(response, "email") == "fatou@example.org"
    # Passwords are never sent back to the browser.
    assert input_value(response, "password1") in (None, "")


def test_signup_errors_are_translated(client):
    with translation.override("fr"):
        response = sign_up(client, display_name="", password2="something-else-99")

    text = visible_text(response)
    assert "Champ requis." in text
    assert "Vous devez saisir deux fois le même mot de passe." in text


def test_display_name_with_markup_is_stored_as_text(client, mailoutbox):
    sign_up(client, display_name="<b>Fatou</b>")

    user = User.objects.get(email="fatou@example.org")
    assert user.display_name == "<b>Fatou</b>"
    assert re.search(r"<b>Fatou</b>", mailoutbox[0].body)  # plain-text e-mail: shown as typed
