"""The consultation rules, as pure functions: dates, events, the outcome, ways to respond, length, reminders.

The mirror of ``tests/decisions/test_rules.py``. Each test builds a
consultation in Python (``examples.consultation``), with the council's
settings and "now" passed in, and calls one named rule directly:
``rule(record, at, Checking(settings, now))``. The messages are the ones the
cases in ``bad/`` give through ``hub check``, at line 1 of C.md.
"""

from __future__ import annotations

from haveyoursay.consultations import rules
from haveyoursay.core.problems import Severity

from .examples import AT, OUTCOME, WITHDRAWN, at, checking, consultation, council, problems, record


def run(rule, data: dict, **check) -> list[str]:
    return [str(p) for p in rule(record(data), AT, checking(**check))]


def test_a_valid_consultation_has_no_problems_while_it_is_open():
    assert problems(consultation(), now=at("2026-03-10 09:00")) == []


def test_every_rule_is_run_by_the_check():
    assert (
        rules.closes_after_it_opens,
        rules.events_end_after_they_start,
        rules.withdrawn_has_no_outcome,
        rules.outcome_after_closing,
        rules.has_a_way_to_respond,
        rules.has_an_offline_way_to_respond,
        rules.contact_can_be_reached,
        rules.long_enough,
        rules.nothing_is_lost_from_the_text,
        rules.translations_say_their_language,
        rules.summary_is_plain_english,
        rules.avoids_the_pre_election_period,
        rules.uses_the_current_wards,
        rules.has_its_welsh_text,
    ) == rules.RULES
    assert (rules.outcome_is_due,) == rules.REMINDERS


# -- dates and events ------------------------------------------------------------------------


def test_closes_after_it_opens():
    assert run(rules.closes_after_it_opens, consultation()) == []
    assert run(rules.closes_after_it_opens, consultation(closes="2026-02-13 17:00")) == [
        "C.md:1: closes: the closing date is before the opening date "
        "(13 February 2026 is before 2 March 2026; check both dates)"
    ]


def test_closing_at_the_moment_it_opens_is_not_after_it():
    assert run(rules.closes_after_it_opens, consultation(opens="2026-03-02 09:00", closes="2026-03-02 09:00")) == [
        "C.md:1: closes: the closing time is not after the opening time "
        "(it opens at 9am on 2 March 2026 and closes at 9am on 2 March 2026; check both times)"
    ]


def event(start: str, end: str) -> dict:
    return {"title": "Drop-in session at Castle Library", "start": start, "end": end}


def test_events_end_after_they_start():
    assert (
        run(rules.events_end_after_they_start, consultation(events=[event("2026-03-10 14:00", "2026-03-10 16:00")]))
        == []
    )
    assert run(
        rules.events_end_after_they_start,
        consultation(
            events=[event("2026-03-10 14:00", "2026-03-10 16:00"), event("2026-03-10 14:00", "2026-03-10 12:00")]
        ),
    ) == [
        "C.md:1: events[2].end: the event ends before it starts "
        "(it starts at 2pm on 10 March 2026 and ends at midday on 10 March 2026; check both times)"
    ]


def test_an_event_that_ends_at_the_moment_it_starts_asks_for_both_times():
    assert run(
        rules.events_end_after_they_start, consultation(events=[event("2026-03-10 14:00", "2026-03-10 14:00")])
    ) == [
        "C.md:1: events[1].end: the event ends at the moment it starts "
        "(give both times, like  start: 2026-03-10 14:00  and  end: 2026-03-10 16:00)"
    ]


# -- the outcome and withdrawal -----------------------------------------------------------------


def test_a_withdrawn_consultation_has_no_outcome():
    assert run(rules.withdrawn_has_no_outcome, consultation(withdrawn=WITHDRAWN)) == []
    assert run(rules.withdrawn_has_no_outcome, consultation(withdrawn=WITHDRAWN, outcome=OUTCOME)) == [
        "C.md:1: outcome: a withdrawn consultation cannot have an outcome "
        "(delete the outcome, or the withdrawn section if it was not withdrawn)"
    ]


