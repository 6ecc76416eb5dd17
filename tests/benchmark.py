"""Build-time benchmark: the hub side by side with a bare MkDocs build of the same pages.

    python tests/benchmark.py [--sizes 1000 4000 10000] [--repeat 1] [--seed 2026] [--keep]
                              [--no-search] [--project DIR] [--workdir DIR] [--welsh]

For each size N it writes N synthetic, valid, varied consultation records (and N/10
decision notices) into a throwaway copy of the project (mkdocs.yml, hooks/, overrides/
and content/ are copied; consultations/ is generated), and a bare Material site of the
same records' titles, summaries and bodies (out of the navigation, no plugins, fonts
off): the floor for this stack. Then, round by round and size by size, it runs the
hub's real `mkdocs build` (as CI does: HUB_NOW fixed) with nothing kept from before
(cold: a new machine), the bare build, the hub's build again with what the first one
kept (warm: the next scheduled build; core.cache), `hub check` warm and cold, and
Pagefind once more on the hub's site (to show its share). Builds alternate hub, bare,
hub so the machine's drift hits both. Pagefind is on both sides: the hub runs it
inside its build, and the bare build runs it straight after. Every generated document
has bytes of its own, as a council's do, so nothing is read once for many records.

Each command runs under a tiny Python wrapper process whose only child is the
command, so RUSAGE_CHILDREN in the wrapper is that command's peak memory and CPU
time. Generating the records is not part of the measured time.

It prints the README's table: N, hub seconds (cold and warm), bare seconds, their CPU
ratios, Pagefind seconds, peak memory and `hub check` seconds; then hub(10,000) /
hub(1,000), and the bytes one search query downloads on the largest site (in the
system Chromium). It exits 1 if a target of issue 12 is missed (hub at most 1.25
times the bare build in CPU time at every N, growth at most 10.5 from 1,000 to
10,000, peak under 1 GB, check under 5 s at 10,000, a search under 300 KB), 2 if a
build or check failed.

--project DIR benchmarks another copy of the hub (for example a `git archive`
of a commit) instead of this checkout.

--welsh makes each generated council publish in Welsh and English (languages: [en, cy]):
every record, consultation and notice, gets its Welsh title, summary and index.cy.md, so
the build makes every page twice (site.languages). The bare site stays English only, so
the ratio shows the whole cost of the second language.

This is a script, not a pytest test: it takes minutes, not seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROOT = REPO / "tests" / "demo" if (REPO / "tests" / "demo" / "mkdocs.yml").is_file() else REPO
"""The demo council's hub, whose settings and pages the generated hubs start from (as in hub_testing)."""
HOOKS = REPO / "hooks"
HUB_NOW = "2026-11-24T10:00"
TODAY = date(2026, 11, 24)
EARLIEST = date(2019, 1, 7)
LATEST = date(2027, 12, 20)
DEFAULT_SIZES = (1000, 4000, 10_000)

try:  # the project venv has the package installed; a bare checkout has it in hooks/
    import haveyoursay  # noqa: F401
except ImportError:
    sys.path.insert(0, str(HOOKS))

import yaml  # noqa: E402  (a dependency of MkDocs, so always present where the hub builds)

# Runs one command and reports its wall-clock time, its CPU time and its peak resident memory.
# The wrapper has exactly one child, so RUSAGE_CHILDREN.ru_maxrss is that child's peak.
WRAPPER = r"""
import json, subprocess, sys, time
try:
    import resource
except ImportError:
    resource = None
log_path, command = sys.argv[1], sys.argv[2:]
with open(log_path, "wb") as log:
    start = time.perf_counter()
    code = subprocess.call(command, stdout=log, stderr=subprocess.STDOUT)
    seconds = time.perf_counter() - start
peak = cpu = None
if resource is not None:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024  # MB
    cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({"seconds": seconds, "returncode": code, "peak_mb": peak, "cpu_seconds": cpu}))
"""


# -- synthetic records ---------------------------------------------------------------------------


def council_lists(source: Path = ROOT) -> tuple[list[str], list[str]]:
    """The ward and topic lists from the real mkdocs.yml (records must use them)."""
    from haveyoursay.core.settings import load_settings

    settings, problems = load_settings(source / "mkdocs.yml")
    if settings is None:
        raise SystemExit("mkdocs.yml has no valid council settings:\n" + "\n".join(map(str, problems)))
    return list(settings.wards), list(settings.topics)


