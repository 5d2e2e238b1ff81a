-- 0006 search at a million articles: the text index's posting lists per month.
--
-- A search reads the newest matches through growing time windows (Search/ArticleSearch.cs). With one GIN index over
-- search_vector, a window's bitmap costs the WHOLE posting list of every query word, whatever the window: a common
-- word is in a third of a million articles, 15-20 ms to read before the date range can cut it down. This index keys
-- every word by the month (UTC) of the article's publication, 'kazakhstan' -> 'kazakhstan@202611', so a window reads
-- only the posting lists of the months it covers; newshub_search_buckets_query rewrites a query the same way for a
-- span of months. It replaces the plain index: the unbounded window ORs every month (24 at two years; a word is a
-- few index entries per month, cheap to look up), and the index is about the same size, as every posting is stored
-- once either way.
--
-- Only a necessary condition: searches keep `search_vector @@ query` beside it, which decides. The bucket vector keeps
-- no positions (a GIN index never stores them), so the query rewrite turns phrases into AND, and uses querytree() to
-- drop negations (NOT x is not indexable: "-russia" alone matches every article of the months, via the month marker
-- '@202611' every article also carries).

-- 'YYYYMM' of a timestamp in UTC, prefixed with '@' (no lexeme the parser makes starts with '@', and a lexeme plus
-- '@YYYYMM' has a fixed-length suffix, so month keys never collide with each other or with words). Plain
-- expressions, no to_char (only STABLE), so PostgreSQL inlines these functions: a non-inlined SQL function costs
-- ~0.4 ms a call, and the index expression runs on every insert of an article.
CREATE OR REPLACE FUNCTION newshub_search_month(at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT '@' || (extract(year FROM at AT TIME ZONE 'UTC') * 100 + extract(month FROM at AT TIME ZONE 'UTC'))::int::text
$$;

-- The article's words keyed by its month, plus the month itself. Built by string functions rather than a subquery
-- (which would stop inlining): ~0.1 ms for an article of ~130 distinct words on this machine, against ~1.3 ms for
-- to_tsvector of its text. Lexemes never contain control characters (they separate words), so \x01 is a safe
-- separator. A lexeme of 2,041-2,046 bytes (the parser drops longer words) would exceed the 2,047-byte limit once
-- suffixed; array_to_tsvector then stores it cut short, which can never equal a query key (queries are at most 300
-- characters; see SearchRequest.MaxQueryLength) and so only costs an index entry.
CREATE OR REPLACE FUNCTION newshub_search_buckets(vector tsvector, published_at timestamptz) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_to_tsvector(string_to_array(
        array_to_string(tsvector_to_array(vector), newshub_search_month(published_at) || E'\x01')
            || newshub_search_month(published_at) || E'\x01' || newshub_search_month(published_at),
        E'\x01'))
$$;

-- A query for the bucket vector that every article published between first_at and last_at (months, inclusive) and
-- matching `query` also matches. From querytree(query), the indexable part (negations removed): each word becomes
-- (word@m1 | word@m2 | …), phrase operators become AND; a query with no indexable part (only negations, or a prefix,
-- which websearch_to_tsquery never makes) becomes "any of these months"; one with no words at all matches nothing,
-- as `search_vector @@ query` does. Evaluated once per statement: the planner folds it, as its arguments are constants.
CREATE OR REPLACE FUNCTION newshub_search_buckets_query(query tsquery, first_at timestamptz, last_at timestamptz) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH months AS (
        SELECT '@' || (extract(year FROM d) * 100 + extract(month FROM d))::int::text AS m
        FROM generate_series(date_trunc('month', first_at AT TIME ZONE 'UTC'), date_trunc('month', last_at AT TIME ZONE 'UTC'), interval '1 month') AS d
    ), tree AS (SELECT querytree(query) AS t)
    SELECT CASE
        WHEN t = '' THEN '''@'''
        WHEN t = 'T' OR t ~ '''(:[A-D]*\*[A-D]*)' THEN (SELECT string_agg('''' || m || '''', ' | ') FROM months)
        ELSE (SELECT string_agg(CASE
                    WHEN tok LIKE '''%' THEN '( ' || (SELECT string_agg(regexp_replace(tok, '''(:[A-D]+)?$', '') || m || '''', ' | ') FROM months) || ' )'
                    WHEN tok LIKE '<%' THEN '&'
                    ELSE tok END, ' ' ORDER BY n)
              FROM regexp_matches(t, '''(?:[^'']|'''')*''(?::[A-D]+)?|<(?:-|[0-9]+)>|[&|()!]', 'g') WITH ORDINALITY AS r(a, n),
                   LATERAL (SELECT a[1] AS tok) AS x)
        END::tsquery
    FROM tree
$$;

CREATE INDEX IF NOT EXISTS ix_articles_search_buckets ON articles USING gin (newshub_search_buckets(search_vector, published_at));
DROP INDEX IF EXISTS ix_articles_search_vector;
