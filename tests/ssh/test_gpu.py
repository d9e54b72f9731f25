"""GPU at a glance: nvidia-smi over a real SSH session to the world's sshd, where
a script plays nvidia-smi (`Sshd.play_nvidia_smi`): several GPUs, N/A figures,
a driver that does not answer, no nvidia-smi at all."""

import pytest

from fastai_launcher.ssh.gpu import GpuReading, parse_gpu_readings, read_gpus


@pytest.fixture
def session(open_session):
    return open_session()


def test_several_gpus_and_not_available_figures_are_parsed():
    output = "37, 1024, 15360\n0, 3, 15360\n[N/A], N/A, 81920\n\n"
    assert parse_gpu_readings(output) == [
        GpuReading(0, 37.0, 1024.0, 15360.0),
        GpuReading(1, 0.0, 3.0, 15360.0),
        GpuReading(2, None, None, 81920.0),
    ]
    assert parse_gpu_readings(output)[0].memory_percent == pytest.approx(6.667, abs=0.001)
    assert parse_gpu_readings(output)[2].memory_percent is None
    assert parse_gpu_readings("No devices were found\n") == []


def test_the_instance_s_gpus_are_read_over_the_session(session, sshd):
    sshd.play_nvidia_smi("87, 14000, 15360\n12, 500, 15360\n")
    assert read_gpus(session) == [
        GpuReading(0, 87.0, 14000.0, 15360.0),
        GpuReading(1, 12.0, 500.0, 15360.0),
    ]
    (call,) = sshd.nvidia_smi_calls
    assert "--query-gpu=utilization.gpu,memory.used,memory.total" in call
    assert "--format=csv,noheader,nounits" in call


def test_no_nvidia_smi_or_a_driver_that_does_not_answer_gives_none(session, sshd):
    sshd.play_nvidia_smi(None)
    assert read_gpus(session) is None
    sshd.play_nvidia_smi(
        "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\n",
        exit_code=9,
    )
    assert read_gpus(session) is None
    sshd.play_nvidia_smi("No devices were found\n")
    assert read_gpus(session) is None
