"""Have your say: the council consultation hub.

Three layers, none of which imports MkDocs (a test makes sure):

records and rules
    ``core`` holds what both kinds of record share: ``source`` (YAML with the
    line of every field), ``problems`` (how officers are told), ``london``
    (time and GOV.UK dates), ``working_days`` (bank holidays, call-in),
    ``fields`` (field types: dates, wards, contacts), ``files`` (the files a
    record names, and their facts), ``body`` (Markdown, sanitised),
    ``settings`` (the council) and ``records`` (reading a record folder).
    Then two mirrored halves, ``consultations`` and ``decisions``, each with
    ``record`` (the model), ``loading``, ``rules`` (one function per rule),
    ``status`` (derived, never stored), ``wording`` (every sentence residents
    read), ``pages`` (each record's page model) and ``lists`` (list pages).
views
    ``site`` puts the halves together: ``hub`` (load everything once),
    ``indexes`` (every cross-reference, built once), ``components`` (the page
    models both halves' pages share), ``pages`` (every page and file the site
    publishes), ``calendars`` (.ics files), ``atom`` (Atom feeds) and ``feeds``
    (every feed and calendar, and how each list links to its own),
    ``publishing`` (a build appears in one step), ``search`` (the Pagefind
    index each build makes, and the search page); ``postcodes`` (the council's
    postcodes checked, and "Find consultations near you": lookups, pages, form);
    ``open_data``, ``open_data_columns`` and ``open_data_pages`` (the data
    files under data/, their schemas, the Open data page) and ``figures``
    (How we are doing).
adapter
    ``hooks/mkdocs_hub.py`` wires MkDocs events to ``site``; ``overrides/``
    holds the templates, one partial per component in ``partials/hub/``.

``cli`` is the officers' ``hub`` command; ``schema`` writes the JSON Schemas
editors use; ``accessibility`` is what the accessibility statement says was tested.
"""
