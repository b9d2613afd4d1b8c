-- The tag slugs of the #hashtags in a text, the same rule as the app's hashtag parser: '#' not preceded by a word
-- character, '&', '#' or '/', then 1-50 letters, digits or '_' with at least one letter; slug = lowercase with runs of
-- other characters turned into '-' ("#Lo_Fi" -> "lo-fi"). IMMUTABLE so posts.tags can be a stored generated column.
CREATE OR REPLACE FUNCTION extract_hashtag_slugs(p_text text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT s ORDER BY s), '{}'::text[]) FROM (
    SELECT trim(both '-' from regexp_replace(lower(m[1]), '[^a-z0-9]+', '-', 'g')) AS s
    FROM regexp_matches(coalesce(p_text, ''), '(?<![[:alnum:]_&#/])#([A-Za-z0-9_]{1,50})(?![[:alnum:]_])', 'g') AS m
    WHERE m[1] ~ '[A-Za-z]'
  ) t WHERE s <> ''
$$;