def test_the_outcome_comes_after_closing():
    assert run(rules.outcome_after_closing, consultation(outcome=OUTCOME)) == []
    # The closing day itself is allowed: the outcome can follow a 5pm close that evening.
    assert run(rules.outcome_after_closing, consultation(outcome={**OUTCOME, "published": "2026-04-13 18:00"})) == []
    assert run(rules.outcome_after_closing, consultation(outcome={**OUTCOME, "published": "2026-04-01"})) == [
        "C.md:1: outcome.published: the outcome is published before the consultation closed "
        "(it closed on 13 April 2026; check the published date)"
    ]


# -- ways to respond and the contact --------------------------------------------------------------


def test_a_consultation_asking_for_views_has_a_way_to_respond():
    assert run(rules.has_a_way_to_respond, consultation(ways_to_respond=None)) == [
        "C.md:1: ways_to_respond: there are no ways to respond (add ways_to_respond with at least a postal "
        "address, phone or in-person option; use engagement_level: inform if residents are not being asked for views)"
    ]
    assert run(rules.has_a_way_to_respond, consultation(ways_to_respond=None, engagement_level="inform")) == []


def test_there_is_always_an_offline_way_to_respond():
    online_only = {"online": "https://forms.northbrook.example/library-hours"}
    assert run(rules.has_an_offline_way_to_respond, consultation(ways_to_respond=online_only)) == [
        "C.md:1: ways_to_respond: there is no way to respond offline "
        "(add post, phone or in_person so residents who are not online can take part)"
    ]
    for offline in ({"phone": "01632 960 123"}, {"in_person": "At any library, during opening hours."}):
        assert run(rules.has_an_offline_way_to_respond, consultation(ways_to_respond={**online_only, **offline})) == []
    assert run(rules.has_an_offline_way_to_respond, consultation(ways_to_respond=None)) == []


def test_the_contact_can_be_reached():
    assert run(rules.contact_can_be_reached, consultation(contact={"name": "Priya Shah"})) == [
        "C.md:1: contact: the contact has no email or phone "
        "(add an email or a phone number so residents can ask questions)"
    ]
    by_phone = {"name": "Priya Shah", "phone": "01632 960 123"}
    assert run(rules.contact_can_be_reached, consultation(contact=by_phone)) == []


# -- long enough: a warning ------------------------------------------------------------------------

BEFORE = at("2026-01-05 09:00")
"""A "now" before every consultation below has opened."""


def test_six_weeks_is_long_enough():
    assert run(rules.long_enough, consultation(), now=BEFORE) == []


def test_shorter_than_six_weeks_is_a_warning():
    found = list(
        rules.long_enough(
            record(consultation(opens="2026-11-16", closes="2026-12-11 17:00")),
            AT,
            checking(now=at("2026-11-01 09:00")),
        )
    )
    assert [p.severity for p in found] == [Severity.WARNING]
    assert [str(p) for p in found] == [
        "C.md:1: closes: warning: the consultation is only 3 weeks and 4 days long "
        "(allow at least 6 weeks, or explain in the body why it is shorter)"
    ]


def test_over_christmas_under_eight_weeks_is_a_warning():
    assert run(rules.long_enough, consultation(opens="2026-11-23", closes="2027-01-11 17:00"), now=BEFORE) == [
        "C.md:1: closes: warning: the consultation runs over Christmas but is only 7 weeks long "
        "(allow extra time over holidays: at least 8 weeks)"
    ]


def test_over_august_under_eight_weeks_is_a_warning():
    assert run(rules.long_enough, consultation(opens="2027-07-19", closes="2027-09-03 17:00"), now=BEFORE) == [
        "C.md:1: closes: warning: the consultation runs over August but is only 6 weeks and 4 days long "
        "(allow extra time over holidays: at least 8 weeks)"
    ]


def test_length_is_not_warned_about_once_closed_or_withdrawn():
    short = consultation(opens="2026-03-02", closes="2026-03-20 17:00")
    assert run(rules.long_enough, short, now=BEFORE) != []
    assert run(rules.long_enough, short, now=at("2026-03-21 09:00")) == []
    assert run(rules.long_enough, {**short, "withdrawn": WITHDRAWN}, now=BEFORE) == []


# -- the outcome is due: a reminder ---------------------------------------------------------------


def test_an_overdue_outcome_is_a_warning():
    assert run(rules.outcome_is_due, consultation()) == [
        "C.md:1: outcome: warning: the outcome is overdue: it was due by 6 July 2026 "
        "(add the outcome, or add an update saying why it is late and when it will be published)"
    ]


