"""castguard talking to other systems: webhooks, the safety team's forwarding, the team desk over Redis."""
