"""Shared foundations: the abstract base model, provenance, middleware and page helpers."""
