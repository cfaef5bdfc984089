"""Factories for workspaces: ``WorkspaceFactory(owner=user)`` makes ``user`` its owner,
``add_member(workspace, user, role)`` adds a member."""

import factory
from factory.django import DjangoModelFactory

from workspaces.models import Membership, Workspace


class WorkspaceFactory(DjangoModelFactory):
    """A public, open-on-request project workspace; pass ``owner=`` to give it one."""

    class Meta:
        model = Workspace
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Social marketing of health mutuals {n}")
    slug = factory.Sequence(lambda n: f"social-marketing-{n}")
    summary = "Field actors in Benin share what works to make mutuals known."
    kind = Workspace.Kind.PROJECT
    visibility = Workspace.Visibility.PUBLIC
    join_policy = Workspace.JoinPolicy.REQUEST
    countries = ["BJ"]

    @factory.post_generation
    def owner(self, create, extracted, **kwargs):
        if create and extracted:
            add_member(self, extracted, Membership.Role.OWNER)
            self.created_by = extracted
            self.save(update_fields=["created_by"])


def add_member(workspace: Workspace, user, role: str = Membership.Role.MEMBER) -> Membership:
    return Membership.objects.create(workspace=workspace, user=user, role=role)
