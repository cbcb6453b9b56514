"""Platform building blocks, part 1 of 2.

Shared services that organisations connect to.
"""

PLATFORM_BLOCKS = [
    {
        "slug": "toegangspoort",
        "name": "Toegangspoort",
        "kind": "platform",
        "owner": "dienst-toegang",
        "lifecycle": "anchored",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.digitaletoegang.example/toegangspoort",
        "code_url": "",
        "docs_url": "https://docs.digitaletoegang.example/toegangspoort",
        "spec_url": "",
        "version": "2026.3",
        "tags": ["login", "identity", "eid", "shared-service"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Toegangspoort",
        "contact_email": "aansluiten@digitaletoegang.example",
        "capabilities": ["citizen-login", "authentication"],
        "depends_on": ["std-identity"],
        "complies_with": [
            ("std-identity", "complies", ""),
            ("std-secure-transport", "complies", ""),
            ("std-accessibility", "complies", ""),
            (
                "std-logging",
                "partially",
                "Login events are logged; the cross-organisation trace identifier is passed on "
                "from release 2027.1.",
            ),
        ],
        "evidence": [
            ("dpia", "2024-02-19", "", "DPIA updated after the switch to OpenID Connect."),
            ("pentest", "2026-03-11", "", "Annual penetration test; no high-risk findings open."),
        ],
        "last_verified": "2026-09-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Identity platform: the national login service that lets residents log in to "
                "government and healthcare websites with their eID.",
                "Organisations connect once and receive a verified citizen service number with "
                "the assurance level of the login method used. It supports the app, SMS "
                "verification and the identity card and handles about 500 million logins a "
                "year. Connecting requires a signed agreement and a yearly security assessment.",
            ),
            "nl": (
                "Identiteitsplatform: de landelijke inlogvoorziening waarmee inwoners met hun "
                "eID inloggen bij websites van overheid en zorg.",
                "Organisaties sluiten één keer aan en ontvangen een geverifieerd "
                "burgerservicenummer met het betrouwbaarheidsniveau van het gebruikte "
                "inlogmiddel. De voorziening ondersteunt de app, sms-controle en de "
                "identiteitskaart en verwerkt zo'n 500 miljoen inlogpogingen per jaar. "
                "Aansluiten vraagt een getekende overeenkomst en een jaarlijkse "
                "beveiligingsassessment.",
            ),
        },
    },
    {
        "slug": "ondernemerstoegang",
        "name": "Ondernemerstoegang",
        "kind": "platform",
        "owner": "dienst-toegang",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.digitaletoegang.example/ondernemerstoegang",
        "code_url": "",
        "docs_url": "https://docs.digitaletoegang.example/ondernemerstoegang",
        "spec_url": "",
        "version": "2025.2",
        "tags": ["login", "business", "authorisation", "shared-service"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Toegangspoort",
        "contact_email": "aansluiten@digitaletoegang.example",
        "capabilities": ["business-login", "mandates"],
        "depends_on": ["std-identity"],
        "complies_with": [
            ("std-identity", "complies", ""),
            ("std-secure-transport", "complies", ""),
        ],
        "evidence": [("pentest", "2025-09-02", "", "Penetration test of the broker component.")],
        "last_verified": "2025-10-14",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Login service for businesses and their employees, with authorisations "
                "registered per company.",
                "A company records which employees may act for it in which services; the "
                "service passes the chamber-of-commerce number and the authorisation to the "
                "government website. Market parties issue the login means under a certification "
                "scheme.",
            ),
            "nl": (
                "Inlogvoorziening voor bedrijven en hun medewerkers, met per bedrijf "
                "geregistreerde bevoegdheden.",
                "Een bedrijf legt vast welke medewerkers namens het bedrijf welke diensten "
                "mogen afnemen; de voorziening geeft het KvK-nummer en de bevoegdheid door aan "
                "de overheidswebsite. Marktpartijen geven de inlogmiddelen uit onder een "
                "certificeringsstelsel.",
            ),
        },
    },
    {
        "slug": "machtigingsdienst",
        "name": "Machtigingsdienst",
        "kind": "platform",
        "owner": "dienst-toegang",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.digitaletoegang.example/machtigingsdienst",
        "code_url": "",
        "docs_url": "https://docs.digitaletoegang.example/machtigingsdienst",
        "spec_url": "",
        "version": "4.1",
        "tags": ["mandates", "representation", "login"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Toegangspoort",
        "contact_email": "aansluiten@digitaletoegang.example",
        "capabilities": ["mandates"],
        "depends_on": ["toegangspoort"],
        "complies_with": [
            ("std-identity", "complies", ""),
            (
                "std-api-design",
                "partially",
                "The registration API predates the design rules; version 5 will comply.",
            ),
        ],
        "evidence": [("dpia", "2023-05-10", "", "DPIA on registering mandates for relatives.")],
        "last_verified": "2025-02-03",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Lets residents authorise someone else, such as a relative or a tax adviser, to "
                "act for them online.",
                "Both the person giving and the person receiving the mandate log in with the "
                "national login service; the service then tells the government website that the "
                "representative may act for a specific service. Guardians and administrators "
                "appointed by a court are registered by the court itself.",
            ),
            "nl": (
                "Hiermee machtigen inwoners iemand anders, zoals een familielid of "
                "belastingadviseur, om online namens hen te handelen.",
                "Zowel de machtiginggever als de gemachtigde logt in met de landelijke "
                "inlogvoorziening; de dienst laat de overheidswebsite vervolgens weten dat de "
                "vertegenwoordiger voor een bepaalde dienst mag handelen. Curatoren en "
                "bewindvoerders worden door de rechtbank zelf geregistreerd.",
            ),
        },
    },
    {
        "slug": "berichtenbox",
        "name": "Berichtenbox Overheid",
        "kind": "platform",
        "owner": "dienst-toegang",
        "lifecycle": "anchored",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.digitaletoegang.example/berichtenbox",
        "code_url": "",
        "docs_url": "https://docs.digitaletoegang.example/berichtenbox",
        "spec_url": "",
        "version": "2026.1",
        "tags": ["messages", "inbox", "citizen", "shared-service"],
        "maintenance": "internal",
        "contact_name": "Team Berichtenbox",
        "contact_email": "berichtenbox@digitaletoegang.example",
        "capabilities": ["citizen-messages"],
        "depends_on": ["toegangspoort"],
        "complies_with": [
            ("std-design-system", "complies", ""),
            (
                "std-accessibility",
                "partially",
                "The app meets WCAG 2.1 AA; two issues in the PDF viewer are still open.",
            ),
        ],
        "evidence": [
            ("dpia", "2022-11-08", "", ""),
            ("accessibility", "2026-04-15", "", "Audit of the website and the app."),
            ("pentest", "2025-10-21", "", ""),
        ],
        "last_verified": "2026-08-19",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Secure inbox in which residents receive official letters from all government "
                "bodies digitally instead of on paper.",
                "Government bodies deliver messages through a machine interface; residents read "
                "them after logging in on the website or in the app and get an e-mail alert. "
                "About 11 million residents have activated the inbox. Municipalities use it for "
                "tax assessments, benefit decisions and permit decisions.",
            ),
            "nl": (
                "Beveiligde berichtenbox waarin inwoners officiële post van alle overheden "
                "digitaal ontvangen in plaats van op papier.",
                "Overheidsorganisaties leveren berichten aan via een machinekoppelvlak; "
                "inwoners lezen ze na het inloggen op de website of in de app en krijgen een "
                "e-mailattendering. Zo'n 11 miljoen inwoners hebben de berichtenbox "
                "geactiveerd. Gemeenten gebruiken hem voor aanslagen, beschikkingen en "
                "besluiten op vergunningaanvragen.",
            ),
        },
    },
    {
        "slug": "notificatiedienst",
        "name": "Notificatiedienst Overheid",
        "kind": "platform",
        "owner": "dienst-toegang",
        "lifecycle": "anchored",
        "openness": "public-sector",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.digitaletoegang.example/notificatiedienst",
        "code_url": "https://code.digitaletoegang.example/notificatiedienst",
        "docs_url": "https://docs.digitaletoegang.example/notificatiedienst",
        "spec_url": "",
        "version": "1.8",
        "tags": ["notifications", "events", "cloudevents", "shared-service"],
        "maintenance": "internal",
        "contact_name": "Team Notificaties",
        "contact_email": "notificaties@digitaletoegang.example",
        "capabilities": ["event-subscriptions", "notifications"],
        "depends_on": ["api-gateway"],
        "complies_with": [
            ("std-notifications", "complies", ""),
            ("std-api-design", "complies", ""),
            ("std-logging", "complies", ""),
        ],
        "evidence": [
            ("pentest", "2026-02-27", "", "Pentest including the SMS and e-mail channel."),
        ],
        "last_verified": "2026-10-02",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Shared notification service: sources publish an event once and every "
                "subscribed system receives it.",
                "Registers, case systems and document stores publish an event when something "
                "changes; consumers subscribe per event type and filter and receive a callback "
                "within seconds. This replaces hundreds of point-to-point polling jobs. Since "
                "2024 the service also sends SMS and e-mail alerts to residents on behalf of "
                "connected organisations.",
            ),
            "nl": (
                "Gedeelde notificatiedienst: bronnen publiceren een gebeurtenis één keer en elk "
                "geabonneerd systeem ontvangt hem.",
                "Registraties, zaaksystemen en documentopslagen publiceren een gebeurtenis als "
                "er iets verandert; afnemers abonneren zich per gebeurtenistype en filter en "
                "krijgen binnen enkele seconden een callback. Dat vervangt honderden "
                "punt-tot-puntkoppelingen die periodiek gegevens opvragen. Sinds 2024 verstuurt "
                "de dienst namens aangesloten organisaties ook sms- en e-mailattenderingen aan "
                "inwoners.",
            ),
        },
    },
    {
        "slug": "uwu-notificatieservice",
        "name": "Notificatieservice Werk en Uitkering",
        "kind": "platform",
        "owner": "uitkeringsbureau",
        "lifecycle": "production",
        "openness": "restricted",
        "licence": "",
        "homepage_url": "https://www.uitkeringsbureau.example/uwu-notificatieservice",
        "code_url": "",
        "docs_url": "https://docs.uitkeringsbureau.example/uwu-notificatieservice",
        "spec_url": "",
        "version": "2.4",
        "tags": ["notifications", "events", "benefits"],
        "maintenance": "internal",
        "contact_name": "Team Ketenberichten",
        "contact_email": "keten@uitkeringsbureau.example",
        "capabilities": ["event-subscriptions", "notifications"],
        "depends_on": [],
        "complies_with": [
            (
                "std-notifications",
                "partially",
                "Uses its own event envelope; mapping to the standard is on the roadmap.",
            ),
            (
                "std-api-design",
                "explained",
                "Built in 2020 on an internal message bus, before the design rules applied to "
                "services for chain partners.",
            ),
        ],
        "evidence": [],
        "last_verified": "2024-09-12",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Notification service of the benefits agency that alerts municipalities and "
                "clients to changes in benefits.",
                "Sends events when a benefit is granted, changed or ended, so that "
                "municipalities can adjust supplementary income support. Clients also get a "
                "text message when a payment has been made. The service largely overlaps with "
                "the national notification service but uses its own event format.",
            ),
            "nl": (
                "Notificatieservice van het uitkeringsbureau die gemeenten en klanten "
                "attendeert op wijzigingen in uitkeringen.",
                "Stuurt gebeurtenissen wanneer een uitkering wordt toegekend, gewijzigd of "
                "beëindigd, zodat gemeenten aanvullende bijstand kunnen aanpassen. Daarnaast "
                "krijgen klanten een sms zodra een betaling is gedaan. De dienst overlapt "
                "grotendeels met de landelijke Notificatiedienst, maar gebruikt een eigen "
                "berichtformaat.",
            ),
        },
    },
    {
        "slug": "attenderingsdienst",
        "name": "Attenderingsdienst Inning",
        "kind": "platform",
        "owner": "inningsdienst",
        "lifecycle": "pilot",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.inningsdienst.example/attenderingsdienst",
        "code_url": "",
        "docs_url": "https://docs.inningsdienst.example/attenderingsdienst",
        "spec_url": "",
        "version": "0.7",
        "tags": ["notifications", "alerts", "payments"],
        "maintenance": "internal",
        "contact_name": "Team Betalen",
        "contact_email": "betalen@inningsdienst.example",
        "capabilities": ["notifications", "citizen-messages"],
        "depends_on": ["berichtenbox"],
        "complies_with": [
            (
                "std-notifications",
                "explained",
                "The pilot only sends alerts to residents and has no subscription API for systems.",
            ),
        ],
        "evidence": [("dpia", "2025-12-03", "", "DPIA for using phone numbers for reminders.")],
        "last_verified": "2026-06-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Pilot notification service that alerts residents by e-mail and SMS about "
                "payment deadlines and reminders.",
                "Sends a reminder a week before a payment deadline and after a missed payment, "
                "with a link to the payment facility. In the pilot year the reminders cut the "
                "number of formal demand letters by 14 percent. Its alerting overlaps with the "
                "national notification service.",
            ),
            "nl": (
                "Notificatiedienst in pilot die inwoners per e-mail en sms attendeert op "
                "betaaltermijnen en herinneringen.",
                "Verstuurt een herinnering een week voor een betaaltermijn en na een gemiste "
                "betaling, met een link naar de betaalvoorziening. In het pilotjaar daalde het "
                "aantal aanmaningen daardoor met 14 procent. De attenderingsfunctie overlapt "
                "met de landelijke Notificatiedienst.",
            ),
        },
    },
    {
        "slug": "api-gateway",
        "name": "Federatieve API-poort",
        "kind": "platform",
        "owner": "digitaal-bureau",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.digitaalbureau.example/api-gateway",
        "code_url": "https://code.digitaalbureau.example/api-gateway",
        "docs_url": "https://docs.digitaalbureau.example/api-gateway",
        "spec_url": "",
        "version": "1.12",
        "tags": ["api", "gateway", "connectivity", "mtls"],
        "maintenance": "community",
        "contact_name": "Team API-poort",
        "contact_email": "apipoort@digitaalbureau.example",
        "capabilities": ["api-gateway", "service-authorisation"],
        "depends_on": ["std-secure-transport"],
        "complies_with": [
            ("std-api-design", "complies", ""),
            ("std-secure-transport", "complies", ""),
            ("std-logging", "complies", ""),
        ],
        "evidence": [
            ("pentest", "2025-06-18", "", "Pentest of the directory and the gateway software."),
        ],
        "last_verified": "2026-04-07",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Federated API gateway with mutual TLS and contracts that lets organisations "
                "offer and consume APIs securely.",
                "Each organisation runs its own gateway; a directory lists the services and the "
                "contracts between provider and consumer, signed with PKI certificates. Traffic "
                "flows directly between organisations, without a central hub. It is the "
                "preferred way to connect to the national registers.",
            ),
            "nl": (
                "Federatieve API-poort met wederzijdse TLS en contracten om API's veilig aan te "
                "bieden en af te nemen.",
                "Elke organisatie draait een eigen poort; een directory toont de services en de "
                "contracten tussen aanbieder en afnemer, ondertekend met PKI-certificaten. Het "
                "verkeer loopt rechtstreeks tussen organisaties, zonder centrale hub. Het is de "
                "voorkeursmanier om aan te sluiten op de landelijke basisregistraties.",
            ),
        },
    },
    {
        "slug": "berichtenknooppunt",
        "name": "Veilig Berichtenknooppunt",
        "kind": "platform",
        "owner": "dienst-toegang",
        "lifecycle": "deprecated",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://www.digitaletoegang.example/berichtenknooppunt",
        "code_url": "",
        "docs_url": "https://docs.digitaletoegang.example/berichtenknooppunt",
        "spec_url": "",
        "version": "5.6",
        "tags": ["soap", "ebms", "messaging", "legacy"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Toegangspoort",
        "contact_email": "aansluiten@digitaletoegang.example",
        "capabilities": ["secure-messaging"],
        "depends_on": ["std-legacy-xml"],
        "complies_with": [
            (
                "std-secure-transport",
                "partially",
                "TLS 1.2 is enforced, but older cipher suites are still accepted for two legacy "
                "connections.",
            ),
            (
                "std-api-design",
                "explained",
                "A SOAP and ebMS hub; it is being replaced by the federated API gateway rather "
                "than adapted.",
            ),
        ],
        "evidence": [("pentest", "2023-04-04", "", "")],
        "last_verified": "2024-01-15",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Central hub for reliable SOAP and ebMS messaging between government bodies; "
                "being replaced by the API gateway.",
                "For years it was the only route for secure system-to-system messages, with "
                "guaranteed delivery and signing. It is deprecated: no new connections are "
                "accepted and existing ones must move to the federated API gateway before the "
                "end of 2027.",
            ),
            "nl": (
                "Centraal knooppunt voor betrouwbaar SOAP- en ebMS-berichtenverkeer tussen "
                "overheden; wordt vervangen door de API-poort.",
                "Jarenlang de enige route voor beveiligde berichten tussen systemen, met "
                "gegarandeerde aflevering en ondertekening. De voorziening is uitgefaseerd: "
                "nieuwe aansluitingen worden niet meer geaccepteerd en bestaande moeten voor "
                "eind 2027 overstappen naar de Federatieve API-poort.",
            ),
        },
    },
    {
        "slug": "documentplatform",
        "name": "Documentkluis Rivierland",
        "kind": "platform",
        "owner": "ict-rivierland",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.ictrivierland.example/documentplatform",
        "code_url": "",
        "docs_url": "https://docs.ictrivierland.example/documentplatform",
        "spec_url": "",
        "version": "3.4",
        "tags": ["documents", "storage", "zgw", "archiving"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Rivierland",
        "contact_email": "servicedesk@ictrivierland.example",
        "capabilities": ["document-management", "archiving"],
        "depends_on": ["sso-medewerkers", "api-gateway"],
        "complies_with": [
            ("std-document-api", "complies", ""),
            ("std-archiving-metadata", "complies", ""),
            (
                "std-logging",
                "partially",
                "Read access is logged; the processing purpose is not yet recorded.",
            ),
        ],
        "evidence": [
            ("pentest", "2025-11-12", "", "Pentest of the document store and its API."),
            ("dpia", "2024-06-03", "", ""),
        ],
        "last_verified": "2026-03-25",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Shared document platform for municipalities that stores case documents with "
                "archival metadata.",
                "Hosted by the Rivierland shared service centre and offered to other "
                "municipalities as a service. Documents are stored with the national archival "
                "metadata and destroyed or transferred automatically at the end of their "
                "retention period. Employees reach it through the federated employee login.",
            ),
            "nl": (
                "Gedeeld documentplatform voor gemeenten dat zaakdocumenten met "
                "archiefmetagegevens bewaart.",
                "Wordt gehost door het ICT-Servicecentrum Rivierland en als dienst aangeboden "
                "aan andere gemeenten. Documenten worden opgeslagen met de landelijke "
                "archiefmetagegevens en aan het eind van de bewaartermijn automatisch "
                "vernietigd of overgebracht. Medewerkers komen erin via de federatieve "
                "medewerkerslogin.",
            ),
        },
    },
    {
        "slug": "sso-medewerkers",
        "name": "Federatieve Medewerkerslogin",
        "kind": "platform",
        "owner": "digitaal-bureau",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.digitaalbureau.example/sso-medewerkers",
        "code_url": "",
        "docs_url": "https://docs.digitaalbureau.example/sso-medewerkers",
        "spec_url": "",
        "version": "2.2",
        "tags": ["sso", "employees", "identity", "federation"],
        "maintenance": "internal",
        "contact_name": "Team Identiteit",
        "contact_email": "identiteit@digitaalbureau.example",
        "capabilities": ["employee-login"],
        "depends_on": ["std-identity"],
        "complies_with": [
            ("std-identity", "complies", ""),
            ("std-secure-transport", "complies", ""),
        ],
        "evidence": [("pentest", "2026-01-20", "", "")],
        "last_verified": "2026-01-20",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Single sign-on federation that lets civil servants use their own "
                "organisation's account in shared applications.",
                "Shared applications trust the identity provider of the employee's organisation "
                "instead of keeping their own user accounts. Roles are passed as standard "
                "claims, so an employee who leaves is blocked everywhere at once. It follows "
                "the same OpenID Connect profile as the citizen login.",
            ),
            "nl": (
                "Federatie voor single sign-on waarmee ambtenaren hun eigen organisatieaccount "
                "in gedeelde applicaties gebruiken.",
                "Gedeelde applicaties vertrouwen de identiteitsprovider van de organisatie van "
                "de medewerker in plaats van eigen gebruikersaccounts bij te houden. Rollen "
                "worden als standaardclaims doorgegeven, zodat een vertrokken medewerker in één "
                "keer overal wordt geblokkeerd. De federatie volgt hetzelfde OpenID "
                "Connect-profiel als de inlogvoorziening voor inwoners.",
            ),
        },
    },
]
