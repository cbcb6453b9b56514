"""Standard building blocks, part 2 of 2.

The comply-or-explain standards and their neighbours.
"""

STANDARD_BLOCKS_2 = [
    {
        "slug": "std-geo-metadata",
        "name": "Metadataprofiel Geo-informatie",
        "kind": "standard",
        "owner": "kaartdienst",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.kaartdienst.example/std-geo-metadata",
        "code_url": "https://code.kaartdienst.example/std-geo-metadata",
        "docs_url": "https://docs.kaartdienst.example/std-geo-metadata",
        "spec_url": "https://standaarden.kaartdienst.example/std-geo-metadata/",
        "version": "2.0",
        "tags": ["geo", "metadata", "inspire", "iso-19115"],
        "maintenance": "internal",
        "contact_name": "Geostandaarden",
        "contact_email": "geostandaarden@kaartdienst.example",
        "capabilities": ["maps", "open-data"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2024-10-15",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "National profile of ISO 19115 and ISO 19119 for describing geographic datasets "
                "and services.",
                "Makes geo datasets and map services findable in the national geo register and "
                "compatible with the European INSPIRE directive. It lists the mandatory "
                "elements, the code lists and the way to refer to the source register.",
            ),
            "nl": (
                "Nederlands profiel op ISO 19115 en ISO 19119 voor het beschrijven van "
                "geografische datasets en services.",
                "Maakt geodatasets en kaartservices vindbaar in het landelijke georegister en "
                "geschikt voor de Europese INSPIRE-richtlijn. Het profiel noemt de verplichte "
                "elementen, de codelijsten en de manier waarop naar de bronregistratie wordt "
                "verwezen.",
            ),
        },
    },
    {
        "slug": "std-e-invoice",
        "name": "E-factuurprofiel Overheid",
        "kind": "standard",
        "owner": "inningsdienst",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.inningsdienst.example/std-e-invoice",
        "code_url": "https://code.inningsdienst.example/std-e-invoice",
        "docs_url": "https://docs.inningsdienst.example/std-e-invoice",
        "spec_url": "https://standaarden.inningsdienst.example/std-e-invoice/",
        "version": "2.3",
        "tags": ["e-invoicing", "ubl", "peppol", "en-16931"],
        "maintenance": "internal",
        "contact_name": "Team E-factureren",
        "contact_email": "efactureren@inningsdienst.example",
        "capabilities": ["e-invoicing"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-04-22",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Government profile of the European e-invoicing norm EN 16931, using UBL over "
                "the Peppol network.",
                "Suppliers to any public body send structured invoices in this profile; central "
                "government no longer accepts paper or PDF invoices. The profile adds the "
                "mandatory purchase order reference and the organisation identifier of the "
                "receiving body.",
            ),
            "nl": (
                "Overheidsprofiel van de Europese e-factuurnorm EN 16931, met UBL via het "
                "Peppol-netwerk.",
                "Leveranciers van elke overheidsorganisatie sturen gestructureerde facturen in "
                "dit profiel; de Rijksoverheid accepteert geen papieren of pdf-facturen meer. "
                "Het profiel voegt de verplichte verwijzing naar het inkoopordernummer en het "
                "organisatie-identificatienummer van de ontvanger toe.",
            ),
        },
    },
    {
        "slug": "std-secure-transport",
        "name": "Veilige Verbindingen",
        "kind": "standard",
        "owner": "digitaal-bureau",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.digitaalbureau.example/std-secure-transport",
        "code_url": "https://code.digitaalbureau.example/std-secure-transport",
        "docs_url": "https://docs.digitaalbureau.example/std-secure-transport",
        "spec_url": "https://standaarden.digitaalbureau.example/std-secure-transport/",
        "version": "2024.1",
        "tags": ["tls", "security", "https", "dnssec"],
        "maintenance": "internal",
        "contact_name": "Kennisteam Beveiliging",
        "contact_email": "beveiliging@digitaalbureau.example",
        "capabilities": ["privacy-security", "connectivity"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2025-12-01",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Minimum requirements for HTTPS, TLS versions, cipher suites, HSTS and DNSSEC "
                "for government services.",
                "Prescribes TLS 1.2 or higher with a fixed list of cipher suites, HSTS on every "
                "public site and DNSSEC-signed domains. Compliance is measured monthly with an "
                "automated scan of all registered government domains.",
            ),
            "nl": (
                "Minimumeisen voor HTTPS, TLS-versies, cipher suites, HSTS en DNSSEC bij "
                "overheidsdiensten.",
                "Schrijft TLS 1.2 of hoger voor met een vaste lijst cipher suites, HSTS op elke "
                "publieke site en met DNSSEC ondertekende domeinen. Naleving wordt maandelijks "
                "gemeten met een geautomatiseerde scan van alle geregistreerde "
                "overheidsdomeinen.",
            ),
        },
    },
    {
        "slug": "std-open-data",
        "name": "DCAT-profiel Open Data",
        "kind": "standard",
        "owner": "digitaal-bureau",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://www.digitaalbureau.example/std-open-data",
        "code_url": "https://code.digitaalbureau.example/std-open-data",
        "docs_url": "https://docs.digitaalbureau.example/std-open-data",
        "spec_url": "https://standaarden.digitaalbureau.example/std-open-data/",
        "version": "1.1",
        "tags": ["dcat", "open-data", "metadata", "linked-data"],
        "maintenance": "internal",
        "contact_name": "Team Open Data",
        "contact_email": "opendata@digitaalbureau.example",
        "capabilities": ["open-data"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2025-03-18",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Profile of DCAT-AP for describing open datasets so that national and European "
                "portals can harvest them.",
                "Sets the mandatory and recommended properties of a dataset description, the "
                "licence vocabulary and the themes. Portals that follow the profile are "
                "harvested every night by the national open data portal.",
            ),
            "nl": (
                "Profiel van DCAT-AP voor het beschrijven van open datasets, zodat nationale en "
                "Europese portalen ze kunnen oogsten.",
                "Bepaalt de verplichte en aanbevolen eigenschappen van een datasetbeschrijving, "
                "de licentiewoordenlijst en de thema's. Portalen die het profiel volgen, worden "
                "elke nacht geoogst door het nationale open-dataportaal.",
            ),
        },
    },
    {
        "slug": "std-archiving-metadata",
        "name": "Metagegevens Duurzame Archivering",
        "kind": "standard",
        "owner": "min-bdz",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://www.minbdz.example/std-archiving-metadata",
        "code_url": "https://code.minbdz.example/std-archiving-metadata",
        "docs_url": "https://docs.minbdz.example/std-archiving-metadata",
        "spec_url": "https://standaarden.minbdz.example/std-archiving-metadata/",
        "version": "1.1",
        "tags": ["archiving", "metadata", "records-management"],
        "maintenance": "internal",
        "contact_name": "Archiefinspectie",
        "contact_email": "archieven@minbdz.example",
        "capabilities": ["archiving"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2025-07-07",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Metadata schema for records that must be preserved, used from creation to the "
                "transfer to the archive.",
                "Describes records with their context, retention period, access restrictions "
                "and provenance in one schema for document systems and digital repositories "
                "alike. Using it from the moment of creation avoids costly conversions when "
                "records are transferred after twenty years.",
            ),
            "nl": (
                "Metagegevensschema voor archiefwaardige informatie, te gebruiken vanaf het "
                "ontstaan tot de overbrenging naar het archief.",
                "Beschrijft informatieobjecten met hun context, bewaartermijn, "
                "openbaarheidsbeperkingen en herkomst, in één schema voor documentsystemen en "
                "e-depots. Wie het vanaf het ontstaan gebruikt, voorkomt dure conversies bij de "
                "overbrenging na twintig jaar.",
            ),
        },
    },
    {
        "slug": "std-social-messages",
        "name": "Berichtenstandaard Sociaal Domein",
        "kind": "standard",
        "owner": "zorgbekostiging",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.zorgbekostiging.example/std-social-messages",
        "code_url": "https://code.zorgbekostiging.example/std-social-messages",
        "docs_url": "https://docs.zorgbekostiging.example/std-social-messages",
        "spec_url": "https://standaarden.zorgbekostiging.example/std-social-messages/",
        "version": "3.1",
        "tags": ["wmo", "youth-care", "messaging", "xml"],
        "maintenance": "internal",
        "contact_name": "Standaardenbeheer Sociaal Domein",
        "contact_email": "standaarden@zorgbekostiging.example",
        "capabilities": ["wmo-support", "youth-care", "secure-messaging"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-07-01",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Message standard for assignments, start and stop notices and invoices between "
                "municipalities and care providers.",
                "Covers the whole chain from a municipality's assignment of care to a provider, "
                "through start and stop notices, to the monthly invoice. Messages run through "
                "the national hub of the care funding office and are validated against the same "
                "business rules on both sides.",
            ),
            "nl": (
                "Berichtenstandaard voor toewijzingen, start- en stopberichten en declaraties "
                "tussen gemeenten en zorgaanbieders.",
                "Dekt de hele keten, van de toewijzing van zorg door de gemeente aan een "
                "aanbieder, via start- en stopberichten, tot de maandelijkse declaratie. "
                "Berichten lopen via het landelijke knooppunt van het Bureau Zorgbekostiging en "
                "worden aan beide kanten tegen dezelfde bedrijfsregels gevalideerd.",
            ),
        },
    },
    {
        "slug": "std-algorithm-register",
        "name": "Publicatiestandaard Algoritmeregister",
        "kind": "standard",
        "owner": "min-bdz",
        "lifecycle": "pilot",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.minbdz.example/std-algorithm-register",
        "code_url": "https://code.minbdz.example/std-algorithm-register",
        "docs_url": "https://docs.minbdz.example/std-algorithm-register",
        "spec_url": "https://standaarden.minbdz.example/std-algorithm-register/",
        "version": "0.9",
        "tags": ["algorithms", "ai", "transparency"],
        "maintenance": "internal",
        "contact_name": "Team Algoritmeregister",
        "contact_email": "algoritmes@minbdz.example",
        "capabilities": ["algorithms"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-08-10",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Fields and format for publishing high-impact algorithms and AI systems in the "
                "government algorithm register.",
                "Lists the information every public body publishes about an algorithm: purpose, "
                "legal basis, human oversight, data sources, impact assessments and contact "
                "details. The pilot version aligns the fields with the transparency obligations "
                "of the EU AI Act.",
            ),
            "nl": (
                "Velden en formaat om impactvolle algoritmes en AI-systemen te publiceren in "
                "het algoritmeregister van de overheid.",
                "Somt de informatie op die elke overheidsorganisatie over een algoritme "
                "publiceert: doel, wettelijke grondslag, menselijk toezicht, gebruikte "
                "gegevens, impacttoetsen en contactgegevens. De pilotversie stemt de velden af "
                "op de transparantieverplichtingen uit de Europese AI-verordening.",
            ),
        },
    },
    {
        "slug": "std-payment-requests",
        "name": "Standaard Betaalverzoeken",
        "kind": "standard",
        "owner": "inningsdienst",
        "lifecycle": "experiment",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.inningsdienst.example/std-payment-requests",
        "code_url": "https://code.inningsdienst.example/std-payment-requests",
        "docs_url": "https://docs.inningsdienst.example/std-payment-requests",
        "spec_url": "https://standaarden.inningsdienst.example/std-payment-requests/",
        "version": "0.2",
        "tags": ["payments", "api", "qr-code"],
        "maintenance": "internal",
        "contact_name": "Team Betalen",
        "contact_email": "betalen@inningsdienst.example",
        "capabilities": ["online-payments"],
        "depends_on": [],
        "complies_with": [
            (
                "std-api-design",
                "partially",
                "Error responses do not yet use the problem-details format.",
            ),
        ],
        "evidence": [],
        "last_verified": "2026-05-05",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Draft API standard for payment requests with a QR code and status callbacks "
                "between government and banks.",
                "An experiment with two banks and the payment facility to replace paper giro "
                "slips with digital payment requests that carry the government's payment "
                "reference. The draft covers the request, the status callback and refunds; it "
                "is not yet stable.",
            ),
            "nl": (
                "Concept-API-standaard voor betaalverzoeken met QR-code en statusterugmelding "
                "tussen overheid en banken.",
                "Een experiment met twee banken en de betaalvoorziening om papieren "
                "acceptgiro's te vervangen door digitale betaalverzoeken met het "
                "betalingskenmerk van de overheid. Het concept beschrijft het verzoek, de "
                "statusterugmelding en terugbetalingen; het is nog niet stabiel.",
            ),
        },
    },
    {
        "slug": "std-legacy-xml",
        "name": "Gemeentelijke XML-berichtenstandaard",
        "kind": "standard",
        "owner": "digitaal-bureau",
        "lifecycle": "deprecated",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.digitaalbureau.example/std-legacy-xml",
        "code_url": "https://code.digitaalbureau.example/std-legacy-xml",
        "docs_url": "https://docs.digitaalbureau.example/std-legacy-xml",
        "spec_url": "https://standaarden.digitaalbureau.example/std-legacy-xml/",
        "version": "3.01",
        "tags": ["xml", "soap", "legacy", "messaging"],
        "maintenance": "none",
        "contact_name": "Kennisteam API's",
        "contact_email": "apis@digitaalbureau.example",
        "capabilities": ["secure-messaging"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2023-06-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Older XML and SOAP message standard for exchanging register and case data "
                "within municipalities; being phased out.",
                "For fifteen years this was how municipal systems exchanged person, address and "
                "case data. It is deprecated in favour of the API standards: no new versions "
                "are published and support ends in 2027. Many older systems still depend on it.",
            ),
            "nl": (
                "Oudere XML- en SOAP-berichtenstandaard voor het uitwisselen van registratie- "
                "en zaakgegevens binnen gemeenten; wordt uitgefaseerd.",
                "Vijftien jaar lang wisselden gemeentelijke systemen hiermee persoons-, adres- "
                "en zaakgegevens uit. De standaard is uitgefaseerd ten gunste van de "
                "API-standaarden: er verschijnen geen nieuwe versies en de ondersteuning stopt "
                "in 2027. Veel oudere systemen zijn er nog van afhankelijk.",
            ),
        },
    },
    {
        "slug": "std-wallet-profile",
        "name": "Profiel Europese Identiteitswallet",
        "kind": "standard",
        "owner": "dienst-toegang",
        "lifecycle": "idea",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "",
        "tags": ["eudi", "wallet", "identity", "eidas"],
        "maintenance": "internal",
        "contact_name": "Stelselbeheer Inloggen",
        "contact_email": "stelsel@digitaletoegang.example",
        "capabilities": ["citizen-login"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": None,
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Idea for a national profile of the European digital identity wallet for "
                "logging in and sharing attributes.",
                "Government services will have to accept the European identity wallet. This "
                "idea collects the questions a national profile must answer: which attributes, "
                "which assurance level, and how the wallet coexists with the current login "
                "standard.",
            ),
            "nl": (
                "Idee voor een nationaal profiel van de Europese digitale identiteitswallet "
                "voor inloggen en het delen van attributen.",
                "Overheidsdiensten zullen de Europese identiteitswallet moeten accepteren. Dit "
                "idee verzamelt de vragen die een nationaal profiel moet beantwoorden: welke "
                "attributen, welk betrouwbaarheidsniveau en hoe de wallet naast de huidige "
                "inlogstandaard bestaat.",
            ),
        },
    },
]
