-- Fills the benchmark database of bench/load.sh (issue 11) with set-based SQL: a million cases of ACME over
-- 60,000 parties with a long tail, discussion entries on a quarter of them, and one case of the largest client with
-- 1,200 discussion entries. Run by load.sh with psql, in ONE transaction (all or nothing: an interrupted fill leaves
-- nothing behind, and the bench_fill marker row exists only when everything did), after the server created the
-- schema and the demo data (Flyway) and load.sh added the bench agents and departments.
-- Variables (psql -v): cases, parties.
--
-- Invariants the application relies on, kept here:
--  * ids come from each table's sequence: a block is taken with nextval and the sequence is set past the last id
--    used, so the server's next block (EclipseLink reads a value as the last id of a block of 50) never collides;
--  * case numbers come from the company's counter of the year the case was opened, like CaseNumbering does;
--  * the full-text columns (search_subject, search_request, search_body) are generated columns (V4), filled by
--    PostgreSQL itself;
--  * states are coherent: NEW cases have no holder and no first contact, concluded ones (NOTIFIED, CONFIRMED) a
--    closing time, SCHEDULED ones a future schedule, only open ones are overdue;
--  * the 1,200-entry case's STATUS_CHANGE and FORWARD entries have their status_change and forwarding rows and end
--    where the case is (IN_PROGRESS, held by ana).
\set ON_ERROR_STOP on
-- Quiet: the SELECTs below only set variables (\gset) and sequences.
\o /dev/null
BEGIN;
SET LOCAL work_mem = '256MB';
-- The same data on every machine (random() below is seeded).
SELECT setseed(0.11);

SELECT id AS acme FROM company WHERE code = 'ACME' \gset
SELECT id AS largest_party FROM party WHERE name = 'Metalúrgica Horizonte Ltda' \gset
SELECT id AS paulo FROM contact WHERE email = 'paulo@horizonte.example' \gset
SELECT id AS renata FROM contact WHERE email = 'renata@horizonte.example' \gset
SELECT id AS ana FROM agent WHERE login = 'ana' \gset
SELECT id AS bruno FROM agent WHERE login = 'bruno' \gset
SELECT id AS carla FROM agent WHERE login = 'carla' \gset
SELECT id AS diego FROM agent WHERE login = 'diego' \gset
SELECT id AS bench1 FROM agent WHERE login = 'bench1' \gset
SELECT id AS incident FROM case_type WHERE company_id = :acme AND name = 'Incidente' \gset
SELECT id AS service_request FROM case_type WHERE company_id = :acme AND name = 'Solicitação de serviço' \gset
SELECT array_agg(id ORDER BY id) AS categories FROM case_category WHERE company_id = :acme \gset
SELECT array_agg(id ORDER BY id) AS products FROM product WHERE company_id = :acme \gset

