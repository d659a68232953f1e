-- Revision: s1
-- Message: departments in SQL

-- migrate:upgrade
CREATE TABLE departments (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50));

-- migrate:downgrade
DROP TABLE departments;
