-- Planner statistics for support_case after V50 added deleted_at. Until autovacuum analyzes the table, PostgreSQL has
-- none for the new column and takes "deleted_at IS NULL" (part of every case query, AccessRule) to keep 0.5 % of the
-- rows: it then chose the partial index over the cases not deleted (V51) for the similar-subject search, ANDing a
-- bitmap of all 1,000,000 cases with the words' (0.9 s instead of 40 ms at a million cases, bench/load.sh).
ANALYZE support_case;
