# Builds the Windows installer: PyInstaller one-folder app, then Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1 [-Smoke]
#
# Needs: Python 3.11+ (64-bit) and Inno Setup 6 (ISCC.exe) on the build PC, internet for pip
# on the build PC only. Counter PCs need nothing: the installer carries Python and Qt.
# -Smoke runs the self test of the built folder (offscreen) before making the installer.
# NOTE: written on Linux and not yet run on Windows; see packaging/README.md.
param([switch]$Smoke)
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..")
Set-Location $root

$venv = Join-Path $root ".venv"
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    Write-Host "[build] creating $venv"
    py -3.11 -m venv $venv
}
$python = "$venv\Scripts\python.exe"
& $python -m pip install -q --upgrade pip
& $python -m pip install -q ".[build]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

# translations (i18n\*.qm is not committed)
$lrelease = "$venv\Scripts\pyside6-lrelease.exe"
Get-ChildItem i18n -Filter *.ts -ErrorAction SilentlyContinue | ForEach-Object {
    & $lrelease -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}

$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
Write-Host "[build] PyInstaller one-folder build of desk-app $version"
$env:PYTHONPATH = "$root"
& $python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\desk_app.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

if ($Smoke) {
    $tmp = Join-Path $env:TEMP ("desk-smoke-" + [guid]::NewGuid())
    $env:QT_QPA_PLATFORM = "offscreen"
    if (-not $env:DESK_APP_DB_SECRET) { $env:DESK_APP_DB_SECRET = "smoke-test-secret" }
    & "dist\desk-app\desk-app-cli.exe" selftest --data "$tmp\data" --out "$tmp\letter.pdf"
    if ($LASTEXITCODE -ne 0) { throw "self test failed" }
    Remove-Item -Recurse -Force $tmp
}

$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe") |
    Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found" }
& $iscc "/DAppVersion=$version" packaging\windows\desk_app.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
$size = (Get-ChildItem dist\desk-app -Recurse | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("[build] dist\desk-app ({0:N0} MB) and dist\desk-app-$version-setup.exe" -f $size)
