"""Whether the app can keep its files: `AppPaths.storage_problem` never raises, it says why.

A read-only disk is the drill's (tests/drills/test_unusable_home.py, which
mounts one); here are the cases the file system shows to root as well.
"""

from __future__ import annotations

import errno

from fastai_launcher.core.paths import under


def test_a_usable_home_has_no_problem_and_leaves_no_probe_behind(isolated_home):
    paths = under(isolated_home / "app")
    assert paths.storage_problem() is None
    assert all(folder.is_dir() for folder in paths.all())
    assert list(paths.config.iterdir()) == []


def test_a_file_where_the_apps_folder_should_be_is_a_problem(isolated_home):
    (isolated_home / "app").write_text("not a folder")
    problem = under(isolated_home / "app").storage_problem()
    assert problem is not None and problem.errno in (errno.ENOTDIR, errno.EEXIST)


def test_a_state_file_that_is_a_folder_is_a_problem(isolated_home):
    paths = under(isolated_home / "app").ensure()
    paths.state_file.mkdir()
    problem = paths.storage_problem()
    assert isinstance(problem, IsADirectoryError)
    assert problem.filename == str(paths.state_file)
