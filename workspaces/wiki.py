"""The workspace wiki: pages in a hierarchy, each saved as numbered revisions.

Every save goes through this module: ``create_page`` (version 1), ``save_page`` (the
next version, refused with ``EditConflict`` when someone saved another version since
the editor's form was loaded), ``revert`` (a new version copying an older one) and
``delete_page`` (its subpages move up to its parent). Each renders the body
(``bodies.render``) and records the ``Activity`` in the same transaction.

``tree`` reads a workspace's pages in one query and orders them as a hierarchy, for the
index, the choice of a parent and a page's ancestors and subpages. ``diff`` compares two
texts line by line, the changed words of a changed line marked, as escaped HTML.
"""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from . import activity, bodies
from .mentions import mentioned
from .models import Activity, WikiPage, WikiRevision, Workspace

TREE_FIELDS = ("pk", "workspace_id", "parent_id", "title", "updated")
DIFF_CONTEXT = 3  # unchanged lines shown around each change
INLINE_MAX = 2000  # longer lines are compared whole, not word by word
INLINE_MIN_RATIO = 0.5  # lines whose words are less alike are shown replaced, not edited
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")
_WORDS = re.compile(r"\w+")


class EditConflict(Exception):
    """Someone saved the page after the editor loaded it: nothing was saved. Carries the
    page as it is now saved (``page``: its title, body, version, who saved it and when)."""

    def __init__(self, page: WikiPage):
        self.page = page
        self.version = page.version
        self.title = page.title
        self.body = page.body
        self.parent_id = page.parent_id
        self.updated_by = page.updated_by
        self.updated = page.updated
        super().__init__(f"{page} was saved as version {page.version} meanwhile")


class NothingChanged(Exception):
    """The save would change nothing (same title, text and place): no version was saved."""

    def __init__(self, page: WikiPage):
        self.page = page
        super().__init__(f"{page}: nothing changed")


# --- The hierarchy --------------------------------------------------------------------------


@dataclass
class TreeRow:
    """A page in hierarchy order: ``depth`` 0 at the top; ``opens`` when the next row is
    its first subpage; ``closes`` how many levels end after it (for nested lists)."""

    page: WikiPage
    depth: int
    opens: bool = False
    closes: range = field(default_factory=lambda: range(0))


def _pages(workspace: Workspace) -> list[WikiPage]:
    pages = list(WikiPage.objects.filter(workspace=workspace).only(*TREE_FIELDS))
    for page in pages:
        page.workspace = workspace  # their links need the slug: no query per page
    return pages


def _children_of(pages: list[WikiPage]) -> dict:
    children: dict = {}
    for page in sorted(pages, key=lambda page: (page.title.casefold(), page.pk)):
        children.setdefault(page.parent_id, []).append(page)
    return children


def _walk(children: dict, roots: list[WikiPage], depth: int, rows: list, seen: set) -> None:
    for page in roots:
        if page.pk in seen:
            continue
        seen.add(page.pk)
        rows.append(TreeRow(page=page, depth=depth))
        _walk(children, children.get(page.pk, []), depth + 1, rows, seen)


def tree(workspace: Workspace, *, without: WikiPage | None = None) -> list[TreeRow]:
    """The workspace's pages in hierarchy order, subpages after their page, each level by
    title (one query). ``without``: leave out that page and everything under it (the
    places an edited page may not move to)."""
    pages = _pages(workspace)
    children = _children_of(pages)
    rows: list[TreeRow] = []
    seen: set = set() if without is None else {without.pk}
    _walk(children, children.get(None, []), 0, rows, seen)
    # Pages whose parent is missing (or in a loop, which the rules below prevent) are not
    # lost: they show at the top.
    strays = [page for page in pages if page.pk not in seen]
    if without is not None:
        below = descendant_ids(without, pages)
        strays = [page for page in strays if page.pk not in below]
    _walk(children, strays, 0, rows, seen)
    for index, row in enumerate(rows):
        next_depth = rows[index + 1].depth if index + 1 < len(rows) else 0
        row.opens = next_depth > row.depth
        row.closes = range(max(row.depth - next_depth, 0))
    return rows


def descendant_ids(page: WikiPage, pages: list[WikiPage] | None = None) -> set[int]:
    """The ids of every page under ``page``, at any depth."""
    if pages is None:
        pages = list(
            WikiPage.objects.filter(workspace_id=page.workspace_id).only("pk", "parent_id")
        )
    children: dict = {}
    for candidate in pages:
        children.setdefault(candidate.parent_id, []).append(candidate.pk)
    found: set[int] = set()
    waiting = list(children.get(page.pk, []))
    while waiting:
        pk = waiting.pop()
        if pk not in found and pk != page.pk:
            found.add(pk)
            waiting.extend(children.get(pk, []))
    return found


