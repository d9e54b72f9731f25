"""`Step.SIGN_IN`: sign in to AWS (profile or typed access key) and pick the region."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
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
    QVBoxLayout,
    QWidget,
)

from ....core.errors import LauncherError
from ....core.text import Text
from ....flow.account import SignedIn, look_at_sign_in, sign_in_by_key, sign_in_by_profile
from ....flow.signin import choose_region
from ...context import AppContext
from ...i18n import translate
from ...widgets.step_page import StepPage, label
from ..express import ExpressPanel

if TYPE_CHECKING:
    from ....aws.credentials import Profile

SIGN_IN_URL = "https://console.aws.amazon.com/"
SIGN_UP_URL = "https://portal.aws.amazon.com/billing/signup"


class SignInPage(StepPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("signin_page")
        self.intro = label(self.body, "intro")
        self.account_box = QGroupBox(self.body)
        self.open_sign_in = QPushButton(self.account_box)
        self.open_sign_in.setObjectName("open_sign_in")
        self.open_sign_in.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(SIGN_IN_URL)))
        self.open_sign_up = QPushButton(self.account_box)
        self.open_sign_up.setObjectName("open_sign_up")
        self.open_sign_up.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(SIGN_UP_URL)))
        self.sign_up_warning = label(self.account_box, "sign_up_warning")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_sign_in)
        buttons.addWidget(self.open_sign_up)
        buttons.addStretch(1)
        account = QVBoxLayout(self.account_box)
        account.addLayout(buttons)
        account.addWidget(self.sign_up_warning)

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
        self.refusal.setStyleSheet("color: #b00020;")
        self.refusal.hide()
        self.session_note = label(self.body, "session_note")
        self.session_note.hide()
        # "Set up and open Jupyter", once the credentials are valid (ui/wizard/express.py).
        self.express = ExpressPanel(context, self.body, ready=self.isComplete, own_region=False)
        self.completeChanged.connect(self.express.refresh)
        for widget in (
            self.intro,
            self.account_box,
            self.credentials_box,
            self.region_box,
            self.result,
            self.refusal,
            self.session_note,
            self.express,
        ):
            self.column.addWidget(widget)
        validate_row = QHBoxLayout()
        validate_row.addWidget(self.validate)
        validate_row.addStretch(1)
        self.column.insertLayout(self.column.indexOf(self.result), validate_row)
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
        self._show(outcome)

    def sign_in(self) -> None:
        region = self.chosen_region()
        language = self.context.translators.language
        if self.use_profile.isChecked():
            profile = str(self.profiles.currentData() or "")
            job = partial(sign_in_by_profile, profile=profile, region=region, language=language)
        else:
            job = partial(
                sign_in_by_key,
                key_id=self.key_id.text(),
                secret=self.secret.text(),
                remember=self.remember.isChecked(),
                region=region,
                language=language,
            )
        self.validate.setEnabled(False)
        self.run_step(job, self._signed_in, signed_in=False, timeout=120, name="sign in")

    def _signed_in(self, outcome: SignedIn) -> None:
        self.secret.clear()  # kept in the keyring (or in memory for this session) now
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
        self.validate.setEnabled(True)
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
        self.setSubTitle(self.tr("Step 1 of the guide: your AWS account and an access key."))
        self.intro.setText(
            self.tr(
                "The GPU machine runs in your own AWS account. The app signs in with an "
                "access key of an IAM user (not the account's root user)."
            )
        )
        self.account_box.setTitle(self.tr("Your AWS account"))
        self.open_sign_in.setText(self.tr("Open the AWS sign-in page"))
        self.open_sign_up.setText(self.tr("Create an AWS account"))
        self.sign_up_warning.setText(
            self.tr(
                "Signing up asks for a credit card: the instance's use is billed to it "
                "(free credits, if you have any, are used first). AWS also checks your "
                "identity with a phone number it can call."
            )
        )
        self.credentials_box.setTitle(self.tr("How the app signs in"))
        self.use_key.setText(self.tr("Type an access key"))
        self.use_profile.setText(self.tr("Use an AWS profile on this computer"))
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
        self.remember.setText(self.tr("Remember the key in this computer's keyring"))
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
        self.validate.setText(self.tr("Sign in and check"))
        self._name_regions()
        self._describe()