-- Parties: ranks 1 .. parties-1 are new (companies, people, students, prospects); rank 0, the largest client, is the
-- demo's Metalúrgica Horizonte, so that its contacts and its page are the demo's.
SELECT nextval('party_seq') AS party_base \gset
INSERT INTO party (id, kind, name, tax_id, phone, phone_digits, email, language, supplier, active, version)
SELECT :party_base + i,
       CASE WHEN i % 20 < 12 THEN 'CUSTOMER_SUPPLIER' WHEN i % 20 < 18 THEN 'PERSON'
            WHEN i % 20 = 18 THEN 'STUDENT' ELSE 'PROSPECT_SUSPECT' END,
       CASE WHEN i % 20 < 12 OR i % 20 = 19 THEN
              (ARRAY['Comercial', 'Indústria', 'Distribuidora', 'Transportes', 'Construtora', 'Farmácia', 'Padaria',
                     'Auto Peças', 'Escola', 'Clínica'])[1 + i % 10] || ' '
              || (ARRAY['Horizonte', 'Aurora', 'Bandeirantes', 'Ipê', 'Sol Nascente', 'Vale Verde', 'Atlântico',
                        'Serra Azul', 'Pioneira', 'Estrela'])[1 + (i / 10) % 10] || ' ' || i || ' Ltda'
            ELSE
              (ARRAY['Ana', 'Bruno', 'Camila', 'Daniel', 'Eduarda', 'Felipe', 'Gabriela', 'Heitor', 'Isabela', 'João',
                     'Larissa', 'Marcos', 'Natália', 'Otávio', 'Paula', 'Rafael', 'Sofia', 'Tiago'])[1 + i % 18] || ' '
              || (ARRAY['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Costa', 'Ferreira', 'Almeida',
                        'Ribeiro', 'Carvalho', 'Gomes'])[1 + (i / 18) % 12] || ' '
              || (ARRAY['Araújo', 'Barbosa', 'Cardoso', 'Dias', 'Martins', 'Nunes', 'Rocha', 'Teixeira'])[1 + (i / 216) % 8]
              || ' ' || i
       END,
       NULL,
       '+55 11 3' || lpad((i % 10000000)::text, 7, '0'),
       '113' || lpad((i % 10000000)::text, 7, '0'),
       'contato' || i || '@cliente.example', 'pt-BR', FALSE, TRUE, 0
FROM generate_series(1, :parties - 1) AS i;
SELECT setval('party_seq', :party_base + :parties);

-- ACME's departments with the agents who hold their cases (load.sh put two bench agents in each): a case's opener and
-- holder come from its department. Weights: Suporte 45 %, Financeiro 20 %, Implantação 15 %, Comercial 20 %.
CREATE TEMP TABLE dept AS
SELECT d.idx, dep.id, (SELECT array_agg(a.id ORDER BY a.id) FROM agent a JOIN agent_role r ON r.agent_id = a.id
                        WHERE a.department_id = dep.id AND a.active AND r.role_name = 'AGENT') AS agents
FROM (VALUES (0, 'Suporte'), (1, 'Financeiro'), (2, 'Implantação'), (3, 'Comercial')) AS d(idx, name)
JOIN department dep ON dep.company_id = :acme AND dep.name = d.name;
SELECT count(*) = 4 AND bool_and(array_length(agents, 1) >= 2) AS departments_ok FROM dept \gset
\if :departments_ok
\else
  \echo 'load-fill.sql: expected 4 ACME departments with at least 2 agents each (load.sh creates them)'
  SELECT 1 / 0;
\endif

-- One row per case to generate, with its random draws. Case g is opened 31.5 s after case g-1 (a million cases over
-- 365 days), so ids, numbers and opening times grow together as they do in a real database.
CREATE TEMP TABLE gen AS
SELECT g, opened_at, extract(year FROM opened_at)::int AS yr,
       opened_at > localtimestamp - INTERVAL '14 days' AS recent,
       -- rank = parties * u^3: rank 0 (the largest client) gets ~2.6 % of the cases (~25,500), rank 10 ~1,800,
       -- the last ranks ~6 each: a long tail.
       floor(:parties * power(r_party, 3))::int AS party_rank,
       CASE WHEN r_dept < 0.45 THEN 0 WHEN r_dept < 0.65 THEN 1 WHEN r_dept < 0.80 THEN 2 ELSE 3 END AS dept_idx,
       r_status, r_access, r_prio, r_agent, r_opener, r_due, r_misc
FROM (SELECT g, localtimestamp(0) - ((:cases - g) * 31.536) * INTERVAL '1 second' AS opened_at,
             random() AS r_party, random() AS r_dept, random() AS r_status, random() AS r_access, random() AS r_prio,
             random() AS r_agent, random() AS r_opener, random() AS r_due, random() AS r_misc
      FROM generate_series(1, :cases) AS g) AS draws;