SUBJECTS = {
    "Adult social care": [
        "day services for older people",
        "the home care charging policy",
        "respite care beds",
        "the carers' support offer",
    ],
    "Budget and council tax": [
        "the budget and council tax",
        "fees and charges",
        "the council tax reduction scheme",
        "savings proposals",
    ],
    "Children and families": [
        "children's centres",
        "the youth service",
        "holiday activities for children",
        "school crossing patrols",
    ],
    "Community safety": [
        "a public spaces protection order",
        "CCTV in the town centre",
        "street drinking rules",
        "alley gating",
    ],
    "Environment and climate": [
        "the climate action plan",
        "tree planting",
        "air quality monitoring",
        "street lighting changes",
    ],
    "Health and wellbeing": [
        "the health and wellbeing strategy",
        "leisure centre opening hours",
        "the healthy weight plan",
        "smoke-free play areas",
    ],
    "Housing": [
        "the housing allocations policy",
        "the tenancy strategy",
        "selective licensing of landlords",
        "the homelessness strategy",
    ],
    "Libraries and culture": [
        "library opening hours",
        "the museum's future",
        "arts grants",
        "the mobile library route",
    ],
    "Parks and green spaces": [
        "a play area upgrade",
        "a community garden",
        "dog-free areas in parks",
        "the allotments policy",
    ],
    "Planning and regeneration": [
        "the town centre masterplan",
        "a neighbourhood plan",
        "the local plan review",
        "a conservation area boundary",
    ],
    "Transport and parking": [
        "a residents' parking zone",
        "a 20mph speed limit",
        "a new cycle route",
        "bus stop changes",
    ],
    "Waste and recycling": [
        "the garden waste charge",
        "food waste collections",
        "recycling centre opening hours",
        "bin collection days",
    ],
}
OPENINGS = [
    "Changes to {s}",
    "Proposed changes to {s}",
    "Have your say on {s}",
    "A review of {s}",
    "Our plans for {s}",
    "{S}: what do you think?",
]
SERVICES = [
    "Libraries and Heritage",
    "Highways and Transport",
    "Parks and Open Spaces",
    "Housing Services",
    "Adult Social Care",
    "Children's Services",
    "Finance",
    "Community Safety",
    "Waste Services",
    "Planning Policy",
    "Public Health",
    "Climate and Environment",
]
PEOPLE = [
    ("Priya Shah", "Development Manager"),
    ("Tom Evans", "Project Officer"),
    ("Aisha Khan", "Policy Officer"),
    ("Gareth Jones", "Service Manager"),
    ("Mei Lin", "Engagement Officer"),
    ("Sam O'Neill", "Team Leader"),
    ("Olu Adeyemi", "Strategy Lead"),
    ("Hannah Price", "Consultation Officer"),
]
AUDIENCES = [
    "Residents",
    "Businesses",
    "Parents and carers",
    "Older people",
    "Young people",
    "Disabled people",
    "Tenants",
    "Landlords",
    "Community groups",
    "Drivers",
    "Cyclists",
    "Visitors",
]
VENUES = [
    ("Castle Library", "1 High Street, Northbrook NB1 2DF"),
    ("Town Hall", "Market Square, Northbrook NB1 1AA"),
    ("Harbour Community Centre", "4 Quay Road, Northbrook NB3 7HQ"),
    ("Oakwood Leisure Centre", "Oak Lane, Northbrook NB5 2LC"),
    ("St Anne's Church Hall", "30 Chapel Street, Northbrook NB6 4RT"),
]
ACCESS = [
    "Step-free entrance, accessible toilet and a hearing loop.",
    "Two steps at the front door, with a ramp at the side. Accessible toilet.",
    "Step-free throughout. BSL interpreter on request: ask us a week before.",
    "Lift to the first floor, hearing loop, free parking with 4 blue badge spaces.",
]
LANGUAGES = ["Polski (Polish)", "Română (Romanian)", "اردو (Urdu)", "বাংলা (Bengali)", "Português (Portuguese)"]
SENTENCES = [
    "We have looked at how the service is used today and what it costs to run.",
    "Most people who use it told us it matters to them, but fewer people use it than five years ago.",
    "We want to keep what works well and change what does not.",
    "The changes would start next April if the Cabinet agrees them.",
    "We have a fixed budget, so any new spending has to be matched by savings elsewhere.",
    "We would like to hear from people who do not use the service as well as those who do.",
    "Nothing has been decided yet, and we will read every response before we make a decision.",
    "Some parts of the plan are required by law and cannot change.",
    "We will look at the effect on disabled people, older people and families on low incomes.",
    "You can read the full proposal and the evidence behind it in the documents below.",
    "We ran a smaller survey last year and the results helped shape these options.",
    "If you would like this information in another format, please contact us.",
    "The proposal affects people who live, work or study in the area.",
    "We think this is the fairest way to share the cost between everyone who benefits.",
]


WELSH_SENTENCES = [
    "Rydym wedi edrych ar sut mae’r gwasanaeth yn cael ei ddefnyddio heddiw a faint mae’n ei gostio.",
    "Rydym am gadw’r hyn sy’n gweithio’n dda a newid yr hyn nad yw’n gweithio.",
    "Byddai’r newidiadau yn dechrau fis Ebrill nesaf os bydd y Cabinet yn cytuno.",
    "Nid oes dim wedi’i benderfynu eto, a byddwn yn darllen pob ymateb cyn penderfynu.",
    "Hoffem glywed gan bobl nad ydynt yn defnyddio’r gwasanaeth yn ogystal â’r rhai sy’n ei ddefnyddio.",
    "Os hoffech gael yr wybodaeth hon mewn fformat arall, cysylltwch â ni.",
]
"""Welsh for the --welsh hubs (what a Welsh record says does not change what the build costs)."""
WELSH_TOPICS = {
    "Adult social care": "Gofal cymdeithasol i oedolion",
    "Budget and council tax": "Cyllideb a’r dreth gyngor",
    "Children and families": "Plant a theuluoedd",
    "Community safety": "Diogelwch cymunedol",
    "Environment and climate": "Yr amgylchedd a’r hinsawdd",
    "Health and wellbeing": "Iechyd a lles",
    "Housing": "Tai",
    "Libraries and culture": "Llyfrgelloedd a diwylliant",
    "Parks and green spaces": "Parciau a mannau gwyrdd",
    "Planning and regeneration": "Cynllunio ac adfywio",
    "Transport and parking": "Trafnidiaeth a pharcio",
    "Waste and recycling": "Gwastraff ac ailgylchu",
}


