from django.urls import path

from anker.organisations import views

app_name = "organisations"
urlpatterns = [
    path("", views.organisation_list, name="list"),
    path("new/", views.organisation_create, name="create"),
    path("<slug:slug>/", views.organisation_detail, name="detail"),
    path("<slug:slug>/edit/", views.organisation_edit, name="edit"),
    path("<slug:slug>/delete/", views.organisation_delete, name="delete"),
    path("<slug:slug>/merge/", views.organisation_merge, name="merge"),
]
