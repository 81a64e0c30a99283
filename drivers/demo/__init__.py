"""In-process demo stand-ins used by ``kiosk demo`` until (or where) a real driver is not configured.

Each is named Demo* so nobody mistakes it for the real thing; none is used by a test that claims a
device or the platform works.
"""
