"""One module per screen: timeline (home), items, reader, search, feeds, help."""
