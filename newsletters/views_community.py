"""Community news pages: the list, an item, its image, the feed; submitting; reviewing.

Who sees what is ``community.visible_to``; lists and the feed carry published items
only. The operations are ``community``'s; these views read forms and answer.
"""

import mimetypes

from django.contrib import messages
from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import linebreaks_filter
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django_countries import countries

from core.downloads import inline_image
from core.mail import absolute_url
from core.permissions import member_permission_required
from library.citations import xml_safe

from . import community
from .forms_community import DecisionForm, SubmitForm, as_error, country_filter
from .models import CommunityNews

PAGE_SIZE = 20
QUEUE_PAGE_SIZE = 30
FEED_LENGTH = 30
FEED_MAX_AGE = 15 * 60  # seconds a shared cache may keep the feed
IMAGE_MAX_AGE = 60 * 60  # a withdrawn item's image leaves shared caches within the hour


@require_safe
def community_list(request):
    country = country_filter(request.GET.get("country"))
    page = Paginator(community.published_list(country), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "country": country,
        "country_name": countries.name(country) if country else "",
        "querystring": urlencode({"country": country}) if country else "",
        "may_submit": request.user.has_perm("newsletters.submit_news"),
    }
    return render(request, "newsletters/community/list.html", context)


def _visible(request, pk: int) -> CommunityNews:
    return get_object_or_404(
        community.visible_to(request.user, CommunityNews.objects.select_related("author")), pk=pk
    )


@require_safe
def detail(request, pk):
    item = _visible(request, pk)
    may_review = community.may_review(request.user)
    context = {
        "item": item,
        "may_review": may_review,
        "decision_form": DecisionForm() if may_review else None,
    }
    return render(request, "newsletters/community/detail.html", context)


@require_safe
def image(request, pk):
    """The stored (re-encoded) image, to those who may see the item."""
    item = _visible(request, pk)
    if not item.image:
        raise Http404
    content_type = mimetypes.guess_type(item.image.name)[0] or "application/octet-stream"
    response = inline_image(item.image, content_type=content_type)
    if item.status == CommunityNews.Status.PUBLISHED:
        patch_cache_control(response, public=True, max_age=IMAGE_MAX_AGE)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response


@member_permission_required("newsletters.submit_news")
def submit(request):
    form = SubmitForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            community.submit(request.user, **form.values())
        except ValidationError as error:
            as_error(form, error)
        else:
            messages.success(
                request, _("Thank you: an editor will read your news before it is published.")
            )
            return redirect("newsletters:community-mine")
    return render(request, "newsletters/community/submit.html", {"form": form})


@member_permission_required("newsletters.submit_news")
@require_safe
def my_news(request):
    page = Paginator(community.submitted_by(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "newsletters/community/mine.html", {"page": page, "querystring": ""})


@member_permission_required("newsletters.review_news")
@require_safe
def review_queue(request):
    page = Paginator(community.review_queue(), QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "querystring": "", "form": DecisionForm()}
    return render(request, "newsletters/community/review_queue.html", context)


@member_permission_required("newsletters.review_news")
def review(request, pk):
    """An editor's decision on one item: publish or reject a waiting item, withdraw a
    published one. GET shows the item with the decision form."""
    item = get_object_or_404(CommunityNews.objects.select_related("author"), pk=pk)
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        decision, note = form.cleaned_data["decision"], form.cleaned_data["note"]
        try:
            if decision == DecisionForm.PUBLISH:
                community.publish(item, request.user)
                done = _("“%(title)s” is published.")
            elif decision == DecisionForm.REJECT:
                community.reject(item, request.user, note)
                done = _("“%(title)s” is rejected.")
            else:
                community.withdraw(item, request.user, note)
                done = _("“%(title)s” is withdrawn: it is no longer shown.")
        except community.ReviewRefused as refused:
            messages.error(request, str(refused))
            return redirect("newsletters:community-review")
        except ValidationError as error:
            as_error(form, error)
        else:
            told = ""
            if item.author_id and item.author_id != request.user.pk:
                told = " " + _("%(name)s will be told by e-mail.") % {
                    "name": item.author.display_name
                }
            messages.success(request, done % {"title": item.title} + told)
            if decision == DecisionForm.WITHDRAW:
                return redirect(item.get_absolute_url())
            return redirect("newsletters:community-review")
    return render(request, "newsletters/community/review.html", {"item": item, "form": form})


class CommunityFeed(Feed):
    """RSS 2.0: the 30 latest published items. Public, so shared caches may keep it."""

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
        return response

    def title(self) -> str:
        return _("Community news")

    def description(self) -> str:
        return _("News from the social protection community, read by the editors.")

    def link(self) -> str:
        return absolute_url(reverse("newsletters:community"))

    def feed_url(self) -> str:
        return absolute_url(reverse("newsletters:community-feed"))

    def items(self):
        return community.published_list()[:FEED_LENGTH]

    def item_title(self, item: CommunityNews) -> str:
        return xml_safe(item.title)

    def item_description(self, item: CommunityNews) -> str:
        return linebreaks_filter(xml_safe(item.text), autoescape=True)

    def item_link(self, item: CommunityNews) -> str:
        return absolute_url(item.get_absolute_url())

    def item_guid(self, item: CommunityNews) -> str:
        return self.item_link(item)

    def item_author_name(self, item: CommunityNews) -> str | None:
        return xml_safe(item.author.display_name) if item.author else None

    def item_pubdate(self, item: CommunityNews):
        return item.published_at

    def item_categories(self, item: CommunityNews) -> list[str]:
        return [str(item.country.name)] if item.country else []
