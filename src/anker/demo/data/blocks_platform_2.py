"""Platform building blocks, part 2 of 2.

Shared services that organisations connect to.
"""

PLATFORM_BLOCKS_2 = [
    {
        "slug": "kaartplatform",
        "name": "Kaartplatform Overheid",
        "kind": "platform",
        "owner": "kaartdienst",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://www.kaartdienst.example/kaartplatform",
        "code_url": "https://code.kaartdienst.example/kaartplatform",
        "docs_url": "https://docs.kaartdienst.example/kaartplatform",
        "spec_url": "",
        "version": "2026.2",
        "tags": ["geo", "maps", "wms", "ogc-api", "open-data"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Kaartplatform",
        "contact_email": "kaartplatform@kaartdienst.example",
        "capabilities": ["maps", "topography"],
        "depends_on": ["std-geo-metadata"],
        "complies_with": [
            ("std-geo-metadata", "complies", ""),
            (
                "std-api-design",
                "partially",
                "The OGC API endpoints comply; the older WMS and WFS endpoints fall outside the "
                "rules.",
            ),
        ],
        "evidence": [],
        "last_verified": "2026-07-15",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Shared platform that serves national geo datasets as map services and OGC "
                "APIs, free of charge.",
                "Publishes topography, cadastral parcels, addresses and hundreds of other "
                "datasets as WMS, WFS, vector tiles and OGC API Features. Government websites "
                "and apps use it for their maps, with about 60 billion tile requests a year. "
                "Source holders deliver the datasets, which are refreshed daily.",
            ),
            "nl": (
                "Gedeeld platform dat landelijke geodatasets gratis als kaartservices en OGC "
                "API's aanbiedt.",
                "Publiceert topografie, kadastrale percelen, adressen en honderden andere "
                "datasets als WMS, WFS, vectortiles en OGC API Features. Websites en apps van "
                "de overheid gebruiken het voor hun kaarten, goed voor zo'n 60 miljard "
                "tegelverzoeken per jaar. Bronhouders leveren de datasets aan en die worden "
                "dagelijks ververst.",
            ),
        },
    },
    {
        "slug": "betaalvoorziening",
        "name": "Betaalvoorziening Overheid",
        "kind": "platform",
        "owner": "inningsdienst",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.inningsdienst.example/betaalvoorziening",
        "code_url": "",
        "docs_url": "https://docs.inningsdienst.example/betaalvoorziening",
        "spec_url": "",
        "version": "3.0",
        "tags": ["payments", "ideal", "shared-service"],
        "maintenance": "internal",
        "contact_name": "Team Betalen",
        "contact_email": "betalen@inningsdienst.example",
        "capabilities": ["online-payments"],
        "depends_on": ["kustbank-betaalverzoek-api", "api-gateway"],
        "complies_with": [
            ("std-api-design", "complies", ""),
            ("std-accessibility", "complies", ""),
            (
                "std-payment-requests",
                "partially",
                "Payment requests are supported in the test environment only.",
            ),
        ],
        "evidence": [
            ("pentest", "2026-05-14", "", ""),
            ("other", "2025-12-01", "", "PCI DSS self-assessment questionnaire."),
        ],
        "last_verified": "2026-05-14",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Shared online payment facility for fees, fines and taxes, connected to the "
                "major banks.",
                "A government website creates a payment with its own reference and sends the "
                "resident to the payment page; the result comes back by callback and in a daily "
                "reconciliation file. Municipalities use it for passport fees, parking permits "
                "and local taxes. It replaced eleven separate contracts with payment providers.",
            ),
            "nl": (
                "Gedeelde voorziening voor het online betalen van leges, boetes en belastingen, "
                "aangesloten op de grote banken.",
                "Een overheidswebsite maakt een betaling aan met een eigen kenmerk en stuurt de "
                "inwoner door naar de betaalpagina; de uitkomst komt terug via een callback en "
                "in een dagelijks afletterbestand. Gemeenten gebruiken de voorziening voor "
                "leges van paspoorten, parkeervergunningen en lokale belastingen. Ze verving "
                "elf afzonderlijke contracten met betaaldienstverleners.",
            ),
        },
    },
    {
        "slug": "factuurportaal",
        "name": "Factuurportaal Overheid",
        "kind": "platform",
        "owner": "inningsdienst",
        "lifecycle": "anchored",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.inningsdienst.example/factuurportaal",
        "code_url": "",
        "docs_url": "https://docs.inningsdienst.example/factuurportaal",
        "spec_url": "",
        "version": "2025.4",
        "tags": ["e-invoicing", "peppol", "ubl"],
        "maintenance": "internal",
        "contact_name": "Team E-factureren",
        "contact_email": "efactureren@inningsdienst.example",
        "capabilities": ["e-invoicing"],
        "depends_on": ["std-e-invoice"],
        "complies_with": [("std-e-invoice", "complies", ""), ("std-accessibility", "complies", "")],
        "evidence": [],
        "last_verified": "2025-09-09",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Access point to the Peppol network through which public bodies receive and "
                "send e-invoices.",
                "Public bodies receive e-invoices straight into their financial system through "
                "this access point; small suppliers without their own software can type in an "
                "invoice on the portal. It handles about 4 million invoices a year for central "
                "government and a growing number of municipalities.",
            ),
            "nl": (
                "Toegangspunt tot het Peppol-netwerk waarlangs overheidsorganisaties e-facturen "
                "ontvangen en versturen.",
                "Overheidsorganisaties ontvangen e-facturen via dit toegangspunt rechtstreeks "
                "in hun financiële systeem; kleine leveranciers zonder eigen software kunnen "
                "een factuur op het portaal invoeren. Het verwerkt zo'n 4 miljoen facturen per "
                "jaar voor de Rijksoverheid en een groeiend aantal gemeenten.",
            ),
        },
    },
    {
        "slug": "gemeentecloud",
        "name": "Gemeentecloud Rivierland",
        "kind": "platform",
        "owner": "ict-rivierland",
        "lifecycle": "production",
        "openness": "restricted",
        "licence": "",
        "homepage_url": "https://www.ictrivierland.example/gemeentecloud",
        "code_url": "",
        "docs_url": "https://docs.ictrivierland.example/gemeentecloud",
        "spec_url": "",
        "version": "",
        "tags": ["hosting", "kubernetes", "cloud", "sovereign"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Rivierland",
        "contact_email": "servicedesk@ictrivierland.example",
        "capabilities": ["hosting"],
        "depends_on": ["std-secure-transport"],
        "complies_with": [("std-secure-transport", "complies", "")],
        "evidence": [
            ("pentest", "2024-09-30", "", ""),
            ("other", "2025-04-11", "", "ISO 27001 surveillance audit."),
        ],
        "last_verified": "2025-04-11",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Kubernetes hosting platform that the shared service centre runs for its member "
                "municipalities.",
                "Runs containerised applications in two data centres in the region, with "
                "managed databases, backups and monitoring. Only the five owner municipalities "
                "host on it themselves; others can buy the applications running on it as a "
                "service. The platform is ISO 27001 certified.",
            ),
            "nl": (
                "Hostingplatform op basis van Kubernetes dat het servicecentrum voor zijn "
                "deelnemende gemeenten beheert.",
                "Draait gecontaineriseerde applicaties in twee datacenters in de regio, met "
                "beheerde databases, back-ups en monitoring. Alleen de vijf eigenaar-gemeenten "
                "hosten er zelf op; anderen kunnen de applicaties die erop draaien als dienst "
                "afnemen. Het platform is ISO 27001-gecertificeerd.",
            ),
        },
    },
    {
        "slug": "open-data-portaal",
        "name": "Open Data Portaal Overheid",
        "kind": "platform",
        "owner": "digitaal-bureau",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.digitaalbureau.example/open-data-portaal",
        "code_url": "https://code.digitaalbureau.example/open-data-portaal",
        "docs_url": "https://docs.digitaalbureau.example/open-data-portaal",
        "spec_url": "",
        "version": "5.0",
        "tags": ["open-data", "dcat", "catalogue"],
        "maintenance": "internal",
        "contact_name": "Team Open Data",
        "contact_email": "opendata@digitaalbureau.example",
        "capabilities": ["open-data"],
        "depends_on": ["std-open-data"],
        "complies_with": [
            ("std-open-data", "complies", ""),
            ("std-accessibility", "complies", ""),
            ("std-design-system", "complies", ""),
        ],
        "evidence": [("accessibility", "2025-08-14", "", "")],
        "last_verified": "2026-02-02",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "National portal that harvests and publishes the open datasets of all "
                "government bodies.",
                "Harvests dataset descriptions from about 300 organisations every night, checks "
                "them against the DCAT profile and reports broken links back to the publisher. "
                "Users search, preview and download datasets and can follow changes.",
            ),
            "nl": (
                "Nationaal portaal dat de open datasets van alle overheden oogst en publiceert.",
                "Oogst elke nacht datasetbeschrijvingen van zo'n 300 organisaties, toetst ze "
                "aan het DCAT-profiel en meldt kapotte links terug aan de publicerende "
                "organisatie. Gebruikers zoeken, bekijken en downloaden datasets en kunnen "
                "wijzigingen volgen.",
            ),
        },
    },
    {
        "slug": "algoritmeregister",
        "name": "Algoritmeregister",
        "kind": "platform",
        "owner": "min-bdz",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.minbdz.example/algoritmeregister",
        "code_url": "https://code.minbdz.example/algoritmeregister",
        "docs_url": "https://docs.minbdz.example/algoritmeregister",
        "spec_url": "",
        "version": "1.6",
        "tags": ["algorithms", "transparency", "register"],
        "maintenance": "internal",
        "contact_name": "Team Algoritmeregister",
        "contact_email": "algoritmes@minbdz.example",
        "capabilities": ["algorithms"],
        "depends_on": ["std-algorithm-register"],
        "complies_with": [
            ("std-algorithm-register", "complies", ""),
            ("std-accessibility", "complies", ""),
            ("std-api-design", "complies", ""),
        ],
        "evidence": [],
        "last_verified": "2026-09-01",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Public register in which government bodies describe the algorithms they use in "
                "decisions about people.",
                "Organisations publish their algorithm descriptions through a form or an API; "
                "the register shows them to the public and offers a download of the whole set. "
                "More than 900 algorithms from 250 organisations are registered.",
            ),
            "nl": (
                "Openbaar register waarin overheden de algoritmes beschrijven die ze gebruiken "
                "bij besluiten over mensen.",
                "Organisaties publiceren hun algoritmebeschrijvingen via een formulier of een "
                "API; het register toont ze aan het publiek en biedt een download van de hele "
                "set. Er staan meer dan 900 algoritmes van 250 organisaties in.",
            ),
        },
    },
    {
        "slug": "componentencatalogus-2019",
        "name": "Componentencatalogus 2019",
        "kind": "platform",
        "owner": "digitaal-bureau",
        "lifecycle": "retired",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "1.9",
        "tags": ["catalogue", "legacy"],
        "maintenance": "none",
        "contact_name": "Team Catalogus",
        "contact_email": "catalogus@digitaalbureau.example",
        "capabilities": ["service-catalogue"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2023-03-01",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Former catalogue of municipal software and suppliers, retired in 2024 and "
                "replaced by the building-block catalogue.",
                "It listed which software packages each municipality used, mostly entered by "
                "suppliers. Reuse between public bodies and compliance with standards were not "
                "recorded, and the data became outdated. The content was migrated to the new "
                "catalogue in 2024.",
            ),
            "nl": (
                "Voormalige catalogus van gemeentelijke software en leveranciers, in 2024 "
                "uitgezet en vervangen door de bouwstenencatalogus.",
                "Toonde welke softwarepakketten elke gemeente gebruikte, grotendeels ingevoerd "
                "door leveranciers. Hergebruik tussen overheden en naleving van standaarden "
                "werden niet vastgelegd, en de gegevens raakten verouderd. De inhoud is in 2024 "
                "naar de nieuwe catalogus overgezet.",
            ),
        },
    },
    {
        "slug": "geoloket-noordmarken",
        "name": "Geoloket Noordmarken",
        "kind": "platform",
        "owner": "provincie-noordmarken",
        "lifecycle": "production",
        "openness": "open",
        "licence": "MIT",
        "homepage_url": "https://www.noordmarken.example/geoloket-noordmarken",
        "code_url": "https://code.noordmarken.example/geoloket-noordmarken",
        "docs_url": "https://docs.noordmarken.example/geoloket-noordmarken",
        "spec_url": "",
        "version": "2.3",
        "tags": ["geo", "viewer", "province"],
        "maintenance": "internal",
        "contact_name": "Team Geo-informatie",
        "contact_email": "geo@noordmarken.example",
        "capabilities": ["maps", "geo-analysis"],
        "depends_on": ["kaartplatform", "kaartviewer"],
        "complies_with": [
            ("std-geo-metadata", "complies", ""),
            (
                "std-accessibility",
                "partially",
                "Map content is not fully available to screen-reader users; key layers have a "
                "text alternative.",
            ),
        ],
        "evidence": [],
        "last_verified": "2025-10-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Provincial geo portal with maps on nature, roads, soil and spatial plans for "
                "the province and its municipalities.",
                "Combines provincial datasets with national layers from the map platform in one "
                "viewer and offers them as services to the fourteen municipalities in the "
                "province. Municipalities add their own layers, such as local environmental "
                "plans, without running their own geo server.",
            ),
            "nl": (
                "Provinciaal geoloket met kaarten over natuur, wegen, bodem en ruimtelijke "
                "plannen voor de provincie en haar gemeenten.",
                "Combineert provinciale datasets met landelijke lagen uit het Kaartplatform in "
                "één viewer en biedt ze als services aan de veertien gemeenten in de provincie. "
                "Gemeenten voegen eigen lagen toe, zoals lokale omgevingsplannen, zonder zelf "
                "een geoserver te draaien.",
            ),
        },
    },
    {
        "slug": "gegevensknooppunt-sociaal",
        "name": "Gegevensknooppunt Sociaal Domein",
        "kind": "platform",
        "owner": "zorgbekostiging",
        "lifecycle": "anchored",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.zorgbekostiging.example/gegevensknooppunt-sociaal",
        "code_url": "",
        "docs_url": "https://docs.zorgbekostiging.example/gegevensknooppunt-sociaal",
        "spec_url": "",
        "version": "2026.1",
        "tags": ["wmo", "youth-care", "hub", "messaging"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Knooppunt",
        "contact_email": "knooppunt@zorgbekostiging.example",
        "capabilities": ["wmo-support", "youth-care", "secure-messaging"],
        "depends_on": ["std-social-messages"],
        "complies_with": [
            ("std-social-messages", "complies", ""),
            ("std-secure-transport", "complies", ""),
            (
                "std-logging",
                "partially",
                "Message traffic is logged per chain; processing logs for personal data follow "
                "in 2027.",
            ),
        ],
        "evidence": [("dpia", "2023-09-14", "", ""), ("pentest", "2025-03-05", "", "")],
        "last_verified": "2026-04-18",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "National hub that routes care assignments, notices and invoices between "
                "municipalities and care providers.",
                "All municipalities and about 9,000 care providers are connected. The hub "
                "validates messages against the social-domain message standard and returns "
                "errors to the sender before they reach the recipient. After a client moves, it "
                "routes messages to the new municipality.",
            ),
            "nl": (
                "Landelijk knooppunt dat zorgtoewijzingen, berichten en declaraties routeert "
                "tussen gemeenten en zorgaanbieders.",
                "Alle gemeenten en zo'n 9.000 zorgaanbieders zijn aangesloten. Het knooppunt "
                "valideert berichten tegen de Berichtenstandaard Sociaal Domein en stuurt "
                "fouten terug naar de afzender voordat ze de ontvanger bereiken. Na een "
                "verhuizing van een cliënt routeert het berichten naar de nieuwe gemeente.",
            ),
        },
    },
    {
        "slug": "datawerkplaats",
        "name": "Regionale Datawerkplaats",
        "kind": "platform",
        "owner": "provincie-zuiderdelta",
        "lifecycle": "experiment",
        "openness": "public-sector",
        "licence": "Apache-2.0",
        "homepage_url": "https://www.zuiderdelta.example/datawerkplaats",
        "code_url": "",
        "docs_url": "https://docs.zuiderdelta.example/datawerkplaats",
        "spec_url": "",
        "version": "0.3",
        "tags": ["data", "analytics", "sandbox", "region"],
        "maintenance": "internal",
        "contact_name": "Team Data",
        "contact_email": "data@zuiderdelta.example",
        "capabilities": ["data-integration", "reporting"],
        "depends_on": ["datastraat", "pseudonimiseringsdienst"],
        "complies_with": [
            (
                "std-logging",
                "explained",
                "Experiment with synthetic and pseudonymised data only; full logging is a "
                "condition for the pilot phase.",
            ),
        ],
        "evidence": [],
        "last_verified": "2026-07-22",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Experimental shared analysis environment in which the province and "
                "municipalities combine regional data.",
                "Analysts from the province and six municipalities work in one secured "
                "environment on questions such as housing demand and the cost of youth care. "
                "Only pseudonymised or aggregated data may be loaded. The experiment runs until "
                "mid-2027, after which the partners decide on a pilot.",
            ),
            "nl": (
                "Experimentele gedeelde analyseomgeving waarin provincie en gemeenten regionale "
                "gegevens combineren.",
                "Analisten van de provincie en zes gemeenten werken in één beveiligde omgeving "
                "aan vragen als woningbehoefte en de kosten van jeugdhulp. Alleen "
                "gepseudonimiseerde of geaggregeerde gegevens mogen worden geladen. Het "
                "experiment loopt tot medio 2027; daarna besluiten de partners over een pilot.",
            ),
        },
    },
    {
        "slug": "pseudonimiseringsdienst",
        "name": "Landelijke Pseudonimiseringsdienst",
        "kind": "platform",
        "owner": "dienst-registers",
        "lifecycle": "pilot",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.basisgegevens.example/pseudonimiseringsdienst",
        "code_url": "",
        "docs_url": "https://docs.basisgegevens.example/pseudonimiseringsdienst",
        "spec_url": "",
        "version": "0.9",
        "tags": ["privacy", "pseudonymisation", "bsn"],
        "maintenance": "internal",
        "contact_name": "Team Privacy",
        "contact_email": "privacy@basisgegevens.example",
        "capabilities": ["pseudonymisation"],
        "depends_on": ["api-gateway"],
        "complies_with": [("std-api-design", "complies", ""), ("std-logging", "complies", "")],
        "evidence": [
            ("dpia", "2025-10-07", "", ""),
            ("pentest", "2026-04-02", "", "Pentest and cryptographic review by an external lab."),
        ],
        "last_verified": "2026-04-02",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Pilot service that replaces citizen service numbers with purpose-bound "
                "pseudonyms for data exchange and research.",
                "A consumer receives a different pseudonym for each purpose, so datasets from "
                "different contexts cannot be linked without the service. Only the service can "
                "translate a pseudonym back, and only on a recorded legal basis. Three "
                "data-exchange chains take part in the pilot.",
            ),
            "nl": (
                "Pilotdienst die burgerservicenummers vervangt door doelgebonden pseudoniemen "
                "voor gegevensuitwisseling en onderzoek.",
                "Een afnemer krijgt per doel een ander pseudoniem, zodat datasets uit "
                "verschillende contexten niet zonder de dienst te koppelen zijn. Alleen de "
                "dienst kan een pseudoniem terugvertalen, en alleen op een vastgelegde "
                "grondslag. Drie ketens voor gegevensuitwisseling doen mee aan de pilot.",
            ),
        },
    },
    {
        "slug": "walletbrug",
        "name": "Walletbrug",
        "kind": "platform",
        "owner": "dienst-toegang",
        "lifecycle": "idea",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "",
        "tags": ["eudi", "wallet", "identity"],
        "maintenance": "internal",
        "contact_name": "Stelselbeheer Inloggen",
        "contact_email": "stelsel@digitaletoegang.example",
        "capabilities": ["citizen-login"],
        "depends_on": ["toegangspoort", "std-wallet-profile"],
        "complies_with": [],
        "evidence": [],
        "last_verified": None,
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Idea for a bridge that lets services accept the European identity wallet "
                "through the existing login service.",
                "Instead of every service integrating the wallet itself, the national login "
                "service would accept wallet presentations and pass on the same claims as "
                "today. The idea needs a decision on funding and on the national wallet "
                "profile.",
            ),
            "nl": (
                "Idee voor een brug waarmee diensten de Europese identiteitswallet via de "
                "bestaande inlogvoorziening accepteren.",
                "In plaats van dat elke dienst de wallet zelf integreert, zou de landelijke "
                "inlogvoorziening walletpresentaties accepteren en dezelfde claims doorgeven "
                "als nu. Voor het idee is een besluit nodig over financiering en over het "
                "nationale walletprofiel.",
            ),
        },
    },
]
