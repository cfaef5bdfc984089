"""The admin's "Import indicator values" page (see ``imports.py`` for the rules)."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import imports
from .models import Indicator

IMPORT_PERMISSIONS = ("countryprofiles.add_indicatorvalue", "countryprofiles.change_indicatorvalue")
SHOWN_PROBLEMS = 1000  # a page listing more would be too heavy; the command prints them all


def may_import(user) -> bool:
    return user.has_perms(IMPORT_PERMISSIONS)


class ImportForm(forms.Form):
    file = forms.FileField(
        allow_empty_file=True,  # the import reports it, like every other problem
        label=_("CSV file"),
        help_text=_("UTF-8, at most %(size)d MB and %(rows)s rows.")
        % {"size": imports.MAX_BYTES // (1024 * 1024), "rows": f"{imports.MAX_ROWS:,}"},
    )
    check_only = forms.BooleanField(
        label=_("Check only, do not import"),
        required=False,
        help_text=_("Reports what the file would change without changing anything."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > imports.MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB. Split it and import the parts.")
                % {"size": imports.MAX_BYTES // (1024 * 1024)}
            )
        return upload


class ImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "countryprofiles/admin/import.html"
    form_class = ImportForm
    page_title = _("Import indicator values")
    header_icon = "upload"
    report = None

    def dispatch(self, request, *args, **kwargs):
        if not may_import(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def form_valid(self, form):
        data = form.cleaned_data["file"].read(imports.MAX_BYTES + 1)
        report = imports.import_values(data, check_only=form.cleaned_data["check_only"])
        if report.refused:
            self.report = report
            return self.render_to_response(self.get_context_data(form=form), status=400)
        if report.check_only:
            messages.info(self.request, report.summary())
        else:
            messages.success(self.request, report.summary())
        return redirect(reverse("countryprofiles_import:import"))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        problems = self.report.problems if self.report else []
        context.update(
            report=self.report,
            problems=problems[:SHOWN_PROBLEMS],
            hidden_problems=max(0, len(problems) - SHOWN_PROBLEMS),
            required_columns=imports.REQUIRED_COLUMNS,
            optional_columns=imports.OPTIONAL_COLUMNS,
            indicators=[
                (indicator, imports.bounds(indicator))
                for indicator in Indicator.objects.order_by("sort_order", "code")
            ],
            first_year=imports.FIRST_YEAR,
            max_rows=imports.MAX_ROWS,
        )
        return context
