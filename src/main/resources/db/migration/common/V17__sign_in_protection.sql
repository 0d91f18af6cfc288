-- One sign-in protection for staff and portal: staff users get the portal's failure count and lock,
-- both remember whether the current password was generated (accepted with or without the dashes it
-- is shown with), and the limits that must hold across nodes live in one shared table.

ALTER TABLE staff_user ADD COLUMN failed_sign_ins INT DEFAULT 0 NOT NULL;
ALTER TABLE staff_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE staff_user ADD COLUMN last_sign_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE staff_user ADD COLUMN password_generated BOOLEAN DEFAULT FALSE NOT NULL;
-- ends the user's other sessions when it changes
ALTER TABLE staff_user ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE staff_user SET password_generated = must_change_password, password_changed_at = created_at;

ALTER TABLE portal_account ADD COLUMN password_generated BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE portal_account SET password_generated = force_password_change;

-- Counters in time windows, shared by every node: failed sign-ins per client address, forgot-password
-- requests, failures of usernames that have no account. The key is a kind and a SHA-256 of what is
-- counted, so a row has the same small size whatever a stranger types.
CREATE TABLE rate_limit (
    limit_key      VARCHAR(100) NOT NULL PRIMARY KEY,
    hits           INT          NOT NULL,
    window_ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
    held_until     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX rate_limit_window_idx ON rate_limit (window_ends_at);
