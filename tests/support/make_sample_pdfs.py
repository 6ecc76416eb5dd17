#!/usr/bin/env python3
"""Write the sample PDFs that the demo consultations link to.

Standard library only. Each file is a small, valid PDF 1.4 with real text in
Helvetica, a /Title in the document information dictionary and /Lang (en-GB)
in the catalog, so the hub can show a title, file size and page count.

The output is byte-for-byte the same every time (no dates, no random IDs), so
running this again does not change the files in git.

    python3 tests/support/make_sample_pdfs.py          # write every PDF
    python3 tests/support/make_sample_pdfs.py --list   # list the files and pages
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ROOT = REPO / "tests" / "demo" if (REPO / "tests" / "demo" / "mkdocs.yml").is_file() else REPO  # the demo council
COUNCIL = "Northbrook Borough Council"

# A4 in points, with 2.5 cm margins.
PAGE_W, PAGE_H = 595, 842
MARGIN = 72
TEXT_W = PAGE_W - 2 * MARGIN
TOP = PAGE_H - MARGIN
BOTTOM = MARGIN + 20  # leave room for the footer

# Advance widths (per 1000 units) of the standard 14 fonts for ASCII 32..126.
_HELV = [
    278,
    278,
    355,
    556,
    556,
    889,
    667,
    191,
    333,
    333,
    389,
    584,
    278,
    333,
    278,
    278,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    278,
    278,
    584,
    584,
    584,
    556,
    1015,
    667,
    667,
    722,
    722,
    667,
    611,
    778,
    722,
    278,
    500,
    667,
    556,
    833,
    722,
    778,
    667,
    778,
    722,
    667,
    611,
    722,
    667,
    944,
    667,
    667,
    611,
    278,
    278,
    278,
    469,
    556,
    333,
    556,
    556,
    500,
    556,
    556,
    278,
    556,
    556,
    222,
    222,
    500,
    222,
    833,
    556,
    556,
    556,
    556,
    333,
    500,
    278,
    556,
    500,
    722,
    500,
    500,
    500,
    334,
    260,
    334,
    584,
]
_HELV_BOLD = [
    278,
    333,
    474,
    556,
    556,
    889,
    722,
    238,
    333,
    333,
    389,
    584,
    278,
    333,
    278,
    278,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    333,
    333,
    584,
    584,
    584,
    611,
    975,
    722,
    722,
    722,
    722,
    667,
    611,
    778,
    722,
    278,
    556,
    722,
    611,
    833,
    722,
    778,
    667,
    778,
    722,
    667,
    611,
    722,
    667,
    944,
    667,
    667,
    611,
    333,
    278,
    333,
    584,
    556,
    333,
    556,
    611,
    556,
    611,
    556,
    333,
    611,
    611,
    278,
    278,
    556,
    278,
    889,
    611,
    611,
    611,
    611,
    389,
    556,
    333,
    611,
    556,
    778,
    556,
    556,
    500,
    389,
    280,
    389,
    584,
]
FONTS = {"F1": ("Helvetica", _HELV), "F2": ("Helvetica-Bold", _HELV_BOLD)}


def text_width(text: str, font: str, size: float) -> float:
    table = FONTS[font][1]
    total = 0
    for ch in text:
        code = ord(ch)
        total += table[code - 32] if 32 <= code <= 126 else 556
    return total * size / 1000


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, font, size) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def pdf_string(text: str) -> bytes:
    """A literal string for a content stream (WinAnsiEncoding)."""
    raw = text.encode("cp1252")
    raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + raw + b")"


def info_string(text: str) -> bytes:
    """A text string for the information dictionary (ASCII or UTF-16BE)."""
    if text.isascii():
        return pdf_string(text)
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


# ---------------------------------------------------------------------------
# Layout: a document is a title and a list of pages; a page is a list of blocks.
# Blocks: ("h", text) heading, ("p", text) paragraph, ("li", text) bullet,
# ("q", text) numbered question with lines to write on, ("lines", n) ruled
# lines, ("map", shapes) a simple line drawing with labels.
# ---------------------------------------------------------------------------


class Layout:
    def __init__(self, title: str, body_size: float):
        self.title = title
        self.size = body_size
        self.leading = body_size * 1.45
        self.pages: list[list[bytes]] = []
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def text(self, x: float, y: float, font: str, size: float, text: str) -> None:
        self.pages[-1].append(b"BT /%s %g Tf %g %g Td %s Tj ET" % (font.encode(), size, x, y, pdf_string(text)))

    def draw(self, op: str) -> None:
        self.pages[-1].append(op.encode())

    def title_block(self) -> None:
        self.text(MARGIN, self.y - 10, "F1", 10, COUNCIL)
        self.y -= 38
        for line in wrap(self.title, "F2", 20, TEXT_W):
            self.text(MARGIN, self.y, "F2", 20, line)
            self.y -= 26
        self.y -= 8

    def heading(self, text: str) -> None:
        size = self.size + 4
        lines = wrap(text, "F2", size, TEXT_W)
        self.need(len(lines) * size * 1.3 + self.leading * 2)
        self.y -= 6
        for line in lines:
            self.text(MARGIN, self.y, "F2", size, line)
            self.y -= size * 1.35
        self.y -= 2

    def paragraph(self, text: str, indent: float = 0, bullet: str = "") -> None:
        lines = wrap(text, "F1", self.size, TEXT_W - indent)
        for index, line in enumerate(lines):
            self.need(self.leading)
            if index == 0 and bullet:
                self.text(MARGIN + indent - 14, self.y, "F1", self.size, bullet)
            self.text(MARGIN + indent, self.y, "F1", self.size, line)
            self.y -= self.leading
        self.y -= self.leading * (0.2 if bullet else 0.5)

    def ruled_lines(self, count: int) -> None:
        for _ in range(count):
            self.need(self.leading * 1.4)
            self.y -= self.leading * 0.9
            self.draw(f"0.6 G 0.5 w {MARGIN:g} {self.y:g} m {MARGIN + TEXT_W:g} {self.y:g} l S 0 G")
            self.y -= self.leading * 0.5
        self.y -= self.leading * 0.5

    def map(self, shapes) -> None:
        height = 300
        self.need(height + 10)
        top = self.y
        base_x, base_y = MARGIN, top - height
        self.draw(f"0.4 G 1 w {base_x:g} {base_y:g} {TEXT_W:g} {height:g} re S 0 G")
        for shape in shapes:
            kind = shape[0]
            if kind == "road":
                _, x1, y1, x2, y2, width = shape
                self.draw(
                    f"0.55 G {width:g} w {base_x + x1:g} {base_y + y1:g} m {base_x + x2:g} {base_y + y2:g} l S 0 G 1 w"
                )
            elif kind == "area":
                _, x, y, w, h = shape
                self.draw(f"[6 3] 0 d 2 w {base_x + x:g} {base_y + y:g} {w:g} {h:g} re S [] 0 d 1 w")
            elif kind == "label":
                _, x, y, label = shape
                self.text(base_x + x, base_y + y, "F1", 9, label)
        self.y = base_y - self.leading

    def render(self, pages) -> list[bytes]:
        for number, blocks in enumerate(pages):
            if number:
                self.new_page()
            else:
                self.title_block()
            question = 0
            for kind, value in blocks:
                if kind == "h":
                    self.heading(value)
                elif kind == "p":
                    self.paragraph(value)
                elif kind == "li":
                    self.paragraph(value, indent=18, bullet="-")
                elif kind == "q":
                    question += 1
                    self.paragraph(f"{question}. {value}")
                    self.ruled_lines(3)
                elif kind == "lines":
                    self.ruled_lines(value)
                elif kind == "map":
                    self.map(value)
                else:  # pragma: no cover - a typo in the content below
                    raise ValueError(kind)
        total = len(self.pages)
        streams = []
        for number, ops in enumerate(self.pages, start=1):
            footer = f"{COUNCIL}  |  {self.title}  |  Page {number} of {total}"
            if text_width(footer, "F1", 8) > TEXT_W:
                footer = f"{COUNCIL}  |  Page {number} of {total}"
            ops = [*ops, b"BT /F1 8 Tf %g %g Td %s Tj ET" % (MARGIN, MARGIN - 20, pdf_string(footer))]
            streams.append(b"\n".join(ops) + b"\n")
        return streams


def build_pdf(title: str, pages, body_size: float = 11) -> bytes:
    streams = Layout(title, body_size).render(pages)
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    info = add(
        b"<< /Title %s /Author %s /Subject %s /Creator (tests/support/make_sample_pdfs.py) >>"
        % (info_string(title), pdf_string(COUNCIL), info_string("Sample document for the Have your say demo"))
    )
    fonts = {}
    for name, (base, _) in FONTS.items():
        fonts[name] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base.encode())
    font_dict = b" ".join(b"/%s %d 0 R" % (name.encode(), num) for name, num in fonts.items())
    kids = []
    for stream in streams:
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                b"/Resources << /Font << %s >> >> /Contents %d 0 R >>" % (pages_obj, PAGE_W, PAGE_H, font_dict, content)
            )
        )
    objects[catalog - 1] = (
        b"<< /Type /Catalog /Pages %d 0 R /Lang (en-GB) /ViewerPreferences << /DisplayDocTitle true >> >>" % pages_obj
    )
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    file_id = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        info,
        file_id,
        file_id,
        xref,
    )
    return bytes(out)


# ---------------------------------------------------------------------------
# Shared wording
# ---------------------------------------------------------------------------


def formats_blocks(email: str) -> list:
    return [
        ("h", "Other formats"),
        (
            "p",
            f"You can ask for this document in large print, Easy Read, audio, British Sign Language "
            f"or another language. Email {email} or accessibility@northbrook.example, or phone "
            f"01632 960 000. We will reply within 15 working days.",
        ),
    ]


def privacy_blocks() -> list:
    return [
        ("h", "Your personal information"),
        (
            "p",
            "We only use your answers for this consultation. We will not publish your name or address. "
            "We keep responses for two years and then delete them. Read our privacy notice at "
            "www.northbrook.example/privacy.",
        ),
    ]


def respond_blocks(closing: str, email: str, phone: str, post: str) -> list:
    return [
        ("h", "How to respond"),
        ("p", f"The consultation closes {closing}. You can respond in any of these ways:"),
        ("li", "online at forms.northbrook.example"),
        ("li", f"by email to {email}"),
        ("li", f"by phone on {phone}"),
        ("li", f"by post to {post}"),
        ("li", "in person at the Town Hall customer service centre, Market Square"),
    ]


def response_form(intro: str, questions: list[str], closing: str, post: str, email: str, pages: int = 1) -> list:
    about = [
        ("h", "About you"),
        (
            "p",
            "You do not have to answer these questions. They help us check we have heard from all parts "
            "of our community.",
        ),
        ("q", "Which part of Northbrook do you live in? Please give the first part of your postcode, for example NB3."),
        ("q", "Are you responding as a resident, a business, or on behalf of a group?"),
    ]
    send = [
        ("h", "Sending your form"),
        (
            "p",
            f"Please send your form by {closing} to: {post}. You can also scan it or take a photo and "
            f"email it to {email}.",
        ),
        *privacy_blocks(),
    ]
    first = [("p", intro)] + [("q", q) for q in questions]
    if pages == 1:
        return [first + send]
    return [first, about + send]


TOWN_HALL = "Northbrook Borough Council, Town Hall, Market Square, Northbrook NB1 1AA"


def easy(*sentences: str) -> list:
    return [("p", s) for s in sentences]


# ---------------------------------------------------------------------------
# The documents
# ---------------------------------------------------------------------------

DOCS: dict[str, tuple[str, list, float]] = {}


def doc(path: str, title: str, pages: list, body_size: float = 11) -> None:
    DOCS[path] = (title, pages, body_size)


# --- brookside-day-centre (withdrawn) ---------------------------------------
doc(
    "consultations/brookside-day-centre/proposal.pdf",
    "Proposal for day services at Brookside",
    [
        [
            ("h", "Summary"),
            (
                "p",
                "Brookside Day Centre supports about 60 older and disabled adults each week. The building is "
                "more than 50 years old and needs repairs costing about £750,000, including a new roof and "
                "new heating.",
            ),
            (
                "p",
                "This paper explains our proposal to move day services to Harbour Community Hub, and what it "
                "would mean for the people who use the centre and their carers.",
            ),
        ],
        [
            ("h", "What we propose"),
            ("li", "Close the Brookside building in April 2027."),
            ("li", "Move day services to a new, purpose-built space on the ground floor of Harbour Community Hub."),
            ("li", "Provide free door-to-door transport for everyone who needs it."),
            ("li", "Keep the same staff team, activities and opening hours, Monday to Friday, 9am to 4pm."),
            ("h", "Other options we looked at"),
            (
                "p",
                "We looked at repairing the building. This would cost £750,000 and the centre would need to "
                "close for about six months during the work. We also looked at buying places from private day "
                "centres, but there are not enough places in Northbrook.",
            ),
        ],
        [
            ("h", "How we will support people"),
            (
                "p",
                "A social worker would meet every person who uses the centre, and their carer, to plan the "
                "move. People could visit the new space before any move, and staff would travel with them on "
                "their first days.",
            ),
            *formats_blocks("adultcare@northbrook.example"),
        ],
    ],
)
doc(
    "consultations/brookside-day-centre/easy-read.pdf",
    "Brookside Day Centre: Easy Read",
    [
        [
            ("h", "What is this about?"),
            *easy(
                "We run Brookside Day Centre.",
                "About 60 people go there each week.",
                "The building is old. It needs a lot of repairs.",
                "The repairs would cost a lot of money.",
            ),
        ],
        [
            ("h", "What do we want to do?"),
            *easy(
                "We want to move the day centre to Harbour Community Hub.",
                "The staff would be the same.",
                "The activities would be the same.",
                "We would give you free transport.",
                "Tell us what you think. Phone 01632 960 845.",
            ),
        ],
    ],
    body_size=16,
)

# --- budget-council-tax-2027-28 ---------------------------------------------
doc(
    "consultations/budget-council-tax-2027-28/budget-proposals.pdf",
    "Budget proposals 2027 to 2028",
    [
        [
            ("h", "Introduction"),
            (
                "p",
                "Every year we must set a balanced budget. This means we cannot plan to spend more than we "
                "have. Next year we expect to spend £6.2 million more than our income unless we make changes.",
            ),
            (
                "p",
                "This document explains where the money comes from, where it goes, and the changes we propose. "
                "We want to hear what you think before councillors decide in February 2027.",
            ),
        ],
        [
            ("h", "Where our money comes from"),
            ("li", "Council tax: £78.4 million"),
            ("li", "Business rates we keep: £31.2 million"),
            ("li", "Government grants: £44.9 million"),
            ("li", "Fees and charges: £22.6 million"),
            ("h", "Where our money goes"),
            (
                "p",
                "More than half of our spending is on care for older people, disabled adults and children who "
                "need our support. The rest pays for things like bin collections, parks, libraries, housing "
                "advice and roads.",
            ),
        ],
        [
            ("h", "Why we need to save money"),
            (
                "p",
                "The cost of care has risen by 9 in every 100 pounds in two years. More children need foster "
                "care, and more older people need help at home. Energy and staff costs have also gone up.",
            ),
            ("p", "Government funding has not kept up with these costs."),
        ],
        [
            ("h", "Council tax"),
            (
                "p",
                "We propose to raise council tax by 4.99%. Of this, 2% would be spent only on adult social "
                "care. For a Band D home this is a rise of £97.38 a year, or about £1.87 a week. Most homes in "
                "Northbrook are in Bands A to C and would pay less than this.",
            ),
            ("p", "People on low incomes can get help through our council tax support scheme."),
        ],
        [
            ("h", "Savings we propose"),
            ("li", "Share buildings with the NHS and the police: save £600,000"),
            ("li", "Use fewer agency staff in children's services: save £900,000"),
            ("li", "Cut grass less often in some parks and verges: save £150,000"),
            ("li", "Raise some fees and charges: raise £850,000"),
            ("li", "Change how we buy goods and services: save £1 million"),
        ],
        respond_blocks(
            "at 5pm on 11 January 2027",
            "budget@northbrook.example",
            "01632 960 800",
            "Budget Consultation (Freepost), " + TOWN_HALL,
        )
        + formats_blocks("budget@northbrook.example"),
    ],
)
doc(
    "consultations/budget-council-tax-2027-28/easy-read.pdf",
    "Budget and council tax 2027 to 2028: Easy Read",
    [
        [
            ("h", "What is this about?"),
            *easy(
                "Every year we decide how to spend our money.",
                "This is called the budget.",
                "Next year we do not have enough money for everything.",
            ),
        ],
        [
            ("h", "Council tax"),
            *easy(
                "Council tax is money you pay to the council for services.",
                "We want to put council tax up a little.",
                "For most homes this is less than £2 a week.",
            ),
        ],
        [
            ("h", "Saving money"),
            *easy(
                "We also need to save money.",
                "We might cut the grass less often in some parks.",
                "We might share buildings with the NHS.",
            ),
        ],
        [
            ("h", "Tell us what you think"),
            *easy(
                "Fill in the survey by 11 January 2027.",
                "Phone us on 01632 960 800.",
                "Or ask for a paper survey at your library.",
            ),
        ],
    ],
    body_size=16,
)
doc(
    "consultations/budget-council-tax-2027-28/response-form.pdf",
    "Budget survey 2027 to 2028",
    response_form(
        "Please read the budget proposals before you answer. You can answer as many questions as you like.",
        [
            "Do you agree that we should raise council tax by 4.99%? Please tell us why.",
            "Which three council services matter most to you?",
            "Which of our proposed savings would affect you most, and how?",
            "Do you have other ideas for how we could save money or raise income?",
        ],
        "5pm on 11 January 2027",
        "Budget Consultation (Freepost), " + TOWN_HALL,
        "budget@northbrook.example",
        pages=2,
    ),
)

# --- climate-action-plan ------------------------------------------------------
doc(
    "consultations/climate-action-plan/draft-climate-action-plan.pdf",
    "Draft climate action plan 2027 to 2030",
    [
        [
            ("h", "Our goal"),
            (
                "p",
                "In 2019 Northbrook Borough Council declared a climate emergency. We said that Northbrook "
                "should be carbon neutral by 2040. This plan sets out what we will do between 2027 and 2030.",
            ),
            (
                "p",
                "Since 2019, carbon emissions in Northbrook have fallen by about 18 in every 100 tonnes. We "
                "need to go faster.",
            ),
        ],
        [
            ("h", "1. Warmer homes"),
            (
                "p",
                "Homes make up about a third of Northbrook's emissions. We will insulate 1,200 council homes "
                "and help private owners and landlords find grants for insulation and heat pumps.",
            ),
            ("h", "2. Walking, cycling and buses"),
            (
                "p",
                "We will build the riverside walking and cycling route, add 40 new on-street electric car "
                "chargers and work with bus companies on more frequent evening buses.",
            ),
        ],
        [
            ("h", "3. Council buildings and vehicles"),
            (
                "p",
                "We will put solar panels on the Town Hall and three leisure centres, and switch half of our "
                "vans and bin lorries to electric by 2030.",
            ),
            ("h", "4. Trees and wild spaces"),
            (
                "p",
                "We will plant 10,000 trees, let some verges grow as wildflower meadows, and create two new "
                "wetland areas that also help stop flooding.",
            ),
        ],
        [
            ("h", "5. Ready for floods and heatwaves"),
            (
                "p",
                "We will work with the Environment Agency on flood defences along the River Brook, and "
                "open cool spaces in libraries during heatwaves.",
            ),
            ("h", "Paying for the plan"),
            (
                "p",
                "The plan costs about £14 million over four years. Most of this comes from government grants. "
                "About £3 million comes from our own budget.",
            ),
        ],
        respond_blocks(
            "at 5pm on 22 March 2027",
            "climate@northbrook.example",
            "01632 960 340",
            "Climate Action Plan, " + TOWN_HALL,
        )
        + formats_blocks("climate@northbrook.example"),
    ],
)
doc(
    "consultations/climate-action-plan/easy-read.pdf",
    "Climate action plan: Easy Read",
    [
        [
            ("h", "What is this about?"),
            *easy(
                "The weather is changing.",
                "Summers are getting hotter.",
                "There is more flooding.",
                "We have a plan to help.",
            ),
        ],
        [
            ("h", "Our plan"),
            *easy(
                "We will help make homes warmer.",
                "We will make it easier to walk, cycle and take the bus.",
                "We will plant more trees.",
            ),
        ],
        [
            ("h", "Tell us what you think"),
            *easy("Which things should we do first?", "Tell us by 22 March 2027.", "Phone 01632 960 340."),
        ],
    ],
    body_size=16,
)

# --- dog-control-pspo -----------------------------------------------------------
doc(
    "consultations/dog-control-pspo/draft-order.pdf",
    "Draft Public Spaces Protection Order: dog control",
    [
        [
            ("h", "About this order"),
            (
                "p",
                "Northbrook Borough Council proposes to make this order under section 59 of the Anti-social "
                "Behaviour, Crime and Policing Act 2014. It would start on 1 February 2027 and last for three "
                "years, unless it is changed or ended before then.",
            ),
            ("p", "The order applies in the public places named in each part, across the whole borough."),
        ],
        [
            ("h", "Part 1: Picking up after your dog"),
            (
                "p",
                "If you are in charge of a dog that fouls in any public place in the borough, you must remove "
                "the mess straight away and put it in a bin.",
            ),
            ("h", "Part 2: Places dogs must not go"),
            (
                "p",
                "You must not take a dog into a fenced children's play area, a fenced sports pitch or a "
                "school playing field in the borough.",
            ),
        ],
        [
            ("h", "Part 3: Dogs on leads"),
            (
                "p",
                "You must keep your dog on a lead no longer than 2 metres in every council cemetery and on "
                "Harbour Promenade.",
            ),
            ("h", "Part 4: Number of dogs"),
            (
                "p",
                "One person must not be in charge of more than six dogs at the same time in any public place "
                "in the borough.",
            ),
        ],
        [
            ("h", "Exemptions"),
            (
                "p",
                "This order does not apply to a person who is registered blind, or to a person with a "
                "disability who relies on a trained assistance dog, where the rule would stop them using the "
                "dog for help.",
            ),
            ("h", "Breaking the order"),
            (
                "p",
                "It is an offence to break this order without a reasonable excuse. An authorised officer may "
                "give a fixed penalty notice of £100. If it goes to court, the fine can be up to £1,000.",
            ),
        ],
    ],
)
doc(
    "consultations/dog-control-pspo/evidence-summary.pdf",
    "Dog control: summary of complaints and evidence",
    [
        [
            ("h", "Complaints we received"),
            ("p", "Between April 2023 and March 2026 we received 1,412 complaints about dogs in public places."),
            ("li", "Dog fouling: 968 complaints"),
            ("li", "Dogs in play areas: 211 complaints"),
            ("li", "Dogs out of control on Harbour Promenade: 143 complaints"),
            ("li", "Large groups of dogs with one walker: 90 complaints"),
        ],
        [
            ("h", "What our wardens found"),
            (
                "p",
                "Our wardens gave 284 fixed penalty notices under the current order. Most were for not "
                "picking up dog mess. Complaints about fouling fell by about a quarter after we added more "
                "bins and signs in 2024.",
            ),
            (
                "p",
                "Complaints about large groups of dogs have risen each year, mostly in Castle Park and on "
                "Westcliffe Gardens.",
            ),
        ],
    ],
)

# --- garden-waste-charge ----------------------------------------------------------
doc(
    "consultations/garden-waste-charge/proposal.pdf",
    "Garden waste charge proposal",
    [
        [
            ("h", "The service now"),
            (
                "p",
                "About 31,000 homes pay for us to collect garden waste. We empty brown bins every two weeks "
                "from March to November, and once a month in winter. All garden waste is turned into compost "
                "at our site in Millbrook.",
            ),
            ("h", "What we propose"),
            ("li", "Raise the charge from £45 to £52 a year from April 2027."),
            ("li", "Offer a lower price of £26 a year to people who get council tax support."),
            ("li", "Keep the charge for a second bin at £35 a year."),
        ],
        [
            ("h", "Why the charge needs to change"),
            (
                "p",
                "Since we last set the charge in 2023, the cost of running the service has gone up by about "
                "£300,000 a year. Fuel, repairs and wages all cost more. We do not want council tax payers "
                "who do not use the service to pay for it.",
            ),
            ("p", "A charge of £52 is about the same as other councils near us."),
            *respond_blocks(
                "at 5pm on 27 November 2026",
                "waste@northbrook.example",
                "01632 960 502",
                "Garden Waste Consultation, " + TOWN_HALL,
            ),
        ],
    ],
)
doc(
    "consultations/garden-waste-charge/response-form.pdf",
    "Garden waste charge: response form",
    response_form(
        "Please tell us what you think of our proposal to change the garden waste charge.",
        [
            "Do you pay for garden waste collection now?",
            "Do you agree with raising the charge to £52 a year? Please tell us why.",
            "Should the lower price be offered to other people as well? If so, who?",
        ],
        "5pm on 27 November 2026",
        "Garden Waste Consultation, " + TOWN_HALL,
        "waste@northbrook.example",
    ),
)

# --- housing-allocations-policy -------------------------------------------------
doc(
    "consultations/housing-allocations-policy/draft-allocations-policy.pdf",
    "Draft housing allocations policy",
    [
        [
            ("h", "1. Introduction"),
            (
                "p",
                "This policy explains how Northbrook Borough Council and its partner housing associations "
                "decide who is offered social housing. It is written under Part 6 of the Housing Act 1996.",
            ),
            ("p", "About 4,800 households are on the housing register. Around 600 homes become free each year."),
        ],
        [
            ("h", "2. Who can join the register"),
            (
                "p",
                "You can join if you are 18 or over, you have a housing need, and you have lived in Northbrook "
                "for at least 3 years. The 3-year rule does not apply to people leaving the armed forces, "
                "care leavers, people fleeing domestic abuse, or people placed outside Northbrook by us.",
            ),
        ],
        [
            ("h", "3. Priority bands"),
            ("li", "Band A: urgent need, such as homelessness or a home that is unsafe to live in"),
            ("li", "Band B: high need, such as severe overcrowding or a serious medical need"),
            ("li", "Band C: some need, such as sharing a kitchen or bathroom with another household"),
            ("p", "Within each band, people who have waited longest are offered homes first."),
        ],
        [
            ("h", "4. Extra priority"),
            (
                "p",
                "We propose to give extra priority to families who need two or more extra bedrooms, to people "
                "leaving the armed forces, and to care leavers up to the age of 25.",
            ),
            ("h", "5. Offers of a home"),
            (
                "p",
                "People in Band A will receive one suitable offer. If they turn it down without a good reason, "
                "they will move to Band B.",
            ),
        ],
        [
            ("h", "6. Choice-based lettings"),
            (
                "p",
                "Most homes are advertised each week on Northbrook HomeChoice. You can bid for up to three homes "
                "each week online, by phone or at the Town Hall.",
            ),
            ("h", "7. Reviews"),
            ("p", "You can ask us to review any decision about your application. You must ask within 21 days."),
        ],
        respond_blocks(
            "at 5pm on 5 February 2027",
            "housingpolicy@northbrook.example",
            "01632 960 910",
            "Allocations Policy Consultation, " + TOWN_HALL,
        )
        + formats_blocks("housingpolicy@northbrook.example"),
    ],
)
doc(
    "consultations/housing-allocations-policy/summary-of-changes.pdf",
    "Housing allocations policy: summary of the main changes",
    [
        [
            ("h", "The four main changes"),
            ("li", "More priority for families in badly overcrowded homes."),
            ("li", "More priority for people leaving the armed forces, and care leavers up to 25."),
            ("li", "You must have lived in Northbrook for 3 years, not 2, to join the register, with some exceptions."),
            ("li", "People in the highest band get one suitable offer, not two."),
        ],
        [
            ("h", "What stays the same"),
            (
                "p",
                "We will still give priority to people who are homeless or living in unsafe homes. You will "
                "still bid for homes through Northbrook HomeChoice. Your waiting time will not be lost.",
            ),
            *formats_blocks("housingpolicy@northbrook.example"),
        ],
    ],
)
doc(
    "consultations/housing-allocations-policy/easy-read.pdf",
    "Who gets council homes: Easy Read",
    [
        [
            ("h", "What is this about?"),
            *easy(
                "Many people need a council home.",
                "There are not enough homes for everyone.",
                "We have rules to decide who gets a home first.",
            ),
        ],
        [
            ("h", "What do we want to change?"),
            *easy(
                "Families with too little space will get more help.",
                "People leaving the army will get more help.",
                "Young people leaving care will get more help.",
                "You must live in Northbrook for 3 years before you join the list.",
            ),
        ],
        [
            ("h", "Tell us what you think"),
            *easy("Tell us by 5 February 2027.", "Phone 01632 960 910.", "Or come to the Town Hall."),
        ],
    ],
    body_size=16,
)
doc(
    "consultations/housing-allocations-policy/response-form.pdf",
    "Housing allocations policy: response form",
    response_form(
        "Please read the summary of the main changes before you answer.",
        [
            "Do you agree with giving more priority to families in badly overcrowded homes?",
            "Do you agree with the 3-year rule? Who else should not have to meet it?",
            "Do you agree with making one offer to people in Band A? Please tell us why.",
            "Is there anything else you want to tell us about the policy?",
        ],
        "5pm on 5 February 2027",
        "Allocations Policy Consultation, " + TOWN_HALL,
        "housingpolicy@northbrook.example",
        pages=2,
    ),
)

# --- kingsmead-residents-parking-zone ------------------------------------------------
doc(
    "consultations/kingsmead-residents-parking-zone/proposal.pdf",
    "Proposal for a Kingsmead residents' parking zone",
    [
        [
            ("h", "Why we are proposing a zone"),
            (
                "p",
                "Many people drive to Kingsmead Station and leave their cars in nearby streets all day. "
                "Residents tell us they often cannot park near their homes. In 2025, 260 people signed a "
                "petition asking us to act.",
            ),
            ("p", "Our survey in March 2026 found that on weekdays 9 in 10 spaces were full by 8:30am."),
        ],
        [
            ("h", "How the zone would work"),
            ("li", "Permit holders only, 8am to 6:30pm, Monday to Friday."),
            ("li", "First permit £60 a year, second permit £90 a year."),
            ("li", "Visitor scratch cards £1.50 a day, up to 100 a year."),
            ("li", "Blue badge holders park free of charge."),
            ("li", "2-hour free parking bays on Station Road for shoppers."),
        ],
        [
            ("h", "The streets in the zone"),
            (
                "p",
                "Abbey Road, Ash Grove, Beech Avenue, Church Walk, Elm Road, Kingsmead Road, Larch Close, "
                "Maple Drive, Oak Terrace, Priory Lane, Station Road, Victoria Street, Willow Close and York "
                "Place.",
            ),
            *respond_blocks(
                "at 11:59pm on 4 December 2026",
                "parking@northbrook.example",
                "01632 960 618",
                "Kingsmead Parking Zone (Freepost), " + TOWN_HALL,
            ),
        ],
    ],
)
doc(
    "consultations/kingsmead-residents-parking-zone/response-form.pdf",
    "Kingsmead parking zone: response form",
    response_form(
        "One form per household, please. You do not need a stamp.",
        [
            "Which street do you live or work on?",
            "Do you want a residents' parking zone in your street? (Yes, No or Not sure)",
            "Are the hours and days right? If not, what would you change?",
        ],
        "11:59pm on 4 December 2026",
        "Kingsmead Parking Zone (Freepost), " + TOWN_HALL,
        "parking@northbrook.example",
    ),
)
doc(
    "consultations/kingsmead-residents-parking-zone/zone-map.pdf",
    "Map of the proposed Kingsmead parking zone",
    [
        [
            (
                "p",
                "The dashed line shows the edge of the proposed zone. Grey lines are roads. A text list of the "
                "streets is in the proposal document.",
            ),
            (
                "map",
                [
                    ("area", 40, 40, 370, 220),
                    ("road", 0, 150, 451, 150, 6),
                    ("label", 10, 156, "Station Road"),
                    ("road", 220, 0, 220, 300, 5),
                    ("label", 226, 280, "Kingsmead Road"),
                    ("road", 60, 60, 200, 60, 3),
                    ("label", 70, 66, "Abbey Road"),
                    ("road", 250, 90, 400, 90, 3),
                    ("label", 256, 96, "Willow Close"),
                    ("road", 100, 150, 100, 250, 3),
                    ("label", 106, 230, "Elm Road"),
                    ("road", 300, 150, 300, 250, 3),
                    ("label", 306, 230, "Priory Lane"),
                    ("label", 330, 160, "Kingsmead Station"),
                ],
            ),
            ("p", "Map not to scale. Contains sample data for demonstration only."),
        ],
    ],
)

# --- library-opening-hours --------------------------------------------------------
doc(
    "consultations/library-opening-hours/proposal.pdf",
    "Library opening hours proposal",
    [
        [
            ("h", "Our libraries today"),
            (
                "p",
                "Northbrook has eight libraries. Together they are open for 312 hours a week. Last year we had "
                "640,000 visits, and 48,000 people borrowed at least one book.",
            ),
            (
                "p",
                "We count how many people come in each hour. This shows that very few people visit between 9am "
                "and 10am on Mondays, but many people would like to visit after work.",
            ),
        ],
        [
            ("h", "What we propose"),
            ("li", "Castle, Harbour and Oakwood libraries stay open until 7pm on Tuesdays and Thursdays."),
            ("li", "All libraries open at 10am on Mondays, not 9am."),
            ("li", "Our five smaller libraries close at 1pm on Saturdays."),
            ("p", "The total number of hours stays at 312. No library would close, and no jobs would be lost."),
        ],
        respond_blocks(
            "at 5pm on 3 July 2026",
            "libraries@northbrook.example",
            "01632 960 123",
            "Library Hours Consultation, " + TOWN_HALL,
        )
        + formats_blocks("libraries@northbrook.example"),
    ],
)
doc(
    "consultations/library-opening-hours/response-form.pdf",
    "Library opening hours: response form",
    response_form(
        "Please tell us what you think about our proposed library opening hours.",
        [
            "Which library do you use most?",
            "Would the new hours make it easier or harder for you to visit? Please tell us why.",
            "Is there anything else we should think about?",
        ],
        "5pm on 3 July 2026",
        "Library Hours Consultation, " + TOWN_HALL,
        "libraries@northbrook.example",
    ),
)
doc(
    "consultations/library-opening-hours/easy-read.pdf",
    "Library opening hours: Easy Read",
    [
        [
            ("h", "What is this about?"),
            *easy(
                "We want to change when libraries are open.",
                "Some libraries will stay open later in the evening.",
                "Libraries will open later on Monday mornings.",
            ),
        ],
        [
            ("h", "Tell us what you think"),
            *easy(
                "Will this make it easier or harder for you?",
                "Tell us by 3 July 2026.",
                "Ask at your library or phone 01632 960 123.",
            ),
        ],
    ],
    body_size=16,
)
doc(
    "consultations/library-opening-hours/consultation-report.pdf",
    "Library opening hours: consultation report",
    [
        [
            ("h", "Summary"),
            (
                "p",
                "We consulted on new library opening hours from 11 May to 3 July 2026. We received 1,127 "
                "responses: 884 online, 201 paper forms, 31 emails and 11 phone calls.",
            ),
            ("p", "This report sets out what people told us and how we changed our plans."),
        ],
        [
            ("h", "Later opening on weekdays"),
            (
                "p",
                "7 in 10 people agreed that the three busiest libraries should stay open until 7pm on two "
                "evenings. People who work full time and students were most in favour.",
            ),
            ("h", "Monday mornings"),
            (
                "p",
                "Most people did not mind libraries opening at 10am on Mondays. A few people who use the "
                "computers to look for work asked for earlier access, so job clubs will still start at 9:30am.",
            ),
        ],
        [
            ("h", "Saturday afternoons"),
            (
                "p",
                "This was the proposal people liked least. 6 in 10 people disagreed with closing smaller "
                "libraries at 1pm on Saturdays. Parents said Saturday afternoon is the only time their family "
                "can visit together. Older people said they feel safer visiting in daylight at weekends.",
            ),
            ("p", "Because of this, we have kept Saturday afternoon opening."),
        ],
        [
            ("h", "What we will do"),
            ("li", "Later opening on Tuesdays and Thursdays at Castle, Harbour and Oakwood from 2 November 2026."),
            ("li", "10am opening on Mondays at all libraries."),
            ("li", "Saturday afternoon opening stays at all eight libraries."),
            ("li", "Castle Library opens until 9pm in May and June for students revising for exams."),
            ("p", "Cabinet agreed these changes on 16 September 2026. The decision notice is NDC-2026-024."),
        ],
    ],
)
doc(
    "consultations/library-opening-hours/new-opening-hours.pdf",
    "New library opening hours from November 2026",
    [
        [
            ("h", "Castle, Harbour and Oakwood libraries"),
            ("li", "Monday: 10am to 5pm"),
            ("li", "Tuesday and Thursday: 9am to 7pm"),
            ("li", "Wednesday and Friday: 9am to 5pm"),
            ("li", "Saturday: 9am to 4pm"),
            ("h", "Brookside, Millbrook, Northgate, St Anne's and Westcliffe libraries"),
            ("li", "Monday: 10am to 5pm"),
            ("li", "Tuesday to Friday: 9am to 5pm, closed Wednesday afternoon"),
            ("li", "Saturday: 9am to 4pm"),
            ("p", "All libraries are closed on Sundays and bank holidays."),
        ],
    ],
)

# --- licensing-policy-2027 ----------------------------------------------------------
doc(
    "consultations/licensing-policy-2027/draft-licensing-policy.pdf",
    "Draft statement of licensing policy 2027 to 2032",
    [
        [
            ("h", "1. Introduction"),
            (
                "p",
                "This statement sets out how Northbrook Borough Council will carry out its duties under the "
                "Licensing Act 2003. It covers the sale of alcohol, late-night food and drink, and regulated "
                "entertainment such as live music, films and dancing.",
            ),
            ("p", "The policy will apply from 1 July 2027 to 30 June 2032."),
        ],
        [
            ("h", "2. The licensing objectives"),
            ("p", "Every decision we make must support the four licensing objectives:"),
            ("li", "preventing crime and disorder"),
            ("li", "public safety"),
            ("li", "preventing public nuisance"),
            ("li", "protecting children from harm"),
        ],
        [
            ("h", "3. Cumulative impact"),
            (
                "p",
                "Evidence from the police and our own noise team shows a high level of crime, disorder and "
                "nuisance late at night around Market Square and Quay Street. We propose a cumulative impact "
                "area here. New applications to sell alcohol after 11pm would normally be refused, unless the "
                "applicant can show they will not add to the problems.",
            ),
        ],
        [
            ("h", "4. Keeping people safe"),
            (
                "p",
                "We expect venues open after midnight to train staff to spot people who may be vulnerable, "
                "for example because they have drunk too much, and to help them get home safely. We support "
                "the Ask for Angela scheme and the Northbrook Night Safe partnership.",
            ),
        ],
        [
            ("h", "5. Community events"),
            (
                "p",
                "Many small events, such as fetes and street parties, need a temporary event notice. We will "
                "publish a simple guide and give free advice to community groups. Street parties that do not "
                "sell alcohol usually do not need a licence at all.",
            ),
        ],
        [
            ("h", "6. How we decide applications"),
            (
                "p",
                "If nobody objects to an application, we must grant it. If residents, the police or others "
                "make a relevant objection, the Licensing Sub-Committee will hold a hearing and decide.",
            ),
            *formats_blocks("licensing@northbrook.example"),
        ],
    ],
)
doc(
    "consultations/licensing-policy-2027/response-form.pdf",
    "Licensing policy 2027: response form",
    response_form(
        "Please read the draft statement of licensing policy before you answer.",
        [
            "Do you agree with a cumulative impact area in the town centre? Please tell us why.",
            "Should the cumulative impact area cover shops that sell alcohol, as well as pubs and bars?",
            "What would help community groups that run small events?",
        ],
        "5pm on 9 February 2027",
        "Licensing Policy Consultation, " + TOWN_HALL,
        "licensing@northbrook.example",
        pages=2,
    ),
)

# --- northgate-play-area ---------------------------------------------------------------
doc(
    "consultations/northgate-play-area/design-options.pdf",
    "Northgate play area: three design options",
    [
        [
            ("h", "Design A: Adventure"),
            (
                "p",
                "A tall tower with two slides, a climbing wall, a 25-metre zip wire and a rope bridge. Best for "
                "children aged 6 to 12. A separate toddler corner has small slides and springers.",
            ),
            ("p", "Cost: £178,000."),
        ],
        [
            ("h", "Design B: Nature"),
            (
                "p",
                "Wooden climbing logs, stepping stones, a sand and water area with pumps, willow tunnels and "
                "lots of planting. Suits children of all ages and feels like part of the park.",
            ),
            ("p", "Cost: £172,000."),
        ],
        [
            ("h", "Design C: Play for all"),
            (
                "p",
                "A roundabout and a swing that wheelchair users can use, a wide ramped play deck, sensory "
                "panels, and a quiet area with shade. Designed with local families of disabled children.",
            ),
            ("p", "Cost: £180,000."),
            ("h", "What all designs include"),
            ("p", "A fence with two self-closing gates, benches, bins, and a soft safety surface."),
        ],
    ],
)

# --- oakwood-leisure-centre ---------------------------------------------------------------
doc(
    "consultations/oakwood-leisure-centre/options-paper.pdf",
    "Options for Oakwood Leisure Centre",
    [
        [
            ("h", "The building today"),
            (
                "p",
                "Oakwood Leisure Centre opened in 1981. It has a 25-metre pool, a sports hall, a gym and two "
                "studios. There are about 400,000 visits a year.",
            ),
            (
                "p",
                "A survey in 2025 found the roof, the pool plant and the heating all need replacing within five years.",
            ),
        ],
        [
            ("h", "Option 1: Repair the building"),
            (
                "p",
                "Cost: about £9 million over five years. The pool would close for about nine months while the "
                "plant is replaced. The building would still use a lot of energy, and more repairs would be "
                "needed within 15 years.",
            ),
        ],
        [
            ("h", "Option 2: Build a new centre"),
            (
                "p",
                "Cost: about £24 million. The new centre would be built on the playing field next door. The "
                "old centre would stay open until the new one is ready. The new building would use about half "
                "as much energy, which would save about £350,000 a year.",
            ),
            ("p", "We would replace the playing field with new pitches on the old centre site."),
        ],
        [
            ("h", "How we would pay for it"),
            (
                "p",
                "A new centre would be paid for by borrowing, which would be repaid from energy savings and "
                "more visits. We would also apply for a grant from Sport England.",
            ),
            *formats_blocks("leisure@northbrook.example"),
        ],
    ],
)
doc(
    "consultations/oakwood-leisure-centre/consultation-report.pdf",
    "Oakwood Leisure Centre: consultation report",
    [
        [
            ("h", "Summary"),
            (
                "p",
                "We consulted from 2 March to 24 April 2026 and received 2,318 responses. 8 in 10 people "
                "preferred a new leisure centre. Only 1 in 10 preferred repairs.",
            ),
            ("h", "Who responded"),
            (
                "p",
                "6 in 10 people who responded are members of the leisure centre. We also heard from 14 sports "
                "clubs and swimming groups, and from four schools.",
            ),
        ],
        [
            ("h", "What people told us"),
            ("li", "The pool is the most important part of the centre."),
            ("li", "A learner pool would help young children, older people and people recovering from illness."),
            ("li", "The centre must not close while a new one is built."),
            ("li", "Better changing rooms and a Changing Places toilet are needed."),
        ],
        [
            ("h", "What Cabinet decided"),
            (
                "p",
                "On 8 July 2026 Cabinet agreed to build a new leisure centre next to the current one, with a "
                "main pool, a learner pool and a Changing Places toilet. The decision notice is NDC-2026-017.",
            ),
            ("p", "We will ask people for their views on the detailed design in 2027."),
        ],
    ],
)

# --- riverside-cycle-route ------------------------------------------------------------------
doc(
    "consultations/riverside-cycle-route/proposal.pdf",
    "Riverside walking and cycling route: proposal",
    [
        [
            ("h", "The route"),
            (
                "p",
                "The new path would run for 3 kilometres beside the River Brook, from Northgate Station through "
                "Riverside Park to Quay Street and the harbour.",
            ),
            ("p", "It would link two schools, the station, Riverside Park and the town centre."),
        ],
        [
            ("h", "The design"),
            ("li", "A path 4 metres wide with a smooth surface."),
            ("li", "Separated from traffic for the whole route."),
            ("li", "Lighting between Riverside Park and Quay Street."),
            ("li", "New crossings on Mill Lane and Harbour Road."),
            ("li", "Seats every 200 metres."),
        ],
        [
            ("h", "Cost and funding"),
            (
                "p",
                "The route would cost £4.6 million. Most of this comes from a government grant for walking and "
                "cycling, which we can only spend on this route.",
            ),
            *respond_blocks(
                "at 5pm on 24 May 2027",
                "transport@northbrook.example",
                "01632 960 455",
                "Riverside Route Consultation, " + TOWN_HALL,
            ),
        ],
    ],
)
doc(
    "consultations/riverside-cycle-route/route-map.pdf",
    "Map of the riverside route",
    [
        [
            (
                "p",
                "The thick grey line shows the proposed path. The thin lines are roads. A text description of "
                "the route is in the proposal document.",
            ),
            (
                "map",
                [
                    ("road", 20, 260, 130, 200, 8),
                    ("road", 130, 200, 260, 150, 8),
                    ("road", 260, 150, 430, 40, 8),
                    ("label", 20, 270, "Northgate Station"),
                    ("label", 140, 215, "Riverside Park"),
                    ("road", 200, 0, 200, 300, 2),
                    ("label", 206, 10, "Mill Lane (new crossing)"),
                    ("road", 330, 0, 330, 300, 2),
                    ("label", 336, 282, "Harbour Road"),
                    ("label", 336, 271, "(new crossing)"),
                    ("label", 360, 60, "Quay Street"),
                ],
            ),
            ("p", "Map not to scale. Contains sample data for demonstration only."),
        ],
    ],
)

# --- st-annes-community-garden ------------------------------------------------------------
doc(
    "consultations/st-annes-community-garden/project-ideas.pdf",
    "St Anne's Green: the five project ideas",
    [
        [
            ("h", "How the ideas were chosen"),
            (
                "p",
                "Local people sent us 26 ideas. A panel of eight residents chose five that fit the budget of "
                "£40,000 and can be built on the Green.",
            ),
            ("h", "1. Community garden"),
            ("p", "Raised beds for growing food and flowers, a shed and a water supply."),
            ("h", "2. Outdoor gym"),
            ("p", "Eight pieces of free outdoor exercise equipment for adults."),
        ],
        [
            ("h", "3. Wildflower meadow"),
            ("p", "A meadow on the north side of the Green, with bird and bat boxes."),
            ("h", "4. Covered seating area"),
            ("p", "A shelter with seats for events, picnics and rainy days."),
            ("h", "5. Better lighting"),
            ("p", "Low-energy lights along the main path from Chapel Street to the church."),
            ("h", "How to vote"),
            ("p", "Vote online, by post, by phone on 01632 960 512, or at St Anne's Library by 14 July 2025."),
        ],
    ],
)
doc(
    "consultations/st-annes-community-garden/results.pdf",
    "Results of the St Anne's Green vote",
    [
        [
            ("h", "The results"),
            ("p", "843 people voted between 2 June and 14 July 2025."),
            ("li", "Community garden: 312 votes"),
            ("li", "Outdoor gym: 201 votes"),
            ("li", "Wildflower meadow: 158 votes"),
            ("li", "Covered seating area: 102 votes"),
            ("li", "Better lighting: 70 votes"),
            ("h", "What happens now"),
            (
                "p",
                "We will build the community garden with the St Anne's Residents' Association. Work starts in "
                "October 2025, and the garden should open in spring 2026.",
            ),
        ],
    ],
)

# --- town-centre-masterplan ------------------------------------------------------------------
doc(
    "consultations/town-centre-masterplan/draft-masterplan.pdf",
    "Draft town centre masterplan",
    [
        [
            ("h", "Our vision"),
            (
                "p",
                "By 2040, Northbrook town centre will be a place where people live, work, shop and spend time, "
                "with a busy market, a lively riverside and easy ways to get around without a car.",
            ),
            ("p", "This draft masterplan shows how the town centre could change over the next 15 years."),
        ],
        [
            ("h", "The town centre today"),
            (
                "p",
                "One in five shops in the town centre is empty. Fewer people visit than ten years ago. But the "
                "weekly market is popular, and the castle and the river are loved by residents and visitors.",
            ),
        ],
        [
            ("h", "New homes"),
            (
                "p",
                "About 900 new homes on five sites, including the Brook Street car park and the old bus depot. "
                "At least 270 would be affordable homes. Buildings would be between 3 and 10 floors high.",
            ),
        ],
        [
            ("h", "Brook Street department store"),
            (
                "p",
                "We bought the empty store in 2024. We propose to turn it into a new central library, shared "
                "workspace and a food hall, with homes on the upper floors.",
            ),
        ],
        [
            ("h", "Public spaces"),
            (
                "p",
                "A new public square by the river. More trees and seating on High Street. Part of Market Square "
                "could be used for new buildings, with the market moving to the new riverside square.",
            ),
        ],
        [
            ("h", "Getting around"),
            (
                "p",
                "Wider pavements, a new walking and cycling route from the station, and fewer but better car "
                "parks. Blue badge parking will stay close to the shops.",
            ),
        ],
    ],
)
doc(
    "consultations/town-centre-masterplan/consultation-report.pdf",
    "Town centre masterplan: consultation report",
    [
        [
            ("h", "Summary"),
            (
                "p",
                "We consulted on the draft masterplan from 27 October 2025 to 16 January 2026. We received 1,486 "
                "responses, and more than 2,100 people visited our exhibition in Market Square.",
            ),
            ("p", "This report sets out what people told us, and how we have changed the masterplan."),
        ],
        [
            ("h", "Homes and building heights"),
            (
                "p",
                "7 in 10 people supported more homes in the town centre. But many people were worried that "
                "10-floor buildings near Castle Street would block views of the castle. Historic England said "
                "the same.",
            ),
            ("p", "We have lowered the tallest buildings near Castle Street to 6 floors."),
        ],
        [
            ("h", "Market Square"),
            (
                "p",
                "This was the issue people felt most strongly about. More than 600 people asked us to keep the "
                "market in Market Square, and the market traders' association sent a petition.",
            ),
            ("p", "We have taken out the plan to build on Market Square."),
        ],
        [
            ("h", "Getting around"),
            (
                "p",
                "Many people asked for safer walking routes and better buses rather than more car parks. "
                "Disabled people asked us to keep blue badge parking close to the shops.",
            ),
            ("p", "We have added a walking route from the station to the river and moved bus stops closer."),
        ],
        [
            ("h", "What happens next"),
            (
                "p",
                "Cabinet adopted the revised masterplan on 11 March 2026. The decision notice is NDC-2026-011. "
                "Each building project will still need planning permission, and you can comment on each one.",
            ),
            *formats_blocks("regeneration@northbrook.example"),
        ],
    ],
)

# --- westcliffe-promenade-works (draft) ------------------------------------------------------
doc(
    "consultations/westcliffe-promenade-works/works-plan.pdf",
    "Westcliffe sea wall: works plan",
    [
        [
            ("h", "The works"),
            (
                "p",
                "We will repair 400 metres of the sea wall between Westcliffe Pier and the Cliff Road steps. "
                "The work will take about 14 weeks.",
            ),
            ("li", "Weeks 1 to 2: set up the site and close the promenade between the pier and the steps."),
            ("li", "Weeks 3 to 12: repair cracks and replace the top of the wall."),
            ("li", "Weeks 13 to 14: resurface the promenade and reopen it."),
            ("p", "A walking route will stay open along Cliff Road at all times."),
        ],
    ],
)

# --- youth-services-review ---------------------------------------------------------------------
doc(
    "consultations/youth-services-review/review-paper.pdf",
    "Youth services review",
    [
        [
            ("h", "Our youth services today"),
            (
                "p",
                "We run six youth clubs, in Eastfield, Harbour, Kingsmead, Millbrook, Northgate and Westcliffe. "
                "Our detached youth workers also meet young people in parks and on the streets. About 2,300 "
                "young people used our services last year.",
            ),
        ],
        [
            ("h", "Why things need to change"),
            (
                "p",
                "Our youth services budget will fall from £1.6 million to £1.2 million over the next two years. "
                "This was agreed as part of the council budget in February 2026.",
            ),
            ("p", "We want to use the money we have in the best way for young people."),
        ],
        [
            ("h", "Three ways forward"),
            ("li", "Option 1: keep three clubs open five nights a week and close three."),
            ("li", "Option 2: keep all six clubs open, for two or three nights a week each."),
            (
                "li",
                "Option 3: work with local charities and sports clubs to run some sessions, which we would pay for.",
            ),
            ("p", "The options can be mixed, and young people can suggest others."),
        ],
        [
            ("h", "How young people are involved"),
            (
                "p",
                "Twelve members of the Northbrook Youth Council are working with us on this review. They helped "
                "write the survey, will help read the responses, and will present the findings to Cabinet.",
            ),
            *formats_blocks("youth@northbrook.example"),
        ],
    ],
)
doc(
    "consultations/youth-services-review/young-peoples-guide.pdf",
    "Youth services review: a guide for young people",
    [
        [
            ("h", "What is going on?"),
            (
                "p",
                "The council has less money to spend on youth clubs and youth workers. We need to decide how to "
                "use what we have. We want you to help decide.",
            ),
            ("h", "What could happen?"),
            ("li", "Fewer clubs, open more often."),
            ("li", "All clubs open, but on fewer nights."),
            ("li", "Local charities and sports clubs run some sessions."),
        ],
        [
            ("h", "How to have your say"),
            (
                "p",
                "Fill in the survey online, talk to a youth worker at your club, or come to the youth forum at "
                "the Hub on 17 June 2026. There will be pizza.",
            ),
            ("p", "The survey closes on 31 July 2026. It takes about 10 minutes."),
            ("p", "Need help? Message us on 01632 960 389 or email youth@northbrook.example."),
        ],
    ],
    body_size=13,
)


def main(argv: list[str]) -> int:
    listing = "--list" in argv
    for rel, (title, pages, size) in sorted(DOCS.items()):
        data = build_pdf(title, pages, size)
        if listing:
            print(f"{rel}  {len(data)} bytes  {data.count(b'/Type /Page /Parent')} pages")
            continue
        target = ROOT / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
    if not listing:
        print(f"Wrote {len(DOCS)} PDFs.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
