"""Co-creation: ideas that citizens and partners submit about a citizen service, a
building block, an initiative or an organisation; their votes, comments and followers;
the status workflow that ends in an initiative or a public reason; and moderation.

The status workflow is one table (``TRANSITIONS``); tests/cocreation walks every pair of
statuses against it, and docs/cocreation.md shows the same table."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from anker.core.models import BaseModel, ProvenancedModel

TITLE_MAX = 150
BODY_MAX = 4000
COMMENT_MAX = 2000
REASON_MAX = 2000
NAME_MAX = 80


class IdeaStatus(models.TextChoices):
    NEW = "new", _("New")
    UNDER_REVIEW = "under-review", _("Under review")
    ACCEPTED = "accepted", pgettext_lazy("idea status", "Accepted")
    DECLINED = "declined", _("Declined")
    IMPLEMENTED = "implemented", _("Implemented")


class IdeaAction(models.TextChoices):
    REVIEW = "review", _("Start the review")
    ACCEPT = "accept", _("Accept")
    DECLINE = "decline", _("Decline")
    IMPLEMENT = "implement", _("Mark as implemented")
    REOPEN = "reopen", _("Review again")


@dataclass(frozen=True)
class Transition:
    """One step of the workflow: from any of ``sources`` to ``target``; some steps need
    an initiative (accepting) or a public reason (declining)."""

    action: str
    sources: frozenset[str]
    target: str
    needs_initiative: bool = False
    needs_reason: bool = False


# The whole state machine. Every other status change is refused. Who may take a step is
# in accounts/permissions.py (the idea's moderators).
TRANSITIONS: dict[str, Transition] = {
    t.action: t
    for t in (
        Transition(IdeaAction.REVIEW, frozenset({IdeaStatus.NEW}), IdeaStatus.UNDER_REVIEW),
        Transition(
            IdeaAction.ACCEPT,
            frozenset({IdeaStatus.UNDER_REVIEW}),
            IdeaStatus.ACCEPTED,
            needs_initiative=True,
        ),
        Transition(
            IdeaAction.DECLINE,
            frozenset({IdeaStatus.NEW, IdeaStatus.UNDER_REVIEW}),
            IdeaStatus.DECLINED,
            needs_reason=True,
        ),
        Transition(IdeaAction.IMPLEMENT, frozenset({IdeaStatus.ACCEPTED}), IdeaStatus.IMPLEMENTED),
        Transition(IdeaAction.REOPEN, frozenset({IdeaStatus.DECLINED}), IdeaStatus.UNDER_REVIEW),
    )
}
ALLOWED_STATUS_CHANGES = frozenset(
    (source, t.target) for t in TRANSITIONS.values() for source in t.sources
)


class Moderation(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden")
    MERGED = "merged", _("Merged into another idea")


class TargetKind(models.TextChoices):
    SERVICE = "service", _("Citizen service")
    BLOCK = "block", _("Building block")
    INITIATIVE = "initiative", _("Initiative")
    ORGANISATION = "organisation", _("Organisation")


# TargetKind → the Idea field that holds it.
TARGET_FIELDS = {
    TargetKind.SERVICE: "about_service",
    TargetKind.BLOCK: "about_block",
    TargetKind.INITIATIVE: "about_initiative",
    TargetKind.ORGANISATION: "about_organisation",
}


def _exactly_one_target() -> models.Q:
    """Exactly one of the four target columns is filled."""
    names = list(TARGET_FIELDS.values())
    options = [
        models.Q(**{f"{name}__isnull": name != chosen for name in names}) for chosen in names
    ]
    condition = options[0]
    for option in options[1:]:
        condition |= option
    return condition


def _user(verbose_name: str, related_name: str = "+") -> models.ForeignKey:
    # Who did something stays readable on the timeline if the account is removed.
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
    )


class Idea(ProvenancedModel):
    """An idea about exactly one target: a citizen service, a building block, an
    initiative or an organisation (explicit columns and a check constraint rather than a
    generic relation, so that visibility and moderation are plain joins).

    Anyone may submit one: signed-in users follow it automatically; anonymous submitters
    leave an e-mail address, which is never shown. ``status`` changes only through
    ``TRANSITIONS`` (services), each change recorded as an ``IdeaStatusChange``.
    ``vote_count`` is kept by the services so that the board sorts without a join."""

    title = models.CharField(_("title"), max_length=TITLE_MAX)
    body = models.TextField(
        _("description"), max_length=BODY_MAX, help_text=_("Plain text; markup is removed.")
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        default="nl",
        help_text=_("The language of the submission: e-mails to its followers use it."),
    )
    about_service = models.ForeignKey(
        "citizenservices.CitizenService",
        verbose_name=_("about the citizen service"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="ideas",
    )
    about_block = models.ForeignKey(
        "catalogue.BuildingBlock",
        verbose_name=_("about the building block"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="ideas",
    )
    about_initiative = models.ForeignKey(
        "portfolio.Initiative",
        verbose_name=_("about the initiative"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="ideas",
    )
    about_organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("about the organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="ideas",
    )
    submitter = _user(_("submitted by"), "ideas")
    submitter_name = models.CharField(
        _("name shown"),
        max_length=NAME_MAX,
        blank=True,
        help_text=_("How an anonymous submitter wants to be named; may stay empty."),
    )
    submitter_email = models.EmailField(
        _("submitter's e-mail address"),
        blank=True,
        help_text=_("Only for anonymous submitters, to tell them what became of it. Never shown."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=IdeaStatus.choices, default=IdeaStatus.NEW
    )
    status_changed_at = models.DateTimeField(_("status changed at"), default=timezone.now)
    decline_reason = models.TextField(
        _("reason for declining"),
        max_length=REASON_MAX,
        blank=True,
        help_text=_("Public: everyone reads why the idea was declined."),
    )
    initiative = models.ForeignKey(
        "portfolio.Initiative",
        verbose_name=_("became the initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_ideas",
    )
    moderation = models.CharField(
        _("moderation"), max_length=20, choices=Moderation.choices, default=Moderation.PUBLISHED
    )
    moderation_note = models.CharField(_("moderation note"), max_length=500, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_ideas",
    )
    vote_count = models.PositiveIntegerField(_("votes"), default=0, editable=False)

    class Meta:
        verbose_name = _("idea")
        verbose_name_plural = _("ideas")
        ordering = ["-created", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=_exactly_one_target(), name="idea_has_exactly_one_target"
            ),
        ]
        indexes = [
            models.Index(fields=["moderation", "status", "created"]),
            models.Index(fields=["moderation", "vote_count", "id"]),
            models.Index(fields=["status", "status_changed_at"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("cocreation:detail", kwargs={"uuid": self.uuid})

    @property
    def target_kind(self) -> str:
        for kind, field in TARGET_FIELDS.items():
            if getattr(self, f"{field}_id"):
                return kind
        return ""

    @property
    def target(self) -> models.Model | None:
        kind = self.target_kind
        return getattr(self, TARGET_FIELDS[kind]) if kind else None

    @property
    def submitter_label(self) -> str:
        """The public name: the account's name, the name given, or a neutral word."""
        if self.submitter_id and self.submitter:
            return self.submitter.get_full_name() or self.submitter.get_username()
        return self.submitter_name or str(_("a citizen"))

    @property
    def is_open(self) -> bool:
        """Votes, comments and follows are taken while the idea is published."""
        return self.moderation == Moderation.PUBLISHED

    def clean(self) -> None:
        errors: dict[str, list[str]] = {}
        filled = [kind for kind, field in TARGET_FIELDS.items() if getattr(self, f"{field}_id")]
        if len(filled) != 1:
            errors["target"] = [_("An idea is about exactly one thing.")]
        if self.status == IdeaStatus.DECLINED and not self.decline_reason.strip():
            errors["decline_reason"] = [_("Say publicly why the idea is declined.")]
        if self.status in (IdeaStatus.ACCEPTED, IdeaStatus.IMPLEMENTED) and not self.initiative_id:
            errors["initiative"] = [_("An accepted idea is linked to an initiative.")]
        if self.moderation == Moderation.MERGED and not self.merged_into_id:
            errors["merged_into"] = [_("A merged idea points at the idea it was merged into.")]
        if self.merged_into_id and self.merged_into_id == self.pk:
            errors["merged_into"] = [_("An idea cannot be merged into itself.")]
        if errors:
            raise ValidationError(errors)


