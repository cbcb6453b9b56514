from django.urls import path

from anker.interop import views

app_name = "interop"
urlpatterns = [
    path("", views.run_list, name="runs"),
    path("upload/", views.upload, name="upload"),
    path("sources/", views.source_list, name="sources"),
    path("sources/add/", views.source_form, name="source-add"),
    path("sources/<uuid:uuid>/edit/", views.source_form, name="source-edit"),
    path("sources/<uuid:uuid>/delete/", views.source_delete, name="source-delete"),
    path("sources/<uuid:uuid>/harvest/", views.source_harvest, name="source-harvest"),
    path("<uuid:uuid>/", views.run_detail, name="run"),
]
