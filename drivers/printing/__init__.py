"""Printing adapters: reportlab templates and fonts, CUPS, spool folder and ESC/POS backends."""
