"""Checks and re-encodes uploaded images.

An upload is judged by its content, never by its name or declared type:
Pillow must recognise it as one of the allowed formats. Accepted images are
re-encoded (orientation applied, metadata such as GPS position dropped,
reduced in size), so the file the portal stores and serves is one it wrote.
"""

import io

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}


def reencode_image(upload, *, max_bytes: int, max_side: int) -> ContentFile:
    if upload.size > max_bytes:
        raise ValidationError(
            _("The image is %(size)s; the largest accepted is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
            code="too_large",
        )
    not_an_image = ValidationError(
        _("This file is not an image we accept. Please upload a JPEG, PNG, GIF or WebP picture."),
        code="invalid_image",
    )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
            if image_format not in ALLOWED_FORMATS:
                raise not_an_image
            if probe.width * probe.height > settings.AVATAR_MAX_PIXELS:
                raise ValidationError(_("This image has too many pixels."), code="too_many_pixels")
            probe.verify()
        upload.seek(0)
        with Image.open(upload) as image:
            image.load()
            image = ImageOps.exif_transpose(image)
            image.thumbnail((max_side, max_side))
            if image.mode not in ("RGB", "RGBA"):
                image = image.convert("RGBA" if "transparency" in image.info else "RGB")
            out = io.BytesIO()
            image.save(out, format="WEBP", quality=85, method=4)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as exc:
        raise not_an_image from exc
    return ContentFile(out.getvalue())
