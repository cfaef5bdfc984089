from django.urls import path

from . import views

app_name = "editorial"
urlpatterns = [path("news-and-events/", views.news, name="news")]
