; Inno Setup 6 script for VoiceDesk (Windows installer around the PyInstaller one-folder app).
;
; Build the app first, then compile with the metadata from pyproject.toml passed as defines:
;   python packaging\build.py
;   for /f %v in ('python packaging\build.py --print-version') do set VD_VERSION=%v
;   iscc /DAppVersion=%VD_VERSION% packaging\windows\voicedesk.iss
; (.github/workflows/build.yml does exactly this, and also passes AppCopyright.)
; Output: dist\VoiceDesk-<version>-setup.exe

#ifndef AppVersion
  #error AppVersion must be defined: iscc /DAppVersion=x.y.z (from pyproject.toml)
#endif
#ifndef AppName
  #define AppName "VoiceDesk"
#endif
#ifndef AppPublisher
  #define AppPublisher "VoiceDesk"
#endif
#ifndef AppCopyright
  #define AppCopyright "Copyright (c) VoiceDesk contributors"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\VoiceDesk"
#endif
#define AppExeName "VoiceDesk.exe"

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it.
AppId={{6F3B2C1E-8D4A-4B7E-9C2F-5A1D0E7B3C94}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#AppCopyright}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without admin rights is allowed (office PCs); all users when elevated.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\voicedesk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's bundled libraries must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
