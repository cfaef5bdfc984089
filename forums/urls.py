from django.urls import path

from . import views

app_name = "forum"

urlpatterns = [
    path("", views.index, name="index"),
    path("moderation/", views.moderation_queue, name="moderation"),
    path("<slug:slug>/", views.list_detail, name="list"),
    path("<slug:slug>/subscribe/", views.subscribe, name="subscribe"),
    path("<slug:slug>/leave/", views.leave, name="leave"),
    path("<slug:slug>/archive/<int:year>/<int:month>/", views.archive_month, name="archive"),
    path("<slug:slug>/new/", views.new_topic, name="new-topic"),
    path("<slug:slug>/topics/<int:pk>/", views.topic_detail, name="topic"),
    path("<slug:slug>/topics/<int:pk>/reply/", views.reply, name="reply"),
    path("<slug:slug>/moderation/", views.list_moderation, name="list-moderation"),
    path("<slug:slug>/moderation/<int:pk>/", views.moderate, name="moderate"),
    path("<slug:slug>/subscribers/", views.subscribers, name="subscribers"),
    path("<slug:slug>/subscribers/<int:pk>/", views.subscriber_standing, name="subscriber"),
    path("<slug:slug>/feed/", views.ListFeed(), name="feed"),
]
