"""The typed attribute table every export format shares, derived from :class:`~geomap.model.Event`.

One :class:`Column` per event property says how it is stored (text, integer,
decimal or a list of texts), whether it may be empty and which values it may
take. Writers turn events into records with :func:`event_record`; readers turn
whatever a file gave back (numpy scalars, NaN, JSON text, ...) into an
:class:`Event` with :func:`event_from_record`. ``docs/event-schema.md`` documents
the same table, and a test keeps the two in step.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from geomap.errors import InputError
from geomap.model import CountQualifier, DatePrecision, Event, EventType, Precision, Weapon, make_event_id

__all__ = ["Column", "COLUMNS", "COLUMN_NAMES", "event_record", "event_from_record", "is_missing"]

_KINDS = {
    "str": ("string", False),
    "str | None": ("string", True),
    "int | None": ("integer", True),
    "float": ("float", False),
    "float | None": ("float", True),
    "tuple[str, ...]": ("list", False),
}

_ALLOWED: dict[str, type[StrEnum]] = {
    "event_type": EventType,
    "precision": Precision,
    "weapon": Weapon,
    "count_qualifier": CountQualifier,
    "date_precision": DatePrecision,
}

_PYTHON_TYPES = {"string": str, "integer": int, "float": float}

# Fields an event cannot do without; the others fall back to the model's defaults.
_REQUIRED = ("event_type", "precision")


@dataclass(frozen=True)
class Column:
    """One event property as it appears in every export.

    Attributes
    ----------
    name : str
        Property / column name.
    kind : {"string", "integer", "float", "list"}
        Storage type; lists are JSON arrays in GeoJSON and JSON text elsewhere.
    nullable : bool
        Whether the value may be missing (``null``).
    allowed : tuple of str
        The only values the property may take; empty when any value is allowed.
    derived : bool
        Computed from other properties when written, ignored when read.
    """

    name: str
    kind: str
    nullable: bool
    allowed: tuple[str, ...] = ()
    derived: bool = False


def _columns() -> tuple[Column, ...]:
    columns = []
    for field in fields(Event):
        if field.name == "geometry":
            continue
        try:
            kind, nullable = _KINDS[str(field.type)]
        except KeyError:
            raise TypeError(f"Event.{field.name} has type {field.type}, which exports cannot store") from None
        allowed = tuple(member.value for member in _ALLOWED.get(field.name, ()))
        columns.append(Column(field.name, kind, nullable, allowed))
    columns.append(Column("source_count", "integer", False, derived=True))
    return tuple(columns)


COLUMNS: tuple[Column, ...] = _columns()
COLUMN_NAMES: tuple[str, ...] = tuple(column.name for column in COLUMNS)


def is_missing(value: Any) -> bool:
    """Return whether ``value`` stands for "no value" (None, NaN, pandas NA or NaT)."""
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def event_record(event: Event) -> dict[str, Any]:
    """Return the event's properties as plain, JSON-ready Python values, in column order.

    Parameters
    ----------
    event : Event
        The event to describe.

    Returns
    -------
    dict
        One entry per :data:`COLUMNS`; NaN becomes None, lists become lists of str.
    """
    properties = event.properties
    return {column.name: _clean(column, properties[column.name]) for column in COLUMNS}


def _clean(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if type(value) is _PYTHON_TYPES.get(column.kind) and value == value:  # already clean: the common case
        return value
    if column.kind == "list":
        return [str(item) for item in value or ()]
    if is_missing(value):
        return math.nan if column.kind == "float" and not column.nullable else None
    if column.kind == "integer":
        return int(value)
    if column.kind == "float":
        return float(value)
    if hasattr(value, "isoformat"):
        return _iso(value)
    return str(value)


def event_from_record(record: Mapping[str, Any], geometry: BaseGeometry | None, *, source: str) -> Event:
    """Build an event from one feature's attributes as a reader found them.

    Values are converted to the model's types (``3.0`` or ``"3"`` become ``3``,
    JSON text becomes a tuple, NaN and empty text become None); unknown
    attributes are ignored and missing optional ones take the model's defaults.

    Parameters
    ----------
    record : mapping
        Attribute name to value.
    geometry : shapely geometry or None
        The feature's geometry, in WGS 84 longitude/latitude.
    source : str
        The file being read, for error messages.

    Returns
    -------
    Event

    Raises
    ------
    InputError
        If the feature has no geometry, lacks a required property, or holds a
        value of the wrong type or outside the allowed values.
    """
    label = _feature_label(record)
    if geometry is None or geometry.is_empty:
        raise InputError(source, f"{label} has no geometry; every event needs a location")
    geometry = shapely.force_2d(geometry)
    values: dict[str, Any] = {"geometry": geometry}
    for column in COLUMNS:
        if column.derived:
            continue
        value = _convert(column, record.get(column.name), source, label)
        if value is None and not column.nullable:
            if column.name in _REQUIRED:
                raise InputError(source, f"{label} has no {column.name!r}; geomap cannot place it on a map")
            continue
        if column.allowed and value is not None and value not in column.allowed:
            raise InputError(
                source,
                f"{label}: {column.name} {value!r} is not a valid option, must be one of "
                + ", ".join(column.allowed),
            )
        values[column.name] = value
    values.setdefault("quote", "")
    values.setdefault("location_reason", "")
    if "lon" not in values or "lat" not in values:
        point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
        values["lon"], values["lat"] = point.x, point.y
    if "id" not in values:
        values["id"] = make_event_id(
            values.get("source"), values["event_type"], values.get("quote_start"), values.get("place_name")
        )
    return Event(**values)


def _iso(value: date | time) -> str:
    """ISO text of a date or time; a midnight datetime (a GIS "Date" read as datetime) is a date."""
    if isinstance(value, datetime) and value.tzinfo is None and value.time() == time(0):
        return value.date().isoformat()
    return value.isoformat()


def _feature_label(record: Mapping[str, Any]) -> str:
    identifier = record.get("id")
    return "a feature" if is_missing(identifier) else f"feature {identifier}"


def _convert(column: Column, value: Any, source: str, label: str) -> Any:
    if value is None:
        return None
    if type(value) is _PYTHON_TYPES.get(column.kind) and value == value and value != "":  # the common case
        return value
    if column.kind == "list":
        return _as_tuple(value, source, label, column.name)
    if isinstance(value, str) and column.kind != "string":
        value = value.strip()
        if not value:
            return None
    if is_missing(value):
        return None
    try:
        if column.kind == "integer":
            number = float(value)
            if not number.is_integer():
                raise ValueError(value)
            return int(number)
        if column.kind == "float":
            return float(value)
    except (TypeError, ValueError):
        raise InputError(source, f"{label}: {column.name} {value!r} is not a number") from None
    if hasattr(value, "isoformat"):
        return _iso(value)
    text = str(value)
    if not text and column.nullable:
        return None
    return text


def _as_tuple(value: Any, source: str, label: str, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else None
        except json.JSONDecodeError:
            problem = f"{label}: {name} is not a JSON array of texts: {value[:60]!r}"
            raise InputError(source, problem) from None
    elif hasattr(value, "tolist"):  # GDAL list fields arrive as numpy arrays
        value = value.tolist()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ()
    if not isinstance(value, list | tuple):
        raise InputError(source, f"{label}: {name} must be a list of texts, not {value!r}")
    return tuple(str(item) for item in value)
