"""Helpers for the real-browser tests: a local static file server, the system
Chromium driven by Playwright, axe-core, and small in-page probes.

Nothing here talks to the network: the site is served on 127.0.0.1 and
Chromium is started with every host other than 127.0.0.1 unresolvable, so a
page that tries to load something from elsewhere fails fast instead of
leaking a request (the tests still see and report the attempt).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import re
import threading
import time
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

from hub_testing import DEMO_NOW

HERE = Path(__file__).resolve().parent

CHROMIUM = "/usr/bin/chromium"
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
    # Belt and braces for "nothing leaves the machine": any host but the
    # local test server fails to resolve, so stray requests fail at once.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

# Top-level folders of the built site that hold no pages of their own.
NON_PAGE_DIRS = {"assets", "pagefind"}

DESKTOP = {"width": 1280, "height": 800}
NARROW = {"width": 320, "height": 640}

DEFAULT_TIMEOUT_MS = 15_000


# --------------------------------------------------------------------------
# What the suite needs on this machine
# --------------------------------------------------------------------------


def in_ci() -> bool:
    """True when the CI environment variable is set to something truthy."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing_requirements() -> list[str]:
    """Human-readable list of what is missing to run the browser tests."""
    missing = []
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        missing.append(f"{CHROMIUM} (Debian package 'chromium')")
    if not AXE_JS.is_file():
        missing.append(f"{AXE_JS.relative_to(HERE.parent.parent)} (npm ci --prefix tests/browser)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the Python package 'playwright'")
    return missing


# --------------------------------------------------------------------------
# Pages of a built site
# --------------------------------------------------------------------------


def all_pages(site_dir: Path) -> list[str]:
    """URL paths of every HTML page in a built site, home page first.

    ``index.html`` files become their directory URL (``/consultations/x/``),
    other HTML files (``404.html``) keep their name. Files under ``assets/``
    and ``pagefind/`` are not pages.
    """
    site_dir = Path(site_dir)
    pages = []
    for path in site_dir.rglob("*.html"):
        rel = PurePosixPath(path.relative_to(site_dir).as_posix())
        if rel.parts[0] in NON_PAGE_DIRS:
            continue
        if rel.name == "index.html":
            parent = rel.parent.as_posix()
            url = "/" if parent == "." else f"/{parent}/"
        else:
            url = f"/{rel.as_posix()}"
        pages.append(url)
    return sorted(pages, key=lambda u: (u != "/", u))


def file_for_url_path(site_dir: Path, url_path: str) -> Path | None:
    """The file on disk that the static server sends for a URL path, if any."""
    rel = urllib.parse.unquote(urllib.parse.urlsplit(url_path).path).lstrip("/")
    candidate = (Path(site_dir) / rel).resolve()
    root = Path(site_dir).resolve()
    if candidate != root and root not in candidate.parents:
        return None
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


# --------------------------------------------------------------------------
# Static file server
# --------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        "": "application/octet-stream",
        ".html": "text/html; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".js": "text/javascript; charset=utf-8",
        ".mjs": "text/javascript; charset=utf-8",
        ".json": "application/json",
        ".map": "application/json",
        ".svg": "image/svg+xml",
        ".xml": "application/xml",
        ".txt": "text/plain; charset=utf-8",
        ".webmanifest": "application/manifest+json",
        ".ico": "image/x-icon",
        ".png": "image/png",
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".gif": "image/gif",
        ".webp": "image/webp",
        ".avif": "image/avif",
        ".woff": "font/woff",
        ".woff2": "font/woff2",
        ".ttf": "font/ttf",
        ".otf": "font/otf",
        ".pdf": "application/pdf",
        ".wasm": "application/wasm",
        ".pf_meta": "application/octet-stream",
        ".pf_index": "application/octet-stream",
        ".pf_fragment": "application/octet-stream",
        ".pagefind": "application/octet-stream",
    }

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        # Every test load sees the files as they are now on disk.
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Like a static host: a missing file gets the site's own 404 page.
        not_found_page = Path(self.directory) / "404.html"
        if code == 404 and self.command == "GET" and not_found_page.is_file():
            body = not_found_page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Chromium drops keep-alive connections at will; that is not an error.
        pass


