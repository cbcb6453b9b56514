"""Software building blocks, part 2 of 3.

Portals, case management, forms, apps, research and partner software.
"""

SOFTWARE_BLOCKS_2 = [
    {
        "slug": "ontwerpsysteem-componenten",
        "name": "Ontwerpsysteem Componentenbibliotheek",
        "kind": "software",
        "owner": "digitaal-bureau",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.digitaalbureau.example/ontwerpsysteem-componenten",
        "code_url": "https://code.digitaalbureau.example/ontwerpsysteem-componenten",
        "docs_url": "https://docs.digitaalbureau.example/ontwerpsysteem-componenten",
        "spec_url": "",
        "version": "5.3.0",
        "tags": ["design-system", "components", "web-components", "react", "accessibility"],
        "maintenance": "community",
        "contact_name": "Kernteam Ontwerpsysteem",
        "contact_email": "ontwerpsysteem@digitaalbureau.example",
        "capabilities": ["user-interface"],
        "depends_on": ["std-design-system"],
        "complies_with": [
            ("std-design-system", "complies", ""),
            ("std-accessibility", "complies", ""),
        ],
        "evidence": [
            ("accessibility", "2026-05-28", "", "Component-level audit against WCAG 2.1 AA."),
        ],
        "last_verified": "2026-10-12",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Library of accessible web components that implement the common design system, "
                "themable per organisation.",
                "Provides buttons, form fields, tables, step indicators and page templates as "
                "web components and React components. Each organisation supplies its own design "
                "tokens for colours and fonts. Components are tested with screen readers before "
                "every release.",
            ),
            "nl": (
                "Bibliotheek met toegankelijke webcomponenten die het gezamenlijke "
                "ontwerpsysteem implementeren, per organisatie te thematiseren.",
                "Biedt knoppen, formuliervelden, tabellen, stappenindicatoren en "
                "paginasjablonen als webcomponenten en React-componenten. Elke organisatie "
                "levert haar eigen design tokens voor kleuren en lettertypen. Componenten "
                "worden voor elke release met schermlezers getest.",
            ),
        },
    },
    {
        "slug": "toegankelijkheidsmonitor",
        "name": "Toegankelijkheidsmonitor",
        "kind": "software",
        "owner": "min-bdz",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.minbdz.example/toegankelijkheidsmonitor",
        "code_url": "https://code.minbdz.example/toegankelijkheidsmonitor",
        "docs_url": "https://docs.minbdz.example/toegankelijkheidsmonitor",
        "spec_url": "",
        "version": "1.4.2",
        "tags": ["accessibility", "monitoring", "scanning"],
        "maintenance": "contract",
        "contact_name": "Programma Digitoegankelijk",
        "contact_email": "toegankelijkheid@minbdz.example",
        "capabilities": ["user-interface"],
        "depends_on": [],
        "complies_with": [("std-accessibility", "complies", "")],
        "evidence": [],
        "last_verified": "2025-06-06",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Scans government websites every month for accessibility errors and checks "
                "whether an accessibility statement exists.",
                "Crawls about 9,000 registered government websites with automated tests and "
                "reports the results to the organisations and on a public dashboard. Automated "
                "tests find about a third of the issues, so the monitor complements manual "
                "audits rather than replacing them.",
            ),
            "nl": (
                "Scant overheidswebsites elke maand op toegankelijkheidsfouten en controleert "
                "of er een toegankelijkheidsverklaring is.",
                "Doorzoekt zo'n 9.000 geregistreerde overheidswebsites met geautomatiseerde "
                "tests en rapporteert de uitkomsten aan de organisaties en op een openbaar "
                "dashboard. Automatische tests vinden ongeveer een derde van de problemen; de "
                "monitor vult handmatige onderzoeken dus aan en vervangt ze niet.",
            ),
        },
    },
    {
        "slug": "woo-publicatiemodule",
        "name": "Woo-publicatiemodule",
        "kind": "software",
        "owner": "gemeente-oostermeer",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.oostermeer.example/woo-publicatiemodule",
        "code_url": "https://code.oostermeer.example/woo-publicatiemodule",
        "docs_url": "https://docs.oostermeer.example/woo-publicatiemodule",
        "spec_url": "",
        "version": "2.0.1",
        "tags": ["open-government", "publication", "woo", "documents"],
        "maintenance": "internal",
        "contact_name": "Team Informatiebeheer",
        "contact_email": "informatiebeheer@oostermeer.example",
        "capabilities": ["document-management", "open-data"],
        "depends_on": ["documenten-api"],
        "complies_with": [
            ("std-archiving-metadata", "complies", ""),
            (
                "std-accessibility",
                "partially",
                "Older scanned PDFs are not accessible; new publications are.",
            ),
        ],
        "evidence": [("dpia", "2024-09-02", "", "DPIA on the redaction workflow.")],
        "last_verified": "2025-09-25",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Publishes documents under the open government act, with redaction of personal "
                "data and a public search page.",
                "Decisions, council letters, contracts and answered information requests are "
                "selected from the document store, redacted in the browser and published with "
                "metadata for the national search service for government information. "
                "Oostermeer publishes about 6,000 documents a year with it.",
            ),
            "nl": (
                "Publiceert documenten onder de Wet open overheid, met het weglakken van "
                "persoonsgegevens en een openbare zoekpagina.",
                "Besluiten, raadsbrieven, contracten en afgehandelde Woo-verzoeken worden uit "
                "de documentopslag geselecteerd, in de browser gelakt en met metagegevens "
                "gepubliceerd voor de landelijke zoekdienst voor overheidsinformatie. "
                "Oostermeer publiceert er zo'n 6.000 documenten per jaar mee.",
            ),
        },
    },
    {
        "slug": "raadsinformatiesysteem",
        "name": "Raadsinformatiesysteem",
        "kind": "software",
        "owner": "raakvlak",
        "lifecycle": "production",
        "openness": "restricted",
        "licence": "LicenseRef-proprietary",
        "homepage_url": "https://www.raakvlak.example/raadsinformatiesysteem",
        "code_url": "",
        "docs_url": "https://docs.raakvlak.example/raadsinformatiesysteem",
        "spec_url": "",
        "version": "7.2",
        "tags": ["council", "meetings", "agenda", "saas"],
        "maintenance": "contract",
        "contact_name": "Supportteam Raadsinformatie",
        "contact_email": "support@raakvlak.example",
        "capabilities": ["council-support"],
        "depends_on": ["sso-medewerkers"],
        "complies_with": [
            ("std-accessibility", "complies", ""),
            (
                "std-api-design",
                "partially",
                "The open council-information API complies; internal APIs do not.",
            ),
        ],
        "evidence": [],
        "last_verified": "2026-03-12",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "SaaS system for council meetings: agendas, documents, motions, votes and "
                "live-streamed debates.",
                "Clerks prepare agendas and publish documents, council members annotate them on "
                "tablets, and residents follow debates and search voting records. Raakvlak "
                "hosts it for about 60 councils and publishes the data through an open API.",
            ),
            "nl": (
                "SaaS-systeem voor raadsvergaderingen: agenda's, stukken, moties, stemmingen en "
                "live uitgezonden debatten.",
                "Griffiers stellen agenda's op en publiceren stukken, raadsleden annoteren ze "
                "op tablets, en inwoners volgen debatten en doorzoeken stemmingsuitslagen. "
                "Raakvlak host het systeem voor zo'n 60 raden en publiceert de gegevens via een "
                "open API.",
            ),
        },
    },
    {
        "slug": "schuldenwijzer",
        "name": "Schuldenwijzer",
        "kind": "software",
        "owner": "gemeente-stroomdal",
        "lifecycle": "pilot",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.stroomdal.example/schuldenwijzer",
        "code_url": "https://code.stroomdal.example/schuldenwijzer",
        "docs_url": "https://docs.stroomdal.example/schuldenwijzer",
        "spec_url": "",
        "version": "0.6.0",
        "tags": ["debt", "social-domain", "early-warning"],
        "maintenance": "internal",
        "contact_name": "Team Schuldhulp",
        "contact_email": "schuldhulp@stroomdal.example",
        "capabilities": ["debt-assistance"],
        "depends_on": ["toegangspoort", "inkomens-api", "ontwerpsysteem-componenten"],
        "complies_with": [("std-design-system", "complies", ""), ("std-logging", "complies", "")],
        "evidence": [("dpia", "2025-09-15", "", "")],
        "last_verified": "2026-07-07",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Online tool that helps residents get an overview of their debts and ask the "
                "municipality for help.",
                "Residents log in, see debts registered with government creditors and add "
                "others; with one click they share the overview with a debt counsellor. In the "
                "Stroomdal pilot, the intake for debt assistance went from six weeks to two.",
            ),
            "nl": (
                "Online hulpmiddel waarmee inwoners overzicht krijgen over hun schulden en de "
                "gemeente om hulp vragen.",
                "Inwoners loggen in, zien schulden die bij overheidsschuldeisers geregistreerd "
                "staan en vullen andere aan; met één klik delen ze het overzicht met een "
                "schuldhulpverlener. In de pilot in Stroomdal ging de intake van schuldhulp van "
                "zes naar twee weken.",
            ),
        },
    },
    {
        "slug": "jeugdhulpdossier",
        "name": "Jeugdhulpdossier",
        "kind": "software",
        "owner": "gemeente-kraaiendal",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.kraaiendal.example/jeugdhulpdossier",
        "code_url": "",
        "docs_url": "https://docs.kraaiendal.example/jeugdhulpdossier",
        "spec_url": "",
        "version": "2.2",
        "tags": ["youth-care", "social-domain", "case-file"],
        "maintenance": "internal",
        "contact_name": "Team Sociaal Domein ICT",
        "contact_email": "sociaaldomein@kraaiendal.example",
        "capabilities": ["youth-care"],
        "depends_on": ["gegevensknooppunt-sociaal", "sso-medewerkers"],
        "complies_with": [
            ("std-social-messages", "complies", ""),
            (
                "std-logging",
                "partially",
                "Access is logged; the legal basis per access follows in 2.3.",
            ),
        ],
        "evidence": [("dpia", "2022-06-27", "", ""), ("pentest", "2024-04-16", "", "")],
        "last_verified": "2024-04-16",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Case file for youth-care teams: assessments, care plans, assignments to "
                "providers and consent.",
                "Youth-care workers record the intake, the agreed care plan and the parents' "
                "consent; assignments go to care providers through the social-domain hub. "
                "Kraaiendal developed it in-house and shares it with municipalities that work "
                "the same way.",
            ),
            "nl": (
                "Dossier voor jeugdteams: onderzoek, ondersteuningsplannen, toewijzingen aan "
                "aanbieders en toestemming.",
                "Jeugdhulpverleners leggen de intake, het afgesproken ondersteuningsplan en de "
                "toestemming van ouders vast; toewijzingen gaan via het Gegevensknooppunt "
                "Sociaal Domein naar zorgaanbieders. Kraaiendal ontwikkelde het dossier zelf en "
                "deelt het met gemeenten die op dezelfde manier werken.",
            ),
        },
    },
    {
        "slug": "wmo-aanvraagmodule",
        "name": "Wmo-aanvraagmodule",
        "kind": "software",
        "owner": "gemeente-eikenrode",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.eikenrode.example/wmo-aanvraagmodule",
        "code_url": "",
        "docs_url": "https://docs.eikenrode.example/wmo-aanvraagmodule",
        "spec_url": "",
        "version": "1.3",
        "tags": ["wmo", "social-support", "applications"],
        "maintenance": "internal",
        "contact_name": "Team Wmo",
        "contact_email": "wmo@eikenrode.example",
        "capabilities": ["wmo-support"],
        "depends_on": ["formulierenbouwer", "zaken-api", "gegevensknooppunt-sociaal"],
        "complies_with": [("std-social-messages", "complies", "")],
        "evidence": [],
        "last_verified": "2025-08-05",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Handles applications for home help, aids and home adaptations under the social "
                "support act.",
                "Residents report a need for support online or by phone; a consultant plans the "
                "conversation, records the outcome and assigns care to a provider through the "
                "social-domain hub. It runs on the service centre's platform for the five "
                "member municipalities.",
            ),
            "nl": (
                "Verwerkt aanvragen voor hulp bij het huishouden, hulpmiddelen en "
                "woningaanpassingen op grond van de Wmo.",
                "Inwoners melden een ondersteuningsvraag online of telefonisch; een consulent "
                "plant het gesprek, legt de uitkomst vast en wijst via het Gegevensknooppunt "
                "Sociaal Domein zorg toe aan een aanbieder. De module draait op het platform "
                "van het servicecentrum voor de vijf deelnemende gemeenten.",
            ),
        },
    },
    {
        "slug": "vergunningcheck",
        "name": "Vergunningcheck",
        "kind": "software",
        "owner": "min-leefomgeving",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.minleefomgeving.example/vergunningcheck",
        "code_url": "https://code.minleefomgeving.example/vergunningcheck",
        "docs_url": "https://docs.minleefomgeving.example/vergunningcheck",
        "spec_url": "",
        "version": "3.0.4",
        "tags": ["permits", "environment", "rules", "questionnaire"],
        "maintenance": "contract",
        "contact_name": "Programma Omgevingsregels",
        "contact_email": "omgevingsregels@minleefomgeving.example",
        "capabilities": ["environment-permits"],
        "depends_on": ["kaartplatform", "percelen-api"],
        "complies_with": [
            ("std-accessibility", "complies", ""),
            ("std-design-system", "complies", ""),
        ],
        "evidence": [("accessibility", "2025-10-09", "", "")],
        "last_verified": "2026-05-27",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Online check that tells residents and businesses whether they need a permit "
                "for a building or another activity.",
                "Asks questions based on the location and the activity and evaluates the "
                "national rules and the local environmental plan. The result says whether a "
                "permit or a notification is needed and links to the application form. About 2 "
                "million checks are done each year.",
            ),
            "nl": (
                "Online check die inwoners en bedrijven vertelt of ze een vergunning nodig "
                "hebben voor een bouwwerk of andere activiteit.",
                "Stelt vragen op basis van de locatie en de activiteit en toetst aan de "
                "landelijke regels en het lokale omgevingsplan. De uitkomst zegt of een "
                "vergunning of melding nodig is en verwijst naar het aanvraagformulier. Er "
                "worden zo'n 2 miljoen checks per jaar gedaan.",
            ),
        },
    },
    {
        "slug": "evenementenloket",
        "name": "Evenementenloket",
        "kind": "software",
        "owner": "gemeente-wilgenburg",
        "lifecycle": "pilot",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.wilgenburg.example/evenementenloket",
        "code_url": "https://code.wilgenburg.example/evenementenloket",
        "docs_url": "https://docs.wilgenburg.example/evenementenloket",
        "spec_url": "",
        "version": "0.8.0",
        "tags": ["events", "permits", "applications"],
        "maintenance": "internal",
        "contact_name": "Team Vergunningen",
        "contact_email": "vergunningen@wilgenburg.example",
        "capabilities": ["event-permits"],
        "depends_on": ["formulierenbouwer", "zaken-api", "ondernemerstoegang"],
        "complies_with": [("std-design-system", "complies", "")],
        "evidence": [],
        "last_verified": "2026-08-27",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Guided application for event permits that asks only the questions that fit the "
                "size and location of the event.",
                "Organisers describe their event step by step; the service determines the risk "
                "category and which advisers, such as police and fire brigade, must be "
                "consulted. The pilot in Wilgenburg covers street parties and markets.",
            ),
            "nl": (
                "Begeleide aanvraag voor evenementenvergunningen die alleen de vragen stelt die "
                "passen bij omvang en locatie.",
                "Organisatoren beschrijven hun evenement stap voor stap; het loket bepaalt de "
                "risicocategorie en welke adviseurs, zoals politie en brandweer, moeten "
                "meekijken. De pilot in Wilgenburg omvat straatfeesten en markten.",
            ),
        },
    },
    {
        "slug": "belastingportaal",
        "name": "Belastingportaal Rivierland",
        "kind": "software",
        "owner": "ict-rivierland",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.ictrivierland.example/belastingportaal",
        "code_url": "",
        "docs_url": "https://docs.ictrivierland.example/belastingportaal",
        "spec_url": "",
        "version": "4.0",
        "tags": ["taxes", "portal", "remission"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Rivierland",
        "contact_email": "servicedesk@ictrivierland.example",
        "capabilities": ["local-taxes", "tax-collection"],
        "depends_on": ["toegangspoort", "betaalvoorziening", "berichtenbox", "woz-api"],
        "complies_with": [
            ("std-identity", "complies", ""),
            ("std-accessibility", "partially", "The remission form is not fully accessible."),
        ],
        "evidence": [("pentest", "2025-04-23", "", "")],
        "last_verified": "2025-04-23",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Portal where residents view their local tax assessment and property value, pay "
                "in instalments or request remission.",
                "Combines the assessment, the property value with its valuation details and the "
                "payment status. Residents object to their property value and apply for "
                "remission online. The five member municipalities of the service centre use it.",
            ),
            "nl": (
                "Portaal waar inwoners hun gemeentelijke aanslag en WOZ-waarde inzien, in "
                "termijnen betalen of kwijtschelding aanvragen.",
                "Combineert de aanslag, de WOZ-waarde met taxatiegegevens en de betaalstatus. "
                "Inwoners maken online bezwaar tegen de WOZ-waarde en vragen kwijtschelding "
                "aan. De vijf deelnemende gemeenten van het servicecentrum gebruiken het "
                "portaal.",
            ),
        },
    },
    {
        "slug": "chatassistent",
        "name": "Chatassistent Gemeentezaken",
        "kind": "software",
        "owner": "gemeente-polderzijl",
        "lifecycle": "experiment",
        "openness": "public-sector",
        "licence": "Apache-2.0",
        "homepage_url": "https://www.polderzijl.example/chatassistent",
        "code_url": "",
        "docs_url": "https://docs.polderzijl.example/chatassistent",
        "spec_url": "",
        "version": "0.2.0",
        "tags": ["chat", "ai", "llm", "contact-centre"],
        "maintenance": "internal",
        "contact_name": "Team Dienstverlening",
        "contact_email": "dienstverlening@polderzijl.example",
        "capabilities": ["contact-centre"],
        "depends_on": ["pdc-api"],
        "complies_with": [
            ("std-algorithm-register", "complies", ""),
            (
                "std-accessibility",
                "explained",
                "Experiment with a small test panel; an accessibility audit is required before "
                "the pilot.",
            ),
        ],
        "evidence": [("dpia", "2026-06-18", "", "DPIA including the language model's hosting.")],
        "last_verified": "2026-09-14",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Experimental chat assistant that answers residents' questions using only the "
                "municipality's own product texts.",
                "A language model in the municipality's own environment answers questions and "
                "always shows the source text; when unsure, it hands over to a contact-centre "
                "employee. It is listed in the algorithm register and tested with 200 "
                "residents.",
            ),
            "nl": (
                "Experimentele chatassistent die vragen van inwoners beantwoordt met alleen de "
                "eigen productteksten van de gemeente.",
                "Een taalmodel in de eigen omgeving van de gemeente beantwoordt vragen en toont "
                "altijd de brontekst; bij twijfel draagt het over aan een medewerker van het "
                "klantcontactcentrum. Het staat in het algoritmeregister en wordt getest met "
                "200 inwoners.",
            ),
        },
    },
    {
        "slug": "spraakloket",
        "name": "Spraakgestuurd Loket",
        "kind": "software",
        "owner": "gemeente-beekwolde",
        "lifecycle": "idea",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "",
        "tags": ["voice", "accessibility", "inclusion"],
        "maintenance": "internal",
        "contact_name": "Team Dienstverlening",
        "contact_email": "dienstverlening@beekwolde.example",
        "capabilities": ["contact-centre"],
        "depends_on": ["chatassistent"],
        "complies_with": [],
        "evidence": [],
        "last_verified": None,
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Idea for a telephone service that lets residents arrange simple matters by "
                "speaking, without a website.",
                "Meant for residents who cannot use websites, such as people with low literacy "
                "or a visual impairment. The idea came from the residents' panel and builds on "
                "the chat assistant experiment in neighbouring Polderzijl.",
            ),
            "nl": (
                "Idee voor een telefonische dienst waarmee inwoners eenvoudige zaken pratend "
                "regelen, zonder website.",
                "Bedoeld voor inwoners die geen websites kunnen gebruiken, zoals "
                "laaggeletterden of mensen met een visuele beperking. Het idee komt uit het "
                "inwonerspanel en bouwt voort op het experiment met de chatassistent in "
                "buurgemeente Polderzijl.",
            ),
        },
    },
    {
        "slug": "digitale-balie",
        "name": "Digitale Balie 2.0",
        "kind": "software",
        "owner": "gemeente-kraaiendal",
        "lifecycle": "deprecated",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.kraaiendal.example/digitale-balie",
        "code_url": "",
        "docs_url": "https://docs.kraaiendal.example/digitale-balie",
        "spec_url": "",
        "version": "2.9",
        "tags": ["forms", "portal", "legacy"],
        "maintenance": "contract",
        "contact_name": "Team Publiekszaken",
        "contact_email": "publiekszaken@kraaiendal.example",
        "capabilities": ["e-forms", "personal-portal"],
        "depends_on": ["belastingen-soap", "toegangspoort"],
        "complies_with": [
            (
                "std-design-system",
                "explained",
                "Built in 2015, before the design system existed; it is being replaced by the "
                "form builder and the personal portal.",
            ),
            (
                "std-accessibility",
                "explained",
                "Not accessible; it is being phased out, see the accessibility statement.",
            ),
        ],
        "evidence": [],
        "last_verified": "2023-11-20",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Kraaiendal's old combined forms and status portal, being phased out in favour "
                "of shared open-source solutions.",
                "Developed in 2015 with a local supplier. The forms are moving to the form "
                "builder and the status pages to the personal portal; the last forms move in "
                "2027.",
            ),
            "nl": (
                "Het oude gecombineerde formulieren- en statusportaal van Kraaiendal, dat wordt "
                "uitgefaseerd ten gunste van gedeelde opensourceoplossingen.",
                "In 2015 ontwikkeld met een lokale leverancier. De formulieren gaan naar de "
                "Formulierenbouwer en de statuspagina's naar Mijn Omgeving; de laatste "
                "formulieren gaan in 2027 over.",
            ),
        },
    },
]
