"""Demo members. Passwords are for local use only and documented in the README."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts import roles
from core.models import Language

DEMO_USERS = [
    {
        "email": "admin@gess.example",
        "password": "demo-admin-2026",
        "display_name": "Hélène Marchetti",
        "country": "CH",
        "organisation": "ILO Social Protection Department",
        "position": "Portal administrator",
        "groups": [roles.MEMBERS, roles.ADMINISTRATORS],
        "superuser": True,
        "language": "fr",
        "languages": ["fr", "en", "it"],
        "interests": ["knowledge management", "social protection floors"],
    },
    {
        "email": "editor@gess.example",
        "password": "demo-editor-2026",
        "display_name": "Dramane Ouattara",
        "country": "SN",
        "organisation": "ILO DWT for West Africa, Dakar",
        "position": "Knowledge management officer",
        "groups": [roles.MEMBERS, roles.EDITORS, roles.COUNTRY_CURATORS],
        "language": "fr",
        "languages": ["fr", "en", "wo"],
        "interests": ["social health protection", "mutual health organisations", "WAEMU"],
    },
    {
        "email": "expert@gess.example",
        "password": "demo-expert-2026",
        "display_name": "Lucía Fernández Ortega",
        "country": "ES",
        "organisation": "FIIAPP",
        "position": "Actuary, pension reform specialist",
        "groups": [roles.MEMBERS, roles.EXPERTS],
        "language": "es",
        "languages": ["es", "en", "fr"],
        "interests": ["pensions", "actuarial analysis", "legislation"],
    },
    {
        "email": "aminata@gess.example",
        "password": "demo-member-2026",
        "display_name": "Aminata Sow",
        "country": "SN",
        "organisation": "Union of mutual health organisations of Thiès",
        "position": "Coordinator",
        "groups": [roles.MEMBERS],
        "language": "fr",
        "languages": ["fr", "wo"],
        "interests": ["mutual health organisations", "health micro-insurance", "informal economy"],
    },
    {
        "email": "carlos@gess.example",
        "password": "demo-member-2026",
        "display_name": "Carlos Quispe Mamani",
        "country": "PE",
        "organisation": "Ministry of Labour and Employment Promotion",
        "position": "Social protection analyst",
        "groups": [roles.MEMBERS],
        "language": "es",
        "languages": ["es", "qu", "en"],
        "interests": ["informal economy", "micro-insurance", "pensions"],
    },
]


# Community members who cannot sign in (no password): they make the directory,
# the interest cloud and "Online now" look like the network the portal serves.
# The people are invented; their organisations are those of the seed documents.
COMMUNITY = [
    (
        "kouadio@gess.example",
        "Kouadio N'Guessan",
        "CI",
        "Ministry of Employment and Social Protection (MEPS)",
        "Social assistance policy officer",
        ["fr"],
        ["social assistance", "older persons", "policy development"],
    ),
    (
        "mariana@gess.example",
        "Mariana Pech Canul",
        "MX",
        "ISSTEY, Yucatán",
        "Legal adviser",
        ["es", "en"],
        ["pensions", "legislation"],
    ),
    (
        "andres@gess.example",
        "Andrés Castaño Ríos",
        "CO",
        "Instituto para la Economía Social (IPES), Bogotá",
        "Field coordinator",
        ["es"],
        ["informal economy", "psychosocial support", "street vendors"],
    ),
    (
        "nadege@gess.example",
        "Nadège Mba Obame",
        "GA",
        "CPPF, Libreville",
        "Head of benefits",
        ["fr"],
        ["occupational risks", "legislation"],
    ),
    (
        "yassine@gess.example",
        "Yassine El Idrissi",
        "MA",
        "Ministry of Economy and Finance",
        "Statistician",
        ["ar", "fr", "en"],
        ["social protection indicators", "monitoring and evaluation"],
    ),
    (
        "wei@gess.example",
        "Li Wei",
        "CN",
        "Ministry of Human Resources and Social Security",
        "Pension policy researcher",
        ["zh-hans", "en"],
        ["pensions", "health insurance"],
    ),
    (
        "oumar@gess.example",
        "Oumar Traoré",
        "ML",
        "MUSARS, Sikasso",
        "Manager",
        ["fr", "bm"],
        ["mutual health organisations", "health micro-insurance", "governance"],
    ),
    (
        "priya@gess.example",
        "Priya Nair",
        "IN",
        "South Indian Federation of Fishermen Societies",
        "Micro-insurance programme officer",
        ["ml", "en", "hi"],
        ["micro-insurance", "fisheries", "informal economy"],
    ),
    (
        "jeanne@gess.example",
        "Jeanne Uwimana",
        "RW",
        "Rwanda Social Security Board",
        "Community health insurance analyst",
        ["rw", "fr", "en"],
        ["health micro-insurance", "universal health coverage"],
    ),
    (
        "kodjo@gess.example",
        "Kodjo Agbeko",
        "TG",
        "CIPRES, Lomé",
        "Supervision officer",
        ["fr", "ee"],
        ["social security governance", "international standards"],
    ),
]
ONLINE = {"oumar@gess.example", "priya@gess.example", "mariana@gess.example"}


def load_community() -> list:
    User = get_user_model()
    members = []
    now = timezone.now()
    group = Group.objects.get(name=roles.MEMBERS)
    for email, name, country, organisation, position, languages, interests in COMMUNITY:
        user, created = User.objects.update_or_create(
            email=email,
            defaults={
                "display_name": name,
                "country": country,
                "organisation": organisation,
                "position": position,
                "last_seen": now if email in ONLINE else now - timedelta(days=3),
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        user.groups.set([group])
        user.languages.set(Language.objects.filter(code__in=languages))
        user.interests.set(interests)
        members.append(user)
    return members


def load() -> list:
    User = get_user_model()
    users = []
    for spec in DEMO_USERS:
        spec = dict(spec)
        password = spec.pop("password")
        group_names = spec.pop("groups")
        superuser = spec.pop("superuser", False)
        languages = spec.pop("languages")
        interests = spec.pop("interests")
        email = spec.pop("email")
        user, created = User.objects.update_or_create(
            email=email, defaults={**spec, "is_staff": superuser, "is_superuser": superuser}
        )
        if created or not user.has_usable_password():
            user.set_password(password)
            user.save(update_fields=["password"])
        user.groups.set(Group.objects.filter(name__in=group_names))
        user.languages.set(Language.objects.filter(code__in=languages))
        user.interests.set(interests)
        from allauth.account.models import EmailAddress

        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        users.append(user)
    return users
