"""OAI-PMH 2.0 data provider for the library (https://www.openarchives.org/OAI/openarchivesprotocol.html).

- Records: published items only (anything else is ``idDoesNotExist``), as simple
  Dublin Core (``oai_dc``), in English whichever language prefix the base URL has.
- Identifiers: ``oai:<host>:library/<pk>``; datestamps: the item's ``updated``, UTC,
  to the second.
- Sets: ``collection`` (items in any collection) and ``collection:<slug>`` per
  ``LibraryCollection``.
- Lists come 100 at a time, ordered by primary key. The resumption token is the
  request's arguments plus the last primary key sent and the cursor, signed with
  ``django.core.signing`` (so it cannot be forged or edited) and valid for a day.
"""

import re
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from xml.etree import ElementTree as ET

from django.conf import settings
from django.core import signing
from django.db.models import Min
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.utils import timezone, translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from library import citations
from library.models import Item, LibraryCollection

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
OAI_IDENTIFIER_NS = "http://www.openarchives.org/OAI/2.0/oai-identifier"
OAI_IDENTIFIER_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

PAGE_SIZE = 100
SIGNING_SALT = "library.oai.resumption-token"
TOKEN_MAX_AGE = timedelta(days=1)
GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"
SET_PREFIX = "collection"

# verb → (required arguments, optional arguments); the list verbs also accept a
# resumptionToken, alone.
VERBS = {
    "Identify": (set(), set()),
    "ListMetadataFormats": (set(), {"identifier"}),
    "ListSets": (set(), set()),
    "GetRecord": ({"identifier", "metadataPrefix"}, set()),
    "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set"}),
    "ListRecords": ({"metadataPrefix"}, {"from", "until", "set"}),
}
RESUMABLE = {"ListSets", "ListIdentifiers", "ListRecords"}


class OAIError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def _datestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = citations.xml_safe(text)
    return element


# --- Arguments ---------------------------------------------------------------------

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def _parse_datestamp(value: str, argument: str) -> tuple[datetime, timedelta]:
    """The moment a ``from``/``until`` value starts, and how long its granule lasts."""
    try:
        if _DAY.fullmatch(value):
            moment = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
            return moment, timedelta(days=1)
        if _SECOND.fullmatch(value):
            moment = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            return moment, timedelta(seconds=1)
    except ValueError:
        pass
    raise OAIError("badArgument", f"'{argument}' is not a valid datestamp: {value}")


def _parse_arguments(params) -> tuple[str, dict[str, str]]:
    verbs = params.getlist("verb")
    if len(verbs) != 1 or verbs[0] not in VERBS:
        raise OAIError("badVerb", "Missing, repeated or illegal verb.")
    verb = verbs[0]
    arguments: dict[str, str] = {}
    for key, values in params.lists():
        if key == "verb":
            continue
        if len(values) > 1:
            raise OAIError("badArgument", f"The argument '{key}' is repeated.")
        arguments[key] = values[0]
    if "resumptionToken" in arguments and verb in RESUMABLE:
        if len(arguments) > 1:
            raise OAIError("badArgument", "resumptionToken is an exclusive argument.")
        return verb, arguments
    required, optional = VERBS[verb]
    unknown = set(arguments) - required - optional
    if unknown:
        raise OAIError("badArgument", f"Illegal argument(s): {', '.join(sorted(unknown))}.")
    missing = required - set(arguments)
    if missing:
        raise OAIError("badArgument", f"Missing argument(s): {', '.join(sorted(missing))}.")
    if "from" in arguments and "until" in arguments:
        start, _ = _parse_datestamp(arguments["from"], "from")
        end, _ = _parse_datestamp(arguments["until"], "until")
        if len(arguments["from"]) != len(arguments["until"]):
            raise OAIError("badArgument", "'from' and 'until' have different granularities.")
        if start > end:
            raise OAIError("badArgument", "'from' is later than 'until'.")
    return verb, arguments


# --- The repository ----------------------------------------------------------------


