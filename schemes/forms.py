"""What members propose about a scheme and its yearly figures, and the editors' decision.

The forms never see a scheme's managers, contact person or status: those are
the editors' (admin). They check what a person can get wrong, with errors that
say what to do: years before 1900 or after this one, negative or absurd amounts,
currencies not in use, more members than the country has people.
"""

from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from . import currencies, services
from .models import FIRST_YEAR, Scheme, SchemeYear

# No scheme asks a person (or a family) for a billion of any currency.
MAX_CONTRIBUTION = Decimal("1000000000")


def year_error(year: int) -> str | None:
    """Why ``year`` cannot be a scheme's (translated), or None."""
    last = timezone.localdate().year
    if FIRST_YEAR <= year <= last:
        return None
    return _("The year must be between %(first)s and %(last)s.") % {
        "first": FIRST_YEAR,
        "last": last,
    }


def grouped(number) -> str:
    """12,000,000 in English, 12 000 000 in French."""
    return number_format(number, force_grouping=True)


class YearField(forms.IntegerField):
    """A year from 1900 to this one, with one message for any other (even a negative one)."""

    def __init__(self, **kwargs):
        kwargs.pop("min_value", None)
        kwargs.pop("max_value", None)
        super().__init__(**kwargs)
        self.widget.attrs.update({"min": FIRST_YEAR, "inputmode": "numeric"})

    def validate(self, value):
        super().validate(value)
        if value is not None and (error := year_error(value)):
            raise forms.ValidationError(error, code="year")


def currency_field(label, help_text="") -> forms.CharField:
    """A select of the currencies in use (its choices are set per request, in the
    visitor's language, by ``offer_currencies``)."""
    return forms.CharField(
        label=capfirst(label), help_text=help_text, required=False, widget=forms.Select
    )


def offer_currencies(field: forms.Field) -> None:
    field.widget.choices = [("", "—"), *currencies.choices()]


def clean_currency(value: str) -> str:
    code = (value or "").strip().upper()
    if code and not currencies.is_current(code):
        raise forms.ValidationError(
            _(
                "“%(code)s” is not a currency in use. "
                "Use the three-letter ISO code, for example XOF."
            )
            % {"code": code[:10]}
        )
    return code


