#!/usr/bin/env bash
# Remakes the README's screenshots from the bundled example:
#   docs/images/report-html.png       the HTML report, rendered by headless Chromium
#   docs/images/report-xlsx.png       the workbook's summary sheet, LibreOffice headless -> PDF -> PNG
#   docs/images/report-xlsx-form.png  one project's 项目支出绩效自评表 from the same PDF
# and the pages of `jixiao serve` (started on a free port, stopped at the end):
#   docs/images/serve-targets.png         目标表: the form and the review of fixtures/seed/targets.csv
#   docs/images/serve-score.png           评分: the form and the report of the bundled example
#   docs/images/serve-error.png           评分: an input error as the page shows it
#
#   tools/screenshots.sh [all|reports|pages]     (default all)
# Needs a built jixiao (JIXIAO=path, default build/engine/jixiao) and, on Debian:
#   apt-get install chromium curl fonts-noto-cjk (pages); libreoffice-calc poppler-utils (reports)
# These are not build or CI dependencies: the screenshots are remade on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
jixiao=${JIXIAO:-build/engine/jixiao}
form_project=${FORM_PROJECT:-人才工作信息网络及软件购置经费}  # a project with findings beside its indicators
out=docs/images
tools=("$jixiao" chromium)
[ "$what" = pages ] || tools+=(soffice pdftoppm pdftotext pdfinfo)
[ "$what" = reports ] || tools+=(curl)
for tool in "${tools[@]}"; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool not found" >&2; exit 1; }
done

work=$(mktemp -d)
server=
trap '[ -z "$server" ] || kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$out"

shoot() {  # shoot OUTPUT.png URL [HEIGHT]
  chromium --headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/chromium" \
    --screenshot="$1" --window-size=1280,"${3:-1400}" "$2" 2>/dev/null
}

if [ "$what" != reports ]; then
  "$jixiao" serve --port 0 >"$work/serve.out" 2>"$work/serve.err" &
  server=$!
  for _ in $(seq 50); do grep -q '^jixiao serve: http' "$work/serve.out" && break; sleep 0.1; done
  url=$(sed -n 's/^jixiao serve: //p' "$work/serve.out")
  # A result page is the answer to a POST: saved, then shown as a file (its downloads are in it).
  curl -sf -F targets=@fixtures/seed/targets.csv "${url}check" >"$work/targets.html"
  curl -sf -F targets=@fixtures/seed/targets.yaml -F actuals=@fixtures/seed/actuals.yaml "${url}score" >"$work/score.html"
  printf 'year: 2023\nprojects:\n  "1":\n    indicators:\n      设备购置数量: 12 台台\n' >"$work/actuals.yaml"
  curl -s -F targets=@fixtures/seed/targets.yaml -F actuals=@"$work/actuals.yaml" "${url}score" >"$work/error.html"
  shoot "$out/serve-targets.png" "file://$work/targets.html" 1100
  shoot "$out/serve-score.png" "file://$work/score.html" 1600
  shoot "$out/serve-error.png" "file://$work/error.html" 900
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=
  ls -l "$out"/serve-*.png
  [ "$what" = pages ] && exit 0
fi

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
