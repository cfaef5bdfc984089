from django.urls import path

from . import (
    feeds,
    views_blog,
    views_capitalise,
    views_directory,
    views_discussions,
    views_documents,
    views_events,
    views_members,
    views_search,
    views_wiki,
    views_workspace,
)

app_name = "workspaces"
# Slugs a workspace may not take, because these paths are the app's own.
RESERVED_SLUGS = {"new", "invitation", "feed", "calendar"}

urlpatterns = [
    # Directory and workspace pages (views_directory, views_workspace)
    path("", views_directory.index, name="index"),
    path("new/", views_workspace.create, name="create"),
    path("feed/", feeds.AllPostsFeed(), name="posts-feed"),
    path("calendar/reset/", views_events.calendar_reset, name="calendar-reset"),
    path("calendar/<str:token>.ics", views_events.personal_calendar, name="calendar-ics"),
    path("<slug:slug>/", views_workspace.detail, name="detail"),
    path("<slug:slug>/cover/", views_workspace.cover, name="cover"),
    path("<slug:slug>/settings/", views_workspace.edit, name="edit"),
    path("<slug:slug>/archive/", views_workspace.archive, name="archive"),
    path("<slug:slug>/delete/", views_workspace.delete, name="delete"),
    # Membership (views_members)
    path("<slug:slug>/join/", views_members.join, name="join"),
    path("<slug:slug>/leave/", views_members.leave, name="leave"),
    path("<slug:slug>/members/", views_members.members, name="members"),
    path("<slug:slug>/members/<int:user_id>/", views_members.member_update, name="member-update"),
    path("<slug:slug>/transfer/", views_members.transfer, name="transfer"),
    path("<slug:slug>/requests/", views_members.requests, name="requests"),
    path("<slug:slug>/requests/<int:pk>/", views_members.request_decide, name="request-decide"),
    path("<slug:slug>/invite/", views_members.invite, name="invite"),
    path(
        "<slug:slug>/invitations/<int:pk>/withdraw/",
        views_members.invitation_withdraw,
        name="invitation-withdraw",
    ),
    path("invitation/<str:token>/", views_members.invitation, name="invitation"),
    # Activity, search within, how a member hears of new content (views_search); the
    # address of the former e-mail preference, kept for the links e-mails already carry.
    path("<slug:slug>/activity/", views_search.activity, name="activity"),
    path("<slug:slug>/search/", views_search.search, name="search"),
    path("<slug:slug>/email-updates/", views_search.notifications, name="email-updates"),
    # Blog (views_blog, feeds)
    path("<slug:slug>/blog/", views_blog.index, name="blog"),
    path("<slug:slug>/blog/new/", views_blog.create, name="post-create"),
    path("<slug:slug>/blog/<int:pk>/", views_blog.detail, name="post"),
    path("<slug:slug>/blog/<int:pk>/edit/", views_blog.edit, name="post-edit"),
    path("<slug:slug>/blog/<int:pk>/delete/", views_blog.delete, name="post-delete"),
    path("<slug:slug>/blog/<int:pk>/comments/", views_blog.comment, name="post-comment"),
    path(
        "<slug:slug>/blog/<int:pk>/comments/<int:comment_pk>/delete/",
        views_blog.comment_delete,
        name="comment-delete",
    ),
    path("<slug:slug>/feed/", feeds.WorkspacePostsFeed(), name="feed"),
    # Wiki (views_wiki)
    path("<slug:slug>/wiki/", views_wiki.index, name="wiki"),
    path("<slug:slug>/wiki/new/", views_wiki.create, name="wiki-create"),
    path("<slug:slug>/wiki/<int:pk>/", views_wiki.page, name="wiki-page"),
    path("<slug:slug>/wiki/<int:pk>/edit/", views_wiki.edit, name="wiki-edit"),
    path("<slug:slug>/wiki/<int:pk>/delete/", views_wiki.delete, name="wiki-delete"),
    path("<slug:slug>/wiki/<int:pk>/history/", views_wiki.history, name="wiki-history"),
    path(
        "<slug:slug>/wiki/<int:pk>/history/<int:number>/",
        views_wiki.revision,
        name="wiki-revision",
    ),
    path("<slug:slug>/wiki/<int:pk>/diff/", views_wiki.diff, name="wiki-diff"),
    path(
        "<slug:slug>/wiki/<int:pk>/history/<int:number>/restore/",
        views_wiki.revert,
        name="wiki-revert",
    ),
    # Documents (views_documents) and capitalisation (views_capitalise)
    path("<slug:slug>/documents/", views_documents.index, name="documents"),
    path("<slug:slug>/documents/folders/new/", views_documents.folder_create, name="folder-create"),
    path("<slug:slug>/documents/folders/<int:pk>/", views_documents.folder, name="folder"),
    path(
        "<slug:slug>/documents/folders/<int:pk>/delete/",
        views_documents.folder_delete,
        name="folder-delete",
    ),
    path("<slug:slug>/documents/new/", views_documents.upload, name="document-upload"),
    path("<slug:slug>/documents/<int:pk>/", views_documents.detail, name="document"),
    path("<slug:slug>/documents/<int:pk>/edit/", views_documents.edit, name="document-edit"),
    path(
        "<slug:slug>/documents/<int:pk>/new-version/",
        views_documents.new_version,
        name="document-version",
    ),
    path(
        "<slug:slug>/documents/<int:pk>/v<int:number>/download/",
        views_documents.download,
        name="document-download",
    ),
    path("<slug:slug>/documents/<int:pk>/delete/", views_documents.delete, name="document-delete"),
    path(
        "<slug:slug>/documents/<int:pk>/to-library/",
        views_capitalise.document,
        name="capitalise-document",
    ),
    path("<slug:slug>/blog/<int:pk>/to-library/", views_capitalise.post, name="capitalise-post"),
    # Discussions (views_discussions)
    path("<slug:slug>/discussions/", views_discussions.index, name="threads"),
    path("<slug:slug>/discussions/new/", views_discussions.create, name="thread-create"),
    path("<slug:slug>/discussions/<int:pk>/", views_discussions.detail, name="thread"),
    path("<slug:slug>/discussions/<int:pk>/edit/", views_discussions.edit, name="thread-edit"),
    path(
        "<slug:slug>/discussions/<int:pk>/delete/", views_discussions.delete, name="thread-delete"
    ),
    path("<slug:slug>/discussions/<int:pk>/reply/", views_discussions.reply, name="thread-reply"),
    path(
        "<slug:slug>/discussions/<int:pk>/replies/<int:reply_pk>/delete/",
        views_discussions.reply_delete,
        name="reply-delete",
    ),
    # Events (views_events)
    path("<slug:slug>/events/", views_events.index, name="events"),
    path("<slug:slug>/events/new/", views_events.create, name="event-create"),
    path("<slug:slug>/events/<int:pk>/", views_events.detail, name="event"),
    path("<slug:slug>/events/<int:pk>/edit/", views_events.edit, name="event-edit"),
    path("<slug:slug>/events/<int:pk>/delete/", views_events.delete, name="event-delete"),
    path("<slug:slug>/events.ics", views_events.workspace_calendar, name="events-ics"),
]
