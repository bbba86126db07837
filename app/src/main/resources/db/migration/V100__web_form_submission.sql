-- One row per submitted create form (web.FormSubmissions): the first post claims the form's one-time token by this
-- primary key, so that of two posts of one form only one runs, whichever app node each reaches. The outcome (where
-- the first post redirected) answers the second. Rows are deleted a while after they expire, on later claims.
CREATE TABLE web_form_submission (
    token       VARCHAR(64)   PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    account_id  UUID          NOT NULL,
    outcome     VARCHAR(2000),
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX web_form_submission_expiry ON web_form_submission (expires_at);
