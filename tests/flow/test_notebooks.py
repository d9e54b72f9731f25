""" "Download my notebooks" through the flow in the test world (moto for AWS, the real
sshd as the instance, the shipped `sandbox` recipe): the Stop page's count, the
download into ~/fastai-notebooks/<instance name>/, and a dropped connection
(sshd restarted mid-file) healed by reconnecting and continuing the file."""

from __future__ import annotations

import hashlib

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.notebooks import (
    changed_notebook_count,
    download_notebooks,
    notebooks_folder,
)
from fastai_launcher.ssh.notebooks import PARTIAL

SIZE = 40 * 1000 * 1000


def test_the_stop_page_count_and_a_download_healed_after_a_dropped_connection(
    installed, sshd, course, isolated_home
):
    ws, ctx = installed, TaskContext()
    nbs = f"{course.folder}/nbs"
    assert ws.ssh.run(f"echo 'my edit' >> {nbs}/lesson1.ipynb && "
                      f"head -c {SIZE} /dev/urandom > {nbs}/weights.pth") == 0  # fmt: skip
    remote_hash = ws.ssh.capture(f"sha256sum {nbs}/weights.pth")[1].split()[0]
    folder = notebooks_folder(ws)
    assert folder.parent == isolated_home / "fastai-notebooks"
    assert folder.name == (ws.instance.name or ws.instance.instance_id)
    # ~/my-work is the whole home's (other tests may leave files there): count ours.
    others = len([p for p in (sshd.home / "my-work").rglob("*") if p.is_file()])
    assert changed_notebook_count(ws, ctx) == 2 + others  # "Download 2 changed notebooks first"

    first_session = ws.ssh
    dropped: list[int] = []

    def drop_mid_file(step, done, total):
        if done >= 10_000 and not dropped:
            dropped.append(done)
            sshd.restart()  # every connection to the instance is cut

    result = download_notebooks(ws, TaskContext(on_progress=drop_mid_file))
    assert dropped and ws.ssh is not first_session  # reconnected
    ours = sorted(p for p in result.downloaded if p.startswith(course.folder))
    assert ours == [f"{nbs}/lesson1.ipynb", f"{nbs}/weights.pth"]
    # The second attempt continued the partial file: every byte came over once.
    sizes = sum((folder / p).stat().st_size for p in result.downloaded)
    assert result.bytes == sizes and SIZE < sizes < 2 * SIZE
    digest = hashlib.sha256((folder / nbs / "weights.pth").read_bytes()).hexdigest()
    assert digest == remote_hash
    assert (folder / nbs / "lesson1.ipynb").read_text().endswith("my edit\n")
    assert not (folder / PARTIAL).exists()
    assert changed_notebook_count(ws, ctx) == 0
