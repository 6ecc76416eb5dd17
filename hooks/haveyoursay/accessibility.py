"""What the accessibility statement says about testing, from the test suite itself.

The Public Sector Bodies Accessibility Regulations 2018 require a statement
that says how the site was tested. These are the checks the real-browser test
suite runs on every build; the suite asserts each one has a test, so the
statement can never claim testing that is not done.
"""

from __future__ import annotations

from .core.body import markdown_text
from .core.settings import CouncilSettings

TESTED_CHECKS: dict[str, str] = {
    "axe": "every page and every page component is checked with axe-core in the Chromium browser against "
    "WCAG 2.0, 2.1 and 2.2 levels A and AA and axe's best practices, with no failures allowed",
    "no-javascript": "every page and every page component is loaded with JavaScript turned off and must show "
    "all of its content",
    "reflow": "every page and every page component is shown 320 pixels wide (like a small phone, or 400% zoom) "
    "and must not scroll sideways",
    "skip-link": "every page must start with a visible 'Skip to main content' link",
    "focus": "every link and form control must show a visible focus indicator when reached with the keyboard",
    "structure": "every page must have one main heading and a header, main content area and footer",
    "no-tracking": "no page may request anything from another website: no tracking, adverts or web fonts",
    "print": "printed pages leave out the site navigation",
    "page-weight": (
        "every page must weigh less than 60 KB when first opened, and a consultation page less than 15 KB, "
        "so they load on slow connections"
    ),
    "search": "the search page is also checked with axe-core with results shown and its filters open, and must "
    "work with a keyboard alone",
}

MARKER = "<!-- hub:tested-checks -->"


def fill_statement(markdown: str, settings: CouncilSettings) -> str:
    """Put the council's own contact details and the tested checks into the statement."""
    checks = "\n".join(f"- {text}" for text in TESTED_CHECKS.values())
    replacements = {
        MARKER: checks,
        "{council_name}": markdown_text(settings.name),
        "{accessible_formats_email}": markdown_text(settings.accessible_formats_email),
        "{accessible_formats_days}": str(settings.accessible_formats_days),
        "{council_phone}": markdown_text(settings.phone or ""),
        "{council_address}": markdown_text(settings.address or ""),
    }
    for token, value in replacements.items():
        markdown = markdown.replace(token, value)
    return markdown
