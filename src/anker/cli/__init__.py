"""The ``anker`` command: thin Typer commands over services and selectors."""
