// title: Top hardware by number of papers
// description: Hardware ranked by the papers whose work runs on it (directly or through a method).
// params: limit=10
// example: kg query --name top_hardware --param limit=5
MATCH (x)-[r:RUNS_ON]->(h:Hardware)
RETURN h.name AS hardware, h.specific AS specific, count(DISTINCT r.paper) AS papers
ORDER BY papers DESC, hardware
LIMIT $limit
