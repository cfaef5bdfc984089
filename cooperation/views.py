from django.http import Http404


def _todo(*args, **kwargs):
    raise Http404


index = programme = programme_report = action = action_report = _todo
