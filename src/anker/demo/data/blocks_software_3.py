"""Software building blocks, part 3 of 3.

Portals, case management, forms, apps, research and partner software.
"""

SOFTWARE_BLOCKS_3 = [
    {
        "slug": "e-depot-connector",
        "name": "E-depot Connector",
        "kind": "software",
        "owner": "ict-rivierland",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.ictrivierland.example/e-depot-connector",
        "code_url": "https://code.ictrivierland.example/e-depot-connector",
        "docs_url": "https://docs.ictrivierland.example/e-depot-connector",
        "spec_url": "",
        "version": "1.2.0",
        "tags": ["archiving", "e-depot", "transfer"],
        "maintenance": "internal",
        "contact_name": "Team Informatiebeheer",
        "contact_email": "informatiebeheer@ictrivierland.example",
        "capabilities": ["archiving"],
        "depends_on": ["documenten-api"],
        "complies_with": [("std-archiving-metadata", "complies", "")],
        "evidence": [],
        "last_verified": "2025-11-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Transfers closed case files with their metadata from the document store to a "
                "digital archive repository.",
                "Selects files whose retention period requires transfer, validates the "
                "metadata, packages the files and hands them to the regional e-depot with a "
                "transfer report. It also processes destruction lists after the archivist has "
                "approved them.",
            ),
            "nl": (
                "Brengt gesloten zaakdossiers met hun metagegevens over van de documentopslag "
                "naar een e-depot.",
                "Selecteert dossiers die volgens de bewaartermijn moeten worden overgebracht, "
                "valideert de metagegevens, verpakt de dossiers en levert ze met een "
                "overdrachtsverklaring aan het regionale e-depot. Verwerkt ook "
                "vernietigingslijsten nadat de archivaris ze heeft goedgekeurd.",
            ),
        },
    },
    {
        "slug": "sjablonenservice",
        "name": "Sjablonenservice",
        "kind": "software",
        "owner": "gemeente-heemsloot",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.heemsloot.example/sjablonenservice",
        "code_url": "https://code.heemsloot.example/sjablonenservice",
        "docs_url": "https://docs.heemsloot.example/sjablonenservice",
        "spec_url": "",
        "version": "1.6.0",
        "tags": ["documents", "templates", "letters"],
        "maintenance": "internal",
        "contact_name": "Team Informatievoorziening",
        "contact_email": "iv@heemsloot.example",
        "capabilities": ["document-creation"],
        "depends_on": ["documenten-api"],
        "complies_with": [
            ("std-api-design", "complies", ""),
            ("std-archiving-metadata", "complies", ""),
            ("std-accessibility", "complies", "Generates tagged PDF/UA letters."),
        ],
        "evidence": [],
        "last_verified": "2024-10-01",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Generates letters and decisions from templates with data from the case, as "
                "accessible PDF.",
                "Civil servants manage templates with text blocks per product; the service "
                "fills them with case and person data and stores the result in the document "
                "store. The output is tagged PDF that screen readers can read aloud.",
            ),
            "nl": (
                "Genereert brieven en besluiten uit sjablonen met gegevens uit de zaak, als "
                "toegankelijke pdf.",
                "Ambtenaren beheren sjablonen met tekstblokken per product; de service vult ze "
                "met zaak- en persoonsgegevens en slaat het resultaat op in de documentopslag. "
                "De uitvoer is getagde pdf die schermlezers kunnen voorlezen.",
            ),
        },
    },
    {
        "slug": "regelcheck-inkomen",
        "name": "Regelcheck Inkomen",
        "kind": "software",
        "owner": "uitkeringsbureau",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.uitkeringsbureau.example/regelcheck-inkomen",
        "code_url": "https://code.uitkeringsbureau.example/regelcheck-inkomen",
        "docs_url": "https://docs.uitkeringsbureau.example/regelcheck-inkomen",
        "spec_url": "",
        "version": "2.3.0",
        "tags": ["benefits", "eligibility", "rules", "inclusion"],
        "maintenance": "internal",
        "contact_name": "Team Regelhulp",
        "contact_email": "regelhulp@uitkeringsbureau.example",
        "capabilities": ["income-support"],
        "depends_on": ["ontwerpsysteem-componenten"],
        "complies_with": [
            ("std-design-system", "complies", ""),
            ("std-accessibility", "complies", ""),
            ("std-algorithm-register", "complies", ""),
        ],
        "evidence": [],
        "last_verified": "2026-02-25",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Anonymous online check that shows which benefits and allowances a household "
                "may be entitled to.",
                "Residents answer questions about their household and income without logging "
                "in; the check evaluates national and municipal schemes that are published as "
                "machine-readable rules. Municipalities embed it in their website and add their "
                "local schemes.",
            ),
            "nl": (
                "Anonieme online check die laat zien op welke uitkeringen en toeslagen een "
                "huishouden mogelijk recht heeft.",
                "Inwoners beantwoorden zonder in te loggen vragen over hun huishouden en "
                "inkomen; de check toetst aan landelijke en gemeentelijke regelingen die als "
                "machineleesbare regels zijn gepubliceerd. Gemeenten nemen de check op in hun "
                "website en voegen hun lokale regelingen toe.",
            ),
        },
    },
    {
        "slug": "luchtmeet-analysekit",
        "name": "Luchtmeet Analysekit",
        "kind": "software",
        "owner": "universiteit-deltastad",
        "lifecycle": "production",
        "openness": "open",
        "licence": "MIT",
        "homepage_url": "https://www.uni-deltastad.example/luchtmeet-analysekit",
        "code_url": "https://code.uni-deltastad.example/luchtmeet-analysekit",
        "docs_url": "https://docs.uni-deltastad.example/luchtmeet-analysekit",
        "spec_url": "",
        "version": "1.8.2",
        "tags": ["air-quality", "python", "research", "calibration"],
        "maintenance": "community",
        "contact_name": "Lab Digitale Overheid",
        "contact_email": "digilab@uni-deltastad.example",
        "capabilities": ["reporting", "geo-analysis"],
        "depends_on": ["luchtkwaliteit-deltastad"],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2025-11-18",
        "default_language": "en",
        "descriptions": {
            "en": (
                "Python toolkit for calibrating low-cost air-quality sensors and producing "
                "neighbourhood reports.",
                "Contains the calibration models of the Deltastad sensor network, quality "
                "checks and notebooks that generate neighbourhood reports. Municipal analysts "
                "use it to evaluate traffic measures with their own sensor data.",
            ),
            "nl": (
                "Python-toolkit voor het kalibreren van goedkope luchtkwaliteitssensoren en het "
                "maken van wijkrapportages.",
                "Bevat de kalibratiemodellen van het sensornetwerk in Deltastad, "
                "kwaliteitscontroles en notebooks die wijkrapportages maken. Gemeentelijke "
                "analisten gebruiken de toolkit om verkeersmaatregelen met hun eigen "
                "sensorgegevens te evalueren.",
            ),
        },
    },
    {
        "slug": "patientportaal",
        "name": "Patiëntportaal Veenhaven",
        "kind": "software",
        "owner": "ziekenhuis-veenhaven",
        "lifecycle": "production",
        "openness": "restricted",
        "licence": "LicenseRef-proprietary",
        "homepage_url": "https://www.veenhavenziekenhuis.example/patientportaal",
        "code_url": "",
        "docs_url": "https://docs.veenhavenziekenhuis.example/patientportaal",
        "spec_url": "",
        "version": "2026.1",
        "tags": ["healthcare", "patients", "portal"],
        "maintenance": "contract",
        "contact_name": "Afdeling Informatievoorziening",
        "contact_email": "informatievoorziening@veenhavenziekenhuis.example",
        "capabilities": ["personal-portal"],
        "depends_on": ["toegangspoort", "machtigingsdienst"],
        "complies_with": [
            ("std-identity", "complies", ""),
            (
                "std-accessibility",
                "partially",
                "The appointment module complies; the test results page has open issues.",
            ),
        ],
        "evidence": [("dpia", "2024-03-04", "", ""), ("pentest", "2026-06-24", "", "")],
        "last_verified": "2026-06-24",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Portal where patients see their appointments, test results and letters and "
                "message their care team.",
                "Patients log in with the national login service; a parent or carer can act for "
                "a patient through the mandate service. The portal is a configured module of "
                "the hospital's commercial electronic health record system.",
            ),
            "nl": (
                "Portaal waar patiënten hun afspraken, uitslagen en brieven zien en hun "
                "behandelteam een bericht sturen.",
                "Patiënten loggen in met de landelijke inlogvoorziening; een ouder of "
                "mantelzorger kan via de Machtigingsdienst namens een patiënt handelen. Het "
                "portaal is een ingerichte module van het commerciële elektronisch "
                "patiëntendossier van het ziekenhuis.",
            ),
        },
    },
    {
        "slug": "datastraat",
        "name": "Datastraat",
        "kind": "software",
        "owner": "provincie-zuiderdelta",
        "lifecycle": "production",
        "openness": "open",
        "licence": "Apache-2.0",
        "homepage_url": "https://www.zuiderdelta.example/datastraat",
        "code_url": "https://code.zuiderdelta.example/datastraat",
        "docs_url": "https://docs.zuiderdelta.example/datastraat",
        "spec_url": "",
        "version": "2.4.1",
        "tags": ["data", "etl", "pipelines", "open-data"],
        "maintenance": "community",
        "contact_name": "Team Data",
        "contact_email": "data@zuiderdelta.example",
        "capabilities": ["data-integration", "open-data"],
        "depends_on": ["open-data-portaal"],
        "complies_with": [
            ("std-open-data", "complies", ""),
            (
                "std-logging",
                "partially",
                "Pipeline runs are logged; most pipelines process no personal data.",
            ),
        ],
        "evidence": [],
        "last_verified": "2026-03-16",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Open-source toolkit of data pipelines that load, check and publish regional "
                "datasets automatically.",
                "Pipelines are written as configuration: a source, checks, transformations and "
                "a target such as the open data portal or the regional data workbench. The "
                "province runs about 140 pipelines with it; municipalities reuse pipelines for "
                "shared sources such as the address register.",
            ),
            "nl": (
                "Opensource toolkit met datapijplijnen die regionale datasets automatisch "
                "laden, controleren en publiceren.",
                "Pijplijnen worden als configuratie beschreven: een bron, controles, "
                "transformaties en een doel, zoals het open-dataportaal of de regionale "
                "datawerkplaats. De provincie draait er zo'n 140 pijplijnen mee; gemeenten "
                "hergebruiken pijplijnen voor gedeelde bronnen zoals de adressenregistratie.",
            ),
        },
    },
    {
        "slug": "pseudonimisering-bibliotheek",
        "name": "Pseudonimiseringsbibliotheek",
        "kind": "software",
        "owner": "universiteit-deltastad",
        "lifecycle": "experiment",
        "openness": "open",
        "licence": "Apache-2.0",
        "homepage_url": "https://www.uni-deltastad.example/pseudonimisering-bibliotheek",
        "code_url": "https://code.uni-deltastad.example/pseudonimisering-bibliotheek",
        "docs_url": "https://docs.uni-deltastad.example/pseudonimisering-bibliotheek",
        "spec_url": "",
        "version": "0.4.0",
        "tags": ["privacy", "pseudonymisation", "cryptography", "research"],
        "maintenance": "community",
        "contact_name": "Lab Digitale Overheid",
        "contact_email": "digilab@uni-deltastad.example",
        "capabilities": ["pseudonymisation"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-05-02",
        "default_language": "en",
        "descriptions": {
            "en": (
                "Research library for polymorphic pseudonymisation, so that data can be linked "
                "only by authorised parties.",
                "Implements encryption schemes in which a central service creates a different "
                "pseudonym per recipient without seeing the data. It is a research prototype "
                "for evaluating the national pseudonymisation pilot and is not meant for "
                "production use.",
            ),
            "nl": (
                "Onderzoeksbibliotheek voor polymorfe pseudonimisering, zodat gegevens alleen "
                "door bevoegde partijen te koppelen zijn.",
                "Implementeert versleutelingsschema's waarmee een centrale dienst per ontvanger "
                "een ander pseudoniem maakt zonder de gegevens te zien. Het is een "
                "onderzoeksprototype om de landelijke pilot voor pseudonimisering te evalueren "
                "en niet bedoeld voor productiegebruik.",
            ),
        },
    },
    {
        "slug": "kaartviewer",
        "name": "Kaartviewer",
        "kind": "software",
        "owner": "kaartdienst",
        "lifecycle": "production",
        "openness": "open",
        "licence": "MIT",
        "homepage_url": "https://www.kaartdienst.example/kaartviewer",
        "code_url": "https://code.kaartdienst.example/kaartviewer",
        "docs_url": "https://docs.kaartdienst.example/kaartviewer",
        "spec_url": "",
        "version": "6.1.0",
        "tags": ["geo", "maps", "viewer", "javascript"],
        "maintenance": "community",
        "contact_name": "Servicedesk Kaartplatform",
        "contact_email": "kaartplatform@kaartdienst.example",
        "capabilities": ["maps"],
        "depends_on": ["kaartplatform"],
        "complies_with": [
            (
                "std-accessibility",
                "partially",
                "Keyboard navigation works; map content needs text alternatives in each "
                "application.",
            ),
        ],
        "evidence": [],
        "last_verified": "2026-02-17",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "JavaScript map viewer for embedding national and local map layers in "
                "government websites.",
                "Layers, address search and measuring tools are configured in a JSON file, and "
                "the viewer is embedded with one script tag. By default it loads the national "
                "layers from the map platform, and it can add local services.",
            ),
            "nl": (
                "JavaScript-kaartviewer om landelijke en lokale kaartlagen in overheidswebsites "
                "op te nemen.",
                "Lagen, zoeken op adres en meetgereedschap worden in een JSON-bestand "
                "geconfigureerd, en de viewer wordt met één scripttag ingebed. Standaard laadt "
                "hij de landelijke lagen uit het Kaartplatform, en hij kan lokale services "
                "toevoegen.",
            ),
        },
    },
    {
        "slug": "participatieplatform",
        "name": "Participatieplatform Leiemonde",
        "kind": "software",
        "owner": "stad-leiemonde",
        "lifecycle": "production",
        "openness": "open",
        "licence": "AGPL-3.0-or-later",
        "homepage_url": "https://www.leiemonde.example/participatieplatform",
        "code_url": "https://code.leiemonde.example/participatieplatform",
        "docs_url": "https://docs.leiemonde.example/participatieplatform",
        "spec_url": "",
        "version": "0.28.2",
        "tags": ["participation", "consultation", "voting", "democracy"],
        "maintenance": "community",
        "contact_name": "Dienst Participatie",
        "contact_email": "participatie@leiemonde.example",
        "capabilities": ["participation"],
        "depends_on": [],
        "complies_with": [("std-accessibility", "complies", "")],
        "evidence": [],
        "last_verified": "2025-12-19",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Participation platform for residents' proposals, neighbourhood budgets and "
                "consultations, run by the city of Leiemonde.",
                "Residents submit proposals, comment and vote on how part of the neighbourhood "
                "budget is spent; the city reports back on what it did with each proposal. It "
                "is based on an open-source participation framework and configured by the "
                "city's own team.",
            ),
            "nl": (
                "Participatieplatform voor voorstellen van inwoners, wijkbudgetten en "
                "bevragingen, beheerd door de stad Leiemonde.",
                "Inwoners dienen voorstellen in, reageren en stemmen over de besteding van een "
                "deel van het wijkbudget; de stad meldt terug wat ze met elk voorstel heeft "
                "gedaan. Het is gebaseerd op een opensource participatieframework en ingericht "
                "door het eigen team van de stad.",
            ),
        },
    },
    {
        "slug": "verwerkingenlog-bibliotheek",
        "name": "Verwerkingenlog-bibliotheek",
        "kind": "software",
        "owner": "digitaal-bureau",
        "lifecycle": "pilot",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.digitaalbureau.example/verwerkingenlog-bibliotheek",
        "code_url": "https://code.digitaalbureau.example/verwerkingenlog-bibliotheek",
        "docs_url": "https://docs.digitaalbureau.example/verwerkingenlog-bibliotheek",
        "spec_url": "",
        "version": "0.5.0",
        "tags": ["logging", "privacy", "library", "opentelemetry"],
        "maintenance": "community",
        "contact_name": "Kennisteam Logging",
        "contact_email": "logging@digitaalbureau.example",
        "capabilities": ["logging-audit"],
        "depends_on": ["verwerkingenlog-api", "std-logging"],
        "complies_with": [("std-logging", "complies", "")],
        "evidence": [],
        "last_verified": "2026-10-15",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Libraries for Python, Java and .NET that write processing logs according to "
                "the logging standard.",
                "Extends OpenTelemetry: developers add the legal basis and the data subject to "
                "a span and the library writes a standard processing log. In the pilot the case "
                "register and the persons API use it.",
            ),
            "nl": (
                "Bibliotheken voor Python, Java en .NET die verwerkingenlogs volgens de "
                "standaard schrijven.",
                "Breidt OpenTelemetry uit: ontwikkelaars voegen de grondslag en de betrokkene "
                "toe aan een span en de bibliotheek schrijft een standaard verwerkingenlog. In "
                "de pilot gebruiken het Zaakregister en de Personen Bevragen API de "
                "bibliotheek.",
            ),
        },
    },
    {
        "slug": "klantcontactsysteem",
        "name": "Klantcontactsysteem",
        "kind": "software",
        "owner": "raakvlak",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.raakvlak.example/klantcontactsysteem",
        "code_url": "https://code.raakvlak.example/klantcontactsysteem",
        "docs_url": "https://docs.raakvlak.example/klantcontactsysteem",
        "spec_url": "",
        "version": "3.5.0",
        "tags": ["contact-centre", "crm", "knowledge-base"],
        "maintenance": "contract",
        "contact_name": "Productteam KCS",
        "contact_email": "kcs@raakvlak.example",
        "capabilities": ["contact-centre"],
        "depends_on": ["zaken-api", "pdc-api", "brp-api", "sso-medewerkers"],
        "complies_with": [
            ("std-api-design", "complies", ""),
            ("std-accessibility", "complies", ""),
            ("std-logging", "partially", "Person lookups are logged; contact moments are not yet."),
        ],
        "evidence": [("pentest", "2025-07-09", "", "")],
        "last_verified": "2025-07-09",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Open-source contact-centre application: one screen with the caller's cases, "
                "contact history and product knowledge.",
                "Contact-centre staff look up a resident, see their cases and earlier contacts, "
                "answer with texts from the product catalogue and pass questions on to "
                "departments. Raakvlak develops it as open source and sells support and "
                "hosting.",
            ),
            "nl": (
                "Opensource klantcontactapplicatie: één scherm met de zaken, contacthistorie en "
                "productkennis voor de beller.",
                "Medewerkers van het klantcontactcentrum zoeken een inwoner op, zien zijn zaken "
                "en eerdere contacten, antwoorden met teksten uit de productencatalogus en "
                "zetten vragen door naar afdelingen. Raakvlak ontwikkelt het als opensource en "
                "verkoopt ondersteuning en hosting.",
            ),
        },
    },
    {
        "slug": "handhavingsapp",
        "name": "Handhavingsapp",
        "kind": "software",
        "owner": "gemeente-sluisdonk",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.sluisdonk.example/handhavingsapp",
        "code_url": "",
        "docs_url": "https://docs.sluisdonk.example/handhavingsapp",
        "spec_url": "",
        "version": "2.7",
        "tags": ["enforcement", "mobile", "inspection", "parking"],
        "maintenance": "internal",
        "contact_name": "Team Handhaving ICT",
        "contact_email": "handhaving@sluisdonk.example",
        "capabilities": ["inspection", "parking"],
        "depends_on": ["parkeerrechten-api", "meldingen-api", "sso-medewerkers"],
        "complies_with": [
            (
                "std-logging",
                "partially",
                "Offline checks are logged after synchronisation, without the legal basis.",
            ),
        ],
        "evidence": [("dpia", "2023-08-21", "", "DPIA on photos and licence plates.")],
        "last_verified": "2025-02-10",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Mobile app for enforcement officers to check parking rights, record offences "
                "and handle public-space reports on the street.",
                "Officers scan a licence plate, check parking rights, take photos and draw up "
                "an official report on the device; residents' reports appear as tasks on a map. "
                "It works offline and synchronises when a connection is available.",
            ),
            "nl": (
                "Mobiele app voor handhavers om op straat parkeerrechten te controleren, "
                "overtredingen vast te leggen en meldingen af te handelen.",
                "Handhavers scannen een kenteken, controleren parkeerrechten, maken foto's en "
                "stellen op het apparaat een proces-verbaal op; meldingen van inwoners "
                "verschijnen als taken op een kaart. De app werkt offline en synchroniseert "
                "zodra er verbinding is.",
            ),
        },
    },
]
