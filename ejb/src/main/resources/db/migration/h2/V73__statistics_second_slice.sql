-- Statistics, second slice (issue 13): the ratings given in a period (PostgreSQL's index also carries the case and
-- the value, postgresql/V73).
CREATE INDEX ix_satisfaction_rating_created ON satisfaction_rating (created_at);
