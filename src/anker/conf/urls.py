"""URL configuration: the web UI, the REST API, the admin and the language switch."""

from django.contrib import admin
from django.urls import include, path

from anker.core import views as core_views

urlpatterns = [
    path("", core_views.home, name="home"),
    path("blocks/", include("anker.catalogue.urls")),
    path("reuse/", include("anker.reuse.urls")),
    path("notifications/", include("anker.notifications.urls")),
    path("organisations/", include("anker.organisations.urls")),
    path("capabilities/", include("anker.architecture.urls")),
    path("portfolio/", include("anker.portfolio.urls")),
    path("ideas/", include("anker.cocreation.urls")),
    path("insights/", include("anker.insights.urls")),
    path("", include("anker.citizenservices.urls")),
    path("account/", include("anker.accounts.urls")),
    path("imports/", include("anker.interop.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/", include("anker.api.urls")),
]

handler403 = "anker.core.views.forbidden"
handler404 = "anker.core.views.not_found"
