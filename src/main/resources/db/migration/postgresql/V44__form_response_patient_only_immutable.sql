-- Whether a submitted response is kept from representatives is fixed when it is submitted, like its answers.
CREATE OR REPLACE FUNCTION form_response_submitted_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'SUBMITTED' AND (OLD.reviewed_at IS NOT NULL
        OR (NEW.request_id, NEW.patient_id, NEW.questionnaire, NEW.answers, NEW.status, NEW.saved_by, NEW.saved_at,
            NEW.submitted_by, NEW.submitted_by_name, NEW.submitted_as, NEW.submitted_at, NEW.total_score, NEW.band,
            NEW.flags, NEW.flagged, NEW.language, NEW.patient_only)
           IS DISTINCT FROM
           (OLD.request_id, OLD.patient_id, OLD.questionnaire, OLD.answers, OLD.status, OLD.saved_by, OLD.saved_at,
            OLD.submitted_by, OLD.submitted_by_name, OLD.submitted_as, OLD.submitted_at, OLD.total_score, OLD.band,
            OLD.flags, OLD.flagged, OLD.language, OLD.patient_only)) THEN
        RAISE EXCEPTION 'a submitted form response cannot be changed';
    END IF;
    RETURN NEW;
END
$$;
