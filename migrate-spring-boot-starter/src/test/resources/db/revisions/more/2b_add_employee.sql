-- Revision: bbb222
-- Revises: aaa111
-- Message: add employee

-- migrate:upgrade
CREATE TABLE employee (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    department_id INTEGER REFERENCES department (id)
);

-- migrate:downgrade
DROP TABLE employee;
