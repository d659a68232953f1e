-- Revision: ccc201
-- Revises: ccc100
-- Message: left

-- migrate:upgrade
CREATE TABLE left_table (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE left_table;
