-- One database per service, and Keycloak's, owned by the application role.
CREATE DATABASE reformhub_registry OWNER reformhub;
CREATE DATABASE reformhub_progress OWNER reformhub;
CREATE DATABASE reformhub_notifications OWNER reformhub;
CREATE DATABASE reformhub_appeals OWNER reformhub;
CREATE DATABASE reformhub_warehouse OWNER reformhub;
CREATE DATABASE reformhub_keycloak OWNER reformhub;
\c reformhub_registry
CREATE EXTENSION IF NOT EXISTS pg_trgm;
\c reformhub_appeals
CREATE EXTENSION IF NOT EXISTS pg_trgm;
