-- The audit trail stays append-only (V61) with one more exception: the redaction of a row whose values named an
-- anonymized party (LGPD). Allowed only when a redaction record of the row exists, with the row's hash as it was
-- sealed, every column but the two values is unchanged, and each value is either unchanged or now holds the marker.
CREATE OR REPLACE FUNCTION case_audit_append_only() RETURNS trigger AS $$
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
      IF NEW.id = OLD.id AND NEW.case_id = OLD.case_id AND NEW.field_name = OLD.field_name
       AND NEW.chain_seq IS NOT DISTINCT FROM OLD.chain_seq
       AND NEW.row_hash IS NOT DISTINCT FROM OLD.row_hash
       AND NEW.changed_by_id IS NOT DISTINCT FROM OLD.changed_by_id
       AND NEW.changed_at = OLD.changed_at
       AND (NEW.old_value IS NOT DISTINCT FROM OLD.old_value OR NEW.old_value LIKE '%[anonimizado]%')
       AND (NEW.new_value IS NOT DISTINCT FROM OLD.new_value OR NEW.new_value LIKE '%[anonimizado]%')
       AND EXISTS (SELECT 1 FROM audit_redaction r WHERE r.audit_id = OLD.id
                   AND r.row_hash IS NOT DISTINCT FROM OLD.row_hash) THEN
        RETURN NEW;
      END IF;
    END IF;
    RAISE EXCEPTION 'case_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

-- The redaction records are themselves never changed nor removed.
CREATE FUNCTION audit_redaction_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_redaction is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_redaction_append_only BEFORE UPDATE OR DELETE ON audit_redaction
    FOR EACH ROW EXECUTE FUNCTION audit_redaction_append_only();
CREATE TRIGGER audit_redaction_no_truncate BEFORE TRUNCATE ON audit_redaction
    FOR EACH STATEMENT EXECUTE FUNCTION audit_redaction_append_only();
