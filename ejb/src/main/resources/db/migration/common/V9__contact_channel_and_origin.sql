-- How the client reached us (SPEC C1): the contact channel, configurable (names per language), and the contact
-- origin (CLIENT, REPRESENTATIVE, INTERNAL). Channels are keyed by a code so the defaults can be seeded here.
CREATE TABLE contact_channel (
    code        VARCHAR(30)  NOT NULL PRIMARY KEY,
    name_pt     VARCHAR(80)  NOT NULL,
    name_en     VARCHAR(80)  NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      DEFAULT TRUE NOT NULL
);

INSERT INTO contact_channel (code, name_pt, name_en, sort_order) VALUES ('PHONE', 'Telefone', 'Phone', 1);
INSERT INTO contact_channel (code, name_pt, name_en, sort_order) VALUES ('EMAIL', 'E-mail', 'Email', 2);
INSERT INTO contact_channel (code, name_pt, name_en, sort_order) VALUES ('WEB', 'Web', 'Web', 3);
INSERT INTO contact_channel (code, name_pt, name_en, sort_order) VALUES ('CHAT', 'Chat', 'Chat', 4);
INSERT INTO contact_channel (code, name_pt, name_en, sort_order) VALUES ('TOLL_FREE', '0800', 'Toll-free line', 5);
INSERT INTO contact_channel (code, name_pt, name_en, sort_order)
    VALUES ('INTERNAL', 'Solicitação interna', 'Internal request', 6);

ALTER TABLE support_case ADD COLUMN contact_channel VARCHAR(30) REFERENCES contact_channel (code);
ALTER TABLE support_case ADD COLUMN contact_origin VARCHAR(20);
