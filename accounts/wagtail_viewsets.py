"""Wagtail's user administration for members who have a display name, not first/last names."""

from django.utils.functional import cached_property
from wagtail.admin.auth import permission_denied
from wagtail.users.views import users

from .forms import WagtailUserCreationForm, WagtailUserEditForm


class _ActingUserMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "acting_user": self.request.user}


class IndexView(users.IndexView):
    @cached_property
    def search_fields(self):
        # Wagtail searches first and last names; members have a display name instead.
        return ["email", "display_name", "organisation"]


class CreateView(_ActingUserMixin, users.CreateView):
    pass


class EditView(_ActingUserMixin, users.EditView):
    def dispatch(self, request, *args, **kwargs):
        # Setting a superuser's password or address would make one a superuser.
        if self.object.is_superuser and not request.user.is_superuser:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(users.UserViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    # Wagtail's own templates show first and last name fields; ours show the display name.
    create_template_name = "accounts/wagtail/user_create.html"
    edit_template_name = "accounts/wagtail/user_edit.html"

    def get_form_class(self, for_update: bool = False):
        return WagtailUserEditForm if for_update else WagtailUserCreationForm
