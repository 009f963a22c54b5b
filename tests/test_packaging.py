"""The Windows packaging agrees with the program and with Inno Setup 6.4: messages, files, workflow."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ccb_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent


def test_installer_script_installs_per_user_and_keeps_the_data() -> None:
    script = (ROOT / "packaging" / "windows" / "ccb_desktop.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", script, re.M), (
        "a fixed AppId upgrades in place"
    )
    assert f'#define AppVersion "{__version__}"' in script
    assert (
        "{app}\\ccb_desktop.exe" in script and (ROOT / "resources" / "icons" / "app.ico").exists()
    )
    assert "APPDATA" in script and "[UninstallDelete]" not in script  # the data folder stays


def test_windows_workflow_builds_smokes_and_packages() -> None:
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    for step in ("pyinstaller --noconfirm build.spec", "--smoke", "ISCC.exe", "ccb_desktop.iss"):
        assert step in workflow


# --- The Vietnamese messages file -------------------------------------------------------------

WINDOWS = ROOT / "packaging" / "windows"
ISS = WINDOWS / "ccb_desktop.iss"
ISL = WINDOWS / "Vietnamese.isl"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"

# The Inno Setup the workflow installs; INNO_MESSAGES below are that version's messages.
INNO_SETUP_VERSION = "6.4.3"

# Every [Messages] key of Inno Setup 6.4's Default.isl (the TSetupMessageID list of its
# source, 266 names), with what each English message carries that a translation must keep:
# its %1..%9 and %n placeholders, its [name]-style fields and its & accelerator.
INNO_MESSAGES = {
    "AbortRetryIgnoreCancel": "",
    "AbortRetryIgnoreIgnore": "&",
    "AbortRetryIgnoreRetry": "&",
    "AbortRetryIgnoreSelectAction": "",
    "AboutSetupMenuItem": "&",
    "AboutSetupMessage": "%1 %1 %2 %3 %4 %n %n %n %n",
    "AboutSetupNote": "",
    "AboutSetupTitle": "",
    "AdminPrivilegesRequired": "",
    "ApplicationsFound": "",
    "ApplicationsFound2": "",
    "BadDirName32": "%1 %n %n",
    "BadGroupName": "%1 %n %n",
    "BeveledLabel": "",
    "BrowseDialogLabel": "",
    "BrowseDialogTitle": "",
    "ButtonBack": "&",
    "ButtonBrowse": "&",
    "ButtonCancel": "",
    "ButtonFinish": "&",
    "ButtonInstall": "&",
    "ButtonNewFolder": "&",
    "ButtonNext": "&",
    "ButtonNo": "&",
    "ButtonNoToAll": "&",
    "ButtonOK": "",
    "ButtonStopDownload": "&",
    "ButtonStopExtraction": "&",
    "ButtonWizardBrowse": "&",
    "ButtonYes": "&",
    "ButtonYesToAll": "&",
    "CannotContinue": "",
    "CannotInstallToNetworkDrive": "",
    "CannotInstallToUNCPath": "",
    "ChangeDiskTitle": "",
    "ClickFinish": "",
    "ClickNext": "",
    "CloseApplications": "&",
    "CompactInstallation": "",
    "ComponentSize1": "%1",
    "ComponentSize2": "%1",
    "ComponentsDiskSpaceGBLabel": "[gb]",
    "ComponentsDiskSpaceMBLabel": "[mb]",
    "ConfirmDeleteSharedFile2": "%n %n",
    "ConfirmDeleteSharedFileTitle": "",
    "ConfirmTitle": "",
    "ConfirmUninstall": "%1",
    "CustomInstallation": "",
    "DirDoesntExist": "%1 %n %n %n %n",
    "DirDoesntExistTitle": "",
    "DirExists": "%1 %n %n %n %n",
    "DirExistsTitle": "",
    "DirNameTooLong": "",
    "DiskSpaceGBLabel": "[gb]",
    "DiskSpaceMBLabel": "[mb]",
    "DiskSpaceWarning": "%1 %2 %n %n",
    "DiskSpaceWarningTitle": "",
    "DontCloseApplications": "&",
    "DownloadingLabel": "",
    "ErrorChangingAttr": "",
    "ErrorCloseApplications": "",
    "ErrorCopying": "",
    "ErrorCreatingDir": "%1",
    "ErrorCreatingTemp": "",
    "ErrorDownloadAborted": "",
    "ErrorDownloadFailed": "%1 %2",
    "ErrorDownloadSizeFailed": "%1 %2",
    "ErrorExecutingProgram": "%1 %n",
    "ErrorExtractionAborted": "",
    "ErrorExtractionFailed": "%1",
    "ErrorFileHash1": "%1",
    "ErrorFileHash2": "%1 %2",
    "ErrorFileSize": "%1 %2",
    "ErrorFunctionFailed": "%1 %2",
    "ErrorFunctionFailedNoCode": "%1",
    "ErrorFunctionFailedWithMessage": "%1 %2 %3 %n",
    "ErrorIniEntry": "%1",
    "ErrorInternal2": "%1",
    "ErrorOpeningReadme": "",
    "ErrorProgress": "%1 %2",
    "ErrorReadingExistingDest": "",
    "ErrorReadingSource": "",
    "ErrorRegCreateKey": "%1 %2 %n",
    "ErrorRegOpenKey": "%1 %2 %n",
    "ErrorRegSvr32Failed": "%1",
    "ErrorRegWriteKey": "%1 %2 %n",
    "ErrorRegisterServer": "%1",
    "ErrorRegisterTypeLib": "%1",
    "ErrorRenamingTemp": "",
    "ErrorReplacingExistingFile": "",
    "ErrorRestartReplace": "",
    "ErrorRestartingComputer": "",
    "ErrorTitle": "",
    "ErrorTooManyFilesInDir": "%1",
    "ExistingFileNewer2": "",
    "ExistingFileNewerKeepExisting": "&",
    "ExistingFileNewerOverwriteExisting": "&",
    "ExistingFileNewerOverwriteOrKeepAll": "&",
    "ExistingFileNewerSelectAction": "",
    "ExistingFileReadOnly2": "",
    "ExistingFileReadOnlyKeepExisting": "&",
    "ExistingFileReadOnlyRetry": "&",
    "ExitSetupMessage": "%n %n %n %n",
    "ExitSetupTitle": "",
    "ExtractionLabel": "",
    "FileAbortRetryIgnoreIgnoreNotRecommended": "&",
    "FileAbortRetryIgnoreSkipNotRecommended": "&",
    "FileExists2": "",
    "FileExistsKeepExisting": "&",
    "FileExistsOverwriteExisting": "&",
    "FileExistsOverwriteOrKeepAll": "&",
    "FileExistsSelectAction": "",
    "FileNotInDir2": "%1 %2",
    "FinishedHeadingLabel": "[name]",
    "FinishedLabel": "[name]",
    "FinishedLabelNoIcons": "[name]",
    "FinishedRestartLabel": "[name]",
    "FinishedRestartMessage": "%n %n [name]",
    "FullInstallation": "",
    "GroupNameTooLong": "",
    "HelpTextNote": "",
    "IncorrectPassword": "",
    "InfoAfterClickLabel": "",
    "InfoAfterLabel": "",
    "InfoBeforeClickLabel": "",
    "InfoBeforeLabel": "",
    "InformationTitle": "",
    "InstallingLabel": "[name]",
    "InvalidDirName": "",
    "InvalidDrive": "",
    "InvalidGroupName": "",
    "InvalidParameter": "%1 %n %n",
    "InvalidPath": "%n %n %n %n %n %n",
    "LastErrorMessage": "%1 %2 %3 %n %n",
    "LdrCannotCreateTemp": "",
    "LdrCannotExecTemp": "",
    "LicenseAccepted": "&",
    "LicenseLabel": "",
    "LicenseLabel3": "",
    "LicenseNotAccepted": "&",
    "MustEnterGroupName": "",
    "NewFolderName": "",
    "NoProgramGroupCheck2": "&",
    "NoRadio": "&",
    "NoUninstallWarning": "%1 %n %n %n %n %n %n",
    "NoUninstallWarningTitle": "",
    "NotOnThisPlatform": "%1",
    "OnlyAdminCanUninstall": "",
    "OnlyOnTheseArchitectures": "%1 %n %n",
    "OnlyOnThisPlatform": "%1",
    "PasswordEditLabel": "&",
    "PasswordLabel1": "",
    "PasswordLabel3": "",
    "PathLabel": "&",
    "PowerUserPrivilegesRequired": "",
    "PrepareToInstallNeedsRestart": "%n %n [name]",
    "PreparingDesc": "[name]",
    "PreviousInstallNotCompleted": "%n %n [name]",
    "PrivilegesRequiredOverrideAllUsers": "&",
    "PrivilegesRequiredOverrideAllUsersRecommended": "&",
    "PrivilegesRequiredOverrideCurrentUser": "&",
    "PrivilegesRequiredOverrideCurrentUserRecommended": "&",
    "PrivilegesRequiredOverrideInstruction": "",
    "PrivilegesRequiredOverrideText1": "%1",
    "PrivilegesRequiredOverrideText2": "%1",
    "PrivilegesRequiredOverrideTitle": "",
    "ReadyLabel1": "[name]",
    "ReadyLabel2a": "",
    "ReadyLabel2b": "",
    "ReadyMemoComponents": "",
    "ReadyMemoDir": "",
    "ReadyMemoGroup": "",
    "ReadyMemoTasks": "",
    "ReadyMemoType": "",
    "ReadyMemoUserInfo": "",
    "RunEntryExec": "%1",
    "RunEntryShellExec": "%1",
    "SelectComponentsDesc": "",
    "SelectComponentsLabel2": "",
    "SelectDirBrowseLabel": "",
    "SelectDirDesc": "[name]",
    "SelectDirLabel3": "[name]",
    "SelectDirectoryLabel": "",
    "SelectDiskLabel2": "%1 %n %n",
    "SelectLanguageLabel": "",
    "SelectLanguageTitle": "",
    "SelectStartMenuFolderBrowseLabel": "",
    "SelectStartMenuFolderDesc": "",
    "SelectStartMenuFolderLabel3": "",
    "SelectTasksDesc": "",
    "SelectTasksLabel2": "[name]",
    "SetupAborted": "%n %n",
    "SetupAlreadyRunning": "",
    "SetupAppRunningError": "%1 %n %n",
    "SetupAppTitle": "",
    "SetupFileCorrupt": "",
    "SetupFileCorruptOrWrongVer": "",
    "SetupFileMissing": "%1",
    "SetupLdrStartupMessage": "%1",
    "SetupWindowTitle": "%1",
    "SharedFileLocationLabel": "",
    "SharedFileNameLabel": "",
    "ShowReadmeCheck": "",
    "ShutdownBlockReasonInstallingApp": "%1",
    "ShutdownBlockReasonUninstallingApp": "%1",
    "SourceDoesntExist": "%1",
    "SourceIsCorrupted": "",
    "StatusClosingApplications": "",
    "StatusCreateDirs": "",
    "StatusCreateIcons": "",
    "StatusCreateIniEntries": "",
    "StatusCreateRegistryEntries": "",
    "StatusExtractFiles": "",
    "StatusRegisterFiles": "",
    "StatusRestartingApplications": "",
    "StatusRollback": "",
    "StatusRunProgram": "",
    "StatusSavingUninstall": "",
    "StatusUninstalling": "%1",
    "StopDownload": "",
    "StopExtraction": "",
    "TranslatorNote": "",
    "UninstallAppFullTitle": "%1",
    "UninstallAppRunningError": "%1 %n %n",
    "UninstallAppTitle": "",
    "UninstallDataCorrupted": "%1",
    "UninstallDisplayNameMark": "%1 %2",
    "UninstallDisplayNameMark32Bit": "",
    "UninstallDisplayNameMark64Bit": "",
    "UninstallDisplayNameMarkAllUsers": "",
    "UninstallDisplayNameMarkCurrentUser": "",
    "UninstallDisplayNameMarks": "%1 %2 %3",
    "UninstallNotFound": "%1",
    "UninstallOnlyOnWin64": "",
    "UninstallOpenError": "%1",
    "UninstallStatusLabel": "%1",
    "UninstallUnknownEntry": "%1",
    "UninstallUnsupportedVer": "%1",
    "UninstalledAll": "%1",
    "UninstalledAndNeedsRestart": "%1 %n %n",
    "UninstalledMost": "%1 %n %n",
    "UserInfoDesc": "",
    "UserInfoName": "&",
    "UserInfoNameRequired": "",
    "UserInfoOrg": "&",
    "UserInfoSerial": "&",
    "WelcomeLabel1": "[name]",
    "WelcomeLabel2": "%n %n [name/ver]",
    "WinVersionTooHighError": "%1 %2",
    "WinVersionTooLowError": "%1 %2",
    "WindowsServicePackRequired": "%1 %2",
    "WindowsVersionNotSupported": "",
    "WizardInfoAfter": "",
    "WizardInfoBefore": "",
    "WizardInstalling": "",
    "WizardLicense": "",
    "WizardPassword": "",
    "WizardPreparing": "",
    "WizardReady": "",
    "WizardSelectComponents": "",
    "WizardSelectDir": "",
    "WizardSelectProgramGroup": "",
    "WizardSelectTasks": "",
    "WizardUninstalling": "",
    "WizardUserInfo": "",
    "YesRadio": "&",
}

# The [CustomMessages] of Default.isl, with the same tokens.
INNO_CUSTOM_MESSAGES = {
    "AddonHostProgramNotFound": "%1 %n %n",
    "AdditionalIcons": "",
    "AssocFileExtension": "%1 %2 &",
    "AssocingFileExtension": "%1 %2",
    "AutoStartProgram": "%1",
    "AutoStartProgramGroupDescription": "",
    "CreateDesktopIcon": "&",
    "CreateQuickLaunchIcon": "&",
    "LaunchProgram": "%1",
    "NameAndVersion": "%1 %2",
    "ProgramOnTheWeb": "%1",
    "UninstallProgram": "%1",
}


def _tokens(text: str) -> str:
    """What a translation must keep of a message, in a comparable form."""
    found = sorted(re.findall(r"%[1-9n]", text))
    found += sorted(re.findall(r"\[(?:name|name/ver|mb|gb)\]", text))
    found += ["&"] * len(re.findall(r"&(?!&)", text))
    return " ".join(found)


def _sections(path: Path) -> dict[str, list[tuple[str, str]]]:
    """The key=value lines of an .isl file, by section, in file order (duplicates kept)."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current = ""
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if not line.strip() or line.startswith(";"):
            continue
        if line.startswith("["):
            current = line.strip()
            sections.setdefault(current, [])
            continue
        key, separator, value = line.partition("=")
        assert separator, f"line without '=' in {current}: {line!r}"
        sections[current].append((key, value))
    return sections


