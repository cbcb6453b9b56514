"""Software building blocks, part 1 of 3.

Portals, case management, forms, apps, research and partner software.
"""

SOFTWARE_BLOCKS = [
    {
        "slug": "mijn-omgeving",
        "name": "Mijn Omgeving",
        "kind": "software",
        "owner": "gemeente-waterveen",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.waterveen.example/mijn-omgeving",
        "code_url": "https://code.opengemeenschap.example/mijn-omgeving",
        "docs_url": "https://docs.opengemeenschap.example/mijn-omgeving",
        "spec_url": "",
        "version": "3.2.1",
        "tags": ["portal", "citizen", "status", "cases"],
        "maintenance": "community",
        "contact_name": "Productteam Mijn Omgeving",
        "contact_email": "mijnomgeving@waterveen.example",
        "capabilities": ["personal-portal"],
        "depends_on": [
            "zaken-api",
            "toegangspoort",
            "machtigingsdienst",
            "notificatiedienst",
            "ontwerpsysteem-componenten",
        ],
        "complies_with": [
            ("std-design-system", "complies", ""),
            ("std-accessibility", "complies", ""),
            ("std-identity", "complies", ""),
            (
                "std-logging",
                "partially",
                "Logs which cases were shown; the legal basis per view follows in 3.3.",
            ),
        ],
        "evidence": [
            (
                "dpia",
                "2023-03-20",
                "https://www.waterveen.example/privacy/dpia-mijn-omgeving.pdf",
                "Model DPIA that reusing municipalities can adopt.",
            ),
            ("pentest", "2026-02-12", "", "Pentest of release 3.2."),
            ("accessibility", "2025-11-03", "", "Full WCAG 2.1 AA audit."),
        ],
        "last_verified": "2026-09-22",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Open-source citizen portal where residents see their cases, messages, payments "
                "and appointments in one place.",
                "Residents log in with the national login service and see the status of every "
                "application, the documents they received, open payments and upcoming "
                "appointments. The portal reads everything through the case, document and "
                "payment APIs and stores nothing itself. Waterveen started it in 2020; a "
                "community of municipalities now maintains it.",
            ),
            "nl": (
                "Opensource burgerportaal waarin inwoners hun zaken, berichten, betalingen en "
                "afspraken op één plek zien.",
                "Inwoners loggen in met de landelijke inlogvoorziening en zien de status van "
                "elke aanvraag, de documenten die ze hebben ontvangen, openstaande betalingen "
                "en komende afspraken. Het portaal leest alles via de API's voor zaken, "
                "documenten en betalingen en slaat zelf niets op. Waterveen startte het in "
                "2020; nu beheert een community van gemeenten het.",
            ),
        },
    },
    {
        "slug": "zaakregister",
        "name": "Zaakregister",
        "kind": "software",
        "owner": "stichting-open-gemeenschap",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.opengemeenschap.example/zaakregister",
        "code_url": "https://code.opengemeenschap.example/zaakregister",
        "docs_url": "https://docs.opengemeenschap.example/zaakregister",
        "spec_url": "",
        "version": "1.16.0",
        "tags": ["cases", "zgw", "register", "api"],
        "maintenance": "community",
        "contact_name": "Kernteam Zaakregister",
        "contact_email": "zaakregister@opengemeenschap.example",
        "capabilities": ["case-registration", "case-types", "decisions"],
        "depends_on": [],
        "complies_with": [
            ("std-case-api", "complies", ""),
            ("std-document-api", "complies", ""),
            ("std-api-design", "complies", ""),
            (
                "std-logging",
                "partially",
                "Writes an audit trail per object; processing logs per the standard are in the "
                "1.17 pilot.",
            ),
        ],
        "evidence": [("pentest", "2025-08-25", "", "Community-funded pentest of release 1.15.")],
        "last_verified": "2026-06-09",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Open-source case register that implements the case API standard, with a "
                "case-type catalogue and an audit trail.",
                "Stores cases, statuses, roles, results and decisions and checks every change "
                "against the case-type catalogue. It has no screens for case handlers; portals "
                "and case-handling applications connect through the APIs. About 40 "
                "organisations run it, themselves or through a hosting party.",
            ),
            "nl": (
                "Opensource zaakregister dat de Zaken-API-standaard implementeert, met "
                "zaaktypecatalogus en audittrail.",
                "Legt zaken, statussen, rollen, resultaten en besluiten vast en toetst elke "
                "wijziging aan de zaaktypecatalogus. Het heeft geen schermen voor behandelaars; "
                "portalen en zaakafhandelapplicaties koppelen via de API's. Zo'n 40 "
                "organisaties draaien het, zelf of via een hostingpartij.",
            ),
        },
    },
    {
        "slug": "zaakafhandelaar",
        "name": "Zaakafhandelaar",
        "kind": "software",
        "owner": "stichting-open-gemeenschap",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.opengemeenschap.example/zaakafhandelaar",
        "code_url": "https://code.opengemeenschap.example/zaakafhandelaar",
        "docs_url": "https://docs.opengemeenschap.example/zaakafhandelaar",
        "spec_url": "",
        "version": "2.8.0",
        "tags": ["case-handling", "workflow", "employees"],
        "maintenance": "community",
        "contact_name": "Kernteam Zaakafhandelaar",
        "contact_email": "zaakafhandelaar@opengemeenschap.example",
        "capabilities": ["case-management", "workflow"],
        "depends_on": ["zaakregister", "sso-medewerkers", "ontwerpsysteem-componenten"],
        "complies_with": [
            ("std-case-api", "complies", ""),
            (
                "std-design-system",
                "partially",
                "Employee screens use the components but not yet the form patterns.",
            ),
            (
                "std-accessibility",
                "partially",
                "The audit found six issues in the task list; fixes are planned for 2.9.",
            ),
        ],
        "evidence": [("accessibility", "2026-01-15", "", "")],
        "last_verified": "2026-01-15",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Open-source workbench for case handlers with task lists, case files, letters "
                "and decisions.",
                "Case handlers pick up tasks, see the full case file, generate letters from "
                "templates and record decisions; everything is stored in the case register and "
                "the document store through the standard APIs. Process steps are configured per "
                "case type, not programmed.",
            ),
            "nl": (
                "Opensource werkplek voor zaakbehandelaars met takenlijsten, zaakdossiers, "
                "brieven en besluiten.",
                "Behandelaars pakken taken op, zien het volledige zaakdossier, genereren "
                "brieven uit sjablonen en leggen besluiten vast; alles wordt via de "
                "standaard-API's in het zaakregister en de documentopslag bewaard. "
                "Processtappen worden per zaaktype geconfigureerd, niet geprogrammeerd.",
            ),
        },
    },
    {
        "slug": "dataweg-zaaksysteem",
        "name": "Dataweg Zaaksysteem",
        "kind": "software",
        "owner": "dataweg",
        "lifecycle": "production",
        "openness": "restricted",
        "licence": "LicenseRef-proprietary",
        "homepage_url": "https://www.dataweg.example/dataweg-zaaksysteem",
        "code_url": "",
        "docs_url": "https://docs.dataweg.example/dataweg-zaaksysteem",
        "spec_url": "",
        "version": "2026.2",
        "tags": ["cases", "documents", "saas"],
        "maintenance": "contract",
        "contact_name": "Accountteam Overheid",
        "contact_email": "overheid@dataweg.example",
        "capabilities": ["case-management", "case-registration", "document-management"],
        "depends_on": ["sso-medewerkers"],
        "complies_with": [
            ("std-case-api", "complies", ""),
            (
                "std-document-api",
                "partially",
                "Document metadata are stored; locking follows in release 2027.1.",
            ),
            (
                "std-logging",
                "explained",
                "Uses the vendor's own audit log format; mapping to the standard is planned for "
                "release 2027.1.",
            ),
            (
                "std-accessibility",
                "partially",
                "Statement published; eleven issues open in the back office.",
            ),
        ],
        "evidence": [
            (
                "pentest",
                "2025-10-01",
                "",
                "Yearly pentest by an accredited party; the summary is shared with customers.",
            ),
        ],
        "last_verified": "2025-10-01",
        "default_language": "en",
        "descriptions": {
            "en": (
                "The software vendor's case management system, offered as SaaS to "
                "municipalities with built-in document management.",
                "Covers intake, case handling, document management and reporting in one "
                "package, hosted in the vendor's Dutch data centres. Since 2022 it offers the "
                "case API standard, so that portals and forms from other suppliers can connect.",
            ),
            "nl": (
                "Het zaaksysteem van de softwareleverancier, als SaaS geleverd aan gemeenten, "
                "met ingebouwd documentbeheer.",
                "Dekt intake, zaakafhandeling, documentbeheer en rapportages in één pakket, "
                "gehost in de Nederlandse datacenters van de leverancier. Sinds 2022 biedt het "
                "de Zaken-API-standaard aan, zodat portalen en formulieren van andere "
                "leveranciers kunnen koppelen.",
            ),
        },
    },
    {
        "slug": "zaaksysteem-classic",
        "name": "Dataweg Zaaksysteem Classic",
        "kind": "software",
        "owner": "dataweg",
        "lifecycle": "retired",
        "openness": "restricted",
        "licence": "LicenseRef-proprietary",
        "homepage_url": "",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "8.4",
        "tags": ["cases", "legacy", "on-premise"],
        "maintenance": "none",
        "contact_name": "Accountteam Overheid",
        "contact_email": "overheid@dataweg.example",
        "capabilities": ["case-management"],
        "depends_on": ["std-legacy-xml"],
        "complies_with": [
            (
                "std-case-api",
                "explained",
                "Predates the case API standard; customers were migrated to the SaaS product "
                "instead.",
            ),
        ],
        "evidence": [],
        "last_verified": "2024-02-29",
        "default_language": "en",
        "descriptions": {
            "en": (
                "On-premise predecessor of the Dataweg case system; support ended in 2024.",
                "Installed at municipalities from 2011 and linked to other systems through the "
                "XML message standard. All customers have moved to the SaaS version or another "
                "product; the last installation was switched off in June 2024.",
            ),
            "nl": (
                "On-premise voorganger van het Dataweg Zaaksysteem; de ondersteuning is in 2024 "
                "beëindigd.",
                "Vanaf 2011 bij gemeenten geïnstalleerd en via de XML-berichtenstandaard aan "
                "andere systemen gekoppeld. Alle klanten zijn overgestapt naar de SaaS-versie "
                "of een ander product; de laatste installatie is in juni 2024 uitgezet.",
            ),
        },
    },
    {
        "slug": "formulierenbouwer",
        "name": "Formulierenbouwer",
        "kind": "software",
        "owner": "gemeente-lindenwaard",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.lindenwaard.example/formulierenbouwer",
        "code_url": "https://code.opengemeenschap.example/formulierenbouwer",
        "docs_url": "https://docs.lindenwaard.example/formulierenbouwer",
        "spec_url": "",
        "version": "2.5.3",
        "tags": ["forms", "e-forms", "low-code", "prefill"],
        "maintenance": "community",
        "contact_name": "Team Online Dienstverlening",
        "contact_email": "online@lindenwaard.example",
        "capabilities": ["e-forms"],
        "depends_on": [
            "toegangspoort",
            "ondernemerstoegang",
            "zaken-api",
            "betaalvoorziening",
            "brp-api",
            "ontwerpsysteem-componenten",
        ],
        "complies_with": [
            ("std-design-system", "complies", ""),
            ("std-accessibility", "complies", ""),
            ("std-api-design", "complies", ""),
            ("std-identity", "complies", ""),
        ],
        "evidence": [
            ("accessibility", "2025-09-19", "", "Audit of all standard form components."),
            ("pentest", "2026-03-03", "", ""),
            ("dpia", "2024-10-02", "", "Model DPIA for prefilling from the person register."),
        ],
        "last_verified": "2026-10-01",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Open-source form builder in which civil servants design accessible online "
                "forms that prefill data and create cases.",
                "Editors build forms in the browser from tested components, with logic, prefill "
                "from the person register and payment. Every submission becomes a case with the "
                "form as a PDF document. Lindenwaard built the first version in 2021 and now "
                "releases it with a community of about 30 organisations.",
            ),
            "nl": (
                "Opensource formulierenbouwer waarmee ambtenaren toegankelijke online "
                "formulieren maken die gegevens vooraf invullen en zaken aanmaken.",
                "Redacteuren stellen formulieren in de browser samen uit geteste componenten, "
                "met logica, vooraf invullen uit de persoonsregistratie en betalen. Elke "
                "inzending wordt een zaak met het formulier als pdf-document. Lindenwaard "
                "bouwde in 2021 de eerste versie en brengt releases nu uit met een community "
                "van zo'n 30 organisaties.",
            ),
        },
    },
    {
        "slug": "afspraakmodule-brugstede",
        "name": "Afspraakmodule",
        "kind": "software",
        "owner": "gemeente-brugstede",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.brugstede.example/afspraakmodule-brugstede",
        "code_url": "https://code.brugstede.example/afspraakmodule-brugstede",
        "docs_url": "https://docs.brugstede.example/afspraakmodule-brugstede",
        "spec_url": "",
        "version": "1.9.0",
        "tags": ["appointments", "booking", "counter"],
        "maintenance": "internal",
        "contact_name": "Ontwikkelteam Brugstede",
        "contact_email": "ontwikkelteam@brugstede.example",
        "capabilities": ["appointments"],
        "depends_on": ["ontwerpsysteem-componenten", "notificatiedienst"],
        "complies_with": [
            ("std-design-system", "complies", ""),
            ("std-accessibility", "complies", ""),
        ],
        "evidence": [("accessibility", "2024-06-11", "", "")],
        "last_verified": "2025-03-14",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Appointment booking app with which residents book, move or cancel an "
                "appointment at the town hall counter.",
                "Residents choose a product, such as a passport or driving licence, and see the "
                "free time slots of the right counter; they get a confirmation and a reminder "
                "by e-mail or SMS. Staff manage opening hours and capacity per product in a "
                "back office.",
            ),
            "nl": (
                "Afsprakenapp waarmee inwoners een afspraak bij de balie van het stadhuis "
                "maken, verzetten of annuleren.",
                "Inwoners kiezen een product, zoals een paspoort of rijbewijs, en zien de vrije "
                "tijdsloten van de juiste balie; ze krijgen een bevestiging en een herinnering "
                "per e-mail of sms. Medewerkers beheren openingstijden en capaciteit per "
                "product in een beheeromgeving.",
            ),
        },
    },
    {
        "slug": "afsprakenplanner-zandhoeve",
        "name": "Afsprakenplanner",
        "kind": "software",
        "owner": "gemeente-zandhoeve",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.zandhoeve.example/afsprakenplanner-zandhoeve",
        "code_url": "",
        "docs_url": "https://docs.zandhoeve.example/afsprakenplanner-zandhoeve",
        "spec_url": "",
        "version": "3.1",
        "tags": ["appointments", "booking", "counter", "planning"],
        "maintenance": "internal",
        "contact_name": "Team Publiekszaken",
        "contact_email": "publiekszaken@zandhoeve.example",
        "capabilities": ["appointments"],
        "depends_on": ["pdc-api"],
        "complies_with": [
            (
                "std-design-system",
                "partially",
                "Uses its own style sheet; moving to the shared components is planned.",
            ),
            ("std-accessibility", "partially", "The date picker cannot be operated by keyboard."),
        ],
        "evidence": [],
        "last_verified": None,
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Appointment booking app for counter visits, with reminders and a planning "
                "screen for counter staff.",
                "Residents book a time slot for municipal products online; counter staff see a "
                "day planning and can add walk-in visitors. Zandhoeve built it in 2021 when its "
                "supplier dropped its appointment module, without knowing about Brugstede's "
                "similar app.",
            ),
            "nl": (
                "Afsprakenapp voor baliebezoek, met herinneringen en een planningsscherm voor "
                "baliemedewerkers.",
                "Inwoners boeken online een tijdslot voor gemeentelijke producten; "
                "baliemedewerkers zien een dagplanning en kunnen inloopbezoekers toevoegen. "
                "Zandhoeve bouwde de planner in 2021 toen de leverancier stopte met zijn "
                "afsprakenmodule, zonder te weten van de vergelijkbare app van Brugstede.",
            ),
        },
    },
    {
        "slug": "afsprakentool-kempenhout",
        "name": "Afsprakentool",
        "kind": "software",
        "owner": "gemeente-kempenhout",
        "lifecycle": "pilot",
        "openness": "open",
        "licence": "MIT",
        "homepage_url": "https://www.kempenhout.example/afsprakentool-kempenhout",
        "code_url": "https://code.kempenhout.example/afsprakentool-kempenhout",
        "docs_url": "https://docs.kempenhout.example/afsprakentool-kempenhout",
        "spec_url": "",
        "version": "0.9.0",
        "tags": ["appointments", "booking", "service-desk"],
        "maintenance": "internal",
        "contact_name": "ICT-dienst",
        "contact_email": "ict@kempenhout.example",
        "capabilities": ["appointments"],
        "depends_on": [],
        "complies_with": [("std-accessibility", "complies", "")],
        "evidence": [],
        "last_verified": "2026-04-08",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Appointment booking tool for the municipal service desk, piloted in Kempenhout "
                "and Leiemonde.",
                "Residents choose a service, a service desk and a time; the tool sends a "
                "confirmation listing the documents to bring. The two Flemish municipalities "
                "built it together and are now considering adopting one of the Dutch "
                "equivalents instead.",
            ),
            "nl": (
                "Afsprakentool voor het gemeentelijk loket, in pilot in Kempenhout en Leiemonde.",
                "Inwoners kiezen een dienst, een loket en een tijdstip; de tool stuurt een "
                "bevestiging met de mee te brengen documenten. De twee Vlaamse gemeenten "
                "bouwden hem samen en onderzoeken nu of ze in plaats daarvan een van de "
                "Nederlandse tegenhangers overnemen.",
            ),
        },
    },
    {
        "slug": "meldpunt-openbare-ruimte",
        "name": "Meldpunt Openbare Ruimte",
        "kind": "software",
        "owner": "gemeente-brugstede",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "MPL-2.0",
        "homepage_url": "https://www.brugstede.example/meldpunt-openbare-ruimte",
        "code_url": "https://code.brugstede.example/meldpunt-openbare-ruimte",
        "docs_url": "https://docs.brugstede.example/meldpunt-openbare-ruimte",
        "spec_url": "",
        "version": "4.2.0",
        "tags": ["public-space", "reports", "app", "maps"],
        "maintenance": "internal",
        "contact_name": "Ontwikkelteam Brugstede",
        "contact_email": "ontwikkelteam@brugstede.example",
        "capabilities": ["public-space-reports"],
        "depends_on": ["meldingen-api", "kaartplatform", "ontwerpsysteem-componenten"],
        "complies_with": [
            ("std-design-system", "complies", ""),
            ("std-accessibility", "complies", ""),
        ],
        "evidence": [("accessibility", "2025-05-22", "", ""), ("pentest", "2024-11-05", "", "")],
        "last_verified": "2025-12-08",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Web and mobile app for reporting problems in the public space, with a map, "
                "photos and status updates.",
                "Residents drop a pin on the map, add a photo and a description and follow "
                "their report until it is resolved. The app uses the map platform for the base "
                "map and Brugstede's reporting API, which other municipalities can also run "
                "themselves.",
            ),
            "nl": (
                "Web- en mobiele app om problemen in de openbare ruimte te melden, met kaart, "
                "foto's en statusupdates.",
                "Inwoners zetten een punaise op de kaart, voegen een foto en omschrijving toe "
                "en volgen hun melding tot die is opgelost. De app gebruikt het Kaartplatform "
                "voor de ondergrond en de Meldingen-API van Brugstede, die andere gemeenten ook "
                "zelf kunnen draaien.",
            ),
        },
    },
]
