"""The OAI-PMH 2.0 endpoint, parsed with namespaces as a harvester would."""

import datetime
import re
import time
from xml.etree import ElementTree as ET

import pytest
from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from core.models import Language
from library.models import Item, LibraryCollection
from library.views import oai
from tests.library.factories import ItemFactory, ResourceTypeFactory, TopicFactory

NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "id": "http://www.openarchives.org/OAI/2.0/oai-identifier",
}
SCHEMA_LOCATION = f"{{{NS['xsi']}}}schemaLocation"
BASE_URL = "http://testserver/en/library/oai/"
DATESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def parse_xml(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 -- the portal's own response, not untrusted input


def harvest(client, method="get", **params):
    url = reverse("library:oai")
    response = getattr(client, method)(url, params)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    root = parse_xml(response.content)
    assert root.tag == f"{{{NS['oai']}}}OAI-PMH"
    assert root.get(SCHEMA_LOCATION) == (
        "http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
    )
    assert DATESTAMP.match(root.findtext("oai:responseDate", namespaces=NS))
    assert root.findtext("oai:request", namespaces=NS) == BASE_URL
    return root


def error_of(root):
    errors = root.findall("oai:error", namespaces=NS)
    return [e.get("code") for e in errors]


def request_attributes(root):
    return dict(root.find("oai:request", namespaces=NS).attrib)


def identifier(item):
    return f"oai:testserver:library/{item.pk}"


def datestamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def headers(root, verb):
    path = "oai:header" if verb == "ListIdentifiers" else "oai:record/oai:header"
    return root.findall(f"oai:{verb}/{path}", namespaces=NS)


def listed_ids(root, verb):
    return [h.findtext("oai:identifier", namespaces=NS) for h in headers(root, verb)]


def token_of(root, verb):
    return root.find(f"oai:{verb}/oai:resumptionToken", namespaces=NS)


def set_updated(item, moment):
    Item.objects.filter(pk=item.pk).update(updated=moment)
    item.refresh_from_db()
    return item


@pytest.fixture
def hidden_items(db):
    return [
        ItemFactory(title=f"Hidden {status}", status=status)
        for status in (Item.Status.DRAFT, Item.Status.PENDING, Item.Status.REJECTED)
    ]


# --- Identify, formats, sets ---------------------------------------------------------


def test_identify(client, db):
    item = ItemFactory()
    set_updated(item, datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.UTC))
    ItemFactory(status=Item.Status.DRAFT)
    Item.objects.filter(status=Item.Status.DRAFT).update(
        updated=datetime.datetime(2001, 1, 1, tzinfo=datetime.UTC)
    )
    root = harvest(client, verb="Identify")

    assert error_of(root) == []
    assert request_attributes(root) == {"verb": "Identify"}
    identify = root.find("oai:Identify", namespaces=NS)
    assert {child.tag.split("}")[1]: child.text for child in identify} == {
        "repositoryName": "GESS library",
        "baseURL": BASE_URL,
        "protocolVersion": "2.0",
        "adminEmail": "noreply@gess.localhost",
        # the earliest published item's datestamp: the draft's is not disclosed
        "earliestDatestamp": "2021-03-04T05:06:07Z",
        "deletedRecord": "no",
        "granularity": "YYYY-MM-DDThh:mm:ssZ",
    }


def test_identify_describes_the_identifier_scheme_on_a_real_host_name(client, settings, db):
    settings.OAI_ADMIN_EMAIL = "library@gess.example.org"
    response = client.get(
        reverse("library:oai"), {"verb": "Identify"}, HTTP_HOST="gess.example.org"
    )
    root = parse_xml(response.content)
    described = root.find("oai:Identify/oai:description/id:oai-identifier", namespaces=NS)

    assert root.findtext("oai:Identify/oai:adminEmail", namespaces=NS) == (
        "library@gess.example.org"
    )
    assert described.findtext("id:repositoryIdentifier", namespaces=NS) == "gess.example.org"
    assert described.findtext("id:sampleIdentifier", namespaces=NS) == (
        "oai:gess.example.org:library/1"
    )