@dataclass
class StaticSite:
    """A directory served over HTTP on 127.0.0.1 at a free port."""

    root: Path
    host: str = "127.0.0.1"
    port: int = 0
    _server: _QuietServer | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def start(self) -> StaticSite:
        handler = functools.partial(_QuietHandler, directory=str(self.root))
        self._server = _QuietServer((self.host, 0), handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name=f"static-site:{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def is_local(self, url: str) -> bool:
        """True for URLs served by this server (or data:/blob: URLs)."""
        parts = urllib.parse.urlsplit(url)
        if parts.scheme in ("data", "blob"):
            return True
        return parts.scheme in ("http", "https") and parts.hostname == self.host


# --------------------------------------------------------------------------
# Chromium
# --------------------------------------------------------------------------


def launch_chromium(playwright: Any) -> Any:
    """Start the system Chromium headless.

    ``launch`` (rather than ``launch_persistent_context``) gives a fresh
    temporary profile that Playwright deletes on close, and lets each test
    open its own contexts (JavaScript off, narrow viewport, print...).
    """
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        timeout=60_000,
    )


SITE_BUILT_AT = datetime.fromisoformat(DEMO_NOW).replace(tzinfo=ZoneInfo("Europe/London"))
"""When the demo site is built (tests/hub_testing.py), so the browser's clock can start there."""


def new_context(browser: Any, **options: Any) -> Any:
    """A browser context with the suite's defaults (desktop viewport)."""
    opts: dict[str, Any] = {
        "viewport": DESKTOP,
        "service_workers": "block",
        # Lets axe be injected even if the site sets a Content-Security-Policy.
        "bypass_csp": True,
        "locale": "en-GB",
    }
    opts.update(options)
    context = browser.new_context(**opts)
    # Read the demo as if just after its build (HUB_NOW), not on today's date: otherwise a page
    # built while a consultation was open would show its stale-page notice once that date passes.
    context.clock.set_system_time(SITE_BUILT_AT)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    context.set_default_navigation_timeout(DEFAULT_TIMEOUT_MS)
    return context


def goto(page: Any, url: str, wait_until: str = "load") -> Any:
    """Load a page; a 4xx/5xx answer is an error unless it is the 404 page."""
    response = page.goto(url, wait_until=wait_until)
    if response is not None and response.status >= 400 and not url.endswith("/404.html"):
        raise AssertionError(f"HTTP {response.status} for {url}")
    return response


