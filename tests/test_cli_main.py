import importlib

import pytest
from click.testing import CliRunner

from geomap.cli.main import _COMMANDS, cli


def test_help_lists_every_subcommand_without_importing_them():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0, result.output
    for name in _COMMANDS:
        assert name in result.output


@pytest.mark.parametrize("name", sorted(_COMMANDS))
def test_every_subcommand_imports_and_has_help(name):
    module_name, attribute, _ = _COMMANDS[name]
    command = getattr(importlib.import_module(module_name), attribute)
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert command.name is not None


def test_unknown_subcommand_is_a_usage_error():
    result = CliRunner().invoke(cli, ["frobnicate"])
    assert result.exit_code == 2
    assert "No such command" in result.output
