#!/bin/sh
# Adds fastai launcher to your desktop's app menu (for you only, no root needed).
# Run it from the unpacked folder:  ./install-desktop-entry.sh
# Undo:  rm ~/.local/share/applications/fastai-launcher.desktop ~/.local/share/icons/hicolor/256x256/apps/fastai-launcher.png
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
if [ -f "$here/fastai-launcher.png" ]; then
  cp "$here/fastai-launcher.png" "$icons/fastai-launcher.png"
fi
sed "s|^Exec=fastai-launcher\$|Exec=\"$here/fastai-launcher\"|" "$here/fastai-launcher.desktop" \
  > "$apps/fastai-launcher.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "fastai launcher is now in your app menu ($apps/fastai-launcher.desktop)."
