"""The test world is a set of plugins; every later test reuses them."""

pytest_plugins = [
    "tests.world.home",
    "tests.world.keyring",
    "tests.world.aws_record",
    "tests.world.aws",
    "tests.world.aws_signin",
    "tests.world.sshd",
    "tests.world.aws_remote",
    "tests.world.jupyter",
    "tests.world.instance",
    "tests.world.qt",
    "tests.world.app_world",
]
