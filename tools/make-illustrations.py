#!/usr/bin/env python3
"""Draws the portal's specimen illustrations (PNG, no dependency beyond Python's standard library).

They are drawings of our own, schematic and marked as specimens in their captions: no photograph, no map data, no
official emblem. Run from the repository's root: python3 tools/make-illustrations.py
"""
import math
import struct
import zlib
from pathlib import Path


def write_png(path, width, height, pixel):
    """pixel(x, y) -> (r, g, b); rows are filtered with type 0 and deflated."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(png)


def mix(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


SAND = (233, 214, 170)
OCHRE = (196, 140, 62)
SKY = (120, 170, 205)
DUSK = (244, 196, 120)
GREEN = (46, 110, 78)
RIVER = (52, 112, 170)
INK = (40, 44, 52)


def three_capitals(w, h):
    """A schematic of the three capitals joined by lines (longitude and latitude scaled, not a map)."""
    places = {"bamako": (-8.0, 12.65), "ouagadougou": (-1.52, 12.37), "niamey": (2.11, 13.51)}
    west, east, south, north = -11.0, 5.0, 10.0, 16.5

    def at(lon, lat):
        return ((lon - west) / (east - west) * w, (north - lat) / (north - south) * h)

    points = [at(*p) for p in places.values()]

    def pixel(x, y):
        colour = mix(SAND, OCHRE, (y / h) * 0.35 + 0.15 * math.sin(x / 90.0))
        # The river Niger, drawn freely as a wave across the picture.
        if abs(y - (0.55 * h + 0.12 * h * math.sin(x / w * 5.0))) < 7:
            colour = RIVER
        for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1]):
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
            if math.hypot(x - (ax + t * dx), y - (ay + t * dy)) < 4:
                colour = GREEN
        for px, py in points:
            d = math.hypot(x - px, y - py)
            if d < 26:
                colour = INK if d < 18 else (255, 255, 255)
        return colour

    return pixel


def conference_room(w, h):
    """Rows of seats facing a podium, in perspective."""
    def pixel(x, y):
        colour = mix((236, 232, 224), (200, 192, 178), y / h)
        if y < 0.32 * h:
            colour = mix((92, 110, 128), (140, 156, 170), y / (0.32 * h))
            # Three banners of plain colour above the podium.
            for i, banner in enumerate([(196, 140, 62), GREEN, RIVER]):
                left = w * (0.34 + 0.11 * i)
                if left < x < left + w * 0.07 and 0.04 * h < y < 0.28 * h:
                    colour = banner
        if 0.30 * w < x < 0.70 * w and 0.32 * h < y < 0.40 * h:
            colour = (120, 84, 52)
        row = (y - 0.48 * h) / (0.09 * h)
        if y > 0.48 * h and row - math.floor(row) < 0.45:
            spread = 0.5 + 0.5 * (y - 0.48 * h) / (0.52 * h)
            seat = (x - w / 2) / (w * 0.05 * spread)
            if abs(seat) < 9 and seat - math.floor(seat) < 0.7:
                colour = mix((150, 38, 40), (110, 24, 28), row - math.floor(row))
        return colour

    return pixel


def sahel_horizon(w, h):
    """Dunes under a low sun, with one acacia."""
    sun = (0.72 * w, 0.38 * h)

    def pixel(x, y):
        colour = mix(SKY, DUSK, min(1.0, y / (0.6 * h)))
        if math.hypot(x - sun[0], y - sun[1]) < 0.07 * h:
            colour = (250, 236, 190)
        dune = 0.62 * h + 0.05 * h * math.sin(x / w * 7.0) + 0.03 * h * math.sin(x / w * 17.0 + 1.0)
        if y > dune:
            colour = mix(OCHRE, SAND, min(1.0, (y - dune) / (0.4 * h)))
        tree = 0.22 * w
        if abs(x - tree) < 0.006 * w and dune - 0.16 * h < y <= dune + 4:
            colour = INK
        crown = ((x - tree) / (0.09 * w)) ** 2 + ((y - (dune - 0.17 * h)) / (0.035 * h)) ** 2
        if crown < 1.0:
            colour = (58, 74, 48)
        return colour

    return pixel


if __name__ == "__main__":
    images = Path("content/journal/images")
    write_png(images / "trois-capitales.png", 1600, 900, three_capitals(1600, 900))
    write_png(images / "salle-de-conference.png", 1600, 900, conference_room(1600, 900))
    write_png(images / "horizon-sahelien.png", 1600, 900, sahel_horizon(1600, 900))
    write_png("tests/AesSummit.Web.Tests/TestContent/journal/images/illustration-essai.png", 480, 270, three_capitals(480, 270))
