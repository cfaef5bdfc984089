from decimal import Decimal

from django import template
from django.utils import formats

from core.translated import Translated, translated

register = template.Library()


@register.filter(name="translated")
def translated_filter(obj, field: str) -> Translated:
    """``{% with title=action|translated:"title" %}``: the text in the active
    language, else English with ``.fallback`` set (mark it ``lang="en"``)."""
    return translated(obj, field)


@register.filter
def amount(value) -> str:
    """A decimal of a results framework without trailing zeros: 43, 12.5, 0.25."""
    if value is None:
        return ""
    value = Decimal(value).normalize()
    if value.as_tuple().exponent > 0:  # 1E+2
        value = value.quantize(Decimal(1))
    return formats.number_format(value, use_l10n=True)