def test_the_key_list_is_inno_setup_64s() -> None:
    """Guards the list itself: 266 distinct names, as in Inno Setup 6.4's message ID list."""
    assert len(INNO_MESSAGES) == 266
    assert "DownloadingLabel" in INNO_MESSAGES and "ExtractionLabel" in INNO_MESSAGES
    assert "DownloadingLabel2" not in INNO_MESSAGES  # a 6.5 name: 6.4.3 would ignore it


def test_vietnamese_messages_file_is_utf8_with_bom_and_unicode_language_options() -> None:
    raw = ISL.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), (
        "Inno Setup reads a messages file as UTF-8 only with a BOM"
    )
    text = raw.decode("utf-8-sig")
    assert unicodedata.normalize("NFC", text) == text
    options = dict(_sections(ISL)["[LangOptions]"])
    assert options["LanguageID"] == "$042A"  # Vietnamese
    assert options["LanguageCodePage"] == "0"  # Unicode: no ANSI code page needed
    name = re.sub(
        r"<([0-9A-Fa-f]{4})>", lambda m: chr(int(m.group(1), 16)), options["LanguageName"]
    )
    assert name == "Tiếng Việt"


def test_vietnamese_messages_file_defines_every_message_once_and_no_unknown_one() -> None:
    keys = [key for key, _ in _sections(ISL)["[Messages]"]]
    assert len(keys) == len(set(keys)), "a message defined twice"
    assert sorted(set(INNO_MESSAGES) - set(keys)) == []  # missing: shown in English
    assert sorted(set(keys) - set(INNO_MESSAGES)) == []  # unknown to Inno Setup 6.4


