"""Options shared by the commands that read articles or events (extract, map, export).

Each decorator adds one option with its validation, so every command spells
and checks it the same way. :func:`input_options` adds them all, and
:func:`load_inputs` runs the reading they describe::

    @click.command()
    @input_options
    @click.pass_context
    def command(ctx, **reading):
        result = load_inputs(ctx, **reading)
        ...
        ctx.exit(report_failures(result, quiet=is_quiet(ctx, reading["quiet"])))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from geomap.articles import parse_published
from geomap.errors import GeomapError

__all__ = [
    "input_options",
    "load_inputs",
    "check_output_directory",
    "check_output_format",
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


def merge_option(function: F) -> F:
    """Add ``--merge/--no-merge``: merge reports of one happening from different articles."""
    return click.option(
        "--merge/--no-merge",
        default=True,
        show_default=True,
        help="Merge reports of the same happening (same type, date and place) from different articles.",
    )(function)


def quiet_option(function: F) -> F:
    """Add ``-q/--quiet``: no progress bar and no summary, only errors."""
    return click.option("-q", "--quiet", is_flag=True, help="Only errors: no progress bar, no summary.")(
        function
    )


def input_options(function: F) -> F:
    """Add ``INPUT...`` and every option that says how inputs are read.

    That is ``--published``, ``--jobs``, ``--scheduler``, ``--store``,
    ``--merge/--no-merge`` and ``-q``; :func:`load_inputs` takes them as they come.
    """
    for decorator in (
        quiet_option,
        merge_option,
        store_option,
        scheduler_option,
        jobs_option,
        published_option,
        inputs_argument,
    ):
        function = decorator(function)
    return function


def load_inputs(
    ctx: click.Context,
    *,
    output: str | None,
    inputs: tuple[str, ...],
    published: str | None,
    jobs: int,
    scheduler: str | None,
    store: str | None,
    merge: bool,
    quiet: bool,
) -> Any:
    """Read or extract the events of every input, as the shared options ask.

    Parameters
    ----------
    ctx : click.Context
        The running command (for the group's ``-q``).
    output : str or None
        The file the command will write (None: standard output), named in errors.
    inputs, published, jobs, scheduler, store, merge, quiet
        The values of the options added by :func:`input_options`.

    Returns
    -------
    LoadResult
        Events, failed inputs and the run summary.

    Raises
    ------
    click.ClickException
        If reading fails as a whole (e.g. an unreachable scheduler), or if no
        input could be read at all: then nothing is written and an existing
        output is left as it was.
    """
    from geomap.loading import load_events

    quiet = is_quiet(ctx, quiet)
    try:
        result = load_events(
            inputs,
            published=published,
            jobs=jobs,
            scheduler=scheduler,
            progress=False if quiet else None,
            store=store,
            merge=merge,
        )
    except GeomapError as error:
        raise click.ClickException(str(error)) from None
    if result.nothing_read:
        report_failures(result, quiet=quiet)
        written = f"{output} was not written" if output else "nothing was written"
        raise click.ClickException(f"no input could be read, so {written}")
    return result


def check_output_directory(
    ctx: click.Context, param: click.Parameter | None, output: str | None
) -> str | None:
    """Refuse an output whose directory does not exist, before any long extraction starts.

    Usable as the ``callback`` of an ``-o/--output`` option.

    Returns
    -------
    str or None
        ``output``, unchanged.

    Raises
    ------
    click.BadParameter
        Naming the ``-o`` option and what to do.
    """
    if output is None:
        return None
    directory = Path(output).parent
    if not directory.is_dir():
        problem = f"directory {str(directory)!r} does not exist; create it first"
        raise click.BadParameter(problem, ctx=ctx, param_hint="'-o' / '--output'")
    return output


def check_output_format(ctx: click.Context, output: str, format_name: str | None = None) -> str:
    """Return the event-file format of ``output``, refusing an unusable destination early.

    Checked before any extraction runs, so a long run is never wasted on a typo.

    Parameters
    ----------
    ctx : click.Context
        The running command.
    output : str
        The ``-o`` value.
    format_name : str, optional
        A format named explicitly (``--format``); otherwise the extension decides.

    Returns
    -------
    str
        The format name.

    Raises
    ------
    click.BadParameter
        For an unknown format or a missing directory.
    """
    from geomap.export.formats import format_for

    try:
        chosen = format_for(output, format_name)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx=ctx, param_hint="'-o' / '--output'") from None
    check_output_directory(ctx, None, output)
    return chosen


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
