from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _ensure_search_index(sender, using="default", **kwargs) -> None:
    from django.db import connections

    from anker.catalogue.search import ensure_sqlite_index

    ensure_sqlite_index(connections[using])


class CatalogueConfig(AppConfig):
    name = "anker.catalogue"
    label = "catalogue"
    verbose_name = _("Catalogue")

    def ready(self) -> None:
        post_migrate.connect(_ensure_search_index, sender=self)
