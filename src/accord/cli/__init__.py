"""accord's command line: thin shells over the library, one module per group of commands."""

from __future__ import annotations

import click

from accord.cli.curation import COMMANDS as CURATION_COMMANDS
from accord.cli.extract import extract_command, text_command
from accord.cli.knowledge import COMMANDS as KNOWLEDGE_COMMANDS
from accord.cli.report import report_command
from accord.cli.serve import COMMANDS as WEB_COMMANDS
from accord.cli.tracking import COMMANDS as TRACKING_COMMANDS


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="accord")
def main() -> None:
    """accord: a sourced record of who proposed what, agreed what, built what, for how much and by when."""


main.add_command(extract_command)
main.add_command(text_command)
main.add_command(report_command)
for command in [*KNOWLEDGE_COMMANDS, *TRACKING_COMMANDS, *CURATION_COMMANDS, *WEB_COMMANDS]:
    main.add_command(command)
