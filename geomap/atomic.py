"""Atomic file output: a failed run never leaves a half-written file behind.

Content goes to a temporary file in the destination's directory, which replaces
the destination with one ``os.replace`` only once everything has been written.
An existing file is therefore either kept as it was or replaced whole.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from geomap.errors import OutputError

__all__ = ["atomic_path", "atomic_write"]


@contextlib.contextmanager
def atomic_path(destination: str | os.PathLike[str], *, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path that replaces ``destination`` when the block succeeds.

    Use it for writers that want a file name (GDAL, folium's ``save``).

    Parameters
    ----------
    destination : path-like
        Where the finished file must end up.
    suffix : str, optional
        Ending of the temporary file's name (default: the destination's own
        suffix). Writers that pick their format from the name, such as GDAL's
        CSV and KML drivers, need it to match the format.

    Yields
    ------
    pathlib.Path
        A path in the same directory; write the whole output there.

    Raises
    ------
    OutputError
        If the directory does not exist or is not writable.
    """
    target = Path(destination)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"cannot write {target}: directory {directory} does not exist")
    ending = ".tmp" + (target.suffix if suffix is None else suffix)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=ending, dir=directory)
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror}") from error
    os.close(handle)
    temporary_path = Path(temporary)
    temporary_path.unlink()  # writers such as GDAL refuse to overwrite an existing file
    try:
        yield temporary_path
        if target.exists():
            os.chmod(temporary_path, target.stat().st_mode & 0o777)
        else:
            os.chmod(temporary_path, 0o644)
        os.replace(temporary_path, target)
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror or error}") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary_path.unlink()


@contextlib.contextmanager
def atomic_write(
    destination: str | os.PathLike[str], mode: str = "w", *, encoding: str | None = "utf-8"
) -> Iterator[IO]:
    """Open a file for writing that appears at ``destination`` only if the block succeeds.

    Parameters
    ----------
    destination : path-like
        Where the finished file must end up.
    mode : {"w", "wb"}
        Text or binary.
    encoding : str, optional
        Text encoding; ignored in binary mode.

    Yields
    ------
    file object
        An open file; write the whole output to it.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"{mode!r} is not a valid mode, must be one of 'w', 'wb'")
    with atomic_path(destination) as temporary:
        text_encoding = None if "b" in mode else encoding
        with open(temporary, mode, encoding=text_encoding) as handle:
            yield handle
