-- The rest of the opening form (SPEC C1) and the rules around it:
--  * what a case is about: case type (with classifications, which may set the access level), general category,
--    product and product module, each configured per company;
--  * the sales representative of a case and the representative's contacts (contact rows that belong to a
--    representative instead of a party), contacts' responsible agent and their import origin;
--  * profiles: named permission flags (SPEC §2) granted to agents through a profile;
--  * system settings (e.g. whether cases may be opened for suppliers);
--  * first-contact time, and the definitions table the "Custom fields" tab is driven by (issue 6 adds the values).

CREATE SEQUENCE profile_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE profile (
    id    BIGINT      NOT NULL PRIMARY KEY,
    name  VARCHAR(80) NOT NULL,
    CONSTRAINT uk_profile_name UNIQUE (name)
);
CREATE TABLE profile_permission (
    profile_id  BIGINT      NOT NULL REFERENCES profile (id),
    permission  VARCHAR(40) NOT NULL,
    PRIMARY KEY (profile_id, permission)
);
ALTER TABLE agent ADD COLUMN profile_id BIGINT REFERENCES profile (id);

CREATE SEQUENCE case_type_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_type (
    id          BIGINT       NOT NULL PRIMARY KEY,
    company_id  BIGINT       NOT NULL REFERENCES company (id),
    name        VARCHAR(120) NOT NULL,
    active      BOOLEAN      DEFAULT TRUE NOT NULL,
    CONSTRAINT uk_case_type_name UNIQUE (company_id, name)
);

CREATE SEQUENCE classification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE classification (
    id            BIGINT       NOT NULL PRIMARY KEY,
    case_type_id  BIGINT       NOT NULL REFERENCES case_type (id),
    name          VARCHAR(120) NOT NULL,
    -- When set, choosing this classification sets the case's access level (SPEC C4).
    access_level  INTEGER,
    active        BOOLEAN      DEFAULT TRUE NOT NULL,
    CONSTRAINT uk_classification_name UNIQUE (case_type_id, name)
);

CREATE SEQUENCE case_category_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_category (
    id          BIGINT       NOT NULL PRIMARY KEY,
    company_id  BIGINT       NOT NULL REFERENCES company (id),
    name        VARCHAR(120) NOT NULL,
    active      BOOLEAN      DEFAULT TRUE NOT NULL,
    CONSTRAINT uk_case_category_name UNIQUE (company_id, name)
);

CREATE SEQUENCE product_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE product (
    id          BIGINT       NOT NULL PRIMARY KEY,
    company_id  BIGINT       NOT NULL REFERENCES company (id),
    name        VARCHAR(120) NOT NULL,
    active      BOOLEAN      DEFAULT TRUE NOT NULL,
    CONSTRAINT uk_product_name UNIQUE (company_id, name)
);

CREATE SEQUENCE product_module_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE product_module (
    id          BIGINT       NOT NULL PRIMARY KEY,
    product_id  BIGINT       NOT NULL REFERENCES product (id),
    name        VARCHAR(120) NOT NULL,
    active      BOOLEAN      DEFAULT TRUE NOT NULL,
    CONSTRAINT uk_product_module_name UNIQUE (product_id, name)
);

CREATE SEQUENCE representative_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE representative (
    id       BIGINT       NOT NULL PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    email    VARCHAR(254),
    phone    VARCHAR(40),
    active   BOOLEAN      DEFAULT TRUE NOT NULL,
    version  BIGINT       DEFAULT 0 NOT NULL
);
CREATE INDEX ix_representative_name ON representative (name);

-- A contact belongs to a party or to a representative, never both.
ALTER TABLE contact ALTER COLUMN party_id DROP NOT NULL;
ALTER TABLE contact ADD COLUMN representative_id BIGINT REFERENCES representative (id);
ALTER TABLE contact ADD CONSTRAINT ck_contact_owner
    CHECK ((party_id IS NULL AND representative_id IS NOT NULL) OR (party_id IS NOT NULL AND representative_id IS NULL));
CREATE INDEX ix_contact_representative ON contact (representative_id);
-- The agent responsible for the contact (SPEC C1 contact rules); the external id of a contact imported from
-- another system, which makes it read-only.
ALTER TABLE contact ADD COLUMN responsible_agent_id BIGINT REFERENCES agent (id);
ALTER TABLE contact ADD COLUMN external_id VARCHAR(60);

-- Phones as digits of the national number, so the lookup finds "(31) 3333-1000" and "+55 31 33331000" alike.
ALTER TABLE party ADD COLUMN phone_digits VARCHAR(20);
CREATE INDEX ix_party_phone_digits ON party (phone_digits);
ALTER TABLE contact ADD COLUMN phone_digits VARCHAR(20);
CREATE INDEX ix_contact_phone_digits ON contact (phone_digits);

ALTER TABLE support_case ADD COLUMN case_type_id BIGINT REFERENCES case_type (id);
ALTER TABLE support_case ADD COLUMN classification_id BIGINT REFERENCES classification (id);
ALTER TABLE support_case ADD COLUMN category_id BIGINT REFERENCES case_category (id);
ALTER TABLE support_case ADD COLUMN product_id BIGINT REFERENCES product (id);
ALTER TABLE support_case ADD COLUMN product_module_id BIGINT REFERENCES product_module (id);
ALTER TABLE support_case ADD COLUMN representative_id BIGINT REFERENCES representative (id);
ALTER TABLE support_case ADD COLUMN representative_contact_id BIGINT REFERENCES contact (id);
-- When an agent first acted on the case after opening it (the "first response" of statistics).
ALTER TABLE support_case ADD COLUMN first_contact_at TIMESTAMP;
-- "A contact linked to any case cannot be deleted" is answered from these two indexes.
CREATE INDEX ix_case_contact ON support_case (contact_id);
CREATE INDEX ix_case_representative_contact ON support_case (representative_contact_id);

CREATE TABLE system_setting (
    name   VARCHAR(80)  NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(200) NOT NULL
);
-- SPEC C1: "do not allow cases for suppliers" is off until an administrator turns it on.
INSERT INTO system_setting (name, setting_value) VALUES ('cases.forbidSuppliers', 'false');

-- Definitions of custom fields per case type (SPEC C7). The case page shows its "Custom fields" tab only when an
-- active definition applies to the case's type.
CREATE SEQUENCE custom_field_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE custom_field (
    id            BIGINT       NOT NULL PRIMARY KEY,
    case_type_id  BIGINT       NOT NULL REFERENCES case_type (id),
    name          VARCHAR(120) NOT NULL,
    field_type    VARCHAR(20)  NOT NULL,
    sort_order    INTEGER      NOT NULL,
    active        BOOLEAN      DEFAULT TRUE NOT NULL
);
CREATE INDEX ix_custom_field_case_type ON custom_field (case_type_id, active);

-- Every field is audited now, the request text included: old and new values may be long.
ALTER TABLE case_audit ALTER COLUMN old_value SET DATA TYPE TEXT;
ALTER TABLE case_audit ALTER COLUMN new_value SET DATA TYPE TEXT;

-- The agent's restatement of the problem ("entendimento", SPEC C2); one may be added to many cases at once.
CREATE SEQUENCE understanding_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE understanding (
    id          BIGINT     NOT NULL PRIMARY KEY,
    case_id     BIGINT     NOT NULL REFERENCES support_case (id),
    author_id   BIGINT     NOT NULL REFERENCES agent (id),
    created_at  TIMESTAMP  NOT NULL,
    body        TEXT       NOT NULL
);
CREATE INDEX ix_understanding_case ON understanding (case_id, created_at);
