"""`Step.KEY`: the SSH key — made (the default) or one of the user's — imported
into the region as a key pair; its fingerprint and where the private key lives."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import LauncherError
from ....flow.key import Imported, existing_key_paths, import_key, passphrase_asked
from ...context import AppContext
from ...widgets.error_dialog import said
from ...widgets.step_page import StepPage, label


class KeyPage(StepPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("key_page")
        self.intro = label(self.body, "intro")
        self.choice_box = QGroupBox(self.body)
        self.generate = QRadioButton(self.choice_box)
        self.generate.setObjectName("generate_key")
        self.generate.setChecked(True)
        self.use_existing = QRadioButton(self.choice_box)
        self.use_existing.setObjectName("use_existing_key")
        self.use_existing.setEnabled(False)
        group = QButtonGroup(self)
        group.addButton(self.generate)
        group.addButton(self.use_existing)
        self.existing = QComboBox(self.choice_box)
        self.existing.setObjectName("existing_keys")
        self.existing.setEnabled(False)
        self.use_existing.toggled.connect(self.existing.setEnabled)
        choice = QVBoxLayout(self.choice_box)
        for option in (self.generate, self.use_existing, self.existing):
            choice.addWidget(option)
        self.import_button = QPushButton(self.body)
        self.import_button.setObjectName("import_key")
        self.import_button.clicked.connect(lambda: self.import_key())
        self.result_box = QGroupBox(self.body)
        self.pair = label(self.result_box, "key_pair")
        self.fingerprint = label(self.result_box, "fingerprint")
        self.private_path = label(self.result_box, "private_key_path")
        self.private_warning = label(self.result_box, "private_warning")
        result = QVBoxLayout(self.result_box)
        for line in (self.pair, self.fingerprint, self.private_path, self.private_warning):
            result.addWidget(line)
        self.result_box.hide()
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addStretch(1)
        self.column.addWidget(self.intro)
        self.column.addWidget(self.choice_box)
        self.column.addLayout(import_row)
        self.column.addWidget(self.result_box)
        self.column.addStretch(1)
        self.imported: Imported | None = None
        self.passphrase_dialog: QInputDialog | None = None
        self.retranslate()

    def initializePage(self) -> None:
        self.run_step(
            existing_key_paths, self._listed, signed_in=False, progress=False, name="keys"
        )
        if self.ws.progress.key_name and self.ws.progress.key_path and self.imported is None:
            # Back after a restart: the saved key, checked against the region's key pair.
            self.import_key(Path(self.ws.progress.key_path))

    def _listed(self, paths: list[Path]) -> None:
        self.existing.clear()
        for path in paths:
            self.existing.addItem(str(path), str(path))
        self.use_existing.setEnabled(bool(paths))
        saved = self.ws.progress.key_path
        if saved and self.existing.findData(saved) >= 0:
            self.existing.setCurrentIndex(self.existing.findData(saved))
            self.use_existing.setChecked(True)

    def chosen_path(self) -> Path | None:
        if self.use_existing.isChecked() and self.existing.currentData():
            return Path(str(self.existing.currentData()))
        return None

    def import_key(self, path: Path | None = None, passphrase: str | None = None) -> None:
        path = path or self.chosen_path()
        self.import_button.setEnabled(False)
        self.run_step(
            partial(import_key, path=path, passphrase=passphrase),
            self._imported,
            on_error=lambda error: self._failed(error, path),
            name="key",
        )

    def _imported(self, imported: Imported) -> None:
        self.imported = imported
        self.import_button.setEnabled(True)
        self._describe()
        self.completeChanged.emit()

    def _failed(self, error: LauncherError, path: Path | None) -> None:
        self.import_button.setEnabled(True)
        asked = passphrase_asked(error)
        if asked is not None:
            self._ask_passphrase(error, path or asked)
        else:
            self.show_error(error)

    def _ask_passphrase(self, error: LauncherError, path: Path) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("passphrase_dialog")
        dialog.setWindowTitle(self.tr("Passphrase"))
        dialog.setLabelText(said(error))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("Unlock"))
        # Kept in memory for this one load only; never saved.
        dialog.textValueSelected.connect(lambda phrase: self.import_key(path, phrase))
        dialog.finished.connect(dialog.deleteLater)
        self.passphrase_dialog = dialog
        dialog.open()

    def isComplete(self) -> bool:
        return not self.busy and self.imported is not None and bool(self.ws.progress.key_name)

    def _describe(self) -> None:
        imported = self.imported
        self.result_box.setVisible(imported is not None)
        if imported is None:
            return
        self.pair.setText(
            self.tr("Imported into {region} as the key pair “{name}”.").format(
                region=self.ws.progress.region or "-", name=imported.pair.name
            )
        )
        self.fingerprint.setText(
            self.tr("Fingerprint (as the EC2 console shows it): {aws}\nSHA256: {sha}").format(
                aws=imported.pair.fingerprint, sha=imported.key.sha256_fingerprint
            )
        )
        self.private_path.setText(
            self.tr("Your private key is the file {path}").format(path=imported.key.path)
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("SSH key"))
        self.setSubTitle(self.tr("Step 3 of the guide: the key that lets only you log in."))
        self.intro.setText(
            self.tr(
                "An SSH key has two halves. The private key stays on this computer; the "
                "public key goes to AWS, which puts it on your machine so that only this "
                "computer can log in. The app makes the key for you (no terminal needed) "
                "and imports the public half into your region."
            )
        )
        self.choice_box.setTitle(self.tr("Which key"))
        self.generate.setText(self.tr("&Make a key for this app (recommended)"))
        self.use_existing.setText(self.tr("&Use one of my keys in ~/.ssh"))
        self.existing.setAccessibleName(self.tr("Your SSH keys"))
        self.import_button.setText(self.tr("&Prepare the key and import it into AWS"))
        self.result_box.setTitle(self.tr("Your key"))
        self.private_warning.setText(
            self.tr(
                "Keep the private key file private: never send it to anyone or upload it. "
                "Whoever has it can log in to your machine."
            )
        )
        self._describe()
