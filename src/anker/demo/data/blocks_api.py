"""API building blocks, part 1 of 2.

Registers, case and document APIs, municipal and partner APIs.
"""

API_BLOCKS = [
    {
        "slug": "brp-api",
        "name": "Personen Bevragen API",
        "kind": "api",
        "owner": "dienst-registers",
        "lifecycle": "anchored",
        "openness": "restricted",
        "licence": "",
        "homepage_url": "https://www.basisgegevens.example/brp-api",
        "code_url": "",
        "docs_url": "https://docs.basisgegevens.example/brp-api",
        "spec_url": "https://api.basisgegevens.example/brp-api/openapi.yaml",
        "version": "2.0",
        "tags": ["persons", "register", "bsn"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Basisgegevens",
        "contact_email": "servicedesk@basisgegevens.example",
        "capabilities": ["persons"],
        "depends_on": ["api-gateway"],
        "complies_with": [
            ("std-api-design", "complies", ""),
            ("std-logging", "complies", ""),
            ("std-secure-transport", "complies", ""),
        ],
        "evidence": [
            ("dpia", "2024-01-22", "", "DPIA on field-level authorisation per consumer."),
            ("pentest", "2025-05-30", "", ""),
        ],
        "last_verified": "2026-08-05",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "API to query the national person register by citizen service number or by name "
                "and date of birth.",
                "Returns only the fields a consumer is authorised for on its legal basis, "
                "instead of a full copy of the record. It replaces the old nightly bulk "
                "deliveries of person data to municipalities. Access runs through the federated "
                "API gateway.",
            ),
            "nl": (
                "API om de landelijke persoonsregistratie te bevragen op burgerservicenummer of "
                "op naam en geboortedatum.",
                "Levert alleen de velden waarvoor een afnemer op basis van zijn grondslag is "
                "geautoriseerd, in plaats van een volledige kopie van de persoonslijst. De API "
                "vervangt de oude nachtelijke bulkleveringen van persoonsgegevens aan "
                "gemeenten. Toegang loopt via de Federatieve API-poort.",
            ),
        },
    },
    {
        "slug": "adressen-api",
        "name": "Adressen en Gebouwen API",
        "kind": "api",
        "owner": "dienst-registers",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://www.basisgegevens.example/adressen-api",
        "code_url": "https://code.basisgegevens.example/adressen-api",
        "docs_url": "https://docs.basisgegevens.example/adressen-api",
        "spec_url": "https://api.basisgegevens.example/adressen-api/openapi.yaml",
        "version": "2.1",
        "tags": ["addresses", "buildings", "register", "open-data"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Basisgegevens",
        "contact_email": "servicedesk@basisgegevens.example",
        "capabilities": ["addresses-buildings"],
        "depends_on": ["api-gateway"],
        "complies_with": [
            ("std-api-design", "complies", ""),
            ("std-secure-transport", "complies", ""),
        ],
        "evidence": [],
        "last_verified": "2026-08-05",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Open API for addresses and buildings with their year of construction, floor "
                "area and use.",
                "Anyone can look up an address, the building it belongs to and its official "
                "use, such as housing or offices. Municipalities are the source holders and "
                "update the register; changes are in the API within a day.",
            ),
            "nl": (
                "Open API voor adressen en panden met hun bouwjaar, oppervlakte en gebruiksdoel.",
                "Iedereen kan een adres opzoeken, het pand waartoe het hoort en het officiële "
                "gebruiksdoel, zoals wonen of kantoor. Gemeenten zijn bronhouder en werken de "
                "registratie bij; wijzigingen staan binnen een dag in de API.",
            ),
        },
    },
    {
        "slug": "bedrijven-api",
        "name": "Bedrijvenregister API",
        "kind": "api",
        "owner": "dienst-registers",
        "lifecycle": "production",
        "openness": "restricted",
        "licence": "",
        "homepage_url": "https://www.basisgegevens.example/bedrijven-api",
        "code_url": "",
        "docs_url": "https://docs.basisgegevens.example/bedrijven-api",
        "spec_url": "https://api.basisgegevens.example/bedrijven-api/openapi.yaml",
        "version": "1.4",
        "tags": ["businesses", "register"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Basisgegevens",
        "contact_email": "servicedesk@basisgegevens.example",
        "capabilities": ["businesses"],
        "depends_on": ["api-gateway"],
        "complies_with": [("std-api-design", "complies", "")],
        "evidence": [],
        "last_verified": "2025-06-20",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "API to query companies, establishments and authorised signatories in the "
                "national business register.",
                "Government bodies look up a company by its registration number and receive its "
                "legal form, addresses, activities and signatories. Municipalities use it to "
                "prefill forms for businesses and to check who may sign a permit application.",
            ),
            "nl": (
                "API om ondernemingen, vestigingen en tekenbevoegden in het landelijke "
                "bedrijvenregister op te vragen.",
                "Overheidsorganisaties zoeken een onderneming op inschrijvingsnummer op en "
                "ontvangen rechtsvorm, adressen, activiteiten en tekenbevoegden. Gemeenten "
                "gebruiken de API om formulieren voor ondernemers vooraf in te vullen en te "
                "controleren wie een vergunningaanvraag mag ondertekenen.",
            ),
        },
    },
    {
        "slug": "woz-api",
        "name": "WOZ-waarden API",
        "kind": "api",
        "owner": "dienst-registers",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.basisgegevens.example/woz-api",
        "code_url": "",
        "docs_url": "https://docs.basisgegevens.example/woz-api",
        "spec_url": "https://api.basisgegevens.example/woz-api/openapi.yaml",
        "version": "1.2",
        "tags": ["property-value", "woz", "register"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Basisgegevens",
        "contact_email": "servicedesk@basisgegevens.example",
        "capabilities": ["property-valuation"],
        "depends_on": ["api-gateway"],
        "complies_with": [
            ("std-api-design", "complies", ""),
            (
                "std-logging",
                "partially",
                "Bulk requests by tax offices are logged per batch, not per object.",
            ),
        ],
        "evidence": [],
        "last_verified": "2025-11-20",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "API that returns the official property value of a building and its reference "
                "date.",
                "Municipalities determine property values every year and deliver them to the "
                "national register; this API makes them available to other public bodies and, "
                "for their own home, to residents. Tax offices and the benefits agency are the "
                "largest consumers.",
            ),
            "nl": (
                "API die de officiële WOZ-waarde van een object met de waardepeildatum teruggeeft.",
                "Gemeenten stellen de WOZ-waarden jaarlijks vast en leveren ze aan de "
                "landelijke voorziening; deze API stelt ze beschikbaar aan andere overheden en, "
                "voor hun eigen woning, aan inwoners. Belastingdiensten en het uitkeringsbureau "
                "zijn de grootste afnemers.",
            ),
        },
    },
    {
        "slug": "zaken-api",
        "name": "Zaken API Rivierland",
        "kind": "api",
        "owner": "ict-rivierland",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.ictrivierland.example/zaken-api",
        "code_url": "",
        "docs_url": "https://docs.ictrivierland.example/zaken-api",
        "spec_url": "https://api.ictrivierland.example/zaken-api/openapi.yaml",
        "version": "1.5",
        "tags": ["cases", "zgw", "api"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Rivierland",
        "contact_email": "servicedesk@ictrivierland.example",
        "capabilities": ["case-registration"],
        "depends_on": ["zaakregister", "documenten-api", "api-gateway"],
        "complies_with": [
            ("std-case-api", "complies", ""),
            ("std-api-design", "complies", ""),
            (
                "std-logging",
                "partially",
                "The audit trail is complete; the processing purpose is not yet recorded per call.",
            ),
        ],
        "evidence": [("pentest", "2025-11-12", "", "Tested together with the document platform.")],
        "last_verified": "2026-03-25",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Case API hosted by the Rivierland service centre for its members and other "
                "municipalities.",
                "A managed installation of the open-source case register that offers the case "
                "API standard. Portals, forms and case-handling applications of the connected "
                "municipalities all read and write here, so a resident sees the status of every "
                "case in one place.",
            ),
            "nl": (
                "Zaken-API die het servicecentrum Rivierland host voor zijn leden en andere "
                "gemeenten.",
                "Een beheerde installatie van het opensource Zaakregister die de "
                "Zaken-API-standaard aanbiedt. Portalen, formulieren en zaakafhandelapplicaties "
                "van de aangesloten gemeenten schrijven en lezen hier allemaal, zodat een "
                "inwoner de status van al zijn zaken op één plek ziet.",
            ),
        },
    },
    {
        "slug": "documenten-api",
        "name": "Documenten API Rivierland",
        "kind": "api",
        "owner": "ict-rivierland",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.ictrivierland.example/documenten-api",
        "code_url": "",
        "docs_url": "https://docs.ictrivierland.example/documenten-api",
        "spec_url": "https://api.ictrivierland.example/documenten-api/openapi.yaml",
        "version": "1.4",
        "tags": ["documents", "zgw", "api"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Rivierland",
        "contact_email": "servicedesk@ictrivierland.example",
        "capabilities": ["document-management"],
        "depends_on": ["documentplatform"],
        "complies_with": [("std-document-api", "complies", ""), ("std-api-design", "complies", "")],
        "evidence": [],
        "last_verified": "2026-03-25",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "API in front of the shared document platform, following the document API "
                "standard.",
                "Lets case systems, portals and document generators store and retrieve "
                "documents in the shared store without knowing how it is organised internally. "
                "Access is granted per application and per confidentiality level of the case "
                "type.",
            ),
            "nl": (
                "API voor het gedeelde documentplatform, volgens de Documenten-API-standaard.",
                "Hiermee slaan zaaksystemen, portalen en documentgeneratoren documenten op in "
                "de gedeelde opslag en halen ze op, zonder te weten hoe die intern is "
                "ingericht. Toegang wordt verleend per applicatie en per "
                "vertrouwelijkheidsniveau van het zaaktype.",
            ),
        },
    },
    {
        "slug": "kustbank-betaalverzoek-api",
        "name": "Kustbank Betaalverzoek-API",
        "kind": "api",
        "owner": "kustbank",
        "lifecycle": "production",
        "openness": "restricted",
        "licence": "LicenseRef-proprietary",
        "homepage_url": "https://developer.kustbank.example/payment-requests",
        "code_url": "",
        "docs_url": "https://developer.kustbank.example/docs/payment-requests",
        "spec_url": "https://developer.kustbank.example/specs/payment-requests-v3.yaml",
        "version": "3.2",
        "tags": ["payments", "bank", "api", "psd2"],
        "maintenance": "contract",
        "contact_name": "Developer Relations",
        "contact_email": "developers@kustbank.example",
        "capabilities": ["online-payments"],
        "depends_on": [],
        "complies_with": [
            (
                "std-api-design",
                "partially",
                "Follows the design rules except for the error model, which follows the bank's "
                "own conventions.",
            ),
            ("std-secure-transport", "complies", ""),
            ("std-payment-requests", "partially", "Implements draft 0.2 in the sandbox only."),
        ],
        "evidence": [
            (
                "pentest",
                "2026-02-09",
                "",
                "External pentest; the report is available to contract parties under NDA.",
            ),
        ],
        "last_verified": "2026-02-09",
        "default_language": "en",
        "descriptions": {
            "en": (
                "The bank's payment API for creating payment requests and receiving the payment "
                "status in real time.",
                "A contract party creates a payment with a fixed reference, receives a webhook "
                "as soon as it is paid and downloads daily statements. The government payment "
                "facility uses it as one of its acquiring channels. Access requires a contract "
                "and a qualified certificate.",
            ),
            "nl": (
                "Betaal-API van de bank voor het aanmaken van betaalverzoeken en het realtime "
                "ontvangen van de betaalstatus.",
                "Een contractpartij maakt hiermee een betaling aan met een vast kenmerk, "
                "ontvangt een webhook zodra er betaald is en downloadt dagafschriften. De "
                "Betaalvoorziening Overheid gebruikt de API als een van haar acceptatiekanalen. "
                "Toegang vraagt een contract en een gekwalificeerd certificaat.",
            ),
        },
    },
    {
        "slug": "gemeentepolis-api",
        "name": "Gemeentepolis Aanmeld-API",
        "kind": "api",
        "owner": "samen-gezond",
        "lifecycle": "production",
        "openness": "restricted",
        "licence": "LicenseRef-proprietary",
        "homepage_url": "https://www.samengezond.example/gemeentepolis-api",
        "code_url": "",
        "docs_url": "https://docs.samengezond.example/gemeentepolis-api",
        "spec_url": "https://api.samengezond.example/gemeentepolis-api/openapi.yaml",
        "version": "2.0",
        "tags": ["healthcare", "insurance", "income"],
        "maintenance": "contract",
        "contact_name": "Team Gemeenten",
        "contact_email": "gemeenten@samengezond.example",
        "capabilities": ["income-support"],
        "depends_on": [],
        "complies_with": [
            (
                "std-api-design",
                "explained",
                "The insurer's API platform predates the government design rules; a documented "
                "mapping is available.",
            ),
            ("std-logging", "complies", ""),
        ],
        "evidence": [("dpia", "2024-11-20", "", "Joint DPIA with three municipalities.")],
        "last_verified": "2025-01-15",
        "default_language": "en",
        "descriptions": {
            "en": (
                "API through which municipalities enrol low-income residents in the collective "
                "municipal health insurance.",
                "A municipality sends an enrolment with the citizen service number and the "
                "chosen cover; the insurer confirms and returns the premium contribution the "
                "municipality pays. It replaced monthly spreadsheets exchanged by e-mail.",
            ),
            "nl": (
                "API waarmee gemeenten inwoners met een laag inkomen aanmelden voor de "
                "collectieve gemeentepolis.",
                "Een gemeente stuurt een aanmelding met het burgerservicenummer en de gekozen "
                "dekking; de verzekeraar bevestigt en geeft de premiebijdrage van de gemeente "
                "terug. De API verving maandelijkse spreadsheets die per e-mail werden "
                "uitgewisseld.",
            ),
        },
    },
    {
        "slug": "percelen-api",
        "name": "Kadastrale Percelen API",
        "kind": "api",
        "owner": "kaartdienst",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.kaartdienst.example/percelen-api",
        "code_url": "https://code.kaartdienst.example/percelen-api",
        "docs_url": "https://docs.kaartdienst.example/percelen-api",
        "spec_url": "https://api.kaartdienst.example/percelen-api/openapi.yaml",
        "version": "2.2",
        "tags": ["cadastre", "parcels", "geo"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Kaartplatform",
        "contact_email": "kaartplatform@kaartdienst.example",
        "capabilities": ["cadastre"],
        "depends_on": ["kaartplatform"],
        "complies_with": [("std-api-design", "complies", ""), ("std-geo-metadata", "complies", "")],
        "evidence": [],
        "last_verified": "2026-01-14",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Open API with cadastral parcel boundaries, parcel numbers and areas.",
                "Returns parcels by number, by coordinate or within an area, with their "
                "geometry and size. Ownership is not included; it remains available only to "
                "authorised bodies through the closed cadastre services.",
            ),
            "nl": (
                "Open API met kadastrale perceelgrenzen, perceelnummers en oppervlaktes.",
                "Levert percelen op nummer, op coördinaat of binnen een gebied, met hun "
                "geometrie en grootte. Eigendomsgegevens zitten er niet in; die blijven alleen "
                "via de gesloten kadasterdiensten beschikbaar voor bevoegde organisaties.",
            ),
        },
    },
    {
        "slug": "topografie-api",
        "name": "Topografie API",
        "kind": "api",
        "owner": "kaartdienst",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.kaartdienst.example/topografie-api",
        "code_url": "https://code.kaartdienst.example/topografie-api",
        "docs_url": "https://docs.kaartdienst.example/topografie-api",
        "spec_url": "https://api.kaartdienst.example/topografie-api/openapi.yaml",
        "version": "1.3",
        "tags": ["topography", "geo", "ogc-api"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Kaartplatform",
        "contact_email": "kaartplatform@kaartdienst.example",
        "capabilities": ["topography"],
        "depends_on": ["kaartplatform"],
        "complies_with": [("std-api-design", "complies", ""), ("std-geo-metadata", "complies", "")],
        "evidence": [],
        "last_verified": "2025-05-02",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "OGC API Features service for the large-scale topography of roads, buildings, "
                "water and greenery.",
                "Provides the object-level topography that municipalities, provinces and water "
                "authorities maintain together. Applications use it for detailed base maps and "
                "to select objects, such as all trees or road sections in an area.",
            ),
            "nl": (
                "OGC API Features-service voor de grootschalige topografie van wegen, panden, "
                "water en groen.",
                "Biedt de topografie op objectniveau die gemeenten, provincies en waterschappen "
                "samen bijhouden. Applicaties gebruiken de service voor gedetailleerde "
                "ondergronden en om objecten te selecteren, zoals alle bomen of wegvakken in "
                "een gebied.",
            ),
        },
    },
    {
        "slug": "inkomens-api",
        "name": "Inkomensgegevens API",
        "kind": "api",
        "owner": "uitkeringsbureau",
        "lifecycle": "production",
        "openness": "restricted",
        "licence": "",
        "homepage_url": "https://www.uitkeringsbureau.example/inkomens-api",
        "code_url": "",
        "docs_url": "https://docs.uitkeringsbureau.example/inkomens-api",
        "spec_url": "https://api.uitkeringsbureau.example/inkomens-api/openapi.yaml",
        "version": "2.1",
        "tags": ["income", "benefits", "social-domain"],
        "maintenance": "internal",
        "contact_name": "Team Ketenberichten",
        "contact_email": "keten@uitkeringsbureau.example",
        "capabilities": ["income-support"],
        "depends_on": ["api-gateway", "brp-api"],
        "complies_with": [("std-api-design", "complies", ""), ("std-logging", "complies", "")],
        "evidence": [("dpia", "2023-02-15", "", "")],
        "last_verified": "2025-09-28",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "API that gives municipalities the income and benefit data of people who apply "
                "for income support.",
                "Instead of asking residents for payslips and benefit statements, a "
                "municipality retrieves an applicant's employment income and benefits for a "
                "given period. Every request is logged with the application it belongs to.",
            ),
            "nl": (
                "API die gemeenten de inkomens- en uitkeringsgegevens levert van mensen die "
                "bijstand aanvragen.",
                "In plaats van inwoners om loonstroken en uitkeringsspecificaties te vragen, "
                "haalt een gemeente de inkomsten en uitkeringen van een aanvrager over een "
                "bepaalde periode op. Elke bevraging wordt gelogd met de aanvraag waar ze bij "
                "hoort.",
            ),
        },
    },
    {
        "slug": "afvalwijzer-api",
        "name": "Afvalwijzer API",
        "kind": "api",
        "owner": "heemsloot-ict",
        "lifecycle": "production",
        "openness": "open",
        "licence": "MIT",
        "homepage_url": "https://www.heemsloot.example/afvalwijzer-api",
        "code_url": "https://code.heemsloot.example/afvalwijzer-api",
        "docs_url": "https://docs.heemsloot.example/afvalwijzer-api",
        "spec_url": "",
        "version": "1.2",
        "tags": ["waste", "collection", "calendar"],
        "maintenance": "internal",
        "contact_name": "ICT-team Heemsloot",
        "contact_email": "ict@heemsloot.example",
        "capabilities": ["waste-collection"],
        "depends_on": ["adressen-api"],
        "complies_with": [
            (
                "std-api-design",
                "partially",
                "Paths and errors comply; no OpenAPI description is published yet.",
            ),
        ],
        "evidence": [],
        "last_verified": "2024-11-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Waste calendar API that returns the collection days for an address, used by "
                "the municipal website and app.",
                "Given a postcode and house number, it returns the next collection dates per "
                "waste stream and the nearest recycling centre. The collection schedule is "
                "imported weekly from the waste company's planning system.",
            ),
            "nl": (
                "Afvalkalender-API die voor een adres de ophaaldagen teruggeeft, gebruikt door "
                "de gemeentelijke website en app.",
                "Geeft op basis van postcode en huisnummer de volgende ophaaldata per "
                "afvalstroom en de dichtstbijzijnde milieustraat. Het ophaalschema wordt "
                "wekelijks ingelezen uit het planningssysteem van het afvalbedrijf.",
            ),
        },
    },
]