-- Statuses: most of the year is concluded; the last two weeks are being worked.
ALTER TABLE gen ADD COLUMN status varchar(30);
UPDATE gen SET status = CASE WHEN recent THEN
    CASE WHEN r_status < 0.12 THEN 'NEW' WHEN r_status < 0.42 THEN 'IN_PROGRESS' WHEN r_status < 0.45 THEN 'SCHEDULED'
         WHEN r_status < 0.49 THEN 'WAITING_THIRD_PARTY' WHEN r_status < 0.51 THEN 'PAUSED'
         WHEN r_status < 0.57 THEN 'PENDING' WHEN r_status < 0.67 THEN 'SOLVED' WHEN r_status < 0.77 THEN 'NOTIFIED'
         WHEN r_status < 0.95 THEN 'CONFIRMED' ELSE 'CANCELLED' END
  ELSE
    CASE WHEN r_status < 0.006 THEN 'IN_PROGRESS' WHEN r_status < 0.010 THEN 'PENDING'
         WHEN r_status < 0.012 THEN 'WAITING_THIRD_PARTY' WHEN r_status < 0.10 THEN 'NOTIFIED'
         WHEN r_status < 0.95 THEN 'CONFIRMED' ELSE 'CANCELLED' END
  END;

-- Case numbers: each year's cases take the next numbers of ACME's counter for that year.
INSERT INTO case_number_counter (company_id, case_year, last_value)
SELECT DISTINCT :acme, yr, 0 FROM gen ON CONFLICT (company_id, case_year) DO NOTHING;
CREATE TEMP TABLE reserved (yr int, first_number int);
WITH per_year AS (SELECT yr, count(*) AS n, min(g) AS first_g FROM gen GROUP BY yr),
     taken AS (UPDATE case_number_counter c SET last_value = c.last_value + p.n FROM per_year p
               WHERE c.company_id = :acme AND c.case_year = p.yr
               RETURNING p.yr, c.last_value - p.n + 1 - p.first_g AS first_number)
INSERT INTO reserved SELECT yr, first_number FROM taken;

SELECT nextval('support_case_seq') AS case_base \gset
INSERT INTO support_case (id, company_id, case_number, subject, request, priority, status, access_level, party_id,
                          contact_id, department_id, opener_id, holder_id, opened_at, due_date, overdue, version,
                          scheduled_for, scheduling_count, voicemail_messages, closed_at, last_changed_by_id,
                          contact_channel, contact_origin, case_type_id, category_id, product_id, first_contact_at,
                          awaiting_agent)
