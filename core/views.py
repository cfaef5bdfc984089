from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import dashboard, health


@require_GET
@never_cache
def health_view(request):
    healthy, checks = health.run_checks()
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks},
        status=200 if healthy else 503,
    )


@login_required
def dashboard_view(request):
    return render(request, "core/dashboard.html", {"panels": dashboard.panels_for(request)})
