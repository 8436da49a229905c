"""The ground floor: chat messages and findings, the policy, text cleaning and the user's configuration.

Everything else in castguard imports from here; nothing here imports anything else of castguard's.
"""