def welsh_body(english_body: str, rng: random.Random) -> str:
    """index.cy.md for a body: the same '## ' sections in the same order, in Welsh."""
    sections = re.findall(r"^## .+$", english_body, flags=re.MULTILINE)
    return (
        "\n\n".join(
            f"## Adran {number}\n\n" + " ".join(rng.sample(WELSH_SENTENCES, 2))
            for number in range(1, len(sections) + 1)
        )
        + "\n"
    )


def welsh_block(title: str, rng: random.Random) -> dict[str, object]:
    return {"title": f"Ymgynghoriad: {title}"[:250], "summary": rng.choice(WELSH_SENTENCES)}


def make_welsh(project: Path, topics: list[str]) -> None:
    """Make a generated hub publish in Welsh and English: settings, and every record's Welsh text."""
    settings = project / "mkdocs.yml"
    words = "".join(f"        {json.dumps(t)}: {json.dumps(WELSH_TOPICS.get(t, t))}\n" for t in topics)
    settings.write_text(
        settings.read_text(encoding="utf-8").replace(
            "  council:\n",
            "  council:\n    languages: [en, cy]\n    welsh:\n      name: Cyngor Bwrdeistref Northbrook\n"
            f"      words:\n{words}",
            1,
        ),
        encoding="utf-8",
    )
    for record in sorted([*project.glob("consultations/*/index.md"), *project.glob("content/decisions/*/index.md")]):
        if record.parent.name.startswith("_"):
            continue
        text = record.read_text(encoding="utf-8")
        front, body = text.split("\n---\n", 1)
        rng = random.Random(record.parent.name)
        title = re.search(r"^title: (.+)$", front, flags=re.MULTILINE)
        welsh = welsh_block(title.group(1) if title else "", rng)
        data = yaml.safe_load(front.removeprefix("---\n")) or {}
        if data.get("outcome"):  # "we asked, you said, we did", in Welsh too
            welsh["outcome"] = {"you_said": rng.choice(WELSH_SENTENCES), "we_did": rng.choice(WELSH_SENTENCES)}
        made = data.get("record_of_decision") or {}
        own = {
            "policy_context": data.get("policy_context"),
            "financial_summary": (data.get("financial_summary") or {}).get("summary"),
            "decision": made.get("decision"),
            "not_agreed_because": made.get("not_agreed_because"),
        }
        welsh.update({name: rng.choice(WELSH_SENTENCES) for name, english in own.items() if english})
        block = yaml.safe_dump({"welsh": welsh}, allow_unicode=True)
        record.write_text(f"{front}\n{block}---\n{body}", encoding="utf-8")
        (record.parent / "index.cy.md").write_text(welsh_body(body, rng), encoding="utf-8")


def _paragraph(rng: random.Random, low: int = 2, high: int = 4) -> str:
    return " ".join(rng.sample(SENTENCES, rng.randint(low, high)))


def _section(rng: random.Random) -> str:
    parts = [_paragraph(rng)]
    shape = rng.random()
    if shape < 0.35:
        parts.append(
            "\n".join(f"- {s[0].lower()}{s[1:].rstrip('.')}" for s in rng.sample(SENTENCES, rng.randint(2, 4)))
        )
    elif shape < 0.45:
        parts.append("### In more detail\n\n" + _paragraph(rng))
    elif shape < 0.52:
        parts.append(
            "| Option | Yearly cost | Saving |\n| --- | --- | --- |\n"
            + "\n".join(
                f"| Option {n} | £{rng.randint(20, 900)},000 | £{rng.randint(5, 200)},000 |"
                for n in "ABC"[: rng.randint(2, 3)]
            )
        )
    elif shape < 0.6:
        parts.append(
            f"Read more on [our website](https://www.northbrook.example/{rng.randint(100, 999)}) or ask at any library."
        )
    if rng.random() < 0.5:
        parts.append(_paragraph(rng, 1, 3))
    return "\n\n".join(parts)


def body_text(rng: random.Random) -> str:
    parts = [_paragraph(rng, 1, 2)] if rng.random() < 0.3 else []
    for heading in ("What we are proposing", "What can still change", "Why we are consulting", "What happens next"):
        parts.append(f"## {heading}\n\n{_section(rng)}")
    if rng.random() < 0.2:
        parts.append(f"## Background\n\n{_section(rng)}")
    return "\n\n".join(parts) + "\n"


def _day(value: date) -> str:
    return value.isoformat()


def _at(value: date, hour_minute: str) -> str:
    return f"{value.isoformat()} {hour_minute}"


def _between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _link(rng: random.Random, files: list[str], name: str, path: str) -> dict:
    """A file in the folder (copied from the shared PDF) or a web address."""
    if rng.random() < 0.65:
        if name not in files:
            files.append(name)
        return {"file": name}
    return {"url": f"https://www.northbrook.example/{path}"}


