-- Revision: ddd100
-- Message: fails

-- migrate:upgrade
CREATE TABLE fine_table (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);

-- migrate:downgrade
DROP TABLE fine_table;
