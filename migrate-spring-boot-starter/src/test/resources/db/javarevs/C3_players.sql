-- Revision: jr3
-- Revises: jr2
-- Message: players

-- migrate:upgrade
CREATE TABLE players (id INTEGER NOT NULL PRIMARY KEY, team_id INTEGER);

-- migrate:downgrade
DROP TABLE players;
