"""Finding the app's instance again (`flow.lifecycle`) in the AWS test world."""

from __future__ import annotations

from botocore.awsrequest import AWSResponse

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Timing, Workspace
from fastai_launcher.flow.lifecycle import refresh_instance
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from tests.world.aws import DLAMI_IMAGES, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY


def saved_untagged_instance(aws_world, app_paths) -> tuple[Workspace, str]:
    """Signed in, with an instance only its saved id finds (no app tag)."""
    ws = Workspace(app_paths, timing=Timing(not_found_recheck=0.05))
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, aws_world.region)
    run = aws_world.client("ec2").run_instances(
        ImageId=DLAMI_IMAGES[1]["ami_id"], InstanceType="g4dn.xlarge", MinCount=1, MaxCount=1
    )
    instance_id = run["Instances"][0]["InstanceId"]
    ws.update(instance_id=instance_id, setup_done=True)
    return ws, instance_id


def not_found(ws: Workspace, times: int) -> list[str]:
    """AWS answers the first `times` DescribeInstances by id with "not found" (the stub
    stands for AWS's eventual consistency and for an instance deleted long ago,
    which moto cannot produce: it keeps listing terminated instances)."""
    answers: list[str] = []

    def answer(model, params, **_kwargs):
        by_id = "InstanceId.1" in params.get("body", {})  # the EC2 query form of InstanceIds
        if not by_id or len(answers) >= times:
            return None
        answers.append("not found")
        error = {"Code": "InvalidInstanceID.NotFound", "Message": "not found"}
        return AWSResponse("https://ec2", 400, {}, None), {
            "Error": error,
            "ResponseMetadata": {"HTTPStatusCode": 400},
        }

    ws.client("ec2").meta.events.register("before-call.ec2.DescribeInstances", answer)
    return answers


def test_an_instance_aws_does_not_list_yet_is_asked_again_not_forgotten(aws_world, app_paths):
    ws, instance_id = saved_untagged_instance(aws_world, app_paths)
    answers = not_found(ws, times=1)  # just after RunInstances

    info = refresh_instance(ws, TaskContext())

    assert answers == ["not found"]
    assert info is not None and info.instance_id == instance_id
    assert ws.progress.instance_id == instance_id and ws.progress.setup_done


def test_an_instance_deleted_long_ago_is_forgotten_not_an_error(aws_world, app_paths):
    ws, _instance_id = saved_untagged_instance(aws_world, app_paths)
    answers = not_found(ws, times=99)

    assert refresh_instance(ws, TaskContext()) is None

    assert answers[:2] == ["not found", "not found"]  # asked twice before forgetting it
    assert ws.progress.instance_id is None and not ws.progress.setup_done
