// title: Newest methods per hardware
// description: Methods on each hardware with the latest publication date of the papers that say so.
// params: hardware=H100
// example: kg query --name newest_methods_per_hardware --param hardware=A100
MATCH (p:Paper)-[:PROPOSES]->(m:Method)-[:RUNS_ON]->(h:Hardware {name: $hardware})
WHERE p.published IS NOT NULL
RETURN m.name AS method, max(p.published) AS published
ORDER BY published DESC, method
