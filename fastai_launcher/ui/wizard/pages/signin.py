"""`Step.SIGN_IN`: sign in to AWS (profile or typed access key) and pick the region."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import LauncherError
from ....core.text import Text
from ....flow.account import (
    SignedIn,
    finish_sign_in_by_code,
    landing_page,
    look_at_sign_in,
    sign_in_by_browser,
    sign_in_by_key,
    sign_in_by_profile,
)
from ....flow.browser_signin import (
    IAM_USERS_URL,
    SIGN_IN_POLICY,
    app_policy_text,
    permissions_missing,
    start_sign_in_with_code,
)
from ....flow.signin import choose_region
from ...context import AppContext
from ...i18n import translate
from ...widgets.browser import UrlOpener
from ...widgets.step_page import StepPage, label
from ...widgets.style import Tone, colour_text
from ..express import ExpressPanel

if TYPE_CHECKING:
    from ....aws.browser_signin import PendingSignIn
    from ....aws.credentials import Profile
    from ....aws.oauth_callback import LandingPage

SIGN_UP_URL = "https://portal.aws.amazon.com/billing/signup"
ROOT_ADVICE_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html"


class SignInPage(StepPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("signin_page")
        self.intro = label(self.body, "intro")
        self.browser_button = QPushButton(self.body)
        self.browser_button.setObjectName("browser_sign_in")
        self.browser_button.setDefault(True)
        bold = self.browser_button.font()
        bold.setBold(True)
        self.browser_button.setFont(bold)
        self.browser_button.clicked.connect(self.sign_in_with_browser)
        self.browser_help = label(self.body, "browser_help")
        self.opener = UrlOpener(parent=self)

        # When the browser cannot come back to this computer: a code to paste.
        self.code_button = QPushButton(self.body)
        self.code_button.setObjectName("code_sign_in")
        self.code_button.setFlat(True)
        self.code_button.clicked.connect(self.start_code_sign_in)
        self.code_box = QGroupBox(self.body)
        self.code_url = label(self.code_box, "code_url")
        self.code = QLineEdit(self.code_box)
        self.code.setObjectName("pasted_code")
        self.code_label = QLabel(self.code_box)
        self.code_label.setBuddy(self.code)
        self.finish_code = QPushButton(self.code_box)
        self.finish_code.setObjectName("finish_code")
        self.finish_code.clicked.connect(self.finish_code_sign_in)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.finish_code)
        code_column = QVBoxLayout(self.code_box)
        code_column.addWidget(self.code_url)
        code_column.addLayout(code_row)
        self.code_box.hide()
        self.pending_code: PendingSignIn | None = None

        self.account_box = QGroupBox(self.body)
        self.open_sign_up = QPushButton(self.account_box)
        self.open_sign_up.setObjectName("open_sign_up")
        self.open_sign_up.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(SIGN_UP_URL)))
        self.sign_up_warning = label(self.account_box, "sign_up_warning")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_sign_up)
        buttons.addStretch(1)
        account = QVBoxLayout(self.account_box)
        account.addWidget(self.sign_up_warning)
        account.addLayout(buttons)

        # IAM users signing in by browser need AWS's policy for it, and the app's.
        self.permissions_box = QGroupBox(self.body)
        self.permissions = label(self.permissions_box, "permissions_missing")
        self.copy_policy = QPushButton(self.permissions_box)
        self.copy_policy.setObjectName("copy_policy")
        self.copy_policy.clicked.connect(self._copy_policy)
        self.open_iam = QPushButton(self.permissions_box)
        self.open_iam.setObjectName("open_iam")
        self.open_iam.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(IAM_USERS_URL)))
        permission_buttons = QHBoxLayout()
        permission_buttons.addWidget(self.copy_policy)
        permission_buttons.addWidget(self.open_iam)
        permission_buttons.addStretch(1)
        permissions = QVBoxLayout(self.permissions_box)
        permissions.addWidget(self.permissions)
        permissions.addLayout(permission_buttons)
        self.permissions_box.hide()

        self.other_ways = QToolButton(self.body)
        self.other_ways.setObjectName("other_ways")
        self.other_ways.setCheckable(True)
        self.other_ways.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.other_ways.setArrowType(Qt.ArrowType.RightArrow)
        self.other_ways.toggled.connect(self._fold)
        self.credentials_box = QGroupBox(self.body)
        self.use_key = QRadioButton(self.credentials_box)
        self.use_key.setObjectName("use_key")
        self.use_profile = QRadioButton(self.credentials_box)
        self.use_profile.setObjectName("use_profile")
        self.ways = QButtonGroup(self)
        self.ways.addButton(self.use_key)
        self.ways.addButton(self.use_profile)
        self.use_key.setChecked(True)
        self.use_profile.setEnabled(False)
        self.profiles = QComboBox(self.credentials_box)
        self.profiles.setObjectName("profiles")
        self.key_id = QLineEdit(self.credentials_box)
        self.key_id.setObjectName("key_id")
        self.secret = QLineEdit(self.credentials_box)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.credentials_box)
        self.remember.setObjectName("remember")
        self.remember.setChecked(True)
        self.key_id_label = QLabel(self.credentials_box)
        self.key_id_label.setBuddy(self.key_id)
        self.secret_label = QLabel(self.credentials_box)
        self.secret_label.setBuddy(self.secret)
        self.key_form = QFormLayout()
        self.key_form.addRow(self.key_id_label, self.key_id)
        self.key_form.addRow(self.secret_label, self.secret)
        self.key_form.addRow(self.remember)
        self.key_help = label(self.credentials_box, "key_help")
        credentials = QVBoxLayout(self.credentials_box)
        credentials.addWidget(self.use_key)
        credentials.addWidget(self.key_help)
        credentials.addLayout(self.key_form)
        credentials.addWidget(self.use_profile)
        credentials.addWidget(self.profiles)
        self.use_key.toggled.connect(self._way_changed)

        self.region_box = QGroupBox(self.body)
        self.region = QComboBox(self.region_box)
        self.region.setObjectName("region")
        self.region.activated.connect(self._region_chosen)
        self.region_help = label(self.region_box, "region_help")
        region = QVBoxLayout(self.region_box)
        region.addWidget(self.region)
        region.addWidget(self.region_help)

        self.validate = QPushButton(self.body)
        self.validate.setObjectName("validate")
        self.validate.setDefault(False)
        self.validate.clicked.connect(self.sign_in)
        self.result = label(self.body, "result")
        self.refusal = label(self.body, "root_refusal")
        colour_text(self.refusal, Tone.DANGER)
        self.refusal.hide()
        self.session_note = label(self.body, "session_note")
        self.session_note.hide()
        # "Set up and open Jupyter", once the credentials are valid (ui/wizard/express.py).
        self.express = ExpressPanel(context, self.body, ready=self.isComplete, own_region=False)
        self.completeChanged.connect(self.express.refresh)
        self.root_note = label(self.body, "root_note", rich=True)
        self.root_note.hide()
        browser_row = QHBoxLayout()
        browser_row.addWidget(self.browser_button)
        browser_row.addStretch(1)
        validate_row = QHBoxLayout()
        validate_row.addWidget(self.validate)
        validate_row.addStretch(1)
        self.other_box = QWidget(self.body)
        other = QVBoxLayout(self.other_box)
        other.setContentsMargins(0, 0, 0, 0)
        other.addWidget(self.credentials_box)
        other.addLayout(validate_row)
        self.other_box.hide()
        self.column.addWidget(self.intro)
        self.column.addWidget(self.region_box)
        self.column.addLayout(browser_row)
        for widget in (
            self.browser_help,
            self.code_button,
            self.code_box,
            self.permissions_box,
            self.result,
            self.refusal,
            self.root_note,
            self.session_note,
            self.express,
            self.account_box,
            self.other_ways,
            self.other_box,
        ):
            self.column.addWidget(widget)
        self.column.addStretch(1)
        self.outcome: SignedIn | None = None
        self._region_names: dict[str, Text] = {}
        self._profile_list: list[Profile] = []
        self.retranslate()

    # Steps.

    def initializePage(self) -> None:
        language = self.context.translators.language
        self.run_step(
            partial(look_at_sign_in, language=language),
            self._prepared,
            signed_in=False,
            name="sign-in check",
        )

    def _prepared(self, found: tuple[list[Profile], SignedIn]) -> None:
        profiles, outcome = found
        self._profile_list = profiles
        self.profiles.clear()
        for profile in profiles:
            self.profiles.addItem(f"{profile.name} ({profile.region or '-'})", profile.name)
        self.use_profile.setEnabled(bool(profiles))
        saved = self.ws.progress.profile
        if saved:
            self.profiles.setCurrentIndex(max(0, self.profiles.findData(saved)))
            self.use_profile.setChecked(True)
        self._way_changed()
        came_another_way = bool(self.ws.progress.access_key_id) or (
            bool(saved) and not outcome.by_browser
        )
        self.other_ways.setChecked(came_another_way)
        self._show(outcome)

    def _page_texts(self) -> LandingPage:
        return landing_page(self.context.translators.language, translate)

    def sign_in_with_browser(self) -> None:
        """The primary way in: AWS's own sign-in page in the browser."""
        self.permissions_box.hide()
        job = partial(
            sign_in_by_browser,
            open_url=self.opener,
            page=self._page_texts(),
            region=self.chosen_region(),
            language=self.context.translators.language,
        )
        self._busy_buttons(True)
        self.run_step(
            job, self._signed_in, on_error=self._browser_failed, signed_in=False, name="browser"
        )

    def start_code_sign_in(self) -> None:
        self.run_step(
            partial(start_sign_in_with_code, open_url=self.opener),
            self._code_asked,
            signed_in=False,
            name="code sign-in",
        )

    def _code_asked(self, pending: PendingSignIn) -> None:
        self.pending_code = pending
        url = pending.url
        self.code_url.setText(
            self.tr(
                "Open this address in any browser, sign in, and paste the code the AWS page "
                "shows:\n{url}"
            ).format(url=url)
        )
        self.code_box.show()
        self.code.setFocus()

    def finish_code_sign_in(self) -> None:
        if self.pending_code is None or not self.code.text().strip():
            return
        job = partial(
            finish_sign_in_by_code,
            pending=self.pending_code,
            pasted=self.code.text(),
            region=self.chosen_region(),
            language=self.context.translators.language,
        )
        self._busy_buttons(True)
        self.run_step(job, self._signed_in, on_error=self._browser_failed, signed_in=False)

    def _browser_failed(self, error: LauncherError) -> None:
        self._busy_buttons(False)
        if permissions_missing(error):
            self.permissions_box.show()
        self.show_error(error)

    def _copy_policy(self) -> None:
        QGuiApplication.clipboard().setText(app_policy_text())
        self.copy_policy.setText(self.tr("Copied"))

    def _busy_buttons(self, busy: bool) -> None:
        for button in (self.browser_button, self.code_button, self.finish_code, self.validate):
            button.setEnabled(not busy)

    def _fold(self, open_: bool) -> None:
        self.other_box.setVisible(open_)
        self.other_ways.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def sign_in(self) -> None:
        region = self.chosen_region()
        language = self.context.translators.language
        if self.use_profile.isChecked():
            profile = str(self.profiles.currentData() or "")
            job = partial(
                sign_in_by_profile,
                profile=profile,
                region=region,
                language=language,
                open_url=self.opener,
                page=self._page_texts(),
            )
        else:
            job = partial(
                sign_in_by_key,
                key_id=self.key_id.text(),
                secret=self.secret.text(),
                remember=self.remember.isChecked(),
                region=region,
                language=language,
            )
        self._busy_buttons(True)
        self.run_step(
            job,
            self._signed_in,
            on_error=self._other_way_failed,
            signed_in=False,
            timeout=120,
            name="sign in",
        )

    def _other_way_failed(self, error: LauncherError) -> None:
        self._busy_buttons(False)
        self.show_error(error)

    def _signed_in(self, outcome: SignedIn) -> None:
        self.secret.clear()  # kept in the keyring (or in memory for this session) now
        self.code.clear()
        self.code_box.hide()
        self.pending_code = None
        self._show(outcome)

    def _region_chosen(self, index: int) -> None:
        code = str(self.region.itemData(index) or "")
        if not code or code == self.ws.progress.region:
            self.completeChanged.emit()
            return

        self.run_step(
            partial(choose_region, region=code),
            lambda _none: None,
            on_error=self._region_refused,
            signed_in=False,
            name="choose region",
        )

    def _region_refused(self, error: LauncherError) -> None:
        self._select_region(self.ws.progress.region or "")
        self.show_error(error)

    # What the page shows.

    def _show(self, outcome: SignedIn) -> None:
        self.outcome = outcome
        self._busy_buttons(False)
        self.root_note.setVisible(outcome.root_by_browser)
        self._region_names = {r.code: r.name for r in outcome.regions}
        self.region.clear()
        for code in self._region_names:
            self.region.addItem("", code)
        self._name_regions()
        self._select_region(self.ws.progress.region or outcome.region)
        self.session_note.setVisible(outcome.session_only)
        self.refusal.setVisible(outcome.root_refusal is not None)
        self._describe()
        self.completeChanged.emit()

    def _select_region(self, code: str) -> None:
        index = self.region.findData(code)
        if index < 0 and code:
            self.region.addItem(code, code)
            index = self.region.count() - 1
        self.region.setCurrentIndex(max(0, index))

    def chosen_region(self) -> str:
        return str(self.region.currentData() or "")

    def _name_regions(self) -> None:
        for index in range(self.region.count()):
            code = str(self.region.itemData(index))
            name = self._region_names.get(code)
            shown = f"{name.render(translate)} ({code})" if name else code
            self.region.setItemText(index, shown)

    def _way_changed(self) -> None:
        by_key = self.use_key.isChecked()
        for widget in (self.key_id, self.secret, self.remember, self.key_help):
            widget.setEnabled(by_key)
        self.profiles.setEnabled(not by_key)

    def _describe(self) -> None:
        outcome = self.outcome
        if outcome is None or outcome.identity is None:
            self.result.setText(self.tr("Not signed in yet."))
        else:
            self.result.setText(
                self.tr("Signed in to the AWS account {account} as {user}.").format(
                    account=outcome.identity.account, user=outcome.identity.user_name
                )
            )
        refusal = outcome.root_refusal if outcome else None
        if refusal is not None:
            self.refusal.setText(
                refusal.message.render(translate) + "\n\n" + refusal.next_action.render(translate)
            )
        self.session_note.setText(
            self.tr(
                "This computer has no keyring to keep the secret in, so the app keeps it "
                "only until you quit. You will type it again next time."
            )
        )

    def isComplete(self) -> bool:
        outcome = self.outcome
        return (
            not self.busy
            and outcome is not None
            and outcome.identity is not None
            and outcome.root_refusal is None
            and self.ws.signed_in
            and bool(self.chosen_region())
            and self.ws.progress.region == self.chosen_region()
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sign in to AWS"))
        self.setSubTitle(self.tr("Step 1 of the guide: your AWS account."))
        self.intro.setText(
            self.tr(
                "The GPU machine runs in your own AWS account. Sign in as you do on the AWS "
                "website: the app opens AWS's sign-in page in your browser and receives a "
                "sign-in that lasts up to 12 hours. No access key, no terminal."
            )
        )
        self.browser_button.setText(self.tr("Sign in with your &browser"))
        self.browser_button.setAccessibleName(self.tr("Sign in with your browser"))
        self.browser_help.setText(
            self.tr(
                "Use your usual AWS sign-in (the root user of a new account works too). "
                "Come back to this window once the page says so."
            )
        )
        self.code_button.setText(
            self.tr("The browser did not come back to the app? Sign in with a &code instead")
        )
        self.code_box.setTitle(self.tr("Sign in with a code"))
        self.code_label.setText(self.tr("Co&de"))
        self.code.setAccessibleName(self.tr("The code the AWS page shows"))
        self.finish_code.setText(self.tr("&Continue"))
        self.permissions_box.setTitle(self.tr("Permissions your IAM user needs"))
        self.permissions.setText(
            self.tr(
                "Attach these two policies to your IAM user in the IAM console (Users → "
                "your user → Add permissions), then sign in again:\n"
                "• {aws_policy}, AWS's managed policy for signing in to apps on your computer\n"
                "• the fastai-launcher policy: create it from the JSON the button copies"
            ).format(aws_policy=SIGN_IN_POLICY)
        )
        self.copy_policy.setText(self.tr("Copy the fastai-launcher &policy"))
        self.open_iam.setText(self.tr("Open the &IAM console"))
        self.root_note.setText(
            self.tr(
                "You signed in as the account's root user. That works here, but for "
                "everyday work an IAM user or IAM Identity Center is safer: "
                '<a href="{url}">how to make one</a>.'
            ).format(url=ROOT_ADVICE_URL)
        )
        self.other_ways.setText(self.tr("&Other ways to sign in: an access key or an AWS profile"))
        self.account_box.setTitle(self.tr("No AWS account yet?"))
        self.open_sign_up.setText(self.tr("Create an AWS &account"))
        self.sign_up_warning.setText(
            self.tr(
                "Signing up asks for a credit card: the instance's use is billed to it "
                "(free credits, if you have any, are used first). AWS also checks your "
                "identity with a phone number it can call."
            )
        )
        self.credentials_box.setTitle(self.tr("How the app signs in"))
        self.use_key.setText(self.tr("&Type an access key"))
        self.use_profile.setText(self.tr("Use an AWS p&rofile on this computer"))
        self.profiles.setAccessibleName(self.tr("AWS profile"))
        self.key_help.setText(
            self.tr(
                "Make one in the AWS console: IAM → Users → your user → Security "
                "credentials → Create access key."
            )
        )
        self.key_id.setPlaceholderText("AKIA…")
        self.key_id.setAccessibleName(self.tr("Access key ID"))
        self.secret.setAccessibleName(self.tr("Secret access key"))
        self.remember.setText(self.tr("Re&member the key in this computer's keyring"))
        self.key_id_label.setText(self.tr("Access key &ID"))
        self.secret_label.setText(self.tr("&Secret access key"))
        self.region_box.setTitle(self.tr("Region"))
        self.region.setAccessibleName(self.tr("AWS region"))
        self.region_help.setText(
            self.tr(
                "Where the GPU machine will run. Choose one near you: the quota, the key "
                "and the machine all belong to this region."
            )
        )
        self.validate.setText(self.tr("Sign in and c&heck"))
        self._name_regions()
        self._describe()
