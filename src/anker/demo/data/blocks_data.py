"""Dataset building blocks.

Open, shared and research data.
"""

DATASET_BLOCKS = [
    {
        "slug": "bag-extract",
        "name": "Adressen en Gebouwen – volledig extract",
        "kind": "dataset",
        "owner": "dienst-registers",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://data.basisgegevens.example/bag-extract",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026-10",
        "tags": ["addresses", "buildings", "open-data", "download"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Basisgegevens",
        "contact_email": "servicedesk@basisgegevens.example",
        "capabilities": ["addresses-buildings", "open-data"],
        "depends_on": [],
        "complies_with": [("std-open-data", "complies", "")],
        "evidence": [],
        "last_verified": "2026-10-08",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Monthly full download of all addresses and buildings in the country, as "
                "GeoPackage and CSV.",
                "Contains about 10 million addresses and 11 million buildings with geometry, "
                "year of construction and use. Researchers, housing associations and businesses "
                "use it when they need the whole register rather than single lookups.",
            ),
            "nl": (
                "Maandelijkse volledige download van alle adressen en panden in het land, als "
                "GeoPackage en CSV.",
                "Bevat zo'n 10 miljoen adressen en 11 miljoen panden met geometrie, bouwjaar en "
                "gebruiksdoel. Onderzoekers, woningcorporaties en bedrijven gebruiken het "
                "extract als ze de hele registratie nodig hebben in plaats van losse "
                "bevragingen.",
            ),
        },
    },
    {
        "slug": "topografie-download",
        "name": "Grootschalige Topografie – download",
        "kind": "dataset",
        "owner": "kaartdienst",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://data.kaartdienst.example/topografie-download",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026-Q3",
        "tags": ["topography", "geo", "download"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Kaartplatform",
        "contact_email": "kaartplatform@kaartdienst.example",
        "capabilities": ["topography"],
        "depends_on": [],
        "complies_with": [("std-geo-metadata", "complies", ""), ("std-open-data", "complies", "")],
        "evidence": [],
        "last_verified": "2025-01-20",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Full download of the large-scale topography, updated daily, per area or for "
                "the whole country.",
                "Object-level map data at scales from 1:500 to 1:5,000, maintained jointly by "
                "all source holders. Delivered as GML and GeoPackage; change files let users "
                "keep a local copy up to date.",
            ),
            "nl": (
                "Volledige download van de grootschalige topografie, dagelijks bijgewerkt, per "
                "gebied of voor het hele land.",
                "Kaartgegevens op objectniveau op schalen van 1:500 tot 1:5.000, gezamenlijk "
                "bijgehouden door alle bronhouders. Geleverd als GML en GeoPackage; met "
                "mutatiebestanden houden gebruikers een lokale kopie actueel.",
            ),
        },
    },
    {
        "slug": "luchtkwaliteit-deltastad",
        "name": "Luchtkwaliteitsmetingen Deltastad",
        "kind": "dataset",
        "owner": "universiteit-deltastad",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://data.uni-deltastad.example/luchtkwaliteit-deltastad",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "3.0",
        "tags": ["air-quality", "sensors", "research", "open-data"],
        "maintenance": "internal",
        "contact_name": "Lab Digitale Overheid",
        "contact_email": "digilab@uni-deltastad.example",
        "capabilities": ["open-data", "reporting"],
        "depends_on": [],
        "complies_with": [("std-open-data", "complies", "")],
        "evidence": [],
        "last_verified": "2026-04-30",
        "default_language": "en",
        "descriptions": {
            "en": (
                "Research dataset of fine dust and nitrogen dioxide readings from 220 low-cost "
                "sensors in the Deltastad region since 2020.",
                "Residents host the sensors on their balconies; the university calibrates the "
                "readings against the official monitoring stations and publishes hourly values "
                "with quality flags. Municipalities use the data to evaluate low-emission "
                "zones.",
            ),
            "nl": (
                "Onderzoeksdataset met fijnstof- en stikstofdioxidemetingen van 220 goedkope "
                "sensoren in de regio Deltastad sinds 2020.",
                "Inwoners hangen de sensoren op hun balkon; de universiteit kalibreert de "
                "metingen tegen de officiële meetstations en publiceert uurwaarden met "
                "kwaliteitslabels. Gemeenten gebruiken de gegevens om milieuzones te evalueren.",
            ),
        },
    },
    {
        "slug": "panel-digitale-inclusie",
        "name": "Panel Digitale Inclusie 2023-2025",
        "kind": "dataset",
        "owner": "universiteit-deltastad",
        "lifecycle": "production",
        "openness": "restricted",
        "licence": "",
        "homepage_url": "https://data.uni-deltastad.example/panel-digitale-inclusie",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2.0",
        "tags": ["research", "inclusion", "survey"],
        "maintenance": "internal",
        "contact_name": "Lab Digitale Overheid",
        "contact_email": "digilab@uni-deltastad.example",
        "capabilities": ["reporting"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [("dpia", "2023-01-16", "", "DPIA for the panel microdata.")],
        "last_verified": "2025-02-27",
        "default_language": "en",
        "descriptions": {
            "en": (
                "Longitudinal survey of 4,000 residents on their digital skills and their use "
                "of help with online government services.",
                "Three waves between 2023 and 2025 measure who arranges government matters "
                "online alone, with help or not at all. Public-sector researchers can use the "
                "microdata under a data-use agreement; aggregated tables are public.",
            ),
            "nl": (
                "Longitudinaal onderzoek onder 4.000 inwoners naar hun digitale vaardigheden en "
                "hun gebruik van hulp bij online overheidszaken.",
                "Drie metingen tussen 2023 en 2025 laten zien wie overheidszaken zelfstandig "
                "online regelt, met hulp of helemaal niet. Onderzoekers in de publieke sector "
                "kunnen de microdata onder een gebruikersovereenkomst gebruiken; geaggregeerde "
                "tabellen zijn openbaar.",
            ),
        },
    },
    {
        "slug": "wijkcijfers-waterveen",
        "name": "Wijkkerncijfers Waterveen",
        "kind": "dataset",
        "owner": "gemeente-waterveen",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://data.waterveen.example/wijkcijfers-waterveen",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026",
        "tags": ["statistics", "neighbourhoods", "open-data"],
        "maintenance": "internal",
        "contact_name": "Team Onderzoek en Statistiek",
        "contact_email": "ois@waterveen.example",
        "capabilities": ["open-data", "reporting"],
        "depends_on": [],
        "complies_with": [("std-open-data", "complies", "")],
        "evidence": [],
        "last_verified": "2026-03-03",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Yearly key figures per neighbourhood on population, housing, income, safety "
                "and use of social support.",
                "Combines municipal registers and national statistics into about 120 indicators "
                "per neighbourhood, published as CSV and through the open data portal. Council "
                "members use them for the neighbourhood plans.",
            ),
            "nl": (
                "Jaarlijkse kerncijfers per wijk over bevolking, wonen, inkomen, veiligheid en "
                "gebruik van maatschappelijke ondersteuning.",
                "Combineert gemeentelijke registraties en landelijke statistieken tot zo'n 120 "
                "indicatoren per wijk, gepubliceerd als CSV en via het open-dataportaal. "
                "Raadsleden gebruiken de cijfers bij de wijkplannen.",
            ),
        },
    },
    {
        "slug": "zorggebruik-postcode",
        "name": "Zorggebruik per Postcodegebied",
        "kind": "dataset",
        "owner": "samen-gezond",
        "lifecycle": "production",
        "openness": "restricted",
        "licence": "LicenseRef-proprietary",
        "homepage_url": "https://data.samengezond.example/zorggebruik-postcode",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2025",
        "tags": ["healthcare", "statistics", "prevention"],
        "maintenance": "internal",
        "contact_name": "Team Gemeenten",
        "contact_email": "gemeenten@samengezond.example",
        "capabilities": ["reporting"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [("dpia", "2024-05-06", "", "Small-cell suppression assessed.")],
        "last_verified": "2025-08-12",
        "default_language": "en",
        "descriptions": {
            "en": (
                "Aggregated healthcare use and costs per four-digit postcode area, shared with "
                "municipalities for prevention policy.",
                "Covers the insurer's 1.2 million members, with costs per type of care and age "
                "group; cells with fewer than 15 people are suppressed. Municipalities receive "
                "it under a data-sharing agreement to target prevention programmes.",
            ),
            "nl": (
                "Geaggregeerd zorggebruik en zorgkosten per viercijferig postcodegebied, "
                "gedeeld met gemeenten voor preventiebeleid.",
                "Omvat de 1,2 miljoen verzekerden van de verzekeraar, met kosten per zorgsoort "
                "en leeftijdsgroep; cellen met minder dan 15 personen worden onderdrukt. "
                "Gemeenten ontvangen de dataset onder een gegevensdelingsovereenkomst om "
                "preventieprogramma's gericht in te zetten.",
            ),
        },
    },
    {
        "slug": "begrotingen-open",
        "name": "Open Begrotingen Decentrale Overheden",
        "kind": "dataset",
        "owner": "min-bdz",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://data.minbdz.example/begrotingen-open",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026",
        "tags": ["finance", "budgets", "open-data"],
        "maintenance": "internal",
        "contact_name": "Team Financiële Verhoudingen",
        "contact_email": "financien@minbdz.example",
        "capabilities": ["open-data", "reporting"],
        "depends_on": [],
        "complies_with": [("std-open-data", "complies", "")],
        "evidence": [],
        "last_verified": "2024-07-19",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Budgets and annual accounts of all municipalities and provinces in one open "
                "dataset, by policy area.",
                "Collected from the mandatory quarterly financial reports and mapped onto a "
                "common classification of policy areas, so that residents can compare what "
                "their municipality spends on, for example, youth care. The dataset is updated "
                "every quarter.",
            ),
            "nl": (
                "Begrotingen en jaarrekeningen van alle gemeenten en provincies in één open "
                "dataset, per beleidsterrein.",
                "Verzameld uit de verplichte kwartaalrapportages en ingedeeld volgens een "
                "gemeenschappelijke indeling in beleidsterreinen, zodat inwoners kunnen "
                "vergelijken wat hun gemeente bijvoorbeeld aan jeugdhulp uitgeeft. De dataset "
                "wordt elk kwartaal bijgewerkt.",
            ),
        },
    },
    {
        "slug": "zaaktypen-referentielijst",
        "name": "Referentielijst Zaaktypen",
        "kind": "dataset",
        "owner": "digitaal-bureau",
        "lifecycle": "anchored",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://data.digitaalbureau.example/zaaktypen-referentielijst",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026.1",
        "tags": ["case-types", "reference-data", "archiving"],
        "maintenance": "community",
        "contact_name": "Kennisteam Zaakgericht Werken",
        "contact_email": "zaakgericht@digitaalbureau.example",
        "capabilities": ["case-types", "reference-data"],
        "depends_on": [],
        "complies_with": [("std-archiving-metadata", "complies", "")],
        "evidence": [],
        "last_verified": "2026-01-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Reference list of about 600 standard case types with retention periods, for "
                "use in case-type catalogues.",
                "Each case type has a description, process type, result types and the retention "
                "period from the selection list for municipal records. Case systems import the "
                "list, so that municipalities do not each configure the same case types "
                "differently.",
            ),
            "nl": (
                "Referentielijst van zo'n 600 standaardzaaktypen met bewaartermijnen, voor "
                "gebruik in zaaktypecatalogi.",
                "Elk zaaktype heeft een omschrijving, procestype, resultaattypen en de "
                "bewaartermijn uit de selectielijst voor gemeentelijke archieven. Zaaksystemen "
                "importeren de lijst, zodat gemeenten niet elk dezelfde zaaktypen verschillend "
                "inrichten.",
            ),
        },
    },
    {
        "slug": "bomenregister-dijkhoven",
        "name": "Bomenregister Dijkhoven",
        "kind": "dataset",
        "owner": "gemeente-dijkhoven",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://data.dijkhoven.example/bomenregister-dijkhoven",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026-08",
        "tags": ["trees", "greenery", "open-data", "geo"],
        "maintenance": "internal",
        "contact_name": "Team Groen",
        "contact_email": "groen@dijkhoven.example",
        "capabilities": ["green-management", "open-data"],
        "depends_on": [],
        "complies_with": [
            ("std-open-data", "complies", ""),
            ("std-geo-metadata", "partially", "The metadata lack the lineage element."),
        ],
        "evidence": [],
        "last_verified": "2026-08-21",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Tree register with all 41,000 municipal trees in Dijkhoven, their species, "
                "planting year, height and condition.",
                "Exported weekly from the greenery management system, with location, species, "
                "planting year and the outcome of the latest safety inspection. Used by "
                "residents, ecologists and the heat-stress plan.",
            ),
            "nl": (
                "Bomenregister met alle 41.000 gemeentelijke bomen in Dijkhoven, met soort, "
                "plantjaar, hoogte en conditie.",
                "Wekelijks geëxporteerd uit het groenbeheersysteem, met locatie, boomsoort, "
                "plantjaar en de uitkomst van de laatste veiligheidsinspectie. Gebruikt door "
                "inwoners, ecologen en voor het hittestressplan.",
            ),
        },
    },
    {
        "slug": "bomenbestand-eikenrode",
        "name": "Bomenbestand Eikenrode",
        "kind": "dataset",
        "owner": "gemeente-eikenrode",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://data.eikenrode.example/bomenbestand-eikenrode",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2025-11",
        "tags": ["trees", "greenery", "open-data"],
        "maintenance": "internal",
        "contact_name": "Team Buitenruimte",
        "contact_email": "buitenruimte@eikenrode.example",
        "capabilities": ["green-management", "open-data"],
        "depends_on": [],
        "complies_with": [
            (
                "std-open-data",
                "partially",
                "Published as a spreadsheet download without DCAT metadata.",
            ),
        ],
        "evidence": [],
        "last_verified": "2024-08-14",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Tree dataset of the municipal trees in Eikenrode with species, planting year "
                "and inspection status.",
                "Lists the roughly 28,000 trees the municipality manages, with coordinates, "
                "species and the date of the last tree-safety inspection. It was set up "
                "separately from, but is very similar to, the Dijkhoven tree register.",
            ),
            "nl": (
                "Bomendataset van de gemeentelijke bomen in Eikenrode met boomsoort, plantjaar "
                "en inspectiestatus.",
                "Bevat de circa 28.000 bomen die de gemeente beheert, met coördinaten, "
                "boomsoort en de datum van de laatste boomveiligheidscontrole. Los opgezet van, "
                "maar sterk vergelijkbaar met, het Bomenregister van Dijkhoven.",
            ),
        },
    },
    {
        "slug": "waterstanden",
        "name": "Waterstanden en Neerslag",
        "kind": "dataset",
        "owner": "waterschap-lage-landen",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://data.lagelanden.example/waterstanden",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "",
        "tags": ["water", "levels", "rainfall", "sensors"],
        "maintenance": "internal",
        "contact_name": "Team Watersystemen",
        "contact_email": "watersystemen@lagelanden.example",
        "capabilities": ["open-data", "geo-analysis"],
        "depends_on": [],
        "complies_with": [("std-open-data", "complies", "")],
        "evidence": [],
        "last_verified": "2026-10-20",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Ten-minute measurements of water levels and rainfall from 350 gauges of the "
                "water authority.",
                "Published in near real time and archived since 2010. Municipalities use the "
                "data for flooding alerts and farmers use it to plan irrigation.",
            ),
            "nl": (
                "Tienminutenmetingen van waterstanden en neerslag uit 350 meetpunten van het "
                "waterschap.",
                "Vrijwel realtime gepubliceerd en gearchiveerd sinds 2010. Gemeenten gebruiken "
                "de metingen voor waarschuwingen bij wateroverlast en boeren bij het plannen "
                "van beregening.",
            ),
        },
    },
    {
        "slug": "drinkwaterkwaliteit",
        "name": "Drinkwaterkwaliteit per Leveringsgebied",
        "kind": "dataset",
        "owner": "waterbedrijf-deltastroom",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://data.deltastroom.example/drinkwaterkwaliteit",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026-Q2",
        "tags": ["drinking-water", "quality", "open-data"],
        "maintenance": "internal",
        "contact_name": "Laboratorium",
        "contact_email": "lab@deltastroom.example",
        "capabilities": ["open-data"],
        "depends_on": [],
        "complies_with": [
            (
                "std-open-data",
                "explained",
                "Published on the company website only; harvesting by the national portal is "
                "planned for 2027.",
            ),
        ],
        "evidence": [],
        "last_verified": "2025-04-10",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Quarterly laboratory results for hardness, nitrate and other parameters of "
                "drinking water per supply area.",
                "Contains the legally required quality measurements for each of the 23 supply "
                "areas. Residents look up their water hardness; municipalities use the data in "
                "climate-adaptation plans.",
            ),
            "nl": (
                "Kwartaalresultaten van laboratoriummetingen van hardheid, nitraat en andere "
                "parameters van drinkwater per leveringsgebied.",
                "Bevat de wettelijk verplichte kwaliteitsmetingen voor elk van de 23 "
                "leveringsgebieden. Inwoners zoeken hun waterhardheid op; gemeenten gebruiken "
                "de gegevens in plannen voor klimaatadaptatie.",
            ),
        },
    },
    {
        "slug": "verkeersintensiteiten",
        "name": "Verkeersintensiteiten Provinciale Wegen",
        "kind": "dataset",
        "owner": "provincie-noordmarken",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://data.noordmarken.example/verkeersintensiteiten",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2025",
        "tags": ["traffic", "roads", "mobility"],
        "maintenance": "internal",
        "contact_name": "Team Wegbeheer",
        "contact_email": "wegbeheer@noordmarken.example",
        "capabilities": ["open-data", "geo-analysis"],
        "depends_on": [],
        "complies_with": [("std-open-data", "complies", ""), ("std-geo-metadata", "complies", "")],
        "evidence": [],
        "last_verified": "2025-03-30",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Hourly vehicle counts from 180 loop detectors on provincial roads in Noordmarken.",
                "Counts per vehicle class and direction, with yearly averages per road section. "
                "Used for noise maps, road maintenance planning and by researchers.",
            ),
            "nl": (
                "Uurlijkse voertuigtellingen van 180 detectielussen op provinciale wegen in "
                "Noordmarken.",
                "Tellingen per voertuigklasse en rijrichting, met jaargemiddelden per wegvak. "
                "Gebruikt voor geluidskaarten, de planning van wegonderhoud en door "
                "onderzoekers.",
            ),
        },
    },
    {
        "slug": "uitkeringsstatistiek",
        "name": "Uitkeringen per Gemeente",
        "kind": "dataset",
        "owner": "uitkeringsbureau",
        "lifecycle": "production",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "https://data.uitkeringsbureau.example/uitkeringsstatistiek",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026-Q3",
        "tags": ["benefits", "statistics", "social-domain"],
        "maintenance": "internal",
        "contact_name": "Team Statistiek",
        "contact_email": "statistiek@uitkeringsbureau.example",
        "capabilities": ["reporting", "work-reintegration"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-10-10",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Quarterly numbers of unemployment and disability benefits per municipality and "
                "age group.",
                "Delivered to municipalities and labour-market regions through the agency's "
                "extranet to plan reintegration programmes. Small numbers are rounded to "
                "protect privacy.",
            ),
            "nl": (
                "Kwartaalcijfers van werkloosheids- en arbeidsongeschiktheidsuitkeringen per "
                "gemeente en leeftijdsgroep.",
                "Via het extranet van het uitkeringsbureau geleverd aan gemeenten en "
                "arbeidsmarktregio's om re-integratieprogramma's te plannen. Kleine aantallen "
                "worden afgerond ter bescherming van de privacy.",
            ),
        },
    },
    {
        "slug": "energielabels",
        "name": "Woningvoorraad en Energielabels",
        "kind": "dataset",
        "owner": "dienst-registers",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC-BY-4.0",
        "homepage_url": "https://data.basisgegevens.example/energielabels",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026-09",
        "tags": ["housing", "energy", "buildings", "open-data"],
        "maintenance": "internal",
        "contact_name": "Servicedesk Basisgegevens",
        "contact_email": "servicedesk@basisgegevens.example",
        "capabilities": ["addresses-buildings", "open-data"],
        "depends_on": ["bag-extract"],
        "complies_with": [("std-open-data", "complies", "")],
        "evidence": [],
        "last_verified": "2026-09-15",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Every dwelling with its energy label, year of construction and type, for the "
                "municipalities' energy transition plans.",
                "Joins the address register with the registered energy labels. Municipalities "
                "use it to choose neighbourhoods for insulation programmes and to follow the "
                "progress of the heat transition.",
            ),
            "nl": (
                "Elke woning met energielabel, bouwjaar en woningtype, voor de plannen van "
                "gemeenten voor de energietransitie.",
                "Koppelt de adressenregistratie aan de geregistreerde energielabels. Gemeenten "
                "gebruiken de dataset om wijken te kiezen voor isolatieprogramma's en de "
                "voortgang van de warmtetransitie te volgen.",
            ),
        },
    },
    {
        "slug": "fietstellingen-leiemonde",
        "name": "Fietstellingen Leiemonde",
        "kind": "dataset",
        "owner": "stad-leiemonde",
        "lifecycle": "production",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://data.leiemonde.example/fietstellingen-leiemonde",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2026",
        "tags": ["cycling", "mobility", "open-data"],
        "maintenance": "internal",
        "contact_name": "Dienst Mobiliteit",
        "contact_email": "mobiliteit@leiemonde.example",
        "capabilities": ["open-data"],
        "depends_on": [],
        "complies_with": [("std-open-data", "complies", "")],
        "evidence": [],
        "last_verified": "2026-02-11",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Hourly bicycle counts from 24 counting stations in Leiemonde since 2019.",
                "Counting stations at bridges and main cycle routes register cyclists per "
                "direction. The city uses the figures to evaluate its traffic circulation plan.",
            ),
            "nl": (
                "Uurlijkse fietstellingen van 24 telpunten in Leiemonde sinds 2019.",
                "Telpunten bij bruggen en hoofdfietsroutes registreren fietsers per richting. "
                "De stad gebruikt de cijfers om haar circulatieplan te evalueren.",
            ),
        },
    },
    {
        "slug": "testset-personen",
        "name": "Testset Synthetische Personen",
        "kind": "dataset",
        "owner": "dienst-registers",
        "lifecycle": "pilot",
        "openness": "open",
        "licence": "CC0-1.0",
        "homepage_url": "https://data.basisgegevens.example/testset-personen",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "0.5",
        "tags": ["test-data", "synthetic", "persons"],
        "maintenance": "internal",
        "contact_name": "Team Innovatie",
        "contact_email": "innovatie@basisgegevens.example",
        "capabilities": ["persons", "reference-data"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2026-05-19",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Synthetic but realistic person records for testing applications that use the "
                "person register.",
                "Contains 15,000 fictitious people with family relations, moves, deaths and "
                "edge cases such as unknown dates of birth. Vendors and municipalities use it "
                "in test environments instead of copies of real data.",
            ),
            "nl": (
                "Synthetische maar realistische persoonsgegevens om applicaties te testen die "
                "de persoonsregistratie gebruiken.",
                "Bevat 15.000 fictieve personen met familierelaties, verhuizingen, overlijdens "
                "en randgevallen zoals onbekende geboortedata. Leveranciers en gemeenten "
                "gebruiken de set in testomgevingen in plaats van kopieën van echte gegevens.",
            ),
        },
    },
    {
        "slug": "monitor-sociaal-domein-2019",
        "name": "Monitor Sociaal Domein 2016-2021",
        "kind": "dataset",
        "owner": "digitaal-bureau",
        "lifecycle": "retired",
        "openness": "public-sector",
        "licence": "",
        "homepage_url": "",
        "code_url": "",
        "docs_url": "",
        "spec_url": "",
        "version": "2021",
        "tags": ["social-domain", "benchmark", "statistics"],
        "maintenance": "none",
        "contact_name": "Team Open Data",
        "contact_email": "opendata@digitaalbureau.example",
        "capabilities": ["reporting"],
        "depends_on": [],
        "complies_with": [],
        "evidence": [],
        "last_verified": "2022-09-01",
        "default_language": "nl",
        "descriptions": {
            "en": (
                "Former benchmark of social-domain figures per municipality, discontinued in 2022.",
                "Published every year from 2016 to 2021 with indicators on youth care, social "
                "support and participation. It stopped when the national statistics office took "
                "over most indicators; the archive is available on request.",
            ),
            "nl": (
                "Voormalige benchmark van cijfers over het sociaal domein per gemeente, in 2022 "
                "beëindigd.",
                "Verscheen van 2016 tot en met 2021 jaarlijks met indicatoren over jeugdhulp, "
                "maatschappelijke ondersteuning en participatie. De monitor is gestopt toen het "
                "statistiekbureau de meeste indicatoren overnam; het archief is op verzoek "
                "beschikbaar.",
            ),
        },
    },
]