STATUS_WEIGHTS = [
    ("outcome_published", 33),
    ("closed", 24),
    ("open", 15),
    ("forthcoming", 12),
    ("withdrawn", 8),
    ("draft", 4),
    ("overdue", 4),
]


@dataclass
class Generated:
    slug: str
    status: str
    text: str
    files: list[str]
    pages: dict[str, str] = field(default_factory=dict)
    """Documents written in Markdown, by file name."""


def markdown_document(rng: random.Random, subject: str) -> str:
    """A document written in Markdown: sections, a list and a table with headers, as officers write them."""
    rows = "\n".join(f"| Option {n} | £{rng.randint(10, 900)},000 | {rng.randint(1, 5)} years |" for n in range(1, 4))
    return (
        f"## Why we are looking at {subject}\n\n{_paragraph(rng)}\n\n"
        f"## What we propose\n\n{_paragraph(rng)}\n\n- {_paragraph(rng, 1, 1)}\n- {_paragraph(rng, 1, 1)}\n\n"
        f"### What it would cost\n\n| Option | Cost | Time |\n|---|---|---|\n{rows}\n\n"
        f"## What happens next\n\n{_paragraph(rng)}\n"
    )


def make_record(index: int, seed: int, wards: list[str], topics: list[str]) -> Generated:
    """Record number ``index``: the same whatever N, so a bigger hub contains every smaller one."""
    rng = random.Random(f"{seed}:{index}")
    status = rng.choices([s for s, _ in STATUS_WEIGHTS], [w for _, w in STATUS_WEIGHTS])[0]
    topic_list = rng.sample(topics, rng.choices([1, 2, 3], [6, 3, 1])[0])
    subject = rng.choice(SUBJECTS.get(topic_list[0], ["local services"]))
    ward_list: list[str] | str = (
        "all" if rng.random() < 0.12 else rng.sample(wards, rng.choices([1, 2, 3], [6, 3, 1])[0])
    )
    place = "" if ward_list == "all" else f" in {ward_list[0]}"
    opening = rng.choice(OPENINGS)
    title = opening.format(s=subject, S=subject[0].upper() + subject[1:]) + (place if "{S}" not in opening else "")
    title = title[:150]
    slug = re.sub(r"[^a-z0-9]+", "-", f"{subject} {place} {index:05d}".lower()).strip("-")

    # Dates: pick the status first, then dates that give it at HUB_NOW.
    length = rng.choice([28, 42, 42, 49, 56, 56, 63, 84, 90])
    if status == "forthcoming":
        opens = _between(rng, TODAY + timedelta(days=1), LATEST - timedelta(days=length))
    elif status == "open":
        opens = TODAY - timedelta(days=rng.randint(1, length - 1))
    elif status == "overdue":  # closed, no outcome, more than 12 weeks ago
        opens = _between(rng, EARLIEST, TODAY - timedelta(days=length + 100))
    elif status == "closed":  # closed recently, outcome not yet due, some with an outcome dated in the future
        opens = _between(rng, TODAY - timedelta(days=length + 80), TODAY - timedelta(days=length + 1))
    else:  # outcome, withdrawn, draft: anywhere in 2019-2026
        opens = _between(rng, EARLIEST, TODAY - timedelta(days=length + 30))
    closes_day = opens + timedelta(days=length - 1)
    record: dict = {
        "title": title,
        "summary": f"We want to know what you think about {subject}{place}. " + rng.choice(SENTENCES),
        "opens": _day(opens) if rng.random() < 0.7 else _at(opens, "09:00"),
        "closes": _day(closes_day) if rng.random() < 0.5 else _at(closes_day, rng.choice(["17:00", "12:00", "23:59"])),
        "wards": ward_list,
        "topics": topic_list,
    }
    if rng.random() < 0.8:
        record["audiences"] = rng.sample(AUDIENCES, rng.randint(1, 4))
    service = rng.choice(SERVICES)
    record["service"] = service
    engagement = rng.choices(["inform", "consult", "involve", "collaborate", "empower"], [1, 12, 3, 2, 1])[0]
    record["engagement_level"] = engagement
    name, role = rng.choice(PEOPLE)
    mailbox = re.sub(r"[^a-z]", "", service.lower())
    phone = f"01632 960 {rng.randint(100, 999)}"
    contact = {"name": name, "role": role, "team": service}
    if rng.random() < 0.9:
        contact["email"] = f"{mailbox}@northbrook.example"
    if "email" not in contact or rng.random() < 0.7:
        contact["phone"] = phone
    record["contact"] = contact

    files: list[str] = []
    pages: dict[str, str] = {}
    if engagement != "inform" or rng.random() < 0.3:
        ways: dict = {}
        if rng.random() < 0.9:
            ways["online"] = f"https://forms.northbrook.example/{slug}"
        if rng.random() < 0.8:
            ways["email"] = f"{mailbox}@northbrook.example"
        ways["post"] = f"{title[:60]}\nNorthbrook Borough Council, Town Hall\nMarket Square, Northbrook NB1 1AA\n"
        if rng.random() < 0.7:
            ways["phone"] = phone
        if rng.random() < 0.5:
            ways["in_person"] = "Ask at any library desk or at the Town Hall reception."
        if rng.random() < 0.4:
            files.append("response-form.pdf")
            ways["response_form"] = "response-form.pdf"
        record["ways_to_respond"] = ways

    documents = []
    for number in range(rng.choices([0, 1, 2, 3, 4], [1, 4, 4, 2, 1])[0]):
        document = {
            "title": ["Proposal", "Evidence summary", "Equality impact assessment", "Map", "Options appraisal"][number]
            + f" for {subject}"
        }
        document.update(
            _link(
                rng,
                files,
                ["proposal.pdf", "evidence.pdf", "eqia.pdf", "map.pdf", "options.pdf"][number],
                f"{slug}/document-{number + 1}",
            )
        )
        document["accessible"] = rng.random() < 0.75
        documents.append(document)
    if rng.random() < 0.2:  # a document written in Markdown, published as a page of its own
        documents.insert(
            0, {"title": f"The proposal in full: {subject}", "file": "proposal-in-full.md", "updated": _day(opens)}
        )
        pages["proposal-in-full.md"] = markdown_document(rng, subject)
    if documents:
        record["documents"] = documents

    events = []
    for number in range(rng.choices([0, 1, 2, 3], [4, 3, 2, 1])[0]):
        day = opens + timedelta(days=rng.randint(0, length - 1))
        start, end = rng.choice([("10:00", "12:00"), ("14:00", "16:00"), ("18:30", "20:00")])
        venue, address = rng.choice(VENUES)
        event = {
            "title": f"Drop-in session at {venue}",
            "start": _at(day, start),
            "end": _at(day, end),
            "venue": venue,
            "address": address,
            "access": rng.choice(ACCESS),
        }
        if rng.random() < 0.3:
            event["online"] = f"https://meet.northbrook.example/{slug}-{number + 1}"
        events.append(event)
    if events:
        record["events"] = events

    if rng.random() < 0.35:
        record["easy_read"] = _link(rng, files, "easy-read.pdf", f"{slug}/easy-read")
    if rng.random() < 0.15:
        record["translations"] = [
            {"language": language, "url": f"https://www.northbrook.example/{slug}/{n}"}
            for n, language in enumerate(rng.sample(LANGUAGES, rng.randint(1, 3)))
        ]
    updates = [
        {
            "date": _day(opens + timedelta(days=rng.randint(1, length - 1))),
            "change": rng.choice(
                [
                    "We added another drop-in session.",
                    "We added an Easy Read version.",
                    "We corrected a figure in the proposal.",
                    "We extended the closing time.",
                ]
            ),
        }
        for _ in range(rng.choices([0, 1, 2], [6, 3, 1])[0])
    ]
    if updates:
        record["updates"] = updates

    if status in ("outcome_published", "closed") and (status == "outcome_published" or rng.random() < 0.15):
        if status == "outcome_published":
            published = _between(
                rng, closes_day + timedelta(days=14), min(closes_day + timedelta(days=140), TODAY - timedelta(days=1))
            )
        else:  # an outcome written ahead of its publication date: still "closed" today
            published = TODAY + timedelta(days=rng.randint(1, 40))
        outcome = {
            "published": _day(published),
            "responses": rng.randint(0, 4000),
            "you_said": _paragraph(rng),
            "we_did": "\n".join(f"- {s}" for s in rng.sample(SENTENCES, rng.randint(2, 4))) + "\n",
        }
        if rng.random() < 0.7:
            outcome["documents"] = [
                {
                    "title": "Consultation report",
                    **_link(rng, files, "consultation-report.pdf", f"{slug}/report"),
                    "accessible": rng.random() < 0.8,
                }
            ]
        if rng.random() < 0.6:
            outcome["decision"] = f"NDC-2026-{rng.randint(0, 9) + 100:04d}"  # one of the generated notices
        record["outcome"] = outcome
    if status == "withdrawn":
        record["withdrawn"] = {
            "date": _day(opens + timedelta(days=rng.randint(0, length - 1))),
            "reason": "We have paused this while we "
            + rng.choice(["review the budget.", "look again at the options.", "wait for new government guidance."]),
        }
    if status == "draft":
        record["draft"] = True

    front = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=88, default_flow_style=None)
    text = f"---\n# yaml-language-server: $schema=../consultation.schema.json\n{front}---\n\n{body_text(rng)}"
    return Generated(slug=slug, status=status, text=text, files=files, pages=pages)


