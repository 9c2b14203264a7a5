#!/bin/sh
# Regenerates the pictures in docs/img/ from the README's Phú Trung example: the workbooks are made by cchc,
# printed to PDF by LibreOffice (headless, in a throw-away profile set to vi-VN so percentages show the decimal
# comma a Vietnamese Excel shows) and cut into PNGs by pdftoppm (poppler-utils). A documentation tool: nothing
# in the build, the tests or CI runs it, so they never need LibreOffice.
#   sh scripts/render-pictures.sh          (from the repository root, after npm ci)
set -eu
command -v soffice >/dev/null || { echo "needs LibreOffice (soffice)" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "needs pdftoppm (poppler-utils)" >&2; exit 1; }
npm run --silent build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/profile/user"
cat >"$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
</oor:items>
XCU
plan=plans/phu-trung-2026-2030.yaml
node bin/cchc.js report "$plan" --data fixtures/example/phu-trung-2026-gia-lap.csv --period "Quý III/2026" \
  --report-number 125 --report-date 18/09/2026 -o "$work/bao-cao.xlsx" 2>/dev/null
node bin/cchc.js template "$plan" --period "Quý III/2026" -o "$work/bieu-nhap-lieu.xlsx" 2>/dev/null
for f in bao-cao bieu-nhap-lieu; do
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" \
    "$work/$f.xlsx" >/dev/null 2>&1
done
# At 80 dpi an A4 landscape page is 935 x 661 px; the crops keep the printed area (margins and footer off).
crop() { pdftoppm -r 80 -f "$2" -l "$2" -x 28 -y 26 -W 880 -H "$3" -png -singlefile "$work/$1.pdf" "docs/img/$4"; }
crop bao-cao 1 500 bao-cao-tong-hop             # PHỤ LỤC I: letterhead, title, the first groups of targets
crop bieu-nhap-lieu 1 321 bieu-nhap-lieu        # the template: title, instructions for the units, first rows
ls -l docs/img/bao-cao-tong-hop.png docs/img/bieu-nhap-lieu.png
