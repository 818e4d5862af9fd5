"""The spaCy pipeline eventline runs, and the components it adds to it."""
