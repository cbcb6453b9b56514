"""Every write of the reuse app: the reuse edge (``edge``) and the exchange requests whose
steps create, confirm and stop it (``exchange``). Callers import from here."""

from anker.reuse.services.edge import (
    EDITABLE_FIELDS,
    reuse_confirm,
    reuse_counts_refresh,
    reuse_declare,
    reuse_delete,
    reuse_update,
)
from anker.reuse.services.exchange import (
    EXCHANGE_FIELDS,
    EXCHANGE_STEPS,
    exchange_request_activate,
    exchange_request_approve,
    exchange_request_create,
    exchange_request_end,
    exchange_request_reject,
    exchange_request_update,
    exchange_request_withdraw,
)

__all__ = [
    "EDITABLE_FIELDS",
    "EXCHANGE_FIELDS",
    "EXCHANGE_STEPS",
    "exchange_request_activate",
    "exchange_request_approve",
    "exchange_request_create",
    "exchange_request_end",
    "exchange_request_reject",
    "exchange_request_update",
    "exchange_request_withdraw",
    "reuse_confirm",
    "reuse_counts_refresh",
    "reuse_declare",
    "reuse_delete",
    "reuse_update",
]
