from django.urls import path

from anker.notifications import views

app_name = "notifications"
urlpatterns = [
    path("", views.notification_list, name="list"),
    path("read/", views.mark_all_read, name="read-all"),
    path("<uuid:uuid>/read/", views.mark_read, name="read"),
]
