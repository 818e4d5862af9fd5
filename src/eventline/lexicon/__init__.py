"""What analysis and resolution both know (word tables, places, the calendar); no spaCy."""
