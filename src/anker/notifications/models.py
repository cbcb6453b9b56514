"""In-app notifications: a short message to one person, with a link to what it is about."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from anker.core.models import BaseModel


def _safe_link(value: str) -> None:
    """A link inside anker (a path) or to an https address: never ``javascript:`` and co."""
    if value and not (value.startswith("/") and not value.startswith("//")):
        if not value.startswith("https://"):
            raise ValidationError(_("Give a path inside anker or an https address."))


class Notification(BaseModel):
    """Something happened that ``recipient`` should know about.

    ``text`` is the message in the source language (a gettext msgid) with ``%(name)s``
    placeholders filled from ``params`` when it is shown, so that every reader gets it in
    their own language; free text without a translation is shown as it is."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notifications",
        help_text=_("The organisation on whose behalf the recipient is told."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=50,
        blank=True,
        help_text=_("What happened, as a short code such as exchange-requested."),
    )
    text = models.CharField(_("text"), max_length=500)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True, validators=[_safe_link])
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created", "-id"]
        indexes = [
            # The unread count in every page header is an index-only count.
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["recipient", "created"]),
        ]

    def __str__(self) -> str:
        return f"{self.kind or 'notification'} for {self.recipient_id}"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None

    @property
    def message(self) -> str:
        """The text in the active language, with its parameters filled in."""
        translated = gettext(self.text)
        if not self.params:
            return translated
        for template in (translated, self.text):
            try:
                return template % self.params
            except (KeyError, TypeError, ValueError):
                continue  # a broken translation falls back to the source text
        return self.text