def test_each_message_keeps_its_placeholders_fields_and_accelerator() -> None:
    messages = dict(_sections(ISL)["[Messages]"])
    wrong = {
        key: (expected, _tokens(messages[key]))
        for key, expected in INNO_MESSAGES.items()
        if _tokens(messages[key]) != expected
    }
    assert wrong == {}


def test_messages_are_translated() -> None:
    """Every message with words is Vietnamese text, not an English one left behind."""
    vietnamese = re.compile(
        "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I
    )
    left = [
        key
        for key, value in _sections(ISL)["[Messages]"]
        if re.search(r"[A-Za-z]{3}", value) and not vietnamese.search(value)
    ]
    # "32-bit"/"64-bit" stay as on a Vietnamese Windows; "Xem %1" has no diacritic.
    assert sorted(left) == [
        "RunEntryShellExec",
        "UninstallDisplayNameMark32Bit",
        "UninstallDisplayNameMark64Bit",
    ]


def test_custom_messages_the_script_uses_are_defined_with_their_placeholders() -> None:
    custom = dict(_sections(ISL)["[CustomMessages]"])
    assert {key: _tokens(value) for key, value in custom.items()} == INNO_CUSTOM_MESSAGES
    used = set(re.findall(r"\{cm:(\w+)", ISS.read_text(encoding="ascii")))
    assert used and used <= set(custom)


