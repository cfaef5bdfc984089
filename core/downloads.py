"""Serving a stored file that not everyone may see (library files, CVs, avatars,
community news images).

The caller has already checked who is asking. A document is always an attachment
with the type the portal detected on upload, never sniffed, never run (a sandbox
CSP, should a browser open it anyway) and never kept by a shared cache. An image the
portal re-encoded itself is shown inline, never sniffed; the caller says how long it
may be kept.
"""

from django.http import FileResponse, Http404


def private_attachment(field_file, *, filename: str, content_type: str) -> FileResponse:
    try:
        stored = field_file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(
        stored, as_attachment=True, filename=filename, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-cache"
    return response


def inline_image(field_file, *, content_type: str) -> FileResponse:
    """An image the portal wrote (re-encoded on upload), shown in the page; the caller
    sets its ``Cache-Control``."""
    try:
        stored = field_file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(stored, content_type=content_type)
    response["Content-Disposition"] = "inline"
    response["X-Content-Type-Options"] = "nosniff"
    return response
