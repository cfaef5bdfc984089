from django.http import Http404
from django.shortcuts import render


def index(request):
    return render(request, "countryprofiles/index.html")


def _todo(*args, **kwargs):
    raise Http404


compare_default = compare = compare_csv = add_country = detail = detail_csv = _todo


def render_profile(request, page, preview=False):
    raise Http404