class Repository:
    def __init__(self, request: HttpRequest):
        self.request = request
        self.host = split_domain_port(request.get_host())[0]
        self.base_url = request.build_absolute_uri(request.path)
        self.handlers = {
            "Identify": self.identify,
            "ListMetadataFormats": self.list_metadata_formats,
            "ListSets": self.list_sets,
            "GetRecord": self.get_record,
            "ListIdentifiers": self.list_identifiers,
            "ListRecords": self.list_records,
        }

    # Identifiers

    def identifier(self, item: Item) -> str:
        return f"oai:{self.host}:library/{item.pk}"

    def item_for(self, identifier: str, *, full: bool = True) -> Item:
        """The published item ``identifier`` names (with its related rows if ``full``)."""
        prefix = f"oai:{self.host}:library/"
        number = identifier[len(prefix) :] if identifier.startswith(prefix) else ""
        item = None
        if number.isascii() and number.isdigit() and number == str(int(number)):
            queryset = self._records() if full else self._published()
            item = queryset.filter(pk=int(number)).first()
        if item is None:
            raise OAIError("idDoesNotExist", f"No published record is called {identifier}.")
        return item

    # Queries

    def _published(self):
        return Item.objects.published()

    def _records(self):
        return citations.with_citation_data(self._published())

    def _filtered(self, arguments: dict[str, str]):
        queryset = self._published()
        if "from" in arguments:
            start, _ = _parse_datestamp(arguments["from"], "from")
            queryset = queryset.filter(updated__gte=start)
        if "until" in arguments:
            start, granule = _parse_datestamp(arguments["until"], "until")
            queryset = queryset.filter(updated__lt=start + granule)
        if "set" in arguments:
            spec = arguments["set"]
            if spec == SET_PREFIX:
                through = Item.collections.through
                queryset = queryset.filter(pk__in=through.objects.values("item_id"))
            elif spec.startswith(SET_PREFIX + ":"):
                queryset = queryset.filter(collections__slug=spec[len(SET_PREFIX) + 1 :])
            else:
                queryset = queryset.none()
        return queryset

    # Building the response

    def header(self, parent: ET.Element, item: Item) -> None:
        header = _sub(parent, "header")
        _sub(header, "identifier", self.identifier(item))
        _sub(header, "datestamp", _datestamp(item.updated))
        for collection in item.collections.all():
            _sub(header, "setSpec", f"{SET_PREFIX}:{collection.slug}")

    def record(self, parent: ET.Element, item: Item) -> None:
        record = _sub(parent, "record")
        self.header(record, item)
        metadata = _sub(record, "metadata")
        page_url = self.request.build_absolute_uri(item.get_absolute_url())
        _dublin_core(metadata, citations.dublin_core(item, page_url=page_url))

    def check_prefix(self, prefix: str) -> None:
        if prefix != "oai_dc":
            raise OAIError("cannotDisseminateFormat", f"'{prefix}' is not supported here.")

    # Verbs

    def identify(self, response: ET.Element, arguments) -> None:
        identify = _sub(response, "Identify")
        _sub(identify, "repositoryName", f"{settings.PORTAL_NAME} library")
        _sub(identify, "baseURL", self.base_url)
        _sub(identify, "protocolVersion", "2.0")
        _sub(identify, "adminEmail", _admin_email())
        earliest = self._published().aggregate(earliest=Min("updated"))["earliest"]
        _sub(identify, "earliestDatestamp", _datestamp(earliest or timezone.now()))
        _sub(identify, "deletedRecord", "no")
        _sub(identify, "granularity", GRANULARITY)
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z][A-Za-z0-9-]*)+", self.host):
            description = _sub(identify, "description")
            oai_identifier = _sub(
                description,
                "oai-identifier",
                **{
                    "xmlns": OAI_IDENTIFIER_NS,
                    "xmlns:xsi": XSI_NS,
                    "xsi:schemaLocation": f"{OAI_IDENTIFIER_NS} {OAI_IDENTIFIER_SCHEMA}",
                },
            )
            _sub(oai_identifier, "scheme", "oai")
            _sub(oai_identifier, "repositoryIdentifier", self.host)
            _sub(oai_identifier, "delimiter", ":")
            _sub(oai_identifier, "sampleIdentifier", f"oai:{self.host}:library/1")

    def list_metadata_formats(self, response: ET.Element, arguments) -> None:
        if "identifier" in arguments:
            self.item_for(arguments["identifier"], full=False)
        formats = _sub(response, "ListMetadataFormats")
        metadata_format = _sub(formats, "metadataFormat")
        _sub(metadata_format, "metadataPrefix", "oai_dc")
        _sub(metadata_format, "schema", OAI_DC_SCHEMA)
        _sub(metadata_format, "metadataNamespace", OAI_DC_NS)

    def list_sets(self, response: ET.Element, arguments) -> None:
        if "resumptionToken" in arguments:
            raise OAIError("badResumptionToken", "This repository never issues set tokens.")
        sets = _sub(response, "ListSets")
        parent = _sub(sets, "set")
        _sub(parent, "setSpec", SET_PREFIX)
        _sub(parent, "setName", "Collections")
        for collection in LibraryCollection.objects.order_by("slug"):
            entry = _sub(sets, "set")
            _sub(entry, "setSpec", f"{SET_PREFIX}:{collection.slug}")
            _sub(entry, "setName", str(collection))
            if collection.description:
                description = _sub(entry, "setDescription")
                _dublin_core(description, [("description", collection.description)])

    def get_record(self, response: ET.Element, arguments) -> None:
        self.check_prefix(arguments["metadataPrefix"])
        item = self.item_for(arguments["identifier"])
        self.record(_sub(response, "GetRecord"), item)

    def list_identifiers(self, response: ET.Element, arguments) -> None:
        self._list(response, "ListIdentifiers", arguments)

    def list_records(self, response: ET.Element, arguments) -> None:
        self._list(response, "ListRecords", arguments)

    def _list(self, response: ET.Element, verb: str, arguments) -> None:
        if "resumptionToken" in arguments:
            query, after, cursor = _read_token(arguments["resumptionToken"], verb)
        else:
            query, after, cursor = dict(arguments), 0, 0
        self.check_prefix(query["metadataPrefix"])
        matching = self._filtered(query)
        total = matching.count()
        page = matching.filter(pk__gt=after).order_by("pk")
        if verb == "ListRecords":
            page = citations.with_citation_data(page)
        else:
            page = page.prefetch_related("collections")
        items = list(page[: PAGE_SIZE + 1])
        more, items = len(items) > PAGE_SIZE, items[:PAGE_SIZE]
        if not items:
            raise OAIError("noRecordsMatch", "No records match these arguments.")
        container = _sub(response, verb)
        for item in items:
            if verb == "ListRecords":
                self.record(container, item)
            else:
                self.header(container, item)
        if more or cursor:
            token = _sub(
                container,
                "resumptionToken",
                completeListSize=str(total),
                cursor=str(cursor),
            )
            if more:
                token.text = _make_token(verb, query, after=items[-1].pk, cursor=cursor + PAGE_SIZE)
                token.set("expirationDate", _datestamp(timezone.now() + TOKEN_MAX_AGE))


