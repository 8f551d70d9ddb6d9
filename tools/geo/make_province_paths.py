#!/usr/bin/env python3
"""Builds the province map's SVG paths from the shared OpenStreetMap province shapes (ODbL 1.0).

Reads ../shared/data/tr_geo/tr-geojson/tr-cities-utf8.json (81 provinces) and tr_provinces.derived.csv (plate codes),
projects longitude/latitude onto a 1000-wide view box (equirectangular, scaled by cos of the mean latitude),
simplifies each ring (Douglas-Peucker, tolerance in view-box units), drops specks, and writes
web/LabourHub.Web/Reports/province-paths.json: {"viewBox": "...", "provinces": {"1": "M...Z", ...}}.
The product reads only that file; ../shared is never read at run time.
Usage: python3 tools/geo/make_province_paths.py [/work/shared/data/tr_geo]
"""
import csv, json, math, os, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '../../../shared/data/tr_geo')
OUT = os.path.join(os.path.dirname(__file__), '../../web/LabourHub.Web/Reports/province-paths.json')
WIDTH, TOLERANCE, MIN_AREA = 1000.0, 0.9, 6.0
ALIASES = {'Afyon': 'Afyonkarahisar'}

def simplify(points, tol):
    if len(points) < 3:
        return points
    keep = [False] * len(points); keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1; norm = math.hypot(dx, dy) or 1e-12
        best, index = 0.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if (dx or dy) else math.hypot(x - x1, y - y1)
            if d > best: best, index = d, i
        if best > tol and index > 0:
            keep[index] = True; stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep) if k]

def area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2

def main():
    codes = {}
    with open(os.path.join(SRC, 'tr_provinces.derived.csv'), encoding='utf-8') as f:
        for row in csv.DictReader(f):
            codes[row['name_tr']] = int(row['plate_code'])
    features = json.load(open(os.path.join(SRC, 'tr-geojson/tr-cities-utf8.json'), encoding='utf-8'))['features']
    polys = {}
    for feature in features:
        name = ALIASES.get(feature['properties']['name'], feature['properties']['name'])
        geometry = feature['geometry']
        polygons = geometry['coordinates'] if geometry['type'] == 'MultiPolygon' else [geometry['coordinates']]
        polys[codes[name]] = polygons
    assert len(polys) == 81, len(polys)
    lons = [p[0] for ps in polys.values() for poly in ps for ring in poly for p in ring]
    lats = [p[1] for ps in polys.values() for poly in ps for ring in poly for p in ring]
    k = math.cos(math.radians((min(lats) + max(lats)) / 2))
    scale = WIDTH / ((max(lons) - min(lons)) * k)
    height = (max(lats) - min(lats)) * scale
    project = lambda p: ((p[0] - min(lons)) * k * scale, (max(lats) - p[1]) * scale)
    out = {}
    for code, polygons in sorted(polys.items()):
        parts = []
        for poly in polygons:
            ring = simplify([project(p) for p in poly[0]], TOLERANCE)  # outer ring only: holes are lakes, not shown
            if len(ring) < 4 or area(ring) < MIN_AREA:
                continue
            parts.append('M' + 'L'.join(f'{x:.0f} {y:.0f}' for x, y in ring[:-1]) + 'Z')
        out[str(code)] = ''.join(parts)
    doc = {'viewBox': f'0 0 {WIDTH:.0f} {math.ceil(height)}',
           'attribution': 'Province shapes © OpenStreetMap contributors, ODbL 1.0, via github.com/cihadturhan/tr-geojson; simplified by LabourHub (tools/geo/make_province_paths.py).',
           'provinces': out}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, separators=(',', ':'))
    print(f'{len(out)} provinces, {os.path.getsize(OUT):,} bytes -> {OUT}')

if __name__ == '__main__':
    main()
