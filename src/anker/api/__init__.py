"""The REST API under /api/v1/ (django-ninja): auth, errors, pagination and the
document; each domain app contributes its router in its own ``api.py``."""
