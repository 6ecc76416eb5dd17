"""Find consultations near you, in a real browser: with JavaScript a postcode goes straight to its ward's
page, or an error is announced and focus goes back to the postcode; without JavaScript the form leads,
link by link, to the same ward page.

The page-wide checks (axe, no JavaScript, 320px, no other host) already run on every page of the demo,
the home page and the list of wards included; these tests type postcodes. Only the hub's own script runs
here: postcode-finder.js, from the same site.
"""

from __future__ import annotations

import pytest

import browser

HOME_WEIGHT_BUDGET = 60 * 1000  # the consultation page's budget, gzipped (test_site_accessibility.py)
ERROR = "#hub-postcode-error"


def _find(page, site, path: str, postcode: str, submit: str = "Enter") -> None:
    browser.goto(page, site.url(path))
    page.fill("#hub-postcode", postcode)
    if submit == "Enter":
        page.press("#hub-postcode", "Enter")
    else:
        page.click(".hub-postcode button[type=submit]")


def _error(page) -> str:
    page.wait_for_function(f"() => document.querySelector('{ERROR}').textContent.trim() !== ''")
    return browser.normalise_space(page.inner_text(ERROR))


@pytest.mark.parametrize(
    "path, postcode, ward",
    [
        ("/", "nb1 1aa", "castle"),  # the Town Hall, typed in lower case
        ("/", "NB11AB", "castle"),
        ("/wards/", "NB10 2AB", "abbey"),  # NB10 is not NB1
        ("/wards/", " nb3  2an ", "kingsmead"),
    ],
)
def test_a_postcode_goes_straight_to_its_wards_page(served_site, new_browser_context, path, postcode, ward):
    context = new_browser_context()
    network = browser.NetworkRecorder(context)
    page = context.new_page()
    browser.goto(page, served_site.url(path))
    network.wait_quiet(page)
    network.clear()
    page.fill("#hub-postcode", postcode)
    with page.expect_navigation():
        page.press("#hub-postcode", "Enter")
    assert page.url == served_site.url(f"/wards/{ward}/")
    assert page.inner_text("h1").startswith("Consultations in ")
    outward = postcode.split()[0].upper() if " " in postcode.strip() else postcode.strip()[:-3].upper()
    lookups = [url for url in network.urls if url.endswith(".json")]
    assert lookups == [served_site.url(f"/postcodes/{outward}.json")], "one small lookup, from the same site"
    assert all(served_site.is_local(url) for url in network.urls)


@pytest.mark.parametrize(
    "postcode, message, link",
    [
        (
            "NB1 9ZZ",
            "Error: We cannot find NB1 9ZZ in our list of postcodes. Check your postcode. "
            "See every postcode starting NB1",
            "/postcodes/nb1/",
        ),
        (
            "sw1a 1aa",
            "Error: SW1A 1AA is not in Northbrook Borough Council's area. Check your postcode. "
            "Choose your ward from the list of wards",
            "/wards/",
        ),
        ("castle", "Error: Enter a full postcode, like NB1 1AA.", None),
        ("", "Error: Enter your postcode.", None),
    ],
)
def test_a_postcode_that_cannot_be_found_gives_an_announced_error_and_focus_returns(
    served_site, new_browser_context, postcode, message, link
):
    page = new_browser_context().new_page()
    _find(page, served_site, "/", postcode, submit="click")  # the button has focus: it must come back
    assert _error(page) == message
    error = page.locator(ERROR)
    assert error.get_attribute("aria-live") == "assertive"
    assert page.evaluate("() => document.activeElement.id") == "hub-postcode"
    field = page.locator("#hub-postcode")
    assert field.get_attribute("aria-invalid") == "true"
    assert "hub-postcode-error" in field.get_attribute("aria-describedby").split()
    assert "hub-postcode-hint" in field.get_attribute("aria-describedby").split()
    assert page.url == served_site.url("/"), "the page stays, with the error"
    if link:
        href = page.locator(f"{ERROR} a").evaluate("a => a.href")
        assert href == served_site.url(link)
    violations = browser.run_axe(page)
    assert not violations, browser.format_violations(violations)


def test_the_same_error_twice_is_announced_again(served_site, new_browser_context):
    """Submitting the same wrong postcode again empties the message and writes it anew, so it is read again."""
    page = new_browser_context().new_page()
    _find(page, served_site, "/wards/", "NB1 9ZZ")
    first = _error(page)
    page.evaluate(
        """() => { window.hubChanges = 0;
                   new MutationObserver(() => window.hubChanges++)
                     .observe(document.querySelector('#hub-postcode-error'), {childList: true}); }"""
    )
    page.press("#hub-postcode", "Enter")
    page.wait_for_function("() => window.hubChanges >= 2")
    assert _error(page) == first


def test_without_javascript_the_form_leads_to_the_ward_page_by_links(served_site, new_browser_context):
    page = new_browser_context(java_script_enabled=False).new_page()
    browser.goto(page, served_site.url("/"))
    page.fill("#hub-postcode", "NB1 1AA")
    with page.expect_navigation():
        page.press("#hub-postcode", "Enter")
    assert page.url.startswith(served_site.url("/postcodes/"))
    assert page.inner_text("h1") == "Choose the first part of your postcode"
    with page.expect_navigation():
        page.get_by_role("link", name="NB1", exact=True).click()
    assert page.url == served_site.url("/postcodes/nb1/")
    row = page.locator("table.hub-postcodes tr", has=page.get_by_role("rowheader", name="NB1 1AA"))
    with page.expect_navigation():
        row.get_by_role("link").click()
    assert page.url == served_site.url("/wards/castle/")
    assert page.inner_text("h1") == "Consultations in Castle ward"


def test_without_javascript_nothing_of_the_finder_is_hidden_or_waiting(served_site, new_browser_context):
    page = new_browser_context(java_script_enabled=False).new_page()
    for path in ("/", "/wards/"):
        browser.goto(page, served_site.url(path))
        assert page.locator(ERROR).inner_text() == ""
        assert page.locator(".hub-postcode form").is_visible()


def test_home_page_first_view_with_the_finder_is_well_under_budget(served_site, new_browser_context, record_property):
    """The home page (HTML, CSS, the finder's script) gzipped, as test_site_accessibility.py weighs a
    consultation page; the lookup is fetched only when a postcode is looked up, and is small too."""
    context = new_browser_context()
    network = browser.NetworkRecorder(context)
    page = context.new_page()
    browser.goto(page, served_site.url("/"))
    network.wait_quiet(page)
    sizes = {}
    for url in dict.fromkeys(network.urls):
        file = browser.file_for_url_path(served_site.root, url)
        assert file is not None, f"{url} is not a file of the site"
        sizes[file.relative_to(served_site.root.resolve()).as_posix()] = browser.transfer_size(file)[1]
    total = sum(sizes.values())
    print(f"home page first view: {total:,} bytes gzipped: {sizes}")
    record_property("home_first_view_gzip_bytes", total)
    assert "assets/postcode-finder.js" in sizes and sizes["assets/postcode-finder.js"] < 2_000
    assert total < HOME_WEIGHT_BUDGET * 0.75, sizes
    lookup = browser.transfer_size(served_site.root / "postcodes" / "NB1.json")[1]
    assert sizes["assets/postcode-finder.js"] + lookup < 3_000
