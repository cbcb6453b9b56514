"""Insights: read-only analytics over the ecosystem graph (reuse, duplication, impact)."""
