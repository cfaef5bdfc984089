from django.contrib.auth.models import BaseUserManager
from django.db import models
from django.utils import timezone


class UserQuerySet(models.QuerySet):
    def in_directory(self):
        """Members who appear in the people directory."""
        return self.filter(is_active=True, show_in_directory=True)

    def online(self, window_seconds: int):
        since = timezone.now() - timezone.timedelta(seconds=window_seconds)
        return self.filter(last_seen__gte=since)


class UserManager(BaseUserManager.from_queryset(UserQuerySet)):
    """Users are identified by their e-mail address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)
