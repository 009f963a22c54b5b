; Inno Setup script: installs the one-folder build of CCB Desktop for the current user.
; Build the program first (pyinstaller build.spec), then compile this file with Inno Setup 6.4:
;   iscc /DAppVersion=0.1.0 packaging\windows\ccb_desktop.iss
; No administrator rights are needed; the data folder (%APPDATA%\CCB Desktop) is never touched
; by the installer or the uninstaller.
;
; This file stays plain ASCII: every Vietnamese text is in Vietnamese.isl (UTF-8 with BOM),
; so the compiler cannot misread it whatever code page the build machine uses.

; Vietnamese.isl defines exactly the messages of Inno Setup 6.4: another version would show
; some of its texts in English (or ignore some), so it is refused here.
#if Ver < EncodeVer(6, 4, 0) || Ver >= EncodeVer(6, 5, 0)
  #error Compile with Inno Setup 6.4: Vietnamese.isl defines that version's messages
#endif

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; A fixed AppId lets a newer setup upgrade an older installation in place.
AppId={{6D8B1E44-2C0A-4F3B-9B8E-CCB0DE5C7001}
AppName=CCB Desktop
AppVersion={#AppVersion}
AppVerName=CCB Desktop {#AppVersion}
AppPublisher=CCB Desktop
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install (the default, no admin rights).
DefaultDirName={autopf}\CCB Desktop
DefaultGroupName=CCB Desktop
PrivilegesRequired=lowest
; /CURRENTUSER (and /ALLUSERS, for an IT person) may be given on the command line only.
PrivilegesRequiredOverridesAllowed=commandline
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=CCB-Desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\ccb_desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Windows 10 1809 (LTSC 2019) and newer: the Qt 6.9 the program ships runs there.
MinVersion=10.0.17763
ArchitecturesInstallIn64BitMode=x64compatible
ArchitecturesAllowed=x64compatible
; An upgrade closes a running copy first instead of leaving half-replaced files.
CloseApplications=yes

[Languages]
; Inno Setup 6 ships no Vietnamese messages file: ours sits beside this script.
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\ccb_desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\CCB Desktop"; Filename: "{app}\ccb_desktop.exe"
Name: "{group}\{cm:UninstallProgram,CCB Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\CCB Desktop"; Filename: "{app}\ccb_desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ccb_desktop.exe"; Description: "{cm:LaunchProgram,CCB Desktop}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only the program folder: the secretary's data and backups in
; %APPDATA%\CCB Desktop (or wherever they keep their data file) stay.
