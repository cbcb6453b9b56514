"""Addresses of citizen services, life events and service types (mounted at the root,
so that each gets its own first path segment)."""

from django.urls import path

from anker.citizenservices.views import services as pages
from anker.citizenservices.views import vocabulary

app_name = "citizenservices"
CHANNEL = "services/<slug:slug>/channels/<uuid:uuid>/"
urlpatterns = [
    path("services/", pages.service_list, name="list"),
    path("services/new/", pages.service_create, name="create"),
    path("services/<slug:slug>/", pages.service_detail, name="service"),
    path("services/<slug:slug>/edit/", pages.service_edit, name="edit"),
    path("services/<slug:slug>/delete/", pages.service_delete, name="delete"),
    path("services/<slug:slug>/channels/add/", pages.channel_add, name="channel-add"),
    path(f"{CHANNEL}edit/", pages.channel_edit, name="channel-edit"),
    path(f"{CHANNEL}delete/", pages.channel_delete, name="channel-delete"),
    path(f"{CHANNEL}figures/", pages.figures_record, name="figures"),
    path(f"{CHANNEL}figures/<uuid:figures>/delete/", pages.figures_delete, name="figures-delete"),
    path("life-events/", vocabulary.life_event_list, name="life-events"),
    path("life-events/new/", vocabulary.life_event_create, name="life-event-create"),
    path("life-events/<slug:slug>/", vocabulary.life_event_detail, name="life-event"),
    path("life-events/<slug:slug>/edit/", vocabulary.life_event_edit, name="life-event-edit"),
    path("life-events/<slug:slug>/delete/", vocabulary.life_event_delete, name="life-event-delete"),
    path("service-types/", vocabulary.service_type_list, name="service-types"),
    path("service-types/new/", vocabulary.service_type_create, name="service-type-create"),
    path("service-types/<slug:slug>/", vocabulary.service_type_detail, name="service-type"),
    path(
        "service-types/<slug:slug>/edit/",
        vocabulary.service_type_edit,
        name="service-type-edit",
    ),
    path(
        "service-types/<slug:slug>/delete/",
        vocabulary.service_type_delete,
        name="service-type-delete",
    ),
]
