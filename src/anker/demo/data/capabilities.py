"""Capability map of the demo: what government must be able to do, three levels deep.

Loosely follows the Dutch municipal reference architecture (GEMMA) and the
government-wide capabilities; names in English with a Dutch translation.
"""

CAPABILITIES = [
    {
        "slug": "identity-access",
        "name": "Identity and access",
        "name_nl": "Identiteit en toegang",
        "description": "Know who a user or a calling system is and what they may do.",
        "parent": None,
    },
    {
        "slug": "authentication",
        "name": "Authenticate users",
        "name_nl": "Authenticeren van gebruikers",
        "description": (
            "Establish the identity of a person or organisation at a known assurance level."
        ),
        "parent": "identity-access",
    },
    {
        "slug": "citizen-login",
        "name": "Citizen login",
        "name_nl": "Inloggen voor inwoners",
        "description": "Let residents log in to government services with a national eID.",
        "parent": "authentication",
    },
    {
        "slug": "business-login",
        "name": "Business login",
        "name_nl": "Inloggen voor ondernemers",
        "description": "Let businesses and their staff log in with company-level authorisations.",
        "parent": "authentication",
    },
    {
        "slug": "employee-login",
        "name": "Employee single sign-on",
        "name_nl": "Inloggen voor medewerkers",
        "description": (
            "Let civil servants use one organisation account across shared applications."
        ),
        "parent": "authentication",
    },
    {
        "slug": "authorisation",
        "name": "Authorise users and services",
        "name_nl": "Autoriseren",
        "description": "Decide which person or system may use which service or data.",
        "parent": "identity-access",
    },
    {
        "slug": "mandates",
        "name": "Mandates and representation",
        "name_nl": "Machtigen en vertegenwoordigen",
        "description": (
            "Let someone act on behalf of a citizen or business, with a recorded mandate."
        ),
        "parent": "authorisation",
    },
    {
        "slug": "service-authorisation",
        "name": "Authorise service consumers",
        "name_nl": "Autoriseren van dienstenafnemers",
        "description": (
            "Grant organisations access to APIs on the basis of a purpose and legal ground."
        ),
        "parent": "authorisation",
    },
    {
        "slug": "payments",
        "name": "Payments and finance",
        "name_nl": "Betalen en financiën",
        "description": "Receive money from residents and businesses, pay suppliers and levy taxes.",
        "parent": None,
    },
    {
        "slug": "online-payments",
        "name": "Online payments",
        "name_nl": "Online betalen",
        "description": "Take payments for fees, fines and taxes through online channels.",
        "parent": "payments",
    },
    {
        "slug": "e-invoicing",
        "name": "E-invoicing",
        "name_nl": "E-factureren",
        "description": "Receive and send structured electronic invoices.",
        "parent": "payments",
    },
    {
        "slug": "local-taxes",
        "name": "Local taxes",
        "name_nl": "Gemeentelijke belastingen",
        "description": "Assess local taxes such as property tax and waste charges.",
        "parent": "payments",
    },
    {
        "slug": "tax-collection",
        "name": "Tax collection and remission",
        "name_nl": "Innen en kwijtschelden",
        "description": "Collect assessed taxes, arrange instalments and grant remission.",
        "parent": "local-taxes",
    },
    {
        "slug": "subsidies",
        "name": "Grants and subsidies",
        "name_nl": "Subsidieverlening",
        "description": "Publish grant schemes, handle applications and pay out grants.",
        "parent": "payments",
    },
    {
        "slug": "registers",
        "name": "Registers and base registrations",
        "name_nl": "Registraties en basisregistraties",
        "description": "Keep authoritative registers and make their data available once for reuse.",
        "parent": None,
    },
    {
        "slug": "persons",
        "name": "Person records",
        "name_nl": "Persoonsgegevens",
        "description": (
            "Record and provide data on residents, such as address, family and nationality."
        ),
        "parent": "registers",
    },
    {
        "slug": "addresses-buildings",
        "name": "Addresses and buildings",
        "name_nl": "Adressen en gebouwen",
        "description": "Record and provide official addresses, buildings and their use.",
        "parent": "registers",
    },
    {
        "slug": "businesses",
        "name": "Business register",
        "name_nl": "Bedrijvenregistratie",
        "description": "Provide data on companies, establishments and signatories.",
        "parent": "registers",
    },
    {
        "slug": "property-valuation",
        "name": "Property valuation",
        "name_nl": "Waardering onroerende zaken",
        "description": "Determine and provide the official value of real estate.",
        "parent": "registers",
    },
    {
        "slug": "cadastre",
        "name": "Property and cadastre",
        "name_nl": "Kadaster en eigendom",
        "description": "Provide parcels, rights and ownership of real estate.",
        "parent": "registers",
    },
    {
        "slug": "reference-data",
        "name": "Reference lists",
        "name_nl": "Referentielijsten",
        "description": "Maintain shared code lists and reference data used across systems.",
        "parent": "registers",
    },
    {
        "slug": "case-documents",
        "name": "Case and document management",
        "name_nl": "Zaak- en documentbeheer",
        "description": (
            "Handle requests as cases and keep the resulting information accessible and lawful."
        ),
        "parent": None,
    },
    {
        "slug": "case-management",
        "name": "Case management",
        "name_nl": "Zaakgericht werken",
        "description": (
            "Handle applications, reports and requests as cases with a status and a result."
        ),
        "parent": "case-documents",
    },
    {
        "slug": "case-registration",
        "name": "Case registration",
        "name_nl": "Zaakregistratie",
        "description": "Record cases, statuses, roles and results in a uniform way.",
        "parent": "case-management",
    },
    {
        "slug": "case-types",
        "name": "Case-type catalogue",
        "name_nl": "Zaaktypecatalogus",
        "description": "Define case types with their process steps, results and retention periods.",
        "parent": "case-management",
    },
    {
        "slug": "decisions",
        "name": "Decisions",
        "name_nl": "Besluiten",
        "description": "Record formal decisions with their legal basis and publication.",
        "parent": "case-management",
    },
    {
        "slug": "document-management",
        "name": "Document management",
        "name_nl": "Documentbeheer",
        "description": "Store documents with metadata, versions and access rules.",
        "parent": "case-documents",
    },
    {
        "slug": "document-creation",
        "name": "Document creation",
        "name_nl": "Documentcreatie",
        "description": "Generate letters and decisions from templates and case data.",
        "parent": "document-management",
    },
    {
        "slug": "digital-signing",
        "name": "Digital signing",
        "name_nl": "Digitaal ondertekenen",
        "description": "Sign documents electronically with a legally valid signature.",
        "parent": "document-management",
    },
    {
        "slug": "archiving",
        "name": "Archiving and preservation",
        "name_nl": "Archiveren en duurzaam bewaren",
        "description": (
            "Keep records for their retention period and transfer or destroy them lawfully."
        ),
        "parent": "document-management",
    },
    {
        "slug": "workflow",
        "name": "Process automation",
        "name_nl": "Procesautomatisering",
        "description": "Configure and run process steps and tasks for case handlers.",
        "parent": "case-documents",
    },
    {
        "slug": "council-support",
        "name": "Council and decision support",
        "name_nl": "Raads- en bestuursondersteuning",
        "description": "Prepare and publish council meetings, documents, motions and votes.",
        "parent": "case-documents",
    },
    {
        "slug": "citizen-contact",
        "name": "Citizen contact and notification",
        "name_nl": "Klantcontact en notificatie",
        "description": (
            "Serve residents and businesses through every channel and keep them informed."
        ),
        "parent": None,
    },
    {
        "slug": "portals",
        "name": "Portals",
        "name_nl": "Portalen",
        "description": (
            "Offer websites and personal environments where people find and arrange things."
        ),
        "parent": "citizen-contact",
    },
    {
        "slug": "personal-portal",
        "name": "Personal portal",
        "name_nl": "Persoonlijk portaal",
        "description": "Show a logged-in person their cases, messages, payments and appointments.",
        "parent": "portals",
    },
    {
        "slug": "public-website",
        "name": "Public website",
        "name_nl": "Publieke website",
        "description": "Publish information about products, services and local news.",
        "parent": "portals",
    },
    {
        "slug": "e-forms",
        "name": "Online forms",
        "name_nl": "E-formulieren",
        "description": (
            "Let people submit applications and reports through accessible online forms."
        ),
        "parent": "citizen-contact",
    },
    {
        "slug": "appointments",
        "name": "Appointments",
        "name_nl": "Afspraken maken",
        "description": "Let people book, move and cancel appointments at a counter or by video.",
        "parent": "citizen-contact",
    },
    {
        "slug": "notifications",
        "name": "Notifications",
        "name_nl": "Notificeren",
        "description": "Inform systems and people when something relevant changes.",
        "parent": "citizen-contact",
    },
    {
        "slug": "event-subscriptions",
        "name": "Event subscriptions",
        "name_nl": "Abonneren op gebeurtenissen",
        "description": "Let systems subscribe to events from registers and case systems.",
        "parent": "notifications",
    },
    {
        "slug": "citizen-messages",
        "name": "Messages to citizens",
        "name_nl": "Berichten aan inwoners",
        "description": "Deliver official messages and alerts to residents digitally.",
        "parent": "notifications",
    },
    {
        "slug": "contact-centre",
        "name": "Contact centre",
        "name_nl": "Klantcontactcentrum",
        "description": (
            "Answer questions by phone, chat, e-mail and at the counter with one view of the "
            "customer."
        ),
        "parent": "citizen-contact",
    },
    {
        "slug": "product-catalogue",
        "name": "Products and services catalogue",
        "name_nl": "Producten- en dienstencatalogus",
        "description": (
            "Describe each product and service once, with conditions, costs and how to apply."
        ),
        "parent": "citizen-contact",
    },
    {
        "slug": "participation",
        "name": "Participation and co-creation",
        "name_nl": "Participatie en cocreatie",
        "description": "Involve residents in plans, budgets and the design of services.",
        "parent": "citizen-contact",
    },
    {
        "slug": "data-analytics",
        "name": "Data and analytics",
        "name_nl": "Data en analyse",
        "description": "Use data responsibly for policy, steering and transparency.",
        "parent": None,
    },
    {
        "slug": "open-data",
        "name": "Open data publication",
        "name_nl": "Open data publiceren",
        "description": "Publish datasets openly with good metadata and licences.",
        "parent": "data-analytics",
    },
    {
        "slug": "data-integration",
        "name": "Data integration",
        "name_nl": "Data-integratie",
        "description": "Load, check, transform and combine data from several sources.",
        "parent": "data-analytics",
    },
    {
        "slug": "reporting",
        "name": "Reporting and dashboards",
        "name_nl": "Rapportages en dashboards",
        "description": "Turn data into reports, indicators and dashboards for steering.",
        "parent": "data-analytics",
    },
    {
        "slug": "pseudonymisation",
        "name": "Pseudonymisation",
        "name_nl": "Pseudonimiseren",
        "description": "Replace identifying data by pseudonyms so data can be used with less risk.",
        "parent": "data-analytics",
    },
    {
        "slug": "algorithms",
        "name": "Algorithm governance",
        "name_nl": "Verantwoord gebruik van algoritmes",
        "description": "Assess, register and oversee algorithms and AI used in public tasks.",
        "parent": "data-analytics",
    },
    {
        "slug": "geo",
        "name": "Geo-information",
        "name_nl": "Geo-informatie",
        "description": "Record, publish and analyse location-based information.",
        "parent": None,
    },
    {
        "slug": "maps",
        "name": "Maps and viewers",
        "name_nl": "Kaarten en viewers",
        "description": "Show map layers to residents and staff in websites and applications.",
        "parent": "geo",
    },
    {
        "slug": "topography",
        "name": "Large-scale topography",
        "name_nl": "Grootschalige topografie",
        "description": (
            "Maintain and provide detailed topography of roads, buildings, water and greenery."
        ),
        "parent": "geo",
    },
    {
        "slug": "geo-analysis",
        "name": "Spatial analysis",
        "name_nl": "Ruimtelijke analyse",
        "description": "Combine and analyse geographic data for policy and operations.",
        "parent": "geo",
    },
    {
        "slug": "permits",
        "name": "Permits and enforcement",
        "name_nl": "Vergunningen en handhaving",
        "description": "Grant permits and supervise compliance with the rules.",
        "parent": None,
    },
    {
        "slug": "environment-permits",
        "name": "Environment and building permits",
        "name_nl": "Omgevingsvergunningen",
        "description": (
            "Check whether a permit is needed and handle permit applications for activities."
        ),
        "parent": "permits",
    },
    {
        "slug": "event-permits",
        "name": "Event permits",
        "name_nl": "Evenementenvergunningen",
        "description": "Handle applications for events and coordinate the advisers involved.",
        "parent": "permits",
    },
    {
        "slug": "inspection",
        "name": "Inspection and enforcement",
        "name_nl": "Toezicht en handhaving",
        "description": "Inspect, record offences and impose sanctions.",
        "parent": "permits",
    },
    {
        "slug": "parking",
        "name": "Parking permits",
        "name_nl": "Parkeervergunningen",
        "description": "Issue parking permits and visitor rights and make them checkable.",
        "parent": "permits",
    },
    {
        "slug": "social-domain",
        "name": "Social domain",
        "name_nl": "Sociaal domein",
        "description": "Support residents with income, work, care and youth services.",
        "parent": None,
    },
    {
        "slug": "income-support",
        "name": "Income support",
        "name_nl": "Inkomensondersteuning",
        "description": "Determine and pay social assistance and supplementary schemes.",
        "parent": "social-domain",
    },
    {
        "slug": "debt-assistance",
        "name": "Debt assistance",
        "name_nl": "Schuldhulpverlening",
        "description": "Detect payment problems early and help residents out of debt.",
        "parent": "social-domain",
    },
    {
        "slug": "youth-care",
        "name": "Youth care",
        "name_nl": "Jeugdhulp",
        "description": "Assess needs and arrange care and support for children and families.",
        "parent": "social-domain",
    },
    {
        "slug": "wmo-support",
        "name": "Care and support at home",
        "name_nl": "Wmo-ondersteuning",
        "description": "Arrange home support, aids and adaptations under the social support act.",
        "parent": "social-domain",
    },
    {
        "slug": "work-reintegration",
        "name": "Work and reintegration",
        "name_nl": "Werk en re-integratie",
        "description": "Help people into work and match them with employers.",
        "parent": "social-domain",
    },
    {
        "slug": "public-space",
        "name": "Public space management",
        "name_nl": "Beheer openbare ruimte",
        "description": (
            "Keep streets, greenery and waste collection in order together with residents."
        ),
        "parent": None,
    },
    {
        "slug": "public-space-reports",
        "name": "Public space reports",
        "name_nl": "Meldingen openbare ruimte",
        "description": "Receive and resolve reports about problems in the public space.",
        "parent": "public-space",
    },
    {
        "slug": "waste-collection",
        "name": "Waste collection",
        "name_nl": "Afvalinzameling",
        "description": "Plan waste collection and inform residents about it.",
        "parent": "public-space",
    },
    {
        "slug": "green-management",
        "name": "Greenery and trees",
        "name_nl": "Groenbeheer",
        "description": "Manage trees, parks and other greenery.",
        "parent": "public-space",
    },
    {
        "slug": "infrastructure",
        "name": "Infrastructure and integration",
        "name_nl": "Infrastructuur en integratie",
        "description": "Provide the shared technical foundations that services run on.",
        "parent": None,
    },
    {
        "slug": "connectivity",
        "name": "Service connectivity",
        "name_nl": "Verbinden van afnemers en aanbieders",
        "description": "Connect providers and consumers of services securely and reliably.",
        "parent": "infrastructure",
    },
    {
        "slug": "api-gateway",
        "name": "API management",
        "name_nl": "API-beheer",
        "description": "Publish, secure and monitor APIs between organisations.",
        "parent": "connectivity",
    },
    {
        "slug": "secure-messaging",
        "name": "Secure messaging",
        "name_nl": "Veilig berichtenverkeer",
        "description": "Exchange signed messages with guaranteed delivery between systems.",
        "parent": "connectivity",
    },
    {
        "slug": "logging-audit",
        "name": "Logging and audit",
        "name_nl": "Logging en audit",
        "description": "Record who processed which data, why and when.",
        "parent": "infrastructure",
    },
    {
        "slug": "hosting",
        "name": "Hosting and cloud",
        "name_nl": "Hosting en cloud",
        "description": "Run applications on managed, secure and sovereign infrastructure.",
        "parent": "infrastructure",
    },
    {
        "slug": "user-interface",
        "name": "User interface components",
        "name_nl": "Gebruikersinterfaces",
        "description": "Provide accessible, consistent interface components and patterns.",
        "parent": "infrastructure",
    },
    {
        "slug": "service-catalogue",
        "name": "Service and software catalogue",
        "name_nl": "Dienstencatalogus",
        "description": "Describe available services and software so they can be found and reused.",
        "parent": "infrastructure",
    },
    {
        "slug": "governance",
        "name": "Governance and collaboration",
        "name_nl": "Sturing en samenwerking",
        "description": "Organise how government bodies decide, procure, learn and work together.",
        "parent": None,
    },
    {
        "slug": "procurement",
        "name": "Procurement and contracts",
        "name_nl": "Inkoop en contractbeheer",
        "description": "Buy software and services jointly and on fair, open terms.",
        "parent": "governance",
    },
    {
        "slug": "open-source",
        "name": "Open-source stewardship",
        "name_nl": "Opensource-beheer",
        "description": "Publish, maintain and jointly fund open-source software.",
        "parent": "governance",
    },
    {
        "slug": "skills",
        "name": "Skills and training",
        "name_nl": "Vakmanschap en opleiding",
        "description": "Develop and share digital skills and talent across organisations.",
        "parent": "governance",
    },
    {
        "slug": "architecture",
        "name": "Enterprise architecture",
        "name_nl": "Architectuur",
        "description": (
            "Steer the application landscape with shared principles and reference models."
        ),
        "parent": "governance",
    },
    {
        "slug": "privacy-security",
        "name": "Privacy and security",
        "name_nl": "Privacy en informatiebeveiliging",
        "description": "Protect personal data and information systems and show that you do.",
        "parent": "governance",
    },
]
