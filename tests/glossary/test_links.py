"""Glossary links in text: the first mention of a published term links to its entry,
with its definition in the reader's language shown on hover or focus (no JavaScript)."""

import pytest
from django.template import Context, Template
from django.utils import translation
from wagtail.rich_text import RichText

from glossary import links
from glossary.models import Term

from .factories import TermFactory
from .helpers import glossary_links, text

pytestmark = pytest.mark.django_db

MHO_EN = "A voluntary, non-profit health insurance scheme run by its members."
MHO_FR = "Un système d'assurance santé volontaire, à but non lucratif, géré par ses membres."
MHO_URL = "/en/glossary/mutual-health-organisation/"
CBHI_URL = "/en/glossary/community-based-health-insurance/"


def render(template: str, **context) -> str:
    return Template("{% load glossary %}" + template).render(Context(context))


def linked(value, language="en", filter_name="glossary_links") -> str:
    with translation.override(language):
        return render(f"{{{{ value|{filter_name} }}}}", value=value)


def test_first_mention_of_a_term_links_to_its_entry_with_its_definition(mho):
    html = linked("A mutual health organisation pools risks. Every mutual health organisation…")

    [link] = glossary_links(html)
    assert (link.text, link.href, link.tip) == ("mutual health organisation", MHO_URL, MHO_EN)
    assert link.tip_id.startswith("gl-")
    assert link.described_by == link.tip_id  # the definition describes the link
    assert text(html) == (
        f"A mutual health organisation {MHO_EN} pools risks. Every mutual health organisation…"
    )


def test_each_term_is_linked_once_whether_by_name_synonym_or_abbreviation(mho, cbhi):
    html = linked("The MHO, a health mutual, is a mutual health organisation; CBHI and MHO too.")

    assert [(link.text, link.href) for link in glossary_links(html)] == [
        ("MHO", MHO_URL),
        ("CBHI", CBHI_URL),
    ]


def test_terms_match_whole_words_only(mho):
    html = linked(
        "MHOs, preMHO, MHO-like, mutual health organisations, "
        "mutual health organisation_x and xmutual health organisation"
    )

    assert glossary_links(html) == []


def test_terms_ignore_case_but_abbreviations_do_not(mho):
    assert [link.text for link in glossary_links(linked("MUTUAL Health ORGANISATION"))] == [
        "MUTUAL Health ORGANISATION"
    ]
    assert glossary_links(linked("the mho and the Mho")) == []
    assert [link.text for link in glossary_links(linked("The HEALTH MUTUAL"))] == ["HEALTH MUTUAL"]


def test_terms_spread_over_a_line_break_still_match(mho):
    html = linked("A mutual health\norganisation.")

    assert [link.text for link in glossary_links(html)] == ["mutual health organisation"]


def test_the_longest_term_wins(db):
    TermFactory(slug="social-protection", term_en="Social protection")
    TermFactory(slug="social-protection-floor", term_en="Social protection floor")

    html = linked("A social protection floor is the base of social protection.")

    assert [(link.text, link.href) for link in glossary_links(html)] == [
        ("social protection floor", "/en/glossary/social-protection-floor/"),
        ("social protection", "/en/glossary/social-protection/"),
    ]


def test_text_is_escaped_and_script_stays_text(mho):
    html = linked('<script>alert("MHO")</script> <b>mutual health organisation</b> & co')

    assert "<script>" not in html
    assert "<b>" not in html
    assert "&lt;script&gt;alert" in html
    assert "&amp; co" in html
    assert [link.text for link in glossary_links(html)] == ["MHO"]
    assert html.startswith('<p>&lt;script&gt;alert("<span class="glossary-ref">')
    assert html.endswith(
        '")&lt;/script&gt; &lt;b&gt;mutual health organisation&lt;/b&gt; &amp; co</p>'
    )


def test_definitions_with_markup_are_escaped_in_the_tooltip(db):
    TermFactory(slug="tricky", term_en="Tricky term", definition_en="Uses <em>tags</em> & more.")

    html = linked("A tricky term.")

    assert "<em>" not in html
    assert glossary_links(html)[0].tip == "Uses <em>tags</em> & more."


def test_paragraphs_like_linebreaks_and_inline_without_paragraphs(mho):
    assert linked("One MHO.\n\nTwo\nlines.").count("<p>") == 2
    assert "<br>" in linked("One MHO.\n\nTwo\nlines.")
    inline = linked("One MHO.\nTwo.", filter_name="glossary_links_inline")
    assert "<p>" not in inline
    assert "<br>" in inline
    assert [link.text for link in glossary_links(inline)] == ["MHO"]


