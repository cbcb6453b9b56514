"""Users, organisation memberships, roles, API tokens, the audit log and permission rules."""
