"""Updates of a terminal: signed bundles (``bundle``), two code slots (``slots``), and the agent
that switches only while nobody is served and rolls back when the new version is not healthy in time
(``agent``). The outbox and every other piece of state live outside the slots, so both versions
read the same data."""
