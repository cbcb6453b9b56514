"""Reuse edges of the demo ecosystem: which organisation reuses which building block, since when.

Two sources, both deterministic:

* ``_hand_edges()``: the long tail and the stories the demo tells (migrations, stopped
  reuse with its reason, provider claims that wait for confirmation), written out one by one.
* ``WIDE_ADOPTION``: the blocks that most municipalities use. Which municipalities adopted
  them, and when, is drawn with a fixed-seed random generator, so the adoption curves look
  organic but never change between runs.

A hand-written edge wins over a generated one for the same (block, organisation) pair; an
owner never reuses its own block. ``reuses()`` returns plain dicts in the format ``load.py``
expects.
"""

from __future__ import annotations

import datetime as dt
import random

from .blocks import BLOCKS
from .organisations import ORGANISATIONS

SEED = 20261129
LAST_DATE = dt.date(2026, 10, 31)

NL_MUNICIPALITIES = (
    "gemeente-waterveen",
    "gemeente-dijkhoven",
    "gemeente-brugstede",
    "gemeente-lindenwaard",
    "gemeente-heemsloot",
    "gemeente-oostermeer",
    "gemeente-zandhoeve",
    "gemeente-kraaiendal",
    "gemeente-eikenrode",
    "gemeente-vlietmond",
    "gemeente-wilgenburg",
    "gemeente-stroomdal",
    "gemeente-beekwolde",
    "gemeente-polderzijl",
    "gemeente-sluisdonk",
    "gemeente-grevenmaar",
)
# The five owners of the ICT-Servicecentrum Rivierland.
RIVIERLAND = (
    "gemeente-eikenrode",
    "gemeente-vlietmond",
    "gemeente-wilgenburg",
    "gemeente-stroomdal",
    "gemeente-polderzijl",
)
PROVINCES = ("provincie-noordmarken", "provincie-zuiderdelta")

# (block, first adoption, last adoption, mode or modes, municipalities adopting, others)
WIDE_ADOPTION: list[tuple[str, str, str, str | tuple[str, ...], int, tuple[str, ...]]] = [
    # The handful that (nearly) every municipality uses.
    (
        "toegangspoort",
        "2019-01-10",
        "2021-12-31",
        "shared-service",
        16,
        (*PROVINCES, "ziekenhuis-veenhaven"),
    ),
    ("gegevensknooppunt-sociaal", "2019-01-02", "2020-06-30", "shared-service", 16, ()),
    ("brp-api", "2020-03-01", "2025-06-30", "as-is", 14, ("uitkeringsbureau",)),
    (
        "berichtenbox",
        "2019-02-01",
        "2025-03-31",
        "shared-service",
        13,
        ("inningsdienst", "uitkeringsbureau"),
    ),
    (
        "ontwerpsysteem-componenten",
        "2021-02-01",
        "2026-09-30",
        ("as-is", "as-is", "adapted"),
        12,
        ("heemsloot-ict", "uitkeringsbureau"),
    ),
    ("notificatiedienst", "2021-03-01", "2026-09-30", "shared-service", 11, ("ict-rivierland",)),
    ("kaartplatform", "2019-01-10", "2024-06-30", "shared-service", 11, ("provincie-noordmarken",)),
    (
        "std-api-design",
        "2019-02-01",
        "2024-12-31",
        "as-is",
        10,
        ("dienst-registers", "uitkeringsbureau", "dataweg"),
    ),
    (
        "formulierenbouwer",
        "2021-06-01",
        "2026-08-31",
        ("as-is", "adapted"),
        10,
        ("ict-rivierland",),
    ),
    # Broadly used, by about half of the municipalities.
    ("adressen-api", "2019-01-15", "2024-03-31", "as-is", 7, ("provincie-noordmarken", "dataweg")),
    ("factuurportaal", "2019-01-15", "2023-12-31", "shared-service", 8, ()),
    (
        "ondernemerstoegang",
        "2019-03-01",
        "2023-06-30",
        "shared-service",
        8,
        ("provincie-zuiderdelta",),
    ),
    ("betaalvoorziening", "2020-04-01", "2025-12-31", "shared-service", 7, ("ict-rivierland",)),
    ("mijn-omgeving", "2021-01-15", "2026-09-30", ("as-is", "adapted"), 8, ("ict-rivierland",)),
    ("inkomens-api", "2019-06-01", "2022-12-31", "as-is", 7, ()),
    ("digitale-hulp-bibliotheek", "2019-04-01", "2023-12-31", "shared-service", 7, ()),
    ("vergunningcheck", "2019-06-01", "2024-12-31", "as-is", 7, ()),
    (
        "api-gateway",
        "2022-01-15",
        "2026-08-31",
        ("as-is", "as-is", "adapted"),
        5,
        ("dienst-registers", "uitkeringsbureau", "ict-rivierland"),
    ),
    ("std-design-system", "2020-09-01", "2026-06-30", "as-is", 7, ()),
    ("model-verwerkersovereenkomst", "2019-03-01", "2024-06-30", "adapted", 6, ("ict-rivierland",)),
    (
        "cvd-beleid",
        "2019-09-01",
        "2025-12-31",
        "adapted",
        6,
        ("ict-rivierland", "ziekenhuis-veenhaven"),
    ),
    ("zaaktypen-referentielijst", "2020-02-01", "2025-12-31", "as-is", 6, ("dataweg", "raakvlak")),
    ("zaakregister", "2020-01-15", "2025-09-30", "as-is", 5, ("ict-rivierland", "raakvlak")),
    ("std-case-api", "2019-06-01", "2024-06-30", "as-is", 5, ("dataweg", "raakvlak")),
    ("algoritmeregister", "2022-12-01", "2026-09-30", "as-is", 6, ("provincie-noordmarken",)),
    ("cop-zaakgericht-werken", "2020-06-01", "2025-10-31", "as-is", 6, ("ict-rivierland",)),
    ("open-data-portaal", "2019-05-01", "2025-06-30", "as-is", 5, PROVINCES),
    ("regelcheck-inkomen", "2021-04-01", "2026-06-30", ("as-is", "adapted"), 6, ()),
    (
        "machtigingsdienst",
        "2020-02-01",
        "2025-06-30",
        "shared-service",
        5,
        ("ziekenhuis-veenhaven",),
    ),
    (
        "inkoopvoorwaarden-open-source",
        "2020-01-15",
        "2025-10-31",
        "adapted",
        5,
        ("provincie-zuiderdelta",),
    ),
    ("kaartviewer", "2019-10-01", "2025-09-30", ("as-is", "adapted"), 5, ("heemsloot-ict",)),
    ("pdc-api", "2020-03-01", "2024-10-31", "as-is", 5, ()),
    ("sso-medewerkers", "2022-03-01", "2026-06-30", "shared-service", 4, ("ict-rivierland",)),
    ("bedrijven-api", "2020-06-01", "2024-12-31", "as-is", 4, ("provincie-noordmarken",)),
]

