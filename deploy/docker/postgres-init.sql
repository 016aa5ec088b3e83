-- One database per service (and per service's tests), owned by the application role.
CREATE DATABASE reformhub_registry OWNER reformhub;
CREATE DATABASE reformhub_progress OWNER reformhub;
CREATE DATABASE reformhub_notifications OWNER reformhub;
CREATE DATABASE reformhub_appeals OWNER reformhub;
\c reformhub_registry
CREATE EXTENSION IF NOT EXISTS pg_trgm;
\c reformhub_appeals
CREATE EXTENSION IF NOT EXISTS pg_trgm;
