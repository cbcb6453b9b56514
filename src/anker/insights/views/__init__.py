"""Web pages of the insights, one module per page family."""
