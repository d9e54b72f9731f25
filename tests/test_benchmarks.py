"""`python -m benchmarks` prints one JSON object per figure; not timed here (the
figures themselves come from `python -m benchmarks`, not from the suite)."""

import io
import json
import subprocess
import sys
from pathlib import Path

from benchmarks import actions
from benchmarks.__main__ import main
from benchmarks.aws_process import operation_of
from benchmarks.figures import figure, print_figure

FIELDS = ["name", "value", "unit", "anchor", "ratio", "goal"]


def test_a_figure_is_one_json_line_with_its_ratio_and_goal():
    out = io.StringIO()
    print_figure(figure("startup", 300.0, "ms", "<= 1.5x", 200.0, runs=7), out)
    print_figure(figure("memory", 120.5, "MB", "<= 150 MB"), out)
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert list(first)[:6] == FIELDS and first["ratio"] == 1.5 and first["runs"] == 7
    assert second["anchor"] is None and second["ratio"] is None and second["goal"] == "<= 150 MB"


def test_the_action_counts_print_the_express_path_against_the_guide(capsys):
    assert main(["actions"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    counted = json.loads(line)
    assert counted["express"] == {"click": 3, "typed field": 2, "typed command": 0}
    assert counted["value"] == len(actions.EXPRESS) and counted["anchor"] == len(actions.GUIDE)
    assert len(counted["guide_actions"]) == counted["anchor"] > 40


def test_an_unknown_benchmark_is_refused_with_the_known_ones():
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "nonsense"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 2 and "startup" in done.stdout and "tunnel" in done.stdout


def test_the_world_counts_requests_by_service_and_operation():
    auth = "AWS4-HMAC-SHA256 Credential=AKIA/20261128/us-west-2/ec2/aws4_request, Signed"
    query = {"HTTP_AUTHORIZATION": auth}
    assert operation_of(query, b"Action=DescribeInstances&Version=2016-11-15") == (
        "ec2:DescribeInstances"
    )
    json_call = {
        "HTTP_AUTHORIZATION": auth.replace("/ec2/", "/ssm/"),
        "HTTP_X_AMZ_TARGET": "AmazonSSM.GetParametersByPath",
    }
    assert operation_of(json_call, b"{}") == "ssm:GetParametersByPath"
