"""Public bodies and their partners: kinds, official identifiers, hierarchy, merge."""
