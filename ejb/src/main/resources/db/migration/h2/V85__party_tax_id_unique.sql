-- A CPF/CNPJ belongs to one party: the database refuses a second one (see postgresql/V85). H2 compares no NULLs
-- in a unique index, so parties without a tax id are not compared, as with PostgreSQL's partial index.
CREATE UNIQUE INDEX ux_party_tax_id ON party (tax_id);
DROP INDEX ix_party_tax_id;
