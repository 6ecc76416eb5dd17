"""The MkDocs adapter: wires MkDocs events to the hub's records and views.

This is the only file that imports MkDocs. Moving to another engine means
rewriting this file (and the templates), nothing else.

on_startup   remember whether this is a build or `mkdocs serve`
on_config    check every record (stop with all problems if any are wrong),
             build the page models, send the build to a staging folder
on_files     add a page per consultation, decision notice, status list, ward
             and topic, and the documents each record names and its event calendars
on_env       autoescape the hub's own templates
on_page_markdown fill the accessibility statement from the council's settings
on_page_context  give each page its already-decided page model
on_post_build    publish the staging folder in one step
on_build_error   throw the staging folder away
"""
from __future__ import annotations

import logging
from pathlib import Path

import yaml
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

from haveyoursay.accessibility import fill_statement
from haveyoursay.calendars import event_calendar, event_file_name
from haveyoursay.checker import check_hub
from haveyoursay.decision_views import DecisionViews
from haveyoursay.london import WhenProblem, now_in_london
from haveyoursay.publish import discard, publish, start_staging
from haveyoursay.views import INDEX_PATHS, HubViews, index_of

log = logging.getLogger("mkdocs.hooks.hub")
_state: dict = {}


def on_startup(command, dirty=False, **_):
    _state["command"] = command


def on_config(config, **_):
    root = Path(config.config_file_path).resolve().parent
    try:
        now = now_in_london()
    except WhenProblem as problem:
        raise Abort(f"{problem.problem} ({problem.hint})")
    hub = check_hub(root, now)
    for warning in hub.problems.warnings:
        log.info(str(warning))
    if hub.problems.errors:
        raise Abort("The hub was not built because some records have problems:\n" + hub.problems.report())
    if not config.site_url:
        config.site_url = hub.settings.base_url
    config.extra["council"] = hub.settings
    _state.update(root=root, hub=hub, now=now, views=HubViews(hub, now), pages={},
                  decision_views=DecisionViews(hub.decisions, hub.settings, now, hub.consultations))
    if _state.get("command", "build") == "build":
        _state["site_dir"] = Path(config.site_dir).resolve()
        _state["staging"] = start_staging(_state["site_dir"])
        config.site_dir = str(_state["staging"])
    return config


def _page(config, files, src_uri: str, title: str, template: str, model) -> None:
    front = yaml.safe_dump({"title": title, "template": template}, allow_unicode=True, sort_keys=False)
    files.append(File.generated(config, src_uri, content=f"---\n{front}---\n"))
    _state["pages"][src_uri] = model


def on_files(files, config, **_):
    views: HubViews = _state["views"]
    # Decision notices are records, not hand-written pages: the hub publishes them itself.
    for file in [f for f in files if f.src_uri.startswith("decisions/") and f.src_uri.endswith(".md")]:
        files.remove(file)
    for src_uri, title, template, model in _state["decision_views"].pages():
        _page(config, files, src_uri, title, template, model)
    for consultation in views.hub.consultations:
        _page(config, files, f"{consultation.url}index.md", consultation.title, "consultation.html",
              lambda c=consultation: views.consultation_page(c))
        for name in consultation.published_files:
            files.append(File(f"{consultation.url}{name}", src_dir=str(_state["root"]),
                              dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls))
        for index in range(len(consultation.events)):
            files.append(File.generated(config, consultation.url + event_file_name(index),
                                        content=event_calendar(consultation, index, config.site_url, _state["now"])))
    for url, page in views.status_lists().items():
        _page(config, files, f"{url}index.md", page.title, "list.html", lambda p=page: p)
    _page(config, files, "consultations/index.md", "Consultations", "index-of.html", views.consultations_index)
    archive = views.archive_pages()
    for kind, pages, names in (("wards", views.ward_pages(), views.settings.wards),
                               ("topics", views.topic_pages(), views.settings.topics),
                               ("archive", archive, list(archive))):
        folder = INDEX_PATHS[kind]
        for slug, page in pages.items():
            _page(config, files, f"{folder}{slug}/index.md", page.title, "list.html", lambda p=page: p)
        index = index_of(kind, names, pages)
        _page(config, files, f"{folder}index.md", index.title, "index-of.html", lambda i=index: i)
    return files


HUB_TEMPLATES = {"main.html", "consultation.html", "list.html", "home.html", "index-of.html",
                 "decision.html", "decisions-list.html"}


def on_env(env, config, files, **_):
    # The hub's own templates escape everything by default; Material's own do not expect it.
    env.autoescape = lambda name: bool(name) and (name in HUB_TEMPLATES or name.startswith("partials/hub/"))
    return env


def on_page_markdown(markdown, page, config, files, **_):
    if page.file.src_uri == "accessibility.md":
        return fill_statement(markdown, _state["hub"].settings)
    return markdown


def on_page_context(context, page, config, nav, **_):
    model = _state["pages"].get(page.file.src_uri)
    if model is not None:
        context["hub"] = model()
        if page.meta.get("template") == "consultation.html":
            context["decisions"] = _state["decision_views"].for_consultation(context["hub"].slug)
    elif page.meta.get("template") == "home.html":
        context["hub"] = _state["views"].home()
    return context


def on_post_build(config, **_):
    if "staging" in _state:
        publish(_state.pop("staging"), _state["site_dir"])


def on_build_error(error, **_):
    if "staging" in _state:
        discard(_state.pop("staging"))
