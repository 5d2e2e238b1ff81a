-- The statements src/NewsHub.Web/Search/ArticleSearch.cs runs for one search, for bench/run.sh (which drives the
-- window loop as ArticleSearch does and EXPLAINs each statement). psql variables:
--   explain   'EXPLAIN (ANALYZE, BUFFERS)' or empty (then the statement's rows are printed)
--   step_newest, step_headline, step_words   true for the one statement wanted, false for the others
--   q         the query text (step headline)
--   bitmap    off for the first window (and the next while matches are dense), on for the others (step newest)
--   rank, conditions   SQL text of the rank expression and of the "AND …" conditions, the window's month buckets
--                      among them (step newest)
--   limit     1001, the most matches a window reads (step newest)
--   ids       '{…}' the page's article ids                   (step headline)
--   words, lexemes   '{…}' candidate words and the query's lexemes (step words)
-- Each psql run is a new session; ArticleSearch's are pooled connections whose catalogue caches, text search
-- dictionaries and unaccent rules are loaded. Warm them first (8 ms of planning otherwise), untimed.
\o /dev/null
SELECT ts_headline('english', newshub_unaccent('warm'), websearch_to_tsquery('english', newshub_unaccent('warm')));
EXPLAIN SELECT 1 FROM articles a WHERE a.status = 'Published' AND a.search_vector @@ 'warm'::tsquery AND a.published_at >= now()
    AND newshub_search_buckets(a.search_vector, a.published_at) @@ ANY(newshub_search_buckets_queries('warm'::tsquery, now(), now()))
    AND a.source_id = 1 AND a.id = ANY('{1}') ORDER BY a.published_at DESC, a.id DESC;
EXPLAIN SELECT 1 FROM article_regions t JOIN article_countries c USING (article_id) WHERE t.region_slug = 'x' AND c.country_code = 'x';
\o

\if :step_newest
-- As ArticleSearch sets them in its transaction: exact bitmaps, and no text-index bitmap in the first window.
SET work_mem = '32MB';
SET enable_bitmapscan = :bitmap;
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SET random_page_cost = 1.1;
-- ArticleSearch.NewestMatchesSql: the newest 1,001 matches in one time window; bench/run.sh writes :rank and
-- :conditions from the same fragments (only the conditions the search uses, values as literals).
:explain
SELECT a.id AS "Id", :rank AS "Rank"
FROM articles a
WHERE a.status = 'Published' :conditions
ORDER BY a.published_at DESC, a.id DESC
LIMIT :limit;
\endif

\if :step_headline
-- ArticleSearch.SnippetsAsync, first statement: the page's texts and the query's positive lexemes (SearchSnippet cuts
-- the snippets from them in C#).
:explain
SELECT a.id AS "Id", left(coalesce(nullif(a.body_text, ''), a.summary, a.title), 20000) AS "Text",
       querytree(websearch_to_tsquery('english', newshub_unaccent(:'q'))) AS "Tree"
FROM articles a WHERE a.id = ANY(:'ids'::bigint[]);
\endif

\if :step_words
-- ArticleSearch.SnippetsAsync, second statement: which of the texts' candidate words match a lexeme, with the search's
-- stemming and unaccenting. :words and :lexemes are '{…}' arrays (bench/run.sh picks the candidates as SearchSnippet
-- does: an unaccented start agreeing with a lexeme's, or a character beyond ASCII).
:explain
SELECT w AS "Value" FROM unnest(:'words'::text[]) AS w
WHERE tsvector_to_array(to_tsvector('english', newshub_unaccent(w))) && :'lexemes'::text[];
\endif
