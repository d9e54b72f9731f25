"""Translations are complete and current: every string in the code is in the
.ts files, every Korean entry is finished, placeholders match across languages,
and the shipped .qm files are built from the committed .ts files. The Korean
follows i18n/GLOSSARY.md: no stray English, 종료 only for terminate, no particle
that a placeholder's value could make wrong."""

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_translations_are_complete_current_and_consistent():
    result = subprocess.run(
        [sys.executable, str(ROOT / "i18n" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "translations: OK" in result.stdout


# --- The Korean glossary (i18n/GLOSSARY.md), enforced on every Korean string ---

KO_TS = ROOT / "i18n" / "fastai_launcher_ko.ts"
GLOSSARY = ROOT / "i18n" / "GLOSSARY.md"
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n|%L?\d")

# Names and codes that stay in Latin letters in Korean, as the AWS Korean console
# writes them. A whole phrase is listed where its words mean nothing alone.
LATIN_PHRASES = (
    "AppIndicator and KStatusNotifierItem Support",  # a GNOME extension's name
    "[FastAI] Limit Increase Request",  # the guide's name for its quota request
    "Deep Learning AMI",
    "IAM Identity Center",
    "VS Code",
    "fastai launcher",
    "aws sso login",
    "aws configure",
    "ssh -L",
    "ssh fastai",
    "pip install",
)
# fmt: off
LATIN_NAMES = frozenset({
    "AWS", "EC2", "IAM", "AMI", "VPC", "SSO", "CLI", "GPU", "CPU", "vCPU", "vCPUs", "ID", "IP",
    "SSH", "ssh", "Jupyter", "NVIDIA", "K80", "PyTorch", "Ubuntu", "conda", "Miniforge",
    "fastai", "fast.ai", "fastai-launcher", "fastbook", "course-v3", "sandbox", "v1", "v2",
    "OpenSSH", "RSA", "ed25519", "ssh-ed25519", "ssh-rsa", "SHA256", "GNOME", "Wi-Fi", "UAE",
    "AKIA", "ASIA", "csv", "GB", "localhost", "Python", "PySide6", "PySide6-Essentials",
    "SignInLocalDevelopmentAccess", "Windows", "macOS", "Linux", "JSON", "my-work",
})
# fmt: on
# An instance type: g4dn.xlarge, p2.xlarge, g6e.12xlarge, p4d.24xlarge, m5.metal.
INSTANCE_TYPE = re.compile(
    r"[a-z][a-z0-9-]*\.(?:\d*x?large|metal(?:-\d+xl)?|nano|micro|small|medium)"
)
# A region's code: us-east-1, ap-northeast-2, us-gov-west-1.
REGION_CODE = re.compile(r"[a-z]{2}(?:-gov)?-[a-z]+-\d")
# An environment variable: AWS_ENDPOINT_URL.
ENV_VAR = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._\-][A-Za-z0-9]+)*")

# 종료 is the console's "terminate" and nothing else. It may stand in the states
# 종료 중 / 종료됨 (shutting-down / terminated), and as a verb only in a string
# that spells out once what it means: 종료(삭제).
TERMINATE_STATES = re.compile(r"^종료 중$|^종료됨$")

# Particles whose form depends on the sound before them (이/가, 을/를, 은/는, 와/과,
# 으로/로, 이라는/라는, 이고/고, 이며/며, 이나/나 ...): after a placeholder the app
# cannot know that sound, so it writes none. Those that read right after any value
# may follow one: 에, 에서, 에는, 에게, 의, 도, 만, 까지, 부터, 마다, 입니다; and so may a
# unit (분, 시간, 초, 개, 번째, 번, 째, 자), after which the sound is known.
AFTER_PLACEHOLDER_OK = re.compile(
    r"^(?:(?:분|시간|초|개|번째|번|째|자)[가-힣]*"
    r"|에서는|에서|에는|에게|에|의|도|만|까지|부터|마다|입니다)$"
)
HEDGED_PARTICLE = re.compile(r"\((?:으|이)\)[가-힣]|[가-힣]\((?:을|를|이|가|은|는|와|과|으로|로)\)")


def _korean_forms() -> list[tuple[str, str, str]]:
    """(context, English source, one Korean form) for every Korean entry."""
    found: list[tuple[str, str, str]] = []
    for context in ET.parse(KO_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            found.extend((name, message.findtext("source") or "", form) for form in forms)
    return found


def _report(bad: list[str]) -> str:
    return f"{len(bad)} Korean string(s) break i18n/GLOSSARY.md:\n" + "\n".join(bad)


def _latin_words(text: str) -> list[str]:
    text = PLACEHOLDER.sub(" ", text)
    text = re.sub(r"<[^>]*>", " ", text)  # rich-text tags and their attributes
    text = re.sub(r"\(&\w\)", " ", text)  # mnemonics
    text = re.sub(r"\S*(?:https?:|www\.|\.com|~/|/\w)\S*", " ", text)  # addresses and paths
    for phrase in LATIN_PHRASES:
        text = text.replace(phrase, " ")
    return [
        word
        for word in LATIN_WORD.findall(text)
        if word not in LATIN_NAMES
        and not INSTANCE_TYPE.fullmatch(word)
        and not REGION_CODE.fullmatch(word)
        and not ENV_VAR.fullmatch(word)
    ]


def _glossary_avoided_words() -> list[tuple[str, str]]:
    """(word to avoid, the glossary's Korean for it) from the table's "Avoid" column."""
    avoided: list[tuple[str, str]] = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and line.startswith("|"):
            avoided.extend((word, cells[1]) for word in re.findall(r"`([^`]+)`", cells[2]))
    return avoided


def test_korean_uses_no_english_words_except_names():
    bad = [
        f"{context}: {form!r}: {words}"
        for context, _source, form in _korean_forms()
        if (words := _latin_words(form))
    ]
    assert not bad, _report(bad)


def test_korean_says_jongryo_only_for_terminate():
    bad = [
        f"{context}: {form!r}"
        for context, _source, form in _korean_forms()
        if "종료" in form and not TERMINATE_STATES.match(form) and "종료(삭제)" not in form
    ]
    assert not bad, _report(bad)


def test_korean_writes_no_hedged_particle():
    bad = [
        f"{context}: {form!r}"
        for context, _source, form in _korean_forms()
        if HEDGED_PARTICLE.search(form)
    ]
    assert not bad, _report(bad)


def _particles_after_placeholders(text: str) -> list[str]:
    text = re.sub(r"<[^>]*>", "", text)
    flat = text
    while (inner := re.sub(r"\([^()]*\)", "", flat)) != flat:  # 인스턴스({id})는 reads 인스턴스는
        flat = inner
    glued: list[str] = []
    for candidate in (text, flat):
        for match in re.finditer(rf"(?:{PLACEHOLDER.pattern})[”’\"']?([가-힣]+)", candidate):
            if not AFTER_PLACEHOLDER_OK.match(match.group(1)) and match.group(0) not in glued:
                glued.append(match.group(0))
    return glued


def test_korean_glues_no_sound_dependent_particle_to_a_placeholder():
    bad = [
        f"{context}: {form!r}: {glued}"
        for context, _source, form in _korean_forms()
        if (glued := _particles_after_placeholders(form))
    ]
    assert not bad, _report(bad)


def test_korean_avoids_the_words_the_glossary_replaces():
    avoided = _glossary_avoided_words()
    assert len(avoided) >= 10, "the glossary's table lost its Avoid column"
    bad = [
        f"{context}: {form!r}: {word!r} (use {korean})"
        for context, _source, form in _korean_forms()
        for word, korean in avoided
        if word in PLACEHOLDER.sub(" ", form)
    ]
    assert not bad, _report(bad)


# The glossary's voice: -ㅂ니다 / -세요 (and -나요? for a question), never the formal
# -십시오 / -습니까 that one page used; "Step N of the guide" reads 가이드 N단계 everywhere.
FORMAL_VOICE = re.compile(r"십시오|습니까")
STEP_HEADING = re.compile(r"가이드 단계 \d")


def test_korean_speaks_in_one_voice_and_names_the_guides_steps_one_way():
    bad = [
        f"{context}: {form!r}"
        for context, _source, form in _korean_forms()
        if FORMAL_VOICE.search(form) or STEP_HEADING.search(form)
    ]
    assert not bad, _report(bad)


def test_glossary_checks_themselves():
    assert _latin_words("Jupyter 열기(&O): g4dn.xlarge, {cost}, ~/.ssh/config") == []
    assert _latin_words("스팟 instance") == ["instance"]
    assert _particles_after_placeholders("{cost}이 들었습니다") == ["{cost}이"]
    assert _particles_after_placeholders("“{name}”(으)로") != []
    assert _particles_after_placeholders("{instance}({type})는") == ["{instance}는"]
    assert _particles_after_placeholders("{region}에서 {minutes}분이 {value}개까지") == []
    assert _particles_after_placeholders("인스턴스({instance})는 {day}입니다") == []
    assert _particles_after_placeholders("설치({recipe})가 <b>{hourly}</b>입니다") == []
    assert _latin_words("us-west-2(오리건), AWS_ENDPOINT_URL") == []
    assert HEDGED_PARTICLE.search("{user}(으)로") and HEDGED_PARTICLE.search("을(를)")
    assert not HEDGED_PARTICLE.search("유형(&I)") and not HEDGED_PARTICLE.search("(이 컴퓨터)")
    assert FORMAL_VOICE.search("다시 로그인하십시오") and FORMAL_VOICE.search("없습니까?")
    assert not FORMAL_VOICE.search("다시 로그인하세요. 없나요?")
    assert STEP_HEADING.search("가이드 단계 2: 권한") and not STEP_HEADING.search("가이드 2단계")


def _korean_texts() -> set[str]:
    return {re.sub(r"\(&\w\)", "", form) for _context, _source, form in _korean_forms()}


def test_korean_readme_names_the_apps_buttons_as_the_app_does():
    readme = (ROOT / "README.ko.md").read_text(encoding="utf-8")
    steps = readme.split("## 처음 실행하기", 1)[1].split("\n## ", 1)[0]
    named = [
        name
        for name in re.findall(r"\*\*([^*]+)\*\*", steps)
        if not re.match(r"\d+\. |다시 돌아왔을 때", name)
    ]
    assert len(named) >= 10
    texts = _korean_texts()
    unknown = [
        name for name in named if name not in texts and re.sub(r"\d+", "%n", name) not in texts
    ]
    assert not unknown, f"README.ko.md names buttons the app does not show: {unknown}"


def test_korean_readme_avoids_the_words_the_glossary_replaces():
    readme = (ROOT / "README.ko.md").read_text(encoding="utf-8")
    readme = re.sub(r"`[^`]*`", "", readme)  # code: names of files, policies, commands
    bad = [
        f"{word!r} (use {korean})" for word, korean in _glossary_avoided_words() if word in readme
    ]
    assert not bad, "README.ko.md: " + ", ".join(bad)


def _translating_wrappers(tree: ast.Module) -> set[str]:
    """Module functions like `def _tr(source): return QCoreApplication.translate(CTX, source)`:
    pyside6-lupdate cannot see the strings passed to them."""
    wrappers = set()
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = {arg.arg for arg in node.args.args}
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and getattr(call.func, "attr", getattr(call.func, "id", None)) == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id in params
            ):
                wrappers.add(node.name)
    return wrappers


def test_every_string_given_to_a_translating_helper_reaches_the_translators():
    """`tr(variable)` is invisible to pyside6-lupdate (DESIGN.md): a helper such as
    `_tr(source)` hides its strings, and Korean users see them in English."""
    sources = {
        message.findtext("source")
        for message in ET.parse(ROOT / "i18n" / "fastai_launcher_en.ts").getroot().iter("message")
    }
    hidden = []
    for path in sorted((ROOT / "fastai_launcher").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _translating_wrappers(tree)
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id in wrappers
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and call.args[0].value not in sources
            ):
                hidden.append(f"{path.relative_to(ROOT)}:{call.lineno}: {call.args[0].value!r}")
    assert not hidden, f"{len(hidden)} string(s) never reach the .ts files:\n" + "\n".join(hidden)
