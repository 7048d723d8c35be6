"""geomap's embedded gazetteer: GeoNames places, regions and districts in an indexed SQLite file.

>>> from geomap.gazetteer import Gazetteer
>>> Gazetteer.default().contains("Kharkiv")
True
"""

from geomap.gazetteer.store import Gazetteer, Place

__all__ = ["Gazetteer", "Place"]
