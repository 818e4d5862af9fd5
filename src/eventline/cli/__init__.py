"""The command line: commands, their options, output and progress."""
