from django.urls import path

from anker.catalogue import views

app_name = "catalogue"
urlpatterns = [
    path("", views.search, name="search"),
    path("suggest/", views.suggest, name="suggest"),
    path("new/", views.block_create, name="create"),
    path("<slug:slug>/", views.block_detail, name="block"),
    path("<slug:slug>/edit/", views.block_edit, name="edit"),
    path("<slug:slug>/delete/", views.block_delete, name="delete"),
    path("<slug:slug>/verify/", views.block_verify, name="verify"),
    path("<slug:slug>/dependencies/add/", views.dependency_add, name="dependency-add"),
    path("<slug:slug>/standards/add/", views.compliance_add, name="compliance-add"),
    path(
        "<slug:slug>/standards/<uuid:uuid>/remove/",
        views.compliance_remove,
        name="compliance-remove",
    ),
    path("<slug:slug>/evidence/add/", views.evidence_add, name="evidence-add"),
    path("<slug:slug>/evidence/<uuid:uuid>/remove/", views.evidence_remove, name="evidence-remove"),
    path(
        "<slug:slug>/dependencies/<uuid:uuid>/remove/",
        views.dependency_remove,
        name="dependency-remove",
    ),
]
