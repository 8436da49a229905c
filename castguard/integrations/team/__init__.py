"""The team desk: several moderators and a producer share one live session through Redis Streams."""
