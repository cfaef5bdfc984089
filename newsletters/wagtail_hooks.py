"""The newsletters in Wagtail's admin, in one "Newsletters" menu:

- Community news: every item, filtered by status, country or language. Editors correct
  an item's words or take a published one back ("Withdraw", with a note the author
  receives: ``community.withdraw``). Nothing is added here (members submit on the
  portal) and nothing is deleted (a withdrawn item stays, rejected, for the record);
  items are published or rejected in the portal's review queue.
- Newsletter issues: a read-only list; a draft opens the portal's editor, where it is
  composed, previewed and sent, a sent issue its archive page.
- Readers: who receives the newsletter and the weekly platform news (view only: each
  member chooses on the portal). Those who send the newsletter may see them.

Access follows Django's model permissions, which Editors and Administrators hold
(``accounts.roles.NEWSLETTERS_PERMISSIONS``)."""

from django import forms
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core.admin_viewsets import RefusedActionsPolicy

from . import community
from .models import CommunityNews, NewsletterIssue, Reader

COMMUNITY = "newsletters-community"
ISSUES = "newsletters-issues"
READERS = "newsletters-readers"


class ReadersPolicy(ModelPermissionPolicy):
    """Readers are only looked at here: by those who may view them, and by those who
    send the newsletter to them."""

    SENDERS = "newsletters.send_newsletterissue"

    def user_has_permission(self, user, action):
        if action != "view":
            return False
        return super().user_has_permission(user, "view") or user.has_perm(self.SENDERS)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return super().users_with_any_permission([])
        viewers = super().users_with_any_permission(["view"])
        senders = self._get_users_with_any_permission_codenames(["send_newsletterissue"])
        return (viewers | senders).distinct()


# Members submit news on the portal; a withdrawn item is kept (rejected), not deleted.
register_permission_policy(
    CommunityNews, RefusedActionsPolicy(CommunityNews, refused=("add", "delete"))
)
# Issues are composed, previewed and sent on the portal.
register_permission_policy(
    NewsletterIssue, RefusedActionsPolicy(NewsletterIssue, refused=("add", "change", "delete"))
)
register_permission_policy(Reader, ReadersPolicy(Reader))


# --- Community news ------------------------------------------------------------------------


def may_withdraw(user, item: CommunityNews) -> bool:
    return item.status == CommunityNews.Status.PUBLISHED and user.has_perm(
        "newsletters.review_news"
    )


class CommunityNewsForm(WagtailAdminModelForm):
    """An editor's correction: the same rules as the member's form for the link."""

    def clean_link(self):
        try:
            return community.clean_link(self.cleaned_data.get("link", ""))
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from error


class CommunityNewsIndexView(IndexView):
    """The list, with "Withdraw" in a published item's menu and a link to the portal's
    review queue."""

    @cached_property
    def header_buttons(self):
        queue = HeaderButton(
            _("Review queue on the portal"),
            url=reverse("newsletters:community-review"),
            icon_name="link-external",
        )
        return [*super().header_buttons, queue]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("author")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if may_withdraw(self.request.user, instance):
            buttons.append(
                MenuItem(
                    _("Withdraw"),
                    url=reverse(f"{COMMUNITY}:withdraw", args=[instance.pk]),
                    icon_name="cross",
                    priority=40,
                )
            )
        return buttons


class WithdrawForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the author"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Why the item is taken back. The author receives it by e-mail."),
    )


class WithdrawView(WagtailAdminTemplateMixin, FormView):
    """Take a published item back: it disappears from the portal and its author is told
    why (``community.withdraw``)."""

    template_name = "wagtailadmin/generic/form.html"
    form_class = WithdrawForm
    header_icon = "cross"
    page_title = _("Withdraw community news")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("newsletters.review_news"):
            return permission_denied(request)
        self.item = get_object_or_404(CommunityNews, pk=kwargs["pk"])
        if self.item.status != CommunityNews.Status.PUBLISHED:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.item.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(f"{COMMUNITY}:index"),
                "label": CommunityNews._meta.verbose_name_plural,
            },
            {"url": "", "label": _("Withdraw")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_url=reverse(f"{COMMUNITY}:withdraw", args=[self.item.pk]),
            submit_button_label=_("Withdraw"),
            submit_button_active_label=_("Withdrawing…"),
            media=context["form"].media,
        )
        return context

    def form_valid(self, form):
        try:
            community.withdraw(self.item, self.request.user, form.cleaned_data["note"])
        except community.ReviewRefused as refused:
            form.add_error(None, str(refused))
            return self.form_invalid(form)
        except ValidationError as error:
            form.add_error("note", error.messages)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("“%(title)s” was withdrawn; its author is told why.") % {"title": self.item.title},
        )
        return redirect(f"{COMMUNITY}:index")


