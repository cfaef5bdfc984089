from django.urls import path

from . import views

app_name = "countryprofiles"
urlpatterns = [
    path("", views.index, name="index"),
    path("compare/", views.compare_default, name="compare-default"),
    path("compare/<slug:indicator>/", views.compare, name="compare"),
    path("compare/<slug:indicator>.csv", views.compare_csv, name="compare-csv"),
    path("add/", views.add_country, name="add"),
    # A two-letter ISO 3166 code, lower or upper case; anything else is a 404.
    path("<str:code>/", views.detail, name="detail"),
    path("<str:code>/indicators.csv", views.detail_csv, name="detail-csv"),
]
