#!/usr/bin/env bash
# Remakes the README's screenshots from the bundled example:
#   docs/images/report-html.png       the HTML report, rendered by headless Chromium
#   docs/images/report-xlsx.png       the workbook's summary sheet, LibreOffice headless -> PDF -> PNG
#   docs/images/report-xlsx-form.png  one project's 项目支出绩效自评表 from the same PDF
# Needs a built jixiao (JIXIAO=path, default build/engine/jixiao) and, on Debian:
#   apt-get install chromium libreoffice-calc poppler-utils fonts-noto-cjk
# These are not build or CI dependencies: the screenshots are remade on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."

jixiao=${JIXIAO:-build/engine/jixiao}
form_project=${FORM_PROJECT:-人才工作信息网络及软件购置经费}  # a project with findings beside its indicators
out=docs/images
for tool in "$jixiao" chromium soffice pdftoppm pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool not found" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# Relative input paths, so the reports' source blocks do not name this machine's folders.
"$jixiao" score fixtures/seed/targets.yaml fixtures/seed/actuals.yaml --format html -o "$work/report.html"
"$jixiao" score fixtures/seed/targets.yaml fixtures/seed/actuals.yaml --format xlsx -o "$work/report.xlsx"

chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/chromium" \
  --screenshot="$out/report-html.png" --window-size=1280,2000 "file://$work/report.html" 2>/dev/null

HOME="$work" soffice --headless --norestore --convert-to pdf --outdir "$work" "$work/report.xlsx" >/dev/null 2>&1
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$work/report.pdf" "$out/report-xlsx"

# The form: the first page after the summary that names the project.
pages=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ { print $2 }')
for ((page = 2; page <= pages; page++)); do
  if pdftotext -f "$page" -l "$page" "$work/report.pdf" - | grep -qF "$form_project"; then
    pdftoppm -png -r 100 -f "$page" -l "$page" -singlefile "$work/report.pdf" "$out/report-xlsx-form"
    break
  fi
done

ls -l "$out"/report-*.png
