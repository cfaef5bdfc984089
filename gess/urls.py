from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views

# Not language-prefixed: machine endpoints and the two admin sites.
urlpatterns = [
    path("health/", core_views.health_view, name="health"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    path("", include("core.urls")),
    path("", include("editorial.urls")),
    path("library/", include("library.urls")),
    path("countries/", include("countryprofiles.urls")),
    path("cooperation/", include("cooperation.urls")),
    path("experts/", include("experts.urls")),
    path("schemes/", include("schemes.urls")),
    path("workspaces/", include("workspaces.urls")),
    path("glossary/", include("glossary.urls")),
    path("notifications/", include("notifications.urls")),
    path("forum/", include("forums.urls")),
    path("newsletter/", include("newsletters.urls")),
    # Wagtail's page tree last: it claims every remaining path.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    # Locally, Django serves the public editorial images itself. Nothing else
    # under MEDIA_ROOT is public: avatars and uploads go through views that
    # check who is asking. In production the web server serves these two folders.
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns.insert(
        0,
        re_path(
            r"^media/(?P<path>(?:images|original_images)/.+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    )