class IdeaStatusChange(BaseModel):
    """One step of an idea's workflow, for its public timeline: who moved it from which
    status to which, when, with the reason or the initiative it became."""

    idea = models.ForeignKey(
        Idea, verbose_name=_("idea"), on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(_("from status"), max_length=20, choices=IdeaStatus.choices)
    to_status = models.CharField(_("to status"), max_length=20, choices=IdeaStatus.choices)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    changed_by = _user(_("changed by"))
    note = models.TextField(_("note"), max_length=REASON_MAX, blank=True)
    initiative = models.ForeignKey(
        "portfolio.Initiative",
        verbose_name=_("initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("status change of an idea")
        verbose_name_plural = _("status changes of ideas")
        ordering = ["changed_at", "id"]
        indexes = [models.Index(fields=["idea", "changed_at"])]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


class IdeaVote(BaseModel):
    """One vote: by a signed-in user (``user``) or by an anonymous visitor
    (``voter_key``: a keyed hash of their network address and browser, never the raw
    values; see docs/cocreation.md). The database refuses a second vote of either."""

    idea = models.ForeignKey(
        Idea, verbose_name=_("idea"), on_delete=models.CASCADE, related_name="votes"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="idea_votes",
    )
    voter_key = models.CharField(
        _("anonymous voter key"),
        max_length=64,
        null=True,
        blank=True,
        help_text=_("A keyed hash of the client; the address itself is never stored."),
    )

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        ordering = ["created", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["idea", "user"],
                condition=models.Q(user__isnull=False),
                name="one_vote_per_user",
            ),
            models.UniqueConstraint(
                fields=["idea", "voter_key"],
                condition=models.Q(voter_key__isnull=False),
                name="one_vote_per_anonymous_voter",
            ),
            models.CheckConstraint(
                condition=models.Q(user__isnull=False, voter_key__isnull=True)
                | models.Q(user__isnull=True, voter_key__isnull=False),
                name="vote_has_one_voter",
            ),
        ]

    def __str__(self) -> str:
        return f"vote on {self.idea_id}"


class IdeaFollower(BaseModel):
    """Someone who hears of every status change: a user (in the app) or an e-mail
    address (anonymous; unsubscribed through a signed link in every e-mail)."""

    idea = models.ForeignKey(
        Idea, verbose_name=_("idea"), on_delete=models.CASCADE, related_name="followers"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="followed_ideas",
    )
    email = models.EmailField(_("e-mail address"), null=True, blank=True)

    class Meta:
        verbose_name = _("follower")
        verbose_name_plural = _("followers")
        ordering = ["created", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["idea", "user"],
                condition=models.Q(user__isnull=False),
                name="one_follow_per_user",
            ),
            models.UniqueConstraint(
                fields=["idea", "email"],
                condition=models.Q(email__isnull=False),
                name="one_follow_per_email",
            ),
            models.CheckConstraint(
                condition=models.Q(user__isnull=False, email__isnull=True)
                | models.Q(user__isnull=True, email__isnull=False),
                name="follower_is_user_or_email",
            ),
        ]

    def __str__(self) -> str:
        return f"follower of {self.idea_id}"


class IdeaComment(BaseModel):
    """A comment on an idea, by a user or an anonymous visitor (with an optional name).
    Plain text; moderators hide comments rather than delete them."""

    idea = models.ForeignKey(
        Idea, verbose_name=_("idea"), on_delete=models.CASCADE, related_name="comments"
    )
    author = _user(_("author"), "idea_comments")
    author_name = models.CharField(_("name shown"), max_length=NAME_MAX, blank=True)
    body = models.TextField(_("comment"), max_length=COMMENT_MAX)
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created", "id"]
        indexes = [models.Index(fields=["idea", "is_hidden", "created"])]

    def __str__(self) -> str:
        return f"comment on {self.idea_id}"

    @property
    def author_label(self) -> str:
        if self.author_id and self.author:
            return self.author.get_full_name() or self.author.get_username()
        return self.author_name or str(_("a citizen"))
