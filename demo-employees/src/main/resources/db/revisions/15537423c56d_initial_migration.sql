-- Revision: 15537423c56d
-- Revises:
-- Message: Initial migration
-- Created: 2023-08-02T17:20:18Z

-- migrate:upgrade
CREATE TABLE employees (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    salary INTEGER
);

-- migrate:downgrade
DROP TABLE employees;
