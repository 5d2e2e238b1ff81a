-- 0004 search at a million articles: how the search vector is stored.
--
-- Ranking (ts_rank_cd), phrase rechecks and headline matching read each candidate's whole search_vector. With the
-- default storage the toaster moves the ~2 kB vector out of line beside the long bodies, so every read is a TOAST
-- index probe, a heap fetch and a pglz decompression: about 50 us per article on our 2-core machine, 50 ms for the
-- 1,000 candidates a relevance search ranks. STORAGE MAIN keeps the vector in the row (the bodies are moved out
-- first), and lz4 decompresses (and, when storing, compresses) several times faster than pglz. Measured on 20,000
-- synthetic articles: reading every vector 3-7x faster, matching a common word without the index 35x faster, and
-- inserting the rows 3.7x faster (lz4 on the bodies).
--
-- Both settings apply to rows written from now on; existing rows keep their format until rewritten (an UPDATE of the
-- row, or VACUUM FULL articles during a quiet hour). lz4 only where this server was built with it.

ALTER TABLE articles ALTER COLUMN search_vector SET STORAGE MAIN;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE articles ALTER COLUMN search_vector SET COMPRESSION lz4,
                             ALTER COLUMN body_text SET COMPRESSION lz4,
                             ALTER COLUMN body_html SET COMPRESSION lz4;
    END IF;
END $$;
