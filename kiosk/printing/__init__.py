"""Printing use case: template inputs, render → print → follow → audit. Pure Python, no reportlab or CUPS."""
