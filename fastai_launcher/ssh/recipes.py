"""Installing the course on the instance (guide step 6), as data in `resources/recipes/`.

A recipe is a repository, setup steps, a notebook folder and a Jupyter
command.  It runs on the instance as a generated shell script started with
`nohup setsid`, writing `~/.fastai-launcher/<recipe>/log` and, at the end,
`exit-code`: a dropped connection or a closed laptop does not stop it.  The app
follows the log from a byte offset, so it can re-attach after reconnecting
without showing a line twice, and tells running / succeeded / failed /
interrupted apart from those files.

Every run is idempotent: steps with a `skip_if` test that passes are skipped,
and an existing clone gets the guide's update (`git pull`, the recipe's update
steps) instead of a new clone.  An update never hides the student's work (no
stash, no hard reset): their changed and new files are first copied to
`~/my-work/<date>-before-update/`, which Jupyter shows, and only the files the
course itself changes are then replaced (`course_changes` lists them before,
`kept_work` after).
"""

from __future__ import annotations

import enum
import functools
import json
import re
import shlex
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.errors import SshError
from ..core.resources import resource
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, Text, text

if TYPE_CHECKING:
    # Only for annotations: reading a recipe (the UI does, for its folder) loads no paramiko.
    from .session import Session

DEFAULT_RECIPE = "course-v3"
STATE_ROOT = ".fastai-launcher"  # on the instance, relative to the login's home
MARK = "### fastai-launcher"
_STEP = re.compile(r"^### fastai-launcher step (\d+)/(\d+): (.*)$")

# The step names of the shipped recipes, for translation (they live in JSON).
_STEP_NAMES = (
    QT_TRANSLATE_NOOP("RecipeSteps", "Get the course"),
    QT_TRANSLATE_NOOP("RecipeSteps", "Install Miniforge (conda)"),
    QT_TRANSLATE_NOOP("RecipeSteps", "Create the fastai v1 environment"),
    QT_TRANSLATE_NOOP("RecipeSteps", "Update fastai"),
    QT_TRANSLATE_NOOP("RecipeSteps", "Install fastai and Jupyter"),
)


@dataclass(frozen=True)
class RecipeStep:
    name: str
    run: str
    skip_if: str | None = None


@dataclass(frozen=True)
class Recipe:
    id: str
    title: str
    repository: str
    folder: str  # the clone, relative to the home folder
    notebooks: str  # where Jupyter opens, relative to the home folder
    prelude: tuple[str, ...]  # shell lines run first (activate the environment)
    steps: tuple[RecipeStep, ...]
    update: tuple[RecipeStep, ...]  # run when the clone already existed
    jupyter_start: str  # `{port}` and `{notebooks}` are filled in
    jupyter_list: str  # prints one JSON object per running server and line

    @property
    def state_dir(self) -> str:
        return f"{STATE_ROOT}/{self.id}"


def available_recipes() -> list[str]:
    return sorted(p.stem for p in resource("recipes").glob("*.json"))


@functools.cache  # a shipped file that never changes; the home view asks on each refresh
def load_recipe(name: str) -> Recipe:
    return recipe_from_dict(json.loads(resource("recipes", f"{name}.json").read_text("utf-8")))


def recipe_from_dict(raw: dict[str, object]) -> Recipe:
    def steps(key: str) -> tuple[RecipeStep, ...]:
        items = raw.get(key, [])
        assert isinstance(items, list)
        return tuple(RecipeStep(str(s["name"]), str(s["run"]), s.get("skip_if")) for s in items)

    jupyter = raw["jupyter"]
    prelude = raw.get("prelude", [])
    assert isinstance(jupyter, dict) and isinstance(prelude, list)
    recipe = Recipe(
        id=str(raw["id"]),
        title=str(raw["title"]),
        repository=str(raw["repository"]),
        folder=str(raw["folder"]),
        notebooks=str(raw["notebooks"]),
        prelude=tuple(str(line) for line in prelude),
        steps=steps("steps"),
        update=steps("update"),
        jupyter_start=str(jupyter["start"]),
        jupyter_list=str(jupyter["list"]),
    )
    if not re.fullmatch(r"[A-Za-z0-9._-]+", recipe.id):
        raise ValueError(f"recipe id {recipe.id!r} must be a plain file name")
    return recipe