def family(page: WikiPage) -> tuple[list[WikiPage], list[WikiPage]]:
    """The page's ancestors (from the top) and its subpages (by title), in one query."""
    pages = {candidate.pk: candidate for candidate in _pages(page.workspace)}
    ancestors: list[WikiPage] = []
    parent_id = page.parent_id
    while parent_id is not None and parent_id in pages and parent_id != page.pk:
        parent = pages[parent_id]
        if parent in ancestors:
            break
        ancestors.insert(0, parent)
        parent_id = parent.parent_id
    children = _children_of(list(pages.values())).get(page.pk, [])
    return ancestors, children


def check_parent(workspace: Workspace, page: WikiPage | None, parent: WikiPage | None) -> None:
    """A page goes at the top or under another page of the same workspace, never under
    itself or one of its own subpages."""
    if parent is None:
        return
    if parent.workspace_id != workspace.pk:
        raise ValidationError(
            _("Choose a page of this workspace to put it under."), code="other_workspace"
        )
    if page is None or page.pk is None:
        return
    if parent.pk == page.pk:
        raise ValidationError(_("A page cannot be put under itself."), code="itself")
    if parent.pk in descendant_ids(page):
        raise ValidationError(
            _("A page cannot be put under one of its own subpages."), code="descendant"
        )


def clean_body(body: str) -> str:
    """The text with one kind of line end (browsers send CR LF), so that an unchanged text
    compares equal to the saved one."""
    return (body or "").replace("\r\n", "\n").replace("\r", "\n")


def _clean_title(title: str) -> str:
    title = " ".join((title or "").split())
    if not title:
        raise ValidationError(_("Give the page a title."), code="required")
    return title


# --- Saving --------------------------------------------------------------------------------


def _mention(page: WikiPage, author, people: list) -> None:
    if people:
        activity.record(
            page.workspace,
            actor=author,
            verb=Activity.Verb.MENTIONED,
            target=page,
            summary=page.title,
            addressed_to=[person.pk for person in people],
            notify=True,
        )


def create_page(
    workspace: Workspace,
    *,
    author,
    title: str,
    body: str,
    parent: WikiPage | None = None,
    comment: str = "",
) -> WikiPage:
    """A new page (version 1) and its first revision; members are told, and so is
    anyone it mentions."""
    title, body = _clean_title(title), clean_body(body)
    check_parent(workspace, None, parent)
    now = timezone.now()
    with transaction.atomic():
        page = WikiPage.objects.create(
            workspace=workspace,
            parent=parent,
            title=title,
            body=body,
            body_html=bodies.render(body),
            version=1,
            created_by=author,
            created=now,
            updated_by=author,
            updated=now,
        )
        WikiRevision.objects.create(
            page=page, number=1, title=title, body=body, author=author, created=now, comment=comment
        )
        activity.record(
            workspace,
            actor=author,
            verb=Activity.Verb.PAGE_CREATED,
            target=page,
            summary=title,
            notify=True,
            mentioned=[person.pk for person in mentioned(workspace, body, exclude=author)],
        )
    return page


def _new_version(page: WikiPage, *, author, title: str, body: str, **revision) -> WikiRevision:
    """Save ``page`` (locked) as its next version with this title and text."""
    now = timezone.now()
    page.version += 1
    page.title = title
    page.body = body
    page.body_html = bodies.render(body)
    page.updated_by = author
    page.updated = now
    page.save(
        update_fields=["parent", "title", "body", "body_html", "version", "updated_by", "updated"]
    )
    return WikiRevision.objects.create(
        page=page,
        number=page.version,
        title=title,
        body=body,
        author=author,
        created=now,
        **revision,
    )


def _copy_into(target: WikiPage, saved: WikiPage) -> WikiPage:
    """The caller's ``page`` as saved (setting an ``_id`` forgets a cached other object)."""
    for name in ("parent_id", "title", "body", "body_html", "version", "updated_by_id", "updated"):
        setattr(target, name, getattr(saved, name))
    return target


def save_page(
    page: WikiPage,
    *,
    author,
    base_version: int,
    title: str,
    body: str,
    parent: WikiPage | None,
    comment: str = "",
) -> WikiPage:
    """Save an edit of ``page`` begun at ``base_version`` as its next version.

    Raises ``EditConflict`` (nothing saved) when another version was saved since, and
    ``NothingChanged`` (nothing saved) when title, text and place are those saved."""
    title, body = _clean_title(title), clean_body(body)
    workspace = page.workspace
    with transaction.atomic():
        current = WikiPage.objects.select_for_update().get(pk=page.pk)
        current.workspace = workspace
        parent_id = parent.pk if parent is not None else None
        if (title, body, parent_id) == (current.title, current.body, current.parent_id):
            raise NothingChanged(_copy_into(page, current))
        if current.version != base_version:
            raise EditConflict(current)
        if parent_id != current.parent_id:
            # Moves in one workspace one at a time: two crossed moves cannot make a loop.
            Workspace.objects.select_for_update().filter(pk=workspace.pk).first()
            check_parent(workspace, current, parent)
        before = mentioned(workspace, current.body, exclude=author)
        current.parent = parent
        _new_version(current, author=author, title=title, body=body, comment=comment)
        activity.record(
            workspace,
            actor=author,
            verb=Activity.Verb.PAGE_EDITED,
            target=current,
            summary=title,
        )
        known = {person.pk for person in before}
        new = [p for p in mentioned(workspace, body, exclude=author) if p.pk not in known]
        _mention(current, author, new)
    return _copy_into(page, current)