SELECT :case_base + g, :acme,
       -- as CaseNumber: four-digit year, six-digit sequence (more digits past 999999)
       x.yr || '-' || lpad((x.g + r.first_number)::text, 6, '0'),
       x.subject,
       '<p>' || x.subject || '. O problema começou '
         || (ARRAY['hoje de manhã', 'ontem à tarde', 'na semana passada', 'depois da última atualização',
                   'após a troca do servidor', 'no fechamento do mês'])[1 + g % 6]
         || ' e afeta ' || (ARRAY['um usuário', 'todo o setor', 'a filial de Campinas', 'o faturamento',
                                  'os vendedores externos'])[1 + g % 5]
         || '. O cliente pede retorno por ' || (ARRAY['telefone', 'e-mail', 'WhatsApp'])[1 + g % 3]
         || '. Referência interna ' || g || '.</p>',
       CASE WHEN x.r_prio < 0.20 THEN 'LOW' WHEN x.r_prio < 0.75 THEN 'NORMAL' WHEN x.r_prio < 0.93 THEN 'HIGH'
            ELSE 'URGENT' END,
       x.status,
       CASE WHEN x.r_access < 0.85 THEN 0 WHEN x.r_access < 0.97 THEN 1 ELSE 2 END,
       CASE WHEN x.party_rank = 0 THEN :largest_party ELSE :party_base + x.party_rank END,
       CASE WHEN x.party_rank = 0 THEN (ARRAY[:paulo, :renata, NULL])[1 + g % 3] END,
       d.id,
       d.agents[1 + floor(x.r_opener * array_length(d.agents, 1))::int],
       x.holder,
       x.opened_at,
       CASE WHEN x.r_due < 0.4 THEN x.opened_at + (1 + floor(x.r_due * 10)) * INTERVAL '1 day' END,
       x.open AND x.r_due < 0.4 AND x.opened_at + (1 + floor(x.r_due * 10)) * INTERVAL '1 day' < localtimestamp,
       CASE WHEN x.status = 'NEW' THEN 0 ELSE 1 + g % 5 END,
       CASE WHEN x.status = 'SCHEDULED' THEN localtimestamp(0) + (1 + g % 10) * INTERVAL '1 day' END,
       CASE WHEN x.status = 'SCHEDULED' THEN 1 ELSE 0 END,
       0,
       CASE WHEN x.status IN ('NOTIFIED', 'CONFIRMED')
            THEN least(localtimestamp(0), x.opened_at + (1 + x.r_misc * 72) * INTERVAL '1 hour') END,
       coalesce(x.holder, d.agents[1 + floor(x.r_opener * array_length(d.agents, 1))::int]),
       (ARRAY['PHONE', 'EMAIL', 'WEB', 'CHAT'])[1 + g % 4],
       'CLIENT',
       CASE WHEN g % 10 < 7 THEN :incident ELSE :service_request END,
       (:'categories'::bigint[])[1 + g % 3],
       (:'products'::bigint[])[1 + g % 2],
       -- first reply: none yet for NEW cases and for a tenth of the recent open ones ("Novos vinculados")
       CASE WHEN x.status = 'NEW' OR (x.recent AND x.open AND x.r_misc < 0.1) THEN NULL
            ELSE least(localtimestamp(0), x.opened_at + (5 + x.r_misc * 240) * INTERVAL '1 minute') END,
       x.open AND x.holder IS NOT NULL AND x.r_misc >= 0.1 AND x.r_misc < 0.2
FROM (SELECT gen.*,
             gen.status NOT IN ('NOTIFIED', 'CONFIRMED', 'CANCELLED') AS open,
             CASE WHEN gen.status = 'NEW' THEN NULL
                  ELSE dept.agents[1 + floor(gen.r_agent * array_length(dept.agents, 1))::int] END AS holder,
             -- the subjects of CaseGenerator, so that searches find realistic numbers of matches
             (ARRAY['Nota fiscal rejeitada pela SEFAZ', 'Boleto não chegou', 'Segunda via de contrato',
                    'Impressora não imprime etiquetas', 'Acesso ao portal bloqueado',
                    'Erro ao emitir relatório de vendas', 'Troca de senha do sistema',
                    'Lentidão na rede do escritório', 'Certificado digital vencido', 'Atualização do sistema falhou',
                    'Pedido de orçamento de manutenção', 'Cobrança em duplicidade', 'Cadastro de novo usuário',
                    'Backup não concluído', 'Integração com o banco parada', 'Dúvida sobre reajuste contratual',
                    'Visita técnica para instalação', 'Computador não liga', 'E-mail não sincroniza no celular',
                    'Grade de horários do professor'])[1 + floor(random() * 20)::int] AS subject
      FROM gen JOIN dept ON dept.idx = gen.dept_idx) AS x
JOIN dept d ON d.idx = x.dept_idx
JOIN reserved r ON r.yr = x.yr;
SELECT setval('support_case_seq', :case_base + :cases);

-- The case with 1,200 entries: a case of the largest client opened some four months ago, still being worked in
-- Suporte by ana (visible to every agent: access level 0).
SELECT id AS long_case, opened_at AS long_opened FROM support_case
WHERE party_id = :largest_party AND opened_at < localtimestamp - INTERVAL '120 days'
ORDER BY opened_at DESC, id DESC LIMIT 1 \gset
UPDATE support_case SET status = 'IN_PROGRESS', access_level = 0, department_id = (SELECT id FROM dept WHERE idx = 0),
       holder_id = :ana, return_to_id = :bruno, closed_at = NULL, due_date = NULL, overdue = FALSE,
       scheduled_for = NULL, version = 1201, last_changed_by_id = :ana, awaiting_agent = FALSE,
       first_contact_at = opened_at + INTERVAL '10 minutes', subject = 'Nota fiscal rejeitada pela SEFAZ em todas as filiais'
