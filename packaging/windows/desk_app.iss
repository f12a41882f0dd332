; Inno Setup 6 script for desk-app on Windows (counter PCs, offline installation).
; Built by packaging/build_windows.ps1, which first runs PyInstaller (packaging/desk_app.spec)
; into dist\desk-app\ and passes the version:  ISCC.exe /DAppVersion=0.1.0 packaging\windows\desk_app.iss
;
; Installs for all users into Program Files; user data is NOT here but in each user's
; %LOCALAPPDATA%\desk_app (platformdirs), which upgrades and uninstallation leave alone.
; Nothing is downloaded during installation.
; NOTE: written and reviewed on Linux; it has not been compiled or run on Windows yet.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "告知承诺制窗口受理"
#define AppExe "desk-app.exe"
#define SrcDir "..\..\dist\desk-app"

[Setup]
; A fixed AppId: a new version installs over the old one (an upgrade, data kept).
AppId={{8E6C2F0A-5B7D-4C1E-9A3F-1D2E4B6A7C90}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=desk_app
DefaultDirName={autopf}\desk-app
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=desk-app-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\desk-app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
MinVersion=10.0

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; the old version's bundle is replaced as a whole (a removed module must not linger)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SrcDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only the program folder; %LOCALAPPDATA%\desk_app (cases, letters, backups) stays
Type: filesandordirs; Name: "{app}\_internal"
