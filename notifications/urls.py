from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("", views.notification_list, name="list"),
    path("read/", views.mark_read, name="mark-read"),
    path("open/<int:pk>/", views.open_notification, name="open"),
    path("preferences/", views.preferences, name="preferences"),
    path("follow/<slug:key>/<int:pk>/", views.follow, name="follow"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