WHERE id = :long_case;

-- A few entries on a quarter of the other cases (1 to 4, 2.5 on average): the agent's note (some internal), the
-- client's email reply, the email the agent sent, a last note; written between opening and now.
SELECT nextval('discussion_entry_seq') AS entry_base \gset
INSERT INTO discussion_entry (id, case_id, kind, author_id, created_at, body, from_status, to_status, internal,
                              publishable)
SELECT :entry_base + c.id - :case_base - 1 + (k - 1) * :cases + 1, -- unique per (case, k); gaps are harmless
       c.id,
       (ARRAY['LOG', 'CLIENT_REPLY', 'EMAIL_SENT', 'LOG'])[k],
       coalesce(c.holder_id, c.opener_id),
       least(localtimestamp(0), c.opened_at + k * (20 + (c.id % 97) * 7) * INTERVAL '1 minute'),
       CASE k WHEN 1 THEN '<p>Contato com o cliente: ' || (ARRAY['verificado o cadastro', 'pedido o print do erro',
                                                                  'reiniciado o serviço', 'conferida a configuração'])[1 + c.id % 4] || '.</p>'
              WHEN 2 THEN '<p>Bom dia, seguem as informações pedidas. O erro continua aparecendo.</p>'
              WHEN 3 THEN '<p>Para: cliente · Assunto: ' || c.subject || '</p>'
              ELSE '<p>Orientado o cliente; aguardando confirmação de que ' || lower(c.subject) || ' foi resolvido.</p>'
       END,
       NULL, NULL,
       k = 3 OR (k = 1 AND (c.id / 4) % 3 = 0),
       k = 4 AND c.id % 5 = 0
FROM support_case c
CROSS JOIN LATERAL generate_series(1, 1 + (c.id / 4) % 4) AS k
WHERE c.id > :case_base AND c.id % 4 = 0 AND c.id <> :long_case;

-- The 1,200 entries of the long case, in time order from its opening to now: notes (a third internal), client
-- replies, status changes (PENDING and back), forwards (ana to bruno and back), emails sent, possible solutions and
-- new client contacts, by five agents.
CREATE TEMP TABLE long_entries AS
SELECT k, :entry_base + 4 * :cases + k AS id,
       (:'long_opened'::timestamp + k * ((localtimestamp(0) - :'long_opened'::timestamp) / 1201)) AS at,
       CASE WHEN k % 20 < 9 THEN 'LOG' WHEN k % 20 < 12 THEN 'CLIENT_REPLY' WHEN k % 20 < 14 THEN 'STATUS_CHANGE'
            WHEN k % 20 < 16 THEN 'FORWARD' WHEN k % 20 < 18 THEN 'EMAIL_SENT' WHEN k % 20 = 18 THEN 'POSSIBLE_SOLUTION'
            ELSE 'CLIENT_CONTACT' END AS kind,
       CASE WHEN k % 20 BETWEEN 9 AND 11 THEN :ana WHEN k % 20 = 14 THEN :ana WHEN k % 20 = 15 THEN :bruno
            ELSE (ARRAY[:ana, :bruno, :carla, :diego, :bench1])[1 + k % 5] END AS author
FROM generate_series(1, 1200) AS k;
INSERT INTO discussion_entry (id, case_id, kind, author_id, created_at, body, from_status, to_status, internal,
                              publishable)
