"""The signed-in user's page: memberships and API tokens."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from anker.accounts import services
from anker.accounts.selectors import demo_accounts
from anker.demo.load import DEMO_PASSWORD


class SignInView(LoginView):
    template_name = "accounts/pages/login.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["demo_accounts"] = demo_accounts()
        context["demo_password"] = DEMO_PASSWORD
        return context


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/pages/profile.html",
        {
            "memberships": list(request.user.memberships.select_related("organisation")),
            "tokens": list(request.user.api_tokens.all()),
        },
    )


@login_required
@require_POST
def token_new(request: HttpRequest) -> HttpResponse:
    name = (request.POST.get("name") or "API").strip()[:100]
    token, raw_key = services.token_create(user=request.user, name=name)
    return render(
        request,
        "accounts/pages/profile.html",
        {
            "memberships": list(request.user.memberships.select_related("organisation")),
            "tokens": list(request.user.api_tokens.all()),
            "new_key": raw_key,
        },
    )
