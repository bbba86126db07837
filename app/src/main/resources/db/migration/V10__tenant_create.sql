-- 団体: one row per municipality or public body hosted by this installation.
CREATE TABLE tenant (
    id                      UUID PRIMARY KEY,
    name                    VARCHAR(100) NOT NULL,
    name_kana               VARCHAR(200) NOT NULL,
    name_romaji             VARCHAR(200) NOT NULL,
    code                    VARCHAR(6)   NOT NULL,
    fiscal_year_start_month INT          NOT NULL DEFAULT 4,
    scheme                  VARCHAR(20)  NOT NULL,
    separation_model        VARCHAR(20)  NOT NULL,
    mfa_for_all             BOOLEAN      NOT NULL DEFAULT FALSE,
    version                 BIGINT       NOT NULL,
    CONSTRAINT uq_tenant_code UNIQUE (code),
    CONSTRAINT ck_tenant_fiscal_month CHECK (fiscal_year_start_month BETWEEN 1 AND 12)
);
