"""Test package (not shipped in the plugin zip)."""
