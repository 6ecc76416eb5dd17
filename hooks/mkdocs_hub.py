"""The MkDocs adapter: wires MkDocs events to the hub's records and page models.

This is the only file that imports MkDocs. Moving to another engine means
rewriting this file (and the templates), nothing else. It adds pages and
files; it never removes or edits what MkDocs found on its own.

on_startup       remember whether this is a build or `mkdocs serve`
on_config        load and check the hub (stop with every problem if any is wrong), plan the site,
                 send the build to a staging folder
on_files         add every page and file the plan lists (site.pages)
on_env           autoescape the hub's own templates
on_page_markdown give each planned page its title and template; fill the accessibility statement
on_page_content  sanitise hand-written pages like officers' text
on_page_context  give each page its already-decided page model, as `model` (and its map, as `ward_map`)
on_post_page     note the names (classes, elements) the page uses, to cut the theme's stylesheet down
on_serve         rebuild the preview when a record (or the list of postcodes, or the ward boundaries) changes
on_post_build    cut the theme's stylesheet down to what the pages use (site.stylesheet), make the
                 search index in the staging folder (site.search), then publish it in one step
                 (site.publishing), unless strict mode will fail the build
on_build_error   throw the staging folder away and release the output folder's lock
on_shutdown      the same for a build stopped by Ctrl-C or SIGTERM
"""

from __future__ import annotations

import contextlib
import logging
import signal
from pathlib import Path
from typing import Any

from jinja2 import pass_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler

from haveyoursay.accessibility import STATEMENT, fill_statement
from haveyoursay.consultations.record import FOLDER as CONSULTATIONS_FOLDER
from haveyoursay.core.body import sanitise_page
from haveyoursay.core.cache import cache_folder, finished_with, use_cache
from haveyoursay.core.london import WhenProblem, now_in_london
from haveyoursay.core.settings import site_problems
from haveyoursay.core.translations import ENGLISH, TEMPLATE_GLOBALS, speak, speaking
from haveyoursay.decisions.record import FOLDER as DECISIONS_FOLDER
from haveyoursay.site.hub import load_hub
from haveyoursay.site.languages import SiteLanguages, plan_languages
from haveyoursay.site.maps.loading import WARD_BOUNDARIES
from haveyoursay.site.pages import HOME, SitePlan, footer_view
from haveyoursay.site.postcodes.loading import POSTCODES
from haveyoursay.site.publishing import PublishProblem, check_site_dir, finish, publish, start
from haveyoursay.site.schedule import current_commit
from haveyoursay.site.search import SearchProblem, index_site
from haveyoursay.site.stylesheet import UsedNames, attribute_names, theme_stylesheets, trim_theme_files

log = logging.getLogger("mkdocs.hooks.hub")
_state: dict[str, Any] = {}

HUB_TEMPLATES = {
    "main.html",
    "consultation.html",
    "decision.html",
    "list.html",
    "home.html",
    "index-of.html",
    "open-data.html",
    "how-we-are-doing.html",
    "feeds.html",
    "postcodes.html",
    "search.html",
    "document.html",
    "print-summary.html",
    "site-notice.html",
}


def hub_autoescape(name: str | None) -> bool:
    """The hub's own templates escape everything by default; Material's own do not expect it."""
    return bool(name) and (name in HUB_TEMPLATES or str(name).startswith("partials/hub/"))


def on_startup(command: str, dirty: bool = False, **_: Any) -> None:
    _state["command"] = command


def on_config(config: MkDocsConfig, **_: Any) -> MkDocsConfig:
    root = Path(config.config_file_path).resolve().parent
    if _state.get("command", "build") != "serve":  # `mkdocs serve` builds into its own temporary folder
        _start_output(config, root)  # first: a build that waited for another reads "now" after it
    try:
        _load(config, root)
    except Abort:
        if "output" in _state:
            finish(_state.pop("output"), log.info)
        raise
    return config


