-- The trash page and the purge job range over the deleted cases by when they were deleted.
CREATE INDEX ix_case_trash ON support_case (deleted_at, id);
