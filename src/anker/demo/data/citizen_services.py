"""The demo's citizen services: invented, but shaped like the real thing.

The same service type is offered by several municipalities with different channels and
service-level targets (parking permits, waste containers, changes of address…), so the
comparison across organisations shows something; some services are digital-only on
purpose (an app-first parking permit, a tax number that is online only…), so the
inclusion flags light up; national agencies run the high-volume services. Monthly
figures are generated for 24 months by ``channel_figures``: deterministic, with the
channel mix slowly shifting to digital and seasonal peaks where a service has them.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator
from typing import Any

MONTHS = 24
SERVICE_TYPES: list[dict[str, str]] = [
    {
        "slug": "parking-permit",
        "name": "Residents' parking permit",
        "name_nl": "Parkeervergunning voor bewoners",
        "description": "A permit to park in a paid-parking area near home.",
    },
    {
        "slug": "waste-container",
        "name": "Waste container request",
        "name_nl": "Afvalcontainer aanvragen",
        "description": "A new, extra or replacement container for household waste.",
    },
    {
        "slug": "change-of-address",
        "name": "Change of address",
        "name_nl": "Verhuizing doorgeven",
        "description": "Registering a new address in the population register.",
    },
    {
        "slug": "birth-registration",
        "name": "Birth registration",
        "name_nl": "Geboorteaangifte",
        "description": "Registering a child's birth and name within three working days.",
    },
    {
        "slug": "passport",
        "name": "Passport or identity card",
        "name_nl": "Paspoort of identiteitskaart",
        "description": "Applying for a passport or identity card and collecting it.",
    },
    {
        "slug": "building-permit",
        "name": "Building permit",
        "name_nl": "Omgevingsvergunning voor bouwen",
        "description": "Permission to build, extend or renovate.",
    },
    {
        "slug": "death-registration",
        "name": "Death registration",
        "name_nl": "Aangifte van overlijden",
        "description": "Registering a death, usually done by the undertaker.",
    },
    {
        "slug": "social-assistance",
        "name": "Social assistance",
        "name_nl": "Bijstandsuitkering",
        "description": "Income support for people without enough income or assets.",
    },
    {
        "slug": "marriage-notice",
        "name": "Notice of marriage or partnership",
        "name_nl": "Melding voorgenomen huwelijk of partnerschap",
        "description": "Notifying the municipality of a planned marriage or registered partnership.",
    },
    {
        "slug": "home-support",
        "name": "Support at home",
        "name_nl": "Ondersteuning thuis (Wmo)",
        "description": "Household help, aids and adaptations for people who need care at home.",
    },
]

# A coordinator's own addition to the standard life events.
LIFE_EVENTS: list[dict[str, Any]] = [
    {
        "slug": "turning-18",
        "name": "Turning 18",
        "name_nl": "18 worden",
        "name_fr": "Avoir 18 ans",
        "description": "Coming of age: a login for government services, own health insurance, study finance.",
        "position": 15,
    },
]

HOURS = {
    "phone": "Monday to Friday 8:30–17:00",
    "counter": "By appointment, Monday to Friday 9:00–16:30; Thursday until 20:00",
    "post": "",
    "email": "Answered on working days",
    "chat": "Monday to Friday 9:00–17:00",
    "assisted-digital": "At the public library, Tuesday and Thursday 10:00–12:00",
}


def ch(
    kind: str,
    sla: tuple[int, str] | None = None,
    *,
    languages: tuple[str, ...] = ("nl",),
    a11y: str = "",
    cost: str | None = None,
    hours: str | None = None,
    note: str = "",
) -> dict[str, Any]:
    """A channel: online and app are open day and night; the others keep office hours."""
    return {
        "kind": kind,
        "sla": sla,
        "always_available": kind in ("online", "app"),
        "availability": HOURS.get(kind, "") if hours is None else hours,
        "languages": list(languages),
        "a11y": a11y,
        "cost": cost,
        "description": note,
    }


WD, D, W, H, MIN = "working-days", "days", "weeks", "hours", "minutes"
EN = ("nl", "en")

SERVICES: list[dict[str, Any]] = [
    # --- parking permits: one type, five municipalities, five ways -----------------------------
    {
        "slug": "parkeervergunning-waterveen",
        "name": "Parkeervergunning aanvragen",
        "organisations": ["gemeente-waterveen"],
        "type": "parking-permit",
        "life_events": ["moving-house"],
        "blocks": ["parkeerrechten-api", "toegangspoort", "betaalvoorziening", "mijn-omgeving"],
        "volume": 420,
        "description": "Vraag een parkeervergunning aan voor uw straat. Waterveen werkt app-first: de vergunning staat direct op uw kenteken.",
        "channels": [
            ch("online", (1, WD), languages=EN, a11y="B", cost="95.00"),
            ch("app", (1, H), languages=EN, a11y="C", cost="95.00"),
        ],
    },
    {
        "slug": "parkeervergunning-dijkhoven",
        "name": "Parkeervergunning voor bewoners",
        "organisations": ["gemeente-dijkhoven"],
        "type": "parking-permit",
        "life_events": ["moving-house"],
        "blocks": ["toegangspoort", "betaalvoorziening", "formulierenbouwer"],
        "volume": 310,
        "description": "Een vergunning om in uw wijk te parkeren. Aanvragen kan online of aan de balie.",
        "channels": [
            ch("online", (5, WD), a11y="A", cost="75.00"),
            ch("counter", (1, WD), cost="75.00"),
            ch("phone", (5, WD), note="Informatie en hulp bij het aanvragen."),
        ],
    },
    {
        "slug": "parkeervergunning-brugstede",
        "name": "Bewonersvergunning parkeren",
        "organisations": ["gemeente-brugstede"],
        "type": "parking-permit",
        "life_events": ["moving-house"],
        "blocks": ["toegangspoort", "afspraakmodule-brugstede"],
        "volume": 520,
        "description": "Parkeren in het centrum van Brugstede met een bewonersvergunning.",
        "channels": [
            ch("online", (10, WD), a11y="B", cost="110.00"),
            ch("post", (15, WD), cost="110.00"),
            ch("counter", (10, WD), cost="110.00"),
        ],
    },
    {
        "slug": "parkeervergunning-lindenwaard",
        "name": "Parkeervergunning aanvragen",
        "organisations": ["gemeente-lindenwaard"],
        "type": "parking-permit",
        "life_events": ["moving-house"],
        "blocks": ["formulierenbouwer", "pdc-api", "toegangspoort", "digitale-hulp-bibliotheek"],
        "volume": 260,
        "description": "Vraag online een parkeervergunning aan; in de bibliotheek helpen vrijwilligers u daarbij.",
        "channels": [
            ch("online", (3, WD), a11y="A", cost="60.00"),
            ch("assisted-digital", (3, WD), cost="60.00"),
            ch("phone", (3, WD)),
        ],
    },
    {
        "slug": "parkeervergunning-heemsloot",
        "name": "Parkeervergunning",
        "organisations": ["gemeente-heemsloot"],
        "type": "parking-permit",
        "life_events": ["moving-house"],
        "blocks": ["toegangspoort"],
        "volume": 180,
        "description": "Een parkeervergunning voor bewoners van het centrum en de schilderswijk.",
        "channels": [
            ch("online", (2, W), a11y="D", cost="85.00"),
            ch("counter", (2, W), cost="85.00"),
        ],
    },
    # --- waste containers -------------------------------------------------------------------
    {
        "slug": "afvalcontainer-brugstede",
        "name": "Afvalcontainer aanvragen of omruilen",
        "organisations": ["gemeente-brugstede"],
        "type": "waste-container",
        "life_events": ["moving-house"],
        "blocks": ["meldpunt-openbare-ruimte", "meldingen-api"],
        "volume": 340,
        "description": "Een nieuwe, extra of kapotte container? Regel het in de Brugstede-app, online of via de chat.",
        "channels": [
            ch("app", (5, WD), languages=EN, a11y="B", cost="0.00"),
            ch("online", (5, WD), a11y="B", cost="0.00"),
            ch("chat", (5, WD), cost="0.00"),
        ],
    },
    {
        "slug": "afvalcontainer-vlietmond",
        "name": "Container voor huishoudelijk afval",
        "organisations": ["gemeente-vlietmond"],
        "type": "waste-container",
        "life_events": ["moving-house"],
        "blocks": ["afvalkalender-api"],
        "volume": 190,
        "description": "Vraag een container aan of meld een beschadigde container.",
        "channels": [
            ch("online", (5, WD), a11y="C", cost="0.00"),
            ch("phone", (5, WD), cost="0.00"),
            ch("email", (5, WD), cost="0.00"),
        ],
    },
    {
        "slug": "afvalcontainer-heemsloot",
        "name": "Minicontainer aanvragen",
        "organisations": ["gemeente-heemsloot", "heemsloot-ict"],
        "type": "waste-container",
        "life_events": ["moving-house"],
        "blocks": ["afvalwijzer-api"],
        "volume": 150,
        "description": "Aanvragen, omruilen of een extra minicontainer.",
        "channels": [
            ch("online", (10, WD), a11y="D", cost="25.00"),
            ch("phone", (10, WD), cost="25.00"),
        ],
    },
    {
        "slug": "afvalcontainer-oostermeer",
        "name": "Afvalcontainer aanvragen",
        "organisations": ["gemeente-oostermeer"],
        "type": "waste-container",
        "life_events": ["moving-house"],
        "blocks": [],
        "volume": 210,
        "description": "Een container voor restafval, gft of papier.",
        "channels": [
            ch("online", (3, WD), a11y="B", cost="0.00"),
            ch("counter", (3, WD), cost="0.00"),
            ch("phone", (3, WD), cost="0.00"),
        ],
    },
    # --- changes of address -----------------------------------------------------------------
    {
        "slug": "verhuizing-waterveen",
        "name": "Verhuizing doorgeven",
        "organisations": ["gemeente-waterveen"],
        "type": "change-of-address",
        "life_events": ["moving-house"],
        "blocks": ["brp-api", "toegangspoort", "formulierenbouwer", "mijn-omgeving"],
        "volume": 1250,
        "description": "Geef uw nieuwe adres door, binnen vijf dagen na de verhuizing.",
        "channels": [
            ch("online", (5, WD), languages=EN, a11y="B", cost="0.00"),
            ch("counter", (5, WD), languages=EN, cost="0.00"),
            ch("post", (10, WD), cost="0.00"),
        ],
    },
    {
        "slug": "verhuizing-dijkhoven",
        "name": "Verhuizing doorgeven",
        "organisations": ["gemeente-dijkhoven"],
        "type": "change-of-address",
        "life_events": ["moving-house"],
        "blocks": ["brp-api", "toegangspoort"],
        "volume": 980,
        "description": "Nieuw adres in Dijkhoven of vanuit het buitenland.",
        "channels": [
            ch("online", (5, WD), a11y="A", cost="0.00"),
            ch("counter", (5, WD), cost="0.00"),
        ],
    },
    {
        "slug": "verhuizing-zandhoeve",
        "name": "Adreswijziging doorgeven",
        "organisations": ["gemeente-zandhoeve"],
        "type": "change-of-address",
        "life_events": ["moving-house"],
        "blocks": ["afsprakenplanner-zandhoeve", "toegangspoort", "digitale-hulp-bibliotheek"],
        "volume": 640,
        "description": "Online, aan de balie, of met hulp in de bibliotheek.",
        "channels": [
            ch("online", (3, WD), a11y="B", cost="0.00"),
            ch("counter", (3, WD), cost="0.00"),
            ch("assisted-digital", (3, WD), cost="0.00"),
        ],
    },
    {
        "slug": "verhuizing-kraaiendal",
        "name": "Verhuizing doorgeven",
        "organisations": ["gemeente-kraaiendal"],
        "type": "change-of-address",
        "life_events": ["moving-house"],
        "blocks": ["digitale-balie", "toegangspoort"],
        "volume": 720,
        "description": "Sinds de sluiting van het stadskantoor kan dit alleen nog via de Digitale Balie of per e-mail.",
        "channels": [
            ch("online", (5, WD), a11y="E", cost="0.00"),
            ch("email", (10, WD), cost="0.00"),
        ],
    },
    # --- births -----------------------------------------------------------------------------
    {
        "slug": "geboorteaangifte-waterveen",
        "name": "Geboorteaangifte doen",
        "organisations": ["gemeente-waterveen"],
        "type": "birth-registration",
        "life_events": ["birth"],
        "blocks": ["brp-api", "toegangspoort", "afspraakmodule-brugstede"],
        "volume": 95,
        "description": "Doe aangifte binnen drie werkdagen na de geboorte.",
        "channels": [
            ch("counter", (1, WD), languages=EN, cost="0.00"),
            ch("online", (1, WD), a11y="B", cost="0.00"),
        ],
    },
    {
        "slug": "geboorteaangifte-eikenrode",
        "name": "Aangifte geboorte",
        "organisations": ["gemeente-eikenrode"],
        "type": "birth-registration",
        "life_events": ["birth"],
        "blocks": ["brp-api"],
        "volume": 70,
        "description": "Aangifte aan de balie of online met DigiD van een van de ouders.",
        "channels": [
            ch("counter", (1, WD), cost="0.00"),
            ch("online", (2, WD), a11y="C", cost="0.00"),
            ch("phone", (1, WD), note="Een afspraak maken."),
        ],
    },
    {
        "slug": "geboorteaangifte-leiemonde",
        "name": "Geboorteaangifte",
        "organisations": ["stad-leiemonde"],
        "type": "birth-registration",
        "life_events": ["birth"],
        "blocks": [],
        "volume": 130,
        "language": "nl",
        "description": "De aangifte gebeurt vaak al in het ziekenhuis; anders aan het loket burgerzaken.",
        "channels": [
            ch("counter", (1, WD), languages=("nl", "fr"), cost="0.00"),
            ch("online", (2, WD), languages=("nl", "fr"), a11y="B", cost="0.00"),
        ],
    },
    # --- passports --------------------------------------------------------------------------
    {
        "slug": "paspoort-waterveen",
        "name": "Paspoort of ID-kaart aanvragen",
        "organisations": ["gemeente-waterveen"],
        "type": "passport",
        "life_events": ["travelling-abroad", "turning-18"],
        "blocks": ["afspraakmodule-brugstede", "betaalvoorziening"],
        "volume": 1400,
        "season": "spring",
        "description": "Maak online een afspraak; aanvragen en ophalen doet u aan de balie.",
        "channels": [
            ch("counter", (5, WD), languages=EN, cost="84.30"),
            ch(
                "online", (5, WD), a11y="B", cost="84.30", note="Alleen de afspraak maakt u online."
            ),
        ],
    },
    {
        "slug": "paspoort-wilgenburg",
        "name": "Reisdocument aanvragen",
        "organisations": ["gemeente-wilgenburg"],
        "type": "passport",
        "life_events": ["travelling-abroad"],
        "blocks": [],
        "volume": 650,
        "season": "spring",
        "description": "Aan de balie, of aan huis voor wie niet naar het gemeentehuis kan komen.",
        "channels": [
            ch("counter", (5, WD), cost="84.30"),
            ch(
                "assisted-digital",
                (10, WD),
                cost="84.30",
                hours="Home visit by appointment",
                note="Thuisbezoek voor wie slecht ter been is.",
            ),
        ],
    },
    {
        "slug": "paspoort-stroomdal",
        "name": "Paspoort aanvragen",
        "organisations": ["gemeente-stroomdal"],
        "type": "passport",
        "life_events": ["travelling-abroad"],
        "blocks": [],
        "volume": 900,
        "season": "spring",
        "description": "Aanvragen aan de balie, na een afspraak.",
        "channels": [
            ch("counter", (6, WD), cost="84.30"),
            ch("phone", (6, WD), note="Afspraken maken."),
        ],
    },
    # --- building permits -------------------------------------------------------------------
    {
        "slug": "omgevingsvergunning-lindenwaard",
        "name": "Omgevingsvergunning aanvragen",
        "organisations": ["gemeente-lindenwaard"],
        "type": "building-permit",
        "life_events": ["building-or-renovating"],
        "blocks": ["vergunningcheck", "formulierenbouwer", "zaken-api", "toegangspoort"],
        "volume": 85,
        "description": "Bouwen, verbouwen of uitbreiden: doe eerst de vergunningcheck.",
        "channels": [
            ch("online", (8, W), a11y="A", cost="450.00"),
            ch("post", (8, W), cost="450.00"),
            ch("counter", (8, W), cost="450.00", note="Vooroverleg met een vergunningverlener."),
        ],
    },
    {
        "slug": "omgevingsvergunning-beekwolde",
        "name": "Vergunning voor bouwen",
        "organisations": ["gemeente-beekwolde"],
        "type": "building-permit",
        "life_events": ["building-or-renovating"],
        "blocks": ["vergunningcheck"],
        "volume": 45,
        "description": "Aanvragen via het landelijke omgevingsloket; vragen per e-mail.",
        "channels": [
            ch("online", (8, W), a11y="B", cost="390.00"),
            ch("email", (2, WD), cost="0.00", note="Vragen over uw aanvraag."),
        ],
    },
    {
        "slug": "omgevingsvergunning-polderzijl",
        "name": "Omgevingsvergunning",
        "organisations": ["gemeente-polderzijl"],
        "type": "building-permit",
        "life_events": ["building-or-renovating"],
        "blocks": ["vergunningcheck", "chatassistent"],
        "volume": 60,
        "description": "Online aanvragen; hulp aan de balie of telefonisch.",
        "channels": [
            ch("online", (12, W), a11y="C", cost="420.00"),
            ch("counter", (12, W), cost="420.00"),
            ch("phone", (12, W)),
        ],
    },
    # --- deaths -----------------------------------------------------------------------------
    {
        "slug": "overlijdensaangifte-sluisdonk",
        "name": "Aangifte van overlijden",
        "organisations": ["gemeente-sluisdonk"],
        "type": "death-registration",
        "life_events": ["death"],
        "blocks": ["brp-api"],
        "volume": 55,
        "description": "Meestal doet de uitvaartverzorger de aangifte.",
        "channels": [ch("counter", (1, WD), cost="0.00"), ch("phone", (1, WD), cost="0.00")],
    },
    {
        "slug": "overlijdensaangifte-grevenmaar",
        "name": "Overlijden aangeven",
        "organisations": ["gemeente-grevenmaar"],
        "type": "death-registration",
        "life_events": ["death"],
        "blocks": ["brp-api", "servicenormen"],
        "volume": 48,
        "description": "Aangifte door de uitvaartverzorger, online of aan de balie.",
        "channels": [
            ch("counter", (1, WD), cost="0.00"),
            ch("online", (1, WD), a11y="A", cost="0.00"),
        ],
    },
    # --- social assistance ------------------------------------------------------------------
    {
        "slug": "bijstand-stroomdal",
        "name": "Bijstandsuitkering aanvragen",
        "organisations": ["gemeente-stroomdal"],
        "type": "social-assistance",
        "life_events": ["losing-your-job"],
        "blocks": ["schuldenwijzer", "regelcheck-inkomen", "inkomens-api", "toegangspoort"],
        "volume": 65,
        "description": "Een uitkering als uw inkomen niet genoeg is om van te leven.",
        "channels": [
            ch("online", (8, W), a11y="B", cost="0.00"),
            ch("counter", (8, W), cost="0.00"),
            ch("phone", (8, W), languages=("nl", "en", "tr", "ar")),
            ch(
                "assisted-digital", (8, W), cost="0.00", hours="Inloopspreekuur maandag 13:00–16:00"
            ),
        ],
    },
    {
        "slug": "leefloon-kempenhout",
        "name": "Leefloon aanvragen",
        "organisations": ["gemeente-kempenhout"],
        "type": "social-assistance",
        "life_events": ["losing-your-job"],
        "blocks": [],
        "volume": 40,
        "description": "Het leefloon via de sociale dienst (OCMW).",
        "channels": [
            ch("counter", (30, D), languages=("nl", "fr"), cost="0.00"),
            ch("phone", (30, D), languages=("nl", "fr")),
        ],
    },
    # --- marriage ---------------------------------------------------------------------------
    {
        "slug": "huwelijksmelding-oostermeer",
        "name": "Voorgenomen huwelijk melden",
        "organisations": ["gemeente-oostermeer"],
        "type": "marriage-notice",
        "life_events": ["marriage-or-partnership"],
        "blocks": ["brp-api"],
        "volume": 30,
        "figures": False,
        "description": "Meld uw huwelijk of partnerschap uiterlijk twee weken vooraf.",
        "channels": [
            ch("online", (5, WD), a11y="B", cost="0.00"),
            ch("counter", (5, WD), cost="0.00"),
        ],
    },
    {
        "slug": "huwelijksmelding-waterveen",
        "name": "Trouwen of partnerschap melden",
        "organisations": ["gemeente-waterveen"],
        "type": "marriage-notice",
        "life_events": ["marriage-or-partnership"],
        "blocks": ["brp-api", "formulierenbouwer"],
        "volume": 38,
        "description": "Melding en het kiezen van een datum en locatie.",
        "channels": [
            ch("online", (3, WD), languages=EN, a11y="B", cost="0.00"),
            ch("counter", (3, WD), languages=EN, cost="0.00"),
            ch("email", (3, WD), cost="0.00"),
        ],
    },
    # --- support at home --------------------------------------------------------------------
    {
        "slug": "wmo-eikenrode",
        "name": "Hulp bij het huishouden aanvragen",
        "organisations": ["gemeente-eikenrode"],
        "type": "home-support",
        "life_events": ["needing-care"],
        "blocks": ["wmo-aanvraagmodule", "gegevensknooppunt-sociaal"],
        "volume": 120,
        "description": "Een melding doen voor ondersteuning thuis; een consulent komt langs.",
        "channels": [
            ch("online", (6, W), a11y="B", cost="0.00"),
            ch("phone", (6, W), cost="0.00"),
            ch("counter", (6, W), cost="0.00"),
            ch("assisted-digital", (6, W), cost="0.00", hours="Home visit by a consultant"),
        ],
    },
    {
        "slug": "wmo-kraaiendal",
        "name": "Wmo-melding doen",
        "organisations": ["gemeente-kraaiendal"],
        "type": "home-support",
        "life_events": ["needing-care"],
        "blocks": ["jeugdhulpdossier", "gegevensknooppunt-sociaal"],
        "volume": 95,
        "description": "Telefonisch of online melden dat u ondersteuning nodig hebt.",
        "channels": [ch("phone", (8, W), cost="0.00"), ch("online", (8, W), a11y="E", cost="0.00")],
    },
    # --- national agencies ------------------------------------------------------------------
    {
        "slug": "ww-uitkering",
        "name": "WW-uitkering aanvragen",
        "organisations": ["uitkeringsbureau"],
        "life_events": ["losing-your-job"],
        "blocks": ["toegangspoort", "uwu-notificatieservice", "inkomens-api", "berichtenbox"],
        "volume": 24000,
        "description": "Een uitkering na ontslag, aan te vragen vanaf een week voor de laatste werkdag.",
        "channels": [
            ch("online", (4, W), languages=EN, a11y="A", cost="0.00"),
            ch("phone", (4, W), languages=EN),
            ch("assisted-digital", (4, W), hours="At a job centre, by appointment"),
        ],
    },
    {
        "slug": "aow-aanvragen",
        "name": "Ouderdomspensioen (AOW) aanvragen",
        "organisations": ["uitkeringsbureau"],
        "life_events": ["retirement"],
        "blocks": ["toegangspoort", "machtigingsdienst", "berichtenbox"],
        "volume": 11500,
        "description": "U krijgt een half jaar voor uw pensioenleeftijd een brief; aanvragen kan online of op papier.",
        "channels": [
            ch("online", (4, W), languages=EN, a11y="A", cost="0.00"),
            ch("phone", (4, W), languages=EN),
            ch("post", (6, W), cost="0.00"),
        ],
    },
    {
        "slug": "kinderbijslag",
        "name": "Kinderbijslag aanvragen",
        "organisations": ["uitkeringsbureau"],
        "life_events": ["birth"],
        "blocks": ["toegangspoort", "berichtenbox"],
        "volume": 9000,
        "description": "Na de geboorteaangifte krijgt u vanzelf bericht; aanvragen kan ook zelf.",
        "channels": [
            ch("online", (4, W), languages=EN, a11y="A", cost="0.00"),
            ch("phone", (4, W), languages=EN),
            ch("post", (6, W), cost="0.00"),
        ],
    },
    {
        "slug": "zorgtoeslag",
        "name": "Zorgtoeslag aanvragen",
        "organisations": ["zorgbekostiging"],
        "life_events": ["needing-care", "turning-18"],
        "blocks": ["toegangspoort", "machtigingsdienst", "notificatiedienst"],
        "volume": 38000,
        "description": "Een bijdrage in de kosten van de zorgverzekering; alleen digitaal aan te vragen.",
        "channels": [
            ch("online", (5, WD), languages=EN, a11y="B", cost="0.00"),
            ch("app", (5, WD), languages=EN, a11y="C", cost="0.00"),
        ],
    },
    {
        "slug": "btw-nummer",
        "name": "Btw-identificatienummer aanvragen",
        "organisations": ["inningsdienst"],
        "life_events": ["starting-a-business"],
        "blocks": ["ondernemerstoegang", "factuurportaal"],
        "volume": 5800,
        "description": "Nieuwe ondernemers krijgen hun btw-nummer na inschrijving; een wijziging kan alleen online.",
        "channels": [ch("online", (10, WD), languages=EN, a11y="B", cost="0.00")],
    },
    {
        "slug": "inschrijving-onderneming",
        "name": "Onderneming inschrijven",
        "organisations": ["dienst-registers"],
        "life_events": ["starting-a-business"],
        "blocks": ["bedrijven-api", "ondernemerstoegang", "betaalvoorziening"],
        "volume": 7600,
        "description": "Inschrijven in het ondernemersregister, online voorbereiden en afronden op afspraak.",
        "channels": [
            ch("online", (1, WD), languages=EN, a11y="A", cost="82.25"),
            ch("counter", (1, WD), languages=EN, cost="82.25"),
        ],
    },
    {
        "slug": "eigendomsinformatie",
        "name": "Eigendomsinformatie opvragen",
        "organisations": ["kaartdienst"],
        "life_events": ["moving-house", "building-or-renovating"],
        "blocks": ["percelen-api", "kaartviewer", "betaalvoorziening"],
        "volume": 31000,
        "description": "Wie is eigenaar van een perceel, en welke hypotheek rust erop.",
        "channels": [ch("online", (5, MIN), languages=EN, a11y="B", cost="3.70")],
    },
    {
        "slug": "watervergunning",
        "name": "Watervergunning aanvragen",
        "organisations": ["waterschap-lage-landen"],
        "life_events": ["building-or-renovating"],
        "blocks": ["waterstanden", "kaartviewer"],
        "volume": 310,
        "description": "Nodig voor bouwen bij een dijk of watergang, of voor het onttrekken van grondwater.",
        "channels": [
            ch("online", (8, W), a11y="C", cost="175.00"),
            ch("email", (5, WD), cost="0.00", note="Vooroverleg."),
        ],
    },
    {
        "slug": "inloggegevens-aanvragen",
        "name": "Inlogmiddel voor de overheid aanvragen",
        "organisations": ["dienst-toegang"],
        "life_events": ["turning-18"],
        "blocks": ["toegangspoort", "digitale-hulp-bibliotheek"],
        "volume": 88000,
        "description": "Het inlogmiddel voor alle overheidsdiensten. De activeringscode komt per post.",
        "channels": [
            ch("online", (5, WD), languages=EN, a11y="A", cost="0.00"),
            ch("phone", (5, WD), languages=EN, hours="Every day 8:00–22:00"),
            ch("assisted-digital", (5, WD), cost="0.00"),
            ch("post", (5, WD), cost="0.00", note="The activation letter."),
        ],
    },
    {
        "slug": "polikliniek-afspraak",
        "name": "Afspraak op de polikliniek",
        "organisations": ["ziekenhuis-veenhaven"],
        "life_events": ["needing-care"],
        "blocks": ["patientportaal", "wachttijden-api"],
        "volume": 14000,
        "figures": False,
        "description": "Een afspraak maken of verzetten na een verwijzing.",
        "channels": [
            ch("online", (2, WD), a11y="C", cost="0.00"),
            ch("app", (2, WD), a11y="C", cost="0.00"),
            ch("phone", (2, MIN), hours="Monday to Friday 8:00–17:00"),
        ],
    },
    {
        "slug": "energiesubsidie-zuiderdelta",
        "name": "Subsidie energiebesparing eigen huis",
        "organisations": ["provincie-zuiderdelta"],
        "life_events": ["building-or-renovating"],
        "blocks": ["subsidie-api", "datastraat"],
        "volume": 850,
        "description": "Een bijdrage voor isolatie en warmtepompen, op volgorde van binnenkomst.",
        "channels": [ch("online", (13, W), a11y="B", cost="0.00"), ch("phone", (13, W))],
    },
    {
        "slug": "gemeentepolis-aanmelden",
        "name": "Aanmelden voor de gemeentepolis",
        "organisations": ["samen-gezond", "gemeente-dijkhoven"],
        "life_events": ["needing-care", "losing-your-job"],
        "blocks": ["gemeentepolis-api"],
        "volume": 2300,
        "description": "Een collectieve zorgverzekering voor inwoners met een laag inkomen.",
        "channels": [
            ch("online", (10, WD), a11y="B", cost="0.00"),
            ch("phone", (10, WD)),
            ch("post", (15, WD), cost="0.00"),
        ],
    },
]

# Starting share of the requests per channel, before the two-year shift to digital.
CHANNEL_WEIGHT = {
    "online": 50,
    "app": 20,
    "phone": 12,
    "counter": 15,
    "post": 4,
    "email": 5,
    "chat": 4,
    "assisted-digital": 2,
}
COMPLETION = {
    "online": 82,
    "app": 88,
    "phone": 94,
    "counter": 98,
    "post": 90,
    "email": 85,
    "chat": 76,
    "assisted-digital": 96,
}
SATISFACTION = {
    "online": 76,
    "app": 81,
    "phone": 72,
    "counter": 85,
    "post": 66,
    "email": 68,
    "chat": 70,
    "assisted-digital": 90,
}
COST = {
    "online": 3.5,
    "app": 2.8,
    "phone": 11.0,
    "counter": 24.0,
    "post": 16.0,
    "email": 7.5,
    "chat": 5.5,
    "assisted-digital": 31.0,
}
DIGITAL = {"online", "app", "email", "chat"}
SEASONS = {"spring": 4, "summer": 7}  # the month of the peak


def months(today: dt.date, count: int = MONTHS) -> list[dt.date]:
    """The last ``count`` complete months, oldest first."""
    index = today.year * 12 + today.month - 1
    return [dt.date((i) // 12, i % 12 + 1, 1) for i in range(index - count, index)]


def channel_figures(today: dt.date) -> Iterator[tuple[str, str, dt.date, dict[str, Any]]]:
    """(service slug, channel kind, month, figures) for every channel of every service
    that reports figures, for the last 24 complete months. Deterministic: the same day
    gives the same figures."""
    calendar = months(today)
    for service in SERVICES:
        if not service.get("figures", True):
            continue
        kinds = [channel["kind"] for channel in service["channels"]]
        for position, month in enumerate(calendar):
            shares = _shares(kinds, position / (len(calendar) - 1))
            total = service["volume"] * _season(service.get("season", "summer"), month)
            for kind in kinds:
                rng = random.Random(f"{service['slug']}:{kind}:{month.isoformat()}")
                yield (
                    service["slug"],
                    kind,
                    month,
                    _month_figures(kind, total * shares[kind], position, rng),
                )


def _shares(kinds: list[str], progress: float) -> dict[str, float]:
    """Each channel's share: digital channels gain 30 % weight over the period, the others lose 25 %."""
    weights = {
        kind: CHANNEL_WEIGHT[kind]
        * ((1 + 0.3 * progress) if kind in DIGITAL else (1 - 0.25 * progress))
        for kind in kinds
    }
    total = sum(weights.values())
    return {kind: weight / total for kind, weight in weights.items()}


def _season(season: str, month: dt.date) -> float:
    peak = SEASONS.get(season, 7)
    return 1 + 0.25 * math.cos((month.month - peak) / 12 * 2 * math.pi)


def _month_figures(kind: str, requests: float, position: int, rng: random.Random) -> dict[str, Any]:
    improving = position / (MONTHS - 1) * (2.5 if kind in DIGITAL else 0.5)
    return {
        "requests": max(0, round(requests * rng.uniform(0.9, 1.1))),
        "completion_rate": round(
            min(99.5, COMPLETION[kind] + improving + rng.uniform(-2.5, 2.5)), 1
        ),
        "satisfaction": round(min(99.0, SATISFACTION[kind] + improving + rng.uniform(-4, 4)), 1),
        "cost_per_transaction": round(COST[kind] * rng.uniform(0.85, 1.15), 2),
    }
