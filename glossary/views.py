from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from core.permissions import member_permission_required

from . import csvfile, services
from .forms import CategoryFilterForm, DecisionForm, ImportForm, SearchForm, SuggestionForm
from .models import LANGUAGE_NAMES, Suggestion, Term, active_language
from .text import LANGUAGES

SEARCH_PAGE_SIZE = 30


@require_GET
def index(request):
    language = active_language()
    filters = CategoryFilterForm(request.GET or None)
    category = filters.cleaned_data["category"] if filters.is_valid() else None
    letters, groups = services.az_index(language, category=category)
    return render(
        request,
        "glossary/index.html",
        {
            "letters": letters,
            "groups": groups,
            "filters": filters,
            "category": category,
            "search_form": SearchForm(),
            "count": sum(len(group.rows) for group in groups),
        },
    )


@require_GET
def search(request):
    language = active_language()
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    hits = services.search(query, language) if query else []
    page = Paginator(hits, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "glossary/search.html",
        {
            "form": form,
            "query": query,
            "page": page,
            "querystring": urlencode({"q": query}) if query else "",
            "language_names": LANGUAGE_NAMES,
        },
    )


@require_GET
def term_detail(request, slug):
    term = get_object_or_404(Term.objects.select_related("category"), slug=slug)
    if not request.user.has_perm("glossary.see_term", term):
        raise Http404
    language = active_language()
    # The reader's language first, then the others in the portal's order.
    versions = [term.version(code) for code in (language, *[c for c in LANGUAGES if c != language])]
    return render(
        request,
        "glossary/term_detail.html",
        {
            "term": term,
            "versions": versions,
            "related": services.related_terms(term, language),
            "category_name": term.category.name_in(language) if term.category else "",
            "can_edit": request.user.has_perm("glossary.change_term"),
        },
    )


@require_GET
def export_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="gess-glossary.csv"'
    csvfile.write_csv(response)
    return response


@member_permission_required("glossary.import_terms")
def import_csv(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            result = csvfile.import_csv(form.cleaned_data["file"].read())
        except csvfile.ImportRefused as refused:
            errors = refused.errors
        else:
            messages.success(
                request,
                _("Glossary imported: %(created)d new terms, %(updated)d updated.")
                % {"created": result.created, "updated": result.updated},
            )
            return redirect("glossary:import")
    return render(
        request,
        "glossary/import.html",
        {"form": form, "errors": errors, "columns": csvfile.COLUMNS},
        status=400 if errors else 200,
    )


@member_permission_required("glossary.suggest_term")
def suggest(request):
    initial = {}
    wanted = request.GET.get("term")
    if wanted:
        initial["term"] = Term.objects.published().filter(slug=wanted).first()
    form = SuggestionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.submit_suggestion(
            user=request.user,
            term=data["term"],
            comment=data["comment"],
            **{
                f"{kind}_{code}": data[f"{kind}_{code}"]
                for code in LANGUAGES
                for kind in ("term", "definition")
            },
        )
        messages.success(
            request,
            _("Thank you. The editors will read your suggestion and tell you what they decide."),
        )
        return redirect(data["term"].get_absolute_url() if data["term"] else "glossary:index")
    fieldsets = [
        {
            "language": code,
            "name": LANGUAGE_NAMES[code],
            "fields": [form[f"term_{code}"], form[f"definition_{code}"]],
        }
        for code in LANGUAGES
    ]
    return render(request, "glossary/suggest.html", {"form": form, "fieldsets": fieldsets})


@member_permission_required("glossary.decide_suggestions")
def suggestion_queue(request):
    pending = Suggestion.objects.pending().select_related("suggested_by", "term")
    decided = (
        Suggestion.objects.exclude(status=Suggestion.Status.PENDING)
        .select_related("suggested_by", "term", "decided_by", "created_term")
        .order_by("-decided_at")[:20]
    )
    return render(
        request,
        "glossary/suggestion_queue.html",
        {"pending": pending, "decided": decided, "form": DecisionForm()},
    )


@require_POST
@member_permission_required("glossary.decide_suggestions")
def decide(request, pk):
    suggestion = get_object_or_404(Suggestion, pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please choose to accept or to refuse the suggestion."))
        return redirect("glossary:suggestions")
    decide_with = (
        services.accept_suggestion
        if form.cleaned_data["decision"] == "accept"
        else services.refuse_suggestion
    )
    try:
        suggestion = decide_with(
            suggestion=suggestion, editor=request.user, note=form.cleaned_data["note"]
        )
    except services.SuggestionAlreadyDecided:
        messages.error(request, _("Another editor has already decided on this suggestion."))
        return redirect("glossary:suggestions")
    if suggestion.status == Suggestion.Status.REFUSED:
        messages.success(request, _("Suggestion refused. The member will be told by e-mail."))
        return redirect("glossary:suggestions")
    target = suggestion.created_term or suggestion.term
    if suggestion.created_term:
        messages.success(
            request,
            _(
                "Suggestion accepted: a draft term was created. Complete it in every "
                "language and publish it. The member will be told by e-mail."
            ),
        )
    else:
        messages.success(
            request,
            _("Suggestion accepted. Apply the correction to the term; the member will be told."),
        )
    if target is not None:
        return redirect(reverse("wagtailsnippets_glossary_term:edit", args=[target.pk]))
    return redirect("glossary:suggestions")