MY_WORK = "my-work"  # on the instance, relative to the login's home: the student's own folder

# Run in the clone before an update, after `git fetch`.  The student's changed and new
# files are copied to ~/my-work/<date>-before-update/ (a fresh folder claimed with
# mkdir, relative paths kept) and compared with their copies.  Only then are those the
# update itself changes taken out of its way (their copy stays); the others stay in
# place.  The state folder gets `kept` and `replaced` (NUL-separated relative paths)
# and `kept-folder` (relative to the home folder).
KEEP_WORK = r"""keep_work() {
  local S="$FASTAI_LAUNCHER_STATE" entry status path backup day n=1
  local -a keep=() staged=()
  local -A incoming=()
  : > "$S/kept"; : > "$S/replaced"; rm -f "$S/kept-folder"
  git diff --name-only -z HEAD '@{u}' -- > "$S/incoming"
  while IFS= read -r -d '' path; do incoming["$path"]=1; done < "$S/incoming"
  git status --porcelain=v1 -z --untracked-files=all > "$S/status"
  while IFS= read -r -d '' entry; do
    status=${entry:0:2}; path=${entry:3}
    case "$status" in R*|C*) IFS= read -r -d '' _ || true ;; esac
    case "/$path" in */.ipynb_checkpoints/*) continue ;; esac
    case "$status" in [MADRCU]?) [ -n "${incoming[$path]:-}" ] && staged+=("$path") ;; esac
    if [ -f "$path" ]; then keep+=("$path"); fi
  done < "$S/status"
  rm -f "$S/incoming" "$S/status"
  if [ ${#keep[@]} -gt 0 ]; then
    day=$(date +%Y-%m-%d)
    mkdir -p "$HOME/my-work"
    backup="$HOME/my-work/$day-before-update"
    until mkdir "$backup" 2> /dev/null; do n=$((n + 1)); backup="$HOME/my-work/$day-before-update-$n"; done
    for path in "${keep[@]}"; do
      cp -p --parents -- "$path" "$backup/"
      cmp -s -- "$path" "$backup/$path"
      printf '%s\0' "$path" >> "$S/kept"
    done
    echo "${backup#"$HOME"/}" > "$S/kept-folder"
    echo "### fastai-launcher kept your work in $backup"
  fi
  if [ ${#staged[@]} -gt 0 ]; then git restore --staged -- "${staged[@]}"; fi
  for path in "${keep[@]}"; do
    if [ -n "${incoming[$path]:-}" ]; then
      rm -f -- "$path"
      printf '%s\0' "$path" >> "$S/replaced"
    fi
  done
}"""


def _my_work_link(recipe: Recipe) -> list[str]:
    """Lines that show ~/my-work inside the notebook folder Jupyter serves (a link, kept
    out of git's view), so the student sees the copies an update kept."""
    q = shlex.quote
    inside = recipe.notebooks.removeprefix(recipe.folder).strip("/")
    link = f"{recipe.notebooks}/{MY_WORK}"
    exclude = f"/{inside}/{MY_WORK}" if inside else f"/{MY_WORK}"
    info = f"{recipe.folder}/.git/info"
    return [
        f'  mkdir -p "$HOME"/{MY_WORK}',
        f"  if [ -d {q(recipe.notebooks)} ] && [ ! -e {q(link)} ] && [ ! -L {q(link)} ]; then",
        f'    ln -s "$HOME"/{MY_WORK} {q(link)}',
        "  fi",
        f"  mkdir -p {q(info)}",
        f"  grep -qxF {q(exclude)} {q(info + '/exclude')} 2> /dev/null || "
        f"echo {q(exclude)} >> {q(info + '/exclude')}",
    ]


