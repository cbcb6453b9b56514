from django.contrib.auth import views as auth_views
from django.urls import path

from anker.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.SignInView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.profile, name="profile"),
    path("tokens/", views.token_new, name="token-new"),
]
