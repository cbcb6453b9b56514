"""The portfolio: initiatives, their stage-gate decisions, goals, KPIs and what they produce."""
