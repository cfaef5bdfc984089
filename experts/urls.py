from django.urls import path

from . import views

app_name = "experts"
urlpatterns = [
    path("", views.index, name="index"),
    path("me/", views.my_profile, name="my-profile"),
    path("feed.rss", views.feed, name="feed"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/cv/", views.cv_download, name="cv"),
    path("<int:pk>/contact/", views.contact, name="contact"),
    path("needs/", views.needs, name="needs"),
    path("needs/new/", views.need_create, name="need-create"),
    path("needs/<int:pk>/", views.need_detail, name="need"),
    path("needs/<int:pk>/shortlist/", views.shortlist, name="shortlist"),
]
