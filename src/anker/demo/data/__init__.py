"""Code-reviewed data of the demo ecosystem."""
