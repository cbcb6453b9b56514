"""Pages for organisations: list, detail (what it provides and reuses), edit, merge."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.accounts.audit import history_of
from anker.core.forms import add_service_errors
from anker.organisations import selectors, services
from anker.organisations.forms import MergeForm, OrganisationForm
from anker.organisations.models import Organisation, OrganisationKind


def _organisation_or_404(slug: str) -> Organisation:
    try:
        return selectors.organisation_by_slug(slug)
    except Organisation.DoesNotExist as missing:
        raise Http404(_("No such organisation.")) from missing


def organisation_list(request: HttpRequest) -> HttpResponse:
    organisations = selectors.organisation_list(
        query=request.GET.get("q", "")[:200],
        kind=request.GET.get("kind", ""),
        country=request.GET.get("country", "")[:2],
    )
    page = Paginator(organisations, 50).get_page(request.GET.get("page", 1))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "organisations/pages/list.html",
        {
            "page": page,
            "kinds": OrganisationKind.choices,
            "querystring": query.urlencode(),
            "can_create": permissions.can_create_organisation(request.user),
        },
    )


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = _organisation_or_404(slug)
    if organisation.slug != slug:
        return redirect(organisation)
    provided = selectors.provided_blocks(user=request.user, organisation=organisation)
    return render(
        request,
        "organisations/pages/detail.html",
        {
            "organisation": organisation,
            "identifiers": list(organisation.identifiers.all()),
            "children": list(
                organisation.children.filter(merged_into__isnull=True).order_by("name")
            ),
            "merged_records": list(organisation.merged_records.order_by("name")),
            "provided": Paginator(provided, 50).get_page(request.GET.get("provided", 1)),
            "reused": Paginator(
                selectors.reused_blocks(user=request.user, organisation=organisation), 50
            ).get_page(request.GET.get("reused", 1)),
            "history": history_of(organisation.uuid, limit=20),
            "can_manage": permissions.can_manage_organisation(request.user, organisation),
            "can_add_block": permissions.can_edit_for_organisation(request.user, organisation.id),
            "can_merge": permissions.can_merge_organisations(request.user),
        },
    )


@login_required
def organisation_create(request: HttpRequest) -> HttpResponse:
    permissions.require(
        permissions.can_create_organisation(request.user), _("Only coordinators add organisations.")
    )
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.organisation_create(
                actor=request.user, **form.service_arguments()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The organisation was added."))
            return redirect(organisation)
    return render(request, "organisations/pages/form.html", {"form": form, "organisation": None})


@login_required
def organisation_edit(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = _organisation_or_404(slug)
    permissions.require(permissions.can_manage_organisation(request.user, organisation))
    form = OrganisationForm(
        request.POST or None, instance=Organisation.objects.get(pk=organisation.pk)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.organisation_update(
                actor=request.user, organisation=organisation, **form.service_arguments()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your changes were saved."))
            return redirect(organisation)
    return render(
        request, "organisations/pages/form.html", {"form": form, "organisation": organisation}
    )


@login_required
def organisation_delete(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = _organisation_or_404(slug)
    permissions.require(
        permissions.can_delete_organisation(request.user),
        _("Only coordinators delete organisations."),
    )
    error = None
    if request.method == "POST":
        try:
            services.organisation_delete(actor=request.user, organisation=organisation)
        except ValidationError as refused:
            error = " ".join(refused.messages)
        else:
            messages.success(request, _("The organisation was deleted."))
            return redirect("organisations:list")
    return render(
        request,
        "organisations/pages/delete.html",
        {"organisation": organisation, "error": error},
        status=422 if error else 200,
    )


@login_required
def organisation_merge(request: HttpRequest, slug: str) -> HttpResponse:
    source = _organisation_or_404(slug)
    permissions.require(
        permissions.can_merge_organisations(request.user),
        _("Only coordinators merge organisations."),
    )
    form = MergeForm(request.POST or None, source=source)
    if request.method == "POST" and form.is_valid():
        try:
            target = services.organisation_merge(
                actor=request.user, source=source, target=form.cleaned_data["target"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("%(source)s was merged into %(target)s.")
                % {"source": source.name, "target": target.name},
            )
            return redirect(target)
    return render(request, "organisations/pages/merge.html", {"form": form, "organisation": source})
