"""Pages of the capability map: the tree with block counts and one capability."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from anker.architecture import selectors
from anker.architecture.models import Capability


def capability_tree(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "architecture/pages/tree.html",
        {"roots": selectors.capability_tree(user=request.user)},
    )


def capability_detail(request: HttpRequest, slug: str) -> HttpResponse:
    capability = get_object_or_404(Capability.objects.select_related("parent"), slug=slug)
    blocks = selectors.capability_blocks(user=request.user, capability=capability)
    return render(
        request,
        "architecture/pages/capability.html",
        {
            "capability": capability,
            "path": selectors.capability_path(capability),
            "children": list(capability.children.order_by("position", "name")),
            "blocks": Paginator(blocks, 50).get_page(request.GET.get("page", 1)),
        },
    )
