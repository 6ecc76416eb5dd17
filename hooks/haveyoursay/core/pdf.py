"""PDFs, read by pypdf within limits: their page count, and whether they are damaged or locked.

Kept apart from ``files`` (which decides what every file really is) because reading a PDF is the one
step that can take real time and memory, so it has limits of its own.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
from pathlib import Path
from typing import BinaryIO

# -- PDFs, read by pypdf within limits -----------------------------------------------------

# pypdf's time grows with a PDF's index, not its pages: a file of nothing but tiny objects costs ~0.35 s a MB
# (~0.8 s if its index is broken), so only PDFs up to 1 MB are read in the build's own process; a larger one is
# read in a child process with 512 MB more memory than the build, 5 s of CPU and 10 s in all, past which it shows
# no page count (a 2 GB PDF with a broken index needs 2 GB; one with a sound index takes milliseconds).
PDF_READ_HERE = 1024 * 1024
PDF_MEMORY, PDF_CPU_SECONDS, PDF_SECONDS = 512 * 1024 * 1024, 5, 10.0
PDF_MOST_PAGES = 10_000  # pypdf walks at most this many page tree entries (~1 s); a longer document has no count
PDF_MOST_OBJECTS_HERE = 50_000  # nor, in the build's own process, more objects than this in index streams


def pdf_trouble(path: Path, handle: BinaryIO, size: int) -> tuple[str, int | None]:
    handle.seek(max(0, size - 1024))  # readers look for the end marker in the last 1024 bytes
    if b"%%EOF" not in handle.read():
        return "cut short", None
    here = _read_pdf(path, PDF_MOST_OBJECTS_HERE) if size <= PDF_READ_HERE else (None, "")
    # too large to read here, or failed within this process's tighter limits: read it apart (where it can be)
    pages, trouble = _read_pdf_apart(path, here) if size > PDF_READ_HERE or here[1] == "damaged" else here
    return ("no pages" if pages == 0 else trouble), pages or None


def _read_pdf(path: Path, most_objects: int = 2_000_000) -> tuple[int | None, str]:
    """pypdf's page count (None past the limits), "damaged" or "password"; it gets a handle (a path it reads whole)."""
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError

    try:
        with path.open("rb") as handle, apply_configuration(page_tree_maximum_entries=PDF_MOST_PAGES):
            return len(PdfReader(handle, xref_stream_maximum_entries=most_objects).pages), ""
    except FileNotDecryptedError:
        return None, "password"
    except (LimitReachedError, DependencyError, MemoryError, RecursionError):
        return None, ""  # too big to count within the limits, or encrypted with AES (pypdf needs more to count it)
    except Exception:  # pypdf raises many kinds of error for a damaged file, a looping page tree among them
        return None, "damaged"


def _read_pdf_apart(path: Path, otherwise: tuple[int | None, str]) -> tuple[int | None, str]:
    """``_read_pdf`` in a child process within the limits above, so no PDF can take the build's memory or time."""
    if not hasattr(os, "fork"):
        return otherwise  # Windows: no child processes, so a large PDF is checked by its first and last bytes
    import pypdf  # noqa: F401  (imported once here, not again in every child)

    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: limits, read, answer, exit (it never returns)
        try:
            import resource

            os.close(reading)
            with contextlib.suppress(OSError, ValueError):
                resource.setrlimit(resource.RLIMIT_CPU, (PDF_CPU_SECONDS, PDF_CPU_SECONDS))
            with contextlib.suppress(OSError, ValueError):  # /proc is Linux's: elsewhere only time is limited
                used = int(Path("/proc/self/statm").read_text().split()[0]) * resource.getpagesize()
                resource.setrlimit(resource.RLIMIT_AS, (used + PDF_MEMORY, used + PDF_MEMORY))
            pages, trouble = _read_pdf(path)
            os.write(writing, f"{'-' if pages is None else pages} {trouble}".encode())
        finally:
            os._exit(0)
    os.close(writing)
    with os.fdopen(reading, "rb") as answer:  # no words if the child was stopped at a limit
        words = answer.read().decode().split() if select.select([answer], [], [], PDF_SECONDS)[0] else []
    os.kill(pid, signal.SIGKILL)  # harmless if it has finished: its process id is not reused until waited for
    os.waitpid(pid, 0)
    return (int(words[0]) if words and words[0].isdigit() else None), (words[1] if len(words) > 1 else "")
