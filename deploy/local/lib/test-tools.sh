# shellcheck shell=bash
# What test.sh needs beyond the platform: the browser, axe-core, the API documents' lint. Sourced by lib.sh.

# ---- the browser of the portal widgets' tests (Debian's Chromium and its chromedriver) ---------------------
ensure_browser() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    info "installing Chromium, chromedriver and a Chinese font for the browser tests (Debian packages, once)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-zenhei; } \
      >"$LOG_DIR/apt-browser.log" 2>&1 || fail browser "apt-get install chromium chromium-driver failed" "$LOG_DIR/apt-browser.log"
  else
    fail browser "the widget browser tests need Chromium and chromedriver: apt-get install chromium chromium-driver fonts-wqy-zenhei"
  fi
}

# check_test_prerequisites: what test.sh needs, checked before anything starts (a missing browser or npm used to be
# found minutes in, after the build); as root on Debian the browser and axe-core are installed here
check_test_prerequisites() {
  local java_major
  mkdir -p "$LOG_DIR"
  command -v java >/dev/null || fail prerequisites "a JDK 17+ is needed: apt-get install openjdk-17-jdk-headless"
  java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [ "${java_major%%.*}" -ge 17 ] 2>/dev/null \
    || fail prerequisites "Java ${java_major:-?} found, 17 or later needed: apt-get install openjdk-17-jdk-headless"
  command -v mvn >/dev/null || fail prerequisites "Maven 3.9+ is needed: apt-get install maven"
  command -v curl >/dev/null || fail prerequisites "curl is needed: apt-get install curl"
  command -v npm >/dev/null \
    || fail prerequisites "npm (Node.js 18+) is needed for axe-core and the API documents' lint: apt-get install npm"
  ensure_browser
  ensure_axe
}

# ensure_axe: axe-core from the npm registry, injected by the browser tests into every console page they visit
ensure_axe() {
  local tools="$ROOT/e2e/browser-tools"
  [ -f "$tools/node_modules/axe-core/axe.min.js" ] && return 0
  command -v npm >/dev/null || fail browser "npm (Node.js 18+) is needed for the accessibility checks (axe-core): apt-get install npm"
  info "installing axe-core for the browser tests (npm ci, once)"
  (cd "$tools" && npm ci --no-audit --no-fund --ignore-scripts) >"$LOG_DIR/npm-browser.log" 2>&1 \
    || fail browser "npm ci in e2e/browser-tools failed" "$LOG_DIR/npm-browser.log"
}

