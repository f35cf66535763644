-- The State role that negotiates outcome texts.
ALTER TABLE memberships DROP CONSTRAINT memberships_role_check;
ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN ('focal_point', 'drafter', 'approver', 'poc_diplomatic', 'poc_technical', 'admin', 'report_editor', 'directory_manager', 'negotiator'));
