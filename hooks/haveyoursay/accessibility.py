"""What the accessibility statement says about testing, from the test suite itself.

The Public Sector Bodies Accessibility Regulations 2018 require a statement
that says how the site was tested. These are the checks the real-browser test
suite runs on every build; the suite asserts each one has a test, so the
statement can never claim testing that is not done.
"""

from __future__ import annotations

from .core.body import markdown_text
from .core.settings import CouncilSettings
from .core.translations import N_, _

TESTED_CHECKS: dict[str, str] = {
    "axe": N_(
        "every page and every page component is checked with axe-core in the Chromium browser against "
        "WCAG 2.0, 2.1 and 2.2 levels A and AA and axe's best practices, with no failures allowed"
    ),
    "no-javascript": N_(
        "every page and every page component is loaded with JavaScript turned off and must show all of its content"
    ),
    "reflow": N_(
        "every page and every page component is shown 320 pixels wide (like a small phone, or 400% zoom)"
        " and must not scroll sideways"
    ),
    "skip-link": N_("every page must start with a visible 'Skip to main content' link"),
    "focus": N_("every link and form control must show a visible focus indicator when reached with the keyboard"),
    "structure": N_("every page must have one main heading and a header, main content area and footer"),
    "no-tracking": N_("no page may request anything from another website: no tracking, adverts or web fonts"),
    "print": N_("printed pages leave out the site navigation"),
    "page-weight": N_(
        "every page must weigh less than 60 KB when first opened, and a consultation page less than 15 "
        "KB, so they load on slow connections"
    ),
    "search": N_(
        "the search page is also checked with axe-core with results shown and its filters open, and must"
        " work with a keyboard alone"
    ),
}

MARKER = "<!-- hub:tested-checks -->"
STATEMENT = "accessibility.md"
"""The statement's page in content/pages (a bilingual council's Welsh one is cy/accessibility.md)."""


def fill_statement(markdown: str, settings: CouncilSettings) -> str:
    """Put the council's own contact details and the tested checks into the statement."""
    checks = "\n".join(f"- {_(text)}" for text in TESTED_CHECKS.values())  # in the page's language
    replacements = {
        MARKER: checks,
        "{council_name}": markdown_text(_(settings.name)),
        "{accessible_formats_email}": markdown_text(settings.accessible_formats_email),
        "{accessible_formats_days}": str(settings.accessible_formats_days),
        "{council_phone}": markdown_text(settings.phone or ""),
        "{council_address}": markdown_text(_(settings.address) if settings.address else ""),
    }
    for token, value in replacements.items():
        markdown = markdown.replace(token, value)
    return markdown
