-- Revision: ccc100
-- Message: base

-- migrate:upgrade
CREATE TABLE base_table (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE base_table;
