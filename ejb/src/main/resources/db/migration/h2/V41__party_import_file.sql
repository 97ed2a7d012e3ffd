CREATE TABLE party_import_file (
    import_id BIGINT NOT NULL PRIMARY KEY REFERENCES party_import (id),
    content   CLOB   NOT NULL
);
