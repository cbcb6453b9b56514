"""In-app notifications: the service API other apps call, the page, the header count and
the API; and e-mail for people without an account."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext_lazy, gettext_noop

from anker.accounts.models import MemberRole
from anker.accounts.services import token_create
from anker.notifications import services
from anker.notifications.models import Notification
from tests.api.conftest import ApiClient
from tests.factories import NotificationFactory, UserFactory

pytestmark = pytest.mark.django_db


# --- the service API ------------------------------------------------------------------------


def test_notify_users_once_each_active_user_except_the_excluded(actors):
    inactive = UserFactory(is_active=False)
    sent = services.notify_users(
        users=[actors.editor, actors.editor, actors.viewer, inactive, actors.org_admin, None],
        text=gettext_noop("%(block)s changed."),
        params={"block": "Zaaksysteem"},
        url="/blocks/zaaksysteem/",
        kind="block-changed",
        organisation=actors.owner,
        exclude=[actors.org_admin],
    )
    assert sorted(n.recipient.username for n in sent) == ["editor", "viewer"]
    stored = Notification.objects.get(recipient=actors.editor)
    assert stored.text == "%(block)s changed." and stored.params == {"block": "Zaaksysteem"}
    assert stored.message == "Zaaksysteem changed."
    assert stored.organisation == actors.owner and stored.read_at is None


def test_notify_organisation_reaches_the_roles_asked_for_and_the_extra_users(actors):
    outsider = UserFactory(username="outsider")
    sent = services.notify_organisation(
        organisation=actors.owner,
        roles=[MemberRole.ORG_ADMIN],
        text=gettext_noop("Your organisation has news."),
        also=[outsider],
    )
    assert sorted(n.recipient.username for n in sent) == ["org_admin", "outsider"]
    everyone = services.notify_organisation(
        organisation=actors.owner, roles=services.ALL_MEMBER_ROLES, text="x"
    )
    assert sorted(n.recipient.username for n in everyone) == ["editor", "org_admin", "viewer"]
    default = services.notify_organisation(organisation=actors.owner, text="x")
    assert sorted(n.recipient.username for n in default) == ["editor", "org_admin"]


def test_each_reader_gets_the_message_in_their_own_language(actors):
    """The msgid is stored, not a translation; Django's own catalogue proves the point."""
    with translation.override("nl"):
        services.notify_users(users=[actors.editor], text=gettext_lazy("This field is required."))
    notification = Notification.objects.get()
    assert notification.text == "This field is required."
    with translation.override("nl"):
        assert notification.message == "Dit veld is verplicht."
    with translation.override("en"):
        assert notification.message == "This field is required."


def test_free_text_and_broken_placeholders(actors):
    free = services.notify_users(users=[actors.editor], text="100% done, no placeholders")[0]
    assert free.message == "100% done, no placeholders"
    with pytest.raises(KeyError):
        services.notify_users(users=[actors.editor], text="%(missing)s", params={"other": 1})


def test_links_stay_inside_anker_or_use_https(actors):
    for url in ("javascript:alert(1)", "//evil.example/", "http://plain.example/"):
        with pytest.raises(ValidationError):
            services.notify_users(users=[actors.editor], text="x", url=url)
    services.notify_users(users=[actors.editor], text="x", url="https://docs.example/")


def test_coordinators_are_every_platform_coordinator_and_superuser(actors):
    superuser = UserFactory(is_superuser=True)
    UserFactory(platform_role="coordinator", is_active=False)
    assert set(services.coordinators()) == {actors.coordinator, superuser}


def test_email_goes_out_once_the_change_is_committed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        count = services.notify_email(
            addresses=["burger@example.org", "burger@example.org ", ""],
            subject=gettext_noop("News about your idea"),
            text=gettext_noop("Your idea %(title)s was accepted."),
            params={"title": "Bankjes in het park"},
            url="https://anker.example/ideas/1/",
            language="en",
        )
        assert mail.outbox == []  # not before the commit
    assert count == 1 and len(callbacks) == 1
    (message,) = mail.outbox
    assert message.to == ["burger@example.org"]
    assert message.subject == "News about your idea"
    assert (
        "Bankjes in het park" in message.body and "https://anker.example/ideas/1/" in message.body
    )


def test_only_the_recipient_marks_a_notification_read(actors):
    notification = NotificationFactory(recipient=actors.editor)
    with pytest.raises(PermissionDenied):
        services.notification_mark_read(actor=actors.coordinator, notification=notification)
    services.notification_mark_read(actor=actors.editor, notification=notification)
    first = Notification.objects.get(pk=notification.pk).read_at
    assert first is not None
    services.notification_mark_read(actor=actors.editor, notification=notification)
    assert Notification.objects.get(pk=notification.pk).read_at == first


