from django.urls import path

from . import views_community, views_issues, views_platform

app_name = "newsletters"

urlpatterns = [
    # The newsletter's archive and a reader's choices.
    path("", views_issues.archive, name="index"),
    path("subscription/", views_platform.subscription, name="subscription"),
    path("issues/<int:number>/", views_issues.issue, name="issue"),
    # Editors: compose, preview, send.
    path("editor/", views_issues.editor_list, name="editor"),
    path("editor/new/", views_issues.create_issue, name="issue-create"),
    path("editor/<int:pk>/", views_issues.edit_issue, name="issue-edit"),
    path("editor/<int:pk>/entries/", views_issues.add_entry, name="issue-add-entry"),
    path(
        "editor/<int:pk>/entries/<int:entry>/remove/",
        views_issues.remove_entry,
        name="issue-remove-entry",
    ),
    path("editor/<int:pk>/preview/", views_issues.preview, name="issue-preview"),
    path("editor/<int:pk>/send/", views_issues.send, name="issue-send"),
    # Community news.
    path("community/", views_community.community_list, name="community"),
    path("community/feed/", views_community.CommunityFeed(), name="community-feed"),
    path("community/submit/", views_community.submit, name="community-submit"),
    path("community/mine/", views_community.my_news, name="community-mine"),
    path("community/review/", views_community.review_queue, name="community-review"),
    path("community/<int:pk>/", views_community.detail, name="community-detail"),
    path("community/<int:pk>/image/", views_community.image, name="community-image"),
    path("community/<int:pk>/review/", views_community.review, name="community-review-item"),
    # The weekly platform news.
    path("platform-news/", views_platform.weeks, name="platform"),
    path("platform-news/<str:week>/", views_platform.week, name="platform-week"),
]
