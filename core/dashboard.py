"""Panels on the signed-in member's dashboard.

Each app registers the panels it owns in its ``AppConfig.ready()``; the
dashboard view renders them in order. Later apps (workspaces, library,
notifications) fill their slots the same way.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest
from django.template.loader import render_to_string


@dataclass(frozen=True)
class Panel:
    key: str
    title: str
    template: str
    order: int = 100
    get_context: Callable[[HttpRequest], dict] | None = None


_panels: dict[str, Panel] = {}


def register(panel: Panel) -> None:
    _panels[panel.key] = panel


def panels_for(request: HttpRequest) -> list[dict]:
    rendered = []
    for panel in sorted(_panels.values(), key=lambda p: (p.order, p.key)):
        context = panel.get_context(request) if panel.get_context else {}
        html = render_to_string(panel.template, context, request=request)
        rendered.append({"panel": panel, "html": html})
    return rendered
