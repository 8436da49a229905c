"""In-process fake platforms for the connector tests: each speaks the real wire format on 127.0.0.1."""
