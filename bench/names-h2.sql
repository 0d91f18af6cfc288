-- The first and last names the H2 generators give their patients (the scripts run it before their own).

CREATE LOCAL TEMPORARY TABLE first_names (n INT PRIMARY KEY, name VARCHAR(40));
INSERT INTO first_names VALUES (1,'Ana'),(2,'Luis'),(3,'Sofia'),(4,'Mateo'),(5,'Linh'),(6,'Bao'),(7,'Chidi'),
  (8,'Rachel'),(9,'Ethan'),(10,'Marta'),(11,'Piotr'),(12,'Omar'),(13,'Yasmin'),(14,'Denise'),(15,'Elena'),(16,'Diego'),
  (17,'Harold'),(18,'Priya'),(19,'Samuel'),(20,'Jordan'),(21,'Wei'),(22,'Isabella'),(23,'Marcus'),(24,'Hannah'),
  (25,'Tomas'),(26,'Fatima'),(27,'Kevin'),(28,'Grace'),(29,'Alex'),(30,'Beatriz'),(31,'Noah'),(32,'Jean'),(33,'Olivia'),
  (34,'Ruth'),(35,'Margaret'),(36,'Zofia'),(37,'Mai'),(38,'Lily'),(39,'Adaeze'),(40,'Jaylen');
CREATE LOCAL TEMPORARY TABLE last_names (n INT PRIMARY KEY, name VARCHAR(40));
INSERT INTO last_names VALUES (1,'Rivera'),(2,'Nguyen'),(3,'Okafor'),(4,'Thompson'),(5,'Kowalski'),(6,'Haddad'),
  (7,'Johnson'),(8,'Garcia'),(9,'Ellison'),(10,'Brooks'),(11,'Raman'),(12,'Adeyemi'),(13,'Blake'),(14,'Chen'),
  (15,'Moreau'),(16,'Bell'),(17,'Schultz'),(18,'Ortega'),(19,'Zahra'),(20,'OBrien'),(21,'Kim'),(22,'Morgan'),(23,'Costa'),
  (24,'Fischer'),(25,'Baptiste'),(26,'Hart'),(27,'Abernathy'),(28,'Patel'),(29,'Smith'),(30,'Lopez'),(31,'Martin'),
  (32,'Lee'),(33,'Walker'),(34,'Young'),(35,'Allen'),(36,'King'),(37,'Wright'),(38,'Scott'),(39,'Green'),(40,'Baker'),
  (41,'Adams'),(42,'Nelson'),(43,'Hill'),(44,'Campbell'),(45,'Mitchell'),(46,'Roberts'),(47,'Carter'),(48,'Phillips'),
  (49,'Evans'),(50,'Turner');
