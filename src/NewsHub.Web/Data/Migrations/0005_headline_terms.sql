-- 0005 one definition of "the words of a headline" for the search vocabulary (0003).
--
-- The trigger, the scrapers' batch insert (which adds a batch's words first, in one sorted statement, so two batches
-- never deadlock on each other's uncommitted words) and the synthetic seeder all collect the same words; they now
-- call this function instead of repeating the expression, so they cannot drift apart.

CREATE OR REPLACE FUNCTION newshub_headline_terms(title text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT left(lower(newshub_unaccent(m[1])), 100)
    FROM regexp_matches(title, '([[:alpha:]][[:alpha:]''’-]{3,})', 'g') AS m
$$;

-- Words of four letters or more, unaccented and lower-cased. DO NOTHING (not a hit counter) so
-- concurrent scrapers storing articles with the same words never wait on each other's row locks.
CREATE OR REPLACE FUNCTION newshub_collect_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_terms (term)
    SELECT t FROM newshub_headline_terms(NEW.title) AS t
    ORDER BY 1
    ON CONFLICT (term) DO NOTHING;
    RETURN NEW;
END $$;