def test_list_metadata_formats(client, db):
    item = ItemFactory()
    for params in ({}, {"identifier": identifier(item)}):
        root = harvest(client, verb="ListMetadataFormats", **params)
        formats = root.findall("oai:ListMetadataFormats/oai:metadataFormat", namespaces=NS)
        assert [
            (
                f.findtext("oai:metadataPrefix", namespaces=NS),
                f.findtext("oai:schema", namespaces=NS),
                f.findtext("oai:metadataNamespace", namespaces=NS),
            )
            for f in formats
        ] == [
            (
                "oai_dc",
                "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
                "http://www.openarchives.org/OAI/2.0/oai_dc/",
            )
        ]


def test_list_sets_has_one_set_per_collection(client, db):
    LibraryCollection.objects.create(
        name="Guide for Action", name_fr="Guide pour l'action", slug="guide-for-action"
    )
    LibraryCollection.objects.create(name="Working papers", slug="working-papers")
    with translation.override("fr"):
        url = reverse("library:oai")
    root = parse_xml(client.get(url, {"verb": "ListSets"}).content)

    sets = root.findall("oai:ListSets/oai:set", namespaces=NS)
    assert [
        (s.findtext("oai:setSpec", namespaces=NS), s.findtext("oai:setName", namespaces=NS))
        for s in sets
    ] == [
        ("collection", "Collections"),
        ("collection:guide-for-action", "Guide for Action"),  # English, whatever the prefix
        ("collection:working-papers", "Working papers"),
    ]


# --- GetRecord -----------------------------------------------------------------------


def test_get_record_gives_the_item_as_oai_dc(client, db):
    collection = LibraryCollection.objects.create(name="Guide for Action", slug="gfa")
    item = ItemFactory(
        title="Extending coverage & <more>",
        authors="Diallo, Aminata; Rojas, Carlos",
        publisher="ILO",
        publication_date=datetime.date(2023, 5, 9),
        abstract="Short abstract.",
        doi="10.1234/abc",
        isbn="978-92-2-123456-7",
        url="https://www.ilo.org/x",
        resource_type=ResourceTypeFactory(name="Guide", name_fr="Guide", slug="guide"),
        topics=[TopicFactory(name="Health", name_fr="Santé")],
        tags=["pensions"],
        countries=["SN"],
        file_text=["A page."],
    )
    item.languages.add(Language.objects.get(code="fr"))
    item.collections.add(collection)
    item.refresh_from_db()
    with translation.override("fr"):  # the base URL's language does not change the record
        url = reverse("library:oai")
    root = parse_xml(
        client.get(
            url, {"verb": "GetRecord", "identifier": identifier(item), "metadataPrefix": "oai_dc"}
        ).content
    )

    assert error_of(root) == []
    record = root.find("oai:GetRecord/oai:record", namespaces=NS)
    header = record.find("oai:header", namespaces=NS)
    assert header.findtext("oai:identifier", namespaces=NS) == identifier(item)
    assert header.findtext("oai:datestamp", namespaces=NS) == datestamp(item.updated)
    assert [s.text for s in header.findall("oai:setSpec", namespaces=NS)] == ["collection:gfa"]
    dc = record.find("oai:metadata/oai_dc:dc", namespaces=NS)
    assert dc.get(SCHEMA_LOCATION) == (
        "http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
    )
    assert [(child.tag.replace(f"{{{NS['dc']}}}", "dc:"), child.text) for child in dc] == [
        ("dc:title", "Extending coverage & <more>"),
        ("dc:creator", "Diallo, Aminata"),
        ("dc:creator", "Rojas, Carlos"),
        ("dc:subject", "Health"),
        ("dc:subject", "pensions"),
        ("dc:description", "Short abstract."),
        ("dc:publisher", "ILO"),
        ("dc:date", "2023-05-09"),
        ("dc:type", "Guide"),
        ("dc:format", "application/pdf"),
        ("dc:identifier", f"http://testserver/en/library/items/{item.pk}/"),
        ("dc:identifier", "https://doi.org/10.1234/abc"),
        ("dc:identifier", "urn:isbn:978-92-2-123456-7"),
        ("dc:relation", "https://www.ilo.org/x"),
        ("dc:language", "fr"),
        ("dc:coverage", "Senegal"),
    ]


