"""The portal's role groups and what each may do in the admin.

Run after every ``migrate`` (post_migrate), so a fresh database and an
upgraded one end with the same groups. Idempotent.
"""

from django.contrib.auth.models import Group, Permission

MEMBERS = "Members"
EXPERTS = "Experts"
EDITORS = "Editors"
COUNTRY_CURATORS = "Country curators"
ADMINISTRATORS = "Administrators"
ROLE_GROUPS = [MEMBERS, EXPERTS, EDITORS, COUNTRY_CURATORS, ADMINISTRATORS]

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
ADMIN_ACCESS = ("wagtailadmin", "access_admin")
USER_ADMIN = [("accounts", "add_user"), ("accounts", "change_user"), ("accounts", "view_user")]
# Editors and Administrators run the library: the review queue, the home page's
# featured items, items and taxonomies in the admin, and comment moderation.
LIBRARY_MODELS = [
    "item",
    "resourcetype",
    "topic",
    "approach",
    "theme",
    "branch",
    "librarycollection",
]
LIBRARY_PERMISSIONS = (
    [("library", "review_item"), ("library", "feature_item")]
    + [
        ("library", f"{action}_{model}")
        for model in LIBRARY_MODELS
        for action in ("add", "change", "delete", "view")
    ]
    + [("library", "view_comment"), ("library", "change_comment"), ("library", "delete_comment")]
)
# Editors and Administrators run the glossary: terms and categories in the admin,
# CSV import, and the members' suggestions queue.
GLOSSARY_PERMISSIONS = [
    ("glossary", f"{action}_{model}")
    for model in ("term", "category")
    for action in ("add", "change", "delete", "view")
] + [("glossary", "view_suggestion"), ("glossary", "review_suggestion")]
# Editors and Administrators keep the indicators, their values (admin and CSV
# import) and the country curators; profile pages themselves are page permissions.
COUNTRY_PROFILE_PERMISSIONS = [
    ("countryprofiles", f"{action}_{model}")
    for model in ("indicator", "indicatorvalue", "curatorship")
    for action in ("add", "change", "delete", "view")
]
# ... and technical cooperation: actions, their results frameworks and the lists
# they draw on.
COOPERATION_MODELS = [
    "assistancetype",
    "programme",
    "partnerinstitution",
    "action",
    "result",
    "resultindicator",
    "milestone",
]
COOPERATION_PERMISSIONS = [
    ("cooperation", f"{action}_{model}")
    for model in COOPERATION_MODELS
    for action in ("add", "change", "delete", "view")
]
# ... and the expert database: areas of expertise, expert profiles (editors see and
# correct every profile, hidden ones too), technical-assistance needs and shortlists.
EXPERTS_MODELS = [
    "expertisearea",
    "expertprofile",
    "expertcountry",
    "expertlanguage",
    "assistanceneed",
    "shortlistentry",
]
EXPERTS_PERMISSIONS = [
    ("experts", f"{action}_{model}")
    for model in EXPERTS_MODELS
    for action in ("add", "change", "delete", "view")
]
# ... and the scheme database: schemes (editors assign their managers and contact),
# their yearly figures, the proposed changes, risks, networks and inventory campaigns.
SCHEMES_MODELS = ["scheme", "schemeyear", "schemechange", "risk", "network", "inventorycampaign"]
SCHEMES_PERMISSIONS = [
    ("schemes", f"{action}_{model}")
    for model in SCHEMES_MODELS
    for action in ("add", "change", "delete", "view")
] + [("schemes", "view_inventoryinvitation")]
# ... and the newsletters: members' community news (publish or reject), newsletter
# issues (compose, preview, send); and the discussion lists in the admin (their
# moderators moderate each list; editors create lists and name moderators).
NEWSLETTERS_PERMISSIONS = [
    ("newsletters", "review_communitynews"),
    ("newsletters", "view_communitynews"),
    ("newsletters", "change_communitynews"),
    ("newsletters", "send_newsletterissue"),
    ("newsletters", "view_reader"),
] + [
    ("newsletters", f"{action}_{model}")
    for model in ("newsletterissue", "issueentry")
    for action in ("add", "change", "delete", "view")
]
FORUMS_PERMISSIONS = [
    ("forums", f"{action}_{model}")
    for model in ("discussionlist", "subscriber")
    for action in ("add", "change", "view")
] + [("forums", "view_message"), ("forums", "view_topic")]
# Administrators only: site administrators read and moderate every workspace, private
# ones included (``workspaces.rules.is_site_admin``), and list them in the admin.
# Editors get none of these: they must not read private workspaces.
WORKSPACES_PERMISSIONS = [
    ("workspaces", f"{action}_workspace") for action in ("view", "change", "delete")
]
# Review before publishing: a page submitted for moderation (by a country curator,
# who may edit but not publish) waits for this task of Wagtail's default workflow,
# which Editors and Administrators approve.
MODERATION_WORKFLOW = "Moderators approval"
MODERATION_TASK = "Moderators approval"


