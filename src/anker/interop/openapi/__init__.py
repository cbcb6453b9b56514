"""OpenAPI 3.x and Swagger 2.0 specifications in: one api building block per document."""