def sample_pdf(source: Path = ROOT) -> bytes:
    """One small real PDF from the demo records, shared by every generated folder."""
    found = sorted((source / "consultations").glob("*/*.pdf"))
    if found:
        return min(found, key=lambda p: p.stat().st_size).read_bytes()
    from io import BytesIO

    from pypdf import PdfWriter

    writer, buffer = PdfWriter(), BytesIO()
    writer.add_blank_page(width=595, height=842)
    writer.write(buffer)
    return buffer.getvalue()


def make_decisions(folder: Path, count: int) -> None:
    """Replace the demo's decision notices (they name demo consultations) with ``count`` generated ones."""
    model = (folder / "NDC-2026-021" / "index.md").read_text(encoding="utf-8")
    for notice in folder.glob("NDC-*"):
        shutil.rmtree(notice)
    for number in range(count):
        reference = f"NDC-2026-{number + 100:04d}"
        (folder / reference).mkdir()
        (folder / reference / "index.md").write_text(
            model.replace("reference: NDC-2026-021", f"reference: {reference}").replace(
                "title: Closing Westcliffe", f"title: Decision {number + 1} on closing Westcliffe"
            ),
            encoding="utf-8",
        )


def make_project(
    destination: Path,
    size: int,
    seed: int,
    pdf: bytes,
    wards: list[str],
    topics: list[str],
    source_project: Path = ROOT,
    welsh: bool = False,
) -> tuple[dict[str, int], list[str]]:
    """A throwaway hub with ``size`` generated consultations; returns counts by status and the published slugs."""
    for name in ("mkdocs.yml", "hooks", "overrides", "content"):
        source = source_project / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(source, destination / name)
    make_decisions(destination / "content" / "decisions", max(10, size // 10))
    consultations = destination / "consultations"
    consultations.mkdir()
    counts: dict[str, int] = {}
    published: list[str] = []
    for index in range(size):
        generated = make_record(index, seed, wards, topics)
        folder = consultations / generated.slug
        folder.mkdir()
        (folder / "index.md").write_text(generated.text, encoding="utf-8")
        for name in generated.files:  # each file's own bytes, as a council's are: no two are the same
            (folder / name).write_bytes(pdf + f"\n% {generated.slug}/{name}\n".encode())
        for name, text in generated.pages.items():
            (folder / name).write_text(text, encoding="utf-8")
        counts[generated.status] = counts.get(generated.status, 0) + 1
        if generated.status != "draft":
            published.append(generated.slug)
    if welsh:
        make_welsh(destination, topics)
    return counts, published


# -- measuring ----------------------------------------------------------------------------------


@dataclass
class Measured:
    seconds: float
    peak_mb: float | None
    cpu_seconds: float | None
    log: str


def measure(command: list[str], cwd: Path, log_path: Path, cache: Path | None = None) -> Measured:
    env = {
        **os.environ,
        "HUB_CACHE": str(cache) if cache else "off",  # what the hub keeps between runs (core.cache)
        "HUB_NOW": HUB_NOW,
        "NO_MKDOCS_2_WARNING": "1",
        # the copy's own package, as the hook file would load it
        "PYTHONPATH": os.pathsep.join(filter(None, [str(cwd / "hooks"), os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(log_path), *command], cwd=cwd, env=env, capture_output=True, text=True
    )
    log = log_path.read_text(encoding="utf-8", errors="replace") if log_path.exists() else ""
    try:
        report = json.loads(result.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        raise SystemExit(f"the measuring wrapper failed:\n{result.stdout}\n{result.stderr}") from None
    if report["returncode"] != 0:
        print(f"\n{' '.join(command)} failed (exit {report['returncode']}) in {cwd}:\n{log[-6000:]}", file=sys.stderr)
        raise SystemExit(2)
    return Measured(report["seconds"], report["peak_mb"], report.get("cpu_seconds"), log)


def _mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f}"


def _s(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def missing_pages(site: Path, slugs: list[str]) -> list[str]:
    """A quick sanity check that the build really made a page for every published record."""
    return [slug for slug in slugs if not (site / "consultations" / slug / "index.html").is_file()]


# -- the floor: a bare Material site of the same pages --------------------------------------------

BARE_MKDOCS = """\
site_name: The same pages, bare
site_url: https://bare.example/
docs_dir: docs
theme:
  name: material
  font: false
plugins: []
nav:
  - Home: index.md
validation:
  nav:
    omitted_files: ignore
    not_found: ignore
    absolute_links: ignore
  links:
    not_found: ignore
    anchors: ignore
    absolute_links: ignore
    unrecognized_links: ignore
"""


def _front_matter(text: str) -> tuple[dict, str]:
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head) or {}, body


def make_bare_project(hub: Path, destination: Path) -> int:
    """MkDocs' floor for the same records: each published record's title, summary and body as a
    page of a plain Material site (no plugins, fonts off, out of the navigation). Returns the pages."""
    docs = destination / "docs"
    docs.mkdir(parents=True)
    (destination / "mkdocs.yml").write_text(BARE_MKDOCS, encoding="utf-8")
    (docs / "index.md").write_text("# The same pages, bare\n", encoding="utf-8")
    pages = 0
    for folder, kind in ((hub / "consultations", "consultations"), (hub / "content" / "decisions", "decisions")):
        for record in sorted(folder.glob("*/index.md")):
            if record.parent.name.startswith(("_", ".")):
                continue
            fields, body = _front_matter(record.read_text(encoding="utf-8"))
            if fields.get("draft"):
                continue
            page = docs / kind / record.parent.name / "index.md"
            page.parent.mkdir(parents=True)
            page.write_text(f"# {fields.get('title', '')}\n\n{fields.get('summary', '')}\n\n{body}", encoding="utf-8")
            pages += 1
    return pages


# -- what one search costs a resident ------------------------------------------------------------


def search_payload(site: Path, query: str) -> int | None:
    """Bytes the search page downloads from pagefind/ for one query, in headless Chromium (None
    without a browser). The local server does not compress, so this is an upper bound."""
    if not Path("/usr/bin/chromium").exists():
        return None
    sys.path.insert(0, str(REPO / "tests" / "browser"))
    try:
        from playwright.sync_api import sync_playwright

        import browser  # the real-browser tests' helpers: the system Chromium, a local server
    except ImportError:
        return None
    server = browser.StaticSite(site).start()
    sizes: dict[str, int] = {}
    try:
        with sync_playwright() as playwright:
            chrome = browser.launch_chromium(playwright)
            context = browser.new_context(chrome)
            page = context.new_page()

            def finished(request):
                if "/pagefind/" in request.url:
                    response = request.response()
                    if response is not None:
                        sizes[request.url] = len(response.body())

            page.on("requestfinished", finished)
            browser.goto(page, server.url("/search/"))
            box = page.locator("input[type=search]").first
            box.fill(query)
            box.press("Enter")
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(1500)
            page.wait_for_load_state("networkidle")
            chrome.close()
    finally:
        server.stop()
    return sum(sizes.values())


# -- the run -------------------------------------------------------------------------------------

TARGET_RATIO = 1.25
TARGET_GROWTH = 10.5
TARGET_PEAK_MB = 1024
TARGET_CHECK_SECONDS = 5.0
TARGET_SEARCH_BYTES = 300 * 1024
SEARCH_QUERY = "library"


@dataclass
class Row:
    """One size's runs: the hub from nothing kept (cold) and again with what it kept (warm)."""

    size: int
    hub: list[Measured]
    warm: list[Measured]
    bare: list[Measured]
    check: list[Measured]
    cold_check: list[Measured]
    pagefind: list[Measured]


def _fastest(measured: list[Measured], attribute: str) -> float | None:
    values = [getattr(m, attribute) for m in measured if getattr(m, attribute) is not None]
    return min(values) if values else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="numbers of records")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds of builds (each round builds every size, hub then bare); the fastest is reported",
    )
    parser.add_argument("--seed", type=int, default=2026, help="seed for the generated records")
    parser.add_argument("--keep", action="store_true", help="keep the generated projects, sites and logs")
    parser.add_argument("--no-search", action="store_true", help="do not measure a search query in Chromium")
    parser.add_argument("--workdir", type=Path, default=None, help="where to put the projects (default: a temp folder)")
    parser.add_argument(
        "--welsh", action="store_true", help="each hub publishes in Welsh and English (every page twice)"
    )
    parser.add_argument(
        "--project",
        type=Path,
        default=ROOT,
        help="the hub whose mkdocs.yml, hooks/, overrides/ and content/ are copied (default: this checkout)",
    )
    arguments = parser.parse_args(argv)
    sizes = list(dict.fromkeys(arguments.sizes))
    if any(size < 1 for size in sizes) or arguments.repeat < 1:
        parser.error("sizes and --repeat must be 1 or more")

    source_project = arguments.project.resolve()
    wards, topics = council_lists(source_project)
    pdf = sample_pdf(source_project)
    if arguments.workdir:
        arguments.workdir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="hub-benchmark-", dir=arguments.workdir))
    python = sys.executable
    hub_build = [python, "-m", "mkdocs", "build", "--site-dir", "site"]
    # Pagefind runs inside the hub's build, so the bare build runs it too: both sides include it.
    bare_build = [
        "sh",
        "-c",
        f'"{python}" -m mkdocs build --site-dir site && "{python}" -m pagefind_bin --site site --silent',
    ]
    pagefind = [python, "-m", "pagefind_bin", "--site", "site", "--output-subdir", "pagefind-again", "--silent"]
    hub_check = [python, "-m", "haveyoursay.cli", "check", "--root", "."]
    rows = {size: Row(size, [], [], [], [], [], []) for size in sizes}
    payload: int | None = None
    try:
        print(
            f"Benchmark of {source_project}{' in Welsh and English' if arguments.welsh else ''} in {work}\n"
            f"(HUB_NOW={HUB_NOW}, seed {arguments.seed}, "
            f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]})\n"
        )
        published: dict[int, list[str]] = {}
        for size in sizes:  # generate everything first: it is not part of what is measured
            project = work / f"hub-{size}"
            project.mkdir()
            started = time.perf_counter()
            counts, published[size] = make_project(
                project, size, arguments.seed, pdf, wards, topics, source_project, arguments.welsh
            )
            bare_pages = make_bare_project(project, work / f"bare-{size}")
            mix = ", ".join(f"{status} {count}" for status, count in sorted(counts.items()))
            print(f"N={size}: generated in {time.perf_counter() - started:.1f}s ({mix}; {bare_pages} bare pages)")
        # Each round builds every size, the hub and then its bare twin, so a burst of other work
        # on the machine (drift) falls on both sides; the fastest of each is reported.
        for run in range(1, arguments.repeat + 1):
            print(f"\nRound {run} of {arguments.repeat}")
            for size in sizes:
                project, bare, kept = work / f"hub-{size}", work / f"bare-{size}", work / f"kept-{size}"
                row = rows[size]
                shutil.rmtree(kept, ignore_errors=True)  # cold: nothing kept, as on a new machine
                row.hub.append(measure(hub_build, project, work / f"hub-{size}-{run}.log", kept))
                missing = missing_pages(project / "site", published[size])
                if missing:
                    print(
                        f"  the build made no page for {len(missing)} of {len(published[size])} published records, "
                        f"like {missing[0]}",
                        file=sys.stderr,
                    )
                    return 2
                row.bare.append(measure(bare_build, bare, work / f"bare-{size}-{run}.log"))
                # warm: the next scheduled build, and an officer's check, with what the first build kept
                row.warm.append(measure(hub_build, project, work / f"warm-{size}-{run}.log", kept))
                # an officer's check again: the build kept no plain-English advice, which the first check adds
                measure(hub_check, project, work / f"first-check-{size}-{run}.log", kept)
                row.check.append(measure(hub_check, project, work / f"check-{size}-{run}.log", kept))
                shutil.rmtree(kept, ignore_errors=True)
                row.cold_check.append(measure(hub_check, project, work / f"cold-check-{size}-{run}.log", kept))
                row.pagefind.append(measure(pagefind, project, work / f"pagefind-{size}-{run}.log"))
                hub, warm, bare_run = row.hub[-1], row.warm[-1], row.bare[-1]
                print(
                    f"  N={size}: hub {hub.seconds:.2f}s (CPU {_s(hub.cpu_seconds)}s, peak {_mb(hub.peak_mb)} MB), "
                    f"warm {warm.seconds:.2f}s (CPU {_s(warm.cpu_seconds)}s); "
                    f"bare {bare_run.seconds:.2f}s (CPU {_s(bare_run.cpu_seconds)}s); "
                    f"check {row.check[-1].seconds:.2f}s, cold {row.cold_check[-1].seconds:.2f}s; "
                    f"Pagefind {row.pagefind[-1].seconds:.2f}s"
                )
        if not arguments.no_search:
            payload = search_payload(work / f"hub-{max(sizes)}" / "site", SEARCH_QUERY)
    finally:
        if arguments.keep:
            print(f"\nKept the projects, sites and logs in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return report(rows, payload, max(sizes))


def _logged_peaks(log: str) -> tuple[float | None, float | None]:
    found = re.search(r"Peak memory: (\d+) MB for the build, (\d+) MB for the search index", log)
    return (float(found.group(1)), float(found.group(2))) if found else (None, None)


def report(rows: dict[int, Row], payload: int | None, largest: int) -> int:
    """The README's table, and whether every target of issue 12 is met (on the warm build and check, the
    usual case; the cold figures are printed beside them)."""
    print(
        "\n| records | hub build s (cold / warm) | bare build s | hub / bare, CPU (cold / warm) "
        "| Pagefind s | peak MB (build / Pagefind) | `hub check` s (warm / cold) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    missed: list[str] = []
    for size, row in rows.items():
        hub, warm, bare = (_fastest(m, "seconds") or 0 for m in (row.hub, row.warm, row.bare))
        hub_cpu, warm_cpu, bare_cpu = (_fastest(m, "cpu_seconds") for m in (row.hub, row.warm, row.bare))
        # The build logs its own peak and its Pagefind's (hooks/mkdocs_hub.py); the wrapper sees only the larger.
        logged = [_logged_peaks(m.log) for m in row.hub + row.warm]
        peak = max((own for own, _ in logged if own is not None), default=None)
        indexer = max((pagefind for _, pagefind in logged if pagefind is not None), default=None)
        check, cold_check = _fastest(row.check, "seconds") or 0, _fastest(row.cold_check, "seconds") or 0
        cold_ratio = hub_cpu / bare_cpu if hub_cpu and bare_cpu else None
        warm_ratio = warm_cpu / bare_cpu if warm_cpu and bare_cpu else None
        print(
            f"| {size:,} | {hub:.1f} / {warm:.1f} | {bare:.1f} | {_s(cold_ratio)} / {_s(warm_ratio)} "
            f"| {_fastest(row.pagefind, 'seconds') or 0:.1f} | {_mb(peak)} / {_mb(indexer)} "
            f"| {check:.2f} / {cold_check:.2f} |"
        )
        if warm_ratio is not None and warm_ratio > TARGET_RATIO:
            missed.append(f"N={size}: the hub costs {warm_ratio:.2f} times the bare build (target {TARGET_RATIO})")
        if size >= 10_000 and peak is not None and peak > TARGET_PEAK_MB:
            missed.append(f"N={size}: peak memory {peak:.0f} MB (target under {TARGET_PEAK_MB} MB)")
        if size >= 10_000 and check > TARGET_CHECK_SECONDS:
            missed.append(f"N={size}: hub check took {check:.2f}s (target under {TARGET_CHECK_SECONDS}s)")
    if 1000 in rows and 10_000 in rows:
        growth = (_fastest(rows[10_000].warm, "cpu_seconds") or 0) / (_fastest(rows[1000].warm, "cpu_seconds") or 1)
        print(f"\nhub(10,000) / hub(1,000), CPU, warm: {growth:.2f} (target at most {TARGET_GROWTH})")
        if growth > TARGET_GROWTH:
            missed.append(f"hub(10,000) / hub(1,000) is {growth:.2f} (target {TARGET_GROWTH})")
    if payload is not None:
        print(f"One search for '{SEARCH_QUERY}' on the {largest:,}-record site downloads {payload / 1024:.0f} KB")
        if payload > TARGET_SEARCH_BYTES:
            missed.append(f"a search downloads {payload / 1024:.0f} KB (target under {TARGET_SEARCH_BYTES // 1024} KB)")
    print("Both builds include Pagefind (the hub indexes its pages inside the build; the bare build runs it after).")
    print("Peak memory: the build's own process, then Pagefind's (a separate program), as the build logs them.")
    for line in missed:
        print(f"MISSED: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
