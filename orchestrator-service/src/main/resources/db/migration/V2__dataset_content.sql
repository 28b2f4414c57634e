-- Uploads are told apart by content: the same bytes again are the same dataset; the same name with other
-- content is the next version of that name.
ALTER TABLE datasets ADD COLUMN content_hash text;
ALTER TABLE datasets ADD COLUMN version integer NOT NULL DEFAULT 1;
CREATE INDEX datasets_by_content ON datasets (session_id, content_hash);
