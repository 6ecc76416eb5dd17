#!/usr/bin/env python3
"""Write the sample PDFs that the demo decision notices link to.

Uses make_sample_pdfs.py's writer and its command (small, valid PDFs with a
title and en-GB, byte-for-byte the same on every run), with this file's list
of documents in place of the consultations'. Each file goes in the notice's
own folder, content/decisions/<reference>/.

    python3 tests/support/make_decision_pdfs.py          # write every PDF
    python3 tests/support/make_decision_pdfs.py --list   # list the files and pages
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_sample_pdfs
from make_sample_pdfs import doc, formats_blocks

make_sample_pdfs.DOCS.clear()  # write only the decision notices' documents


def report(purpose: str, recommendations: list[str], reasons: str, contact: str) -> list:
    return [
        [("h", "Purpose of this report"), ("p", purpose), ("h", "Recommendations")]
        + [("li", r) for r in recommendations],
        [("h", "Reasons for the recommendations"), ("p", reasons), *formats_blocks(contact)],
    ]


doc(
    "content/decisions/NDC-2026-011/cabinet-report.pdf",
    "Cabinet report: town centre masterplan",
    report(
        "This report asks Cabinet to adopt the revised Northbrook town centre masterplan, after a consultation "
        "that received 1,486 responses.",
        [
            "Adopt the revised town centre masterplan.",
            "Note what people told us in the consultation and the changes made because of it.",
            "Set up a town centre business group to help plan the building work.",
        ],
        "The town centre has too many empty shops and not enough homes. The masterplan gives developers and "
        "residents a clear picture of what the council wants on each site.",
        "regeneration@northbrook.example",
    ),
)
doc(
    "content/decisions/NDC-2026-017/cabinet-report.pdf",
    "Cabinet report: the future of Oakwood Leisure Centre",
    report(
        "This report asks Cabinet to choose between repairing Oakwood Leisure Centre and building a new centre "
        "on the playing field next door.",
        [
            "Build a new leisure centre on the playing field next to the current centre.",
            "Include a main pool, a learner pool and a Changing Places toilet.",
            "Keep the current centre open until the new one is ready.",
        ],
        "Repairs would cost about 9 million pounds and close parts of the centre for years. A new centre costs "
        "more to build but much less to run, and the pool stays open throughout.",
        "leisure@northbrook.example",
    ),
)
doc(
    "content/decisions/NDC-2026-024/cabinet-report.pdf",
    "Cabinet report: library opening hours",
    report(
        "This report asks Cabinet to agree new opening hours for the borough's eight libraries from 2 November 2026.",
        [
            "Castle, Harbour and Oakwood libraries open until 7pm on Tuesdays and Thursdays.",
            "All libraries keep opening on Saturday afternoons.",
            "All libraries open at 10am on Mondays.",
        ],
        "Few people visit early on Monday mornings, but many would like to visit after work. The total hours "
        "and the number of staff stay the same.",
        "libraries@northbrook.example",
    ),
)
doc(
    "content/decisions/NDC-2026-027/leader-report.pdf",
    "Report to the Leader: Harbour Parade sea wall",
    report(
        "This report asks the Leader to agree emergency repairs to the sea wall at Harbour Parade, damaged in "
        "the storm on 14 October 2026.",
        [
            "Agree emergency repairs to 60 metres of sea wall, at a cost of up to 780,000 pounds.",
            "Award the work under the council's emergency works framework.",
        ],
        "The wall must be made safe before the highest tides of the year, due from 26 October, to protect "
        "140 homes from flooding.",
        "coastal@northbrook.example",
    ),
)
doc(
    "content/decisions/NDC-2026-030/cabinet-member-report.pdf",
    "Report to the Cabinet Member for Transport: car park charges",
    report(
        "This report asks the Cabinet Member for Transport to end free 30-minute parking in the council's car "
        "parks at Millbrook Broadway and Northgate Parade.",
        ["Charge 60p for up to 30 minutes from 5 January 2027, as in every other council car park."],
        "Charging the same in every car park is fairer and simpler, and the income pays for road safety schemes.",
        "parking@northbrook.example",
    ),
)
doc(
    "content/decisions/NDC-2026-031/cabinet-member-report.pdf",
    "Report to the Cabinet Member for Environment: LED street lights",
    report(
        "This report asks the Cabinet Member for Environment to award a contract to replace 9,400 street "
        "lights with LED lights.",
        [
            "Award the contract to Brightway Lighting Services Ltd for 1,240,000 pounds over two years.",
            "Start in the wards with the oldest lights: Eastfield, Harbour and Northgate.",
        ],
        "LED lights use less electricity and need fewer repairs, saving about 310,000 pounds a year once all "
        "are fitted. Appendix 2, the prices of each bidder, is not published (Schedule 12A, paragraph 3).",
        "streetlighting@northbrook.example",
    ),
)
doc(
    "content/decisions/NDC-2026-031/appendix-1-evaluation.pdf",
    "Appendix 1: how the street lighting bids were scored",
    [
        [
            ("h", "How the bids were scored"),
            ("p", "Five companies bid. Each bid was scored out of 100: 60 for quality and 40 for price."),
            ("li", "Quality: experience of similar work, the plan for the work, and how disruption would be kept low."),
            ("li", "Social value: local jobs and apprenticeships."),
            ("li", "Price: the lowest price scored 40; other prices scored less in proportion."),
            ("p", "The prices and scores of each bidder are in Appendix 2, which is not published."),
            *formats_blocks("streetlighting@northbrook.example"),
        ],
    ],
)


if __name__ == "__main__":
    sys.exit(make_sample_pdfs.main(sys.argv[1:]))