def test_links_and_definitions_follow_the_active_language(mho, cbhi):
    value = "La mutuelle de santé et l'assurance maladie à base communautaire (AMBC)."

    html = linked(value, language="fr")

    assert [(link.text, link.href, link.tip) for link in glossary_links(html)] == [
        ("mutuelle de santé", "/fr/glossary/mutual-health-organisation/", MHO_FR),
        (
            "assurance maladie à base communautaire",
            "/fr/glossary/community-based-health-insurance/",
            "Une assurance maladie organisée par et pour une communauté.",
        ),
    ]
    # The English names mean nothing on a French page, and the reverse.
    assert glossary_links(linked("A mutual health organisation", language="fr")) == []
    assert glossary_links(linked(value, language="en")) == []
    spanish = glossary_links(linked("Una mutual de salud.", language="es"))
    assert [(link.text, link.href) for link in spanish] == [
        ("mutual de salud", "/es/glossary/mutual-health-organisation/")
    ]


def test_drafts_are_never_linked(mho, draft):
    html = linked("Zebra draft, ZDT, and a mutual health organisation.")

    assert [link.href for link in glossary_links(html)] == [MHO_URL]


def test_rich_text_is_linked_only_in_its_text(mho, cbhi):
    markup = (
        "<h3>About the MHO</h3>"
        '<p>See <a href="/x/" title="MHO">an MHO page</a> or <code>MHO</code>.</p>'
        '<p class="MHO">An MHO &amp; a <b>CBHI</b> scheme. Another MHO.</p>'
    )

    html = linked(RichText(markup), filter_name="glossary_links_html")

    assert [(link.text, link.href) for link in glossary_links(html)] == [
        ("MHO", MHO_URL),
        ("CBHI", CBHI_URL),
    ]
    assert html.startswith(
        '<h3>About the MHO</h3><p>See <a href="/x/" title="MHO">an MHO page</a> or '
        '<code>MHO</code>.</p><p class="MHO">An <span class="glossary-ref">'
    )
    assert ' &amp; a <b><span class="glossary-ref">' in html
    assert html.endswith("</b> scheme. Another MHO.</p>")


def test_plain_text_given_to_the_html_filter_is_escaped(mho):
    html = linked("<script>x()</script> MHO", filter_name="glossary_links_html")

    assert html.startswith("&lt;script&gt;x()&lt;/script&gt; ")
    assert [link.text for link in glossary_links(html)] == ["MHO"]


def test_texts_of_one_scope_link_each_term_once(mho, cbhi):
    class Request:
        pass

    request = Request()
    with translation.override("en"):
        html = render(
            "{{ a|glossary_links_inline:request }}|{{ b|glossary_links_html:request }}",
            a="An MHO.",
            b=RichText("<p>The MHO and the CBHI.</p>"),
            request=request,
        )

    found = glossary_links(html)
    assert [link.text for link in found] == ["MHO", "CBHI"]
    assert len({link.tip_id for link in found}) == 2  # ids stay unique on the page


def test_rendering_costs_one_query_cold_and_none_warm_however_many_terms(
    django_assert_num_queries, mho
):
    value = "A mutual health organisation."
    with django_assert_num_queries(1):
        assert len(glossary_links(linked(value))) == 1
    with django_assert_num_queries(0):
        linked(value)
        linked(value)

    many = TermFactory.create_batch(40)  # saving terms makes every process rebuild its list
    value = f"A mutual health organisation, {many[0].term_en} and {many[-1].term_en}."
    with django_assert_num_queries(1):
        assert len(glossary_links(linked(value))) == 3
    with django_assert_num_queries(0):
        assert len(glossary_links(linked(value))) == 3


def test_saving_or_deleting_a_term_updates_the_links(mho):
    assert len(glossary_links(linked("Our health savings account"))) == 0

    mho.synonyms_en = "health savings account"
    mho.save()
    assert [link.href for link in glossary_links(linked("Our health savings account"))] == [MHO_URL]

    mho.status = Term.Status.DRAFT
    mho.save()
    assert glossary_links(linked("Our health savings account")) == []

    mho.status = Term.Status.PUBLISHED
    mho.save()
    assert len(glossary_links(linked("An MHO"))) == 1
    mho.delete()
    assert glossary_links(linked("An MHO")) == []


def test_a_new_version_is_taken_again_when_the_transaction_commits(
    django_capture_on_commit_callbacks, mho
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        links.invalidate()
    before = links._version()
    for callback in callbacks:
        callback()
    assert links._version() != before
