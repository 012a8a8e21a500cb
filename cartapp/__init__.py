"""CAR T Family Guide: an offline guide to CAR T-cell therapy for families."""

from importlib import metadata as _metadata

APP_NAME = "CAR T Family Guide"
ORG_NAME = "CAR T Family Guide"

try:
    __version__ = _metadata.version("cartapp")
except _metadata.PackageNotFoundError:  # running from a source tree or a bundle
    __version__ = "0.1.0"
