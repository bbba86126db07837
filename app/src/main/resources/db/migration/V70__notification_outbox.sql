-- The outgoing-mail outbox (notification module). A row is written in the transaction of the use case that
-- causes the mail, so a rolled-back use case sends nothing; a poller on any app node claims due rows with a
-- conditional UPDATE on (state, version), sends them and records the outcome. The Message-ID is derived from
-- the id, so a resend after a crash mid-delivery can be recognised by the receiver.
CREATE TABLE outgoing_mail (
    id               UUID NOT NULL PRIMARY KEY,
    tenant_id        UUID NOT NULL,
    dedup_key        VARCHAR(300) NOT NULL,
    recipient        VARCHAR(320) NOT NULL,
    subject          VARCHAR(500) NOT NULL,
    body             VARCHAR(100000) NOT NULL,
    caused_by        VARCHAR(300) NOT NULL,
    requested_by     VARCHAR(300) NOT NULL,
    -- PENDING (due at next_attempt_at), SENDING (claimed until claim_until), SENT, FAILED (gave up after the
    -- retries), CANCELLED (an administrator gave up on it)
    state            VARCHAR(20) NOT NULL,
    attempts         INT NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by       VARCHAR(100),
    claim_until      TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    version          BIGINT NOT NULL,
    CONSTRAINT outgoing_mail_dedup_uk UNIQUE (tenant_id, dedup_key)
);
-- The poller's question: what is due (PENDING by time, or SENDING with an expired claim)?
CREATE INDEX outgoing_mail_due_idx ON outgoing_mail (state, next_attempt_at);
-- The admin list: a tenant's mails, newest first.
CREATE INDEX outgoing_mail_tenant_idx ON outgoing_mail (tenant_id, created_at);
