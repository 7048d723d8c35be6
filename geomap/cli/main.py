"""The ``geomap`` command group.

Subcommands live in their own modules and are imported only when invoked, so
``geomap geocode`` does not pay for folium or geopandas at start-up.
"""

from __future__ import annotations

import importlib
import logging

import click

from geomap import __version__

_COMMANDS = {
    "geocode": ("geomap.cli.geocode", "geocode", "Resolve a place name to coordinates, offline."),
    "extract": ("geomap.cli.extract", "extract", "Find located events in articles."),
    "map": ("geomap.cli.map", "map_command", "Draw events on a standalone HTML map."),
    "export": ("geomap.cli.export", "export", "Write events as GeoJSON, GeoPackage, CSV or KML."),
    "gazetteer": ("geomap.cli.gazetteer", "gazetteer", "Build or inspect the embedded gazetteer."),
}


class LazyGroup(click.Group):
    """A click group that imports each subcommand's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Return the subcommand names, sorted."""
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Import and return the subcommand called ``cmd_name``."""
        if cmd_name not in _COMMANDS:
            return None
        module_name, attribute, _ = _COMMANDS[cmd_name]
        return getattr(importlib.import_module(module_name), attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List subcommands with their one-line help, without importing them."""
        rows = [(name, _COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="geomap")
@click.option("-v", "--verbose", count=True, help="More log output (repeat for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors; no progress bars.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Turn news reports of war-time strikes into maps and GIS files, offline."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="geomap: %(levelname)s: %(message)s")
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet
