// title: Papers and their dates
// description: Every paper's id, title and publication date (when the input gave one).
// params:
// example: kg query --name viz_papers --format csv
MATCH (p:Paper)
RETURN p.id AS paper, p.title AS title, p.published AS published
ORDER BY paper
