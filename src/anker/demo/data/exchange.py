"""Exchange requests of the demo ecosystem: who asked whom for which block, and what came
of it, in every status of the workflow (at least ``PER_STATUS`` each).

Two sources, both deterministic, as in ``reuse.py``:

* ``_stories()``: the requests the demo tells about, written out one by one: Waterveen's
  own blocks asked for by others (some pending for months, so that "requests waiting for
  us" shows ages), the bank that asks for the person register, vendors turned down.
* ``_generated()``: the rest, drawn with a fixed-seed generator. Active and ended requests
  are the paper trail of reuse edges that ``reuse.py`` already holds (access to a block
  that is not open); the others ask for blocks the requester does not reuse yet.

``exchange_requests()`` returns plain dicts; ``anker.reuse.demo`` writes them (with the
reuse edges that approvals create) and gives the demo accounts their notifications.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .blocks import BLOCKS
from .organisations import ORGANISATIONS
from .reuse import reuses

SEED = 20261201
PER_STATUS = 22
STATUSES = ("requested", "approved", "rejected", "withdrawn", "active", "ended")
# The demo's "today" (reuse.py ends on 2026-10-31).
TODAY = dt.date(2026, 11, 1)
# The demo accounts belong to Waterveen (load.py); "regisseur" is the coordinator.
WATERVEEN = "gemeente-waterveen"
# A duplicate record of one body (see organisations.py): it asks for nothing.
NOT_A_REQUESTER = {"heemsloot-ict"}

_BLOCKS = {block["slug"]: block for block in BLOCKS}
_KINDS = {org["slug"]: org["kind"] for org in ORGANISATIONS}
PUBLIC_SECTOR = {
    "central",
    "regional",
    "local",
    "agency",
    "public-enterprise",
    "healthcare",
    "education",
}


def _request(
    block: str,
    requester: str,
    status: str,
    requested: str,
    *,
    purpose: str,
    terms: str = "",
    mode: str = "as-is",
    decided: str | None = None,
    note: str = "",
    activated: str | None = None,
    ended: str | None = None,
    end_reason: str = "",
    withdrawn: str | None = None,
    requested_by: str | None = None,
    decided_by: str | None = None,
) -> dict[str, Any]:
    return {
        "block": block,
        "requester": requester,
        "status": status,
        "requested": requested,
        "purpose": purpose,
        "terms": terms,
        "mode": mode,
        "decided": decided,
        "decision_note": note,
        "activated": activated,
        "ended": ended,
        "end_reason": end_reason,
        "withdrawn": withdrawn,
        "requested_by": requested_by,
        "decided_by": decided_by,
    }


def _stories() -> list[dict[str, Any]]:
    r = _request
    return [
        # --- Waterveen's blocks, asked for by others: what the demo's org-admin decides on.
        r(
            "parkeerrechten-api",
            "gemeente-dijkhoven",
            "requested",
            "2026-03-16",
            purpose="Dijkhoven's enforcement officers want to check parking permits in the "
            "shared border zone from their own app, instead of phoning Waterveen's permit "
            "desk for every licence plate.",
            terms="Read-only access for the enforcement team; Dijkhoven pays a share of the "
            "hosting costs in proportion to its calls; one year, then an evaluation.",
        ),
        r(
            "mijn-omgeving",
            "stad-leiemonde",
            "requested",
            "2026-05-04",
            purpose="Leiemonde wants to give its residents one personal page for their "
            "requests and appointments, adapted to the Flemish login (itsme and CSAM).",
            terms="The Flemish login adapter goes back to the shared code under the EUPL; a "
            "joint support arrangement for the common code base.",
            mode="adapted",
        ),
        r(
            "wijkcijfers-waterveen",
            "universiteit-deltastad",
            "requested",
            "2026-09-22",
            purpose="Research into neighbourhood income and the use of digital services; "
            "the project needs the unpublished years 2019 and 2020 as well.",
            terms="For research only, results published openly, no attempt to identify "
            "anyone; the data are deleted when the project ends in 2028.",
        ),
        r(
            "dpia-sjabloon",
            "waterschap-lage-landen",
            "requested",
            "2026-10-12",
            purpose="Use the template for the data protection impact assessment of our new "
            "water-tax system, adapted to the tasks of a water authority.",
            terms="Our adapted version is shared back with the other users of the template.",
            mode="adapted",
        ),
        r(
            "parkeerrechten-api",
            "dataweg",
            "rejected",
            "2025-10-06",
            purpose="Offer the permit check as a module of our enforcement software to other "
            "municipalities.",
            terms="A commercial licence fee per municipality, shared with Waterveen.",
            decided="2025-11-03",
            note="The permit register holds personal data of Waterveen's residents; it is "
            "shared with public bodies that enforce in Waterveen, not resold.",
            decided_by="orgadmin",
        ),
        r(
            "mijn-omgeving",
            "gemeente-lindenwaard",
            "withdrawn",
            "2025-02-10",
            purpose="Replace our own 'My Lindenwaard' portal with Mijn Omgeving.",
            withdrawn="2025-06-30",
        ),
        r(
            "wijkcijfers-waterveen",
            "provincie-noordmarken",
            "approved",
            "2026-09-01",
            purpose="Add Waterveen's neighbourhood figures to the provincial liveability monitor.",
            terms="Aggregated figures only; the source is named in every publication.",
            decided="2026-09-15",
            note="Approved. The quarterly file is on the usual exchange folder.",
            decided_by="orgadmin",
        ),
        # --- Waterveen asks others: what waits for it to start using.
        r(
            "datawerkplaats",
            WATERVEEN,
            "approved",
            "2026-08-03",
            purpose="Analyse the social-domain data of Waterveen together with the "
            "province's analysts, instead of building our own data environment.",
            terms="Pseudonymised data only; a data agreement per analysis; costs shared "
            "according to the workshop's covenant.",
            mode="shared-service",
            decided="2026-10-06",
            note="Welcome. Onboarding sessions start in January; the data agreement template "
            "comes with the invitation.",
            requested_by="editor",
        ),
        r(
            "pseudonimiseringsdienst",
            WATERVEEN,
            "requested",
            "2026-06-18",
            purpose="Pseudonymise the social-domain data before they go to the regional data "
            "workshop.",
            terms="We take part in the pilot and report findings to the service.",
            mode="shared-service",
            requested_by="editor",
        ),
        r(
            "walletbrug",
            WATERVEEN,
            "rejected",
            "2026-04-07",
            purpose="Let residents show proof of residence from their wallet at our counter.",
            decided="2026-05-12",
            note="The wallet bridge is still an idea; pilot partners are chosen once the "
            "European wallet rules are final. Please ask again in 2027.",
            requested_by="editor",
        ),
        # --- Restricted blocks: the regisseur brokers access the requester cannot see.
        r(
            "brp-api",
            "kustbank",
            "requested",
            "2026-02-09",
            purpose="Verify the address of customers whom municipalities refer for debt "
            "counselling, instead of asking them for a paper extract.",
            terms="Only with the customer's consent and for the referral only; the legal "
            "basis is to be confirmed by the ministry.",
            requested_by="regisseur",
        ),
        r(
            "inkomens-api",
            "dataweg",
            "rejected",
            "2025-03-03",
            purpose="Test the income check of our case system against real data.",
            decided="2025-03-20",
            note="Income data are shared only with public bodies for a legal task. Use the "
            "public test environment with synthetic data instead.",
            requested_by="regisseur",
        ),
        r(
            "zorggebruik-postcode",
            "raakvlak",
            "rejected",
            "2024-09-16",
            purpose="Show health-care use per postcode area in our council information "
            "system's dashboards.",
            decided="2024-10-21",
            note="The dataset is shared for public-health policy and research only.",
            requested_by="regisseur",
        ),
        r(
            "patientportaal",
            "samen-gezond",
            "approved",
            "2026-07-07",
            purpose="Let our members see their hospital appointments in the insurer's app "
            "through the patient portal.",
            terms="Only with the patient's explicit consent; a processing agreement and a "
            "penetration test before go-live.",
            decided="2026-08-25",
            note="Approved subject to the penetration test; the hospital's security officer "
            "will contact you.",
            requested_by="regisseur",
        ),
        r(
            "panel-digitale-inclusie",
            "min-bdz",
            "withdrawn",
            "2025-11-17",
            purpose="Use the panel's answers for the national digital inclusion monitor.",
            withdrawn="2026-01-12",
            requested_by="regisseur",
        ),
        r(
            "belastingen-soap",
            "gemeente-grevenmaar",
            "rejected",
            "2025-05-12",
            purpose="Connect our debt-relief team to Kraaiendal's tax web service.",
            decided="2025-05-26",
            note="The web service is switched off in 2027; connect to the tax portal of the "
            "Rivierland service centre instead.",
        ),
        r(
            "kustbank-betaalverzoek-api",
            "gemeente-waterveen",
            "ended",
            "2024-04-02",
            purpose="Send payment requests for overdue municipal taxes that residents can pay "
            "in their banking app.",
            terms="A fee per paid request; a one-year pilot.",
            decided="2024-05-06",
            activated="2024-06-01",
            ended="2025-05-31",
            end_reason="The pilot ended; the national payment facility now offers payment "
            "requests to every government body.",
            requested_by="editor",
        ),
    ]


# --- the generated rest ---------------------------------------------------------------------

PURPOSES = {
    "software": (
        "Run {name} for our own departments instead of renewing a commercial licence that "
        "ends next year.",
        "Start a pilot with {name} in one department before deciding on a wider roll-out.",
        "Take over {name} in our regional cooperation, so that its members work with one system.",
    ),
    "api": (
        "Connect our case system to {name} so that caseworkers stop retyping data that "
        "citizens already gave to government.",
        "Fill in our online forms from {name}, so that citizens check their data instead of "
        "typing them again.",
        "Replace a monthly file exchange with a call to {name} at the moment the data are needed.",
    ),
    "dataset": (
        "Combine {name} with our own figures in the policy monitor of our council.",
        "Use {name} for the yearly report on digital inclusion; aggregated figures only.",
    ),
    "platform": (
        "Join {name} as a shared service instead of procuring and running our own solution.",
        "Move our citizen-facing services onto {name} when our current contract ends.",
        "Connect our new services to {name} so that citizens meet the same facility everywhere.",
    ),
    "standard": (
        "Adopt {name} in our tenders and our own development, and join its working group.",
        "Use {name} for the data exchange in our new chain with the regional partners.",
    ),
    "organisational": (
        "Use {name} in our own organisation, adapted to our size.",
        "Take part in {name} with a team of our own next year.",
    ),
}
TERMS = (
    "As-is under the published licence; we report problems and share improvements.",
    "We pay our share of the running costs, as the other participants do.",
    "Support by the owner's team during office hours; one year, renewed unless either side "
    "ends it.",
    "Access for named staff only; a processing agreement before go-live.",
    "Free of charge during a six-month pilot, then the standard connection fee.",
    "Access through the federated API gateway with our PKIoverheid certificate.",
    "",
)
APPROVAL_NOTES = (
    "Welcome. The connection instructions and the processing agreement follow by e-mail.",
    "Approved for the purpose described; please report the number of users once a year.",
    "",
)
REJECTIONS = (
    "The legal basis for sharing these data does not cover this purpose.",
    "We take on no new participants before the move to the new platform is finished; "
    "please ask again next year.",
    "This block is being phased out; its successor serves the same purpose.",
    "Our support team is too small to take on another organisation; the code is available "
    "under its licence without a request.",
    "A national service already does this; connect to that instead.",
)
NEVER_USED = (
    "Never put to use: the project it was meant for was cancelled.",
    "The budget for the connection was not granted.",
    "The organisation chose another solution after the tender.",
)


def _date(value: dt.date) -> str:
    return value.isoformat()


def _between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, max((end - start).days, 0)))


def _texts(rng: random.Random, block: str) -> dict[str, str]:
    kind = _BLOCKS[block]["kind"]
    purpose = rng.choice(PURPOSES[kind]).format(name=_BLOCKS[block]["name"])
    return {"purpose": purpose, "terms": rng.choice(TERMS)}


def _may_ask(block: str, requester: str) -> bool:
    """Public-sector blocks are asked for by public-sector bodies; anyone asks for the
    others (a restricted block through the regisseur)."""
    if requester in NOT_A_REQUESTER or _BLOCKS[block]["owner"] == requester:
        return False
    if _BLOCKS[block]["openness"] == "public-sector":
        return _KINDS[requester] in PUBLIC_SECTOR
    return True


def _broker(block: str) -> str | None:
    return "regisseur" if _BLOCKS[block]["openness"] == "restricted" else None


def _from_edges(rng: random.Random, edges: list[dict], status: str, count: int) -> list[dict]:
    """Active and ended requests behind existing reuse of blocks that are not open."""
    chosen = rng.sample(edges, min(count, len(edges)))
    requests = []
    for edge in sorted(chosen, key=lambda e: (e["block"], e["organisation"])):
        since = dt.date.fromisoformat(edge["since"])
        decided = since - dt.timedelta(days=rng.randint(3, 30))
        requested = decided - dt.timedelta(days=rng.randint(7, 60))
        requests.append(
            _request(
                edge["block"],
                edge["organisation"],
                status,
                _date(requested),
                mode=edge["mode"],
                decided=_date(decided),
                note=rng.choice(APPROVAL_NOTES),
                activated=edge["since"],
                ended=edge["until"] if status == "ended" else None,
                end_reason=edge["stop_reason"] if status == "ended" else "",
                requested_by=_broker(edge["block"]),
                **_texts(rng, edge["block"]),
            )
        )
    return requests


def _new_request(rng: random.Random, block: str, requester: str, status: str) -> dict:
    """A request for a block the requester does not reuse (yet), dated by its status."""
    if status in ("requested", "approved"):
        requested = _between(rng, dt.date(2026, 1, 5), dt.date(2026, 10, 20))
    else:
        requested = _between(rng, dt.date(2023, 3, 1), dt.date(2026, 6, 30))
    step = _between(
        rng, requested + dt.timedelta(days=5), min(requested + dt.timedelta(days=90), TODAY)
    )
    fields: dict[str, Any] = {"requested_by": _broker(block), **_texts(rng, block)}
    if status in ("approved", "rejected", "ended"):
        fields["decided"] = _date(step)
        fields["note"] = rng.choice(REJECTIONS if status == "rejected" else APPROVAL_NOTES)
    if status == "ended":
        end = min(step + dt.timedelta(days=rng.randint(40, 200)), TODAY)
        fields.update(ended=_date(end), end_reason=rng.choice(NEVER_USED))
    if status == "withdrawn":
        fields["withdrawn"] = _date(step)
    return _request(block, requester, status, _date(requested), **fields)


def _generated(stories: list[dict]) -> list[dict]:
    rng = random.Random(SEED)
    edges = reuses()
    taken = {(e["block"], e["organisation"]) for e in edges} | {
        (s["block"], s["requester"]) for s in stories
    }
    counts = {status: sum(1 for s in stories if s["status"] == status) for status in STATUSES}
    story_pairs = {(s["block"], s["requester"]) for s in stories}
    not_open = [
        e
        for e in edges
        if _BLOCKS[e["block"]]["openness"] != "open"
        and e["since"] >= "2019-06-01"
        and (e["block"], e["organisation"]) not in story_pairs
        and e["organisation"] not in NOT_A_REQUESTER
    ]
    active = [e for e in not_open if e["status"] in ("in-use", "piloting") and e["confirmed"]]
    stopped = [e for e in not_open if e["status"] == "stopped"]
    generated = _from_edges(rng, active, "active", PER_STATUS - counts["active"])
    ended_from_edges = _from_edges(rng, stopped, "ended", PER_STATUS - counts["ended"] - 4)
    generated += ended_from_edges
    counts["ended"] += len(ended_from_edges)

    wanted = [b["slug"] for b in BLOCKS if b["openness"] != "open" or b["kind"] == "platform"]
    requesters = sorted(org["slug"] for org in ORGANISATIONS)
    for status in ("requested", "approved", "rejected", "withdrawn", "ended"):
        while counts[status] < PER_STATUS:
            block, requester = rng.choice(wanted), rng.choice(requesters)
            if (block, requester) in taken or not _may_ask(block, requester):
                continue
            taken.add((block, requester))
            generated.append(_new_request(rng, block, requester, status))
            counts[status] += 1
    return generated


def exchange_requests() -> list[dict[str, Any]]:
    """Every demo request, oldest first."""
    stories = _stories()
    return sorted(stories + _generated(stories), key=lambda r: (r["requested"], r["block"]))
