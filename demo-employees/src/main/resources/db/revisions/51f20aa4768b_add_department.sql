-- Revision: 51f20aa4768b
-- Revises: 15537423c56d
-- Message: add Department
-- Created: 2023-08-02T17:33:01Z

-- migrate:upgrade
CREATE TABLE department (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    address VARCHAR(200)
);

-- migrate:downgrade
DROP TABLE department;
