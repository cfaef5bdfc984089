"""Factories for workspaces: ``WorkspaceFactory(owner=user)`` makes ``user`` its owner,
``add_member(workspace, user, role)`` adds a member (who follows it); then one factory
per kind of content (posts, comments, wiki pages, threads, replies, events, folders,
documents)."""

from datetime import timedelta

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from factory.django import DjangoModelFactory

from core.demo.documents import make_pdf
from workspaces.bodies import render
from workspaces.membership import follow
from workspaces.models import (
    Document,
    DocumentVersion,
    Event,
    Folder,
    Membership,
    Post,
    PostComment,
    Reply,
    Thread,
    WikiPage,
    WikiRevision,
    Workspace,
)


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
    """A member, who follows the workspace (each new item by e-mail) as one who joins does."""
    membership = Membership.objects.create(workspace=workspace, user=user, role=role)
    follow(workspace, user)
    return membership


# --- What members write ------------------------------------------------------------------
# Each takes ``workspace=`` and ``author=`` (or ``created_by=``); bodies are rendered as the
# services render them, so that ``body_html`` is what the pages show.


class PostFactory(DjangoModelFactory):
    class Meta:
        model = Post

    workspace = factory.SubFactory(WorkspaceFactory)
    title = factory.Sequence(lambda n: f"What we learnt in Parakou, part {n}")
    body = "Door-to-door visits by **peer educators** doubled enrolment in the mutual."
    body_html = factory.LazyAttribute(lambda o: render(o.body))


class PostCommentFactory(DjangoModelFactory):
    class Meta:
        model = PostComment

    post = factory.SubFactory(PostFactory)
    body = "The same happened in Borgou: radio spots did little, visits a lot."


class WikiPageFactory(DjangoModelFactory):
    """A wiki page and its first revision (version 1), by ``created_by``."""

    class Meta:
        model = WikiPage
        skip_postgeneration_save = True

    workspace = factory.SubFactory(WorkspaceFactory)
    title = factory.Sequence(lambda n: f"Enrolment guide, chapter {n}")
    body = "## Before the campaign\n\nMeet the village chief and the health centre staff."
    body_html = factory.LazyAttribute(lambda o: render(o.body))
    updated_by = factory.SelfAttribute("created_by")

    @factory.post_generation
    def first_revision(self, create, extracted, **kwargs):
        if create:
            WikiRevision.objects.create(
                page=self, number=1, title=self.title, body=self.body, author=self.created_by
            )


class ThreadFactory(DjangoModelFactory):
    class Meta:
        model = Thread

    workspace = factory.SubFactory(WorkspaceFactory)
    title = factory.Sequence(lambda n: f"Which premium for informal workers? ({n})")
    body = "In Cotonou the mutual asks 1,500 CFA francs a month. Is that too much?"
    body_html = factory.LazyAttribute(lambda o: render(o.body))


class ReplyFactory(DjangoModelFactory):
    class Meta:
        model = Reply

    thread = factory.SubFactory(ThreadFactory)
    body = "Ours in Lokossa pays in two instalments, after the harvest."
    body_html = factory.LazyAttribute(lambda o: render(o.body))


class EventFactory(DjangoModelFactory):
    """An event in a week, lasting three hours."""

    class Meta:
        model = Event

    workspace = factory.SubFactory(WorkspaceFactory)
    title = factory.Sequence(lambda n: f"Steering committee meeting {n}")
    description = "Review of the pilot's first six months with the Ministry of Labour."
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=3))
    location = "Cotonou, Ministry of Labour and Public Service"


class FolderFactory(DjangoModelFactory):
    class Meta:
        model = Folder

    workspace = factory.SubFactory(WorkspaceFactory)
    name = factory.Sequence(lambda n: f"Field reports {n}")


class DocumentFactory(DjangoModelFactory):
    """A document with one version: a real PDF (``file_text=[...]`` sets its text).
    Needs ``settings.MEDIA_ROOT`` pointed at a temporary folder."""

    class Meta:
        model = Document
        skip_postgeneration_save = True

    workspace = factory.SubFactory(WorkspaceFactory)
    title = factory.Sequence(lambda n: f"Baseline survey of mutuals {n}")
    description = "Household survey in Atacora and Donga, 2024."

    @factory.post_generation
    def file_text(self, create, extracted, **kwargs):
        if create:
            add_version(self, make_pdf(list(extracted or ["Baseline survey"]), title=self.title))


def add_version(document: Document, data: bytes, *, name: str = "survey.pdf", user=None):
    """Store ``data`` as the document's next version (a PDF unless ``name`` says otherwise)."""
    number = (
        document.versions.order_by("-number").values_list("number", flat=True).first() or 0
    ) + 1
    version = DocumentVersion(
        document=document,
        number=number,
        file_name=name,
        file_size=len(data),
        file_type=name.rsplit(".", 1)[-1].lower(),
        uploaded_by=user or document.created_by,
    )
    version.file.save(name, ContentFile(data), save=False)
    version.save()
    document.current = version
    document.save(update_fields=["current"])
    return version