SELECT id, :long_case, kind, author, at,
       CASE kind
         WHEN 'LOG' THEN '<p>Acompanhamento ' || k || ': ' || (ARRAY['reenviada a nota com novo lote',
             'SEFAZ ainda devolve a rejeição 539', 'cliente confirmou o CNPJ do destinatário',
             'aberto chamado com o fornecedor do ERP', 'aplicado o pacote de correção na filial'])[1 + k % 5] || '.</p>'
         WHEN 'CLIENT_REPLY' THEN '<p>Olá, a filial ' || (1 + k % 12) || ' continua sem emitir. Podem verificar?</p>'
         WHEN 'STATUS_CHANGE' THEN NULL
         WHEN 'FORWARD' THEN CASE WHEN k % 20 = 14 THEN '<p><strong>Ana Souza → Bruno Lima</strong></p><p>Cobrir o plantão.</p>'
                                  ELSE '<p><strong>Bruno Lima → Ana Souza</strong></p><p>Fim do plantão.</p>' END
         WHEN 'EMAIL_SENT' THEN '<p>Para: paulo@horizonte.example · Assunto: Situação da nota fiscal</p>'
         WHEN 'POSSIBLE_SOLUTION' THEN '<p>Atualizar o certificado A1 e reenviar o lote pendente.</p>'
         ELSE 'Cliente ligou novamente pedindo prazo.'
       END,
       CASE WHEN k % 20 = 12 THEN 'IN_PROGRESS' WHEN k % 20 = 13 THEN 'PENDING' END,
       CASE WHEN k % 20 = 12 THEN 'PENDING' WHEN k % 20 = 13 THEN 'IN_PROGRESS' END,
       kind IN ('FORWARD', 'EMAIL_SENT') OR (kind = 'LOG' AND k % 3 = 0),
       kind = 'LOG' AND k % 3 <> 0 AND k % 7 = 0
FROM long_entries;
SELECT setval('discussion_entry_seq', :entry_base + 4 * :cases + 1200);

SELECT nextval('status_change_seq') AS status_base \gset
INSERT INTO status_change (id, case_id, from_status, to_status, changed_by_id, changed_at)
SELECT :status_base + k, :long_case, e.from_status, e.to_status, e.author_id, e.created_at
FROM long_entries l JOIN discussion_entry e ON e.id = l.id WHERE l.kind = 'STATUS_CHANGE';
SELECT setval('status_change_seq', :status_base + 1200);

SELECT nextval('forwarding_seq') AS forwarding_base \gset
INSERT INTO forwarding (id, case_id, kind, from_agent_id, to_agent_id, by_agent_id, reason, forwarded_at)
SELECT :forwarding_base + k, :long_case, 'FORWARD',
       CASE WHEN k % 20 = 14 THEN :ana ELSE :bruno END, CASE WHEN k % 20 = 14 THEN :bruno ELSE :ana END,
       author, CASE WHEN k % 20 = 14 THEN 'Cobrir o plantão.' ELSE 'Fim do plantão.' END, at
FROM long_entries WHERE kind = 'FORWARD';
SELECT setval('forwarding_seq', :forwarding_base + 1200);

-- The case of the largest client the benchmark opens: its newest open one at access level 0.
SELECT id AS largest_case FROM support_case
WHERE party_id = :largest_party AND access_level = 0 AND status = 'IN_PROGRESS' AND id <> :long_case
ORDER BY opened_at DESC LIMIT 1 \gset

-- The marker: load.sh skips the fill when this row exists, and reads the pages' targets from it.
CREATE TABLE bench_fill (
    filled_at         TIMESTAMP NOT NULL,
    cases             INTEGER   NOT NULL,
    parties           INTEGER   NOT NULL,
    largest_party_id  BIGINT    NOT NULL,
    largest_case_id   BIGINT    NOT NULL,
    long_case_id      BIGINT    NOT NULL
);
INSERT INTO bench_fill VALUES (localtimestamp(0), :cases, :parties, :largest_party, :largest_case, :long_case);
COMMIT;
