-- The tag slugs of the #hashtags in a text: the same rule as Domain/Content/Hashtags.Extract (which the Markdown
-- renderer links): '#' at the start, after white space, or after punctuation other than / \ @ # & . - = + % $ ` : ;
-- then letters, digits and '_' (at most 30, not digits only), lowercased ("#Lo_Fi" -> "lo_fi").
-- IMMUTABLE so posts.tags can be a stored generated column.
CREATE OR REPLACE FUNCTION extract_hashtag_slugs(p_text text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT s ORDER BY s), '{}'::text[]) FROM (
    SELECT lower(m[1]) AS s
    FROM regexp_matches(coalesce(p_text, ''), '(?<![[:alnum:]/\\@#&.=+%$`:-])#([[:alnum:]_]+)', 'g') AS m
  ) t WHERE length(s) <= 30 AND s !~ '^[0-9]+$'
$$;
