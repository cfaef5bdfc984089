"""Template filters of the country pages."""

from django import template

from countryprofiles.charts import format_value

register = template.Library()


@register.filter
def indicator_value(value, indicator) -> str:
    """``value`` with the indicator's decimals, grouped, in the active language's format."""
    if value is None or value == "":
        return ""
    return format_value(value, indicator.decimals)


@register.filter
def web_address(url) -> str:
    """``url`` if it is an http(s) address (one a link may point to), else an empty string."""
    url = str(url or "").strip()
    return url if url.lower().startswith(("https://", "http://")) else ""
