"""castguard: a terminal moderation desk for live broadcasts."""

__version__ = "0.1.0"
