"""CPSV-AP (the EU Core Public Service Vocabulary application profile) in and out of
anker: citizen services with their channels, competent authorities, life events and type.

``records`` reads an RDF graph (parsed as safely as DCAT-AP is, by
``anker.interop.dcat.parser``) into frozen records; ``importer`` writes them as citizen
services; ``exporter`` writes every service as one CPSV-AP 3.2 graph. ``terms`` holds the
vocabulary both directions share.
"""