def recipe_script(recipe: Recipe) -> str:
    """The shell script that runs `recipe` on the instance, start to end."""
    q = shlex.quote
    total = len(recipe.steps) + 1
    body = [
        "main() {",
        "  set -eo pipefail",
        *(f"  {line}" for line in recipe.prelude),
        f"  if [ -d {q(recipe.folder + '/.git')} ]; then UPDATING=1; else UPDATING=0; fi",
        f"  TOTAL={total}",
        f'  if [ "$UPDATING" = 1 ]; then TOTAL={total + len(recipe.update)}; fi',
        f'  echo "{MARK} step 1/$TOTAL: Get the course"',
        '  if [ "$UPDATING" = 1 ]; then',
        f"    cd {q(recipe.folder)}",
        "    git fetch",
        "    keep_work",
        "    git merge --ff-only '@{u}'",
        '    cd "$HOME"',
        "  else",
        f"    git clone {q(recipe.repository)} {q(recipe.folder)}",
        "  fi",
        *_my_work_link(recipe),
    ]
    for number, step in enumerate(recipe.steps, start=2):
        body += _step_lines(step, str(number), "  ")
    if recipe.update:
        body.append('  if [ "$UPDATING" = 1 ]; then')
        for offset, step in enumerate(recipe.update):
            body += _step_lines(step, str(total + 1 + offset), "    ")
        body.append("  fi")
    body.append("}")
    state = f'"$HOME"/{q(recipe.state_dir)}'
    return "\n".join(
        [
            "#!/usr/bin/env bash",
            f"# fastai-launcher recipe {recipe.id}: written by the app, safe to delete.",
            'cd "$HOME" || exit 1',
            f"export FASTAI_LAUNCHER_STATE={state}",
            KEEP_WORK,
            *body,
            '( main ) < /dev/null >> "$FASTAI_LAUNCHER_STATE/log" 2>&1',
            "code=$?",
            f'echo "{MARK} finished: exit code $code" >> "$FASTAI_LAUNCHER_STATE/log"',
            'echo "$code" > "$FASTAI_LAUNCHER_STATE/exit-code.tmp"',
            'mv -f "$FASTAI_LAUNCHER_STATE/exit-code.tmp" "$FASTAI_LAUNCHER_STATE/exit-code"',
            "",
        ]
    )


def _step_lines(step: RecipeStep, number: str, indent: str) -> list[str]:
    name = step.name.replace('"', "'").replace("$", "")
    lines = [f'{indent}echo "{MARK} step {number}/$TOTAL: {name}"']
    if step.skip_if:
        lines += [
            f"{indent}if ( {step.skip_if} ) > /dev/null 2>&1; then",
            f'{indent}  echo "{MARK} already done, skipped: {name}"',
            f"{indent}else",
            f"{indent}  ( {step.run}",
            f"{indent}  )",
            f"{indent}fi",
        ]
    else:
        lines += [f"{indent}( {step.run}", f"{indent})"]
    return lines


class RecipeState(enum.Enum):
    NOT_STARTED = "not-started"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    INTERRUPTED = "interrupted"  # the runner is gone without an exit code (instance stopped)


@dataclass(frozen=True)
class RecipeStatus:
    state: RecipeState
    exit_code: int | None
    run_id: str
    log_size: int


@dataclass
class RecipeRun:
    """One run being followed; `offset` is how much of its log the app has shown."""

    recipe_id: str
    run_id: str
    offset: int = 0


def _status_command(state_dir: str) -> str:
    s = shlex.quote(state_dir)
    return (
        f'S={s}; cd "$HOME"; code=$(cat $S/exit-code 2>/dev/null); pid=$(cat $S/pid 2>/dev/null); '
        "run=$(cat $S/run-id 2>/dev/null); size=$(stat -c %s $S/log 2>/dev/null || echo -1); "
        # stderr is silenced before the redirection that fails for a stale pid
        'alive=0; if [ -n "$pid" ] && tr "\\0" " " 2>/dev/null < /proc/$pid/cmdline '
        '| grep -q -- "$S/run.sh"; then alive=1; fi; '
        'echo "status code=$code alive=$alive size=$size run=$run"'
    )


