#!/usr/bin/env python3
"""Draws Steward's Teams icons (color.png 192x192, outline.png 32x32) with nothing but the standard library.

The same input always gives the same bytes; run it again only to change the design:
    python3 manifests/teams/make-icons.py
"""
import os
import struct
import zlib

ACCENT = (0x4F, 0x6B, 0xED)
WHITE = (0xFF, 0xFF, 0xFF)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9))
                  + chunk(b"IEND", b""))


def check(x, y, size):
    """A check mark: two strokes, in a square of side size, centred."""
    u, v = x / size, y / size
    width = 0.06
    short = abs((v - 0.55) - (u - 0.28)) < width and 0.28 <= u <= 0.45
    long = abs((v - 0.72) + (u - 0.45) * 1.2) < width * 1.1 and 0.42 <= u <= 0.74
    return short or long


def color(x, y, size):
    return (*WHITE, 255) if check(x, y, size) else (*ACCENT, 255)


def outline(x, y, size):
    cx = cy = (size - 1) / 2
    ring = abs(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 - (size / 2 - 2)) < 1.0
    return (*WHITE, 255) if ring or check(x, y, size) else (0, 0, 0, 0)


here = os.path.dirname(os.path.abspath(__file__))
png(os.path.join(here, "color.png"), 192, color)
png(os.path.join(here, "outline.png"), 32, outline)
