"""Pages to declare, change, confirm and remove a reuse."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from anker.accounts import permissions
from anker.catalogue.models import BuildingBlock
from anker.catalogue.selectors import block_for_reader
from anker.core.forms import add_service_errors
from anker.organisations.models import Organisation
from anker.reuse import services
from anker.reuse.forms import ReuseForm
from anker.reuse.models import Reuse


def _declarable_organisations(user, block: BuildingBlock):
    """As the provider (or coordinator) any organisation; as a reuser one's own."""
    organisations = Organisation.objects.filter(merged_into__isnull=True).exclude(id=block.owner_id)
    if permissions.can_edit_block(user, block):
        return organisations.order_by("name")
    return organisations.filter(id__in=permissions.editable_organisation_ids(user)).order_by("name")


@login_required
def declare(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        block = block_for_reader(user=request.user, slug=slug)
    except BuildingBlock.DoesNotExist as missing:
        raise Http404 from missing
    organisations = _declarable_organisations(request.user, block)
    if not organisations.exists():
        raise PermissionDenied(_("You edit for no organisation that could reuse this block."))
    form = ReuseForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            services.reuse_declare(
                actor=request.user,
                block=block,
                organisation=form.cleaned_data["organisation"],
                **form.service_fields(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The reuse was recorded."))
            return redirect(block)
    return render(
        request,
        "reuse/pages/reuse_form.html",
        {"form": form, "building_block": block, "reuse": None},
    )


def _reuse_for_editor(request: HttpRequest, uuid: str) -> Reuse:
    reuse = get_object_or_404(
        Reuse.objects.select_related("block__owner", "organisation"), uuid=uuid
    )
    if not permissions.can_view_block(request.user, reuse.block):
        raise Http404
    permissions.require(permissions.can_edit_reuse(request.user, reuse))
    return reuse


@login_required
def edit(request: HttpRequest, uuid: str) -> HttpResponse:
    reuse = _reuse_for_editor(request, uuid)
    form = ReuseForm(request.POST or None, instance=Reuse.objects.get(pk=reuse.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.reuse_update(actor=request.user, reuse=reuse, **form.service_fields())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The reuse was updated."))
            return redirect(reuse.block)
    can_confirm = not reuse.is_confirmed and permissions.can_edit_for_organisation(
        request.user, reuse.organisation_id
    )
    return render(
        request,
        "reuse/pages/reuse_form.html",
        {"form": form, "building_block": reuse.block, "reuse": reuse, "can_confirm": can_confirm},
    )


@login_required
@require_POST
def confirm(request: HttpRequest, uuid: str) -> HttpResponse:
    reuse = _reuse_for_editor(request, uuid)
    services.reuse_confirm(actor=request.user, reuse=reuse)
    messages.success(request, _("You confirmed the reuse."))
    return redirect(reuse.block)


@login_required
@require_POST
def delete(request: HttpRequest, uuid: str) -> HttpResponse:
    reuse = _reuse_for_editor(request, uuid)
    services.reuse_delete(actor=request.user, reuse=reuse)
    messages.success(request, _("The reuse record was removed."))
    return redirect(reuse.block)
