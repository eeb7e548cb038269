-- Contracts kept like flows (every version), linked to the flows they cover; each flow's parties and last decision
-- for filtering; decisions record the language they were answered in and keep their input compressed; impact
-- analyses split into chunks that any instance may claim (through db-scheduler's table).

ALTER TABLE flow ADD COLUMN last_verdict VARCHAR(40);
ALTER TABLE flow ADD COLUMN last_edition VARCHAR(40);

CREATE TABLE contract (
  id          VARCHAR(200) PRIMARY KEY,
  version     BIGINT       NOT NULL,
  archived    BOOLEAN      NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  content     TEXT         NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE contract_version (
  contract_id VARCHAR(200) NOT NULL REFERENCES contract (id),
  version     BIGINT       NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  content     TEXT         NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (contract_id, version)
);

-- kind 'flow-party': a flow (doc_id) names a party (target); kind 'contract-flow': a contract covers a flow
CREATE TABLE doc_link (
  kind    VARCHAR(20)  NOT NULL,
  doc_id  VARCHAR(200) NOT NULL,
  target  VARCHAR(200) NOT NULL,
  PRIMARY KEY (kind, doc_id, target)
);
CREATE INDEX doc_link_target ON doc_link (kind, target);

ALTER TABLE decision ADD COLUMN language VARCHAR(8);
ALTER TABLE decision ADD COLUMN input_gzip BYTEA;
ALTER TABLE decision ALTER COLUMN input DROP NOT NULL;
-- finding ids compressed beside input and answer (new rows); the text column stays for rows written before
ALTER TABLE decision ADD COLUMN finding_ids_z BYTEA;
ALTER TABLE decision ALTER COLUMN finding_ids DROP NOT NULL;

CREATE TABLE impact_analysis (
  id            VARCHAR(64)  PRIMARY KEY,
  mode          VARCHAR(20)  NOT NULL,
  from_edition  VARCHAR(40),
  to_edition    VARCHAR(40),
  state         VARCHAR(20)  NOT NULL,
  total         BIGINT       NOT NULL,
  chunks        INTEGER      NOT NULL,
  caller        VARCHAR(200),
  language      VARCHAR(8)   NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE impact_chunk (
  analysis_id  VARCHAR(64)  NOT NULL REFERENCES impact_analysis (id),
  chunk_no     INTEGER      NOT NULL,
  first_flow   VARCHAR(200) NOT NULL,
  last_flow    VARCHAR(200) NOT NULL,
  size         INTEGER      NOT NULL,
  done         BOOLEAN      NOT NULL,
  worker       VARCHAR(200),
  finished_at  TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (analysis_id, chunk_no)
);

CREATE TABLE impact_result (
  analysis_id      VARCHAR(64)  NOT NULL REFERENCES impact_analysis (id),
  flow_id          VARCHAR(200) NOT NULL,
  flow_version     BIGINT       NOT NULL,
  chunk_no         INTEGER      NOT NULL,
  from_verdict     VARCHAR(40),
  to_verdict       VARCHAR(40),
  verdict_changed  BOOLEAN      NOT NULL,
  changes          BOOLEAN      NOT NULL,
  contracts_to_amend INTEGER    NOT NULL,
  error            VARCHAR(2000),
  detail_gzip      BYTEA,
  PRIMARY KEY (analysis_id, flow_id)
);

-- db-scheduler's table (https://github.com/kagkarlsson/db-scheduler), in types both H2 and PostgreSQL take
CREATE TABLE scheduled_tasks (
  task_name             VARCHAR(100) NOT NULL,
  task_instance         VARCHAR(200) NOT NULL,
  task_data             BYTEA,
  execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
  picked                BOOLEAN      NOT NULL,
  picked_by             VARCHAR(200),
  last_success          TIMESTAMP WITH TIME ZONE,
  last_failure          TIMESTAMP WITH TIME ZONE,
  consecutive_failures  INTEGER,
  last_heartbeat        TIMESTAMP WITH TIME ZONE,
  version               BIGINT       NOT NULL,
  priority              SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority, execution_time);
