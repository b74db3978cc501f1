; Inno Setup script: per-user installation without administrator rights.
; Build after PyInstaller:  ISCC.exe resources\installer\netzwerkstatt.iss
; The data folder (%LOCALAPPDATA%\Netzwerkstatt) is never touched by setup or uninstall.

#define AppName "Netzwerkstatt"
#define Root "..\.."
; The version is declared once, in resources\VERSION.
#define VersionFile FileOpen(AddBackslash(SourcePath) + Root + "\resources\VERSION")
#define AppVersion Trim(FileRead(VersionFile))
#expr FileClose(VersionFile)

[Setup]
AppId={{6B1C6E0E-3F3B-4C44-9C1B-6E5F2D0A7A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Netzwerkstatt
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir={#Root}\dist\installer
OutputBaseFilename=Netzwerkstatt-Setup-{#AppVersion}
SetupIconFile={#Root}\resources\icons\netzwerkstatt.ico
UninstallDisplayIcon={app}\Netzwerkstatt.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\Netzwerkstatt\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}\{#AppName}"; Filename: "{app}\Netzwerkstatt.exe"
Name: "{userprograms}\{#AppName}\{#AppName} deinstallieren"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\Netzwerkstatt.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Netzwerkstatt.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder: databases and backups stay on uninstall.