class NetworkRecorder:
    """Records every request a browser context makes (pages and workers) and
    can wait until the network has gone quiet after a page load.

    Cheaper than Playwright's "networkidle" (500 ms of silence per page) and
    catches requests that scripts start after the load event.
    """

    def __init__(self, context: Any) -> None:
        self.urls: list[str] = []
        self._inflight = 0
        self._last_change = time.monotonic()
        context.on("request", self._started)
        context.on("requestfinished", self._ended)
        context.on("requestfailed", self._ended)

    def _started(self, request: Any) -> None:
        self.urls.append(request.url)
        self._inflight += 1
        self._last_change = time.monotonic()

    def _ended(self, request: Any) -> None:
        self._inflight = max(0, self._inflight - 1)
        self._last_change = time.monotonic()

    def clear(self) -> None:
        self.urls = []

    def wait_quiet(self, page: Any, quiet_ms: int = 150, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        """Return once nothing has been in flight for ``quiet_ms``."""
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            idle_for = time.monotonic() - self._last_change
            if self._inflight == 0 and idle_for * 1000 >= quiet_ms:
                return
            page.wait_for_timeout(50)  # lets Playwright deliver the events
        raise TimeoutError(f"network still busy after {timeout_ms} ms ({self._inflight} requests in flight)")


# --------------------------------------------------------------------------
# axe-core
# --------------------------------------------------------------------------

_AXE_RUN = """
async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
  return result.violations.map(v => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map(n => ({
      target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)),
      html: n.html,
      failureSummary: n.failureSummary || '',
    })),
  }));
}
"""


def run_axe(page: Any, tags: Iterable[str] = AXE_TAGS) -> list[dict]:
    """Run axe-core (from tests/browser/node_modules) on the loaded page and
    return its violations as plain dicts: id, impact, help, helpUrl, nodes
    (each with target selectors, html and failureSummary)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(_AXE_RUN, list(tags))


def format_violations(violations: list[dict], max_nodes: int = 8) -> str:
    """Readable multi-line text for axe violations, for assertion messages."""
    lines = []
    for v in violations:
        lines.append(f"  [{v.get('impact') or 'unknown'}] {v['id']}: {v['help']}")
        lines.append(f"      {v.get('helpUrl', '')}")
        for node in v["nodes"][:max_nodes]:
            lines.append(f"      - target: {', '.join(node['target'])}")
            if node.get("html"):
                lines.append(f"        html:   {_shorten(node['html'], 160)}")
            for summary_line in node.get("failureSummary", "").splitlines():
                if summary_line.strip():
                    lines.append(f"        {summary_line.strip()}")
        if len(v["nodes"]) > max_nodes:
            lines.append(f"      ... and {len(v['nodes']) - max_nodes} more element(s)")
    return "\n".join(lines)


def _shorten(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


# --------------------------------------------------------------------------
# In-page probes (each returns plain data for the tests to judge)
# --------------------------------------------------------------------------

# Shared JS: a short CSS path for reports, and "is it rendered at all?".
_JS_LIB = r"""
const cssPath = (el) => {
  if (!(el instanceof Element)) return String(el);
  const parts = [];
  const stop = (e) => !e || e.nodeType !== 1 || parts.length >= 4 ||
    e === document.body || e === document.documentElement;
  for (let e = el; !stop(e); e = e.parentElement) {
    let part = e.localName;
    if (e.id) { parts.unshift(part + '#' + CSS.escape(e.id)); break; }
    const classes = [...e.classList].filter(c => c !== 'focus-visible').slice(0, 2)
      .map(c => '.' + CSS.escape(c)).join('');
    part += classes;
    const parent = e.parentElement;
    if (parent) {
      const same = [...parent.children].filter(c => c.localName === e.localName);
      if (same.length > 1) part += `:nth-of-type(${same.indexOf(e) + 1})`;
    }
    parts.unshift(part);
  }
  return parts.join(' > ') || el.localName;
};
// Jump CSS transitions/animations on el (and its subtree) to their end state,
// so styles are read as a person sees them once the focus effect has played.
const finishTransitions = (el) => {
  getComputedStyle(el).outlineStyle;  // flush style so pending transitions start
  for (const a of el.getAnimations({subtree: true})) {
    try { a.finish(); } catch (e) { /* infinite animation: leave it running */ }
  }
};
const rendered = (el) => el.checkVisibility({visibilityProperty: true}) &&
  el.getClientRects().length > 0;
"""


def enhancement_texts(page: Any) -> list[str]:
    """The visible text of each outermost ``data-enhancement`` element in <main> (a part shown only
    where a script runs, like the search box): what a page shows with JavaScript and not without."""
    return page.evaluate(
        """() => [...document.querySelectorAll('main [data-enhancement]')]
            .filter(el => !el.parentElement.closest('[data-enhancement]'))
            .map(el => el.innerText)"""
    )


def _probe(body: str) -> str:
    return "(arg) => {" + _JS_LIB + body + "}"


def source_text(html: str) -> str | None:
    """Every character of text the page's HTML puts in its first <main>, whitespace removed.

    Read from the HTML itself (not from a browser), so it is what the page
    holds whether or not any script runs. Elements marked
    ``data-enhancement`` (shown only by a script, such as a notice that the
    page is out of date) and scripts themselves are left out, and so are a
    picture's ``<title>`` and ``<desc>`` (an SVG map's name and description for
    screen readers, never drawn as text; its words are beside it).
    """
    from selectolax.lexbor import LexborHTMLParser

    main = LexborHTMLParser(html).css_first("main")
    if main is None:
        return None
    for node in main.css("script, template, [data-enhancement], svg title, svg desc"):
        node.decompose()
    return "".join(main.text(separator=" ").split())


def squeezed(text: str | None) -> str | None:
    """Text with all whitespace removed, to compare what is shown regardless of line breaks."""
    return None if text is None else "".join(text.split())


def main_text(page: Any) -> str | None:
    """Whitespace-normalised visible text of the first <main>, None if absent."""
    main = page.locator("main")
    if main.count() == 0:
        return None
    return normalise_space(main.first.inner_text())


_OVERFLOW = _probe(r"""
  const limit = arg + 1;
  const doc = document.documentElement;
  const sticksOut = (el) => {
    const r = el.getBoundingClientRect();
    return (r.width > 0 || r.height > 0) && r.right > limit;
  };
  // An ancestor (below <body>) that clips horizontally and itself fits hides the overflow.
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= limit) return true;
    }
    return false;
  };
  const offenders = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!sticksOut(el) || clipped(el)) continue;
    // Report the innermost offenders: skip an element if a child sticks out too.
    if ([...el.children].some(c => sticksOut(c) && !clipped(c))) continue;
    const r = el.getBoundingClientRect();
    let note = '';
    let opacity = 1;
    for (let e = el; e; e = e.parentElement) opacity *= parseFloat(getComputedStyle(e).opacity);
    if (opacity === 0 || getComputedStyle(el).visibility === 'hidden') note = ' [invisible, but still widens the page]';
    offenders.push(`${cssPath(el)} (right edge at ${Math.round(r.right)}px)${note}`);
  }
  return {
    scrollWidth: doc.scrollWidth,
    clientWidth: doc.clientWidth,
    rootOverflowX: getComputedStyle(doc).overflowX,
    offenders: offenders.slice(0, 6),
  };
