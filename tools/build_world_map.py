"""Build ``countryprofiles/data/world_map.json`` from Natural Earth via world-atlas.

The country index draws its world map from that file: one SVG path per
country (ISO 3166-1 alpha-2 code), projected with the Natural Earth
projection, rounded to a small grid so the page stays light; plus a point for
each small country that the 1:110m data leaves out (its 1:50m centroid), so a
profile of Cabo Verde or Mauritius still has a place to click.

The data is Natural Earth's (public domain), packaged as TopoJSON by the
world-atlas npm package (ISC). To rebuild:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python tools/build_world_map.py package/countries-110m.json \
        package/countries-50m.json > countryprofiles/data/world_map.json
"""

import itertools
import json
import math
import sys

WIDTH = 1000
SCALE = WIDTH / (2 * math.pi * 0.8707)  # Natural Earth's x at the antimeridian: pi * 0.8707
PRECISION = 0  # decimals kept in coordinates (whole pixels of a 1000-pixel-wide map)
TOLERANCE = 0.6  # pixels: how far simplification may move a border


def natural_earth(lon: float, lat: float) -> tuple[float, float]:
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


Y_TOP = natural_earth(0, 84)[1]
Y_BOTTOM = natural_earth(0, -57)[1]  # Antarctica is left out; the map stops below Cape Horn
HEIGHT = round((Y_TOP - Y_BOTTOM) * SCALE)


def project(lon: float, lat: float) -> tuple[float, float]:
    x, y = natural_earth(lon, lat)
    return (round(WIDTH / 2 + x * SCALE, PRECISION), round((Y_TOP - y) * SCALE, PRECISION))


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    scale_x, scale_y = topology["transform"]["scale"]
    translate_x, translate_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + translate_x, y * scale_y + translate_y))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def path_for(geometry: dict, arcs) -> str:
    parts = []
    for polygon in polygons(geometry):
        for ring in polygon:
            projected = []
            points = ring_points(ring, arcs)
            if any(lon > 170 for lon, _ in points) and any(lon < -170 for lon, _ in points):
                # A ring across the antimeridian (Russia's Chukotka, Fiji): keep it
                # on the eastern edge rather than drawing a line across the map.
                points = [(180.0 if lon < 0 else lon, lat) for lon, lat in points]
            for lon, lat in points:
                point = project(lon, max(-57.0, lat))
                if not projected or point != projected[-1]:
                    projected.append(point)
            projected = simplify(projected, TOLERANCE)
            if len(projected) < 3:
                continue
            parts.append(relative_path(projected))
    return "".join(parts)


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker: drop points closer than ``tolerance`` pixels to the line kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = math.hypot(x2 - x1, y2 - y1)
        worst, worst_at = 0.0, None
        for i in range(first + 1, last):
            x0, y0 = points[i]
            if length:
                distance = abs((x2 - x1) * (y1 - y0) - (x1 - x0) * (y2 - y1)) / length
            else:
                distance = math.hypot(x0 - x1, y0 - y1)
            if distance > worst:
                worst, worst_at = distance, i
        if worst_at is not None and worst > tolerance:
            keep[worst_at] = True
            stack.append((first, worst_at))
            stack.append((worst_at, last))
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def relative_path(points: list[tuple[float, float]]) -> str:
    """``M`` to the first point, then relative ``l`` steps (shorter text), closed."""
    x0, y0 = points[0]
    steps = []
    for (xa, ya), (xb, yb) in itertools.pairwise(points):
        steps.append(f"{_fmt(xb - xa)} {_fmt(yb - ya)}")
    return f"M{_fmt(x0)} {_fmt(y0)}l" + " ".join(steps).replace(" -", "-") + "z"


def _fmt(value: float) -> str:
    text = f"{value:.{PRECISION}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def alpha2_by_numeric() -> dict[str, str]:
    from django_countries import countries

    table = {}
    for code, _name in countries:
        numeric = countries.numeric(code, padded=True)
        if numeric:
            table[numeric] = code
    return table


def centroid(geometry: dict, arcs) -> tuple[float, float] | None:
    """The centre of the largest ring's bounding box: good enough for a dot."""
    best = None
    for polygon in polygons(geometry):
        points = ring_points(polygon[0], arcs)
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        area = (max(lons) - min(lons)) * (max(lats) - min(lats))
        if best is None or area > best[0]:
            best = (area, ((max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2))
    return best[1] if best else None


def main(small_path: str, detailed_path: str) -> None:
    import os

    import django

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gess.settings.dev")
    django.setup()
    codes = alpha2_by_numeric()

    with open(small_path, encoding="utf-8") as f:
        small = json.load(f)
    arcs = decode_arcs(small)
    shapes = {}
    for geometry in small["objects"]["countries"]["geometries"]:
        code = codes.get(str(geometry.get("id", "")))
        if not code or code == "AQ":
            continue
        path = path_for(geometry, arcs)
        if path:
            shapes[code] = shapes.get(code, "") + path

    with open(detailed_path, encoding="utf-8") as f:
        detailed = json.load(f)
    detailed_arcs = decode_arcs(detailed)
    points = {}
    for geometry in detailed["objects"]["countries"]["geometries"]:
        code = codes.get(str(geometry.get("id", "")))
        if not code or code in shapes or code == "AQ":
            continue
        centre = centroid(geometry, detailed_arcs)
        if centre:
            points[code] = list(project(*centre))

    json.dump(
        {
            "source": "Natural Earth (public domain), via world-atlas 2.0.2; "
            "built by tools/build_world_map.py",
            "width": WIDTH,
            "height": HEIGHT,
            "shapes": dict(sorted(shapes.items())),
            "points": dict(sorted(points.items())),
        },
        sys.stdout,
        separators=(",", ":"),
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
