-- The catalogue's administration (issue 15): companies and profiles are deactivated, like the other catalogue
-- entries, instead of deleted once anything refers to them; an inactive one stays on its agents and cases and is
-- offered for nothing new.
ALTER TABLE company ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE profile ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