""")


def horizontal_overflow(page: Any, width: int) -> dict:
    """scrollWidth of the document and up to 6 elements sticking out past ``width``."""
    return page.evaluate(_OVERFLOW, width)


_ACTIVE_ELEMENT = _probe(r"""
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  finishTransitions(el);
  const href = el.getAttribute('href');
  let target = null;
  if (href && href.startsWith('#') && href.length > 1) {
    const id = decodeURIComponent(href.slice(1));
    target = document.getElementById(id) || document.getElementsByName(id)[0] || null;
  }
  const r = el.getBoundingClientRect();
  let opacity = 1;
  for (let e = el; e; e = e.parentElement) opacity *= parseFloat(getComputedStyle(e).opacity);
  const cs = getComputedStyle(el);
  const inViewport = r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
  const clipped = (cs.clip && cs.clip !== 'auto' && /rect\(0(px)?,? 0(px)?/.test(cs.clip)) ||
    /inset\(50%\)/.test(cs.clipPath);
  return {
    selector: cssPath(el),
    tag: el.localName,
    text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 60),
    href,
    targetExists: !!target,
    targetSelector: target ? cssPath(target) : null,
    visible: rendered(el) && r.width >= 2 && r.height >= 2 && inViewport && opacity > 0.1 && !clipped,
    box: [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)],
    opacity,
  };
""")


def focused_element(page: Any) -> dict | None:
    """Facts about document.activeElement once its transitions have finished:
    selector, href, whether the #fragment target exists, whether it is
    actually visible (size, in viewport, opacity, not clipped)."""
    return page.evaluate(_ACTIVE_ELEMENT)


_FOCUS_STYLES = _probe(r"""
  const limit = arg;
  const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, ' +
    'summary, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';
  // Elements styled alike share focus styles: test one per look, so the cap
  // of `limit` covers as many distinct controls as possible.
  const signature = (el) => {
    const bits = [];
    for (let e = el, i = 0; e && i < 4; e = e.parentElement, i++)
      bits.push(e.localName + '.' + [...e.classList].sort().join('.') + (e.type ? '[' + e.type + ']' : ''));
    return bits.join('<');
  };
  const seen = new Set();
  const candidates = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.disabled || !rendered(el)) continue;
    const sig = signature(el);
    if (seen.has(sig)) continue;
    seen.add(sig);
    candidates.push(el);
    if (candidates.length >= limit) break;
  }
  const props = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow'];
  const snap = (el) => {
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map(p => [p, cs.getPropertyValue(p)]));
  };
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  const before = candidates.map(snap);
  const results = [];
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i];
    el.focus({preventScroll: true});
    if (document.activeElement !== el) continue;   // not focusable after all
    finishTransitions(el);
    results.push({
      selector: cssPath(el),
      text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 50),
      focusVisible: el.matches(':focus-visible'),
      before: before[i],
      after: snap(el),
    });
  }
  if (document.activeElement) document.activeElement.blur();
  return results;
