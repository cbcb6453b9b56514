from django.urls import path

from anker.architecture import views

app_name = "architecture"
urlpatterns = [
    path("", views.capability_tree, name="tree"),
    path("<slug:slug>/", views.capability_detail, name="capability"),
]
