-- The audit trail refuses UPDATE, DELETE and TRUNCATE (issue 13). The one update allowed is the sealing itself: an
-- unsealed row receives its chain place and hash once, every other column unchanged. Whoever owns the table can still
-- disable this trigger: README "Tamper-evident audit trail" says what the chain proves then.
CREATE FUNCTION case_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
      IF OLD.chain_seq IS NULL AND OLD.row_hash IS NULL
       AND NEW.chain_seq IS NOT NULL AND NEW.row_hash IS NOT NULL
       AND NEW.id = OLD.id AND NEW.case_id = OLD.case_id AND NEW.field_name = OLD.field_name
       AND NEW.old_value IS NOT DISTINCT FROM OLD.old_value
       AND NEW.new_value IS NOT DISTINCT FROM OLD.new_value
       AND NEW.changed_by_id IS NOT DISTINCT FROM OLD.changed_by_id
       AND NEW.changed_at = OLD.changed_at THEN
        RETURN NEW;
      END IF;
    END IF;
    RAISE EXCEPTION 'case_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_audit_append_only BEFORE UPDATE OR DELETE ON case_audit
    FOR EACH ROW EXECUTE FUNCTION case_audit_append_only();
CREATE TRIGGER case_audit_no_truncate BEFORE TRUNCATE ON case_audit
    FOR EACH STATEMENT EXECUTE FUNCTION case_audit_append_only();

-- The sealer's look-up of what is left to seal, small whatever the size of the trail.
CREATE INDEX ix_case_audit_unsealed ON case_audit (id) WHERE chain_seq IS NULL;
