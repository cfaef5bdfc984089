"""What members can follow in the library, and the one thing they hear of: a new item.

A member follows a topic, a collection, a tag or an item (and, through the country
profiles, a country). When an item is published for the first time, one update
tells the followers of the item and of everything it is filed under; someone who
follows several of those hears of it once. An item is published once: an edit of
a published item, or its return to review and second approval, is not news.
"""

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from notifications import registry
from notifications.publish import publish

from .models import Item, LibraryCollection, Topic

VERB = "library-item-published"
# About the length of a paragraph: enough to decide whether to open the item.
EXCERPT_WORDS = 60


def may_read_item(user, item: Item) -> bool:
    """The library's own rule (``Item.objects.visible_to``); a published item is seen by
    everyone, so only an unpublished one costs a query."""
    if item.status == Item.Status.PUBLISHED:
        return True
    return Item.objects.visible_to(user).filter(pk=item.pk).exists()


def register() -> None:
    """Called by ``LibraryConfig.ready``."""
    registry.register(registry.Followable(model=Topic, key="topic", label=_("the topic")))
    registry.register(
        registry.Followable(
            model=LibraryCollection,
            key="collection",
            label=_("the library collection"),
            kind=_("Library collection"),
        )
    )
    registry.register(registry.Followable(model=Tag, key="tag", label=_("the tag")))
    registry.register(
        registry.Followable(
            model=Item, key="library-item", label=_("the library item"), may_read=may_read_item
        )
    )
    registry.register_verb(
        VERB,
        sentence=_("A new library item, “{title}”, was published."),
        subject=_("New in the library: {title}"),
    )


def _filed_under(item: Item) -> list:
    """The followed things an item is filed under: its countries' live profiles, its
    topics, collections and tags."""
    from countryprofiles.models import CountryProfilePage

    codes = list(item.countries.values_list("country", flat=True))
    profiles = list(CountryProfilePage.objects.live().filter(country__in=codes)) if codes else []
    return [
        *profiles,
        *item.topics.all(),
        *item.collections.all(),
        *item.tags.all(),
    ]


def item_published(item: Item) -> None:
    """Tell the followers that ``item`` is published (call it inside the transaction
    that first publishes it). Nothing is said of an item not visible to everyone."""
    if item.status != Item.Status.PUBLISHED:
        return
    publish(
        verb=VERB,
        title=item.title,
        source=item,
        target=item,
        actor=item.submitted_by,
        excerpt=Truncator(item.abstract).words(EXCERPT_WORDS),
        also=_filed_under(item),
    )
