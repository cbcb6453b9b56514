"""Loading the demo's exchange requests (``anker.demo.data.exchange``): the requests, the
reuse edges their approvals created where ``reuse.py`` holds none, and the notifications
the demo accounts find. Bulk inserts, called by ``anker.demo.load`` after the accounts
exist; like the rest of the demo it bypasses the services (and their audit events)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from anker.accounts.models import User
from anker.catalogue.models import BuildingBlock
from anker.core.models import SourceFormat
from anker.notifications.models import Notification
from anker.organisations.models import Organisation
from anker.reuse.models import DeclaredBy, ExchangeRequest, ExchangeStatus, Reuse, ReuseStatus
from anker.reuse.services import reuse_counts_refresh
from anker.reuse.services.exchange import EXCHANGE_MESSAGES

DEMO_USERNAMES = ("regisseur", "orgadmin", "editor", "viewer")
# The demo accounts' organisation (anker.demo.load gives them the first municipality).
HOME = "gemeente-waterveen"
# Notifications for the steps of the demo's last weeks; the older ones are read.
NOTIFY_SINCE = dt.date(2026, 9, 1)
READ_BEFORE = dt.date(2026, 10, 1)


def _moment(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    return timezone.make_aware(dt.datetime.fromisoformat(value).replace(hour=10))


def load_exchange_requests(
    organisations: dict[str, Organisation], blocks: dict[str, BuildingBlock]
) -> int:
    """Write the demo requests; returns how many."""
    from anker.demo.data.exchange import exchange_requests

    users = {user.username: user for user in User.objects.filter(username__in=DEMO_USERNAMES)}
    edges = {(r.block_id, r.organisation_id): r for r in Reuse.objects.all()}
    requests = []
    for item in exchange_requests():
        block, requester = blocks[item["block"]], organisations[item["requester"]]
        request = ExchangeRequest(
            block=block,
            requester=requester,
            purpose=item["purpose"],
            terms=item["terms"],
            mode=item["mode"],
            status=item["status"],
            requested_at=_moment(item["requested"]),
            requested_by=users.get(item["requested_by"] or ""),
            decided_at=_moment(item["decided"]),
            decided_by=users.get(item["decided_by"] or ""),
            decision_note=item["decision_note"],
            activated_at=_moment(item["activated"]),
            ended_at=_moment(item["ended"]),
            end_reason=item["end_reason"],
            withdrawn_at=_moment(item["withdrawn"]),
            source_format=SourceFormat.DEMO,
        )
        if item["decided"] and item["status"] != ExchangeStatus.REJECTED:
            edge = edges.get((block.id, requester.id)) or _agreed_edge(item, block, requester)
            request.reuse = edge
        requests.append(request)
    ExchangeRequest.objects.bulk_create(requests, batch_size=500)
    reuse_counts_refresh(block_ids={r.block_id for r in requests if r.reuse_id})
    _notify_demo_accounts(requests, users)
    return len(requests)


def _agreed_edge(item: dict[str, Any], block: BuildingBlock, requester: Organisation) -> Reuse:
    """The edge an approval created: evaluating while approved; stopped once ended (in
    use in between if it was put to use)."""
    ended = item["status"] == ExchangeStatus.ENDED
    used = item["activated"]
    return Reuse.objects.create(
        block=block,
        organisation=requester,
        mode=item["mode"],
        status=ReuseStatus.STOPPED if ended else ReuseStatus.EVALUATING,
        since=dt.date.fromisoformat(used) if used else None,
        until=dt.date.fromisoformat(item["ended"]) if ended else None,
        stop_reason=item["end_reason"] if ended else "",
        declared_by=DeclaredBy.PROVIDER,
        confirmed_at=_moment(used),
        source_format=SourceFormat.DEMO,
    )


def _steps(request: ExchangeRequest) -> list[tuple[str, dt.datetime | None]]:
    decision = ExchangeStatus.REJECTED if request.status == "rejected" else "approved"
    return [
        (ExchangeStatus.REQUESTED, request.requested_at),
        (decision, request.decided_at),
        (ExchangeStatus.ACTIVE, request.activated_at),
        (ExchangeStatus.ENDED, request.ended_at),
        (ExchangeStatus.WITHDRAWN, request.withdrawn_at),
    ]


def _recipients(request: ExchangeRequest) -> list[tuple[str, Organisation]]:
    """Who among the demo accounts the services would have told, and on whose behalf:
    the home municipality's org-admin for its blocks, its editor and org-admin for its
    own requests, the regisseur for owners without an org-admin (all the others)."""
    owner = request.block.owner
    recipients = [("orgadmin" if owner.slug == HOME else "regisseur", owner)]
    if request.requester.slug == HOME:
        recipients += [("editor", request.requester), ("orgadmin", request.requester)]
    return recipients


def _notify_demo_accounts(requests: list[ExchangeRequest], users: dict[str, User]) -> None:
    notifications, moments = [], []
    for request in requests:
        for status, moment in _steps(request):
            if moment is None or moment.date() < NOTIFY_SINCE:
                continue
            for username, organisation in _recipients(request):
                if username not in users:
                    continue
                notifications.append(
                    Notification(
                        recipient=users[username],
                        organisation=organisation,
                        kind=f"exchange-{status}",
                        text=EXCHANGE_MESSAGES[status],
                        params={
                            "requester": request.requester.name,
                            "owner": request.block.owner.name,
                            "block": request.block.name,
                        },
                        url=request.get_absolute_url(),
                        read_at=moment if moment.date() < READ_BEFORE else None,
                    )
                )
                moments.append(moment)
    created = Notification.objects.bulk_create(notifications, batch_size=500)
    # ``created`` is set to now on insert (auto_now_add): the steps' dates follow.
    for notification, moment in zip(created, moments, strict=True):
        notification.created = moment
    Notification.objects.bulk_update(created, ["created"], batch_size=500)


def exchange_counts() -> dict[str, int]:
    return {
        "exchange requests": ExchangeRequest.objects.count(),
        "notifications": Notification.objects.count(),
    }
