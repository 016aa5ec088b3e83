# shellcheck shell=bash
# The mail server of a local platform (GreenMail standalone). Sourced by lib.sh.

# ---- the mail server (GreenMail standalone from Maven Central) ---------------------------------------
fetch_mail() {
  local jar="$RUN_DIR/mail/greenmail-standalone-$GREENMAIL_VERSION.jar"
  if [ -f "$jar" ]; then return 0; fi
  info "fetching GreenMail $GREENMAIL_VERSION from Maven Central (once)"
  mkdir -p "$RUN_DIR/mail"
  mvn -B -q -N -f "$ROOT/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$RUN_DIR/mail" \
    >"$LOG_DIR/fetch-mail.log" 2>&1 || fail mail "could not fetch GreenMail" "$LOG_DIR/fetch-mail.log"
}

mail_ready() { http_ok "http://127.0.0.1:$MAIL_API_PORT/api/service/readiness"; }

start_mail() {
  local log="$LOG_DIR/mail.log"
  if running mail; then info "mail already running (SMTP port $MAIL_SMTP_PORT)"; return 0; fi
  require_free_port mail "$MAIL_SMTP_PORT" MAIL_SMTP_PORT
  require_free_port mail "$MAIL_API_PORT" MAIL_API_PORT
  fetch_mail
  info "starting the mail server (GreenMail) on 127.0.0.1:$MAIL_SMTP_PORT, messages readable at http://127.0.0.1:$MAIL_API_PORT/api"
  # any address is accepted and gets a mailbox; messages live in memory (a restart empties them)
  setsid nohup java -Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dreformhub.run="$RUN_DIR" \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$MAIL_IMAP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" -Dgreenmail.auth.disabled \
    -jar "$RUN_DIR/mail/greenmail-standalone-$GREENMAIL_VERSION.jar" >>"$log" 2>&1 < /dev/null &
  echo $! > "$(pid_file mail)"
  WAIT_PID=$! wait_for mail 60 "$log" mail_ready
}
