from django.urls import path

from anker.reuse import views

app_name = "reuse"
urlpatterns = [
    path("declare/<slug:slug>/", views.declare, name="declare"),
    path("<uuid:uuid>/", views.edit, name="edit"),
    path("<uuid:uuid>/confirm/", views.confirm, name="confirm"),
    path("<uuid:uuid>/delete/", views.delete, name="delete"),
]
