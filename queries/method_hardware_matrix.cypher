// title: Method x hardware matrix
// description: One row per method and specific hardware it runs on, with the number of papers.
// params:
// example: kg query --name method_hardware_matrix --format csv
MATCH (m:Method)-[r:RUNS_ON]->(h:Hardware)
WHERE h.specific = true
RETURN m.name AS method, h.name AS hardware, count(DISTINCT r.paper) AS papers
ORDER BY method, hardware
