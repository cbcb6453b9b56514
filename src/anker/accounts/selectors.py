"""Reads about accounts."""

from __future__ import annotations

from anker.accounts.models import User


def demo_accounts() -> list[str]:
    """The demo's user names, when the demo ecosystem is loaded (shown on the sign-in page
    so that a newcomer can try every role)."""
    from anker.demo.load import DEMO_USERNAMES
    from anker.organisations.models import Organisation

    if not Organisation.objects.filter(source_format="demo").exists():
        return []
    existing = set(
        User.objects.filter(username__in=DEMO_USERNAMES).values_list("username", flat=True)
    )
    return [name for name in DEMO_USERNAMES if name in existing]