@pytest.mark.parametrize(
    "make_identifier",
    [
        lambda items: identifier(items[0]),  # draft
        lambda items: identifier(items[1]),  # pending
        lambda items: identifier(items[2]),  # rejected
        lambda items: "oai:testserver:library/999999",
        lambda items: f"oai:other.example.org:library/{items[0].pk}",
        lambda items: "oai:testserver:library/abc",
        lambda items: "oai:testserver:library/01",
        lambda items: "nonsense",
    ],
)
def test_unpublished_or_unknown_identifiers_do_not_exist(client, hidden_items, make_identifier):
    oai_id = make_identifier(hidden_items)
    for verb, extra in (("GetRecord", {"metadataPrefix": "oai_dc"}), ("ListMetadataFormats", {})):
        root = harvest(client, verb=verb, identifier=oai_id, **extra)
        assert error_of(root) == ["idDoesNotExist"], (verb, oai_id)
        assert root.find(f"oai:{verb}", namespaces=NS) is None
        assert request_attributes(root) == {"verb": verb, "identifier": oai_id, **extra}


# --- Errors --------------------------------------------------------------------------


LR = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
LI = {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"}


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "badVerb"),
        ({"verb": "Explode"}, "badVerb"),
        ({"verb": ["Identify", "Identify"]}, "badVerb"),
        ({"verb": "Identify", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({**LR, "metadataPrefix": ["oai_dc", "oai_dc"]}, "badArgument"),
        ({**LR, "from": "2024-13-01"}, "badArgument"),
        ({**LR, "from": "2024-01-01T10:00"}, "badArgument"),
        ({**LR, "until": "yesterday"}, "badArgument"),
        ({**LR, "from": "2024-02-01", "until": "2024-01-01"}, "badArgument"),
        ({**LR, "from": "2024-01-01", "until": "2024-02-01T00:00:00Z"}, "badArgument"),
        ({**LI, "resumptionToken": "x"}, "badArgument"),
        ({**LR, "metadataPrefix": "marcxml"}, "cannotDisseminateFormat"),
        (
            {
                "verb": "GetRecord",
                "metadataPrefix": "mods",
                "identifier": "oai:testserver:library/1",
            },
            "cannotDisseminateFormat",
        ),
        ({"verb": "ListRecords", "resumptionToken": "forged"}, "badResumptionToken"),
        ({"verb": "ListSets", "resumptionToken": "anything"}, "badResumptionToken"),
        ({**LR, "from": "2999-01-01"}, "noRecordsMatch"),
        ({**LI, "set": "collection:none"}, "noRecordsMatch"),
        ({**LI, "set": "topic:health"}, "noRecordsMatch"),
    ],
)
def test_protocol_errors(client, db, params, code):
    ItemFactory()
    root = harvest(client, **params)

    assert error_of(root) == [code]
    # Only the request element, the response date and the error: no half-built answer.
    assert len(root) == 3
    if code in {"badVerb", "badArgument"}:
        assert request_attributes(root) == {}
    else:
        assert request_attributes(root)["verb"] == params["verb"]


def test_post_is_answered_like_get(client, db):
    item = ItemFactory()
    params = {"verb": "GetRecord", "identifier": identifier(item), "metadataPrefix": "oai_dc"}
    by_get = harvest(client, **params)
    by_post = harvest(client, method="post", **params)

    assert listed_ids(by_post, "GetRecord") == listed_ids(by_get, "GetRecord") == [identifier(item)]


# --- Lists, resumption tokens --------------------------------------------------------


@pytest.fixture
def many_items(db):
    """250 published items and 3 drafts, made in one statement each."""
    resource_type = ResourceTypeFactory()
    Item.objects.bulk_create(
        Item(resource_type=resource_type, title=f"Bulk {n}", status=Item.Status.PUBLISHED)
        for n in range(250)
    )
    Item.objects.bulk_create(
        Item(resource_type=resource_type, title=f"Draft {n}", status=Item.Status.DRAFT)
        for n in range(3)
    )
    return list(Item.objects.published().order_by("pk"))


