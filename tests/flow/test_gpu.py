"""The home card's GPU figures (`flow.gpu.gpu_usage`) over the workspace's own
session to the world's sshd, where a script plays nvidia-smi; no session, no reading
(the 30 s poll never opens a connection)."""

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.gpu import gpu_usage
from fastai_launcher.ssh.gpu import GpuReading
from fastai_launcher.ssh.hostkeys import InstanceHostKeyPolicy, KnownHosts, parse_console_host_keys
from fastai_launcher.ssh.keys import ensure_key
from fastai_launcher.ssh.session import Backoff, connect
from tests.world.aws_console import cloud_init_console_text


def test_gpu_usage_reads_over_the_live_session_and_never_connects(sshd, isolated_home, app_paths):
    ws = Workspace(app_paths, home=isolated_home)
    ctx = TaskContext()
    sshd.play_nvidia_smi("64, 2048, 15360\n")
    assert gpu_usage(ws, ctx) is None  # not connected: nothing is opened for a glance
    assert sshd.nvidia_smi_calls == []

    key = ensure_key(isolated_home)
    sshd.authorize(key.public_line)
    listed = parse_console_host_keys(cloud_init_console_text(sshd.host_public_keys))
    policy = InstanceHostKeyPolicy(
        "i-0gpu00000000000001", KnownHosts(app_paths.known_hosts), listed
    )
    ws.ssh = connect("127.0.0.1", sshd.port, key.pkey, policy, ctx, sshd.user,
                     Backoff(first_delay=0.05, total=10))  # fmt: skip
    try:
        assert gpu_usage(ws, ctx) == [GpuReading(0, 64.0, 2048.0, 15360.0)]
        ws.ssh.transport.close()  # the link drops
        assert gpu_usage(ws, ctx) is None
    finally:
        ws.close()
    assert len(sshd.nvidia_smi_calls) == 1