# --- The installer script ---------------------------------------------------------------------


def test_installer_script_is_plain_ascii_and_uses_only_language_files_that_exist() -> None:
    """Vietnamese text lives in the BOM-marked .isl; ISCC may read a BOM-less .iss as ANSI."""
    script = ISS.read_text(encoding="ascii")
    languages = re.findall(r'MessagesFile:\s*"([^"]+)"', script)
    assert languages == ["Vietnamese.isl"]
    assert "compiler:" not in script  # Inno Setup 6 ships no Vietnamese.isl


def test_installer_script_refuses_an_inno_setup_the_messages_file_was_not_written_for() -> None:
    script = ISS.read_text(encoding="ascii")
    major, minor, _ = INNO_SETUP_VERSION.split(".")
    low, high = f"EncodeVer({major}, {minor}, 0)", f"EncodeVer({major}, {int(minor) + 1}, 0)"
    assert f"#if Ver < {low} || Ver >= {high}\n  #error " in script


def test_every_file_the_installer_script_names_exists() -> None:
    script = ISS.read_text(encoding="ascii")
    named = re.findall(r'(?:Source|MessagesFile|InfoBeforeFile|InfoAfterFile):\s*"([^"]+)"', script)
    named += re.findall(
        r"^(?:LicenseFile|SetupIconFile|InfoBeforeFile|InfoAfterFile|WizardImageFile|WizardSmallImageFile)=(.+)$",
        script,
        re.M,
    )
    assert len(named) >= 3  # the program, the messages file, the icon
    for name in named:
        path = WINDOWS / name.replace("\\", "/")
        if path.resolve().is_relative_to(ROOT / "dist"):
            # The build output: the folder build.spec's COLLECT writes.
            assert name == "..\\..\\dist\\ccb_desktop\\*"
            assert 'name="ccb_desktop",\n    upx=False,\n)' in (ROOT / "build.spec").read_text()
        else:
            assert path.is_file(), f"{name} named in ccb_desktop.iss does not exist"


