-- The workflow step a case was in when a discussion entry was written (SPEC C2); none before the case's first
-- "advance step" or when its type has no workflow. Nullable: earlier entries were written without it.
ALTER TABLE discussion_entry ADD COLUMN workflow_step_id BIGINT REFERENCES workflow_step (id);
