"""Print layouts, atlas and public-safe generalisation for INSEK exports."""