def test_mark_all_read_touches_only_ones_own(actors):
    NotificationFactory.create_batch(3, recipient=actors.editor)
    theirs = NotificationFactory(recipient=actors.viewer)
    assert services.notifications_mark_all_read(actor=actors.editor) == 3
    assert services.notifications_mark_all_read(actor=actors.editor) == 0
    assert Notification.objects.get(pk=theirs.pk).read_at is None
    with pytest.raises(PermissionDenied):
        services.notifications_mark_all_read(actor=None)


# --- the page and the header ------------------------------------------------------------------


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_page_lists_ones_own_notifications_newest_first(actors):
    NotificationFactory(recipient=actors.editor, params={"thing": "the first"})
    NotificationFactory(recipient=actors.editor, params={"thing": "the second"})
    NotificationFactory(recipient=actors.viewer, params={"thing": "someone else's"})
    html = signed_in(actors.editor).get("/notifications/").content.decode()
    assert html.index("the second") < html.index("the first")
    assert "someone else" not in html


def test_the_header_shows_the_unread_count_with_one_query(actors):
    NotificationFactory.create_batch(2, recipient=actors.editor)
    NotificationFactory(recipient=actors.editor, read_at="2026-01-01T00:00:00Z")
    client = signed_in(actors.editor)
    html = client.get("/blocks/").content.decode()
    assert '<span class="badge">2<span class="visually-hidden"> unread</span></span>' in html
    with CaptureQueriesContext(connection) as captured:
        client.get("/blocks/")
    counts = [q["sql"] for q in captured if '"notifications_notification"' in q["sql"]]
    assert len(counts) == 1 and "COUNT" in counts[0].upper()
    anonymous = Client()
    with CaptureQueriesContext(connection) as captured:
        anonymous.get("/blocks/")
    assert not any('"notifications_notification"' in q["sql"] for q in captured)


def test_mark_one_read_and_open_it(actors):
    notification = NotificationFactory(recipient=actors.editor, url="/organisations/")
    client = signed_in(actors.editor)
    response = client.post(f"/notifications/{notification.uuid}/read/", {"open": "1"})
    assert response.status_code == 302 and response["Location"] == "/organisations/"
    assert Notification.objects.get(pk=notification.pk).is_read
    html = client.get("/blocks/").content.decode()
    assert "unread" not in html


def test_mark_all_read_on_the_page(actors):
    NotificationFactory.create_batch(2, recipient=actors.editor)
    response = signed_in(actors.editor).post("/notifications/read/")
    assert response.status_code == 302
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_someone_elses_notification_is_not_found(actors):
    notification = NotificationFactory(recipient=actors.viewer)
    response = signed_in(actors.editor).post(f"/notifications/{notification.uuid}/read/")
    assert response.status_code == 404
    assert not Notification.objects.get(pk=notification.pk).is_read


def test_the_page_needs_signing_in():
    response = Client().get("/notifications/")
    assert response.status_code == 302 and "/account/login/" in response["Location"]


# --- the API ----------------------------------------------------------------------------------


def api(user) -> ApiClient:
    return ApiClient(token_create(user=user, name="test")[1])


def test_api_lists_ones_own_notifications_with_the_unread_count(actors):
    NotificationFactory.create_batch(3, recipient=actors.editor)
    NotificationFactory(recipient=actors.editor, read_at="2026-01-01T00:00:00Z")
    NotificationFactory(recipient=actors.viewer)
    body = api(actors.editor).get("/notifications").json()
    assert body["count"] == 4 and body["unread"] == 3
    assert body["results"][0]["text"] == "Something happened to a block."
    assert api(actors.editor).get("/notifications", {"unread": "true"}).json()["count"] == 3


def test_api_marks_read(actors):
    mine = NotificationFactory(recipient=actors.editor)
    theirs = NotificationFactory(recipient=actors.viewer)
    client = api(actors.editor)
    response = client.post(f"/notifications/{mine.uuid}/read")
    assert response.status_code == 200 and response.json()["read_at"]
    assert client.post(f"/notifications/{theirs.uuid}/read").status_code == 404
    NotificationFactory.create_batch(2, recipient=actors.editor)
    assert client.post("/notifications/read-all").json() == {"marked": 2}


def test_api_needs_credentials():
    client = ApiClient()
    assert client.get("/notifications").status_code == 401
    assert client.post("/notifications/read-all").status_code == 401
