from django.urls import path

from . import views

app_name = "countryprofiles"
urlpatterns = [path("", views.index, name="index")]
