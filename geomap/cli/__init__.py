"""The ``geomap`` command line: one module per subcommand, ``main`` is only the group."""
