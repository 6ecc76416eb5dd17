"""Decision notices: record, loading, rules, status, wording, pages (the mirror of ``consultations``)."""
