"""CAR T Family Guide: an offline guide to CAR T-cell therapy for families."""

APP_NAME = "CAR T Family Guide"
ORG_NAME = "CAR T Family Guide"

# The single source of the version (pyproject reads it from here); a constant,
# because asking importlib.metadata costs a noticeable part of startup.
__version__ = "0.1.0"