SWITCHED_TO_NATIONAL = (
    "Switched to the national notification service, which also carries the "
    "events of the registers and the case systems."
)
LEGACY_GATEWAY = "All connections were migrated to the federated API gateway."
ADDRESS_SWITCH_OFF = "The service was switched off; moved to the Addresses and Buildings API."
CATALOGUE_RETIRED = (
    "The catalogue was retired; the entries were migrated to the building-block catalogue."
)


def _edge(
    block: str,
    organisation: str,
    since: str,
    *,
    mode: str = "as-is",
    status: str = "in-use",
    until: str | None = None,
    stop_reason: str = "",
    declared_by: str = "reuser",
    confirmed: bool = True,
    evidence_url: str = "",
) -> dict:
    return {
        "block": block,
        "organisation": organisation,
        "mode": mode,
        "status": status,
        "since": since,
        "until": until,
        "stop_reason": stop_reason,
        "declared_by": declared_by,
        "confirmed": confirmed or declared_by == "reuser",
        "evidence_url": evidence_url,
    }


def _use(
    block: str,
    organisation: str,
    since: str,
    mode: str = "as-is",
    status: str = "in-use",
    evidence_url: str = "",
) -> dict:
    """The reuser declared (and so confirmed) the reuse."""
    return _edge(block, organisation, since, mode=mode, status=status, evidence_url=evidence_url)


def _claim(
    block: str,
    organisation: str,
    since: str,
    mode: str = "as-is",
    status: str = "in-use",
    confirmed: bool = False,
) -> dict:
    """The provider declared the reuse; ``confirmed`` says whether the reuser agreed."""
    return _edge(
        block,
        organisation,
        since,
        mode=mode,
        status=status,
        declared_by="provider",
        confirmed=confirmed,
    )


def _stop(
    block: str, organisation: str, since: str, until: str, reason: str, mode: str = "as-is"
) -> dict:
    return _edge(
        block, organisation, since, mode=mode, status="stopped", until=until, stop_reason=reason
    )


