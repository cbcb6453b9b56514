"""CSV import and export of every entity anker keeps, one file per entity type.

``table`` reads and writes the files, ``cells`` turns a cell into a value and back,
``engine`` imports rows through a declarative column spec, and one module per entity type
(``organisations``, ``capabilities``, ``blocks``, ``edges``, ``reuse``) says what the
columns are and how a row is written. ``formats`` registers the formats.

Absolute imports throughout: inside this package ``import csv`` is the standard library's
module (PEP 328), never this package."""