def _dublin_core(parent: ET.Element, pairs: list[tuple[str, str]]) -> None:
    dc = _sub(
        parent,
        "oai_dc:dc",
        **{
            "xmlns:oai_dc": OAI_DC_NS,
            "xmlns:dc": DC_NS,
            "xmlns:xsi": XSI_NS,
            "xsi:schemaLocation": f"{OAI_DC_NS} {OAI_DC_SCHEMA}",
        },
    )
    for element, value in pairs:
        _sub(dc, f"dc:{element}", value)


def _admin_email() -> str:
    explicit = getattr(settings, "OAI_ADMIN_EMAIL", "")
    if explicit:
        return explicit
    for admin in settings.ADMINS:
        return admin if isinstance(admin, str) else admin[1]
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1]


def _make_token(verb: str, query: dict[str, str], *, after: int, cursor: int) -> str:
    return signing.dumps(
        {"verb": verb, "query": query, "after": after, "cursor": cursor},
        salt=SIGNING_SALT,
        compress=True,
    )


def _read_token(token: str, verb: str) -> tuple[dict[str, str], int, int]:
    try:
        data = signing.loads(token, salt=SIGNING_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature as error:  # includes SignatureExpired
        raise OAIError("badResumptionToken", "The resumption token is invalid or expired.") from (
            error
        )
    if not isinstance(data, dict) or data.get("verb") != verb:
        raise OAIError("badResumptionToken", "The resumption token is for another request.")
    return data["query"], int(data["after"]), int(data["cursor"])


# --- The view ----------------------------------------------------------------------


@csrf_exempt  # harvesters POST without a session; the endpoint changes nothing
@require_http_methods(["GET", "HEAD", "POST"])
def endpoint(request: HttpRequest) -> HttpResponse:
    params = request.POST if request.method == "POST" else request.GET
    root = ET.Element(
        "OAI-PMH",
        {
            "xmlns": OAI_NS,
            "xmlns:xsi": XSI_NS,
            "xsi:schemaLocation": f"{OAI_NS} {OAI_SCHEMA}",
        },
    )
    _sub(root, "responseDate", _datestamp(timezone.now()))
    repository = Repository(request)
    request_element = _sub(root, "request", repository.base_url)
    # Records are harvested in one language whatever the URL prefix, so they do not
    # change with the base URL a harvester happened to be given.
    with translation.override(settings.LANGUAGE_CODE):
        try:
            verb, arguments = _parse_arguments(params)
            request_element.set("verb", verb)
            for key, value in arguments.items():
                request_element.set(key, citations.xml_safe(value))
            repository.handlers[verb](root, arguments)
        except OAIError as error:
            if error.code in {"badVerb", "badArgument"}:
                request_element.attrib.clear()
            # A verb's half-built element (if any) must not precede the error.
            for child in list(root)[2:]:
                root.remove(child)
            _sub(root, "error", error.message, code=error.code)
    body = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
    return HttpResponse(body.encode("utf-8"), content_type="text/xml; charset=utf-8")
