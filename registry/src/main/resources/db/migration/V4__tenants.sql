-- Tenants (issue 14): every stored record belongs to one organisation. What was stored before belongs to the initial
-- tenant, 'default'. Ids of flows, contracts and idempotency keys are unique within a tenant, so the tables keyed by
-- them are rebuilt with the tenant in their primary key (a rebuild, because constraint names differ between H2 and
-- PostgreSQL); the others gain a tenant column.

CREATE TABLE tenant (
  id          VARCHAR(64)  PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO tenant (id, name, created_at) VALUES ('default', 'Default', CURRENT_TIMESTAMP);

CREATE TABLE flow_t (
  tenant_id     VARCHAR(64)  NOT NULL REFERENCES tenant (id),
  id            VARCHAR(200) NOT NULL,
  version       BIGINT       NOT NULL,
  archived      BOOLEAN      NOT NULL,
  media_type    VARCHAR(100) NOT NULL,
  content       TEXT         NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_verdict  VARCHAR(40),
  last_edition  VARCHAR(40),
  PRIMARY KEY (tenant_id, id)
);
INSERT INTO flow_t (tenant_id, id, version, archived, media_type, content, created_at, updated_at, last_verdict,
    last_edition)
  SELECT 'default', id, version, archived, media_type, content, created_at, updated_at, last_verdict, last_edition
  FROM flow;

CREATE TABLE flow_version_t (
  tenant_id   VARCHAR(64)  NOT NULL,
  flow_id     VARCHAR(200) NOT NULL,
  version     BIGINT       NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  content     TEXT         NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, flow_id, version),
  FOREIGN KEY (tenant_id, flow_id) REFERENCES flow_t (tenant_id, id)
);
INSERT INTO flow_version_t (tenant_id, flow_id, version, media_type, content, created_at)
  SELECT 'default', flow_id, version, media_type, content, created_at FROM flow_version;

CREATE TABLE contract_t (
  tenant_id   VARCHAR(64)  NOT NULL REFERENCES tenant (id),
  id          VARCHAR(200) NOT NULL,
  version     BIGINT       NOT NULL,
  archived    BOOLEAN      NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  content     TEXT         NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
INSERT INTO contract_t (tenant_id, id, version, archived, media_type, content, created_at, updated_at)
  SELECT 'default', id, version, archived, media_type, content, created_at, updated_at FROM contract;

CREATE TABLE contract_version_t (
  tenant_id    VARCHAR(64)  NOT NULL,
  contract_id  VARCHAR(200) NOT NULL,
  version      BIGINT       NOT NULL,
  media_type   VARCHAR(100) NOT NULL,
  content      TEXT         NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, contract_id, version),
  FOREIGN KEY (tenant_id, contract_id) REFERENCES contract_t (tenant_id, id)
);
INSERT INTO contract_version_t (tenant_id, contract_id, version, media_type, content, created_at)
  SELECT 'default', contract_id, version, media_type, content, created_at FROM contract_version;

CREATE TABLE doc_link_t (
  tenant_id  VARCHAR(64)  NOT NULL,
  kind       VARCHAR(20)  NOT NULL,
  doc_id     VARCHAR(200) NOT NULL,
  target     VARCHAR(200) NOT NULL,
  PRIMARY KEY (tenant_id, kind, doc_id, target)
);
INSERT INTO doc_link_t (tenant_id, kind, doc_id, target) SELECT 'default', kind, doc_id, target FROM doc_link;

CREATE TABLE idempotent_request_t (
  tenant_id     VARCHAR(64)  NOT NULL,
  idem_key      VARCHAR(200) NOT NULL,
  route         VARCHAR(300) NOT NULL,
  request_hash  VARCHAR(64)  NOT NULL,
  status        INTEGER,
  content_type  VARCHAR(200),
  location      VARCHAR(500),
  etag          VARCHAR(100),
  decision_id   VARCHAR(64),
  body          TEXT,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, idem_key)
);
INSERT INTO idempotent_request_t (tenant_id, idem_key, route, request_hash, status, content_type, location, etag,
    decision_id, body, created_at)
  SELECT 'default', idem_key, route, request_hash, status, content_type, location, etag, decision_id, body, created_at
  FROM idempotent_request;

DROP TABLE flow_version;
DROP TABLE flow;
DROP TABLE contract_version;
DROP TABLE contract;
DROP TABLE doc_link;
DROP TABLE idempotent_request;
ALTER TABLE flow_t RENAME TO flow;
ALTER TABLE flow_version_t RENAME TO flow_version;
ALTER TABLE contract_t RENAME TO contract;
ALTER TABLE contract_version_t RENAME TO contract_version;
ALTER TABLE doc_link_t RENAME TO doc_link;
ALTER TABLE idempotent_request_t RENAME TO idempotent_request;
CREATE INDEX doc_link_target ON doc_link (tenant_id, kind, target);

ALTER TABLE decision ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'default' NOT NULL;
CREATE INDEX decision_tenant_time ON decision (tenant_id, recorded_at);
CREATE INDEX decision_tenant_flow ON decision (tenant_id, flow_id, recorded_at);
ALTER TABLE impact_analysis ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'default' NOT NULL;

-- Who may do what (issue 14): API keys, stored only as a hash of the key, each in one tenant with its roles; and the
-- append-only audit log of admin actions.
CREATE TABLE api_key (
  id           VARCHAR(40)  PRIMARY KEY,
  tenant_id    VARCHAR(64)  NOT NULL REFERENCES tenant (id),
  name         VARCHAR(200) NOT NULL,
  roles        VARCHAR(200) NOT NULL,
  secret_hash  VARCHAR(64)  NOT NULL UNIQUE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   VARCHAR(200),
  expires_at   TIMESTAMP WITH TIME ZONE,
  revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_key_tenant ON api_key (tenant_id, id);

CREATE TABLE audit_event (
  id          VARCHAR(64)  PRIMARY KEY,
  tenant_id   VARCHAR(64)  NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  actor       VARCHAR(200) NOT NULL,
  action      VARCHAR(60)  NOT NULL,
  target      VARCHAR(200) NOT NULL,
  detail      VARCHAR(2000)
);
CREATE INDEX audit_event_tenant ON audit_event (tenant_id, at);