def _perm(app_label: str, codename: str) -> Permission | None:
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def ensure_role_groups(**kwargs) -> None:
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_GROUPS}
    access = _perm(*ADMIN_ACCESS)
    if access is None:  # wagtailadmin's permissions are not created yet
        return
    for name in (EDITORS, COUNTRY_CURATORS, ADMINISTRATORS):
        groups[name].permissions.add(access)
    for name in (EDITORS, ADMINISTRATORS):
        group = groups[name]
        root = Page.get_first_root_node()
        if root is not None:
            for codename in PAGE_PERMISSIONS:
                perm = _perm("wagtailcore", codename)
                if perm:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=root, permission=perm
                    )
        collection = Collection.get_first_root_node()
        if collection is not None:
            for app_label, codename in COLLECTION_PERMISSIONS:
                perm = _perm(app_label, codename)
                if perm:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=collection, permission=perm
                    )
    for app_label, codename in USER_ADMIN:
        perm = _perm(app_label, codename)
        if perm:
            groups[ADMINISTRATORS].permissions.add(perm)
    for app_label, codename in LIBRARY_PERMISSIONS:
        perm = _perm(app_label, codename)
        if perm:
            groups[EDITORS].permissions.add(perm)
            groups[ADMINISTRATORS].permissions.add(perm)
    for app_label, codename in (
        GLOSSARY_PERMISSIONS
        + COUNTRY_PROFILE_PERMISSIONS
        + COOPERATION_PERMISSIONS
        + EXPERTS_PERMISSIONS
        + SCHEMES_PERMISSIONS
        + NEWSLETTERS_PERMISSIONS
        + FORUMS_PERMISSIONS
    ):
        perm = _perm(app_label, codename)
        if perm:
            groups[EDITORS].permissions.add(perm)
            groups[ADMINISTRATORS].permissions.add(perm)
    for app_label, codename in WORKSPACES_PERMISSIONS:
        perm = _perm(app_label, codename)
        if perm:
            groups[ADMINISTRATORS].permissions.add(perm)
    _ensure_moderation(groups[EDITORS], groups[ADMINISTRATORS])


def _ensure_moderation(*approvers: Group) -> None:
    """Make the approvers reviewers of the default moderation workflow.

    Wagtail's migrations create the "Moderators approval" workflow on the root
    page with a group approval task for its own "Moderators" group. If the
    root has no workflow (someone removed it), the workflow and its task are
    created again. The approvers are added to the task; other groups stay.
    """
    from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

    root = Page.get_first_root_node()
    if root is None:
        return
    task = GroupApprovalTask.objects.filter(name=MODERATION_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=MODERATION_TASK)
    if not WorkflowPage.objects.filter(page=root).exists():
        workflow = Workflow.objects.filter(name=MODERATION_WORKFLOW).first()
        if workflow is None:
            workflow = Workflow.objects.create(name=MODERATION_WORKFLOW)
        if not workflow.workflow_tasks.exists():
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.create(page=root, workflow=workflow)
    task.groups.add(*approvers)
