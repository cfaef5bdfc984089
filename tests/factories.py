import factory
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

PASSWORD = "a-long-test-password-42"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    display_name = factory.Faker("name")
    country = "SN"
    organisation = "ILO"
    is_active = True
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def interests(self, create, extracted, **kwargs):
        if create and extracted:
            self.interests.add(*extracted)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """Give the member a verified primary address, as allauth expects."""
        if not create:
            return
        from allauth.account.models import EmailAddress

        self.save()
        EmailAddress.objects.update_or_create(
            user=self,
            email=self.email,
            defaults={"verified": extracted is not False, "primary": True},
        )
