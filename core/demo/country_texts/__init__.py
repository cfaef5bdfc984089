"""Demo texts and values for country profiles, by group of regions."""
