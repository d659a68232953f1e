-- Revision: ccc202
-- Revises: ccc100
-- Message: right

-- migrate:upgrade
CREATE TABLE right_table (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE right_table;
