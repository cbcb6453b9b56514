"""Pages of the insights: the dashboard, the impact pages and the downloadable report."""

from django.urls import path

from anker.insights.views import dashboard, impact

app_name = "insights"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("report/", dashboard.report, name="report"),
    path("impact/blocks/<slug:slug>/", impact.block_impact, name="block-impact"),
    path(
        "impact/organisations/<slug:slug>/",
        impact.organisation_impact,
        name="organisation-impact",
    ),
    path("<slug:name>/", dashboard.section_page, name="section"),
]
