from django.urls import path

from . import views_directory, views_members, views_workspace

app_name = "workspaces"
# Slugs a workspace may not take, because these paths are the app's own.
RESERVED_SLUGS = {"new", "invitation", "feed"}

urlpatterns = [
    # Directory and workspace pages (views_directory, views_workspace)
    path("", views_directory.index, name="index"),
    path("new/", views_workspace.create, name="create"),
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
]