def note_field() -> forms.CharField:
    return forms.CharField(
        label=_("Note to the editors"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional: your sources, or why this changed. Only the editors read it."),
    )


NOT_NEGATIVE = _("This cannot be negative.")


class ProposalForm(forms.ModelForm):
    """A model form whose values become a proposal (``proposal()``), never saved directly."""

    def proposal(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class SchemeForm(ProposalForm):
    note = note_field()
    contribution_currency = currency_field(
        Scheme._meta.get_field("contribution_currency").verbose_name,
        _("The currency the contribution is paid in."),
    )
    website = forms.URLField(
        label=capfirst(Scheme._meta.get_field("website").verbose_name),
        required=False,
        max_length=200,
        assume_scheme="https",
    )

    class Meta:
        model = Scheme
        fields = services.SCHEME_FIELDS
        field_classes = {"year_started": YearField}
        widgets = {
            "networks": forms.CheckboxSelectMultiple,
            "risks": forms.CheckboxSelectMultiple,
            "support_organisations": forms.Textarea(attrs={"rows": 3}),
            "target_population": forms.Textarea(attrs={"rows": 3}),
            "benefits_package": forms.Textarea(attrs={"rows": 4}),
            "provider_contracts": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "risks": {"required": _("Tick at least one risk or service the scheme covers.")},
            "contribution_amount": {"min_value": _("The contribution cannot be negative.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer_currencies(self.fields["contribution_currency"])
        country = self.initial.get("country")
        if country and not self.initial.get("contribution_currency"):
            self.initial["contribution_currency"] = currencies.default_for(country)
        self.fields["risks"].help_text = _("Tick every risk or service the scheme pays for.")
        self.fields["networks"].required = False

    GROUPS = (
        (_("The scheme"), ("name", "acronym", "country", "locality", "scheme_type")),
        (_("Organisation"), ("legal_status", "year_started", "promoter")),
        (_("Partners"), ("support_organisations", "networks", "provider_contracts", "website")),
        (_("Who and what it covers"), ("target_population", "risks", "benefits_package")),
        (
            _("Contribution"),
            (
                "contribution_amount",
                "contribution_currency",
                "contribution_frequency",
                "contribution_basis",
            ),
        ),
        (_("For the editors"), ("note",)),
    )

    def groups(self) -> list[tuple[str, list]]:
        """The fields by fieldset, in the order of ``GROUPS`` (every field once)."""
        return [(legend, [self[name] for name in names]) for legend, names in self.GROUPS]

    def clean_contribution_currency(self) -> str:
        return clean_currency(self.cleaned_data["contribution_currency"])

    def clean_contribution_amount(self):
        amount = self.cleaned_data["contribution_amount"]
        if amount is not None and amount > MAX_CONTRIBUTION:
            raise forms.ValidationError(
                _("A contribution of more than %(limit)s is not plausible: check the amount.")
                % {"limit": grouped(MAX_CONTRIBUTION)}
            )
        return amount

    def clean(self):
        cleaned = super().clean()
        amount = cleaned.get("contribution_amount")
        currency = cleaned.get("contribution_currency")
        if amount is not None and "contribution_currency" in cleaned and not currency:
            self.add_error(
                "contribution_currency", _("Say in which currency the contribution is paid.")
            )
        elif amount is None and currency and "contribution_amount" not in self.errors:
            if "contribution_currency" in self.changed_data:
                self.add_error(
                    "contribution_amount",
                    _("Give the amount of the contribution, or leave the currency empty."),
                )
            else:  # only the currency the form suggested: nothing was said
                cleaned["contribution_currency"] = ""
        return cleaned


class YearForm(ProposalForm):
    """One year's figures of ``scheme``; ``year`` is checked by the view (``year_error``)."""

    note = note_field()
    currency = currency_field(
        SchemeYear._meta.get_field("currency").verbose_name,
        _("The currency of the contributions and claims."),
    )

    class Meta:
        model = SchemeYear
        fields = services.YEAR_FIELDS
        widgets = {"changes": forms.Textarea(attrs={"rows": 4})}
        error_messages = {
            "members": {"min_value": _("The number of members cannot be negative.")},
            "beneficiaries": {"min_value": _("The number of beneficiaries cannot be negative.")},
            "contributions_collected": {"min_value": NOT_NEGATIVE},
            "claims_paid": {"min_value": NOT_NEGATIVE},
        }

    def __init__(self, *args, scheme: Scheme, year: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.scheme, self.year = scheme, year
        offer_currencies(self.fields["currency"])

    def clean_currency(self) -> str:
        return clean_currency(self.cleaned_data["currency"])

    def clean(self):
        cleaned = super().clean()
        members, beneficiaries = cleaned.get("members"), cleaned.get("beneficiaries")
        if members is not None and beneficiaries is not None and beneficiaries < members:
            self.add_error(
                "beneficiaries",
                _("Beneficiaries include the members, so they cannot be fewer than the members."),
            )
        self._check_population(members, beneficiaries)
        amounts = [cleaned.get(name) for name in ("contributions_collected", "claims_paid")]
        no_currency = "currency" in cleaned and not cleaned["currency"]
        if no_currency and any(amount is not None for amount in amounts):
            self.add_error("currency", _("Say in which currency the amounts are."))
        return cleaned

    def _check_population(self, members, beneficiaries) -> None:
        found = services.population_of(self.scheme.country, self.year)
        if found is None:
            return
        population, counted = found
        params = {
            "country": countries.name(self.scheme.country),
            "population": grouped(population),
            "year": counted,
        }
        if members is not None and members > population:
            self.add_error(
                "members",
                _(
                    "%(count)s members is more than the population of %(country)s "
                    "(%(population)s in %(year)s)."
                )
                % {**params, "count": grouped(members)},
            )
        if beneficiaries is not None and beneficiaries > population:
            self.add_error(
                "beneficiaries",
                _(
                    "%(count)s beneficiaries is more than the population of %(country)s "
                    "(%(population)s in %(year)s)."
                )
                % {**params, "count": grouped(beneficiaries)},
            )


class ReviewForm(forms.Form):
    """An editor's decision on a proposal: approve, or refuse with a reason."""

    APPROVE, REJECT = "approve", "reject"

    decision = forms.ChoiceField(choices=[(APPROVE, _("Approve")), (REJECT, _("Refuse"))])
    reason = forms.CharField(
        label=_("Why it is refused"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The proposer receives this by e-mail."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == self.REJECT and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Please say why, the proposer will read it."))
        return cleaned
