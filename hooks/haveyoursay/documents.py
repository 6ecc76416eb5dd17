"""Facts about a published file, read from the file itself (never typed in).

GOV.UK lists every attachment's type, size and page count so residents on
slow connections or paying for data know what they are about to download.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .consultation import DOCUMENT_TYPES

logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass(frozen=True)
class FileFacts:
    kind: str
    size: str
    pages: int | None

    @property
    def described(self) -> str:
        """"PDF, 120 KB, 4 pages": what a resident reads next to the link."""
        parts = [self.kind, self.size]
        if self.pages:
            parts.append(f"{self.pages} page{'s' if self.pages != 1 else ''}")
        return ", ".join(parts)


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


@lru_cache(maxsize=None)
def file_facts(path: Path) -> FileFacts:
    kind = DOCUMENT_TYPES.get(path.suffix.lower(), path.suffix.lstrip(".").upper())
    return FileFacts(kind=kind, size=human_size(path.stat().st_size), pages=_pdf_pages(path))


def _pdf_pages(path: Path) -> int | None:
    if path.suffix.lower() != ".pdf":
        return None
    try:
        from pypdf import PdfReader

        return len(PdfReader(path).pages)
    except Exception:  # a damaged PDF still publishes; it just shows no page count
        return None
