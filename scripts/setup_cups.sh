#!/usr/bin/env bash
# Placeholder until the printing work lands: CUPS is installed by ./dev but not yet configured.
exit 0
