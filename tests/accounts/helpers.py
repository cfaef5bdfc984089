"""Small helpers for reading pages and e-mails the way a person does."""

import io
import re
from html.parser import HTMLParser

from PIL import Image


class _TextExtractor(HTMLParser):
    SKIP = {"script", "style", "template", "option"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skipping += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def visible_text(response_or_html) -> str:
    """The page's text as a reader sees it: no tags, entities decoded, spaces collapsed.

    The options of select boxes are left out, so that a country list does not
    make every country name "visible".
    """
    html = getattr(response_or_html, "content", response_or_html)
    if isinstance(html, bytes):
        html = html.decode()
    parser = _TextExtractor()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def html(response) -> str:
    return response.content.decode()


def input_value(response, name: str) -> str | None:
    """The value an <input name=...> is rendered with, or None if it has none."""
    page = html(response)
    tag = re.search(rf'<input[^>]*\bname="{re.escape(name)}"[^>]*>', page)
    assert tag, f"no input named {name!r}"
    value = re.search(r'\bvalue="([^"]*)"', tag.group(0))
    return value.group(1) if value else None


def textarea_value(response, name: str) -> str:
    page = html(response)
    pattern = rf'<textarea[^>]*\bname="{re.escape(name)}"[^>]*>(.*?)</textarea>'
    match = re.search(pattern, page, re.S)
    assert match, f"no textarea named {name!r}"
    return match.group(1).strip()


def selected_options(response, name: str) -> list[str]:
    page = html(response)
    match = re.search(rf'<select[^>]*\bname="{re.escape(name)}"[^>]*>(.*?)</select>', page, re.S)
    assert match, f"no select named {name!r}"
    return re.findall(r'<option value="([^"]*)"[^>]*\bselected\b', match.group(1))


def label_texts(response) -> dict[str, str]:
    """{input id: label text} for every <label for=...> on the page."""
    page = html(response)
    return {
        target: " ".join(re.sub(r"<[^>]+>", "", text).split())
        for target, text in re.findall(r'<label[^>]*\bfor="([^"]+)"[^>]*>(.*?)</label>', page, re.S)
    }


def field_ids(response, form_marker: str) -> list[str]:
    """The ids of the visible fields of the form whose opening tag contains ``form_marker``."""
    page = html(response)
    match = re.search(rf"<form[^>]*{re.escape(form_marker)}[^>]*>(.*?)</form>", page, re.S)
    assert match, f"no form with {form_marker}"
    ids = []
    for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", match.group(1)):
        if 'type="hidden"' in tag or 'type="submit"' in tag:
            continue
        found = re.search(r'\bid="([^"]+)"', tag)
        assert found, f"a field without an id cannot have a label: {tag}"
        ids.append(found.group(1))
    return ids


def links_in(text: str) -> list[str]:
    return re.findall(r"https?://\S+", text)


def image_bytes(
    fmt: str = "PNG", size: tuple[int, int] = (64, 48), exif: Image.Exif | None = None
) -> bytes:
    """A real picture in ``fmt``, optionally carrying EXIF (for example a GPS position)."""
    image = Image.new("RGB", size, (200, 30, 60))
    out = io.BytesIO()
    params = {"exif": exif.tobytes()} if exif is not None else {}
    image.save(out, format=fmt, **params)
    return out.getvalue()


def gps_exif() -> Image.Exif:
    """EXIF that says where a photo was taken (Dakar) and on which camera."""
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"  # Make
    exif[0x0110] = "Camera model"  # Model
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"  # GPSLatitudeRef
    gps[2] = (14.0, 41.0, 37.0)  # GPSLatitude
    gps[3] = "W"  # GPSLongitudeRef
    gps[4] = (17.0, 26.0, 48.0)  # GPSLongitude
    return exif


def section_text(response, heading_id: str) -> str:
    """The visible text of the <section aria-labelledby=heading_id>, or "" if there is none."""
    page = html(response)
    match = re.search(
        rf'<section[^>]*aria-labelledby="{re.escape(heading_id)}"[^>]*>(.*?)</section>', page, re.S
    )
    return visible_text(match.group(1)) if match else ""


def member_names(response) -> list[str]:
    """The names on the member cards of a directory page, in page order."""
    page = html(response)
    return [
        visible_text(name)
        for name in re.findall(
            r'<article class="member-card">.*?<h3><a [^>]*>(.*?)</a></h3>', page, re.S
        )
    ]


def unlabelled_fields(response) -> list[str]:
    """Fields inside <main> that no <label for=...> names (hidden inputs and buttons aside)."""
    page = html(response)
    main = re.search(r"<main\b.*?</main>", page, re.S)
    assert main, "no <main> element"
    labels = label_texts(response)
    missing = []
    for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", main.group(0)):
        if re.search(r'type="(?:hidden|submit|button)"', tag):
            continue
        found = re.search(r'\bid="([^"]+)"', tag)
        if not found or not labels.get(found.group(1)):
            missing.append(tag)
    return missing
