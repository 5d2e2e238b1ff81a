-- 0003 search vocabulary for typo suggestions ("Kazakstan" -> "Did you mean Kazakhstan?").
-- The database keeps it: every new headline adds its words, so no application code can forget to.

CREATE TABLE search_terms (
    term character varying(100) NOT NULL,
    CONSTRAINT pk_search_terms PRIMARY KEY (term)
);

CREATE INDEX ix_search_terms_term_trgm ON search_terms USING gin (term gin_trgm_ops);

-- Words of four letters or more, unaccented and lower-cased. DO NOTHING (not a hit counter) so
-- concurrent scrapers storing articles with the same words never wait on each other's row locks.
CREATE OR REPLACE FUNCTION newshub_collect_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_terms (term)
    SELECT DISTINCT left(lower(newshub_unaccent(m[1])), 100)
    FROM regexp_matches(NEW.title, '([[:alpha:]][[:alpha:]''’-]{3,})', 'g') AS m
    ORDER BY 1
    ON CONFLICT (term) DO NOTHING;
    RETURN NEW;
END $$;

CREATE TRIGGER trg_articles_search_terms
    AFTER INSERT OR UPDATE OF title ON articles
    FOR EACH ROW EXECUTE FUNCTION newshub_collect_search_terms();
