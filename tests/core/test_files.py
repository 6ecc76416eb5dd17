"""What a named file really is: read from its own bytes, within limits, once per build.

Every file here is made at run time in ``tmp_path``: a good one of each type we
publish, the same bytes under another type's name, an empty one, one cut short,
and PDFs that are huge or hostile (a 2 GB PDF is a sparse file: it takes no disk).
"""

from __future__ import annotations

import io
import os
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from pypdf import PdfWriter

from haveyoursay.core import files
from haveyoursay.core import pdf as pdf_reading
from haveyoursay.core.files import DOCUMENT_TYPES, FileFacts, file_facts, human_size, told
from hub_testing import ROOT

DEMO_PDF = ROOT / "content" / "decisions" / "NDC-2026-031" / "cabinet-member-report.pdf"


# -- files of every type, made here ------------------------------------------------------


def pdf(pages: int = 2, user_password: str | None = None) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if user_password is not None:
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zipped(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text, zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def office(main_part: str) -> bytes:
    return zipped({"[Content_Types].xml": "<Types/>", "_rels/.rels": "<Relationships/>", main_part: "<x/>"})


def opendocument(kind: str) -> bytes:
    return zipped({"mimetype": f"application/vnd.oasis.opendocument.{kind}", "content.xml": "<x/>"})


def ole2() -> bytes:
    """A Word 97-2003 file's container: a 512-byte header (sectors of 512, the directory in sector 0), then sectors."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[28:32] = b"\xfe\xff\x09\x00"
    header[48:52] = (0).to_bytes(4, "little")
    return bytes(header) + b"\0" * 1536


def mp3(tagged: bool = True) -> bytes:
    frame = b"\xff\xfb\x90\x64" + b"\0" * 413  # MPEG-1 layer III, 128 kbit/s, 44.1 kHz
    return (b"ID3\x04\x00\x00\x00\x00\x00\x0a" + b"\0" * 10 if tagged else b"") + frame * 4


def box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", 8 + len(body)) + kind + body


def mp4() -> bytes:
    return (
        box(b"ftyp", b"isom\0\0\0\0isomiso2mp41") + box(b"moov", box(b"mvhd", b"\0" * 100)) + box(b"mdat", b"\0" * 64)
    )


GOOD = {
    ".pdf": pdf(),
    ".docx": office("word/document.xml"),
    ".doc": ole2(),
    ".odt": opendocument("text"),
    ".xlsx": office("xl/workbook.xml"),
    ".ods": opendocument("spreadsheet"),
    ".csv": "Ward,Responses\nAbbey,12\nSt Anne’s,7\n".encode(),
    ".pptx": office("ppt/presentation.xml"),
    ".odp": opendocument("presentation"),
    ".rtf": b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}} Library hours proposal\\par }\r\n",
    ".txt": "Library opening hours: café open 9am to 5pm.\n".encode(),
    ".mp3": mp3(),
    ".mp4": mp4(),
}
TYPES = sorted(DOCUMENT_TYPES)


def write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def trouble(path: Path) -> str:
    return files._inspected(path)[1]


def said(path: Path) -> str:
    """What `hub check` tells the officer about this file: "problem (hint)", or "" if nothing is wrong."""
    found = trouble(path)
    return "{} ({})".format(*told(found, path.name)) if found else ""


def test_every_type_we_publish_has_a_good_sample():
    assert sorted(GOOD) == TYPES


# -- good files: accepted, with the same facts as before -----------------------------------


@pytest.mark.parametrize("ext", TYPES)
def test_a_good_file_of_each_type_passes_with_its_facts(ext, tmp_path):
    path = write(tmp_path, f"document{ext}", GOOD[ext])

    assert said(path) == ""
    assert file_facts(path) == FileFacts(DOCUMENT_TYPES[ext][0], len(GOOD[ext]), 2 if ext == ".pdf" else None)


def test_the_demo_pdfs_read_as_they_always_have():
    facts = file_facts(DEMO_PDF)

    assert (facts.kind, human_size(facts.size), facts.pages) == ("PDF", "3 KB", 2)
    for path in sorted((ROOT / "consultations").glob("*/*.pdf")) + sorted((ROOT / "content").glob("decisions/*/*.pdf")):
        assert trouble(path) == "", path
        assert file_facts(path).pages


def test_text_may_start_with_a_byte_order_mark_and_an_mp3_need_not_be_tagged(tmp_path):
    assert said(write(tmp_path, "data.csv", b"\xef\xbb\xbfWard,Responses\n")) == ""
    assert said(write(tmp_path, "ids.csv", b"ID3,Ward\n1,Abbey\n")) == ""  # not an MP3's tag
    assert said(write(tmp_path, "talk.mp3", mp3(tagged=False))) == ""


def test_a_pdf_locked_only_against_editing_passes_and_is_counted(tmp_path):
    path = write(tmp_path, "report.pdf", pdf(pages=3, user_password=""))

    assert said(path) == ""
    assert file_facts(path).pages == 3


# -- files that are not what their names say ---------------------------------------------

RENAMED = [
    (
        ".docx",
        "proposal.pdf",
        "'proposal.pdf' is not a PDF: it looks like a Word document (.docx) "
        "(save or export it again as PDF, or rename it to end in .docx if that is what it is)",
    ),
    (
        ".pdf",
        "proposal.docx",
        "'proposal.docx' is not a Word document: it looks like a PDF (.pdf) "
        "(save or export it again as a Word document (.docx), or rename it to end in .pdf if that is what it is)",
    ),
    (
        ".doc",
        "proposal.pdf",
        "'proposal.pdf' is not a PDF: it looks like a Word, Excel or PowerPoint 97-2003 file "
        "(.doc, .xls or .ppt) (save or export it again as PDF)",
    ),
    (
        ".xlsx",
        "budget.ods",
        "'budget.ods' is not an OpenDocument spreadsheet: it looks like an Excel spreadsheet "
        "(.xlsx) (save or export it again as an OpenDocument spreadsheet (.ods), or rename it to end in .xlsx if that "
        "is what it is)",
    ),
    (
        ".odt",
        "notes.docx",
        "'notes.docx' is not a Word document: it looks like an OpenDocument text document (.odt) "
        "(save or export it again as a Word document (.docx), or rename it to end in .odt if that is what it is)",
    ),
    (
        ".pdf",
        "data.csv",
        "'data.csv' is not a CSV file: it looks like a PDF (.pdf) "
        "(save or export it again as a CSV file (.csv), or rename it to end in .pdf if that is what it is)",
    ),
    (
        ".mp4",
        "talk.mp3",
        "'talk.mp3' is not an MP3 audio file: it looks like an MP4 video (.mp4) "
        "(save or export it again as an MP3 audio file (.mp3), or rename it to end in .mp4 if that is what it is)",
    ),
]


@pytest.mark.parametrize(("real", "name", "message"), RENAMED, ids=[case[1] + case[0] for case in RENAMED])
def test_a_renamed_file_is_refused_saying_what_it_looks_like(real, name, message, tmp_path):
    assert said(write(tmp_path, name, GOOD[real])) == message


@pytest.mark.parametrize(
    ("real", "ext"),
    [(real, ext) for real in (".pdf", ".docx", ".doc", ".ods", ".rtf", ".mp3", ".mp4") for ext in TYPES if ext != real],
)
def test_no_type_passes_under_another_types_name(real, ext, tmp_path):
    path = write(tmp_path, f"document{ext}", GOOD[real])

    assert trouble(path) == "as " + (".ole" if real == ".doc" else real)


@pytest.mark.parametrize(
    ("content", "looks_like"),
    [
        (
            b"<!DOCTYPE html><html><body>Sign in to SharePoint</body></html>",
            "a web page (.html), perhaps a download or sign-in page saved by mistake (save or export it again as PDF)",
        ),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "a PNG image (.png) (save or export it again as PDF)"),
        (b"\xff\xd8\xff\xe0" + b"\0" * 64, "a JPEG image (.jpg) (save or export it again as PDF)"),
        (zipped({"photo.jpg": "x"}), "a ZIP archive (.zip) (save or export it again as PDF)"),
        (
            b"Library hours\n",
            "a plain text file (.txt) (save or export it again as PDF, or rename it to end in .txt "
            "if that is what it is)",
        ),
    ],
    ids=["web-page", "png", "jpeg", "zip", "text"],
)
def test_a_pdf_that_is_something_else_we_know_says_what(content, looks_like, tmp_path):
    assert said(write(tmp_path, "proposal.pdf", content)) == f"'proposal.pdf' is not a PDF: it looks like {looks_like}"


def test_contents_we_do_not_know_and_a_git_lfs_pointer_are_refused(tmp_path):
    unknown = write(tmp_path, "proposal.pdf", bytes(range(256)) * 4)
    pointer = write(tmp_path, "map.pdf", b"version https://git-lfs.github.com/spec/v1\noid sha256:ab12\nsize 1234\n")

    assert said(unknown) == (
        "'proposal.pdf' is not a PDF: its contents are not a type of file we know (save or export it again as PDF)"
    )
    assert said(pointer) == (
        "'map.pdf' is not a PDF: it is a Git LFS pointer, not the file (run 'git lfs pull', or commit the file itself)"
    )


@pytest.mark.parametrize(
    "content",
    ["café".encode("cp1252"), "Ward\n".encode("utf-16"), b"Ward,Responses\n\0\0", "Abbey ’".encode()[:-1]],
    ids=["windows-1252", "utf-16", "nul-bytes", "last-character-cut"],
)
def test_text_must_be_utf8_with_no_nul_bytes(content, tmp_path):
    assert said(write(tmp_path, "responses.csv", content)) == (
        "'responses.csv' is not a CSV file: it is not UTF-8 text "
        "(save it again as a CSV file (.csv) in UTF-8 (in Excel, 'CSV UTF-8'))"
    )
    assert said(write(tmp_path, "notes.txt", content)) == (
        "'notes.txt' is not a plain text file: it is not UTF-8 text "
        "(save it again as a plain text file (.txt) in UTF-8)"
    )


def test_utf8_is_checked_to_the_end_of_a_large_file(tmp_path):
    path = write(tmp_path, "big.csv", b"Ward,Responses\n" * 200_000 + b"Caf\xe9,1\n")

    assert trouble(path) == "not UTF-8"


# -- empty, cut short, damaged --------------------------------------------------------------


@pytest.mark.parametrize("ext", TYPES)
def test_an_empty_file_of_any_type_is_refused(ext, tmp_path):
    path = write(tmp_path, f"document{ext}", b"")

    assert said(path) == f"'document{ext}' is empty (save or export it again, then copy the new file into the folder)"
    assert file_facts(path) == FileFacts(DOCUMENT_TYPES[ext][0], 0, None)


CUT_SHORT = {  # where a file of each type is cut, and what the check then says
    ".pdf": (0.5, "cut short"),
    ".docx": (0.8, "zip!"),
    ".odt": (0.8, "zip!"),
    ".xlsx": (0.8, "zip!"),
    ".ods": (0.8, "zip!"),
    ".pptx": (0.8, "zip!"),
    ".odp": (0.8, "zip!"),
    ".doc": (0.2, "cut short"),
    ".rtf": (0.5, "cut short"),
    ".mp3": (0.01, "cut short"),
    ".mp4": (0.8, "cut short"),
}


@pytest.mark.parametrize("ext", sorted(CUT_SHORT))
def test_a_file_cut_short_is_refused(ext, tmp_path):
    share, expected = CUT_SHORT[ext]
    content = GOOD[ext]

    assert trouble(write(tmp_path, f"document{ext}", content[: max(1, int(len(content) * share))])) == expected


def test_cut_short_and_damaged_say_so_in_words(tmp_path):
    cut = write(tmp_path, "proposal.pdf", GOOD[".pdf"][:300])
    zip_cut = write(tmp_path, "proposal.docx", GOOD[".docx"][:200])
    video = write(tmp_path, "meeting.mp4", GOOD[".mp4"][:60])

    assert said(cut) == (
        "'proposal.pdf' is cut short: it is not a complete PDF (copy it again, or save or export it again as PDF)"
    )
    assert said(zip_cut) == (
        "'proposal.docx' is damaged: it cannot be opened as a Word document "
        "(copy it again, or open it and save it again as a Word document (.docx))"
    )
    assert said(video) == (
        "'meeting.mp4' is cut short: it is not a complete MP4 video "
        "(copy it again, or save or export it again as an MP4 video (.mp4))"
    )


def test_a_video_without_its_index_is_cut_short(tmp_path):
    no_index = box(b"ftyp", b"isom\0\0\0\0isom") + box(b"mdat", b"\0" * 64)

    assert trouble(write(tmp_path, "meeting.mp4", no_index)) == "cut short"


def test_a_pdf_pypdf_cannot_read_is_damaged(tmp_path):
    path = write(tmp_path, "proposal.pdf", b"%PDF-1.7\n" + b"garbage " * 50 + b"\n%%EOF\n")

    assert said(path) == (
        "'proposal.pdf' is a damaged PDF that cannot be read "
        "(open it in a PDF reader and save or export it again as PDF)"
    )
    assert file_facts(path).pages is None


def test_a_pdf_that_needs_a_password_to_open_is_refused(tmp_path):
    path = write(tmp_path, "exempt.pdf", pdf(user_password="secret"))

    assert said(path) == (
        "'exempt.pdf' needs a password to open (residents could not open it: export it again as PDF with no password)"
    )


def test_a_pdf_with_no_pages_is_refused(tmp_path):
    assert trouble(write(tmp_path, "blank.pdf", pdf(pages=0))) == "no pages"


# -- huge and hostile PDFs: bounded ----------------------------------------------------------


def hand_made_pdf(objects: dict[int, bytes], padding: int = 0) -> bytes | tuple[bytes, int, bytes]:
    """A PDF written byte by byte; with ``padding``, (start, gap, end) so the gap can be left sparse on disk."""
    start = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    out, offsets = bytearray(), {}
    for number in sorted(objects):
        offsets[number] = len(start) + padding + len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    size = max(objects) + 1
    xref = len(start) + padding + len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[number] for number in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return (start, padding, bytes(out)) if padding else start + bytes(out)


def page_tree(kids: bytes, count: int, more: dict[int, bytes] | None = None) -> dict[int, bytes]:
    return {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        **(more or {}),
    }


def sparse(path: Path, start: bytes, gap: int, end: bytes) -> Path:
    with path.open("wb") as handle:
        handle.write(start)
        handle.seek(len(start) + gap)
        handle.write(end)
    return path


def test_a_hand_made_pdf_is_read_like_any_other(tmp_path):
    path = write(tmp_path, "two.pdf", hand_made_pdf(page_tree(b"3 0 R 3 0 R", 2)))

    assert said(path) == ""
    assert file_facts(path).pages == 2


def test_a_2_gb_pdf_is_counted_without_being_read_whole(tmp_path):
    path = sparse(tmp_path / "scan.pdf", *hand_made_pdf(page_tree(b"3 0 R 3 0 R 3 0 R", 3), padding=2 << 30))
    started = time.monotonic()

    facts = file_facts(path)

    assert (facts.size > 2 << 30, facts.pages, trouble(path)) == (True, 3, "")
    assert time.monotonic() - started < 5
    assert human_size(facts.size) == "2048.0 MB"


def test_a_2_gb_pdf_that_would_need_reading_whole_gets_a_size_but_no_page_count(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_reading, "PDF_CPU_SECONDS", 1)  # the real limits (5 s of CPU) take as long, just longer
    monkeypatch.setattr(pdf_reading, "PDF_SECONDS", 3.0)
    path = sparse(tmp_path / "scan.pdf", b"%PDF-1.4\n", 2 << 30, b"\n%%EOF\n")  # no index: pypdf would read it all
    started = time.monotonic()

    facts = file_facts(path)

    assert (facts.kind, facts.size, facts.pages) == ("PDF", len(b"%PDF-1.4\n") + (2 << 30) + 7, None)
    assert time.monotonic() - started < pdf_reading.PDF_SECONDS + 2


def test_a_page_tree_of_a_million_kids_gets_no_page_count_and_stops_early(tmp_path):
    thousand = b" ".join([b"4 0 R"] * 1000)
    more = {4: b"<< /Type /Pages /Parent 2 0 R /Kids [%s] /Count 1000 >>" % b" ".join([b"3 0 R"] * 1000)}
    path = write(tmp_path, "hostile.pdf", hand_made_pdf(page_tree(thousand, 1_000_000, more)))
    started = time.monotonic()

    assert (trouble(path), file_facts(path).pages) == ("", None)
    assert time.monotonic() - started < 5


def indexed_by_a_stream(entries: int) -> bytes:
    """A one-page PDF 1.5 whose index is a compressed stream of ``entries`` rows (the rest point at the page)."""
    start, body, offsets = b"%PDF-1.5\n", bytearray(), []
    for number, content in sorted(page_tree(b"3 0 R", 1).items()):
        offsets.append(len(start) + len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    rows = b"\0\0\0\0\0\xff\xff" + b"".join(
        b"\1" + struct.pack(">IH", offsets[min(n, 3) - 1], 0) for n in range(1, entries)
    )
    packed = zlib.compress(rows)
    index = b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>\n" % (
        entries,
        entries + 1,
        len(packed),
    )
    end = b"stream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % (packed, len(start) + len(body))
    return start + bytes(body) + index + end


def test_a_pdf_over_this_processs_object_limit_is_read_again_apart_not_refused(tmp_path):
    path = write(tmp_path, "many-objects.pdf", indexed_by_a_stream(pdf_reading.PDF_MOST_OBJECTS_HERE + 10))

    most = pdf_reading.PDF_MOST_OBJECTS_HERE
    assert pdf_reading._read_pdf(path, most) == (None, "damaged")  # pypdf: "cannot be read"
    assert (trouble(path), file_facts(path).pages) == ("", 1)
    assert file_facts(write(tmp_path, "few-objects.pdf", indexed_by_a_stream(100))).pages == 1


def test_a_page_tree_that_loops_is_damaged(tmp_path):
    more = {4: b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"}
    path = write(tmp_path, "loop.pdf", hand_made_pdf(page_tree(b"4 0 R", 1, more)))

    assert trouble(path) == "damaged"


def test_a_pdf_over_the_limit_for_this_process_is_read_in_a_child_process(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_reading, "PDF_READ_HERE", 0)
    read_here = []
    monkeypatch.setattr(pdf_reading, "_read_pdf", lambda *args: read_here.append(args) or (7, ""))

    facts = file_facts(write(tmp_path, "report.pdf", pdf()))

    assert facts.pages == 7  # the child's answer (the parent never reads it itself)
    assert read_here == []


def test_a_child_that_runs_out_of_time_is_stopped_and_the_pdf_gets_no_page_count(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_reading, "PDF_READ_HERE", 0)
    monkeypatch.setattr(pdf_reading, "PDF_SECONDS", 0.5)
    monkeypatch.setattr(pdf_reading, "_read_pdf", lambda *args: time.sleep(30) or (7, ""))
    started = time.monotonic()

    facts = file_facts(write(tmp_path, "report.pdf", pdf()))

    assert (facts.pages, trouble(tmp_path / "report.pdf")) == (None, "")
    assert time.monotonic() - started < 5


def test_a_child_is_held_to_its_memory_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_reading, "PDF_READ_HERE", 0)
    monkeypatch.setattr(pdf_reading, "_read_pdf", lambda *args: (len(bytearray(pdf_reading.PDF_MEMORY * 2)), ""))

    assert file_facts(write(tmp_path, "report.pdf", pdf())).pages is None


def test_a_large_pdf_is_counted_in_a_child_process(tmp_path):
    image = b"<< /Length 1200000 >>\nstream\n" + b"\x00" * 1_200_000 + b"\nendstream"  # over 1 MB
    path = write(tmp_path, "large.pdf", hand_made_pdf(page_tree(b"3 0 R " * 4, 4, {4: image})))

    assert os.path.getsize(path) > pdf_reading.PDF_READ_HERE
    assert (trouble(path), file_facts(path).pages) == ("", 4)


def test_where_no_child_process_can_be_made_a_large_pdf_gets_no_page_count(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_reading, "PDF_READ_HERE", 0)
    monkeypatch.delattr(os, "fork")

    assert file_facts(write(tmp_path, "report.pdf", pdf())) == FileFacts("PDF", len(pdf()), None)


# -- never raises, read once per version --------------------------------------------------


def test_file_facts_never_raises(tmp_path):
    assert file_facts(tmp_path / "missing.pdf") == FileFacts("PDF", 0, None)
    assert file_facts(tmp_path) == FileFacts("", 0, None)


def test_each_file_is_read_once_until_it_changes(tmp_path):
    path = write(tmp_path, "report.pdf", pdf(pages=2))
    before = files._inspect.cache_info().misses

    for _ in range(3):
        file_facts(path)
        trouble(path)
    read_once = files._inspect.cache_info().misses - before
    path.write_bytes(pdf(pages=5))
    os.utime(path, ns=(time.time_ns() + 10**9,) * 2)

    assert read_once == 1
    assert file_facts(path).pages == 5
