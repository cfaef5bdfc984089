from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .forms import WagtailUserCreationForm, WagtailUserEditForm


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update: bool = False):
        return WagtailUserEditForm if for_update else WagtailUserCreationForm
