"""DCAT-AP in and out of anker: datasets and data services of a catalogue.

``parser`` reads Turtle, RDF/XML or JSON-LD into the frozen records of ``records``;
``importer`` writes them as building blocks; ``exporter`` writes our dataset and api
blocks as one DCAT-AP 3 catalogue. ``terms`` holds the vocabulary both directions share.
"""
