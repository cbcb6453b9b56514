"""Pages of citizen services: ``services`` for services, channels and figures;
``vocabulary`` for life events and service types."""
