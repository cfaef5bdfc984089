from django.urls import path

from . import views

app_name = "glossary"
urlpatterns = [
    path("", views.index, name="index"),
    path("search/", views.search, name="search"),
    path("export.csv", views.export_csv, name="export"),
    path("import/", views.import_csv, name="import"),
    path("suggest/", views.suggest, name="suggest"),
    path("suggestions/", views.suggestion_queue, name="suggestions"),
    path("suggestions/<int:pk>/decide/", views.decide, name="decide"),
    # Last: a term's slug could be any word.
    path("<slug:slug>/", views.term_detail, name="term"),
]