# --- The Windows workflow ---------------------------------------------------------------------


def _steps(workflow: str) -> list[tuple[str, str]]:
    """(name, text) of each step, in order; a step without a name is named by its 'uses'."""
    blocks = re.split(r"^      - ", workflow.split("\n    steps:\n", 1)[1], flags=re.M)[1:]
    steps = []
    for block in blocks:
        title = re.match(r"(?:name|uses): (.+)", block)
        assert title, block
        steps.append((title.group(1), block))
    return steps


def test_windows_workflow_asks_for_a_live_runner_image() -> None:
    workflow = WORKFLOW.read_text(encoding="utf-8")
    images = re.findall(r"^\s*runs-on:\s*(\S+)", workflow, re.M)
    # windows-2019 was retired on 30 June 2025: a job asking for it never starts.
    assert images and set(images) <= {"windows-2022", "windows-2025"}
    assert "windows-2019" not in workflow.replace("windows-2019 was retired", "")


def test_windows_workflow_pins_the_inno_setup_the_messages_file_was_written_for() -> None:
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert f'INNO_SETUP_VERSION: "{INNO_SETUP_VERSION}"' in workflow
    assert "choco install innosetup --version=$env:INNO_SETUP_VERSION" in workflow
    assert "has not been defined for the" in workflow  # a missing message fails the build


