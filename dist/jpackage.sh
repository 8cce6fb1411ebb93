#!/bin/sh
# Builds the NewsLens app image and installer for this system with jpackage (JDK 17+), from the jar
# and runtime libraries that `mvn package` left in target/. Run by `mvn -Pdist package`.
#   Linux:   target/dist/NewsLens/ (app image) and target/dist/newslens_<version>_<arch>.deb
#   macOS:   target/dist/NewsLens.app and a .dmg      Windows: target\dist\NewsLens\ and an .msi (needs WiX)
set -eu
cd "$(dirname "$0")/.."
VERSION="${1:-0.1.0}"
T=target
rm -rf "$T/dist-input" "$T/dist"
mkdir -p "$T/dist-input" "$T/dist"
cp "$T/newslens.jar" "$T/newslens-models.jar" "$T/dist-input/"   # the models jar is on newslens.jar's Class-Path
cp -r "$T/lib" "$T/dist-input/lib"
ICON=src/main/resources/org/newslens/ui/icon-256.png
set -- --name NewsLens --app-version "$VERSION" --vendor NewsLens \
    --description "A news reader that shows who and when" \
    --input "$T/dist-input" --main-jar newslens.jar --java-options -Xmx2g --dest "$T/dist"
case "$(uname -s)" in
  Linux)
    jpackage --type app-image --icon "$ICON" "$@"
    jpackage --type deb --icon "$ICON" --linux-package-name newslens --linux-shortcut \
        --linux-menu-group "Office;News" --linux-app-category misc --license-file LICENSE "$@" ;;
  Darwin)
    jpackage --type app-image "$@"
    jpackage --type dmg "$@" ;;
  *)
    jpackage --type app-image "$@"
    jpackage --type msi --win-menu --win-shortcut "$@" ;;
esac
ls -l "$T/dist"
