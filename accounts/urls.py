from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("accounts/profile/", views.profile_edit, name="profile"),
    path("people/", views.directory, name="directory"),
    path("people/<int:pk>/", views.member_detail, name="member"),
    path("people/<int:pk>/contact/", views.contact, name="contact"),
    path("people/<int:pk>/avatar/<str:token>.webp", views.avatar, name="avatar"),
]
