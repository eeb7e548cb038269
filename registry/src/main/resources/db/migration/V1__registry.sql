-- The registry: flows kept with every version, and the append-only decision log.
-- Portable between H2 and PostgreSQL.

CREATE TABLE flow (
  id          VARCHAR(200) PRIMARY KEY,
  version     BIGINT       NOT NULL,
  archived    BOOLEAN      NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  content     TEXT         NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE flow_version (
  flow_id     VARCHAR(200) NOT NULL REFERENCES flow (id),
  version     BIGINT       NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  content     TEXT         NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (flow_id, version)
);

CREATE TABLE decision (
  id              VARCHAR(64)  PRIMARY KEY,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  route           VARCHAR(100) NOT NULL,
  caller          VARCHAR(200),
  flow_id         VARCHAR(200),
  flow_version    BIGINT,
  edition         VARCHAR(40)  NOT NULL,
  rule_set_hash   VARCHAR(64)  NOT NULL,
  engine_version  VARCHAR(40)  NOT NULL,
  verdict         VARCHAR(40)  NOT NULL,
  finding_ids     TEXT         NOT NULL,
  input           TEXT         NOT NULL,
  result_gzip     BYTEA        NOT NULL
);

CREATE INDEX decision_flow ON decision (flow_id, recorded_at);
CREATE INDEX decision_time ON decision (recorded_at);
