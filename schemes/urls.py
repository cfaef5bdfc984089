from django.urls import path

from . import views_contribute, views_figures, views_inventory, views_public, views_review

app_name = "schemes"
urlpatterns = [
    # Browsing (views_public)
    path("", views_public.index, name="index"),
    path("export.csv", views_public.export, name="export"),
    path("countries/", views_public.countries, name="countries"),
    path("<int:pk>/", views_public.detail, name="detail"),
    # In figures (views_figures): table is country, region, type, risk or year
    path("figures/", views_figures.figures, name="figures"),
    path("figures/<slug:table>.csv", views_figures.figures_csv, name="figures-csv"),
    # Members propose, managers report (views_contribute)
    path("new/", views_contribute.create, name="create"),
    path("mine/", views_contribute.mine, name="mine"),
    path("<int:pk>/edit/", views_contribute.edit, name="edit"),
    path("<int:pk>/figures/<int:year>/", views_contribute.report_year, name="report-year"),
    # Editors review; everyone may read a published scheme's history (views_review)
    path("review/", views_review.queue, name="review"),
    path("review/<int:pk>/", views_review.change, name="review-change"),
    path("<int:pk>/history/", views_review.history, name="history"),
    # Inventory campaigns and the contact relay (views_inventory)
    path("inventory/", views_inventory.campaigns, name="campaigns"),
    path("<int:pk>/contact/", views_inventory.contact, name="contact"),
]