# ---- API document lint: OpenAPI (Spectral + the OWASP API Security ruleset) and AsyncAPI, from the npm registry ---
lint_api_documents() {
  local lint="$ROOT/deploy/lint" name status=0 report dir
  if [ ! -x "$lint/node_modules/.bin/spectral" ] || [ ! -d "$lint/node_modules/@asyncapi/parser" ] \
     || [ ! -x "$lint/node_modules/.bin/tsc" ]; then
    command -v npm >/dev/null || fail lint "npm (Node.js 18+) is needed for the OpenAPI lint"
    info "installing the OpenAPI linter (npm ci, once)"
    (cd "$lint" && npm ci --no-audit --no-fund --ignore-scripts) >"$LOG_DIR/npm.log" 2>&1 || fail lint "npm ci failed" "$LOG_DIR/npm.log"
  fi
  report="$(python3 "$lint/api-contract.py" self-test 2>&1)" && info "$report" || {
    warn "the API contract check fails its own test:"; printf '%s\n' "$report" >&2; status=1; }
  for name in "${SERVICES[@]}"; do
    [ "$name" = gateway ] || [ "$name" = console ] && continue
    curl -fsS --max-time 10 "http://127.0.0.1:${PORT[$name]}/q/openapi?format=json" -o "$LOG_DIR/openapi-$name.json" \
      || { warn "cannot fetch the OpenAPI document of $name"; status=1; continue; }
    report="$("$lint/node_modules/.bin/spectral" lint -q -r "$lint/.spectral.yaml" -f text -F error \
      "$LOG_DIR/openapi-$name.json" 2>&1)" && info "OpenAPI of $name: 0 errors (spectral:oas + OWASP)" || {
      warn "OpenAPI of $name has lint errors:"; printf '%s\n' "$report" | tail -n 40 >&2; status=1; }
    # the document a department generates its client from is committed (docs/api/); what the service serves must be
    # that document, so a change to it is a reviewed change of the file (REFORMHUB_WRITE_API_DOCUMENTS=1 writes it)
    if [ "${REFORMHUB_WRITE_API_DOCUMENTS:-0}" = 1 ]; then
      python3 -m json.tool --indent 2 --no-ensure-ascii "$LOG_DIR/openapi-$name.json" >"$ROOT/docs/api/$name.json"
      info "OpenAPI of $name written to docs/api/$name.json"
    elif [ ! -f "$ROOT/docs/api/$name.json" ]; then
      warn "docs/api/$name.json is missing (REFORMHUB_WRITE_API_DOCUMENTS=1 ./deploy/local/test.sh writes it)"; status=1
    else
      report="$(python3 "$lint/same-document.py" "$ROOT/docs/api/$name.json" "$LOG_DIR/openapi-$name.json" 2>&1)" \
        && info "OpenAPI of $name: the committed document (docs/api/$name.json)" || {
        warn "OpenAPI of $name differs from docs/api/$name.json:"; printf '%s\n' "$report" >&2; status=1
        # say whether the change would break a client generated from the committed document
        python3 "$lint/api-contract.py" compat "$ROOT/docs/api/$name.json" "$LOG_DIR/openapi-$name.json" >&2 \
          || warn "… and it breaks generated clients without raising the major version (info.version)"; }
      # a breaking change cannot land by rewriting docs/api/ either: each committed version against the one before
      report="$(cd "$ROOT" && python3 "$lint/api-contract.py" history "docs/api/$name.json" 2>&1)" || {
        warn "docs/api/$name.json changed in a way that breaks generated clients without a new major version:"
        printf '%s\n' "$report" >&2; status=1; }
    fi
    # what a generated client names: operationIds, schema names, bilingual summaries, typed errors, the server
    report="$(python3 "$lint/api-contract.py" names "$LOG_DIR/openapi-$name.json" 2>&1)" \
      && info "OpenAPI of $name: operationIds, schema names and errors follow the contract rules" || {
      warn "OpenAPI of $name breaks the contract rules:"; printf '%s\n' "$report" | head -n 40 >&2; status=1; }
  done
  # the TypeScript clients generated from the documents (clients/, typescript-fetch) type-check, strictly
  for dir in "$ROOT"/clients/target/typescript/*/; do
    [ -f "$dir/index.ts" ] || { warn "no TypeScript client generated in $dir (mvn -pl clients generate-sources)"; status=1; continue; }
    report="$("$lint/node_modules/.bin/tsc" --noEmit --strict --target es2020 --module es2020 --moduleResolution node \
      --lib es2020,dom "$dir/index.ts" 2>&1)" && info "TypeScript client $(basename "$dir"): tsc --strict, 0 errors" || {
      warn "the TypeScript client generated in $dir does not type-check:"; printf '%s\n' "$report" | head -n 20 >&2; status=1; }
  done
  [ -d "$ROOT/clients/target/typescript" ] || { warn "no TypeScript clients generated (mvn -pl clients generate-sources)"; status=1; }
  # the events' AsyncAPI document: structure and references (its examples are checked by DocumentedExamplesTest)
  report="$(node "$lint/asyncapi-validate.mjs" "$ROOT/docs/events/asyncapi.yaml" 2>&1)" && info "AsyncAPI: $report" || {
    warn "AsyncAPI document has errors:"; printf '%s\n' "$report" | tail -n 40 >&2; status=1; }
  return $status
}