@pytest.mark.parametrize("verb", ["ListIdentifiers", "ListRecords"])
def test_resumption_tokens_walk_the_whole_list_exactly_once(client, many_items, verb):
    root = harvest(client, verb=verb, metadataPrefix="oai_dc")
    seen, pages = listed_ids(root, verb), [root]
    while (token := token_of(pages[-1], verb)) is not None and token.text:
        page = harvest(client, verb=verb, resumptionToken=token.text)
        assert request_attributes(page) == {"verb": verb, "resumptionToken": token.text}
        seen += listed_ids(page, verb)
        pages.append(page)

    assert [len(listed_ids(page, verb)) for page in pages] == [100, 100, 50]
    tokens = [token_of(page, verb) for page in pages]
    assert [(t.get("completeListSize"), t.get("cursor")) for t in tokens] == [
        ("250", "0"),
        ("250", "100"),
        ("250", "200"),
    ]
    assert tokens[-1].text is None  # the last page closes the list with an empty token
    assert DATESTAMP.match(tokens[0].get("expirationDate"))
    assert seen == [identifier(item) for item in many_items]
    if verb == "ListRecords":
        titles = [t.text for p in pages for t in p.iter(f"{{{NS['dc']}}}title")]
        assert sorted(titles) == sorted(f"Bulk {n}" for n in range(250))


def test_a_short_list_has_no_token(client, db, hidden_items):
    items = [ItemFactory() for _ in range(3)]
    root = harvest(client, verb="ListRecords", metadataPrefix="oai_dc")

    assert listed_ids(root, "ListRecords") == [identifier(item) for item in items]
    assert token_of(root, "ListRecords") is None


def test_tokens_cannot_be_forged_reused_for_another_verb_or_kept_forever(client, many_items):
    first = harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    token = token_of(first, "ListIdentifiers").text

    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert error_of(harvest(client, verb="ListIdentifiers", resumptionToken=tampered)) == [
        "badResumptionToken"
    ]
    assert error_of(harvest(client, verb="ListRecords", resumptionToken=token)) == [
        "badResumptionToken"
    ]
    # A token that says "start after the last item", signed with another salt.
    payload = {"verb": "ListIdentifiers", "query": {"metadataPrefix": "oai_dc"}, "after": 0}
    other_salt = signing.dumps({**payload, "cursor": 0}, salt="another.salt")
    assert error_of(harvest(client, verb="ListIdentifiers", resumptionToken=other_salt)) == [
        "badResumptionToken"
    ]

    class TwoDaysAgo(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - 2 * 24 * 3600)

    expired = TwoDaysAgo(salt=oai.SIGNING_SALT).sign_object({**payload, "cursor": 0}, compress=True)
    assert error_of(harvest(client, verb="ListIdentifiers", resumptionToken=expired)) == [
        "badResumptionToken"
    ]


def test_sets_select_collection_members(client, db):
    guides = LibraryCollection.objects.create(name="Guides", slug="guides")
    papers = LibraryCollection.objects.create(name="Papers", slug="papers")
    both = ItemFactory(title="Both")
    both.collections.add(guides, papers)
    guide = ItemFactory(title="Guide only")
    guide.collections.add(guides)
    ItemFactory(title="No collection")
    hidden = ItemFactory(title="Hidden guide", status=Item.Status.PENDING)
    hidden.collections.add(guides)

    def ids(spec):
        root = harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set=spec)
        return listed_ids(root, "ListIdentifiers")

    assert ids("collection:guides") == [identifier(both), identifier(guide)]
    assert ids("collection:papers") == [identifier(both)]
    assert ids("collection") == [identifier(both), identifier(guide)]
    root = harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    set_specs = {
        h.findtext("oai:identifier", namespaces=NS): [
            s.text for s in h.findall("oai:setSpec", namespaces=NS)
        ]
        for h in headers(root, "ListIdentifiers")
    }
    assert set_specs == {
        identifier(both): ["collection:guides", "collection:papers"],
        identifier(guide): ["collection:guides"],
        identifier(Item.objects.get(title="No collection")): [],
    }