def test_windows_workflow_installs_runs_upgrades_and_uninstalls_the_setup() -> None:
    steps = _steps(WORKFLOW.read_text(encoding="utf-8"))
    names = [name for name, _ in steps]

    def index(fragment: str) -> int:
        matches = [i for i, (_, text) in enumerate(steps) if fragment in text]
        assert matches, f"no step does {fragment!r}"
        return matches[0]

    compile_ = index("ISCC.exe")
    setups = [
        i
        for i, (_, text) in enumerate(steps)
        if "/VERYSILENT', '/CURRENTUSER', '/SUPPRESSMSGBOXES'" in text
    ]
    assert len(setups) == 2, "install, then the same setup again over it"
    install, upgrade = setups
    run = index("& $exe --version")
    uninstall = index("$uninstaller = Join-Path $app 'unins000.exe'")
    assert compile_ < install < run < upgrade < uninstall, names
    run_text = steps[run][1]
    assert "& $exe demo --data" in run_text and "& $exe --smoke" in run_text
    assert "$members -ne 60" in run_text
    upgrade_text = steps[upgrade][1]
    assert "$after -ne $before" in upgrade_text  # the data file survives the upgrade
    uninstall_text = steps[uninstall][1]
    assert "'/VERYSILENT', '/SUPPRESSMSGBOXES'" in uninstall_text
    assert "Test-Path $app" in uninstall_text  # the program folder is gone
    assert "Test-Path (Join-Path $dataFolder 'ccb_desktop.sqlite')" in uninstall_text  # data stays
    assert "QT_QPA_PLATFORM: offscreen" in WORKFLOW.read_text(encoding="utf-8")


def test_windows_workflow_prints_sizes_and_runs_the_windows_only_tests() -> None:
    steps = dict(_steps(WORKFLOW.read_text(encoding="utf-8")))
    assert "One-folder program" in steps["Sizes"] and "Setup {0}" in steps["Sizes"]
    assert "tests/test_windows_only.py" in steps["Windows-only tests"]


def test_readme_says_the_windows_job_runs_on_githubs_runners_only() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = readme.split("- The Windows job, `.github/workflows/windows.yml`", 1)[1].split(
        "\n- "
    )[0]
    assert "runs on GitHub's runners" in paragraph
    assert "not in this project's own CI" in paragraph
    assert "windows-2022" in paragraph and INNO_SETUP_VERSION in paragraph
