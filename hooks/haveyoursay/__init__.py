"""Have your say: the council consultation hub.

Three layers, each a module or two, and none of them imports MkDocs:

records and rules
    ``problems`` (how officers are told what is wrong), ``source`` (reading YAML
    front matter and remembering lines), ``london`` (time and GOV.UK dates),
    ``settings`` (the council), ``consultation`` (the record model), ``body``
    (officer-written Markdown, sanitised), ``status`` (derived, never stored),
    ``checker`` (every rule, all problems in one run), ``working_days`` (call-in).
views
    ``views`` (what each page shows, already decided).
adapter
    ``hooks/mkdocs_hub.py`` wires MkDocs events to the above; ``publish``
    swaps a finished build into place so a failed build never half-publishes.
"""
