"""The experts app's views, gathered under the names ``urls.py`` uses.

Each concern lives in its own module: finding experts (``views_public``), the
expert's own profile (``views_own``), technical-assistance needs (``views_needs``).
"""

from .feeds import ExpertsFeed
from .views_needs import need_create, need_detail, needs, shortlist
from .views_own import my_profile
from .views_public import contact, cv_download, detail, index

feed = ExpertsFeed()

__all__ = [
    "contact",
    "cv_download",
    "detail",
    "feed",
    "index",
    "my_profile",
    "need_create",
    "need_detail",
    "needs",
    "shortlist",
]
