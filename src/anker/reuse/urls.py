from django.urls import path

from anker.reuse import views

app_name = "reuse"
urlpatterns = [
    path("declare/<slug:slug>/", views.declare, name="declare"),
    path("<uuid:uuid>/", views.edit, name="edit"),
    path("<uuid:uuid>/confirm/", views.confirm, name="confirm"),
    path("<uuid:uuid>/delete/", views.delete, name="delete"),
    path("exchange/", views.exchange_list, name="exchange-list"),
    path("exchange/waiting/", views.exchange_waiting, name="exchange-waiting"),
    path("exchange/request/<slug:slug>/", views.exchange_create, name="exchange-create"),
    path("exchange/<uuid:uuid>/", views.exchange_detail, name="exchange-detail"),
    path("exchange/<uuid:uuid>/edit/", views.exchange_edit, name="exchange-edit"),
    path("exchange/<uuid:uuid>/<slug:action>/", views.exchange_step, name="exchange-step"),
]