def revert(page: WikiPage, *, author, number: int) -> WikiPage:
    """Save revision ``number``'s title and text as the page's next version (history is
    never rewritten). Raises ``WikiRevision.DoesNotExist`` for a number the page has not,
    ``NothingChanged`` when the page already reads like that."""
    with transaction.atomic():
        current = WikiPage.objects.select_for_update().get(pk=page.pk)
        current.workspace = page.workspace
        old = WikiRevision.objects.get(page=current, number=number)
        if (old.title, old.body) == (current.title, current.body):
            raise NothingChanged(_copy_into(page, current))
        _new_version(current, author=author, title=old.title, body=old.body, restored_from=number)
        activity.record(
            page.workspace,
            actor=author,
            verb=Activity.Verb.PAGE_REVERTED,
            target=current,
            summary=old.title,
        )
    return _copy_into(page, current)


def delete_page(page: WikiPage) -> int:
    """Delete the page and its revisions; its subpages move up to its parent (nothing
    else is lost). Returns how many subpages moved."""
    with transaction.atomic():
        current = WikiPage.objects.select_for_update().get(pk=page.pk)
        moved = WikiPage.objects.filter(parent=current).update(parent=current.parent_id)
        current.delete()
    return moved


# --- Comparing --------------------------------------------------------------------------------


@dataclass
class DiffRow:
    """One line of a diff: ``kind`` is "same", "removed", "added" or "skip" (``skipped``
    unchanged lines not shown); ``old``/``new`` its line numbers; ``html`` the escaped
    line, and in a line edited rather than replaced the changed words in ``<del>``/``<ins>``."""

    kind: str
    old: int | None = None
    new: int | None = None
    html: SafeString = field(default_factory=lambda: SafeString(""))
    skipped: int = 0


def _join(parts: list) -> SafeString:
    return format_html_join("", "{}", ((part,) for part in parts))


def _inline(old_line: str, new_line: str) -> tuple[SafeString, SafeString]:
    """Both lines escaped, the words that differ marked ``<del>``/``<ins>`` (none when the
    lines have too little in common to read as an edit: the rows say removed and added)."""
    whole = (escape(old_line), escape(new_line))
    if len(old_line) > INLINE_MAX or len(new_line) > INLINE_MAX:
        return whole
    old_words, new_words = _WORDS.findall(old_line), _WORDS.findall(new_line)
    if SequenceMatcher(None, old_words, new_words, autojunk=False).ratio() < INLINE_MIN_RATIO:
        return whole
    old_tokens, new_tokens = _TOKENS.findall(old_line), _TOKENS.findall(new_line)
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    old_parts, new_parts = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_chunk, new_chunk = "".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2])
        if tag == "equal":
            old_parts.append(escape(old_chunk))
            new_parts.append(escape(new_chunk))
            continue
        if old_chunk:
            old_parts.append(format_html("<del>{}</del>", old_chunk))
        if new_chunk:
            new_parts.append(format_html("<ins>{}</ins>", new_chunk))
    return _join(old_parts), _join(new_parts)


def diff(old_text: str, new_text: str, *, context: int = DIFF_CONTEXT) -> list[DiffRow]:
    """The rows of a line-by-line diff from ``old_text`` to ``new_text`` (empty when they
    are the same), ``context`` unchanged lines around each change."""
    old_lines = (old_text or "").splitlines()
    new_lines = (new_text or "").splitlines()
    if old_lines == new_lines:
        return []
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    rows: list[DiffRow] = []
    shown_old = 0  # old lines before this point are shown or skipped already
    for group in matcher.get_grouped_opcodes(context):
        first_old = group[0][1]
        if first_old > shown_old:
            rows.append(DiffRow(kind="skip", skipped=first_old - shown_old))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                rows.extend(
                    DiffRow(kind="same", old=i + 1, new=j + 1, html=escape(old_lines[i]))
                    for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
                )
                continue
            removed = [DiffRow(kind="removed", old=i + 1) for i in range(i1, i2)]
            added = [DiffRow(kind="added", new=j + 1) for j in range(j1, j2)]
            for row in removed:
                row.html = escape(old_lines[row.old - 1])
            for row in added:
                row.html = escape(new_lines[row.new - 1])
            for old_row, new_row in zip(removed, added, strict=False):
                old_row.html, new_row.html = _inline(
                    old_lines[old_row.old - 1], new_lines[new_row.new - 1]
                )
            rows.extend(removed + added)
        shown_old = group[-1][2]
    if shown_old < len(old_lines):
        rows.append(DiffRow(kind="skip", skipped=len(old_lines) - shown_old))
    return rows
