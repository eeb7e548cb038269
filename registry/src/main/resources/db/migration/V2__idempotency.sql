-- Requests that create, answered once per Idempotency-Key: a retry gets the first answer and creates nothing twice.
CREATE TABLE idempotent_request (
  idem_key      VARCHAR(200) PRIMARY KEY,
  route         VARCHAR(300) NOT NULL,
  request_hash  VARCHAR(64)  NOT NULL,
  status        INTEGER,
  content_type  VARCHAR(200),
  location      VARCHAR(500),
  etag          VARCHAR(100),
  decision_id   VARCHAR(64),
  body          TEXT,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
