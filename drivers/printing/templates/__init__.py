"""Document layouts: data in, PDF page out. One module per document; license types in ``licenses``."""
