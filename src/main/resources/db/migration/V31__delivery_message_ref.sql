-- Replies in a thread name the message they reply to by the platform's reference to it; finding which of Steward's
-- messages that was (a stand-up report, say) is then an index look-up.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

create index delivery_message_ref_idx on delivery (message_ref);
