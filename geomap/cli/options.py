"""Options shared by the commands that read articles or events (extract, map, export).

Each decorator adds one option with its validation, so every command spells
and checks it the same way::

    @click.command()
    @inputs_argument
    @published_option
    @jobs_option
    @scheduler_option
    @store_option
    def command(inputs, published, jobs, scheduler, store): ...
        result = load_events(inputs, published=published, jobs=jobs, scheduler=scheduler, store=store)
        ...
        ctx.exit(report_failures(result))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click

from geomap.articles import parse_published

__all__ = [
    "inputs_argument",
    "jobs_option",
    "scheduler_option",
    "published_option",
    "store_option",
    "quiet_option",
    "is_quiet",
    "report_failures",
]

F = Callable[..., Any]


def _parse_published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return parse_published(value)
    except ValueError as error:
        raise click.BadParameter(f"{error} (for example --published {dt.date.today().isoformat()})") from None


def inputs_argument(function: F) -> F:
    """Add the ``INPUT...`` argument: files, directories, globs, ``-`` for stdin, or event files."""
    return click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")(function)


def published_option(function: F) -> F:
    """Add ``--published DATE``, the publication date of articles that do not state one."""
    return click.option(
        "--published",
        metavar="DATE",
        callback=_parse_published,
        help="Publication date (YYYY-MM-DD) for articles that do not state one; "
        "relative dates ('on Saturday') are resolved against it.",
    )(function)


def jobs_option(function: F) -> F:
    """Add ``-j/--jobs N``, the number of local processes (0: one per CPU)."""
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=0),
        default=1,
        show_default=True,
        help="Local processes for extraction; 0 uses one per CPU.",
    )(function)


def scheduler_option(function: F) -> F:
    """Add ``--scheduler ADDRESS``, a Dask scheduler to run extraction on."""
    return click.option(
        "--scheduler",
        metavar="ADDRESS",
        envvar="GEOMAP_SCHEDULER",
        help="Dask scheduler address (tcp://host:8786) to run extraction on a cluster; "
        "overrides --jobs. Also read from GEOMAP_SCHEDULER.",
    )(function)


def store_option(function: F) -> F:
    """Add ``--store PATH``, an incremental SQLite store of processed articles."""
    return click.option(
        "--store",
        type=click.Path(dir_okay=False, writable=True),
        metavar="PATH",
        help="SQLite store (e.g. events.sqlite): articles already in it are not extracted again, "
        "new ones are added. Makes daily runs only process the new day.",
    )(function)


def quiet_option(function: F) -> F:
    """Add ``-q/--quiet``: no progress bar and no summary, only errors."""
    return click.option("-q", "--quiet", is_flag=True, help="Only errors: no progress bar, no summary.")(
        function
    )


def is_quiet(ctx: click.Context, quiet: bool = False) -> bool:
    """Return True if this command or the ``geomap -q`` group option asked for quiet output."""
    root = ctx.find_root().obj
    return quiet or bool(isinstance(root, dict) and root.get("quiet"))


def report_failures(result: Any, *, quiet: bool = False) -> int:
    """Print failed inputs and the run summary to standard error; return the exit code.

    Parameters
    ----------
    result : LoadResult
        What :func:`geomap.loading.load_events` returned.
    quiet : bool
        Print only the failures, not the summary.

    Returns
    -------
    int
        0 when every input was used, 1 when some failed (the others were still processed).
    """
    for failure in result.failures:
        click.echo(f"geomap: skipped {failure}", err=True)
    if not quiet:
        for line in result.summary.lines():
            click.echo(f"geomap: {line}", err=True)
    return 1 if result.failures else 0
