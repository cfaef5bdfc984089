"""Demo workspaces, named after the ones the old platforms hosted (seed documents):
"China: towards universal health insurance coverage", "Social marketing in Benin",
"Exclusão Social e HIV/SIDA", and a private working group on the permanent
inventory of health mutuals, so that every visibility and joining rule can be tried.

Idempotent: a workspace is matched on its name and created once (through
``workspaces.services.create``, which records its activity); memberships, the
join request and the invitation are created only when missing.
"""

from django.contrib.auth import get_user_model

from workspaces import activity, services
from workspaces.models import Activity, Invitation, JoinRequest, Membership, Workspace

Kind, Visibility, Join, Role = (
    Workspace.Kind,
    Workspace.Visibility,
    Workspace.JoinPolicy,
    Membership.Role,
)

WORKSPACES = [
    {
        "name": "China: towards universal health insurance coverage",
        "summary": (
            "Researchers and officials follow the extension of health insurance to rural "
            "residents and migrant workers in China, and compare notes with the EU-China "
            "social protection reform project."
        ),
        "kind": Kind.RESEARCH,
        "countries": ["CN"],
        "visibility": Visibility.PUBLIC,
        "join_policy": Join.REQUEST,
        "owner": "wei@gess.example",
        "members": {"expert@gess.example": Role.MODERATOR, "priya@gess.example": Role.MEMBER},
        "tags": ["health insurance", "China"],
    },
    {
        "name": "Social marketing in Benin",
        "summary": (
            "Field actors of Benin's health mutuals share what makes people join: radio "
            "spots, meetings in markets, word of mouth from members whose care was paid."
        ),
        "kind": Kind.PROJECT,
        "countries": ["BJ"],
        "visibility": Visibility.PUBLIC,
        "join_policy": Join.OPEN,
        "owner": "aminata@gess.example",
        "members": {"kodjo@gess.example": Role.MODERATOR, "jeanne@gess.example": Role.MEMBER},
        "tags": ["health mutuals", "social marketing"],
    },
    {
        "name": "Exclusão Social e HIV/SIDA",
        "summary": (
            "A community of practice of Portuguese-speaking countries on social exclusion "
            "and HIV/AIDS: how mutuals and social services can cover people living with HIV."
        ),
        "kind": Kind.COMMUNITY,
        "countries": ["BR", "MZ", "PT"],
        "visibility": Visibility.MEMBERS,
        "join_policy": Join.REQUEST,
        "owner": "mariana@gess.example",
        "members": {"carlos@gess.example": Role.MEMBER},
        "request": ("andres@gess.example", "I work with health mutuals in Bogotá."),
        "tags": ["HIV/AIDS", "social exclusion"],
    },
    {
        "name": "Permanent inventory of health mutuals",
        "summary": (
            "The working group that prepares each year's inventory campaign of the health "
            "mutuals of West and Central Africa: questionnaire, reminders, statistics."
        ),
        "kind": Kind.WORKING_GROUP,
        "countries": ["SN", "ML", "BJ"],
        "visibility": Visibility.PRIVATE,
        "join_policy": Join.INVITATION,
        "owner": "expert@gess.example",
        "members": {"aminata@gess.example": Role.MODERATOR},
        "invite": "concertation.secretariat@example.org",
        "tags": ["inventory", "health mutuals"],
    },
]


def load_workspaces(stdout=None) -> dict:
    users = {user.email: user for user in get_user_model().objects.all()}
    created = 0
    for spec in WORKSPACES:
        owner = users.get(spec["owner"])
        if owner is None:
            continue
        workspace = Workspace.objects.filter(name=spec["name"]).first()
        if workspace is None:
            values = {
                key: spec[key]
                for key in ("name", "summary", "kind", "countries", "visibility", "join_policy")
            }
            workspace = services.create(owner=owner, values=values)
            workspace.tags.set(spec["tags"])
            created += 1
        for email, role in spec["members"].items():
            if email in users:
                membership, new = Membership.objects.get_or_create(
                    workspace=workspace, user=users[email], defaults={"role": role}
                )
                if new:
                    activity.record(
                        workspace, actor=users[email], verb=Activity.Verb.JOINED, target=membership
                    )
        if "request" in spec and spec["request"][0] in users:
            JoinRequest.objects.get_or_create(
                workspace=workspace,
                user=users[spec["request"][0]],
                status=JoinRequest.Status.PENDING,
                defaults={"message": spec["request"][1]},
            )
        if "invite" in spec:
            Invitation.objects.get_or_create(
                workspace=workspace, email=spec["invite"], defaults={"invited_by": owner}
            )
    return {"workspaces": Workspace.objects.count(), "created": created}
