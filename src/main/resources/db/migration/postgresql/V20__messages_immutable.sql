-- A message, an internal note and an attachment never change once sent: the database itself refuses.
-- (On H2 the application's statements alone keep to this: it has no statement that changes them.)
CREATE FUNCTION message_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a sent message cannot be changed';
END
$$;

CREATE TRIGGER message_immutable BEFORE UPDATE ON message
    FOR EACH ROW EXECUTE FUNCTION message_is_immutable();
CREATE TRIGGER message_attachment_immutable BEFORE UPDATE ON message_attachment
    FOR EACH ROW EXECUTE FUNCTION message_is_immutable();
CREATE TRIGGER message_attachment_chunk_immutable BEFORE UPDATE ON message_attachment_chunk
    FOR EACH ROW EXECUTE FUNCTION message_is_immutable();
