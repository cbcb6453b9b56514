"""API building blocks, part 2 of 2.

Registers, case and document APIs, municipal and partner APIs.
"""

API_BLOCKS_2 = [
    {
        "slug": "afvalkalender-api",
        "name": "Afvalkalender API",
        "kind": "api",
        "owner": "gemeente-vlietmond",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.vlietmond.example/afvalkalender-api",
        "code_url": "https://code.vlietmond.example/afvalkalender-api",
        "docs_url": "https://docs.vlietmond.example/afvalkalender-api",
        "spec_url": "https://api.vlietmond.example/afvalkalender-api/openapi.yaml",
        "version": "2.0",
        "tags": ["waste", "collection", "calendar", "ical"],
        "maintenance": "internal",
        "contact_name": "Team Digitale Dienstverlening",
        "contact_email": "digitaal@vlietmond.example",
        "capabilities": ["waste-collection"],
        "depends_on": ["adressen-api"],
        "complies_with": [("std-api-design", "complies", "")],
        "evidence": [],
        "last_verified": "2026-05-12",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Waste calendar API with collection dates per address, including a calendar "
                "feed residents can subscribe to.",
                "Returns collection dates per address and waste type and offers an iCal feed "
                "that residents add to their own calendar. Changes around public holidays are "
                "published a month ahead. It was built independently of a very similar API in "
                "Heemsloot.",
            ),
            "nl": (
                "Afvalkalender-API met ophaaldata per adres, inclusief een agendafeed waarop "
                "inwoners zich kunnen abonneren.",
                "Geeft ophaaldata per adres en afvalsoort en biedt een iCal-feed die inwoners "
                "aan hun eigen agenda toevoegen. Wijzigingen rond feestdagen worden een maand "
                "vooruit gepubliceerd. De API is los van een sterk vergelijkbare API in "
                "Heemsloot gebouwd.",
            ),
        },
    },
    {
        "slug": "meldingen-api",
        "name": "Meldingen Openbare Ruimte API",
        "kind": "api",
        "owner": "gemeente-brugstede",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.brugstede.example/meldingen-api",
        "code_url": "https://code.brugstede.example/meldingen-api",
        "docs_url": "https://docs.brugstede.example/meldingen-api",
        "spec_url": "https://api.brugstede.example/meldingen-api/openapi.yaml",
        "version": "2.3",
        "tags": ["public-space", "reports", "api"],
        "maintenance": "internal",
        "contact_name": "Ontwikkelteam Brugstede",
        "contact_email": "ontwikkelteam@brugstede.example",
        "capabilities": ["public-space-reports"],
        "depends_on": ["notificatiedienst"],
        "complies_with": [
            ("std-api-design", "complies", ""),
            ("std-notifications", "complies", ""),
        ],
        "evidence": [],
        "last_verified": "2026-02-20",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "API for submitting and tracking reports about the public space, such as "
                "potholes, litter and broken street lights.",
                "The back end of the public-space reporting app: it classifies reports, routes "
                "them to the right department or contractor and sends status updates to the "
                "reporter. Other municipalities connect their own front ends to it or run their "
                "own instance.",
            ),
            "nl": (
                "API voor het indienen en volgen van meldingen over de openbare ruimte, zoals "
                "gaten in de weg, zwerfafval en kapotte lantaarnpalen.",
                "De achterkant van de meldingenapp: classificeert meldingen, stuurt ze door "
                "naar de juiste afdeling of aannemer en stuurt statusupdates naar de melder. "
                "Andere gemeenten koppelen hun eigen voorkant eraan of draaien een eigen "
                "installatie.",
            ),
        },
    },
    {
        "slug": "parkeerrechten-api",
        "name": "Parkeerrechten API",
        "kind": "api",
        "owner": "gemeente-waterveen",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.waterveen.example/parkeerrechten-api",
        "code_url": "",
        "docs_url": "https://docs.waterveen.example/parkeerrechten-api",
        "spec_url": "https://api.waterveen.example/parkeerrechten-api/openapi.yaml",
        "version": "1.7",
        "tags": ["parking", "permits", "api"],
        "maintenance": "internal",
        "contact_name": "Team Parkeren",
        "contact_email": "parkeren@waterveen.example",
        "capabilities": ["parking"],
        "depends_on": ["betaalvoorziening", "brp-api"],
        "complies_with": [
            ("std-api-design", "complies", ""),
            (
                "std-logging",
                "partially",
                "Logs access to permits, not yet to the underlying person data.",
            ),
        ],
        "evidence": [("dpia", "2022-04-14", "", "")],
        "last_verified": "2024-12-02",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "API that registers parking permits and visitor parking rights against licence "
                "plates for enforcement scan cars.",
                "Residents apply for a permit online; the API checks the address, handles the "
                "payment and registers the licence plate, so that scan cars can check parking "
                "rights in real time. Residents book visitor hours through the same API from "
                "the app.",
            ),
            "nl": (
                "API die parkeervergunningen en bezoekersparkeren op kenteken registreert voor "
                "scanauto's van de handhaving.",
                "Bewoners vragen online een vergunning aan; de API controleert het adres, "
                "handelt de betaling af en registreert het kenteken, zodat scanauto's "
                "parkeerrechten realtime kunnen controleren. Bezoekersuren boeken bewoners via "
                "dezelfde API vanuit de app.",
            ),
        },
    },
    {
        "slug": "evenementen-api",
        "name": "Evenementenkalender API",
        "kind": "api",
        "owner": "gemeente-oostermeer",
        "lifecycle": "experiment",
        "openness": "open",
        "licence": "MIT",
        "homepage_url": "https://www.oostermeer.example/evenementen-api",
        "code_url": "https://code.oostermeer.example/evenementen-api",
        "docs_url": "https://docs.oostermeer.example/evenementen-api",
        "spec_url": "https://api.oostermeer.example/evenementen-api/openapi.yaml",
        "version": "0.1",
        "tags": ["events", "calendar", "open-data"],
        "maintenance": "internal",
        "contact_name": "Team Vergunningen",
        "contact_email": "vergunningen@oostermeer.example",
        "capabilities": ["event-permits"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-09-09",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Experimental API that publishes permitted events with location and road "
                "closures from the permit process.",
                "Takes permitted events straight from the permit system and publishes them with "
                "date, location and expected road closures, so that navigation apps and "
                "neighbours know in advance. Three months into the experiment, two route "
                "planners use it.",
            ),
            "nl": (
                "Experimentele API die vergunde evenementen met locatie en wegafsluitingen uit "
                "het vergunningproces publiceert.",
                "Haalt vergunde evenementen rechtstreeks uit het vergunningensysteem en "
                "publiceert ze met datum, locatie en verwachte wegafsluitingen, zodat "
                "navigatie-apps en buurtbewoners het vooraf weten. Drie maanden na de start "
                "gebruiken twee routeplanners de API.",
            ),
        },
    },
    {
        "slug": "subsidie-api",
        "name": "Subsidieregelingen API",
        "kind": "api",
        "owner": "provincie-zuiderdelta",
        "lifecycle": "pilot",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.zuiderdelta.example/subsidie-api",
        "code_url": "https://code.zuiderdelta.example/subsidie-api",
        "docs_url": "https://docs.zuiderdelta.example/subsidie-api",
        "spec_url": "https://api.zuiderdelta.example/subsidie-api/openapi.yaml",
        "version": "0.8",
        "tags": ["grants", "subsidies", "api"],
        "maintenance": "internal",
        "contact_name": "Team Subsidies",
        "contact_email": "subsidies@zuiderdelta.example",
        "capabilities": ["subsidies"],
        "depends_on": ["ondernemerstoegang"],
        "complies_with": [("std-api-design", "complies", "")],
        "evidence": [],
        "last_verified": "2026-06-03",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Pilot API that exposes the province's grant schemes and lets applicants submit "
                "and track applications.",
                "Publishes the conditions, budgets and deadlines of each grant scheme in a "
                "structured way and accepts applications from intermediaries such as "
                "agricultural advisers. In the pilot, two schemes for sustainable farming run "
                "through it.",
            ),
            "nl": (
                "Pilot-API die de subsidieregelingen van de provincie ontsluit en aanvragen "
                "laat indienen en volgen.",
                "Publiceert de voorwaarden, budgetten en termijnen van elke regeling "
                "gestructureerd en neemt aanvragen aan van intermediairs, zoals agrarische "
                "adviseurs. In de pilot lopen twee regelingen voor duurzame landbouw via de "
                "API.",
            ),
        },
    },
    {
        "slug": "verwerkingenlog-api",
        "name": "Verwerkingenlog API",
        "kind": "api",
        "owner": "digitaal-bureau",
        "lifecycle": "pilot",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.digitaalbureau.example/verwerkingenlog-api",
        "code_url": "https://code.digitaalbureau.example/verwerkingenlog-api",
        "docs_url": "https://docs.digitaalbureau.example/verwerkingenlog-api",
        "spec_url": "https://api.digitaalbureau.example/verwerkingenlog-api/openapi.yaml",
        "version": "0.6",
        "tags": ["logging", "privacy", "api"],
        "maintenance": "community",
        "contact_name": "Kennisteam Logging",
        "contact_email": "logging@digitaalbureau.example",
        "capabilities": ["logging-audit"],
        "depends_on": [],
        "complies_with": [("std-logging", "complies", ""), ("std-api-design", "complies", "")],
        "evidence": [],
        "last_verified": "2026-10-15",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Reference API for writing and querying processing logs according to the "
                "logging standard.",
                "Applications send log entries to the API; data protection officers and, later, "
                "residents query who processed which personal data and why. Four municipalities "
                "and the registers agency test it in the pilot.",
            ),
            "nl": (
                "Referentie-API voor het schrijven en bevragen van verwerkingenlogs volgens de "
                "standaard.",
                "Applicaties sturen logregels naar de API; functionarissen gegevensbescherming "
                "en straks ook inwoners vragen op wie welke persoonsgegevens heeft verwerkt en "
                "waarom. Vier gemeenten en de Rijksdienst voor Basisgegevens testen de API in "
                "de pilot.",
            ),
        },
    },
    {
        "slug": "pdc-api",
        "name": "Producten en Diensten API",
        "kind": "api",
        "owner": "gemeente-lindenwaard",
        "lifecycle": "production",
        "openness": "open",
        "licence": "EUPL-1.2",
        "homepage_url": "https://www.lindenwaard.example/pdc-api",
        "code_url": "https://code.lindenwaard.example/pdc-api",
        "docs_url": "https://docs.lindenwaard.example/pdc-api",
        "spec_url": "https://api.lindenwaard.example/pdc-api/openapi.yaml",
        "version": "1.9",
        "tags": ["products", "services", "catalogue"],
        "maintenance": "internal",
        "contact_name": "Team Online Dienstverlening",
        "contact_email": "online@lindenwaard.example",
        "capabilities": ["product-catalogue"],
        "depends_on": [],
        "complies_with": [("std-api-design", "complies", "")],
        "evidence": [],
        "last_verified": "2025-12-11",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "API for the municipal catalogue of products and services, with fees, "
                "conditions and links to forms.",
                "Editors maintain each product once, such as a passport or a parking permit, "
                "with its fees, conditions and application forms; the website, the contact "
                "centre and the national search service all read from the API. Municipalities "
                "copy the shared texts of standard products and only change local details.",
            ),
            "nl": (
                "API voor de gemeentelijke producten- en dienstencatalogus, met tarieven, "
                "voorwaarden en links naar formulieren.",
                "Redacteuren beheren elk product één keer, zoals een paspoort of "
                "parkeervergunning, met tarieven, voorwaarden en aanvraagformulieren; website, "
                "klantcontactcentrum en de landelijke zoekdienst lezen allemaal uit de API. "
                "Gemeenten nemen de gedeelde teksten van standaardproducten over en passen "
                "alleen lokale details aan.",
            ),
        },
    },
    {
        "slug": "belastingen-soap",
        "name": "Belastingen Webservice",
        "kind": "api",
        "owner": "gemeente-kraaiendal",
        "lifecycle": "deprecated",
        "openness": "restricted",
        "licence": "",
        "homepage_url": "https://www.kraaiendal.example/belastingen-soap",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2.3",
        "tags": ["taxes", "soap", "legacy"],
        "maintenance": "internal",
        "contact_name": "Team Belastingen",
        "contact_email": "belastingen@kraaiendal.example",
        "capabilities": ["tax-collection"],
        "depends_on": ["std-legacy-xml"],
        "complies_with": [
            (
                "std-api-design",
                "explained",
                "SOAP service from 2016; it will be replaced together with the tax system in 2027.",
            ),
            (
                "std-logging",
                "explained",
                "The legacy platform cannot log per processing; compensating measures are in "
                "the risk register.",
            ),
        ],
        "evidence": [],
        "last_verified": "2024-03-18",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Legacy SOAP web service for local tax assessments and remissions, due to be "
                "replaced.",
                "Provides tax assessments and payment status to the municipal website and the "
                "debt-assistance team. It depends on the old XML message standard and on the "
                "tax system that will be replaced in 2027.",
            ),
            "nl": (
                "Verouderde SOAP-webservice voor gemeentelijke aanslagen en kwijtschelding, "
                "wordt vervangen.",
                "Levert aanslagen en betaalstatus aan de gemeentelijke website en het team "
                "schuldhulpverlening. De service hangt af van de oude XML-berichtenstandaard en "
                "van het belastingsysteem dat in 2027 wordt vervangen.",
            ),
        },
    },
    {
        "slug": "adresvalidatie-soap",
        "name": "Adresvalidatieservice",
        "kind": "api",
        "owner": "dienst-registers",
        "lifecycle": "retired",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "1.1",
        "tags": ["addresses", "soap", "legacy"],
        "maintenance": "none",
        "contact_name": "Servicedesk Basisgegevens",
        "contact_email": "servicedesk@basisgegevens.example",
        "capabilities": ["addresses-buildings"],
        "depends_on": ["berichtenknooppunt"],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2023-01-10",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Former SOAP service for validating postal addresses, retired in 2023 in favour "
                "of the addresses API.",
                "It checked whether a postcode and house number existed and returned the street "
                "and town. All consumers moved to the Addresses and Buildings API; the service "
                "was switched off in March 2023.",
            ),
            "nl": (
                "Voormalige SOAP-service voor het valideren van postadressen, in 2023 uitgezet "
                "ten gunste van de Adressen-API.",
                "Controleerde of een combinatie van postcode en huisnummer bestond en gaf "
                "straat en woonplaats terug. Alle afnemers zijn overgestapt op de Adressen en "
                "Gebouwen API; de service is in maart 2023 uitgezet.",
            ),
        },
    },
    {
        "slug": "verhuisbericht-api",
        "name": "Verhuisbericht API",
        "kind": "api",
        "owner": "dienst-registers",
        "lifecycle": "idea",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "",
        "tags": ["moving", "events", "persons", "consent"],
        "maintenance": "internal",
        "contact_name": "Team Innovatie",
        "contact_email": "innovatie@basisgegevens.example",
        "capabilities": ["persons", "event-subscriptions"],
        "depends_on": ["brp-api", "notificatiedienst"],
        "complies_with": [],
        "evidence": [],
        "last_verified": None,
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Idea for an API that lets residents pass on their move to organisations they "
                "choose, such as their bank and insurer.",
                "After registering a new address with the municipality, the resident could "
                "choose which organisations receive the change, with consent recorded. The bank "
                "and the health insurer submitted the idea; it awaits a legal assessment.",
            ),
            "nl": (
                "Idee voor een API waarmee inwoners hun verhuizing doorgeven aan organisaties "
                "die ze zelf kiezen, zoals bank en verzekeraar.",
                "Na het doorgeven van een nieuw adres aan de gemeente zou de inwoner kunnen "
                "kiezen welke organisaties de wijziging ontvangen, met vastgelegde toestemming. "
                "De bank en de zorgverzekeraar dienden het idee in; het wacht op een juridische "
                "toets.",
            ),
        },
    },
    {
        "slug": "wachttijden-api",
        "name": "Wachttijden API",
        "kind": "api",
        "owner": "ziekenhuis-veenhaven",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://www.veenhavenziekenhuis.example/wachttijden-api",
        "code_url": "https://code.veenhavenziekenhuis.example/wachttijden-api",
        "docs_url": "https://docs.veenhavenziekenhuis.example/wachttijden-api",
        "spec_url": "https://api.veenhavenziekenhuis.example/wachttijden-api/openapi.yaml",
        "version": "1.0",
        "tags": ["healthcare", "waiting-times", "open-data"],
        "maintenance": "contract",
        "contact_name": "Afdeling Informatievoorziening",
        "contact_email": "informatievoorziening@veenhavenziekenhuis.example",
        "capabilities": ["open-data"],
        "depends_on": [],
        "complies_with": [("std-api-design", "partially", "There is no version in the path yet.")],
        "evidence": [],
        "last_verified": "2025-07-01",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Open API with current waiting times for the outpatient clinics and the "
                "emergency department of the hospital.",
                "Updated daily for outpatient clinics and every fifteen minutes for the "
                "emergency department. GPs and the regional care guide show the figures to "
                "patients choosing where to go.",
            ),
            "nl": (
                "Open API met actuele wachttijden voor de poliklinieken en de spoedeisende hulp "
                "van het ziekenhuis.",
                "Wordt dagelijks bijgewerkt voor de poliklinieken en elk kwartier voor de "
                "spoedeisende hulp. Huisartsen en de regionale zorgwijzer tonen de cijfers aan "
                "patiënten die kiezen waar ze heen gaan.",
            ),
        },
    },
    {
        "slug": "wegenwerken-api",
        "name": "Wegenwerken API Leiemonde",
        "kind": "api",
        "owner": "stad-leiemonde",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://www.leiemonde.example/wegenwerken-api",
        "code_url": "https://code.leiemonde.example/wegenwerken-api",
        "docs_url": "https://docs.leiemonde.example/wegenwerken-api",
        "spec_url": "https://api.leiemonde.example/wegenwerken-api/openapi.yaml",
        "version": "1.1",
        "tags": ["roadworks", "mobility", "open-data"],
        "maintenance": "internal",
        "contact_name": "Dienst Mobiliteit",
        "contact_email": "mobiliteit@leiemonde.example",
        "capabilities": ["open-data", "maps"],
        "depends_on": [],
        "complies_with": [
            (
                "std-api-design",
                "explained",
                "Follows the Flemish API guidelines rather than the Dutch design rules.",
            ),
        ],
        "evidence": [],
        "last_verified": "2026-01-28",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Open API of planned and current roadworks and detours in the city of Leiemonde.",
                "Contractors register their works in the city's permit system; the API "
                "publishes location, period and detours. Navigation services and the public "
                "transport company use the feed.",
            ),
            "nl": (
                "Open API met geplande en lopende wegenwerken en omleidingen in de stad Leiemonde.",
                "Aannemers registreren hun werken in het vergunningensysteem van de stad; de "
                "API publiceert locatie, periode en omleidingen. Navigatiediensten en de "
                "vervoermaatschappij gebruiken de feed.",
            ),
        },
    },
]
