from django.urls import path

from anker.cocreation import views

app_name = "cocreation"
urlpatterns = [
    path("", views.board, name="board"),
    path("new/", views.submit, name="submit"),
    path("moderation/", views.queue, name="queue"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("comments/<uuid:uuid>/<slug:action>/", views.comment_moderate, name="comment-moderate"),
    path("<uuid:uuid>/", views.detail, name="detail"),
    path("<uuid:uuid>/vote/", views.vote, name="vote"),
    path("<uuid:uuid>/comment/", views.comment, name="comment"),
    path("<uuid:uuid>/follow/", views.follow, name="follow"),
    path("<uuid:uuid>/unfollow/", views.unfollow, name="unfollow"),
    path("<uuid:uuid>/merge/", views.merge, name="merge"),
    path("<uuid:uuid>/moderate/<slug:action>/", views.moderate, name="moderate"),
    path("<uuid:uuid>/status/<slug:action>/", views.step, name="step"),
]
