"""Stubs, to be written (issue 7)."""

from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404


archive = issue = editor_list = create_issue = edit_issue = add_entry = remove_entry = _todo
preview = send = _todo
