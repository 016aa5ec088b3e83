#!/usr/bin/env bash
# Runs the whole ReformHub platform on this machine, no Docker: PostgreSQL, Kafka, Keycloak, a mail server, the
# four services, the warehouse loader, the web console and the gateway. Safe to re-run: what already runs is left alone. Stop with down.sh.
source "$(dirname "$0")/lib.sh"

started=$(date +%s)
start_infrastructure
start_platform
info "ReformHub is up in $(( $(date +%s) - started )) s"
cat <<TXT

  Web console      http://127.0.0.1:$GATEWAY_PORT/app/       (log in as a demo user below)
  Gateway          http://127.0.0.1:$GATEWAY_PORT            (API under /api/registry, /api/progress, /api/notifications, /api/appeals, /api/warehouse)
  Swagger UI       http://127.0.0.1:$REGISTRY_PORT/q/swagger-ui   (per service: ports $REGISTRY_PORT-$WAREHOUSE_PORT)
  Warehouse        database reformhub_warehouse on 127.0.0.1:$REFORMHUB_DB_PORT (star schema from the events; docs/warehouse.md)
  Keycloak         http://127.0.0.1:$KEYCLOAK_PORT            (admin console: ${KEYCLOAK_ADMIN:-admin} / ${KEYCLOAK_ADMIN_PASSWORD:-admin})
  PostgreSQL       127.0.0.1:$REFORMHUB_DB_PORT  user $REFORMHUB_DB_USER
  Kafka            $KAFKA_BOOTSTRAP_SERVERS
  Mail (GreenMail) SMTP 127.0.0.1:$MAIL_SMTP_PORT; sent mail: http://127.0.0.1:$MAIL_API_PORT/api/user/<address>/messages/INBOX
  Logs and PIDs    $RUN_DIR

  Demo users (realm 'reform', password 'reformhub'):
    supervisor      营商办 supervisor
    zwsj-officer    department zwsj (市政务服务数据管理局)
    zrzy-officer    department zrzy (市自然资源局)
    enterprise-a    enterprise 91440400MA4UH1234T
    enterprise-b    enterprise 91440400617881127C
    admin           platform admin
    hengqin-office  district hengqin (横琴营商办); xiangzhou-office: district xiangzhou (香洲区营商办)
  Client credentials: tax-bureau-system / tax-bureau-system-demo-secret (department swj)

  Token for scripts:
    curl -s -d grant_type=password -d client_id=reformhub-cli -d username=supervisor -d password=reformhub \\
      $REFORMHUB_OIDC_URL/protocol/openid-connect/token

  Status: deploy/local/status.sh    Stop: deploy/local/down.sh
TXT
