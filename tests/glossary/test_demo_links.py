"""Loading the demo glossary makes every process rebuild its glossary links.

Apart from ``test_demo``, whose module-wide ``load_demo`` would already be there.
"""

import pytest
from django.template import Context, Template
from django.utils import translation

from core.demo import glossary as demo_glossary
from core.demo import glossary_terms as data
from glossary.models import Term

from .helpers import glossary_links, unambiguous

pytestmark = pytest.mark.django_db


def test_loading_the_glossary_rebuilds_the_links_of_every_process(
    db, django_capture_on_commit_callbacks
):
    def links(value):
        with translation.override("en"):
            html = Template("{% load glossary %}{{ value|glossary_links }}").render(
                Context({"value": value})
            )
        return glossary_links(html)

    sample = unambiguous(data.all_terms())
    value = f"About {sample['term_en']}."
    assert links(value) == []  # the (empty) list of terms is cached

    with django_capture_on_commit_callbacks(execute=True):
        counts = demo_glossary.load()

    assert counts == {"terms": Term.objects.count(), "categories": len(data.CATEGORIES)}
    assert [link.href for link in links(value)] == [f"/en/glossary/{sample['slug']}/"]
