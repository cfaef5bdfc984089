"""Form parts shared by the portal's filterable lists (cooperation, experts…)."""

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
