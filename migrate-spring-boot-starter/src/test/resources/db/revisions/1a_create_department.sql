-- Revision: aaa111
-- Revises:
-- Message: create department

-- migrate:upgrade
CREATE TABLE department (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- migrate:downgrade
DROP TABLE department;
