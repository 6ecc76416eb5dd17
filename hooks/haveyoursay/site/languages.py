"""Welsh and English: the whole site in each of the council's languages, at predictable addresses.

A council that lists ``cy`` in ``languages`` publishes every page twice, with equal standing (the Welsh
Language Standards): the English at its usual address and the Welsh at the same address under ``cy/``
(``consultations/library-opening-hours/`` and ``cy/consultations/library-opening-hours/``). The Welsh
site is planned by the same ``plan_site`` from the same records, each showing its Welsh title, summary
and body (``hub_in_welsh``), inside ``speaking("cy")``, so every sentence and date the hub writes comes
from the Welsh catalogue; then its pages, feeds, calendars and open data are moved under ``cy/``
(``relocated``). Files the records name (PDFs and the like) are published once and linked from both.

``SiteLanguages`` knows every published address in each language, so a link, the ``hreflang``
alternates and the language switch lead to the page's twin when it has one (an index built once; a link
is one set lookup). An English council's site has no ``cy/`` pages and every link is as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from ..consultations.record import Consultation, ConsultationRecord
from ..core.translations import ENGLISH, LANGUAGE_NAMES, LANGUAGE_TAGS, WELSH, speaking, use_council_words
from ..core.welsh_text import WelshText
from ..decisions.record import DecisionNotice, DecisionRecord
from .components import Alternate
from .hub import Hub
from .pages import GeneratedFile, SitePlan, plan_site

WELSH_FOLDER = f"{WELSH}/"
"""Where the Welsh site lives: cy/ beside the English at the site's root."""
ONCE_PER_SITE = frozenset({"robots.txt", "build.json"})
"""Files about the whole site, not about one language: the English plan's are published."""


def hub_in_welsh(hub: Hub) -> Hub:
    """The same hub, each published record showing its Welsh title, summary and body in place of the
    English (everything else, dates, wards, documents, is said once for both languages)."""
    return replace(
        hub,
        consultations=[_consultation_in_welsh(c) for c in hub.consultations],
        decisions=[_notice_in_welsh(n) for n in hub.decisions],
    )


def _consultation_in_welsh(consultation: Consultation) -> Consultation:
    welsh, outcome = consultation.record.welsh, consultation.record.outcome
    update = _in_welsh(consultation.record, welsh)
    if outcome is not None and welsh.outcome is not None:  # what residents said and what we did, in Welsh
        update["outcome"] = outcome.model_copy(
            update={"you_said": welsh.outcome.you_said, "we_did": welsh.outcome.we_did}
        )
    record = consultation.record.model_copy(update=update)
    return replace(consultation, record=record, body=consultation.welsh_body or consultation.body)


def _notice_in_welsh(notice: DecisionNotice) -> DecisionNotice:
    welsh, english = notice.record.welsh, notice.record
    update = _in_welsh(english, welsh)
    update["policy_context"] = welsh.policy_context or english.policy_context
    if welsh.financial_summary:
        update["financial_summary"] = english.financial_summary.model_copy(update={"summary": welsh.financial_summary})
    made = english.record_of_decision
    if made is not None:
        update["record_of_decision"] = made.model_copy(
            update={
                "decision": welsh.decision or made.decision,
                "not_agreed_because": welsh.not_agreed_because or made.not_agreed_because,
            }
        )
    record = notice.record.model_copy(update=update)
    return replace(notice, record=record, body=notice.welsh_body or notice.body)


def _in_welsh(record: ConsultationRecord | DecisionRecord, welsh: WelshText) -> dict[str, object]:
    """What a record shows in Welsh: its Welsh title and summary, and its Welsh documents if it has any
    (otherwise the English ones, which a Welsh reader can still ask for in another format)."""
    return {
        "title": welsh.title or record.title,
        "summary": welsh.summary or record.summary,
        "documents": welsh.documents or record.documents,
    }


def relocated(plan: SitePlan, folder: str) -> SitePlan:
    """The same plan with every page and generated file under ``folder``; the records' own files are
    left out (the English plan publishes them once, and both languages link to them there)."""

    def moved(path: str) -> str:
        return folder + path

    return SitePlan(
        pages=[replace(page, src_uri=moved(page.src_uri)) for page in plan.pages],
        files=[],
        generated=[
            GeneratedFile(moved(f.site_path), f.content) for f in plan.generated if f.site_path not in ONCE_PER_SITE
        ],
        models={moved(src): model for src, model in plan.models.items()},
        heads={moved(src): head for src, head in plan.heads.items()},
        alternates=[replace(a, href=moved(a.href)) for a in plan.alternates],
        finders={moved(src): finder for src, finder in plan.finders.items()},
        maps={moved(src): ward_map for src, ward_map in plan.maps.items()},
        search_url=moved(plan.search_url) if plan.search_url else "",
        unlisted={moved(src) for src in plan.unlisted},
    )


