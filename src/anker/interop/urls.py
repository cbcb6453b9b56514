from django.urls import path

from anker.interop import views

app_name = "interop"
urlpatterns = [
    path("", views.run_list, name="runs"),
    path("<uuid:uuid>/", views.run_detail, name="run"),
]
