"""Django settings for anker. ``base`` reads every ANKER_* variable through one helper."""