@dataclass
class SiteLanguages:
    """The languages the site is in, which language each address is in, and each page's twin."""

    languages: tuple[str, ...] = (ENGLISH,)
    site_alternates: dict[str, list[Alternate]] = field(default_factory=dict)
    """The feeds and calendars of the whole site in each language, linked from each page's head."""
    _addresses: dict[str, set[str]] = field(default_factory=dict)

    @property
    def bilingual(self) -> bool:
        return WELSH in self.languages

    def learn(self, urls: Iterable[str]) -> None:
        """Every address the site publishes (pages' URLs and files' paths), once the files are known."""
        self._addresses = {language: set() for language in self.languages}
        for url in urls:
            url = "" if url in (".", "./") else url  # the home page, as a page's own url gives it
            self._addresses[self.language_of(url)].add(url)

    def language_of(self, url: str) -> str:
        """ "cy" for an address under cy/ when the council publishes in Welsh, otherwise "en"."""
        return WELSH if self.bilingual and url.startswith(WELSH_FOLDER) else ENGLISH

    def same_page_in_english(self, src_uri: str) -> str:
        """The English page's source a page is the twin of: "cy/accessibility.md" is "accessibility.md"."""
        return src_uri.removeprefix(WELSH_FOLDER) if self.bilingual else src_uri

    def in_language(self, target: str, language: str) -> str:
        """The address to link to from a page in ``language``: the target's twin in that language when
        the site has one, so a Welsh page's links stay on the Welsh site; otherwise the target itself (a
        PDF, or an address outside the site)."""
        if language == ENGLISH or not self.bilingual or target.startswith((WELSH_FOLDER, "/", "#")) or ":" in target:
            return target
        path, mark, rest = _split(target)
        twin = WELSH_FOLDER + path
        return twin + mark + rest if twin in self._addresses.get(language, ()) else target

    def twin(self, url: str) -> tuple[str, str] | None:
        """The same page in the other language, as (language, address), or None if it has no twin."""
        if not self.bilingual:
            return None
        if self.language_of(url) == WELSH:
            english = url.removeprefix(WELSH_FOLDER)
            return (ENGLISH, english) if english in self._addresses[ENGLISH] else None
        welsh = WELSH_FOLDER + url
        return (WELSH, welsh) if welsh in self._addresses[WELSH] else None

    def alternates(self, url: str) -> list[LanguageVersion]:
        """The page in each language it exists in, itself included, for ``hreflang`` links (none for an
        English council: one language needs no alternates)."""
        twin = self.twin(url)
        if twin is None:
            return []
        versions = [(self.language_of(url), url), twin]
        return [
            LanguageVersion(language, LANGUAGE_TAGS[language], LANGUAGE_NAMES[language], address)
            for language, address in sorted(versions)
        ]


@dataclass(frozen=True)
class LanguageVersion:
    """A page in one language: its ``hreflang`` code, the language's own name, and its address on the site."""

    language: str
    hreflang: str
    name: str
    url: str


def _split(target: str) -> tuple[str, str, str]:
    """ "consultations/x/#key-facts" as ("consultations/x/", "#", "key-facts")."""
    cut = min((i for i in (target.find("#"), target.find("?")) if i >= 0), default=len(target))
    return target[:cut], target[cut : cut + 1], target[cut + 1 :]


def plan_languages(
    hub: Hub, now: datetime, base_url: str, search: bool = True, commit: str = ""
) -> tuple[SitePlan, SiteLanguages]:
    """The site in each of the council's languages, as one plan, and what is known about its languages."""
    settings = hub.settings
    plan = plan_site(hub, now, base_url, search=search, commit=commit)
    if settings is None or not settings.bilingual:
        return plan, SiteLanguages(site_alternates={ENGLISH: plan.alternates})
    use_council_words({WELSH: settings.welsh.as_catalogue(settings)})
    with speaking(WELSH):
        welsh = relocated(plan_site(hub_in_welsh(hub), now, base_url + WELSH_FOLDER, search, commit), WELSH_FOLDER)
    languages = SiteLanguages(
        languages=(ENGLISH, WELSH),
        site_alternates={ENGLISH: plan.alternates, WELSH: welsh.alternates},
    )
    plan.pages += welsh.pages
    plan.generated += welsh.generated
    plan.models.update(welsh.models)
    plan.heads.update(welsh.heads)
    plan.finders.update(welsh.finders)
    plan.maps.update(welsh.maps)
    plan.unlisted |= welsh.unlisted
    return plan, languages
