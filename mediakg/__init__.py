"""mediakg: knowledge graphs of the film, TV and streaming industry from trade news."""
