"""The reuse edge: organisation X reuses building block Y."""
