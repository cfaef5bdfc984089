from .items import Comment, Item, ItemCountry, ItemTag
from .taxonomy import (
    Approach,
    Branch,
    LibraryCollection,
    ResourceType,
    Term,
    Theme,
    Topic,
)

__all__ = [
    "Approach",
    "Branch",
    "Comment",
    "Item",
    "ItemCountry",
    "ItemTag",
    "LibraryCollection",
    "ResourceType",
    "Term",
    "Theme",
    "Topic",
]
