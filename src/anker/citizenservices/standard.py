"""The standard life events anker ships: the moments in which citizens most often meet
government, after the life-event lists of European one-stop shops (the Single Digital
Gateway's life events, the Dutch "levensgebeurtenissen"). Coordinators add their own."""

from __future__ import annotations

from typing import NamedTuple


class StandardLifeEvent(NamedTuple):
    slug: str
    name: str
    name_nl: str
    name_fr: str
    description: str


STANDARD_LIFE_EVENTS: tuple[StandardLifeEvent, ...] = (
    StandardLifeEvent(
        "birth",
        "Birth",
        "Geboorte",
        "Naissance",
        "A child is born: registering the birth, a name, child benefit, care.",
    ),
    StandardLifeEvent(
        "moving-house",
        "Moving house",
        "Verhuizen",
        "Déménagement",
        "Moving to another address or municipality: registration, waste, parking, taxes.",
    ),
    StandardLifeEvent(
        "marriage-or-partnership",
        "Marriage or partnership",
        "Trouwen of partnerschap",
        "Mariage ou partenariat",
        "Marrying or entering a registered partnership.",
    ),
    StandardLifeEvent(
        "starting-a-business",
        "Starting a business",
        "Een bedrijf starten",
        "Création d'entreprise",
        "Registering a company, VAT, permits for the premises.",
    ),
    StandardLifeEvent(
        "building-or-renovating",
        "Building or renovating",
        "Bouwen of verbouwen",
        "Construire ou rénover",
        "Building a house or renovating one: permits, plots, water and neighbours.",
    ),
    StandardLifeEvent(
        "losing-your-job",
        "Losing your job",
        "Werkloos worden",
        "Perte d'emploi",
        "Unemployment benefit, social assistance and help back to work.",
    ),
    StandardLifeEvent(
        "needing-care",
        "Needing care",
        "Zorg nodig hebben",
        "Besoin de soins",
        "Illness or disability: care allowance, support at home, hospital care.",
    ),
    StandardLifeEvent(
        "travelling-abroad",
        "Travelling abroad",
        "Naar het buitenland reizen",
        "Voyager à l'étranger",
        "Passports, identity cards and documents for a stay abroad.",
    ),
    StandardLifeEvent(
        "retirement",
        "Retirement",
        "Met pensioen gaan",
        "Retraite",
        "Reaching pension age: state pension and what changes with it.",
    ),
    StandardLifeEvent(
        "death",
        "Death of a loved one",
        "Overlijden",
        "Décès d'un proche",
        "Registering a death, a funeral, settling the estate.",
    ),
)
