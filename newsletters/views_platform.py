"""The reader's choices and the weekly platform news on the web."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from core.permissions import member_permission_required

from . import platform
from .forms_platform import ReadingForm
from .models import PlatformNews, Reader

WEEKS_PER_PAGE = 20


@require_http_methods(["GET", "HEAD", "POST"])
@member_permission_required("newsletters.choose_reading")
def subscription(request):
    """What the member receives: the newsletter, the weekly platform news."""
    reader = Reader.for_user(request.user)
    if request.method == "POST":
        form = ReadingForm(request.POST, instance=reader)
        if form.is_valid():
            saved = form.save()
            if saved.newsletter and saved.platform_news:
                text = _("Saved. You receive the newsletter and the weekly platform news.")
            elif saved.newsletter:
                text = _("Saved. You receive the newsletter.")
            elif saved.platform_news:
                text = _("Saved. You receive the weekly platform news.")
            else:
                text = _("Saved. You receive neither the newsletter nor the platform news.")
            messages.success(request, text)
            return redirect("newsletters:subscription")
        status = 400
    else:
        form = ReadingForm(instance=reader)
        status = 200
    context = {"form": form, "reader": reader}
    return render(request, "newsletters/subscription.html", context, status=status)


@require_safe
def weeks(request):
    """The weeks whose platform news was composed, newest first."""
    page = Paginator(PlatformNews.objects.order_by("-week"), WEEKS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "newsletters/platform/weeks.html", {"page": page})


@require_safe
def week(request, week):
    """A week's platform news as the visitor may see it."""
    monday = platform.parse_week(week)
    if monday is None:
        raise Http404
    news = get_object_or_404(PlatformNews, week=monday)
    contents = platform.week_contents(news.week, request.user)
    context = {"news": news, "contents": contents}
    return render(request, "newsletters/platform/week.html", context)
