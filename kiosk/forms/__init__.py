"""Schema-driven forms: field types, validation with field-side Chinese messages, prefill from
the citizen's identity, delivery and handling-region choices. Pure Python, no Qt."""
