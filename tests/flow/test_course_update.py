""" "Update course" in the test world (moto for AWS, the real sshd as the instance,
the shipped `sandbox` recipe): the plan says a stopped instance must be started
and changes nothing; the update starts it, keeps the student's edited and new
notebooks in ~/my-work/<date>-before-update/ and names that folder."""

from __future__ import annotations

import shutil

import requests

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.course_update import (
    backup_folder_name,
    plan_course_update,
    update_course,
)
from fastai_launcher.flow.jupyter import ensure_jupyter
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.ssh.jupyter import local_url


def test_a_stopped_instance_is_started_only_by_the_update_and_the_student_s_work_is_named(
    installed, sshd, course, aws_world
):
    ws, ctx = installed, TaskContext(wall_clock=lambda: 1_796_000_000.0)  # 2026-11-30 UTC
    home = sshd.home / course.folder
    (home / "nbs" / "lesson1.ipynb").write_text('{"cells": ["my edit"]}\n')
    (home / "nbs" / "mine").mkdir()
    (home / "nbs" / "mine" / "try.ipynb").write_text("mine\n")
    instance_id = ws.progress.instance_id
    stop(ws, ctx)

    plan = plan_course_update(ws, ctx)
    assert plan.must_start and plan.kept is None and plan.installed is None
    assert plan.instance.instance_id == instance_id and plan.instance.instance_type
    assert plan.backup_folder == "my-work/2026-11-30-before-update"
    ec2 = aws_world.client("ec2")
    state = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
    assert state["State"]["Name"] == "stopped"  # the plan changed nothing

    lines: list[str] = []
    result = update_course(ws, ctx, lines.append)
    try:
        assert ws.instance is not None and ws.instance.state == "running"
        assert result.status.exit_code == 0
        assert result.kept == ("nbs/lesson1.ipynb", "nbs/mine/try.ipynb")
        assert result.replaced == ()  # the course did not change them: they stay in place
        assert result.kept_folder is not None and result.kept_folder.startswith("my-work/")
        kept = sshd.home / result.kept_folder
        assert (kept / "nbs/lesson1.ipynb").read_text() == '{"cells": ["my edit"]}\n'
        assert (kept / "nbs/mine/try.ipynb").read_text() == "mine\n"
        assert (home / "nbs/lesson1.ipynb").read_text() == '{"cells": ["my edit"]}\n'

        # Jupyter, serving the course's folder, shows the kept folder (through a link).
        ensure_jupyter(ws, ctx)
        listed = requests.get(
            local_url(ws.jupyter, ws.tunnel.local_port, f"api/contents/{result.kept_folder}/nbs"),
            timeout=10,
        ).json()
        assert sorted(item["name"] for item in listed["content"]) == ["lesson1.ipynb", "mine"]

        again = plan_course_update(ws, ctx)  # running now: the plan lists what it keeps
        assert not again.must_start and again.installed
        assert again.kept == ("nbs/lesson1.ipynb", "nbs/mine/try.ipynb")
    finally:
        if result.kept_folder:
            shutil.rmtree(sshd.home / result.kept_folder, ignore_errors=True)


def test_the_backup_folder_is_named_by_the_utc_date():
    assert backup_folder_name(0.0) == "my-work/1970-01-01-before-update"
