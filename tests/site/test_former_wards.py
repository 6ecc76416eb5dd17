"""Wards a boundary review abolished: older records keep them, and each has its own page.

The demo's settings are given a former ward, Old Quay, and two of its past records are
moved into it (as if made before the review); the site is then planned as a build would.
"""

from __future__ import annotations

from dataclasses import replace

from haveyoursay.core.london import parse_when
from haveyoursay.site.pages import plan_site
from hub_testing import DEMO_NOW, demo_at

FORMER = "Old Quay"
NOW = parse_when(DEMO_NOW)[0]


def _hub_with_a_former_ward():
    demo = demo_at()
    settings = demo.hub.settings.model_copy(update={"former_wards": [FORMER]})
    consultations = [
        replace(c, record=c.record.model_copy(update={"wards": (*c.record.wards, FORMER)}))
        if c.slug == "st-annes-community-garden"
        else c
        for c in demo.hub.consultations
    ]
    decisions = [
        replace(n, record=n.record.model_copy(update={"wards": (FORMER,), "all_wards": False}))
        if n.reference == "NDC-2026-017"
        else n
        for n in demo.hub.decisions
    ]
    return replace(demo.hub, settings=settings, consultations=consultations, decisions=decisions), NOW


def test_a_former_ward_has_its_own_pages_listing_the_records_that_name_it():
    hub, now = _hub_with_a_former_ward()
    plan = plan_site(hub, now, hub.settings.base_url)
    consultations = plan.models["wards/old-quay/index.md"]()
    assert consultations.title == "Consultations in Old Quay (a former ward)"
    assert [card.title for _, cards in consultations.groups for card in cards] == [
        next(c.record.title for c in hub.consultations if c.slug == "st-annes-community-garden")
    ]
    decisions = plan.models["decisions/wards/old-quay/index.md"]()
    assert decisions.title == "Decisions affecting Old Quay (a former ward)"
    assert [card.href for _, cards in decisions.groups for card in cards] == ["decisions/NDC-2026-017/"]


def test_the_list_of_wards_ends_with_former_wards_that_records_name_and_all_wards_never_includes_them():
    hub, now = _hub_with_a_former_ward()
    plan = plan_site(hub, now, hub.settings.base_url)
    names = [entry.text for entry in plan.models["wards/index.md"]().entries]
    assert names == [*hub.settings.wards, FORMER]
    every_ward = next(c for c in hub.consultations if c.record.all_wards)
    assert every_ward.record.title not in [
        card.title for _, cards in plan.models["wards/old-quay/index.md"]().groups for card in cards
    ]


def test_a_former_ward_nobody_names_has_no_page():
    demo = demo_at()
    hub = replace(demo.hub, settings=demo.hub.settings.model_copy(update={"former_wards": [FORMER]}))
    plan = plan_site(hub, NOW, hub.settings.base_url)
    assert "wards/old-quay/index.md" not in plan.models
    assert FORMER not in [entry.text for entry in plan.models["wards/index.md"]().entries]
