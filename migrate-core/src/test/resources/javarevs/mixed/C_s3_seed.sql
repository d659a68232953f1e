-- Revision: s3
-- Revises: j2
-- Message: seed in SQL

-- migrate:upgrade
INSERT INTO departments (id, name, location) VALUES (1, 'Sales', 'Riverside');

-- migrate:downgrade
DELETE FROM departments;