class CommunityNewsViewSet(ModelViewSet):
    model = CommunityNews
    name = COMMUNITY
    url_prefix = "newsletters/community-news"
    icon = "doc-full"
    menu_label = _("Community news")
    index_view_class = CommunityNewsIndexView
    list_display = [
        "title",
        Column("author", label=_("Author"), sort_key="author__display_name"),
        Column("country", label=_("Country"), accessor="country.name", sort_key="country"),
        "language",
        "status",
        "submitted",
        "published_at",
    ]
    list_filter = ["status", "country", "language"]
    search_fields = ["title", "text"]
    search_backend_name = None  # the ORM: community news is not in Wagtail's search index
    ordering = ["-submitted", "-pk"]
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("text"),
            FieldRowPanel([FieldPanel("country"), FieldPanel("language")]),
            FieldPanel("link"),
            FieldPanel("image_alt"),
        ],
        base_form_class=CommunityNewsForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("withdraw/<int:pk>/", WithdrawView.as_view(), name="withdraw"),
        ]


# --- Newsletter issues ---------------------------------------------------------------------


def issue_url(issue: NewsletterIssue) -> str:
    """A sent issue's archive page; a draft's page in the portal's editor."""
    if issue.is_sent:
        return reverse("newsletters:issue", kwargs={"number": issue.number})
    return reverse("newsletters:issue-edit", kwargs={"pk": issue.pk})


class IssueIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        editor = HeaderButton(
            _("Compose on the portal"),
            url=reverse("newsletters:editor"),
            icon_name="link-external",
        )
        return [*super().header_buttons, editor]


class IssueViewSet(ModelViewSet):
    """A read-only list; each issue opens on the portal."""

    model = NewsletterIssue
    name = ISSUES
    url_prefix = "newsletters/issues"
    icon = "mail"
    menu_label = _("Newsletter issues")
    index_view_class = IssueIndexView
    list_display = [
        "number",
        TitleColumn("title", label=_("Title"), get_url=issue_url),
        "status",
        "created",
        "sent_at",
        "recipients",
    ]
    list_filter = ["status"]
    search_fields = ["title", "title_fr", "title_es"]
    search_backend_name = None
    ordering = ["-number"]
    copy_view_enabled = False
    inspect_view_enabled = False
    panels = [FieldPanel("title")]  # never shown: nobody may change an issue here


# --- Readers -------------------------------------------------------------------------------


class ReaderIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user")


class ReaderViewSet(ModelViewSet):
    model = Reader
    name = READERS
    url_prefix = "newsletters/readers"
    icon = "user"
    menu_label = _("Readers")
    index_view_class = ReaderIndexView
    list_display = [
        Column("user", label=_("Member"), sort_key="user__display_name"),
        BooleanColumn("newsletter", label=_("Newsletter")),
        BooleanColumn("platform_news", label=_("Weekly platform news")),
        "updated",
    ]
    list_filter = ["newsletter", "platform_news"]
    search_fields = ["user__display_name", "user__email"]
    search_backend_name = None
    ordering = ["user__display_name"]
    copy_view_enabled = False
    inspect_view_enabled = False
    panels = [FieldPanel("newsletter")]  # never shown: each member chooses on the portal


class NewslettersViewSetGroup(ViewSetGroup):
    items = (CommunityNewsViewSet, IssueViewSet, ReaderViewSet)
    menu_icon = "mail"
    menu_label = _("Newsletters")
    menu_name = "newsletters"
    menu_order = 290


@hooks.register("register_admin_viewset")
def register_newsletters_viewsets():
    return NewslettersViewSetGroup()