""")


def focus_styles(page: Any, limit: int = 40) -> list[dict]:
    """For up to ``limit`` differently-styled links and form controls: computed
    outline/box-shadow before and while focused (after transitions end)."""
    return page.evaluate(_FOCUS_STYLES, limit)


def _alpha(color: str) -> float:
    if color.strip() == "transparent":
        return 0.0
    m = re.match(r"rgba?\(([^)]*)\)", color.strip())
    if not m:
        return 1.0
    parts = re.split(r"[\s,/]+", m.group(1).strip())
    if len(parts) >= 4:
        a = parts[3]
        return float(a[:-1]) / 100 if a.endswith("%") else float(a)
    return 1.0


def _px(value: str) -> float:
    m = re.match(r"\s*([\d.]+)px", value or "")
    return float(m.group(1)) if m else 0.0


def focus_indicator_problem(style: dict) -> str | None:
    """None if focusing changed the element visibly (an outline that shows,
    or a box-shadow), else a short description of what was seen."""
    before, after = style["before"], style["after"]
    outline_shows = (
        after["outline-style"] not in ("none", "hidden")
        and _px(after["outline-width"]) > 0
        and _alpha(after["outline-color"]) > 0
    )
    outline_changed = any(
        before[p] != after[p] for p in ("outline-style", "outline-width", "outline-color", "outline-offset")
    )
    shadow_changed = after["box-shadow"] != before["box-shadow"] and after["box-shadow"] != "none"
    if (outline_shows and outline_changed) or shadow_changed:
        return None
    return (
        f"no visible focus change (focused: outline {after['outline-style']} {after['outline-width']} "
        f"{after['outline-color']}, box-shadow {after['box-shadow']}; :focus-visible={style['focusVisible']})"
    )


_STRUCTURE = _probe(r"""
  const inSectioning = (el) => !!el.parentElement &&
    !!el.parentElement.closest('article, aside, main, nav, section, [role=article], [role=complementary], ' +
                               '[role=main], [role=navigation], [role=region]');
  const shown = (sel) => [...document.querySelectorAll(sel)]
    .filter(el => rendered(el) && !el.closest('[aria-hidden=true]'));
  const nameOf = (el) => {
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    const labelled = ids.map(id => document.getElementById(id)).filter(Boolean)
      .map(e => e.textContent.trim()).join(' ').trim();
    return labelled || (el.getAttribute('aria-label') || '').trim() || (el.getAttribute('title') || '').trim();
  };
  return {
    h1: shown('h1, [role=heading][aria-level="1"]').map(e => `${cssPath(e)} "${e.textContent.trim().slice(0, 60)}"`),
    main: shown('main, [role=main]').map(cssPath),
    banner: shown('header:not([role]), [role=banner]')
      .filter(e => e.getAttribute('role') === 'banner' || !inSectioning(e)).map(cssPath),
    contentinfo: shown('footer:not([role]), [role=contentinfo]')
      .filter(e => e.getAttribute('role') === 'contentinfo' || !inSectioning(e)).map(cssPath),
    nav: shown('nav:not([role]), [role=navigation]').map(e => ({selector: cssPath(e), name: nameOf(e)})),
  };
""")


def page_structure(page: Any) -> dict:
    """Rendered h1s and landmarks (main, banner, contentinfo, navigation with
    accessible names) of the loaded page."""
    return page.evaluate(_STRUCTURE)


_SITE_NAVIGATION = _probe(r"""
  // Site navigation: every nav landmark except breadcrumbs and navs that are
  // part of the page's own content (inside its <article>).
  const isBreadcrumb = (el) => /breadcrumb/i.test(
      (el.getAttribute('aria-label') || '') + ' ' + el.className + ' ' +
      (el.getAttribute('aria-labelledby') || '').split(/\s+/)
        .map(id => document.getElementById(id)?.textContent || '').join(' '))
    || el.classList.contains('md-path');
  return [...document.querySelectorAll('nav, [role=navigation]')]
    .filter(el => !el.parentElement?.closest('nav, [role=navigation]'))   // outermost only
    .filter(el => !el.closest('article, [role=article]') && !isBreadcrumb(el))
    .map(el => {
      const r = el.getBoundingClientRect();
      return {selector: cssPath(el), label: el.getAttribute('aria-label') || '',
              visible: rendered(el) && r.width > 0 && r.height > 0 &&
                       el.checkVisibility({opacityProperty: true, visibilityProperty: true})};
    });
""")


def site_navigation(page: Any) -> list[dict]:
    """Outermost site-navigation landmarks (not breadcrumbs, not inside the
    page's <article>) and whether each is visible as currently rendered."""
    return page.evaluate(_SITE_NAVIGATION)


_EXTERNAL_HINTS = r"""() => [...document.querySelectorAll(
    'link[rel~=preconnect], link[rel~=dns-prefetch], link[rel~=prefetch], ' +
    'link[rel~=preload], link[rel~=modulepreload]')]
  .map(l => l.href).filter(Boolean)"""


def resource_hints(page: Any) -> list[str]:
    """URLs of preconnect/dns-prefetch/prefetch/preload links: a preconnect
    opens a connection without any request event, so check these too."""
    return page.evaluate(_EXTERNAL_HINTS)


# --------------------------------------------------------------------------
# Page weight
# --------------------------------------------------------------------------

# Formats that are already compressed: a CDN sends them as they are.
ALREADY_COMPRESSED = {
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".avif",
    ".woff",
    ".woff2",
    ".pdf",
    ".zip",
    ".gz",
    ".br",
    ".mp3",
    ".mp4",
    ".webm",
    ".ogg",
}


def transfer_size(path: Path) -> tuple[int, int]:
    """(bytes on disk, bytes sent by a CDN gzipping text at level 6)."""
    data = path.read_bytes()
    if path.suffix.lower() in ALREADY_COMPRESSED:
        return len(data), len(data)
    return len(data), len(gzip.compress(data, compresslevel=6, mtime=0))
