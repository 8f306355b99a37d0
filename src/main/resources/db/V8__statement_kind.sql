-- What a statement's text is: 'original' (the publisher's own words) or 'summary' (a summary in
-- other words, such as the built-in sample store's), so an answer never quotes a summary as the
-- publisher's words.
ALTER TABLE statements ADD COLUMN kind TEXT NOT NULL DEFAULT 'original';
