from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchitectureConfig(AppConfig):
    name = "anker.architecture"
    label = "architecture"
    verbose_name = _("Architecture")
