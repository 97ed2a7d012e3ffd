-- A CPF/CNPJ belongs to one party. PartyRegistry checks it before writing, but two agents registering the same
-- tax id at the same moment both passed that check; the database now refuses the second (the service turns the
-- refusal into the field's message). Partial: parties without a tax id (most of them, and every anonymized one)
-- are not compared. Replaces the plain index, which served the same lookups.
-- Fails on a database that already holds two parties with the same tax id: merge or correct them first
-- (SELECT tax_id, COUNT(*) FROM party WHERE tax_id IS NOT NULL GROUP BY tax_id HAVING COUNT(*) > 1).
CREATE UNIQUE INDEX ux_party_tax_id ON party (tax_id) WHERE tax_id IS NOT NULL;
DROP INDEX ix_party_tax_id;
