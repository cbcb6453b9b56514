"""Pages of the ideas board: the board, submitting an idea (choose what it is about,
write it, see similar ideas and blocks, submit), an idea with its trail, votes, comments
and followers, the moderation steps, the moderation queue, and leaving by e-mail link.
Every page works without JavaScript. Views parse input, call a service or selector and
render."""

from __future__ import annotations

import re
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from anker.accounts import permissions
from anker.cocreation import ratelimit, selectors, services
from anker.cocreation.forms import CommentForm, FollowForm, HideForm, IdeaForm, MergeForm, StepForm
from anker.cocreation.models import TRANSITIONS, Idea, IdeaComment, IdeaStatus, TargetKind
from anker.cocreation.similarity import similar_blocks, similar_ideas
from anker.core.forms import add_service_errors

PAGE_SIZE = 25
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
SPAM = gettext_lazy("This looks automated, so it was not saved. Leave the hidden field empty.")


def _slowed_down(error: ratelimit.RateLimited) -> str:
    minutes = max(1, -(-error.retry_after // 60))
    return ngettext(
        "You did this many times in a short while. Please try again in %(n)d minute.",
        "You did this many times in a short while. Please try again in %(n)d minutes.",
        minutes,
    ) % {"n": minutes}


def _signed_in(request: HttpRequest) -> bool:
    return request.user.is_authenticated


def board(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    kind = request.GET.get("kind", "")
    ordering = request.GET.get("ordering", "-votes")
    query = request.GET.get("q", "")[:200]
    ideas = selectors.idea_list(
        user=request.user,
        statuses=[status] if status in IdeaStatus.values else None,
        kind=kind if kind in TargetKind.values else "",
        query=query,
        ordering=ordering if ordering in selectors.IDEA_ORDERINGS else "-votes",
    )
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "cocreation/pages/board.html",
        {
            "page": Paginator(ideas, PAGE_SIZE).get_page(request.GET.get("page", 1)),
            "statuses": IdeaStatus.choices,
            "kinds": TargetKind.choices,
            "status": status,
            "kind": kind,
            "query": query,
            "ordering": ordering,
            "querystring": params.urlencode(),
        },
    )


# --- submitting ---------------------------------------------------------------------------


def _chosen_target(request: HttpRequest) -> tuple[str, Any]:
    """The target named by ``?service=slug`` (or block, initiative, organisation), or by
    the form's ``target`` field ``kind:slug``."""
    data = request.POST if request.method == "POST" else request.GET
    kind, _sep, slug = data.get("target", "").partition(":")
    if not slug:
        for name in TargetKind.values:
            if data.get(name):
                kind, slug = name, data[name]
                break
    if kind not in TargetKind.values or not slug:
        return "", None
    return kind, selectors.target_for(user=request.user, kind=kind, slug=slug[:120])


def _choose_target(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    query = request.GET.get("q", "")[:200]
    choices = selectors.target_choices(user=request.user, kind=kind, query=query) if kind else []
    return render(
        request,
        "cocreation/pages/choose_target.html",
        {"kinds": TargetKind.choices, "kind": kind, "query": query, "choices": choices},
    )


def submit(request: HttpRequest) -> HttpResponse:
    """Step 1 chooses what the idea is about; step 2 writes it; "Continue" shows similar
    ideas and blocks (join one instead?); "Submit" saves it."""
    kind, target = _chosen_target(request)
    if target is None:
        if request.method == "POST":
            raise Http404
        return _choose_target(request)
    form = IdeaForm(request.POST or None, signed_in=_signed_in(request))
    context: dict[str, Any] = {"form": form, "target": target, "kind": kind, "preview": False}
    status = 200
    if request.method == "POST" and form.is_valid():
        if form.is_spam:
            form.add_error(None, SPAM)
        elif "submit" not in request.POST:
            context.update(_suggestions(request, form.cleaned_data), preview=True)
        else:
            try:
                ratelimit.hit("idea-submit", ratelimit.client_key(request))
                idea = services.idea_submit(
                    actor=request.user,
                    target=target,
                    title=form.cleaned_data["title"],
                    body=form.cleaned_data["body"],
                    email=form.cleaned_data.get("email", ""),
                    name=form.cleaned_data.get("name", ""),
                )
            except ratelimit.RateLimited as limited:
                form.add_error(None, _slowed_down(limited))
                status = 429
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _submitted_message(request))
                return redirect(idea)
    return render(request, "cocreation/pages/submit.html", context, status=status)


def _submitted_message(request: HttpRequest) -> str:
    if _signed_in(request):
        return _("Thank you! Your idea is on the board; you will hear of every change.")
    return _("Thank you! Your idea is on the board; we will e-mail you about every change.")


def _suggestions(request: HttpRequest, data: dict[str, Any]) -> dict[str, Any]:
    title, body = data["title"], data["body"]
    return {
        "similar_ideas": similar_ideas(user=request.user, title=title, body=body),
        "similar_blocks": similar_blocks(user=request.user, title=title, body=body),
    }


# --- one idea -------------------------------------------------------------------------------


def _idea_or_404(request: HttpRequest, uuid: Any) -> Idea:
    try:
        return selectors.idea_for_reader(user=request.user, uuid=uuid)
    except Idea.DoesNotExist as missing:
        raise Http404(_("No such idea.")) from missing


def _voter_key(request: HttpRequest) -> str:
    return "" if _signed_in(request) else ratelimit.voter_key(request)


def _detail(request: HttpRequest, idea: Idea, *, status: int = 200, **forms: Any) -> HttpResponse:
    """The idea page; ``forms`` replaces a blank form by one with errors."""
    moderator = permissions.can_moderate_idea(request.user, idea)
    signed_in = _signed_in(request)
    steps = [
        forms.get(f"step_{action}") or StepForm(action=action)
        for action, transition in TRANSITIONS.items()
        if moderator and idea.status in transition.sources
    ]
    context = {
        "idea": idea,
        "target": idea.target,
        "trail": selectors.trail(user=request.user, idea=idea),
        "comments": selectors.comments_for(user=request.user, idea=idea, moderator=moderator),
        "comment_form": forms.get("comment_form") or CommentForm(signed_in=signed_in),
        "follow_form": forms.get("follow_form") or FollowForm(),
        "has_voted": services.has_voted(
            actor=request.user, idea=idea, voter_key=_voter_key(request)
        ),
        "follows": signed_in and idea.followers.filter(user=request.user).exists(),
        "open": permissions.can_participate_in_idea(request.user, idea),
        "moderator": moderator,
        "steps": steps,
        "hide_form": HideForm(),
        "merge_form": forms.get("merge_form") or MergeForm(),
        "duplicates": similar_ideas(
            user=request.user, title=idea.title, body=idea.body, exclude=idea
        )
        if moderator and idea.is_open
        else [],
    }
    return render(request, "cocreation/pages/idea.html", context, status=status)


def detail(request: HttpRequest, uuid: Any) -> HttpResponse:
    return _detail(request, _idea_or_404(request, uuid))


@require_POST
def vote(request: HttpRequest, uuid: Any) -> HttpResponse:
    idea = _idea_or_404(request, uuid)
    try:
        ratelimit.hit("idea-vote", ratelimit.client_key(request))
        counted = services.idea_vote(actor=request.user, idea=idea, voter_key=_voter_key(request))
    except ratelimit.RateLimited as limited:
        messages.error(request, _slowed_down(limited))
        return _detail(request, idea, status=429)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(idea)
    if counted:
        messages.success(request, _("Thank you, your vote is counted."))
    else:
        messages.info(request, _("You already voted for this idea; each person votes once."))
    return redirect(idea)


@require_POST
def comment(request: HttpRequest, uuid: Any) -> HttpResponse:
    idea = _idea_or_404(request, uuid)
    form = CommentForm(request.POST, signed_in=_signed_in(request))
    status = 200
    if form.is_valid():
        if form.is_spam:
            form.add_error(None, SPAM)
        else:
            try:
                ratelimit.hit("idea-comment", ratelimit.client_key(request))
                services.idea_comment(
                    actor=request.user,
                    idea=idea,
                    body=form.cleaned_data["body"],
                    name=form.cleaned_data.get("name", ""),
                )
            except ratelimit.RateLimited as limited:
                form.add_error(None, _slowed_down(limited))
                status = 429
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Your comment was added."))
                return redirect(f"{idea.get_absolute_url()}#comments-heading")
    return _detail(request, idea, status=status, comment_form=form)


@require_POST
def follow(request: HttpRequest, uuid: Any) -> HttpResponse:
    idea = _idea_or_404(request, uuid)
    form = FollowForm(request.POST)
    if not _signed_in(request) and not form.is_valid():
        return _detail(request, idea, follow_form=form)
    email = form.cleaned_data.get("email", "") if not _signed_in(request) else ""
    try:
        services.idea_follow(actor=request.user, idea=idea, email=email)
    except ValidationError as error:
        add_service_errors(form, error)
        return _detail(request, idea, follow_form=form)
    messages.success(request, _("You follow this idea: you will hear of every change."))
    return redirect(idea)


@login_required
@require_POST
def unfollow(request: HttpRequest, uuid: Any) -> HttpResponse:
    idea = _idea_or_404(request, uuid)
    services.idea_unfollow(actor=request.user, idea=idea)
    messages.success(request, _("You no longer follow this idea."))
    return redirect(idea)


# --- moderation -------------------------------------------------------------------------------

STEP_DONE = {
    "review": gettext_lazy("The idea is under review; its followers were told."),
    "accept": gettext_lazy("The idea was accepted and linked to the initiative."),
    "decline": gettext_lazy("The idea was declined; the reason is public."),
    "implement": gettext_lazy("The idea is marked as implemented."),
    "reopen": gettext_lazy("The idea is under review again."),
}


@login_required
@require_POST
def step(request: HttpRequest, uuid: Any, action: str) -> HttpResponse:
    if action not in services.IDEA_STEPS:
        raise Http404
    idea = _idea_or_404(request, uuid)
    form = StepForm(request.POST, action=action)
    if form.is_valid():
        try:
            services.IDEA_STEPS[action](actor=request.user, idea=idea, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, str(STEP_DONE[action]))
            return redirect(idea)
    if not form.errors:
        form.add_error(None, _("That did not work."))
    return _detail(request, _idea_or_404(request, uuid), **{f"step_{action}": form})


MODERATION = {"hide": services.idea_hide, "publish": services.idea_publish}
MODERATION_DONE = {
    "hide": gettext_lazy("The idea is hidden from the board."),
    "publish": gettext_lazy("The idea is on the board again."),
}


@login_required
@require_POST
def moderate(request: HttpRequest, uuid: Any, action: str) -> HttpResponse:
    if action not in MODERATION:
        raise Http404
    idea = _idea_or_404(request, uuid)
    form = HideForm(request.POST)
    note = form.cleaned_data.get("note", "") if form.is_valid() else ""
    MODERATION[action](actor=request.user, idea=idea, note=note)
    messages.success(request, str(MODERATION_DONE[action]))
    return redirect(idea)


@login_required
@require_POST
def merge(request: HttpRequest, uuid: Any) -> HttpResponse:
    idea = _idea_or_404(request, uuid)
    permissions.require(permissions.can_moderate_idea(request.user, idea))
    form = MergeForm(request.POST)
    if form.is_valid():
        found = UUID.search(form.cleaned_data["into"])
        into = Idea.objects.filter(uuid=found.group(0)).first() if found else None
        if into is None:
            form.add_error("into", _("There is no such idea."))
        else:
            try:
                survivor = services.idea_merge(actor=request.user, idea=idea, into=into)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("The ideas were merged; votes counted once."))
                return redirect(survivor)
    return _detail(request, idea, merge_form=form)


@login_required
@require_POST
def comment_moderate(request: HttpRequest, uuid: Any, action: str) -> HttpResponse:
    comment = IdeaComment.objects.select_related("idea").filter(uuid=uuid).first()
    if comment is None or action not in ("hide", "show"):
        raise Http404
    if not permissions.can_view_idea(request.user, comment.idea):
        raise Http404
    change = services.idea_comment_hide if action == "hide" else services.idea_comment_show
    change(actor=request.user, comment=comment)
    messages.success(request, _("The comment was changed."))
    return redirect(f"{comment.idea.get_absolute_url()}#comments-heading")


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    """New and hidden ideas about what the user's organisations own (all, for
    coordinators), oldest first."""
    ideas = selectors.moderation_queue(user=request.user)
    return render(
        request,
        "cocreation/pages/queue.html",
        {
            "page": Paginator(ideas, PAGE_SIZE).get_page(request.GET.get("page", 1)),
            "moderates": permissions.is_coordinator(request.user)
            or bool(permissions.editable_organisation_ids(request.user)),
        },
    )


def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The link in every e-mail. Opening it asks; the button stops the e-mails (a mail
    scanner that follows links must not unsubscribe anyone)."""
    follower = services.follower_for_token(token)
    if request.method == "POST" and follower is not None:
        services.follower_unsubscribe(token=token)
        return render(request, "cocreation/pages/unsubscribe.html", {"done": True})
    return render(
        request,
        "cocreation/pages/unsubscribe.html",
        {"follower": follower, "done": False},
        status=200 if follower else 404,
    )
