INSERT INTO department (id, name) VALUES (1, 'Sales');
