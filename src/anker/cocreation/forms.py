"""Forms of the ideas board. The forms check lengths and the honeypot; the services
clean the text and decide everything else."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from anker.cocreation.models import (
    BODY_MAX,
    COMMENT_MAX,
    NAME_MAX,
    REASON_MAX,
    TITLE_MAX,
    TRANSITIONS,
    IdeaAction,
)
from anker.portfolio.models import Initiative

HONEYPOT = "website"


class HoneypotMixin(forms.Form):
    """A field people never see (visually hidden, with a label asking to leave it
    empty for screen-reader users) and simple bots fill in."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get(HONEYPOT))


class IdeaForm(HoneypotMixin):
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX,
        help_text=_("Your idea in one line."),
    )
    body = forms.CharField(
        label=_("Your idea"),
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What should change, and why? Plain text; at most 4000 characters."),
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=NAME_MAX,
        required=False,
        help_text=_("Shown with the idea. Leave empty to stay anonymous."),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_(
            "We e-mail you when the status of your idea changes. It is never shown; "
            "every e-mail has a link to stop."
        ),
    )

    field_order = ["title", "body", "name", "email", HONEYPOT]

    def __init__(self, *args: Any, signed_in: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if signed_in:  # the account names them and receives the news
            del self.fields["name"]
            del self.fields["email"]


class CommentForm(HoneypotMixin):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Plain text; at most 2000 characters."),
    )
    name = forms.CharField(label=_("Your name (optional)"), max_length=NAME_MAX, required=False)

    field_order = ["body", "name", HONEYPOT]

    def __init__(self, *args: Any, signed_in: bool, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "comment")
        super().__init__(*args, **kwargs)
        if signed_in:
            del self.fields["name"]


class FollowForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We e-mail you when the status changes; every e-mail has a link to stop."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "follow")
        super().__init__(*args, **kwargs)


class StepForm(forms.Form):
    """A workflow step, with the public reason declining needs, the initiative accepting
    needs, or an optional note."""

    initiative = forms.ModelChoiceField(
        label=_("The initiative it became"),
        queryset=Initiative.objects.order_by("name", "id"),
        to_field_name="slug",
        required=False,
    )
    text = forms.CharField(
        label=_("Note (optional, public)"),
        max_length=REASON_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, action: str, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", action)
        super().__init__(*args, **kwargs)
        self.action = action
        transition = TRANSITIONS[action]
        if transition.needs_initiative:
            self.fields["initiative"].required = True
        else:
            del self.fields["initiative"]
        if transition.needs_reason:
            self.fields["text"].label = _("Public reason for declining")
            self.fields["text"].required = True
            self.fields["text"].help_text = _("Everyone reads it, the submitter by e-mail too.")

    def service_arguments(self) -> dict[str, Any]:
        arguments: dict[str, Any] = {}
        if "initiative" in self.fields:
            arguments["initiative"] = self.cleaned_data["initiative"]
        key = "reason" if self.action == IdeaAction.DECLINE else "note"
        arguments[key] = self.cleaned_data.get("text", "")
        return arguments


class HideForm(forms.Form):
    note = forms.CharField(
        label=_("Why (for the moderators)"),
        max_length=500,
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "hide")
        super().__init__(*args, **kwargs)


class MergeForm(forms.Form):
    into = forms.CharField(
        label=_("Merge into the idea"),
        max_length=300,
        help_text=_("The address or identifier of the idea that stays."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "merge")
        super().__init__(*args, **kwargs)
