; Inno Setup 6 script: the Windows installer for CAR T Family Guide.
;
;   python packaging\build.py
;   iscc /DAppVersion=0.1.0 packaging\windows\cartapp.iss
;
; -> dist\cartapp-<version>-windows-x64-setup.exe. It asks whether to install
; for the current user only (no administrator rights needed, the default) or
; for everyone on the computer (Program Files; clinics and kiosks). Paths below
; are relative to this file.
;
; Silent, all users, with the clinic's file (and its clinic\ folder), for Intune,
; SCCM or a script (packaging/DEPLOY.md):
;   cartapp-<version>-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       /ALLUSERS /CLINICFILE="\\server\share\clinic.toml" /CLINICDIR="\\server\share\clinic"
; The file goes to %ProgramData%\cartapp\clinic.toml, the machine-wide place the app
; reads first; its [lock] settings list keeps a user's own file from changing them.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\cartapp.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\cartapp"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\cartapp.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "CAR T Family Guide"
#define AppExe "cartapp.exe"

[Setup]
; The AppId ties upgrades and the uninstaller to this app: never change it.
AppId={{50A37910-F7AA-4812-A485-E5516AC119EC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the wizard offers an install for all users, and
; "/ALLUSERS" does the same for an unattended clinic-wide install.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=cartapp-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The clinic's settings, copied at install time from the path given on the command
; line, only for an all-users install (a machine-wide file needs administrator rights).
Source: "{param:CLINICFILE}"; DestDir: "{commonappdata}\cartapp"; DestName: "clinic.toml"; Flags: external ignoreversion; Check: ClinicFileGiven
Source: "{param:CLINICDIR}\*"; DestDir: "{commonappdata}\cartapp\clinic"; Flags: external ignoreversion recursesubdirs createallsubdirs; Check: ClinicDirGiven

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (kiosk mode)"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; Comment: "Fullscreen for a clinic waiting room; keeps nothing a family types"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; A family's saved question list and settings (in %APPDATA%\cartapp) are kept
; on uninstall, so that reinstalling or upgrading does not lose them.

[Code]
// Never copy from an empty path: "{param:CLINICDIR}\*" would then name a drive's root.
function ClinicFileGiven: Boolean;
begin
  Result := IsAdminInstallMode and (ExpandConstant('{param:CLINICFILE|}') <> '');
end;

function ClinicDirGiven: Boolean;
begin
  Result := IsAdminInstallMode and (ExpandConstant('{param:CLINICDIR|}') <> '');
end;
