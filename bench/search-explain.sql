-- The id query of src/NewsHub.Web/Search/ArticleSearch.cs (relevance order: the newest 1,000 matches ranked; no filters), with :'q' as the query.
EXPLAIN (ANALYZE, BUFFERS)
WITH q AS (SELECT websearch_to_tsquery('english', newshub_unaccent(:'q')) AS query),
candidates AS (
    SELECT a.id, a.published_at, a.search_vector FROM articles a, q
    WHERE a.status = 'Published'
      AND (:'q'::text = '' OR a.search_vector @@ q.query)
      AND (NULL::text IS NULL OR EXISTS (SELECT 1 FROM article_regions t WHERE t.article_id = a.id AND t.region_slug = NULL AND NOT t.suppressed))
      AND (NULL::text IS NULL OR EXISTS (SELECT 1 FROM article_countries t WHERE t.article_id = a.id AND t.country_code = NULL AND NOT t.suppressed))
      AND (NULL::integer IS NULL OR a.source_id = NULL)
      AND (NULL::timestamptz IS NULL OR a.published_at >= NULL)
      AND (NULL::timestamptz IS NULL OR a.published_at < NULL)
    ORDER BY a.published_at DESC, a.id DESC
    LIMIT 1000)
SELECT c.id AS "Id",
       ts_rank_cd(c.search_vector, q.query, 32) / (1 + extract(epoch FROM (now() - c.published_at)) / 2592000.0) AS rank
FROM candidates c, q
ORDER BY rank DESC, c.id DESC
LIMIT 20 OFFSET 0;

-- The capped count that runs beside it.
EXPLAIN (ANALYZE, BUFFERS)
WITH q AS (SELECT websearch_to_tsquery('english', newshub_unaccent(:'q')) AS query)
SELECT count(*)::int FROM (SELECT 1 FROM articles a, q WHERE a.status = 'Published' AND a.search_vector @@ q.query LIMIT 1001) x;
