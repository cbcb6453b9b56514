"""anker: orchestrate a government's digital ecosystem."""

__version__ = "0.1.0"
