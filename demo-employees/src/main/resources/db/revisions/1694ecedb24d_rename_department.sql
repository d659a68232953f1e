-- Revision: 1694ecedb24d
-- Revises: 51f20aa4768b
-- Message: rename department
-- Created: 2023-08-02T17:41:45Z

-- migrate:upgrade
ALTER TABLE department RENAME TO departments;

-- migrate:downgrade
ALTER TABLE departments RENAME TO department;
