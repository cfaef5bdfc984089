from django.urls import path

from . import views

app_name = "cooperation"
urlpatterns = [
    path("", views.index, name="index"),
    path("programmes/<slug:slug>/", views.programme, name="programme"),
    path("programmes/<slug:slug>/report/", views.programme_report, name="programme-report"),
    path("<slug:slug>/", views.action, name="action"),
    path("<slug:slug>/report/", views.action_report, name="action-report"),
]
