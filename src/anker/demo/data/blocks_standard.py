"""Standard building blocks, part 1 of 2.

The comply-or-explain standards and their neighbours.
"""

STANDARD_BLOCKS = [
    {
        "slug": "std-api-design",
        "name": "API-ontwerpregels",
        "kind": "standard",
        "owner": "digitaal-bureau",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.digitaalbureau.example/std-api-design",
        "code_url": "https://code.digitaalbureau.example/std-api-design",
        "docs_url": "https://docs.digitaalbureau.example/std-api-design",
        "spec_url": "https://standaarden.digitaalbureau.example/std-api-design/",
        "version": "2.1.0",
        "tags": ["api", "rest", "openapi", "interoperability"],
        "maintenance": "internal",
        "contact_name": "Kennisteam API's",
        "contact_email": "apis@digitaalbureau.example",
        "capabilities": ["api-gateway", "architecture"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-06-12",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Mandatory design rules for REST APIs of government organisations, based on "
                "OpenAPI 3.",
                "Defines how government APIs name resources and handle versioning, errors, "
                "pagination and security, and how they publish an OpenAPI 3 description. The "
                "rules are on the comply-or-explain list, so every new public-sector API "
                "follows them or explains why not. A linter checks most rules automatically.",
            ),
            "nl": (
                "Verplichte ontwerpregels voor REST-API's van overheidsorganisaties, gebaseerd "
                "op OpenAPI 3.",
                "Beschrijft hoe API's van de overheid resources benoemen en omgaan met "
                "versiebeheer, foutmeldingen, paginering en beveiliging, en hoe ze een OpenAPI "
                "3-beschrijving publiceren. De regels staan op de pas-toe-of-leg-uitlijst: elke "
                "nieuwe API in de publieke sector volgt ze of legt uit waarom niet. Een linter "
                "controleert de meeste regels automatisch.",
            ),
        },
    },
    {
        "slug": "std-logging",
        "name": "Standaard Verwerkingenlogging",
        "kind": "standard",
        "owner": "digitaal-bureau",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.digitaalbureau.example/std-logging",
        "code_url": "https://code.digitaalbureau.example/std-logging",
        "docs_url": "https://docs.digitaalbureau.example/std-logging",
        "spec_url": "https://standaarden.digitaalbureau.example/std-logging/",
        "version": "1.0.0",
        "tags": ["logging", "privacy", "audit", "gdpr"],
        "maintenance": "internal",
        "contact_name": "Kennisteam Logging",
        "contact_email": "logging@digitaalbureau.example",
        "capabilities": ["logging-audit", "privacy-security"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-03-02",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Logging standard for recording every processing of personal data, with purpose "
                "and legal basis, across organisations.",
                "Each application that processes personal data writes a structured log entry "
                "with the activity, the legal basis, the data subject and a trace identifier "
                "that links calls across organisations. The log can be queried per resident, "
                "which makes the right of access under the GDPR workable. Version 1.0 was "
                "adopted in 2024; comply-or-explain status is expected in 2027.",
            ),
            "nl": (
                "Loggingstandaard voor het vastleggen van elke verwerking van persoonsgegevens, "
                "met doel en grondslag, over organisaties heen.",
                "Elke applicatie die persoonsgegevens verwerkt, schrijft een gestructureerde "
                "logregel met de activiteit, de grondslag, de betrokkene en een trace-id die "
                "aanroepen tussen organisaties aan elkaar koppelt. Het logboek is per inwoner "
                "te bevragen, waardoor het inzagerecht uit de AVG uitvoerbaar wordt. Versie 1.0 "
                "is in 2024 vastgesteld; de pas-toe-of-leg-uitstatus wordt in 2027 verwacht.",
            ),
        },
    },
    {
        "slug": "std-design-system",
        "name": "Ontwerpsysteem Overheid",
        "kind": "standard",
        "owner": "digitaal-bureau",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://www.digitaalbureau.example/std-design-system",
        "code_url": "https://code.digitaalbureau.example/std-design-system",
        "docs_url": "https://docs.digitaalbureau.example/std-design-system",
        "spec_url": "https://standaarden.digitaalbureau.example/std-design-system/",
        "version": "4.0",
        "tags": ["design-system", "ui", "accessibility", "design-tokens"],
        "maintenance": "community",
        "contact_name": "Kernteam Ontwerpsysteem",
        "contact_email": "ontwerpsysteem@digitaalbureau.example",
        "capabilities": ["user-interface"],
        "depends_on": [],
        "complies_with": [("std-accessibility", "complies", "")],
        "evidence": [],
        "last_verified": "2026-09-18",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Common design system: shared guidelines and design tokens so every government "
                "website looks different but works the same.",
                "Separates an organisation's house style (colours, fonts, logo) from the "
                "interaction patterns that all government services share, such as forms, error "
                "messages and step indicators. Organisations plug their own design tokens into "
                "the common patterns. The guidelines are tested with users, including people "
                "who use screen readers.",
            ),
            "nl": (
                "Gezamenlijk ontwerpsysteem: gedeelde richtlijnen en design tokens, zodat elke "
                "overheidssite er anders uitziet maar hetzelfde werkt.",
                "Scheidt de huisstijl van een organisatie (kleuren, lettertypen, logo) van de "
                "interactiepatronen die alle overheidsdiensten delen, zoals formulieren, "
                "foutmeldingen en stappenindicatoren. Organisaties koppelen hun eigen design "
                "tokens aan de gemeenschappelijke patronen. De richtlijnen zijn getest met "
                "gebruikers, onder wie mensen die een schermlezer gebruiken.",
            ),
        },
    },
    {
        "slug": "std-identity",
        "name": "Afsprakenstelsel Veilig Inloggen",
        "kind": "standard",
        "owner": "dienst-toegang",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.digitaletoegang.example/std-identity",
        "code_url": "https://code.digitaletoegang.example/std-identity",
        "docs_url": "https://docs.digitaletoegang.example/std-identity",
        "spec_url": "https://standaarden.digitaletoegang.example/std-identity/",
        "version": "3.2",
        "tags": ["identity", "oidc", "eidas", "authentication"],
        "maintenance": "internal",
        "contact_name": "Stelselbeheer Inloggen",
        "contact_email": "stelsel@digitaletoegang.example",
        "capabilities": ["authentication", "citizen-login", "business-login"],
        "depends_on": [],
        "complies_with": [("std-secure-transport", "complies", "")],
        "evidence": [],
        "last_verified": "2026-05-20",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Identity standard: an OpenID Connect profile with assurance levels for logging "
                "in to government services.",
                "Specifies how public services connect to login providers through OpenID "
                "Connect, which claims are exchanged and how the assurance levels low, "
                "substantial and high map to eIDAS. Providers are certified against the profile "
                "before they may be used. It replaced the earlier SAML-based agreements in "
                "2022.",
            ),
            "nl": (
                "Identiteitsstandaard: een OpenID Connect-profiel met betrouwbaarheidsniveaus "
                "voor inloggen bij de overheid.",
                "Legt vast hoe overheidsdiensten via OpenID Connect aansluiten op "
                "inlogmiddelen, welke claims worden uitgewisseld en hoe de "
                "betrouwbaarheidsniveaus laag, substantieel en hoog aansluiten op eIDAS. "
                "Aanbieders worden tegen het profiel gecertificeerd voordat ze gebruikt mogen "
                "worden. Het verving in 2022 de eerdere afspraken op basis van SAML.",
            ),
        },
    },
    {
        "slug": "std-notifications",
        "name": "Notificatiestandaard",
        "kind": "standard",
        "owner": "digitaal-bureau",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.digitaalbureau.example/std-notifications",
        "code_url": "https://code.digitaalbureau.example/std-notifications",
        "docs_url": "https://docs.digitaalbureau.example/std-notifications",
        "spec_url": "https://standaarden.digitaalbureau.example/std-notifications/",
        "version": "1.3",
        "tags": ["events", "cloudevents", "notifications"],
        "maintenance": "internal",
        "contact_name": "Kennisteam API's",
        "contact_email": "apis@digitaalbureau.example",
        "capabilities": ["event-subscriptions"],
        "depends_on": [],
        "complies_with": [("std-api-design", "complies", "")],
        "evidence": [],
        "last_verified": "2025-11-04",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Profile of CloudEvents for announcing changes in cases, registers and "
                "documents to subscribed systems.",
                "Describes the envelope, the event types and the subscription API of a "
                "notification service, so that a consumer subscribes once and receives events "
                "from every source that follows the standard. An event carries a reference, "
                "never the personal data itself; the consumer fetches the data under its own "
                "authorisation.",
            ),
            "nl": (
                "CloudEvents-profiel om wijzigingen in zaken, registraties en documenten te "
                "melden aan geabonneerde systemen.",
                "Beschrijft de envelop, de gebeurtenistypen en de abonnementen-API van een "
                "notificatiedienst, zodat een afnemer zich één keer abonneert en gebeurtenissen "
                "ontvangt van elke bron die de standaard volgt. Een notificatie bevat een "
                "verwijzing en nooit de persoonsgegevens zelf; de afnemer haalt de gegevens op "
                "met zijn eigen autorisatie.",
            ),
        },
    },
    {
        "slug": "std-case-api",
        "name": "Zaken-API-standaard",
        "kind": "standard",
        "owner": "digitaal-bureau",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.digitaalbureau.example/std-case-api",
        "code_url": "https://code.digitaalbureau.example/std-case-api",
        "docs_url": "https://docs.digitaalbureau.example/std-case-api",
        "spec_url": "https://standaarden.digitaalbureau.example/std-case-api/",
        "version": "1.5",
        "tags": ["zgw", "cases", "api"],
        "maintenance": "community",
        "contact_name": "Kennisteam API's",
        "contact_email": "apis@digitaalbureau.example",
        "capabilities": ["case-registration", "case-types"],
        "depends_on": [],
        "complies_with": [("std-api-design", "complies", "")],
        "evidence": [],
        "last_verified": "2026-02-14",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "API specification for registering cases with their statuses, roles and results "
                "in a uniform way.",
                "Part of the standards for case-oriented working: it defines resources for "
                "cases, statuses, roles, results and links to documents and decisions, together "
                "with the case-type catalogue that governs them. Several open-source and "
                "commercial case systems implement it, so a municipality can change supplier "
                "without migrating its data model.",
            ),
            "nl": (
                "API-specificatie om zaken met hun statussen, rollen en resultaten op een "
                "uniforme manier vast te leggen.",
                "Onderdeel van de standaarden voor zaakgericht werken: definieert resources "
                "voor zaken, statussen, rollen, resultaten en verwijzingen naar documenten en "
                "besluiten, samen met de zaaktypecatalogus die ze stuurt. Meerdere opensource- "
                "en commerciële zaaksystemen implementeren de standaard, zodat een gemeente van "
                "leverancier kan wisselen zonder haar gegevensmodel te migreren.",
            ),
        },
    },
    {
        "slug": "std-document-api",
        "name": "Documenten-API-standaard",
        "kind": "standard",
        "owner": "digitaal-bureau",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.digitaalbureau.example/std-document-api",
        "code_url": "https://code.digitaalbureau.example/std-document-api",
        "docs_url": "https://docs.digitaalbureau.example/std-document-api",
        "spec_url": "https://standaarden.digitaalbureau.example/std-document-api/",
        "version": "1.4",
        "tags": ["zgw", "documents", "api"],
        "maintenance": "community",
        "contact_name": "Kennisteam API's",
        "contact_email": "apis@digitaalbureau.example",
        "capabilities": ["document-management"],
        "depends_on": [],
        "complies_with": [
            ("std-api-design", "complies", ""),
            ("std-archiving-metadata", "complies", ""),
        ],
        "evidence": [],
        "last_verified": "2026-02-14",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "API specification for storing documents with their metadata, versions and locks.",
                "Defines information objects with metadata, file contents, versions and "
                "check-in and check-out, and their relation to cases. The metadata follow the "
                "national archiving schema, so documents can later be transferred to a digital "
                "repository without conversion.",
            ),
            "nl": (
                "API-specificatie voor het opslaan van documenten met hun metagegevens, versies "
                "en vergrendeling.",
                "Definieert informatieobjecten met metagegevens, bestandsinhoud, versies en in- "
                "en uitchecken, en de relatie met zaken. De metagegevens volgen het landelijke "
                "archiveringsschema, zodat documenten later zonder conversie naar een e-depot "
                "kunnen worden overgebracht.",
            ),
        },
    },
    {
        "slug": "std-accessibility",
        "name": "Toegankelijkheidseisen Digitale Overheid",
        "kind": "standard",
        "owner": "min-bdz",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://www.minbdz.example/std-accessibility",
        "code_url": "https://code.minbdz.example/std-accessibility",
        "docs_url": "https://docs.minbdz.example/std-accessibility",
        "spec_url": "https://standaarden.minbdz.example/std-accessibility/",
        "version": "2.1",
        "tags": ["accessibility", "wcag", "en-301-549"],
        "maintenance": "internal",
        "contact_name": "Programma Digitoegankelijk",
        "contact_email": "toegankelijkheid@minbdz.example",
        "capabilities": ["user-interface"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-01-09",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Legal accessibility requirements for government websites and apps: WCAG 2.1 "
                "level AA plus an accessibility statement.",
                "Bundles EN 301 549 and WCAG 2.1 level AA with the duty to publish an "
                "accessibility statement for each website or app, based on an audit no older "
                "than three years. The register of statements shows per organisation which "
                "sites comply fully, partially or not at all.",
            ),
            "nl": (
                "Wettelijke toegankelijkheidseisen voor websites en apps van de overheid: WCAG "
                "2.1 niveau AA plus een toegankelijkheidsverklaring.",
                "Bundelt EN 301 549 en WCAG 2.1 niveau AA met de plicht om per website of app "
                "een toegankelijkheidsverklaring te publiceren, gebaseerd op een onderzoek dat "
                "niet ouder is dan drie jaar. Het register van verklaringen laat per "
                "organisatie zien welke sites volledig, gedeeltelijk of niet voldoen.",
            ),
        },
    },
    {
        "slug": "std-software-metadata",
        "name": "Metadata Herbruikbare Software",
        "kind": "standard",
        "owner": "stichting-open-gemeenschap",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://www.opengemeenschap.example/std-software-metadata",
        "code_url": "https://code.opengemeenschap.example/std-software-metadata",
        "docs_url": "https://docs.opengemeenschap.example/std-software-metadata",
        "spec_url": "https://standaarden.opengemeenschap.example/std-software-metadata/",
        "version": "0.4",
        "tags": ["publiccode", "metadata", "catalogue", "yaml"],
        "maintenance": "community",
        "contact_name": "Werkgroep Metadata",
        "contact_email": "metadata@opengemeenschap.example",
        "capabilities": ["service-catalogue", "open-source"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2025-08-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Metadata file format, based on publiccode.yml, that describes reusable public "
                "software in its own repository.",
                "A YAML file in the root of a repository states the software's name, maturity, "
                "licence, maintainers, dependencies and the organisations that use it. "
                "Catalogues harvest these files, so the description stays next to the code and "
                "is updated with each release. The Dutch profile adds fields for the "
                "capabilities of the reference architecture.",
            ),
            "nl": (
                "Metadataformaat, gebaseerd op publiccode.yml, dat herbruikbare "
                "overheidssoftware in de eigen repository beschrijft.",
                "Een YAML-bestand in de hoofdmap van een repository vermeldt naam, "
                "volwassenheid, licentie, beheerders, afhankelijkheden en de organisaties die "
                "de software gebruiken. Catalogi oogsten deze bestanden, zodat de beschrijving "
                "naast de code staat en bij elke release wordt bijgewerkt. Het Nederlandse "
                "profiel voegt velden toe voor de capabilities uit de referentiearchitectuur.",
            ),
        },
    },
]
