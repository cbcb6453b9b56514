"""ArchiMate in and out of anker: the Open Group Model Exchange File Format (and Archi's
native files, read only), mapped by a configurable YAML mapping (``mapping.py``)."""
