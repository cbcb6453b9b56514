from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _ensure_standard_life_events(sender, using="default", **kwargs) -> None:
    """The standard life events are part of the product, not of the demo: every database
    has them after ``migrate``, and again after a test run's ``flush`` emptied it."""
    from anker.citizenservices.services import life_events_ensure_standard

    life_events_ensure_standard(using=using)


class CitizenServicesConfig(AppConfig):
    name = "anker.citizenservices"
    label = "citizenservices"
    verbose_name = _("Citizen services")

    def ready(self) -> None:
        post_migrate.connect(_ensure_standard_life_events, sender=self)
