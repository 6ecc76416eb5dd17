/* Have your say: search, on the search page only, as progressive enhancement.

   Without this script the search page says that search needs JavaScript and links to the
   lists. With it, the form held in <template id="hub-search-form"> is put in place and the
   Pagefind index that every build makes (pagefind/) is searched in the browser. Pagefind is
   loaded only once someone starts to use the form (or the page is opened with ?q=), so
   opening the page costs little. Everything loaded is the site's own: pagefind/pagefind.js,
   its worker, its WebAssembly and the index files it asks for. Every word residents read
   comes from the page (site/wording.py), in the page's language; results are written as text, never as HTML. */

const PAGE_SIZE = 10;
const WAIT_MS = 300;
const SITE = new URL("../", import.meta.url);

const mount = document.querySelector("[data-hub-search]");
const form = document.getElementById("hub-search-form");
if (mount && form) start(mount, form);

function start(mount, form) {
  mount.append(form.content.cloneNode(true));
  const ui = mount.querySelector(".hub-search");
  const fields = ui.querySelector("form");
  const words = fields.elements.q;
  const order = fields.elements.sort;
  const status = ui.querySelector("[role=status]");
  const list = ui.querySelector(".hub-search__results");
  const more = ui.querySelector(".hub-search__more");
  const oneResult = ui.querySelector("template.hub-search__result");
  const fallback = document.querySelector("[data-hub-search-fallback]");
  if (fallback) fallback.hidden = true;

  let found = [];
  let latest = 0;
  let timer = 0;
  let pagefind = null;

  function load() {
    pagefind ||= import(new URL("pagefind/pagefind.js", SITE).href).then(async (module) => {
      await module.options({ baseUrl: SITE.pathname, excerptLength: 24 });
      module.init();
      return module;
    });
    pagefind.catch(() => {
      ui.remove();
      if (fallback) {
        fallback.textContent = ui.dataset.couldNotLoad;
        fallback.hidden = false;
      }
    });
    return pagefind;
  }

  // The page's language says how a number is written and which form of "{count} results" goes with it:
  // Welsh has a form for 2, 3 and 6 (data-results-two, -few, -many, from the page); English needs none.
  const language = document.documentElement.lang || "en-GB";
  const plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(language) : null;
  const forms = { two: ui.dataset.resultsTwo, few: ui.dataset.resultsFew, many: ui.dataset.resultsMany };
  const counted = (count) =>
    count === 0
      ? ui.dataset.noResults
      : count === 1
        ? ui.dataset.oneResult
        : ((plural && forms[plural.select(count)]) || ui.dataset.results).replace("{count}", count.toLocaleString(language));

  function chosenFilters() {
    const filters = {};
    for (const box of fields.querySelectorAll("input[type=checkbox]:checked")) {
      (filters[box.name] ||= { any: [] }).any.push(box.value);
    }
    return filters;
  }

  async function search() {
    const ticket = ++latest;
    const text = words.value.trim();
    const filters = chosenFilters();
    remember(text);
    if (!text && Object.keys(filters).length === 0) {
      found = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      return;
    }
    let module;
    try {
      module = await load();
    } catch {
      return;
    }
    const [key, direction] = order.value.split(":");
    const options = key ? { filters, sort: { [key]: direction } } : { filters };
    const answer = await module.search(text || null, options);
    if (ticket !== latest || !answer) return;
    found = answer.results;
    list.replaceChildren();
    await showMore(ticket);
    if (ticket === latest) status.textContent = counted(found.length);
  }

  async function showMore(ticket, moveFocus = false) {
    const from = list.children.length;
    const pages = await Promise.all(found.slice(from, from + PAGE_SIZE).map((result) => result.data()));
    if (ticket !== latest) return;
    list.append(...pages.map(result));
    more.hidden = list.children.length >= found.length;
    if (moveFocus) list.children[from]?.querySelector("a")?.focus();
  }

  function result(page) {
    const item = oneResult.content.firstElementChild.cloneNode(true);
    const meta = page.meta || {};
    const link = item.querySelector("a");
    link.href = page.url;
    link.textContent = meta.title || page.url;
    fill(item.querySelector("[data-kind]"), meta.kind);
    fill(item.querySelector("[data-status]"), meta.status);
    fill(item.querySelector("[data-date]"), meta.date);
    if (/^[a-z_]+$/.test(meta.state || "")) {
      item.classList.add(`hub-card--${meta.state}`);
      item.querySelector("[data-status]")?.classList.add(`hub-tag--${meta.state}`);
    }
    const facts = item.querySelector(".hub-card__meta");
    if (!meta.status && !meta.date) facts.remove();
    item.querySelector("[data-excerpt]").replaceChildren(...marked(page.excerpt || ""));
    return item;
  }

  function fill(element, text) {
    if (text) element.textContent = text;
    else element.remove();
  }

  // Pagefind's excerpt is text with <mark> around the words found: keep those, as text, and nothing else.
  function marked(excerpt) {
    const parsed = new DOMParser().parseFromString(excerpt, "text/html").body;
    return [...parsed.childNodes].map((node) => {
      if (node.nodeName !== "MARK") return document.createTextNode(node.textContent);
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    });
  }

  function remember(text) {
    const address = new URL(location.href);
    if (text) address.searchParams.set("q", text);
    else address.searchParams.delete("q");
    history.replaceState(null, "", address);
  }

  fields.addEventListener("focusin", load, { once: true });
  fields.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  words.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(search, WAIT_MS);
  });
  fields.addEventListener("change", (event) => {
    if (event.target !== words) search();
  });
  more.addEventListener("click", () => showMore(latest, true));

  const asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    words.value = asked;
    search();
  }
}