def _load(config: MkDocsConfig, root: Path) -> None:
    """Check the records and settings at "now", then plan the site."""
    try:
        now = now_in_london()
    except WhenProblem as problem:
        raise Abort(f"{problem.problem} ({problem.hint})") from None
    use_cache(cache_folder())  # what earlier builds and checks worked out from the same texts (core.cache)
    hub = load_hub(root, now, advice=False)  # the same errors and warnings as `hub check`, without its advice
    finished_with("records")  # the largest kind, used only while loading: written now, its memory let go
    for warning in hub.problems.warnings:
        log.info(str(warning))
    for draft_problem in hub.problems.errors:
        if draft_problem.in_draft:  # a draft publishes nothing, so its problems never stop the site being published
            log.info(f"not published, a draft with a problem: {draft_problem}")
    if hub.problems.blocking or hub.settings is None:
        raise Abort("The hub was not built because some records have problems:\n" + hub.problems.report())
    if not config.site_url:
        config.site_url = hub.settings.base_url
    unsafe = site_problems(config.site_name, config.site_description, config.site_url)
    if unsafe:
        raise Abort(
            "The hub was not built because of mkdocs.yml:\n"
            + "\n".join(f"mkdocs.yml: {name}: {problem} ({hint})" for name, (problem, hint) in unsafe)
        )
    config.extra["council"] = hub.settings
    if not isinstance(config.extra.get("search", True), bool):
        raise Abort("The hub was not built because of mkdocs.yml:\nmkdocs.yml: extra: search: must be true or false")
    plan, languages = plan_languages(
        hub, now, config.site_url, search=config.extra.get("search", True), commit=current_commit(root)
    )
    config.extra["search_url"] = plan.search_url  # the header's search box, on every page (none when off)
    config.extra["footer"] = footer_view(hub.settings, now)
    _state.update(root=root, hub=hub, plan=plan, languages=languages)
    theme_css = " ".join(css.read_text(encoding="utf-8") for css in theme_stylesheets(config.theme.dirs))
    _state["used"] = UsedNames(attribute_names(theme_css))


def _start_output(config: MkDocsConfig, root: Path) -> None:
    """Take the lock and send the build to a staging folder (site.publishing)."""
    records = (root / CONSULTATIONS_FOLDER, root / DECISIONS_FOLDER)
    try:
        site_dir = check_site_dir(
            Path(config.site_dir), root=root, docs_dir=Path(config.docs_dir), record_folders=records
        )
        _state["output"] = start(site_dir, log.info)
    except PublishProblem as problem:
        raise Abort(f"The hub was not built: {problem}") from None
    _state["site_dir"] = site_dir
    config.site_dir = str(_state["output"].staging)

    def stop(signum: int, frame: Any) -> None:  # SIGTERM: end like Ctrl-C, so on_shutdown cleans up
        raise SystemExit(128 + signum)

    with contextlib.suppress(ValueError):  # only the main thread can set it
        _state["sigterm"] = signal.signal(signal.SIGTERM, stop)


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    plan: SitePlan = _state["plan"]
    metas: dict[str, dict[str, str]] = {}
    for page in plan.pages:
        meta = {"title": page.title, "template": page.template}
        head = plan.heads.get(page.src_uri)
        if head is not None and head.description:
            meta["description"] = head.description
        if head is not None and head.lastmod:
            meta["lastmod"] = head.lastmod
        if page.src_uri in plan.unlisted:  # a version to print: not in the sitemap (overrides/sitemap.xml)
            meta["unlisted"] = "yes"
        metas[page.src_uri] = meta  # given to the page in on_page_markdown: nothing to write out and parse back
        files.append(File.generated(config, page.src_uri, content=""))
    _state["metas"] = metas
    for record_file in plan.files:
        files.append(File.generated(config, record_file.site_path, abs_src_path=str(record_file.source)))
    for generated in plan.generated:
        files.append(File.generated(config, generated.site_path, content=generated.content))
    _state["languages"].learn(file.url for file in files)  # which address is in which language (site.languages)
    return files


def on_env(env: Any, config: MkDocsConfig, files: Files, **_: Any) -> Any:
    env.autoescape = hub_autoescape
    env.globals.update(TEMPLATE_GLOBALS)
    as_is = env.filters["url"]

    @pass_context
    def url_in_language(context: Any, value: str) -> str:
        """A link from a Welsh page leads to the Welsh twin of its target, when the site has one."""
        return str(as_is(context, site_path_in_language(context, value) if isinstance(value, str) else value))

    env.filters["url"] = url_in_language
    env.filters["in_language"] = site_path_in_language
    env.filters["url_as_is"] = as_is  # the language switch and hreflang links: to the other language on purpose
    return env


