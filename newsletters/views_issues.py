"""The newsletter's archive (everyone) and the editors' pages: compose, preview, send."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from core.permissions import member_permission_required

from . import issues
from .forms_issues import ENTRY_FORMS, IssueForm, LibraryEntryForm, SendForm
from .models import IssueEntry, NewsletterIssue

ARCHIVE_PAGE_SIZE = 20
EDITOR_PAGE_SIZE = 50
# ``?language=`` of the preview: the languages readers receive it in.
PREVIEW_LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _locked(request, issue: NewsletterIssue):
    """The answer to a change of a sent issue: refused, and why."""
    return render(request, "newsletters/issues/locked.html", {"issue": issue}, status=403)


# --- The archive -----------------------------------------------------------------------------


@require_safe
def archive(request):
    sent = NewsletterIssue.objects.sent().order_by("-number")
    page = Paginator(sent, ARCHIVE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "newsletters/issues/archive.html", {"page": page, "querystring": ""})


@require_safe
def issue(request, number):
    found = NewsletterIssue.objects.filter(number=number).first()
    if found is None:
        raise Http404
    if not found.is_sent and not request.user.has_perm("newsletters.compose_issue"):
        raise Http404  # a draft is not shown, nor said to exist
    context = {"issue": found, "contents": issues.contents(found, request)}
    return render(request, "newsletters/issues/issue.html", context)


# --- Composing ---------------------------------------------------------------------------------


@require_safe
@member_permission_required("newsletters.compose_issue")
def editor_list(request):
    all_issues = NewsletterIssue.objects.annotate(entry_count=Count("entries")).order_by(
        "status", "-number"
    )
    page = Paginator(all_issues, EDITOR_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "querystring": "",
        "may_send": request.user.has_perm("newsletters.send_issue"),
    }
    return render(request, "newsletters/issues/editor.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@member_permission_required("newsletters.compose_issue")
def create_issue(request):
    data = request.POST if request.method == "POST" else None
    form = IssueForm(data, initial={"number": issues.next_number()})
    if request.method == "POST" and form.is_valid():
        created = issues.create_issue(by=request.user, **form.cleaned_data)
        messages.success(
            request,
            _("Issue no. %(number)s is created as a draft. Now add its entries.")
            % {"number": created.number},
        )
        return redirect("newsletters:issue-edit", pk=created.pk)
    return render(request, "newsletters/issues/form.html", {"form": form, "issue": None})


@require_http_methods(["GET", "HEAD", "POST"])
@member_permission_required("newsletters.compose_issue")
def edit_issue(request, pk):
    found = get_object_or_404(NewsletterIssue, pk=pk)
    if found.is_sent:
        return _locked(request, found)
    form = IssueForm(request.POST if request.method == "POST" else None, instance=found)
    if request.method == "POST" and form.is_valid():
        try:
            issues.update_issue(found, **form.cleaned_data)
        except issues.IssueLocked:
            return _locked(request, found)
        messages.success(request, _("Issue no. %(number)s is saved.") % {"number": found.number})
        return redirect("newsletters:issue-edit", pk=found.pk)
    context = {
        "form": form,
        "issue": found,
        "contents": issues.contents(found, request),
        "section_labels": dict(IssueEntry.Section.choices),
    }
    return render(request, "newsletters/issues/form.html", context)


def _entry_form(section: str, request):
    form_class = ENTRY_FORMS[section]
    data = request.POST if request.method == "POST" else None
    if form_class is LibraryEntryForm:
        return form_class(data, query=request.GET.get("q", "")[:200])
    return form_class(data)


@require_http_methods(["GET", "HEAD", "POST"])
@member_permission_required("newsletters.compose_issue")
def add_entry(request, pk):
    found = get_object_or_404(NewsletterIssue, pk=pk)
    if found.is_sent:
        return _locked(request, found)
    section = request.POST.get("section") or request.GET.get("section", "")
    if section not in ENTRY_FORMS:
        context = {"issue": found, "section_labels": dict(IssueEntry.Section.choices)}
        return render(request, "newsletters/issues/add_entry.html", context)
    form = _entry_form(section, request)
    if request.method == "POST" and form.is_valid():
        try:
            issues.add_entry(found, section=section, **form.cleaned_data)
        except issues.IssueLocked:
            return _locked(request, found)
        except issues.EntryRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(
                request,
                _("Added to issue no. %(number)s, under “%(section)s”.")
                % {"number": found.number, "section": IssueEntry.Section(section).label},
            )
            return redirect("newsletters:issue-edit", pk=found.pk)
    context = {
        "issue": found,
        "form": form,
        "section": section,
        "section_label": IssueEntry.Section(section).label,
        "query": request.GET.get("q", "")[:200],
    }
    return render(request, "newsletters/issues/add_entry.html", context)


@require_POST
@member_permission_required("newsletters.compose_issue")
def remove_entry(request, pk, entry):
    found = get_object_or_404(NewsletterIssue, pk=pk)
    removed = get_object_or_404(IssueEntry, pk=entry, issue=found)
    try:
        issues.remove_entry(found, removed)
    except issues.IssueLocked:
        return _locked(request, found)
    messages.success(
        request, _("The entry is removed from issue no. %(number)s.") % {"number": found.number}
    )
    return redirect("newsletters:issue-edit", pk=found.pk)


# --- Preview and sending ------------------------------------------------------------------------


@require_safe
@member_permission_required("newsletters.compose_issue")
def preview(request, pk):
    found = get_object_or_404(NewsletterIssue, pk=pk)
    language = request.GET.get("language", "")
    if language not in PREVIEW_LANGUAGES:
        language = translation.get_language()[:2]
        language = language if language in PREVIEW_LANGUAGES else settings.LANGUAGE_CODE
    email = issues.issue_email(found, request.user, language=language)
    context = {
        "issue": found,
        "contents": issues.contents(found, request),
        "email": email,
        "language": language,
        "languages": settings.LANGUAGES,
    }
    return render(request, "newsletters/issues/preview.html", context)


def _already_sent(issue: NewsletterIssue) -> str:
    told = ngettext(
        "Issue no. %(number)s was already sent, to %(count)s reader; it is not sent again.",
        "Issue no. %(number)s was already sent, to %(count)s readers; it is not sent again.",
        issue.recipients,
    )
    return told % {"number": issue.number, "count": issue.recipients}


@require_http_methods(["GET", "HEAD", "POST"])
@member_permission_required("newsletters.send_issue")
def send(request, pk):
    found = get_object_or_404(NewsletterIssue, pk=pk)
    if found.is_sent:
        messages.info(request, _already_sent(found))
        return redirect("newsletters:editor")
    form = SendForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            count = issues.send_issue(found, by=request.user)
        except issues.IssueLocked:
            found.refresh_from_db()
            messages.info(request, _already_sent(found))
        else:
            done = ngettext(
                "Issue no. %(number)s is on its way to %(count)s reader.",
                "Issue no. %(number)s is on its way to %(count)s readers.",
                count,
            )
            messages.success(request, done % {"number": found.number, "count": count})
        return redirect("newsletters:editor")
    contents = issues.contents(found, request)
    context = {
        "issue": found,
        "form": form,
        "readers": issues.readers().count(),
        "contents": contents,
    }
    return render(request, "newsletters/issues/send.html", context)