def test_an_outcome_due_within_two_weeks_is_a_warning():
    assert run(rules.outcome_is_due, consultation(opens="2026-07-13", closes="2026-09-08 17:00")) == [
        "C.md:1: outcome: warning: the outcome is due in 7 days, by 1 December 2026 "
        "(add the outcome: section when it is ready)"
    ]


def test_an_outcome_due_today_says_today():
    assert run(rules.outcome_is_due, consultation(opens="2026-07-13", closes="2026-09-01 17:00")) == [
        "C.md:1: outcome: warning: the outcome is due today, by 24 November 2026 "
        "(add the outcome: section when it is ready)"
    ]


def test_no_reminder_when_the_outcome_is_weeks_away_published_or_a_draft():
    assert run(rules.outcome_is_due, consultation(opens="2026-09-01", closes="2026-10-30 17:00")) == []
    assert run(rules.outcome_is_due, consultation(outcome=OUTCOME)) == []
    assert run(rules.outcome_is_due, consultation(draft=True)) == []
    assert run(rules.outcome_is_due, consultation(withdrawn=WITHDRAWN)) == []


def test_the_reminder_uses_the_councils_own_weeks():
    # Closed 8 September 2026: with 16 weeks, the outcome is due on 29 December 2026, more than 14 days away.
    assert (
        run(
            rules.outcome_is_due,
            consultation(opens="2026-07-13", closes="2026-09-08 17:00"),
            settings=council(outcome_due_weeks=16),
        )
        == []
    )


def test_a_translation_whose_language_cannot_be_told_is_warned_about():
    from .examples import AT, checking, consultation, record

    made = record(
        consultation(
            translations=[
                {"language": "Klingon", "url": "https://example.org/tlh"},
                {"language": "Polski (Polish)", "url": "https://example.org/pl"},
                {"language": "Cymraeg", "lang": "cy", "url": "https://example.org/cy"},
            ]
        )
    )
    found = [str(p) for p in rules.translations_say_their_language(made, AT, checking())]
    assert found == [
        "C.md:1: translations[1].language: warning: the hub cannot tell which language 'Klingon' is "
        "(write it in that language and in English in brackets, like  Polski (Polish), or add lang:  "
        "with its code, like  lang: pl)"
    ]


def test_a_consultation_opening_or_closing_in_the_pre_election_period_is_warned_about():
    settings = council(elections=[{"date": "2027-05-06", "name": "the local elections"}])
    made = record(consultation(opens="2027-02-01", closes="2027-04-12 17:00"))
    found = [str(p) for p in rules.avoids_the_pre_election_period(made, AT, checking(settings))]
    assert found == [
        "C.md:1: closes: warning: the consultation closes in the pre-election period before the local "
        "elections on 6 May 2027 (the period starts on 25 March 2027: move the date, or agree the timing "
        "with the council's monitoring officer)"
    ]
    earlier = record(consultation(opens="2027-01-04", closes="2027-03-01 17:00"))
    assert list(rules.avoids_the_pre_election_period(earlier, AT, checking(settings))) == []


def test_a_former_ward_stays_on_a_consultation_that_has_opened_but_not_on_one_still_to_come():
    """A boundary review abolished Old Town: older consultations keep it; a new one uses today's wards."""
    settings = council(former_wards=["Old Town"])
    opened = record(consultation(wards=["Old Town", "Castle"]), settings)
    assert record(consultation(wards=["old town"]), settings).wards == ("Old Town",)
    assert list(rules.uses_the_current_wards(opened, AT, checking(settings, now=at("2026-03-10 09:00")))) == []
    to_come = record(
        consultation(opens="2027-01-04", closes="2027-02-22 17:00", wards=["Castle", "Old Town"]), settings
    )
    found = [str(p) for p in rules.uses_the_current_wards(to_come, AT, checking(settings, now=at("2026-11-24 10:00")))]
    assert found == [
        "C.md:1: wards[2]: 'Old Town' is a former ward (a consultation that has not opened yet must use the current "
        "wards: " + ", ".join(settings.wards) + ")"
    ]
    assert "'Old Town' is not one of the council's wards" in " ".join(problems(consultation(wards=["Old Town"])))