@pass_context
def site_path_in_language(context: Any, value: str) -> str:
    """A site path (like a navigation item's) as the page's language has it: "cy/consultations/" on a Welsh page."""
    page = context.get("page")
    languages: SiteLanguages | None = _state.get("languages")
    if page is None or languages is None:
        return value
    return languages.in_language(value, languages.language_of(page.url))


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: Any) -> str:
    meta = _state["metas"].get(page.file.src_uri)
    if meta is not None:  # a page of the plan: its title, template and description
        page.meta.update(meta)
    languages: SiteLanguages = _state["languages"]
    if languages.same_page_in_english(page.file.src_uri) == STATEMENT:  # and its Welsh twin, filled in Welsh
        with speaking(languages.language_of(page.url)):
            return fill_statement(markdown, _state["hub"].settings)
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files, **_: Any) -> str:
    """Hand-written pages are sanitised like officers' text: no script reaches the site from content."""
    return str(sanitise_page(html))


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any, **_: Any) -> dict[str, Any]:
    plan: SitePlan = _state["plan"]
    languages: SiteLanguages = _state["languages"]
    language = languages.language_of(page.url)
    speak(language)  # the page's model and template say everything in its language (until on_post_page)
    model = plan.models.get(page.file.src_uri)
    if model is not None:
        context["model"] = model()
    context["head"] = plan.heads.get(page.file.src_uri)
    context["site_alternates"] = languages.site_alternates.get(language, plan.alternates)
    context["language_versions"] = languages.alternates(page.url)
    context["home_page"] = languages.same_page_in_english(page.file.src_uri) == HOME  # the Welsh one too
    context["search_facts"] = plan.search_facts(page.file.src_uri, context.get("model"))
    context["postcode_finder"] = plan.finders.get(page.file.src_uri)
    ward_map = plan.maps.get(page.file.src_uri)
    context["ward_map"] = ward_map() if ward_map is not None else None
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig, **_: Any) -> str:
    speak(ENGLISH)  # what is made between pages (the 404 page, the sitemap) is English, as before
    _state["used"].add_page(output)
    return output


def on_serve(server: Any, config: MkDocsConfig, builder: Any, **_: Any) -> Any:
    root: Path = _state["root"]
    for folder in (CONSULTATIONS_FOLDER, DECISIONS_FOLDER):
        if (root / folder).is_dir():
            server.watch(str(root / folder))
    for data_file in (POSTCODES, WARD_BOUNDARIES):
        if (root / data_file).is_file():
            server.watch(str(root / data_file))
    return server


def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    use_cache(None)  # write what this build worked out, for the next one
    output = _state.get("output")
    if output is None:  # `mkdocs serve`: index its temporary folder, so the preview's search works
        _trim(Path(config.site_dir))
        _index(Path(config.site_dir))
        return
    counted = [h for h in logging.getLogger("mkdocs").handlers if isinstance(h, CountHandler) and h.get_counts()]
    if config.strict and counted:  # MkDocs fails this build right after this event: publish nothing
        finish(_state.pop("output"), log.info)
        return
    _trim(output.staging)
    _index(output.staging)  # before publishing: a failed index publishes nothing (on_build_error cleans up)
    try:
        publish(output, log.info)
    except PublishProblem as problem:
        raise Abort(f"The hub was not published: {problem}") from None
    finally:
        _state.pop("output", None)
    config.site_dir = str(_state["site_dir"])  # the published site, for `mkdocs gh-deploy`
    log.info(_peak_memory())


def _peak_memory() -> str:
    """The build's own peak memory and its search indexer's, for the web team's log (and tests/benchmark.py)."""
    try:
        import resource  # Unix only: an officer previewing on Windows still builds
    except ImportError:
        return "Peak memory: not known on this system"
    own, indexer = (resource.getrusage(w).ru_maxrss / 1024 for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return f"Peak memory: {own:.0f} MB for the build, {indexer:.0f} MB for the search index (Pagefind)"


def _trim(folder: Path) -> None:
    saved = trim_theme_files(folder, _state["used"], "assets/hub.css")
    log.debug(f"the theme's unused styles and scripts left out: {saved:,} bytes")


def _index(folder: Path) -> None:
    if _state["plan"].search_url:
        try:
            index_site(folder, log.info)
        except SearchProblem as problem:
            raise Abort(f"The hub was not published because its search index could not be made: {problem}") from None


def on_build_error(error: Exception, **_: Any) -> None:
    use_cache(None)
    if "output" in _state:
        finish(_state.pop("output"), log.info)


def on_shutdown(**_: Any) -> None:
    if "output" in _state:  # stopped by Ctrl-C or SIGTERM, which skip on_build_error
        finish(_state.pop("output"), log.info)
    if "sigterm" in _state:
        signal.signal(signal.SIGTERM, _state.pop("sigterm"))
