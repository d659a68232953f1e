-- Revision: 76f31678b786
-- Revises: 1694ecedb24d
-- Message: rename address
-- Created: 2023-08-02T17:49:12Z

-- migrate:upgrade
ALTER TABLE departments RENAME COLUMN address TO location;

-- migrate:downgrade
ALTER TABLE departments RENAME COLUMN location TO address;
