"""Building blocks: what can be reused, with dependencies, standards, evidence and freshness."""
