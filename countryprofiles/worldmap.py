"""The clickable world map of the country index, drawn by the server.

``data/world_map.json`` holds one SVG path per country (ISO alpha-2), already
projected and simplified by ``tools/build_world_map.py`` from Natural Earth,
and a point for each small country the 1:110m data leaves out. The page
inlines the SVG: each country with a profile is a link (reachable with the
keyboard, named for screen readers); all other countries are drawn as one
plain path, which keeps the map under 30 kB before compression. No tiles, no
script, nothing fetched from elsewhere.
"""

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.urls import reverse
from django_countries import countries

DATA_FILE = Path(__file__).resolve().parent / "data" / "world_map.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    with DATA_FILE.open(encoding="utf-8") as f:
        return json.load(f)


@dataclass(frozen=True)
class MapCountry:
    code: str
    name: str
    url: str
    path: str = ""  # the country's outline, or
    x: float = 0  # the centre of a dot for a country too small to draw
    y: float = 0

    @property
    def is_dot(self) -> bool:
        return not self.path


@dataclass(frozen=True)
class WorldMap:
    width: int
    height: int
    background: str  # every country without a profile, as one path
    linked: list[MapCountry]  # countries with a profile, outline or dot


def build_map(profiles) -> WorldMap:
    """The map with each profile's country as a link to its profile.

    The link is reversed, not ``profile.url``: a page's ``url`` looks the site
    up in the database each time, one query per country.
    """
    data = _data()
    shapes, points = data["shapes"], data["points"]
    linked = []
    for profile in profiles:
        code = profile.country.code
        name = str(countries.name(code))
        url = reverse("countryprofiles:detail", kwargs={"code": code.lower()})
        if code in shapes:
            linked.append(MapCountry(code=code, name=name, url=url, path=shapes[code]))
        elif code in points:
            x, y = points[code]
            linked.append(MapCountry(code=code, name=name, url=url, x=x, y=y))
    linked_codes = {country.code for country in linked}
    background = "".join(path for code, path in shapes.items() if code not in linked_codes)
    linked.sort(key=lambda country: country.name)
    return WorldMap(data["width"], data["height"], background, linked)
