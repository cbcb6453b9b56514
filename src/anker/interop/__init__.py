"""Open standards in and out: one registry of formats, an import report, provenance."""
