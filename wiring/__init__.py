"""Builders the composition root uses, one module per kind of adapter. Only the composition root
imports these: they import drivers, OpenCV, pyserial, CUPS and requests."""
