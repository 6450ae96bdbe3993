@echo off
rem Installs Jili {{version}} for WPS 表格 on Windows for the current user: copies {{folder}} into
rem %APPDATA%\kingsoft\wps\jsaddons and registers it in publish.xml there (docs/wps.md). Restart WPS afterwards.
set "dest=%APPDATA%\kingsoft\wps\jsaddons"
if not exist "%dest%" mkdir "%dest%"
if exist "%dest%\{{folder}}" rmdir /s /q "%dest%\{{folder}}"
xcopy /e /i /q "%~dp0{{folder}}" "%dest%\{{folder}}" >nul
if not exist "%dest%\publish.xml" (
  copy /y "%~dp0publish.xml" "%dest%\publish.xml" >nul
) else (
  findstr /c:"url=\"{{folder}}\"" "%dest%\publish.xml" >nul || echo Add this line inside ^<jsplugins^> of %dest%\publish.xml: ^<jsplugin name="jili" type="et" url="{{folder}}" version="{{version}}" enable="true"/^>
)
echo Jili {{version}} installed in %dest%. Restart WPS; the ribbon shows the tab Jili 激励.
