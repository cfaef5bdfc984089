from django.urls import path

from .views import browse, contribute, export, feeds, items, oai, review

app_name = "library"
urlpatterns = [
    path("", browse.index, name="index"),
    path("search/", browse.search, name="search"),
    path("items/<int:pk>/", items.detail, name="item"),
    path("items/<int:pk>/download/", items.download, name="download"),
    path("items/<int:pk>/comments/", items.comment, name="comment"),
    path("items/<int:pk>/cite.ris", export.item_ris, name="item-ris"),
    path("items/<int:pk>/cite.bib", export.item_bibtex, name="item-bibtex"),
    path("export.ris", export.results_ris, name="results-ris"),
    path("export.bib", export.results_bibtex, name="results-bibtex"),
    path("submit/", contribute.submit, name="submit"),
    path("my-submissions/", contribute.my_submissions, name="my-submissions"),
    path("items/<int:pk>/edit/", contribute.edit, name="edit"),
    path("review/", review.queue, name="review-queue"),
    path("review/<int:pk>/", review.decide, name="review"),
    path("items/<int:pk>/feature/", review.feature, name="feature"),
    path("feeds/latest.rss", feeds.LatestItemsRss(), name="feed-rss"),
    path("feeds/latest.atom", feeds.LatestItemsAtom(), name="feed-atom"),
    path("feeds/<str:facet>/<str:slug>.rss", feeds.FacetItemsRss(), name="facet-feed-rss"),
    path("feeds/<str:facet>/<str:slug>.atom", feeds.FacetItemsAtom(), name="facet-feed-atom"),
    path("oai/", oai.endpoint, name="oai"),
    # Browsing by facet: type, topic, approach, theme, branch, collection,
    # country (ISO code), language (code), tag (slug). Last: it is the widest.
    path("<str:facet>/<str:slug>/", browse.browse, name="browse"),
]
