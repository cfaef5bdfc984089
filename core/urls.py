from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("dashboard/", views.dashboard_view, name="dashboard"),
    path("search/", views.search_view, name="search"),
]
