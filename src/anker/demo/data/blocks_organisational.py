"""Organisational building blocks.

Contract templates, practices, training and governance models.
"""

ORGANISATIONAL_BLOCKS = [
    {
        "slug": "inkoopvoorwaarden-open-source",
        "name": "Inkoopvoorwaarden Open Source",
        "kind": "organisational",
        "owner": "digitaal-bureau",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.digitaalbureau.example/inkoopvoorwaarden-open-source",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2.0",
        "tags": ["procurement", "open-source", "contracts"],
        "maintenance": "internal",
        "contact_name": "Team Inkoop",
        "contact_email": "inkoop@digitaalbureau.example",
        "capabilities": ["procurement", "open-source"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-01-12",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Contract template: model clauses for tenders and contracts that require "
                "suppliers to deliver software as open source.",
                "Covers the choice of licence, delivery of source code in a public repository, "
                "joint ownership when several organisations buy together, and exit "
                "arrangements. Municipalities adapt the clauses to their own general purchasing "
                "conditions.",
            ),
            "nl": (
                "Contractsjabloon: modelbepalingen voor aanbestedingen en contracten die "
                "leveranciers verplichten software als opensource op te leveren.",
                "Gaat over de licentiekeuze, oplevering van broncode in een openbare "
                "repository, gezamenlijk eigendom bij gezamenlijke inkoop en exitafspraken. "
                "Gemeenten passen de bepalingen aan hun eigen algemene inkoopvoorwaarden aan.",
            ),
        },
    },
    {
        "slug": "model-verwerkersovereenkomst",
        "name": "Model Verwerkersovereenkomst Overheid",
        "kind": "organisational",
        "owner": "min-bdz",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://www.minbdz.example/model-verwerkersovereenkomst",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "3.1",
        "tags": ["privacy", "gdpr", "contracts", "processing-agreement"],
        "maintenance": "internal",
        "contact_name": "Directie Informatiesamenleving",
        "contact_email": "privacy@minbdz.example",
        "capabilities": ["privacy-security", "procurement"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2025-05-20",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Standard data processing agreement for government bodies and their suppliers "
                "under the GDPR.",
                "Contains the mandatory GDPR clauses plus government-specific arrangements on "
                "sub-processors, data location, security incidents and audits. Because everyone "
                "uses the same model, suppliers and public bodies save weeks of negotiation per "
                "contract.",
            ),
            "nl": (
                "Standaard verwerkersovereenkomst voor overheidsorganisaties en hun "
                "leveranciers onder de AVG.",
                "Bevat de verplichte AVG-bepalingen plus overheidsspecifieke afspraken over "
                "subverwerkers, locatie van gegevens, beveiligingsincidenten en audits. Doordat "
                "iedereen hetzelfde model gebruikt, besparen leveranciers en overheden weken "
                "onderhandelen per contract.",
            ),
        },
    },
    {
        "slug": "governance-gezamenlijk-beheer",
        "name": "Governancemodel Gezamenlijk Beheer",
        "kind": "organisational",
        "owner": "stichting-open-gemeenschap",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.opengemeenschap.example/governance-gezamenlijk-beheer",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "1.2",
        "tags": ["governance", "open-source", "community", "funding"],
        "maintenance": "community",
        "contact_name": "Bureau Stichting Open Gemeenschap",
        "contact_email": "bureau@opengemeenschap.example",
        "capabilities": ["open-source"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2025-10-22",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Governance model for open-source products maintained by several public bodies: "
                "roles, roadmap, funding and decisions.",
                "Describes a product owner from one of the user organisations, a steering group "
                "of funding organisations, a contribution per organisation based on size and a "
                "public roadmap. The case register, the form builder and the personal portal "
                "are run this way.",
            ),
            "nl": (
                "Governancemodel voor opensourceproducten die door meerdere overheden worden "
                "beheerd: rollen, roadmap, financiering en besluitvorming.",
                "Beschrijft een producteigenaar uit een van de gebruikende organisaties, een "
                "stuurgroep van financierende organisaties, een bijdrage per organisatie naar "
                "grootte en een openbare roadmap. Het Zaakregister, de Formulierenbouwer en "
                "Mijn Omgeving werken volgens dit model.",
            ),
        },
    },
    {
        "slug": "leergang-api",
        "name": "Leergang API-ontwikkeling Overheid",
        "kind": "organisational",
        "owner": "hogeschool-deltastad",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.hsdeltastad.example/leergang-api",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026",
        "tags": ["training", "api", "skills"],
        "maintenance": "internal",
        "contact_name": "Academie Digitale Overheid",
        "contact_email": "academie@hsdeltastad.example",
        "capabilities": ["skills"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-02-06",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Training: a ten-week course for civil servants and suppliers on designing and "
                "building APIs according to the design rules.",
                "Combines online modules with practical assignments on real government APIs. "
                "About 400 participants from 70 organisations have completed it since 2022; "
                "participating organisations pay per place.",
            ),
            "nl": (
                "Opleiding: een leergang van tien weken voor ambtenaren en leveranciers over "
                "het ontwerpen en bouwen van API's volgens de ontwerpregels.",
                "Combineert online modules met praktijkopdrachten op echte overheids-API's. "
                "Sinds 2022 hebben zo'n 400 deelnemers uit 70 organisaties de leergang "
                "afgerond; deelnemende organisaties betalen per plaats.",
            ),
        },
    },
    {
        "slug": "dpia-sjabloon",
        "name": "DPIA-sjabloon Gemeenten",
        "kind": "organisational",
        "owner": "gemeente-waterveen",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.waterveen.example/dpia-sjabloon",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2.1",
        "tags": ["privacy", "dpia", "template", "gdpr"],
        "maintenance": "internal",
        "contact_name": "Privacyteam Waterveen",
        "contact_email": "privacy@waterveen.example",
        "capabilities": ["privacy-security"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2024-06-28",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Template and guidance for data protection impact assessments, with worked "
                "examples for common municipal systems.",
                "Follows the national DPIA model and adds pre-filled sections for components "
                "such as the case register, the form builder and the personal portal, so that a "
                "municipality only assesses its own configuration and context. The privacy "
                "officers of six municipalities review each new version.",
            ),
            "nl": (
                "Sjabloon en handreiking voor gegevensbeschermingseffectbeoordelingen, met "
                "uitgewerkte voorbeelden voor veelgebruikte gemeentelijke systemen.",
                "Volgt het landelijke DPIA-model en voegt vooringevulde onderdelen toe voor "
                "componenten als het Zaakregister, de Formulierenbouwer en Mijn Omgeving, zodat "
                "een gemeente alleen haar eigen inrichting en context hoeft te beoordelen. De "
                "privacyfunctionarissen van zes gemeenten beoordelen elke nieuwe versie.",
            ),
        },
    },
    {
        "slug": "werkwijze-gebruikersonderzoek",
        "name": "Werkwijze Gebruikersonderzoek",
        "kind": "organisational",
        "owner": "digitaal-bureau",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.digitaalbureau.example/werkwijze-gebruikersonderzoek",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "1.5",
        "tags": ["user-research", "service-design", "inclusion"],
        "maintenance": "internal",
        "contact_name": "Team Dienstontwerp",
        "contact_email": "dienstontwerp@digitaalbureau.example",
        "capabilities": ["skills", "participation"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2025-11-07",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Practical method for testing government services with residents, including "
                "people with few digital skills.",
                "Explains how to recruit participants through libraries and community centres, "
                "how to run a test session, how to pay participants and how to share findings "
                "in a common library of research results. It includes consent forms and a "
                "script for sessions at home.",
            ),
            "nl": (
                "Praktische werkwijze om overheidsdiensten met inwoners te testen, ook met "
                "mensen met weinig digitale vaardigheden.",
                "Legt uit hoe je deelnemers werft via bibliotheken en buurthuizen, hoe je een "
                "testsessie uitvoert, hoe je deelnemers vergoedt en hoe je bevindingen deelt in "
                "een gezamenlijke bibliotheek van onderzoeksresultaten. Er zitten "
                "toestemmingsformulieren en een draaiboek voor sessies aan huis bij.",
            ),
        },
    },
    {
        "slug": "playbook-hergebruik",
        "name": "Playbook Hergebruik",
        "kind": "organisational",
        "owner": "digitaal-bureau",
        "lifecycle": "pilot",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.digitaalbureau.example/playbook-hergebruik",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "0.9",
        "tags": ["reuse", "governance", "ecosystem"],
        "maintenance": "internal",
        "contact_name": "Team Ecosysteem",
        "contact_email": "ecosysteem@digitaalbureau.example",
        "capabilities": ["open-source", "architecture"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-09-25",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Step-by-step guide for reusing another organisation's building block instead "
                "of building or buying something new.",
                "Covers finding candidates in the catalogue, assessing maturity and fit, making "
                "agreements with the owner and registering the reuse so that it counts towards "
                "scaling. Tested with eight municipalities in 2026.",
            ),
            "nl": (
                "Stappenplan om een bouwsteen van een andere organisatie te hergebruiken in "
                "plaats van iets nieuws te bouwen of te kopen.",
                "Gaat over kandidaten vinden in de catalogus, volwassenheid en passendheid "
                "beoordelen, afspraken maken met de eigenaar en het hergebruik registreren, "
                "zodat het meetelt voor opschaling. In 2026 getest met acht gemeenten.",
            ),
        },
    },
    {
        "slug": "cop-zaakgericht-werken",
        "name": "Community of Practice Zaakgericht Werken",
        "kind": "organisational",
        "owner": "stichting-open-gemeenschap",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.opengemeenschap.example/cop-zaakgericht-werken",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "",
        "tags": ["community", "case-management", "knowledge-sharing"],
        "maintenance": "community",
        "contact_name": "Bureau Stichting Open Gemeenschap",
        "contact_email": "bureau@opengemeenschap.example",
        "capabilities": ["case-management", "skills"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-06-18",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Network of information managers and developers who share configurations, case "
                "types and lessons on case-oriented working.",
                "Meets every two months, alternately online and at a member's town hall, and "
                "keeps a shared library of case-type configurations. Suppliers are welcome at "
                "open sessions but not at the closed sessions on procurement.",
            ),
            "nl": (
                "Netwerk van informatiemanagers en ontwikkelaars die inrichtingen, zaaktypen en "
                "lessen over zaakgericht werken delen.",
                "Komt elke twee maanden bijeen, afwisselend online en in het gemeentehuis van "
                "een deelnemer, en beheert een gedeelde bibliotheek met zaaktype-inrichtingen. "
                "Leveranciers zijn welkom bij open sessies, maar niet bij de besloten sessies "
                "over inkoop.",
            ),
        },
    },
    {
        "slug": "exitstrategie-cloud",
        "name": "Exitstrategie Cloudcontracten",
        "kind": "organisational",
        "owner": "ict-rivierland",
        "lifecycle": "pilot",
        "openness": "public-sector",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.ictrivierland.example/exitstrategie-cloud",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "0.5",
        "tags": ["cloud", "exit", "contracts", "sovereignty"],
        "maintenance": "internal",
        "contact_name": "Team Contractmanagement",
        "contact_email": "contracten@ictrivierland.example",
        "capabilities": ["procurement", "hosting"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-03-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Checklist and contract annex for leaving a cloud or SaaS supplier without "
                "losing data or continuity.",
                "Requires exports in open formats, a tested exit plan and a transition period "
                "in every new cloud contract. The service centre is testing the approach on the "
                "renewal of its own hosting contracts.",
            ),
            "nl": (
                "Checklist en contractbijlage om een cloud- of SaaS-leverancier te verlaten "
                "zonder verlies van gegevens of continuïteit.",
                "Vereist in elk nieuw cloudcontract exports in open formaten, een getest "
                "exitplan en een overgangsperiode. Het servicecentrum test de aanpak bij de "
                "verlenging van zijn eigen hostingcontracten.",
            ),
        },
    },
    {
        "slug": "digitale-hulp-bibliotheek",
        "name": "Digitale Hulp in de Bibliotheek",
        "kind": "organisational",
        "owner": "min-bdz",
        "lifecycle": "anchored",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.minbdz.example/digitale-hulp-bibliotheek",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "",
        "tags": ["inclusion", "assisted-digital", "libraries"],
        "maintenance": "contract",
        "contact_name": "Programma Digitale Inclusie",
        "contact_email": "inclusie@minbdz.example",
        "capabilities": ["contact-centre", "skills"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-04-14",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Programme in which public libraries help residents with government websites "
                "and apps on behalf of all government bodies.",
                "Residents walk in without an appointment and get help from trained library "
                "staff with logging in, taxes, allowances or a municipal form. Government "
                "bodies fund the programme together and offer a direct line for questions staff "
                "cannot answer.",
            ),
            "nl": (
                "Programma waarin openbare bibliotheken inwoners namens alle overheden helpen "
                "met websites en apps van de overheid.",
                "Inwoners lopen zonder afspraak binnen en krijgen hulp van getraind "
                "bibliotheekpersoneel bij inloggen, belastingen, toeslagen of een gemeentelijk "
                "formulier. Overheden financieren het programma samen en bieden een directe "
                "lijn voor vragen die medewerkers niet kunnen beantwoorden.",
            ),
        },
    },
    {
        "slug": "ethische-toets-algoritmes",
        "name": "Ethische Toets Algoritmes",
        "kind": "organisational",
        "owner": "provincie-noordmarken",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.noordmarken.example/ethische-toets-algoritmes",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "1.1",
        "tags": ["algorithms", "ethics", "ai", "assessment"],
        "maintenance": "internal",
        "contact_name": "Concernstaf Informatievoorziening",
        "contact_email": "informatievoorziening@noordmarken.example",
        "capabilities": ["algorithms"],
        "depends_on": [],
        "complies_with": [
            (
                "std-algorithm-register",
                "complies",
                "The outcome is published as part of the register entry.",
            ),
        ],
        "evidence": [],
        "last_verified": "2025-01-31",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Guided workshop format for assessing the ethical risks of an algorithm before "
                "it is used.",
                "A facilitator takes the project team, a legal adviser and affected residents "
                "through questions on purpose, bias, transparency and human oversight. The "
                "outcome is recorded and published with the algorithm in the register.",
            ),
            "nl": (
                "Begeleide werkvorm om de ethische risico's van een algoritme te beoordelen "
                "voordat het wordt ingezet.",
                "Een gespreksleider neemt het projectteam, een jurist en betrokken inwoners mee "
                "langs vragen over doel, vooringenomenheid, transparantie en menselijk "
                "toezicht. De uitkomst wordt vastgelegd en met het algoritme in het register "
                "gepubliceerd.",
            ),
        },
    },
    {
        "slug": "inkoopcollectief-software",
        "name": "Regionaal Inkoopcollectief Software",
        "kind": "organisational",
        "owner": "gemeente-dijkhoven",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.dijkhoven.example/inkoopcollectief-software",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "",
        "tags": ["procurement", "collaboration", "region"],
        "maintenance": "internal",
        "contact_name": "Team Inkoop",
        "contact_email": "inkoop@dijkhoven.example",
        "capabilities": ["procurement"],
        "depends_on": ["inkoopvoorwaarden-open-source"],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2025-07-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Joint procurement arrangement through which municipalities in the region buy "
                "software and hosting together.",
                "Dijkhoven acts as contracting authority for the group; each municipality signs "
                "a participation agreement and pays its share. Four tenders have been run so "
                "far, including the contract for hosting the form builder.",
            ),
            "nl": (
                "Samenwerkingsafspraak waarmee gemeenten in de regio samen software en hosting "
                "inkopen.",
                "Dijkhoven treedt op als aanbestedende dienst voor de groep; elke gemeente "
                "tekent een deelnameovereenkomst en betaalt haar aandeel. Er zijn tot nu toe "
                "vier aanbestedingen gedaan, waaronder het contract voor de hosting van de "
                "Formulierenbouwer.",
            ),
        },
    },
    {
        "slug": "traineeship-digitale-overheid",
        "name": "Traineeship Digitale Overheid",
        "kind": "organisational",
        "owner": "min-bdz",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.minbdz.example/traineeship-digitale-overheid",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026",
        "tags": ["talent", "traineeship", "mobility", "skills"],
        "maintenance": "internal",
        "contact_name": "Rijksacademie Digitalisering",
        "contact_email": "academie@minbdz.example",
        "capabilities": ["skills"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-08-31",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Two-year traineeship in which young professionals work on digital projects at "
                "three different government bodies.",
                "Each year about 60 trainees rotate between a ministry, an executive agency and "
                "a municipality, with a shared training programme. It builds a network of "
                "digital talent across the layers of government.",
            ),
            "nl": (
                "Traineeship van twee jaar waarin jonge professionals bij drie verschillende "
                "overheden aan digitale projecten werken.",
                "Elk jaar rouleren zo'n 60 trainees tussen een ministerie, een "
                "uitvoeringsorganisatie en een gemeente, met een gezamenlijk "
                "opleidingsprogramma. Zo ontstaat een netwerk van digitaal talent over de "
                "bestuurslagen heen.",
            ),
        },
    },
    {
        "slug": "cvd-beleid",
        "name": "Coordinated Vulnerability Disclosure",
        "kind": "organisational",
        "owner": "digitaal-bureau",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://www.digitaalbureau.example/cvd-beleid",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2.0",
        "tags": ["security", "vulnerability-disclosure", "policy"],
        "maintenance": "internal",
        "contact_name": "Kennisteam Beveiliging",
        "contact_email": "beveiliging@digitaalbureau.example",
        "capabilities": ["privacy-security"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-07-28",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Policy template and process for receiving and handling security "
                "vulnerabilities reported by ethical hackers.",
                "Includes a model policy text, an example security.txt, response times and a "
                "reward scheme. Organisations that adopt it can route reports through the "
                "coordinating agency's shared reporting desk.",
            ),
            "nl": (
                "Beleidssjabloon en proces voor het ontvangen en afhandelen van kwetsbaarheden "
                "die ethische hackers melden.",
                "Bevat een modelbeleidstekst, een voorbeeld van security.txt, reactietermijnen "
                "en een beloningsregeling. Organisaties die het overnemen, kunnen meldingen "
                "laten lopen via het gezamenlijke meldpunt van het Digitaal Bureau.",
            ),
        },
    },
    {
        "slug": "samenwerkingsakkoord-ict",
        "name": "Intergemeentelijk Samenwerkingsakkoord ICT",
        "kind": "organisational",
        "owner": "gemeente-kempenhout",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.kempenhout.example/samenwerkingsakkoord-ict",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "",
        "tags": ["collaboration", "shared-services", "governance"],
        "maintenance": "internal",
        "contact_name": "ICT-dienst",
        "contact_email": "ict@kempenhout.example",
        "capabilities": ["architecture", "procurement"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2025-06-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Governance model under which Kempenhout and Leiemonde share ICT staff, "
                "applications and a service desk.",
                "Sets out cost sharing, data-protection roles and joint decision-making on the "
                "application landscape. Other small Flemish municipalities have asked to use "
                "the agreement as a model.",
            ),
            "nl": (
                "Governancemodel waarmee Kempenhout en Leiemonde ICT-personeel, toepassingen en "
                "een servicedesk delen.",
                "Legt de kostenverdeling, de rollen voor gegevensbescherming en de gezamenlijke "
                "besluitvorming over het applicatielandschap vast. Andere kleine Vlaamse "
                "gemeenten vroegen het akkoord als model te mogen gebruiken.",
            ),
        },
    },
    {
        "slug": "vroegsignalering-schulden",
        "name": "Vroegsignalering Betalingsachterstanden",
        "kind": "organisational",
        "owner": "kustbank",
        "lifecycle": "pilot",
        "openness": "restricted",
        "licence": "",
        "homepage_url": "https://www.kustbank.example/vroegsignalering-schulden",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "",
        "tags": ["debt", "early-warning", "banking", "social-domain"],
        "maintenance": "internal",
        "contact_name": "Team Financiële Gezondheid",
        "contact_email": "financiele-gezondheid@kustbank.example",
        "capabilities": ["debt-assistance"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [
            ("dpia", "2025-11-27", "", "Joint DPIA of the bank and the pilot municipalities."),
        ],
        "last_verified": "2026-07-19",
        "default_language": "en",
        "descriptions": {
            "en": (
                "Pilot agreement under which the bank reports long-running payment arrears to "
                "the municipality's debt team, with consent.",
                "Customers with arrears on their mortgage or overdraft are offered a referral; "
                "if they agree, the bank passes their contact details to the municipality, "
                "which calls within five working days. The pilot with two municipalities runs "
                "until 2027.",
            ),
            "nl": (
                "Pilotafspraak waarmee de bank langdurige betalingsachterstanden met "
                "toestemming meldt bij het schuldhulpteam van de gemeente.",
                "Klanten met achterstanden op hun hypotheek of die rood staan, krijgen een "
                "doorverwijzing aangeboden; als ze instemmen, geeft de bank hun contactgegevens "
                "door aan de gemeente, die binnen vijf werkdagen belt. De pilot met twee "
                "gemeenten loopt tot 2027.",
            ),
        },
    },
    {
        "slug": "servicenormen",
        "name": "Servicenormen Dienstverlening",
        "kind": "organisational",
        "owner": "gemeente-grevenmaar",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.grevenmaar.example/servicenormen",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2025",
        "tags": ["service-levels", "channels", "measurement"],
        "maintenance": "internal",
        "contact_name": "Team Klantcontact",
        "contact_email": "klantcontact@grevenmaar.example",
        "capabilities": ["contact-centre"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2025-04-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Set of service promises per channel, such as answering e-mail within two "
                "working days, with a monthly measurement.",
                "Grevenmaar publishes the promises on its website and reports monthly to the "
                "council on how well it meets them. The set is written so that other "
                "municipalities can adopt it and compare results.",
            ),
            "nl": (
                "Set servicenormen per kanaal, zoals e-mail beantwoorden binnen twee werkdagen, "
                "met een maandelijkse meting.",
                "Grevenmaar publiceert de normen op haar website en rapporteert maandelijks aan "
                "de raad in hoeverre ze worden gehaald. De set is zo geschreven dat andere "
                "gemeenten hem kunnen overnemen en resultaten kunnen vergelijken.",
            ),
        },
    },
]