def recipe_status(session: Session, recipe_id: str, ctx: TaskContext | None = None) -> RecipeStatus:
    """Whether the recipe ran on the instance, runs now, and how it ended."""
    status, output = session.capture(_status_command(f"{STATE_ROOT}/{recipe_id}"), ctx)
    lines = [line for line in output.splitlines() if line.startswith("status ")]
    fields = dict(part.split("=", 1) for part in (lines or [""])[-1].split()[1:] if "=" in part)
    if status != 0 or "alive" not in fields:
        raise _remote_failure()
    code = int(fields["code"]) if fields.get("code", "").lstrip("-").isdigit() else None
    size = int(fields.get("size") or -1)
    run_id = fields.get("run", "")
    if code is not None:
        state = RecipeState.SUCCEEDED if code == 0 else RecipeState.FAILED
    elif fields["alive"] == "1":
        state = RecipeState.RUNNING
    elif size >= 0:
        state = RecipeState.INTERRUPTED
    else:
        state = RecipeState.NOT_STARTED
    return RecipeStatus(state, code, run_id, max(size, 0))


def start_recipe(session: Session, recipe: Recipe, ctx: TaskContext) -> RecipeRun:
    """Start `recipe` on the instance in the background; attach to it if it runs already."""
    current = recipe_status(session, recipe.id, ctx)
    if current.state is RecipeState.RUNNING:
        return RecipeRun(recipe.id, current.run_id)
    ctx.progress(
        text("Recipes", QT_TRANSLATE_NOOP("Recipes", "Starting the installation on the instance"))
    )
    state = shlex.quote(recipe.state_dir)
    if session.run(f"mkdir -p {state}", ctx=ctx) != 0:
        raise _remote_failure()
    session.write_file(f"{recipe.state_dir}/run.sh", recipe_script(recipe).encode("utf-8"), 0o755)
    run_id = uuid.uuid4().hex[:12]
    launch = (
        f'cd "$HOME" && S={state} && rm -f $S/exit-code $S/kept-folder $S/kept $S/replaced && '
        f": > $S/log && echo {run_id} > $S/run-id && "
        "{ nohup setsid bash $S/run.sh > /dev/null 2>&1 < /dev/null & echo $! > $S/pid; }"
    )
    if session.run(launch, ctx=ctx) != 0:
        raise _remote_failure()
    return RecipeRun(recipe.id, run_id)


def _follow_command(state_dir: str, offset: int, interval: float) -> str:
    # Alive is checked before the exit code: a runner found gone with no exit code
    # written before it left was interrupted, not finished.
    s = shlex.quote(state_dir)
    return (
        f'cd "$HOME"; S={s}; off={offset}; while :; do '
        'pid=$(cat $S/pid 2>/dev/null); alive=0; if [ -n "$pid" ] && '
        'tr "\\0" " " < /proc/$pid/cmdline 2>/dev/null | grep -q -- "$S/run.sh"; then alive=1; fi; '
        "done=0; [ -f $S/exit-code ] && done=1; "
        "size=$(stat -c %s $S/log 2>/dev/null || echo 0); "
        'if [ "$size" -gt "$off" ]; then tail -c +$((off + 1)) $S/log | head -c $((size - off)); off=$size; fi; '
        '[ "$done" = 1 ] && exit 0; [ "$alive" = 0 ] && exit 3; '
        f"sleep {interval}; done"
    )


def follow_recipe(
    session: Session,
    run: RecipeRun,
    on_line: Callable[[str], None],
    ctx: TaskContext,
    interval: float = 0.5,
) -> RecipeStatus:
    """Show the run's log from `run.offset` on, line by line, until it ends.

    `run.offset` moves past each line shown, so after a dropped connection
    (`SshError`) the caller reconnects and calls this again with the same `run`.
    """
    status = recipe_status(session, run.recipe_id, ctx)
    if status.run_id != run.run_id:  # another run started meanwhile: show that one
        run.run_id, run.offset = status.run_id, 0
    pending = b""

    def deliver(chunk: bytes) -> None:
        nonlocal pending
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for raw in lines:
            run.offset += len(raw) + 1
            line = raw.rstrip(b"\r").decode("utf-8", errors="replace")
            _report_step(line, ctx)
            on_line(line)

    state_dir = f"{STATE_ROOT}/{run.recipe_id}"
    session.stream(_follow_command(state_dir, run.offset, interval), deliver, ctx)
    return recipe_status(session, run.recipe_id, ctx)


