"""Organisations of the demo ecosystem: invented, but with format-valid identifiers.

The merge feature has two things to show: ``heemsloot-ict`` is a second record of
``gemeente-heemsloot`` (same body, same website), and ``gemeente-beekwolde`` and
``gemeente-polderzijl`` merge into Polderwolde on 1 January 2027. The first local
organisation (Waterveen) is the home of the demo editor accounts (see ``load.py``).
"""

ORGANISATIONS = [
    {
        "slug": "digitaal-bureau",
        "name": "Digitaal Bureau Overheid",
        "kind": "agency",
        "parent": "min-bdz",
        "country": "NL",
        "website": "https://www.digitaalbureau.example",
        "identifiers": [("oin", "00000001512300021000"), ("tooi", "oorg90001")],
        "description": (
            "Coordinating agency for the digital government ecosystem. It keeps the "
            "building-block catalogue, sets the common standards and helps organisations reuse "
            "rather than rebuild."
        ),
        "description_nl": (
            "Coördinerende dienst voor het ecosysteem van de digitale overheid. Het bureau "
            "beheert de bouwstenencatalogus, stelt de gezamenlijke standaarden vast en helpt "
            "organisaties om te hergebruiken in plaats van opnieuw te bouwen."
        ),
    },
    {
        "slug": "min-bdz",
        "name": "Ministerie van Bestuur en Digitale Zaken",
        "kind": "central",
        "parent": None,
        "country": "NL",
        "website": "https://www.minbdz.example",
        "identifiers": [("oin", "00000001314200010000"), ("tooi", "mnre9001")],
        "description": (
            "Ministry responsible for public administration, the interior and the digital "
            "government agenda. It funds the shared login, messaging and register services."
        ),
        "description_nl": (
            "Ministerie dat verantwoordelijk is voor openbaar bestuur, binnenlandse zaken en de "
            "agenda voor de digitale overheid. Het financiert de gezamenlijke voorzieningen "
            "voor inloggen, berichtenverkeer en basisregistraties."
        ),
    },
    {
        "slug": "min-financien",
        "name": "Ministerie van Rijksfinanciën",
        "kind": "central",
        "parent": None,
        "country": "NL",
        "website": "https://www.minrijksfinancien.example",
        "identifiers": [("oin", "00000001314201026000"), ("tooi", "mnre9002")],
        "description": (
            "Ministry for public finances, taxation and payment policy. It sponsors the "
            "government-wide e-invoicing and payment facilities."
        ),
        "description_nl": (
            "Ministerie voor de overheidsfinanciën, belastingen en het betalingsbeleid. Het is "
            "opdrachtgever van de overheidsbrede voorzieningen voor e-factureren en betalen."
        ),
    },
    {
        "slug": "min-leefomgeving",
        "name": "Ministerie van Leefomgeving en Water",
        "kind": "central",
        "parent": None,
        "country": "NL",
        "website": "https://www.minleefomgeving.example",
        "identifiers": [("oin", "00000001314202031000"), ("tooi", "mnre9003")],
        "description": (
            "Ministry for spatial planning, housing, infrastructure and water management. It "
            "owns the national rules for the physical environment and permits."
        ),
        "description_nl": (
            "Ministerie voor ruimtelijke ordening, wonen, infrastructuur en waterbeheer. Het is "
            "eigenaar van de landelijke regels voor de fysieke leefomgeving en vergunningen."
        ),
    },
    {
        "slug": "min-werk",
        "name": "Ministerie van Werk en Bestaanszekerheid",
        "kind": "central",
        "parent": None,
        "country": "NL",
        "website": "https://www.minwerk.example",
        "identifiers": [("oin", "00000001314203047000"), ("tooi", "mnre9004")],
        "description": (
            "Ministry for employment, social security and income support. It steers the "
            "benefits agency and the data exchange with municipalities in the social domain."
        ),
        "description_nl": (
            "Ministerie voor werkgelegenheid, sociale zekerheid en inkomensondersteuning. Het "
            "stuurt het uitkeringsbureau en de gegevensuitwisseling met gemeenten in het "
            "sociaal domein."
        ),
    },
    {
        "slug": "min-zorg",
        "name": "Ministerie van Zorg en Gezondheid",
        "kind": "central",
        "parent": None,
        "country": "NL",
        "website": "https://www.minzorg.example",
        "identifiers": [("oin", "00000001314204052000"), ("tooi", "mnre9005")],
        "description": (
            "Ministry for public health, care and youth policy. It sets the rules for "
            "exchanging care data between municipalities, care providers and insurers."
        ),
        "description_nl": (
            "Ministerie voor volksgezondheid, zorg en jeugdbeleid. Het stelt de regels vast "
            "voor de uitwisseling van zorggegevens tussen gemeenten, zorgaanbieders en "
            "verzekeraars."
        ),
    },
    {
        "slug": "dienst-toegang",
        "name": "Dienst Digitale Toegang",
        "kind": "agency",
        "parent": "min-bdz",
        "country": "NL",
        "website": "https://www.digitaletoegang.example",
        "identifiers": [("oin", "00000001512301025000"), ("tooi", "oorg90002")],
        "description": (
            "Executive agency that runs the national login, mandate and messaging services for "
            "citizens and businesses."
        ),
        "description_nl": (
            "Uitvoeringsorganisatie die de landelijke voorzieningen voor inloggen, machtigen en "
            "berichtenverkeer voor inwoners en ondernemers beheert."
        ),
    },
    {
        "slug": "dienst-registers",
        "name": "Rijksdienst voor Basisgegevens",
        "kind": "agency",
        "parent": "min-bdz",
        "country": "NL",
        "website": "https://www.basisgegevens.example",
        "identifiers": [("oin", "00000001512302030000"), ("tooi", "oorg90003")],
        "description": (
            "Executive agency that keeps the national person, address and business registers "
            "and gives access to them through APIs."
        ),
        "description_nl": (
            "Uitvoeringsorganisatie die de landelijke registraties van personen, adressen en "
            "bedrijven bijhoudt en via API's ontsluit."
        ),
    },
    {
        "slug": "inningsdienst",
        "name": "Landelijke Inningsdienst",
        "kind": "agency",
        "parent": "min-financien",
        "country": "NL",
        "website": "https://www.inningsdienst.example",
        "identifiers": [("oin", "00000001512303046000"), ("tooi", "oorg90004")],
        "description": (
            "Executive agency that collects government receivables. It also operates the shared "
            "payment and e-invoicing facilities."
        ),
        "description_nl": (
            "Uitvoeringsorganisatie die overheidsvorderingen int. Zij beheert ook de "
            "gezamenlijke voorzieningen voor betalen en e-factureren."
        ),
    },
    {
        "slug": "kaartdienst",
        "name": "Kaart- en Kadasterdienst",
        "kind": "agency",
        "parent": "min-leefomgeving",
        "country": "NL",
        "website": "https://www.kaartdienst.example",
        "identifiers": [("oin", "00000001512304051000"), ("tooi", "oorg90005")],
        "description": (
            "Executive agency that keeps the cadastre and the national topography and publishes "
            "geo-information as open data."
        ),
        "description_nl": (
            "Uitvoeringsorganisatie die het kadaster en de landelijke topografie bijhoudt en "
            "geo-informatie als open data publiceert."
        ),
    },
    {
        "slug": "uitkeringsbureau",
        "name": "Uitvoeringsbureau Werk en Uitkering",
        "kind": "agency",
        "parent": "min-werk",
        "country": "NL",
        "website": "https://www.uitkeringsbureau.example",
        "identifiers": [("oin", "00000001512305067000"), ("tooi", "oorg90006")],
        "description": (
            "Executive agency that pays unemployment and disability benefits and exchanges "
            "income data with municipalities."
        ),
        "description_nl": (
            "Uitvoeringsorganisatie die werkloosheids- en arbeidsongeschiktheidsuitkeringen "
            "verstrekt en inkomensgegevens met gemeenten uitwisselt."
        ),
    },
    {
        "slug": "zorgbekostiging",
        "name": "Bureau Zorgbekostiging",
        "kind": "agency",
        "parent": "min-zorg",
        "country": "NL",
        "website": "https://www.zorgbekostiging.example",
        "identifiers": [("oin", "00000001512306072000"), ("tooi", "oorg90007")],
        "description": (
            "Executive agency that collects personal contributions for care and runs the "
            "message hub between municipalities and care providers."
        ),
        "description_nl": (
            "Uitvoeringsorganisatie die eigen bijdragen voor zorg int en het berichtenknooppunt "
            "tussen gemeenten en zorgaanbieders beheert."
        ),
    },
    {
        "slug": "provincie-noordmarken",
        "name": "Provincie Noordmarken",
        "kind": "regional",
        "parent": None,
        "country": "NL",
        "website": "https://www.noordmarken.example",
        "identifiers": [("oin", "00000001211000012000"), ("tooi", "pv91")],
        "description": (
            "Northern province with fourteen municipalities. It maintains the provincial roads "
            "and a regional geo portal."
        ),
        "description_nl": (
            "Provincie in het noorden met veertien gemeenten. Zij beheert de provinciale wegen "
            "en een regionaal geoloket."
        ),
    },
    {
        "slug": "provincie-zuiderdelta",
        "name": "Provincie Zuiderdelta",
        "kind": "regional",
        "parent": None,
        "country": "NL",
        "website": "https://www.zuiderdelta.example",
        "identifiers": [("oin", "00000001211001028000"), ("tooi", "pv92")],
        "description": (
            "Delta province that funds regional data cooperation and runs its grant schemes "
            "digitally."
        ),
        "description_nl": (
            "Deltaprovincie die regionale datasamenwerking financiert en haar "
            "subsidieregelingen digitaal uitvoert."
        ),
    },
    {
        "slug": "waterschap-lage-landen",
        "name": "Waterschap Lage Landen",
        "kind": "regional",
        "parent": None,
        "country": "NL",
        "website": "https://www.lagelanden.example",
        "identifiers": [("oin", "00000001211002033000"), ("tooi", "ws9001")],
        "description": (
            "Water authority responsible for dykes, water levels and wastewater treatment in "
            "both provinces."
        ),
        "description_nl": (
            "Waterschap dat verantwoordelijk is voor dijken, waterpeil en afvalwaterzuivering "
            "in beide provincies."
        ),
    },
    {
        "slug": "gemeente-waterveen",
        "name": "Gemeente Waterveen",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.waterveen.example",
        "identifiers": [("oin", "00000001165797319000"), ("tooi", "gm9001")],
        "description": (
            "City of about 160,000 inhabitants and a frontrunner in open-source citizen "
            "services; it started the shared personal portal."
        ),
        "description_nl": (
            "Stad met ongeveer 160.000 inwoners en koploper in opensource dienstverlening; "
            "Waterveen startte het gedeelde persoonlijke portaal."
        ),
    },
    {
        "slug": "gemeente-dijkhoven",
        "name": "Gemeente Dijkhoven",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.dijkhoven.example",
        "identifiers": [("oin", "00000001165804622000"), ("tooi", "gm9002")],
        "description": (
            "Municipality of 48,000 inhabitants along the river dykes. It publishes much of its "
            "data openly and leads the regional software purchasing group."
        ),
        "description_nl": (
            "Gemeente met 48.000 inwoners langs de rivierdijken. Zij publiceert veel gegevens "
            "als open data en trekt het regionale inkoopcollectief voor software."
        ),
    },
    {
        "slug": "gemeente-brugstede",
        "name": "Gemeente Brugstede",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.brugstede.example",
        "identifiers": [("oin", "00000001165811936000"), ("tooi", "gm9003")],
        "description": (
            "City of 95,000 inhabitants with an in-house development team that shares its apps "
            "with other municipalities."
        ),
        "description_nl": (
            "Stad met 95.000 inwoners en een eigen ontwikkelteam dat zijn apps met andere "
            "gemeenten deelt."
        ),
    },
    {
        "slug": "gemeente-lindenwaard",
        "name": "Gemeente Lindenwaard",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.lindenwaard.example",
        "identifiers": [("oin", "00000001165819248000"), ("tooi", "gm9004")],
        "description": (
            "Municipality of 72,000 inhabitants that maintains the open-source form builder "
            "used by many others."
        ),
        "description_nl": (
            "Gemeente met 72.000 inwoners die de opensource Formulierenbouwer beheert die door "
            "veel anderen wordt gebruikt."
        ),
    },
    {
        "slug": "gemeente-heemsloot",
        "name": "Gemeente Heemsloot",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.heemsloot.example",
        "identifiers": [("oin", "00000001165826551000"), ("tooi", "gm9005")],
        "description": (
            "Municipality of 38,000 inhabitants in the peat meadows. Its ICT team also appears "
            "as a separate record, Heemsloot ICT, which should be merged into this one."
        ),
        "description_nl": (
            "Gemeente met 38.000 inwoners in het veenweidegebied. Het ICT-team staat ook als "
            "apart record in de catalogus, Heemsloot ICT, dat met dit record moet worden "
            "samengevoegd."
        ),
    },
    {
        "slug": "gemeente-oostermeer",
        "name": "Gemeente Oostermeer",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.oostermeer.example",
        "identifiers": [("oin", "00000001165833865000"), ("tooi", "gm9006")],
        "description": (
            "Municipality of 61,000 inhabitants, known for its work on active publication under "
            "the open government act."
        ),
        "description_nl": (
            "Gemeente met 61.000 inwoners, bekend om haar werk aan actieve openbaarmaking onder "
            "de Wet open overheid."
        ),
    },
    {
        "slug": "gemeente-zandhoeve",
        "name": "Gemeente Zandhoeve",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.zandhoeve.example",
        "identifiers": [("oin", "00000001165841175000"), ("tooi", "gm9007")],
        "description": "Rural municipality of 27,000 inhabitants on the sandy soils in the east.",
        "description_nl": (
            "Plattelandsgemeente met 27.000 inwoners op de zandgronden in het oosten."
        ),
    },
    {
        "slug": "gemeente-kraaiendal",
        "name": "Gemeente Kraaiendal",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.kraaiendal.example",
        "identifiers": [("oin", "00000001165848480000"), ("tooi", "gm9008")],
        "description": (
            "Municipality of 54,000 inhabitants that still runs several legacy systems it is "
            "replacing step by step."
        ),
        "description_nl": (
            "Gemeente met 54.000 inwoners die nog een aantal verouderde systemen draait en die "
            "stap voor stap vervangt."
        ),
    },
    {
        "slug": "gemeente-eikenrode",
        "name": "Gemeente Eikenrode",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.eikenrode.example",
        "identifiers": [("oin", "00000001165855794000"), ("tooi", "gm9009")],
        "description": (
            "Wooded municipality of 33,000 inhabitants and one of the five owners of the "
            "Rivierland ICT service centre."
        ),
        "description_nl": (
            "Bosrijke gemeente met 33.000 inwoners en een van de vijf eigenaren van het "
            "ICT-Servicecentrum Rivierland."
        ),
    },
    {
        "slug": "gemeente-vlietmond",
        "name": "Gemeente Vlietmond",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.vlietmond.example",
        "identifiers": [("oin", "00000001165863109000"), ("tooi", "gm9010")],
        "description": (
            "Harbour town of 41,000 inhabitants and a member of the Rivierland ICT service centre."
        ),
        "description_nl": (
            "Havenstad met 41.000 inwoners en deelnemer in het ICT-Servicecentrum Rivierland."
        ),
    },
    {
        "slug": "gemeente-wilgenburg",
        "name": "Gemeente Wilgenburg",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.wilgenburg.example",
        "identifiers": [("oin", "00000001165870412000"), ("tooi", "gm9011")],
        "description": (
            "Small municipality of 22,000 inhabitants and a member of the Rivierland ICT "
            "service centre."
        ),
        "description_nl": (
            "Kleine gemeente met 22.000 inwoners en deelnemer in het ICT-Servicecentrum Rivierland."
        ),
    },
    {
        "slug": "gemeente-stroomdal",
        "name": "Gemeente Stroomdal",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.stroomdal.example",
        "identifiers": [("oin", "00000001165877728000"), ("tooi", "gm9012")],
        "description": (
            "Municipality of 58,000 inhabitants and a member of the Rivierland ICT service "
            "centre; it pilots new approaches to debt assistance."
        ),
        "description_nl": (
            "Gemeente met 58.000 inwoners en deelnemer in het ICT-Servicecentrum Rivierland; "
            "zij test nieuwe aanpakken voor schuldhulpverlening."
        ),
    },
    {
        "slug": "gemeente-beekwolde",
        "name": "Gemeente Beekwolde",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.beekwolde.example",
        "identifiers": [("oin", "00000001165885038000"), ("tooi", "gm9013")],
        "description": (
            "Municipality of 19,000 inhabitants. It merges with Polderzijl into the new "
            "municipality of Polderwolde on 1 January 2027."
        ),
        "description_nl": (
            "Gemeente met 19.000 inwoners. Zij gaat op 1 januari 2027 met Polderzijl op in de "
            "nieuwe gemeente Polderwolde."
        ),
    },
    {
        "slug": "gemeente-polderzijl",
        "name": "Gemeente Polderzijl",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.polderzijl.example",
        "identifiers": [("oin", "00000001165892341000"), ("tooi", "gm9014")],
        "description": (
            "Municipality of 24,000 inhabitants and a member of the Rivierland ICT service "
            "centre. It merges with Beekwolde into Polderwolde on 1 January 2027."
        ),
        "description_nl": (
            "Gemeente met 24.000 inwoners en deelnemer in het ICT-Servicecentrum Rivierland. "
            "Zij gaat op 1 januari 2027 met Beekwolde op in Polderwolde."
        ),
    },
    {
        "slug": "gemeente-sluisdonk",
        "name": "Gemeente Sluisdonk",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.sluisdonk.example",
        "identifiers": [("oin", "00000001165899657000"), ("tooi", "gm9015")],
        "description": (
            "City of 115,000 inhabitants with a large enforcement department and a mix of "
            "in-house and commercial systems."
        ),
        "description_nl": (
            "Stad met 115.000 inwoners, een grote afdeling handhaving en een mix van eigen en "
            "commerciële systemen."
        ),
    },
    {
        "slug": "gemeente-grevenmaar",
        "name": "Gemeente Grevenmaar",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.grevenmaar.example",
        "identifiers": [("oin", "00000001165906960000"), ("tooi", "gm9016")],
        "description": (
            "Municipality of 44,000 inhabitants that measures and publishes its service levels "
            "per channel every month."
        ),
        "description_nl": (
            "Gemeente met 44.000 inwoners die haar servicenormen per kanaal elke maand meet en "
            "publiceert."
        ),
    },
    {
        "slug": "heemsloot-ict",
        "name": "Heemsloot ICT",
        "kind": "local",
        "parent": None,
        "country": "NL",
        "website": "https://www.heemsloot.example",
        "identifiers": [("other", "code-host:heemsloot-ict")],
        "description": (
            "Record created when the ICT team of Gemeente Heemsloot published code under its "
            "own name. It is the same body as Gemeente Heemsloot and should be merged into that "
            "record."
        ),
        "description_nl": (
            "Record dat ontstond toen het ICT-team van Gemeente Heemsloot code onder eigen naam "
            "publiceerde. Het is dezelfde organisatie als Gemeente Heemsloot en moet met dat "
            "record worden samengevoegd."
        ),
    },
    {
        "slug": "stad-leiemonde",
        "name": "Stad Leiemonde",
        "kind": "local",
        "parent": None,
        "country": "BE",
        "website": "https://www.leiemonde.example",
        "identifiers": [("kbo", "0207.123.407")],
        "description": (
            "Flemish city of 78,000 inhabitants that shares ICT staff and applications with "
            "neighbouring Kempenhout."
        ),
        "description_nl": (
            "Vlaamse stad met 78.000 inwoners die ICT-personeel en toepassingen deelt met "
            "buurgemeente Kempenhout."
        ),
    },
    {
        "slug": "gemeente-kempenhout",
        "name": "Gemeente Kempenhout",
        "kind": "local",
        "parent": None,
        "country": "BE",
        "website": "https://www.kempenhout.example",
        "identifiers": [("kbo", "0207.567.825")],
        "description": (
            "Flemish municipality of 21,000 inhabitants. Together with Leiemonde it looks at "
            "Dutch open-source building blocks before building its own."
        ),
        "description_nl": (
            "Vlaamse gemeente met 21.000 inwoners. Samen met Leiemonde kijkt zij eerst naar "
            "Nederlandse opensource bouwstenen voordat ze zelf iets bouwt."
        ),
    },
    {
        "slug": "ict-rivierland",
        "name": "ICT-Servicecentrum Rivierland",
        "kind": "public-enterprise",
        "parent": None,
        "country": "NL",
        "website": "https://www.ictrivierland.example",
        "identifiers": [("oin", "00000003618342700000"), ("kvk", "61834270")],
        "description": (
            "Shared service centre owned by Eikenrode, Vlietmond, Wilgenburg, Stroomdal and "
            "Polderzijl. It hosts their case, document and tax systems and offers some of them "
            "to other municipalities."
        ),
        "description_nl": (
            "Gemeenschappelijk servicecentrum van Eikenrode, Vlietmond, Wilgenburg, Stroomdal "
            "en Polderzijl. Het host hun zaak-, document- en belastingsystemen en biedt een "
            "deel daarvan ook aan andere gemeenten aan."
        ),
    },
    {
        "slug": "waterbedrijf-deltastroom",
        "name": "Waterbedrijf Deltastroom N.V.",
        "kind": "public-enterprise",
        "parent": None,
        "country": "NL",
        "website": "https://www.deltastroom.example",
        "identifiers": [("oin", "00000003241165900000"), ("kvk", "24116590")],
        "description": (
            "Drinking-water company owned by the two provinces and their municipalities, "
            "supplying 1.4 million residents."
        ),
        "description_nl": (
            "Drinkwaterbedrijf in handen van de twee provincies en hun gemeenten, dat 1,4 "
            "miljoen inwoners van water voorziet."
        ),
    },
    {
        "slug": "ziekenhuis-veenhaven",
        "name": "Veenhaven Ziekenhuis",
        "kind": "healthcare",
        "parent": None,
        "country": "NL",
        "website": "https://www.veenhavenziekenhuis.example",
        "identifiers": [("kvk", "41187733")],
        "description": (
            "General hospital with two locations in the region. It connects its patient portal "
            "to the national login and mandate services."
        ),
        "description_nl": (
            "Algemeen ziekenhuis met twee locaties in de regio. Het patiëntportaal is "
            "aangesloten op de landelijke voorzieningen voor inloggen en machtigen."
        ),
    },
    {
        "slug": "hogeschool-deltastad",
        "name": "Hogeschool Deltastad",
        "kind": "education",
        "parent": None,
        "country": "NL",
        "website": "https://www.hsdeltastad.example",
        "identifiers": [("kvk", "41220978")],
        "description": (
            "University of applied sciences that trains public-sector developers, designers and "
            "data stewards."
        ),
        "description_nl": (
            "Hogeschool die ontwikkelaars, ontwerpers en datastewards voor de publieke sector "
            "opleidt."
        ),
    },
    {
        "slug": "kustbank",
        "name": "Coöperatieve Kustbank U.A.",
        "kind": "private",
        "parent": None,
        "country": "NL",
        "website": "https://www.kustbank.example",
        "identifiers": [("kvk", "30047215")],
        "description": (
            "Cooperative bank with 2 million customers. It offers the payment API behind the "
            "government payment facility and pilots early warning of payment arrears."
        ),
        "description_nl": (
            "Coöperatieve bank met 2 miljoen klanten. Zij levert de betaal-API achter de "
            "Betaalvoorziening Overheid en test vroegsignalering van betalingsachterstanden."
        ),
    },
    {
        "slug": "samen-gezond",
        "name": "Zorgverzekeraar Samen Gezond",
        "kind": "private",
        "parent": None,
        "country": "NL",
        "website": "https://www.samengezond.example",
        "identifiers": [("kvk", "52368841")],
        "description": (
            "Health insurer with 1.2 million members that runs the collective health insurance "
            "for low-income residents of many municipalities."
        ),
        "description_nl": (
            "Zorgverzekeraar met 1,2 miljoen verzekerden die voor veel gemeenten de collectieve "
            "zorgverzekering voor inwoners met een laag inkomen uitvoert."
        ),
    },
    {
        "slug": "dataweg",
        "name": "Dataweg Software B.V.",
        "kind": "private",
        "parent": None,
        "country": "NL",
        "website": "https://www.dataweg.example",
        "identifiers": [("kvk", "17093384")],
        "description": (
            "Software vendor that sells a case management system as SaaS to about 80 "
            "municipalities."
        ),
        "description_nl": (
            "Softwareleverancier die een zaaksysteem als SaaS levert aan zo'n 80 gemeenten."
        ),
    },
    {
        "slug": "raakvlak",
        "name": "Raakvlak Open Source B.V.",
        "kind": "private",
        "parent": None,
        "country": "NL",
        "website": "https://www.raakvlak.example",
        "identifiers": [("kvk", "68912004")],
        "description": (
            "Software company that develops open-source applications for government and sells "
            "support and hosting for them."
        ),
        "description_nl": (
            "Softwarebedrijf dat opensource applicaties voor de overheid ontwikkelt en daarvoor "
            "ondersteuning en hosting verkoopt."
        ),
    },
    {
        "slug": "stichting-open-gemeenschap",
        "name": "Stichting Open Gemeenschap",
        "kind": "non-profit",
        "parent": None,
        "country": "NL",
        "website": "https://www.opengemeenschap.example",
        "identifiers": [("kvk", "74430218")],
        "description": (
            "Foundation that holds the code and trademarks of jointly developed open-source "
            "products and organises their communities."
        ),
        "description_nl": (
            "Stichting die de code en merknamen van gezamenlijk ontwikkelde opensourceproducten "
            "beheert en de communities eromheen organiseert."
        ),
    },
    {
        "slug": "universiteit-deltastad",
        "name": "Universiteit van Deltastad",
        "kind": "academic",
        "parent": None,
        "country": "NL",
        "website": "https://www.uni-deltastad.example",
        "identifiers": [("kvk", "41218856")],
        "description": (
            "Research university with a lab for digital government and a citizen-science "
            "air-quality network."
        ),
        "description_nl": (
            "Onderzoeksuniversiteit met een lab voor digitale overheid en een burgermeetnet "
            "voor luchtkwaliteit."
        ),
    },
]
