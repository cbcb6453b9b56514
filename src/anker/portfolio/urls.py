from django.urls import path

from anker.portfolio import views

app_name = "portfolio"
urlpatterns = [
    path("", views.board, name="board"),
    path("new/", views.initiative_create, name="create"),
    path("kpis/<uuid:uuid>/edit/", views.kpi_edit, name="kpi-edit"),
    path("kpis/<uuid:uuid>/delete/", views.kpi_delete, name="kpi-delete"),
    path("kpis/<uuid:uuid>/measurements/new/", views.measurement_add, name="measurement-add"),
    path("measurements/<uuid:uuid>/delete/", views.measurement_delete, name="measurement-delete"),
    path("<slug:slug>/", views.initiative_detail, name="detail"),
    path("<slug:slug>/edit/", views.initiative_edit, name="edit"),
    path("<slug:slug>/delete/", views.initiative_delete, name="delete"),
    path("<slug:slug>/decide/", views.decide, name="decide"),
    path("<slug:slug>/kpis/new/", views.kpi_create, name="kpi-create"),
]