def _report_step(line: str, ctx: TaskContext) -> None:
    found = _STEP.match(line)
    if found:
        number, total, name = int(found[1]), int(found[2]), found[3]
        ctx.progress(Text("RecipeSteps", name), number, total)


def _remote_failure() -> SshError:
    return SshError(
        text(
            "Recipes", QT_TRANSLATE_NOOP("Recipes", "The instance did not run the app's command.")
        ),
        text(
            "Recipes",
            QT_TRANSLATE_NOOP(
                "Recipes", "Check that the instance's disk is not full, then try again."
            ),
        ),
    )


@dataclass(frozen=True)
class CourseChanges:
    """What the student changed in the course's clone, as paths relative to it."""

    changed: tuple[str, ...]  # course files edited
    new: tuple[str, ...]  # files the course does not have
    deleted: tuple[str, ...]  # course files removed

    @property
    def kept(self) -> tuple[str, ...]:
        """What an update copies to the student's folder first."""
        return tuple(sorted(self.changed + self.new))


def parse_git_status(raw: bytes) -> CourseChanges:
    """`git status --porcelain=v1 -z --untracked-files=all`, Jupyter's checkpoints left out."""
    changed: list[str] = []
    new: list[str] = []
    deleted: list[str] = []
    fields = iter(raw.split(b"\0"))
    for entry in fields:
        if len(entry) < 4:
            continue
        status, path = entry[:2].decode("ascii", "replace"), entry[3:].decode("utf-8", "replace")
        if status[0] in "RC":
            next(fields, None)  # the old name of a rename or copy follows
        if ".ipynb_checkpoints" in path.split("/"):
            continue
        if status == "??":
            new.append(path)
        elif "D" in status:
            deleted.append(path)
        elif status[0] in "ACR":
            new.append(path)
        else:
            changed.append(path)
    return CourseChanges(tuple(sorted(changed)), tuple(sorted(new)), tuple(sorted(deleted)))


def course_changes(
    session: Session, recipe: Recipe, ctx: TaskContext | None = None
) -> CourseChanges | None:
    """The student's changes in the clone; None when the course is not installed."""
    folder = shlex.quote(recipe.folder)
    command = (
        f'cd "$HOME" && [ -d {folder}/.git ] || exit 3; '
        f"cd {folder} && git status --porcelain=v1 -z --untracked-files=all"
    )
    raw = bytearray()
    status = session.stream(command, raw.extend, ctx, timeout=120)
    if status == 3:
        return None
    if status != 0:
        raise _remote_failure()
    return parse_git_status(bytes(raw))


@dataclass(frozen=True)
class KeptWork:
    """What the last update kept: the folder (relative to the home folder) and its files."""

    folder: str | None  # None: there was nothing to keep
    kept: tuple[str, ...]  # copied there, relative to the clone (and to the folder)
    replaced: tuple[str, ...]  # of those, the ones the course's new version replaced


def kept_work(session: Session, recipe: Recipe, ctx: TaskContext | None = None) -> KeptWork:
    """What the last update run of `recipe` kept, from the files it wrote."""
    state = shlex.quote(recipe.state_dir)
    # Sections apart by a "/" field, which no relative path can be.
    command = (
        f'cd "$HOME" && S={state} && {{ cat $S/kept-folder; printf "\\0/\\0"; cat $S/kept; '
        'printf "\\0/\\0"; cat $S/replaced; } 2>/dev/null; true'
    )
    raw = bytearray()
    if session.stream(command, raw.extend, ctx, timeout=60) != 0:
        raise _remote_failure()
    sections: list[list[str]] = [[]]
    for field in bytes(raw).split(b"\0"):
        if field == b"/":
            sections.append([])
        elif field.strip():
            sections[-1].append(field.decode("utf-8", "replace"))
    folder, kept, replaced = [*sections, [], [], []][:3]
    name = folder[0].strip() if folder else ""
    return KeptWork(name or None, tuple(kept), tuple(replaced))
