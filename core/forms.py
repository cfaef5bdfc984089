"""Form parts shared by the portal's filterable lists (cooperation, experts…)."""

from urllib.parse import urlencode

from django import forms

from .search import clean_query


class FilterForm(forms.Form):
    """A GET form of optional filters where a bad value is dropped, never an error.

    ``q`` (if the form has it) goes through ``clean_query`` like every search box.
    """

    def clean_q(self) -> str:
        return clean_query(self.cleaned_data["q"])

    def valid_filters(self) -> dict:
        """The filters that validated, by name (absent or invalid ones left out)."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in self.errors and value not in (None, "")
        }

    @classmethod
    def querystring(cls, filters: dict) -> str:
        """The query string of ``filters`` (``valid_filters``), for pagination links.

        Fields in the form's order; an object is written as the form reads it back:
        its ``slug`` if it has one, else its ``pk``.
        """
        pairs = []
        for name in cls.base_fields:
            value = filters.get(name)
            if value in (None, ""):
                continue
            pairs.append((name, _query_value(value)))
        return urlencode(pairs)


def _query_value(value):
    if hasattr(value, "slug"):
        return value.slug
    return getattr(value, "pk", value)


class CountryCodeField(forms.ChoiceField):
    """An ISO code in either case (``?country=sn`` from a hand-written link)."""

    def to_python(self, value) -> str:
        return super().to_python(value).upper()