def _hand_edges() -> list[dict]:
    shared = "shared-service"
    edges = [
        # Dataweg's on-premise case system was retired; its customers moved on.
        _stop(
            "zaaksysteem-classic",
            "gemeente-kraaiendal",
            "2019-01-15",
            "2022-05-01",
            "Replaced by the vendor's SaaS case system.",
        ),
        _stop(
            "zaaksysteem-classic",
            "gemeente-sluisdonk",
            "2019-01-15",
            "2023-01-31",
            "Migrated to the SaaS version when support for on-premise installations ended.",
        ),
        _stop(
            "zaaksysteem-classic",
            "gemeente-grevenmaar",
            "2019-01-15",
            "2022-10-31",
            "Migrated to the SaaS version.",
        ),
        _stop(
            "zaaksysteem-classic",
            "gemeente-beekwolde",
            "2019-01-15",
            "2024-06-30",
            "Support ended; Beekwolde moved to the case API of the Rivierland service centre "
            "ahead of its merger with Polderzijl.",
        ),
        _claim("dataweg-zaaksysteem", "gemeente-kraaiendal", "2022-05-01", confirmed=True),
        _use("dataweg-zaaksysteem", "gemeente-sluisdonk", "2023-02-01"),
        _claim("dataweg-zaaksysteem", "gemeente-grevenmaar", "2022-11-01"),
        _use(
            "dataweg-zaaksysteem",
            "gemeente-dijkhoven",
            "2024-07-01",
            evidence_url="https://www.dijkhoven.example/besluiten/2024-gunning-zaaksysteem",
        ),
        _use("zaakafhandelaar", "gemeente-waterveen", "2022-09-15"),
        _use("zaakafhandelaar", "ict-rivierland", "2023-02-01"),
        _use("zaakafhandelaar", "gemeente-oostermeer", "2026-04-01", status="piloting"),
        _stop(
            "zaakafhandelaar",
            "gemeente-dijkhoven",
            "2021-03-01",
            "2024-06-30",
            "Moved to the Dataweg case system after the joint tender; the small in-house team "
            "could not keep up with the configuration work.",
        ),
        # The Rivierland service centre serves its five owners, and Beekwolde since 2024.
        *(
            _claim("zaken-api", org, since, mode=shared, confirmed=True)
            for org, since in (
                ("gemeente-eikenrode", "2020-02-01"),
                ("gemeente-vlietmond", "2020-03-15"),
                ("gemeente-wilgenburg", "2020-05-01"),
                ("gemeente-stroomdal", "2020-09-01"),
                ("gemeente-polderzijl", "2021-01-15"),
            )
        ),
        *(
            _claim("documenten-api", org, since, mode=shared, confirmed=True)
            for org, since in (
                ("gemeente-eikenrode", "2020-02-01"),
                ("gemeente-vlietmond", "2020-03-15"),
                ("gemeente-wilgenburg", "2020-05-01"),
                ("gemeente-stroomdal", "2020-09-01"),
                ("gemeente-polderzijl", "2021-01-15"),
            )
        ),
        *(
            _claim("documentplatform", org, since, mode=shared, confirmed=True)
            for org, since in (
                ("gemeente-eikenrode", "2019-11-01"),
                ("gemeente-vlietmond", "2020-01-15"),
                ("gemeente-wilgenburg", "2020-03-01"),
                ("gemeente-stroomdal", "2020-06-01"),
                ("gemeente-polderzijl", "2020-10-01"),
            )
        ),
        *(
            _claim("gemeentecloud", org, since, mode=shared, confirmed=True)
            for org, since in (
                ("gemeente-eikenrode", "2019-01-15"),
                ("gemeente-vlietmond", "2019-01-15"),
                ("gemeente-wilgenburg", "2019-04-01"),
                ("gemeente-stroomdal", "2019-09-01"),
                ("gemeente-polderzijl", "2020-01-15"),
            )
        ),
        *(
            _claim("belastingportaal", org, since, mode=shared, confirmed=True)
            for org, since in (
                ("gemeente-eikenrode", "2019-03-01"),
                ("gemeente-vlietmond", "2019-03-01"),
                ("gemeente-wilgenburg", "2020-01-15"),
                ("gemeente-stroomdal", "2020-03-01"),
                ("gemeente-polderzijl", "2021-01-15"),
            )
        ),
        _use(
            "zaken-api",
            "gemeente-beekwolde",
            "2024-07-01",
            mode=shared,
            evidence_url="https://www.beekwolde.example/besluiten/2024-aansluiting-rivierland",
        ),
        _use("documenten-api", "gemeente-beekwolde", "2024-07-01", mode=shared),
        _use("documentplatform", "gemeente-beekwolde", "2024-07-01", mode=shared),
        _use("documentplatform", "gemeente-heemsloot", "2025-02-01", mode=shared),
        _use(
            "documentplatform", "gemeente-oostermeer", "2026-03-01", mode=shared, status="piloting"
        ),
        _use(
            "belastingportaal", "gemeente-beekwolde", "2026-06-01", mode=shared, status="evaluating"
        ),
        *(
            _use("wmo-aanvraagmodule", org, since, mode=shared)
            for org, since in (
                ("gemeente-vlietmond", "2023-01-15"),
                ("gemeente-wilgenburg", "2023-04-01"),
                ("gemeente-stroomdal", "2023-09-01"),
                ("gemeente-polderzijl", "2024-01-15"),
            )
        ),
        _use("e-depot-connector", "gemeente-dijkhoven", "2025-03-01", mode="adapted"),
        _use("e-depot-connector", "gemeente-oostermeer", "2026-05-15", status="piloting"),
        # Apps that Brugstede, Oostermeer, Heemsloot and others share.
        _use("woo-publicatiemodule", "gemeente-heemsloot", "2023-04-01"),
        _use("woo-publicatiemodule", "gemeente-zandhoeve", "2023-11-01"),
        _use("woo-publicatiemodule", "ict-rivierland", "2024-01-15", mode=shared),
        _claim("woo-publicatiemodule", "gemeente-grevenmaar", "2025-09-01"),
        _use("sjablonenservice", "gemeente-zandhoeve", "2022-08-01"),
        _use("sjablonenservice", "gemeente-beekwolde", "2023-05-01", mode="forked"),
        _use("afspraakmodule-brugstede", "gemeente-dijkhoven", "2022-04-01", mode="adapted"),
        _use("afspraakmodule-brugstede", "gemeente-oostermeer", "2023-09-01"),
        _use("afspraakmodule-brugstede", "gemeente-heemsloot", "2026-05-01", status="evaluating"),
        _use("afspraakmodule-brugstede", "stad-leiemonde", "2026-08-15", status="evaluating"),
        _claim("afsprakenplanner-zandhoeve", "gemeente-beekwolde", "2026-02-01", status="piloting"),
        _use("afsprakentool-kempenhout", "stad-leiemonde", "2025-10-01", status="piloting"),
        _use("meldpunt-openbare-ruimte", "gemeente-waterveen", "2020-05-01"),
        _use("meldpunt-openbare-ruimte", "gemeente-lindenwaard", "2021-03-01"),
        _use("meldpunt-openbare-ruimte", "gemeente-sluisdonk", "2021-11-01", mode="adapted"),
        _use("meldpunt-openbare-ruimte", "gemeente-grevenmaar", "2022-06-01"),
        _use("meldpunt-openbare-ruimte", "gemeente-vlietmond", "2026-03-01", status="piloting"),
        _use("meldpunt-openbare-ruimte", "stad-leiemonde", "2023-05-01", mode="forked"),
        _stop(
            "meldpunt-openbare-ruimte",
            "gemeente-kraaiendal",
            "2020-09-01",
            "2023-02-28",
            "Moved to the reporting module of its new case system.",
        ),
        _use("meldingen-api", "gemeente-waterveen", "2020-05-01", mode=shared),
        _use("meldingen-api", "gemeente-lindenwaard", "2021-03-01", mode=shared),
        _use("meldingen-api", "gemeente-sluisdonk", "2021-11-01"),
        _use("meldingen-api", "gemeente-grevenmaar", "2022-06-01", mode=shared),
        _use("schuldenwijzer", "gemeente-wilgenburg", "2026-01-15", status="piloting"),
        _claim("schuldenwijzer", "gemeente-polderzijl", "2026-09-01", status="evaluating"),
        _use("vroegsignalering-schulden", "gemeente-waterveen", "2025-12-01", status="piloting"),
        _use("vroegsignalering-schulden", "gemeente-stroomdal", "2026-01-15", status="piloting"),
        _use("jeugdhulpdossier", "gemeente-zandhoeve", "2023-03-01", mode="adapted"),
        _stop(
            "jeugdhulpdossier",
            "gemeente-grevenmaar",
            "2022-01-15",
            "2024-12-31",
            "The regional youth-care authority chose one system for all its member municipalities.",
        ),
        _use("klantcontactsysteem", "gemeente-waterveen", "2022-10-01"),
        _use("klantcontactsysteem", "gemeente-brugstede", "2023-04-01"),
        _use("klantcontactsysteem", "gemeente-stroomdal", "2026-02-01", status="piloting"),
        _stop(
            "klantcontactsysteem",
            "gemeente-oostermeer",
            "2021-06-01",
            "2023-12-31",
            "The contact centre moved to a regional cooperation that uses another system.",
        ),
        _use("handhavingsapp", "gemeente-grevenmaar", "2024-05-01", mode="adapted"),
        _use("handhavingsapp", "gemeente-waterveen", "2026-10-01", status="evaluating"),
        _use("raadsinformatiesysteem", "gemeente-sluisdonk", "2019-05-01"),
        _claim("raadsinformatiesysteem", "gemeente-dijkhoven", "2019-01-15", confirmed=True),
        _claim("raadsinformatiesysteem", "gemeente-heemsloot", "2019-09-01", confirmed=True),
        _claim("raadsinformatiesysteem", "gemeente-zandhoeve", "2020-01-15"),
        _claim("raadsinformatiesysteem", "gemeente-kraaiendal", "2021-01-04", confirmed=True),
        _claim("raadsinformatiesysteem", "gemeente-vlietmond", "2022-01-10"),
        _claim("raadsinformatiesysteem", "gemeente-beekwolde", "2023-01-09"),
        # Heemsloot's ICT team is also registered as "Heemsloot ICT" (see organisations.py);
        # both records reuse the component library, so a merge has a duplicate to resolve.
        _use("ontwerpsysteem-componenten", "gemeente-heemsloot", "2022-03-01"),
        _use("participatieplatform", "gemeente-kempenhout", "2024-03-01", mode=shared),
        _use("samenwerkingsakkoord-ict", "stad-leiemonde", "2022-01-01"),
        _use("afvalwijzer-api", "gemeente-zandhoeve", "2023-02-01"),
        _use("afvalkalender-api", "gemeente-wilgenburg", "2024-10-01"),
        _use("afvalkalender-api", "gemeente-polderzijl", "2025-01-15"),
        _use("parkeerrechten-api", "gemeente-sluisdonk", "2021-09-01", mode="forked"),
        _stop(
            "parkeerrechten-api",
            "gemeente-brugstede",
            "2020-03-01",
            "2022-08-31",
            "Parking enforcement was outsourced; the contractor brought its own permit system.",
        ),
        # Research, data and partners.
        _use("luchtmeet-analysekit", "gemeente-waterveen", "2023-06-01"),
        _use("luchtmeet-analysekit", "provincie-zuiderdelta", "2024-02-01"),
        _use("luchtmeet-analysekit", "stad-leiemonde", "2024-09-01", mode="forked"),
        _use("luchtkwaliteit-deltastad", "gemeente-waterveen", "2021-03-01"),
        _use("luchtkwaliteit-deltastad", "gemeente-dijkhoven", "2022-05-01"),
        _use("luchtkwaliteit-deltastad", "provincie-zuiderdelta", "2021-09-01"),
        _use("datastraat", "provincie-noordmarken", "2023-10-01", mode="forked"),
        _use("datastraat", "gemeente-dijkhoven", "2024-04-01"),
        _use("datastraat", "gemeente-waterveen", "2025-11-01", status="piloting"),
        _use("woz-api", "uitkeringsbureau", "2021-01-15"),
        _use("woz-api", "inningsdienst", "2020-06-01"),
        _use("woz-api", "ict-rivierland", "2021-05-01"),
        *(
            _use("percelen-api", org, since)
            for org, since in (
                ("gemeente-waterveen", "2020-02-01"),
                ("gemeente-brugstede", "2021-05-01"),
                ("gemeente-sluisdonk", "2020-11-01"),
                ("gemeente-lindenwaard", "2022-03-01"),
                ("waterschap-lage-landen", "2019-08-01"),
                ("kustbank", "2021-10-01"),
            )
        ),
        *(
            _use("topografie-api", org, since)
            for org, since in (
                ("gemeente-waterveen", "2020-05-01"),
                ("gemeente-dijkhoven", "2021-02-01"),
                ("waterbedrijf-deltastroom", "2022-04-01"),
                ("provincie-noordmarken", "2020-09-01"),
            )
        ),
        *(
            _use("topografie-download", org, since)
            for org, since in (
                ("waterschap-lage-landen", "2019-04-01"),
                ("waterbedrijf-deltastroom", "2019-11-01"),
                ("universiteit-deltastad", "2020-10-01"),
            )
        ),
        *(
            _use("bag-extract", org, since)
            for org, since in (
                ("universiteit-deltastad", "2019-09-01"),
                ("kustbank", "2020-01-15"),
                ("provincie-zuiderdelta", "2020-06-01"),
                ("samen-gezond", "2021-03-01"),
            )
        ),
        *(
            _use("energielabels", org, since)
            for org, since in (
                ("gemeente-waterveen", "2022-04-01"),
                ("gemeente-lindenwaard", "2022-09-01"),
                ("gemeente-stroomdal", "2023-01-15"),
                ("provincie-zuiderdelta", "2022-06-01"),
            )
        ),
        *(
            _use("uitkeringsstatistiek", org, since)
            for org, since in (
                ("gemeente-waterveen", "2020-04-01"),
                ("gemeente-sluisdonk", "2020-10-01"),
                ("gemeente-brugstede", "2021-04-01"),
                ("gemeente-kraaiendal", "2022-01-15"),
            )
        ),
        _use("zorggebruik-postcode", "gemeente-waterveen", "2024-09-01"),
        _use("zorggebruik-postcode", "gemeente-dijkhoven", "2025-01-15"),
        *(
            _use("waterstanden", org, since)
            for org, since in (
                ("gemeente-dijkhoven", "2019-10-01"),
                ("gemeente-vlietmond", "2020-06-01"),
                ("gemeente-heemsloot", "2021-11-01"),
            )
        ),
        *(
            _use("testset-personen", org, since)
            for org, since in (
                ("dataweg", "2025-09-01"),
                ("raakvlak", "2025-10-15"),
                ("ict-rivierland", "2026-01-10"),
                ("stichting-open-gemeenschap", "2025-11-01"),
            )
        ),
        # The insurer's enrolment API: the insurer lists its municipal customers.
        _use("gemeentepolis-api", "gemeente-brugstede", "2020-07-01"),
        *(
            _claim("gemeentepolis-api", org, since, confirmed=confirmed)
            for org, since, confirmed in (
                ("gemeente-waterveen", "2020-01-06", True),
                ("gemeente-dijkhoven", "2020-01-06", True),
                ("gemeente-heemsloot", "2021-01-04", False),
                ("gemeente-zandhoeve", "2021-01-04", False),
                ("gemeente-kraaiendal", "2022-01-03", True),
                ("gemeente-grevenmaar", "2023-01-02", False),
                ("gemeente-sluisdonk", "2023-01-02", True),
                ("gemeente-oostermeer", "2024-01-02", False),
            )
        ),
        _use("kustbank-betaalverzoek-api", "inningsdienst", "2020-04-01"),
        _use("std-payment-requests", "kustbank", "2026-03-01", status="piloting"),
        # Two notification services next to the national one.
        _stop(
            "uwu-notificatieservice",
            "gemeente-waterveen",
            "2020-06-01",
            "2024-03-31",
            SWITCHED_TO_NATIONAL,
        ),
        _stop(
            "uwu-notificatieservice",
            "gemeente-brugstede",
            "2020-09-01",
            "2024-11-30",
            SWITCHED_TO_NATIONAL,
        ),
        _stop(
            "uwu-notificatieservice",
            "gemeente-oostermeer",
            "2020-11-01",
            "2025-06-30",
            SWITCHED_TO_NATIONAL,
        ),
        _use("uwu-notificatieservice", "gemeente-sluisdonk", "2020-10-15"),
        _use("uwu-notificatieservice", "gemeente-kraaiendal", "2021-02-01"),
        _use("uwu-notificatieservice", "gemeente-dijkhoven", "2021-05-01"),
        _use("notificatiedienst", "uitkeringsbureau", "2026-04-01", status="evaluating"),
        _claim(
            "attenderingsdienst", "gemeente-stroomdal", "2026-02-01", mode=shared, status="piloting"
        ),
        _claim(
            "attenderingsdienst",
            "gemeente-wilgenburg",
            "2026-02-01",
            mode=shared,
            status="piloting",
        ),
        # Legacy: the message hub and the XML standard are being phased out.
        _use("berichtenknooppunt", "gemeente-kraaiendal", "2019-01-15", mode=shared),
        _use("berichtenknooppunt", "gemeente-sluisdonk", "2019-01-15", mode=shared),
        _use("berichtenknooppunt", "gemeente-grevenmaar", "2019-03-01", mode=shared),
        _use("berichtenknooppunt", "uitkeringsbureau", "2019-01-15", mode=shared),
        _stop(
            "berichtenknooppunt",
            "gemeente-waterveen",
            "2019-01-15",
            "2023-06-30",
            LEGACY_GATEWAY,
            mode=shared,
        ),
        _stop(
            "berichtenknooppunt",
            "gemeente-lindenwaard",
            "2019-01-15",
            "2024-02-29",
            LEGACY_GATEWAY,
            mode=shared,
        ),
        _stop(
            "berichtenknooppunt",
            "gemeente-brugstede",
            "2019-01-15",
            "2023-11-30",
            LEGACY_GATEWAY,
            mode=shared,
        ),
        _use("std-legacy-xml", "gemeente-kraaiendal", "2019-01-15"),
        _use("std-legacy-xml", "gemeente-sluisdonk", "2019-01-15"),
        _use("std-legacy-xml", "gemeente-grevenmaar", "2019-01-15"),
        _use("std-legacy-xml", "dataweg", "2019-01-15"),
        *(
            _stop(
                "std-legacy-xml",
                org,
                "2019-01-15",
                until,
                "All couplings were replaced by connections based on the API standards.",
            )
            for org, until in (
                ("gemeente-waterveen", "2023-06-30"),
                ("gemeente-lindenwaard", "2024-02-29"),
                ("gemeente-brugstede", "2023-11-30"),
            )
        ),
        *(
            _stop("adresvalidatie-soap", org, "2019-01-15", until, ADDRESS_SWITCH_OFF)
            for org, until in (
                ("gemeente-kraaiendal", "2023-03-31"),
                ("gemeente-sluisdonk", "2022-11-30"),
                ("gemeente-zandhoeve", "2023-03-31"),
                ("gemeente-beekwolde", "2023-02-28"),
                ("dataweg", "2023-03-15"),
            )
        ),
        *(
            _stop("componentencatalogus-2019", org, since, "2024-04-30", CATALOGUE_RETIRED)
            for org, since in (
                ("gemeente-waterveen", "2019-02-01"),
                ("gemeente-dijkhoven", "2019-02-01"),
                ("gemeente-brugstede", "2019-05-01"),
                ("gemeente-lindenwaard", "2019-09-01"),
                ("gemeente-oostermeer", "2020-03-01"),
                ("gemeente-vlietmond", "2020-06-01"),
            )
        ),
        # Standards adopted outside the wide groups.
        *(
            _use("std-document-api", org, since)
            for org, since in (
                ("dataweg", "2021-04-01"),
                ("raakvlak", "2020-09-01"),
                ("ict-rivierland", "2020-02-01"),
                ("gemeente-waterveen", "2020-06-01"),
                ("gemeente-oostermeer", "2023-01-15"),
            )
        ),
        *(
            _use("std-notifications", org, since)
            for org, since in (
                ("gemeente-brugstede", "2022-03-01"),
                ("ict-rivierland", "2022-05-01"),
                ("gemeente-waterveen", "2022-02-01"),
            )
        ),
        _use("std-notifications", "uitkeringsbureau", "2026-04-01", status="evaluating"),
        *(
            _use("std-identity", org, since)
            for org, since in (
                ("ziekenhuis-veenhaven", "2022-06-01"),
                ("samen-gezond", "2022-09-01"),
                ("kustbank", "2022-04-01"),
                ("dataweg", "2023-01-15"),
            )
        ),
        _use("std-logging", "dienst-registers", "2024-11-01"),
        _use("std-logging", "gemeente-stroomdal", "2025-09-01"),
        _use("std-logging", "gemeente-waterveen", "2025-10-01", status="piloting"),
        _use("std-logging", "stichting-open-gemeenschap", "2026-02-01", status="piloting"),
        *(
            _use("verwerkingenlog-api", org, since, status="piloting")
            for org, since in (
                ("dienst-registers", "2026-02-01"),
                ("gemeente-waterveen", "2026-03-01"),
                ("gemeente-stroomdal", "2026-03-01"),
                ("gemeente-lindenwaard", "2026-04-01"),
            )
        ),
        _use("verwerkingenlog-api", "gemeente-brugstede", "2026-06-01", status="evaluating"),
        _use(
            "verwerkingenlog-bibliotheek",
            "stichting-open-gemeenschap",
            "2026-03-01",
            status="piloting",
        ),
        _use("verwerkingenlog-bibliotheek", "dienst-registers", "2026-04-01", status="piloting"),
        *(
            _use("std-e-invoice", org, since)
            for org, since in (
                ("dataweg", "2019-05-01"),
                ("raakvlak", "2019-09-01"),
                ("waterbedrijf-deltastroom", "2020-01-15"),
                ("ziekenhuis-veenhaven", "2021-03-01"),
                ("kustbank", "2019-04-01"),
            )
        ),
        *(
            _use("std-software-metadata", org, since)
            for org, since in (
                ("gemeente-waterveen", "2021-05-01"),
                ("gemeente-lindenwaard", "2021-09-01"),
                ("gemeente-brugstede", "2022-01-15"),
                ("raakvlak", "2022-06-01"),
                ("digitaal-bureau", "2023-03-01"),
                ("heemsloot-ict", "2023-06-01"),
            )
        ),
        *(
            _use("std-open-data", org, since)
            for org, since in (
                ("gemeente-dijkhoven", "2019-06-01"),
                ("gemeente-waterveen", "2019-09-01"),
                ("provincie-noordmarken", "2020-01-15"),
                ("waterschap-lage-landen", "2020-04-01"),
                ("stad-leiemonde", "2021-02-01"),
            )
        ),
        *(
            _use("std-archiving-metadata", org, since)
            for org, since in (
                ("ict-rivierland", "2020-02-01"),
                ("gemeente-oostermeer", "2021-06-01"),
                ("dataweg", "2022-01-15"),
                ("gemeente-waterveen", "2022-03-01"),
            )
        ),
        *(
            _use("std-algorithm-register", org, since, status="piloting")
            for org, since in (
                ("provincie-noordmarken", "2025-11-01"),
                ("gemeente-waterveen", "2026-01-15"),
                ("gemeente-polderzijl", "2026-05-01"),
            )
        ),
        # Practices, training and governance.
        *(
            _use("governance-gezamenlijk-beheer", org, since, mode="adapted")
            for org, since in (
                ("gemeente-waterveen", "2021-02-01"),
                ("gemeente-lindenwaard", "2021-09-01"),
                ("ict-rivierland", "2022-05-01"),
            )
        ),
        *(
            _use("leergang-api", org, since)
            for org, since in (
                ("dienst-registers", "2022-09-01"),
                ("uitkeringsbureau", "2022-09-01"),
                ("gemeente-waterveen", "2023-02-01"),
                ("gemeente-brugstede", "2023-02-01"),
                ("ict-rivierland", "2024-02-01"),
                ("raakvlak", "2024-09-01"),
            )
        ),
        *(
            _use("dpia-sjabloon", org, since, mode="adapted")
            for org, since in (
                ("gemeente-lindenwaard", "2021-09-01"),
                ("gemeente-oostermeer", "2022-03-01"),
                ("gemeente-zandhoeve", "2022-11-01"),
                ("gemeente-vlietmond", "2023-05-01"),
            )
        ),
        *(
            _use("werkwijze-gebruikersonderzoek", org, since, mode="adapted")
            for org, since in (
                ("gemeente-waterveen", "2021-05-01"),
                ("gemeente-brugstede", "2022-02-01"),
                ("gemeente-lindenwaard", "2022-10-01"),
                ("uitkeringsbureau", "2023-06-01"),
                ("gemeente-grevenmaar", "2024-01-15"),
            )
        ),
        *(
            _use("playbook-hergebruik", org, since, status="piloting")
            for org, since in (
                ("gemeente-zandhoeve", "2026-02-01"),
                ("gemeente-heemsloot", "2026-02-01"),
                ("gemeente-beekwolde", "2026-02-15"),
                ("gemeente-polderzijl", "2026-02-15"),
                ("gemeente-kraaiendal", "2026-03-01"),
                ("gemeente-grevenmaar", "2026-03-01"),
                ("gemeente-vlietmond", "2026-04-01"),
                ("gemeente-stroomdal", "2026-05-01"),
            )
        ),
        *(
            _use("inkoopcollectief-software", org, since)
            for org, since in (
                ("gemeente-heemsloot", "2021-01-15"),
                ("gemeente-zandhoeve", "2021-01-15"),
                ("gemeente-oostermeer", "2021-06-01"),
                ("gemeente-kraaiendal", "2022-01-15"),
            )
        ),
        *(
            _use("traineeship-digitale-overheid", org, since)
            for org, since in (
                ("uitkeringsbureau", "2020-09-01"),
                ("dienst-registers", "2020-09-01"),
                ("kaartdienst", "2021-09-01"),
                ("gemeente-waterveen", "2021-09-01"),
                ("gemeente-brugstede", "2022-09-01"),
                ("ict-rivierland", "2023-09-01"),
            )
        ),
        *(
            _use("geoloket-noordmarken", org, since, mode=shared)
            for org, since in (
                ("gemeente-dijkhoven", "2021-04-01"),
                ("gemeente-heemsloot", "2021-10-01"),
                ("gemeente-zandhoeve", "2022-05-01"),
                ("gemeente-kraaiendal", "2023-03-01"),
            )
        ),
        _stop(
            "kaartviewer",
            "gemeente-kraaiendal",
            "2020-02-01",
            "2022-12-31",
            "Replaced by the provincial geo portal, which also shows the local layers.",
            mode="adapted",
        ),
    ]
    return edges