def test_from_and_until_select_by_datestamp_inclusively(client, db, hidden_items):
    def at(*args):
        return datetime.datetime(*args, tzinfo=datetime.UTC)

    early = set_updated(ItemFactory(title="Early"), at(2024, 1, 10, 23, 59, 59, 500000))
    middle = set_updated(ItemFactory(title="Middle"), at(2024, 1, 11, 12, 0, 0))
    late = set_updated(ItemFactory(title="Late"), at(2024, 1, 12, 0, 0, 0))
    for hidden in hidden_items:
        set_updated(hidden, at(2024, 1, 11, 12, 0, 0))

    def ids(**params):
        root = harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc", **params)
        if error_of(root):
            return error_of(root)
        return listed_ids(root, "ListIdentifiers")

    assert ids(**{"from": "2024-01-11"}) == [identifier(middle), identifier(late)]
    assert ids(until="2024-01-11") == [identifier(early), identifier(middle)]
    assert ids(**{"from": "2024-01-11", "until": "2024-01-11"}) == [identifier(middle)]
    assert ids(until="2024-01-10T23:59:59Z") == [identifier(early)]
    assert ids(**{"from": "2024-01-10T23:59:59Z", "until": "2024-01-11T12:00:00Z"}) == [
        identifier(early),
        identifier(middle),
    ]
    assert ids(**{"from": "2024-01-12T00:00:01Z"}) == ["noRecordsMatch"]
    root = harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc", until="2024-01-10")
    assert [
        h.findtext("oai:datestamp", namespaces=NS) for h in headers(root, "ListIdentifiers")
    ] == ["2024-01-10T23:59:59Z"]


def test_unpublished_items_never_appear_in_lists(client, hidden_items):
    visible = ItemFactory(title="Visible")
    for verb in ("ListIdentifiers", "ListRecords"):
        root = harvest(client, verb=verb, metadataPrefix="oai_dc")
        assert listed_ids(root, verb) == [identifier(visible)]
    body = client.get(reverse("library:oai"), {"verb": "ListRecords", "metadataPrefix": "oai_dc"})
    assert b"Hidden" not in body.content


def test_records_use_utc_datestamps(client, db, settings):
    settings.TIME_ZONE = "America/Lima"
    item = set_updated(ItemFactory(), datetime.datetime(2024, 6, 1, 3, 4, 5, tzinfo=datetime.UTC))
    root = harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert headers(root, "ListIdentifiers")[0].findtext("oai:datestamp", namespaces=NS) == (
        "2024-06-01T03:04:05Z"
    )
    assert timezone.localtime(item.updated).hour == 22


@pytest.mark.parametrize("verb", ["ListRecords", "ListIdentifiers"])
def test_list_queries_do_not_grow_with_items(client, db, verb):
    collection = LibraryCollection.objects.create(name="Guides", slug="guides")
    english = Language.objects.get(code="en")

    def make(count):
        for n in range(count):
            item = ItemFactory(
                title=f"Counted {n}", topics=[TopicFactory()], tags=[f"t{n}"], countries=["SN"]
            )
            item.languages.add(english)
            item.collections.add(collection)

    make(1)
    with CaptureQueriesContext(connection) as one:
        harvest(client, verb=verb, metadataPrefix="oai_dc")
    make(29)
    with CaptureQueriesContext(connection) as thirty:
        root = harvest(client, verb=verb, metadataPrefix="oai_dc")

    assert len(listed_ids(root, verb)) == 30
    assert len(one) == len(thirty)


def test_control_characters_in_arguments_still_give_well_formed_xml(client, db):
    root = harvest(client, verb="GetRecord", metadataPrefix="oai_dc", identifier="oai:\x01x")
    assert error_of(root) == ["idDoesNotExist"]
    assert request_attributes(root)["identifier"] == "oai:x"
