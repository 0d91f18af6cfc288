-- The first and last names the PostgreSQL generators give their patients (\ir names.sql).

CREATE TEMP TABLE first_names (n int PRIMARY KEY, name text);
INSERT INTO first_names SELECT i, (ARRAY['Ana','Luis','Sofia','Mateo','Linh','Bao','Chidi','Rachel','Ethan','Marta',
  'Piotr','Omar','Yasmin','Denise','Elena','Diego','Harold','Priya','Samuel','Jordan','Wei','Isabella','Marcus','Hannah',
  'Tomas','Fatima','Kevin','Grace','Alex','Beatriz','Noah','Jean','Olivia','Ruth','Margaret','Zofia','Mai','Lily',
  'Adaeze','Jaylen'])[i] FROM generate_series(1, 40) i;
CREATE TEMP TABLE last_names (n int PRIMARY KEY, name text);
INSERT INTO last_names SELECT i, (ARRAY['Rivera','Nguyen','Okafor','Thompson','Kowalski','Haddad','Johnson','Garcia',
  'Ellison','Brooks','Raman','Adeyemi','Blake','Chen','Moreau','Bell','Schultz','Ortega','Zahra','OBrien','Kim','Morgan',
  'Costa','Fischer','Baptiste','Hart','Abernathy','Patel','Smith','Lopez','Martin','Lee','Walker','Young','Allen','King',
  'Wright','Scott','Green','Baker','Adams','Nelson','Hill','Campbell','Mitchell','Roberts','Carter','Phillips','Evans',
  'Turner'])[i] FROM generate_series(1, 50) i;
