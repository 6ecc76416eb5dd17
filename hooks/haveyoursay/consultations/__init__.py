"""Consultations: record, loading, rules, status, wording, pages (the mirror of ``decisions``)."""
