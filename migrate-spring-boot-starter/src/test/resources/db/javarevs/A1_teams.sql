-- Revision: jr1
-- Message: teams

-- migrate:upgrade
CREATE TABLE teams (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL);

-- migrate:downgrade
DROP TABLE teams;
