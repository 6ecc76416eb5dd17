"""A QR code to a page, drawn as an inline SVG: no script, no image file, no other host.

``qrcode`` (pure Python, maintained) works out the code's squares for the
address; the hub draws them as one SVG path on a white square, quiet zone
included, so it scans whatever the page's background. Medium error
correction (15%) keeps the squares large for the length of a page's address;
a printed code about 4 cm wide has squares near 1 mm, which a phone reads
from an arm's length.

Working the squares out is the dear part (about 15 ms an address, most of a
large council's build), so they are kept between runs under the address
(core.cache) and each address is drawn once per build (the printed summary
and the notice share it). What is read back is only rows of 0 and 1, checked
before use, so nothing kept can put anything else into a page.
"""

from __future__ import annotations

import functools

import qrcode
from markupsafe import Markup, escape

from ...core.cache import key_of, remembered

QUIET_ZONE = 4
"""Squares of white around the code, as the QR standard (ISO/IEC 18004) asks."""


def qr_code(address: str) -> qrcode.QRCode:
    """The code as ``qrcode`` makes it (its matrix is what the SVG draws)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(address)
    code.make(fit=True)
    return code


def squares(address: str) -> list[str]:
    """The code's rows, quiet zone included, "1" for a dark square (kept between runs)."""
    return remembered(
        "qr-codes",
        lambda: key_of(address, qrcode.__name__, QUIET_ZONE),
        lambda: ["".join("1" if dark else "0" for dark in row) for row in qr_code(address).get_matrix()],
        list,
        _rows,
    )


def _rows(kept: object) -> list[str]:
    """Kept rows, only if they are a square of 0s and 1s."""
    if not isinstance(kept, list) or not kept:
        raise ValueError("not rows")
    rows = [str(row) for row in kept]
    if any(len(row) != len(rows) or row.strip("01") for row in rows):
        raise ValueError("not a square of 0s and 1s")
    return rows


def _path(rows: list[str]) -> str:
    """One SVG path: a rectangle for each run of dark squares along a row."""
    parts = []
    for y, row in enumerate(rows):
        x = 0
        while x < len(row):
            if row[x] == "1":
                start = x
                while x < len(row) and row[x] == "1":
                    x += 1
                parts.append(f"M{start} {y}h{x - start}v1h-{x - start}z")
            else:
                x += 1
    return "".join(parts)


@functools.lru_cache(maxsize=4096)
def qr_svg(address: str, label: str) -> Markup:
    """An ``<svg role="img">`` named by ``label`` (the address in words), sized by the stylesheet."""
    rows = squares(address)
    size = len(rows)
    return Markup(
        f'<svg width="40mm" height="40mm" viewBox="0 0 {size} {size}" xmlns="http://www.w3.org/2000/svg" '
        f'class="hub-qr__code" role="img" aria-label="{escape(label)}" focusable="false" '
        f'shape-rendering="crispEdges"><rect fill="#fff" width="{size}" height="{size}"/>'
        f'<path fill="#000" d="{_path(rows)}"/></svg>'
    )
