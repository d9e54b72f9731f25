"""The flow layer's contract with the UI, without the servers: cheap to import,
steps named as saved progress holds them, resume where the user left."""

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Step, StepText, Workspace
from fastai_launcher.flow.steps import announce, next_step


def test_importing_the_flow_loads_neither_boto3_nor_paramiko_nor_qt():
    # The UI builds a Workspace at start-up: that must stay fast.
    code = (
        "import sys, fastai_launcher.flow as f\n"
        "import fastai_launcher.flow.runs, fastai_launcher.flow.signin, fastai_launcher.flow.offers\n"
        "import fastai_launcher.flow.lifecycle, fastai_launcher.flow.connect\n"
        "print(sorted(m for m in ('boto3', 'botocore', 'paramiko', 'PySide6') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_step_announcement_is_progress_text_carrying_the_step():
    seen = []
    announce(
        TaskContext(on_progress=lambda step, done, total: seen.append((step, done, total))),
        Step.LAUNCH,
    )
    [(step, done, total)] = seen
    assert isinstance(step, StepText) and step.step is Step.LAUNCH
    assert step.render() == "Launching the instance" and 0 < done < total


def test_progress_is_saved_at_once_and_a_new_workspace_resumes_after_the_last_step_done(app_paths):
    ws = Workspace.load(app_paths)
    assert ws.resume_step is Step.WELCOME
    ws.update(region="ap-northeast-2", instance_id="i-0123456789abcdef0")
    ws.done(Step.LAUNCH)
    again = Workspace.load(app_paths)
    assert again.resume_step is Step.CONNECT is next_step(Step.LAUNCH)
    assert (again.progress.region, again.progress.instance_id) == (
        "ap-northeast-2",
        "i-0123456789abcdef0",
    )
    again.done(Step.JUPYTER)
    again.done(Step.KEY)  # a step run again later does not send a finished setup back
    assert Workspace.load(app_paths).resume_step is Step.DONE


def test_the_login_user_is_ubuntu_unless_the_developer_option_says_otherwise(app_paths):
    assert Workspace(app_paths, env={}).ssh_user == "ubuntu"
    assert Workspace(app_paths, env={"FASTAI_LAUNCHER_SSH_USER": "world"}).ssh_user == "world"
    assert Workspace(app_paths, env={}).jupyter_port == 8888
    assert Workspace(app_paths, env={"FASTAI_LAUNCHER_JUPYTER_PORT": "9999"}).jupyter_port == 9999


def test_a_key_kept_in_the_keyring_signs_in_again_at_every_start(aws_world, app_paths):
    from fastai_launcher.flow.signin import resume_sign_in, sign_in_with_key
    from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY

    first = Workspace.load(app_paths)
    sign_in_with_key(first, TaskContext(), TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    for _start in range(3):  # each start reads the saved files, signs in from the keyring
        again = Workspace.load(app_paths)
        identity = resume_sign_in(again, TaskContext())
        assert identity is not None and identity.account
        assert Workspace.load(app_paths).progress.access_key_id == TEST_ACCESS_KEY_ID


def test_tasks_that_sign_in_again_together_ask_aws_once(aws_world, app_paths):
    from fastai_launcher.flow.signin import resume_sign_in, sign_in_with_key
    from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
    from tests.world.aws_record import operations

    sign_in_with_key(
        Workspace.load(app_paths), TaskContext(), TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
    )
    with operations() as alone:
        assert resume_sign_in(Workspace.load(app_paths), TaskContext()) is not None
    again = Workspace.load(
        app_paths
    )  # a new start: the tray's poll and the home view begin at once
    with operations() as together, ThreadPoolExecutor(max_workers=3) as pool:
        identities = list(pool.map(lambda _: resume_sign_in(again, TaskContext()), range(3)))
    assert alone == ["sts:GetCallerIdentity"]
    assert together == alone  # what one task alone asks, and no more
    assert all(identity is identities[0] and identity is not None for identity in identities)
