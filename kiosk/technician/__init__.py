"""Technician mode: PIN gate, settings, status, outbox care, diagnostics bundle, heartbeat.

Pure Python; device discovery imports its libraries only when asked to list devices.
"""
