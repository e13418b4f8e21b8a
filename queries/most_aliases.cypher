// title: Entities with most aliases
// description: A canonicalisation audit: entities written the most different ways across the corpus.
// params: limit=20
// example: kg query --name most_aliases --param limit=5
MATCH (n)
WHERE n.aliases IS NOT NULL AND size(n.aliases) > 0
RETURN n.name AS entity, size(n.aliases) AS aliases, n.aliases AS spellings
ORDER BY aliases DESC, entity
LIMIT $limit