def _date_between(rng: random.Random, start: str, end: str) -> dt.date:
    """A date between start and end, denser in the middle: an S-shaped adoption curve."""
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    offset = rng.triangular(0, 1, 0.45) * (last - first).days
    return min(first + dt.timedelta(days=int(offset)), LAST_DATE)


def _wide_edges(
    rng: random.Random,
    taken: set[tuple[str, str]],
    owners: dict[str, str],
    websites: dict[str, str],
) -> list[dict]:
    edges = []
    for block, start, end, modes, count, others in WIDE_ADOPTION:
        owner = owners[block]
        candidates = [org for org in NL_MUNICIPALITIES if org != owner]
        adopters = rng.sample(candidates, min(count, len(candidates))) + list(others)
        for organisation in adopters:
            if organisation == owner or (block, organisation) in taken:
                continue
            taken.add((block, organisation))
            since = _date_between(rng, start, end)
            mode = modes if isinstance(modes, str) else rng.choice(modes)
            if since >= dt.date(2026, 6, 1):
                status = "evaluating"
            elif since >= dt.date(2026, 1, 1):
                status = "piloting"
            else:
                status = "in-use"
            if rng.random() < 0.7:
                declared_by, confirmed = "reuser", True
            else:
                declared_by = "provider"
                confirmed = since.year < 2025 and rng.random() < 0.6
            evidence_url = ""
            if declared_by == "reuser" and rng.random() < 0.3:
                evidence_url = f"{websites[organisation]}/hergebruik/{block}"
            edges.append(
                _edge(
                    block,
                    organisation,
                    since.isoformat(),
                    mode=mode,
                    status=status,
                    declared_by=declared_by,
                    confirmed=confirmed,
                    evidence_url=evidence_url,
                )
            )
    return edges


def reuses() -> list[dict]:
    """Every reuse edge of the demo, the same list on every call."""
    owners = {block["slug"]: block["owner"] for block in BLOCKS}
    websites = {organisation["slug"]: organisation["website"] for organisation in ORGANISATIONS}
    edges = _hand_edges()
    taken = {(edge["block"], edge["organisation"]) for edge in edges}
    edges += _wide_edges(random.Random(SEED), taken, owners, websites)
    return edges
