#!/bin/sh
# Installs Jili {{version}} for WPS 表格 on Linux for the current user: copies {{folder}} into WPS's jsaddons folder
# and registers it in publish.xml there (docs/wps.md). Restart WPS afterwards.
set -e
here=$(cd "$(dirname "$0")" && pwd)
dest="${WPS_JSADDONS:-$HOME/.local/share/Kingsoft/wps/jsaddons}"
mkdir -p "$dest"
rm -rf "$dest/{{folder}}"
cp -R "$here/{{folder}}" "$dest/"
if [ ! -f "$dest/publish.xml" ]; then
  cp "$here/publish.xml" "$dest/publish.xml"
elif ! grep -q 'url="{{folder}}"' "$dest/publish.xml"; then
  sed -i 's|</jsplugins>|  <jsplugin name="jili" type="et" url="{{folder}}" version="{{version}}" enable="true"/>\n</jsplugins>|' "$dest/publish.xml"
fi
echo "Jili {{version}} installed in $dest. Restart WPS 表格; the ribbon shows the tab Jili 激励."
