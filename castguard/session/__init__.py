"""A live or recorded session: the engine, moderator actions, the recording and what is read back from it.

Above the filters and connectors, below review, integrations and the desk.
"""
